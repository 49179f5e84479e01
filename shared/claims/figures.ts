/**
 * Figures: value, unit, qualifier and what is counted. "at least 18 security officers had been killed" →
 * { value: 18, qualifier: 'at least', range: [18, ∞), about: 'security officers killed' }. Vague quantities
 * ("dozens") become ranges, never false precision; years, dates, times, ordinals, ages and named pairs ("the two
 * sides") are not figures.
 *
 * `about` is what the figure measures, so that two figures are compared only when they measure the same thing:
 * - counts: the counted noun and the outcome class ("people killed", "civilians killed", "fires"), taken from the
 *   noun after the number, the verb that governs it ("killing at least 41 people"), or the subject of a level verb
 *   ("the death toll rose to 63", "the number of soldiers killed has risen to 19", "Deaths rose to 27");
 * - money: what the money is ("cost", "aid", "price target", "share price", …; "money" when nothing says);
 * - percentages: a change of something ("shares decrease") or a share of something ("fleet");
 * - measures: what is measured ("depth", "distance southeast of yenikale"); magnitudes ("earthquake magnitude").
 * Internal fields say how a figure relates to the quantity: `anchor` (another year or event: "the 1999 earthquake,
 * which killed 17,000"), `period` (what a change is measured over), `role` (an earlier value, an addition, a part).
 */
import type { Figure } from '../types.ts';
import { FOLD_WORDS, MONTHS_AND_DAYS, MULTIPLIER_WORDS, NUMBER_WORDS, QUALIFIERS, VAGUE } from '../lexicon/english.ts';

const NW = Object.keys(NUMBER_WORDS).join('|');
const WORD_NUMBER = `(?:${NW})(?:(?:[- ]|(?<=hundred) and )(?:${NW})){0,3}`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const VAGUE_WORDS = 'tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions';
const CURRENCY_SIGN = String.raw`(?:US\$|C\$|A\$|HK\$|[$€£¥₹]|(?:USD|EUR|GBP|JPY|CHF|CNY)(?= ?\d))`;
const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  m: 1e6,
  k: 1e3,
};
/** Groups: 1 currency sign, 2 number, 3 scale written onto the digits ("1.2bn"), 4 scale after a space, 5 percent. */
const FIGURE_RE = new RegExp(
  String.raw`(?<![\w.-])(?<!\d,)(${CURRENCY_SIGN}\s?)?(${VAGUE_WORDS}|${DIGITS}|${WORD_NUMBER})(?:(bn|mn|mln|tn|m|k)\b|\b(?:\s(thousand|million|billion|trillion|bn|mn|mln|tn)\b)?)(\s?(?:%|percent\b|per cent\b|percentage points?\b))?(?![\w-]*\d)(?![-\s]?fold)`,
  'gi',
);
const FOLD_RE = /\b(\w+)[- ]?fold\b/gi;
/** A qualifier right before a multiplier ("nearly doubled", "more than a threefold rise"), with the space before it. */
const MULTIPLIER_QUALIFIER = /\s*\b(more than|nearly|almost|about|roughly|around|over|at least|close to)\s*$/i;
/** Light verbs before a change noun ("fuel costs saw a threefold rise"): the subject is before them. */
const LIGHT_VERBS = 'saw|see|sees|seen|posted|recorded|showed|show|shows|marked|registered|reported|suffered|experienced';
const LIGHT_VERB = new RegExp(`\\b(?:${LIGHT_VERBS})\\s+(?:a|an|the)?\\s*$`, 'i');
const LIGHT_VERB_BEFORE = new RegExp(`\\s+(?:${LIGHT_VERBS})?\\s*(?:a|an|the)?\\s*$`, 'i');
const MULTIPLIER_RE = new RegExp(`\\b(${Object.keys(MULTIPLIER_WORDS).join('|')})\\b`, 'gi');
const MULTIPLIER_HINT = /doubl|tripl|quadrupl|halv/i;
/** "6.8-magnitude quake", "magnitude-7.0 earthquake", "a magnitude 5.1 tremor", "measured its magnitude at 6.8". */
const QUAKE = '(quake|earthquake|temblor|tremor|aftershock)s?';
/** The quake a magnitude names right after it ("a 6.8 magnitude earthquake"). */
const QUAKE_AFTER = new RegExp(`^\\s*${QUAKE}`, 'i');
const MAGNITUDE_RES = [
  new RegExp(String.raw`\b(\d{1,2}(?:\.\d)?)[-\s]magnitude\b(?:\s+${QUAKE})?`, 'gi'),
  new RegExp(String.raw`\bmagnitude[-\s](\d{1,2}(?:\.\d)?)\b(?:\s+${QUAKE})?`, 'gi'),
  new RegExp(
    String.raw`\bmagnitude\b(?:\s+of\s+(?:the|this|that)\s+${QUAKE})?(?:\s+[\w’']+){0,3}?\s+(?:at|to|of|was|is|as)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?(\d{1,2}(?:\.\d)?)\b(?!\s*(?:%|per))`,
    'gi',
  ),
  /\b(\d{1,2}(?:\.\d)?)\s+on the Richter scale\b/gi,
];

const CURRENCY_WORDS =
  /^\s*(?:of\s+)?(dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?|tenge|rupees?|francs?|lira|liras|pesos?|reais|real|won|rand|zlotys?|zloty|taka|naira|shillings?|usd|eur|gbp|bitcoins?|btc)\b/i;
const TIME_UNITS =
  /^\s*(years?|months?|weeks?|days?|hours?|minutes?|mins?\b|seconds?|secs?\b|decades?|centuries|century|nights?|a\.m\.|p\.m\.|am\b|pm\b|o'clock|gmt\b|utc\b|local time|hrs\b)/i;
const MEASURE_UNITS: Array<[RegExp, string]> = [
  [/^\s*(?:km\/h|kph|kmh|kilomet(?:re|er)s (?:per|an) hour)\b/i, 'km/h'],
  [/^\s*(?:mph|miles (?:per|an) hour)\b/i, 'mph'],
  [/^\s*(?:square\s+)?(?:kilomet(?:re|er)s?|km)\b/i, 'km'],
  [/^\s*miles?\b/i, 'mi'],
  [/^\s*(?:met(?:re|er)s?|m)\b(?!\s*(?:dollars|euros|people))/i, 'm'],
  [/^\s*(?:centimet(?:re|er)s?|cm)\b/i, 'cm'],
  [/^\s*(?:millimet(?:re|er)s?|mm)\b/i, 'mm'],
  [/^\s*(?:feet|foot|ft)\b/i, 'ft'],
  [/^\s*(?:kilo(?:gram(?:me)?)?s?|kg)\b/i, 'kg'],
  [/^\s*(?:tonnes?|tons?)\b/i, 't'],
  [/^\s*hectares?\b/i, 'ha'],
  [/^\s*acres?\b/i, 'acre'],
  [/^\s*(?:degrees?|°)\s*(?:celsius|c\b|fahrenheit|f\b)?/i, '°'],
  [/^\s*(?:litres?|liters?)\b/i, 'l'],
  [/^\s*barrels?\b/i, 'bbl'],
  [/^\s*(?:megawatts?|mw)\b/i, 'MW'],
  [/^\s*(?:gigawatts?|gw)\b/i, 'GW'],
];
/** Verbs of a fire, flood or storm going over an area. */
const AREA_VERB =
  /\b(?:burn(?:ed|t|ing|s)?|scorch(?:ed|ing)?|charr(?:ed|ing)|blacken(?:ed|ing)|consum(?:ed|ing)|razed|ravag(?:ed|ing)|swept|flooded|inundated|submerged)\b/i;
/** What a measure measures when the words before it say ("a shallow depth of 10 km"). */
const MEASURE_NOUN =
  /\b(depth|height|length|distance|width|radius|altitude|elevation|area|diameter|range|speed|temperature|weight|volume|capacity)s?\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|up to\s+)?$/i;

/** Words that end a counted noun phrase: function words, prepositions, adverbs, auxiliaries. */
const NOT_A_NOUN = new Set(
  `including currently this these those thats its their his her our times of the a an and or to in on at by for from with as than that which
  who whom whose have has had were was are is been be being percent when after before while since because if until where still so far now then
  but into onto over under during amid per each ago later earlier along across near around outside inside within without between among against
  toward towards upon via through throughout beyond below above behind off up down out like except despite worldwide nationwide overall globally
  abroad apiece alone already altogether overnight yesterday today tonight late early more less most least instead too also just only even both all
  either neither some any every other such another same own very here there again back away about almost nearly roughly approximately
  will would could may might must should can shall did do does said says say told according home`.split(/\s+/),
);
const AUXILIARY = /^(had|have|has|were|was|are|is|been|will|would|could|may|might|must|should|did|do|does|can)$/i;
const VERBISH =
  /^(cast|remain|remains|remained|stay|stays|live|lives|work|works|say|says|face|faces|need|needs|took|take|takes|got|get|gets|went|go|goes|came|come|comes|made|make|makes|gave|give|gives|saw|see|sees|told|tell|tells|left|leave|leaves|feel|felt|hold|holds|lay|lie|lies|sat|stood|waited|wait|queue|queuing|sleeping|fled|died|rose|fell|sank|sunk|caught|burnt|struck|broke|began|begin|begins|ran|spread|drove|flew|fought|won|lost|sold|bought|built|paid|kept|met|led|hit|shot|threw|grew|knew|drew|dug|hung|became|become|becomes|include|includes|appear|appears|seem|seems|want|wants|try|tries|were|ate|spent|found|sent|brought|lay)$/i;
