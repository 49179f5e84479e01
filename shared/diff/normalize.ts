/**
 * What two claims are compared on: content words, lightly stemmed and mapped to concepts from general news
 * lexicons (casualty, increase/decrease, request/assist, shutdown/blackout, …), with entities as single tokens.
 * Case, quote marks, punctuation, word order and inflection fall away; negation is kept apart as polarity.
 */
import { DEMONYM, NUMBER_WORDS as LEXICON_NUMBERS, NO_COMMENT, PHRASAL_VERBS, parseNumber, REFUSAL } from '../lexicon/english.ts';
import { paraphraseOf } from '../lexicon/wordnet.ts';
import type { Claim } from '../types.ts';

const STOP = new Set(
  `a an the and or but if of to in on at by for from with as into onto about over under after before since during amid among
  than then that this these those there here it its he she they them their his her him we us our you your i me my
  is are was were be been being am has have had do does did will would shall should can could may might must
  so such very also just only even still yet again further furthermore meanwhile however though although while whereas
  which who whom whose what when where why how all any both each few more most other some own same no nor too
  up down out off once more s t d ll re ve said says say told tell tells added adds according reported reports report
  reportedly allegedly apparently reputedly supposedly
  statement statements thursday friday saturday sunday monday tuesday wednesday today yesterday tonight overnight
  earlier later day week month year years time comes come came being get got make made`.split(/\s+/),
);
/** Words that make "of no …" the name of a thing ("a motion of no confidence"). */
const NOUN_AFTER_NO = /^(?:confidence)$/;
/** Words that flip a statement; compared separately as polarity. */
const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'deny',
  'denied',
  'denies',
  'denying',
  'nobody',
  'none',
  'nothing',
  'false',
  'untrue',
  'reject',
  'rejected',
  'rejects',
]);
const REJECT_WORDS = new Set(['reject', 'rejected', 'rejects']);
const DENY_WORDS = new Set(['deny', 'denied', 'denies', 'denying']);
/** A rejection of something said: reports, claims, allegations, or a "that" clause. */
export const REJECTS_A_CLAIM = new RegExp(
  String.raw`\breject(?:ed|s|ing)?\s+(?:(?:as\s+\w+\s+)?(?:the|any|all|these|those|such)\s+)?(?:reports?|` +
    'claims?|allegations?|accusations?|suggestions?|assertions?|rumou?rs?|charges?|criticism|idea|' +
    String.raw`notion|that)\b`,
  'i',
);
/** Words that assert without adding content ("confirmed that …"). */
const ASSERTERS = new Set([
  'confirm',
  'confirmed',
  'confirms',
  'acknowledge',
  'acknowledged',
  'admit',
  'admitted',
  'admits',
  'insist',
  'insisted',
  'true',
  'indeed',
]);

/** Number words read as their digits ("three" = "3"), from the lexicon's number words. */
const NUMBER_WORDS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(LEXICON_NUMBERS)
      .filter(([w]) => w !== 'dozen')
      .map(([w, n]) => [w, String(n)]),
  ),
  thousand: '1000',
  million: '1000000',
};

/** Concept classes: any member stands for the class. General news vocabulary, not any story's. */
const CONCEPTS: Array<[string, RegExp]> = [
  ['KILL', /^(kill|die|dead|death|slain|perish|fatal|fatalit|murder)/],
  ['INJURE', /^(injur|wound|hurt|casualt)/],
  ['ARREST', /^(arrest|detain|detention|jail|imprison|custod|prisoner)/],
  ['EVACUATE', /^(evacuat|displac|flee|fled|relocat)/],
  ['MISSING', /^(missing|miss|unaccount)/],
  ['RESCUE', /^(rescu|sav)/],
  ['INCREASE', /^(increas|rise|rose|risen|hike|surg|jump|grow|grew|soar|climb|doubl|tripl|twofold|threefold|fold)/],
  ['DECREASE', /^(decreas|fall|fell|fallen|drop|declin|plung|slump|cut|reduc|halv|lower)/],
  // "urged the judge to" asks as much as "asked the judge to" (a stem "urg"/"urge", not "urgent").
  ['REQUEST', /^(ask|request|appeal|seek|sought|plead|call|urge?$)/],
  ['HELP', /^(help|assist|aid|support)/],
  // UNIT_WORDS: "315 feet high" and "the 300-foot-tall spire" name one unit ("feet" and "foot" stem apart).
  ['FOOT', /^(foot|feet|ft)$/],
  ['SHUTDOWN', /^(shut|shutdown|blackout|outag|cutoff|block|disconnect|offlin)/],
  ['PROTEST', /^(protest|demonstrat|rally|rallies|unrest|riot|march)/],
  ['TROOPS', /^(troop|soldier|paratroop|militar|armed|army|peacekeep|contingent)/],
  ['POLICE', /^(police|officer|personnel|securit|law|enforcement|guard|gendarm)/],
  ['NATIONWIDE', /^(nationwide|countrywide|national|whole|entire|all)$/],
  ['DEPLOY', /^(deploy|dispatch|send|sent|station)/],
  ['IMPOSE', /^(declar|impos|introduc|announc|order|enact)/],
  ['SPEAK', /^(spok|speak|talk|phone|call|discuss|convers)/],
  ['PRICE', /^(price|cost|tariff|fee|fare)/],
  ['FUEL', /^(fuel|gas|gasolin|petrol|diesel|lpg|lng)/],
  ['VEHICLE', /^(vehicl|cars?|evs?|automobil|suvs?|truck|lorr(y|ie))$/],
  ['INFECT', /^(infect|infection|cases?)$/],
];

