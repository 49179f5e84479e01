/**
 * The index of a story's claims in one object: `index/<story>.json` holds the story's live claims once, and per
 * retrieval key the ids of the (at most MAX_SHARD_CLAIMS) newest claims filed under it. A document reads the objects
 * of its (at most 3) stories and rewrites its own story's: one to three reads and one write, where one object per
 * (story, key) made it read and write each of its ~70–170 keys' shards (on S3, each a request).
 *
 * The candidates a document is compared with are the same as with one object per key: each key keeps its newest
 * claims under the same cap and moves the oldest out the same way (addToShard). A claim no key lists any more leaves
 * the object. What the object adds is a bound on its own size, for a story that runs for months: past
 * MAX_STORY_CLAIMS live claims the oldest go (down to three quarters), so a long story's oldest claims are no longer
 * compared with; what a document reads stays under ~0.5 MB whatever the story's length.
 *
 * Claims leaving the object go to a write-once archive page (index-archive/<story>/<seq>-<docId>.json, named after
 * the document whose filing moved them), which lookups do not read: it keeps the index's history complete. Only
 * claims of documents a replay can no longer reach move: a replay takes a document's claims out of the object and
 * files them again, so a claim archived while its document could still be replayed would be filed twice.
 */
import { corpusOrder } from '../diff/index.ts';
import type { CorpusClaim } from '../types.ts';

/**
 * Claims kept in the live shard of one index key. Keys are selective (diff/retrievalKeys), but a very common one
 * (a country named in every article) would otherwise grow with the corpus; past the cap the oldest half moves to a
 * write-once archive page that lookups do not read, so a lookup's cost stays bounded. Those claims stay reachable
 * through their other, more selective keys (claims of the last REPLAY_WINDOW documents stay live regardless, see
 * addToShard). The size: a claim is compared with at most MAX_CANDIDATES_PER_CLAIM
 * (48) claims drawn from its ~10 keys, so 32–64 live claims per key leave it enough choice, while every document
 * reads and rewrites each of its keys' shards (at 160 that was ~1.5 MB each way per document).
 */
export const MAX_SHARD_CLAIMS = 64;

/** One key's claims (the objects of corpora started before a story's keys shared one object: index/<story>/<key>.json). */
export interface IndexShard {
  key: string;
  claims: CorpusClaim[];
}

/**
 * Files claims in a shard; past MAX_SHARD_CLAIMS the oldest move out, down to half the cap. Only claims of documents
 * a replay can no longer touch (seq below `archivableBelow`) move: a replay takes a document's claims out of the live
 * shards and files them again, so a claim archived while its document could still be replayed would be filed twice.
 */
export function addToShard(
  shard: IndexShard,
  claims: CorpusClaim[],
  archivableBelow: number,
): { live: IndexShard; archived: CorpusClaim[] } {
  const byId = new Map(shard.claims.map((c) => [c.id, c]));
  for (const c of claims) byId.set(c.id, c);
  const all = [...byId.values()].sort(corpusOrder);
  if (all.length <= MAX_SHARD_CLAIMS) return { live: { key: shard.key, claims: all }, archived: [] };
  let cut = 0;
  while (cut < all.length - MAX_SHARD_CLAIMS / 2 && all[cut].seq < archivableBelow) cut++;
  return { live: { key: shard.key, claims: all.slice(cut) }, archived: all.slice(0, cut) };
}

/** Live claims per story object: ~45 documents of 22 claims, ~0.4 MB. */
export const MAX_STORY_CLAIMS = 1024;
/**
 * Claims of one document filed in the index (its first ones, in document order: the lead carries the news). A news
 * article yields 20–80 claims; a listing or a data dump can yield thousands, and claims of the last REPLAY_WINDOW
 * documents cannot leave the live object (a replay must find them), so one upload of 20,000 claims made every later
 * document of its story read and write ~27 MB. Past this cap a document's claims are still diffed and reported, but
 * later documents are not compared with them.
 */
export const MAX_CLAIMS_FILED_PER_DOCUMENT = 128;

export interface StoryIndex {
  story: string;
  /** Live claims, in corpus order. */
  claims: CorpusClaim[];
  /** Per retrieval key, the ids of the live claims filed under it, in corpus order. */
  keys: Record<string, string[]>;
}

