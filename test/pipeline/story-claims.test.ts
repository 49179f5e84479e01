/**
 * A story's claims in one object: the same candidates per key as one shard per key (same cap, same order), a bound
 * on the object's size, and every claim filed under each of its keys exactly once, live or archived.
 */
import { describe, expect, it } from 'vitest';
import {
  addToShard,
  claimsByKey,
  emptyStoryIndex,
  fileInStory,
  MAX_SHARD_CLAIMS,
  MAX_STORY_CLAIMS,
  unfileFromStory,
  type IndexShard,
  type StoryArchive,
} from '../../shared/pipeline/story-claims.ts';
import type { CorpusClaim } from '../../shared/types.ts';

const claimOf = (seq: number, n = 1): CorpusClaim => ({
  id: `doc${seq}-c${n}`,
  text: `Claim ${n} of document ${seq}.`,
  kind: 'statement',
  speaker: null,
  quote: null,
  figures: [],
  entities: [],
  docId: `doc${seq}`,
  sourceKey: `incoming/c/doc${seq}.txt`,
  seq,
  story: 's1',
});

/** Files `docs` documents; document `seq` files claims with the keys keysOf(seq, n). */
function fileAll(docs: number, claimsPerDoc: number, keysOf: (seq: number, n: number) => string[], window: number) {
  let index = emptyStoryIndex('s1');
  const archives: StoryArchive[] = [];
  const shards = new Map<string, IndexShard>();
  for (let seq = 1; seq <= docs; seq++) {
    const own = Array.from({ length: claimsPerDoc }, (_, n) => ({ claim: claimOf(seq, n), keys: keysOf(seq, n) }));
    const next = fileInStory(index, own, seq - window);
    index = next.live;
    if (next.archived) archives.push(next.archived);
    // The reference: one shard per key, as the older layout keeps them.
    for (const key of new Set(own.flatMap((o) => o.keys))) {
      const shard = shards.get(key) ?? { key, claims: [] };
      shards.set(
        key,
        addToShard(
          shard,
          own.filter((o) => o.keys.includes(key)).map((o) => o.claim),
          seq - window,
        ).live,
      );
    }
  }
  return { index, archives, shards };
}

describe('story claims in one object', () => {
  it('gives each key the same claims as its own shard would hold', () => {
    const keysOf = (seq: number, n: number) => ['e.harbour', `w.pier-${(seq + n) % 7}`, `f.killed.${seq % 3}`];
    const { index, shards } = fileAll(300, 3, keysOf, 20);
    expect(index.claims.length).toBeLessThanOrEqual(MAX_STORY_CLAIMS);
    const byKey = claimsByKey([index], shards.keys());
    for (const [key, shard] of shards) {
      expect(shard.claims.length).toBeLessThanOrEqual(MAX_SHARD_CLAIMS);
      expect(
        byKey.get(key)?.map((c) => c.id),
        key,
      ).toEqual(shard.claims.map((c) => c.id));
    }
  });

  it('keeps the object under its cap, never moving a claim a replay can still reach, each filing once live or archived', () => {
    // Every claim has keys of its own, so only the story's cap moves claims out.
    const { index, archives } = fileAll(200, 10, (seq, n) => [`w.own-${seq}-${n}`], 64);
    expect(index.claims.length).toBeLessThanOrEqual(MAX_STORY_CLAIMS);
    expect(index.claims.length).toBeGreaterThanOrEqual((MAX_STORY_CLAIMS * 3) / 4 - 10);
    for (let seq = 200 - 64; seq <= 200; seq++) expect(index.claims.some((c) => c.seq === seq)).toBe(true);
    const filings = [...Object.entries(index.keys), ...archives.flatMap((a) => Object.entries(a.keys))].flatMap(([key, ids]) =>
      ids.map((id) => `${key} ${id}`),
    );
    expect(filings).toHaveLength(2000);
    expect(new Set(filings).size).toBe(2000);
    expect(archives.flatMap((a) => a.claims).length + index.claims.length).toBe(2000);
  });

  it('takes a document out again, with the keys it alone used', () => {
    let index = emptyStoryIndex('s1');
    index = fileInStory(index, [{ claim: claimOf(1), keys: ['e.harbour', 'w.pier'] }], 0).live;
    index = fileInStory(index, [{ claim: claimOf(2), keys: ['e.harbour', 'w.crane'] }], 0).live;
    const without = unfileFromStory(index, 'doc2');
    expect(without).toEqual(fileInStory(emptyStoryIndex('s1'), [{ claim: claimOf(1), keys: ['e.harbour', 'w.pier'] }], 0).live);
    expect(unfileFromStory(without, 'doc2')).toEqual(without);
  });
});
