/**
 * entities: one entry per real-world entity across the corpus. A document's entities are resolved against the
 * corpus registry (kept with the corpus, so a variant first seen in document 40 joins the entity of document 3):
 * people by folded-name similarity confirmed by first name and role, organisations by name, acronym or contained
 * name, places by name. Different first names, or conflicting roles, never merge.
 */
import type { DocumentEntity, EntityKind, EntityRegistry, RegistryEntity, ReportEntity } from '../types.ts';
import { OCCUPATIONS } from '../lexicon/english.ts';
import { memo } from '../diff/memo.ts';
import {
  acronym,
  fullInitials,
  mixedCaseAcronym,
  companyShortName,
  foldWord,
  formalGivenName,
  hasGivenName,
  jaroWinkler,
  middlesAgree,
  type NameParts,
  nameParts,
  nameWords,
  orgKey,
  sameLetter,
} from './names.ts';

export { jaroWinkler, foldWord, nameParts } from './names.ts';

/**
 * Entities a registry held whole in memory keeps (the evaluation scripts' chain of documents; the diff stage holds
 * only the shards of a document's names and bounds each shard, see pipeline/corpus-state.ts): past this many, the
 * entities least recently mentioned are forgotten (down to 90%, so it happens once per few hundred documents). A
 * forgotten entity named again starts afresh under the name it is given then; what is lost is only the memory of
 * spellings not used for a long time.
 */
export const MAX_ENTITIES = 2_000;
const GENERIC_ROLES = new RegExp(
  '^(counterpart|official|leader|head|representative|spokesperson|spokesman|spokeswoman|officer|analyst|correspondent|deputy|vice|' +
    `acting|assistant|senior|junior|former|chief|${OCCUPATIONS.join('|')})$`,
);

/** Abbreviated posts and their written-out form ("CEO" and "chief executive" are one post). */
const ROLE_SYNONYMS: Array<[RegExp, string]> = [
  [/\b(?:ceo|chief executive officer)$/, 'chief executive'],
  [/\bcfo$/, 'chief financial officer'],
  [/\bcoo$/, 'chief operating officer'],
  [/\badm\.?$/, 'admiral'],
];

function roleHead(role: string): string {
  let r = role;
  for (const [re, to] of ROLE_SYNONYMS) r = r.replace(re, to);
  return r.split(' ').slice(-2).join(' ');
}

/**
 * Military and police ranks. A rank is held together with a post ("General X, the deputy minister of defence"), so a
 * rank against a post is no evidence of two people; two different posts, or two different ranks, still are.
 */
const RANKS = new RegExp(
  String.raw`(?:^|\s)(?:admiral|general|colonel|major|captain|lieutenant|sergeant|commander|brigadier|` +
    'corporal|constable|inspector|detective|superintendent|officer)$',
);

/** The roles that say which post ("foreign minister"), not generic ones ("spokesman", "official"), by their head. */
function specificRoles(roles: string[]): string[] {
  return roles.map(roleHead).filter((r) => !GENERIC_ROLES.test(r.split(' ').pop()!));
}

/** Two lists of specific roles share one ("minister" within "foreign minister" counts). */
function rolesOverlap(ra: string[], rb: string[]): boolean {
  return ra.some((x) => rb.some((y) => x === y || x.endsWith(y) || y.endsWith(x)));
}

/** Two specific, different roles ("president" vs "foreign minister") are evidence of two people. */
export function rolesConflict(a: string[], b: string[]): boolean {
  let ra = specificRoles(a);
  let rb = specificRoles(b);
  const posts = (roles: string[]) => roles.filter((r) => !RANKS.test(r));
  if (posts(ra).length !== ra.length || posts(rb).length !== rb.length) {
    // A rank on either side: compare posts with posts (ranks with ranks when neither names a post).
    if (posts(ra).length || posts(rb).length) {
      ra = posts(ra);
      rb = posts(rb);
    }
  }
  return ra.length > 0 && rb.length > 0 && !rolesOverlap(ra, rb);
}

