/** Word-level comparison of two quotations. */
import { GRAMMATICAL_WORDS, NEUTRAL_CLITIC, spellingVariants } from '../lexicon/english.ts';
import { stem } from './normalize.ts';

export function quoteWords(quote: string): string[] {
  return (
    quote
      .toLowerCase()
      .replace(/[‘’`´]/g, "'")
      .replace(/…/g, ' ')
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

export interface WordDiff {
  inserted: string[];
  dropped: string[];
  /** Pairs where one word replaced another at the same place. */
  replaced: Array<[string, string]>;
  common: number;
  /** Words one quotation has before or after all the words both share: the other quoted an excerpt, changing nothing. */
  beyondExcerpt: string[];
}

/** The longest quotation read as a phrase picked out of a longer remark rather than a rendition of the remark. */
const EXCERPT_MAX_WORDS = 5;

/** A word that negates: an excerpt that leaves it out ("[not] a reality") changes what was said. */
const NEGATING = /^(?:not|no|never|nothing|nobody|none|neither|nor|without|[\p{L}]+n't)$/u;

function lcsTable(a: string[], b: string[], same: (x: string, y: string) => boolean): number[][] {
  const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) dp[i][j] = same(a[i], b[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  return dp;
}

export type WordOp = { op: 'same' | 'ins' | 'del'; word: string };

/** The edit script from `a` to `b` over words (compared case- and punctuation-insensitively), for display. */
export function wordOps(a: string[], b: string[]): WordOp[] {
  const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
  const dp = lcsTable(a, b, (x, y) => key(x) === key(y));
  const ops: WordOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]) === key(b[j])) {
      ops.push({ op: 'same', word: b[j] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || dp[i + 1][j] >= dp[i][j + 1])) ops.push({ op: 'del', word: a[i++] });
    else ops.push({ op: 'ins', word: b[j++] });
  }
  return ops;
}

/** LCS over words: what the second quotation inserted, dropped or replaced relative to the first. */
export function diffWords(a: string[], b: string[]): WordDiff {
  const n = a.length;
  const m = b.length;
  const dp = lcsTable(a, b, (x, y) => x === y);
  const inserted: string[] = [];
  const dropped: string[] = [];
  const replaced: Array<[string, string]> = [];
  let i = 0;
  let j = 0;
  let pendingDrop: string[] = [];
  let pendingInsert: string[] = [];
  const beyondExcerpt: string[] = [];
  // Writers quote a phrase inside a sentence of their own ("called the plan “a costly mistake”"): when one side is
  // such a fragment, the words only the other side has before the first shared word or after the last one were not
  // dropped or inserted, the writer quoted less. Not when both sides have words there (those replaced), nor when the
  // words left out negate. A quoted sentence or more that stops earlier or runs on is another rendition (altered).
  const fragment = Math.min(n, m) <= EXCERPT_MAX_WORDS;
  const excerptEdge = () => {
    const one = pendingDrop.length === 0 ? pendingInsert : pendingInsert.length === 0 ? pendingDrop : null;
    if (!fragment || !one?.length || one.some((w) => NEGATING.test(w))) return;
    beyondExcerpt.push(...one);
    pendingDrop = [];
    pendingInsert = [];
  };
  const settle = () => {
    while (pendingDrop.length && pendingInsert.length) replaced.push([pendingDrop.shift()!, pendingInsert.shift()!]);
    dropped.push(...pendingDrop);
    inserted.push(...pendingInsert);
    pendingDrop = [];
    pendingInsert = [];
  };
  let matched = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      if (matched++ === 0) excerptEdge();
      settle();
      i++;
      j++;
    } else if (j < m && (i === n || dp[i][j + 1] >= dp[i + 1][j])) pendingInsert.push(b[j++]);
    else pendingDrop.push(a[i++]);
  }
  if (matched) excerptEdge();
  settle();
  return { inserted, dropped, replaced, common: dp[0][0], beyondExcerpt };
}

/** A word without a clitic that does not change what is said ("I've" → "i", "we'll" → "we"; "didn't" stays). */
const bare = (w: string) => w.replace(NEUTRAL_CLITIC, '');
const grammatical = (w: string) => GRAMMATICAL_WORDS.has(bare(w));

/**
 * Only grammatical words, inflection (same stem), a neutral clitic ("I just" / "I've just") or a British against an
 * American spelling ("colour" / "color") changed: the quotation says the same thing. A content word added, dropped or
 * replaced ("today", "nothing") is substantive.
 */
export function isMinor(d: WordDiff): boolean {
  const changed = [...d.inserted, ...d.dropped];
  return (
    changed.every(grammatical) &&
    d.replaced.every(([x, y]) => stem(x) === stem(y) || bare(x) === bare(y) || spellingVariants(x, y) || (grammatical(x) && grammatical(y)))
  );
}

/** Nothing inserted, dropped or replaced: the same quotation, or an excerpt of it. */
export const unchanged = (d: WordDiff) => !d.inserted.length && !d.dropped.length && !d.replaced.length;

export function describeDiff(d: WordDiff): string {
  const parts: string[] = [];
  if (d.replaced.length) parts.push(`replaced ${d.replaced.map(([x, y]) => `"${x}" → "${y}"`).join(', ')}`);
  if (d.inserted.length) parts.push(`inserted "${d.inserted.join(' ')}"`);
  if (d.dropped.length) parts.push(`dropped "${d.dropped.join(' ')}"`);
  return parts.join('; ');
}
