/**
 * Verdicts: one new claim against one earlier claim. The detectors below are tried in order; the first that decides
 * gives the verdict (a finding type and its explanation) or says the two claims are not one fact. Each detector is a
 * table entry with a name, an invented example (a test runs every one) and its reason.
 */
import type { Claim, CorpusClaim, Figure, FindingType } from '../types.ts';
import {
  measureOf,
  negates,
  negationFocus,
  resolvedHedge,
  type Scope,
  scopeChanged,
  scopeOf,
  shareList,
  type Status,
  statusChanged,
  statusOf,
} from './changes.ts';
import { type ClaimShape, concept, entityKey, isFunctionWord, KEPT_SILENT, mostlyQuote, overlap, shapeOf, stem } from './normalize.ts';
import {
  aboutKey,
  compareFigures,
  formatFigure,
  marginAgrees,
  numberedSubject,
  numbersOf,
  ownSum,
  placesDiffer,
  sameNationals,
  samePrisonTerm,
  sameQuantity,
  sharedDistinctive,
  sumAgrees,
  valuesSwapped,
} from './quantities.ts';
import { describeDiff, diffWords, isMinor, quoteWords, unchanged, type WordDiff } from './quotes.ts';
import { datesAgree, timesAgree, type When, whenConflict, whensOf } from './when.ts';
import {
  DISTINCTIVE_QUOTE_WORDS,
  NEAR_IDENTICAL,
  QUOTE_LOOSE_CONTENT,
  QUOTE_LOOSE_WORDS,
  QUOTE_MIN_COMMON_WORDS,
  QUOTE_REWORDED_CONTENT,
  QUOTE_REWORDED_WORDS,
  QUOTE_SAME_WORDS,
  QUOTE_TRANSLATED_CONTENT,
  QUOTE_VOW_CONTENT,
  QUOTE_VOW_MIN_WORDS,
  RELATED_MIN_SHARED,
  SAME_FACT_CONTAINMENT,
  SAME_FACT_MANY_CONTAINMENT,
  SAME_FACT_MANY_SHARED,
  SAME_FACT_MIN_SHARED,
  SAME_LIST_CONTAINMENT,
  SAME_LIST_MIN_SHARED,
} from './thresholds.ts';

/**
 * A source as explanations name it: the uploaded file's name, as every other view shows it (the key is in
 * `matches[].sourceKey` for whoever needs it): "incoming/default/02-harbour.txt" → "02-harbour.txt".
 */
export const nameOf = (sourceKey: string) => sourceKey.slice(sourceKey.lastIndexOf('/') + 1);

/** What a claim is compared on, computed once per claim (not once per pair: stemming dominated the diff's time). */
export interface Prepared {
  claim: Claim;
  shape: ClaimShape;
  scope: Scope | null;
  status: Status | null;
  /** The days, dates and times the claim gives, with the act each dates. */
  whens: When[];
}
export type PreparedCorpusClaim = Prepared & { claim: CorpusClaim };

export function prepare(claim: Claim): Prepared {
  return { claim, shape: shapeOf(claim), scope: scopeOf(claim.text), status: statusOf(claim.text), whens: whensOf(claim.text) };
}

/** One speaker speaks for another: the same entity, or a spokesperson and the organisation they speak for. */
export function speakersCompatible(a: Claim, b: Claim): boolean {
  if (!a.speaker || !b.speaker) return !a.speaker && !b.speaker;
  const keys = (c: Claim) => [c.speaker, c.speakerOrg].filter((x): x is string => Boolean(x)).map(entityKey);
  const ka = keys(a);
  const kb = keys(b);
  return ka.some((x) => kb.some((y) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)));
}

/** PHRASE_OF_A_REMARK: an earlier quotation this short, and a new one this many times longer, are a phrase and a remark. */
const PHRASE_MAX_WORDS = 3;
const REMARK_PER_PHRASE = 4;

/** One of the two quotations has no recognised speaker. */
const unattributed = (a: Claim, b: Claim) => !a.speaker !== !b.speaker;

export interface Verdict {
  type: FindingType;
  candidate: CorpusClaim;
  explanation: string;
  severity: 'minor' | 'substantive' | null;
  /** An update that states what the earlier claim hedged: the verb. */
  hedge?: string;
  /** The detector that decided. */
  rule: string;
}

