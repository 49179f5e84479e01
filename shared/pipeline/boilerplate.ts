/**
 * Corpus evidence for the cleaner: a short line that recurs verbatim in many documents of one corpus ("Follow us
 * on …", a site's standing disclaimer) is boilerplate even when its shape looks like prose. The diff stage counts
 * lines per document (it is serialised per corpus, so the counter is never raced); the prepare stage only reads it.
 */
import { lineKey } from '../clean/index.ts';
import type { PreparedDocument } from '../types.ts';

export interface LineStats {
  documents: number;
  /** lineKey → number of documents the line occurred in. */
  counts: Record<string, number>;
}

/** A line seen in this many documents is boilerplate. Three outlets repeating a long sentence is news, so only short lines count. */
export const RECURRENCE_THRESHOLD = 3;
const MAX_WORDS = 14;
const MAX_TRACKED = 20_000;

export function knownBoilerplate(stats: LineStats | null): Set<string> {
  const known = new Set<string>();
  if (!stats) return known;
  for (const [key, count] of Object.entries(stats.counts)) if (count >= RECURRENCE_THRESHOLD) known.add(key);
  return known;
}

function shortLines(doc: PreparedDocument): string[] {
  const lines = [...doc.cleanedText.split(/\n+/), ...doc.removed.map((r) => r.text)];
  return lines.map((l) => l.trim()).filter((l) => l && l.split(/\s+/).length <= MAX_WORDS);
}

export function countLines(stats: LineStats | null, doc: PreparedDocument): LineStats {
  const next: LineStats = { documents: (stats?.documents ?? 0) + 1, counts: { ...(stats?.counts ?? {}) } };
  for (const key of new Set(shortLines(doc).map(lineKey))) next.counts[key] = (next.counts[key] ?? 0) + 1;
  const entries = Object.keys(next.counts);
  if (entries.length > MAX_TRACKED) {
    // Keep the object bounded: forget lines seen once, which carry no recurrence evidence yet.
    for (const key of entries) if (next.counts[key] === 1) delete next.counts[key];
  }
  return next;
}
