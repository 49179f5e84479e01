/**
 * Corpus evidence for cleaning: a short line that recurs verbatim in many documents of one corpus ("Follow us on
 * …", a site's standing disclaimer) is boilerplate even when its shape looks like prose. It is applied in the diff
 * stage, which sees a corpus's documents one at a time in upload order, so the result depends only on the documents
 * uploaded before — never on how fast the prepare stage happened to run.
 */
import { lineKey } from '../clean/index.ts';
import type { Claim, PreparedDocument, RemovedLine } from '../types.ts';

/** Line statistics as a whole-state snapshot held them (the diff stage now reads only the counts it needs). */
export interface LineStats {
  documents: number;
  /** lineKey → number of documents the line occurred in. */
  counts: Record<string, number>;
}

/** A line seen in this many earlier documents is boilerplate. Long sentences repeated by outlets are news (wire
 * copy), not boilerplate, so only short lines count. */
export const RECURRENCE_THRESHOLD = 3;
const MAX_WORDS = 14;

export const emptyLineStats = (): LineStats => ({ documents: 0, counts: {} });

function isShort(line: string): boolean {
  return line.split(/\s+/).length <= MAX_WORDS;
}

function documentLines(doc: PreparedDocument): string[] {
  const lines = [...doc.cleanedText.split(/\n+/), ...doc.removed.map((r) => r.text)];
  return lines.map((l) => l.trim()).filter((l) => l && isShort(l));
}

/** The keys of the document's short lines (cleaned text and removed lines), each once. */
export function documentLineKeys(doc: PreparedDocument): string[] {
  return [...new Set(documentLines(doc).map(lineKey))];
}

/**
 * Drops the lines of the cleaned body that the corpus has seen in RECURRENCE_THRESHOLD or more earlier documents,
 * and the claims read from them. Returns the document unchanged when nothing recurs.
 */
export function removeRecurringLines(doc: PreparedDocument, stats: Pick<LineStats, 'counts'>): PreparedDocument {
  const removed: RemovedLine[] = [];
  const kept = doc.cleanedText.split('\n').filter((line) => {
    const text = line.trim();
    const recurs = text !== '' && isShort(text) && (stats.counts[lineKey(text)] ?? 0) >= RECURRENCE_THRESHOLD;
    if (recurs) removed.push({ text, reason: `recurs verbatim in ${stats.counts[lineKey(text)]} earlier documents of the corpus` });
    return !recurs;
  });
  if (removed.length === 0) return doc;
  const gone = removed.map((r) => r.text);
  const fromRemovedLine = (c: Claim) => gone.some((line) => line.includes(c.text) || c.text.includes(line));
  return {
    ...doc,
    cleanedText: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed: [...doc.removed, ...removed],
    claims: doc.claims.filter((c) => !fromRemovedLine(c)),
  };
}
