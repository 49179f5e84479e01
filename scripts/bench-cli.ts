/**
 * The CLI's own speed (`npm run bench -- --cli` alone; part of `npm run bench`): how long `claimdiff --help` and
 * `claimdiff report NAME` take through the real bin, wall clock and CPU, on a corpus of 2,000 uploads; and how many
 * store requests `report NAME` and a page of `reports` make (at 20 ms a request, what a laptop sees of S3).
 * The corpus is the example articles ingested once, then their reports and records copied under new names until
 * there are 2,000 uploads: what `report` and `reports` read, without running the pipeline 2,000 times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalStack } from '../cli/local.ts';
import { findUpload, listUploads, openWorkspace } from '../cli/workspace.ts';
import { keys } from '../shared/pipeline/keys.ts';
import { getJson, putJson } from '../shared/storage/store.ts';
import type { Report, ReportListEntry } from '../shared/types.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'bin/claimdiff.js');
const REQUEST_MS = 20;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall and CPU (user + system) milliseconds of one run, through GNU time when present. */
function timed(args: string[]): { wallMs: number; cpuMs: number | null } {
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
  return { wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null };
}

function measure(label: string, args: string[], runs = 7): void {
  timed(args); // warm the file cache and build dist/ if stale
  const samples = Array.from({ length: runs }, () => timed(args));
  const cpu = samples.map((s) => s.cpuMs).filter((c): c is number => c !== null);
  console.log(
    `cli: ${label}: median ${Math.round(median(samples.map((s) => s.wallMs)))} ms ` +
      `wall${cpu.length ? `, ${Math.round(median(cpu))} ms CPU` : ''} (${runs} runs)`,
  );
}

async function buildCorpus(data: string, uploads: number): Promise<string> {
  const ingest = spawnSync(process.execPath, [bin, 'ingest', join(repo, 'examples'), '--data', data, '--json'], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest of examples/ failed: ${ingest.stderr}`);
  const workspace = await openWorkspace({ data, bucket: null });
  const store = workspace.store;
  const originals = await listUploads(store, 'default');
  const reports = await Promise.all(originals.map((e) => getJson<Report>(store, keys.reportJson('default', e.docId!))));
  const recent: Array<ReportListEntry & { uploadId: string }> = [];
  let made = originals.length;
  const next = async () => {
    while (made < uploads) {
      const n = made++;
      const report = structuredClone(reports[n % reports.length]!);
      const docId = n.toString(16).padStart(20, '0');
      const name = `copy-${String(n).padStart(4, '0')}-${report.document.name}`;
      report.document.id = docId;
      report.document.name = name;
      report.document.sourceKey = `incoming/default/${name}`;
      const uploadId = `u${docId.slice(1)}`;
      const entry: ReportListEntry = {
        ...originals[n % originals.length],
        name,
        sourceKey: report.document.sourceKey,
        docId,
        ingestedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
        seq: n + 1,
      };
      await putJson(store, keys.reportJson('default', docId), report);
      await putJson(store, keys.upload('default', uploadId), entry);
      await putJson(store, keys.name('default', name), { ...entry, uploadId });
      recent.push({ ...entry, uploadId });
    }
  };
  await Promise.all(Array.from({ length: 16 }, next));
  recent.sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt));
  await putJson(store, keys.recent('default'), { entries: recent.slice(0, 200), olderPages: Math.floor((uploads - 200) / 100) });
  await workspace.close();
  return recent[Math.floor(recent.length / 2)].name;
}

async function requestCounts(data: string, name: string): Promise<void> {
  const stack = await startLocalStack(data);
  const store = stack.store;
  const count = async (what: () => Promise<unknown>) => {
    const before = store.totalRequests();
    await what();
    return store.totalRequests() - before;
  };
  const report = await count(async () => {
    const entry = await findUpload(store, 'default', name);
    await getJson(store, keys.reportJson('default', entry!.docId!));
  });
  const page = await count(() => listUploads(store, 'default', 20));
  const all = await count(() => listUploads(store, 'default'));
  await stack.close();
  const at = (n: number) => `${n} request${n === 1 ? '' : 's'} (${((n * REQUEST_MS) / 1000).toFixed(2)} s at ${REQUEST_MS} ms a request)`;
  console.log(
    `cli: requests on 2,000 uploads: report NAME ${at(report)}; reports --limit 20 ${at(page)}; reports (every upload) ${at(all)}`,
  );
}

export async function benchCli(uploads = 2000): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'claimdiff-bench-cli-'));
  try {
    measure('node -e 0 (Node start, for comparison)', ['-e', '0']);
    measure('claimdiff --help', [bin, '--help']);
    measure('claimdiff --version', [bin, '--version']);
    const started = Date.now();
    const name = await buildCorpus(data, uploads);
    console.log(
      `cli: corpus of ${uploads} uploads built in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(${readdirSync(join(repo, 'examples')).length} examples ingested, the rest copied)`,
    );
    measure(`claimdiff report ${name} (${uploads} uploads)`, [bin, 'report', name, '--data', data], 5);
    measure(`claimdiff report ${name} --json (${uploads} uploads)`, [bin, 'report', name, '--data', data, '--json'], 5);
    measure(`claimdiff reports --limit 20 (${uploads} uploads)`, [bin, 'reports', '--limit', '20', '--data', data], 5);
    await requestCounts(data, name);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}
