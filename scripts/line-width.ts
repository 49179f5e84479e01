/**
 * Lines over 140 characters in the code (what Biome formats: biome.jsonc's includes). The formatter breaks code at
 * that width but not string literals, regexes or comments, so a long one is found here instead: `npm run lint` runs
 * it and fails on any, naming each line.
 *
 *   npx tsx scripts/line-width.ts [--max 140]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 140;
const repo = resolve(import.meta.dirname, '..');
// Fixtures and examples are inputs read byte for byte (biome.jsonc leaves them out too).
const skipped = /^(test\/fixtures|examples|node_modules|dist|cdk\.out)\//;

const tracked = execFileSync('git', ['ls-files', '*.ts', '*.js', '*.mjs'], { cwd: repo, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !skipped.test(f));
let long = 0;
for (const file of tracked) {
  readFileSync(resolve(repo, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      // Characters as a reader counts them (code points), not UTF-16 units or bytes.
      const width = [...line].length;
      if (width <= max) return;
      long++;
      console.log(`${file}:${i + 1}: ${width} characters`);
    });
}
if (long > 0) {
  console.log(`${long} lines over ${max} characters: split long strings into concatenations, long patterns into named parts`);
  process.exit(1);
}
