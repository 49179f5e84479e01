/**
 * The line classifier shared by both paths. Scraped text arrives one block per line with every menu, teaser and
 * widget still in it; Readability's HTML output arrives as blocks with fewer, but still some, leftovers (captions,
 * credits, "related" lists, newsletter prompts). Each line is scored on evidence that generalises across sites —
 * length, share of function words, sentence punctuation, widget vocabulary, position — and the article is the
 * densest run of prose-like lines (jusText and Kadane's maximum subarray, in spirit).
 */
import { createHash } from 'node:crypto';
import type { RemovedLine } from '../types.ts';
import { findDate, isDateLine, parseByline } from './metadata.ts';
import { FURNITURE, STOPWORDS, TAIL_MARKERS } from './vocabulary.ts';

export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** Longest block read as a possible paragraph (the longest in the extraction benchmark is under 4,000). */
export const MAX_BLOCK_CHARS = 50_000;

export interface LineInfo {
  text: string;
  words: number;
  stopShare: number;
  sentence: boolean;
  cls: LineClass;
  reason: string | null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Normalised key of a line, for corpus-level recurrence counting (case, spacing and punctuation folded). */
export function lineKey(line: string): string {
  const folded = line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha1').update(folded).digest('hex').slice(0, 16);
}

export function fold(text: string): string {
  return text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Reads as a sentence of prose: starts like one, ends with sentence punctuation, has function words. */
function readsAsSentence(text: string, words: number, stopShare: number): boolean {
  return words >= 6 && /[.!?。！？]["'”’)\]」』]?\s*$/.test(text) && /^["'“‘(\[«„「]?[\p{Lu}\p{N}\p{Lo}]/u.test(text) && stopShare >= 0.15;
}

export function furnitureReason(text: string, words: number, sentence: boolean): string | null {
  for (const f of FURNITURE) {
    if (sentence && words > f.proseMaxWords) continue; // cheap check first: long prose is never this furniture
    if (f.pattern.test(text)) return f.reason;
  }
  return null;
}

/** Han, kana and hangul syllables carry a word's worth of meaning in one or two characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * `neutral`: the page is not English, so the share of English function words says nothing; every line is given a
 * prose-like share and length and punctuation decide.
 */
export function describeLine(text: string, neutral = false): LineInfo {
  const toks = tokens(text);
  const cjk = text.match(CJK)?.length ?? 0;
  const words = toks.length + Math.floor(cjk / 2);
  const stop = toks.filter((t) => STOPWORDS.has(t.toLowerCase())).length;
  const stopShare = neutral ? 0.3 : words ? stop / words : 0;
  const sentence = readsAsSentence(text, words, stopShare);
  const furniture = furnitureReason(text, words, sentence);
  let cls: LineClass;
  let reason: string | null = null;
  if (furniture) {
    cls = 'bad';
    reason = furniture;
  } else if (words === 0) {
    cls = 'bad';
    reason = 'no words';
  } else if ((words >= 10 && sentence && stopShare >= 0.2) || (words >= 25 && stopShare >= 0.2)) cls = 'good';
  else if ((words >= 6 && sentence) || (words >= 15 && stopShare >= 0.12)) cls = 'near';
  else cls = 'short';
  return { text, words, stopShare, sentence, cls, reason };
}

export interface Classified {
  kept: string[];
  removed: RemovedLine[];
  byline: string | null;
  published: string | null;
}

export interface ClassifyOptions {
  /** 'text': find the article among page furniture; 'html': Readability already found it, only remove leftovers. */
  mode: 'text' | 'html';
  title: string | null;
  /** Not English: judge lines without the English function-word share. */
  neutral?: boolean;
}

export function classifyLines(rawLines: string[], options: ClassifyOptions): Classified {
  const removed: RemovedLine[] = [];
  let byline: string | null = null;
  let published: string | null = null;
  const titleKey = options.title ? fold(options.title) : null;
  const infos: LineInfo[] = [];

  for (const raw of rawLines) {
    if (raw.length > MAX_BLOCK_CHARS) {
      // Paragraphs of articles run to a few thousand characters; a block this long is a data dump or an attack,
      // and reading it word by word would cost seconds.
      removed.push({ text: `${raw.slice(0, 120).trim()}… (${raw.length.toLocaleString('en-US')} characters)`, reason: 'block too long to be a paragraph' });
      continue;
    }
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const info = describeLine(text, options.neutral);
    // Metadata and exact repeats of the title are lifted out before anything else.
    const asByline = parseByline(text);
    if (titleKey && fold(text) === titleKey) Object.assign(info, { cls: 'bad', reason: 'repeated title' });
    else if (asByline && info.words <= 16 && !(info.sentence && info.words > 8)) {
      byline ??= asByline.byline;
      published ??= asByline.published;
      Object.assign(info, { cls: 'bad', reason: 'byline' });
    } else if (isDateLine(text) || info.reason === 'date line') {
      // "Published March 3, 2025 | 6:40 AM" (an "Updated …" stamp only when nothing better is known).
      if (!/^\s*(updated|last)/i.test(text) || !published) published ??= findDate(text);
      Object.assign(info, { cls: 'bad', reason: 'date line' });
    }
    infos.push(info);
  }

  const keep = options.mode === 'text' ? selectArticle(infos) : selectLeftovers(infos);
  const kept: string[] = [];
  infos.forEach((info, i) => {
    if (keep[i]) kept.push(info.text);
    else removed.push({ text: info.text, reason: info.reason ?? 'outside the article' });
  });
  return { kept, removed, byline, published };
}

const score = (l: LineInfo): number => {
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

/** Text path: the densest run of prose (maximum-sum window), then context smoothing and the tail cut inside it. */
function selectArticle(lines: LineInfo[]): boolean[] {
  const keep = lines.map(() => false);
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
  if (best.to < 0) return keep;
  let end = best.to;
  // A "related / comments" heading after most of the article ends it, even when good-looking teasers follow.
  const articleChars = lines.slice(best.from, best.to + 1).reduce((n, l) => n + (l.cls === 'good' ? l.text.length : 0), 0);
  let seen = 0;
  for (let i = best.from; i <= best.to; i++) {
    if (TAIL_MARKERS.test(lines[i].text) && seen >= articleChars * 0.5) {
      end = i - 1;
      lines[i].reason ??= 'related links / comments tail';
      for (let j = i + 1; j <= best.to; j++) lines[j].reason ??= 'related links / comments tail';
      break;
    }
    if (lines[i].cls === 'good') seen += lines[i].text.length;
  }
  const prose = (l: LineInfo | undefined) => l !== undefined && (l.cls === 'good' || l.cls === 'near');
  for (let i = best.from; i <= end; i++) {
    const l = lines[i];
    if (l.cls === 'good' || l.cls === 'near') keep[i] = true;
    else if (l.cls === 'short' && l.words >= 2 && prose(lines[i - 1]) && prose(nextNonShort(lines, i, end))) {
      // A short line between two paragraphs of the article is usually part of it (a subheading, a one-line
      // paragraph); the same line amid menus is not.
      keep[i] = true;
    }
  }
  return keep;
}

function nextNonShort(lines: LineInfo[], i: number, end: number): LineInfo | undefined {
  for (let j = i + 1; j <= end; j++) if (lines[j].cls !== 'short') return lines[j];
  return undefined;
}

/** HTML path: Readability chose the article; drop furniture, metadata lines and the related/comments tail. */
function selectLeftovers(lines: LineInfo[]): boolean[] {
  const keep = lines.map((l) => l.cls !== 'bad');
  const total = lines.reduce((n, l) => n + (l.cls === 'good' ? l.text.length : 0), 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (TAIL_MARKERS.test(lines[i].text) && seen >= total * 0.6) {
      for (let j = i; j < lines.length; j++) {
        keep[j] = false;
        lines[j].reason ??= 'related links / comments tail';
      }
      break;
    }
    if (lines[i].cls === 'good') seen += lines[i].text.length;
  }
  return keep;
}
