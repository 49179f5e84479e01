/**
 * Never worse than Readability, photo galleries, slideshow captions and glued credits: invented pages, one per case.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
  `<main><article><h1>${title}</h1>${body}</article></main><footer>Contact us</footer></body></html>`;

// A gallery: every paragraph is a caption that ends in a photo credit.
const CAPTIONS = [
  'Volunteers stack sandbags along the river wall as the water rises in the old town of Solvik on Saturday morning.',
  'A ferry waits at the quay after the harbour master closed the port to all traffic for the rest of the weekend.',
  'Firefighters pump water out of a flooded bakery on the main square while its owner watches from the doorway.',
  'Children are carried across a flooded street by rescue workers in waders near the railway station.',
  'The mayor of Solvik speaks to residents at a shelter set up in the school gym for families who left their homes.',
];
const CREDITS = [
  '(Jane Doe / HARBOUR AGENCY)',
  '(Ola Nord / NORTHWIRE)',
  '(Jane Doe / HARBOUR AGENCY)',
  '(Per Lund / NORTHWIRE)',
  '(Ola Nord / NORTHWIRE)',
];

describe('photo galleries', () => {
  it('keeps the captions of a gallery as its article, credits split off and listed (HTML)', async () => {
    const result = await cleanDocument(page('Floods in Solvik, in pictures', CAPTIONS.map((c, i) => `<p>${c} ${CREDITS[i]}</p>`).join('')));
    expect(result.emptyReason).toBeNull();
    for (const c of CAPTIONS) expect(result.body).toContain(c);
    expect(result.body).not.toContain('AGENCY');
    expect(result.body).not.toContain('NORTHWIRE');
    expect(result.removed.filter((r) => r.reason === 'photo credit').map((r) => r.text)).toContain('(Ola Nord / NORTHWIRE)');
    // The gallery rule keeps them, not the fallback to Readability (which would hide the rule failing).
    expect(result.removed.some((r) => r.reason.startsWith('fallback'))).toBe(false);
  });

  it('does the same for a scraped gallery (text path)', () => {
    const result = cleanText(
      ['Floods in Solvik, in pictures', ...CAPTIONS.map((c, i) => `${c} ${CREDITS[i]}`), 'Share this gallery'].join('\n'),
    );
    for (const c of CAPTIONS.slice(1)) expect(result.body).toContain(c);
    expect(result.body).not.toMatch(/AGENCY|NORTHWIRE|Share this/);
  });

  it('still drops a credited caption inside an ordinary article', async () => {
    const prose = [
      'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years ' +
        'later than planned, after a winter of storms.',
      'Engineers found that the foundations had shifted during the storms, and the design had to be changed before work could ' +
        'resume on the northern section.',
      'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional ' +
        'grant and a loan from the port.',
    ];
    const result = await cleanDocument(
      page('Breakwater delayed', `<p>${prose[0]}</p><p>${CAPTIONS[1]} ${CREDITS[1]}</p><p>${prose[1]}</p><p>${prose[2]}</p>`),
    );
    for (const p of prose) expect(result.body).toContain(p);
    expect(result.body).not.toContain(CAPTIONS[1]);
  });
});

describe('never worse than Readability', () => {
  it("falls back to Readability's text when the cleaner's rules leave nothing, and says why", async () => {
    // Two credited captions: too few for a gallery, so the rules remove both, and nothing would be left.
    const result = await cleanDocument(page('Storm over Solvik', `<p>${CAPTIONS[0]} ${CREDITS[0]}</p><p>${CAPTIONS[1]} ${CREDITS[1]}</p>`));
    expect(result.emptyReason).toBeNull();
    expect(result.body).toContain(CAPTIONS[0]);
    expect(result.body).toContain(CAPTIONS[1]);
    expect(result.body).not.toContain('AGENCY');
    expect(result.removed[0].reason).toMatch(/^fallback to Readability's article: the cleaner's rules left nothing/);
  });

  it('falls back when the cleaner keeps far less than Readability found (share from the threshold table)', async () => {
    const prose =
      'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years ' +
      'later than planned.';
    const html = page('Breakwater delayed', `<p>${prose}</p><p>${CAPTIONS[0]} ${CREDITS[0]}</p><p>${CAPTIONS[1]} ${CREDITS[1]}</p>`);
    // The cleaner keeps the one paragraph: about a third of what Readability found.
    const usual = await cleanDocument(html);
    expect(usual.body).toBe(prose);
    const strict = await cleanDocument(html, { thresholds: { readabilityFallbackShare: 0.9 } });
    expect(strict.body).toContain(CAPTIONS[0]);
    expect(strict.removed[0].reason).toMatch(/the cleaner's rules kept \d+ of its [\d,]+ characters/);
  });

  it('keeps furniture out of the fallback text', async () => {
    const result = await cleanDocument(
      page('Storm over Solvik', `<p>${CAPTIONS[0]} ${CREDITS[0]}</p><p>Share this article</p><p>${CAPTIONS[1]} ${CREDITS[1]}</p>`),
    );
    expect(result.body).toContain(CAPTIONS[0]);
    expect(result.body).not.toContain('Share this article');
  });

  it('does not fall back when the cleaner kept the article and removed only leftovers', async () => {
    const prose = [
      'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years ' +
        'later than planned, after a winter of storms.',
      'Engineers found that the foundations had shifted during the storms, and the design had to be changed before work could ' +
        'resume on the northern section.',
    ];
    const result = await cleanDocument(page('Breakwater delayed', `<p>${prose[0]}</p><p>Advertisement</p><p>${prose[1]}</p>`));
    expect(result.removed.some((r) => r.reason.startsWith('fallback'))).toBe(false);
    expect(result.body).toBe(prose.join('\n\n'));
  });
});

describe('slideshow captions and glued credits', () => {
  const prose = [
    'The harbour authority said on Monday that the new breakwater would be finished by the end of next year, two years later ' +
      'than planned, after a winter of storms.',
    'Engineers found that the foundations had shifted during the storms, and the design had to be changed before work could ' +
      'resume on the northern section.',
    'The mayor told the council that the delay would not raise the cost of the project, which is paid for by a regional grant ' +
      'and a loan from the port.',
  ];
  it('removes "2 of 8. <caption>" slideshow lines', async () => {
    const slide = '2 of 8. Workers lower a concrete block into the water at the end of the pier.';
    const result = await cleanDocument(page('Breakwater delayed', `<p>${prose[0]}</p><p>${slide}</p><p>${prose[1]}</p><p>${prose[2]}</p>`));
    expect(result.body).not.toContain('Workers lower');
    expect(result.removed).toContainEqual({ text: slide, reason: 'slideshow caption' });
    const scraped = cleanText(['Breakwater delayed', prose[0], slide, prose[1], prose[2]].join('\n'));
    expect(scraped.body).not.toContain('Workers lower');
    expect(scraped.removed).toContainEqual({ text: slide, reason: 'slideshow caption' });
  });

  it('removes a caption whose credit is glued to it ("<Name>.Photo: <Agency>")', () => {
    const glued = 'Harbour master Ola Nord.Photo: Northwire';
    const result = cleanText([prose[0], glued, prose[1], prose[2]].join('\n'));
    expect(result.body).not.toContain('Northwire');
    expect(result.removed.find((r) => r.text === glued)?.reason).toBe('image caption/credit');
  });

  it('removes the glued credit from an HTML page too', async () => {
    const glued = 'Harbour master Ola Nord.Photo: Northwire';
    const result = await cleanDocument(
      page('Breakwater delayed', [prose[0], glued, prose[1], prose[2]].map((p) => `<p>${p}</p>`).join('')),
    );
    expect(result.body).not.toContain('Northwire');
    expect(result.body).toBe(prose.join('\n\n'));
  });
});

describe('repeated paragraphs', () => {
  const para = 'The harbour authority said on Monday that the new breakwater would be finished by the end of next year.';
  const other = 'Engineers found that the foundations had shifted during the storms, and the design had to be changed before work resumed.';
  it('keeps a paragraph printed twice in a row once', () => {
    const result = cleanText(['Breakwater delayed', para, 'Watch the video', para, other, other.replace('Engineers', 'Divers')].join('\n'));
    expect(result.body.split(para).length - 1).toBe(1);
    expect(result.removed).toContainEqual({ text: para, reason: 'repeated paragraph' });
  });
  it('keeps a paragraph an article repeats far apart', () => {
    const filler = [1, 2, 3, 4].map(
      (n) => `Paragraph ${n} of the report says the council will meet again in the spring to look at the costs and the plans.`,
    );
    const result = cleanText(['Breakwater delayed', para, ...filler, para].join('\n'));
    expect(result.body.split(para).length - 1).toBe(2);
  });
});
