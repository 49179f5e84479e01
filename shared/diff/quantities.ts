/**
 * Quantities: what a figure measures as a comparable key (unit, outcome, head noun, modifiers), whether two figures
 * measure the same quantity and agree in value, how an update is written ("18 → 27"), and the numbers of a text that
 * identify a fact by themselves ("432 votes to 202").
 */
import {
  countryKey,
  isNationality,
  NATION_AS_ADJECTIVE,
  NUMBER_WORDS,
  nationalityOf,
  PERSON_PLURAL,
  parseNumber,
  REGION,
  WEEKDAY_RE,
} from '../lexicon/english.ts';
import type { Claim, Figure } from '../types.ts';
import { memo } from './memo.ts';
import { concept } from './normalize.ts';

/** Outcome classes of `about` (its last word), as concepts. */
const OUTCOME_OF: Record<string, string> = {
  killed: 'KILL',
  injured: 'INJURE',
  arrested: 'ARREST',
  evacuated: 'EVACUATE',
  missing: 'MISSING',
  trapped: 'TRAPPED',
  stranded: 'STRANDED',
  rescued: 'RESCUE',
  deployed: 'DEPLOY',
  infected: 'INFECT',
  vaccinated: 'VACCINATE',
  destroyed: 'DESTROY',
  damaged: 'DAMAGE',
  affected: 'AFFECT',
  survived: 'SURVIVE',
  increase: 'INCREASE',
  decrease: 'DECREASE',
};
/** Heads that name a role without saying which one: "health workers", "rescue personnel". */
const ROLE_HEADS = /^(workers?|personnel|staff|crews?|employees|members|teams?)$/;
const PEOPLE_HEADS = /^(people|persons|individuals)$/;
const NOT_MODIFIERS = new Set(['more', 'other', 'new', 'total', 'confirmed', 'reported', 'official', 'all']);
/** Units of proportions and magnitudes, compared by their subject noun; every other unit (money, measures) by its whole phrase. */
const PROPORTION_UNITS = new Set(['%', '%chg', 'pt', 'ptchg', 'magnitude']);
/** Money is compared by its ISO currency code ("USD", "EUR"). */
const CURRENCY_CODE = /^[A-Z]{3}$/;
/** "doses threshold", "price target": a reference value of the noun, not an amount of it. */
const REFERENCE_WORD = /^(threshold|limit|target|goal|cap|ceiling|quota|capacity|minimum|maximum|benchmark)$/;
/** Concepts are upper-case ("POLICE", "RESCUE"); plain words are lower-case stems. */
const CONCEPT = /^[A-Z]+$/;
/** A share of a state: "45% contained", "80% complete". */
const STATE_WORD = /^(contained|complete|counted|restored|finished|vaccinated|occupied|built)$/;
/** Vague quantities, written as their word ("dozens") rather than a number. */
const VAGUE_QUALIFIER = /^(dozens|hundreds|thousands|scores|millions|tens)/;
/**
 * NATIONALS_COUNTED: people counted by their nationality are one count however the noun is worded: "32 Kenyans", "32
 * Kenyan passengers", "32 passengers were Kenyan", "32 Kenyan nationals". Only generic nouns for people (not "Kenyan
 * soldiers", a count of a kind): the nationality then says who is counted, as a named kind does.
 */
const GENERIC_PERSONS = /^(?:people|persons|individuals|passengers|nationals|citizens|travell?ers|tourists|visitors)$/;
/** A total of people that may be the sum of two counts ("62 people on board" = 58 passengers and four crew). */
const PEOPLE_ON_BOARD = /\b(people|persons|passengers|on board|aboard)\b/;

export interface AboutKey {
  /**
   * Unit as compared: a currency, a measure unit, 'magnitude', '%' (a share or level), '%chg' (a change, percentages
   * and multipliers alike), null for counts.
   */
  unit: string | null;
  outcome: string | null;
  /** The head concept of what is counted or measured ("TROOPS", "fire", "cost"); nouns is {head}, for index keys. */
  head: string | null;
  nouns: Set<string>;
  modifiers: Set<string>;
  /** "per day", "threshold": the same noun measured another way. */
  suffix: string;
  /** Bare head counts ("85,000 people"), unnamed money ("$5 million") and subjectless changes are not compared. */
  comparable: boolean;
  /** A count of people by their nationality (NATIONALS_COUNTED): the nationality names the subject, as a shared word does. */
  nationals: boolean;
  /** A counted noun with a modifier ("rescue workers", "Dravonian soldiers") says what the claim is about. */
  specific: boolean;
}