/** Gendered surname forms (Ivanov / Ivanova, Kowalski / Kowalska) are two people, often relatives. */
const feminine = (w: string) => /(?:[oei]v|in|sk)a$|aya$/.test(w);

/** First names are the same name: equal once folded, or differing in vowels only at about the same length. */
function firstNameScore(a: string, b: string): number {
  // "Dave" and "David", "Bill" and "William": a short form of a given name is the name.
  if (a !== b && formalGivenName(a) === formalGivenName(b)) return 0.97;
  // Vowel-only differences need names of about the same length: Asel and Aisulu share a skeleton, not a name.
  const skeleton = (w: string) => (Math.abs(a.length - b.length) <= 1 ? w.replace(/[aeiou]/g, '') : w);
  const same = skeleton(a) === skeleton(b);
  const score = same ? Math.max(0.97, jaroWinkler(a, b)) : jaroWinkler(a, b);
  // Mark and Mary, David and Daniel: a different first name is a different person.
  if (score < 0.8 || (!same && score < 0.95)) return 0;
  return score;
}

/** Given and family name as ordered in each name (first, last); 0 when they are not one person. */
function orderedMatch(fa: string, la: string, fb: string, lb: string): number {
  const last = jaroWinkler(la, lb);
  // Short surnames are near each other by any measure (Quinn / Kin, Park / Pak): they must be one spelling, or all
  // but the same.
  if (Math.min(la.length, lb.length) <= 4 && last < 0.95) return 0;
  if (feminine(la) !== feminine(lb) && Math.abs(la.length - lb.length) <= 3) return 0;
  const first = firstNameScore(fa, fb);
  if (!first) return 0;
  if (last >= 0.9 && first >= 0.85) return (last + first) / 2;
  // Heavier transliteration drift of the surname ("Teloperdi" / "Tileuberdi") needs the same first name.
  if (last >= 0.78 && first >= 0.97 && la[0] === lb[0]) return (last + first) / 2 - 0.05;
  return 0;
}

/**
 * First name and family name of two full names, with what stands between them: middle names and initials that
 * contradict each other ("Maria E. Sanchez" / "Maria L. Sanchez") are two people; a double-barrelled family name
 * ("Dąbrowska-Zielińska") matches itself written with a space ("Dabrowska Zielinska"), never one of its parts alone
 * ("Zielińska" may be another woman; in one document the caller decides).
 */
function familyMatch(pa: NameParts, pb: NameParts): number {
  if (!pa.barrel !== !pb.barrel) {
    const [bar, plain] = pa.barrel ? [pa, pb] : [pb, pa];
    if (plain.pair && jaroWinkler(plain.pair, bar.last) >= 0.9) {
      return middlesAgree(bar.middle, plain.pairMiddle) ? orderedMatch(bar.first!, bar.last, plain.first!, plain.pair) : 0;
    }
    // The same word with its hyphen dropped ("Tae-Woo" / "Taewoo") is no other name.
    if (jaroWinkler(plain.last, bar.last) < 0.97) return 0;
  }
  if (!middlesAgree(pa.middle, pb.middle)) return 0;
  return orderedMatch(pa.first!, pa.last, pb.first!, pb.last);
}

/**
 * In one document, a full name with one part of a double-barrelled family name is the person named with the whole
 * ("Małgorzata Zielińska" after "Małgorzata Dąbrowska-Zielińska"), as a surname alone is; across the corpus it is not
 * (see familyMatch).
 */
export function barrelPart(full: string, short: string): boolean {
  const pf = nameParts(full);
  const ps = nameParts(short);
  if (!pf.barrel || ps.barrel || !pf.first || !ps.first || ps.tokens.length !== 2) return false;
  if (ps.last !== pf.barrel[0] && ps.last !== pf.barrel[1]) return false;
  return middlesAgree(pf.middle, ps.middle) && firstNameScore(pf.first, ps.first) > 0;
}

