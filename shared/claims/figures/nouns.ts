/**
 * Counted noun phrases: the noun a number counts ("18 security officers had …" → security officers), the subject of
 * the clause that a level verb sets ("the number of soldiers killed has risen to 19"), and who holds a share.
 */
import { countryKey, MONTHS_AND_DAYS } from '../../lexicon/english.ts';
import { OUTCOME_NOUNS, outcomeAfter, outcomeAt } from './outcomes.ts';

/** Words that end a counted noun phrase: function words, prepositions, adverbs, auxiliaries. */
export const NOT_A_NOUN = new Set(
  `including currently this these those thats its their his her our times of the a an and or to in on at by for from with as than
  that which who whom whose have has had were was are is been be being percent when after before while since because if until where
  still so far now then but into onto over under during amid per each ago later earlier along across near around outside inside
  within without between among against toward towards upon via through throughout beyond below above behind off up down out like
  except despite worldwide nationwide overall globally abroad apiece alone already altogether overnight yesterday today tonight late
  early more less most least instead too also just only even both all either neither some any every other such another same own very
  here there again back away about almost nearly roughly approximately will would could may might must should can shall did do does
  said says say told according home alive`.split(/\s+/),
);
const AUXILIARY = /^(had|have|has|were|was|are|is|been|will|would|could|may|might|must|should|did|do|does|can)$/i;
const VERBISH = new RegExp(
  '^(cast|remain|remains|remained|stay|stays|live|lives|work|works|say|says|face|faces|need|needs|took|take|takes|got|get|gets|' +
    'went|go|goes|came|come|comes|made|make|makes|gave|give|gives|saw|see|sees|told|tell|tells|left|leave|leaves|feel|felt|hold|' +
    'holds|lay|lie|lies|sat|stood|waited|wait|queue|queuing|sleeping|fled|died|rose|fell|sank|sunk|caught|burnt|struck|broke|' +
    'began|begin|begins|ran|spread|drove|flew|fought|won|lost|sold|bought|built|paid|kept|met|led|hit|shot|threw|grew|knew|drew|' +
    'dug|hung|became|become|becomes|include|includes|appear|appears|seem|seems|want|wants|try|tries|were|ate|spent|found|sent|' +
    'brought|lay)$',
  'i',
);
/** Words that look like verbs but are nouns too when counted: "120 lives", "40 works", "3,000 sent". */
const VERB_OR_NOUN = new RegExp(
  '^(lives|works|needs|faces|holds|leaves|tells|sees|gets|takes|makes|gives|work|need|face|hold|live|leave|queue|wait|lay|lie|' +
    'lies|try|tries|want|wants|lost|found|sent|met|led|hit|shot|spent|built|sold|paid)$',
);
/** Nouns ending in -ing, which do not end a noun phrase the way a participle does ("300 housing units"). */
const ING_NOUN = new RegExp(
  '^(building|housing|dwelling|offering|holding|earning|saving|filing|ceiling|clothing|bedding|rating|meeting|training|' +
    'shipping|funding|spending|bombing|shooting|shelling|fighting|killing|landing|opening|ending|morning|evening|warning|' +
    'wedding|recording|listing|setting|standing|timing|parking|marketing|boarding|lending|crossing|sibling|offspring)s?$',
);
/** Nouns and adjectives ending in -ly, which do not end a noun phrase the way an adverb does ("40 families"). */
const LY_NOUN = new RegExp(
  '^(family|families|ally|assembly|supply|reply|rally|anomaly|monopoly|italy|july|belly|bully|' +
    'jelly|lily|fly|holy|daily|weekly|monthly|quarterly|elderly)$',
);
/** Modifiers that say nothing about what is counted. */
const ADJECTIVES = new RegExp(
  '^(more|other|additional|further|new|young|armed|unarmed|local|foreign|civilian|military|injured|wounded|dead|confirmed|' +
    'total|estimated|reported|official|registered|some|about|only|just|first|last|latest|remaining|extra)$',
  'i',
);
/** Adjectives that stand for the counted people on their own: "the dead", "300 injured". */
const OUTCOME_ADJECTIVE = /^(dead|injured|wounded)$/;
/** Modifiers before a noun that carries an outcome that keep the count the same: "confirmed cases" are "cases". */
const SAME_COUNT_MODIFIER = /^(confirmed|reported|new|total|recorded|registered|official)$/;
/** Nouns that count people without saying anything else about them. */
export const PEOPLE = /^(people|persons|individuals|residents|inhabitants|others|men|women|children|adults)$/i;
/** Collective nouns that are not plural in form but are not modifiers either: "police and soldiers". */
const COLLECTIVE = /^(people|police|staff|personnel|crew|cattle)$/;
const PRONOUN = /^(they|them|it|its|their|he|she|we|you|this|that|these|those|which|who|one|ones)$/i;

