/**
 * Invented pages (our own text) for furniture seen on news pages the rules were not written on: a live blog's post
 * stamps and author lines, a sign-up form's messages, and a picture's caption printed a second time apart from it.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';

const P1 =
  'Winds of up to 120km/h have been recorded on the western islands this morning, the weather service said, and more ' +
  'than 20,000 homes are without power across the region.';
const P2 =
  'All ferry crossings between the mainland and the islands have been cancelled until Tuesday morning, the operator ' +
  'said in a short statement posted on its website.';
const P3 =
  'Schools in the three coastal districts will stay closed today, the regional education office said, adding that it ' +
  "would decide on Tuesday's lessons by the afternoon.";

const post = (time: string, headline: string, author: string, ...body: string[]) =>
  `<div class="post"><div><span>${time}</span></div><h2>${headline}</h2><p>${author}</p>${body.map((b) => `<p>${b}</p>`).join('')}</div>`;

describe('a live blog (post stamps, post author line)', () => {
  it('takes out each post time in US time zones and the "From <name>" line under it, keeping the posts', async () => {
    const html =
      '<!doctype html><html><head><title>Storm Edda: live updates</title></head><body><article><h1>Storm Edda: live updates</h1>' +
      post('10:42 a.m. ET, March 3, 2025', 'Power cut to 20,000 homes', 'From Jane Doe', P1) +
      post('10:15 a.m. ET, March 3, 2025', 'Ferries cancelled', "From Coast News' John Roe", P2) +
      post('9:58 a.m. ET', 'Schools closed', 'From Jane Doe', P3) +
      '</article></body></html>';
    const result = await cleanDocument(html);
    expect(result.body.split('\n\n')).toEqual(['Power cut to 20,000 homes', P1, 'Ferries cancelled', P2, 'Schools closed', P3]);
    expect(result.byline).toBe('Jane Doe');
    expect(result.published).toBe('2025-03-03');
  });

  it('keeps a line starting with "From" that is not under a post stamp, or names no person', () => {
    const result = cleanText(['Storm Edda hits the coast', P1, 'From Solvik to the islands', P2, 'From Paris With Love', P3].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, 'From Solvik to the islands', P2, 'From Paris With Love', P3]);
  });
});

describe("a sign-up form's messages (signup-form-message)", () => {
  it('takes out the hint, the error and the thanks of a newsletter box inside the article', async () => {
    const box = ['Get our free Coast Weather newsletter', 'Please enter a valid email address.', 'Thanks for signing up!'];
    const html =
      '<!doctype html><html><head><title>Storm Edda hits the coast</title></head><body><article><h1>Storm Edda hits the coast</h1>' +
      `<p>${P1}</p><div class="signup">${box.map((b) => `<p>${b}</p>`).join('')}</div><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const result = await cleanDocument(html);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
  });
});

describe('a caption printed again apart from its picture (caption printed again)', () => {
  const caption = 'Waves crash over the harbour wall in Solvik on Monday.';
  it('HTML: a paragraph that repeats a <figcaption> (its credit aside) goes', async () => {
    const html =
      '<!doctype html><html><head><title>Storm Edda hits the coast</title></head><body><article><h1>Storm Edda hits the coast</h1>' +
      `<p>${P1}</p><figure><img src="a.jpg"><figcaption>${caption} Jane Doe/Coast News</figcaption></figure><p>${P2}</p>` +
      `<p>${caption}</p><p>${P3}</p></article></body></html>`;
    const result = await cleanDocument(html);
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    expect(result.removed).toContainEqual({ text: caption, reason: 'image caption (printed again)' });
  });

  it('text: the copy two lines under the credited caption goes; a sentence of the article that a caption begins with stays', () => {
    const result = cleanText(['Storm Edda hits the coast', P1, `${caption} (Coast News Photo/Jane Doe)`, P2, caption, P3].join('\n'));
    expect(result.body.split('\n\n')).toEqual([P1, P2, P3]);
    // A caption much longer than the line (more than a credit after it) is not the line printed again.
    const long = `${caption} The sea wall was built in 1962 and has been raised twice since then, the harbour board says.`;
    const kept = cleanText(['Storm Edda hits the coast', P1, long, P2, 'The harbour wall held on Monday.', P3].join('\n'));
    expect(kept.body).toContain('The harbour wall held on Monday.');
  });
});
