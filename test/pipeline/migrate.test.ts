/**
 * `claimdiff migrate` brings a corpus an earlier version stored to the current layout, once; the diff stage only
 * reads the current layout and refuses an older corpus with the command to run. Each earlier layout is made here
 * from a corpus ingested in the current one, so the migrated corpus can be compared with the one it came from.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, type CorpusHead } from '../../shared/pipeline/diff-stage.ts';
import { documentLineKeys } from '../../shared/pipeline/boilerplate.ts';
import { LINE_TABLE, UNPACKED_LINE_TABLE } from '../../shared/pipeline/corpus-state.ts';
import type { PackedLineTable, UnpackedLineTable } from '../../shared/pipeline/line-table.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { migrateCorpus } from '../../shared/pipeline/migrate.ts';
import type { IndexShard, StoryIndex } from '../../shared/pipeline/story-claims.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson, getText, putJson } from '../../shared/storage/store.ts';
import type { PreparedDocument } from '../../shared/types.ts';
import { ingest } from '../support/ingest.ts';
import { QUAKE_1, QUAKE_2, STRIKE_1 } from '../support/quake-texts.ts';

const QUAKE_3 = `Aftershock hits Varnholt

An aftershock shook Varnholt on Wednesday, regional governor Ilse Markwardt said, and 19 people are now known to have died.
`;

const indexObjects = (store: MemoryStore, corpus: string) =>
  [...store.objects.keys()].filter((k) => k.startsWith(`corpus/${corpus}/index/`)).sort();

/**
 * Rewrites a corpus's index as an earlier version kept it: 'story', one object per story and key; undefined (no
 * layout field), one object per key for the whole corpus.
 */
async function downgradeIndex(store: MemoryStore, corpus: string, layout: 'story' | undefined): Promise<void> {
  for (const object of indexObjects(store, corpus)) {
    const index = (await getJson<StoryIndex>(store, object))!;
    store.objects.delete(object);
    const byId = new Map(index.claims.map((c) => [c.id, c]));
    for (const [key, ids] of Object.entries(index.keys)) {
      const name = layout === 'story' ? `${index.story}/${key}` : key;
      const at = `corpus/${corpus}/index/${name}.json`;
      const before = (await getJson<IndexShard>(store, at))?.claims ?? [];
      await putJson(store, at, { key: name, claims: [...before, ...ids.map((id) => byId.get(id)!)] } satisfies IndexShard);
    }
  }
  const head = (await getJson<Record<string, unknown>>(store, keys.head(corpus)))!;
  if (layout) head.layout = layout;
  else delete head.layout;
  await putJson(store, keys.head(corpus), head);
}

/** A packed line table (line-table.ts) as the 'line-table' state kept it: a state shard of counts. */
function unpack(table: PackedLineTable): UnpackedLineTable {
  const counts = (packed: string) =>
    packed === '' ? [] : packed.split(' ').map((pair) => [pair.split(':')[0], Number(pair.split(':')[1])] as const);
  return {
    items: Object.fromEntries(table.groups.flatMap(counts)),
    undo: table.undo.map(({ seq, before }) => ({ seq, before: Object.fromEntries(counts(before).map(([k, n]) => [k, n || null])) })),
  };
}

/** Renames the line table in the filing records as `rename` says, and sets the head's `state`. */
async function restate(store: MemoryStore, corpus: string, state: string, rename: (doc: PreparedDocument) => string[]): Promise<void> {
  for (const key of [...store.objects.keys()].filter((k) => k.startsWith(`corpus/${corpus}/filed/`))) {
    const filing = (await getJson<{ docId: string; state: string[] }>(store, key))!;
    const doc = (await getJson<PreparedDocument>(store, keys.prepared(corpus, filing.docId)))!;
    await putJson(store, key, { ...filing, state: filing.state.flatMap((n) => (n === LINE_TABLE ? rename(doc) : [n])) });
  }
  const head = (await getJson<Record<string, unknown>>(store, keys.head(corpus)))!;
  await putJson(store, keys.head(corpus), { ...head, state });
}

