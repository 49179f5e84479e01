/**
 * Cleaning quality, measured so that overfitting shows.
 *
 * - The shared extraction benchmark (../shared/corpus/extraction-benchmark): 4-token shingle precision/recall/F1
 *   averaged over pages (metric of ../shared/README.md), for the HTML path on html/ and the text path on text/.
 * - k-fold cross-validation over those pages: the thresholds listed in TUNED (shared/clean/rules.ts) are chosen on
 *   the training folds only and scored on the held-out fold. The mean held-out F1 beside the all-pages F1 says how
 *   much of the all-pages figure comes from choosing thresholds on the pages scored.
 * - A blind hold-out: 10 pages picked by a hash of their id (no list in code), kept out of development runs
 *   (`--dev`) and scored apart, so rules written while looking at the other 40 can be judged on pages never looked at.
 * - The cleaning checks of ../shared/corpus/realnews/*\/gold.json: each document's boilerplate gone, mustKeep kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../shared/clean/index.ts';
import { TUNED, type Thresholds } from '../shared/clean/rules.ts';
import { decodeUpload } from '../shared/pipeline/input.ts';
import { fold, has } from '../test/support/gold.ts';

export interface PageScore {
  precision: number;
  recall: number;
}

export interface Score extends PageScore {
  f1: number;
  pages: number;
  perPage: Record<string, PageScore>;
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
export function pageScore(prediction: string, truth: string): PageScore {
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

/** The benchmark's F1 over a set of pages: precision and recall averaged over the pages, F1 from the two averages. */
export function aggregate(perPage: Record<string, PageScore>, ids = Object.keys(perPage)): Score {
  const pages = ids.filter((id) => perPage[id]).map((id) => perPage[id]);
  const precision = pages.reduce((n, p) => n + p.precision, 0) / (pages.length || 1);
  const recall = pages.reduce((n, p) => n + p.recall, 0) / (pages.length || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    pages: pages.length,
    perPage: Object.fromEntries(ids.filter((id) => perPage[id]).map((id) => [id, perPage[id]])),
  };
}

type Format = 'html' | 'text';
const truthOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;

/** Every page scored with the given thresholds (read as uploads are: bytes through decodeUpload). */
export async function scorePages(
  dir: string,
  format: Format,
  ids: string[],
  thresholds?: Partial<Thresholds>,
): Promise<Record<string, PageScore>> {
  const truth = truthOf(dir);
  const perPage: Record<string, PageScore> = {};
  for (const id of ids) {
    const path = join(dir, format, `${id}.${format === 'html' ? 'html' : 'txt'}`);
    if (!existsSync(path)) continue;
    const cleaned = await cleanDocument(decodeUpload(readFileSync(path)).text, { format, thresholds });
    perPage[id] = pageScore(cleaned.body, truth[id].articleBody);
  }
  return perPage;
}

export async function scoreBenchmark(dir: string, format: Format, ids?: string[]): Promise<Score> {
  return aggregate(await scorePages(dir, format, ids ?? Object.keys(truthOf(dir)).sort()));
}

const rank = (id: string) => createHash('sha1').update(`claimdiff-fold:${id}`).digest('hex');
/** The page ids in a fixed order that has nothing to do with their content (a hash of the id). */
const shuffled = (ids: string[]) => [...ids].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));

/** The blind hold-out: the first 10 pages in hash order. */
export function holdoutIds(ids: string[]): string[] {
  return shuffled(ids).slice(0, 10);
}

/** Every combination of the candidate values of the tuned thresholds. */
function grid(format: Format): Array<Partial<Thresholds>> {
  let out: Array<Partial<Thresholds>> = [{}];
  for (const [name, values] of Object.entries(TUNED[format]) as Array<[keyof Thresholds, readonly number[]]>) {
    out = out.flatMap((g) => values.map((v) => ({ ...g, [name]: v })));
  }
  return out;
}

export interface KFold {
  k: number;
  /** Mean over folds of the F1 on the held-out fold, thresholds chosen on the other folds. */
  heldOutMeanF1: number;
  /** Mean over folds of the F1 on the training folds with the same thresholds. */
  trainingMeanF1: number;
  /** The thresholds each fold chose. */
  chosen: Array<Partial<Thresholds>>;
  /** The lowest and highest held-out fold F1. */
  range: [number, number];
}

/** k-fold cross-validation of the tuned thresholds (TUNED) over the pages. */
export async function kFold(dir: string, format: Format, ids: string[], k = 5, untuned?: Record<string, PageScore>): Promise<KFold> {
  const settings = grid(format);
  const scored = [];
  // With nothing tuned the one setting is the table itself: the all-pages scores serve.
  for (const s of settings) scored.push(settings.length === 1 && untuned ? untuned : await scorePages(dir, format, ids, s));
  const order = shuffled(ids);
  const folds = Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
  let heldOut = 0;
  let training = 0;
  const chosen: Array<Partial<Thresholds>> = [];
  const foldScores: number[] = [];
  for (const fold of folds) {
    const train = order.filter((id) => !fold.includes(id));
    let best = 0;
    for (let s = 1; s < settings.length; s++) if (aggregate(scored[s], train).f1 > aggregate(scored[best], train).f1) best = s;
    chosen.push(settings[best]);
    training += aggregate(scored[best], train).f1;
    const f1 = aggregate(scored[best], fold).f1;
    foldScores.push(f1);
    heldOut += f1;
  }
  return { k, heldOutMeanF1: heldOut / k, trainingMeanF1: training / k, chosen, range: [Math.min(...foldScores), Math.max(...foldScores)] };
}

export interface RealnewsChecks {
  passed: number;
  total: number;
  failures: string[];
}