const aboutKeys = new WeakMap<Figure, AboutKey>();

/** What a figure measures, as concepts: "security officers killed" ≈ "security personnel killed". */
export function aboutKey(f: Figure): AboutKey {
  const known = aboutKeys.get(f);
  if (known) return known;
  let words = f.about.toLowerCase().split(/\s+/).filter(Boolean);
  let suffix = '';
  const per = words.indexOf('per');
  if (per >= 0) {
    suffix = words.slice(per).join(' ');
    words = words.slice(0, per);
  }
  // "doses threshold": a reference value of the noun, not a count of it (money keeps "price target" whole).
  if (words.length > 1 && !CURRENCY_CODE.test(f.unit ?? '') && REFERENCE_WORD.test(words[words.length - 1])) {
    suffix = `${words.pop()} ${suffix}`.trim();
  }
  let outcome: string | null = null;
  if (words.length && OUTCOME_OF[words[words.length - 1]]) outcome = OUTCOME_OF[words.pop()!];
  let unit = f.unit ?? null;
  let head: string | null = null;
  const modifiers = new Set<string>();
  let comparable = true;
  let nationalsCounted = false;
  if (f.multiplier || unit === '×') {
    unit = '%chg';
    outcome = f.value < 1 ? 'DECREASE' : 'INCREASE';
  } else if ((unit === '%' || unit === 'pt') && (outcome === 'INCREASE' || outcome === 'DECREASE')) {
    unit = unit === '%' ? '%chg' : 'ptchg';
  }
  if (unit && !PROPORTION_UNITS.has(unit)) {
    // Money and measures: what they are of is the whole phrase ("price target", "distance southeast yenikale").
    head = words.join(' ') || null;
    // A ransom is money demanded: "demanded a ransom of 150 bitcoin" and "is demanding 150 BTC" name one amount.
    if (head === 'ransom' || head === 'request') head = 'demand';
    comparable = head !== null && head !== 'money';
  } else {
    // "160,000 Britons" are British people: counted as people, their nationality a modifier ("British people").
    const national = words.length ? nationalityOf(words[words.length - 1]) : null;
    if (national) words = [...words.slice(0, -1), national, 'people'];
    const last = words[words.length - 1];
    if (last !== undefined) {
      head = PEOPLE_HEADS.test(last) ? 'people' : ROLE_HEADS.test(last) ? 'ROLE' : concept(last);
      for (const w of words.slice(0, -1)) if (!NOT_MODIFIERS.has(w)) modifiers.add(concept(NATION_AS_ADJECTIVE[w] ?? w));
      // "security personnel" counts police, "rescue workers" rescuers: a role head takes the concept it is given.
      const named = head === 'ROLE' ? [...modifiers].find((m) => CONCEPT.test(m)) : undefined;
      if (named) {
        head = named;
        modifiers.delete(named);
      }
      modifiers.delete(head);
    }
    const nationals = unit === null && last !== undefined && GENERIC_PERSONS.test(last) && words.slice(0, -1).some(isNationality);
    if (nationals) head = 'people';
    // "85,000 people" (a population, a crowd, a camp) says nothing about which people: only an outcome (or a nationality) does.
    if (!head || ((head === 'people' || head === 'population') && !outcome && unit === null && !nationals)) comparable = false;
    nationalsCounted = nationals;
  }
  // A count of a named kind ("rescue workers"), or a share of a state ("45% contained"), says what the claim is about.
  const specific =
    nationalsCounted ||
    (unit === null && words.length >= 2 && head !== 'people') ||
    (unit === '%' && words.length === 1 && STATE_WORD.test(words[0]));
  const key: AboutKey = {
    unit,
    outcome,
    head,
    nouns: new Set(head ? [head] : []),
    modifiers,
    suffix,
    comparable,
    specific,
    nationals: nationalsCounted,
  };
  aboutKeys.set(f, key);
  return key;
}

/**
 * People of one nationality counted in both lists of figures ("14 passengers were Norwegian" / "Seventeen Norwegians
 * were on board"): the nationality is what the two claims have in common, though it is no content word.
 */
export const sameNationals = (figures: Figure[], others: Figure[]) =>
  figures.some((f) => aboutKey(f).nationals && others.some((g) => sameQuantity(f, g)));