/**
 * Writes a corpus's line table as an earlier version kept it. 'line-table': unpacked, a state shard of counts
 * (state/lines.json). 'shards': split into the objects of its line groups (state/lines/<hex>.json), each with its
 * part of the undo log. The filing records name those objects, as the earlier version did. Returns their keys.
 */
async function downgradeLines(store: MemoryStore, corpus: string, state: 'line-table' | 'shards'): Promise<string[]> {
  const table = unpack((await getJson<PackedLineTable>(store, keys.state(corpus, LINE_TABLE)))!);
  store.objects.delete(keys.state(corpus, LINE_TABLE));
  if (state === 'line-table') {
    await putJson(store, keys.state(corpus, UNPACKED_LINE_TABLE), table);
    await restate(store, corpus, state, () => [UNPACKED_LINE_TABLE]);
    return [keys.state(corpus, UNPACKED_LINE_TABLE)];
  }
  const groups = new Map<string, UnpackedLineTable>();
  const groupOf = (key: string) => {
    const name = `${UNPACKED_LINE_TABLE}/${key.slice(0, 2)}`;
    if (!groups.has(name)) groups.set(name, { items: {}, undo: [] });
    return groups.get(name)!;
  };
  for (const [key, n] of Object.entries(table.items)) groupOf(key).items[key] = n;
  for (const { seq, before } of table.undo) {
    for (const [key, value] of Object.entries(before)) {
      const undo = groupOf(key).undo;
      if (undo.at(-1)?.seq !== seq) undo.push({ seq, before: {} });
      undo.at(-1)!.before[key] = value;
    }
  }
  for (const [name, group] of groups) await putJson(store, keys.state(corpus, name), group);
  await restate(store, corpus, state, (doc) =>
    [...new Set(documentLineKeys(doc).map((k) => `${UNPACKED_LINE_TABLE}/${k.slice(0, 2)}`))].sort(),
  );
  return [...groups.keys()].map((name) => keys.state(corpus, name)).sort();
}