/** More concept classes for events and their states (kept apart from the counting vocabulary above). */
const EVENT_CONCEPTS: Array<[string, RegExp]> = [
  ['TRUCE', /^(ceasefire|cease-fire|truce|armistic)/],
  ['QUAKE', /^(quake|earthquak|temblor)/],
  ['HIT', /^(hit|struck|jolt)$/],
  ['DAMAGE', /^(damag|crack|destr|flatten|wreck)/],
  ['NOTIFY', /^(notif|alert|inform)/],
  ['MEDIATE', /^(mediat|broker)/],
  // Prisoners and detainees are ARREST, matched first (CONCEPTS come before these).
  ['DETAINEE', /^(captiv|pow)/],
  ['EXCHANGE', /^(exchang|swap)/],
  ['NEGOTIATE', /^(negotiat|talk)/],
  ['GATE', /^(floodgat|gate|sluic|spillway)/],
  ['SURVIVE', /^surviv/],
  ['HOME', /^(home|hous|dwelling)/],
  ['VOTE', /^(vote|ballot)/],
  // One transaction seen from either side: "in talks about selling 45 hotels" / "find a buyer for 45 hotels".
  ['SALE', /^(sell|sold|buy|bought|buyer|purchas)/],
];

/** Stems are asked for the same words again and again (every candidate claim); remember them. */
const stems = new Map<string, string>();

export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  if (stems.size > 50_000) stems.clear();
  const result = stemWord(word);
  stems.set(word, result);
  return result;
}

function stemWord(word: string): string {
  let w = word;
  if (w.length > 4)
    w = w
      .replace(/ies$/, 'y')
      .replace(/(ss)es$/, '$1')
      .replace(/([^s])s$/, '$1');
  if (w.length > 5) w = w.replace(/(ational|ation|ment|ments|ness|ance|ence|ity)$/, '');
  if (w.length > 4) w = w.replace(/(ing|ed|er|ly)$/, '');
  if (w.length > 4) w = w.replace(/e$/, '');
  return w;
}

const concepts = new Map<string, string>();
/**
 * Words that begin like a concept's member, or stem to one, without being one: "sentence" stems to "sent" (DEPLOY),
 * "deadline" begins with "dead", "missile" and "mission" with "miss", "lawyer" with "law", "diesel" with "die",
 * "aide" with "aid". They keep their own stem.
 */
const NOT_A_CONCEPT = /^(?:sentenc|deadlin|deadlock|missil|mission|lawyer|lawmak|lawsuit|diesel|diet|aide)/;

export function concept(word: string): string {
  const known = concepts.get(word);
  if (known !== undefined) return known;
  if (concepts.size > 50_000) concepts.clear();
  const s = stem(word);
  let result = s;
  for (const [name, re] of NOT_A_CONCEPT.test(word) ? [] : [...CONCEPTS, ...EVENT_CONCEPTS]) {
    if (re.test(s) || re.test(word)) {
      result = name;
      break;
    }
  }
  // Not a news concept: a word WordNet puts with others in their frequent senses ("seized" / "clutched",
  // "explosion" / "detonation") is read as its group's first word, stemmed like any word so its own forms still meet.
  if (result === s) {
    const group = paraphraseOf(word);
    if (group) result = stem(group);
  }
  concepts.set(word, result);
  return result;
}

