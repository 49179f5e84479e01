/**
 * No string of the team's evaluation material appears in the repository's code, comments or tests. The product is
 * scored on stories and pages nobody here has seen, so a rule must be written for a kind of text, with an invented
 * example, and never for a sentence of the material it is measured on (../shared/corpus: the gold stories, the
 * real-news development set, the extraction benchmark's pages). Checked as runs of seven words (ordinary news
 * English shares shorter runs with any story: "the death toll rose to"); skipped when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const corpus = join(repo, '../shared/corpus');
const RUN = 7;
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

function files(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every string value of a JSON document (not its keys: the gold format's field names are ours to use). */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/**
 * Every run of RUN words of the material, with the file it comes from: the stories' texts and gold, and the article
 * bodies of the extraction benchmark (its whole-page texts hold the web's common furniture, cookie notices and
 * copyright lines, which invented test pages rightly share).
 */
function materialRuns(): Map<string, string> {
  const runs = new Map<string, string>();
  const sources = files(corpus, (name) => /\.(txt|json)$/.test(name)).filter((file) => !file.includes('/extraction-benchmark/text/'));
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const piece of file.endsWith('.json') ? jsonStrings(JSON.parse(text)) : [text]) {
      const w = words(piece);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (!runs.has(run)) runs.set(run, file.slice(corpus.length + 1));
      }
    }
  }
  return runs;
}

describe.skipIf(!existsSync(corpus))('the evaluation material stays out of the code', () => {
  it('no run of seven words of ../shared/corpus appears in shared/, cli/, functions/, infra/, scripts/ or test/', () => {
    const runs = materialRuns();
    expect(runs.size).toBeGreaterThan(10_000); // the material was read
    const found: string[] = [];
    for (const dir of ['shared', 'cli', 'functions', 'infra', 'scripts', 'test'])
      for (const file of files(join(repo, dir), (name) => /\.(ts|mts|mjs|js|json|html|txt|md)$/.test(name))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        for (const [i, line] of lines.entries()) {
          const w = words(line);
          for (let j = 0; j + RUN <= w.length; j++) {
            const run = w.slice(j, j + RUN).join(' ');
            if (runs.has(run)) {
              found.push(`${file.slice(repo.length + 1)}:${i + 1}: "${run}" (${runs.get(run)})`);
              break;
            }
          }
        }
      }
    expect(found).toEqual([]);
  });
});