describe('claimdiff migrate', () => {
  const earlierLines = {
    shards: 'folds the line groups of a corpus kept in the shards state into one packed line table',
    'line-table': 'packs the line table of a corpus kept in the line-table state',
  } as const;
  for (const [state, title] of Object.entries(earlierLines) as Array<[keyof typeof earlierLines, string]>) {
    it(`${title}; a late upload replays as before`, async () => {
      const control = new MemoryStore();
      await ingest(control, 'news', 'quake-1.txt', QUAKE_1, 1);
      await ingest(control, 'news', 'strike-1.txt', STRIKE_1, 2);
      await ingest(control, 'news', 'quake-2.txt', QUAKE_2, 4);
      const store = new MemoryStore();
      for (const [key, body] of control.objects) store.objects.set(key, body);
      const old = await downgradeLines(store, 'news', state);
      if (state === 'shards') expect(old.length).toBeGreaterThan(1);
      const table = (store: MemoryStore) => getText(store, keys.state('news', LINE_TABLE));
      expect(await table(store)).toBeNull();
      await expect(ingest(store, 'news', 'quake-3.txt', QUAKE_3, 3)).rejects.toThrow(/claimdiff migrate --corpus news/);

      const result = await migrateCorpus(store, 'news');
      expect(result).toMatchObject({ outcome: 'migrated', unread: old });
      expect(await table(store)).toBe(await table(control));
      // Placed before quake-2 (second 3 of 4): quake-2 is rolled back, through the line table its filing record names.
      const late = await ingest(store, 'news', 'quake-3.txt', QUAKE_3, 3);
      expect(late).toEqual(await ingest(control, 'news', 'quake-3.txt', QUAKE_3, 3));
      expect(await table(store)).toBe(await table(control));
      expect(await migrateCorpus(store, 'news')).toMatchObject({ outcome: 'current' });
    });
  }

  for (const layout of ['story', undefined] as const) {
    const kept = layout ? 'per story and key' : 'per key';
    it(`regroups an index kept ${kept} into story objects; the next document diffs as before`, async () => {
      const control = new MemoryStore();
      for (const [i, [name, text]] of [
        ['quake-1.txt', QUAKE_1],
        ['strike-1.txt', STRIKE_1],
      ].entries())
        await ingest(control, 'news', name, text, i + 1);
      const store = new MemoryStore();
      for (const [key, body] of control.objects) store.objects.set(key, body);
      const current = new Map(await Promise.all(indexObjects(control, 'news').map(async (k) => [k, await getText(control, k)] as const)));
      await downgradeIndex(store, 'news', layout);
      const old = indexObjects(store, 'news');

      // The stage refuses the older corpus, names the command, and changes nothing (the upload's prepared document aside).
      const before = new Map(store.objects);
      await expect(ingest(store, 'news', 'quake-2.txt', QUAKE_2, 3)).rejects.toThrow(/claimdiff migrate --corpus news/);
      for (const [key, body] of before) expect(store.objects.get(key)).toEqual(body);
      expect([...store.objects.keys()].filter((k) => !before.has(k) && !k.includes('/prepared/'))).toEqual([]);

      const result = await migrateCorpus(store, 'news');
      expect(result.outcome).toBe('migrated');
      expect(result.unread.sort()).toEqual(old);
      // Each story's object is what filing the documents in order made.
      for (const [key, text] of current) expect(await getText(store, key)).toBe(text);
      expect((await getJson<CorpusHead>(store, keys.head('news')))!).toMatchObject(CURRENT_LAYOUT);

      const followUp = await ingest(store, 'news', 'quake-2.txt', QUAKE_2, 3);
      expect(followUp).toEqual(await ingest(control, 'news', 'quake-2.txt', QUAKE_2, 3));
      expect(followUp.findings.find((f) => f.type === 'updated')?.explanation).toMatch(/12 → 19/);
      expect(await migrateCorpus(store, 'news')).toMatchObject({ outcome: 'current', steps: [] });
    });
  }

  it('does nothing to a corpus that does not exist', async () => {
    const store = new MemoryStore();
    expect(await migrateCorpus(store, 'none')).toMatchObject({ outcome: 'absent' });
    expect(store.objects.size).toBe(0);
  });

  it('takes over the whole-state snapshot of a corpus started before the state was sharded', async () => {
    const store = new MemoryStore();
    // An older deployment's corpus after one document: head without `state`, the snapshot before document 2.
    const head = {
      count: 1,
      log: [
        {
          seq: 1,
          docId: 'old1',
          uploadId: 'u-old1',
          sourceKey: 'incoming/old/q.txt',
          name: 'q.txt',
          uploadedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      replayFrom: null,
      layout: 'story',
    };
    await putJson(store, keys.head('old'), head);
    await putJson(store, keys.state('old', '2'), {
      seq: 2,
      registry: {
        entities: [
          {
            canonical: 'Ilse Marquardt',
            kind: 'person',
            variants: ['Ilse Marquardt', 'Marquardt'],
            roles: ['regional governor'],
            docs: ['old1'],
            seen: 1,
          },
        ],
      },
      lines: { documents: 1, counts: {} },
      stories: {
        stories: [
          {
            id: 's1',
            entities: [
              ['l:varnholt', 1],
              ['p:ilse marquardt', 1],
            ],
            seen: 1,
          },
        ],
        next: 2,
      },
    });
    await expect(ingest(store, 'old', 'quake-3.txt', QUAKE_3, 5)).rejects.toThrow(/claimdiff migrate --corpus old/);
    expect(await migrateCorpus(store, 'old')).toMatchObject({ outcome: 'migrated', unread: ['corpus/old/state/2.json'] });
    const report = await ingest(store, 'old', 'quake-3.txt', QUAKE_3, 5);
    expect(report.entities.find((e) => e.variants.includes('Ilse Markwardt'))?.canonical).toBe('Ilse Marquardt');
    expect((await getJson<{ story: string }>(store, keys.filed('old', report.document.id)))!.story).toBe('s1');
    expect(await getJson<CorpusHead>(store, keys.head('old'))).toMatchObject({ state: CURRENT_LAYOUT.state, shardedFrom: 2, count: 2 });
  });
});
