/**
 * The corpus index is partitioned by story: a document reads the shards of the stories it belongs to and files its
 * claims in its own story's shards, so what it costs does not depend on how many other stories the corpus holds.
 */
import { describe, expect, it } from 'vitest';
import { retrievalKeys } from '../../shared/diff/index.ts';
import type { StoryIndex } from '../../shared/pipeline/story-claims.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { getJson } from '../../shared/storage/store.ts';
import { ingest, ReadLog } from '../support/ingest.ts';
import { QUAKE_1, QUAKE_2, STRIKE_1 } from '../support/quake-texts.ts';

const shardKeys = (store: ReadLog, corpus: string) => [...store.objects.keys()].filter((k) => k.startsWith(`corpus/${corpus}/index/`));

describe('story-partitioned corpus index', () => {
  it("files each story's claims apart and reads only the stories a document belongs to", async () => {
    const store = new ReadLog();
    const quake = await ingest(store, 'news', 'quake-1.txt', QUAKE_1, 1);
    const strike = await ingest(store, 'news', 'strike-1.txt', STRIKE_1, 2);
    const quakeStory = (await getJson<{ story: string }>(store, keys.filed('news', quake.document.id)))!.story;
    const strikeStory = (await getJson<{ story: string }>(store, keys.filed('news', strike.document.id)))!.story;
    expect(quakeStory).not.toBe(strikeStory);
    // One object per story, holding its claims and the keys they are filed under.
    expect(shardKeys(store, 'news').sort()).toEqual(
      [`corpus/news/index/${quakeStory}.json`, `corpus/news/index/${strikeStory}.json`].sort(),
    );
    const quakeIndex = (await getJson<StoryIndex>(store, keys.storyClaims('news', quakeStory)))!;
    expect(quakeIndex.claims.map((c) => c.docId)).toEqual(quake.claims.map(() => quake.document.id));
    for (const claim of quake.claims) for (const key of retrievalKeys(claim)) expect(quakeIndex.keys[key]).toContain(claim.id);

    store.reads = [];
    const followUp = await ingest(store, 'news', 'quake-2.txt', QUAKE_2, 3);
    const indexReads = store.reads.filter((k) => k.startsWith('corpus/news/index/'));
    expect(indexReads).toEqual([keys.storyClaims('news', quakeStory)]);
    // It still finds what the first quake report said.
    const types = followUp.findings.map((f) => f.type);
    expect(types).toContain('updated');
    expect(types).toContain('corroborated');
    expect(followUp.findings.find((f) => f.type === 'updated')!.explanation).toMatch(/12 → 19/);
  });
});
