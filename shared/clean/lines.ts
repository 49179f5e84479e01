/**
 * The line classifier shared by both paths. Scraped text arrives one block per line with every menu, teaser and
 * widget still in it; Readability's HTML output arrives as blocks with fewer, but still some, leftovers (captions,
 * credits, "related" lists, newsletter prompts). Each line is scored on evidence that generalises across sites —
 * length, share of function words, sentence punctuation, widget vocabulary, position — and the article is the
 * densest run of prose-like lines (jusText and Kadane's maximum subarray, in spirit).
 */
import { LIMITS } from '../limits.ts';
import { createHash } from 'node:crypto';
import type { RemovedLine } from '../types.ts';
import {
  CAPTION_THRESHOLD,
  captionWords,
  contextScore,
  datelineLead,
  verblessCaption,
  pictureMarker,
  otherTense,
  reports,
  sceneSentence,
  trailingCredit,
  unattributed,
} from './captions.ts';
import { authorBio, findDate, isDateLine, nameLine, parseByline, readsLikeName, sectionName, stripSiteSuffix } from './metadata.ts';
import { memo } from '../diff/memo.ts';
import { singleSpaced } from './spacing.ts';
import { THRESHOLDS as T } from './rules.ts';
import { anyLanguageDateLine, authorBoxHeading, furnitureOf, pageLanguage, tailMarkerOf } from './languages.ts';
import { FURNITURE, STOPWORDS, TAIL_MARKERS, type FurniturePattern } from './vocabulary.ts';

export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** Longest block read as a possible paragraph: the work budget's bound (limits.ts). */
export const MAX_BLOCK_CHARS = LIMITS.blockChars;

export interface LineInfo {
  text: string;
  words: number;
  /** Word tokens, English function words among them, and CJK characters: the page's language is judged from these. */
  tokens: number;
  stops: number;
  cjk: number;
  stopShare: number;
  sentence: boolean;
  cls: LineClass;
  reason: string | null;
  /** A caption of a photo gallery whose captions are the article (its credit already split off). */
  gallery?: boolean;
  /** Text: an item of a list the article introduces, or a labelled line of an interview (markArticleLists). */
  listed?: boolean;
  /** Text: a line of a counted list the article introduces (markCountedLists): it counts for the article. */
  counted?: boolean;
  /** HTML: an item of a list (<li>) on the page. */
  item?: boolean;
  /** Text: set right under the line above, without the blank line the page puts between its blocks (a list's items). */
  tight?: boolean;
  /**
   * Text: a line of a box of other stories set inside the article (markRelatedBoxes): it neither ends the article (its
   * label) nor counts against it when the article is looked for.
   */
  boxed?: boolean;
}

/**
 * A character outside ASCII. Most lines of English pages have none, and in ASCII the Unicode classes the patterns
 * below use are small ones (\p{L} is [A-Za-z], \p{N} is [0-9], \p{M} is empty): the ASCII form of a pattern finds the
 * same matches there, three times faster than the property classes.
 */
const NON_ASCII = /[\u0080-\uffff]/;

/** A word: letters and digits, with the combining marks that scripts such as Devanagari and Thai write vowels with. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const ASCII_WORD = /[A-Za-z0-9][A-Za-z0-9'.-]*/g;

export function tokens(text: string): string[] {
  return text.match(NON_ASCII.test(text) ? WORD : ASCII_WORD) ?? [];
}

/** Normalised key of a line, for corpus-level recurrence counting (case, spacing and punctuation folded). */
export function lineKey(line: string): string {
  const folded = line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha1').update(folded).digest('hex').slice(0, 16);
}

const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_LETTERS = /[^a-z0-9]+/g;

/** A line's letters and digits in lower case, words apart by one space: quotation marks, like all punctuation, go. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(NON_ASCII.test(lower) ? NOT_LETTERS : NOT_ASCII_LETTERS, ' ').trim();
}

/**
 * Ends with sentence punctuation, a closing quotation mark or bracket allowed after it. Other scripts' full stops and
 * question marks count too (Devanagari's danda "।" and "॥", Arabic's "؟" and Urdu's "۔", Armenian "։", Ethiopic "።",
 * Burmese "။"): a Hindi paragraph ending in "।" is a sentence, not a run-on line.
 */