/** A detector's answer: a verdict, NOT_ONE_FACT (stop: no verdict against this claim), or undefined (ask the next). */
export const NOT_ONE_FACT = 'not one fact';
type Decision = Omit<Verdict, 'candidate' | 'rule'> | typeof NOT_ONE_FACT | undefined;

/** The two claims of a comparison and what is known about them, each part computed once when first asked for. */
export class Pair {
  readonly claim: Claim;
  readonly k: CorpusClaim;
  readonly shape: ClaimShape;
  readonly kShape: ClaimShape;
  readonly o: ReturnType<typeof overlap>;
  readonly related: boolean;
  readonly polarityDiffers: boolean;
  /** The negative claim's text and the positive one's, when their polarity differs. */
  readonly negative: string;
  readonly positive: string;
  private memo: { figures?: ReturnType<typeof compareFigures>; agree?: FigureAgreement; fact?: SameFact; quotes?: Quotes | null } = {};

  constructor(
    readonly c: Prepared,
    readonly old: PreparedCorpusClaim,
  ) {
    this.claim = c.claim;
    this.k = old.claim;
    this.shape = c.shape;
    this.kShape = old.shape;
    this.o = overlap(this.shape, this.kShape);
    this.related = related(this.claim, this.k, this.shape, this.kShape, this.o.shared);
    this.polarityDiffers = this.shape.negative !== this.kShape.negative;
    [this.negative, this.positive] = this.shape.negative ? [this.claim.text, this.k.text] : [this.k.text, this.claim.text];
  }

  /** The figures of the claim against the earlier claim's. */
  figures(): ReturnType<typeof compareFigures> {
    return (this.memo.figures ??= compareFigures(this.claim.figures, this.k.figures));
  }
  agreement(): FigureAgreement {
    return (this.memo.agree ??= figureAgreement(this));
  }
  fact(): SameFact {
    return (this.memo.fact ??= sameFact(this));
  }
  quotes(): Quotes | null {
    if (this.memo.quotes === undefined) this.memo.quotes = quotesOf(this.claim, this.k);
    return this.memo.quotes;
  }
  /** Both claims are mostly quotation: compared by their words, never read as contradicting each other. */
  bothQuotes(): boolean {
    return mostlyQuote(this.claim) && mostlyQuote(this.k);
  }
  by(): string {
    return nameOf(this.k.sourceKey);
  }
}

/**
 * Figures are compared between claims on the same subject: two shared concepts or an entity. What both figures count
 * is a shared concept the words may not show: an outcome ("have lost their lives" and "confirmed dead" are both KILL)
 * or a specific counted noun ("rescue workers" and "rescue personnel"). Within a story (claims of other stories are
 * never compared), the same outcome is enough context.
 */
function related(claim: Claim, k: CorpusClaim, shape: ClaimShape, kShape: ClaimShape, shared: number): boolean {
  if (shared >= RELATED_MIN_SHARED || [...shape.entities].some((e) => kShape.entities.has(e))) return true;
  const sameCounted = (f: Figure) => {
    const key = aboutKey(f);
    const outcome = key.outcome !== null;
    return (outcome || key.specific) && k.figures.some((g) => sameQuantity(f, g) && (outcome || aboutKey(g).specific));
  };
  // The same sum owed or asked for (ownSum: a debt, a demand, a fine) with a word in common: one subject's sum.
  const sameSum = (f: Figure) => ownSum(f) && k.figures.some((g) => sameQuantity(f, g));
  if (sameNationals(claim.figures, k.figures)) return true;
  return shared >= 1 && (claim.figures.some(sameCounted) || claim.figures.some(sameSum));
}

interface Quotes {
  qa: string[];
  qb: string[];
  d: WordDiff;
  /** Word for word the same. */
  same: boolean;
  shorter: number;
}