/** What one filing moved out of a story's object: per key the ids it no longer lists, and the claims it dropped. */
export interface StoryArchive {
  story: string;
  keys: Record<string, string[]>;
  claims: CorpusClaim[];
}

export const emptyStoryIndex = (story: string): StoryIndex => ({ story, claims: [], keys: {} });

/** The claims filed under each of `wanted`, across the stories' objects (what selectCandidates reads). */
export function claimsByKey(indexes: StoryIndex[], wanted: Iterable<string>): Map<string, CorpusClaim[]> {
  const byKey = new Map<string, CorpusClaim[]>();
  for (const index of indexes) {
    const byId = new Map(index.claims.map((c) => [c.id, c]));
    for (const key of wanted) {
      const ids = index.keys[key];
      if (!ids) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), ...ids.map((id) => byId.get(id)!).filter(Boolean)]);
    }
  }
  return byKey;
}

/**
 * Files claims (each with its retrieval keys) in a story's object. Claims of documents at or after
 * `archivableBelow` never move out (see addToShard).
 */
export function fileInStory(
  index: StoryIndex,
  claims: Array<{ claim: CorpusClaim; keys: string[] }>,
  archivableBelow: number,
): { live: StoryIndex; archived: StoryArchive | null } {
  const byId = new Map(index.claims.map((c) => [c.id, c]));
  for (const { claim } of claims) byId.set(claim.id, claim);
  const keys: Record<string, string[]> = { ...index.keys };
  const moved: Record<string, string[]> = {};
  const newByKey = new Map<string, CorpusClaim[]>();
  for (const { claim, keys: claimKeys } of claims)
    for (const key of new Set(claimKeys)) {
      const added = newByKey.get(key);
      if (added) added.push(claim);
      else newByKey.set(key, [claim]);
    }
  for (const [key, added] of newByKey) {
    const shard = { key, claims: (keys[key] ?? []).map((id) => byId.get(id)!) };
    const { live, archived } = addToShard(shard, added, archivableBelow);
    keys[key] = live.claims.map((c) => c.id);
    if (archived.length) moved[key] = archived.map((c) => c.id);
  }
  // The story's own cap: its oldest claims a replay cannot reach leave every key.
  let listed = listedIds(keys);
  const all = [...byId.values()].filter((c) => listed.has(c.id)).sort(corpusOrder);
  if (all.length > MAX_STORY_CLAIMS) {
    const leaving = new Set<string>();
    for (const c of all) {
      if (all.length - leaving.size <= (MAX_STORY_CLAIMS * 3) / 4 || c.seq >= archivableBelow) break;
      leaving.add(c.id);
    }
    for (const [key, ids] of Object.entries(keys)) {
      const out = ids.filter((id) => leaving.has(id));
      if (out.length === 0) continue;
      moved[key] = [...(moved[key] ?? []), ...out];
      keys[key] = ids.filter((id) => !leaving.has(id));
      if (keys[key].length === 0) delete keys[key];
    }
    listed = listedIds(keys);
  }
  const live = { story: index.story, claims: all.filter((c) => listed.has(c.id)), keys: sortedKeys(keys) };
  const dropped = [...byId.values()].filter((c) => !listed.has(c.id)).sort(corpusOrder);
  const archived = Object.keys(moved).length ? { story: index.story, keys: sortedKeys(moved), claims: dropped } : null;
  return { live, archived };
}

/** The ids some key lists (a loop: `Object.values(keys).flat()` cost five times as much on a story of 4,000 entries). */
function listedIds(keys: Record<string, string[]>): Set<string> {
  const listed = new Set<string>();
  for (const ids of Object.values(keys)) for (let i = 0; i < ids.length; i++) listed.add(ids[i]);
  return listed;
}

/** Takes a document's claims out of a story's object (a replay files them again). */
export function unfileFromStory(index: StoryIndex, docId: string): StoryIndex {
  const leaving = new Set(index.claims.filter((c) => c.docId === docId).map((c) => c.id));
  const keys: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(index.keys)) {
    const kept = ids.filter((id) => !leaving.has(id));
    if (kept.length) keys[key] = kept;
  }
  return { story: index.story, claims: index.claims.filter((c) => !leaving.has(c.id)), keys };
}

/** Keys in a fixed order, so the same index is always stored as the same bytes. */
function sortedKeys(keys: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
