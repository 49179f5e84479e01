/**
 * Counts: what a number counts ("18 security officers killed"), from the noun after it, a level verb ("the death
 * toll rose to 41"), the noun before it ("the marchers, estimated to be 4,000") or the count before it ("killing
 * 41 people and injuring more than 300").
 */
import { isNationality, MEMBER_NOUNS, NUMBER_WORDS, PARTY_WORDS } from '../../lexicon/english.ts';
import { INCREMENT_AFTER, LEVEL_VERB } from './context.ts';
import type { Counted, FigureReading, Found } from './found.ts';
import { clauseTail, holderOf, normalNoun, PEOPLE, readNoun, subjectOf } from './nouns.ts';
import { aboutNoun, aboutOutcome, outcomeAfter, outcomeBefore } from './outcomes.ts';

/** "dozens of the residents", "a million of its users": what a vague or scaled number counts comes after "of". */
/**
 * "118 Conservative Party MPs", "12 Republican senators", "40 Labour MPs": the members of one party, a part of the
 * whole body's count ("432 MPs voted against"), not the same quantity: never an update of it, nor corroborated by it.
 */
const PARTY_MEMBERS = new RegExp(
  `^\\s+(?:(?:${PARTY_WORDS.join('|')})(?:\\s+Party)?|(?:\\p{Lu}\\p{L}+\\s+){1,2}Party|Tory|Tories)\\s+(?:${MEMBER_NOUNS.join('|')})\\b`,
  'u',
);
const OF_AFTER_VAGUE = /^\s*of\s+(?:the\s+|its\s+|their\s+)?/i;
/** "200 of those stores", "12 of the miners": a count of the noun after the partitive "of". */
const PARTITIVE_OF = /^\s*of\s+(?:the|those|these|its|their|his|her|our)\s+(?=(?:[a-z]+s|[a-z]*(?:men|people|children))\b)/i;
/** "a 3,000-strong force": the force is counted. */
const STRONG_AFTER = /^-strong\b/i;
/** "homes in the district and two nearby towns were damaged": a number inside a place phrase. */
const IN_PLACE_PHRASE = /\b(?:in|at|from|across|near|around|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:and|or)\s*$/i;
/** "sending 210,000 pupils home" deploys nobody. */
const SENT_HOME = /^\s*(?:home|back|away)\b/i;
/** "the marchers, estimated to be 4,000": the noun before the number. */
const NAMED_BEFORE =
  /(?:the|some|of)\s+([a-z]+(?:\s[a-z]+)?)\s*,?\s*(?:estimated|numbering|put|said|thought|believed)\s*(?:to be|at)?\s*$/i;
/** "bringing the death toll to 31", "bringing the total delivered to 500,000": the object names the quantity. */
const LEVEL_OBJECT = /^(?:bringing|brought|taking|took|pushing|pushed|raising|raised|putting|put)\s+(.*?)\s+(?:to|at)\b/i;
/**
 * REVISED_OBJECT: "revised the toll from the bombings down to 253", "lowered its estimate of the dead to 40": a verb
 * that can take the quantity as its object; the object names it, not the subject ("Officials revised …" counts no
 * officials). The same verbs stand alone too ("Deaths increased sharply to 50"): with no quantity in the object, the
 * subject before the verb is counted.
 */
