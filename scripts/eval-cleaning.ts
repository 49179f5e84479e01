/**
 * Cleaning quality on the shared extraction benchmark: 4-token shingle precision/recall/F1 averaged over pages
 * (metric of ../shared/README.md), for the HTML path on html/ and the text path on text/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../shared/clean/index.ts';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
  perPage: Record<string, { precision: number; recall: number }>;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const s = tokens.slice(i, i + 4).join(' ');
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Per page: TP/FP/FN over shingle multisets, normalised to sum 1; precision and recall averaged over pages. */
export function pageScore(prediction: string, truth: string): { precision: number; recall: number } {
  const p = shingles(prediction);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, n] of p) {
    const m = Math.min(n, t.get(s) ?? 0);
    tp += m;
    fp += n - m;
  }
  for (const [s, n] of t) fn += Math.max(0, n - (p.get(s) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1 };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  return { precision: ntp + nfp === 0 ? 0 : ntp / (ntp + nfp), recall: ntp + nfn === 0 ? 0 : ntp / (ntp + nfn) };
}

export async function scoreBenchmark(dir: string, format: 'html' | 'text', ids?: string[]): Promise<Score> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const perPage: Score['perPage'] = {};
  for (const id of ids ?? Object.keys(truth).sort()) {
    const path = join(dir, format, `${id}.${format === 'html' ? 'html' : 'txt'}`);
    if (!existsSync(path)) continue;
    const cleaned = await cleanDocument(readFileSync(path, 'utf8'), { format });
    perPage[id] = pageScore(cleaned.body, truth[id].articleBody);
  }
  const pages = Object.values(perPage);
  const precision = pages.reduce((n, p) => n + p.precision, 0) / pages.length;
  const recall = pages.reduce((n, p) => n + p.recall, 0) / pages.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), pages: pages.length, perPage };
}

export async function evaluateCleaning(sharedDir: string): Promise<{ html: Score; text: Score } | null> {
  const dir = join(sharedDir, 'corpus/extraction-benchmark');
  if (!existsSync(join(dir, 'ground-truth.json'))) return null;
  return { html: await scoreBenchmark(dir, 'html'), text: await scoreBenchmark(dir, 'text') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(process.argv[2] ?? '../shared', 'corpus/extraction-benchmark');
  for (const format of ['html', 'text'] as const) {
    const s = await scoreBenchmark(dir, format);
    console.log(`${format}: F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (${s.pages} pages)`);
    if (process.argv.includes('--pages')) {
      for (const [id, p] of Object.entries(s.perPage).sort((a, b) => a[1].precision + a[1].recall - b[1].precision - b[1].recall).slice(0, 12)) {
        console.log(`  ${id.slice(0, 12)} P ${p.precision.toFixed(2)} R ${p.recall.toFixed(2)}`);
      }
    }
  }
}