/** Two quotations with enough words in common to be one remark (the same speaker's may be reworded further). */
function quotesOf(claim: Claim, k: CorpusClaim): Quotes | null {
  if (!claim.quote || !k.quote) return null;
  const qa = quoteWords(k.quote);
  const qb = quoteWords(claim.quote);
  const d = diffWords(qa, qb);
  const shorter = Math.min(qa.length, qb.length);
  const ratio = d.common / Math.max(1, shorter);
  const content = (ws: string[]) => new Set(ws.filter((w) => !isFunctionWord(w)).map(stem));
  const ca = content(qa);
  const cb = content(qb);
  const sharedContent = [...ca].filter((w) => cb.has(w)).length;
  const sameSpeaker = Boolean(claim.speaker && k.speaker) && speakersCompatible(claim, k);
  const [fewer, more] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  const sameVow = fewer.size >= QUOTE_VOW_CONTENT && shorter >= QUOTE_VOW_MIN_WORDS && [...fewer].every((w) => more.has(w));
  const similar =
    (ratio >= QUOTE_SAME_WORDS && d.common >= Math.min(QUOTE_MIN_COMMON_WORDS, qa.length, qb.length)) ||
    (sameSpeaker &&
      ((ratio >= QUOTE_REWORDED_WORDS && sharedContent >= QUOTE_REWORDED_CONTENT) ||
        (ratio >= QUOTE_LOOSE_WORDS && sharedContent >= QUOTE_LOOSE_CONTENT) ||
        (sharedContent >= QUOTE_LOOSE_CONTENT && sharedContent >= QUOTE_TRANSLATED_CONTENT * Math.min(ca.size, cb.size)) ||
        sameVow));
  return similar ? { qa, qb, d, same: qa.join(' ') === qb.join(' '), shorter } : null;
}

interface FigureAgreement {
  /** A figure of the same quantity with another value, not explained as the same result written otherwise. */
  update: { f: Figure; g: Figure } | null;
  /** A figure of the same quantity agrees (or a total agrees with its parts). */
  figureAgrees: boolean;
  totalAgrees: boolean;
}

function figureAgreement(p: Pair): FigureAgreement {
  const { claim, k } = p;
  let update: FigureAgreement['update'] = null;
  let figureAgrees = false;
  if (p.related && claim.figures.length && k.figures.length && !placesDiffer(claim, k)) {
    const compared = p.figures();
    // Either side may give the margin: "by 318 votes to 141" after "a defeat by 177 votes" agrees as much as the reverse.
    const u = compared.update;
    if (u && (valuesSwapped(u, claim, k) || marginAgrees(claim, k) || marginAgrees(k, claim))) figureAgrees = true;
    else if (u) update = u;
    figureAgrees ||= compared.agreeing.length > 0;
  }
  // "58 passengers and four crew" and "62 people, four of them crew": a total and its parts agree.
  const totalAgrees = p.related && !figureAgrees && (sumAgrees(claim.figures, k.figures) || sumAgrees(k.figures, claim.figures));
  return { update, figureAgrees: figureAgrees || totalAgrees, totalAgrees };
}

interface SameFact {
  sameFact: boolean;
  sameNumbers: boolean;
}

