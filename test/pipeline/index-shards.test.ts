/** Index shards stay bounded, and never archive a claim whose document a replay could still file again. */
import { describe, expect, it } from 'vitest';
import { addToShard, MAX_SHARD_CLAIMS } from '../../shared/pipeline/story-claims.ts';
import type { CorpusClaim } from '../../shared/types.ts';

const claimOf = (seq: number): CorpusClaim => ({
  id: `doc${seq}-c1`,
  text: `Claim of document ${seq}.`,
  kind: 'statement',
  speaker: null,
  quote: null,
  figures: [],
  entities: [],
  docId: `doc${seq}`,
  sourceKey: `incoming/c/doc${seq}.txt`,
  seq,
});

function fill(count: number, archivableBelow: (seq: number) => number) {
  let shard = { key: 'w.harbour', claims: [] as CorpusClaim[] };
  const archived: CorpusClaim[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const next = addToShard(shard, [claimOf(seq)], archivableBelow(seq));
    shard = next.live;
    archived.push(...next.archived);
  }
  return { shard, archived };
}

describe('index shards', () => {
  it('keep at most the cap, moving the oldest half out, each claim either live or archived once', () => {
    const { shard, archived } = fill(500, () => Infinity);
    expect(shard.claims.length).toBeLessThanOrEqual(MAX_SHARD_CLAIMS);
    expect(shard.claims.length).toBeGreaterThanOrEqual(MAX_SHARD_CLAIMS / 2);
    const all = [...archived, ...shard.claims].map((c) => c.seq);
    expect(all).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });

  it('keep claims of documents a replay can still reach, even past the cap', () => {
    const window = 100;
    const { shard, archived } = fill(400, (seq) => seq - window);
    expect(Math.max(...archived.map((c) => c.seq))).toBeLessThan(400 - window);
    // Everything the last `window` documents filed is still live.
    for (let seq = 400 - window; seq <= 400; seq++) expect(shard.claims.some((c) => c.seq === seq)).toBe(true);
    expect(new Set([...archived, ...shard.claims].map((c) => c.id)).size).toBe(400);
  });
});
