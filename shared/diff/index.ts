/**
 * diff: each claim of a new document against the corpus claims that share a retrieval key with it. Exactly one
 * finding per claim, chosen by what matters most to a reader: contradicted, then updated (a changed figure, scope
 * or status), then quote_altered, then corroborated, else new.
 */
import { perFindingType } from '../finding-types.ts';
import { COUNTRIES, WEEKDAY_RE } from '../lexicon/english.ts';
import { keySegment } from '../pipeline/keys.ts';
import type { Claim, CorpusClaim, Figure, Finding, FindingMatch, FindingType } from '../types.ts';
import { concept, entityKey, isFunctionWord, mostlyQuote, overlap, shapeOf, stem, type ClaimShape } from './normalize.ts';
import {
  measureOf,
  negates,
  negationFocus,
  predicateOf,
  resolvedHedge,
  shareList,
  SCOPED,
  scopeChanged,
  scopeOf,
  statesVerb,
  statusChanged,
  statusOf,
  type Scope,
  type Status,
} from './changes.ts';
import { describeDiff, diffWords, isMinor, quoteWords, unchanged } from './quotes.ts';

/**
 * A source as explanations name it: the uploaded file's name, as every other view shows it (the key is in
 * `matches[].sourceKey` for whoever needs it): "incoming/default/02-harbour.txt" → "02-harbour.txt".
 */
const nameOf = (sourceKey: string) => sourceKey.slice(sourceKey.lastIndexOf('/') + 1);
export { assignStory, emptyStories, inStory, storySignature, type StoryRegistry } from './story.ts';

export { shapeOf } from './normalize.ts';

/** Share of the smaller claim's content found in the other, and how many tokens, for "the same fact". */
const SAME_FACT_CONTAINMENT = 0.6;
const SAME_FACT_MIN_SHARED = 3;

/** What a claim is compared on, computed once per claim (not once per pair: stemming dominated the diff's time). */
interface Prepared {
  claim: Claim;
  shape: ClaimShape;
  scope: Scope | null;
  status: Status | null;
}

function prepare(claim: Claim): Prepared {
  return { claim, shape: shapeOf(claim), scope: scopeOf(claim.text), status: statusOf(claim.text) };
}

const SEQ = (c: CorpusClaim) => c.seq;
/** Claim ids end in their position in the document ("doc1-c3" before "doc1-c17"). */
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });
/** Corpus order: by document, then by position in it, whatever order the candidates came in. */
export const corpusOrder = (a: CorpusClaim, b: CorpusClaim) => a.seq - b.seq || byId(a, b);
const match = (c: CorpusClaim): FindingMatch => ({
  docId: c.docId,
  sourceKey: c.sourceKey,
  claimText: c.text,
  claimId: c.id,
  seq: c.seq,
  figures: c.figures,
  speaker: c.speaker,
  quote: c.quote,
});

/** One speaker speaks for another: the same entity, or a spokesperson and the organisation they speak for. */
export function speakersCompatible(a: Claim, b: Claim): boolean {
  if (!a.speaker || !b.speaker) return !a.speaker && !b.speaker;
  const keys = (c: Claim) => [c.speaker, c.speakerOrg].filter((x): x is string => Boolean(x)).map(entityKey);
  const ka = keys(a);
  const kb = keys(b);
  return ka.some((x) => kb.some((y) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)));
}

/** One of the two quotations has no recognised speaker. */
const unattributed = (a: Claim, b: Claim) => !a.speaker !== !b.speaker;

