/**
 * Which story a document tells, for a corpus that holds many stories at once. A death toll of one story must never
 * update another's, yet "At least 104 people are now confirmed dead" names nothing but the toll. So each document
 * joins a story: the corpus keeps, per story, the entities its documents mention most (counted over all of them, so
 * a follow-up that names the town and the minister but not the first day's rescuers still joins), and a claim is
 * compared only with claims of the stories its document belongs to. The ranking and joining here are plain
 * functions; the diff stage keeps the stories in shards (pipeline/corpus-state.ts), `assignStory` keeps them in
 * memory (evaluation scripts).
 */
import { COUNTRIES, countryKey } from '../lexicon/english.ts';
import type { Claim, EntityKind } from '../types.ts';
import { entityKey } from './normalize.ts';

/** Entities that describe one document. */
const DOCUMENT_SIGNATURE = 12;
/** Entities remembered per story: its main people and places, counted over its documents. */
const STORY_SIGNATURE = 24;
/** Stories remembered; the least recently continued are forgotten first (their claims then compare with any). */
export const MAX_STORIES = 400;

const KIND_LETTER: Record<EntityKind, string> = { person: 'p', organization: 'o', place: 'l', other: 'x' };

export interface Story {
  id: string;
  /** [entity, documents mentioning it], most mentioned first. */
  entities: Array<[string, number]>;
  /** Upload sequence number of its latest document. */
  seen: number;
}
export interface StoryRegistry {
  stories: Story[];
  /** Number of the next new story. */
  next: number;
}
export const emptyStories = (): StoryRegistry => ({ stories: [], next: 1 });

/**
 * The document's most mentioned entities (by claims that name them, first mention breaking ties), as
 * "<kind letter>:<entity key>"; a country is "c:", being shared by too many stories to tell them apart alone.
 */
export function storySignature(
  claims: Array<Pick<Claim, 'entities' | 'speaker'>>,
  kindOf: (canonical: string) => EntityKind | undefined,
): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  let position = 0;
  for (const c of claims) {
    for (const name of new Set([...c.entities, ...(c.speaker ? [c.speaker] : [])])) {
      const hit = counts.get(name);
      if (hit) hit.n++;
      else counts.set(name, { n: 1, first: position++ });
    }
  }
  return [...counts.entries()]
    .filter(([name]) => kindOf(name) !== undefined)
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, DOCUMENT_SIGNATURE)
    .map(([name]) => {
      const key = entityKey(name);
      const kind = kindOf(name)!;
      return `${kind === 'place' && isCountry(key) ? 'c' : KIND_LETTER[kind]}:${key}`;
    });
}

/**
 * A country or continent by any of its names: "Sri Lanka", "United Kingdom" and "Britain" are countries as much as
 * "France" (the lexicon keys many-word names by their letters and lists the long forms as aliases).
 */
const isCountry = (key: string) => COUNTRIES.has(key) || countryKey(key) !== null;

/** MAIN_COUNTRY: a country among the document's first entities is where its story happens ("U.S." in a US retailer's collapse). */
const MAIN_COUNTRY_RANK = 2;

/**
 * How strongly a document's signature belongs to a story: one person or named place in common, or two entities of
 * which one is not a country. COUNTRIES_NEVER_ENOUGH: a report on a blast abroad and one on a bombing elsewhere both
 * name the countries whose nationals died ("Britain", "the US", "France"), so a country named in passing adds weight
 * to a join but never makes one; the country the document is mostly about (MAIN_COUNTRY) counts as a place.
 */
function affinity(signature: readonly string[], story: Pick<Story, 'entities'>): number {
  let strong = 0;
  let weak = 0;
  let countries = 0;
  for (const [e] of story.entities) {
    const rank = signature.indexOf(e);
    if (rank < 0) continue;
    const country = e.startsWith('c:');
    if (e.startsWith('p:') || e.startsWith('l:') || (country && rank < MAIN_COUNTRY_RANK)) strong++;
    else weak++;
    if (country) countries++;
  }
  return strong > 0 || (weak >= 2 && weak > countries) ? 2 * strong + weak : 0;
}

export interface StoryAssignment {
  /** The story the document joins (an existing one it belongs to most, or a new one). */
  id: string;
  /** Every remembered story the document belongs to, the joined one first, then by affinity: its claims are compared with theirs. */
  related: Set<string>;
  /**
   * Stories the corpus still remembers, to tell a forgotten story (compare freely) from an unrelated one. Absent when
   * the corpus forgets none (its stories are kept in shards, see pipeline/corpus-state.ts).
   */
  known?: Set<string>;
  registry: StoryRegistry;
}

/**
 * The stories a document belongs to, closest first: by affinity, then the most recently continued. A story needs
 * only the entities it shares with the signature here, so a caller may pass stories known by those alone.
 */
export function rankStories(signature: readonly string[], stories: ReadonlyArray<Pick<Story, 'id' | 'entities' | 'seen'>>): string[] {
  const scored = stories.map((s) => ({ s, score: affinity(signature, s) })).filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score || b.s.seen - a.s.seen);
  return scored.map((x) => x.s.id);
}

/** The story a document joins, with the document's entities counted in (`story` absent: it starts one). */
export function joinStory(story: Story | undefined, id: string, signature: readonly string[], seq: number): Story {
  const counts = new Map(story?.entities ?? []);
  for (const e of signature) counts.set(e, (counts.get(e) ?? 0) + 1);
  return {
    id,
    entities: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, STORY_SIGNATURE),
    seen: seq,
  };
}

/** Places a document in the corpus's stories held in memory (bounded by MAX_STORIES); the input registry is not modified. */
export function assignStory(signature: string[], registry: StoryRegistry, seq: number): StoryAssignment {
  const known = new Set(registry.stories.map((s) => s.id));
  const ranked = rankStories(signature, registry.stories);
  const best = registry.stories.find((s) => s.id === ranked[0]);
  const id = best?.id ?? `s${registry.next}`;
  // Closest first: the story joined, then the others by affinity (the index reads the first few).
  const related = new Set([id, ...ranked]);
  const joined = joinStory(best, id, signature, seq);
  const stories = [joined, ...registry.stories.filter((s) => s.id !== id)]
    .sort((a, b) => b.seen - a.seen || a.id.localeCompare(b.id))
    .slice(0, MAX_STORIES);
  return { id, related, known, registry: { stories, next: best ? registry.next : registry.next + 1 } };
}

/** Whether a corpus claim may be compared with the document's claims: same story, or a story no longer remembered. */
export function inStory(assignment: Pick<StoryAssignment, 'related' | 'known'>, claim: { story?: string }): boolean {
  return !claim.story || assignment.related.has(claim.story) || (assignment.known !== undefined && !assignment.known.has(claim.story));
}