const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const OPENS_QUOTE = /^["“”(]/;
const STARTS_WITH_DIGIT = /^\d/;
const PARTICIPLE = /^[a-z]{3,}ed$/;
const GERUND = /^[a-z]{3,}ing$/;
const ADVERB = /^[a-z]{3,}ly$/;
const ENDS_CLAUSE = /[,.;:]$/;
/** A word that closes the phrase with its punctuation: "officers," "troops." "(children)". */
const CLOSES_PHRASE = /[,.;:)!?]["'”’]*$|["”’]$/;

export const clean = (w: string) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d'’-]+$/gu, '').replace(/['’]s$/, '');

export interface NounPhrase {
  noun: string[];
  /** An outcome written before the noun as an adjective: "three affected models", "300 injured soldiers". */
  outcome?: string | null;
  /** The text after the noun phrase. */
  rest: string;
}

/** A function word, auxiliary or date: the noun phrase cannot go on through it. */
const stopsPhrase = (w: string, lower: string) => !w || NOT_A_NOUN.has(lower) || AUXILIARY.test(w) || MONTHS_AND_DAYS.has(lower);

/** An outcome word before a noun is an adjective ("three affected models"); before anything else, a verb. */
function isAdjectiveOutcome(raw: string, next: string): boolean {
  return /^[a-z]+$/.test(next) && !NOT_A_NOUN.has(next) && !AUXILIARY.test(next) && !outcomeAt(next) && !ENDS_CLAUSE.test(raw);
}

/**
 * The noun phrase ends at a verb: "thousands fled", "18 officers died", "40 protesters detained", "dozens remain
 * missing"; at a participle with no noun after it ("500,000 pledged by the agency"), a gerund or an adverb after
 * the noun ("three villages directly below").
 */
function endsAtVerb(raw: string, lower: string, next: string, nounCount: number, wordOutcome: string | null): boolean {
  if (wordOutcome || (nounCount > 0 && (PARTICIPLE.test(lower) || VERBISH.test(lower)))) return true;
  if (VERBISH.test(lower) && !VERB_OR_NOUN.test(lower)) return true;
  if (nounCount === 0 && PARTICIPLE.test(lower) && (!next || NOT_A_NOUN.has(next) || ENDS_CLAUSE.test(raw))) return true;
  if (nounCount > 0 && GERUND.test(lower) && !ING_NOUN.test(lower)) return true;
  return nounCount > 0 && ADVERB.test(lower) && !LY_NOUN.test(lower);
}

/**
 * "public and private schools" counts schools: coordinated modifiers are dropped and the head read on; "tents and
 * blankets", "12 and 14" are not modifiers.
 */
function coordinatedModifier(tokens: string[], i: number, lower: string): boolean {
  const second = tokens[i + 4] ?? '';
  const third = tokens[i + 6];
  return Boolean(
    tokens[i + 2] &&
      /^(and|or)$/i.test(tokens[i + 2]) &&
      !/s$/.test(lower) &&
      !PEOPLE.test(lower) &&
      !COLLECTIVE.test(lower) &&
      /^[a-z]+$/.test(second) &&
      !NOT_A_NOUN.has(second) &&
      !AUXILIARY.test(second) &&
      !/(?:ing|ed)$/.test(second) &&
      third &&
      /^[a-z]+[,.;:]?$/.test(third) &&
      !NOT_A_NOUN.has(third.replace(/[,.;:]$/, '')),
  );
}

/**
 * Suspended hyphen: "full- and part-time employees", "short- and long-range missiles". The first half ends in a hyphen
 * and shares the second half's ending; both modify the noun after them, which is what is counted (read as the noun
 * "full-" before, a count of nobody in particular).
 */
const SUSPENDED_HALF = /^[\p{L}]+-$/u;
const HYPHENATED_HALF = /^[\p{L}]+-[\p{L}]+$/u;
function suspendedHyphen(tokens: string[], i: number): boolean {
  return SUSPENDED_HALF.test(tokens[i]) && /^(?:and|or|to)$/i.test(tokens[i + 2] ?? '') && HYPHENATED_HALF.test(tokens[i + 4] ?? '');
}