/** How sure we are that two person names (with roles) are one person; 0 when they must not merge. */
export function personMatch(a: { name: string; roles: string[] }, b: { name: string; roles: string[] }): number {
  const pa = nameParts(a.name);
  const pb = nameParts(b.name);
  if (!pa.last || !pb.last) return 0;
  if (rolesConflict(a.roles, b.roles)) return 0;
  if (!pa.first || !pb.first) {
    // A surname alone: only an exact (folded) surname match.
    const last = jaroWinkler(pa.last, pb.last);
    return last >= 0.97 ? last * 0.9 : 0;
  }
  const direct = familyMatch(pa, pb);
  if (direct) return direct;
  // A compound family name whose head the other name writes as a middle name or initial: "Mohammad Abdur Rahman" /
  // "Mohammad A. Rahman" (never "Mohammad B. Rahman", and never on the tail alone: "Mohammad Rahman" may be another).
  for (const [c, o] of [
    [pa, pb],
    [pb, pa],
  ]) {
    if (!c.compound || o.compound || !o.middle.length || o.barrel) continue;
    if (!middlesAgree([...c.middle, c.compound.head], o.middle) || !o.middle.some((l) => sameLetter(l, c.compound!.head))) continue;
    const score = orderedMatch(c.first!, c.compound.tail, o.first!, o.last);
    if (score) return score;
  }
  // A compound given name written with a space or a hyphen ("Jean Pierre Dupont" / "Jean-Pierre Dupont").
  if (pa.tokens.length !== pb.tokens.length && pa.given && pb.given) {
    const joined = orderedMatch(pa.given, pa.last, pb.given, pb.last);
    if (joined) return joined;
  }
  // Family name first or last ("Choi Seo-yeon" / "Seo-yeon Choi" / "Seoyeon Choi"): a two-part name whose parts
  // match the other's in reverse order, each part closely (no drift allowed on top of the swap), when something says
  // the order may vary: a given name written with a lower-case syllable after a hyphen (the romanised East Asian
  // style), or a specific role both hold. Hassan Omar and Omar Hassan are otherwise two people.
  const hyphenGiven = (n: string) => /\p{L}-\p{Ll}/u.test(n);
  const sharedRole = () => rolesOverlap(specificRoles(a.roles), specificRoles(b.roles));
  if (pa.tokens.length === 2 && pb.tokens.length === 2 && (hyphenGiven(a.name) || hyphenGiven(b.name) || sharedRole())) {
    const given = firstNameScore(pa.last, pb.first);
    const family = jaroWinkler(pa.first, pb.last);
    if (given >= 0.95 && family >= 0.95) return (given + family) / 2 - 0.02;
  }
  return 0;
}

/** An acronym without its dots ("W.H.O." → "WHO", "WHO" → "WHO"); null for a name that is not one. */
function undotted(name: string): string | null {
  const plain = name.replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(plain) && (plain === name || /^(?:[A-Z]\.){1,5}[A-Z]\.?$/.test(name)) ? plain : null;
}

const HYPHEN = /[-‐‑]/;
const HYPHENS = /[-‐‑]/g;
/** HYPHEN_AS_SPACE: "Port-Vila" is "Port Vila", "Al-Noor Hospital" is "Al Noor Hospital": one name, spelt two ways. */
export const hyphensAsSpaces = (name: string) => name.replace(HYPHENS, ' ');

