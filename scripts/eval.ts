/**
 * `npm run eval`: the scoreboard. Cleaning F1 on the shared extraction benchmark (HTML and scraped text), and the
 * gold checks of every story we have — ../shared/corpus/kazakhstan (third-party, read at run time only) and the
 * project's own fixture stories — run through the real pipeline (embedded S3, both handlers).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold, ingestStory, readGold, type Check } from './gold.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(repo, '../shared');

interface StoryScore {
  story: string;
  passed: number;
  total: number;
  byGroup: Record<string, string>;
  failures: Check[];
  /** Failing checks the story's gold lists as known gaps, with the reason. */
  gaps: Map<string, string>;
}

async function scoreStory(story: string, dir: string, goldPath: string): Promise<StoryScore> {
  const gold = readGold(goldPath);
  const reports = await ingestStory(dir, gold.ingestOrder);
  const checks = checkGold(gold, reports);
  const byGroup: Record<string, string> = {};
  for (const group of new Set(checks.map((c) => c.group))) {
    const g = checks.filter((c) => c.group === group);
    byGroup[group] = `${g.filter((c) => c.pass).length}/${g.length}`;
  }
  const known = (gold as { knownGaps?: Array<{ check: string; why: string }> }).knownGaps ?? [];
  const gaps = new Map(checks.flatMap((c) => known.filter((g) => c.name.includes(g.check)).map((g) => [c.name, g.why] as const)));
  return { story, passed: checks.filter((c) => c.pass).length, total: checks.length, byGroup, failures: checks.filter((c) => !c.pass), gaps };
}

/** Every story with a gold file: each ../shared/corpus/<story>/, the examples, and test/fixtures/stories/<story>/. */
function stories(): Array<{ story: string; dir: string; gold: string }> {
  const list = [];
  const sharedCorpus = join(sharedDir, 'corpus');
  if (existsSync(sharedCorpus)) {
    for (const slug of readdirSync(sharedCorpus).sort()) {
      const dir = join(sharedCorpus, slug);
      if (existsSync(join(dir, 'gold.json'))) list.push({ story: `${slug} (../shared)`, dir, gold: join(dir, 'gold.json') });
    }
  }
  const examplesGold = join(repo, 'test/fixtures/examples-gold.json');
  if (existsSync(examplesGold)) list.push({ story: 'examples (own)', dir: join(repo, 'examples'), gold: examplesGold });
  const own = join(repo, 'test/fixtures/stories');
  if (existsSync(own)) {
    for (const slug of readdirSync(own).sort()) {
      if (existsSync(join(own, slug, 'gold.json'))) list.push({ story: `${slug} (own)`, dir: join(own, slug), gold: join(own, slug, 'gold.json') });
    }
  }
  return list;
}

/** `npm run eval -- DIR…`: only the stories in those folders (each with its gold.json), no cleaning benchmark. */
function storiesFromArgs(): Array<{ story: string; dir: string; gold: string }> {
  return process.argv.slice(2).filter((a) => !a.startsWith('--')).map((dir) => {
    const gold = join(resolve(dir), 'gold.json');
    if (!existsSync(gold)) throw new Error(`eval: ${dir} has no gold.json`);
    return { story: basename(resolve(dir)), dir: resolve(dir), gold };
  });
}

async function main(): Promise<void> {
  const summary: Record<string, unknown> = {};
  const chosen = storiesFromArgs();
  if (chosen.length) {
    // Only the named stories.
  } else if (!existsSync(sharedDir)) {
    console.log(`eval: ../shared not found at ${sharedDir}; skipping the shared benchmark and kazakhstan checks.`);
  } else {
    const { evaluateCleaning } = await import('./eval-cleaning.ts');
    const cleaning = await evaluateCleaning(sharedDir);
    if (cleaning) {
      const f = (s: { precision: number; recall: number; f1: number; pages: number }) =>
        `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}, ${s.pages} pages)`;
      console.log(`cleaning html : ${f(cleaning.html)}   goal ≥ 0.97`);
      console.log(`cleaning text : ${f(cleaning.text)}   goal ≥ 0.90`);
      summary.cleaningF1 = { html: round(cleaning.html.f1), text: round(cleaning.text.f1) };
    }
  }

  const scores: StoryScore[] = [];
  for (const s of chosen.length ? chosen : stories()) {
    try {
      scores.push(await scoreStory(s.story, s.dir, s.gold));
    } catch (error) {
      console.log(`gold ${s.story}: could not run: ${(error as Error).message}`);
    }
  }
  for (const s of scores) {
    const groups = Object.entries(s.byGroup).map(([g, v]) => `${g} ${v}`).join(', ');
    console.log(`gold ${s.story}: ${s.passed}/${s.total} passed (${groups})`);
    for (const f of s.failures) console.log(`   ✗ ${f.name}${f.detail ? ` — ${f.detail}` : ''}${s.gaps.has(f.name) ? ` (known gap: ${s.gaps.get(f.name)})` : ''}`);
  }
  summary.gold = Object.fromEntries(scores.map((s) => [s.story, `${s.passed}/${s.total}`]));
  console.log(`eval: ${JSON.stringify(summary)}`);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

await main();
