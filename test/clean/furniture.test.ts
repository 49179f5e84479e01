/**
 * Page furniture that reads like prose or sits inside the article: one fixture (our own wording) per class.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../shared/clean/index.ts';

const P1 = 'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later than planned.';
const P2 = 'Engineers found that the foundations had shifted during the winter storms, and the design had to be changed before work could resume.';
const P3 = 'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant.';
const P4 = 'Fishing crews have complained for months that the unfinished wall leaves the inner basin exposed when gales blow from the west.';
const TITLE = 'Harbour breakwater delayed until next year';
const page = (...lines: string[]) => [TITLE, 'By Jane Holm', 'March 8, 2025', ...lines].join('\n');

describe('text cleaning: furniture inside or around the article', () => {
  it.each([
    ['a caption ending with its photo credit', 'Waves break over the unfinished wall on Sunday. Photo: Ola Berg / Harbour Gazette'],
    ['a caption with a parenthesised credit', 'Cranes stand idle on the quay after the storm (Photo by Ola Berg/Harbour Gazette)'],
    ['a video teaser', 'Watch: Divers inspect the cracked foundations'],
    ['an audio teaser', 'Listen: our weekly podcast on the coast and its towns'],
    ['a video duration', 'Duration 2:15'],
    ['a republishing notice', 'Republish this story for free under our Creative Commons licence.'],
    ['an affiliate disclosure', 'Disclosure: Harbour Gazette is reader-supported. When you buy through links on our pages we may earn a small commission.'],
    ['a funding note', 'This report was produced with support from the Coastal Journalism Fund, which has no say over what we publish.'],
    ['a wire credit line', '(Reporting by Ola Berg in Solvik; editing by Per Moen)'],
    ['an editing credit', 'Editing by Per Moen'],
    ['a source credit', '(via Coastal Weekly)'],
    ['a comment-form prompt', 'Notify me of new replies to my comment'],
    ['a comment spam notice', 'Comments are checked for spam and held for review before they are shown.'],
    ['a community rules link', 'Please read our community guidelines before you post.'],
    ['a form remnant', 'This field is for checking only and should be left blank.'],
    ['a newsletter pitch', 'Join thousands of readers who get our harbour news first thing every morning.'],
    ['a correction note', 'Correction: An earlier version of this article gave the wrong length for the wall.'],
    ['a topics line', 'Topics: harbour, breakwater, council budget'],
    ['a related-media heading', 'Videos and photos on this story'],
    ['a share bar', 'Share / Tweet / 14 Comments'],
    ['a standards link', 'Our Standards: the Gazette editorial code.'],
  ])('drops %s and says why', (_, line) => {
    const result = cleanText(page(P1, line, P2, P3, P4));
    expect(result.body).not.toContain(line);
    expect(result.removed.find((r) => r.text === line)?.reason).toBeTruthy();
    for (const p of [P1, P2, P3, P4]) expect(result.body).toContain(p);
  });

  it('drops a cookie notice of any length when the line opens with one', () => {
    const notice =
      'Harbour Gazette uses cookies and similar tools to measure how the site is used, remember your settings and show advertising that may interest you; by continuing to read you accept this, and you can change your preferences at any time from the privacy centre at the foot of every page, where every partner we work with is listed.';
    const result = cleanText(page(notice, P1, P2, P3, P4));
    expect(result.body).not.toContain('uses cookies');
    expect(result.removed.find((r) => r.text === notice)?.reason).toBe('cookie/privacy notice');
  });

  it('keeps prose that only mentions the same words', () => {
    const prose = [
      'A photographer who watched the storm said the waves were the highest she had seen in twenty years on the coast.',
      'The council will watch the costs closely, the mayor said, and will publish a report on the project every quarter.',
      'Per Moen is a fisherman who has worked from the inner basin for thirty years, and he said the delay had cost him dearly.',
    ];
    const result = cleanText(page(P1, ...prose, P2, P3));
    for (const p of prose) expect(result.body).toContain(p);
  });
});

describe('text cleaning: the tail of the article', () => {
  const festival = [
    'The summer music festival announced on Friday that it would move to the old shipyard next year, doubling the space for its main stage.',
    'Organisers said ticket sales had risen for the third year running and that the new site would take twelve thousand visitors a day.',
    'The festival began in a church hall in 1998 with four local bands and now books acts from across Europe for three days every July.',
    'Residents near the shipyard have asked for a limit on noise after eleven at night, and the organisers said they would agree to one.',
    'A new ferry stop will be built beside the shipyard so that visitors from the islands can reach the festival without driving.',
    'The festival director said the move would secure its future for at least a decade, whatever happens to the town centre.',
  ];

  it.each(['Suggested articles', 'Discussion', 'Editor\'s Picks', 'The Gazette recommends', 'Audios and videos on the topic'])('cuts the tail at %j', (marker) => {
    const result = cleanText(page(P1, P2, P3, P4, marker, ...festival.slice(0, 2)));
    expect(result.body).not.toContain('festival');
  });
});
