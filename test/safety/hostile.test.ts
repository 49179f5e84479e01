/**
 * Hostile uploads end in a report or a rejection, never a hang: generated shapes (scripts/hostile.ts: runs of
 * openers, repeated tokens, long lines, deep nesting, repeated paragraphs, control characters) at sizes that run
 * quickly here; the 1 MiB and 10 MiB sizes, with time and peak memory, are in `npm run bench -- --hostile`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../shared/clean/index.ts';
import { extractClaims } from '../../shared/claims/index.ts';
import { boundRemoved, LIMITS } from '../../shared/limits.ts';
import { withinBudget } from '../../shared/pipeline/prepare.ts';
import { runHostile } from '../../scripts/bench-hostile.ts';
import { HOSTILE_SHAPES } from '../../scripts/hostile.ts';

describe('hostile uploads', () => {
  test('every generated shape ends with a report or a rejection that says why', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HOSTILE_SHAPES.map((s) => s.name)),
        fc.integer({ min: 2_000, max: 40_000 }),
        async (shape, bytes) => {
          const run = await runHostile(shape, bytes);
          expect(run.outcome === 'reported' || /^rejected: \S/.test(run.outcome), `${shape} at ${bytes} bytes: ${run.outcome}`).toBe(true);
        },
      ),
      { numRuns: 24, seed: 14 },
    );
  });

  test('the two exponential shapes of the issue finish: a 33-item share bar and a byline with 30 month stamps', async () => {
    const bar =
      `Harbour ferries cancelled\n\n${'Facebook Twitter '.repeat(16)}Facebook Instagram\n\nThe port authority said on Monday ` +
      `that 14 ferries were cancelled after the storm.`;
    expect((await cleanDocument(bar, { name: 'bar.txt' })).body).toContain('14 ferries were cancelled');
    const page =
      `<!doctype html><html><head><title>Ferries cancelled</title><meta name="author" content="Jane Doe ` +
      `${'Nov. '.repeat(30)}x"></head><body><article><p>The port authority said on Monday that 14 ferries were cancelled after the ` +
      `storm damaged the northern breakwater, and that repairs would take weeks.</p></article></body></html>`;
    expect((await cleanDocument(page, { name: 'byline.html' })).body).toContain('14 ferries were cancelled');
  });

  test('a page of more elements than the budget is read as text, and says so', async () => {
    const rows = Array.from({ length: LIMITS.htmlParseElements }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('');
    const page =
      `<!doctype html><html><head><title>Ferry timetable</title></head><body><p>The port authority said on Monday that 14 ` +
      `ferries were cancelled after the storm damaged the northern breakwater.</p><table>${rows}</table></body></html>`;
    const cleaned = await cleanDocument(page, { name: 'table.html' });
    expect(cleaned.removed[0].reason).toMatch(/over the work budget: HTML elements/);
    expect(cleaned.body).toContain('14 ferries were cancelled');
  });

  test('a repeated paragraph counts once, and text past the budget is cut at a paragraph and listed', () => {
    const paragraph = 'The port authority said on Monday that 14 ferries were cancelled after the storm.';
    const repeated = withinBudget(Array.from({ length: 500 }, () => paragraph).join('\n\n'));
    expect(repeated.text).toBe(paragraph);
    expect(repeated.removed).toEqual([{ text: `${paragraph} (499 more times)`, reason: 'repeated paragraph (counted once)' }]);

    const distinct = Array.from(
      { length: 3_000 },
      (_, i) => `Paragraph ${i}: the ferry count on day ${i} was ${i * 3}, the harbour office said.`,
    ).join('\n\n');
    const cut = withinBudget(distinct);
    expect(cut.text.length).toBeLessThanOrEqual(LIMITS.cleanedTextChars);
    expect(distinct.startsWith(cut.text)).toBe(true);
    expect(cut.removed).toHaveLength(1);
    expect(cut.removed[0].reason).toMatch(/^over the work budget: cleaned text/);
    // Under the budget and without repeats, the text is returned as it is.
    const article = `${paragraph}\n\nRepairs will take two weeks.`;
    expect(withinBudget(article)).toEqual({ text: article, removed: [] });
  });

  test('a sentence longer than the budget is not read for claims, and is listed', () => {
    const figures = Array.from({ length: 400 }, (_, i) => `${i + 1} ferries on route ${i}`).join(' and ');
    const body =
      `The port authority said on Monday that ${figures} were cancelled.\n\nThe harbour master said 14 ferries were ` +
      `cancelled after the storm.`;
    const { claims, removed } = extractClaims(body);
    expect(claims.map((c) => c.text)).toEqual(['The harbour master said 14 ferries were cancelled after the storm.']);
    expect(removed).toHaveLength(1);
    expect(removed[0].reason).toMatch(/^over the work budget: sentence length/);
    expect(removed[0].text).toMatch(/^1 sentence longer than 3,000 characters.*The port authority said on Monday/);
  });

  test('a claim keeps the first figures of its sentence; the rest are counted in the removed lines', () => {
    const list = Array.from({ length: 30 }, (_, i) => `${i + 2} buses`).join(', ');
    const { claims, removed } = extractClaims(`The council said on Monday that ${list} and 99 trams were withdrawn.`);
    expect(claims).toHaveLength(1);
    expect(claims[0].figures).toHaveLength(LIMITS.figuresPerSentence);
    expect(claims[0].figures[0].value).toBe(2);
    expect(removed).toEqual([
      {
        text: `7 figures after the first ${LIMITS.figuresPerSentence} of a sentence`,
        reason: 'over the work budget: figures per sentence (limits.ts)',
      },
    ]);
  });

  test('the removed list keeps its first lines, each cut to the budget, and counts the rest by reason', async () => {
    // 5,000 short blocks of a listing page around one article paragraph, plus one long block.
    const blocks = Array.from({ length: 5_000 }, (_, i) => `Listing ${i} of the market`);
    const text =
      `Harbour ferries cancelled\n\nThe port authority said on Monday that 14 ferries were cancelled after the storm ` +
      `damaged the northern breakwater, and that repairs would take two weeks.\n\n${blocks.join('\n')}`;
    const cleaned = await cleanDocument(text, { name: 'listing.txt' });
    expect(cleaned.body).toContain('14 ferries were cancelled');
    const listed = cleaned.removed.filter((r) => !r.reason.startsWith('over the work budget'));
    const counted = cleaned.removed.filter((r) => r.reason.startsWith('over the work budget: removed lines listed'));
    expect(listed).toHaveLength(LIMITS.removedLines);
    expect(counted.length).toBeGreaterThan(0);
    const total = counted.reduce((sum, r) => sum + Number(r.text.match(/^([\d,]+) more line/)![1].replace(/,/g, '')), 0);
    expect(listed.length + total).toBe(5_001); // every block but the article's, and the title line

    const long = boundRemoved([{ text: 'x'.repeat(LIMITS.removedLineChars + 500), reason: 'navigation' }]);
    expect(long[0].text).toBe(
      `${'x'.repeat(LIMITS.removedLineChars)}… (${(LIMITS.removedLineChars + 500).toLocaleString('en-US')} characters)`,
    );
    const few = [{ text: 'Share this', reason: 'share row' }];
    expect(boundRemoved(few)).toBe(few);
  });

  test('a page of more characters than jsdom is given is read as text, and says so', async () => {
    // 700,000 characters in 2,000 table cells: under the element budget, over the characters jsdom parses.
    const cells = Array.from({ length: 2_000 }, (_, i) => `<td>${`cell ${i} of the ferry timetable `.repeat(11)}</td>`).join('');
    const page =
      `<!doctype html><html><head><title>Ferry timetable</title></head><body><p>The port authority said on Monday that 14 ` +
      `ferries were cancelled after the storm damaged the northern breakwater.</p><table><tr>${cells}</tr></table></body></html>`;
    expect(page.length).toBeGreaterThan(LIMITS.htmlSourceChars);
    const cleaned = await cleanDocument(page, { name: 'timetable.html' });
    expect(cleaned.removed[0].reason).toMatch(/^over the work budget: HTML characters parsed; read as text/);
    expect(cleaned.body).toContain('14 ferries were cancelled');
  });

  test('the cleaner reads the first characters of a text within the budget, cut at a line, and lists the rest', async () => {
    const article =
      'Harbour ferries cancelled\n\nThe port authority said on Monday that 14 ferries were cancelled ' +
      'after the storm damaged the northern breakwater.\n\n';
    const rest = Array.from({ length: 100_000 }, (_, i) => `Listing ${i} of the market`).join('\n');
    const cleaned = await cleanDocument(article + rest, { name: 'long.txt' });
    expect(cleaned.body).toContain('14 ferries were cancelled');
    const note = cleaned.removed.find((r) => r.reason.startsWith('over the work budget: text read by the cleaner'));
    expect(note?.text).toMatch(/^[\d,]+ characters after the first [\d,]+, not read$/);
    const [notRead, read] = note!.text.match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
    expect(read).toBeLessThanOrEqual(LIMITS.cleanerChars);
    expect(read + notRead).toBe((article + rest).length);
    expect((article + rest).charAt(read)).toBe('\n'); // cut at a line's end
  });
});
