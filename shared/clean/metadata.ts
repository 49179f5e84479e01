/** Bylines, publication dates and titles: metadata to lift out of the body, not claims. */
import { MONTHS } from './vocabulary.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month names and their abbreviations, as a regex alternation (no group). */
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = `(${MONTH_NAMES})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const month = (name: string) => MONTHS[name.toLowerCase().replace('.', '')];
const DATE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string | null]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2})?/, (m) => iso(+m[1], +m[2], +m[3])],
  [new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3], month(m[1]), +m[2])],
  [new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3], month(m[2]), +m[1])],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => (+m[1] > 12 ? iso(+m[3], +m[2], +m[1]) : iso(+m[3], +m[1], +m[2]))],
  // 10.06.2013: day first wherever dots separate the parts.
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => iso(+m[3], +m[2], +m[1])],
  [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, (m) => iso(+m[1], +m[2], +m[3])],
];

/** The first date written in `text`, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  if (!/\d/.test(text)) return null;
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

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]+";
const NAME = `${NAME_WORD}(?:\\s+(?:\\p{Lu}\\.|${NAME_WORD}|de|van|von|der|den|bin|al|el|da|di|du|la|le|dos|del)){0,4}`;
const NAMES = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*`;
/** Case-insensitive letters without the `i` flag, which would let \p{Lu} match lower case too. */
const ci = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const ROLE_QUALIFIER = ci(
  '(?:staff|senior|chief|special|political|foreign|business|science|health|economics|contributing|associate|deputy|managing' +
    '|executive|news|sports?|autos?|tech(?:nology)?|investigative|data|video|visual)',
);
const ROLE_NOUN = ci('(?:writer|reporter|correspondent|editor|contributor|journalist|columnist|analyst|producer)');
const ROLE = `(?:${ROLE_QUALIFIER}\\s+)?${ROLE_NOUN}`;
/** After a separator any words may qualify the role: "Jane Doe, Harbour Reporter", "Jane Doe | AP Auto Writer". */
const ROLE_AFTER_SEPARATOR = `(?:[\\p{L}-]+\\s+){0,2}${ROLE_NOUN}`;

/**
 * A byline line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe Published 8 Jan 2022 | 01:00 AM",
 * "Jane Doe | Staff Writer", "Words by Jane Doe", "Author Jane Doe", "/ Jane Doe / 10:08 am Fri Jul 19, 2013".
 * Returns the author(s) and any date on the line.
 */
const BYLINE_CUE =
  /\b(by|published|updated|posted|writers?|reporters?|correspondents?|editor|contributor|journalists?|columnist|authors?|text)\b/i;
const BY = new RegExp(
  `^(?:${ci('(?:written|words|story|text|report|reported|posted|published|filed)')}\\s+)?${ci('by')}\\s*:?\\s+(${NAMES})`,
  'u',
);
const LABELLED = new RegExp(
  `^(?:${ci('(?:authors?|written by|words)')}\\s*:?|${ci('text')}\\s*:)\\s+(${NAME}\\s+${NAMES})\\s*(?:$|[|/•·,;–—-])`,
  'u',
);
/** A role as a label: "Reporter: Jane Holm", "Staff correspondent: Jane Holm, Solvik", "Reporters: Jane Holm and Per Moen; Editor: …". */
const ROLE_LABEL = `(?:${ROLE_QUALIFIER}\\s+)?${ci('(?:reporter|correspondent|writer|journalist|author)s?')}`;
const ROLE_LABELLED = new RegExp(`^${ROLE_LABEL}\\s*:\\s*(${NAMES})\\s*(?:$|[|/•·,;–—-])`, 'u');
/** A shared label: "Text and photos: Jane Holm", "Words and pictures: Jane Holm". */
const SHARED_LABEL = new RegExp(
  `^${ci('(?:text|words|story|reporting)')}\\s+(?:${ci('and')}|&)\\s+${ci('(?:photos?|pictures|photographs|images|video)')}` +
    `\\s*:\\s*(${NAME}\\s+${NAMES})\\s*(?:$|[|/•·,;–—-])`,
  'u',
);
const NAME_THEN_STAMP = new RegExp(`^(${NAME})\\s*[|,•·-]?\\s*${ci('(?:published|updated|posted)')}\\b`, 'u');
const NAME_THEN_ROLE = new RegExp(`^(${NAMES})\\s*[|,–—-]\\s*${ROLE_AFTER_SEPARATOR}\\b`, 'u');
/** "Jane Doe / 10:08 am Fri Jul 19, 2013": a name and a date, nothing else. */
const NAME_THEN_DATE = new RegExp(`^[\\s/|•·–—-]*(${NAME})\\s*[/|•·,–—-]\\s*(.+)$`, 'u');

