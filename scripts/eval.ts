/**
 * `npm run eval`: the scoreboard. Cleaning F1 on the shared extraction benchmark (HTML and scraped text), and the
 * gold checks of every story we have — ../shared/corpus/kazakhstan and ../shared/corpus/realnews/* (third-party,
 * read at run time only) and the project's own fixture stories — run through the real pipeline (embedded S3, both handlers).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGold, falseAlarms, ingestStory, readGold, type Check } from '../test/support/gold.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(repo, '../shared');

interface StoryScore {
  story: string;
  /** The collection a story belongs to (`realnews` for ../shared/corpus/realnews/<story>), or null. */
  collection: string | null;
  /** Findings of an alarm type (updated, contradicted, quote_altered) that no gold finding expects. */
  alarms: Array<{ report: string; type: string; claimText: string }>;
  passed: number;
  total: number;
  byGroup: Record<string, string>;
  failures: Check[];
  checks: Check[];
  /** Failing checks the story's gold lists as known gaps, with the reason. */
  gaps: Map<string, string>;
}

async function scoreStory(story: string, dir: string, goldPath: string, collection: string | null): Promise<StoryScore> {
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
  const alarms = falseAlarms(gold, reports);
  return {
    story,
    collection,
    alarms,
    checks,
    passed: checks.filter((c) => c.pass).length,
    total: checks.length,
    byGroup,
    failures: checks.filter((c) => !c.pass),
    gaps,
  };
}

type StoryDir = { story: string; dir: string; gold: string; collection: string | null };

/**
 * Every story with a gold file: each ../shared/corpus/<story>/, each story of a collection
 * (../shared/corpus/<collection>/<story>/, e.g. realnews), the examples, and test/fixtures/stories/<story>/.
 */
function stories(): StoryDir[] {
  const list: StoryDir[] = [];
  const sharedCorpus = join(sharedDir, 'corpus');
  if (existsSync(sharedCorpus)) {
    for (const slug of readdirSync(sharedCorpus).sort()) {
      const dir = join(sharedCorpus, slug);
      if (existsSync(join(dir, 'gold.json')))
        list.push({ story: `${slug} (../shared)`, dir, gold: join(dir, 'gold.json'), collection: null });
      else if (statSync(dir).isDirectory()) list.push(...collection(dir));
    }
  }
  const examplesGold = join(repo, 'test/fixtures/examples-gold.json');
  if (existsSync(examplesGold)) list.push({ story: 'examples (own)', dir: join(repo, 'examples'), gold: examplesGold, collection: null });
  const own = join(repo, 'test/fixtures/stories');
  if (existsSync(own)) {
    for (const slug of readdirSync(own).sort()) {
      if (existsSync(join(own, slug, 'gold.json')))
        list.push({ story: `${slug} (own)`, dir: join(own, slug), gold: join(own, slug, 'gold.json'), collection: null });
    }
  }
  return list;
}

/** The stories of a collection folder: its subfolders that hold a gold.json. */
function collection(dir: string): StoryDir[] {
  const name = basename(dir);
  return readdirSync(dir)
    .sort()
    .filter((slug) => existsSync(join(dir, slug, 'gold.json')))
    .map((slug) => ({ story: `${name}/${slug}`, dir: join(dir, slug), gold: join(dir, slug, 'gold.json'), collection: name }));
}

/**
 * `npm run eval -- DIR…`: only the stories in those folders (each with its gold.json, or a collection of story
 * folders such as ../shared/corpus/realnews), no cleaning benchmark.
 */
function storiesFromArgs(): StoryDir[] {
  return process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'))
    .flatMap((dir) => {
      const gold = join(resolve(dir), 'gold.json');
      if (existsSync(gold)) return [{ story: basename(resolve(dir)), dir: resolve(dir), gold, collection: null }];
      const stories = existsSync(dir) && statSync(dir).isDirectory() ? collection(resolve(dir)) : [];
      if (!stories.length) throw new Error(`eval: ${dir} has no gold.json and no story folders with one`);
      return stories;
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
    const { evaluateCleaning, printCleaning } = await import('./eval-cleaning.ts');
    const cleaning = await evaluateCleaning(sharedDir);
    if (cleaning) {
      printCleaning(cleaning);
      summary.cleaningF1 = {
        html: round(cleaning.html.f1),
        text: round(cleaning.text.f1),
        htmlKFold: round(cleaning.kFold.html.heldOutMeanF1),
        textKFold: round(cleaning.kFold.text.heldOutMeanF1),
      };
      if (cleaning.realnews) summary.realnewsCleaning = `${cleaning.realnews.passed}/${cleaning.realnews.total}`;
    }
  }

  const scores: StoryScore[] = [];
  for (const s of chosen.length ? chosen : stories()) {
    try {
      scores.push(await scoreStory(s.story, s.dir, s.gold, s.collection));
    } catch (error) {
      console.log(`gold ${s.story}: could not run: ${(error as Error).message}`);
    }
  }
  for (const s of scores) {
    const groups = Object.entries(s.byGroup)
      .map(([g, v]) => `${g} ${v}`)
      .join(', ');
    console.log(`gold ${s.story}: ${s.passed}/${s.total} passed (${groups})`);
    for (const f of s.failures) {
      const gap = s.gaps.has(f.name) ? ` (known gap: ${s.gaps.get(f.name)})` : '';
      console.log(`   ✗ ${f.name}${f.detail ? ` — ${f.detail}` : ''}${gap}`);
    }
  }
  summary.gold = Object.fromEntries(scores.map((s) => [s.story, `${s.passed}/${s.total}`]));

  // A collection's score counts what the diff and entity stages decide (findings, entities, metadata, claims):
  // its cleaning checks have their own benchmark above.
  for (const name of [...new Set(scores.map((s) => s.collection).filter((c): c is string => c !== null))]) {
    const members = scores.filter((s) => s.collection === name);
    console.log(`\n${name}: checks without cleaning, per story`);
    let passed = 0;
    let total = 0;
    for (const s of members) {
      const counted = s.checks.filter((c) => c.group !== 'cleaning');
      const p = counted.filter((c) => c.pass).length;
      passed += p;
      total += counted.length;
      console.log(`  ${s.story.padEnd(40)} ${String(p).padStart(3)}/${String(counted.length).padEnd(3)}  false alarms ${s.alarms.length}`);
    }
    console.log(`${name} findings: ${passed}/${total} (${((100 * passed) / Math.max(total, 1)).toFixed(1)}%)`);
    summary[name] = `${passed}/${total}`;
  }
  const alarms = scores.flatMap((s) => s.alarms.map((a) => ({ ...a, story: s.story })));
  if (process.argv.includes('--alarms'))
    for (const a of alarms) console.log(`   ! ${a.story} ${a.report}: ${a.type}: ${a.claimText.slice(0, 100)}`);
  console.log(
    `false alarms: ${alarms.length} (updated/contradicted/quote_altered no gold expects, over ${scores.length} stories` +
      `${process.argv.includes('--alarms') ? '' : '; --alarms lists them'})`,
  );
  summary.falseAlarms = alarms.length;
  console.log(`eval: ${JSON.stringify(summary)}`);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

await main();