/** The counted noun phrase at the start of `text` ("18 security officers had…" → security officers). */
export function readNoun(text: string, max = 4): NounPhrase {
  const tokens = text.replace(/^[\s-]+/, '').split(/(\s+)/);
  const noun: string[] = [];
  let outcome: string | null = null;
  let consumed = 0;
  let i = 0;
  for (; i < tokens.length && noun.length < max; i += 2) {
    const raw = tokens[i];
    if (!raw) break;
    if (DOTTED_ACRONYM.test(raw)) {
      // "200 U.S. troops": a dotted acronym is an adjective here. NATIONAL_ACRONYM: a country's ("U.S.", "U.K.") is kept
      // as the count's nationality, so "120,000 U.S. shoppers" is not taken for a count of "4,000 Canadian shoppers".
      if (countryKey(raw)) noun.push(raw.toLowerCase());
      consumed = i + 2;
      continue;
    }
    if (OPENS_QUOTE.test(raw) || STARTS_WITH_DIGIT.test(raw)) break;
    if (suspendedHyphen(tokens, i)) {
      i += 4; // "8,400 full- and part-time nurses": both halves are modifiers of the noun after them
      consumed = i + 2;
      continue;
    }
    const w = clean(raw);
    const lower = w.toLowerCase();
    if (stopsPhrase(w, lower)) break;
    const next = clean(tokens[i + 2] ?? '').toLowerCase();
    const wordOutcome = outcomeAt(lower);
    if (noun.length === 0 && !outcome && wordOutcome && isAdjectiveOutcome(raw, next)) {
      outcome = wordOutcome;
      consumed = i + 2;
      continue;
    }
    if (endsAtVerb(raw, lower, next, noun.length, wordOutcome)) break;
    noun.push(lower);
    consumed = i + 2;
    if (CLOSES_PHRASE.test(raw)) break;
    if (coordinatedModifier(tokens, i, lower)) {
      noun.length = 0;
      i += 4;
      consumed = i + 2;
    }
  }
  return { noun, outcome: noun.length ? outcome : null, rest: tokens.slice(noun.length || !outcome ? consumed : 0).join('') };
}

/** A noun phrase as it is compared: adjectives that say nothing dropped, nouns that carry an outcome split. */
export function normalNoun(noun: string[]): { noun: string; outcome: string | null } | null {
  // NATIONAL_ACRONYM: the country's initials stand before whatever else the noun keeps ("U.S. military personnel").
  const nation = noun.find((w) => DOTTED_ACRONYM.test(w.toUpperCase()));
  const read = normalWords(noun.filter((w) => w !== nation));
  return read && nation && !read.outcome ? { ...read, noun: `${nation} ${read.noun.split(' ').pop()}` } : read;
}

function normalWords(noun: string[]): { noun: string; outcome: string | null } | null {
  const ws = noun.map((w) => w.toLowerCase()).filter((w) => w && !PRONOUN.test(w));
  while (ws.length > 1 && ADJECTIVES.test(ws[0])) ws.shift();
  if (!ws.length || (ws.length === 1 && ADJECTIVES.test(ws[0]) && !OUTCOME_ADJECTIVE.test(ws[0]))) return null;
  if (ws[ws.length - 1] === 'others') ws[ws.length - 1] = 'people'; // "injuring 300 others"
  const head = ws[ws.length - 1];
  for (const [re, cls] of OUTCOME_NOUNS) {
    // "confirmed cases" and "cases" are the same count; "suspected cases" is another.
    if (re.test(head) && (ws.length === 1 || SAME_COUNT_MODIFIER.test(ws[ws.length - 2]))) return { noun: 'people', outcome: cls };
  }
  return { noun: ws.slice(-2).join(' '), outcome: null };
}

/** Where the clause holding position `at` starts: the subject of a level verb is looked for from there. */
const CLAUSE_BOUNDARY = new RegExp(
  '(?:[;:(—–]|\\b(?:that|said|says|say|shows?|showed|showing|whose|which|who|where)\\s+(?=[\\p{L}])|' +
    ',\\s+(?=(?:as|while|when|after|and|but|because|since|though|although|where|with|even as|wiping|bringing|leaving|taking|' +
    'sending|pushing)\\b)|\\b(?:as|while|when|because|although|though|whereas)\\s+(?=(?:the|a|an|its|their|his|her|[a-z]+s)\\b))',
  'giu',
);

export function clauseTail(text: string): string {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(text))) start = m.index + m[0].length;
  return text.slice(start);
}

/** Openers before the subject: "On Monday, …", "So far, …", "Meanwhile, …". */
const CLAUSE_OPENERS =
  /^\s*(?:(?:on|by|in|at|so|far|overall|meanwhile|now|today|yesterday|however|but|and|also|then|since|over|during|including)\b[^,]*,\s*)+/i;
const INJURY_TOLL = /\binjury toll\b/i;
const DEATH_TOLL = /\b(?:death toll|toll of the dead|toll)\b/i;
/** "the number of soldiers killed", "the total of displaced people": the quantity named through a count noun. */
const LIST_OF = /\blist\s+of\b/i;
const NUMBER_OF = /\b(?:number|total|tally|count|figure)\s+of\s+(.+)$/i;
const LEADING_DETERMINER = /^\s*(?:the|a|an|its|their|his|her|our|this|these|those|all|some)\s+/i;

