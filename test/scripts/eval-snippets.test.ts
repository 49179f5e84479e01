/**
 * The snippet scoring of scripts/eval-snippets.ts (trafilatura's benchmark format) on an invented page: whitespace is
 * normalised but case is not, a failed extraction misses every "with" snippet, and the script skips cleanly (exit 0)
 * when the set is absent.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { add, countPage, normalise, scores } from '../../scripts/eval-snippets.ts';

const repo = join(import.meta.dirname, '../..');

const page = {
  with: ['The harbour  ferry\nleft at noon', 'Tickets cost two florins.'],
  without: ['Share this story', 'Read more'],
};
const extracted = 'The harbour ferry left at noon, the clerk said.\n\nTickets cost two florins.\n\nread more';

describe('eval-snippets scoring', () => {
  it('collapses whitespace runs on both sides and trims, as trafilatura does', () => {
    expect(normalise('  a \n\t b\u00a0 c  ')).toBe('a b c');
  });

  it('counts found "with" snippets as TP and absent "without" snippets as TN, case-sensitively', () => {
    const c = countPage(page, extracted);
    expect([c.tp, c.fn, c.fp, c.tn]).toEqual([2, 0, 0, 2]); // "read more" is not "Read more"
    const kept = countPage(page, `${extracted}\nShare this   story`);
    expect([kept.fp, kept.tn]).toEqual([1, 1]);
    expect(kept.kept).toEqual(['Share this story']);
  });

  it('scores a failed extraction as every "with" snippet missing', () => {
    const c = countPage(page, null);
    expect([c.tp, c.fn, c.fp, c.tn]).toEqual([0, 2, 0, 2]);
    expect(c.missing).toEqual(page.with);
  });

  it('derives precision, recall and F1 from the summed counts', () => {
    const total = add(countPage(page, extracted), countPage(page, 'Share this story'));
    expect(total).toEqual({ tp: 2, fn: 2, fp: 1, tn: 3 });
    const s = scores(total);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(4 / 7);
    expect(scores({ tp: 0, fn: 0, fp: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('skips with exit 0 when the snippet set is absent', () => {
    const r = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/eval-snippets.ts'), join(repo, 'no-such-set')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no snippet set/);
  });
});