/**
 * Money one party owes, asks for or is fined: a debt, a demand (a request, a ransom), a fine. In one story such an
 * amount is the subject's own ("struggling under £900 million of debt" / "£1.5bn of debt has brought the company to
 * its knees"), unlike a cost, a price or aid, of which a story has many.
 */
const OWN_SUM = /^(debt|demand|fine)$/;
export function ownSum(f: Figure): boolean {
  const key = aboutKey(f);
  return key.comparable && CURRENCY_CODE.test(key.unit ?? '') && OWN_SUM.test(key.head ?? '');
}

/** Changes measured over different periods are different quantities; a trading day's move and that day's close are not. */
function periodsCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  return (a === 'intraday' && WEEKDAY_RE.test(b)) || (b === 'intraday' && WEEKDAY_RE.test(a));
}

/**
 * DISTANCE_WITHOUT_DIRECTION: a distance given "from the capital" is the distance from it in whatever direction another
 * outlet names ("50 km north-west of the capital" / "60 km from the capital": one distance given twice); two named
 * directions ("north of" / "south of") stay two measures.
 */
const UNDIRECTED = new Set(['from', 'outside']);
function distanceFromOnePlace(a: string | null, b: string | null): boolean {
  const [ka, da, ...pa] = (a ?? '').split(' ');
  const [kb, db, ...pb] = (b ?? '').split(' ');
  if (ka !== 'distance' || kb !== 'distance' || !pa.length || pa.join(' ') !== pb.join(' ')) return false;
  return UNDIRECTED.has(da) || UNDIRECTED.has(db);
}

/**
 * Two figures measure the same quantity: same unit and outcome, the same head noun with no conflicting modifiers
 * ("Dravonian soldiers killed" ≈ "soldiers killed", not "civilians killed"), the same event (a figure anchored to
 * another year is another quantity), and for changes the same period. Earlier values ("up from 6.8") and parts of a
 * breakdown ("12 in the US") are not compared.
 */
/**
 * LENGTHS_CONVERTED: a structure's height, length, depth or width given in feet by one outlet and in metres by another
 * ("the 300-foot spire", "the 91-metre spire") is one dimension; the values are compared in metres.
 */
const METRES: Record<string, number> = { m: 1, ft: 0.3048, km: 1000, mi: 1609.344, cm: 0.01, mm: 0.001 };
const DIMENSION = /^(?:height|length|depth|width)$/;
/**
 * Converted values agree within 3% (a conversion is rounded: 300 ft is written "91 metres", 94 m "308 feet"); further
 * apart they are left uncompared, never an update: a rounded conversion is not a revision.
 */
const CONVERTED_AGREE = 0.03;
const converted = (ka: AboutKey, kb: AboutKey) =>
  ka.unit !== kb.unit && ka.unit !== null && kb.unit !== null && ka.unit in METRES && kb.unit in METRES && DIMENSION.test(ka.head ?? '');

export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.role === 'previous' || b.role === 'previous' || a.role === 'part' || b.role === 'part') return false;
  const ka = aboutKey(a);
  const kb = aboutKey(b);
  if (!ka.comparable || !kb.comparable) return false;
  if ((ka.unit !== kb.unit && !converted(ka, kb)) || ka.outcome !== kb.outcome || ka.suffix !== kb.suffix) return false;
  if (ka.head !== kb.head && !distanceFromOnePlace(ka.head, kb.head)) return false;
  if ((a.anchor ?? null) !== (b.anchor ?? null)) return false;
  if ((ka.unit === '%chg' || ka.unit === 'ptchg') && !periodsCompatible(a.period, b.period)) return false;
  if (ka.modifiers.size && kb.modifiers.size && ![...ka.modifiers].some((m) => kb.modifiers.has(m))) return false;
  return true;
}

/**
 * People and a kind of people, with the same value: "40,000 Dutch people stranded" and "40,000 Dutch tourists
 * stranded" count the same crowd, one outlet naming who they are. Only the same value agrees (a count of people is
 * never an update of a count of holidaymakers: the people may be more than them), and only a count large enough not
 * to be met by chance in one story (100 or more), of the same outcome, with no modifier that sets them apart.
 */
