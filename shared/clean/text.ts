/** The text path: scraped whole-page text, one block a line, with every menu and widget still in it. */
import type { CleanResult, RemovedLine } from '../types.ts';
import { stripControls, stripControlsInline } from './controls.ts';
import { classifyLines } from './lines.ts';
import { boundRemoved, LIMITS, overBudget } from '../limits.ts';

export function cleanScrapedText(text: string): CleanResult {
  // Work budget (limits.ts): the classifier reads the first `cleanerChars` of the text, cut at a line's end.
  let read = text;
  const notRead: RemovedLine[] = [];
  if (text.length > LIMITS.cleanerChars) {
    const cut = text.lastIndexOf('\n', LIMITS.cleanerChars);
    read = text.slice(0, cut > 0 ? cut : LIMITS.cleanerChars);
    notRead.push({
      text:
        `${(text.length - read.length).toLocaleString('en-US')} characters after the first ${read.length.toLocaleString('en-US')}` +
        ', not read',
      reason: overBudget('text read by the cleaner'),
    });
  }
  const result = classifyLines(read.replace(/\r\n?/g, '\n').split('\n'), { mode: 'text', title: null });
  return finish({
    title: result.title,
    removed: [...notRead, ...result.removed],
    kept: result.kept,
    byline: result.byline,
    published: result.published,
    format: 'text',
    language: result.language,
  });
}

/** "all 12 lines removed (mostly navigation)": why nothing was left, in the cleaner's own reasons. */
function describeRemoved(removed: RemovedLine[]): string {
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return removed.length === 1 ? `the only block was removed (${top[0]})` : `all ${removed.length} lines removed (mostly ${top[0]})`;
}

/**
 * AUTHOR_BIO: one of the last two paragraphs opening with the byline's full name and going on to describe the writer
 * ("Jane Doe, a reporter for the Gazette, covers the harbour.", "Jane Doe ist Redakteurin …", "Jane Doe – dziennikarka")
 * is the author's note under the article, not the article. The name must be the byline's whole name (two words or
 * more) and be followed by a comma, a dash or a verb of being; a paragraph of more than `AUTHOR_BIO_MAX_WORDS` is prose.
 */
const AUTHOR_BIO_MAX_WORDS = 80;
const AFTER_AUTHOR_NAME = /^\s*(?:[,–—(]|-\s|(?:is|was|ist|war|est|était|es|era|è|é|jest|był|była|is een|schreibt|writes)\s)/u;

function withoutAuthorBio(kept: string[], byline: string | null, removed: RemovedLine[]): string[] {
  const names = (byline ?? '')
    .replace(/^\s*(?:by|von|par|por|di|door|przez)\s+/i, '')
    .split(/,|&|\s(?:and|und|et|y|e|en|i)\s/)
    .map((n) => n.trim())
    .filter((n) => n.split(/\s+/).length >= 2);
  if (!names.length || kept.length < 3) return kept;
  const bio = (p: string) =>
    p.split(/\s+/).length <= AUTHOR_BIO_MAX_WORDS && names.some((n) => p.startsWith(n) && AFTER_AUTHOR_NAME.test(p.slice(n.length)));
  // Only the last two paragraphs are looked at: the rest of a long body is neither copied nor searched.
  const last = kept.length - 2;
  const bios = [last, last + 1].filter((i) => bio(kept[i]));
  for (const i of bios) removed.push({ text: kept[i], reason: 'author bio' });
  return bios.length ? kept.filter((_, i) => !bios.includes(i)) : kept;
}

/** Common ending of both paths: the body, and a reason when there is none. */
export function finish(parts: {
  title: string | null;
  removed: RemovedLine[];
  kept: string[];
  byline: string | null;
  published: string | null;
  format: CleanResult['format'];
  emptyReason?: string;
  /** As the classifier judged the kept lines (claims are read in English only). */
  language: 'en' | 'other';
}): CleanResult {
  const kept = withoutAuthorBio(parts.kept, parts.byline, parts.removed);
  const body = stripControls(kept.join('\n\n')).trim();
  const inline = (text: string | null) => (text === null ? null : stripControlsInline(text).trim() || null);
  let emptyReason: string | null = null;
  if (!body) {
    emptyReason = parts.emptyReason ?? (parts.removed.length ? `no article found: ${describeRemoved(parts.removed)}` : 'no text');
  }
  // Listed within the work budget (limits.ts): a page of 300,000 blocks would otherwise list every one.
  const removed = boundRemoved(parts.removed).map((r) => ({ ...r, text: stripControls(r.text) }));
  return {
    format: parts.format,
    title: inline(parts.title),
    byline: inline(parts.byline),
    published: parts.published,
    body,
    removed,
    emptyReason,
    language: body ? parts.language : 'en',
  };
}
