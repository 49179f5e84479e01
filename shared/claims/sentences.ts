/**
 * Sentence segmentation that survives news text: abbreviations (U.S., Mr., Jan., p.m.), initials (Antony J.
 * Blinken), decimals, ellipses, and closing quotation marks after the full stop. A sentence ends at . ! ? (and a
 * closing quote or bracket) followed by a space and something that can start a sentence, unless the word before the
 * stop is a known abbreviation or a single capital letter.
 */

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr sen rep gov pres supt insp det st mt ft jr sr rev fr hon
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  inc ltd corp co bros no nos vol vs etc al approx est dept univ assn ave blvd rd fig e.g i.e a.m p.m u.s u.k u.n e.u
  u.s.a d.c n.y l.a`.split(/\s+/),
);

const OPENERS = /["“‘'([«]?[\p{Lu}\p{N}]/u;

export interface Sentence {
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
  /** A bulleted list item ("- Schools were shut"): may lack a full stop and still be a statement. */
  listItem?: boolean;
}

const BULLET = /^\s*(?:[-–•*·▪►]|\d{1,2}[.)])\s+/;

export function splitParagraphs(body: string): string[] {
  return (
    body
      .split(/\n\s*\n/)
      // Each bulleted line is a unit of its own, not a continuation of the line before it.
      .flatMap((p) => p.split(/\n(?=\s*(?:[-–•*·▪►]|\d{1,2}[.)])\s+)/))
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
  );
}

/**
 * Sentences glued without a space ("…on Thursday.But the navy…", "…the child.\"Mara said…"), as scraped or archived
 * text often has them where a paragraph break was lost: a space goes back after the stop, so the splitter below sees
 * two sentences. Only after a lower-case word of two letters or more (not an initial, "U.S.", "e.g." or a decimal) and
 * before a capital that starts a word ("Node.js", "example.com" stay whole). A straight quote after the stop is an
 * opening one when the quotes before it are paired (the space goes before it), else a closing one (after it).
 */
const GLUED = /(?<=\p{Ll}\p{Ll}[.!?])(["“”]?)(?=[“"]?\p{Lu}\p{Ll})/gu;
export function unglueSentences(paragraph: string): string {
  if (!/\p{Ll}[.!?]["“”]?[“"]?\p{Lu}/u.test(paragraph)) return paragraph;
  return paragraph.replace(GLUED, (mark: string, _q: string, at: number) => {
    if (mark === '”') return '” ';
    if (mark === '“') return ' “';
    if (mark === '"') return (paragraph.slice(0, at).split('"').length - 1) % 2 === 0 ? ' "' : '" ';
    return ' ';
  });
}

export function splitSentences(text: string): string[] {
  const paragraph = unglueSentences(text);
  const out: string[] = [];
  let start = 0;
  const re = /([.!?…]+)(["”’'»)\]]*)(\s+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[1].length + m[2].length;
    const next = paragraph.slice(m.index + m[0].length);
    if (!OPENERS.test(next)) continue;
    if (m[1] === '.' && !m[2]) {
      const before = paragraph.slice(start, m.index);
      // Letters right after digits are a unit or a decade ("the 1920s.", "at 5pm."), never an initial.
      const letters = before.match(/([\p{L}.]+)$/u);
      const word = (letters && !/\p{N}$/u.test(before.slice(0, letters.index)) ? letters[1] : '').toLowerCase();
      // "J." (an initial), "U.S." or "J.R." (dotted acronym or initials, known or not), "Mr." (a title): not the end
      // of a sentence.
      const dotted = /^(?:\p{L}\.){1,3}\p{L}$/u.test(word);
      if (/^\p{L}$/u.test(word) || dotted || ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) {
        // A dotted acronym does end a sentence when a typical sentence opener follows ("…in the U.S. The …").
        if (!(/^(\p{L}\.)+\p{L}$/u.test(word) && /^(The|A|An|He|She|It|They|We|In|On|But|And|This|That|His|Her|Their)\b/.test(next)))
          continue;
      }
    }
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Which quotation is open: none, one in double marks, or one in single marks (straight or curly). */
type OpenQuote = 'none' | 'double' | 'single';

/** A single mark that opens a quotation: at a word's start before a letter, not an elision ("'n'", "'em"). */
const SINGLE_OPENS = /(?:^|[\s:(—–-])['‘](?=\p{L})(?!(?:n|em|til|tis|twas|cause|round|bout)\b)/uy;
/** A single mark that closes one: at a word's end, before a space, punctuation or the end ("'…abbey,'", "'…us.'"). */
const SINGLE_CLOSES = /(?<=[^\s])['’](?=[\s.,;:!?)]|$)/uy;

/**
 * Whether a quotation is still open at the end of this text, given which was open at its start. Single marks count
 * only outside double ones (British style: 'We will rebuild. It will take months,' she said), and only as quotation
 * marks where they open or close a word: an apostrophe inside a word ("don't", "Okafor's") is neither.
 */
function quoteOpenAfter(text: string, openAtStart: OpenQuote): OpenQuote {
  let open = openAtStart;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' && open !== 'single') open = 'double';
    else if (ch === '”' && open === 'double') open = 'none';
    else if (ch === '"' && open !== 'single') open = open === 'double' ? 'none' : 'double';
    else if ((ch === "'" || ch === '’') && open === 'single' && at(SINGLE_CLOSES, text, i)) open = 'none';
    else if ((ch === "'" || ch === '‘') && open === 'none' && at(SINGLE_OPENS, text, i > 0 ? i - 1 : 0)) open = 'single';
  }
  return open;
}

/** Whether a sticky pattern matches at this index. */
function at(re: RegExp, text: string, index: number): boolean {
  re.lastIndex = index;
  return re.test(text);
}

/**
 * An attribution that opens a quotation: "X said: “…", "X told reporters, “…", "X added “…" — the quotation mark
 * comes right after a colon, or after a speech verb and an optional comma.
 */
const ATTRIBUTED_OPENING = /(?::|\b(?:said|says|told\s+[\p{L}]+|added|adds|wrote|writes|stated|insisted|warned),?)\s*[“"][^“”"]*$/u;
/** The most sentences after its opening one that a quotation left open at a paragraph's end is taken to cover. */
const OPEN_QUOTE_SENTENCES = 3;
const QUOTE_MARK = /[“”"]/;

/**
 * A quotation that runs over several sentences ("“We will rebuild. It will take months,” she said.") stays one
 * unit, so the quote keeps its speaker and its exact words. When the quotation closes within the paragraph (and
 * within a few sentences). News style also leaves a quotation open when it runs to the paragraph's end (the closing
 * mark is left off because the quotation continues in the next paragraph): that is read as a quotation too, but only
 * when an attribution opened it ("She said: “We will rebuild. It will take months.") and no other mark follows,
 * so an unbalanced stray mark does not swallow the rest of the paragraph.
 */
export function joinQuotedSentences(sentences: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    let unit = sentences[i];
    let j = i + 1;
    let state = quoteOpenAfter(unit, 'none');
    if (state !== 'none') {
      let k = j;
      while (k < sentences.length && k - i <= 4 && state !== 'none') state = quoteOpenAfter(sentences[k++], state);
      const toEnd = state === 'double' && runsToParagraphEnd(unit, sentences.slice(j));
      if (toEnd) k = sentences.length;
      if (state === 'none' || toEnd) {
        for (; j < k; j++) unit += ' ' + sentences[j];
      }
    }
    out.push(unit);
    i = j;
  }
  return out;
}

/** An attributed quotation left open, followed by at most a few sentences without a quotation mark of their own. */
function runsToParagraphEnd(opening: string, rest: string[]): boolean {
  return (
    rest.length > 0 && rest.length <= OPEN_QUOTE_SENTENCES && ATTRIBUTED_OPENING.test(opening) && rest.every((s) => !QUOTE_MARK.test(s))
  );
}

/**
 * LIST_LINE_WITHOUT_MARKER: a page's list (<ul><li>) reaches the claims as paragraphs without their bullets, each line
 * without a full stop ("Passengers by nationality:" / "32 passengers were Kenyan" / "9 were Ugandan"). Such a line is a
 * list item, like a bulleted one, when the paragraph before it opens the list (ends with a colon) or a neighbouring
 * line is unended and short too: one unended line between sentences is a heading, a run of them is a list. Whether it
 * carries a claim is then decided as for any list item (a verb, not a title-case link label). Only inside the story,
 * after its first sentence: a box of unended lines above it ("Key points") sums up what the story then tells in full.
 */
const UNENDED = /[^.!?…:;,"'”’)\]]$/;
const LIST_LINE_MAX_WORDS = 20;
const OPENS_A_LIST = /:$/;
function unendedLine(p: string | undefined): boolean {
  return p !== undefined && UNENDED.test(p) && p.split(' ').length <= LIST_LINE_MAX_WORDS;
}
const ENDED = /[.!?]["'”’)]*$/;
export function listLine(paragraphs: string[], i: number, storyBegun: boolean): boolean {
  if (!storyBegun || !unendedLine(paragraphs[i])) return false;
  return OPENS_A_LIST.test(paragraphs[i - 1] ?? '') || unendedLine(paragraphs[i - 1]) || unendedLine(paragraphs[i + 1]);
}

export function sentencesOf(body: string): Sentence[] {
  const paragraphs = splitParagraphs(body);
  let storyBegun = false;
  return paragraphs.flatMap((p, paragraph): Sentence[] => {
    if (BULLET.test(p)) return [{ text: p.replace(BULLET, ''), paragraph, listItem: true }];
    if (listLine(paragraphs, paragraph, storyBegun)) return [{ text: p, paragraph, listItem: true }];
    storyBegun ||= ENDED.test(p) || OPENS_A_LIST.test(p);
    return joinQuotedSentences(splitSentences(p)).map((text) => ({ text, paragraph }));
  });
}

/** "WASHINGTON (Agency) –", "LONDON, Jan 8 (Reuters) -", "KYIV —": a dateline, which is not part of the claim. */
const PLACE_CAPS = "[\\p{Lu}][\\p{Lu}'.-]{2,}(?:[ ,/]+[\\p{Lu}][\\p{Lu}'.-]+)*";
const AGENCY = '\\([^)]{0,80}(?:/|\\d|Reuters|AP|AFP|News|Press|Agency|Sputnik|TASS|Xinhua|Bloomberg)[^)]{0,80}\\)';
/** "Colombo (AFP/Reuters):": a place in title case is a dateline too when an agency and a colon or dash follow it. */
const PLACE_TITLE = "[\\p{Lu}][\\p{L}'.-]+(?:\\s[\\p{Lu}][\\p{L}'.-]+){0,2}";
const DATELINE = new RegExp(
  `^${PLACE_CAPS}(?:,\\s*[\\p{L}. ]{2,20}(?:\\s\\d{1,2})?)?\\s*(?:\\([^)]{1,80}\\))?\\s*[-–—:]+\\s*|^${PLACE_CAPS}\\s*${AGENCY}\\s*`,
  'u',
);
const TITLE_DATELINE = new RegExp(`^${PLACE_TITLE}\\s?${AGENCY}\\s?[-–—:]+\\s*`, 'u');

export function stripDateline(sentence: string): string {
  const m = sentence.match(DATELINE) ?? sentence.match(TITLE_DATELINE);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  // Only when what follows still reads as a sentence (the dateline was a prefix, not the subject).
  return /^["“‘]?[\p{Lu}\p{N}]/u.test(rest) && rest.split(/\s+/).length >= 4 ? rest : sentence;
}