export function organisationMatch(a: string, b: string): boolean {
  const ka = orgKey(a);
  const kb = orgKey(b);
  if (ka === kb) return true;
  // HYPHEN_AS_SPACE: "Al-Noor Hospital" is "Al Noor Hospital" (the key drops a hyphen, so the words would differ).
  if (HYPHEN.test(a) !== HYPHEN.test(b) && orgKey(hyphensAsSpaces(a)) === orgKey(hyphensAsSpaces(b))) return true;
  // A company by its short name: "Velt" is "Velt Cell Technologies", "Orrin" is "Orrin Robotics Ltd.".
  if ((!ka.includes(' ') && companyShortName(b) === ka) || (!kb.includes(' ') && companyShortName(a) === kb)) return true;
  const acrA = acronym(a);
  const acrB = acronym(b);
  // An acronym is written with dots or without ("W.H.O." = "WHO", "N.Y." = "NY").
  const plainA = undotted(a);
  const plainB = undotted(b);
  if (plainA && plainB && plainA === plainB) return true;
  if (plainA && acrB.length >= 2 && plainA.toLowerCase() === acrB) return true;
  if (plainB && acrA.length >= 2 && plainB.toLowerCase() === acrA) return true;
  // "DfT" is the Department for Transport: a mixed-case acronym spells every word, "for" included.
  const mixedA = mixedCaseAcronym(a);
  const mixedB = mixedCaseAcronym(b);
  if ((mixedA && mixedA === fullInitials(b)) || (mixedB && mixedB === fullInitials(a))) return true;
  // "US State Department" ⊃ "State Department": a contained name of two or more words.
  const ta = ka.split(' ');
  const tb = kb.split(' ');
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.length >= 2 && long.join(' ').endsWith(short.join(' '));
}

function placeMatch(a: string, b: string): boolean {
  const wa = a.split(/[\s\-‐‑]+/).map(foldWord);
  const wb = b.split(/[\s\-‐‑]+/).map(foldWord);
  return (
    wa.join(' ') === wb.join(' ') ||
    misspeltWord(wa, wb) ||
    (/^[A-Z]{2,4}$/.test(a) && a.toLowerCase() === acronym(b)) ||
    (/^[A-Z]{2,4}$/.test(b) && b.toLowerCase() === acronym(a))
  );
}

/**
 * A name of three or more words (a hyphen separates words: "Lindqvist-Boe syndrome" = "Lindqvist Boe syndrome") in
 * which one long word lacks one letter the other spelling has ("Lindqvst Boe syndrome"): a misprint of the same
 * name. Only a letter left out, in a word of six letters or more: "Storm Irma" and "Storm Erma" stay apart.
 */
function misspeltWord(wa: string[], wb: string[]): boolean {
  if (wa.length < 3 || wa.length !== wb.length) return false;
  const differing = wa.map((w, i) => [w, wb[i]] as const).filter(([x, y]) => x !== y);
  if (differing.length !== 1) return false;
  const [x, y] = differing[0];
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1 || long.length < 6) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * The names that speak for a person: the full names when there are any. A surname alone ("Schröder") is how the
 * document referred back to its full name, not a claim to be every Schröder of the corpus.
 */
function personNames(variants: string[]): string[] {
  const full = variants.filter(hasGivenName);
  return full.length ? full : variants;
}

/** The double-barrelled family names among an entity's names (folded whole and parts). */
function barrelsOf(names: string[]): Array<readonly [string, readonly [string, string]]> {
  const out: Array<readonly [string, readonly [string, string]]> = [];
  for (const n of names) {
    const p = nameParts(n);
    if (p.barrel) out.push([p.last, p.barrel]);
  }
  return out;
}

/**
 * A name with one part of a double-barrelled family name the other entity is known by ("Małgorzata Zielińska" for a
 * Małgorzata Dąbrowska-Zielińska): in the document that named her in full it was her, but it does not speak for her
 * across the corpus, where it may be another woman. (Written with a space, "Dabrowska Zielinska" is the whole name.)
 */
function partOfBarrel(name: string, barrels: ReturnType<typeof barrelsOf>): boolean {
  if (!barrels.length) return false;
  const p = nameParts(name);
  return !p.barrel && barrels.some(([whole, parts]) => (p.last === parts[0] || p.last === parts[1]) && p.pair !== whole);
}