const PEOPLE_OF_A_KIND_MIN = 100;
export function samePeopleCounted(a: Figure, b: Figure): boolean {
  if (a.value !== b.value || a.value < PEOPLE_OF_A_KIND_MIN || a.unit || b.unit || a.multiplier || b.multiplier) return false;
  if (a.role || b.role || (a.anchor ?? null) !== (b.anchor ?? null)) return false;
  const ka = aboutKey(a);
  const kb = aboutKey(b);
  if (ka.outcome !== kb.outcome || ka.suffix !== kb.suffix || (ka.head === 'people') === (kb.head === 'people')) return false;
  // The kind is the counted noun, before any outcome word ("Dutch tourists stranded" → tourists).
  const kind =
    (ka.head === 'people' ? b : a).about
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !OUTCOME_OF[w])
      .pop() ?? '';
  if (!PERSON_PLURAL.test(kind)) return false;
  return !(ka.modifiers.size && kb.modifiers.size && ![...ka.modifiers].some((m) => kb.modifiers.has(m)));
}

/**
 * A workforce counted as jobs or as the people who hold them: "20,000 jobs in the UK" and "employs 20,000 workers
 * across Britain" count one workforce. Like people of a kind, only the same value agrees (jobs cut are not a
 * headcount, so another value is never an update), only from 100 up, with no role, anchor or outcome apart.
 */
const WORKFORCE = /^(?:jobs?|workers?|employees?|staff|staffers|workforce)$/;
/** A bare count of a workforce ("20,000 jobs", "20,000 workers"), filed under one retrieval key whichever noun it uses. */
export const countsWorkforce = (f: Figure) => !f.unit && WORKFORCE.test(f.about.toLowerCase());
export function sameWorkforce(a: Figure, b: Figure): boolean {
  if (a.value !== b.value || a.value < PEOPLE_OF_A_KIND_MIN || a.unit || b.unit || a.multiplier || b.multiplier) return false;
  if (a.role || b.role || (a.anchor ?? null) !== (b.anchor ?? null)) return false;
  const ka = aboutKey(a);
  const kb = aboutKey(b);
  if (ka.outcome !== kb.outcome || ka.suffix !== kb.suffix) return false;
  const noun = (f: Figure) => f.about.toLowerCase().split(/\s+/);
  const wa = noun(a);
  const wb = noun(b);
  // "20,000 jobs" / "20,000 workers", not "20,000 health workers" (a workforce of a kind) against "20,000 jobs".
  return wa.length === 1 && wb.length === 1 && WORKFORCE.test(wa[0]) && WORKFORCE.test(wb[0]) && wa[0] !== wb[0];
}

/** A change as a percentage: doubled = +100%, tripled = +200%, halved = −50%. */
function changeValue(f: Figure): { value: number; range: [number, number] | null } {
  if (!(f.multiplier || f.unit === '×')) return { value: f.value, range: f.range ?? null };
  const pct = (x: number) => (x >= Number.MAX_SAFE_INTEGER ? x : Math.round(Math.abs(x - 1) * 1000) / 10);
  const range = f.range ? ([pct(f.range[0]), pct(f.range[1])].sort((x, y) => x - y) as [number, number]) : null;
  return { value: pct(f.value), range };
}

/**
 * Values agree when equal (a qualifier does not change that: "at least 18" and "18" agree), when an approximate
 * figure's ±10% holds the other ("about 40" and "42"), or a vague one's range does ("dozens" and "30"). A one-sided
 * bound is not agreement: "at least 7 killed" then "11 killed" is a rising toll, an update. Multipliers compare as
 * the percentage change they are ("doubled" and "up 100 per cent").
 */
export function valuesAgree(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit && a.unit && b.unit && a.unit in METRES && b.unit in METRES) {
    const [x, y] = [a.value * METRES[a.unit], b.value * METRES[b.unit]];
    return Math.abs(x - y) <= CONVERTED_AGREE * Math.max(x, y);
  }
  const x = changeValue(a);
  const y = changeValue(b);
  if (Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value))) return true;
  const within = (r: [number, number] | null, v: number) =>
    r != null && r[1] < Number.MAX_SAFE_INTEGER && r[0] > 0 && v >= r[0] && v <= r[1];
  return within(x.range, y.value) || within(y.range, x.value);
}

/** How closely two figures of the same quantity are described: the better pair explains an update. */
function closeness(a: Figure, b: Figure): number {
  const ka = aboutKey(a);
  const kb = aboutKey(b);
  let score = a.about === b.about ? 4 : 0;
  for (const m of ka.modifiers) if (kb.modifiers.has(m)) score++;
  if (a.anchor && a.anchor === b.anchor) score++;
  return score;
}