/** The token NO_COMMENT's wordings are read as (not a word a stemmer or a concept changes). */
export const KEPT_SILENT = 'keptsilent';

/** The phrasal verbs of a (lower-case) text read as their one-word verbs (lexicon PHRASAL_VERBS). */
function onePhrasalVerb(text: string): string {
  let out = text;
  for (const { phrase, verb } of PHRASAL_VERBS) out = out.replace(phrase, verb);
  return out;
}

/** "the remains of 12 people", "remains of at least nine victims": a count of bodies (REMAINS_AS_BODIES). */
const REMAINS_OF_PEOPLE = new RegExp(
  String.raw`\bremains of (?=(?:the |at least |some |about |nearly |more than |another )?(?:\d|victims\b|people\b|` +
    String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b))`,
  'g',
);

export function foldText(text: string): string {
  return onePhrasalVerb(
    text
      .toLowerCase()
      .replace(/[‘’`´]/g, "'")
      .replace(/[“”«»„]/g, '"')
      .replace(/country-wide|country wide/g, 'countrywide')
      // "no one" is "nobody", not a count of one: both read as the one negator.
      .replace(/\bno[- ]one\b/g, 'nobody')
      .replace(/\b(told|ordered|asked|urged|forced) to (leave|flee) (their |his |her )?homes?\b/g, 'ordered evacuate')
      .replace(/\b(leave|left|flee|fled) (their |his |her )?homes?\b/g, 'evacuate')
      .replace(/shut(s|ting)? down/g, 'shutdown')
      // REMAINS_AS_BODIES: "eight sets of human remains", "the remains of 12 people" are bodies ("eight more bodies").
      .replace(/\b(?:sets? of )?human remains\b|\bsets? of remains\b/g, 'bodies')
      .replace(REMAINS_OF_PEOPLE, 'bodies of ')
      // "declined to address the court", "did not make a statement": one token for keeping silent (lexicon NO_COMMENT).
      .replace(NO_COMMENT, ` ${KEPT_SILENT} `)
      // Times: "06:00", "6 a.m.", "6 in the morning" read alike.
      .replace(/\b0?(\d{1,2}):00\b/g, '$1')
      .replace(/\b(a\.m\.|in the morning)/g, 'am')
      .replace(/\b(p\.m\.|in the evening)/g, 'pm')
      .replace(
        /\b(?:took|take|takes|taken|taking|came|come|comes|coming|entered|enter|enters|went|go|goes|gone) (?:into )?(?:effect|force)\b/g,
        'takeseffect',
      ),
  );
}

export interface ClaimShape {
  /** Concept tokens of the claim's content (entities excluded). */
  tokens: Set<string>;
  /** Entity keys. */
  entities: Set<string>;
  negative: boolean;
}

export function entityKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of the text that belong to entity names (dropped from the content tokens: entities compare as keys). */
function nameWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<!^|[.!?]\s|["“]\s?)\b[\p{Lu}][\p{L}'’-]+/gu)) out.add(m[0].toLowerCase().replace(/['’]s$/, ''));
  return out;
}

/**
 * WORDS_WITHOUT_MARKS: "Jiménez" and "Jimenez", "café" and "cafe" are one word; outlets differ in whether they keep
 * the accents, and a sentence-initial name is compared as a word (nameWords does not drop it).
 */
const MARKS = /\p{M}+/gu;
const HAS_NON_ASCII = /[^\u0000-\u007f]/;
const withoutMarks = (text: string) => (HAS_NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '').normalize('NFC') : text);

/** "thirty-two" = "32": a compound number word reads as its digits, as "five" does (the lexicon's parseNumber). */
const COMPOUND_NUMBER = /^[a-z]+ty-[a-z]+$/;
function compoundNumber(w: string): string | undefined {
  const n = COMPOUND_NUMBER.test(w) ? parseNumber(w) : null;
  return n !== null && n % 10 !== 0 ? String(n) : undefined;
}

/**
 * GLUED_UNIT: "315ft", "300ft-tall", "the 90-metre-tall tower": a unit written onto its number is a word of its own, so
 * "315 feet high" and "the 300ft-tall spire" share it (UNIT_WORDS) as they share "spire".
 */
const GLUED_UNIT = /(\d)-?(ft|foot|feet|m|metres?|meters?|km|kilomet(?:re|er)s?|mi|miles?|cm|mm|kg|tonnes?|tons?)(?=-|\b)/gi;