/** The cleaning checks of every realnews story's gold.json, each document cleaned on its own (no corpus evidence). */
export async function realnewsChecks(sharedDir: string): Promise<RealnewsChecks | null> {
  const root = join(sharedDir, 'corpus/realnews');
  if (!existsSync(root)) return null;
  const out: RealnewsChecks = { passed: 0, total: 0, failures: [] };
  const check = (ok: boolean, name: string) => {
    out.total++;
    if (ok) out.passed++;
    else out.failures.push(name);
  };
  for (const story of readdirSync(root).sort()) {
    const goldPath = join(root, story, 'gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
      documents: Record<
        string,
        { boilerplate?: string[]; mustKeep?: string[]; duplicateTitleMustAppearOnce?: string; duplicateParagraphMustAppearOnce?: string }
      >;
    };
    for (const [file, doc] of Object.entries(gold.documents)) {
      const cleaned = await cleanDocument(decodeUpload(readFileSync(join(root, story, file))).text, { name: file });
      for (const line of doc.boilerplate ?? []) check(!has(cleaned.body, line), `${story}/${file}: boilerplate gone: ${line.slice(0, 50)}`);
      for (const line of doc.mustKeep ?? []) check(has(cleaned.body, line), `${story}/${file}: kept: ${line.slice(0, 50)}`);
      for (const repeated of [doc.duplicateTitleMustAppearOnce, doc.duplicateParagraphMustAppearOnce]) {
        if (!repeated) continue;
        const n = fold(`${cleaned.title ?? ''}\n${cleaned.body}`).split(fold(repeated)).length - 1;
        check(n <= 1, `${story}/${file}: printed twice, kept once at most: ${repeated.slice(0, 50)}`);
      }
    }
  }
  return out;
}

export interface CleaningEvaluation {
  html: Score;
  text: Score;
  kFold: { html: KFold; text: KFold };
  holdout: { html: Score; text: Score; tunedOn: { html: Score; text: Score } };
  realnews: RealnewsChecks | null;
}

export async function evaluateCleaning(sharedDir: string): Promise<CleaningEvaluation | null> {
  const dir = join(sharedDir, 'corpus/extraction-benchmark');
  if (!existsSync(join(dir, 'ground-truth.json'))) return null;
  const ids = Object.keys(truthOf(dir)).sort();
  const held = holdoutIds(ids);
  const rest = ids.filter((id) => !held.includes(id));
  const html = aggregate(await scorePages(dir, 'html', ids));
  const text = aggregate(await scorePages(dir, 'text', ids));
  return {
    html,
    text,
    kFold: { html: await kFold(dir, 'html', ids), text: await kFold(dir, 'text', ids, 5, text.perPage) },
    holdout: {
      html: aggregate(html.perPage, held),
      text: aggregate(text.perPage, held),
      tunedOn: { html: aggregate(html.perPage, rest), text: aggregate(text.perPage, rest) },
    },
    realnews: await realnewsChecks(sharedDir),
  };
}

export function printCleaning(e: CleaningEvaluation): void {
  const f = (s: Score) => `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}, ${s.pages} pages)`;
  for (const format of ['html', 'text'] as const) {
    const k = e.kFold[format];
    console.log(`cleaning ${format.padEnd(4)} : ${f(e[format])}   goal ≥ ${format === 'html' ? '0.97' : '0.90'} on unseen pages`);
    const tuned = Object.keys(TUNED[format]);
    const chosen = tuned.length
      ? `thresholds chosen per fold: ${k.chosen.map((c) => tuned.map((t) => `${t}=${c[t as keyof Thresholds]}`).join(',')).join(' ')}`
      : 'nothing tuned on this path: the spread of F1 between folds';
    console.log(
      `  ${k.k}-fold held-out mean F1 ${k.heldOutMeanF1.toFixed(3)} (folds ${k.range[0].toFixed(3)}–${k.range[1].toFixed(3)}; training ` +
        `folds ${k.trainingMeanF1.toFixed(3)}; ${chosen})`,
    );
    console.log(
      `  blind hold-out (10 pages, not looked at) ${f(e.holdout[format])}; the other 40: F1 ${e.holdout.tunedOn[format].f1.toFixed(3)}`,
    );
  }
  if (e.realnews) {
    console.log(`cleaning realnews checks (boilerplate gone / mustKeep kept): ${e.realnews.passed}/${e.realnews.total}`);
    for (const name of e.realnews.failures) console.log(`   ✗ ${name}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shared = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared';
  const dir = join(shared, 'corpus/extraction-benchmark');
  if (process.argv.includes('--dev')) {
    // Development runs: the 40 pages outside the blind hold-out, worst pages listed.
    const ids = Object.keys(truthOf(dir)).sort();
    const held = holdoutIds(ids);
    for (const format of ['html', 'text'] as const) {
      const s = await scoreBenchmark(
        dir,
        format,
        ids.filter((id) => !held.includes(id)),
      );
      console.log(
        `${format}: F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (${s.pages} pages, hold-out excluded)`,
      );
      for (const [id, p] of Object.entries(s.perPage)
        .sort((a, b) => a[1].precision + a[1].recall - b[1].precision - b[1].recall)
        .slice(0, 8)) {
        console.log(`  ${id.slice(0, 12)} P ${p.precision.toFixed(2)} R ${p.recall.toFixed(2)}`);
      }
    }
    const r = await realnewsChecks(shared);
    if (r) console.log(`realnews cleaning checks ${r.passed}/${r.total}`);
  } else {
    const e = await evaluateCleaning(shared);
    if (e) printCleaning(e);
  }
}