const REVISED_OBJECT = new RegExp(
  String.raw`^(?:revised|lowered|cut|increased)((?:\s+(?!(?:down|up|upwards?|downwards?|to|at)\b)\S+)*)` +
    String.raw`\s+(?:(?:down|up|upwards?|downwards?)\s+)?(?:to|at)\b`,
  'i',
);
const NOT_AN_OBJECT = /^(?:\w+ly|by\s.*)$/i;
const TOTAL_OBJECT = /^(?:the\s+)?total\b/i;
const TOTAL = /\btotal\b/i;
/** "killing 41 people and injuring more than 300", "the 18 reported on Sunday": joined to the count before. */
const JOINED_GAP = /^[\s,]*(?:(?:and|or|but|with|including|among them|of whom|from|up from|down from|to|while)\b[^.;]{0,40})?$/i;
/** "19 fires: 12 in the US, …": a breakdown after a colon. */
const BREAKDOWN_GAP = /^\s+[\w\s-]{0,30}:\s*$/;
/** "12 in the US, four in South Korea": the next part of a breakdown. */
const NEXT_PART_GAP = /^\s+(?:in|from|at|on)\s+(?:the\s+)?[\p{Lu}][\p{L}\s]*?(?:,\s*and|,|and)\s*$/u;
/** How far (in characters) a count may be from the count before to be read as joined to it. */
const MAX_JOINED_GAP = 80;
const OF_AFTER = /^\s*of\s/i;
const AND_OR_GAP = /^[\s,]*(?:and|or|,)\s*$/i;
const FROM_TO = /\b(?:from|to)\b/i;
const IN_PLACE_AFTER = /^\s+(?:in|from|at|on)\s+(?:the\s+)?[\p{Lu}]/u;
/** "the threshold of five million doses" is a reference value, not a count. */
const REFERENCE_NOUN = /\b(threshold|limit|target|goal|cap|ceiling|quota|capacity|minimum|maximum|benchmark)\s+of\s*$/i;
/** "a town of 40,000", "home to 2 million": the people counted are a population. */
const POPULATION = new RegExp(
  String.raw`\b(?:(?:town|city|village|country|nation|region|province|district|state|island|community|` +
    String.raw`municipality|capital|port|suburb)\s+of|home to|population of|populated by)\s*$`,
  'i',
);
/** "400 patients a day": a rate, another quantity than the count. */
const RATE_AFTER = /^\s*(?:a|per|each|every)\s+(day|week|month|year|hour)\b(?!\s+(?:earlier|later|ago|before|after|on)\b)/i;

/**
 * NATIONALITY_AFTER: "32 passengers were Kenyan", "nine of the dead were Ugandan": the nationality said after the
 * count is the counted people's, as in "32 Kenyan passengers"; outlets write either, or "32 Kenyans".
 */