const SENTENCE_END = /[.!?。！？।॥؟۔։።။]["'”’)\]」』»]?\s*$/;
/** Starts with a capital letter or a digit (or a letter of a script without case), an opening quotation mark allowed. */
const SENTENCE_START = /^["'“‘([«„「]?[\p{Lu}\p{N}\p{Lo}]/u;
/** Reads as a sentence of prose: starts like one, ends with sentence punctuation, has function words. */
function readsAsSentence(text: string, words: number, stopShare: number): boolean {
  return words >= T.sentenceMinWords && SENTENCE_END.test(text) && SENTENCE_START.test(text) && stopShare >= T.sentenceMinStopShare;
}

/**
 * DATELINED_LEAD: "Solvik (Harbour Wire/AFP): The ferry service resumed …": a sentence opening with a place and the
 * agencies that filed it is the article's lead; the agency names in it are no photo credit.
 */
const DATELINED_LEAD = /^\p{Lu}[\p{L}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]+){0,3}\s*\([^()]{2,40}\)\s*[:—–-]\s+\p{Lu}/u;

export function furnitureReason(text: string, words: number, sentence: boolean, language: FurniturePattern[] = []): string | null {
  if (sentence && DATELINED_LEAD.test(text)) return null;
  let lower: string | null = null;
  for (const f of language.length ? [...FURNITURE, ...language] : FURNITURE) {
    if (sentence && words > f.proseMaxWords) continue; // cheap check first: long prose is never this furniture
    if (f.needs && !(lower ??= text.toLowerCase()).includes(f.needs)) continue;
    if (f.pattern.test(text)) return f.reason;
  }
  return null;
}

/** Han, kana and hangul syllables carry a word's worth of meaning in one or two characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Cheap first look: the blocks those scripts live in (a plain range test, far cheaper than script properties). */
const CJK_BLOCKS = /[\u2E80-\u9FFF\uF900-\uFAFF]/;

/**
 * `neutral`: the page is not English, so the share of English function words says nothing; every line is given a
 * prose-like share and length and punctuation decide. `language`: the furniture rules of the page's language.
 */
export function describeLine(text: string, neutral = false, language: FurniturePattern[] = []): LineInfo {
  // The words in lower case: lower-casing a line keeps its word boundaries (each letter stays a letter, each mark a
  // mark), and one call for the line costs less than one per word.
  const toks = tokens(text.toLowerCase());
  const cjk = CJK_BLOCKS.test(text) ? (text.match(CJK)?.length ?? 0) : 0;
  const words = toks.length + Math.floor(cjk / 2);
  let stops = 0;
  for (const t of toks) if (STOPWORDS.has(t)) stops++;
  const stopShare = neutral ? T.neutralStopShare : words ? stops / words : 0;
  const sentence = readsAsSentence(text, words, stopShare);
  const furniture = furnitureReason(text, words, sentence, language);
  let cls: LineClass;
  let reason: string | null = null;
  if (furniture) {
    cls = 'bad';
    reason = furniture;
  } else if (words === 0) {
    cls = 'bad';
    reason = 'no words';
  } else if (stopShare >= T.goodStopShare && ((words >= T.goodSentenceWords && sentence) || words >= T.goodRunOnWords)) cls = 'good';
  else if ((words >= T.nearSentenceWords && sentence) || (words >= T.nearRunOnWords && stopShare >= T.nearStopShare)) cls = 'near';
  else cls = 'short';
  return { text, words, tokens: toks.length, stops, cjk, stopShare, sentence, cls, reason };
}

/** Hardly any English function words: the text is in another language (claims are read in English only). */
export function notEnglishCounts(tokenCount: number, stops: number, cjk: number): boolean {
  if (tokenCount + cjk < T.languageMinTokens) return false;
  return stops / (tokenCount + cjk / 2) < T.notEnglishMaxStopShare;
}

export interface Classified {
  kept: string[];
  removed: RemovedLine[];
  title: string | null;
  byline: string | null;
  published: string | null;
  /** Not English ('other'), judged from the kept lines; the page as a whole decides how lines are judged. */
  language: 'en' | 'other';
}

export interface ClassifyOptions {
  /** 'text': find the article among page furniture; 'html': Readability already found it, only remove leftovers. */
  mode: 'text' | 'html';
  /** The title when the page's metadata gave it; in text mode a null title is looked for in the page's header. */
  title: string | null;
  /** HTML: the lines (by index in the lines given) that stand just after or just before a picture. */
  pictures?: ReadonlyMap<number, 'after' | 'before'>;
  /** HTML: the lines (by index in the lines given) whose text is all the text of links. */
  links?: ReadonlySet<number>;
  /** HTML: the picture captions already taken out of the page (<figcaption> and the like). */
  captions?: readonly string[];
  /** HTML: the lines (by index in the lines given) that are items of a list (<li>). */
  items?: ReadonlySet<number>;
}

/** "Read the rest", "Full story": the link that ends a teaser (a headline and its blurb). */
const READ_MORE = new RegExp(
  [
    String.raw`^\s*(read (the|full) (rest|story|article)|read more|full (story|article)`,
    String.raw`|keep reading|continue reading|more »|read on)\s*[.:»›>…]*\s*$`,
  ].join(''),
  'i',
);

export function classifyLines(rawLines: string[], options: ClassifyOptions): Classified {
  const removed: RemovedLine[] = [];
  const { infos, pictures, linked } = describeBlocks(rawLines, options, removed);
  const gallery = galleryCaptions(infos, removed);
  const language = judgeLanguage(infos);
  for (const i of gallery) infos[i].gallery = true;
  markAppealBoxes(infos);
  markSummaryBoxes(infos);
  const header = liftHeader(infos, options.title, language.code);
  markLinkLists(infos, linked);
  markTeasers(infos);
  markCaptions(infos, pictures);
  markCreditedCaptions(infos);
  let { byline } = header;
  let title = options.title;
  let keep: boolean[];
  if (options.mode === 'text') {
    const article = findArticle(infos, title, byline, language.isTail);
    ({ title, byline, keep } = article);
  } else keep = selectLeftovers(infos, title, language.isTail);
  dropAuthorBio(infos, keep, byline);
  dropPullQuotes(infos, keep);
  // Both ask for the folded text of the same lines, a caption's neighbours once per line near it.
  const folded = memo(fold);
  dropDoubledCaptions(infos, keep, options.captions ?? [], folded);
  dropCaptionCredits(infos, keep);
  dropLeadCaption(infos, keep);
  dropRepeatedParagraphs(infos, keep, folded);

  const kept: string[] = [];
  let keptTokens = 0;
  let keptStops = 0;
  let keptCjk = 0;
  infos.forEach((info, i) => {
    if (keep[i]) {
      kept.push(info.text);
      keptTokens += info.tokens;
      keptStops += info.stops;
      keptCjk += info.cjk;
    } else removed.push({ text: info.text, reason: info.reason ?? 'outside the article' });
  });
  const other =
    notEnglishCounts(keptTokens, keptStops, keptCjk) || (language.code !== null && keptStops < keptTokens * T.englishMinStopShare);
  return { kept, removed, title, byline, published: header.published, language: other ? 'other' : 'en' };
}

/** Each block as a line described for the classifier, with the picture and link facts of the blocks kept. */
function describeBlocks(
  rawLines: string[],
  options: ClassifyOptions,
  removed: RemovedLine[],
): { infos: LineInfo[]; pictures: Array<'after' | 'before' | null>; linked: boolean[] } {
  const infos: LineInfo[] = [];
  const pictures: Array<'after' | 'before' | null> = [];
  const linked: boolean[] = [];
  // Scraped text puts a blank line between the page's blocks and none between the items of one (a list).
  let blank = true;
  let dateline = '';
  for (const [index, raw] of rawLines.entries()) {
    if (raw.length > MAX_BLOCK_CHARS) {
      // Paragraphs of articles run to a few thousand characters; a block this long is a data dump or an attack,
      // and reading it word by word would cost seconds.
      removed.push({
        text: `${raw.slice(0, 120).trim()}… (${raw.length.toLocaleString('en-US')} characters)`,
        reason: 'block too long to be a paragraph',
      });
      continue;
    }
    const text = singleSpaced(raw).trim();
    if (!text) {
      blank = true;
      continue;
    }
    const tight = options.mode === 'text' && !blank;
    blank = false;
    if (datelineAlone(text)) {
      dateline = `${dateline}${text} `;
      continue;
    }
    const parts = splitGluedFurniture(dateline + text);
    dateline = '';
    const picture = options.pictures?.get(index) ?? null;
    for (const [k, part] of parts.entries()) {
      const info = describeLine(part);
      if (options.items?.has(index)) info.item = true;
      if (options.mode === 'text') info.tight = tight || k > 0;
      infos.push(info);
      // A picture before the block stands before its first part, one after it after its last.
      const first = k === 0;
      const last = k === parts.length - 1;
      pictures.push((picture === 'after' && first) || (picture === 'before' && last) ? picture : null);
      linked.push(options.links?.has(index) ?? false);
    }
  }
  if (dateline) {
    // A dateline with nothing after it is judged as a line of its own.
    infos.push(describeLine(dateline.trim()));
    pictures.push(null);
    linked.push(false);
  }
  return { infos, pictures, linked };
}

/**
 * A dateline set on a line of its own above the lead (dateline alone): "SOLVIK (Northwire) -", "SOLVIK, Norway —",
 * "Solvik NWR —". Alone it reads as nothing (a few words, no sentence) and went with the menus, and the lead under it
 * could be taken for a headline; it is the lead's first words, so it is joined to the line after it. A capitalised
 * place, then an agency in brackets or in capitals, or a place in capitals: "Previous Auto News -" is a link.
 */
export function datelineAlone(text: string): boolean {
  if (text.length > 60 || !/\s?[—–-]{1,2}$/.test(text)) return false;
  const head = text.replace(/\s?[—–-]{1,2}$/, '');
  const words = head.split(' ');
  if (words.length > 7 || !/^\p{Lu}/u.test(head) || /[!?:;]/.test(head)) return false;
  return /^\p{Lu}{2,}[\s,.]/u.test(`${head} `) || /\([\p{L} .&-]{2,30}\)$/u.test(head) || / \p{Lu}{2,6}$/u.test(head);
}

/**
 * Where two blocks were printed without a space between them: a sentence's end, then a capitalised word
 * ("…keeps us going.The council met…"). Linear: one character class each side, no repetition.
 */
const GLUED = /[\p{Ll}\p{N}][.!?]["”’)]?(?=\p{Lu})/gu;
const ASCII_GLUED = /[a-z0-9][.!?][")]?(?=[A-Z])/g;

/** Furniture on its own; a photo credit is not split off: glued to a caption ("Ola Nord.Photo: Agency"), the whole line goes. */
const furnitureAlone = (text: string) => {
  const line = describeLine(text);
  return line.cls === 'bad' && line.reason !== null && line.reason !== 'no words' && line.reason !== 'image caption/credit';
};

/**
 * A furniture line glued to the article's first or last sentence (the page ended one element and began the next with
 * no whitespace): "Your donation keeps us going.The council met on Monday…", "…on Monday.Share this
 * article". The glued part is split off when it is furniture on its own, so that it goes and the sentence stays; two
 * glued sentences of the article stay one line.
 */
export function splitGluedFurniture(text: string): string[] {
  const ends = Array.from(text.matchAll(NON_ASCII.test(text) ? GLUED : ASCII_GLUED), (m) => m.index + m[0].length);
  if (!ends.length) return [text];
  const parts: string[] = [];
  let from = 0;
  let to = text.length;
  if (furnitureAlone(text.slice(0, ends[0]))) {
    parts.push(text.slice(0, ends[0]));
    from = ends[0];
  }
  const last = ends[ends.length - 1];
  const tail = last > from && furnitureAlone(text.slice(last)) ? text.slice(last) : null;
  if (tail !== null) to = last;
  parts.push(text.slice(from, to));
  if (tail !== null) parts.push(tail);
  return parts;
}

/** Words of an outlet speaking to its readers about itself: "we need reporters", "your support", "our journalism". */
const ADDRESSES_READER = /\b(you|your|we|our|us)\b/i;

/**
 * An appeal for money set as a box: a heading and a closing call that are donation prompts ("Help us keep
 * reporting" … "Your donation keeps us going."), and between them a few paragraphs in which the outlet
 * speaks to the reader about itself ("We think local news should be open to all…"). Those paragraphs read as
 * prose, and a donation prompt's words stand in them only among many others: they are the appeal's, not the
 * article's, when both ends of the box are prompts at most `appealBoxMaxLines` lines apart and each speaks to the
 * reader.
 */
function markAppealBoxes(lines: LineInfo[]): void {
  const prompt = (l: LineInfo) => l.reason === 'donation prompt';
  for (let i = 0; i < lines.length; i++) {
    if (!prompt(lines[i])) continue;
    let end = -1;
    for (let j = i + 1; j < lines.length && j <= i + T.appealBoxMaxLines + 1; j++) {
      if (prompt(lines[j])) end = j;
      if (lines[j].cls === 'bad' || !ADDRESSES_READER.test(lines[j].text)) break;
    }
    if (end < 0) continue;
    for (let j = i + 1; j < end; j++) Object.assign(lines[j], { cls: 'bad', reason: 'donation prompt' });
    i = end - 1;
  }
}

/** Sentence punctuation closing a line or a sentence inside it ("… late. The cost …"). */
const SENTENCE_BREAK = /[.!?]["'”’)]?(?:\s+["“‘]?\p{Lu}|\s*$)/gu;

/**
 * A summary box above the article (summary box): its heading ("Key Points", "Das Wichtigste in Kürze": furniture
 * rules of reason 'summary box'), then a few points that restate the article ("The breakwater will open two years
 * late." / "The delay will not raise the cost, the mayor says."). Benchmark ground truths leave the box out; its points
 * read as prose, so they are set aside with their heading. Only a box at the top (`summaryBoxMaxShareAbove` of the
 * article's prose above it at most), up to `summaryBoxMaxPoints` points of at most `summaryPointMaxWords` words and
 * two sentences each. The box ends at furniture (a caption's credit), at the article's datelined lead, and, when its
 * first point has no full stop (points set as headlines), at the first paragraph written as a sentence.
 */
function markSummaryBoxes(lines: LineInfo[]): void {
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i].reason !== 'summary box') continue;
    const end = summaryBoxEnd(lines, i);
    if (end === null) continue; // no clear end: only the heading goes, the lines under it are judged as any others
    const prose = (from: number, to: number) => lines.slice(from, to).reduce((n, l) => n + (l.cls === 'good' ? l.text.length : 0), 0);
    if (prose(0, i) > prose(end, lines.length) * T.summaryBoxMaxShareAbove) continue;
    for (let j = i + 1; j < end; j++) Object.assign(lines[j], { cls: 'bad', reason: 'summary box' });
    i = end - 1;
  }
}

/**
 * Where the summary box headed at `i` ends (the first line after its points), or null when no end shows. Points set
 * as a list (<li>, or bulleted in text) end where the list does. Points as plain lines must end at furniture (a
 * caption's credit), at the article's datelined lead or, when the first point has no full stop (points set as
 * headlines), at the first paragraph written as a sentence: a point and a one-sentence first paragraph look alike.
 */
function summaryBoxEnd(lines: LineInfo[], i: number): number | null {
  const point = (l: LineInfo) =>
    l.cls !== 'bad' && l.words <= T.summaryPointMaxWords && (l.text.match(SENTENCE_BREAK)?.length ?? 0) <= 2 && !datelineLead(l.text);
  // A page that sets its blocks apart with blank lines sets a list's items without them.
  const spaced = lines.some((l) => l.tight === false);
  const listed = (l: LineInfo | undefined, first: boolean) =>
    l !== undefined && (l.item === true || BULLETED.test(l.text) || (spaced && !first && l.tight === true));
  const last = Math.min(lines.length, i + 1 + T.summaryBoxMaxPoints);
  if (listed(lines[i + 1], true) || listed(lines[i + 2], false)) {
    let end = i + 1;
    while (end < last && (end === i + 1 || listed(lines[end], false)) && point(lines[end])) end++;
    return end > i + 1 && !listed(lines[end], false) ? end : null;
  }
  const asHeadlines = !SENTENCE_END.test(lines[i + 1].text);
  for (let end = i + 1; end <= last && end < lines.length; end++) {
    const l = lines[end];
    const boundary = l.cls === 'bad' || datelineLead(l.text) || (asHeadlines && l.cls === 'good' && SENTENCE_END.test(l.text));
    if (boundary) return end > i + 1 ? end : null;
    if (!point(l)) return null;
  }
  return null;
}

/**
 * Most of the page's prose is not English (prose by majority): of its sentences of `languageLineMinWords` words or
 * more, those with too few English function words hold more characters than the English ones. The page's totals
 * alone can be tipped by English furniture written as prose (a cookie banner, readers' comments, other stories'
 * blurbs) under an article in Italian whose list of product names holds few function words of any language; its
 * paragraphs would then be judged by English function words and dropped. Returns the language of those sentences
 * (null when it has no table), or null when the prose is English.
 */
function otherProse(infos: LineInfo[]): { code: string | null } | null {
  let english = 0;
  let other = 0;
  const words: string[] = [];
  for (const l of infos) {
    if (l.words < T.languageLineMinWords || !SENTENCE_END.test(l.text)) continue;
    if (l.stops >= l.tokens * T.englishMinStopShare) english += l.text.length;
    else {
      other += l.text.length;
      words.push(...tokens(l.text));
    }
  }
  return other > english && words.length >= T.languageMinTokens ? { code: pageLanguage(words) } : null;
}

/**
 * The page's language, judged from all its lines. Not English: every line is described again without the English
 * function-word test and with the furniture of the page's own language (languages.ts), whose tail headings ("Lesen
 * Sie auch") may end the article as English's do. `code` is the language with a table, null for English or one
 * without a table.
 */
