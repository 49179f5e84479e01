/**
 * A one-off migration (`claimdiff migrate`) of a corpus stored by an earlier version to the layout the diff stage
 * reads (CURRENT_LAYOUT in diff-stage.ts). The stage only knows the current layout and refuses an older corpus with
 * the command to run, so each earlier layout is converted here, once, instead of being read on every document.
 *
 * Earlier layouts, newest first:
 * - index 'story': one object per story and retrieval key, index/<story>/<key>.json;
 * - index without a layout field: one object per key for the whole corpus, index/<key>.json (claims name their
 *   story where one was known);
 * - state 'line-table': the line table as a state shard of counts, state/lines.json (now packed, one string per
 *   line group, state/line-table.json: line-table.ts);
 * - state 'shards': the line counts in 256 objects of their own, state/lines/<hex>.json, one per line group (now
 *   the line table: its counts and undo logs are the groups' together);
 * - state without `state`: a ring of whole-state snapshots, state/<seq mod 65>.json.
 *
 * Each story's claims become one object (index/<story>.json) as if filed in order; the snapshot before the next
 * document is written as state shards, and documents before it can no longer be re-ordered (`shardedFrom`), as
 * when a running corpus took that step. The head is written last, so a migration cut short runs again from the
 * start and ends the same. The old objects are left where they are (the storage port has no delete): the result
 * lists them, for the user to remove.
 */
import type { StoryRegistry } from '../diff/story.ts';
import { getJson, putJson, type ObjectStore } from '../storage/store.ts';
import type { CorpusClaim, EntityRegistry } from '../types.ts';
import { emptyLineStats, type LineStats } from './boilerplate.ts';
import { LINE_TABLE, shardSnapshot, UNPACKED_LINE_TABLE } from './corpus-state.ts';
import { CURRENT_LAYOUT, REPLAY_WINDOW, type CorpusHead } from './diff-stage.ts';
import { keys } from './keys.ts';
import { packLineTable, type UnpackedLineTable } from './line-table.ts';
import { emptyStoryIndex, fileInStory, type IndexShard } from './story-claims.ts';

/** A head as earlier versions stored it. */
type StoredHead = Omit<CorpusHead, 'layout' | 'state'> & {
  layout?: 'story-claims' | 'story';
  state?: 'shards' | 'line-table' | 'packed-line-table';
};

/** The whole corpus state before a seq, as corpora started before the state was sharded kept it (a ring of these). */
interface CorpusSnapshot {
  seq: number;
  registry: EntityRegistry;
  lines: LineStats;
  /** The corpus's stories (absent in snapshots stored before stories were kept). */
  stories?: StoryRegistry;
}

export interface MigrationResult {
  corpus: string;
  /** 'absent': no such corpus; 'current': nothing to do. */
  outcome: 'absent' | 'current' | 'migrated';
  /** What was converted, one line each. */
  steps: string[];
  /** Objects of the earlier layout the pipeline no longer reads. */
  unread: string[];
}

export async function migrateCorpus(store: ObjectStore, corpus: string): Promise<MigrationResult> {
  const head = await getJson<StoredHead>(store, keys.head(corpus));
  if (!head) return { corpus, outcome: 'absent', steps: [], unread: [] };
  if (head.layout === CURRENT_LAYOUT.layout && head.state === CURRENT_LAYOUT.state)
    return { corpus, outcome: 'current', steps: [], unread: [] };
  const steps: string[] = [];
  const unread: string[] = [];
  let shardedFrom = head.shardedFrom;
  if (head.state === 'shards' || head.state === 'line-table') {
    const packed = await packLines(store, corpus, head.state);
    steps.push(packed.step);
    unread.push(...packed.unread);
  } else if (head.state !== CURRENT_LAYOUT.state) {
    // A replay a crash interrupted starts again from its first document: the state before it is what is kept.
    shardedFrom = head.replayFrom ?? head.count + 1;
    await shardSnapshot(store, corpus, await snapshotBefore(store, corpus, shardedFrom));
    steps.push(`state: the snapshot before document ${shardedFrom} written as shards`);
    const slots = await store.list(`corpus/${corpus}/state/`);
    unread.push(...slots.filter((k) => /\/state\/\d+\.json$/.test(k)));
  }
  if (head.layout !== CURRENT_LAYOUT.layout) {
    const regrouped = await regroupIndex(store, corpus, head);
    steps.push(
      `index: ${regrouped.objects.length} objects of the ${head.layout === 'story' ? 'per story and key' : 'per key'} layout ` +
        `regrouped into ${regrouped.stories} story objects` +
        (regrouped.storyless ? ` (${regrouped.storyless} claims filed before stories existed archived)` : ''),
    );
    unread.push(...regrouped.objects);
  }
  // Last: the head names the current layout only once everything in that layout is stored.
  const migrated: CorpusHead = { ...head, ...CURRENT_LAYOUT, ...(shardedFrom === undefined ? {} : { shardedFrom }) };
  await putJson(store, keys.head(corpus), migrated);
  return { corpus, outcome: 'migrated', steps, unread };
}