export interface Subject {
  noun: string;
  outcome: string | null;
  raw: string[];
}

/** "the number of soldiers killed", "the number of dead": the counted noun after "number of". */
/**
 * QUALIFIED_COUNT: "the number of confirmed or presumed dead", "the tally of known and suspected cases": how sure the
 * count is qualifies it; what is counted is the noun after the qualifiers.
 */
const COUNT_QUALIFIERS =
  /^(?:(?:confirmed|presumed|suspected|probable|possible|reported|known|likely|official)\s*(?:,\s*|\s+(?:or|and|and\/or)\s+|\s+))+/i;

function numberOfSubject(phrase: string): Subject | null {
  const np = readNoun(phrase.replace(/^(?:the|all|its|their)\s+/i, '').replace(COUNT_QUALIFIERS, ''));
  const n = normalNoun(np.noun);
  if (!n) {
    const outcome = outcomeAfter(np.rest);
    return outcome ? { noun: 'people', outcome, raw: ['people'] } : null;
  }
  return { noun: n.noun, outcome: n.outcome ?? outcomeAfter(np.rest), raw: np.noun };
}

/**
 * A clause that opens with a verb ("… the earthquake that hit the city has risen to 75"): the clause boundary before
 * it was a relative pronoun inside the subject, whose head comes before it.
 */
const OPENS_WITH_VERB = new RegExp(
  String.raw`^\s*(?:[a-z]+ed|hit|struck|shook|hits|strikes|left|leaves|tore|swept|has|have|had|was|were|is|are|` +
    String.raw`will|would|may|might|could|can)\b`,
);
const RELATIVE_PRONOUN_END = /\b(?:that|which|who)\s*$/i;

/** The subject of the clause ending at a level or change verb: "The number of soldiers killed … has risen to". */
export function subjectOf(clause: string): Subject | null {
  const tail = clauseTail(clause);
  // "The death toll from the storm that struck the coast has risen to 31": the toll, not "hit".
  const before = clause.slice(0, clause.length - tail.length);
  if (OPENS_WITH_VERB.test(tail) && RELATIVE_PRONOUN_END.test(before)) {
    const head = before.replace(RELATIVE_PRONOUN_END, '');
    if (head.trim()) return subjectOf(head);
  }
  // LIST_AS_COUNT: "the list of people unaccounted for rose to 631" counts them, as "the number of" does.
  let text = tail.replace(CLAUSE_OPENERS, '').replace(LIST_OF, 'number of');
  if (INJURY_TOLL.test(text)) return { noun: 'people', outcome: 'injured', raw: ['toll'] };
  if (DEATH_TOLL.test(text)) return { noun: 'people', outcome: 'killed', raw: ['toll'] };
  const numberOf = text.match(NUMBER_OF);
  if (numberOf) return numberOfSubject(numberOf[1]);
  text = text.replace(LEADING_DETERMINER, '');
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (PRONOUN.test(clean(first))) return null;
  const np = readNoun(text, 3);
  const n = normalNoun(np.noun);
  return n ? { ...n, outcome: n.outcome ?? outcomeAfter(np.rest), raw: np.noun } : null;
}

/** Verbs of holding a share ("won 52% of the vote") and of holding a count ("the Greens took 14 seats"). */
const HOLDS_SHARE = new RegExp(
  String.raw`\b(?:won|wins|win|winning|took|takes|secured|secures|captured|captures|received|receives|` +
    String.raw`garnered|polled|holds|held|control|controls|controlled|owns|owned)\s*$`,
  'i',
);
const HOLDS_COUNT = /\b(?:won|wins|win|winning|secured|secures|captured|captures|holds|held|control|controls|controlled|owns|owned)\s*$/i;
/** "results gave Sadykov 61.4% of the ballots": the one given the share holds it. */
const GIVEN_SHARE = /\b(?:gave|give|gives|giving|put|puts|credited|showed|show|shows)\s+((?:[\p{Lu}][\p{L}’'-]+\s+){1,3})$/u;

/**
 * Who holds what a number counts when the verb before it says so: "Smith won 52% of the vote", "the Greens took
 * 14 seats". Another holder is another quantity.
 */
export function holderOf(pre: string, share = false): string | null {
  const verb = share ? pre.match(HOLDS_SHARE) : pre.match(HOLDS_COUNT);
  const given = share ? pre.match(GIVEN_SHARE) : null;
  if (given) return given[1].trim().toLowerCase().split(/\s+/).slice(-2).join(' ');
  if (!verb) return null;
  const s = subjectOf(pre.slice(0, verb.index));
  return s && s.noun !== 'people' ? s.raw.slice(-2).join(' ') : null;
}
