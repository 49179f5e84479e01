/**
 * clean: uploaded text → article body, title, byline, published date, and every removed line with its reason.
 * HTML goes through Readability on jsdom, plain text through the line classifier; both end in the same classifier.
 */
import type { CleanResult, InputFormat } from '../types.ts';
import type { Thresholds } from './rules.ts';
import { stripControls } from './controls.ts';
import { cleanScrapedText } from './text.ts';

/** Corpus-level evidence (lines recurring across a corpus's documents) is applied by the diff stage, which sees
 * documents in upload order: see shared/pipeline/boilerplate.ts. */
export { lineKey } from './lines.ts';

export interface CleanOptions {
  name?: string;
  format?: InputFormat;
  /** Thresholds other than THRESHOLDS (rules.ts): the evaluation's k-fold tries candidate values. */
  thresholds?: Partial<Thresholds>;
}

/** By content first (markup in the first few KB), the file extension as a hint for ambiguous cases. */
export function detectFormat(text: string, name?: string): InputFormat {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head)) return 'html';
  const tags = (head.match(/<\/?(p|div|span|a|body|head|meta|article|section|script|br|h[1-6])\b[^>]*>/g) ?? []).length;
  if (tags >= 5) return 'html';
  if (name && /\.html?$/i.test(name) && tags >= 1) return 'html';
  return 'text';
}

/** The text path only (never loads jsdom). `options.name` is accepted for symmetry with cleanDocument. */
export function cleanText(text: string, _options: CleanOptions = {}): CleanResult {
  return cleanScrapedText(stripControls(text));
}

export async function cleanDocument(upload: string, options: CleanOptions = {}): Promise<CleanResult> {
  // Escape sequences and direction overrides never reach the cleaner or the claims (controls.ts); entities that
  // decode to them in HTML are removed where both paths end (finish).
  const text = stripControls(upload);
  const format = options.format ?? detectFormat(text, options.name);
  if (format === 'text') return cleanScrapedText(text);
  const { cleanHtml, cleanHtmlAsText, describeError } = await import('./html.ts');
  try {
    return await cleanHtml(text, options.thresholds);
  } catch (error) {
    // jsdom gave up on this page: its text is read instead of failing the upload, and why is listed first among
    // the removed lines.
    const result = cleanHtmlAsText(text);
    result.removed.unshift({ text: describeError(error), reason: 'HTML could not be parsed; read as text' });
    return result;
  }
}
