/**
 * Figures: value, unit, qualifier and what is counted. "at least 18 security officers had been killed" →
 * { value: 18, qualifier: 'at least', range: [18, ∞), about: 'security officers killed' }. Vague quantities
 * ("dozens") become ranges, never false precision; years, dates, times, ordinals and ages are not figures.
 */
import type { Figure } from '../types.ts';
import { FOLD_WORDS, MONTHS_AND_DAYS, MULTIPLIER_WORDS, NUMBER_WORDS, outcomeClass, QUALIFIERS, SCALES, VAGUE } from './lexicon.ts';

const NUMBER = String.raw`(?:[$€£¥]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:[$€£¥]\s?)?\d+(?:\.\d+)?`;
const WORD_NUMBER = `(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[- ](?:${Object.keys(NUMBER_WORDS).join('|')}))?`;
const VAGUE_WORDS = 'tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions';
const SCALE = `(?:\\s?(?:${Object.keys(SCALES).join('|')})\\b)?`;
const FIGURE_RE = new RegExp(`(?<![\\w.-])(${VAGUE_WORDS}|${NUMBER}|${WORD_NUMBER})\\b${SCALE}(\\s?(?:%|percent|per cent|percentage points?))?(?![\\w-]*\\d)(?![-\\s]?fold)`, 'gi');
const FOLD_RE = /\b(\w+)[- ]?fold\b/gi;
const MULTIPLIER_RE = new RegExp(`\\b(${Object.keys(MULTIPLIER_WORDS).join('|')})\\b`, 'gi');

const CURRENCY_WORDS = /^\s*(dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?|tenge|rupees?|francs?|usd|eur|gbp)\b/i;
const TIME_UNITS = /^\s*(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i;
const NOT_A_NOUN = new Set(['including', 'currently', 'this', 'these', 'those', 'thats', 'its', 'their', 'his', 'her', 'our', 'times', 'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'than', 'that', 'which', 'who', 'have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'be', 'percent', 'when', 'after', 'before', 'while', 'since', 'because', 'if', 'until', 'where', 'whose', 'still', 'so', 'far', 'now', 'then', 'but', 'into', 'onto', 'over', 'under', 'during', 'amid', 'per', 'each', 'ago', 'later', 'earlier']);
const ADJECTIVES = /^(more|other|additional|further|new|young|armed|unarmed|local|foreign|civilian|military|injured|wounded|dead|Russian|Kazakh)$/i;

function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/[$€£¥]/g, '').trim();
  if (/^[\d.,\s]+$/.test(text)) return Number(text.replace(/[,\s]/g, ''));
  const parts = text.split(/[- ]+/);
  let value = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    // "two hundred", "two dozen" multiply; "twenty-six" adds.
    value = n === 100 || n === 12 ? (value || 1) * n : value + n;
  }
  return value;
}

/** The counted noun phrase right after the number ("18 security officers had…" → "security officers"). */
function nounAfter(rest: string): string | null {
  const words = rest.replace(/^[\s-]+/, '').split(/\s+/);
  const noun: string[] = [];
  for (const raw of words.slice(0, 4)) {
    if (/^(?:\p{Lu}\.){2,}$/u.test(raw)) continue; // "200 U.S. troops": a dotted acronym is an adjective here
    const w = raw.replace(/[^\p{L}'-]/gu, '');
    // The noun phrase ends at a verb: "thousands fled", "18 officers died", "40 protesters detained".
    if (!w || NOT_A_NOUN.has(w.toLowerCase()) || /^(had|have|has|were|was|are|is|been|will|would|could|may|might|must|should|did|do|does)$/i.test(w) || (outcomeClass(w) !== null && /(ed|died|fled|dead|held|sent|hurt)$/i.test(w))) break;
    if (noun.length > 0 && (/^[a-z]{3,}ed$/.test(w) || /^(remain|remains|stay|stays|live|lives|work|works|say|says|face|faces|need|needs|took|take|takes|got|get|gets|went|go|goes|came|come|comes|made|make|makes|gave|give|gives|saw|see|sees|told|tell|tells|left|leave|leaves|feel|felt|hold|holds)$/i.test(w))) break;
    noun.push(w.toLowerCase());
    if (/[,.;:)]["'”’]*$|["”’]$/.test(raw)) break;
  }
  while (noun.length > 1 && ADJECTIVES.test(noun[0])) noun.shift();
  // Keep the head: the last one or two words ("security officers", "troops").
  return noun.length ? noun.slice(-2).join(' ') : null;
}

/** "the protesters, estimated to be 5,000": the noun before the number. */
function nounBefore(before: string): string | null {
  const m = before.match(/(?:the|some|of)\s+([a-z]+(?:\s[a-z]+)?)\s*,?\s*(?:estimated|numbering|put|said|thought|believed)?\s*(?:to be|at)?\s*$/i);
  return m ? m[1].toLowerCase() : null;
}

/** "40% of the fleet and …" → "fleet"; "a 12% rise in prices" → "rise". */
function percentOf(after: string): string | null {
  const words = (after.match(/^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?)?([a-z]+(?:\s[a-z]+)?)/i)?.[1] ?? '').toLowerCase().split(' ');
  while (words.length && NOT_A_NOUN.has(words[words.length - 1])) words.pop();
  return words.length && words[0] ? words.join(' ') : null;
}

