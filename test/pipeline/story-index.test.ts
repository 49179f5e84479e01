/**
 * The corpus index is partitioned by story: a document reads the shards of the stories it belongs to and files its
 * claims in its own story's shards, so what it costs does not depend on how many other stories the corpus holds.
 * Corpora started before the partition keep their one-shard-per-key layout.
 */
import { describe, expect, it } from 'vitest';
import { retrievalKeys } from '../../shared/diff/index.ts';
import type { CorpusHead } from '../../shared/pipeline/diff-stage.ts';
import type { StoryIndex } from '../../shared/pipeline/story-claims.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson, putJson } from '../../shared/storage/store.ts';
import { ingest, ReadLog } from '../support/ingest.ts';

const QUAKE_1 = `Earthquake kills 12 in Varnholt

At least 12 people were killed when an earthquake struck the town of Varnholt on Monday, regional governor Ilse Marquardt said.
"Our rescue teams are working through the night," Marquardt told reporters.
The quake damaged 40 houses in the old town, the Varnholt fire service said.
`;
const STRIKE_1 = `Dockers strike at Port Elsmere

About 3,000 dock workers walked out at Port Elsmere on Tuesday, union leader Tomas Brennagh said.
"We will stay out until the company talks to us," Brennagh told a rally outside the harbour gates.
The port authority said 25 ships were waiting to unload.
`;
const QUAKE_2 = `Varnholt earthquake toll rises

The number of people killed in the Varnholt earthquake rose to 19, regional governor Ilse Marquardt said on Tuesday.
"Our rescue teams are working through the night," Marquardt told reporters.
The quake damaged 40 houses in the old town, the Varnholt fire service said.
`;

const shardKeys = (store: MemoryStore, corpus: string) => [...store.objects.keys()].filter((k) => k.startsWith(`corpus/${corpus}/index/`));

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

  it('keeps one object per story and key in a corpus started before a story was one object', async () => {
    const store = new MemoryStore();
    const older: CorpusHead = { count: 0, log: [], replayFrom: null, layout: 'story', state: 'shards' };
    await putJson(store, keys.head('mid'), older);
    const quake = await ingest(store, 'mid', 'quake-1.txt', QUAKE_1, 1);
    await ingest(store, 'mid', 'strike-1.txt', STRIKE_1, 2);
    const followUp = await ingest(store, 'mid', 'quake-2.txt', QUAKE_2, 3);
    const quakeStory = (await getJson<{ story: string }>(store, keys.filed('mid', quake.document.id)))!.story;
    const shards = shardKeys(store, 'mid');
    expect(shards.some((k) => k.startsWith(`corpus/mid/index/${quakeStory}/`))).toBe(true);
    expect(shards.every((k) => /^corpus\/mid\/index\/s\d+\/[^/]+\.json$/.test(k))).toBe(true);
    expect((await getJson<CorpusHead>(store, keys.head('mid')))!.layout).toBe('story');
    expect(followUp.findings.find((f) => f.type === 'updated')?.explanation).toMatch(/12 → 19/);
  });

  it('keeps one shard per key in a corpus started before the partition', async () => {
    const store = new MemoryStore();
    // A corpus whose head predates the layout field: an older deployment's stored state.
    const legacy: CorpusHead = { count: 0, log: [], replayFrom: null };
    await putJson(store, keys.head('old'), legacy);
    await ingest(store, 'old', 'quake-1.txt', QUAKE_1, 1);
    await ingest(store, 'old', 'strike-1.txt', STRIKE_1, 2);
    const followUp = await ingest(store, 'old', 'quake-2.txt', QUAKE_2, 3);
    const shards = shardKeys(store, 'old');
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.every((k) => /^corpus\/old\/index\/[^/]+\.json$/.test(k))).toBe(true);
    const head = (await getJson<CorpusHead>(store, keys.head('old')))!;
    expect(head.layout).toBeUndefined();
    expect(head).toMatchObject({ state: 'shards', shardedFrom: 1 });
    expect(followUp.findings.find((f) => f.type === 'updated')?.explanation).toMatch(/12 → 19/);
  });
});