function judgeLanguage(infos: LineInfo[]): { code: string | null; isTail: (text: string) => boolean } {
  let tokenCount = 0;
  let stops = 0;
  let cjk = 0;
  for (const l of infos) {
    tokenCount += l.tokens;
    stops += l.stops;
    cjk += l.cjk;
  }
  // A language with a table (languages.ts) is recognised by its own function words when English's are few: Italian
  // and Portuguese share enough short words with English ("a", "no", "do", "come") to pass the English count alone.
  const counted =
    tokenCount >= T.languageMinTokens && stops < tokenCount * T.englishMinStopShare
      ? pageLanguage(infos.flatMap((l) => tokens(l.text)))
      : null;
  // Most of its prose may be in another language when the totals do not show it (prose by majority).
  const other = counted === null ? otherProse(infos) : null;
  const code = counted ?? other?.code ?? null;
  const neutral = notEnglishCounts(tokenCount, stops, cjk) || code !== null || other !== null;
  /** A heading that may end the article: English's, and the page's own language's when it is not English. */
  const tail = tailMarkerOf(code);
  let isTail = (text: string) => TAIL_MARKERS.test(text) || (tail?.(text) ?? false) || authorBoxHeading(text, null);
  if (neutral) {
    const language = furnitureOf(code);
    isTail = (text) => TAIL_MARKERS.test(text) || (tail?.(text) ?? false) || authorBoxHeading(text, code);
    for (let i = 0; i < infos.length; i++) infos[i] = describeLine(infos[i].text, true, language);
  }
  return { code, isTail };
}

/** Metadata and exact repeats of the title are lifted out before anything else: the byline and date they give. */
function liftHeader(infos: LineInfo[], title: string | null, code: string | null): { byline: string | null; published: string | null } {
  let byline: string | null = null;
  let published: string | null = null;
  const isTitle = titleMatcher(title);
  const dateLine = dateLineOf(code);
  // A whole line in the page's own language was described with its table's date line already (judgeLanguage).
  const wholeLine = code === null ? dateLine : isDateLine;
  for (const [i, info] of infos.entries()) {
    const dated = info.words <= T.bylineMaxWords && info.reason !== 'date line' ? dateThenAuthor(info.text, dateLine) : null;
    if (dated) {
      // DATE_THEN_AUTHOR: "24. März 2004, 19:49 | Genesis", "March 3, 2025 · Jane Doe".
      byline ??= dated.author;
      published ??= findDate(info.text);
      Object.assign(info, { cls: 'bad', reason: dated.author ? 'byline' : 'date line' });
      continue;
    }
    const asByline = info.words <= T.bylineMaxWords ? parseByline(info.text) : null;
    const postAuthor = info.words <= 8 ? postAuthorName(infos, i) : null;
    if (isTitle(info.text)) Object.assign(info, { cls: 'bad', reason: 'repeated title' });
    else if (postAuthor) {
      byline ??= postAuthor;
      Object.assign(info, { cls: 'bad', reason: 'byline' });
    } else if (asByline && !(info.sentence && info.words > T.bylineSentenceMaxWords)) {
      byline ??= asByline.byline;
      published ??= asByline.published;
      Object.assign(info, { cls: 'bad', reason: 'byline' });
    } else if (info.reason === 'byline') {
      // Another language's byline (languages.ts: "Von Jana Beispiel, Hafenagentur"): the name after the cue word.
      const name = info.text.replace(/^\S+ /, '');
      const end = name.search(/, | [|/•·–—-] /);
      byline ??= end < 0 ? name : name.slice(0, end);
    } else if (info.reason === 'date line' || wholeLine(info.text)) {
      // "Published March 3, 2025 | 6:40 AM" (an "Updated …" stamp only when nothing better is known).
      if (!/^\s*(updated|last)/i.test(info.text) || !published) published ??= findDate(info.text);
      Object.assign(info, { cls: 'bad', reason: 'date line' });
    }
  }
  return { byline, published };
}

/**
 * A date line in the page's language: English's (isDateLine), the page's table's, or, for a page whose language is not
 * told (too short, or English), any table's with a day and a year (ANY_LANGUAGE_DATE_LINE).
 */
function dateLineOf(code: string | null): (text: string) => boolean {
  if (code === null) return (text) => isDateLine(text) || anyLanguageDateLine(text);
  const rules = furnitureOf(code);
  return (text) => isDateLine(text) || (/\d/.test(text) && furnitureReason(text, 0, false, rules) === 'date line');
}

/** The separator between a date and the author's name: a bar, a dot, a dash or a slash between spaces. */
const DATE_AUTHOR_SEPARATOR = / [|·•–—/-] /g;

/**
 * DATE_THEN_AUTHOR: a date line, a separator, then the author ("24. März 2004, 19:49 | Genesis", "March 3, 2025 · Jane
 * Doe"): the header of a post, whose byline reads the other way round ("Jane Doe | March 3, 2025" is parseByline's).
 * The author is a person's name or one capitalised word (a user name); a section's name ("World") is not an author,
 * and the line is a date line still. Null when the part before the last separator is no date line.
 */
function dateThenAuthor(text: string, dateLine: (text: string) => boolean): { author: string | null } | null {
  if (!/\d/.test(text)) return null;
  let at = -1;
  for (const m of text.matchAll(DATE_AUTHOR_SEPARATOR)) at = m.index;
  if (at <= 0) return null;
  const name = text.slice(at + 3).trim();
  if (/\d/.test(name) || name.split(' ').length > 5 || !/^\p{Lu}/u.test(name) || !dateLine(text.slice(0, at))) return null;
  const one = /^\p{Lu}[\p{L}\p{M}\p{N}_.'’-]{1,30}$/u.test(name) && !sectionName(name);
  return { author: nameLine(name) ?? (one ? name : null) };
}

/** "From Jane Doe": who wrote a post of a live blog. */
const FROM_AUTHOR = /^\s*from (\p{Lu}.*)$/iu;
/** The outlet the author writes for, before the name: "CNN's ", "Coast News' ". */
const OUTLET_OF = /['’]s? /;

/**
 * A live blog's post author (post author line): "From Jane Doe" or "From Coast News' Jane Doe" a few lines under the
 * post's time stamp ("10:42 a.m. ET, March 3, 2025" / "Power cut to 20,000 homes" / "From Jane Doe"). Only a name after
 * "From" (and the outlet's), and only under a date line: "From Solvik to the islands" names no person, and "From
 * Paris With Love" heads no post.
 */
function postAuthorName(infos: LineInfo[], i: number): string | null {
  const m = FROM_AUTHOR.exec(infos[i].text);
  if (!m) return null;
  let dated = false;
  for (let j = i - 1; j >= 0 && j >= i - 3 && !dated; j--) dated = infos[j].reason === 'date line';
  if (!dated) return null;
  const outlet = m[1].search(OUTLET_OF);
  return nameLine(outlet >= 0 && outlet < 40 ? m[1].slice(m[1].indexOf(' ', outlet) + 1) : m[1]);
}

/**
 * Text path: the article among the page's furniture, and its headline and byline when the page's metadata gave none.
 * The page's own <title> as its first line is known before the article is looked for; a headline found near the
 * article is known after, and the article is looked for again once it and its repeats are set aside.
 */
function findArticle(
  infos: LineInfo[],
  known: string | null,
  knownByline: string | null,
  isTail: (text: string) => boolean,
): { title: string | null; byline: string | null; keep: boolean[] } {
  let title = known;
  let byline = knownByline;
  const page = title ? null : pageTitle(infos);
  markHeadlineStacks(infos);
  markBulletedHeadlines(infos);
  markRelatedBoxes(infos, isTail);
  markArticleLists(infos, isTail);
  let run = densestRun(infos);
  const found = page?.strong ? { title: page.text, index: 0 } : run && !title ? findTitle(infos, run.from, page) : null;
  if (found) {
    title = found.title;
    Object.assign(infos[found.index], { cls: 'bad', reason: 'title (lifted into metadata)' });
    const repeat = titleMatcher(title);
    let inside = run !== null && found.index >= run.from && found.index <= run.to;
    infos.forEach((l, i) => {
      if (i === found.index || !repeat(l.text)) return;
      Object.assign(l, { cls: 'bad', reason: 'repeated title' });
      inside ||= run !== null && i >= run.from && i <= run.to;
    });
    if (inside) run = densestRun(infos);
  }
  if (run && !byline) byline = headerByline(infos, run.from, title) ?? leadByline(infos, run.from);
  const keep = run ? selectArticle(infos, run, title, isTail) : infos.map(() => false);
  return { title, byline, keep };
}

/** "Jane Doe/Agency", "Jane Doe | Agency | Getty Images", "Photo: Jane Doe, AP": a credit that names its photographer. */
const PHOTOGRAPHER = /\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+ ?[/|,] ?\p{Lu}/u;
/** "Source: Harbour Board": the source of a chart's figures, which may follow the article's last paragraph. */
const SOURCE_LABEL = /^\s*sources?\b/i;

/**
 * A caption above its photographer's credit: a standalone credit line that names a photographer and an agency
 * ("Jane Doe/Harbour Gazette/Getty Images") with the article going on below it is the credit of a picture, and the line
 * just above it is that picture's caption, however it is worded ("Crews at the quay in Solvik. The storm is the third
 * this winter."). Only a line of a caption's length (`creditedCaptionMaxWords`), which quotes and attributes nothing
 * (a paragraph of the news does), and a credit that names a person: "Main image credit: Agency" or "Source: …" at the
 * article's end stand under its last paragraph.
 */
function markCreditedCaptions(lines: LineInfo[]): void {
  for (let i = 1; i < lines.length; i++) {
    const credit = lines[i];
    if (credit.reason !== 'image caption/credit' || credit.words > 12 || SOURCE_LABEL.test(credit.text) || !PHOTOGRAPHER.test(credit.text))
      continue;
    const caption = lines[i - 1];
    if (caption.cls === 'bad' || caption.words < 4 || caption.words > T.creditedCaptionMaxWords || !unattributed(caption.text)) continue;
    // HEADLINE_ABOVE_PICTURE: the page's first line, unpunctuated, is its headline with the lead picture's credit under it.
    if (lines.slice(0, i - 1).every((l) => !l.words) && !/[.!?]["”’]?$/.test(caption.text.trim())) continue;
    let prose = false;
    for (let j = i + 1; j < lines.length && j <= i + 4 && !prose; j++) prose = lines[j].cls === 'good';
    if (prose) Object.assign(caption, { cls: 'bad', reason: 'image caption' });
  }
}

/**
 * Where a person stands in the picture, in brackets after the name (pictured position): "Jon Berg (left) with
 * engineers at the quay", "(L-R) Jane Doe, John Roe", "(second from right)". Only a caption points into a picture;
 * it needs no verb ("Harbour master Jon Berg (left) with the mayor in Solvik."). Not "(R)", a trademark or a party.
 */
const PICTURED_POSITION =
  /\((?:far |second |third )?(?:from )?(?:left|right|centre|center|l-r|r-l|top|bottom|front)(?: to (?:left|right))?\)/i;

/**
 * Photo captions without a credit ("Ferry passengers wait on the quay at Solvik, March 8, 2025."): scored on their
 * own words and on what stands beside them (see captions.ts).
 */
function markCaptions(lines: LineInfo[], pictures: Array<'after' | 'before' | null>): void {
  const credit = (l: LineInfo | undefined) => l !== undefined && (l.reason === 'image caption/credit' || pictureMarker(l.text));
  const header = (l: LineInfo) => l.reason === 'byline' || l.reason === 'date line' || l.reason === 'repeated title';
  let headerAt = -10;
  let proseSince = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (header(l)) {
      headerAt = i;
      proseSince = false;
    }
    const inHeader = i - headerAt <= 3 && !proseSince;
    if (l.cls === 'good') proseSince = true;
    if (l.cls === 'bad' || l.gallery || l.words < 6 || l.words > 40) continue;
    if (PICTURED_POSITION.test(l.text) && unattributed(l.text) && !l.text.includes('"') && !l.text.includes('“')) {
      Object.assign(l, { cls: 'bad', reason: 'image caption' });
      continue;
    }
    const creditBeside = credit(lines[i - 1]) || credit(lines[i + 1]);
    // English only (its verbs are English words): the line has English function words.
    const english = l.stops >= l.tokens * T.englishMinStopShare;
    if ((pictures[i] === 'after' || creditBeside) && english && l.words <= T.verblessCaptionMaxWords && verblessCaption(l.text)) {
      Object.assign(l, { cls: 'bad', reason: 'image caption' });
      continue;
    }
    const own = captionWords(l.text);
    if (own === null || own + 3 < CAPTION_THRESHOLD) continue;
    const beside = contextScore({ picture: pictures[i], creditBeside, inHeader });
    if (own + beside >= CAPTION_THRESHOLD) Object.assign(l, { cls: 'bad', reason: 'image caption' });
  }
}

/**
 * A photo gallery: most lines of six words or more are captions that end in a photo credit ("Crews load the ferry.
 * (Jane Doe / AGENCY)"). In an article those lines are captions beside it and go; in a gallery the captions are the
 * article: their credits are split off (and listed as removed) and the captions judged as prose. Returns the indexes
 * of the captions kept this way.
 */
function galleryCaptions(infos: LineInfo[], removed: RemovedLine[]): number[] {
  const captions: Array<[number, { caption: string; credit: string }]> = [];
  let long = 0;
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].words < 6) continue;
    long++;
    const split = trailingCredit(infos[i].text);
    if (split && tokens(split.caption).length >= 6) captions.push([i, split]);
  }
  if (captions.length < T.galleryMinCaptions || captions.length < long * T.galleryCaptionShare) return [];
  for (const [i, { caption, credit }] of captions) {
    removed.push({ text: credit, reason: 'photo credit' });
    infos[i] = describeLine(caption);
  }
  return captions.map(([i]) => i);
}