/** Outcome classes of `about` (its last word), as concepts. */
const OUTCOME_OF: Record<string, string> = {
  killed: 'KILL',
  injured: 'INJURE',
  arrested: 'ARREST',
  evacuated: 'EVACUATE',
  missing: 'MISSING',
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

interface AboutKey {
  /** Unit as compared: a currency, a measure unit, 'magnitude', '%' (a share or level), '%chg' (a change, percentages and multipliers alike), null for counts. */
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
  /** A counted noun with a modifier ("rescue workers", "Dravonian soldiers") says what the claim is about. */
  specific: boolean;
}

const aboutKeys = new WeakMap<Figure, AboutKey>();

/** What a figure measures, as concepts: "security officers killed" ≈ "security personnel killed". */
function aboutKey(f: Figure): AboutKey {
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
  if (
    words.length > 1 &&
    !/^[A-Z]{3}$/.test(f.unit ?? '') &&
    /^(threshold|limit|target|goal|cap|ceiling|quota|capacity|minimum|maximum|benchmark)$/.test(words[words.length - 1])
  ) {
    suffix = `${words.pop()} ${suffix}`.trim();
  }
  let outcome: string | null = null;
  if (words.length && OUTCOME_OF[words[words.length - 1]]) outcome = OUTCOME_OF[words.pop()!];
  let unit = f.unit ?? null;
  let head: string | null = null;
  const modifiers = new Set<string>();
  let comparable = true;
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
    const last = words[words.length - 1];
    if (last !== undefined) {
      head = PEOPLE_HEADS.test(last) ? 'people' : ROLE_HEADS.test(last) ? 'ROLE' : concept(last);
      for (const w of words.slice(0, -1)) if (!NOT_MODIFIERS.has(w)) modifiers.add(concept(w));
      // "security personnel" counts police, "rescue workers" rescuers: a role head takes the concept it is given.
      const named = head === 'ROLE' ? [...modifiers].find((m) => /^[A-Z]+$/.test(m)) : undefined;
      if (named) {
        head = named;
        modifiers.delete(named);
      }
      modifiers.delete(head);
    }
    // "85,000 people" (a population, a crowd, a camp) says nothing about which people: only an outcome does.
    if (!head || ((head === 'people' || head === 'population') && !outcome && unit === null)) comparable = false;
  }
  // A count of a named kind ("rescue workers"), or a share of a state ("45% contained"), says what the claim is about.
  const specific =
    (unit === null && words.length >= 2 && head !== 'people') ||
    (unit === '%' && words.length === 1 && /^(contained|complete|counted|restored|finished|vaccinated|occupied|built)$/.test(words[0]));
  const key: AboutKey = { unit, outcome, head, nouns: new Set(head ? [head] : []), modifiers, suffix, comparable, specific };
  aboutKeys.set(f, key);
  return key;
}

/** Changes measured over different periods are different quantities; a trading day's move and that day's close are not. */
function periodsCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  return (a === 'intraday' && WEEKDAY_RE.test(b)) || (b === 'intraday' && WEEKDAY_RE.test(a));
}

/**
 * Two figures measure the same quantity: same unit and outcome, the same head noun with no conflicting modifiers
 * ("Dravonian soldiers killed" ≈ "soldiers killed", not "civilians killed"), the same event (a figure anchored to
 * another year is another quantity), and for changes the same period. Earlier values ("up from 6.8") and parts of a
 * breakdown ("12 in the US") are not compared.
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.role === 'previous' || b.role === 'previous' || a.role === 'part' || b.role === 'part') return false;
  const ka = aboutKey(a);
  const kb = aboutKey(b);
  if (!ka.comparable || !kb.comparable) return false;
  if (ka.unit !== kb.unit || ka.outcome !== kb.outcome || ka.suffix !== kb.suffix || ka.head !== kb.head) return false;
  if ((a.anchor ?? null) !== (b.anchor ?? null)) return false;
  if ((ka.unit === '%chg' || ka.unit === 'ptchg') && !periodsCompatible(a.period, b.period)) return false;
  if (ka.modifiers.size && kb.modifiers.size && ![...ka.modifiers].some((m) => kb.modifiers.has(m))) return false;
  return true;
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
 * The figures of a claim against those of an earlier one: an update when a figure has the same quantity with a
 * different value, and nothing in the two claims reports that quantity with the same value (a claim giving the
 * first 180,000 of 500,000 doses pledged does not update "500,000 doses"). Additions ("200 more") agree but never
 * update a total.
 */
