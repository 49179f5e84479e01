/**
 * The "numbers that are not figures" rules: every entry's example is caught by its own rule, and the number in it
 * yields no figure.
 */
import { describe, expect, test } from 'vitest';
import { extractFigures, NOT_A_FIGURE } from '../../shared/claims/figures/index.ts';
import { FIGURE_RE, numberContext } from '../../shared/claims/figures/numbers.ts';

/** The context of the number written in [brackets] in an example. */
function contextOf(example: string) {
  const at = example.indexOf('[');
  const sentence = example.replace(/[[\]]/g, '');
  const re = new RegExp(FIGURE_RE.source, FIGURE_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) if (m.index === at) return { sentence, n: numberContext(sentence, m) };
  throw new Error(`no number read at [${example.slice(at + 1, example.indexOf(']'))}] in "${example}"`);
}

describe('numbers that are not figures', () => {
  test('rule names are unique', () => {
    expect(new Set(NOT_A_FIGURE.map((r) => r.name)).size).toBe(NOT_A_FIGURE.length);
  });
  for (const rule of NOT_A_FIGURE) {
    test(`${rule.name}: ${rule.example}`, () => {
      expect(rule.reason.length).toBeGreaterThan(10);
      const { sentence, n } = contextOf(rule.example);
      expect(rule.test(n)).toBe(true);
      const raw = rule.example.slice(rule.example.indexOf('[') + 1, rule.example.indexOf(']'));
      expect(extractFigures(sentence).map((f) => f.raw)).not.toContain(raw);
    });
  }
  test('a number inside a hyphenated compound ("two-and-a-half") is a compound modifier, not a count', () => {
    const { sentence, n } = contextOf('The hike took [two]-and-a-half days.');
    expect(NOT_A_FIGURE.filter((r) => r.test(n)).map((r) => r.name)).toEqual(['compound modifier']);
    expect(extractFigures(sentence).map((f) => f.raw)).not.toContain('two');
  });
  test('a count is caught by no rule', () => {
    const { n } = contextOf('At least [18] officers were killed in the attack.');
    expect(NOT_A_FIGURE.filter((r) => r.test(n)).map((r) => r.name)).toEqual([]);
  });
});