/** Equal to the title once case and punctuation are folded (lengths compared first: folding every line is not free). */
function titleMatcher(title: string | null): (text: string) => boolean {
  if (!title) return () => false;
  const key = fold(title);
  return (text) => Math.abs(text.length - title.length) <= title.length * 0.2 + 4 && fold(text) === key;
}

/**
 * A list of links to other pages ("You may also like", "More on this topic", a category's latest headlines) set inside
 * the article's container: `linkListMinBlocks` or more lines in a row, each all the text of a link and a headline's
 * length. Readability keeps such lists when they sit among the paragraphs; the article's own links stand inside its
 * sentences. A short label just above the list ("Related", "Entertainment") heads it and goes with it.
 */
function markLinkLists(lines: LineInfo[], linked: boolean[]): void {
  const item = (i: number) => linked[i] && lines[i].words <= T.linkListMaxWords;
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && item(end)) end++;
    if (end - i === 1 && loneLinkHeadline(lines, i)) {
      if (lines[i].cls !== 'bad') Object.assign(lines[i], { cls: 'bad', reason: 'link to another story' });
    } else if (end - i >= T.linkListMinBlocks) {
      for (let j = i; j < end; j++)
        if (lines[j].cls !== 'bad') Object.assign(lines[j], { cls: 'bad', reason: 'list of links (other pages)' });
      const label = lines[i - 1];
      if (label && label.cls !== 'bad' && label.words <= 5 && !label.sentence)
        Object.assign(label, { cls: 'bad', reason: 'list of links (other pages)' });
    }
    i = Math.max(end, i + 1);
  }
}

/** A bulleted line that reads as a headline: a capital after the bullet, no full stop, colon or comma at its end. */
const BULLETED_HEADLINE = /^\s*[-•*·–]\s+["'“‘]?\p{Lu}.*[^.:;,]$/u;

/**
 * Text path: other stories' headlines set as a bulleted list between two paragraphs ("- Ferry fares to rise in May" /
 * "- Who runs the harbour?"), a related list printed inside the article. An article's own bulleted list is introduced
 * (its line above ends in a colon), or its items are sentences, figures or measures; a headline is none of these. The
 * list counts when the article's prose goes on below it, so a list at the page's end is left to the tail rules.
 */
function markBulletedHeadlines(lines: LineInfo[]): void {
  const item = (l: LineInfo) =>
    l.cls !== 'bad' &&
    l.words >= 4 &&
    l.words <= T.headlineStackMaxWords &&
    BULLETED_HEADLINE.test(l.text) &&
    !/https?:|www\./.test(l.text);
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && item(lines[end])) end++;
    const introduced = i > 0 && INTRODUCES.test(lines[i - 1].text);
    if (end > i && !introduced && lines[end]?.cls === 'good') {
      for (let j = i; j < end; j++) Object.assign(lines[j], { cls: 'bad', reason: 'list of headlines (other stories)' });
    }
    i = Math.max(end, i + 1);
  }
}

const STACKED = 'list of headlines (other stories)';
/** A heading of readers' comments: it heads the comments, never a box of other stories set inside the article. */
const COMMENTS_LABEL = /comment|coment|komment|discussion|conversation|repl(?:y|ies)\b/i;
/** How far around a box its neighbouring prose is read (lines above, lines below): bounded work per box. */
const BOX_CONTEXT_ABOVE = 30;
const BOX_CONTEXT_BELOW = 8;

/**
 * RELATED_BOX_INSIDE (text path): a box of other stories' headlines set between two paragraphs of the article
 * ("Related" / "Ferry fares to rise again in spring" / "New school opens after long delay" / the article goes on).
 * Each headline is a short line without sentence punctuation, as a subheading is, and the box's label ("Related",
 * "More on this story", "You may also like") is a heading that may end the article: taken for the end, it cut the
 * rest of the article off, and its headlines broke a numbered list they were set in. A box is told from the
 * article's own short lines by:
 * - a label of other stories above its headlines, or, without one, `relatedBoxUnlabelledMinLines` headlines or more
 *   (each of `loneLinkMinWords` words or more), just under a paragraph, none of which names two content words of the
 *   paragraph above and the two below (a subheading names what its section is about; one word may be chance);
 * - the article going on below it: a paragraph (two under a lone headline: a teaser's blurb is one) whose words the
 *   prose above the box shares (another story shares a few per cent: `otherStoryMaxSharedWords`), or the next item
 *   of a numbered list ("2) …" above, "3) …" below).
 * Up to `relatedBoxMaxLines` headlines. A last line naming two content words of the paragraph under it is that
 * paragraph's subheading and stays. The box's lines neither end the article nor count against it (`boxed`).
 */
function markRelatedBoxes(lines: LineInfo[], isTail: (text: string) => boolean): void {
  const words = pageWords(lines).content;
  // Each line's shape once: every line may open a box, and the headlines after it are read from each.
  const headline = lines.map(boxHeadline);
  for (let i = 1; i < lines.length; i++) {
    if (!headline[i] && !headline[i + 1]) continue;
    const label = headline[i + 1] === true && boxLabel(lines[i], isTail);
    const first = label ? i + 1 : i;
    let end = first;
    while (end < lines.length && end - first < T.relatedBoxMaxLines && headline[end]) end++;
    const b = nextArticleLine(lines, end);
    if (b === null || end === first || !boxGoesOn(lines, i, b, label, end - first)) continue;
    if (!numberedAround(lines, i, b)) {
      if (!label && !offTopicHeadlines(lines, i, first, end, b, words)) continue;
      const above: Span = [Math.max(0, i - BOX_CONTEXT_ABOVE), i];
      const below: Span = [b, Math.min(lines.length, b + BOX_CONTEXT_BELOW)];
      if (sharedVocabulary(lines, above, below) <= T.otherStoryMaxSharedWords) continue;
    }
    // SUBHEADING_AFTER_BOX: the box's last line naming two words of the paragraph under it heads that paragraph.
    const next = new Set(words(lines[b].text));
    // The stack rule may have taken it for a headline with the box's (four short lines in a row): it is a short line again.
    for (; end - 1 > first && onTopic(words(lines[end - 1].text), next); end--) {
      if (lines[end - 1].reason === STACKED) Object.assign(lines[end - 1], { cls: 'short', reason: null });
    }
    // Lines already set aside keep their reason ("related link", a stack of headlines).
    for (let j = label ? i : first; j < end; j++) {
      const reason = lines[j].cls === 'bad' ? lines[j].reason : 'related box (other stories inside the article)';
      Object.assign(lines[j], { cls: 'bad', reason, boxed: true });
    }
    i = end - 1;
  }
}

/**
 * A box without a label: `relatedBoxUnlabelledMinLines` headlines or more, each of `loneLinkMinWords` words or more,
 * none naming two content words of the paragraph just above and the two below (a subheading names what they are about).
 */
function offTopicHeadlines(
  lines: LineInfo[],
  i: number,
  first: number,
  end: number,
  b: number,
  words: (text: string) => string[],
): boolean {
  const headlines = lines.slice(first, end);
  if (headlines.length < T.relatedBoxUnlabelledMinLines || headlines.some((l) => l.words < T.loneLinkMinWords)) return false;
  const around = new Set<string>();
  for (const j of [previousArticleLine(lines, i), b, nextArticleLine(lines, b + 1)])
    if (j !== null) for (const w of words(lines[j].text)) around.add(w);
  return !headlines.some((l) => onTopic(words(l.text), around));
}

/** On the article's subject: two content words of the prose around it (one may be a chance match: "long", "high"). */
const onTopic = (own: string[], around: Set<string>) => new Set(own.filter((w) => around.has(w))).size >= 2;

/** A box's label: a related-link label alone ("Related", "Read more") or a heading of other stories, not of comments. */
function boxLabel(l: LineInfo, isTail: (text: string) => boolean): boolean {
  return l.words <= 6 && !l.sentence && !COMMENTS_LABEL.test(l.text) && (linkLabelAlone(l) || isTail(l.text));
}

/** A headline in a box: headline-shaped (headlineLike), or already set aside as one of a stack of headlines. */
function boxHeadline(l: LineInfo): boolean {
  if (l.reason === STACKED) return true;
  return l.cls !== 'good' && !l.listed && headlineLike(l) && l.words <= T.headlineStackMaxWords;
}

/** The first line at or after `i` that is not furniture, past at most two furniture lines (an ad label). */
function nextArticleLine(lines: LineInfo[], i: number): number | null {
  for (let j = i; j < lines.length && j <= i + 2; j++) if (lines[j].cls !== 'bad') return j;
  return null;
}

/**
 * The article above the box at `i` and below it from `b`: a numbered list it interrupts, or a paragraph below it and,
 * for a box without a label, prose just above it (a labelled box may follow a subheading or a caption). Under one
 * headline, a second paragraph: a list of teasers alternates a headline and its blurb, and its blurb is one paragraph.
 */