function sameFact(p: Pair): SameFact {
  const { claim, k, o } = p;
  const { figureAgrees } = p.agreement();
  // The same list of three or more items in any order ("higher wages, shorter shifts and a pension scheme") with
  // enough else in common is the same fact, however much each sentence adds around it.
  const sameList =
    !p.polarityDiffers &&
    o.shared >= SAME_LIST_MIN_SHARED &&
    o.containment >= SAME_LIST_CONTAINMENT &&
    !p.bothQuotes() &&
    shareList(claim.text, k.text);
  // The same value of a quantity that says what it counts ("nearly 250,000 people sheltering away from their homes",
  // "a quarter of a million people remain in relief camps") is the same fact, as a different value would have been
  // an update of it.
  const sameCount = figureAgrees && p.related && p.figures().agreeing.some(({ f }) => aboutKey(f).outcome !== null || aboutKey(f).specific);
  // Distinctive numbers in common ("318 votes to 141" and "318 members opposed the bill and 141 backed it"; "cost
  // roughly $387,000" and "has paid nearly $387,000") name the same fact in other words: two of them, or one with
  // enough else in common.
  const numbers = p.polarityDiffers ? 0 : sharedDistinctive(claim.text, k.text);
  // The same prison term ("sentenced X to 85 years" / "an 85-year prison sentence") with something else in common
  // (the sentenced person, the judge) names one sentencing, as a distinctive number does.
  const sameTerm = !p.polarityDiffers && o.shared >= RELATED_MIN_SHARED && samePrisonTerm(claim.text, k.text);
  const sameNumbers = numbers >= 2 || (numbers === 1 && o.shared >= SAME_FACT_MIN_SHARED) || sameTerm;
  // The same time of day with a word in common ("the landing was confirmed at about 1605 GMT" / "a signal confirming the
  // landing was received just after 4pm") dates one happening, as a distinctive number names one fact.
  const sameTime = !p.polarityDiffers && !p.bothQuotes() && sharesContentWord(p.shape, p.kShape) && timesAgree(p.old.whens, p.c.whens);
  // The same calendar date with three content words in common ("on Oct. 12 … closure of the bottling plant" / "the
  // bottling plant's closure on October 12") dates one happening the same way.
  const sameDate =
    !p.polarityDiffers &&
    !p.bothQuotes() &&
    contentWordsShared(p.shape, p.kShape) >= SAME_FACT_MIN_SHARED &&
    datesAgree(p.old.whens, p.c.whens);
  // SAME_SILENCE: the same person or body kept silent in both ("Ida Holm declined to address the court" / "Holm did not
  // make a statement"): the wordings share no content word, the silence and the one who kept it are the fact.
  const sameSilence =
    !p.polarityDiffers &&
    !p.bothQuotes() &&
    p.shape.tokens.has(KEPT_SILENT) &&
    p.kShape.tokens.has(KEPT_SILENT) &&
    [...p.shape.entities].some((e) => p.kShape.entities.has(e));
  // NUMBERED_SUBJECT (quantities.ts): "the two bell towers were saved" and "two towers have been saved".
  const sameNumbered =
    !p.polarityDiffers &&
    o.shared >= RELATED_MIN_SHARED &&
    (numberedSubject(claim.figures, k.text, p.kShape.tokens) || numberedSubject(k.figures, claim.text, p.shape.tokens));
  return {
    sameFact:
      sameSilence ||
      sameNumbered ||
      (o.containment >= SAME_FACT_CONTAINMENT && o.shared >= SAME_FACT_MIN_SHARED) ||
      (o.containment >= SAME_FACT_MANY_CONTAINMENT && o.shared >= SAME_FACT_MANY_SHARED) ||
      (figureAgrees && o.shared >= SAME_FACT_MIN_SHARED) ||
      sameList ||
      sameCount ||
      sameNumbers ||
      sameTime ||
      sameDate,
    sameNumbers,
  };
}

/** A content word (not a number) both claims have. */
const DIGITS = /^\d+$/;
function sharesContentWord(a: ClaimShape, b: ClaimShape): boolean {
  for (const t of a.tokens) if (!DIGITS.test(t) && b.tokens.has(t)) return true;
  return false;
}
/** How many content words (not numbers) both claims have. */
function contentWordsShared(a: ClaimShape, b: ClaimShape): number {
  let n = 0;
  for (const t of a.tokens) if (!DIGITS.test(t) && b.tokens.has(t)) n++;
  return n;
}

/**
 * The claim counts something the earlier claim neither counts nor names: a figure that says what it counts (its noun
 * or outcome), none of whose words the earlier claim has, against an earlier claim without any figure or number of it.
 */
function addsFigure(p: Pair): boolean {
  if (p.k.figures.length || p.fact().sameNumbers) return false;
  const earlier = new Set(numbersOf(p.k.text));
  return p.claim.figures.some((f) => {
    const key = aboutKey(f);
    if (earlier.has(f.value) || !(key.specific || key.outcome || (key.head && key.head !== 'people'))) return false;
    const words = f.about
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2);
    return words.length > 0 && !words.some((w) => p.kShape.tokens.has(concept(w)));
  });
}

