/**
 * The corpus state a document is diffed against — entity registry, stories, line statistics — kept in small shards
 * keyed by what a document looks up: the registry by name key (the buckets entity resolution already searches), a
 * story's entities under each entity, the line counts by line hash. A document reads the shards of its own names,
 * signature and lines and rewrites the few it changes, so what it costs depends on the document, not on how large
 * the corpus has grown. (Before, one snapshot held the whole state and every document read and wrote it whole:
 * 118 KB at 100 documents, 567 KB at 10,000.)
 *
 * Replays. A late upload is diffed against the corpus as it was before it (see diff-stage.ts), so each shard keeps,
 * per recent document that changed it, the values that document replaced (its undo log, the last REPLAY_WINDOW
 * documents). Rolling a shard back to seq X restores those values newest first and drops the entries: running it
 * twice gives the same shard, which is what makes a replay after a crash safe. The shards a document changed are
 * listed in its filing record, written before any of them.
 */
import { createHash } from 'node:crypto';
import { type StoryAssignment, joinStory, rankStories, storySignature, type Story, type StoryRegistry } from '../diff/story.ts';
import { bucketKeys, resolveEntities } from '../entities/index.ts';
import { getJson, putJson, type ObjectStore } from '../storage/store.ts';
import type { Claim, DocumentEntity, EntityKind, EntityRegistry, PreparedDocument, RegistryEntity, ReportEntity } from '../types.ts';
import { documentLineKeys, removeRecurringLines, type LineStats } from './boilerplate.ts';
import { keys, keySegment } from './keys.ts';
import { lineGroup, LINES_PER_GROUP, LineTable, type PackedLineTable } from './line-table.ts';

/**
 * Entities kept per name-key shard. Name keys are coarse on purpose (first letter and consonant: "Tokayev" and
 * "Toqaev" share one), so a common key fills up; past the cap the least recently mentioned go (down to 3/4) from
 * that shard. An entity lives in every shard of its keys, so it is forgotten only where it was crowded out.
 */
export const ENTITIES_PER_SHARD = 16;
/** Stories listed per entity (the most recently continued): a country named by every story does not list them all. */
export const STORIES_PER_ENTITY = 32;
/**
 * Line counts are kept in one object, the corpus's line table (LINE_TABLE, packed: line-table.ts, LINES_PER_GROUP
 * lines a group): a document's short lines fall in as many groups of the line hash as it has lines, and each group
 * was an object of its own, written by every document that counted a line in it (about five objects a document, of
 * ~20 requests).
 */
/** The state object holding every line group. */
export const LINE_TABLE = 'line-table';
/**
 * The line table's name before it was packed ('line-table' state: a state shard of counts, `lines`), and before that
 * the prefix of its groups' own objects ('shards' state: `lines/ab`). Filing records written then name them.
 */
export const UNPACKED_LINE_TABLE = 'lines';
/**
 * How stale a stored "last mentioned" may be before a document writes it again. Recency only decides what a full
 * shard forgets, so it need not be exact, and an entity named by every document would otherwise be rewritten (and
 * its old value logged for replays) every time.
 */
const RECENCY_GRAIN = 16;

/** One shard: its items, and per recent document the values that document's changes replaced (null: absent). */
export interface StateShard<T = unknown> {
  items: Record<string, T>;
  undo: Array<{ seq: number; before: Record<string, T | null> }>;
}

const emptyShard = (): StateShard => ({ items: {}, undo: [] });