function boxGoesOn(lines: LineInfo[], i: number, b: number, label: boolean, headlines: number): boolean {
  if (numberedAround(lines, i, b)) return true;
  const a = previousArticleLine(lines, i);
  const c = nextArticleLine(lines, b + 1);
  const second = headlines > 1 || (c !== null && isProse(lines[c]));
  return (label || (a !== null && isProse(lines[a]))) && lines[b].cls === 'good' && second;
}

/** The last line before `i` that is not furniture, past at most two furniture lines. */
function previousArticleLine(lines: LineInfo[], i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (lines[j].cls !== 'bad') return j;
  return null;
}

/** Item n of a numbered list a few lines above `i` and item n + 1 at `b`. */
function numberedAround(lines: LineInfo[], i: number, b: number): boolean {
  const below = Number(COUNTED_ITEM.exec(lines[b].text)?.[1] ?? Number.NaN);
  for (let j = i - 1; j >= 0 && j >= i - 1 - T.countedListMaxGap; j--) {
    const n = Number(COUNTED_ITEM.exec(lines[j].text)?.[1] ?? Number.NaN);
    if (!Number.isNaN(n)) return n + 1 === below;
  }
  return false;
}

/** A link that tells the reader what to do with a document of the article ("Read the harbour board's report"). */
const READER_CALL = /^\s*(read|see|view|download|watch|listen to|explore|visit|find|get|check|learn|click|open|browse)\b/i;
/** Ends as a sentence does (a headline has no full stop). */
const SENTENCE_STOP = /[.!?]["'”’]?\s*$/;

/**
 * One link to another page of the site, set alone between two paragraphs of the article: a headline of another story
 * ("Ferry fares to rise in May"), the one-item form of a related list. The article's own links stand inside its
 * sentences or call the reader to a document it cites ("Read the harbour board report"); a block that is all one
 * link, a headline's length, no sentence and no call, is the site pointing elsewhere; so is the link under a "read
 * also" label on a line of its own (read-also label).
 */
function loneLinkHeadline(lines: LineInfo[], i: number): boolean {
  const l = lines[i];
  const paragraph = (n: LineInfo | undefined) => n !== undefined && (n.cls === 'good' || n.cls === 'near');
  if (l.sentence || SENTENCE_STOP.test(l.text) || READER_CALL.test(l.text)) return false;
  // Under a "read also" label alone ("Lesen Sie auch", "Read more"), it is the link the label announces, however short.
  if (i > 0 && linkLabelAlone(lines[i - 1])) return true;
  return l.words >= T.loneLinkMinWords && paragraph(lines[i - 1]) && paragraph(lines[i + 1]);
}

/**
 * Text path: a stack of other stories' headlines ("Most popular", "Trending") printed above, inside or below the
 * article: `headlineStackMinLines` lines or more in a row, each a headline's length, starting with a capital letter,
 * none longer than a headline, and hardly any ending in a full stop. An article's own short lines come one at a time
 * (a subheading, a one-line quotation that ends in a full stop); its lists follow a line ending in a colon, are
 * bulleted, or are numbered or measured ("2 cups of flour"), starting with a digit. Text mode only: in HTML such
 * stacks are links, and a list in Readability's article is the article's.
 */
const FULL_STOP_END = /[.]["'”’]?\s*$/;

function markHeadlineStacks(lines: LineInfo[]): void {
  const item = (l: LineInfo) =>
    l.cls !== 'bad' &&
    (l.cls !== 'good' || l.words <= 14) &&
    l.words >= 4 &&
    l.words <= T.headlineStackMaxWords &&
    /^["'“‘]?\p{Lu}/u.test(l.text) &&
    !/^\s*[-•*·–]|[:;,]\s*$|https?:|www\./u.test(l.text);
  for (let i = 0; i < lines.length; ) {
    let end = i;
    let stops = 0;
    while (end < lines.length && item(lines[end])) {
      if (FULL_STOP_END.test(lines[end].text)) stops++;
      end++;
    }
    // STACK_ENDS_BEFORE_LEAD: a headline and its standfirst are followed by the lead, a sentence with a full stop;
    // a stack of headlines does not end on one, so a last line that reads as a sentence is the article's.
    while (end - 1 > i && lines[end - 1].sentence && FULL_STOP_END.test(lines[end - 1].text)) {
      end--;
      stops--;
    }
    // STACK_STARTS_AFTER_PARAGRAPH: the same at its top: a first line that reads as a sentence with a full stop is the
    // article's last line above the stack (a one-line quotation: "“We will rebuild,” the mayor said."), not a headline.
    let start = i;
    while (start < end - 1 && lines[start].sentence && FULL_STOP_END.test(lines[start].text)) {
      start++;
      stops--;
    }
    const n = end - start;
    const introduced = i > 0 && /:\s*$/.test(lines[i - 1].text);
    if (n >= T.headlineStackMinLines && stops * 3 <= n && !introduced) {
      for (let j = start; j < end; j++) Object.assign(lines[j], { cls: 'bad', reason: 'list of headlines (other stories)' });
    }
    i = Math.max(end, i + 1);
  }
}

/**
 * A list of teasers — a headline, its blurb and a "Read the rest" link, twice or more — is other stories: the blurbs
 * read as prose, so they are marked here, before the article is looked for.
 */
function markTeasers(lines: LineInfo[]): void {
  const links: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].words <= 5 && READ_MORE.test(lines[i].text)) links.push(i);
  const teaser = (i: number) =>
    i >= 2 && lines[i - 1].cls !== 'bad' && lines[i - 2].cls !== 'bad' && !lines[i - 2].sentence && lines[i - 2].words <= 30;
  if (links.filter(teaser).length < 2) return;
  for (const i of links) {
    if (!teaser(i)) continue;
    for (const j of [i - 1, i - 2]) Object.assign(lines[j], { cls: 'bad', reason: 'teaser (another story)' });
  }
}

const score = (l: LineInfo): number => {
  // A box set inside the article (markRelatedBoxes) is neither the article nor a sign that it has ended.
  if (l.boxed) return 0;
  // A counted list is the article's by its numbering: its items weigh as short paragraphs do.
  if (l.counted && l.cls !== 'good') return l.text.length * 0.5;
  if (l.listed && l.cls === 'short') return 0;
  switch (l.cls) {
    case 'good':
      return l.text.length;
    case 'near':
      return l.text.length * 0.5;
    case 'short':
      return -Math.min(60, 15 + l.text.length / 2);
    case 'bad':
      return -Math.min(80, 30 + l.text.length / 4);
  }
};

/** The densest run of prose: the maximum-sum window of line scores. */
function densestRun(lines: LineInfo[]): { from: number; to: number } | null {
  let best = { sum: 0, from: 0, to: -1 };
  let sum = 0;
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += score(lines[i]);
    if (sum > best.sum) best = { sum, from, to: i };
  }
  return best.to < 0 ? null : { from: best.from, to: best.to };
}

/**
 * A headline: a few words, no final full stop or colon, not navigation ("A | B | C", "Home › World"), not a list
 * item, not furniture, byline or date.
 */