export function parseByline(line: string): { byline: string | null; published: string | null } | null {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  if (words > 16) return null;
  if (!BYLINE_CUE.test(text)) {
    // No cue word: only a name followed by a date stamp.
    if (words > 14 || !/\d/.test(text)) return null;
    const m = text.match(NAME_THEN_DATE);
    if (!m || m[1].split(/\s+/).length < 2 || SECTION_WORDS.test(m[1]) || !isDateLine(m[2])) return null;
    const published = findDate(m[2]);
    return published ? { byline: tidyName(m[1]), published } : null;
  }
  const published = findDate(text);
  let m = text.match(BY) ?? text.match(LABELLED) ?? text.match(SHARED_LABEL);
  if (m) return { byline: tidyName(m[1]), published };
  m = text.match(ROLE_LABELLED);
  // Two words at least: "Reporter: Holm" is as likely a heading as a name.
  if (m && /\s/.test(m[1].trim()) && !SECTION_WORDS.test(m[1])) return { byline: tidyName(m[1]), published };
  // A user name: "By editor - 2021-03-04".
  m = text.match(/^by\s+([a-z][\w.-]{2,30})\s*(?:$|[|,•·–—-]\s*)/i);
  if (m && !STOPWORD_LIKE.test(m[1])) return { byline: m[1], published };
  m = text.match(NAME_THEN_STAMP);
  if (m && published && !/^(last|first|updated|published|posted|story|article|page)$/i.test(m[1]))
    return { byline: tidyName(m[1]), published };
  m = text.match(NAME_THEN_ROLE);
  if (m) return { byline: tidyName(m[1]), published };
  return null;
}

const STOPWORD_LIKE = /^(the|a|an|this|that|these|those|his|her|their|its|our|my|your|far|then|now|way|all)$/i;

/** Section and page words that look like names when capitalised ("World News | 3 March 2025"). */
const SECTION_WORDS = new RegExp(
  [
    String.raw`\b(news|world|home|sports?|business|opinion|politics|tech|science|health|culture|video|latest`,
    String.raw`|breaking|live|updates?|edition|section|page|menu|search|more)\b`,
  ].join(''),
  'i',
);

/** A section's or page's name ("World", "Latest News"), not a person's. */
export const sectionName = (text: string): boolean => SECTION_WORDS.test(text);

const WEEKDAY_NAMES = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';
/** Words a greedy name match takes in after the name: roles, stamps, months, weekdays. */
const TRAILING = new RegExp(
  `(?:\\s+(?:${ROLE}|${ci(`(?:staff|updated|published|posted|on|${MONTH_NAMES}|${WEEKDAY_NAMES})`)}\\.?))+$`,
  'u',
);

/** The name(s) a greedy match found, without what followed them: roles, stamps, an outlet after a comma. */
function tidyName(name: string): string {
  let text = name
    .replace(/\s+/g, ' ')
    .replace(/[\s,|]+$/, '')
    .trim();
  // A role before the name: "Correspondent Jane Holm", "Staff Reporter Jane Holm".
  const unroled = text.replace(LEADING_ROLE, '');
  if (unroled !== text && /\s/.test(unroled)) text = unroled;
  const cut = text.replace(TRAILING, '');
  if (cut.length >= 2) text = cut;
  const parts = text.split(/\s*,\s*/);
  // "Jane Doe, Reuters", "Jane Doe, AP": a one-word part after a name is an outlet, not another author.
  if (parts.length > 1) text = [parts[0], ...parts.slice(1).filter((p) => p.includes(' ') && !ROLE_RE.test(p))].join(', ');
  return text;
}
const ROLE_RE = new RegExp(ROLE, 'u');
const LEADING_ROLE = new RegExp(`^${ROLE}\\s+`, 'u');

/** A line naming the author without "By" in a page's header: "Jane Doe", "Jane Doe in Kyiv", "Jane Doe and John Roe". */
const NAME_LINE = new RegExp(
  `^(${NAME}(?:\\s+(?:and|&)\\s+${NAME})?)(?:\\s+in\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){0,2})?$`,
  'u',
);
export function nameLine(line: string): string | null {
  const text = line.trim();
  const m = text.match(NAME_LINE);
  if (!m) return null;
  const names = m[1].split(/\s+(?:and|&)\s+/);
  if (names.some((n) => n.split(/\s+/).length < 2 || n.split(/\s+/).length > 4) || SECTION_WORDS.test(m[1]) || m[1] === m[1].toUpperCase())
    return null;
  return tidyName(m[1]);
}