/** Modifiers that say nothing about what is counted. */
const ADJECTIVES =
  /^(more|other|additional|further|new|young|armed|unarmed|local|foreign|civilian|military|injured|wounded|dead|confirmed|total|estimated|reported|official|registered|some|about|only|just|first|last|latest|remaining|extra)$/i;
/** Nouns that count people without saying anything else about them. */
const PEOPLE = /^(people|persons|individuals|residents|inhabitants|others|men|women|children|adults)$/i;
const PRONOUN = /^(they|them|it|its|their|he|she|we|you|this|that|these|those|which|who|one|ones)$/i;

/** What happened to the counted people or things, right after the noun phrase ("… were killed", "… fled their homes"). */
const OUTCOME_AFTER: Array<[RegExp, string]> = [
  [
    /^(?:killed|died|dead|slain|perished|murdered|executed|drowned|lost (?:their|his|her) lives|(?:have|had) been killed|were killed|confirmed dead|feared dead|buried)\b/i,
    'killed',
  ],
  [
    /^(?:injured|wounded|hurt|hospitali[sz]ed|suffered (?:\w+ )?(?:injuries|wounds|burns)|treated for (?:\w+ )?(?:injuries|wounds|burns))\b/i,
    'injured',
  ],
  [/^(?:arrested|detained|held|jailed|imprisoned|taken into custody|in custody)\b/i, 'arrested'],
  [
    /^(?:evacuated|displaced|fled|uprooted|relocated|made homeless|left homeless|homeless|forced (?:out of|from) (?:their|his|her) homes?|(?:left|fled) (?:their|his|her) homes?|(?:living|staying|remain(?:s|ed)?|sleeping) (?:in|at) (?:tents|shelters|(?:relief |evacuation |temporary )?camps|evacuation cent(?:re|er)s|relief cent(?:re|er)s|schools)|sheltering|in shelters|in tents|in (?:relief |evacuation )?camps|(?:out of|from|away from) (?:their|his|her) homes?)\b/i,
    'evacuated',
  ],
  [/^(?:missing|unaccounted)\b/i, 'missing'],
  [/^(?:rescued|saved|pulled (?:out )?alive)\b/i, 'rescued'],
  [/^(?:deployed|dispatched|sent|stationed|mobili[sz]ed)\b/i, 'deployed'],
  [/^(?:infected|fell ill|tested positive|sickened|contracted)\b/i, 'infected'],
  [/^(?:vaccinated|immuni[sz]ed|inoculated)\b/i, 'vaccinated'],
  [
    /^(?:destroyed|collapsed|flattened|razed|levell?ed|demolished|(?:burned|burnt) down|gutted|swept away|washed away|reduced to (?:rubble|ashes|ash|cinders))\b/i,
    'destroyed',
  ],
  [/^(?:damaged|declared unsafe|cracked|flooded)\b/i, 'damaged'],
  [
    /^(?:affected|impacted|(?:had|have|has) (?!been\b)(?:their |its )?(?:[\w,]+\s+){1,5}?(?:disrupted|cancell?ed|postponed|delayed))\b/i,
    'affected',
  ],
  [/^(?:survived|survive|escaped alive|were pulled alive)\b/i, 'survived'],
];
/** Words between the noun phrase and its outcome: "were also killed", "are now confirmed dead", "have been forced". */
const OUTCOME_GAP =
  /^(?:were|was|have|has|had|been|are|is|be|being|remain|remains|remained|now|still|also|reportedly|all|later|already|either|then|initially|officially|so|far|believed|thought|known|feared|reported|said|to|confirmed|being|subsequently|eventually|allegedly)$/i;
/** A verb governing the number: "killing at least 41 people", "detained 14 contractors". */
const OUTCOME_BEFORE: Array<[RegExp, string]> = [
  [/\b(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|left dead)\s*$/i, 'killed'],
  [/\b(?:injuring|injured|injures|wounding|wounded|wounds|hurting)\s*$/i, 'injured'],
  [/\b(?:arresting|arrested|arrests|detaining|detained|detains|jailing|jailed|rounded up)\s*$/i, 'arrested'],
  [/\b(?:displacing|displaced|evacuating|evacuated|evacuate|uprooting|uprooted)\s*$/i, 'evacuated'],
  [/\b(?:rescuing|rescued|rescue|saving|saved)\s*$/i, 'rescued'],
  [/\b(?:deploying|deployed|deploy|dispatching|dispatched|sending|sent|send|stationed|mobili[sz]ed|mobili[sz]ing)\s*$/i, 'deployed'],
  [/\b(?:infecting|infected|sickening|sickened)\s*$/i, 'infected'],
  [/\b(?:vaccinating|vaccinated|vaccinate|immuni[sz]ing|immuni[sz]ed|inoculated)\s*$/i, 'vaccinated'],
  [/\b(?:destroying|destroyed|destroys|flattening|flattened|razing|razed|levelling|leveling)\s*$/i, 'destroyed'],
  [/\b(?:damaging|damaged|damages)\s*$/i, 'damaged'],
  [/\b(?:affecting|affected|affects)\s*$/i, 'affected'],
];
/** Nouns that carry their outcome: "18 deaths" counts people killed, "1,240 cases" people infected. */
const OUTCOME_NOUNS: Array<[RegExp, string]> = [
  [/^(?:deaths?|dead|fatalities|fatality|lives)$/i, 'killed'],
  [/^(?:injuries|injured|wounded)$/i, 'injured'],
  [/^(?:arrests|detentions)$/i, 'arrested'],
  [/^(?:evacuees|displaced)$/i, 'evacuated'],
  [/^(?:cases|infections)$/i, 'infected'],
  [/^(?:survivors)$/i, 'survived'],
];

/** A verb that sets the level of a quantity whose name came before it: "rose to", "reached", "stands at". */
const LEVEL_VERB =
  /\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|grew|grown|grows|fell|fallen|falls|dropped|drops|declined|declines|decreased|revised|raised|raising|raises|lowered|cut|expanded|widened|brought|bringing|pushing|pushed|put|puts|putting|tripled|doubled|quadrupled|swelled|surged|soared)(?:\s+[\w’',-]+){0,7}?\s+(?:to|at)(?:\s+(?:the|a)\s+(?:full|record|total of|new high of|new record of))?|(?:reached|reaches|reaching|hit|hits|totals?|totall?ed|totall?ing|surpassed|passed|topped|exceeded|numbered|numbers|stands? at|stood at|standing at|remained at|remains at|stayed at|unchanged at|was at|is at|is now|was now|now stands at))\s*$/i;
/** Change verbs for percentages, multipliers and "by" amounts; the direction is the concept compared. */
const INCREASE_WORDS =
  'rose|risen|rise|rises|rising|up|gained|gains|gain|climbed|climbs|jumped|jumps|grew|grown|grows|increased|increases|strengthened|surged|soared|raised|higher|advanced|added|rallied|spiked';
const DECREASE_WORDS =
  'fell|fallen|falls|fall|down|lost|loses|lose|slid|slides|slipped|weakened|dropped|drops|plunged|plummeted|declined|declines|decreased|shrank|shrunk|sank|tumbled|lower|eased|shed|retreated|slumped|dipped';
const INCREASE_WORD = new RegExp(`^(${INCREASE_WORDS})$`, 'i');
/** "raised by $5 million", "cut the budget by …": the verb of a change of money, and which way it goes. */
const MONEY_CHANGE_BY = new RegExp(
  `\\b(${INCREASE_WORDS}|${DECREASE_WORDS}|cut|reduced|raised|lifted|boosted)\\b(?:\\s+[\\w’']+){0,4}$`,
  'i',
);
const MONEY_INCREASE = new RegExp(`^(${INCREASE_WORDS}|raised|lifted|boosted)$`, 'i');
const CHANGE_BEFORE = new RegExp(
  `\\b(${INCREASE_WORDS}|${DECREASE_WORDS}|cut|reduced)((?:\\s+(?:by|another|further|some|about|around|nearly|almost|more than|over|roughly|just|only|as much as|a))*)\\s*$`,
  'i',
);
const CHANGE_NOUN_AFTER =
  /^\s*(?:(rise|increase|jump|gain|growth|hike|surge|spike)|(fall|drop|decline|decrease|cut|reduction|slump|loss|contraction))\s+in\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z\s'’-]*)/i;
/** A reference value, not a count: "the emergency threshold of five million doses". */
const REFERENCE_NOUN = /\b(threshold|limit|target|goal|cap|ceiling|quota|capacity|minimum|maximum|benchmark)\s+of\s*$/i;
const POPULATION =
  /\b(?:(?:town|city|village|country|nation|region|province|district|state|island|community|municipality|capital|port|suburb)\s+of|home to|population of|populated by)\s*$/i;
/** An earlier value of the quantity: "up from 6.8", "to $38 from $52", "first declared in three provinces". */
const PREVIOUS_BEFORE =
  /\bon top of (?:the |its |their )?$|\b(?:times|twice|half|double|triple)\s+(?:the|its|their)\s*$|(?:\b(?:up|down)\s+from|\bfrom)\s+(?:(?:the|its|an?|their|his|her)\s+)?(?:(?:initial|earlier|previous|original|first|last|prior)\s+)?(?:(?:estimate|reading|figure|count|forecast|total|level|toll|tally)\s+of\s+)?$|\b(?:first|initially|originally|previously|until now|formerly)\s+(?:[\w’']+\s+){0,2}?(?:\w+ed|set|put|held|limited|confined)\s+(?:[\w’']+\s+){0,2}?$/i;
/** An addition or a remainder, not the total: "200 additional workers", "the remaining 320,000", "18 more". */
const INCREMENT_BEFORE =
  /\b(?:a further|another further|further|additional|an additional|extra|an extra|remaining|the remaining|the rest of|the other|a second|a third|the last)\s*$/i;
const INCREMENT_AFTER = /^\s*(?:more|additional|extra|further|new)\b/i;
/** Years an event is anchored to ("in 2008", "the 1999 earthquake", "since 1992, when"), not "since 2019". */
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

const QUAKE_NORMAL: Record<string, string> = {
  quake: 'earthquake',
  earthquake: 'earthquake',
  temblor: 'earthquake',
  tremor: 'tremor',
  aftershock: 'aftershock',
};

function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().trim();
  if (/^[\d.,]+$/.test(text)) return Number(text.replace(/,/g, ''));
  const parts = text.split(/[- ]+/).filter((p) => p !== 'and');
  let value = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    // "two hundred", "two dozen" multiply; "twenty-six" adds.
    value = n === 100 || n === 12 ? (value || 1) * n : value + n;
  }
  return value;
}