export function contentWords(text: string, dropNames = true): string[] {
  text = withoutMarks(text).replace(GLUED_UNIT, '$1 $2 ');
  const names = dropNames ? nameWords(text) : new Set<string>();
  const words = foldText(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  return words
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => !names.has(w))
    .map((w) => NUMBER_WORDS[w] ?? compoundNumber(w) ?? w.replace(/,/g, ''));
}

/** Quoted spans of a text: a "not" inside a quoted phrase of reported speech is the speaker's, not the claim's polarity. */
const QUOTED = /“[^”]*”?|"[^"]*"?/g;

/** A claim that is mostly quotation, not reported speech with a quoted phrase in it. */
export const mostlyQuote = (c: { text: string; quote?: string | null }) =>
  Boolean(c.quote) && c.quote!.split(/\s+/).length >= 0.5 * c.text.split(/\s+/).length;

export function shapeOf(claim: Pick<Claim, 'text' | 'entities' | 'negated'> & { quote?: string | null }): ClaimShape {
  const tokens = new Set<string>();
  let negative = Boolean(claim.negated);
  // A claim that is mostly one quotation keeps its negation; reported speech with a quoted phrase takes it from its own words.
  const polarityWords = claim.quote && !mostlyQuote(claim) ? new Set(contentWords(claim.text.replace(QUOTED, ' '))) : null;
  // "rejected the claims that …" denies; "rejected the plan" (a vote, a bid, an offer) is an outcome, not a denial.
  const rejectionDenies = REJECTS_A_CLAIM.test(claim.text);
  // "denied him bail", "denied a request": a refusal, no denial (lexicon REFUSAL); the verb is compared as a word.
  const denialRefuses = REFUSAL.test(claim.text);
  const words = contentWords(claim.text);
  for (const [i, w] of words.entries()) {
    // "a motion of no confidence", "a vote of no confidence": the name of a motion, not a denial.
    if (w === 'no' && words[i - 1] === 'of' && NOUN_AFTER_NO.test(words[i + 1] ?? '')) continue;
    if (REJECT_WORDS.has(w) && !rejectionDenies) {
      tokens.add(concept(w));
      continue;
    }
    if (denialRefuses && DENY_WORDS.has(w)) {
      tokens.add(concept(w));
      continue;
    }
    if (NEGATORS.has(w)) {
      if (!polarityWords || polarityWords.has(w)) negative = true;
      continue;
    }
    // Nationality adjectives ("Moldovan officials") add nothing a place entity does not already say.
    if (STOP.has(w) || ASSERTERS.has(w) || w.length < 2 || DEMONYM.test(w)) continue;
    tokens.add(concept(w));
    // "search-and-rescue", "cease-fire": the parts count too.
    if (w.includes('-')) for (const part of w.split('-')) if (part.length > 2 && !STOP.has(part)) tokens.add(concept(part));
  }
  return { tokens, entities: new Set(claim.entities.map(entityKey)), negative };
}

/**
 * A one-word name that the other claim has only as a word: a name opening a sentence ("WeWork is being investigated")
 * is not always recognised as one, and is then compared as a content word. It is still the same name.
 */
function nameAsWord(entity: string, other: ClaimShape): boolean {
  return !entity.includes(' ') && other.tokens.has(concept(entity));
}

/** Share of the smaller claim found in the larger, entities counting as one token each. */
export function overlap(a: ClaimShape, b: ClaimShape): { shared: number; containment: number; jaccard: number } {
  let shared = 0;
  for (const t of a.tokens) if (b.tokens.has(t)) shared++;
  let sharedEntities = 0;
  for (const e of a.entities) if (b.entities.has(e) || nameAsWord(e, b)) sharedEntities++;
  for (const e of b.entities) if (!a.entities.has(e) && nameAsWord(e, a)) sharedEntities++;
  const sizeA = a.tokens.size + a.entities.size;
  const sizeB = b.tokens.size + b.entities.size;
  const all = shared + sharedEntities;
  const min = Math.min(sizeA, sizeB);
  return { shared: all, containment: min ? all / min : 0, jaccard: sizeA + sizeB - all ? all / (sizeA + sizeB - all) : 0 };
}

const FUNCTION_WORDS = new Set([...STOP, 'very', 'really', 'quite', 'rather', 'certainly', 'just', 'now']);
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