export function extractFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  const at: number[] = [];
  FIGURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE_RE.exec(sentence))) {
    const raw = m[0];
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + raw.length);
    const word = m[1].toLowerCase();
    if (/^(one)$/.test(word) && /^\s+(of|another|day|side|hand|way)\b/i.test(after)) continue; // "one of the…"
    if (/^(one)$/.test(word) && /\b(no|any|every|some)\s*$/i.test(before)) continue; // "no one", "anyone"
    // "a 16-inch screen", "a three-game streak", "a two-day trial": a measure inside a compound modifier describes
    // the noun, it does not count it ("a 2,000-strong force" does).
    if (/^-(?!strong\b)[a-z]+/i.test(after)) continue;
    // "Series 5", "Fortune 500", "Model 3": a number after a capitalised word inside a sentence is part of a name.
    if (/\S\s+[\p{Lu}][\p{L}]*\s$/u.test(before) && !/\b(At|Some|About|Around|Nearly|Almost|Over|Only|Just|Roughly|Approximately|More|Fewer|Less|Up)\s$/.test(before)) continue;
    if (/^\s+out\s+of\b/i.test(after) || /\bout\s+of\s*$/i.test(before)) continue; // "eight out of ten": a ratio, read as prose
    if (/^\s+times\b/i.test(after)) continue; // "four times this month": a frequency, not a count of anything
    if (/^-and-a-half\b/i.test(after)) continue; // "five-and-a-half points": a margin, read as prose
    if (TIME_UNITS.test(after) && !/\b(at least|more than|some|about)\s*$/i.test(before)) continue; // durations, times of day
    const lastWord = before.match(/(\w+)\W*$/)?.[1]?.toLowerCase() ?? '';
    if (MONTHS_AND_DAYS.has(lastWord) || MONTHS_AND_DAYS.has(after.match(/^\s*(?:of\s+)?(\w+)/)?.[1]?.toLowerCase() ?? '')) continue; // dates
    if (/^\d{4}$/.test(word) && Number(word) >= 1900 && Number(word) <= 2100 && !/^\s+(people|persons|troops|protesters|soldiers|officers)\b/i.test(after)) continue; // years
    if (/^(st|nd|rd|th)\b/i.test(after) || /\b(no\.|number|page|chapter|article|section|covid|g|f)\s*-?$/i.test(before) || /[:/]\s*$/.test(before) || /^[:/]\d/.test(after)) continue;
    if (/\baged?\s*$/i.test(before) || /^-year-old/i.test(after)) continue; // ages

    const vague = VAGUE.find(([re]) => re.test(m![1]));
    let value = vague ? vague[1] : parseNumber(m[1]);
    if (value === null || !Number.isFinite(value)) continue;
    const scale = raw.match(new RegExp(`\\b(${Object.keys(SCALES).join('|')})\\b`, 'i'))?.[1]?.toLowerCase();
    if (scale && !vague) value *= SCALES[scale];
    const percent = /%|percent|per cent|percentage point/i.test(raw);
    const currency = raw.match(/[$€£¥]/)?.[0] ?? after.match(CURRENCY_WORDS)?.[1]?.toLowerCase() ?? null;
    const qualifier = before.match(QUALIFIERS)?.[1]?.toLowerCase() ?? (vague ? m[1].toLowerCase() : null);

    // "the death toll rose to 17": what the toll counts.
    const toll = /\bdeath toll\b[^.;]{0,40}\b(to|at|of|is|was|stands at|reached|hit|climbed to|rose to)\s*$/i.test(before);
    const window = after.slice(0, 80);
    const outcome = outcomeClass(window.split(/[.;]|, (?:and|but|while)\b/)[0]) ?? (percent || currency ? null : outcomeClass(before.slice(-60)));
    // "dozens of protesters", "2 million of the residents": the counted noun follows "of".
    const counted = (vague || scale ? after.replace(/^\s*of\s+(?:the\s+)?/i, ' ') : after).replace(/^-strong\b/i, '');
    let noun = percent ? percentOf(after) : nounAfter(counted);
    if (currency) noun = 'money';
    if (!noun || NOT_A_NOUN.has(noun)) noun = nounBefore(before) ?? (outcome || toll ? 'people' : null);
    if (!noun && !outcome) continue; // a bare number with nothing counted is not a figure claim
    const about = toll ? 'people killed' : [noun, outcome].filter(Boolean).join(' ');

    let range: [number, number] | null = vague ? [vague[1], vague[2]] : null;
    if (!vague && qualifier) {
      if (/at least|more than|over|upwards of|no fewer than|just over/.test(qualifier)) range = [value, Number.MAX_SAFE_INTEGER];
      else if (/up to|fewer than|less than|no more than|at most|under|just under/.test(qualifier)) range = [0, value];
      else range = [Math.floor(value * 0.9), Math.ceil(value * 1.1)];
    }
    at.push(m.index);
    figures.push({ value, unit: percent ? '%' : currency ? currencyName(currency) : null, about, qualifier, range, multiplier: false, raw: `${qualifier && !vague ? qualifier + ' ' : ''}${raw.trim()}` });
  }

  // Multipliers: "a twofold increase in gas prices", "prices doubled".
  for (const re of [FOLD_RE, MULTIPLIER_RE]) {
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      const value = re === FOLD_RE ? FOLD_WORDS[m[1].toLowerCase()] ?? parseNumber(m[1]) : MULTIPLIER_WORDS[m[1].toLowerCase()];
      if (!value) continue;
      const after = sentence.slice(m.index + m[0].length);
      const before = sentence.slice(0, m.index);
      // "a twofold increase in X", "the doubling of X": X follows; "X doubled": X precedes.
      const verb = re === MULTIPLIER_RE && /(ed|es)$/i.test(m[1]);
      const following = after.match(/^\s*(?:increase|rise|jump|growth|hike)?\s*(?:in|of)\s+(?:the\s+)?([a-z]+(?:\s[a-z]+)?)/i)?.[1];
      // "fuel costs saw a threefold rise": the subject before the light verb and article.
      const subject = before.replace(/\s+(?:saw|see|sees|seen|posted|recorded|showed|show|shows|marked|registered|reported|suffered|experienced)?\s*(?:a|an|the)?\s*$/i, ' ');
      const preceding = subject.match(/([a-z]+(?:\s[a-z]+)?)\s+(?:have\s+|has\s+|had\s+)?(?:more than\s+|nearly\s+|almost\s+)?$/i)?.[1];
      const object = verb ? preceding ?? following : following ?? preceding;
      if (!object) continue;
      at.push(m.index);
      figures.push({ value, unit: '×', about: `${object.toLowerCase()} increase`, qualifier: null, range: null, multiplier: true, raw: m[0] });
    }
  }
  // Reading order, so the first figure of a clause is the first one written.
  return figures.map((f, i) => ({ f, at: at[i] })).sort((a, b) => a.at - b.at).map((x) => x.f);
}

function currencyName(symbol: string): string {
  const s = symbol.toLowerCase();
  if (s === '$' || s.startsWith('dollar') || s === 'usd') return 'USD';
  if (s === '€' || s.startsWith('euro') || s === 'eur') return 'EUR';
  if (s === '£' || s.startsWith('pound') || s === 'gbp') return 'GBP';
  return s;
}
