/**
 * Hostile uploads end in a report or a rejection, never a hang: generated shapes (scripts/hostile.ts: runs of
 * openers, repeated tokens, long lines, deep nesting, repeated paragraphs, control characters) at sizes that run
 * quickly here; the 1 MiB and 10 MiB sizes, with time and peak memory, are in `npm run bench -- --hostile`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../shared/clean/index.ts';
import { LIMITS } from '../../shared/limits.ts';
import { withinBudget } from '../../shared/pipeline/prepare.ts';
import { runHostile } from '../../scripts/bench-hostile.ts';
import { HOSTILE_SHAPES } from '../../scripts/hostile.ts';

describe('hostile uploads', () => {
  test('every generated shape ends with a report or a rejection that says why', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HOSTILE_SHAPES.map((s) => s.name)), fc.integer({ min: 2_000, max: 40_000 }), async (shape, bytes) => {
        const run = await runHostile(shape, bytes);
        expect(run.outcome === 'reported' || /^rejected: \S/.test(run.outcome), `${shape} at ${bytes} bytes: ${run.outcome}`).toBe(true);
      }),
      { numRuns: 24, seed: 14 },
    );
  });

  test('the two exponential shapes of the issue finish: a 33-item share bar and a byline with 30 month stamps', async () => {
    const bar = `Harbour ferries cancelled\n\n${'Facebook Twitter '.repeat(16)}Facebook Instagram\n\nThe port authority said on Monday that 14 ferries were cancelled after the storm.`;
    expect((await cleanDocument(bar, { name: 'bar.txt' })).body).toContain('14 ferries were cancelled');
    const page = `<!doctype html><html><head><title>Ferries cancelled</title><meta name="author" content="Jane Doe ${'Nov. '.repeat(30)}x"></head><body><article><p>The port authority said on Monday that 14 ferries were cancelled after the storm damaged the northern breakwater, and that repairs would take weeks.</p></article></body></html>`;
    expect((await cleanDocument(page, { name: 'byline.html' })).body).toContain('14 ferries were cancelled');
  });

  test('a page of more elements than the budget is read as text, and says so', async () => {
    const rows = Array.from({ length: LIMITS.htmlParseElements }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('');
    const page = `<!doctype html><html><head><title>Ferry timetable</title></head><body><p>The port authority said on Monday that 14 ferries were cancelled after the storm damaged the northern breakwater.</p><table>${rows}</table></body></html>`;
    const cleaned = await cleanDocument(page, { name: 'table.html' });
    expect(cleaned.removed[0].reason).toMatch(/over the work budget: HTML elements/);
    expect(cleaned.body).toContain('14 ferries were cancelled');
  });

  test('a repeated paragraph counts once, and text past the budget is cut at a paragraph and listed', () => {
    const paragraph = 'The port authority said on Monday that 14 ferries were cancelled after the storm.';
    const repeated = withinBudget(Array.from({ length: 500 }, () => paragraph).join('\n\n'));
    expect(repeated.text).toBe(paragraph);
    expect(repeated.removed).toEqual([{ text: `${paragraph} (499 more times)`, reason: 'repeated paragraph (counted once)' }]);

    const distinct = Array.from({ length: 3_000 }, (_, i) => `Paragraph ${i}: the ferry count on day ${i} was ${i * 3}, the harbour office said.`).join('\n\n');
    const cut = withinBudget(distinct);
    expect(cut.text.length).toBeLessThanOrEqual(LIMITS.cleanedTextChars);
    expect(distinct.startsWith(cut.text)).toBe(true);
    expect(cut.removed).toHaveLength(1);
    expect(cut.removed[0].reason).toMatch(/^over the work budget: cleaned text/);
    // Under the budget and without repeats, the text is returned as it is.
    const article = `${paragraph}\n\nRepairs will take two weeks.`;
    expect(withinBudget(article)).toEqual({ text: article, removed: [] });
  });
});
