/**
 * Photo captions without a credit: a present-tense line describing a scene, weighed on its own words (a scene verb,
 * a dated or placed ending) and on what stands beside it (a picture, a credit line, the page's header). Our own
 * fixtures, on both paths; the negatives are the present tense the news itself uses.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';
import { CAPTION_THRESHOLD, captionScore } from '../../shared/clean/captions.ts';

const P1 =
  'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later than planned.';
const P2 =
  'Engineers found that the foundations had shifted during the winter storms, and the design had to be changed before work could resume.';
const P3 = 'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant.';
const P4 =
  'Fishing crews have complained for months that the unfinished wall leaves the inner basin exposed when gales blow from the west.';
const TITLE = 'Harbour breakwater delayed until next year after storms';
const header = [TITLE, 'By Jane Holm', 'March 8, 2025 10:15 AM'];
const reasonOf = (result: { removed: Array<{ text: string; reason: string }> }, line: string) =>
  result.removed.find((r) => r.text === line)?.reason;

describe('captionScore: the evidence', () => {
  it.each([
    ['a scene verb and a dated ending', 'Ferry passengers wait on the quay at Solvik, Norway, March 8, 2025.', {}],
    ['a scene verb and "on <weekday>"', 'Firefighters battle a blaze at a warehouse on the edge of Solvik on Tuesday.', {}],
    ['a singular subject', 'An elderly woman sits on a bench outside the shelter in Solvik on Wednesday.', {}],
    ['a subject with "of"', 'Relatives of the missing crew wait for news outside the harbour office on Monday.', {}],
    ['a named picture', 'A general view shows the damaged pier in Solvik, March 9, 2026.', {}],
    ['the passive of a caption', 'A fishing boat is seen through the broken harbour wall in Solvik on Monday.', {}],
    ['a clause, when the line is dated', 'A fisherman reacts as crews lift his boat from the harbour in Solvik, March 8, 2025.', {}],
    ['a long subject', 'Members of the Solvik volunteer fire brigade and local residents carry sandbags to the quay on Monday.', {}],
    ['a date after the place, without a comma', 'Crews lower a concrete block into the harbour in Solvik, Norway March 8, 2025.', {}],
    [
      'a place ending beside a picture',
      'Fishermen mend their nets on the quay beside the unfinished wall in Solvik.',
      { picture: 'after' as const },
    ],
    ['a scene verb beside a credit line', 'Crane operators lift a concrete block onto the new wall.', { creditBeside: true }],
  ])('reaches the threshold with %s', (_, line, context) => {
    expect(captionScore(line, context)).toBeGreaterThanOrEqual(CAPTION_THRESHOLD);
  });

  it.each([
    ['attribution', 'Villagers carry water from the well on Monday, the mayor said.'],
    ['a quotation', '“Crews walk the wall at dawn on Monday,” the engineer told reporters.'],
    ['the first person', 'We walk along the quay to the station in Solvik on Monday.'],
    ['a datelined lead', 'SOLVIK, Norway — Rescue workers search the rubble of the collapsed pier on Monday.'],
    ['another tense', 'Residents have gathered in the square outside the town hall on Monday.'],
    ['a habit', 'Fishermen mend their nets on the quay every morning in Solvik.'],
    ['a noun where a verb would be', 'The search for the missing crew continues off Solvik on Monday.'],
    ['a headline in title case', 'Harbour Crews Search Wreck Off Solvik, March 8, 2025.'],
    [
      'a verb in the past with its object',
      'Harbour camera footage shows the moment the crane toppled onto the quay and workers fled the site.',
    ],
  ])('stays below it with %s', (_, line) => {
    expect(captionScore(line)).toBeLessThan(CAPTION_THRESHOLD);
    expect(captionScore(line, { picture: 'after' })).toBeLessThan(CAPTION_THRESHOLD);
  });

  it('needs more than a scene verb: a present-tense sentence of background stays below it even beside a picture', () => {
    const background = 'Solvik sits on a narrow fjord and is among the stormiest harbours on the coast.';
    expect(captionScore(background, { picture: 'after' })).toBeLessThan(CAPTION_THRESHOLD);
    expect(captionScore('Crane operators lift a concrete block onto the new wall.')).toBeLessThan(CAPTION_THRESHOLD);
  });
});

describe('text cleaning: captions without a credit', () => {
  it.each([
    [
      'between the header and the lead, dated',
      [...header, 'Ferry passengers wait on the quay at Solvik, Norway, March 8, 2025.', P1, P2, P3, P4],
    ],
    [
      'between paragraphs, ending "on <weekday>"',
      [...header, P1, P2, 'Firefighters battle a blaze at a warehouse on the edge of Solvik on Tuesday.', P3, P4],
    ],
    [
      'above a credit line',
      [...header, P1, 'Crane operators lift a concrete block onto the new wall.', 'Photo: Ola Berg/Harbour Gazette', P2, P3, P4],
    ],
    [
      'after a gallery counter',
      [...header, P1, P2, 'Image 2 of 5', 'Harbour workers inspect the cracked foundations of the old pier.', P3, P4],
    ],
    ['naming its picture', [...header, P1, 'A general view shows the damaged pier in Solvik, March 9, 2026.', P2, P3, P4]],
  ])('drops one %s and says why', (_, lines) => {
    const caption = lines.find((l) => !header.includes(l) && ![P1, P2, P3, P4].includes(l) && l.split(' ').length > 5)!;
    const result = cleanText(lines.join('\n'));
    expect(result.body).not.toContain(caption);
    expect(reasonOf(result, caption)).toBe('image caption');
    for (const p of [P1, P2, P3, P4]) expect(result.body).toContain(p);
    expect(result.title).toBe(TITLE);
  });

  it.each([
    ['a present-tense sentence with "said"', 'Villagers carry water from the well every day during the dry months, the mayor said.'],
    [
      'a present-tense sentence of analysis',
      'Solvik sits on a narrow fjord and is among the stormiest harbours on the coast, which makes any wall costly.',
    ],
    ['a present-tense scene told as news, with a clause', 'Fishing crews wait on the quay as the council debates the delay in Solvik.'],
  ])('keeps %s', (_, line) => {
    const result = cleanText([...header, P1, P2, line, P3, P4].join('\n'));
    expect(result.body).toContain(line);
  });

  it('keeps a one-line standfirst in the present tense under the headline', () => {
    const standfirst = 'Crews wait for calmer seas as engineers redesign the foundations of the wall in Solvik.';
    for (const lines of [
      [TITLE, standfirst, ...header.slice(1), P1, P2, P3, P4],
      [...header, standfirst, P1, P2, P3, P4],
    ]) {
      const result = cleanText(lines.join('\n'));
      expect(result.body).toContain(standfirst);
      expect(result.title).toBe(TITLE);
    }
  });

  it('does not call a standfirst without a full stop a caption', () => {
    const standfirst = 'Crews wait for calmer seas as engineers redesign the foundations of the wall';
    expect(reasonOf(cleanText([TITLE, standfirst, ...header.slice(1), P1, P2, P3, P4].join('\n')), standfirst)).not.toBe('image caption');
  });
});

describe('HTML cleaning: a caption Readability keeps as a paragraph', () => {
  const CAPTION = 'Fishermen mend their nets on the quay beside the unfinished wall in Solvik.';
  const page = (middle: string) =>
    `<!doctype html><html><head><title>${TITLE} - Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
    `<article><h1>${TITLE}</h1><p class="byline">By Jane Holm</p><p>${P1}</p><p>${P2}</p>${middle}<p>${P3}</p><p>${P4}</p></article>` +
    `<footer>© 2025 Harbour Gazette</footer></body></html>`;

  it.each([
    ['after an image in its own paragraph', `<p><img src="wall.jpg" alt=""></p><p>${CAPTION}</p>`],
    ['after a bare image', `<img src="wall.jpg" alt=""><p>${CAPTION}</p>`],
    ['after an image in the same paragraph', `<p><img src="wall.jpg" alt=""><br>${CAPTION}</p>`],
    ['after a linked picture, in italics', `<p><a href="/wall"><picture><img src="wall.jpg"></picture></a></p><p><em>${CAPTION}</em></p>`],
    ['before the image', `<p>${CAPTION}</p><p><img src="wall.jpg" alt=""></p>`],
  ])('drops one %s', async (_, middle) => {
    const result = await cleanDocument(page(middle), { format: 'html' });
    expect(result.body).not.toContain(CAPTION);
    expect(reasonOf(result, CAPTION)).toMatch(/^image caption/);
    for (const p of [P1, P2, P3, P4]) expect(result.body).toContain(p);
  });

  it('keeps the paragraphs around an image when they are news, in any tense', async () => {
    const background = 'Solvik sits on a narrow fjord and is among the stormiest harbours on the coast, which makes any wall costly.';
    const result = await cleanDocument(page(`<p><img src="wall.jpg" alt=""></p><p>${background}</p>`), { format: 'html' });
    expect(result.body).toContain(background);
    const after = await cleanDocument(page(`<p><img src="wall.jpg" alt=""></p>`), { format: 'html' });
    for (const p of [P1, P2, P3, P4]) expect(after.body).toContain(p);
  });
});