const clean = (w: string) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d'’-]+$/gu, '').replace(/['’]s$/, '');

interface NounPhrase {
  noun: string[];
  /** An outcome written before the noun as an adjective: "three affected models", "300 injured soldiers". */
  outcome?: string | null;
  /** The text after the noun phrase. */
  rest: string;
}

/** The counted noun phrase at the start of `text` ("18 security officers had…" → security officers). */
function readNoun(text: string, max = 4): NounPhrase {
  const tokens = text.replace(/^[\s-]+/, '').split(/(\s+)/);
  const noun: string[] = [];
  let outcome: string | null = null;
  let consumed = 0;
  let i = 0;
  for (; i < tokens.length && noun.length < max; i += 2) {
    const raw = tokens[i];
    if (!raw) break;
    if (/^(?:\p{Lu}\.){2,}$/u.test(raw)) {
      consumed = i + 2;
      continue; // "200 U.S. troops": a dotted acronym is an adjective here
    }
    if (/^["“”(]/.test(raw) || /^\d/.test(raw)) break;
    const w = clean(raw);
    const lower = w.toLowerCase();
    if (!w || NOT_A_NOUN.has(lower) || AUXILIARY.test(w) || MONTHS_AND_DAYS.has(lower)) break;
    // The noun phrase ends at a verb: "thousands fled", "18 officers died", "40 protesters detained"; before a noun
    // the same word is an adjective: "three affected models".
    const next = clean(tokens[i + 2] ?? '').toLowerCase();
    const wordOutcome = outcomeAt(lower);
    if (
      noun.length === 0 &&
      !outcome &&
      wordOutcome &&
      /^[a-z]+$/.test(next) &&
      !NOT_A_NOUN.has(next) &&
      !AUXILIARY.test(next) &&
      !outcomeAt(next) &&
      !/[,.;:]$/.test(raw)
    ) {
      outcome = wordOutcome;
      consumed = i + 2;
      continue;
    }
    if (wordOutcome || (noun.length > 0 && (/^[a-z]{3,}ed$/.test(lower) || VERBISH.test(lower)))) break;
    if (
      VERBISH.test(lower) &&
      !/^(lives|works|needs|faces|holds|leaves|tells|sees|gets|takes|makes|gives|work|need|face|hold|live|leave|queue|wait|lay|lie|lies|try|tries|want|wants|lost|found|sent|met|led|hit|shot|spent|built|sold|paid)$/.test(
        lower,
      )
    )
      break; // "dozens remain missing"
    // "500,000 pledged by the agency": a participle with no noun after it is a verb, not an adjective.
    if (noun.length === 0 && /^[a-z]{3,}ed$/.test(lower) && (!next || NOT_A_NOUN.has(next) || /[,.;:]$/.test(raw))) break;
    if (
      noun.length > 0 &&
      /^[a-z]{3,}ing$/.test(lower) &&
      !/^(building|housing|dwelling|offering|holding|earning|saving|filing|ceiling|clothing|bedding|rating|meeting|training|shipping|funding|spending|bombing|shooting|shelling|fighting|killing|landing|opening|ending|morning|evening|warning|wedding|recording|listing|setting|standing|timing|parking|marketing|boarding|lending|crossing|sibling|offspring)s?$/.test(
        lower,
      )
    )
      break;
    // "three villages directly below": an adverb ends the noun phrase.
    if (
      noun.length > 0 &&
      /^[a-z]{3,}ly$/.test(lower) &&
      !/^(family|families|ally|assembly|supply|reply|rally|anomaly|monopoly|italy|july|belly|bully|jelly|lily|fly|holy|daily|weekly|monthly|quarterly|elderly)$/.test(
        lower,
      )
    )
      break;
    noun.push(lower);
    consumed = i + 2;
    if (/[,.;:)!?]["'”’]*$|["”’]$/.test(raw)) break;
    // "public and private schools" counts schools: coordinated modifiers are dropped and the head read on;
    // "tents and blankets", "12 and 14" are not modifiers.
    const second = tokens[i + 4] ?? '';
    if (
      tokens[i + 2] &&
      /^(and|or)$/i.test(tokens[i + 2]) &&
      !/s$/.test(lower) &&
      !PEOPLE.test(lower) &&
      !/^(people|police|staff|personnel|crew|cattle)$/.test(lower) &&
      /^[a-z]+$/.test(second) &&
      !NOT_A_NOUN.has(second) &&
      !AUXILIARY.test(second) &&
      !/(?:ing|ed)$/.test(second) &&
      tokens[i + 6] &&
      /^[a-z]+[,.;:]?$/.test(tokens[i + 6]) &&
      !NOT_A_NOUN.has(tokens[i + 6].replace(/[,.;:]$/, ''))
    ) {
      noun.length = 0;
      i += 4;
      consumed = i + 2;
    }
  }
  return { noun, outcome: noun.length ? outcome : null, rest: tokens.slice(noun.length || !outcome ? consumed : 0).join('') };
}

function outcomeAt(word: string): string | null {
  for (const [re, cls] of OUTCOME_AFTER) if (re.test(word) && !/^(held|sent|left|all)$/.test(word)) return cls;
  return null;
}

/** The outcome right after the noun phrase, over auxiliaries and adverbs: "… are now confirmed dead". */
function outcomeAfter(rest: string): string | null {
  // "Four civilians, among them a boy, were also killed": over an aside about some of them.
  let text = rest
    .replace(
      /^\s*,?\s*(?:among them|including|most of them|many of them|all of them|some of them|mostly|mainly|many|most)\b[^,;.]{0,60},/i,
      ' ',
    )
    .replace(/^\s*,?\s*(?:who|that|which)\s+/i, ' ')
    // "2,000 buildings in the province have been declared unsafe": over a short place phrase before the verb.
    .replace(
      /^\s*(?:in|on|at|across|from|near|around|throughout|along)\s+(?:[\p{L}’'-]+\s+){1,6}?(?=(?:were|was|have|has|had|are|is)\s)/iu,
      ' ',
    )
    .trimStart();
  for (let guard = 0; guard < 6; guard++) {
    for (const [re, cls] of OUTCOME_AFTER) if (re.test(text)) return cls;
    const m = text.match(/^([\w’']+)[\s,]+/);
    if (!m || !OUTCOME_GAP.test(m[1])) return null;
    text = text.slice(m[0].length);
  }
  return null;
}

function outcomeBefore(pre: string): string | null {
  for (const [re, cls] of OUTCOME_BEFORE) if (re.test(pre)) return cls;
  return null;
}

/** A noun phrase as it is compared: adjectives that say nothing dropped, nouns that carry an outcome split. */
function normalNoun(noun: string[]): { noun: string; outcome: string | null } | null {
  const ws = noun.map((w) => w.toLowerCase()).filter((w) => w && !PRONOUN.test(w));
  while (ws.length > 1 && ADJECTIVES.test(ws[0])) ws.shift();
  if (!ws.length || (ws.length === 1 && ADJECTIVES.test(ws[0]) && !/^(dead|injured|wounded)$/.test(ws[0]))) return null;
  if (ws[ws.length - 1] === 'others') ws[ws.length - 1] = 'people'; // "injuring 300 others"
  const head = ws[ws.length - 1];
  for (const [re, cls] of OUTCOME_NOUNS) {
    // "confirmed cases" and "cases" are the same count; "suspected cases" is another.
    if (re.test(head) && (ws.length === 1 || /^(confirmed|reported|new|total|recorded|registered|official)$/.test(ws[ws.length - 2])))
      return { noun: 'people', outcome: cls };
  }
  return { noun: ws.slice(-2).join(' '), outcome: null };
}

/** Where the clause holding position `at` starts: the subject of a level verb is looked for from there. */
const CLAUSE_BOUNDARY =
  /(?:[;:(—–]|\b(?:that|said|says|say|shows?|showed|showing|whose|which|who|where)\s+(?=[\p{L}])|,\s+(?=(?:as|while|when|after|and|but|because|since|though|although|where|with|even as|wiping|bringing|leaving|taking|sending|pushing)\b)|\b(?:as|while|when|because|although|though|whereas)\s+(?=(?:the|a|an|its|their|his|her|[a-z]+s)\b))/giu;

function clauseTail(text: string): string {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(text))) start = m.index + m[0].length;
  return text.slice(start);
}

/** The subject of the clause ending at a level or change verb: "The number of soldiers killed … has risen to". */
function subjectOf(clause: string): { noun: string; outcome: string | null; raw: string[] } | null {
  let text = clauseTail(clause).replace(
    /^\s*(?:(?:on|by|in|at|so|far|overall|meanwhile|now|today|yesterday|however|but|and|also|then|since|over|during|including)\b[^,]*,\s*)+/i,
    '',
  );
  if (/\binjury toll\b/i.test(text)) return { noun: 'people', outcome: 'injured', raw: ['toll'] };
  if (/\b(?:death toll|toll of the dead|toll)\b/i.test(text)) return { noun: 'people', outcome: 'killed', raw: ['toll'] };
  const numberOf = text.match(/\b(?:number|total|tally|count|figure)\s+of\s+(.+)$/i);
  if (numberOf) {
    const np = readNoun(numberOf[1].replace(/^(?:the|all|its|their)\s+/i, ''));
    const n = normalNoun(np.noun);
    if (!n) {
      // "the number of dead", "the number of injured"
      const outcome = outcomeAfter(np.rest);
      return outcome ? { noun: 'people', outcome, raw: ['people'] } : null;
    }
    return { noun: n.noun, outcome: n.outcome ?? outcomeAfter(np.rest), raw: np.noun };
  }
  text = text.replace(/^\s*(?:the|a|an|its|their|his|her|our|this|these|those|all|some)\s+/i, '');
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (PRONOUN.test(clean(first))) return null;
  const np = readNoun(text, 3);
  const n = normalNoun(np.noun);
  return n ? { ...n, outcome: n.outcome ?? outcomeAfter(np.rest), raw: np.noun } : null;
}

/** What money is: the nearest word that says so, in the clause around the amount. */
const MONEY_KINDS: Array<[RegExp, string]> = [
  [/\bprice[- ]targets?\b/gi, 'price target'],
  [/\b(?:market value|market capitali[sz]ation|valuation|valuing|valued|worth)\b/gi, 'market value'],
  [/\b(?:shares?|stock|share price|stock price)\b/gi, 'share price'],
  [/\b(?:costs?|costing|bill|charges?|expenses?|price tag|damages?|repairs?)\b/gi, 'cost'],
  [/\b(?:revenues?|sales|turnover)\b/gi, 'revenue'],
  [/\b(?:profits?|earnings|net income|loss|losses)\b/gi, 'profit'],
  [/\b(?:fines?|fined|penalt(?:y|ies)|settlement)\b/gi, 'fine'],
  [/\b(?:asked|requested|sought|seeking|demanded|demanding|demands?|asking|requests?)\b/gi, 'request'],
  [
    /\b(?:aid|funding|funds?|grants?|donations?|donated|relief|assistance|released|pledged|pledges?|appeal|contributed|contribution|raised|raises|investors?)\b/gi,
    'aid',
  ],
  [/\b(?:payments?|compensation|payouts?|paid|pay|reward|bonus)\b/gi, 'payment'],
  [/\b(?:cash|reserves|liquidity)\b/gi, 'cash'],
  [/\b(?:budget|set aside|allocated|earmarked|spending|spend|investment|invest|invested|package|stimulus)\b/gi, 'budget'],
  [/\b(?:debts?|loans?|bonds?|borrow\w*|bailout)\b/gi, 'debt'],
  [/\b(?:salar(?:y|ies)|wages?|income)\b/gi, 'wage'],
  [/\b(?:prices?|priced|fares?|fees?|tariffs?|rents?|sold|bought|acquired|purchased|starting at|starts at)\b/gi, 'price'],
  [/\b(?:ransom|bribes?)\b/gi, 'ransom'],
];

function moneyKind(before: string, after: string): string {
  let best: { d: number; kind: string } | null = null;
  const pre = clauseTail(before).slice(-120);
  const post = after
    .split(/[;:]|\.(?=\s|$)|,\s+(?:and|but|while|which|who|though|although|after|before|as|according)\b|\s[—–]\s/)[0]
    .slice(0, 60);
  for (const [re, kind] of MONEY_KINDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(pre))) {
      const d = pre.length - (m.index + m[0].length);
      if (!best || d < best.d) best = { d, kind };
    }
    re.lastIndex = 0;
    if ((m = re.exec(post))) {
      const d = m.index + 6; // a word before the amount usually names it ("cost about $5"); after, it is a step further
      if (!best || d < best.d) best = { d, kind };
    }
  }
  return best?.kind ?? 'money';
}

/** The period a change is measured over, from the clause around it. */
function periodOf(before: string, after: string): string | null {
  const post = after.split(/;|\.(?=\s|$)|,\s+(?:and|but|while|which|wiping|their|its)\b/)[0];
  const pre = clauseTail(before).slice(-80);
  for (const text of [post, pre]) {
    const t = text.toLowerCase();
    let m = t.match(/\bsince\s+(?:the\s+)?(?:last\s+)?([a-z]+)/);
    if (m) return `since ${m[1]}`;
    if ((m = t.match(/\bthis\s+(week|month|year|quarter)\b/))) return `this ${m[1]}`;
    if (
      (m = t.match(
        /\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|first|second|third|fourth|course of the)\s+(?:\w+\s+)?(days?|weeks?|months?|years?|quarter)(?:\s+of\s+([a-z]+))?/,
      ))
    )
      return `${m[1].replace(/s$/, '')}${m[2] ? ' of ' + m[2] : ''}`;
    if ((m = t.match(/\b(?:on\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/))) return m[1];
    if (/\b(?:intraday|in (?:early |late |afternoon |morning |midday |evening )?trading|by midday|at midday|at the open)\b/.test(t))
      return 'intraday';
    if (/\b(?:year[- ]on[- ]year|from a year (?:earlier|ago)|annual(?:ly)?)\b/.test(t)) return 'year on year';
    if ((m = t.match(/\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/)))
      return `in ${m[1]}`;
  }
  return null;
}

/** The year the figure's event is anchored to, if the clause names one that is not merely a starting point. */
function anchorOf(before: string, after: string): string | null {
  const post = after.split(/;|\.(?=\s|$)|,\s+(?:and|but|while)\b/)[0].slice(0, 60);
  const pre = before.slice(-140);
  const candidates: Array<{ year: string; d: number }> = [];
  for (const [text, isPre] of [
    [pre, true],
    [post, false],
  ] as const) {
    YEAR_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_RE.exec(text))) {
      const lead = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const tail = text.slice(m.index + 4, m.index + 12);
      if (/^s\b|^-/.test(tail)) continue; // "the 1990s", "2022-24"
      const when = /^\s*,?\s*when\b/.test(tail);
      if (/\b(?:since|until|till|by|from|between|through|to|and|before|after)\s+(?:(?:early|late|mid)[- ])?$/.test(lead) && !when) continue;
      if (/\b(?:in|of|during|the|a|an)\s+(?:\w+\s+)?$/.test(lead) || /^\s+[a-z]/i.test(tail) || when || /[,]\s*$/.test(lead)) {
        candidates.push({ year: m[1], d: isPre ? text.length - m.index : m.index });
      }
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  return candidates[0]?.year ?? null;
}

/**
 * Who holds what a number counts when the verb before it says so: "Smith won 52% of the vote", "the Greens took
 * 14 seats". Another holder is another quantity.
 */
function holderOf(pre: string, share = false): string | null {
  const verb = share
    ? pre.match(
        /\b(?:won|wins|win|winning|took|takes|secured|secures|captured|captures|received|receives|garnered|polled|holds|held|control|controls|controlled|owns|owned)\s*$/i,
      )
    : pre.match(/\b(?:won|wins|win|winning|secured|secures|captured|captures|holds|held|control|controls|controlled|owns|owned)\s*$/i);
  // "results gave Sadykov 61.4% of the ballots": the one given the share holds it.
  const given = share
    ? pre.match(/\b(?:gave|give|gives|giving|put|puts|credited|showed|show|shows)\s+((?:[\p{Lu}][\p{L}’'-]+\s+){1,3})$/u)
    : null;
  if (given) return given[1].trim().toLowerCase().split(/\s+/).slice(-2).join(' ');
  if (!verb) return null;
  const s = subjectOf(pre.slice(0, verb.index));
  return s && s.noun !== 'people' ? s.raw.slice(-2).join(' ') : null;
}

/** What a percentage is about: the change of a subject, or the share of something. */
function percentAbout(pre: string, after: string): { about: string | null; change: boolean } {
  // "the blaze was 45% contained", "about 20 percent complete": the level of that state.
  const state = after.match(/^\s*(contained|complete|completed|counted|restored|finished|vaccinated|occupied|full|built)\b/i);
  if (state) return { about: state[1].toLowerCase().replace(/^completed$/, 'complete'), change: false };
  // "offered a 4% pay rise", "took a 12% stake": the noun the percentage modifies; an offered rise is an offer.
  if (/\b(?:a|an|its|their|his|her)\s*$/i.test(pre)) {
    const np = readNoun(after, 2);
    const noun = np.noun.map((w) => w.toLowerCase());
    if (noun.length && !/^(of|in|on|at|to|for|by|from|with|and|or|than)$/.test(noun[0]) && !CHANGE_NOUN_AFTER.test(after)) {
      const offered =
        /\b(?:offered|offers|offer|offering|proposed|proposes|proposing|promised|promises|tabled|tables)\s+(?:a|an|its|their)\s*$/i.test(
          pre,
        );
      return { about: offered ? `${noun.length > 1 ? `${noun[0]} ` : ''}offer` : noun.join(' '), change: false };
    }
  }
  // "raised their pay offer to 6.5%", "raised its offer from 4% to 6.5%": the level of what the verb set.
  const set = pre.match(
    /\b(?:raised|raises|raising|lifted|increased|improved|sweetened|cut|lowered|reduced|trimmed|set|revised|upped)\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:from\s+[^\s]+\s+)?to|from)\s*$/i,
  );
  if (set && !NOT_A_NOUN.has(set[1].split(' ')[0].toLowerCase()))
    return { about: set[1].toLowerCase().split(/\s+/).slice(-2).join(' '), change: false };
  // "the bank raised rates by 0.25 points", "cut its forecast by 2%": what the verb changed is its object.
  const transitive = pre.match(
    /\b(raised|raises|raising|hiked|lifted|boosted|increased|cut|cuts|cutting|lowered|reduced|slashed|trimmed)\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?([a-z]+(?:\s[a-z]+)?)\s+by\s*$/i,
  );
  if (transitive && !NOT_A_NOUN.has(transitive[2].split(' ')[0].toLowerCase())) {
    const direction = /^(raised|raises|raising|hiked|lifted|boosted|increased)$/i.test(transitive[1]) ? 'increase' : 'decrease';
    return { about: `${transitive[2].toLowerCase()} ${direction}`, change: true };
  }
  const change = pre.match(CHANGE_BEFORE);
  if (change && !/\bto\s*$/i.test(pre)) {
    const direction = INCREASE_WORD.test(change[1]) ? 'increase' : 'decrease';
    const verbAt = change.index ?? pre.length;
    // "Shares … were down", "shares have closed down": the subject is before the auxiliaries.
    const subject = subjectOf(
      pre.slice(0, verbAt).replace(/(?:\b(?:were|was|are|is|have|has|had|closed|ended|finished|traded|trading|been|stood)\s*)+$/i, ''),
    );
    return { about: subject ? `${subject.raw.slice(-2).join(' ')} ${direction}` : direction, change: true };
  }
  const noun = after.match(CHANGE_NOUN_AFTER);
  if (noun) {
    const np = readNoun(noun[3], 3);
    const n = np.noun.slice(-2).join(' ');
    return { about: n ? `${n} ${noun[1] ? 'increase' : 'decrease'}` : null, change: true };
  }
  const of = after.match(/^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:[\p{Lu}][\p{L}-]+['’]s\s+)?(.*)$/iu);
  if (of && /^(?:them|whom|which|these|us|it)\b/i.test(of[1])) return { about: null, change: false }; // "15% of them"
  if (of) {
    const np = readNoun(of[1], 3);
    const n = normalNoun(np.noun);
    if (!n) return { about: null, change: false };
    const outcome = n.outcome ?? outcomeAfter(np.rest);
    return { about: [holderOf(pre, true), n.noun, outcome].filter(Boolean).join(' '), change: false };
  }
  // "turnout fell to 41%", "the rate stands at 5%": the level of the subject.
  if (/\b(?:to|at|of|is|was|reached|hit)\s*$/i.test(pre)) {
    const verb = pre.match(/\b(?:[a-z]+ed|rose|fell|stands|stood|is|was|reached|hit|grew)\s+(?:\w+\s+){0,2}(?:to|at|of)?\s*$/i);
    const subject = verb ? subjectOf(pre.slice(0, verb.index)) : null;
    if (subject) return { about: subject.raw.slice(-2).join(' '), change: false };
  }
  return { about: null, change: false };
}

/** What a length, weight or other measure measures: "a depth of 10 km", "12 km southeast of Yenikale". */
function measureAbout(pre: string, rest: string): string | null {
  const noun = pre.match(MEASURE_NOUN);
  if (noun) return noun[1].toLowerCase();
  rest = rest.replace(/^\s*\([^)]*\)/, '');
  const where = rest.match(
    /^\s*((?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:[- ]?(?:north|south|east|west))?(?:ern)?|upstream|downstream|inland|offshore|off the coast|outside|from|away from|short of|beyond|up|down)\s+(?:of\s+|from\s+)?(?:the\s+)?([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)*|[a-z]+(?:\s+[a-z]+)?)/u,
  );
  if (where) {
    const direction = where[1]
      .toLowerCase()
      .replace(/[- ]/g, '')
      .replace(/ern$/, '')
      .replace(/^away(from)$/, '$1');
    return `distance ${direction} ${where[2].trim().toLowerCase().split(/\s+/).slice(0, 2).join(' ')}`;
  }
  const along = rest.match(/^\s*(?:along|across|of)\s+(?:the\s+)?([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)*|[a-z]+(?:\s+[a-z]+)?)/u);
  if (along) return `length ${along[1].trim().toLowerCase().split(/\s+/).slice(0, 2).join(' ')}`;
  return null;
}

interface Found {
  figure: Figure;
  at: number;
  end: number;
  kind: 'count' | 'money' | 'percent' | 'measure' | 'magnitude' | 'multiplier';
  /** Counts: the parts of `about`, so a coordinated count can take the outcome of its neighbour. */
  counted?: { noun: string; outcome: string | null; suffix: string };
}

/** Fractions of a scale written out: "a quarter of a million" is 250,000, "half a billion" 500 million. */
const FRACTION_OF_SCALE =
  /\b(?:(a|one|three)\s+quarters?\s+of\s+an?|(a|one)\s+third\s+of\s+an?|half\s+an?|(?:a|one)\s+half\s+of\s+an?)\s+(million|billion)\b/gi;

/**
 * Shares of a whole written as fractions: "a third of the company's output" is 33% of it, as another outlet writes
 * it. Only before a determiner or a possessive (what follows is the whole), so "half an hour" and "a third round"
 * stay words.
 */
const SHARE_FRACTION =
  /\b(?:(?:a|one)\s+(third|quarter|fifth)|(two)\s+thirds|(three)\s+quarters|(?:a|one)\s+half|half)\s+of\s+(?=(?:the|its|their|his|her|our|all)\s|[\p{Lu}][\p{L}.&-]*['’]s\s)/giu;
const SHARE_PERCENT: Record<string, number> = { third: 33, quarter: 25, fifth: 20, two: 67, three: 75 };

function spellFractions(sentence: string): string {
  return sentence
    .replace(FRACTION_OF_SCALE, (whole, quarters: string | undefined, _third: string | undefined, scale: string) => {
      const share = /quarter/i.test(whole) ? (quarters?.toLowerCase() === 'three' ? 0.75 : 0.25) : /third/i.test(whole) ? 1 / 3 : 0.5;
      return scale.toLowerCase() === 'million' ? Math.round(share * 1e6).toLocaleString('en-US') : `${Math.round(share * 1000)} million`;
    })
    .replace(
      SHARE_FRACTION,
      (_whole, one: string | undefined, two: string | undefined, three: string | undefined) =>
        `${SHARE_PERCENT[(one ?? two ?? three ?? '').toLowerCase()] ?? 50}% of `,
    );
}

export function extractFigures(sentence: string): Figure[] {
  sentence = spellFractions(sentence);
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  let m: RegExpExecArray | null;

  // Magnitudes first: their numbers are not counts ("a magnitude 5.1 tremor").
  for (const re of /magnitude|richter/i.test(sentence) ? MAGNITUDE_RES : []) {
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      const numberAt = m.index + m[0].search(/\d/);
      if (taken.some(([a, b]) => numberAt >= a && numberAt < b)) continue;
      const value = Number(m[re === MAGNITUDE_RES[2] ? 2 : 1]);
      const quake = (re === MAGNITUDE_RES[2] ? m[1] : m[2])?.toLowerCase();
      const noun = quake
        ? QUAKE_NORMAL[quake]
        : (sentence
            .slice(m.index + m[0].length)
            .match(QUAKE_AFTER)?.[1]
            ?.toLowerCase() ?? null);
      const before = sentence.slice(0, m.index);
      const qualifier = sentence.slice(0, numberAt).match(QUALIFIERS)?.[1]?.toLowerCase() ?? null;
      const figure: Figure = {
        value,
        unit: 'magnitude',
        about: `${noun ? (QUAKE_NORMAL[noun] ?? noun) + ' ' : ''}magnitude`,
        qualifier,
        range: null,
        multiplier: false,
        raw: m[0].trim(),
      };
      const anchor = anchorOf(before, sentence.slice(m.index + m[0].length));
      if (anchor) figure.anchor = anchor;
      found.push({ figure, at: numberAt, end: m.index + m[0].length, kind: 'magnitude' });
      taken.push([m.index, m.index + m[0].length]);
    }
  }

  FIGURE_RE.lastIndex = 0;
  while ((m = FIGURE_RE.exec(sentence))) {
    const at = m.index;
    const end = at + m[0].length;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const numberText = m[2];
    const word = numberText.toLowerCase();
    // What the figure is read from lies near it: a window keeps the end-anchored patterns cheap on long sentences.
    const before = sentence.slice(Math.max(0, at - 220), at);
    let after = sentence.slice(end, end + 220);
    // "about a dozen": the qualifier stands before the article.
    const article = /^(?:dozen|hundred)/i.test(numberText) ? (before.slice(-10).match(/\s+an?\s*$/)?.[0] ?? '') : '';
    const beforeNumber = before.slice(0, before.length - article.length);
    const qualifier = beforeNumber.slice(-40).match(QUALIFIERS)?.[1]?.toLowerCase() ?? null;
    const pre = qualifier
      ? beforeNumber.slice(0, beforeNumber.length - (beforeNumber.match(/\s*$/)?.[0].length ?? 0) - qualifier.length)
      : before;
    // The end-anchored patterns below look only at the words right before the number.
    const bt = before.slice(-80);
    const pt = pre.slice(-80);

    // ---- numbers that are not figures ----
    const isWord = /^[a-z]/i.test(numberText);
    if (isWord && /^(one|a single)$/.test(word) && !/\b(?:only|just|least)\s*$/i.test(pt)) {
      // "one of the…", "no one", "one more child", "not one metre", "in one province": "one" is rarely a count claim;
      // it is one when an outcome follows ("one person was killed").
      const np = readNoun(after, 3);
      if (!outcomeAfter(np.rest) && !outcomeBefore(pre)) continue;
    }
    if (/^two$/i.test(word) && /\b(?:the|its|their|his|her|our|your|both|these|those|['’]s)\s*$/i.test(pt)) continue; // "the two sides": a known pair
    if (/^-(?!strong\b)[a-z]+/i.test(after)) continue; // "a 16-inch screen", "a three-game streak": a compound modifier
    // "Series 5", "Fortune 500", "Attribution 4.0": a number after a capitalised word inside a sentence is part of a name.
    // A percentage is never part of a name ("gave Sadykov 61.4%").
    if (
      !m[1] &&
      !m[5] &&
      /\S\s+(?:[\p{Lu}]|[a-z][\p{Lu}])[\p{L}-]*\s$/u.test(bt) &&
      !/\b(At|Some|About|Around|Nearly|Almost|Over|Only|Just|Roughly|Approximately|More|Fewer|Less|Up|Another|All|Of|The|Than)\s$/.test(bt)
    )
      continue;
    if (/^\s+out\s+of\b/i.test(after) || /\bout\s+of\s*$/i.test(bt)) continue; // "eight out of ten": a ratio
    if (/^\s+(?:[\p{Lu}][\p{L}'’-]+\s+)+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Drive|Place|Way)\b/u.test(after)) continue; // "10 Downing Street"
    if (
      /^\s+in\s+(?:\d|every\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b)/i.test(after) ||
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+in\s*$/i.test(pt)
    )
      continue; // "one in seven"
    if (/^\s+(?:and a half\s+)?times\b/i.test(after)) continue; // "four times this month", "two and a half times the number"
    if (/^-and-a-half\b/i.test(after)) continue;
    if (!m[5] && !m[1] && TIME_UNITS.test(after)) continue; // durations, times of day
    if (/^0\d{3}$/.test(word)) continue; // "0400 GMT"
    const lastWord = bt.match(/(\w+)\W*$/)?.[1]?.toLowerCase() ?? '';
    if (MONTHS_AND_DAYS.has(lastWord) || MONTHS_AND_DAYS.has(after.match(/^\s*(?:of\s+)?(\w+)/)?.[1]?.toLowerCase() ?? '')) continue; // dates
    if (
      /^\d{4}$/.test(word) &&
      Number(word) >= 1900 &&
      Number(word) <= 2100 &&
      !/^\s+(people|persons|troops|protesters|soldiers|officers)\b/i.test(after)
    )
      continue; // years
    if (
      /^(st|nd|rd|th)\b/i.test(after) ||
      /\b(no\.|number|page|chapter|article|section|covid|g|f|version|v|level|grade|category|phase|stage|route|road|highway|flight|platform|gate|room|unit|block|lot|pier)\s*-?$/i.test(
        bt,
      ) ||
      /[:/]$/.test(bt) ||
      /^[:/]\d/.test(after)
    )
      continue;
    if (/\baged?\s*$/i.test(bt) || /^-year-old/i.test(after)) continue; // ages
    // "Khaled Mansour, 41, a father of four", "Olena Savchuk, 64, said": an age in apposition to a name.
    if (/[\p{Lu}][\p{L}’'-]+,\s*$/u.test(bt) && /^\s*(?:,|\)|$)/.test(after) && !m[1]) continue;
    if (/\(\s*$/.test(bt) && /^\s*\)/.test(after)) continue; // "(41)"
    if (/\b(?:father|mother|parent|grandfather|grandmother|grandparent|mum|mom|dad) of\s*$/i.test(pt)) continue; // "a father of four"
    if (/\b(?:given|administered|split|divided|paid|delivered|taken|sold|packaged|issued|built|held|played)\s+in\s*$/i.test(pt) && isWord)
      continue; // "given in two doses": manner

    // ---- value ----
    const vague = VAGUE.find(([re]) => re.test(numberText));
    let value = vague ? vague[1] : parseNumber(numberText);
    if (value === null || !Number.isFinite(value)) continue;
    const currencyWord = after.match(CURRENCY_WORDS);
    let scaleWord: string | undefined = (m[3] ?? m[4])?.toLowerCase();
    const hasCurrency = Boolean(m[1] || currencyWord);
    // "10m" without a currency is ten metres; "5k" is five thousand.
    if (scaleWord === 'm' && !hasCurrency) {
      scaleWord = undefined;
      after = ` m${after}`;
    }
    if (scaleWord && !vague) value *= SCALE_WORDS[scaleWord];
    // "approval rating has climbed 11 points": a change in points, read like a percentage.
    const points = (!m[5] && /^\s*(?:percentage\s+)?points?\b/i.test(after) && CHANGE_BEFORE.test(pt)) || /point/i.test(m[5] ?? '');
    const percent = Boolean(m[5]) || points;
    const currency = m[1]?.trim() ?? currencyWord?.[1]?.toLowerCase() ?? null;
    const measure = !percent && !currency ? MEASURE_UNITS.find(([re]) => re.test(after)) : undefined;
    const raw = m[0].trim();
    const range: [number, number] | null = vague ? [vague[1], vague[2]] : rangeOf(qualifier, value);
    const figure: Figure = {
      value,
      unit: null,
      about: '',
      qualifier: qualifier ?? (vague ? word : null),
      range,
      multiplier: false,
      raw: `${qualifier && !vague ? qualifier + ' ' : ''}${raw}`,
    };
    const prev = found.filter((f) => f.end <= at).sort((a, b) => b.end - a.end)[0];
    const gapToPrev = prev ? sentence.slice(prev.end, at) : '';
    const previous = PREVIOUS_BEFORE.test(pt);
    // "dozens of them critically", "three of whom", "14 people, including six children": a part of what the figure
    // before counted.
    const including = /(?:,|\()\s*(?:including|among them|among whom|of whom|among the dead|mostly|mainly)\s*$/i.test(pt);
    const partOfPrev = /^\s*of\s+(?:them|those|whom|which|these)\b/i.test(after) || /\b(?:the|a)\s+first\s*$/i.test(pt) || including;
    const increment = INCREMENT_BEFORE.test(pt) || INCREMENT_AFTER.test(after);
    if (previous) figure.role = 'previous';
    else if (increment) figure.role = 'increment';
    else if (partOfPrev) figure.role = 'part';
    let kind: Found['kind'] = 'count';

    if (
      previous &&
      prev &&
      !percent &&
      !currency &&
      !measure &&
      (prev.kind === 'magnitude' || prev.kind === 'measure' || prev.kind === 'money' || prev.kind === 'percent')
    ) {
      // "revised … to 7.0, up from its initial reading of 6.8": the earlier value of the figure before.
      found.push({ figure: { ...figure, unit: prev.figure.unit, about: prev.figure.about }, at, end, kind: prev.kind });
      continue;
    }
    let counted: { noun: string; outcome: string | null; suffix: string } | undefined;
    if (percent) {
      kind = 'percent';
      figure.unit = points ? 'pt' : '%';
      const p = percentAbout(pre, after.replace(/^\s*(?:alone|only)\b/i, ''));
      if (!p.about && !(previous && prev?.kind === 'percent')) continue;
      figure.about = p.about ?? prev!.figure.about;
      if (p.change || (previous && prev?.kind === 'percent')) {
        const period = periodOf(before, after);
        if (period) figure.period = period;
      }
    } else if (currency) {
      kind = 'money';
      figure.unit = currencyName(currency);
      // "(about $240 million)" after an amount, "from $52" after "to $38": the same money as the amount before.
      // "150 bitcoin, worth roughly €8.5 million", "150 BTC, or about €8.5 million": the same money converted.
      const sameAsPrev =
        prev?.kind === 'money' &&
        (previous ||
          /^\s*(?:[a-z]+\s*)?\(\s*(?:about|around|roughly|some|approximately|nearly)?\s*$/i.test(gapToPrev) ||
          /^\s*(?:[a-z]+\s*)?,?\s*(?:or|worth|equivalent to|equal to|about|around|roughly)\s*(?:about|around|roughly|some|approximately|nearly)?\s*$/i.test(
            gapToPrev,
          ));
      figure.about = sameAsPrev ? prev!.figure.about : moneyKind(pre, after.slice(currencyWord?.[0].length ?? 0));
      // "wiping $2.6bn off its market value", "cut the budget by $5 million": a change of that money, not its level.
      const afterAmount = after.slice(currencyWord?.[0].length ?? 0);
      if (
        !sameAsPrev &&
        /\b(?:wiping|wiped|wipe|wipes|knocking|knocked|shaving|shaved|erasing|erased)\s*$/i.test(pt) &&
        /^\s*(?:off|from)\b/i.test(afterAmount)
      )
        figure.about += ' decrease';
      else if (!sameAsPrev && /\bby\s*$/i.test(pt)) {
        const change = pre.replace(/\s*by\s*$/i, '').match(MONEY_CHANGE_BY);
        if (change) figure.about += MONEY_INCREASE.test(change[1]) ? ' increase' : ' decrease';
      } else if (!sameAsPrev && /\b(?:adding|added|add|adds)\s*$/i.test(pt) && /^\s*to\b/i.test(afterAmount)) figure.about += ' increase';
    } else if (measure) {
      kind = 'measure';
      if (/\(\s*(?:about|around|roughly|some|approximately|nearly)?\s*$/.test(bt) && prev?.kind === 'measure') continue; // "12 km (7 miles)": a conversion
      figure.unit = measure[1];
      const rest = after.replace(measure[0], '');
      // "temperatures reached 45 degrees": the subject of a level verb is what is measured.
      const measured = measureAbout(pre, rest);
      const levelVerb = measured ? null : pre.match(LEVEL_VERB);
      const level = levelVerb ? subjectOf(pre.slice(0, levelVerb.index)) : null;
      // An area a fire, flood or storm went over: "burned about 3,200 hectares", "5,800 hectares … had been scorched".
      const burned =
        /^(ha|acre|km²)$/.test(measure[1]) && AREA_VERB.test(`${clauseTail(pre).slice(-80)} ${rest.split(/[;.]/)[0]}`)
          ? 'area burned'
          : null;
      const about =
        burned ??
        measured ??
        (previous && prev?.kind === 'measure' ? prev.figure.about : null) ??
        (level ? level.raw.slice(-2).join(' ') : null);
      if (!about) continue;
      figure.about = about;
    } else {
      // ---- counts ----
      const countedText = (vague || scaleWord ? after.replace(/^\s*of\s+(?:the\s+|its\s+|their\s+)?/i, ' ') : after)
        .replace(/^-strong\b/i, '')
        .replace(INCREMENT_AFTER, ' ');
      const np = readNoun(countedText);
      const n = normalNoun(np.noun);
      // "homes in the district and two nearby towns were damaged": a number inside a place phrase is not what the
      // verb after it is about; "sending 210,000 pupils home" deploys nobody.
      const inPlacePhrase = /\b(?:in|at|from|across|near|around|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:and|or)\s*$/i.test(pt);
      const sentHome = /^\s*(?:home|back|away)\b/i.test(np.rest);
      let outcome = n?.outcome ?? np.outcome ?? (inPlacePhrase ? null : outcomeAfter(np.rest)) ?? (sentHome ? null : outcomeBefore(pre));
      let noun = n?.noun ?? null;
      if (!noun) {
        // "the protesters, estimated to be 5,000": the noun before the number.
        const named = pt.match(
          /(?:the|some|of)\s+([a-z]+(?:\s[a-z]+)?)\s*,?\s*(?:estimated|numbering|put|said|thought|believed)\s*(?:to be|at)?\s*$/i,
        );
        if (named) noun = named[1].toLowerCase();
      }
      const verb = noun ? null : pre.match(LEVEL_VERB);
      if (verb) {
        // "the death toll … rose to 63", "Confirmed cases reached 3,050": the subject before the verb is counted.
        // "bringing the death toll to 31", "bringing the total delivered to 500,000": the object names the quantity.
        const object = verb[0].match(
          /^(?:bringing|brought|taking|took|pushing|pushed|raising|raised|putting|put)\s+(.*?)\s+(?:to|at)\b/i,
        )?.[1];
        const s = object && !/^(?:the\s+)?total\b/i.test(object) ? subjectOf(object) : object ? null : subjectOf(pre.slice(0, verb.index));
        if (s) {
          noun = s.noun;
          outcome = s.outcome ?? outcome;
        } else if (/\btotal\b/i.test(object ?? pre.slice(Math.max(0, (verb.index ?? 0) - 40))) && prev?.kind === 'count') {
          noun = aboutNoun(prev.figure.about);
        }
      }
      // "killing at least 41 people and injuring more than 300", "the 18 reported on Sunday", "12 in the US":
      // a number with nothing counted after it counts what the figure before it counted.
      const joined =
        prev?.kind === 'count' &&
        gapToPrev.length < 80 &&
        (/^[\s,]*(?:(?:and|or|but|with|including|among them|of whom|from|up from|down from|to|while)\b[^.;]{0,40})?$/i.test(gapToPrev) ||
          /^\s+[\w\s-]{0,30}:\s*$/.test(gapToPrev) || // "19 fires: 12 in the US, …"
          (prev.figure.role === 'part' && /^\s+(?:in|from|at|on)\s+(?:the\s+)?[\p{Lu}][\p{L}\s]*?(?:,\s*and|,|and)\s*$/u.test(gapToPrev)));
      if (partOfPrev && prev?.kind === 'count' && /^\s*of\s/i.test(after)) {
        noun = aboutNoun(prev.figure.about);
        outcome ??= aboutOutcome(prev.figure.about);
      }
      if (including && prev?.kind === 'count') outcome ??= aboutOutcome(prev.figure.about);
      if (!noun && prev?.kind === 'count' && (joined || previous || increment || (outcome && outcome === prev.counted?.outcome))) {
        noun = aboutNoun(prev.figure.about);
        if (
          !outcome &&
          (previous ||
            increment ||
            /^[\s,]*(?:and|or|,)\s*$/i.test(gapToPrev) ||
            (!outcomeBefore(pre) && /\b(?:from|to)\b/i.test(gapToPrev)))
        )
          outcome = aboutOutcome(prev.figure.about);
        // "19 fires: 12 in the US, four in South Korea": a breakdown of the figure before.
        if (!previous && !increment && /^\s+(?:in|from|at|on)\s+(?:the\s+)?[\p{Lu}]/u.test(after)) figure.role = 'part';
      }
      if (!noun && !outcome) continue; // a bare number with nothing counted is not a figure claim
      noun ??= 'people';
      if (PEOPLE.test(noun) && !outcome && POPULATION.test(pt)) noun = 'population';
      // "the threshold of five million doses" is a reference value; "400 patients a day" a rate: other quantities.
      const reference = pt.match(REFERENCE_NOUN)?.[1]?.toLowerCase();
      const rate = np.rest
        .match(/^\s*(?:a|per|each|every)\s+(day|week|month|year|hour)\b(?!\s+(?:earlier|later|ago|before|after|on)\b)/i)?.[1]
        ?.toLowerCase();
      const suffix = `${reference ? ` ${reference}` : ''}${rate ? ` per ${rate}` : ''}`;
      const holder = holderOf(pre);
      if (holder && !PEOPLE.test(noun)) noun = `${holder} ${noun}`;
      counted = { noun, outcome, suffix };
      figure.about = [noun, outcome].filter(Boolean).join(' ') + suffix;
    }
    if (kind !== 'percent' || !figure.period) {
      const anchor = anchorOf(before, after);
      if (anchor) figure.anchor = anchor;
    }
    found.push({ figure, at, end, kind, counted });
  }

  // "26 attackers and 18 officers were killed", "detained 14 contractors and two officials": coordinated counts
  // share the outcome one of them names.
  const counts = found.filter((f) => f.counted).sort((a, b) => a.at - b.at);
  for (let i = 0; i + 1 < counts.length; i++) {
    const [a, b] = [counts[i], counts[i + 1]];
    if (
      !/^\s+(?:[\w-]+\s+){0,3}?(?:and|or|as well as|,)\s+(?:(?:at least|more than|some|about|nearly|around|over|another)\s+)?$/i.test(
        sentence.slice(a.end, b.at).replace(/,\s*$/, ', '),
      )
    )
      continue;
    const [from, to] =
      a.counted!.outcome && !b.counted!.outcome ? [a, b] : b.counted!.outcome && !a.counted!.outcome ? [b, a] : [null, null];
    if (!from || !to || (PEOPLE.test(to.counted!.noun) && to.counted!.noun !== 'people')) continue;
    to.counted!.outcome = from.counted!.outcome;
    to.figure.about = `${to.counted!.noun} ${to.counted!.outcome}${to.counted!.suffix}`;
  }

  // Multipliers: "a twofold increase in gas prices", "prices doubled".
  for (const re of [FOLD_RE, MULTIPLIER_RE]) {
    if (!(re === FOLD_RE ? /fold/i : MULTIPLIER_HINT).test(sentence)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      const value = re === FOLD_RE ? (FOLD_WORDS[m[1].toLowerCase()] ?? parseNumber(m[1])) : MULTIPLIER_WORDS[m[1].toLowerCase()];
      if (!value) continue;
      const after = sentence.slice(m.index + m[0].length);
      const before = sentence.slice(0, m.index);
      const bt = before.slice(-80);
      // "double"/"doubles"/"triples" are a multiplier only as a verb of change ("prices could double", "the fleet
      // doubles in size"), not in "the doubles match", "doubles down", "double-crossed", "a double room".
      if (/^(double|doubles|triples)$/i.test(m[1])) {
        const modal = /\b(?:will|would|could|may|might|to|can|should|must|did|does|more than|almost|nearly)\s*$/i.test(bt);
        const changeAfter =
          /^\s*(?:in (?:size|number|value|price)|to\b|from\b|since\b|by\b|every\b|each\b|again\b|its\b|their\b|[.,;])/i.test(after) &&
          !/\b(?:the|a|an)\s*$/i.test(bt);
        if (!modal && !changeAfter) continue;
      }
      // "a twofold increase in X", "the doubling of X": X follows; "X doubled": X precedes.
      const verb = re === MULTIPLIER_RE && /(ed|es)$/i.test(m[1]);
      const followingNp = after.match(/^\s*(?:increase|rise|jump|growth|hike|surge)?\s*(?:in|of)\s+(?:the\s+)?(.*)$/i)?.[1];
      const following = followingNp ? readNoun(followingNp, 3).noun.join(' ') || null : null;
      const qualifier = bt.match(MULTIPLIER_QUALIFIER)?.[1]?.toLowerCase() ?? null;
      // "fuel costs saw a threefold rise": the subject before the light verb and article.
      const subjectText = before
        .replace(MULTIPLIER_QUALIFIER, '')
        .replace(LIGHT_VERB_BEFORE, ' ')
        .replace(/\s*\b(?:have|has|had|has been|have been|was|were|is|are)\s*$/i, '');
      // "fuel costs saw a threefold rise": the words right before the light verb; "the number of X … has tripled":
      // the subject of the clause.
      const light = LIGHT_VERB.test(bt);
      const near = subjectText.slice(-60).match(/([a-z]+(?:\s[a-z]+)?)\s*$/i)?.[1];
      const s = light ? null : subjectOf(subjectText);
      const preceding = s
        ? s.raw.slice(-2).join(' ')
        : near && !NOT_A_NOUN.has(near.split(' ').pop()!.toLowerCase())
          ? near.toLowerCase()
          : null;
      // "would double its solar capacity", "tripled the number of patrols": a verb with an object multiplies the object.
      const objectNp =
        re === MULTIPLIER_RE
          ? after.match(
              /^\s+(?:its|their|the|his|her|our)\s+(?:(?:number|amount|size|value|price|cost) of\s+(?:the\s+|its\s+)?)?(.*)$/i,
            )?.[1]
          : undefined;
      const directObject = objectNp ? readNoun(objectNp, 3).noun.join(' ') || null : null;
      const object = directObject ?? (verb ? (preceding ?? following) : (following ?? preceding));
      if (!object) continue;
      const figure: Figure = {
        value,
        unit: '×',
        about: `${object.toLowerCase()} increase`,
        qualifier,
        range: rangeOf(qualifier, value),
        multiplier: true,
        raw: `${qualifier ? qualifier + ' ' : ''}${m[0]}`,
      };
      const period = periodOf(before, after);
      if (period) figure.period = period;
      found.push({ figure, at: m.index, end: m.index + m[0].length, kind: 'multiplier' });
    }
  }
  // Reading order, so the first figure of a clause is the first one written.
  return found.sort((a, b) => a.at - b.at).map((x) => x.figure);
}

function rangeOf(qualifier: string | null, value: number): [number, number] | null {
  if (!qualifier) return null;
  if (/at least|more than|over|upwards of|no fewer than|just over/.test(qualifier)) return [value, Number.MAX_SAFE_INTEGER];
  if (/up to|fewer than|less than|no more than|at most|under|just under/.test(qualifier)) return [0, value];
  return [Math.floor(value * 0.9), Math.ceil(value * 1.1)];
}

const OUTCOME_WORDS = new Set([
  'killed',
  'injured',
  'arrested',
  'evacuated',
  'missing',
  'rescued',
  'deployed',
  'infected',
  'vaccinated',
  'destroyed',
  'damaged',
  'affected',
  'survived',
]);
/** The counted noun of an `about` ("security officers killed" → "security officers"). */
function aboutNoun(about: string): string | null {
  const ws = about
    .split(' ')
    .filter(
      (w) =>
        !OUTCOME_WORDS.has(w) &&
        w !== 'per' &&
        !/^(day|week|month|year|hour|threshold|limit|target|goal|cap|ceiling|quota|capacity)$/.test(w),
    );
  return ws.length ? ws.join(' ') : null;
}
function aboutOutcome(about: string): string | null {
  return about.split(' ').find((w) => OUTCOME_WORDS.has(w)) ?? null;
}

function currencyName(symbol: string): string {
  const s = symbol.toLowerCase().trim();
  if (/^(jpy|chf|cny)$/.test(s)) return s.toUpperCase();
  if (s.endsWith('$') || s.startsWith('dollar') || s === 'usd')
    return s === 'c$' ? 'CAD' : s === 'a$' ? 'AUD' : s === 'hk$' ? 'HKD' : 'USD';
  if (s === '€' || s.startsWith('euro') || s === 'eur') return 'EUR';
  if (s === '£' || s.startsWith('pound') || s === 'gbp') return 'GBP';
  if (s === '¥' || s === 'yen') return 'JPY';
  if (s === '₹' || s.startsWith('rupee')) return 'INR';
  if (s.startsWith('lira')) return 'TRY';
  if (s.startsWith('bitcoin') || s === 'btc') return 'BTC';
  if (s.startsWith('zloty')) return 'PLN';
  return s;
}
