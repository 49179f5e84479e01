/**
 * `npm run eval:gate`: the quality gate CI runs after the tests (as trafilatura's eval_gate). It runs `npm run eval`,
 * reads the scores from its last line (`eval: {json}`) and fails when one falls below its floor in eval-floors.json
 * by more than the file's tolerance (or a ceiling, such as false alarms, is exceeded). The scoreboard alone is read
 * by nobody; a floor makes a lost score a failed build.
 *
 *   npm run eval:gate                          run eval, check every floor
 *   npm run eval:gate -- --from LOG            check the `eval:` line of a saved eval output instead of running eval
 *   npm run eval:gate -- --raise               run eval, then raise each floor to today's score minus its margin
 *   npm run eval:gate -- --lower METRIC=VALUE --reason "why"   lower one floor, recording the reason in the file
 *   --floors FILE (default eval-floors.json), --previous FILE (the floors to compare with, default from git)
 *
 * Floors only go down on purpose: a floor lower than in the previous version of the file (the committed one, or
 * the one before the last commit that changed it) needs an entry in the file's `lowered` list naming the metric,
 * the new value and a reason; `--lower` writes that entry. The scores that need ../shared (the cleaning benchmark,
 * kazakhstan, the realnews stories) are skipped, with a note, when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Floors {
  about?: string;
  /** How far a score may fall below its floor before the gate fails: F1 scores (0–1) and check counts. */
  tolerance: { score: number; checks: number };
  /** Minimum F1 score (0–1) per metric, e.g. cleaningF1.html. */
  scoreFloors: Record<string, number>;
  /** Minimum number of passed checks per metric (eval prints "passed/total"), e.g. gold.quake (own). */
  checkFloors: Record<string, number>;
  /** Maximum count per metric (false alarms), with the checks tolerance. */
  ceilings: Record<string, number>;
  /** Metric name prefixes whose scores come from ../shared: skipped when ../shared is absent. */
  needsShared: string[];
  /** What `--raise` leaves between today's score and the new floor, so a neutral change does not fail the gate. */
  margin: { score: number; checks: number };
  /** Every floor lowered on purpose, newest last: the metric, the old and new value, and why. */
  lowered: Array<{ metric: string; from: number; to: number; reason: string; date: string }>;
}

/** A metric is an F1 score (0–1) or a count of passed checks; counts read "passed/total" in eval's summary. */
type Scores = Map<string, { value: number; shown: string }>;

/** Flattens eval's summary: {"cleaningF1":{"html":0.97}} → cleaningF1.html; "134/146" → 134 passed checks. */
export function flatten(summary: Record<string, unknown>, prefix = ''): Scores {
  const scores: Scores = new Map();
  for (const [key, value] of Object.entries(summary)) {
    const name = prefix + key;
    if (typeof value === 'number') scores.set(name, { value, shown: String(value) });
    else if (typeof value === 'string' && /^\d+\/\d+$/.test(value)) scores.set(name, { value: Number(value.split('/')[0]), shown: value });
    else if (value && typeof value === 'object')
      for (const [k, v] of flatten(value as Record<string, unknown>, `${name}.`)) scores.set(k, v);
  }
  return scores;
}

