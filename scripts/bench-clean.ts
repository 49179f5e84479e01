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
  while (out.length < bytes) out += joiner + one.replace(/\d+/g, (n) => String(Number(n) + out.length % 97));
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
  while (page.length + extra.length < bytes) extra += paragraphs.map((p) => p.replace(/\d+/g, (n) => String(Number(n) + (extra.length % 97)))).join('\n') + '\n';
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
  const script = `const t=performance.now();const m=await import(${JSON.stringify(join(repo, 'shared/clean/index.ts'))});await m.cleanDocument(require('fs').readFileSync(${JSON.stringify(file)},'utf8'));console.log(performance.now()-t)`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script.replace("require('fs')", "(await import('node:fs'))")], { cwd: repo, encoding: 'utf8' });
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

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchCleaning());