/** A document entity with the names it is matched by, worked out once for all its candidates. */
interface DocumentSide {
  doc: DocumentEntity;
  names: string[];
  barrels: ReturnType<typeof barrelsOf>;
}

function documentSide(doc: DocumentEntity): DocumentSide {
  const names = personNames(doc.variants);
  return { doc, names, barrels: barrelsOf(names) };
}

function matchScore({ doc, names: docNames, barrels: docBarrels }: DocumentSide, reg: RegistryEntity): number {
  const compatible = doc.kind === reg.kind || doc.kind === 'other' || reg.kind === 'other';
  if (!compatible) return 0;
  if (doc.kind === 'person' || reg.kind === 'person') {
    const regNames = personNames(reg.variants);
    const regBarrels = barrelsOf(regNames);
    let best = 0;
    for (const dv of docNames) {
      if (partOfBarrel(dv, regBarrels)) continue;
      for (const rv of regNames)
        if (!partOfBarrel(rv, docBarrels))
          best = Math.max(best, personMatch({ name: dv, roles: doc.roles }, { name: rv, roles: reg.roles }));
    }
    return best;
  }
  const same = doc.kind === 'organization' || reg.kind === 'organization' ? organisationMatch : placeMatch;
  return doc.variants.some((dv) => reg.variants.some((rv) => same(dv, rv))) ? 1 : 0;
}

/**
 * Candidate keys, so a lookup compares against a handful of entities rather than the whole corpus: the first
 * letter and the first following consonant of each folded name word ("Teloperdi" and "Tileuberdi" → "tl",
 * "Toqaev" and "Tokayev" → "tk"), and an organisation's acronym. Vowels are what transliterations change most;
 * the leading consonant frame is what they keep.
 */
function wordKey(word: string): string {
  // The first six letters decide the key; folding only those keeps indexing a large registry cheap.
  const f = foldWord(word.slice(0, 6));
  if (!f) return '';
  const consonant = f.slice(1).replace(/[aeiou]/g, '')[0] ?? '';
  return f[0] + consonant;
}

/** The candidate keys an entity is filed under (and a document's entity looked up by). */
export function bucketKeys(names: string[], kind: EntityKind): string[] {
  const keys = new Set<string>();
  for (const n of names) for (const key of nameKeys(n, kind)) keys.add(key);
  return [...keys];
}

/**
 * The keys of one name. The registry is read from storage and indexed again for each document, with mostly the
 * same names each time: remember the keys of each name (bounded).
 */
const keysByKind = new Map<EntityKind, (name: string) => string[]>();
function nameKeys(n: string, kind: EntityKind): string[] {
  let keysOf = keysByKind.get(kind);
  if (!keysOf) keysByKind.set(kind, (keysOf = memo((name) => computeNameKeys(name, kind), 50_000)));
  return keysOf(n);
}