/** One line per floor: held, skipped (needs ../shared) or failed. */
function check(floors: Floors, scores: Scores, sharedPresent: boolean): { lines: string[]; failed: number } {
  const lines: string[] = [];
  let failed = 0;
  const needsShared = (metric: string) => floors.needsShared.some((p) => metric === p || metric.startsWith(p));
  const verdict = (metric: string, limit: number, kind: 'score' | 'checks', ceiling: boolean) => {
    const got = scores.get(metric);
    if (!got) {
      if (!sharedPresent && needsShared(metric)) return lines.push(`  skip ${metric}: needs ../shared, which is absent`);
      failed++;
      return lines.push(`  FAIL ${metric}: eval reported no score (did the story fail to run?)`);
    }
    const slack = floors.tolerance[kind];
    const ok = ceiling ? got.value <= limit + slack + 1e-9 : got.value >= limit - slack - 1e-9;
    if (!ok) failed++;
    const bound = ceiling ? `ceiling ${limit}` : `floor ${limit}`;
    return lines.push(`  ${ok ? 'ok  ' : 'FAIL'} ${metric}: ${got.shown} (${bound}, tolerance ${slack})`);
  };
  for (const [metric, floor] of Object.entries(floors.scoreFloors)) verdict(metric, floor, 'score', false);
  for (const [metric, floor] of Object.entries(floors.checkFloors)) verdict(metric, floor, 'checks', false);
  for (const [metric, ceiling] of Object.entries(floors.ceilings)) verdict(metric, ceiling, 'checks', true);
  for (const [metric, got] of scores) {
    if (!(metric in floors.scoreFloors) && !(metric in floors.checkFloors) && !(metric in floors.ceilings))
      lines.push(`  note ${metric}: ${got.shown} has no floor yet (npm run eval:gate -- --raise)`);
  }
  return { lines, failed };
}

/** Floors lowered (ceilings raised) since `previous` without a `lowered` entry giving the new value and a reason. */
function unexplainedLowering(previous: Floors, current: Floors): string[] {
  const problems: string[] = [];
  const explained = (metric: string, to: number | undefined) =>
    current.lowered.some((l) => l.metric === metric && l.to === to && l.reason.trim().length > 0);
  for (const table of ['scoreFloors', 'checkFloors'] as const) {
    for (const [metric, before] of Object.entries(previous[table])) {
      const now = current[table][metric];
      if ((now === undefined || now < before) && !explained(metric, now))
        problems.push(`floor ${metric} went from ${before} to ${now ?? '(removed)'}`);
    }
  }
  for (const [metric, before] of Object.entries(previous.ceilings)) {
    const now = current.ceilings[metric];
    if ((now === undefined || now > before) && !explained(metric, now))
      problems.push(`ceiling ${metric} went from ${before} to ${now ?? '(removed)'}`);
  }
  for (const [kind, before, now] of [
    ['score', previous.tolerance.score, current.tolerance.score],
    ['checks', previous.tolerance.checks, current.tolerance.checks],
  ] as const) {
    if (now > before && !explained(`tolerance.${kind}`, now)) problems.push(`tolerance.${kind} went from ${before} to ${now}`);
  }
  return problems;
}

const git = (args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
};

/**
 * The floors file to compare with: the committed one when the working copy differs from it, else the version before
 * the last commit that changed the file. Null without git history (a shallow clone, a tarball): nothing to compare.
 */
function previousFloors(path: string): { floors: Floors; from: string } | null {
  const rel = path.startsWith(`${repo}/`) ? path.slice(repo.length + 1) : null;
  if (!rel) return null;
  const committed = git(['show', `HEAD:${rel}`]);
  if (committed !== null && committed !== readFileSync(path, 'utf8')) return { floors: JSON.parse(committed) as Floors, from: 'HEAD' };
  const last = git(['log', '-n', '1', '--format=%H', '--', rel])?.trim();
  if (!last) return null;
  const before = git(['show', `${last}^:${rel}`]);
  return before === null ? null : { floors: JSON.parse(before) as Floors, from: `${last.slice(0, 10)}^` };
}