function compareFigures(
  news: Figure[],
  olds: Figure[],
): { update: { f: Figure; g: Figure } | null; agreeing: Array<{ f: Figure; g: Figure }> } {
  const pairs: Array<{ f: Figure; g: Figure; agree: boolean }> = [];
  for (const f of news) for (const g of olds) if (sameQuantity(f, g)) pairs.push({ f, g, agree: valuesAgree(f, g) });
  const agreeing = pairs.filter((p) => p.agree);
  let best: { f: Figure; g: Figure; score: number } | null = null;
  for (const p of pairs) {
    if (p.agree || p.f.role || p.g.role) continue;
    if (agreeing.some((q) => q.f === p.f || q.g === p.g || sameQuantity(p.f, q.g) || sameQuantity(q.f, p.g))) continue;
    const score = closeness(p.f, p.g);
    if (!best || score > best.score) best = { f: p.f, g: p.g, score };
  }
  return { update: best, agreeing };
}

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
  return update !== null && newer.figures.some((g) => sameQuantity(update.f, g) && valuesAgree(update.f, g));
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

function fmt(f: Figure): string {
  const vague = f.range != null && /^(dozens|hundreds|thousands|scores|millions|tens)/.test(f.qualifier ?? '');
  const q = f.qualifier && !vague ? `${f.qualifier} ` : '';
  const amount = (v: number) =>
    v >= 1e9 ? `${+(v / 1e9).toFixed(2)} billion` : v >= 1e6 ? `${+(v / 1e6).toFixed(2)} million` : v.toLocaleString('en-US');
  const unit = f.unit ?? null;
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    const value = vague ? f.qualifier! : amount(f.value);
    return CURRENCY_SIGNS[unit] ? `${q}${CURRENCY_SIGNS[unit]}${value}` : `${q}${value} ${unit}`;
  }
  const value = vague ? f.qualifier! : f.value.toLocaleString('en-US');
  if (unit === '%' || unit === '×') return `${q}${value}${unit}`;
  if (unit === 'pt') return `${q}${value} points`;
  if (unit === 'magnitude') return `${q}${vague ? value : f.value.toFixed(1)}`;
  if (!unit) return `${q}${value}`;
  return `${q}${value} ${unit}`;
}

/** A count of people that is the sum of two counts of people in the other claim (passengers and crew, adults and children). */
function sumAgrees(totals: Figure[], parts: Figure[]): boolean {
  const counts = parts.filter((g) => g.unit === null && !g.multiplier && !g.role && !g.range);
  if (counts.length < 2) return false;
  return totals.some((f) => {
    if (f.unit !== null || f.multiplier || f.range || !/\b(people|persons|passengers|on board|aboard)\b/.test(f.about)) return false;
    return counts.some((a, i) => counts.some((b, j) => j > i && a.value + b.value === f.value));
  });
}

/** The numbers written in a text, as values ("432", "1,050" → 1050, "16.05" → 16.05). */
const numbersCache = new Map<string, number[]>();
export function numbersOf(text: string): number[] {
  let known = numbersCache.get(text);
  if (known) return known;
  if (numbersCache.size > 20_000) numbersCache.clear();
  known = [...text.matchAll(/(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\p{L}\d.,])\d+(?:\.\d+)?(?![\d\p{L}]|,\d)/gu)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );
  numbersCache.set(text, known);
  return known;
}

/**
 * A number that identifies a fact by itself: three significant digits or more ("432", "449,000", "1,605"), not a
 * year. Two reports that share such a number, or two of them, are very likely reporting the same thing; round
 * numbers ("200", "6 million") and small ones are shared by chance.
 */
export function distinctive(n: number): boolean {
  if (!Number.isInteger(n) || n < 100) return false;
  if (n >= 1800 && n <= 2099) return false;
  // The run of trailing zeros from its first zero (the lookbehind): a bare /0+$/ rescans the run from each zero.
  return String(n).replace(/(?<!0)0+$/, '').length >= 3;
}

