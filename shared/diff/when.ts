/**
 * When: the days, dates and times of day a claim gives for what it reports, compared like figures. "will be signed
 * on Wednesday" and "will be signed on Thursday" are one signing on two days; "at 3:40 p.m." and "at 3.45 p.m." are
 * two times of one event; "about 9 p.m." and "9:10 p.m." agree. Each `when` is tied to the word it dates (its anchor:
 * "debated", "struck"), so only the dates of the same happening are compared, never a day of one act against the day
 * of another in the same sentence.
 */
import { MONTH_NUMBERS, WEEKDAYS } from '../lexicon/english.ts';
import { memo } from './memo.ts';
import { concept, isFunctionWord } from './normalize.ts';

export type WhenKind = 'weekday' | 'date' | 'month' | 'span' | 'time';

export interface When {
  kind: WhenKind;
  /** Minutes after midnight (time), month × 100 + day (date), month (month), first and last month (span), 0–6 from Monday (weekday). */
  range: [number, number];
  /** As written ("on Thursday", "3:40 p.m."). */
  text: string;
  /** The concept of the word the when dates ("debated" → "debat"), or null when none is near. */
  anchor: string | null;
  /** A time given in GMT/UTC, in local time, or with no zone. */
  zone: 'utc' | 'local' | null;
}