/** A part after the name that is a role or the outlet's desk: "Jane Doe, Staff Writer", "Jane Doe, Metro Desk". */
const ROLE_OR_DESK = new RegExp(`${ROLE}|\\b(staff|desk|bureau|team|\\.com|media)\\b`, 'i');

/**
 * A byline as pages and Readability give it ("By Jane Doe | Staff Correspondent", "/ Jane Doe / 10:08 am Fri Jul 19,
 * 2013", "Words by Jane Doe", "Jane Doe, Reporter", "News Agency March 4, 2021, 7:15 AM") → the author's name(s).
 */
export function tidyByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  const parsed = parseByline(text);
  if (parsed?.byline) text = parsed.byline;
  text = text
    .replace(/^[\s/|•·–—:-]+/, '')
    .replace(/^(?:(?:written|words|story|text|report|reported)\s+)?by\s*:?\s+/i, '')
    // A live blog's post author: "From Jane Doe" (post author line).
    .replace(/^from\s+(?=\p{Lu})/iu, '')
    .replace(/^(?:authors?|text|words)\s*:\s*/i, '');
  // The first part before a separator is the name; the rest is a role, an outlet or a date.
  text = text.split(/\s+[|/•·–—]\s+|\s*[|•·]\s*|\s+\/\s*|\n/)[0];
  const stamp = text.search(new RegExp(`\\b(?:updated|published|posted|on)\\b|\\d|\\b${MONTH}\\s+\\d`, 'i'));
  if (stamp > 0) text = text.slice(0, stamp);
  text = text.replace(/\s*\((?:[^)]*\.[a-z]{2,}|www)[^)]*\)\s*$/i, '');
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (parts.length > 1) {
    text = [parts[0], ...parts.slice(1).filter((p) => !ROLE_OR_DESK.test(p))].join(', ');
  }
  text = tidyName(text.replace(/[\s,.;:|/-]+$/, ''));
  return text.length >= 2 && text.length <= 100 && /\p{L}/u.test(text) ? text : null;
}

/**
 * A line that is only a date/time stamp ("January 8, 2022 | 01:00 AM", "Updated 3 hours ago", "Date 10.06.2013").
 * A live blog's post stamps often leave out the year, day first as well as month first ("Monday 7 December", "14:32,
 * 7 December"): the page's metadata may give no date to tell them by, so the line's shape alone does (day-month stamp).
 */
const DATE_WRITTEN = new RegExp(
  `\\b${MONTH}\\s+${DAY},?\\s+\\d{4}|\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(T[\\d:.Z+-]+)?` +
    `|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{4}\\/\\d{1,2}\\/\\d{1,2}|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b|\\b${MONTH}\\s+${DAY}\\b` +
    `|\\b${DAY}\\s+${MONTH}\\b`,
  'gi',
);
const STAMP_WORDS = new RegExp(
  [
    String.raw`\b\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(?![\d.])|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)|\b(gmt`,
    String.raw`|utc)\s*[+-]\s*\d{1,2}(:?\d{2})?\b|\b(gmt|utc|[a-z]{2,4}t|et|ct|mt|pt|ist|cet|cest|bst|est|edt|pst|pdt)\b|\b(mon`,
    String.raw`|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(updated|published|posted|last|modified|first`,
    String.raw`|on|at|ago|date|dated|time|today|yesterday|\d+\s*(hours?|minutes?|mins?|days?|hrs?|weeks?|months?`,
    String.raw`|years?|h|m|d)(\s+read|\s+reading|\s+listen)?|min(ute)?s?\s+read|read(ing)?\s+time)\b`,
  ].join(''),
  'gi',
);
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (!/\d/.test(text) || text.split(/\s+/).length > 12) return false;
  const withoutDate = text
    .replace(DATE_WRITTEN, '')
    .replace(STAMP_WORDS, '')
    .replace(/[\s|,.:•·()/+–—-]+/g, '');
  return withoutDate.length === 0;
}

/** Common HTML entities left in JSON-LD and meta text (&#8216; &#039; &amp; …). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
  euro: '€',
  eacute: 'é',
  copy: '©',
};
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return NAMED[code.toLowerCase()] ?? whole;
    });
  }
  return out;
}

/** At most four words, each capitalised (or a domain, or a short joining word): a site's name, not a headline. */
export function readsLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length <= 4 &&
    text.length <= 40 &&
    words.every((w) => /^[\p{Lu}\p{N}&@(]|^\p{Ll}+\.\p{L}{2,}|^(of|the|and|for|de|la|le|du|des|di|del|on|at|in)$/u.test(w))
  );
}