/** The distinctive numbers two texts share. */
function sharedDistinctive(a: string, b: string): number {
  const nb = new Set(numbersOf(b));
  return new Set(numbersOf(a).filter((n) => distinctive(n) && nb.has(n))).size;
}

/**
 * A margin that is the difference of a result's two figures: "defeated by 230 votes" and "432 votes to 202" agree
 * (432 − 202). Only where the text speaks of a margin or a majority, so a toll is never explained away by a
 * coincidental difference of two other numbers.
 */
const MARGIN = /\b(?:majority|margin|by\s+\d[\d,]*\s+votes?)\b/i;
function marginAgrees(claim: Pick<Claim, 'text' | 'figures'>, other: Pick<Claim, 'text'>): boolean {
  if (!MARGIN.test(claim.text)) return false;
  const values = numbersOf(other.text).filter((n) => Number.isInteger(n) && n > 0);
  return claim.figures.some((f) => f.unit === null && values.some((x) => values.some((y) => x > y && x - y === f.value)));
}

/**
 * Both claims carry both values of a supposed change ("by 432 votes to 202" and "by 202 votes to 432"): the values
 * are two sides of one result written in another order, not an old and a new value.
 */
function valuesSwapped(update: { f: Figure; g: Figure }, claim: Pick<Claim, 'text'>, old: Pick<Claim, 'text'>): boolean {
  // Distinctive values only: a "7" or a "6.8" is found in many sentences by chance ("7 miles", "up from 6.8").
  if (!distinctive(update.f.value) || !distinctive(update.g.value)) return false;
  return numbersOf(old.text).includes(update.f.value) && numbersOf(claim.text).includes(update.g.value);
}

/** "U.S.", "United States", "USA" → "us": a country's key, or null when the name is not a country's. */
const COUNTRY_ALIASES: Record<string, string> = { unitedstates: 'us', usa: 'us', unitedkingdom: 'uk', britain: 'uk', greatbritain: 'uk' };
function countryOf(name: string): string | null {
  const key = entityKey(name).replace(/ /g, '');
  const country = COUNTRY_ALIASES[key] ?? key;
  return COUNTRIES.has(country) && !CONTINENTS.has(country) ? country : null;
}
/** A continent holds countries: naming one does not put a figure in another place than its countries. */
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'antarctica', 'arctic']);

/**
 * Figures of two claims that name different countries and none in common are figures of different places: "100
 * stores would close" in the UK does not update "200 stores" in the US, a toll in one country not another's.
 */
export function placesDiffer(a: Pick<Claim, 'entities'>, b: Pick<Claim, 'entities'>): boolean {
  const pa = new Set(a.entities.map(countryOf).filter((c): c is string => c !== null));
  if (!pa.size) return false;
  const pb = b.entities.map(countryOf).filter((c): c is string => c !== null);
  return pb.length > 0 && !pb.some((c) => pa.has(c));
}

interface Verdict {
  type: FindingType;
  candidate: CorpusClaim;
  explanation: string;
  severity: 'minor' | 'substantive' | null;
  /** An update that states what the earlier claim hedged: the verb. */
  hedge?: string;
}

