/**
 * Synthetic corpora for benchmarks: the project's own example articles rewritten into many distinct stories, with
 * other people, places and figures, so that documents are different content (no duplicates) and a large corpus
 * covers many stories, as a real one does.
 */
import { storySignature } from '../shared/diff/story.ts';
import {
  assignStoryInShards,
  dropRecurringLines,
  resolveAgainstRegistry,
  shardOf,
  StateBatch,
  STORIES_PER_ENTITY,
  type StateShard,
} from '../shared/pipeline/corpus-state.ts';
import { keys } from '../shared/pipeline/keys.ts';
import { putJson } from '../shared/storage/store.ts';
import { canonicalClaim, REPLAY_WINDOW } from '../shared/pipeline/diff-stage.ts';
import type { ObjectStore } from '../shared/storage/store.ts';
import type { PreparedDocument } from '../shared/types.ts';

/** Syllables with different onsets, so that two names differ in consonants, not only in vowels a resolver folds. */
const SYLLABLES = [
  'ba',
  'de',
  'fi',
  'go',
  'hu',
  'ja',
  'ke',
  'li',
  'mo',
  'nu',
  'pa',
  're',
  'si',
  'to',
  'vu',
  'za',
  'che',
  'shi',
  'kro',
  'tru',
  'pla',
  'gre',
  'sti',
  'bro',
  'dru',
  'fla',
  'gle',
  'kli',
  'pro',
  'ska',
  'sle',
  'sno',
  'spu',
];

/** A small deterministic hash (FNV-1a) of the numbers, for picking syllables. */
function mix(...numbers: number[]): number {
  let h = 2166136261;
  for (const n of numbers) {
    h ^= n;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/**
 * A deterministic made-up proper name for (story, slot): every word is three syllables picked by a hash of story,
 * slot and word, so the people and places of different stories do not resemble each other (as different people in
 * different stories mostly do not) and a resolver does not merge them as spellings of one name, at any corpus size.
 * (Names that spell the story number in a fixed syllable shared long runs of letters with the next stories' names.)
 */
export function syntheticName(story: number, slot: number, parts = 2): string {
  const n = SYLLABLES.length;
  const word = (p: number) => {
    const h = mix(story, slot, p);
    const s = SYLLABLES[h % n] + SYLLABLES[Math.floor(h / n) % n] + SYLLABLES[Math.floor(h / (n * n)) % n];
    return s[0].toUpperCase() + s.slice(1);
  };
  return Array.from({ length: parts }, (_, p) => word(p)).join(' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites a prepared document into story `story`, copy `copy`: every entity variant is replaced by a made-up name
 * of the same shape, and every figure is shifted, consistently across the document's text, claims and entities.
 */
export function varyPrepared(base: PreparedDocument, story: number, copy: number): PreparedDocument {
  const replacements = new Map<string, string>();
  base.entities.forEach((entity, slot) => {
    const parts = entity.name.split(/\s+/).length;
    const name = syntheticName(story, slot, Math.min(parts, 3));
    for (const v of entity.variants) {
      const vParts = v.split(/\s+/).length;
      replacements.set(v, vParts === 1 && parts > 1 ? name.split(' ').pop()! : name);
    }
  });
  const ordered = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = ordered.length ? new RegExp(`\\b(${ordered.map(escapeRegExp).join('|')})\\b`, 'g') : null;
  const shift = (story % 7) + copy;
  const rewrite = (text: string) =>
    (pattern ? text.replace(pattern, (m) => replacements.get(m) ?? m) : text).replace(/\b(\d{1,3})\b/g, (n) => String(Number(n) + shift));
  const name = (n: string) => (pattern ? n.replace(pattern, (m) => replacements.get(m) ?? m) : n);
  return {
    ...base,
    id: `${base.id.slice(0, 8)}s${story}c${copy}`,
    sourceKey: base.sourceKey.replace(/([^/]+)$/, `s${story}-c${copy}-$1`),
    name: `s${story}-c${copy}-${base.name}`,
    title: base.title ? rewrite(base.title) : null,
    cleanedText: rewrite(base.cleanedText),
    claims: base.claims.map((c) => ({
      ...c,
      text: rewrite(c.text),
      quote: c.quote ? rewrite(c.quote) : null,
      speaker: c.speaker ? name(c.speaker) : null,
      entities: c.entities.map(name),
      figures: c.figures.map((f) => ({
        ...f,
        value: f.multiplier ? f.value : f.value + shift,
        range: f.range ? [f.range[0] + shift, f.range[1] + shift] : null,
      })),
    })),
    entities: base.entities.map((e) => ({ ...e, name: name(e.name), variants: e.variants.map(name) })),
  };
}

/** Text-level variant for end-to-end runs: a distinct document (different bytes) with different figures. */
export function varyText(text: string, copy: number): string {
  return text.replace(/\b(\d{1,3})\b/g, (n) => String(Number(n) + copy + 1));
}

/**
 * Files a document in a corpus's state (entity registry, stories, line counts) as the diff stage would, with the
 * same functions, but without diffing it, writing its report, index entries or log entry. The bench generates the
 * older part of a very large corpus this way: a new document reads the state shards of its own names, signature and
 * lines, which the whole corpus fills, but only the index of its own stories, which the older part never touches
 * (nor the reports, which are per document). Ingesting 100,000 documents would take hours on a shared machine.
 */
export async function fileStateOnly(store: ObjectStore, corpus: string, doc: PreparedDocument, seq: number): Promise<void> {
  const state = new StateBatch(store, corpus);
  const prepared = await dropRecurringLines(state, doc);
  const resolved = await resolveAgainstRegistry(state, prepared.entities, seq);
  const claims = prepared.claims.map((c) => canonicalClaim(c, prepared.id, resolved.canonicalOf));
  const kinds = new Map(resolved.entities.map((e) => [e.canonical, e.kind]));
  await assignStoryInShards(state, claims, (name) => kinds.get(name), seq);
  await state.commit(seq, REPLAY_WINDOW);
}

/**
 * The story lists (state/story-index) of documents older than a corpus's filed part, generated directly: per story,
 * the entities of its documents' signatures (a story's signature is at most 24 of them, the most named), each
 * listing the story as its last document left it. Past 10,000 documents this is the only corpus state a new
 * document reads that still grows with the corpus (the entity and line shards are at their caps); writing it
 * directly stands in for filing 90,000 documents, hours on a shared machine. `stories` are [story id, last seq,
 * its documents] from oldest; entities of different stories never collide (syntheticName).
 */
export async function generateStoryLists(
  store: ObjectStore,
  corpus: string,
  stories: Array<{ id: string; seen: number; docs: PreparedDocument[] }>,
): Promise<void> {
  const shards = new Map<string, StateShard>();
  for (const story of stories) {
    const counts = new Map<string, number>();
    for (const doc of story.docs) {
      const kinds = new Map(doc.entities.map((e) => [e.name, e.kind]));
      for (const e of storySignature(doc.claims, (name) => kinds.get(name))) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const entities = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 24);
    for (const [e] of entities) {
      const name = shardOf.storiesOf(e);
      const shard = shards.get(name) ?? { items: {}, undo: [] };
      const list = (shard.items[e] as Array<[string, number]> | undefined) ?? [];
      shard.items[e] = [[story.id, story.seen], ...list].slice(0, STORIES_PER_ENTITY);
      shards.set(name, shard);
    }
  }
  for (const [name, shard] of shards) await putJson(store, keys.state(corpus, name), shard);
}