/**
 * NEAREST_VALUE: between pairs that count the same thing equally well, the pair of nearer values is the revision ("32
 * foreigners among the dead … another 30 hospitalised" against "500 injured and 35 foreigners among the dead": 32 → 35,
 * not 30 → 500). Below 1, so it only breaks ties of closeness.
 */
function nearness(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return 1 / (2 + Math.abs(Math.log(a / b)));
}

/**
 * The figures of a claim against those of an earlier one: an update when a figure has the same quantity with a
 * different value, and nothing in the two claims reports that quantity with the same value (a claim giving the
 * first 180,000 of 500,000 doses pledged does not update "500,000 doses"). Additions ("200 more") agree but never
 * update a total.
 */
export function compareFigures(
  news: Figure[],
  olds: Figure[],
): { update: { f: Figure; g: Figure } | null; agreeing: Array<{ f: Figure; g: Figure }> } {
  const pairs: Array<{ f: Figure; g: Figure; agree: boolean }> = [];
  for (const f of news)
    for (const g of olds) {
      if (sameQuantity(f, g)) pairs.push({ f, g, agree: valuesAgree(f, g) });
      else if (samePeopleCounted(f, g) || sameWorkforce(f, g)) pairs.push({ f, g, agree: true });
    }
  const agreeing = pairs.filter((p) => p.agree);
  let best: { f: Figure; g: Figure; score: number } | null = null;
  for (const p of pairs) {
    if (p.agree || p.f.role || p.g.role || p.f.unit !== p.g.unit) continue;
    if (agreeing.some((q) => q.f === p.f || q.g === p.g || sameQuantity(p.f, q.g) || sameQuantity(q.f, p.g))) continue;
    const score = closeness(p.f, p.g) + nearness(p.f.value, p.g.value);
    if (!best || score > best.score) best = { f: p.f, g: p.g, score };
  }
  return { update: best, agreeing };
}

/** A figure read from a word of quantity ("dozens", "hundreds"): a range, no value of its own. */
const isVague = (f: Figure) => f.range != null && VAGUE_QUALIFIER.test(f.qualifier ?? '');

/**
 * Whether the update a claim makes of an older claim's figure is already history: a newer claim reports the same
 * quantity with the claim's value ("27 people have died" updates "18 deaths" of day one, but "deaths rose to 27" of
 * day two already said so — the claim corroborates day two). For choosing among verdicts: an updated verdict
 * against `older` is superseded when a corroborated one against a newer claim makes this true.
 */
export function figureUpdateSuperseded(
  claim: Pick<Claim, 'figures'>,
  older: Pick<Claim, 'figures'>,
  newer: Pick<Claim, 'figures'>,
): boolean {
  const { update } = compareFigures(claim.figures, older.figures);
  // VAGUE_NEVER_SUPERSEDES: "the sinking killed dozens" agrees with 58 dead, but did not tell the reader 58: only a
  // figure that states a value can make an update of it old news.
  return update !== null && newer.figures.some((g) => sameQuantity(update.f, g) && valuesAgree(update.f, g) && !isVague(g));
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

export function formatFigure(f: Figure): string {
  const vague = isVague(f);
  // A spoken range ("10 to 15 people", claims/figures SPOKEN_RANGE) is written as its two ends.
  const span = f.qualifier === 'between' && f.range ? f.range[0] : null;
  const q = f.qualifier && !vague && span === null ? `${f.qualifier} ` : '';
  const amount = (v: number) =>
    v >= 1e9 ? `${+(v / 1e9).toFixed(2)} billion` : v >= 1e6 ? `${+(v / 1e6).toFixed(2)} million` : v.toLocaleString('en-US');
  const unit = f.unit ?? null;
  if (unit && CURRENCY_CODE.test(unit)) {
    const value = vague ? f.qualifier! : `${span === null ? '' : `${amount(span)}–`}${amount(f.value)}`;
    return CURRENCY_SIGNS[unit] ? `${q}${CURRENCY_SIGNS[unit]}${value}` : `${q}${value} ${unit}`;
  }
  const value = vague ? f.qualifier! : `${span === null ? '' : `${span.toLocaleString('en-US')}–`}${f.value.toLocaleString('en-US')}`;
  if (unit === '%' || unit === '×') return `${q}${value}${unit}`;
  if (unit === 'pt') return `${q}${value} points`;
  if (unit === 'magnitude') return `${q}${vague ? value : f.value.toFixed(1)}`;
  if (!unit) return `${q}${value}`;
  return `${q}${value} ${unit}`;
}

/** A count of people that is the sum of two counts of people in the other claim (passengers and crew, adults and children). */
export function sumAgrees(totals: Figure[], parts: Figure[]): boolean {
  const counts = parts.filter((g) => g.unit === null && !g.multiplier && !g.role && !g.range);
  if (counts.length < 2) return false;
  return totals.some((f) => {
    if (f.unit !== null || f.multiplier || f.range || !PEOPLE_ON_BOARD.test(f.about)) return false;
    return counts.some((a, i) => counts.some((b, j) => j > i && a.value + b.value === f.value));
  });
}

/** A number written in digits, with thousands separators or a decimal point, not inside a word or another number. */
const NUMBER_IN_TEXT = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\p{L}\d.,])\d+(?:\.\d+)?(?![\d\p{L}]|,\d)/gu;
/** The numbers written in a text, as values ("432", "1,050" → 1050, "16.05" → 16.05). */
export const numbersOf = memo((text: string): number[] => [...text.matchAll(NUMBER_IN_TEXT)].map((m) => Number(m[0].replace(/,/g, ''))));