const MONTH_NAMES = Object.keys(MONTH_NUMBERS).join('|');
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gi');
/** "Jan. 31", "January 31st", "31 January", "the 31st of January". */
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\b`, 'gi');
/** A month alone after a word that makes it a time ("in March", "since June"): "May" alone is a verb, never read. */
const MONTH_ALONE = new RegExp(
  `\\b(?:in|since|until|by|during|early|late|mid-?|last|next|this)\\s+(${MONTH_NAMES})\\b(?!\\.?\\s+\\d)`,
  'gi',
);
/**
 * MONTH_SPAN: "between March and May", "from April to June", "from March through May": a period of months, compared as
 * a whole. Another span for the same fact ("between April and June") is another account of when it happened; an
 * overlap does not make two spans agree, only the same first and last month. Fixed words, one space each: linear.
 */
const SPAN_PART = `(?:(?:early|late|mid-?)\\s?)?(${MONTH_NAMES})`;
const MONTH_SPAN = new RegExp(`\\b(?:between|from)\\s${SPAN_PART}\\s(?:and|to|until|till|through)\\s${SPAN_PART}\\b`, 'gi');

/** "3:40 p.m.", "3.45pm", "9 a.m.", "16:05", "1605 GMT", "0234 GMT". */
const TIME = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|(\d{1,2}):(\d{2})\b|([01]\d|2[0-3])([0-5]\d)\s*` +
    String.raw`(?:hours?\b|hrs\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|local time\b))`,
  'gi',
);
/** A qualifier right before a time: "about 9 p.m.", "just after 4pm". */
const TIME_QUALIFIER = new RegExp(
  String.raw`\b(about|around|approximately|roughly|some|nearly|almost|shortly after|just after|shortly before|just before|` +
    String.raw`soon after)\s+$`,
  'i',
);
/** A zone right after a time: "0234 (GMT)", "5:32 local time". */
const ZONE_AFTER = /^\s*\(?(?:GMT|UTC)\b|^\s*local time\b/i;
const UTC_ZONE = /gmt|utc/i;
/** Minutes of slack a qualifier gives: "about 9 p.m." holds 8:45 to 9:15; "just after 4pm" 4:00 to 4:15. */
const SLACK = 15;

/**
 * The word a when at `at` dates: among the three content words before it in its clause, the nearest that reads as an
 * act (a past form or participle: "signed", "struck"). "will be signed in the capital on Thursday" → signed.
 */
const ANCHOR_WORDS = 3;
/** "from late on Sunday", "until Friday", "since March": the bound of a period, not the day of an act. */
const PERIOD_BOUND = /\b(?:from|since|until|till|through|by|before|after)\s+(?:(?:late|early|mid|the|on|in|last|next|this)\s+)*$/i;
/** "remained restricted on Saturday", "still closed on Monday": a state that lasts, true on many days. */
const LASTING = /^(?:remain|remains|remained|remaining|stay|stays|stayed|still|continue|continues|continued|kept|keeps)$/;
function anchorBefore(text: string, at: number): string | null {
  const clause =
    text
      .slice(Math.max(0, at - 80), at)
      .split(/[,;:–—]/)
      .pop() ?? '';
  if (PERIOD_BOUND.test(clause)) return null;
  const all = (clause.match(/[\p{L}’'-]+/gu) ?? []).map((w) => w.toLowerCase());
  const words = all.filter((w) => !isFunctionWord(w));
  for (const w of words.slice(-ANCHOR_WORDS).reverse()) {
    if (!(/[a-z]{2}ed$/.test(w) || IRREGULAR_ACTS.has(w))) continue;
    const i = all.lastIndexOf(w);
    return all.slice(Math.max(0, i - 2), i).some((x) => LASTING.test(x)) ? null : concept(w);
  }
  return null;
}
/** Irregular past forms of one-off acts a day is given for. */
const IRREGULAR_ACTS = new Set(
  (
    'struck hit held met began begun won lost took taken sent left fell fallen rose risen heard sold paid shot found made led ran ' +
    'wrote written gave given saw seen knew known did done shown broke broken chose chosen drove driven spoke spoken stole ' +
    'stolen threw thrown flew flown grew grown drew drawn hid hidden bought brought caught fought built spent kept told stood ' +
    'swore sworn tore torn fled'
  ).split(' '),
);

function hours(h: number, mer: string | undefined): number {
  if (!mer) return h;
  const pm = mer.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

function timeRange(minutes: number, qualifier: string | undefined): [number, number] {
  const q = (qualifier ?? '').toLowerCase();
  if (/after/.test(q)) return [minutes, minutes + SLACK];
  if (/before/.test(q)) return [minutes - SLACK, minutes];
  if (q) return [minutes - SLACK, minutes + SLACK];
  return [minutes, minutes];
}

/**
 * The days, dates and times of a text, in reading order. Remembered per text: retrieval files a claim under its
 * times' hours and the verdicts read the same claim's whens again.
 */
export const whensOf = memo((text: string): When[] => {
  const out: Array<When & { at: number }> = [];
  const add = (at: number, kind: WhenKind, range: [number, number], written: string, zone: When['zone'] = null) =>
    out.push({ at, kind, range, text: written, anchor: anchorBefore(text, at), zone });
  for (const m of text.matchAll(WEEKDAY)) {
    const d = WEEKDAYS.indexOf(m[1].toLowerCase() as (typeof WEEKDAYS)[number]);
    add(m.index, 'weekday', [d, d], m[0]);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const v = MONTH_NUMBERS[m[1].toLowerCase()] * 100 + Number(m[2]);
    if (m[1] === 'may') continue;
    if (Number(m[2]) >= 1 && Number(m[2]) <= 31) add(m.index, 'date', [v, v], m[0]);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const v = MONTH_NUMBERS[m[2].toLowerCase()] * 100 + Number(m[1]);
    if (Number(m[1]) >= 1 && Number(m[1]) <= 31) add(m.index, 'date', [v, v], m[0]);
  }
  for (const m of text.matchAll(MONTH_ALONE)) {
    // "this may", "in march": a month alone is read only when capitalised.
    if (m[1][0] !== m[1][0].toUpperCase()) continue;
    const v = MONTH_NUMBERS[m[1].toLowerCase()];
    add(m.index, 'month', [v, v], m[0]);
  }
  for (const m of text.matchAll(MONTH_SPAN)) {
    // Capitalised only, as a month alone: "may" is a verb.
    if (![m[1], m[2]].every((w) => w[0] === w[0].toUpperCase())) continue;
    add(m.index, 'span', [MONTH_NUMBERS[m[1].toLowerCase()], MONTH_NUMBERS[m[2].toLowerCase()]], m[0]);
  }
  for (const m of text.matchAll(TIME)) {
    const hour = hours(Number(m[1] ?? m[4] ?? m[6]), m[3]);
    const min = Number(m[2] ?? m[5] ?? m[7] ?? 0);
    if (hour > 23 || min > 59) continue;
    const qualifier = text.slice(Math.max(0, m.index - 20), m.index).match(TIME_QUALIFIER)?.[1];
    const zoneAfter = text.slice(m.index + m[0].length, m.index + m[0].length + 16).match(ZONE_AFTER)?.[0] ?? '';
    const written = `${m[0]}${zoneAfter}`;
    const zone = UTC_ZONE.test(written) ? 'utc' : /local/i.test(written) ? 'local' : null;
    const at = qualifier ? m.index - qualifier.length - 1 : m.index;
    add(at, 'time', timeRange(hour * 60 + min, qualifier), `${qualifier ? `${qualifier} ` : ''}${written.trim()}`, zone);
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...w }) => w);
});

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
/** Two whens of one kind agree: times and days when they overlap, spans of months only when they are the same span. */
const agree = (a: When, b: When) =>
  a.kind === 'span' ? a.range[0] === b.range[0] && a.range[1] === b.range[1] : overlaps(a.range, b.range);

/**
 * A when of one claim that another claim gives otherwise for the same act: the same kind (a day against a day, a time
 * against a time), the same anchor, and no when of that kind and anchor in the two claims agreeing. Times in
 * different zones are not compared. Null when nothing conflicts.
 */
export function whenConflict(earlier: When[], later: When[]): { before: When; now: When } | null {
  for (const now of later) {
    // A span of months is rare enough in a story to be compared without an anchor: the two claims are one fact already.
    if (!now.anchor && now.kind !== 'span') continue;
    const same = earlier.filter(
      (w) => w.kind === now.kind && w.anchor === now.anchor && (w.kind !== 'time' || (w.zone ?? now.zone) === (now.zone ?? w.zone)),
    );
    if (!same.length) continue;
    if (same.some((w) => agree(w, now))) continue;
    // Another when of the later claim for the same act agrees ("on Wednesday … Wednesday's debate"): not a conflict.
    if (later.some((x) => x !== now && x.kind === now.kind && x.anchor === now.anchor && same.some((w) => agree(w, x)))) continue;
    return { before: same[0], now };
  }
  return null;
}

/** Zones that may be compared: the same zone, or a time written without one. */
const zonesMeet = (a: When, b: When) => !a.zone || !b.zone || a.zone === b.zone;

/**
 * Same time of day: a time of day in each claim that agrees ("confirmed at about 1605 GMT" / "received just after
 * 4pm"), and no time of the two claims that conflicts for the same act. A time to the quarter hour is rarely met by
 * chance in one story, so with a word in common it ties two sentences to one happening, however differently they
 * tell it (the verdicts ask for that word). Times on the hour with no qualifier ("at 9 p.m.") are too common to tie.
 */
export function timesAgree(earlier: When[], later: When[]): boolean {
  const times = (ws: When[]) => ws.filter((w) => w.kind === 'time');
  const a = times(earlier);
  const b = times(later);
  if (!a.length || !b.length) return false;
  const telling = (w: When) => w.range[0] !== w.range[1] || w.range[0] % 60 !== 0;
  const agree = a.some((x) => b.some((y) => zonesMeet(x, y) && (telling(x) || telling(y)) && overlaps(x.range, y.range)));
  return agree && !whenConflict(a, b) && !whenConflict(b, a);
}

/** The hours a claim's times of day fall in, for retrieval: "just after 4pm" and "1605 GMT" are both in hour 16. */
export function timeHours(whens: When[]): number[] {
  const hours = new Set<number>();
  for (const w of whens) if (w.kind === 'time') for (const m of w.range) hours.add(Math.floor((((m % 1440) + 1440) % 1440) / 60));
  return [...hours];
}

/**
 * SAME_DATE: a calendar date in each claim that agrees ("said on Oct. 12 that it would close the plant" / "confirmed
 * the closure of its plant on October 12"), and no day, date or time of the two claims that conflicts for
 * the same act. A story has many facts on its main day, so the verdicts ask for three content words in common besides.
 */
export function datesAgree(earlier: When[], later: When[]): boolean {
  // The same span of months ("between March and May" / "from March to May") dates one happening as a date does.
  const dates = (ws: When[]) => ws.filter((w) => w.kind === 'date' || w.kind === 'span');
  const a = dates(earlier);
  const b = dates(later);
  if (!a.length || !b.length) return false;
  return a.some((x) => b.some((y) => x.kind === y.kind && agree(x, y))) && !whenConflict(earlier, later) && !whenConflict(later, earlier);
}
