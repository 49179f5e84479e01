/**
 * Retrieval: which corpus claims a new claim is compared with. Each claim is filed under a few index keys (its
 * entities, what its figures count, its scope, status, distinctive numbers, speaker, verb and most specific words); a
 * counterpart shares at least one. The caps below bound the diff's work per claim however large the corpus grows.
 */
import { keySegment } from '../pipeline/keys.ts';
import type { Claim, CorpusClaim } from '../types.ts';
import { SCOPED, predicateOf, statusOf } from './changes.ts';
import { shapeOf } from './normalize.ts';
import { aboutKey, countsWorkforce, distinctive, numbersOf } from './quantities.ts';
import { timeHours, whensOf } from './when.ts';

/**
 * Claim ids end in their position in the document ("doc1-c3" before "doc1-c17"). One collator for every comparison:
 * localeCompare with options sets one up per call, which made sorting candidates a tenth of the diff's time.
 */
const idCollator = new Intl.Collator('en', { numeric: true });
export const byId = (a: { id: string }, b: { id: string }) => idCollator.compare(a.id, b.id);
/** Corpus order: by document, then by position in it, whatever order the candidates came in. */
export const corpusOrder = (a: CorpusClaim, b: CorpusClaim) => a.seq - b.seq || byId(a, b);

/**
 * Candidates compared with one claim. A key shared by many stories (a casualty verb, a common word) can fill its
 * shard with claims from other stories; what is most likely the same fact shares the most keys with the claim. So
 * the candidates are ranked by how many of the claim's keys they were filed under (then newest first) and only the
 * best `limit` are compared: the diff's work per claim is bounded however full the shards are.
 */
export const MAX_CANDIDATES_PER_CLAIM = 48;

export function selectCandidates(
  claimKeys: string[],
  shards: ReadonlyMap<string, readonly CorpusClaim[]>,
  accept: (c: CorpusClaim) => boolean = () => true,
  limit = MAX_CANDIDATES_PER_CLAIM,
): CorpusClaim[] {
  const scored = new Map<string, { claim: CorpusClaim; keys: number }>();
  for (const key of new Set(claimKeys)) {
    for (const c of shards.get(key) ?? []) {
      const hit = scored.get(c.id);
      if (hit) hit.keys++;
      else if (accept(c)) scored.set(c.id, { claim: c, keys: 1 });
    }
  }
  return [...scored.values()]
    .sort((a, b) => b.keys - a.keys || b.claim.seq - a.claim.seq || byId(a.claim, b.claim))
    .slice(0, limit)
    .map((s) => s.claim)
    .sort(corpusOrder);
}

/** A retrieval key's text: case, accents and punctuation off (they must not keep counterparts apart), bounded as a key. */
function slug(text: string): string {
  return keySegment(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );
}

/**
 * Caps on a claim's keys: each key is a shard read and a share of the candidates, so a claim is filed under its most
 * telling few. Entities and figures first (a counterpart almost always shares one), then numbers, then words.
 */
const KEYED_ENTITIES = 4;
const KEYED_FIGURES = 3;
const KEYED_NUMBERS = 2;
const KEYED_HOURS = 2;
/** Words fill the keys up to 12, at most 5 of them and at least 2 (a claim with many names still keeps two words). */
const KEYS_BEFORE_WORDS = 12;
const MAX_KEYED_WORDS = 5;
const MIN_KEYED_WORDS = 2;
const MAX_KEYS = 14;
/** Shorter words are too common to retrieve by ("said", "city"). */
const MIN_KEYED_WORD = 4;
const DIGITS_ONLY = /^\d+$/;
/** "distance northwest capital" → "distance capital". */
const DIRECTED_DISTANCE = /^distance \S+ (?=\S)/;
/** A time of day is written with digits; a text without any has none. */
const HAS_DIGIT = /\d/;
/** Speech verbs say nothing about what happened. */
const SPEECH_VERB = /^(said|say|says|told|tell|added|add)$/;
/** Concepts and words too common in news to retrieve a counterpart by. */
const GENERIC = new Set([
  'PRICE',
  'SPEAK',
  'people',
  'country',
  'government',
  'official',
  'authorit',
  'situation',
  'state',
  'report',
  'accord',
  'group',
]);

/**
 * The corpus index keys of a claim. A counterpart shares at least one: its entities, what its figures count, the
 * measure it scopes, its quotation's speaker, or its most specific content words.
 */
export function retrievalKeys(claim: Claim): string[] {
  const keys = new Set<string>();
  for (const e of claim.entities.slice(0, KEYED_ENTITIES)) keys.add(`e.${slug(e)}`);
  for (const f of claim.figures.slice(0, KEYED_FIGURES)) {
    const k = aboutKey(f);
    // A distance is filed under its place, not its direction (DISTANCE_WITHOUT_DIRECTION compares any direction with "from").
    const noun = ([...k.nouns].sort()[0] ?? 'any').replace(DIRECTED_DISTANCE, 'distance ');
    keys.add(`f.${slug(k.outcome ?? 'count')}.${slug(noun)}`);
    if (countsWorkforce(f)) keys.add(`f.${slug(k.outcome ?? 'count')}.workforce`);
  }
  const scoped = claim.text.match(SCOPED)?.[0];
  if (scoped) keys.add(`s.${slug(scoped)}`);
  // A state ("talks suspended") is updated by another of its set ("talks resumed"), often in few shared words.
  const status = statusOf(claim.text);
  if (status) keys.add(`t.${status.set}`);
  // A distinctive number names its fact whatever the words around it (see sharedDistinctive).
  for (const n of [...new Set(numbersOf(claim.text).filter(distinctive))].slice(0, KEYED_NUMBERS)) keys.add(`n.${slug(String(n))}`);
  // A time of day dates its happening whatever the words around it (see timesAgree): its hour is a key.
  for (const h of HAS_DIGIT.test(claim.text) ? timeHours(whensOf(claim.text)).slice(0, KEYED_HOURS) : []) keys.add(`h.${h}`);
  if (claim.quote && claim.speaker) keys.add(`q.${slug(claim.speaker)}`);
  if (claim.speakerOrg) keys.add(`q.${slug(claim.speakerOrg)}`);
  // What the claim says happened: a denial and a confirmation of it share their verb ("data had been stolen"),
  // often with little else in common.
  const verb = predicateOf(claim.text);
  if (verb && !SPEECH_VERB.test(verb)) keys.add(`v.${slug(verb)}`);
  const words = [...shapeOf(claim).tokens].filter((t) => !GENERIC.has(t) && t.length >= MIN_KEYED_WORD && !DIGITS_ONLY.test(t));
  words.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const room = KEYS_BEFORE_WORDS - keys.size;
  for (const w of words.slice(0, room > MAX_KEYED_WORDS ? MAX_KEYED_WORDS : Math.max(MIN_KEYED_WORDS, room))) keys.add(`w.${slug(w)}`);
  return [...keys].filter((k) => k.length > 2).slice(0, MAX_KEYS);
}