function compare(c: Prepared, old: Prepared & { claim: CorpusClaim }): Verdict | null {
  const { claim, shape } = c;
  const k = old.claim;
  const kShape = old.shape;
  const o = overlap(shape, kShape);
  // Figures are compared between claims on the same subject: two shared concepts or an entity. What both figures
  // count is a shared concept the words may not show: an outcome ("have lost their lives" and "confirmed dead" are
  // both KILL) or a specific counted noun ("rescue workers" and "rescue personnel").
  const related =
    o.shared >= 2 ||
    [...shape.entities].some((e) => kShape.entities.has(e)) ||
    (o.shared >= 1 &&
      claim.figures.some((f) => {
        const key = aboutKey(f);
        // Within a story (claims of other stories are never compared), the same outcome is enough context.
        const outcome = key.outcome !== null;
        return (outcome || key.specific) && k.figures.some((g) => sameQuantity(f, g) && (outcome || aboutKey(g).specific));
      }));

  // Quotations: the same speaker's words.
  if (claim.quote && k.quote) {
    const qa = quoteWords(k.quote);
    const qb = quoteWords(claim.quote);
    const d = diffWords(qa, qb);
    const ratio = d.common / Math.max(1, Math.min(qa.length, qb.length));
    // A known speaker's reworded quotation ("our teams … around the clock" → "our engineers … day and night") still
    // shares half its words, three of them content words; without a known speaker the words must carry more.
    const content = (ws: string[]) => new Set(ws.filter((w) => !isFunctionWord(w)).map(stem));
    const sharedContent = [...content(qa)].filter((w) => content(qb).has(w)).length;
    const sameSpeaker = Boolean(claim.speaker && k.speaker) && speakersCompatible(claim, k);
    const similar =
      (ratio >= 0.6 && d.common >= Math.min(3, qa.length, qb.length)) ||
      (sameSpeaker && ((ratio >= 0.5 && sharedContent >= 3) || (ratio >= 0.4 && sharedContent >= 4)));
    if (similar) {
      // The same words from another speaker are not the same quote; a quote whose speaker was not recognised on one
      // side is matched on its words when they are enough to be distinctive.
      if (!speakersCompatible(claim, k) && !(unattributed(claim, k) && Math.min(qa.length, qb.length) >= 6)) return null;
      // Without a speaker on either side, a few quoted words are a slogan, a title or a scare quote ("the 'We're on
      // it' campaign"), not a remark someone made: only a quotation of some length can be altered.
      if (!claim.speaker && !k.speaker && Math.min(qa.length, qb.length) < 6 && qa.join(' ') !== qb.join(' ')) return null;
      if (qa.join(' ') === qb.join(' ') || unchanged(d))
        return {
          type: 'corroborated',
          candidate: k,
          severity: null,
          explanation: `same quotation${claim.speaker ? ` from ${claim.speaker}` : ''}`,
        };
      return {
        type: 'quote_altered',
        candidate: k,
        severity: isMinor(d) ? 'minor' : 'substantive',
        explanation: `quotation${claim.speaker ? ` of ${claim.speaker}` : ''} differs from ${nameOf(k.sourceKey)}: ${describeDiff(d)}`,
      };
    }
  }

  // Figures on the same quantity: a different value is an update, the same value (with some shared context)
  // corroborates.
  // Compared once, when first asked for (unrelated claims need it only to rule out a different quantity at the end).
  let figures: ReturnType<typeof compareFigures> | undefined;
  const compared = () => (figures ??= compareFigures(claim.figures, k.figures));
  let figureAgrees = false;
  if (related && claim.figures.length && k.figures.length && !placesDiffer(claim, k)) {
    const { update, agreeing } = compared();
    // Either side may give the margin: "by 432 votes to 202" after "a defeat by 230 votes" agrees as much as the reverse.
    if (update && (valuesSwapped(update, claim, k) || marginAgrees(claim, k) || marginAgrees(k, claim))) figureAgrees = true;
    else if (update)
      return {
        type: 'updated',
        candidate: k,
        severity: null,
        explanation: `${update.f.about}: ${fmt(update.g)} → ${fmt(update.f)} (${nameOf(k.sourceKey)})`,
      };
    figureAgrees ||= agreeing.length > 0;
  }

  // "58 passengers and four crew" and "62 people, four of them crew": a total and its parts agree.
  const totalAgrees = related && !figureAgrees && (sumAgrees(claim.figures, k.figures) || sumAgrees(k.figures, claim.figures));
  if (totalAgrees) figureAgrees = true;

  // Scope and status of the same measure or subject.
  if (c.scope && old.scope && scopeChanged(old.scope, c.scope) && (related || o.shared >= 1)) {
    return {
      type: 'updated',
      candidate: k,
      severity: null,
      explanation: `${c.scope.measure}: ${old.scope.label} → ${c.scope.label} (${nameOf(k.sourceKey)})`,
    };
  }
  // "extended its grounding order to every aircraft of the type in the country" against a grounding stated without a
  // scope: the new, wider scope is the update.
  if (c.scope?.changed && c.scope.breadth >= 2 && !old.scope && related && o.shared >= 2 && measureOf(k.text) === c.scope.measure) {
    return {
      type: 'updated',
      candidate: k,
      severity: null,
      explanation: `${c.scope.measure}: → ${c.scope.label} (${nameOf(k.sourceKey)})`,
    };
  }
  if (c.status && old.status && statusChanged(old.status, c.status) && o.shared >= 2) {
    return {
      type: 'updated',
      candidate: k,
      severity: null,
      explanation: `status: ${old.status.state} → ${c.status.state} (${nameOf(k.sourceKey)})`,
    };
  }

  // A negative claim contradicts a positive one when it negates what that one asserts: a denied proposition found
  // in it, or the very verb it uses ("did not cross" / "crossed"), not merely any "not" in a similar sentence.
  // Two quotations are compared by their words above, never read as contradicting each other.
  const [negative, positive] = shape.negative ? [claim.text, k.text] : [k.text, claim.text];
  const polarityDiffers = shape.negative !== kShape.negative;
  if (polarityDiffers && (related || o.shared >= 2) && !(mostlyQuote(claim) && mostlyQuote(k))) {
    if (negates(negative, positive)) {
      return {
        type: 'contradicted',
        candidate: k,
        severity: null,
        explanation: `${shape.negative ? 'denies' : 'asserts'} what ${nameOf(k.sourceKey)} ${kShape.negative ? 'denies' : 'asserts'}`,
      };
    }
  }

  // The same list of three or more items in any order ("higher wages, shorter shifts and a pension scheme") with
  // enough else in common is the same fact, however much each sentence adds around it.
  const sameList =
    !polarityDiffers && o.shared >= 4 && o.containment >= 0.4 && !(mostlyQuote(claim) && mostlyQuote(k)) && shareList(claim.text, k.text);
  // The same value of a quantity that says what it counts ("nearly 250,000 people sheltering away from their homes",
  // "a quarter of a million people remain in relief camps") is the same fact, as a different value would have been
  // an update of it.
  const sameCount = figureAgrees && related && compared().agreeing.some(({ f }) => aboutKey(f).outcome !== null || aboutKey(f).specific);
  // Distinctive numbers in common ("432 votes to 202" and "432 MPs voted against it while 202 voted for it"; "cost
  // roughly $449,000" and "has paid nearly $449,000") name the same fact in other words: two of them, or one with
  // enough else in common.
  const numbers = polarityDiffers ? 0 : sharedDistinctive(claim.text, k.text);
  const sameNumbers = numbers >= 2 || (numbers === 1 && o.shared >= SAME_FACT_MIN_SHARED);
  const sameFact =
    (o.containment >= SAME_FACT_CONTAINMENT && o.shared >= SAME_FACT_MIN_SHARED) ||
    (figureAgrees && o.shared >= SAME_FACT_MIN_SHARED) ||
    sameList ||
    sameCount ||
    sameNumbers;
  // "may soon close all its stores" then "will close all its stores": what was possible is now stated, an update of
  // the fact's state. Three shared words or names, the verb among them, and neither claim negated.
  if (!polarityDiffers && !shape.negative && (sameFact || (related && o.shared >= SAME_FACT_MIN_SHARED)) && !(claim.quote && k.quote)) {
    const verb = resolvedHedge(k.text, claim.text);
    if (verb)
      return {
        type: 'updated',
        candidate: k,
        severity: null,
        hedge: verb,
        explanation: `"${verb}": reported as possible or expected by ${nameOf(k.sourceKey)}, now stated`,
      };
  }
  if (!sameFact) return null;
  // Opposite polarity that the negation does not reach ("has not revised its count of 14" against "14 killed")
  // leaves the shared fact standing; without a readable focus, only near-identical wording contradicts.
  if (polarityDiffers && !negationFocus(negative)) {
    if (o.containment < 0.85) return null;
    return {
      type: 'contradicted',
      candidate: k,
      severity: null,
      explanation: `${shape.negative ? 'denies' : 'asserts'} what ${nameOf(k.sourceKey)} ${kShape.negative ? 'denies' : 'asserts'}`,
    };
  }
  if (claim.quote && k.quote && !speakersCompatible(claim, k) && !unattributed(claim, k)) return null;
  // Different values of the same quantity would have been an update; different quantities are not the same fact.
  if (!totalAgrees && !sameNumbers && !figureAgrees && claim.figures.length && k.figures.length && !compared().agreeing.length) {
    if (o.containment < 0.85) return null;
  }
  return { type: 'corroborated', candidate: k, severity: null, explanation: '' };
}