function headlineLike(l: LineInfo): boolean {
  return (
    l.cls !== 'bad' &&
    l.words >= 3 &&
    l.words <= 30 &&
    !/[.:;,]["'”’]?\s*$/.test(l.text) &&
    !/\s[|›»>·•]\s|\s\/\s|^\s*\d+[.)]\s|https?:|www\./.test(l.text) &&
    /^["'“‘(]?[\p{Lu}\p{N}\p{Lo}]/u.test(l.text)
  );
}

const isAnchor = (l: LineInfo) => l.reason === 'byline' || l.reason === 'date line';

/**
 * The page's headline, in text mode. Scraped pages often start with the page's <title> ("Headline - Site"), which is
 * taken when it reads like a headline; a first line that is only the site's name ("The Gazette") is not. Otherwise
 * the headline is the line just above the byline and date (above the standfirst when there is one), or the line just
 * above the article.
 */
function findTitle(lines: LineInfo[], start: number, page: ReturnType<typeof pageTitle>): { title: string; index: number } | null {
  // Above the byline/date block nearest the article.
  let byAnchor: number | null = null;
  for (let a = Math.min(start + 3, lines.length - 1); a >= Math.max(1, start - 15) && byAnchor === null; a--) {
    if (!isAnchor(lines[a])) continue;
    // A bare name just above the date is the byline ("Jane Doe in Kyiv"), not the headline.
    const named = a > 0 && lines[a - 1].cls !== 'bad' && lines[a - 1].words <= 8 && nameLine(lines[a - 1].text) !== null;
    byAnchor = above(lines, named ? a - 1 : a);
  }
  if (byAnchor !== null && lines[byAnchor].words < 4) byAnchor = null;
  if (byAnchor !== null && !page?.strong) return { title: lines[byAnchor].text, index: byAnchor };
  const near = above(lines, lines[start].sentence || !headlineLike(lines[start]) ? start : start + 1);
  if (page) {
    // A first line that is only the site's name ("The Gazette") gives way to a longer headline just above the article;
    // a short headline in sentence case ("Ferry capsizes off Solvik") does not.
    if (!page.strong && readsLikeName(page.text) && near !== null && near > 0 && lines[near].words > page.words)
      return { title: lines[near].text, index: near };
    return { title: page.text, index: 0 };
  }
  if (near !== null && near > 0 && lines[near].words >= 4) return { title: lines[near].text, index: near };
  return headlineAboveLead(lines, start);
}

/**
 * The headline set below a picture's caption and credit (headline below the picture): the article's run then opens
 * with the caption, and nothing above it reads as a headline. The line just above the first paragraph, when only
 * short lines and captions stand between the run's start and it, a few lines at most, is the headline.
 */
function headlineAboveLead(lines: LineInfo[], start: number): { title: string; index: number } | null {
  for (let i = start; i < lines.length && i <= start + 5; i++) {
    if (lines[i].cls !== 'good') continue;
    const j = i - 1;
    return j >= start && headlineLike(lines[j]) && lines[j].words >= 4 && !lines[j].listed ? { title: lines[j].text, index: j } : null;
  }
  return null;
}

/** The headline-like line a few lines above `i` (a standfirst between them is passed over to the headline above it). */
function above(lines: LineInfo[], i: number): number | null {
  let skipped = 0;
  for (let j = i - 1; j >= 0 && skipped <= 3; j--) {
    if (!headlineLike(lines[j])) {
      skipped++;
      continue;
    }
    const upper = lines[j - 1];
    if (j > 0 && upper && headlineLike(upper) && upper.words >= 5 && lines[j].words >= upper.words + 2) return j - 1;
    return j;
  }
  return null;
}

/**
 * The first line as the page's <title>: "Headline - Site" stripped (a part shown on its own further down the page is
 * the headline). Strong when something was stripped, when it is long, or when the page repeats it.
 */
function pageTitle(lines: LineInfo[]): { text: string; words: number; strong: boolean } | null {
  const first = lines[0];
  if (!first || first.cls === 'bad' || first.words < 3 || first.words > 30 || /[.:;,]$/.test(first.text)) return null;
  const shown = (text: string) => {
    const key = fold(text);
    for (let i = 1; i < lines.length; i++)
      if (Math.abs(lines[i].text.length - text.length) <= 4 && fold(lines[i].text) === key) return true;
    return false;
  };
  const text = stripSiteSuffix(first.text, { seen: shown });
  const words = tokens(text).length;
  const repeated = shown(text);
  if (words < (repeated ? 2 : 3)) return null;
  return { text, words, strong: text !== first.text || words >= 6 || repeated };
}

/**
 * A byline set alone above the article: the only line before its first paragraph is a person's name ("Jane Doe",
 * "Jane Doe and John Roe"), with no "By", date or headline (a page saved from its body, or a site that prints the
 * author first). Anything else above the article (a headline, a menu) leaves it to the header rules.
 */
function leadByline(lines: LineInfo[], start: number): string | null {
  const above = lines.slice(0, start).filter((l) => l.text.trim() !== '');
  if (above.length !== 1 || above[0].words > 6) return null;
  const name = nameLine(above[0].text);
  if (name) Object.assign(above[0], { cls: 'bad', reason: 'byline' });
  return name;
}

/** A byline without "By" in the header: a name (optionally "in Place") next to the date line, just below the headline. */
function headerByline(lines: LineInfo[], start: number, title: string | null): string | null {
  for (let i = Math.max(0, start - 15); i <= Math.min(start + 3, lines.length - 1); i++) {
    if (lines[i].reason !== 'date line') continue;
    for (const j of [i - 1, i + 1]) {
      const l = lines[j];
      if (!l || l.cls === 'bad' || l.words > 8) continue;
      // The headline (or its repeat) is one or two lines above: a name elsewhere next to a date is a caption or a list.
      const headline = title !== null && [j - 1, j - 2].some((k) => k >= 0 && /^(title|repeated title)/.test(lines[k].reason ?? ''));
      if (!headline) continue;
      const name = nameLine(l.text);
      if (name) {
        Object.assign(l, { cls: 'bad', reason: 'byline' });
        return name;
      }
    }
  }
  return null;
}

/** Content words of the title, to tell the article from another story appended to it. */
function titleWords(title: string | null): Set<string> {
  const words = new Set<string>();
  if (title) for (const t of tokens(title)) if (t.length >= 3 && !STOPWORDS.has(t.toLowerCase())) words.add(t.toLowerCase());
  return words;
}

/**
 * Share of the prose in `texts` (blocks of a dozen words or more) that is about the title: blocks naming at least one
 * of its content words. An article mostly is; another story the page carries is not (null: the title has fewer than
 * three content words, or there is no prose).
 */
export function topicalShare(title: string, texts: string[]): number | null {
  const words = titleWords(title);
  if (words.size < 3) return null;
  let prose = 0;
  let about = 0;
  for (const text of texts) {
    const toks = tokens(text);
    if (toks.length < 12) continue;
    prose += text.length;
    if (toks.some((t) => words.has(t.toLowerCase()))) about += text.length;
  }
  return prose ? about / prose : null;
}

function coverage(words: Set<string>, lines: LineInfo[], from: number, to: number): number {
  const seen = new Set<string>();
  const lower = pageWords(lines).lower;
  for (let i = from; i <= to && seen.size < words.size; i++) for (const t of lower(lines[i].text)) if (words.has(t)) seen.add(t);
  return words.size ? seen.size / words.size : 0;
}

/**
 * Whether the tail marker at `i` ends the article: most of the article's prose is before it, or what follows is
 * another story — it hardly shares the words of the prose before it (a continuation of the same article shares a
 * tenth to a third of its content words; another story a few per cent), and it names fewer of the title's words.
 */
function endsArticle(
  lines: LineInfo[],
  i: number,
  from: number,
  to: number,
  seen: number,
  total: number,
  share: number,
  words: Set<string>,
): boolean {
  // "Discussion" also heads a section of a report: it opens the comments only when no long paragraph follows it.
  if (SECTION_HEADING.test(lines[i].text)) {
    for (let j = i + 1; j <= to; j++) if (lines[j].cls === 'good' && lines[j].words >= 30) return false;
  }
  if (seen >= total * share) return true;
  return otherStoryAfter(lines, i, from, to, seen, words);
}

/** What follows line `i` is another story: it hardly shares the prose's words before it, nor the title's. */
function otherStoryAfter(lines: LineInfo[], i: number, from: number, to: number, seen: number, words: Set<string>): boolean {
  if (seen < T.tailMinChars || sharedVocabulary(lines, [from, i], [i + 1, to + 1]) > T.otherStoryMaxSharedWords) return false;
  if (words.size < 3) return true;
  return coverage(words, lines, i + 1, to) <= coverage(words, lines, from, i - 1) / 2;
}

/**
 * A line's words lower-cased, and its content words (four letters or more, no stopword), remembered per page: the
 * tail rules ask for the words of the same lines once for every tail marker they weigh, which made a long page
 * quadratic in tokenising. Kept per page (the `lines` array) so a bench that cleans one page again measures the work.
 */
const wordsByPage = new WeakMap<LineInfo[], { lower: (text: string) => string[]; content: (text: string) => string[] }>();
function pageWords(lines: LineInfo[]) {
  let words = wordsByPage.get(lines);
  if (!words) {
    words = {
      lower: memo((text) => tokens(text).map((t) => t.toLowerCase())),
      content: memo((text) =>
        tokens(text)
          .filter((t) => t.length >= 4 && !STOPWORDS.has(t.toLowerCase()))
          .map((t) => t.toLowerCase()),
      ),
    };
    wordsByPage.set(lines, words);
  }
  return words;
}

/** Lines [from, to): a stretch of the page. */
type Span = [number, number];

/** Share of the content words of the prose in `after` that also occur in the prose in `before`. */
function sharedVocabulary(lines: LineInfo[], [from, to]: Span, [afterFrom, afterTo]: Span): number {
  const prose = (l: LineInfo) => l.cls === 'good' || l.cls === 'near';
  const contentWords = pageWords(lines).content;
  const before = new Set<string>();
  for (let j = from; j < to; j++) if (prose(lines[j])) for (const w of contentWords(lines[j].text)) before.add(w);
  let all = 0;
  let shared = 0;
  for (let j = afterFrom; j < afterTo; j++) {
    if (!prose(lines[j])) continue;
    for (const w of contentWords(lines[j].text)) {
      all++;
      if (before.has(w)) shared++;
    }
  }
  return all ? shared / all : 0;
}

const SECTION_HEADING = /^\s*discussion\s*:?\s*$/i;

/** Text path: the densest run of prose, then context smoothing and the tail cut inside it. */
function selectArticle(
  lines: LineInfo[],
  run: { from: number; to: number },
  title: string | null,
  isTail: (text: string) => boolean,
): boolean[] {
  const keep = lines.map(() => false);
  let end = run.to;
  // A "related / comments" heading after most of the article ends it, even when good-looking teasers follow.
  const articleChars = lines.slice(run.from, run.to + 1).reduce((n, l) => n + (l.cls === 'good' ? l.text.length : 0), 0);
  const words = titleWords(title);
  let seen = 0;
  for (let i = run.from; i <= run.to; i++) {
    // A share bar under the article ends it when what follows is another story (a column of promos, a feed): share
    // bars also stand under a lead, so only the change of subject decides, never the share of the article before it.
    const shareBar = lines[i].reason === 'share widget' && otherStoryAfter(lines, i, run.from, run.to, seen, words);
    if (
      shareBar ||
      (isTail(lines[i].text) && !lines[i].boxed && endsArticle(lines, i, run.from, run.to, seen, articleChars, T.tailAfterShareText, words))
    ) {
      end = i - 1;
      lines[i].reason ??= 'related links / comments tail';
      for (let j = i + 1; j <= run.to; j++) lines[j].reason ??= 'related links / comments tail';
      break;
    }
    // The article read so far: its paragraphs, and the lines of a counted list (a league table is the article too).
    if (lines[i].cls === 'good' || lines[i].counted) seen += lines[i].text.length;
  }
  // The feed's last date lines may stand past the run's end (a date line scores as furniture): looked for to the end.
  const thread = datedFeed(lines, run.from, lines.length - 1);
  if (thread !== null && thread <= end) {
    for (let j = thread; j <= end; j++) lines[j].reason ??= 'comments or teasers (a feed of dated posts)';
    end = thread - 1;
  }
  const prose = (l: LineInfo | undefined) => l !== undefined && (l.cls === 'good' || l.cls === 'near');
  for (let i = run.from; i <= end; i++) {
    const l = lines[i];
    if (l.cls === 'good' || l.cls === 'near' || l.listed || (l.cls === 'short' && POST_SIGNATURE.test(l.text))) keep[i] = true;
    else if (l.cls === 'short' && isTail(l.text) && !SECTION_HEADING.test(l.text)) {
      // A heading of other stories ("Most read", "Related") that did not end the article heads a box set inside it,
      // whose items are gone: the heading is not a subheading of the article.
      l.reason ??= 'heading of other stories';
    } else if (l.cls === 'short' && TOPIC_HEADLINE.test(l.text) && !SENTENCE_END.test(l.text)) {
      l.reason ??= 'related headline (topic: headline)';
    } else if (
      l.cls === 'short' &&
      l.words >= 2 &&
      prose(paragraphAbove(lines, i, run.from, isTail)) &&
      prose(nextNonShort(lines, i, end))
    ) {
      // A short line between two paragraphs of the article is usually part of it (a subheading, a one-line
      // paragraph); the same line amid menus is not. A widget removed between it and the paragraph above (a
      // "Related post: …" link, an ad label) does not make it less of a subheading.
      keep[i] = true;
    }
  }
  return keep;
}

/**
 * Another story's headline set between two paragraphs, led by its topic: "Harbour strike: Ferries stay in port",
 * "Video: The quay under water", "Related: Five walks along the coast". A subheading of the article names its section
 * ("What happens next"); the topic, colon and a second capital are how sites print links to their other stories, and
 * such a line is kept as a subheading on no page of the shared benchmark (topic headline). Up to four words before
 * the colon, no sentence punctuation at the end (a speaker's line in a transcript ends as a sentence).
 */
const TOPIC_HEADLINE = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?: [\p{L}\p{N}'’&.-]+){0,3}: ["'“‘]?[\p{Lu}\p{N}]/u;

/**
 * The signature under a social-media post the article quotes: "— Jane Doe (@janedoe) March 3, 2025". The post is
 * the article's quotation, and its signature says who posted it; inside the article it stays with the post.
 */
const POST_SIGNATURE = /^\s*[—–-]\s?[^()@]{1,80}\(@\w{1,30}\)[^()]{0,40}$/u;

/**
 * A heading set right under a paragraph of the article that heads a list without a colon (headed list): "What
 * happens next" / "The inspectorate will" over "check every crane" / "interview the operators". A few words, no
 * sentence punctuation, not a heading of other stories; the list it heads must still be followed by the article's
 * prose (markArticleLists), so a box of headlines at the article's end is not taken for one.
 */
/** A heading starts with a capital letter; a line starting with a number is an item ("8 ripe pears"). */
const HEADING_START = /^["'“‘]?\p{Lu}/u;

function listHeading(lines: LineInfo[], i: number): boolean {
  const l = lines[i];
  return (
    i > 0 &&
    lines[i - 1].cls === 'good' &&
    l.cls === 'short' &&
    l.words <= T.listHeadingMaxWords &&
    HEADING_START.test(l.text) &&
    !SENTENCE_STOP.test(l.text)
  );
}

/** A line that introduces what follows: it ends in a colon ("Ingredients:", "The council agreed to:"). */
const INTRODUCES = /:\s*$/;
/** An interview's question or answer, labelled: "Q: Favourite book?", "A. The harbour at dawn". */
const INTERVIEW_LABEL = /^\s*[QA]\s*[:.]\s*\S/;

/**
 * Text path: short lines of the article's own lists, which the classifier alone would drop (each is too short to
 * read as prose); marked before the article is looked for, so that they neither count for nor against it:
 * - a list introduced by a line ending in a colon ("Ingredients:" / "8 ripe pears" / "1 lemon"), up to
 *   `introducedListMaxLines` lines and only when the article's prose goes on after it (a list at the very end may as
 *   well be the page's);
 * - the short questions and answers of an interview ("Q: Favourite book?" / "A: The Sea Wall"), when the article has
 *   at least `interviewMinLabelled` labelled lines, so a lone "A." is no interview.
 * A list of other stories inside the article is not introduced by a colon, and its headlines carry no labels.
 */
function markArticleLists(lines: LineInfo[], isTail: (text: string) => boolean): void {
  const list = (l: LineInfo) => l.cls === 'short' || l.cls === 'near';
  for (let i = 0; i < lines.length - 1; i++) {
    // A heading of other stories or tags ("Related tags:", "Most read:") introduces the page's list, not the article's.
    if (lines[i].cls === 'bad' || isTail(lines[i].text)) continue;
    const colon = INTRODUCES.test(lines[i].text);
    if (!colon && !listHeading(lines, i)) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= T.introducedListMaxLines && list(lines[j])) j++;
    // Under a heading without a colon, two items or more, each of a few words (not a counter: "1", "2").
    const items = lines.slice(i + 1, j);
    const headed = colon || (items.length >= 2 && items.every((l) => l.words >= 2));
    if (j > i + 1 && j < lines.length && lines[j].cls === 'good' && headed) {
      for (let k = i + 1; k < j; k++) lines[k].listed = true;
      if (lines[i].cls === 'short') lines[i].listed = true;
    }
  }
  markBulletedLists(lines);
  markCountedLists(lines, isTail);
  const labelled: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].cls !== 'bad' && INTERVIEW_LABEL.test(lines[i].text)) labelled.push(i);
  if (labelled.length >= T.interviewMinLabelled) for (const i of labelled) lines[i].listed = true;
}