function computeNameKeys(n: string, kind: EntityKind): string[] {
  const keys = new Set<string>();
  if (kind === 'person' || kind === 'other') {
    // The words that identify a person (particles, articles and titles off; "Seo-yeon" = "Seoyeon"). A two-part name
    // is filed under both parts, since either may be the family name.
    const written = nameWords(n);
    const words = written.map((w) => w.replace(/[-‐‑'’]/g, ''));
    const last = words[words.length - 1];
    if (last) keys.add('s:' + wordKey(last));
    if (words.length === 2) keys.add('s:' + wordKey(words[0]));
    // A family name of two words ("Dabrowska Zielinska") is filed as its hyphenated form is, under its first word;
    // a hyphenated or compound one also under its last part ("Abdur-Rahman" → "Rahman", as "Mohammad A. Rahman").
    if (words.length >= 3) keys.add('s:' + wordKey(words[words.length - 2]));
    const tail = written[written.length - 1]?.split(/[-‐‑]/).pop();
    if (tail && tail !== written[written.length - 1]) keys.add('s:' + wordKey(tail));
  }
  if (kind !== 'person') {
    const words = n.split(/[\s-]+/).filter((w) => w && !/^[\p{Lu}]\.?$/u.test(w));
    const last = words[words.length - 1];
    if (last) keys.add('s:' + wordKey(last));
    if (kind !== 'place') {
      // A company is also found without its legal form ("Orrin Robotics Ltd" → "robotics") and by its short name.
      const key = orgKey(n);
      if (key) keys.add('s:' + wordKey(key.slice(key.lastIndexOf(' ') + 1)));
      const short = companyShortName(n);
      if (short) keys.add('s:' + wordKey(short));
    }
    // Acronyms only join organisations ("NPC" ↔ "Northern Power Company"); people's initials would crowd the buckets.
    const acr = acronym(n);
    if (acr.length >= 2) keys.add('a:' + acr);
    const plain = words.length === 1 ? undotted(words[0]) : null;
    if (plain) keys.add('a:' + plain.toLowerCase());
    // A mixed-case acronym ("DfT") and the initials of every word of a name ("Department for Transport") meet.
    const mixed = mixedCaseAcronym(n);
    if (mixed) keys.add('a:' + mixed);
    const full = fullInitials(n);
    if (full.length >= 2 && full !== acr) keys.add('a:' + full);
  }
  keys.delete('s:');
  return [...keys];
}

/**
 * The registry's candidate index, built once per registry object (a chain of documents, each resolved against the
 * registry the one before returned).
 */
const indexCache = new WeakMap<RegistryEntity[], { size: number; index: Map<string, number[]> }>();
function indexOf(registry: EntityRegistry): Map<string, number[]> {
  // Rebuilt when the array changed length (a caller that appends in place must not get a stale index).
  const cached = indexCache.get(registry.entities);
  if (cached && cached.size === registry.entities.length) return cached.index;
  const index = new Map<string, number[]>();
  registry.entities.forEach((e, i) => {
    for (const key of bucketKeys(e.variants, e.kind)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  indexCache.set(registry.entities, { size: registry.entities.length, index });
  return index;
}

/**
 * The registry entity a document's entity joins (the best-scoring candidate), or null when it starts a new one.
 */
function bestCandidate(doc: DocumentEntity, candidates: Set<number>, entities: RegistryEntity[]): number | null {
  let best: { i: number; score: number } | null = null;
  // A surname alone joins a person of the corpus only when exactly one person with that surname is known;
  // otherwise it joins the entity of that surname alone, if there is one, or starts one.
  const bareSurname = (doc.kind === 'person' || doc.kind === 'other') && !doc.variants.some(hasGivenName);
  let people = 0;
  let bare: { i: number; score: number } | null = null;
  const side = documentSide(doc);
  // Ascending order: on a tie the older entity wins, so resolution does not depend on set order.
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const score = matchScore(side, entities[i]);
    if (score <= 0) continue;
    if (!best || score > best.score) best = { i, score };
    if (bareSurname && entities[i].kind === 'person' && entities[i].variants.some(hasGivenName)) people++;
    else if (bareSurname && (!bare || score > bare.score)) bare = { i, score };
  }
  if (bareSurname && people > 1) best = bare;
  return best ? best.i : null;
}

/** Adds what a document says of an entity (its kind, full name, spellings, roles) to the registry's entity. */
function joinDocumentEntity(target: RegistryEntity, doc: DocumentEntity, seq: number): void {
  if (target.kind === 'other' && doc.kind !== 'other') target.kind = doc.kind;
  // A surname-only canonical gives way to the first full name seen.
  if (target.canonical.split(/\s+/).length === 1 && doc.name.split(/\s+/).length > 1 && target.kind === 'person')
    target.canonical = doc.name;
  for (const v of doc.variants) if (!target.variants.includes(v)) target.variants.push(v);
  for (const r of doc.roles) if (!target.roles.includes(r)) target.roles.push(r);
  target.seen = seq;
}

/**
 * The index handed to the next document with the registry we return: the base index plus what this document filed,
 * so a chain of documents (the evaluation scripts) does not re-index the whole registry each time.
 */
function indexForNextDocument(base: Map<string, number[]>, local: Map<string, number[]>): Map<string, number[]> {
  const next = new Map(base);
  for (const [key, list] of local) {
    const merged = next.get(key)?.slice() ?? [];
    for (const i of list) if (!merged.includes(i)) merged.push(i);
    next.set(key, merged);
  }
  return next;
}

export function resolveEntities(
  docEntities: DocumentEntity[],
  registry: EntityRegistry,
  /** The document's place in the corpus (its upload sequence number): how recently each entity was mentioned. */
  seq = 0,
  /** Entities kept (see MAX_ENTITIES); a caller holding only part of a sharded registry bounds it itself. */
  max = MAX_ENTITIES,
): { canonicalOf(docName: string): string; entities: ReportEntity[]; registry: EntityRegistry } {
  // Copy on write: untouched entities are shared with the input registry, which is never mutated.
  const entities: RegistryEntity[] = registry.entities.slice();
  const copied = new Set<number>();
  const writable = (i: number) => {
    if (!copied.has(i)) {
      const e = entities[i];
      entities[i] = { ...e, variants: [...e.variants], roles: [...e.roles] };
      copied.add(i);
    }
    return entities[i];
  };
  const base = indexOf(registry);
  /** Entities added or changed by this document, filed under their (new) keys. */
  const local = new Map<string, number[]>();
  const file = (i: number) => {
    for (const key of bucketKeys(entities[i].variants, entities[i].kind)) {
      const list = local.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      local.set(key, list);
    }
  };

  const mapping = new Map<string, string>();
  const seen: RegistryEntity[] = [];
  for (const doc of docEntities) {
    const candidates = new Set<number>();
    for (const k of bucketKeys(doc.variants, doc.kind)) {
      for (const i of base.get(k) ?? []) candidates.add(i);
      for (const i of local.get(k) ?? []) candidates.add(i);
    }
    const best = bestCandidate(doc, candidates, entities);
    let at: number;
    if (best !== null) at = best;
    else {
      entities.push({ canonical: doc.name, kind: doc.kind, variants: [], roles: [] });
      at = entities.length - 1;
      copied.add(at);
    }
    const target = writable(at);
    joinDocumentEntity(target, doc, seq);
    file(at);
    for (const v of doc.variants) mapping.set(v, target.canonical);
    mapping.set(doc.name, target.canonical);
    if (!seen.includes(target)) seen.push(target);
  }
  indexCache.set(entities, { size: entities.length, index: indexForNextDocument(base, local) });
  return {
    canonicalOf: (name: string) => mapping.get(name) ?? name,
    entities: seen.map((e) => ({ canonical: e.canonical, kind: e.kind as EntityKind, variants: [...e.variants] })),
    registry: forgetLeastRecent({ entities }, max),
  };
}

/** Keeps the registry within MAX_ENTITIES (see there); the survivors keep their order, which decides ties. */
export function forgetLeastRecent(registry: EntityRegistry, max = MAX_ENTITIES): EntityRegistry {
  if (registry.entities.length <= max) return registry;
  const keep = Math.floor(max * 0.9);
  const byRecency = registry.entities.map((e, i) => ({ i, seen: e.seen ?? 0 })).sort((a, b) => b.seen - a.seen || a.i - b.i);
  const kept = new Set(byRecency.slice(0, keep).map((x) => x.i));
  return { entities: registry.entities.filter((_, i) => kept.has(i)) };
}

/** Whether two names of people would be merged (exported for tests and tools). */
export function sameEntity(a: string, b: string, context: { rolesA?: string[]; rolesB?: string[] } = {}): boolean {
  return personMatch({ name: a, roles: context.rolesA ?? [] }, { name: b, roles: context.rolesB ?? [] }) > 0;
}
