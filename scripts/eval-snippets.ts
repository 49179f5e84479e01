/**
 * Snippet evaluation in the format of trafilatura's benchmark (tests/evaldata.py of adbar/trafilatura): per page,
 * every "with" snippet should appear in the extracted text and no "without" snippet should. Counted over all snippets:
 * TP = a "with" snippet found, FN = one missing, FP = a "without" snippet found, TN = one absent; precision, recall
 * and F1 from the totals. Matching is trafilatura's (eval_common.py): whitespace runs collapsed to one space and the
 * ends trimmed on both sides, then a case-sensitive substring test.
 *
 *   npx tsx scripts/eval-snippets.ts DIR
 *
 * DIR holds snippets.json ([{ file, lang, with: [...], without: [...] }]) and html/<file>. The set is kept outside the
 * repository (it is scored, not tuned to), so the script prints a line and exits 0 when DIR is absent.
 * Two extractors are scored on the same bytes: claimdiff's cleaner (the body `claimdiff clean` prints: bytes through
 * decodeUpload, then cleanDocument) and, as the reference, bare Readability on jsdom (textContent of the parsed
 * article, the page decoded by its declared charset as a browser would).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanDocument } from '../shared/clean/index.ts';
import { declaredCharset, decodeUpload } from '../shared/pipeline/input.ts';

export interface SnippetPage {
  file: string;
  lang: string;
  with: string[];
  without: string[];
}

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface PageResult extends Counts {
  /** The "with" snippets not found and the "without" snippets found (for the failure list). */
  missing: string[];
  kept: string[];
}

/** trafilatura's norm(): every whitespace run becomes one space, the ends are trimmed. */
export const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** One page's counts; null (the extractor failed) counts every "with" as missing and every "without" as absent. */
export function countPage(page: Pick<SnippetPage, 'with' | 'without'>, extracted: string | null): PageResult {
  const text = extracted === null ? null : normalise(extracted);
  const found = (s: string) => text?.includes(normalise(s)) === true;
  const missing = page.with.filter((s) => !found(s));
  const kept = page.without.filter((s) => found(s));
  return {
    tp: page.with.length - missing.length,
    fn: missing.length,
    fp: kept.length,
    tn: page.without.length - kept.length,
    missing,
    kept,
  };
}

export function add(total: Counts, c: Counts): Counts {
  return { tp: total.tp + c.tp, fn: total.fn + c.fn, fp: total.fp + c.fp, tn: total.tn + c.tn };
}

/** Precision, recall and F1 over summed counts (each 0 when its denominator is empty, as in trafilatura). */
export function scores(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  return { precision, recall, f1 };
}

async function claimdiffText(bytes: Uint8Array): Promise<string | null> {
  try {
    return (await cleanDocument(decodeUpload(bytes).text, { format: 'html' })).body;
  } catch {
    return null; // a rejected upload or a crash is a full miss, as trafilatura counts a failing extractor
  }
}

async function readabilityText(bytes: Uint8Array): Promise<string | null> {
  const [{ JSDOM }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
  try {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declaredCharset(bytes) ?? 'utf-8');
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    return new Readability(new JSDOM(decoder.decode(bytes)).window.document).parse()?.textContent ?? '';
  } catch {
    return null;
  }
}

const EMPTY: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
const fmt = (c: Counts) => {
  const s = scores(c);
  return `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (TP ${c.tp} FN ${c.fn} FP ${c.fp} TN ${c.tn})`;
};
const cut = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

export async function evaluate(dir: string): Promise<void> {
  const pages = JSON.parse(readFileSync(join(dir, 'snippets.json'), 'utf8')) as SnippetPage[];
  const totals = { claimdiff: EMPTY, readability: EMPTY };
  const byLang = new Map<string, { pages: number; claimdiff: Counts; readability: Counts }>();
  for (const page of pages) {
    const path = join(dir, 'html', page.file);
    if (!existsSync(path)) {
      console.log(`${page.file}: missing, skipped`);
      continue;
    }
    const bytes = readFileSync(path);
    const ours = countPage(page, await claimdiffText(bytes));
    const ref = countPage(page, await readabilityText(bytes));
    totals.claimdiff = add(totals.claimdiff, ours);
    totals.readability = add(totals.readability, ref);
    const lang = byLang.get(page.lang) ?? { pages: 0, claimdiff: EMPTY, readability: EMPTY };
    byLang.set(page.lang, { pages: lang.pages + 1, claimdiff: add(lang.claimdiff, ours), readability: add(lang.readability, ref) });
    const counts = (c: Counts) => `TP ${c.tp} FN ${c.fn} FP ${c.fp} TN ${c.tn}`;
    console.log(`${page.file} [${page.lang}]  claimdiff ${counts(ours)}  |  readability ${counts(ref)}`);
    for (const s of ours.missing) console.log(`    claimdiff missing: ${cut(s)}`);
    for (const s of ours.kept) console.log(`    claimdiff kept:    ${cut(s)}`);
  }
  console.log('');
  for (const [lang, t] of [...byLang].sort((a, b) => b[1].pages - a[1].pages || a[0].localeCompare(b[0]))) {
    console.log(`[${lang}] ${t.pages} page(s)`);
    console.log(`    claimdiff    ${fmt(t.claimdiff)}`);
    console.log(`    readability  ${fmt(t.readability)}`);
  }
  const n = [...byLang.values()].reduce((s, t) => s + t.pages, 0);
  console.log(`\nall ${n} pages`);
  console.log(`    claimdiff    ${fmt(totals.claimdiff)}`);
  console.log(`    readability  ${fmt(totals.readability)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : '';
  if (!dir || !existsSync(join(dir, 'snippets.json'))) {
    console.log(`eval-snippets: no snippet set at ${dir || '(no directory given)'} (needs snippets.json and html/), skipped`);
  } else {
    await evaluate(dir);
  }
}
