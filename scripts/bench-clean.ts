/** Cleaning speed: text path on a ~20 KB scraped page, HTML path warm on a ~100 KB page, and both cold starts. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument, cleanText } from '../shared/clean/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Our own example pages, repeated until they reach the size wanted. */
function sized(file: string, bytes: number, joiner: string): string {
  const one = readFileSync(join(repo, 'examples', file), 'utf8');
  let out = one;
  while (out.length < bytes) out += joiner + one.replace(/\d+/g, (n) => String(Number(n) + (out.length % 97)));
  return out;
}

/**
 * One page of about `bytes`: the example page with its article's paragraphs repeated (numbers varied) until the
 * page reaches the size, i.e. a long article inside the page's usual navigation, header and footer. (Repeating the
 * whole body instead makes a page of thirty articles, which is another workload: Readability scores each.)
 */
function sizedPage(file: string, bytes: number): string {
  const page = readFileSync(join(repo, 'examples', file), 'utf8');
  const end = page.indexOf('</article>');
  const paragraphs = page.slice(page.indexOf('<article'), end).match(/<p\b[\s\S]*?<\/p>/g) ?? [];
  let extra = '';
  while (page.length + extra.length < bytes)
    extra += paragraphs.map((p) => p.replace(/\d+/g, (n) => String(Number(n) + (extra.length % 97)))).join('\n') + '\n';
  return page.slice(0, end) + extra + page.slice(end);
}

/**
 * Real news pages of 80–130 KB from ../shared's extraction benchmark (third-party pages, so read from there, not
 * copied into the repo); none when that folder is absent.
 */
function realPages(): string[] {
  const dir = join(repo, '../shared/corpus/extraction-benchmark/html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((p) => p.length >= 80_000 && p.length <= 130_000);
}

function coldStart(format: 'text' | 'html'): number {
  const file = format === 'text' ? join(repo, 'examples/01-harbour-gazette.txt') : join(repo, 'examples/02-northern-post.html');
  const script =
    `const t=performance.now();const m=await import(${JSON.stringify(join(repo, 'shared/clean/index.ts'))});await ` +
    `m.cleanDocument(require('fs').readFileSync(${JSON.stringify(file)},'utf8'));console.log(performance.now()-t)`;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script.replace("require('fs')", "(await import('node:fs'))")],
    { cwd: repo, encoding: 'utf8' },
  );
  return Number(out.trim().split('\n').pop());
}

export async function benchCleaning(): Promise<{
  textMedianMs: number;
  htmlMedianMs: number;
  htmlBytes: number;
  realPages: number;
  realMedianMs: number | null;
  textColdStartMs: number;
  htmlColdStartMs: number;
}> {
  const text = sized('01-harbour-gazette.txt', 20_000, '\n');
  const html = sizedPage('02-northern-post.html', 100_000);
  for (let i = 0; i < 10; i++) cleanText(text); // warm, as the HTML path is
  const textTimes: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    cleanText(text);
    textTimes.push(performance.now() - t);
  }
  await cleanDocument(html, { format: 'html' }); // warm jsdom
  const htmlTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await cleanDocument(html, { format: 'html' });
    htmlTimes.push(performance.now() - t);
  }
  const real = realPages();
  const realTimes: number[] = [];
  for (const page of real) {
    const t = performance.now();
    await cleanDocument(page, { format: 'html' });
    realTimes.push(performance.now() - t);
  }
  return {
    textMedianMs: median(textTimes),
    htmlMedianMs: median(htmlTimes),
    htmlBytes: html.length,
    realPages: real.length,
    realMedianMs: real.length ? median(realTimes) : null,
    textColdStartMs: coldStart('text'),
    htmlColdStartMs: coldStart('html'),
  };
}

/** Every HTML page of ../shared's extraction benchmark (third-party pages, read from there). */
function benchmarkPages(): string[] {
  const dir = join(repo, '../shared/corpus/extraction-benchmark/html');
  return existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/**
 * One side of the comparison, in a process of its own: 'ours' cleans every benchmark page with cleanDocument,
 * 'readability' runs bare Readability on a jsdom of each page (as its README shows it used). The parent times the
 * whole process, module loading included.
 */
async function runSide(side: 'ours' | 'readability'): Promise<void> {
  const files = benchmarkPages();
  if (side === 'ours') {
    for (const file of files) await cleanDocument(readFileSync(file, 'utf8'), { format: 'html' });
  } else {
    const [{ JSDOM }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
    for (const file of files) new Readability(new JSDOM(readFileSync(file, 'utf8')).window.document).parse();
  }
}

/**
 * Whole-process wall time of cleaning the benchmark's HTML pages, ours against bare Readability + jsdom, in
 * alternated runs (ours first in odd rounds, Readability first in even ones) so that a change in the machine's load
 * falls on both. Medians over the rounds.
 */
export function benchAgainstReadability(rounds = 3): { pages: number; oursMs: number; readabilityMs: number; ratio: number } | null {
  const pages = benchmarkPages().length;
  if (!pages) return null;
  const times: Record<'ours' | 'readability', number[]> = { ours: [], readability: [] };
  const script = fileURLToPath(import.meta.url);
  for (let round = 0; round < rounds; round++) {
    const order: Array<'ours' | 'readability'> = round % 2 === 0 ? ['ours', 'readability'] : ['readability', 'ours'];
    for (const side of order) {
      const t = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', script, `--side=${side}`], { cwd: repo, stdio: 'ignore' });
      times[side].push(performance.now() - t);
    }
  }
  const oursMs = median(times.ours);
  const readabilityMs = median(times.readability);
  return { pages, oursMs, readabilityMs, ratio: oursMs / readabilityMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const side = process.argv.find((a) => a.startsWith('--side='))?.slice(7);
  if (side === 'ours' || side === 'readability') await runSide(side);
  else if (process.argv.includes('--vs-readability')) {
    const r = benchAgainstReadability(Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3));
    console.log(
      r
        ? `HTML cleaning of ${r.pages} benchmark pages, whole process, alternated: ours median ${Math.round(r.oursMs)} ms, bare ` +
            `Readability + jsdom ${Math.round(r.readabilityMs)} ms (ratio ${r.ratio.toFixed(2)}; goal < 1)`
        : 'no benchmark pages (../shared absent)',
    );
  } else console.log(await benchCleaning());
}
