/**
 * The corpus state in shards: a document reads and changes only the shards of its own lines, names and story; each
 * shard can be rolled back to before any recent document (replays), and rolling back twice changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { lineKey } from '../../shared/clean/index.ts';
import { RECURRENCE_THRESHOLD } from '../../shared/pipeline/boilerplate.ts';
import {
  assignStoryInShards,
  ENTITIES_PER_SHARD,
  dropRecurringLines,
  LINE_TABLE,
  resolveAgainstRegistry,
  rollBack,
  shardOf,
  StateBatch,
  type StateShard,
} from '../../shared/pipeline/corpus-state.ts';
import { REPLAY_WINDOW } from '../../shared/pipeline/diff-stage.ts';
import { LINES_PER_GROUP } from '../../shared/pipeline/line-table.ts';
import { LINE_GROUPS, LineTable, type PackedLineTable } from '../../shared/pipeline/line-table.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson } from '../../shared/storage/store.ts';
import { ingest, ReadLog } from '../support/ingest.ts';
import type { DocumentEntity, PreparedDocument } from '../../shared/types.ts';

const person = (name: string, roles: string[] = [], variants = [name]): DocumentEntity => ({ name, kind: 'person', roles, variants });

async function commit(store: MemoryStore, seq: number, change: (batch: StateBatch) => void): Promise<void> {
  const batch = new StateBatch(store, 'c');
  await batch.load(['t/one', 't/two']);
  change(batch);
  await batch.commit(seq, REPLAY_WINDOW);
}

const shard = (store: MemoryStore, name: string) => getJson<StateShard>(store, keys.state('c', name));

describe('state shards', () => {
  it('roll back to before a document, newest change first; a second roll-back changes nothing', async () => {
    const store = new MemoryStore();
    await commit(store, 1, (b) => b.set('t/one', 'a', 1));
    await commit(store, 2, (b) => {
      b.set('t/one', 'a', 2);
      b.set('t/one', 'b', 1);
      b.set('t/two', 'x', 'first');
    });
    await commit(store, 3, (b) => {
      b.set('t/one', 'a', 3);
      b.set('t/one', 'b', null);
    });
    expect((await shard(store, 't/one'))!.items).toEqual({ a: 3 });

    await rollBack(store, 'c', ['t/one', 't/two'], 2);
    expect(await shard(store, 't/one')).toEqual({ items: { a: 1 }, undo: [{ seq: 1, before: { a: null } }] });
    expect((await shard(store, 't/two'))!.items).toEqual({});
    const once = new Map(store.objects);
    await rollBack(store, 'c', ['t/one', 't/two'], 2);
    expect(store.objects).toEqual(once);
  });

  it('writes only the shards whose items changed, and logs no more than the replay window', async () => {
    const store = new MemoryStore();
    for (let seq = 1; seq <= 100; seq++) {
      await commit(store, seq, (b) => {
        b.set('t/one', 'n', seq);
        b.set('t/two', 'same', true);
      });
    }
    const one = (await shard(store, 't/one'))!;
    expect(one.items).toEqual({ n: 100 });
    expect(one.undo.map((u) => u.seq)).toEqual(Array.from({ length: REPLAY_WINDOW + 1 }, (_, i) => 100 - REPLAY_WINDOW + i));
    expect((await shard(store, 't/two'))!.undo.map((u) => u.seq)).toEqual([1]);
  });
});

const article = (id: string, body: string): PreparedDocument => ({
  schemaVersion: 1,
  id,
  corpus: 'c',
  sourceKey: `incoming/c/${id}.txt`,
  name: `${id}.txt`,
  format: 'text',
  title: null,
  byline: null,
  published: null,
  cleanedText: body,
  removed: [],
  emptyReason: null,
  preparedAt: '2026-01-01T00:00:00Z',
  entities: [],
  claims: body
    .split('\n\n')
    .map((text, i) => ({ id: `c${i + 1}`, text, kind: 'statement' as const, speaker: null, quote: null, figures: [], entities: [] })),
});

describe('line statistics in shards', () => {
  const standing = 'Follow the Gazette for live coverage of the storm.';
  const wire =
    'The regional rescue service said on Monday that divers had recovered four more bodies from the hull of the ferry overnight.';

  async function corpusOf(docs: PreparedDocument[]): Promise<MemoryStore> {
    const store = new MemoryStore();
    for (const [i, doc] of docs.entries()) {
      const batch = new StateBatch(store, 'c');
      await dropRecurringLines(batch, doc);
      await batch.commit(i + 1, REPLAY_WINDOW);
    }
    return store;
  }

  it('drops a short line seen in enough earlier documents, with the claims read from it', async () => {
    const store = await corpusOf(
      Array.from({ length: RECURRENCE_THRESHOLD }, (_, i) =>
        article(`d${i}`, `Story number ${i} was about the harbour and its long history of storms.\n\n${standing}`),
      ),
    );
    const next = await dropRecurringLines(
      new StateBatch(store, 'c'),
      article('new', `The breakwater will be finished next year, the harbour authority said.\n\n${standing}`),
    );
    expect(next.cleanedText).not.toContain(standing);
    expect(next.removed).toEqual([
      { text: standing, reason: `recurs verbatim in ${RECURRENCE_THRESHOLD} earlier documents of the corpus` },
    ]);
    expect(next.claims.map((c) => c.text)).toEqual(['The breakwater will be finished next year, the harbour authority said.']);
  });

  it('keeps every count in one line table; a full group forgets its lines seen once first, and only that group', async () => {
    // Lines whose keys fall in one group (the first two hex digits of the key), as many as asked for.
    const inGroup = (group: string, count: number) => {
      const lines: string[] = [];
      for (let n = 0; lines.length < count; n++)
        if (lineKey(`Notice ${n} to our readers.`).startsWith(group)) lines.push(`Notice ${n} to our readers.`);
      return lines;
    };
    const group = lineKey(standing).slice(0, 2);
    const crowd = inGroup(group, LINES_PER_GROUP);
    const other = inGroup(group === '00' ? '01' : '00', 1)[0];
    const store = await corpusOf([
      article('a', `${standing}\n\n${other}`),
      article('b', standing),
      article('c', crowd.slice(0, LINES_PER_GROUP - 1).join('\n\n')), // the group holds 32 lines: full, not over
      article('d', crowd[LINES_PER_GROUP - 1]),
    ]);
    expect([...store.objects.keys()].filter((k) => k.includes('/state/'))).toEqual([keys.state('c', LINE_TABLE)]);
    const table = new LineTable((await getJson<PackedLineTable>(store, keys.state('c', LINE_TABLE)))!);
    const counts = Array.from({ length: LINE_GROUPS }, (_, g) => [...table.group(g)]).flat();
    expect(Object.fromEntries(counts)).toEqual({ [lineKey(standing)]: 2, [lineKey(other)]: 1 });
  });

  it('keeps a line seen fewer times, and long sentences however often they are repeated (wire copy is news)', async () => {
    const store = await corpusOf([
      ...Array.from({ length: 10 }, (_, i) => article(`w${i}`, wire)),
      article('a', standing),
      article('b', standing),
    ]);
    const next = await dropRecurringLines(new StateBatch(store, 'c'), article('new', `${wire}\n\n${standing}`));
    expect(next.cleanedText).toBe(`${wire}\n\n${standing}`);
  });
});

describe('entity registry in shards', () => {
  async function resolve(store: MemoryStore, seq: number, entities: DocumentEntity[]) {
    const batch = new StateBatch(store, 'c');
    const resolved = await resolveAgainstRegistry(batch, entities, seq);
    await batch.commit(seq, REPLAY_WINDOW);
    return resolved;
  }

  it('joins a later spelling to the entity an earlier document named, and keeps two people apart', async () => {
    const store = new MemoryStore();
    await resolve(store, 1, [person('Serik Teloperdiev', ['foreign minister'])]);
    await resolve(store, 2, [person('Aigul Bekova', ['mayor'])]);
    const later = await resolve(store, 3, [person('Serik Tileuberdiev', ['kazakh foreign minister']), person('Aigul Bekov', ['mayor'])]);
    expect(later.canonicalOf('Serik Tileuberdiev')).toBe('Serik Teloperdiev');
    expect(later.canonicalOf('Aigul Bekov')).toBe('Aigul Bekov');
  });

  it('stays bounded per name key: a full shard forgets its least recently mentioned, not the one just named', async () => {
    const store = new MemoryStore();
    // Places "Port Tal.." all file under the key of "Tal..": one shard ("s:tl") for all of them.
    const letters = 'bdfgkmnprstv';
    const names = [...letters]
      .flatMap((a) => [...letters].filter((b) => b !== a).map((b) => `Port Tal${a}${b}o`))
      .slice(0, 3 * ENTITIES_PER_SHARD);
    for (const [i, name] of names.entries()) await resolve(store, i + 1, [{ name, kind: 'place', roles: [], variants: [name] }]);
    const held = Object.values((await shard(store, shardOf.entities('s:tl')))!.items) as Array<{ canonical: string }>;
    expect(held.length).toBeGreaterThan(ENTITIES_PER_SHARD / 2);
    expect(held.length).toBeLessThanOrEqual(ENTITIES_PER_SHARD);
    expect(held.map((e) => e.canonical)).toContain(names.at(-1));
    expect(held.map((e) => e.canonical)).not.toContain(names[0]);
  });
});

describe('stories in shards', () => {
  const claim = (...entities: string[]) => ({ entities, speaker: null });
  const kinds: Record<string, 'person' | 'place' | 'organization'> = {
    'Lena Dahl': 'person',
    Varna: 'place',
    'Omar Said': 'person',
    Kessel: 'place',
    'Port Authority': 'organization',
  };
  async function assign(store: MemoryStore, seq: number, ...claims: string[][]) {
    const batch = new StateBatch(store, 'c');
    const story = await assignStoryInShards(
      batch,
      claims.map((c) => claim(...c)),
      (n) => kinds[n],
      seq,
    );
    await batch.commit(seq, REPLAY_WINDOW);
    return story;
  }

  it('a follow-up sharing a person or a place joins the story; an unrelated document starts one named after it', async () => {
    const store = new MemoryStore();
    const first = await assign(store, 1, ['Varna', 'Lena Dahl'], ['Port Authority']);
    expect(first.id).toBe('s1');
    const other = await assign(store, 2, ['Kessel', 'Omar Said']);
    expect(other).toEqual({ id: 's2', related: new Set(['s2']) });
    const followUp = await assign(store, 3, ['Varna'], ['Port Authority']);
    expect(followUp.id).toBe('s1');
    const both = await assign(store, 4, ['Lena Dahl', 'Omar Said']);
    expect(both.related).toEqual(new Set(['s2', 's1']));
  });
});

const QUAKE_1 = `Earthquake kills 12 in Varnholt

At least 12 people were killed when an earthquake struck the town of Varnholt on Monday, regional governor Ilse Marquardt said.
"Our rescue teams are working through the night," Marquardt told reporters.
`;
const QUAKE_2 = `Varnholt earthquake toll rises

The number of people killed in the Varnholt earthquake rose to 19, regional governor Ilse Marquardt said on Tuesday.
"Our rescue teams are working through the night," Marquardt told reporters.
`;
const STRIKE = (i: number) => `Dockers strike at Port Elsmere${i}

About ${3000 + i} dock workers walked out at Port Elsmere${i} on Tuesday, union leader Tomas Brennagh${i} said.
The port authority of Elsmere${i} said ${20 + i} ships were waiting to unload.
`;

describe('the diff stage on sharded state', () => {
  it('a document makes the same requests and reads the same state shards, of the same size, whatever the other stories', async () => {
    const probe = async (others: number) => {
      const store = new ReadLog();
      await ingest(store, 'c', 'quake-1.txt', QUAKE_1, 0);
      for (let i = 0; i < others; i++) await ingest(store, 'c', `strike-${i}.txt`, STRIKE(i), i + 1);
      store.reads = [];
      const before = store.totalRequests();
      const report = await ingest(store, 'c', 'quake-2.txt', QUAKE_2, others + 1);
      expect(report.findings.find((f) => f.type === 'updated')?.explanation).toMatch(/12 → 19/);
      // The state shards it reads, with their sizes: the other stories' names are filed elsewhere. The line table is
      // the corpus's one object of line counts (bounded: LINES_PER_GROUP lines in each of its 256 groups), read once.
      const table = keys.state('c', LINE_TABLE);
      const state = store.reads
        .filter((k) => k.includes('/state/') && k !== table)
        .sort()
        .map((k) => `${k} ${store.bytes.get(k)} bytes`);
      return { requests: store.totalRequests() - before, state, lineTableReads: store.reads.filter((k) => k === table).length };
    };
    const few = await probe(1);
    expect(few.state.length).toBeGreaterThan(0);
    expect(few.lineTableReads).toBe(1);
    expect(await probe(12)).toEqual(few);
  });
});
