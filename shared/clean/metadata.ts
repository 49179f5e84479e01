/** Bylines and publication dates: metadata to lift out of the body, not claims. */
import { MONTHS } from './vocabulary.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string | null]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2})?/, (m) => iso(+m[1], +m[2], +m[3])],
  [new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3], MONTHS[m[1].toLowerCase().replace('.', '')], +m[2])],
  [new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3], MONTHS[m[2].toLowerCase().replace('.', '')], +m[1])],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => (+m[1] > 12 ? iso(+m[3], +m[2], +m[1]) : iso(+m[3], +m[1], +m[2]))],
];

/** The first date written in `text`, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  let best: { index: number; value: string } | null = null;
  for (const [pattern, convert] of DATE_PATTERNS) {
    const m = text.match(pattern);
    if (!m || m.index === undefined) continue;
    const value = convert(m);
    if (value && (!best || m.index < best.index)) best = { index: m.index, value };
  }
  return best?.value ?? null;
}

/** Normalises a machine date (ISO, RFC 2822, …) from page metadata. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = findDate(value);
  if (written) return written;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

const NAME_WORD = "[A-Z][a-zA-Z'’.-]+";
const NAME = `${NAME_WORD}(?:\\s+(?:[A-Z]\\.|${NAME_WORD}|de|van|von|bin|al|el|da|di|la|le)){0,4}`;

/**
 * A byline line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe Published 8 Jan 2022 | 01:00 AM",
 * "Jane Doe | Staff Writer". Returns the author(s) and any date on the line.
 */
const BYLINE_CUE = /\b(by|published|updated|posted|writer|reporter|correspondent|editor|contributor|journalist)\b/i;

export function parseByline(line: string): { byline: string | null; published: string | null } | null {
  const text = line.trim();
  if (!BYLINE_CUE.test(text)) return null;
  const words = text.split(/\s+/).length;
  if (words > 16) return null;
  const published = findDate(text);
  let m = text.match(new RegExp(`^(?:written\\s+)?by\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)`, 'i'));
  if (m) return { byline: tidyName(m[1]), published };
  // "Name Surname Published|Updated|Posted <date>"
  m = text.match(new RegExp(`^(${NAME})\\s*[|,•·-]?\\s*(?:published|updated|posted)\\b`, 'i'));
  if (m && published && !/^(last|first|updated|published|posted|story|article|page)$/i.test(m[1])) return { byline: tidyName(m[1]), published };
  // "Name Surname | Staff Writer" / "Name Surname, Reporter"
  m = text.match(new RegExp(`^(${NAME})\\s*[|,–—-]\\s*(?:staff|senior|chief|special|political|foreign|business|science)?\\s*(?:writer|reporter|correspondent|editor|contributor|journalist)\\b`, 'i'));
  if (m) return { byline: tidyName(m[1]), published };
  return null;
}

function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/[\s,|]+$/, '').trim();
}

/** A line that is only a date/time stamp ("January 8, 2022 | 01:00 AM", "Updated 3 hours ago"). */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (!/\d/.test(text) || text.split(/\s+/).length > 12) return false;
  const withoutDate = text
    .replace(new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+\\d{4}|\\b${DAY}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(T[\\d:.Z+-]+)?|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}`, 'gi'), '')
    .replace(/\b\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?\b|\b(gmt|utc|[a-z]{2,4}t|ist|cet)\b|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(updated|published|posted|last|modified|on|at|ago|\d+\s*(hours?|minutes?|mins?|days?|hrs?))\b/gi, '')
    .replace(/[\s|,.:•·()/-]+/g, '');
  return withoutDate.length === 0 && /\d/.test(text);
}