/**
 * A number that identifies a fact by itself: three significant digits or more ("318", "387,000", "2,740"), not a
 * year. Two reports that share such a number, or two of them, are very likely reporting the same thing; round
 * numbers ("200", "6 million") and small ones are shared by chance.
 */
export function distinctive(n: number): boolean {
  if (!Number.isInteger(n) || n < 100) return false;
  if (n >= 1800 && n <= 2099) return false;
  // The run of trailing zeros from its first zero (the lookbehind): a bare /0+$/ rescans the run from each zero.
  return String(n).replace(/(?<!0)0+$/, '').length >= 3;
}

/**
 * NUMBERED_SUBJECT: "the two bell towers were saved" names a pair the reader knows (no count is read from it:
 * not-figures 'known pair'), yet it says what "two towers have been saved from destruction" counts: a count with an
 * outcome the other text also says, whose number stands there right before its noun (after at most two modifiers, "two
 * bell towers").
 */
const NUMBERED_NOUN_REACH = 3;
export function numberedSubject(figures: Figure[], text: string, tokens: ReadonlySet<string>): boolean {
  // The other text says the outcome too ("were saved" / "have been saved"), not another ("were damaged").
  const counts = figures.filter((f) => {
    const key = aboutKey(f);
    if (f.unit || f.range !== null || f.multiplier || key.outcome === null || !tokens.has(key.outcome)) return false;
    return key.head !== null && key.head !== 'people';
  });
  if (!counts.length) return false;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  return words.some((w, i) => {
    const n = NUMBER_WORDS[w] !== undefined || /^\d+$/.test(w) ? parseNumber(w) : null;
    if (n === null) return false;
    const after = words.slice(i + 1, i + 1 + NUMBERED_NOUN_REACH).map(concept);
    return counts.some((f) => f.value === n && after.includes(aboutKey(f).head!));
  });
}

/** The distinctive numbers two texts share. */
export function sharedDistinctive(a: string, b: string): number {
  const nb = new Set(numbersOf(b));
  return new Set(numbersOf(a).filter((n) => distinctive(n) && nb.has(n))).size;
}

/**
 * Prison terms: "sentenced him to 85 years in prison", "an 85-year prison sentence", "12 years behind bars". A
 * term names its sentence the way a distinctive number names a fact: two reports of one sentencing give the same
 * term in whatever words ("the judge sentenced X to 25 years" / "X was jailed for 25 years"). Durations are not
 * figures (not-figures.ts: "for three years" says when, not how many), so the term is read here, only next to a
 * word of imprisonment. Bounded gaps and no nested quantifiers: linear on any text.
 */
/** A length in years or months: digits or a number word, not part of an age ("a 61-year-old"). */
const TERM_LENGTH = new RegExp(String.raw`\b(\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})[- ](year|month)s?\b(?![- ]old)`, 'gi');
/** A word of imprisonment just after the length: "85 years in prison", "an 85-year prison sentence". */
const PRISON_AFTER = /^[^.;:]{0,24}\b(?:prison|jail|imprisonment|behind bars|custodial)\b/i;
/** "sentenced … to", "jailed for", "sentenced him to up to" just before the length, within its sentence. */
const SENTENCED_BEFORE = /\b(?:sentenced|jailed|imprisoned)\b/i;
const TO_OR_FOR_BEFORE = /\b(?:to|for)\s+(?:up\s+to\s+)?$/i;
/** How far before the length the verb of sentencing may be ("sentenced Friday, May 8 to 85 years"). */
const SENTENCED_WINDOW = 60;

