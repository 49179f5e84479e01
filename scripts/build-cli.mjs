#!/usr/bin/env node
/**
 * Compiles the CLI (cli/, and the shared/ and functions/ code it runs) into dist/ once, so a command starts in
 * milliseconds instead of compiling TypeScript on every run. npm packages stay outside the bundle: Node loads them
 * from node_modules as usual (jsdom cannot be bundled: it reads its own files at run time). Commands are separate
 * chunks, loaded only when they run. Plain JavaScript, so it runs before anything is compiled.
 *
 *   node scripts/build-cli.mjs          build dist/ (npm runs it at `npm ci` through the `prepare` script)
 *   node scripts/build-cli.mjs --check  exit 1 when dist/ is missing or older than a source file
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
const SOURCES = ['cli', 'shared', 'functions'];
const STAMP = 'build.json';

/** The newest modification time of any TypeScript source the CLI is built from (and of package.json). */
function newestSource() {
  let newest = statSync(join(ROOT, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCES) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  return newest;
}

/** Whether dist/ holds a build at least as new as every source (a clone without sources counts as fresh). */
export function isFresh() {
  const stamp = join(DIST, STAMP);
  if (!existsSync(stamp) || !existsSync(join(DIST, 'main.js'))) return false;
  try {
    const { builtFrom } = JSON.parse(readFileSync(stamp, 'utf8'));
    return builtFrom >= newestSource();
  } catch {
    return false;
  }
}

export async function build() {
  const { build: esbuild } = await import('esbuild');
  const builtFrom = newestSource();
  // Built beside dist/ and renamed into place, so a run at the same time never reads half a file.
  const staging = `${DIST}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  await esbuild({
    // The prepare thread's script is an entry of its own: a worker starts from a file (cli/prepare-thread.ts).
    entryPoints: { main: join(ROOT, 'cli/main.ts'), 'prepare-worker': join(ROOT, 'cli/prepare-worker.ts') },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  writeFileSync(join(staging, STAMP), JSON.stringify({ builtFrom }) + '\n');
  // Moved into dist/ file by file (a rename over a file is atomic), chunks first, then main.js, then the stamp, and
  // nothing deleted: a command already running from the previous build (a test, a second terminal) still finds the
  // chunks it loads later, whose names are content hashes.
  mkdirSync(DIST, { recursive: true });
  const order = (name) => (name === STAMP ? 2 : name.startsWith('main.') ? 1 : 0);
  for (const name of readdirSync(staging).sort((a, b) => order(a) - order(b))) renameSync(join(staging, name), join(DIST, name));
  rmSync(staging, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) process.exit(isFresh() ? 0 : 1);
  await build();
}