/** Which verdict wins when a claim matches earlier claims in several ways (finding-types.ts). */
const RANK: Record<FindingType, number> = perFindingType((_, info) => info.rank);

/** Every claim against the same candidates (the whole corpus, in tests and evaluations). */
export function diffClaims(claims: Claim[], candidates: CorpusClaim[]): Finding[] {
  return diffEachClaim(
    claims,
    claims.map(() => candidates),
  );
}

/**
 * Each claim against its own candidates (`candidates[i]` for `claims[i]`, oldest first), as the diff stage retrieves
 * them: a claim is compared only with what shares one of its index keys, so its cost does not depend on what the
 * document's other claims pulled in.
 */
export function diffEachClaim(claims: Claim[], candidates: CorpusClaim[][]): Finding[] {
  const prepared = new Map<string, Prepared & { claim: CorpusClaim }>();
  const prepareOnce = (k: CorpusClaim) => {
    let p = prepared.get(k.id);
    if (!p) prepared.set(k.id, (p = prepare(k) as Prepared & { claim: CorpusClaim }));
    return p;
  };
  return claims.map((claim, i) => {
    const c = prepare(claim);
    const verdicts: Verdict[] = [];
    for (const old of candidates[i].map(prepareOnce)) {
      // Cheap pre-filter: nothing in common, nothing to compare.
      const shape = old.shape;
      if (
        !claim.quote &&
        ![...c.shape.tokens].some((t) => shape.tokens.has(t)) &&
        ![...c.shape.entities].some((e) => shape.entities.has(e))
      )
        continue;
      const v = compare(c, old);
      if (v) verdicts.push(v);
    }
    if (!verdicts.length) {
      return {
        type: 'new',
        claimId: claim.id,
        claimText: claim.text,
        severity: null,
        matches: [],
        explanation: 'not reported by any earlier document in the corpus',
        firstSeen: null,
      };
    }
    // A quotation repeated word for word somewhere is corroborated, even if another outlet altered it.
    if (claim.quote && verdicts.some((v) => v.type === 'corroborated' && v.explanation.startsWith('same quotation'))) {
      for (let i = verdicts.length - 1; i >= 0; i--) if (verdicts[i].type === 'quote_altered') verdicts.splice(i, 1);
    }
    // A figure that a newer source already reported with this value is history, not news: "27 have died" updates
    // day one's 18, but day two already said 27, so the claim corroborates day two.
    const superseded = verdicts.filter(
      (v) =>
        v.type === 'updated' &&
        verdicts.some(
          (n) => n.type === 'corroborated' && n.candidate.seq > v.candidate.seq && figureUpdateSuperseded(claim, v.candidate, n.candidate),
        ),
    );
    for (const v of superseded) verdicts.splice(verdicts.indexOf(v), 1);
    // A hedge resolved long ago is history: "was already sentenced to 60 years" updates nothing when an earlier
    // source it corroborates already stated the sentence.
    const resolved = verdicts.filter(
      (v) => v.hedge && verdicts.some((n) => n.type === 'corroborated' && statesVerb(n.candidate.text, v.hedge!)),
    );
    for (const v of resolved) verdicts.splice(verdicts.indexOf(v), 1);
    const top = Math.max(...verdicts.map((v) => RANK[v.type]));
    // Newest first; an altered quotation is shown against its closest earlier version.
    const chosen = verdicts
      .filter((v) => RANK[v.type] === top)
      .sort(
        (a, b) =>
          (top === RANK.quote_altered ? quoteDistance(claim, a.candidate) - quoteDistance(claim, b.candidate) : 0) ||
          SEQ(b.candidate) - SEQ(a.candidate) ||
          byId(a.candidate, b.candidate),
      );
    const type = chosen[0].type;
    // Corroborations list every source; the others name the claims they differ from (newest first).
    const matches = dedupe(type === 'corroborated' ? [...chosen].reverse() : chosen).map((v) => match(v.candidate));
    const all = verdicts.map((v) => v.candidate).sort(corpusOrder);
    const sources = [...new Set(matches.map((m) => nameOf(m.sourceKey)))];
    const explanation =
      type === 'corroborated'
        ? `also reported by ${sources.join(', ')}${chosen[0].explanation ? ` (${chosen[0].explanation})` : ''}`
        : chosen[0].explanation;
    return {
      type,
      claimId: claim.id,
      claimText: claim.text,
      severity: type === 'quote_altered' ? chosen[0].severity : null,
      matches,
      explanation,
      firstSeen: match(all[0]),
    };
  });
}

