/**
 * Photo captions without a credit. A caption describes the moment a picture shows, in the present simple ("Ferry
 * passengers wait on the quay at Solvik, March 8, 2025."); the news around it is told in the past tense or the present
 * perfect, and attributed. No single feature decides: a line is a caption when the evidence adds up —
 *
 *   a named subject and a present verb of a scene near the start of the line       (required, +2)
 *   a date with its year, a weekday or "on <day>" at the end, as captions are dated   (+2)
 *   or a place at the end ("… in Solvik.")                                            (+1)
 *   beside a picture (HTML; in text a gallery counter or "Enlarge this image"), or a
 *   photo credit line                                                                 (+2; +1 above a picture)
 *   between the page's header (title, byline, date) and the article's first paragraph (+1)
 *   an auxiliary of another tense (was, has, will …) or a verb of state (is, remains) (−2)
 *   a habit (every day, often, still)                                                 (−2)
 *   a clause of reason or circumstance (as, while, because) and no date               (−1)
 *   a verb in the past with its object ("… rammed the door") and no date                (−2)
 *   more than one sentence                                                           (−1)
 *
 * and is never one with an attribution (said, told, according to), a quotation, the first or second person, or a
 * datelined lead ("SOLVIK — …"). Four points make a caption: a verb and a date, or a verb and a picture beside it.
 */
import { CAPTION_VERBS } from './vocabulary.ts';
import { MONTH_NAMES } from './metadata.ts';
import { singleSpaced } from './spacing.ts';

/** Present forms of the scene verbs: "carry" (after a plural subject) and "carries" (after a singular one). */
const FORMS = new Map<string, 'base' | 's'>();
for (const verb of CAPTION_VERBS) {
  FORMS.set(verb, 'base');
  FORMS.set(/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`, 's');
}

/** Words that make what precedes the verb something other than a subject: a clause, a pronoun, a preposition. */
const NOT_SUBJECT = new Set(
  `when if as while because who whom whose which that after before since although though but so then there here it he she
  they we i you this these those what where how why once unless until whether on in at by for from with without into onto
  during under over through about across against among between behind beyond near of to than like also not no never
  will would can could should may might must did do does is are was were be been being has have had the a an`.split(/\s+/),
);
/** Not the word before a verb: "the search", "a walk", "to look", "will stand". */
const BEFORE_NOUN = new Set(
  [
    'the a an this that these those his her their its our my your some any every each no',
    'to will would can could should may might must did do does not of for in on at by with from',
  ]
    .join(' ')
    .split(' '),
);
/** A subject a base form agrees with: a plural noun ("Villagers carry"), or a collective one ("Police guard"). */
const PLURAL_SUBJECT =
  /(?:[^s'’]s|people|police|children|men|women|staff|crew|crowd|family|families|youth|media|folk|personnel|troops|cattle)$/i;

const ATTRIBUTION = new RegExp(
  [
    String.raw`\b(?:said|says|say|told|tells|according to|asked|added|announced|claimed|insisted|warned|stated`,
    String.raw`|explained|argued)\b|["“”„«»]|(?:^|\s)['‘](?=\p{L})`,
  ].join(''),
  'iu',
);
const PERSONAL = /\b(?:I|[Ww]e|[Yy]ou|[Oo]ur|us|[Mm]y|[Yy]our|me)\b/;
/** A state beside the scene ("… sits on a fault line and is among …"): a sentence of background, not a picture. */
const STATE = /\b(?:is|are|remains?|seems?|means?|belongs?|contains?|includes?|lacks?|needs?)\b/i;
const OTHER_TENSE = /\b(?:was|were|had|has|have|will|would|could|should|might|must|did|been|shall|won't|didn't|hasn't|haven't)\b/i;
/** "SOLVIK, Norway — …", "SOLVIK (Wire) –": a dateline opens the article's lead, not a caption. */
const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,[^—–]{1,40}?)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/u;
/**
 * A verb in the past with its object or particle ("… officers rammed the door", "… he came out"): a sentence of the
 * report. An adjective in -ed ("a collapsed block", "flooded streets", "damaged by") is not one.
 */