/** A list item as the page prints it: a bullet or a number before it ("- Ferries resume", "2. The quay reopens"). */
const BULLETED = /^\s*(?:[-•*·–▪►]|\d{1,2}[.)])\s+\S/;

/**
 * Text path: a bulleted or numbered list set between two paragraphs of the article, without a line ending in a colon
 * above it ("The board agreed." / "- Ferries resume on Monday" / "- The quay stays closed" / "The mayor said…"). Each
 * item is too short to read as prose, and only the first stands next to a paragraph: the items are the article's when
 * the whole run is bulleted, two items or more, up to `introducedListMaxLines`, with a paragraph of prose on both
 * sides. A site's menus are set apart from the article's paragraphs, and its lists of other stories are headlines,
 * which markBulletedHeadlines has already set aside.
 */
function markBulletedLists(lines: LineInfo[]): void {
  const item = (l: LineInfo) => (l.cls === 'short' || l.cls === 'near') && BULLETED.test(l.text);
  for (let i = 1; i < lines.length; ) {
    let end = i;
    while (end < lines.length && end - i < T.introducedListMaxLines && item(lines[end])) end++;
    if (end - i >= 2 && lines[i - 1].cls === 'good' && lines[end]?.cls === 'good') for (let k = i; k < end; k++) lines[k].listed = true;
    i = Math.max(end, i + 1);
  }
}

/** "1) Pear jam", "2. The quay", "3 Jane Doe 50 12": a line that starts with an item's number (up to 999). */
const COUNTED_ITEM = /^\s*(\d{1,3})(?:[.)]\s+|\s+)\S/;
/** A bare link on a line of its own ("http://example.com/deal", "www.example.com"). */
const BARE_LINK = /^\s*(?:https?:\/\/|www\.)\S+\s*$/;

/**
 * Text path: a counted list the article introduces (counted lists): a line of the article ending in a colon, at most
 * `countedListMaxGap` lines above an item numbered 1 (a table's heading row may stand between: "Pos. Name Points"),
 * then items numbered 2, 3, 4, … in order, `countedListMinItems` or more, each at most `countedListMaxGap` lines
 * after the one before. Rankings, league tables, the deals of a shopping post and the steps of a guide are counted
 * so; a site's menus are not, and a numbered box of the most read stories is headed by a heading of other stories,
 * not by a line of the article. Unlike an introduced list (introducedListMaxLines), a counted list may be long and may
 * end the article: its numbering, not the prose after it, says it is one list, and its lines count for the article
 * when the article is looked for. Between items, a bare link or a short line is the item's own (the shop's link
 * under each deal); furniture there stays furniture.
 */
function markCountedLists(lines: LineInfo[], isTail: (text: string) => boolean): void {
  const number = (l: LineInfo) => (l.cls === 'bad' ? null : Number(COUNTED_ITEM.exec(l.text)?.[1] ?? Number.NaN));
  for (let i = 0; i < lines.length; i++) {
    if (number(lines[i]) !== 1) continue;
    let intro = -1;
    for (let j = i - 1; j >= 0 && i - j <= T.countedListMaxGap && intro < 0; j--) {
      if (lines[j].cls !== 'bad' && INTRODUCES.test(lines[j].text) && !isTail(lines[j].text)) intro = j;
    }
    if (intro < 0) continue;
    const items = [i];
    // Lines since the last item; furniture set inside the list (an ad label, a video teaser) is not counted (inline
    // furniture in a list).
    let gap = 0;
    for (let j = i + 1; j < lines.length && gap < T.countedListMaxGap; j++) {
      if (number(lines[j]) === items.length + 1) {
        items.push(j);
        gap = 0;
      } else if (lines[j].cls !== 'bad') gap++;
    }
    if (items.length < T.countedListMinItems) continue;
    let last = items[items.length - 1];
    // The last item's own link, printed under it as under every other item.
    while (last + 1 < lines.length && last + 1 - items[items.length - 1] < T.countedListMaxGap && BARE_LINK.test(lines[last + 1].text))
      last++;
    if (lines[intro].cls === 'short') lines[intro].listed = true;
    for (let k = intro + 1; k <= last; k++) {
      const l = lines[k];
      if (l.cls !== 'bad' || BARE_LINK.test(l.text)) Object.assign(l, { listed: true, counted: true });
    }
    i = last;
  }
}

/**
 * The line above `i` (within the article's run), or the one above that when `i` follows one removed widget line: the
 * paragraph a subheading follows when an inline widget stands between them (subheading after a widget). Not past a
 * removed line that introduces what follows ("More:", "Most read", a "read also" label alone), nor past two or more:
 * those are a box of other stories, and the short line under them is one of its items.
 */
function paragraphAbove(lines: LineInfo[], i: number, from: number, isTail: (text: string) => boolean): LineInfo | undefined {
  // A box of other stories set inside the article (markRelatedBoxes) stands between a subheading and its paragraph.
  let box = i - 1;
  while (box >= from && lines[box].boxed) box--;
  if (box < i - 1) return box >= from && !lines[box].boxed ? lines[box] : undefined;
  const above = lines[i - 1];
  if (i - 1 < from || above.cls !== 'bad') return above;
  if (INTRODUCES.test(above.text) || isTail(above.text) || linkLabelAlone(above) || i - 2 < from) return undefined;
  return lines[i - 2].cls === 'bad' ? undefined : lines[i - 2];
}

/**
 * A "read also" label on a line of its own ("Read more", "Lire aussi", "Leggi anche »"): the link it labels is the line
 * under it, another story's headline, not a subheading of the article (read-also label). With the headline on the
 * same line ("Related: Ferries resume"), the label removed its own link, and the line under it may be the article's.
 */
const linkLabelAlone = (l: LineInfo) => l.reason === 'related link' && !LABEL_THEN_LINK.test(l.text);
/** A label, a separator, then the link's words: "Lire aussi : Le port reste fermé", "Read more » Ferries resume". */
const LABEL_THEN_LINK = /[:\-–—|»›>]\s*[\p{L}\p{N}"'“‘«„]/u;

function nextNonShort(lines: LineInfo[], i: number, end: number): LineInfo | undefined {
  for (let j = i + 1; j <= end; j++) if (lines[j].cls !== 'short') return lines[j];
  return undefined;
}

const isProse = (l: LineInfo | undefined) => l !== undefined && (l.cls === 'good' || l.cls === 'near');

/**
 * Where a feed of dated posts starts after the article, or null: readers' comments, or other stories' teasers.
 * An article has its one date line at the top; after it, `commentThreadMinPosts` date lines or more, each within
 * `feedMaxGap` lines of the next, are a feed, even when the posts are longer than the article and talk about the same
 * thing (which hides them from the tail cut). Two shapes:
 * - a comment: its author's name on a short line, the date line, the comment's prose ("Jane Doe" / "2 days ago at
 *   07:52 am" / "I live by the harbour…");
 * - a teaser: another story's headline, its blurb, the date line below ("Ferry fares rise" / "The operator said…" /
 *   "3H ago"), the next headline just after the date.
 * Returns the first line of the first post, with the feed's own heading and counters above it ("Top Rated Comments",
 * "More World"). A timeline in an article (a date line, then its paragraph, then the next) is neither: no name above
 * its dates, and prose, not a headline, after them.
 */
function datedFeed(lines: LineInfo[], from: number, to: number): number | null {
  let seen = 0;
  const dates: number[] = [];
  for (let i = from; i <= to; i++) {
    if (lines[i].cls === 'good') seen += lines[i].text.length;
    if (seen >= T.commentThreadAfterChars && lines[i].reason === 'date line') dates.push(i);
  }
  // Both may stand under the article (other stories' teasers, then readers' comments): the feed starts at the first.
  const comments = commentPosts(lines, dates);
  const teasers = teaserPosts(lines, dates);
  const start = comments === null ? teasers : teasers === null ? comments : Math.min(comments, teasers);
  if (start === null) return null;
  let first = start;
  while (first - 1 > from && !isProse(lines[first - 1])) first--;
  return first > from ? first : null;
}

/** The name line of the first of a chain of comments (name, date, prose), or null. */
function commentPosts(lines: LineInfo[], dates: number[]): number | null {
  const named = dates.filter((d) => {
    const name = lines[d - 1];
    return name && !isProse(name) && name.words >= 1 && name.words <= 4 && (isProse(lines[d + 1]) || isProse(lines[d + 2]));
  });
  for (let a = 0; a + T.commentThreadMinPosts - 1 < named.length; a++) {
    let b = a;
    while (b + 1 < named.length && named[b + 1] - named[b] <= T.feedMaxGap) b++;
    if (b - a + 1 >= T.commentThreadMinPosts) return named[a] - 1;
    a = b;
  }
  return null;
}

/**
 * The headline of the first of a run of teasers (headline, blurb, date), or null. Teasers are built alike: their date
 * lines stand at the same distance from each other (give or take a line), which a date line ending the article
 * ("First published …") above them does not.
 */
function teaserPosts(lines: LineInfo[], dates: number[]): number | null {
  const below = dates.filter(
    (d, k) => isProse(lines[d - 1]) && (k === dates.length - 1 || (lines[d + 1] !== undefined && !isProse(lines[d + 1]))),
  );
  for (let a = 0; a + T.commentThreadMinPosts - 1 < below.length; a++) {
    const gaps = below.slice(a + 1, a + T.commentThreadMinPosts).map((d, k) => d - below[a + k]);
    const start = below[a] - gaps[0] + 1;
    // The first post starts with its headline, never with prose (the article's last paragraph).
    if (start >= 0 && !isProse(lines[start]) && gaps.every((g) => g <= T.feedMaxGap && Math.abs(g - gaps[0]) <= 1)) return start;
  }
  return null;
}

/** HTML path: Readability chose the article; drop furniture, metadata lines and the related/comments tail. */
function selectLeftovers(lines: LineInfo[], title: string | null, isTail: (text: string) => boolean): boolean[] {
  const keep = lines.map((l) => l.cls !== 'bad');
  const total = lines.reduce((n, l) => n + (l.cls === 'good' ? l.text.length : 0), 0);
  const words = titleWords(title);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isTail(lines[i].text) && endsArticle(lines, i, 0, lines.length - 1, seen, total, T.tailAfterShareHtml, words)) {
      for (let j = i; j < lines.length; j++) {
        keep[j] = false;
        lines[j].reason ??= 'related links / comments tail';
      }
      break;
    }
    if (lines[i].cls === 'good') seen += lines[i].text.length;
    // A heading of other stories ("Most read", "You may also like") that did not end the article heads a box set
    // inside it whose links Readability left out: alone between two paragraphs it is no subheading (as in text).
    if (lines[i].cls === 'short' && isTail(lines[i].text) && !SECTION_HEADING.test(lines[i].text)) {
      keep[i] = false;
      lines[i].reason ??= 'heading of other stories';
    }
  }
  const thread = datedFeed(lines, 0, lines.length - 1);
  if (thread !== null) {
    for (let j = thread; j < lines.length; j++) {
      keep[j] = false;
      lines[j].reason ??= 'comments or teasers (a feed of dated posts)';
    }
  }
  return keep;
}

