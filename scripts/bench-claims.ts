/** Claims + entities speed on a ~1,000-word article built from our examples, warm median and module cold start. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../shared/claims/index.ts';
import { cleanDocument } from '../shared/clean/index.ts';
import { resolveEntities } from '../shared/entities/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchClaims(): Promise<{ medianMs: number; coldStartMs: number; words: number }> {
  const bodies: string[] = [];
  for (const f of readdirSync(join(repo, 'examples')).sort()) bodies.push((await cleanDocument(readFileSync(join(repo, 'examples', f), 'utf8'), { name: f })).body);
  let article = '';
  for (let i = 0; article.split(/\s+/).length < 1000; i++) article += (article ? '\n\n' : '') + bodies[i % bodies.length];
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const { entities } = extractClaims(article);
    resolveEntities(entities, { entities: [] }, 'bench');
    times.push(performance.now() - t);
  }
  const script = `const t=performance.now();const m=await import(${JSON.stringify(join(repo, 'shared/claims/index.ts'))});m.extractClaims(${JSON.stringify(bodies[0])});console.log(performance.now()-t)`;
  const cold = Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' }).trim().split('\n').pop());
  return { medianMs: median(times.slice(5)), coldStartMs: cold, words: article.split(/\s+/).length };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchClaims());