/** Spaced separators between a headline and the site's name in a page title. */
const TITLE_SEPARATOR = /\s+(?:[|–—•·»:~]|-{1,2}|::)\s+/g;
/** A separator at the very end of a page title, nothing after it. */
const DANGLING_SEPARATOR = /\s(?:[|–—•·»~]|-{1,2}|::)$/;
const foldTitle = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * "Headline - Site", "Headline | Site | 10.06.2013", "Headline : Site" → "Headline". When the page shows a part
 * of the title on its own (its <h1>, a line of scraped text), that part is the headline; a leading part that is the
 * site's name goes ("Site | Headline"), a leading section does not ("Opinion | Headline"). Otherwise the last
 * part goes when it names the site (og:site_name, or shown on its own on the page), is a date, or reads like a name:
 * at most four capitalised words. The headline keeps at least three words; "Headline - the rest of it" stays.
 */
export function stripSiteSuffix(title: string, evidence: { siteName?: string | null; seen?: (text: string) => boolean } = {}): string {
  // "Headline |": a separator left dangling where a template printed an empty site name (dangling separator).
  let text = title.replace(/\s+/g, ' ').trim().replace(DANGLING_SEPARATOR, '');
  const seps = [...text.matchAll(TITLE_SEPARATOR)];
  if (!seps.length) return text;
  const seen = evidence.seen ?? (() => false);
  const site = evidence.siteName ? foldTitle(evidence.siteName) : '';
  // The longest run of parts the page shows on its own, when it is no shorter than any part left out (a site's
  // name shown alone in a logo is shorter than the headline beside it).
  const cuts = [0, ...seps.flatMap((m) => [m.index!, m.index! + m[0].length]), text.length];
  const parts = cuts.length / 2;
  const wordsOf = (from: number, to: number) =>
    text
      .slice(cuts[2 * from], cuts[2 * to + 1])
      .trim()
      .split(/\s+/).length;
  let shown: string | null = null;
  for (let a = 0; a < parts; a++) {
    for (let b = a === 0 ? parts - 2 : parts - 1; b >= a; b--) {
      const span = text.slice(cuts[2 * a], cuts[2 * b + 1]).trim();
      const words = span.split(/\s+/).length;
      let longestLeft = 0;
      for (let k = 0; k < parts; k++) if (k < a || k > b) longestLeft = Math.max(longestLeft, wordsOf(k, k));
      if ((!shown || span.length > shown.length) && words >= 2 && words >= longestLeft && seen(span)) shown = span;
    }
  }
  if (shown) return shown;
  // "Site | Headline": the site's name first.
  const first = text.slice(0, seps[0].index).trim();
  if (site && foldTitle(first) === site) text = text.slice(seps[0].index! + seps[0][0].length).trim();
  for (let i = 0; i < 6; i++) {
    const all = [...text.matchAll(TITLE_SEPARATOR)];
    if (!all.length) break;
    const last = all[all.length - 1];
    const head = text.slice(0, last.index).trim();
    const tail = text.slice(last.index! + last[0].length).trim();
    if (head.split(/\s+/).length < 3) break;
    const tailFold = foldTitle(tail);
    const nameLike = readsLikeName(tail);
    const shownAlone = tail.length <= 40 && /^[\p{Lu}\p{N}]/u.test(tail) && seen(tail);
    if (
      (site && (tailFold === site || tailFold.includes(site) || site.includes(tailFold))) ||
      findDate(tail) ||
      /^\d[\d./-]*$/.test(tail) ||
      nameLike ||
      shownAlone
    ) {
      text = head;
      continue;
    }
    break;
  }
  return text;
}

/**
 * An author's bio, as sites append it to the article: "Jane Doe is the autos editor at The Gazette. She has been
 * covering …", "Jane Doe is a freelance journalist based in Kyiv." A name, then what the person does for a living.
 */
const BIO = new RegExp(
  `^(${NAME})\\s+(?:(?:is|was|has been)\\b[^.]{0,160}?\\b` +
    `(?:${ROLE_NOUN}|${ci('(?:author|fellow|freelancer?|based in|covering|covers|writes about|reporting on)')})\\b` +
    `|${ci('(?:covers|writes about|reports on|writes on)')}\\b)`,
  'u',
);
export function authorBio(line: string, byline: string | null): boolean {
  const m = line.match(BIO);
  // Reported speech is the article's own ending ("… was a reporter for thirty years, his family said").
  if (!m || /\b(said|says|told|according to)\b/.test(line)) return false;
  if (byline?.split(/\s*(?:,|and|&)\s*/).some((name) => name && m[1].startsWith(name))) return true;
  return m[1].split(/\s+/).length >= 2 && line.split(/\s+/).length <= 90;
}