const NATIONALITY_AFTER = /^\s*(?:were|are|was|is)\s+(?:all\s+)?(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/u;

interface NounAndOutcome {
  noun: string | null;
  outcome: string | null;
}

/**
 * QUANTITY_IS: "The number of confirmed deaths is 11", "the death toll was 14", "Fatalities were 14": a copula after
 * the name of a quantity (a toll, "the number of …", a noun of casualties) sets its level as "stands at" does. After
 * any other subject it says nothing counted ("The driver was 45").
 */
const COPULA_END = /\s(?:is|was|are|were)\s*$/i;
const QUANTITY_NAME = /\b(?:toll|tally|(?:number|count|total)\s+of|deaths|fatalities|casualties|injuries)\b/i;

function countedByCopula(r: FigureReading, outcome: string | null): NounAndOutcome | null {
  const copula = r.pre.match(COPULA_END);
  if (!copula) return null;
  const clause = clauseTail(r.pre.slice(0, copula.index));
  if (!QUANTITY_NAME.test(clause)) return null;
  const s = subjectOf(clause);
  return s ? { noun: s.noun, outcome: s.outcome ?? outcome } : null;
}

/** "the death toll … rose to 41", "Confirmed cases reached 3,050": the subject before the verb is counted. */
function countedByLevelVerb(r: FigureReading, outcome: string | null): NounAndOutcome | null {
  const verb = r.pre.match(LEVEL_VERB);
  if (!verb) return countedByCopula(r, outcome);
  // "increased sharply to 50", "cut by a third to 40": an adverb or a change, no object.
  const revised = verb[0].match(REVISED_OBJECT)?.[1]?.trim().replace(NOT_AN_OBJECT, '');
  const object = verb[0].match(LEVEL_OBJECT)?.[1];
  const subject = () => subjectOf(r.pre.slice(0, verb.index));
  const s = revised
    ? (subjectOf(revised) ?? subject())
    : object && !TOTAL_OBJECT.test(object)
      ? subjectOf(object)
      : object
        ? null
        : subject();
  if (s) return { noun: s.noun, outcome: s.outcome ?? outcome };
  if (TOTAL.test(object ?? r.pre.slice(Math.max(0, (verb.index ?? 0) - 40))) && r.prev?.kind === 'count')
    return { noun: aboutNoun(r.prev.figure.about), outcome };
  return null;
}

/** "killing at least 41 people and injuring more than 300", "12 in the US": nothing counted after the number. */
function joinedToPrev(r: FigureReading): boolean {
  const { prev, gapToPrev } = r;
  return (
    prev?.kind === 'count' &&
    gapToPrev.length < MAX_JOINED_GAP &&
    (JOINED_GAP.test(gapToPrev) || BREAKDOWN_GAP.test(gapToPrev) || (prev.figure.role === 'part' && NEXT_PART_GAP.test(gapToPrev)))
  );
}

/** A number with nothing counted after it counts what the figure before it counted. */
function fromPrev(r: FigureReading, noun: string | null, outcome: string | null): NounAndOutcome {
  const prev = r.prev;
  if (prev?.kind !== 'count') return { noun, outcome };
  if (r.partOfPrev && OF_AFTER.test(r.after)) {
    noun = aboutNoun(prev.figure.about);
    outcome ??= aboutOutcome(prev.figure.about);
  }
  if (r.including) outcome ??= aboutOutcome(prev.figure.about);
  if (noun || !(joinedToPrev(r) || r.previous || r.increment || (outcome && outcome === prev.counted?.outcome))) return { noun, outcome };
  noun = aboutNoun(prev.figure.about);
  const continues = () => r.previous || r.increment || AND_OR_GAP.test(r.gapToPrev) || (!outcomeBefore(r.pre) && FROM_TO.test(r.gapToPrev));
  if (!outcome && continues()) outcome = aboutOutcome(prev.figure.about);
  // "19 fires: 12 in the US, four in South Korea": a breakdown of the figure before.
  if (!r.previous && !r.increment && IN_PLACE_AFTER.test(r.after)) r.figure.role = 'part';
  return { noun, outcome };
}

/**
 * REMAINS_AS_BODIES: "eight new sets of human remains were found" and "the remains of 12 people were recovered" count
 * bodies, as "eight more bodies were found" does: the sets, and the people whose remains they are, are not what is
 * counted.
 */
const SETS_OF_REMAINS = /^\s+(?:(?:new|more|further|additional|other)\s+)?sets?\s+of\s+(?:human\s+)?remains\b/i;
const REMAINS_OF = /\bremains\s+of\s+(?:the\s+|some\s+|at\s+least\s+|about\s+|nearly\s+|more\s+than\s+|another\s+)?$/i;
const REMAINS_OF_WHOM = /^(?:people|persons|victims|men|women|children|passengers|miners|workers|soldiers|migrants|crew)$/;

/**
 * PART_OF_COUNTED_WHOLE: "55 of the complex's 136 units were destroyed", "40 of its 120 stores will close": the first
 * number counts the nouns the sentence says something happened to; the second is the whole they belong to, which
 * nothing happened to (it is not "136 units destroyed").
 */
const POSSESSOR = String.raw`(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s\s+)?`;
const OF_COUNTED_WHOLE = new RegExp(String.raw`^\s+of\s+${POSSESSOR}\d[\d,]*\s+`, 'i');
const POSSESSOR_ONLY = new RegExp(`^${POSSESSOR}$`, 'i');
/** The text before a number ends "55 of the complex's" (or "nine of its"): the number is the whole of that part. */
function partBeforeWhole(pt: string): boolean {
  const at = pt.toLowerCase().lastIndexOf(' of ');
  if (at < 0 || !POSSESSOR_ONLY.test(pt.slice(at + 4))) return false;
  const part = (pt.slice(0, at).trim().split(/\s+/).pop() ?? '').toLowerCase();
  return /^\d[\d,.]*$/.test(part) || Object.hasOwn(NUMBER_WORDS, part);
}

/** "rose to 631 Thursday", "631 Thursday-and": the day the count was given, never what it counts (not-figures.ts: date). */
const WEEKDAY_AFTER = /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:-\w+)?\b/i;

