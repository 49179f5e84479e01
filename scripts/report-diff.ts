/**
 * Same output before and after a refactor: ingests every gold story (examples/, test/fixtures/stories/*, and when
 * ../shared is present ../shared/corpus/kazakhstan and each ../shared/corpus/realnews/* story) into a fresh temporary
 * store, and compares every file the pipeline wrote under reports/ (report JSON, Markdown and HTML, story dossiers,
 * the index page) plus each report's terminal view with a saved baseline.
 *
 *   npx tsx scripts/report-diff.ts --save [DIR]    write the baseline (default .claimdiff/report-baseline)
 *   npx tsx scripts/report-diff.ts [DIR]           compare with it; exit 1 and name each differing file
 *   --only NAME                                    only the stories whose name contains NAME
 *
 * Upload times and upload ids differ on every run, so they are masked before comparing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../cli/workspace.ts';
import { renderTerminal } from '../shared/report/render-terminal.ts';
import { getText } from '../shared/storage/store.ts';
import type { Report } from '../shared/types.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = 'gold';

interface Story {
  name: string;
  dir: string;
  order: string[];
}

const orderOf = (gold: string) => (JSON.parse(readFileSync(gold, 'utf8')) as { ingestOrder: string[] }).ingestOrder;

function stories(): Story[] {
  const list: Story[] = [{ name: 'examples', dir: join(repo, 'examples'), order: orderOf(join(repo, 'test/fixtures/examples-gold.json')) }];
  const own = join(repo, 'test/fixtures/stories');
  for (const slug of readdirSync(own).sort()) {
    if (existsSync(join(own, slug, 'gold.json')))
      list.push({ name: slug, dir: join(own, slug), order: orderOf(join(own, slug, 'gold.json')) });
  }
  const shared = resolve(repo, '../shared/corpus');
  if (!existsSync(shared)) {
    console.log(`report-diff: ${shared} not found; only the project's own stories`);
    return list;
  }
  for (const slug of readdirSync(shared).sort()) {
    const dir = join(shared, slug);
    if (existsSync(join(dir, 'gold.json'))) list.push({ name: `shared-${slug}`, dir, order: orderOf(join(dir, 'gold.json')) });
    else if (existsSync(dir) && !slug.includes('.')) {
      for (const sub of readdirSync(dir).sort()) {
        if (existsSync(join(dir, sub, 'gold.json')))
          list.push({ name: `shared-${slug}-${sub}`, dir: join(dir, sub), order: orderOf(join(dir, sub, 'gold.json')) });
      }
    }
  }
  return list;
}

/** An ISO time (2026-12-07T06:08:39.123Z), or one shown to a reader (2026-12-07 06:08:39). */
const TIMESTAMP = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?Z?/g;
const UPLOAD_ID = /"uploadId":"[0-9a-f]{20}"/g;
const mask = (text: string) => text.replace(TIMESTAMP, '<time>').replace(UPLOAD_ID, '"uploadId":"<id>"');

/** Every report file of the story, by its key below reports/<corpus>/, timestamps masked. */
async function outputs(story: Story): Promise<Map<string, string>> {
  const data = mkdtempSync(join(tmpdir(), 'claimdiff-report-diff-'));
  const workspace = await openWorkspace({ data, bucket: null });
  const files = new Map<string, string>();
  try {
    for (const name of story.order) {
      const result = await workspace.ingest(join(story.dir, name), CORPUS);
      if (result.error) throw new Error(`${story.name}/${name}: ${result.error}`);
    }
    const prefix = `reports/${CORPUS}/`;
    for (const key of await workspace.store.list(prefix)) {
      const text = (await getText(workspace.store, key)) ?? '';
      let rel = key.slice(prefix.length);
      // An upload's id hashes the object's version, which the embedded store draws anew on every run: upload
      // records are compared by the file name they record, and the id is masked.
      if (rel.startsWith('uploads/')) rel = `uploads/${(JSON.parse(text) as { name: string }).name}.json`;
      files.set(rel, mask(text));
      // The terminal view is not stored: rendered here from each report, with colour and a fixed width.
      if (/^[0-9a-f]{20}\.json$/.test(rel))
        files.set(rel.replace(/\.json$/, '.terminal.txt'), mask(renderTerminal(JSON.parse(text) as Report, { color: true, width: 100 })));
    }
  } finally {
    await workspace.close();
    rmSync(data, { recursive: true, force: true });
  }
  return files;
}

/** Every file below dir, by its path relative to dir. */
function readTree(dir: string, base = dir, into = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return into;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, base, into);
    else into.set(path.slice(base.length + 1), readFileSync(path, 'utf8'));
  }
  return into;
}

/** The first line that differs, for the message. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i])
      return `line ${i + 1}:\n      baseline: ${(x[i] ?? '(none)').slice(0, 200)}\n      now:      ${(y[i] ?? '(none)').slice(0, 200)}`;
  }
  return '';
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const save = args.includes('--save');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
  const positional = args.filter((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1));
  const baseline = resolve(positional[0] ?? join(repo, '.claimdiff/report-baseline'));
  let differing = 0;
  let compared = 0;
  for (const story of stories().filter((s) => !only || s.name.includes(only))) {
    const now = await outputs(story);
    const dir = join(baseline, story.name);
    if (save) {
      rmSync(dir, { recursive: true, force: true });
      for (const [rel, text] of now) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
      }
      console.log(`report-diff: ${story.name}: ${now.size} files saved`);
      continue;
    }
    const before = readTree(dir);
    if (!before.size) throw new Error(`no baseline for ${story.name} in ${baseline}; run with --save first`);
    const problems: string[] = [];
    for (const [rel, text] of before) {
      if (!now.has(rel)) problems.push(`${rel}: no longer written`);
      else if (now.get(rel) !== text) problems.push(`${rel} differs at ${firstDifference(text, now.get(rel)!)}`);
    }
    for (const rel of now.keys()) if (!before.has(rel)) problems.push(`${rel}: new file`);
    compared += before.size;
    differing += problems.length;
    console.log(
      `report-diff: ${story.name}: ` +
        (problems.length ? `${problems.length} of ${before.size} files differ` : `${before.size} files identical`),
    );
    for (const p of problems.slice(0, 20)) console.log(`   ✗ ${p}`);
  }
  if (!save)
    console.log(`report-diff: ${differing ? `${differing} differences` : 'identical'} (${compared} files compared with ${baseline})`);
  return differing ? 1 : 0;
}

process.exitCode = await main();