const PAST = new RegExp(
  [
    String.raw`\b(?:\p{Ll}{3,}ed|came|went|took|made|saw|fell|ran|left|struck|found|gave|got|began|broke|brought`,
    '|held|told|sent|threw|drove|rode|shot|hit|fought|fled|stood|sat|spoke|wrote|knew|thought|caught|led',
    String.raw`|lost|won|kept)\s+(?:the|a|an|his|her|their|its|them|him|out|up|down|back|off|away)\b`,
  ].join(''),
  'u',
);
/** What happens every day, or why: the present of a report or an analysis, not of a picture. */
const HABITUAL = /\b(?:every|each|often|usually|always|never|still|now|regularly|daily|nightly|routinely|typically|increasingly)\b/i;
/** A clause of reasons or circumstances ("… as the death toll rises"): a standfirst's summary more than a picture. */
const CLAUSE = /\b(?:as|while|because|since|although|though|but|whereas|so that)\b/i;

const MONTH = `(?:${MONTH_NAMES})\\.?`;
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/**
 * A dated ending: "…, March 8, 2025.", "… Norway March 8, 2025.", "…, Tuesday, 8 March 2025, in Solvik, Nor.",
 * "… on Sunday.", "… on March 8."
 */
const DATED_END = new RegExp(
  `[,\\s](?:${WEEKDAY},?\\s+)?` +
    `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `(?:[,\\s]+(?:in|at|near)\\s+[\\p{L}\\s,.'’-]{1,40}?)?\\s*[.)]?\\s*$` +
    `|\\b(?:on|,)\\s+(?:${WEEKDAY}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:\\s+(?:morning|afternoon|evening|night))?\\s*[.)]?\\s*$`,
  'iu',
);
/** A place at the end: "… in Solvik.", "… at the Old Harbour, Solvik." */
const PLACE_END = /\b(?:in|at|near|outside|off)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:[\s,]+(?:\p{Lu}[\p{L}'’-]*|of|de|la))*\s*[.)]?\s*$/u;

/** Ends "." or ".)" / ".”" (captions are written as sentences; headlines and standfirsts often are not). */
function endsWithFullStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  if (i > 0 && `"')]”’`.includes(text[i])) i--;
  return text[i] === '.';
}

/** Punctuation around a word: "(Reuters", "Solvik,", "“Crews". */
const EDGE = /^[("'“‘[]+|[,.;:!?"'”’)\]]+$/g;

/** The first `n` words of a line as the classifier gives it, spaces single (the subject and its verb stand there). */
function firstWords(text: string, n: number): string[] {
  const words = text.split(' ', n);
  for (let i = 0; i < words.length; i++) words[i] = words[i].replace(EDGE, '');
  return words;
}

export interface CaptionContext {
  /** Beside a picture: 'after' it (where captions usually stand) or 'before' it. */
  picture?: 'after' | 'before' | null;
  /** A photo credit line, or a line standing for a picture, just above or below. */
  creditBeside?: boolean;
  /** Between the page's header and the article's first paragraph. */
  inHeader?: boolean;
}

/** What a picture is of, when the caption names the picture: "A general view shows …", "Drone footage shows …". */
const PICTURE_NOUN = /^(?:view|image|picture|photo|photograph|still|screenshot|footage|video|handout|grab|map|graphic)s?$/i;
/** "… is seen …", "… are pictured …": the passive of a caption (not "is seen as", which judges). */
const SEEN_WORDS = 'seen|pictured|shown|silhouetted|reflected|photographed';
const SEEN_PARTICIPLE = new RegExp(`^(?:${SEEN_WORDS})$`, 'i');
/** "… is seen …", "… are pictured …": the passive that makes a caption of a sentence. */
const IS_SEEN = new RegExp(`\\b(?:is|are)\\s+(?:${SEEN_WORDS})\\b`, 'i');

/** Words a subject may hold although they would otherwise end it: "Residents of the town", "A man in a boat". */
const IN_SUBJECT = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'at', 'from', 'on']);

/** The subject's present verb near the start of the line, or -1. */
function sceneVerb(toks: string[]): number {
  const first = toks[0].toLowerCase();
  if (NOT_SUBJECT.has(first) && first !== 'the' && first !== 'a' && first !== 'an') return -1;
  const before = (i: number, test: (word: string) => boolean) => {
    for (let j = 0; j < i; j++) if (test(toks[j])) return true;
    return false;
  };
  for (let i = 1; i < Math.min(toks.length, 12); i++) {
    const word = toks[i];
    if ((word === 'shows' || word === 'show') && before(i, (w) => PICTURE_NOUN.test(w))) return i;
    if ((word === 'is' || word === 'are') && SEEN_PARTICIPLE.test(toks[i + 1] ?? '') && (toks[i + 2] ?? '').toLowerCase() !== 'as')
      return i;
    // Lower case as written: a capitalised "March" or "Guards" is a name or a headline in title case. A base form
    // agrees with a plural subject ("Relatives of the missing wait"), an -s form with any.
    const form = FORMS.get(word);
    if (form && !BEFORE_NOUN.has(toks[i - 1].toLowerCase()) && (form === 's' || before(i, (w) => w === 'and' || PLURAL_SUBJECT.test(w))))
      return i;
    const lower = word.toLowerCase();
    if (NOT_SUBJECT.has(lower) && !IN_SUBJECT.has(lower)) return -1;
  }
  return -1;
}

/** The evidence that `text` is a photo caption, in points (≥ 4: a caption); 0 when it cannot be one. */
export function captionScore(text: string, context: CaptionContext = {}): number {
  const own = captionWords(text);
  return own === null ? 0 : own + contextScore(context);
}

/** What stands beside the line, in points. */
export function contextScore(context: CaptionContext): number {
  let score = 0;
  if (context.picture === 'after' || context.creditBeside) score += 2;
  else if (context.picture === 'before') score += 1;
  if (context.inHeader) score += 1;
  return score;
}

/** The evidence in the line's own words, in points; null when it cannot be a caption whatever stands beside it. */
export function captionWords(text: string): number | null {
  if (text.length > 320 || !endsWithFullStop(text) || !/^[\p{Lu}\p{N}]/u.test(text)) return null;
  // The verb first: most lines have none, and it costs a few lookups; the patterns after it cost more.
  const toks = firstWords(text.trim().replace(/\s{2,}/g, ' '), 13);
  if (toks.length < 6) return null;
  const verb = sceneVerb(toks);
  if (verb < 0) return null;
  if (ATTRIBUTION.test(text) || PERSONAL.test(text) || DATELINE.test(text)) return null;
  let score = 2;
  const tail = text.slice(-90);
  const dated = DATED_END.test(tail);
  if (dated) score += 2;
  else if (PLACE_END.test(tail)) score += 1;
  // The caption's own "is seen" is not a second verb.
  const rest = toks[verb] === 'is' || toks[verb] === 'are' ? text.replace(IS_SEEN, '') : text;
  if (OTHER_TENSE.test(rest) || STATE.test(rest)) score -= 2;
  if (HABITUAL.test(text)) score -= 2;
  // "… reacts as rescuers search the rubble, March 8, 2025." is a caption still: the date outweighs the clause.
  if (!dated && CLAUSE.test(text)) score -= 1;
  if (!dated && PAST.test(text)) score -= 2;
  // A second sentence: "… March 8, 2025. The storm closed the harbour." is rarer in a caption than in a paragraph.
  if (
    /[.!?]["”’)]?\s+\p{Lu}/u.test(
      text.replace(/\b(?:\p{Lu}|[A-Z][a-z]{1,3}|St|Mt|Dr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s/gu, ' '),
    )
  )
    score -= 1;
  return score;
}

export const CAPTION_THRESHOLD = 4;

/** An auxiliary of a tense other than the present ("was", "has", "will", "been"): news is reported, a picture described. */
export const otherTense = (text: string): boolean => OTHER_TENSE.test(text);

/**
 * A finite verb: an auxiliary, a verb of saying, a past in -ed or an irregular past. A line without one, ending in a full
 * stop, is a noun phrase written as a caption ("The new breakwater at Solvik, seen from the lighthouse."); a participle
 * ("seen", "pictured") is no finite verb. English only: another language's line has none of these words.
 */
const FINITE = new Set(
  [
    'is are was were am be has have had will would can could should shall may might must do does did said says told tells went',
    'took made saw fell ran left struck found gave got began broke brought held sent threw drove stood sat spoke wrote knew',
    "thought caught led lost won kept came became met paid put set cut hit let won't can't isn't aren't wasn't didn't doesn't don't",
  ]
    .join(' ')
    .split(' '),
);
/** Words, apostrophes kept ("didn't"), for the finite-verb test. */
const WORDS = /[\p{L}'’]+/gu;
/** A finite verb among the words: one of FINITE, or a past in -ed ("voted", "closed"). */
function hasFiniteVerb(text: string): boolean {
  for (const word of text.toLowerCase().match(WORDS) ?? []) {
    if (FINITE.has(word.replace('’', "'")) || (word.length >= 4 && word.endsWith('ed'))) return true;
  }
  return false;
}

/** A caption without a verb (verbless caption): a full stop at the end, no finite verb, nothing quoted or attributed. */
export function verblessCaption(text: string): boolean {
  return endsWithFullStop(text) && /^[\p{Lu}\p{N}]/u.test(text) && !hasFiniteVerb(text) && unattributed(text) && !/[“”"]/.test(text);
}

/**
 * Where a scene's verb goes: "glows from", "settles over", "walks past". Not "in", "on", "at": they also say when
 * ("The council meets on Monday", "Voting opens in May").
 */
const SCENE_PREPOSITIONS = new Set(
  [
    'from over past across beside near through along outside into under behind toward',
    'towards around above below inside onto amid among down',
  ]
    .join(' ')
    .split(' '),
);
/** Words ending in s that are no verb of a scene: auxiliaries, pronouns, plural-looking function words. */
const NOT_SCENE_VERB = new Set('is was has does this its his hers ours yours theirs thus as us always news series'.split(' '));

/** The subject's verb in the present (-s) before a preposition of place: "A tent glows from …", "calm settles over …". */
function presentBeforePlace(toks: string[]): boolean {
  for (let i = 1; i < Math.min(toks.length - 1, 8); i++) {
    const word = toks[i];
    const lower = word.toLowerCase();
    if (NOT_SUBJECT.has(lower) && !IN_SUBJECT.has(lower)) return false;
    const notVerb = NOT_SCENE_VERB.has(lower) || lower.endsWith('ss') || lower.endsWith('us');
    if (word !== lower || !lower.endsWith('s') || lower.length < 4 || notVerb) continue;
    if (!BEFORE_NOUN.has(toks[i - 1].toLowerCase()) && SCENE_PREPOSITIONS.has(toks[i + 1].toLowerCase())) return true;
  }
  return false;
}

/**
 * A scene described as a picture shows it (scene sentence): one sentence in the present whose subject's verb (a scene's,
 * CAPTION_VERBS, or any in -s) stands before a preposition of place ("Families walk past …", "An eerie calm settles
 * over the streets …"), ending at a place or a date, with no auxiliary of another tense, no state, habit or past,
 * nothing quoted or attributed.
 * Alone it may be a lead in the present; above a lead that reports, it is the caption of the picture at the top
 * (dropLeadCaption).
 */
export function sceneSentence(text: string): boolean {
  if (text.length > 240 || !endsWithFullStop(text) || !/^[\p{Lu}]/u.test(text) || /[“”"]/.test(text) || !unattributed(text)) return false;
  const toks = firstWords(text.trim().replace(/\s{2,}/g, ' '), 13);
  if (toks.length < 6 || /[.!?]["”’)]?\s+\p{Lu}/u.test(text.slice(0, -1))) return false;
  if (OTHER_TENSE.test(text) || STATE.test(text) || HABITUAL.test(text) || PAST.test(text)) return false;
  // The verb of a position or a movement, a place right after it ("walk past", "glows from"): a standfirst's verb
  // takes an object or a purpose ("Crews wait for calmer seas as engineers redesign …").
  const verb = sceneVerb(toks);
  if (!(verb >= 0 && SCENE_PREPOSITIONS.has((toks[verb + 1] ?? '').toLowerCase())) && !presentBeforePlace(toks)) return false;
  const tail = text.slice(-90);
  return DATED_END.test(tail) || PLACE_END.test(tail);
}

/** A paragraph that reports: another tense than the present, a past in -ed, or an attribution. */
export function reports(text: string): boolean {
  if (OTHER_TENSE.test(text) || ATTRIBUTION.test(text)) return true;
  for (const word of text.match(WORDS) ?? []) if (word.length >= 5 && word.endsWith('ed') && word === word.toLowerCase()) return true;
  return false;
}

/** Opens with a dateline ("SOLVIK, Norway — …", "SOLVIK (Wire) – …"): the article's lead. */
export const datelineLead = (text: string): boolean => DATELINE.test(text);

/** Quotes, attributes and speaks to no one: what a caption never does and a paragraph of the news usually does. */
export function unattributed(text: string): boolean {
  return !ATTRIBUTION.test(text) && !PERSONAL.test(text) && !DATELINE.test(text);
}

/**
 * A line that stands for a picture in scraped text: a gallery counter ("Image 3 of 12", "3 / 12"), an enlarge or
 * caption toggle, a bare "Photo".
 */
const PICTURE_MARKER = new RegExp(
  [
    String.raw`^\s*(?:(?:(?:image|photo|picture|slide)s?\s*)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}|(?:image|photo|picture)`,
    '|(?:enlarge|expand|zoom)(?: this)?(?: image| photo| picture)?|(?:toggle|hide|show) caption',
    String.raw`|open (?:image|photo|picture) in (?:gallery|full ?screen)|view (?:image|photo|picture|gallery))\s*$`,
  ].join(''),
  'i',
);
export const pictureMarker = (text: string): boolean => text.length <= 40 && PICTURE_MARKER.test(text);

/** Words that label a credit, in the languages of the vocabulary tables. */
const CREDIT_LABEL =
  '(?:photo(?:graph)?|foto(?:grafía|grafia)?|image[nm]?|immagine|picture|bild|crédits?|credits?|créditos?|crediti|illustration)s?';
/** A parenthesis that opens with a credit label: "(Photo: Jane Doe)". Built once, so the ReDoS check sees it. */
const CREDIT_LABEL_FIRST = new RegExp(`^\\s*${CREDIT_LABEL}\\b`, 'iu');
/** "… on Saturday. Photo: Jane Doe / Agency", "… on Saturday.Foto: Agency" (read on the line's last 100 characters). */
const LABELLED_CREDIT = new RegExp(
  `(?:^|[.!?)”"] ?| )(${CREDIT_LABEL}(?: credit| courtesy| by)? ?: ?[\\p{Lu}\\p{N}][^.!?:;]{0,70})$`,
  'iu',
);
/** "… on Monday. REUTERS/Jane Doe", "… on Monday. Jane Doe/Agency", "… on Monday. AFP". */
const SLASHED_CREDIT = new RegExp(
  [
    String.raw`[.!?]["”’]? (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} ?\/ ?[\p{L}][\p{L} .'’&-]{1,40}|REUTERS`,
    '|Reuters|AFP|AP|EPA(?:-EFE)?|Getty Images|Xinhua|Anadolu|dpa|ANSA|EFE)$',
  ].join(''),
  'u',
);

/**
 * A photo credit ending a line, split from the caption before it: "Crews load the ferry. (Jane Doe / AGENCY)" →
 * caption "Crews load the ferry.", credit "(Jane Doe / AGENCY)". Null when the line ends with none, or nothing
 * is left before it.
 */
export function trailingCredit(text: string): { caption: string; credit: string } | null {
  const line = singleSpaced(text).trim();
  let at = -1;
  if (line.endsWith(')')) {
    // "(Name / AGENCY)", "(Photo: Name)": a short parenthesis with a slash or a credit label.
    const open = line.lastIndexOf('(');
    const inner = open >= 0 ? line.slice(open + 1, -1) : '';
    if (open > 0 && inner.length <= 80 && !inner.includes('(') && (inner.includes('/') || CREDIT_LABEL_FIRST.test(inner))) at = open;
  } else {
    const tail = line.length > 100 ? line.slice(-100) : line;
    const offset = line.length - tail.length;
    const labelled = LABELLED_CREDIT.exec(tail);
    const slashed = labelled ? null : SLASHED_CREDIT.exec(tail);
    const m = labelled ?? slashed;
    if (m) at = offset + m.index + m[0].length - m[1].length;
  }
  if (at <= 0) return null;
  const caption = line.slice(0, at).trim();
  return caption ? { caption, credit: line.slice(at).trim() } : null;
}