/** Sets an item of a shard's items, or removes it (null). */
function setItem(items: Record<string, unknown>, item: string, value: unknown): void {
  if (value === null) delete items[item];
  else items[item] = value;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex');

export const shardOf = {
  entities: (nameKey: string) => `entities/${keySegment(nameKey.replace(':', '-'))}`,
  story: (id: string) => `stories/${keySegment(id)}`,
  /** Stories by entity, 4,096 shards: a document's signature entities each land in their own. */
  storiesOf: (entity: string) => `story-index/${hash(entity).slice(0, 3)}`,
  /** Every line's count is in the line table (`lineKey` names the item). */
  lines: (_lineKey: string) => LINE_TABLE,
};

/**
 * The shard a filing record names, in today's layout: a record written before the packed line table names the
 * unpacked one (`lines`) or a line group's own object (`lines/ab`), whose counts and undo logs `claimdiff migrate`
 * moved into the table.
 */
const currentShard = (name: string) => (name === UNPACKED_LINE_TABLE || name.startsWith(`${UNPACKED_LINE_TABLE}/`) ? LINE_TABLE : name);

/**
 * The shards one document reads and the changes it makes, written together once its report and index entries are
 * stored. Reads see the document's own pending changes.
 */
export class StateBatch {
  private readonly shards = new Map<string, StateShard>();
  /** The line table, once loaded: it is kept packed (line-table.ts), not as a shard of items. */
  private lines: LineTable | null = null;
  /**
   * Shards this batch parsed itself, whose items it may change in place when it commits. A shard the store handed
   * over as its own value (a stage's earlier write, ObjectStore.readValue) is shared, and is copied.
   */
  private readonly owned = new Set<string>();
  private readonly pending = new Map<string, Map<string, unknown>>();

  constructor(
    private readonly store: ObjectStore,
    private readonly corpus: string,
  ) {}

  async load(names: Iterable<string>): Promise<void> {
    const missing = [...new Set(names)].filter((n) => (n === LINE_TABLE ? !this.lines : !this.shards.has(n)));
    await Promise.all(
      missing.map(async (n) => {
        const key = keys.state(this.corpus, n);
        if (n === LINE_TABLE) {
          this.lines = new LineTable((await getJson<PackedLineTable>(this.store, key, { ifCorrupt: 'absent' })) ?? undefined);
          return;
        }
        const shared = this.store.readValue?.(key) !== undefined;
        this.shards.set(n, (await getJson<StateShard>(this.store, key, { ifCorrupt: 'absent' })) ?? emptyShard());
        if (!shared) this.owned.add(n);
      }),
    );
  }

  private shard(name: string): StateShard {
    const shard = this.shards.get(name);
    if (!shard) throw new Error(`state shard ${name} read before it was loaded`);
    return shard;
  }

  private lineTable(): LineTable {
    if (!this.lines) throw new Error(`state shard ${LINE_TABLE} read before it was loaded`);
    return this.lines;
  }

  /** An item as stored, before this document's changes. */
  private stored(name: string, item: string): unknown {
    return name === LINE_TABLE ? this.lineTable().count(item) : this.shard(name).items[item];
  }

  get<T>(name: string, item: string): T | undefined {
    const changed = this.pending.get(name);
    if (changed?.has(item)) return (changed.get(item) ?? undefined) as T | undefined;
    return this.stored(name, item) as T | undefined;
  }

  /** The items of a shard as they are with this document's changes. */
  entries<T>(name: string): Array<[string, T]> {
    const merged = { ...this.shard(name).items };
    for (const [item, value] of this.pending.get(name) ?? []) setItem(merged, item, value);
    return Object.entries(merged) as Array<[string, T]>;
  }

  /** The counts of one group of the line table (line-table.ts) as they are with this document's changes. */
  lineGroupCounts(group: number): Array<[string, number]> {
    const counts = new Map(this.lineTable().group(group));
    for (const [key, value] of this.pending.get(LINE_TABLE) ?? []) {
      if (lineGroup(key) !== group) continue;
      if (value === null) counts.delete(key);
      else counts.set(key, value as number);
    }
    return [...counts];
  }

  /** Sets an item (null removes it). */
  set(name: string, item: string, value: unknown): void {
    if (name === LINE_TABLE) this.lineTable();
    else this.shard(name);
    let changed = this.pending.get(name);
    if (!changed) this.pending.set(name, (changed = new Map()));
    changed.set(item, value);
  }

  /** The shards this document changes (for its filing record). */
  touched(): string[] {
    return [...this.pending.keys()].filter((name) => this.changes(name).length > 0).sort();
  }

  private changes(name: string): Array<[string, unknown]> {
    return [...(this.pending.get(name) ?? [])].filter(
      ([item, value]) => JSON.stringify(this.stored(name, item) ?? null) !== JSON.stringify(value),
    );
  }

  /**
   * Writes every changed shard, logging what document `seq` replaced so a replay can undo it (`logged` false: a
   * migration, which no replay reaches back before). Entries older than the replay window are dropped.
   */
  async commit(seq: number, replayWindow: number, logged = true): Promise<void> {
    await Promise.all(
      [...this.pending.keys()].map((name) => {
        const changes = this.changes(name);
        if (changes.length === 0) return null;
        const key = keys.state(this.corpus, name);
        if (name === LINE_TABLE)
          return putJson(this.store, key, this.lineTable().changed(changes as Array<[string, number | null]>, seq, replayWindow, logged));
        const shard = this.shard(name);
        const items = this.owned.has(name) ? shard.items : { ...shard.items };
        const before: Record<string, unknown> = {};
        for (const [item, value] of changes) {
          before[item] = items[item] ?? null;
          setItem(items, item, value);
        }
        const undo = shard.undo.filter((u) => u.seq >= seq - replayWindow && u.seq < seq);
        if (logged) undo.push({ seq, before });
        return putJson(this.store, key, { items, undo } satisfies StateShard);
      }),
    );
  }
}

/** Puts shards back as they were before document `from`: undoes the logged changes of `from` and later, newest first. */
export async function rollBack(store: ObjectStore, corpus: string, names: string[], from: number): Promise<void> {
  await Promise.all(
    [...new Set(names.map(currentShard))].map(async (name) => {
      const key = keys.state(corpus, name);
      if (name === LINE_TABLE) {
        const table = await getJson<PackedLineTable>(store, key, { ifCorrupt: 'absent' });
        const rolledBack = table && new LineTable(table).rolledBack(from);
        if (rolledBack) await putJson(store, key, rolledBack);
        return;
      }
      const shard = await getJson<StateShard>(store, key, { ifCorrupt: 'absent' });
      if (!shard?.undo.some((u) => u.seq >= from)) return;
      const items = { ...shard.items };
      for (const u of [...shard.undo].reverse()) {
        if (u.seq < from) continue;
        for (const [item, value] of Object.entries(u.before)) setItem(items, item, value);
      }
      await putJson(store, key, { items, undo: shard.undo.filter((u) => u.seq < from) } satisfies StateShard);
    }),
  );
}

/**
 * The state shards a document will read first, known from the document alone: its lines', its names' and (a
 * guess, right unless the registry spells a name differently) its signature's story lists. Loading them in one
 * wave saves two round trips; a wrong guess only costs the reads it did not save.
 */
export function firstStateReads(doc: PreparedDocument): string[] {
  const kinds = new Map(doc.entities.map((e) => [e.name, e.kind]));
  return [
    ...documentLineKeys(doc).map(shardOf.lines),
    ...doc.entities.flatMap(entityShards),
    ...storySignature(doc.claims, (name) => kinds.get(name)).map(shardOf.storiesOf),
  ];
}

// ---------- line statistics ----------

/**
 * Drops the document's lines the corpus has seen recur (counted over the documents before it), and counts its short
 * lines in; a full group forgets its lines seen once first (as the whole-corpus count did).
 */
export async function dropRecurringLines(batch: StateBatch, doc: PreparedDocument): Promise<PreparedDocument> {
  const lineKeys = documentLineKeys(doc);
  if (lineKeys.length === 0) return removeRecurringLines(doc, { counts: {} });
  await batch.load([LINE_TABLE]);
  const stats: Pick<LineStats, 'counts'> = { counts: {} };
  for (const key of lineKeys) {
    const n = batch.get<number>(LINE_TABLE, key) ?? 0;
    if (n) stats.counts[key] = n;
    batch.set(LINE_TABLE, key, n + 1);
  }
  for (const group of new Set(lineKeys.map(lineGroup))) {
    const counts = batch.lineGroupCounts(group);
    if (counts.length > LINES_PER_GROUP) for (const [key, n] of counts) if (n === 1) batch.set(LINE_TABLE, key, null);
  }
  return removeRecurringLines(doc, stats);
}

// ---------- entity registry ----------

const entityShards = (e: { variants: string[]; kind: EntityKind }) => bucketKeys(e.variants, e.kind).map(shardOf.entities);
const byAge = (a: RegistryEntity, b: RegistryEntity) => a.id! - b.id!;
const sameRecord = (a: RegistryEntity, b: RegistryEntity) =>
  a.canonical === b.canonical &&
  a.kind === b.kind &&
  a.variants.join('\u0000') === b.variants.join('\u0000') &&
  a.roles.join('\u0000') === b.roles.join('\u0000');
/** New entities are numbered after the document that first names them, so the older entity wins a tie. */
const ENTITY_IDS_PER_DOCUMENT = 10_000;

/**
 * Resolves the document's entities against the registry entities filed under its names' keys — the only ones
 * resolution would consider as candidates — and stages what changed: new entities, new spellings or roles, and a
 * stale "last mentioned".
 */
export async function resolveAgainstRegistry(
  batch: StateBatch,
  docEntities: DocumentEntity[],
  seq: number,
): Promise<{ canonicalOf(docName: string): string; entities: ReportEntity[] }> {
  const read = [...new Set(docEntities.flatMap(entityShards))];
  await batch.load(read);
  const known = new Map<number, RegistryEntity>();
  const homes = new Map<number, string[]>();
  for (const name of read) {
    for (const [, e] of batch.entries<RegistryEntity>(name)) {
      known.set(e.id!, e);
      homes.set(e.id!, [...(homes.get(e.id!) ?? []), name]);
    }
  }
  const registry: EntityRegistry = { entities: [...known.values()].sort(byAge) };
  const resolved = resolveEntities(docEntities, registry, seq, Infinity);

  let fresh = 0;
  const updates: RegistryEntity[] = [];
  resolved.registry.entities.forEach((e, i) => {
    const old = registry.entities[i];
    if (old === e) return;
    if (old && sameRecord(old, e) && (old.seen ?? 0) > seq - RECENCY_GRAIN) return;
    updates.push({ ...e, id: e.id ?? seq * ENTITY_IDS_PER_DOCUMENT + fresh++ });
  });
  const files = updates.map((e) => ({ e, now: entityShards(e) }));
  await batch.load(files.flatMap((f) => f.now));
  const changed = new Set<string>();
  for (const { e, now } of files) {
    // A kind learnt late ("other" → person) moves the entity to other keys: it leaves the shards of the old ones.
    for (const name of homes.get(e.id!) ?? []) if (!now.includes(name)) batch.set(name, String(e.id), null);
    for (const name of now) batch.set(name, String(e.id), e);
    for (const n of now) changed.add(n);
  }
  for (const name of changed) {
    const entries = batch.entries<RegistryEntity>(name).map(([, e]) => e);
    if (entries.length <= ENTITIES_PER_SHARD) continue;
    const leastRecent = entries.sort((a, b) => (a.seen ?? 0) - (b.seen ?? 0) || byAge(a, b));
    for (const e of leastRecent.slice(0, entries.length - Math.floor((ENTITIES_PER_SHARD * 3) / 4))) batch.set(name, String(e.id), null);
  }
  return { canonicalOf: resolved.canonicalOf, entities: resolved.entities };
}

// ---------- stories ----------

/** [story id, when it was last continued by a document naming the entity (to within RECENCY_GRAIN)], most recent first. */
type StoryList = Array<[string, number]>;

/**
 * Places the document in the corpus's stories: ranks the stories listed under its signature's entities, joins the
 * closest (or starts one named after this document), and stages the joined story and the lists of its entities.
 */
export async function assignStoryInShards(
  batch: StateBatch,
  claims: Array<Pick<Claim, 'entities' | 'speaker'>>,
  kindOf: (name: string) => EntityKind | undefined,
  seq: number,
  /** Called once the story is chosen, before its shard is read: reads that depend on the story start with it. */
  chosen: (story: Pick<StoryAssignment, 'id' | 'related'>) => void = () => {},
): Promise<Pick<StoryAssignment, 'id' | 'related'>> {
  const signature = storySignature(claims, kindOf);
  await batch.load(signature.map(shardOf.storiesOf));
  const candidates = new Map<string, Pick<Story, 'id' | 'entities' | 'seen'>>();
  for (const e of signature) {
    for (const [id, seen] of batch.get<StoryList>(shardOf.storiesOf(e), e) ?? []) {
      const c = candidates.get(id) ?? { id, entities: [], seen: 0 };
      c.entities.push([e, 1]);
      c.seen = Math.max(c.seen, seen);
      candidates.set(id, c);
    }
  }
  const ranked = rankStories(signature, [...candidates.values()]);
  const id = ranked[0] ?? `s${seq}`;
  const related = new Set([id, ...ranked]);
  chosen({ id, related });
  await batch.load([shardOf.story(id)]);
  const before = batch.get<Story>(shardOf.story(id), 'story');
  const joined = joinStory(before, id, signature, seq);
  batch.set(shardOf.story(id), 'story', joined);

  // The lists to change: entities that entered or left the story's signature, and the document's own entities
  // (already read), whose entry for the story is refreshed when stale. An entity of the story the document does not
  // name keeps its entry as it was, so continuing a story does not rewrite the lists of all its 24 entities.
  const now = joined.entities.map(([e]) => e);
  const was = new Set((before?.entities ?? []).map(([e]) => e));
  const entered = now.filter((e) => !was.has(e));
  const left = [...was].filter((e) => !now.includes(e));
  await batch.load([...entered, ...left].map(shardOf.storiesOf));
  for (const e of now) {
    if (was.has(e) && !signature.includes(e)) continue;
    const list = batch.get<StoryList>(shardOf.storiesOf(e), e) ?? [];
    const listed = list.find(([s]) => s === id);
    if (listed && listed[1] > seq - RECENCY_GRAIN) continue;
    const next: StoryList = [[id, seq] as [string, number], ...list.filter(([s]) => s !== id)].slice(0, STORIES_PER_ENTITY);
    batch.set(shardOf.storiesOf(e), e, next);
  }
  for (const e of left) {
    const list = (batch.get<StoryList>(shardOf.storiesOf(e), e) ?? []).filter(([s]) => s !== id);
    batch.set(shardOf.storiesOf(e), e, list.length ? list : null);
  }
  return { id, related };
}

// ---------- migration ----------

/**
 * Writes a corpus's whole-state snapshot (the layout before shards) as shards: once per corpus, on its first
 * document after the upgrade. Entity ids follow the registry's order, which decides ties as before.
 */
export async function shardSnapshot(
  store: ObjectStore,
  corpus: string,
  snapshot: { registry: EntityRegistry; lines: LineStats; stories?: StoryRegistry },
): Promise<void> {
  const batch = new StateBatch(store, corpus);
  const entities = snapshot.registry.entities.map((e, i) => {
    const { docs: _, ...rest } = e as RegistryEntity & { docs?: string[] };
    return { ...rest, id: i };
  });
  const entityFiles = entities.map((e) => ({ e, names: entityShards(e) }));
  const storyFiles = (snapshot.stories?.stories ?? []).map((s) => ({ s, names: s.entities.map(([e]) => shardOf.storiesOf(e)) }));
  const lineKeys = Object.keys(snapshot.lines.counts);
  await batch.load([
    ...entityFiles.flatMap((f) => f.names),
    ...storyFiles.flatMap((f) => [shardOf.story(f.s.id), ...f.names]),
    ...lineKeys.map(shardOf.lines),
  ]);
  for (const { e, names } of entityFiles) for (const name of names) batch.set(name, String(e.id), e);
  // Most recently continued first, so each entity's list is in the order a document's ranking expects.
  for (const { s } of storyFiles.sort((a, b) => b.s.seen - a.s.seen)) {
    batch.set(shardOf.story(s.id), 'story', s);
    for (const [e] of s.entities) {
      const list = batch.get<StoryList>(shardOf.storiesOf(e), e) ?? [];
      if (list.length < STORIES_PER_ENTITY) batch.set(shardOf.storiesOf(e), e, [...list, [s.id, s.seen]] satisfies StoryList);
    }
  }
  for (const key of lineKeys) batch.set(shardOf.lines(key), key, snapshot.lines.counts[key]);
  await batch.commit(0, 0, false);
}
