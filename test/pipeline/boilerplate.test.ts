/** Corpus evidence: a short line recurring verbatim in earlier documents of a corpus is boilerplate there. */
import { describe, expect, it } from 'vitest';
import { countLines, emptyLineStats, removeRecurringLines, RECURRENCE_THRESHOLD } from '../../shared/pipeline/boilerplate.ts';
import type { PreparedDocument } from '../../shared/types.ts';

const standing = 'Follow the Gazette for live coverage of the storm.';
const doc = (id: string, body: string): PreparedDocument => ({
  schemaVersion: 1, id, corpus: 'c', sourceKey: `incoming/c/${id}.txt`, name: `${id}.txt`, format: 'text', title: null, byline: null, published: null,
  cleanedText: body, removed: [], emptyReason: null, preparedAt: '2026-01-01T00:00:00Z', entities: [],
  claims: body.split('\n\n').map((text, i) => ({ id: `c${i + 1}`, text, kind: 'statement' as const, speaker: null, quote: null, figures: [], entities: [] })),
});

describe('recurring lines', () => {
  it('drops a short line seen in enough earlier documents, with the claims read from it', () => {
    let stats = emptyLineStats();
    for (let i = 0; i < RECURRENCE_THRESHOLD; i++) stats = countLines(stats, doc(`d${i}`, `Story number ${i} was about the harbour and its long history of storms.\n\n${standing}`));
    const next = removeRecurringLines(doc('new', `The breakwater will be finished next year, the harbour authority said.\n\n${standing}`), stats);
    expect(next.cleanedText).not.toContain(standing);
    expect(next.removed).toEqual([{ text: standing, reason: `recurs verbatim in ${RECURRENCE_THRESHOLD} earlier documents of the corpus` }]);
    expect(next.claims.map((c) => c.text)).toEqual(['The breakwater will be finished next year, the harbour authority said.']);
  });

  it('keeps a line seen fewer times, and long sentences however often they are repeated (wire copy is news)', () => {
    const wire = 'The regional rescue service said on Monday that divers had recovered four more bodies from the hull of the ferry overnight.';
    let stats = emptyLineStats();
    for (let i = 0; i < 10; i++) stats = countLines(stats, doc(`w${i}`, wire));
    stats = countLines(countLines(stats, doc('a', standing)), doc('b', standing));
    const next = removeRecurringLines(doc('new', `${wire}\n\n${standing}`), stats);
    expect(next.cleanedText).toBe(`${wire}\n\n${standing}`);
  });
});