/** TIME_FRAME: "within five years", "in the next 18 months", "over the next two weeks": how long a pledge or a work takes. */
const TIME_FRAME_COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few)`;
const TIME_FRAME = new RegExp(
  String.raw`\b(?:within|in the next|over the next|inside)\s+${TIME_FRAME_COUNT}\s+(?:years?|months?|weeks?|days?)\b`,
  'i',
);

/** The claim gives a time frame and the earlier claim none, nor any number: a detail the earlier source did not have. */
function addsTimeFrame(p: Pair): boolean {
  return TIME_FRAME.test(p.claim.text) && !TIME_FRAME.test(p.k.text) && numbersOf(p.k.text).length === 0;
}

/**
 * SAME_COUNT_OTHER_NOUN: the same number of things named by another noun ("convicted in March on all 14 counts" /
 * "found guilty on 14 federal charges") in claims that already read as one fact: outlets name what they count in
 * their own words, and the same exact value is the sign that it is one count. Only plain counts (no unit, no role,
 * no anchor) with no outcome that sets them apart ("10 killed" is never "10 injured").
 */
function sameCountOtherNoun(figures: Figure[], earlier: Figure[]): boolean {
  const plain = (f: Figure) => f.unit === null && !f.multiplier && !f.role && !f.anchor && f.range === null;
  return figures.some(
    (f) => plain(f) && earlier.some((g) => plain(g) && g.value === f.value && aboutKey(g).outcome === aboutKey(f).outcome),
  );
}

/**
 * "contradicted his earlier statement", "retracted her previous remarks", "went back on its denial": the subject says
 * their own earlier word no longer holds. One whitespace between fixed words: no two ways to match, linear.
 */
const REVERSES_OWN_STATEMENT = new RegExp(
  String.raw`\b(?:contradicted|reversed|retracted|withdrew|walked back|backtracked on|went back on|rowed back on)\s` +
    String.raw`(?:his|her|their|its)\s(?:own\s)?(?:(?:earlier|previous|initial|original|first)\s)?` +
    String.raw`(?:statements?|remarks?|comments?|claims?|account|denials?|position|stance|words)\b`,
  'i',
);

const updated = (explanation: string, hedge?: string): Decision => ({
  type: 'updated',
  severity: null,
  explanation,
  ...(hedge ? { hedge } : {}),
});
const contradicted = (p: Pair): Decision => ({
  type: 'contradicted',
  severity: null,
  explanation: `${p.shape.negative ? 'denies' : 'asserts'} what ${p.by()} ${p.kShape.negative ? 'denies' : 'asserts'}`,
});

export interface VerdictRule {
  name: string;
  decide: (p: Pair) => Decision;
  /** Invented claims: the earlier one, the new one, and what the new one is found to be against it. */
  example: { earlier: string; claim: string; finding: FindingType | 'new' };
  reason: string;
}

/** The detectors in the order they are tried: what matters most to a reader is decided first. */
export const VERDICT_RULES: VerdictRule[] = [
  {
    name: 'quotation of another speaker',
    decide: (p) => {
      const q = p.quotes();
      if (!q || speakersCompatible(p.claim, p.k)) return undefined;
      return unattributed(p.claim, p.k) && q.shorter >= DISTINCTIVE_QUOTE_WORDS ? undefined : NOT_ONE_FACT;
    },
    example: {
      earlier: 'Mayor Ana Ruiz said: "We will rebuild every home in the valley before winter."',
      claim: 'Governor Tom Bell said: "We will rebuild every home in the valley before winter."',
      finding: 'new',
    },
    reason:
      'the same words from another speaker are not the same quote; a quote whose speaker was not recognised on one side ' +
      'is matched on its words when they are enough to be distinctive',
  },
  {
    name: 'slogan',
    decide: (p) => {
      const q = p.quotes();
      return q && !p.claim.speaker && !p.k.speaker && q.shorter < DISTINCTIVE_QUOTE_WORDS && !q.same ? NOT_ONE_FACT : undefined;
    },
    example: {
      earlier: 'The town council launched the campaign "Keep Our Town Green" on Monday in the old market.',
      claim: 'The town council launched the campaign "Keep Our Town Clean" on Monday in the old market.',
      finding: 'new',
    },
    reason:
      "without a speaker on either side, a few quoted words are a slogan, a title or a scare quote (\"the 'We're on it' " +
      'campaign"), not a remark someone made: only a quotation of some length can be altered',
  },
  {
    name: 'phrase of a longer remark',
    decide: (p) => {
      const q = p.quotes();
      return q && !q.same && unchanged(q.d) && q.qa.length <= PHRASE_MAX_WORDS && q.qb.length >= REMARK_PER_PHRASE * q.qa.length
        ? NOT_ONE_FACT
        : undefined;
    },
    example: {
      earlier: 'Mayor Ana Ruiz said the new road toll would be a "heavy burden" for the families of the valley.',
      claim: 'Ana Ruiz said: "This toll is a heavy burden for families who already pay more than anyone else in the region for fuel."',
      finding: 'new',
    },
    reason:
      'a phrase of two or three words quoted earlier ("heavy burden") does not make a full quotation that contains it old ' +
      'news: the remark around the phrase is what the new source adds (the other way round, a phrase picked from a remark ' +
      'already quoted in full, is the same quotation)',
  },
  {
    name: 'same quotation',
    decide: (p) => {
      const q = p.quotes();
      return q && (q.same || unchanged(q.d))
        ? { type: 'corroborated', severity: null, explanation: `same quotation${p.claim.speaker ? ` from ${p.claim.speaker}` : ''}` }
        : undefined;
    },
    example: {
      earlier: '"The water is safe to drink again," said Ana Ruiz, the city engineer.',
      claim: '"The water is safe to drink again," Ana Ruiz told reporters on Friday.',
      finding: 'corroborated',
    },
    reason: 'the same words from the same speaker, or an excerpt of them (a phrase of five words or fewer quoted from the remark)',
  },
  {
    name: 'altered quotation',
    decide: (p) => {
      const q = p.quotes();
      if (!q) return undefined;
      const speaker = p.claim.speaker ? ` of ${p.claim.speaker}` : '';
      return {
        type: 'quote_altered',
        severity: isMinor(q.d) ? 'minor' : 'substantive',
        explanation: `quotation${speaker} differs from ${p.by()}: ${describeDiff(q.d)}`,
      };
    },
    example: {
      earlier: '"The water is completely safe to drink again," said Ana Ruiz, the city engineer.',
      claim: '"The water is safe to drink again," said Ana Ruiz, the city engineer.',
      finding: 'quote_altered',
    },
    reason: "the same speaker's quotation with words changed, added or dropped; minor when only function words differ",
  },
  {
    name: 'reversed statement',
    decide: (p) =>
      p.k.speaker && p.claim.entities.includes(p.k.speaker) && !p.claim.quote && REVERSES_OWN_STATEMENT.test(p.claim.text)
        ? updated(`${p.k.speaker} went back on what ${p.by()} reported them saying`)
        : undefined,
    example: {
      earlier: '"We never ordered the gates to be opened," harbour master Ivo Marsh said on Monday.',
      claim: 'On Tuesday Ivo Marsh retracted his earlier account, saying the order had come from his office.',
      finding: 'updated',
    },
    reason:
      'a report that someone contradicted, retracted or went back on their earlier statement says their position changed: ' +
      'what that person was reported saying before is updated, whatever words the two share',
  },
  {
    name: 'figure update',
    decide: (p) => {
      const { update } = p.agreement();
      return update ? updated(`${update.f.about}: ${formatFigure(update.g)} → ${formatFigure(update.f)} (${p.by()})`) : undefined;
    },
    example: {
      earlier: 'At least 12 people were killed in the landslide near Varnholt on Sunday.',
      claim: 'At least 19 people were killed in the landslide near Varnholt, officials said.',
      finding: 'updated',
    },
    reason:
      'figures on the same quantity with a different value, in related claims of the same place, and no figure of the two ' +
      'claims agreeing on it (two sides of one result, a margin, are the same result written otherwise)',
  },
  {
    name: 'scope change',
    decide: (p) =>
      p.c.scope && p.old.scope && scopeChanged(p.old.scope, p.c.scope) && (p.related || p.o.shared >= 1)
        ? updated(`${p.c.scope.measure}: ${p.old.scope.label} → ${p.c.scope.label} (${p.by()})`)
        : undefined,
    example: {
      earlier: 'A night curfew was imposed in Dorn, the largest town of Lisk county.',
      claim: 'Officials extended the curfew to the whole of Lisk county.',
      finding: 'updated',
    },
    reason: 'the same measure applied to a wider or narrower scope ("flights from two airports" → "all airports")',
  },
  {
    name: 'wider scope',
    decide: (p) =>
      p.c.scope?.changed &&
      p.c.scope.breadth >= 2 &&
      !p.old.scope &&
      p.related &&
      p.o.shared >= 2 &&
      measureOf(p.k.text) === p.c.scope.measure
        ? updated(`${p.c.scope.measure}: → ${p.c.scope.label} (${p.by()})`)
        : undefined,
    example: {
      earlier: 'The regulator grounded the Arvo 500 jets.',
      claim: 'The regulator extended its grounding order to every Arvo 500 jet in the country.',
      finding: 'updated',
    },
    reason:
      '"extended its grounding order to every aircraft of the type in the country" against a grounding stated without a ' +
      'scope: the new, wider scope is the update',
  },
  {
    name: 'status change',
    decide: (p) =>
      p.c.status && p.old.status && statusChanged(p.old.status, p.c.status) && p.o.shared >= 2 && !placesDiffer(p.claim, p.k)
        ? updated(`status: ${p.old.status.state} → ${p.c.status.state} (${p.by()})`)
        : undefined,
    example: {
      earlier: 'Peace talks between the two delegations were suspended on Monday after a walkout.',
      claim: 'Peace talks between the two delegations resumed in Varna on Thursday.',
      finding: 'updated',
    },
    reason:
      'another state of the same set for the same subject ("talks suspended" → "talks resumed"); a state in another ' +
      "country is another subject's (the UK chain in administration is not the U.S. closures under way)",
  },
  {
    name: 'negation',
    decide: (p) =>
      p.polarityDiffers && (p.related || p.o.shared >= RELATED_MIN_SHARED) && !p.bothQuotes() && negates(p.negative, p.positive)
        ? contradicted(p)
        : undefined,
    example: {
      earlier: 'Guards used tear gas to disperse the rally, according to a photographer at the scene.',
      claim: 'Guards did not use tear gas at the rally, the police chief said.',
      finding: 'contradicted',
    },
    reason:
      'a negative claim contradicts a positive one when it negates what that one asserts: a denied proposition found in ' +
      'it, or the very verb it uses ("did not cross" / "crossed"), not merely any "not" in a similar sentence',
  },
  {
    name: 'resolved hedge',
    decide: (p) => {
      if (p.polarityDiffers || p.shape.negative || (p.claim.quote && p.k.quote)) return undefined;
      if (!p.fact().sameFact && !(p.related && p.o.shared >= SAME_FACT_MIN_SHARED)) return undefined;
      const verb = resolvedHedge(p.k.text, p.claim.text);
      return verb ? updated(`"${verb}": reported as possible or expected by ${p.by()}, now stated`, verb) : undefined;
    },
    example: {
      earlier: 'The grocer Pellmart Foods may soon close all of its stores in Norway, a newspaper reported.',
      claim: 'The grocer Pellmart Foods will close all of its stores in Norway, the company said.',
      finding: 'updated',
    },
    reason:
      '"may soon close all its stores" then "will close all its stores": what was possible is now stated, an update of ' +
      "the fact's state; three shared words or names, the verb among them, and neither claim negated",
  },
  {
    name: 'not the same fact',
    decide: (p) => (p.fact().sameFact ? undefined : NOT_ONE_FACT),
    example: {
      earlier: 'The harbour was closed after the storm on Sunday.',
      claim: 'The museum will reopen on Friday after repairs.',
      finding: 'new',
    },
    reason:
      'nothing above decided and the claims do not state one fact: not enough shared wording, no agreeing figure, list or ' +
      'distinctive number',
  },
  {
    name: 'unfocused negation, same words',
    decide: (p) => (p.polarityDiffers && !negationFocus(p.negative) && p.o.containment >= NEAR_IDENTICAL ? contradicted(p) : undefined),
    example: {
      earlier: 'The council approved the budget for the new library in Harlow.',
      claim: 'The council failed to approve the budget for the new library in Harlow.',
      finding: 'contradicted',
    },
    reason: 'opposite polarity whose focus cannot be read contradicts only in near-identical wording',
  },
  {
    name: 'unfocused negation',
    decide: (p) => (p.polarityDiffers && !negationFocus(p.negative) ? NOT_ONE_FACT : undefined),
    example: {
      earlier: 'The city has paid the contractors for the repairs to the old bridge.',
      claim: 'The city has yet to pay the contractors for the repairs to the old bridge.',
      finding: 'new',
    },
    reason:
      'opposite polarity that the negation does not reach ("has not revised its count of 14" against "14 killed") leaves ' +
      'the shared fact standing, but without near-identical wording it is not read as the same fact either',
  },
  {
    name: 'quotations of two speakers',
    decide: (p) =>
      p.claim.quote && p.k.quote && !speakersCompatible(p.claim, p.k) && !unattributed(p.claim, p.k) ? NOT_ONE_FACT : undefined,
    example: {
      earlier: 'Mayor Ada Lind told the regional transport meeting in Harlow on Monday that the ring road plan was ready: "We are done."',
      claim:
        'Minister Per Vik told the regional transport meeting in Harlow on Monday that the ring road plan was ready: "Work starts soon."',
      finding: 'new',
    },
    reason: 'two people saying similar things are two facts',
  },
  {
    name: 'different quantities',
    decide: (p) => {
      const { totalAgrees, figureAgrees } = p.agreement();
      if (totalAgrees || figureAgrees || p.fact().sameNumbers || !p.claim.figures.length || !p.k.figures.length) return undefined;
      if (sameCountOtherNoun(p.claim.figures, p.k.figures)) return undefined;
      return !p.figures().agreeing.length && p.o.containment < NEAR_IDENTICAL ? NOT_ONE_FACT : undefined;
    },
    example: {
      earlier: 'Crews cleared 40 kilometres of road near the dam on Monday, the agency said.',
      claim: 'Crews cleared 300 trees from the road near the dam on Monday, the agency said.',
      finding: 'new',
    },
    reason:
      'both claims have figures and none agrees: different values of the same quantity would have been an update, and ' +
      'different quantities are not the same fact unless the wording is near-identical',
  },
  {
    name: 'another day or time',
    decide: (p) => {
      if (p.polarityDiffers || p.bothQuotes()) return undefined;
      const conflict = whenConflict(p.old.whens, p.c.whens);
      return conflict
        ? { type: 'contradicted', severity: null, explanation: `when: ${conflict.before.text} (${p.by()}) → ${conflict.now.text}` }
        : undefined;
    },
    example: {
      earlier: 'The council said the vote on the new harbour plan will be held on Wednesday in Lisk.',
      claim: 'The council said the vote on the new harbour plan will be held on Friday in Lisk.',
      finding: 'contradicted',
    },
    reason:
      'the same fact given another day, date or time of day for the same act ("will be debated on Wednesday" / "on ' +
      'Thursday", "at 3:40 p.m." / "at 3.45 p.m."): the two cannot both be right. Only whens tied to the same verb are ' +
      'compared, so the day of one act never clashes with the day of another',
  },
  {
    name: 'figure the earlier claim lacks',
    decide: (p) => (addsFigure(p) ? NOT_ONE_FACT : undefined),
    example: {
      earlier: 'The grocer Pellmart Foods will close all of its stores in Norway, the company said.',
      claim: 'Pellmart Foods, which has 4,200 employees in Norway, will close all of its stores there.',
      finding: 'new',
    },
    reason:
      'the earlier claim gives no figure at all and never names what the new figure counts: the figure ("4,200 employees", ' +
      '"a two million mile voyage") is news the earlier source did not report, and "corroborated" would tell the reader ' +
      'it was already known',
  },
  {
    name: 'time frame the earlier claim lacks',
    decide: (p) => (addsTimeFrame(p) ? NOT_ONE_FACT : undefined),
    example: {
      earlier: 'The mayor of Lisk vowed to rebuild the harbour bridge after the storm.',
      claim: 'The mayor of Lisk vowed to rebuild the harbour bridge within two years.',
      finding: 'new',
    },
    reason:
      'a time frame ("within five years", "over the next 18 months") is a commitment the earlier source did not report: ' +
      'the pledge with its deadline is news, and "corroborated" would tell the reader the deadline was already known',
  },
  {
    name: 'corroborated',
    decide: () => ({ type: 'corroborated', severity: null, explanation: '' }),
    example: {
      earlier: 'The bridge over the Olt river reopened to traffic on Saturday.',
      claim: 'Traffic returned to the bridge over the Olt river on Saturday when it reopened.',
      finding: 'corroborated',
    },
    reason: 'the same fact, and nothing above found a change, a contradiction or another speaker',
  },
];

/** The rule that decides a claim against one earlier claim, and its verdict (null: they are not one fact). */
export function judge(c: Prepared, old: PreparedCorpusClaim): { rule: string; verdict: Verdict | null } {
  const pair = new Pair(c, old);
  for (const rule of VERDICT_RULES) {
    const decision = rule.decide(pair);
    if (decision === NOT_ONE_FACT) return { rule: rule.name, verdict: null };
    if (decision) return { rule: rule.name, verdict: { ...decision, candidate: old.claim, rule: rule.name } };
  }
  return { rule: 'none', verdict: null };
}

/** The verdict on a claim against one earlier claim, or null when they are not one fact. */
export function compare(c: Prepared, old: PreparedCorpusClaim): Verdict | null {
  return judge(c, old).verdict;
}