function quoteDistance(claim: Claim, k: CorpusClaim): number {
  const d = diffWords(quoteWords(k.quote ?? ''), quoteWords(claim.quote ?? ''));
  return d.inserted.length + d.dropped.length + 2 * d.replaced.length;
}

function dedupe(verdicts: Verdict[]): Verdict[] {
  const seen = new Set<string>();
  return verdicts.filter((v) => !seen.has(v.candidate.id) && seen.add(v.candidate.id));
}

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
  for (const e of claim.entities.slice(0, 4)) keys.add(`e.${slug(e)}`);
  for (const f of claim.figures.slice(0, 3)) {
    const k = aboutKey(f);
    keys.add(`f.${slug(k.outcome ?? 'count')}.${slug([...k.nouns].sort()[0] ?? 'any')}`);
  }
  const scoped = claim.text.match(SCOPED)?.[0];
  if (scoped) keys.add(`s.${slug(scoped)}`);
  // A state ("talks suspended") is updated by another of its set ("talks resumed"), often in few shared words.
  const status = statusOf(claim.text);
  if (status) keys.add(`t.${status.set}`);
  // A distinctive number names its fact whatever the words around it (see sharedDistinctive).
  for (const n of [...new Set(numbersOf(claim.text).filter(distinctive))].slice(0, 2)) keys.add(`n.${slug(String(n))}`);
  if (claim.quote && claim.speaker) keys.add(`q.${slug(claim.speaker)}`);
  if (claim.speakerOrg) keys.add(`q.${slug(claim.speakerOrg)}`);
  // What the claim says happened: a denial and a confirmation of it share their verb ("data had been stolen"),
  // often with little else in common.
  const verb = predicateOf(claim.text);
  if (verb && !/^(said|say|says|told|tell|added|add)$/.test(verb)) keys.add(`v.${slug(verb)}`);
  const words = [...shapeOf(claim).tokens].filter((t) => !GENERIC.has(t) && t.length >= 4 && !/^\d+$/.test(t));
  words.sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const w of words.slice(0, 12 - keys.size > 5 ? 5 : Math.max(2, 12 - keys.size))) keys.add(`w.${slug(w)}`);
  return [...keys].filter((k) => k.length > 2).slice(0, 14);
}