/** The author's bio at the end of the article ("Jane Doe is the autos editor at …") is about the site, not the news. */
function dropAuthorBio(lines: LineInfo[], keep: boolean[], byline: string | null): void {
  const last: number[] = [];
  for (let i = lines.length - 1; i >= 0 && last.length < 2; i--) {
    if (!keep[i]) continue;
    last.push(i);
    if (authorBio(lines[i].text, byline)) {
      keep[i] = false;
      Object.assign(lines[i], { cls: 'bad', reason: 'author bio' });
    }
  }
  const [bio, name] = last;
  if (name !== undefined && keep[bio] && keep[name] && authorBox(lines[name], lines[bio])) {
    for (const i of last) {
      keep[i] = false;
      Object.assign(lines[i], { cls: 'bad', reason: 'author bio' });
    }
  }
}

/** What a paragraph about a person opens with after the name: "Jane is a …", "Jane has …", "Jane's …". */
const ABOUT_PERSON = /^(?:\s+(?:is|was|has|lives|writes|loves)\b|['’]s\b)/;

/**
 * The box about the author that ends a post: the author's name alone on a line (a photo beside it), then a paragraph
 * that opens with the same name and says who the person is ("Jane Doe" / "Jane Doe is a Solvik native who…"). The
 * article's own paragraphs do not repeat a line's whole text as their first words.
 */
function authorBox(name: LineInfo, bio: LineInfo): boolean {
  if (name.words > 4 || name.sentence || !/^\p{Lu}/u.test(name.text) || !bio.text.startsWith(name.text)) return false;
  return ABOUT_PERSON.test(bio.text.slice(name.text.length));
}

/** Ends a quoted sentence: sentence punctuation, then the closing quotation mark. */
const QUOTE_END = /[.!?…]["”’']?\s*$/;
/** Opens with a quotation mark: how pull quotes are set. */
const QUOTED = /^\s*["“‘'«„]/;

/**
 * A pull quote repeats a sentence of the article in large type ("“Neither side can afford a long war.”"): a quoted
 * sentence of eight words or more whose words all stand, in order, in another kept paragraph. (A quoted phrase or
 * subheading that the article also uses is not one.)
 */
function dropPullQuotes(lines: LineInfo[], keep: boolean[]): void {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++)
    if (
      keep[i] &&
      lines[i].words >= T.pullQuoteMinWords &&
      lines[i].words <= T.pullQuoteMaxWords &&
      QUOTED.test(lines[i].text) &&
      QUOTE_END.test(lines[i].text)
    ) {
      candidates.push(i);
    }
  if (!candidates.length) return;
  const folded = new Map<number, string>();
  const folds = (i: number) => {
    let text = folded.get(i);
    if (text === undefined) folded.set(i, (text = fold(lines[i].text)));
    return text;
  };
  for (const i of candidates) {
    const quote = folds(i);
    // Its longest word must stand in a paragraph as written before the paragraph is folded (folding is not free).
    const longest = tokens(lines[i].text)
      .slice(1)
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    for (let j = 0; j < lines.length; j++) {
      if (j === i || !keep[j] || lines[j].text.length <= lines[i].text.length || !lines[j].text.includes(longest)) continue;
      if (` ${folds(j)} `.includes(` ${quote} `)) {
        keep[i] = false;
        Object.assign(lines[i], { cls: 'bad', reason: 'pull quote (repeats the article)' });
        break;
      }
    }
  }
}

/**
 * A line of a caption's length printed twice in a row ("Crews load the ferry at Solvik" / "Crews load the ferry at
 * Solvik") is a picture's description and its caption, both printed by the page: both copies go. A paragraph printed
 * twice is the article's and is kept once (dropRepeatedParagraphs): one longer than a caption
 * (`doubledCaptionMaxWords`), or one that reports news in another tense than a caption's present ("The ferry has been
 * withdrawn from service."); a headline printed twice is already set aside as the title.
 * The second copy may also stand apart from the caption (caption printed again): a line that is the whole of a caption
 * removed a few lines away, or of a <figcaption> taken out of the page, its credit aside ("Waves crash over the quay."
 * under "Waves crash over the quay. Jane Doe/Agency").
 */
function dropDoubledCaptions(lines: LineInfo[], keep: boolean[], captions: readonly string[], folded = fold): void {
  const captionLike = (l: LineInfo) => l.words >= 4 && l.words <= T.doubledCaptionMaxWords && !otherTense(l.text);
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (!(keep[i] || keep[i - 1]) || !captionLike(b) || a.text.length !== b.text.length) continue;
    if (a.text !== b.text && folded(a.text) !== folded(b.text)) continue;
    for (const [k, l] of [[i - 1, a] as const, [i, b] as const]) {
      keep[k] = false;
      Object.assign(l, { cls: 'bad', reason: 'image caption (printed twice: description and caption)' });
    }
  }
  const removedNear = (i: number) =>
    lines
      .slice(Math.max(0, i - T.repeatedParagraphWithinLines), i + T.repeatedParagraphWithinLines + 1)
      .filter((l) => l.reason === 'image caption/credit' || l.reason === 'image caption')
      .map((l) => l.text);
  const foldedCaptions = captions.map(fold);
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i] || !captionLike(lines[i])) continue;
    const own = folded(lines[i].text);
    const repeats = (caption: string) =>
      caption === own || (caption.startsWith(`${own} `) && caption.length - own.length <= CREDIT_MAX_CHARS);
    if (foldedCaptions.some(repeats) || removedNear(i).map(folded).some(repeats)) {
      keep[i] = false;
      lines[i].reason = 'image caption (printed again)';
    }
  }
}
/** What may follow a caption's words in the caption printed with them: its credit ("Jane Doe/Harbour Agency"). */
const CREDIT_MAX_CHARS = 60;

/** Words that name an institution a picture may come from: "Harbour Institute", "Department of Ports". */
const INSTITUTION = new RegExp(
  [
    String.raw`\b(?:agency|institute|cent(?:er|re)s?|department|ministry|university|laboratory|museum|archives?|library|press`,
    String.raw`|images|photos|service|administration|foundation|council|survey|observatory)\b`,
  ].join(''),
  'i',
);

/**
 * The credit under a caption, on a line of its own: a caption set aside (markCaptions, markCreditedCaptions,
 * dropDoubledCaptions) followed by an institution's name alone, capitalised, no sentence, and the article's prose
 * after it ("Crews at the quay." / "Harbour Survey Institute" / "The ferry did not sail…"). Only an institution's
 * name: a subheading in title case after a caption ("Repairs Begin in May") reads like a person's name as much as
 * a credit does.
 */
function dropCaptionCredits(lines: LineInfo[], keep: boolean[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (!keep[i] || !lines[i - 1].reason?.startsWith('image caption') || !isProse(lines[i + 1]) || l.sentence || l.words > 8) continue;
    const capitalised = l.text.split(' ').every((w) => /^[\p{Lu}\p{N}&(]|^(?:of|the|and|for|on|at|in|de|la|du|des|di|del)$/u.test(w));
    if (!capitalised || !INSTITUTION.test(l.text)) continue;
    keep[i] = false;
    Object.assign(l, { cls: 'bad', reason: 'photo credit' });
  }
}

/**
 * LEAD_CAPTION: the caption of the picture at the top of the article, set as its first paragraph without a credit or
 * a marker ("A tent glows from a light inside as families camp beside a supermarket in Riverton." over "Hundreds of
 * families have slept outside since the flood reached the town on Monday, officials said."): a scene in the present
 * (sceneSentence), the first line kept, and under it the lead, which reports (another tense, a past, an attribution),
 * with the article going on after it. A lead in the present ("Rescuers are searching …", "Voters head to the polls
 * …") has no scene of a picture's kind or no place at its end; one that has is told from a caption by nothing.
 */
function dropLeadCaption(lines: LineInfo[], keep: boolean[]): void {
  const kept: number[] = [];
  for (let i = 0; i < lines.length && kept.length < 3; i++) if (keep[i]) kept.push(i);
  if (kept.length < 3) return;
  const [first, lead, next] = kept.map((i) => lines[i]);
  // A gallery's captions are its article (galleryCaptions).
  if (first.gallery || first.words > T.verblessCaptionMaxWords || lead.cls !== 'good' || !isProse(next)) return;
  if (!sceneSentence(first.text) || !reports(lead.text) || sceneSentence(lead.text)) return;
  keep[kept[0]] = false;
  Object.assign(first, { cls: 'bad', reason: 'image caption (scene above the lead)' });
}

/**
 * A paragraph the page prints twice in a row (a video page's description above and below its player, a standfirst
 * repeated as the first paragraph) is kept once. Only a repeat within three lines of the first: an article may
 * repeat a paragraph far apart on purpose (a refrain, a quoted statement read out again), and those are kept.
 * Paragraphs of eight words or more, the same once case and punctuation are folded.
 */
function dropRepeatedParagraphs(lines: LineInfo[], keep: boolean[], folded = fold): void {
  const lastSeen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i] || lines[i].words < T.repeatedParagraphMinWords) continue;
    const key = folded(lines[i].text);
    const before = lastSeen.get(key);
    lastSeen.set(key, i);
    if (before === undefined || i - before > T.repeatedParagraphWithinLines) continue;
    keep[i] = false;
    Object.assign(lines[i], { cls: 'bad', reason: 'repeated paragraph' });
  }
}