/** A count: the counted noun and its outcome; null when nothing is counted (a bare number is no figure claim). */
export function readCount(r: FigureReading): Counted | null {
  const whole = partBeforeWhole(r.pt);
  const after = r.after.replace(OF_COUNTED_WHOLE, ' ').replace(WEEKDAY_AFTER, ' ');
  const countedText = (r.vague || r.scaleWord ? after.replace(OF_AFTER_VAGUE, ' ') : after.replace(PARTITIVE_OF, ' '))
    .replace(STRONG_AFTER, '')
    .replace(INCREMENT_AFTER, ' ');
  const np = readNoun(countedText);
  const n = normalNoun(np.noun);
  // "homes in the district and two nearby towns were damaged": a number inside a place phrase is not what the
  // verb after it is about; "sending 210,000 pupils home" deploys nobody.
  const inPlacePhrase = IN_PLACE_PHRASE.test(r.pt);
  const sentHome = SENT_HOME.test(np.rest);
  let outcome = n?.outcome ?? np.outcome ?? (inPlacePhrase ? null : outcomeAfter(np.rest)) ?? (sentHome ? null : outcomeBefore(r.pre));
  let noun = n?.noun ?? r.pt.match(NAMED_BEFORE)?.[1]?.toLowerCase() ?? null;
  if (SETS_OF_REMAINS.test(r.after) || (REMAINS_OF.test(r.pt) && REMAINS_OF_WHOM.test(noun?.split(' ').pop() ?? ''))) {
    noun = 'bodies';
    outcome = null;
  }
  if (!noun) ({ noun, outcome } = countedByLevelVerb(r, outcome) ?? { noun, outcome });
  ({ noun, outcome } = fromPrev(r, noun, outcome));
  const nationality = np.rest.match(NATIONALITY_AFTER)?.[1]?.toLowerCase();
  const national = !whole && nationality !== undefined && isNationality(nationality);
  // "Of the 48 passengers, 32 were Kenyan": a bare number said to be of a nationality counts that nation's people.
  if (!noun && !outcome && national && !np.noun.length) noun = 'people';
  if (whole && noun) outcome = null;
  if (!noun && !outcome) return null;
  noun ??= 'people';
  if (PEOPLE.test(noun) && !outcome && POPULATION.test(r.pt)) noun = 'population';
  // "the threshold of five million doses" is a reference value; "400 patients a day" a rate: other quantities.
  const reference = r.pt.match(REFERENCE_NOUN)?.[1]?.toLowerCase();
  const rate = np.rest.match(RATE_AFTER)?.[1]?.toLowerCase();
  const suffix = `${reference ? ` ${reference}` : ''}${rate ? ` per ${rate}` : ''}`;
  const holder = holderOf(r.pre);
  if (holder && !PEOPLE.test(noun)) noun = `${holder} ${noun}`;
  if (national && !noun.includes(' ')) noun = `${nationality} ${noun}`;
  r.figure.about = [noun, outcome].filter(Boolean).join(' ') + suffix;
  if (!r.figure.role && PARTY_MEMBERS.test(r.after)) r.figure.role = 'part';
  return { noun, outcome, suffix };
}

/** "26 attackers and 18 officers were killed": counts coordinated by "and", "or", "as well as" or a comma. */
const COORDINATED_GAP =
  /^\s+(?:[\w-]+\s+){0,3}?(?:and|or|as well as|,)\s+(?:(?:at least|more than|some|about|nearly|around|over|another)\s+)?$/i;

/**
 * "26 attackers and 18 officers were killed", "detained 14 contractors and two officials": coordinated counts
 * share the outcome one of them names.
 */
export function shareCoordinatedOutcomes(sentence: string, found: Found[]): void {
  const counts = found.filter((f) => f.counted).sort((a, b) => a.at - b.at);
  for (let i = 0; i + 1 < counts.length; i++) {
    const [a, b] = [counts[i], counts[i + 1]];
    if (!COORDINATED_GAP.test(sentence.slice(a.end, b.at).replace(/,\s*$/, ', '))) continue;
    const [from, to] =
      a.counted!.outcome && !b.counted!.outcome ? [a, b] : b.counted!.outcome && !a.counted!.outcome ? [b, a] : [null, null];
    if (!from || !to || (PEOPLE.test(to.counted!.noun) && to.counted!.noun !== 'people')) continue;
    to.counted!.outcome = from.counted!.outcome;
    to.figure.about = `${to.counted!.noun} ${to.counted!.outcome}${to.counted!.suffix}`;
  }
}