/** The prison terms a text gives, as "150 year" (number words read as their value). */
const NO_TERMS: ReadonlySet<string> = new Set();
/** Asked for the same claim texts again and again (every pair a claim is in). */
const termsOf = memo((text: string): ReadonlySet<string> => readPrisonTerms(text));
/** Most texts name no year or month at all: no scan. */
const MENTIONS_TERM = /year|month/i;

export function prisonTerms(text: string): ReadonlySet<string> {
  return MENTIONS_TERM.test(text) ? termsOf(text) : NO_TERMS;
}

function readPrisonTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const m of text.matchAll(TERM_LENGTH)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index - SENTENCED_WINDOW), m.index);
    const verb = before.match(SENTENCED_BEFORE);
    const sentenced = verb?.index !== undefined && !/[.;:]/.test(before.slice(verb.index)) && TO_OR_FOR_BEFORE.test(before);
    if (!PRISON_AFTER.test(after) && !sentenced) continue;
    const raw = m[1].toLowerCase();
    const n = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
    if (n) terms.add(`${n} ${m[2].toLowerCase()}`);
  }
  return terms;
}

/** Both texts give the same prison term. */
export function samePrisonTerm(a: string, b: string): boolean {
  const ta = prisonTerms(a);
  if (!ta.size) return false;
  for (const t of prisonTerms(b)) if (ta.has(t)) return true;
  return false;
}

/**
 * A margin that is the difference of a result's two figures: "defeated by 230 votes" and "432 votes to 202" agree
 * (432 − 202). Only where the text speaks of a margin or a majority, so a toll is never explained away by a
 * coincidental difference of two other numbers.
 */
const MARGIN = /\b(?:majority|margin|by\s+\d[\d,]*\s+votes?)\b/i;
export function marginAgrees(claim: Pick<Claim, 'text' | 'figures'>, other: Pick<Claim, 'text'>): boolean {
  if (!MARGIN.test(claim.text)) return false;
  const values = numbersOf(other.text).filter((n) => Number.isInteger(n) && n > 0);
  return claim.figures.some((f) => f.unit === null && values.some((x) => values.some((y) => x > y && x - y === f.value)));
}

/**
 * Both claims carry both values of a supposed change ("by 318 votes to 141" and "by 141 votes to 318"): the values
 * are two sides of one result written in another order, not an old and a new value.
 */
export function valuesSwapped(update: { f: Figure; g: Figure }, claim: Pick<Claim, 'text'>, old: Pick<Claim, 'text'>): boolean {
  // Distinctive values only: a "7" or a "6.8" is found in many sentences by chance ("7 miles", "up from 6.8").
  if (!distinctive(update.f.value) || !distinctive(update.g.value)) return false;
  return numbersOf(old.text).includes(update.f.value) && numbersOf(claim.text).includes(update.g.value);
}

const ownCountries = (c: Pick<Claim, 'entities'>) => c.entities.map(countryKey).filter((x): x is string => x !== null);

/**
 * Figures of two claims set in different countries and none in common are figures of different places: "100 stores
 * would close" in the UK does not update "200 stores" in the US, a toll in one country not another's. A claim that
 * names no country is set in its document's setting (the country of its lead), compared only with a country the other
 * claim names itself: two settings are too weak a sign to keep figures apart.
 */
export function placesDiffer(a: Pick<Claim, 'entities' | 'setting'>, b: Pick<Claim, 'entities' | 'setting'>): boolean {
  // Both name the same region ("20 countries in Latin America" / "24 countries in Latin America … plus Cape Verde"):
  // the countries they also name are inside it, not places apart.
  if (a.entities.some((e) => REGION.test(e) && b.entities.includes(e))) return false;
  const pa = ownCountries(a);
  const pb = ownCountries(b);
  const differ = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !y.some((c) => x.includes(c));
  if (pa.length && pb.length) return differ(pa, pb);
  if (pa.length && b.setting) return differ(pa, [b.setting]);
  if (pb.length && a.setting) return differ([a.setting], pb);
  return false;
}