/** Runs `npm run eval`'s script, keeps its whole output in test-results/eval.log, returns the output. */
function runEval(): string {
  const tsx = join(repo, 'node_modules/.bin/tsx');
  const r = spawnSync(tsx, [join(repo, 'scripts/eval.ts')], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mkdirSync(join(repo, 'test-results'), { recursive: true });
  writeFileSync(join(repo, 'test-results/eval.log'), `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) throw new Error(`eval exited with ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-5).join('\n')}`);
  return r.stdout;
}

function summaryOf(output: string): Record<string, unknown> {
  const line = output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('eval: {'));
  if (!line) throw new Error('eval printed no "eval: {json}" line');
  return JSON.parse(line.slice('eval: '.length)) as Record<string, unknown>;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function save(path: string, floors: Floors): void {
  writeFileSync(path, `${JSON.stringify(floors, null, 2)}\n`);
}

function lower(path: string, floors: Floors, spec: string, reason: string | undefined): void {
  const m = /^([^=]+)=(-?\d+(?:\.\d+)?)$/.exec(spec);
  if (!m) throw new Error(`--lower wants METRIC=VALUE, got ${JSON.stringify(spec)}`);
  if (!reason?.trim()) throw new Error('--lower needs --reason "why the floor goes down" (it is kept in the floors file)');
  const [, metric, raw] = m;
  const to = Number(raw);
  const table = [floors.scoreFloors, floors.checkFloors, floors.ceilings].find((t) => metric in t) ?? null;
  const tolerance = /^tolerance\.(score|checks)$/.exec(metric)?.[1] as 'score' | 'checks' | undefined;
  const from = table ? table[metric] : tolerance ? floors.tolerance[tolerance] : undefined;
  if (from === undefined) throw new Error(`no floor, ceiling or tolerance named ${metric}`);
  if (table) table[metric] = to;
  else if (tolerance) floors.tolerance[tolerance] = to;
  floors.lowered.push({ metric, from, to, reason: reason.trim(), date: new Date().toISOString().slice(0, 10) });
  save(path, floors);
  console.log(`eval gate: ${metric} ${from} → ${to}, reason recorded in ${path}; say why in the commit message too`);
}

/** Each floor up to today's score minus the margin (never down); each ceiling down to today's plus the margin. */
function raise(path: string, floors: Floors, scores: Scores): void {
  const trim = (n: number) => Math.floor(n * 1000) / 1000;
  for (const [metric, got] of scores) {
    if (metric in floors.ceilings) {
      floors.ceilings[metric] = Math.min(floors.ceilings[metric], got.value + floors.margin.checks);
      continue;
    }
    // A "passed/total" count is a check floor; any other number (F1) a score floor.
    if (got.shown.includes('/') || metric in floors.checkFloors) {
      floors.checkFloors[metric] = Math.max(floors.checkFloors[metric] ?? 0, got.value - floors.margin.checks);
    } else {
      floors.scoreFloors[metric] = Math.max(floors.scoreFloors[metric] ?? 0, trim(got.value - floors.margin.score));
    }
  }
  save(path, floors);
  console.log(`eval gate: floors raised to today's scores minus the margin in ${path}`);
}

function main(): number {
  const path = resolve(option('--floors') ?? join(repo, 'eval-floors.json'));
  const floors = JSON.parse(readFileSync(path, 'utf8')) as Floors;
  const lowerSpec = option('--lower');
  if (lowerSpec) {
    lower(path, floors, lowerSpec, option('--reason'));
    return 0;
  }

  const previousPath = option('--previous');
  const previous = previousPath
    ? { floors: JSON.parse(readFileSync(previousPath, 'utf8')) as Floors, from: previousPath }
    : previousFloors(path);
  const problems = previous ? unexplainedLowering(previous.floors, floors) : [];
  if (!previous) console.log('eval gate: no earlier floors file in git history to compare with; lowering not checked');

  const from = option('--from');
  const output = from ? readFileSync(from, 'utf8') : runEval();
  const scores = flatten(summaryOf(output));
  const sharedPresent = option('--shared') ? option('--shared') === 'present' : existsSync(resolve(repo, '../shared'));
  if (process.argv.includes('--raise')) {
    raise(path, floors, scores);
    return 0;
  }

  const { lines, failed } = check(floors, scores, sharedPresent);
  console.log(`eval gate (${path.startsWith(`${repo}/`) ? path.slice(repo.length + 1) : path}):`);
  for (const line of lines) console.log(line);
  for (const p of problems)
    console.log(
      `  FAIL ${p} without a 'lowered' entry with that value and a reason (npm run eval:gate -- --lower METRIC=VALUE --reason "…")`,
    );
  const held = lines.filter((l) => l.startsWith('  ok')).length;
  const skipped = lines.filter((l) => l.startsWith('  skip')).length;
  console.log(`eval gate: ${held} held, ${failed + problems.length} failed, ${skipped} skipped`);
  return failed + problems.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`eval gate: ${(error as Error).message}`);
  process.exitCode = 2;
}