/**
 * Writes the line table packed (line-table.ts), from the unpacked table of the 'line-table' state or the line
 * groups' objects of the 'shards' state. Returns what it did and the objects it read.
 */
async function packLines(store: ObjectStore, corpus: string, state: 'shards' | 'line-table'): Promise<{ step: string; unread: string[] }> {
  if (state === 'line-table') {
    const key = keys.state(corpus, UNPACKED_LINE_TABLE);
    const table = (await getJson<UnpackedLineTable>(store, key, { ifCorrupt: 'absent' })) ?? { items: {}, undo: [] };
    await putJson(store, keys.state(corpus, LINE_TABLE), packLineTable(table));
    return { step: `state: the line table's ${Object.keys(table.items).length} line counts packed by line group`, unread: [key] };
  }
  const groups = (await store.list(`corpus/${corpus}/state/${UNPACKED_LINE_TABLE}/`)).filter((k) => k.endsWith('.json'));
  await putJson(store, keys.state(corpus, LINE_TABLE), packLineTable(await foldLineGroups(store, groups)));
  return { step: `state: ${groups.length} line count objects folded into one line table`, unread: groups };
}

/**
 * The line groups' objects of a corpus in the 'shards' state, as one line table: their items (each line is in one
 * group) and, per document, what it replaced in any of them, so a replay rolls the table back as it did the groups.
 */
async function foldLineGroups(store: ObjectStore, groups: string[]): Promise<UnpackedLineTable> {
  const table: UnpackedLineTable = { items: {}, undo: [] };
  const undo = new Map<number, Record<string, number | null>>();
  for (const key of groups) {
    const group = await getJson<UnpackedLineTable>(store, key, { ifCorrupt: 'absent' });
    if (!group) continue;
    Object.assign(table.items, group.items);
    for (const u of group.undo) undo.set(u.seq, { ...undo.get(u.seq), ...u.before });
  }
  table.undo = [...undo].sort((a, b) => a[0] - b[0]).map(([seq, before]) => ({ seq, before }));
  return table;
}

const snapshotSlot = (seq: number) => String(seq % (REPLAY_WINDOW + 1));

async function snapshotBefore(store: ObjectStore, corpus: string, seq: number): Promise<CorpusSnapshot> {
  const snapshot = await getJson<CorpusSnapshot>(store, keys.state(corpus, snapshotSlot(seq)));
  if (snapshot && snapshot.seq === seq) return snapshot;
  if (seq === 1) return { seq, registry: { entities: [] }, lines: emptyLineStats() };
  throw new Error(`corpus ${corpus}: no snapshot of the state before document ${seq}; the corpus cannot be migrated`);
}

/**
 * Reads every index object of an earlier layout and writes each story's claims as one object, filed as the stage
 * files them (fileInStory: the same caps, claims a replay can no longer reach moved to an archive page). Claims
 * without a story (filed before stories existed) were visible to every story; no story object can hold them, so
 * they go to an archive page of their own.
 */
async function regroupIndex(
  store: ObjectStore,
  corpus: string,
  head: StoredHead,
): Promise<{ objects: string[]; stories: number; storyless: number }> {
  const prefix = `corpus/${corpus}/index/`;
  // 'story': index/<story>/<key>.json; before it, index/<key>.json. Story objects a cut-short run wrote have no `key`.
  const listed = (await store.list(prefix)).filter((k) => k.slice(prefix.length).includes('/') === (head.layout === 'story'));
  const byStory = new Map<string, Map<string, { claim: CorpusClaim; keys: string[] }>>();
  const objects: string[] = [];
  for (const object of listed) {
    const shard = await getJson<IndexShard>(store, object, { ifCorrupt: 'absent' });
    if (!shard?.key || !Array.isArray(shard.claims)) continue;
    objects.push(object);
    const slash = shard.key.indexOf('/');
    const key = head.layout === 'story' ? shard.key.slice(slash + 1) : shard.key;
    for (const claim of shard.claims) {
      const story = head.layout === 'story' ? shard.key.slice(0, slash) : (claim.story ?? '');
      const claims = byStory.get(story) ?? new Map();
      byStory.set(story, claims);
      const filed = claims.get(claim.id) ?? { claim, keys: [] };
      filed.keys.push(key);
      claims.set(claim.id, filed);
    }
  }
  const page = `migrated-${head.count}`;
  const storyless = [...(byStory.get('')?.values() ?? [])].map((f) => f.claim);
  if (storyless.length) await putJson(store, keys.indexArchive(corpus, 'no-story', page), { story: null, keys: {}, claims: storyless });
  byStory.delete('');
  // Claims of the documents a replay can still reach stay live, as when the next document files its claims.
  const archivableBelow = head.count + 1 - REPLAY_WINDOW;
  for (const [story, claims] of byStory) {
    const { live, archived } = fileInStory(emptyStoryIndex(story), [...claims.values()], archivableBelow);
    if (archived) await putJson(store, keys.indexArchive(corpus, story, page), archived);
    await putJson(store, keys.storyClaims(corpus, story), live);
  }
  return { objects, stories: byStory.size, storyless: storyless.length };
}
