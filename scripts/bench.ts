/**
 * `npm run bench`: speed figures (never asserted in tests).
 *   1. Throughput: the example articles repeated (with distinct figures) to 500 documents, ingested as `claimdiff
 *      ingest` does (its workspace, the embedded S3 server, both handlers): documents per second overall and in the
 *      first and last tenth, per-stage medians, requests to the server, CPU per document, peak memory.
 *   2. Components: cleaning (text/HTML, cold and warm) and claims+entities, from the modules' own bench functions.
 *   3. Scale: corpora of 100, 10,000 and 100,000 documents (generated stories), then the diff stage's time and S3
 *      requests for new documents at each size. Goal: time ratio 100k/100 ≤ 1.3 and equal request counts.
 *      Each new document is measured twice: through a store that delays every request by 25 ms (what S3 answers in,
 *      seen from Lambda) and counts requests, bytes and sequential waves (shared/storage/metered.ts), and without
 *      the delay. The last line, `bench-latency: {…}`, holds the medians per corpus size.
 *      Corpora larger than 1,000 documents are the newest 1,000 ingested on top of an older part generated in the
 *      corpus state alone (fileStateOnly in corpus-gen.ts: what a new document of the newest stories reads); past
 *      10,000 documents, the oldest documents' story lists are generated directly (generateStoryLists).
 *   4. CLI: start time of `claimdiff --help`, and `report NAME` on a corpus of 2,000 uploads (scripts/bench-cli.ts).
 *   5. Hostile uploads (scripts/hostile.ts) of 1 and 10 MiB, each in its own process: prepare and diff time, peak
 *      resident memory, and the worst case over the set (scripts/bench-hostile.ts).
 * Flags: --quick (fewer documents, for a smoke run), --sizes=100,10000,100000, --ingested=1000, --filed=10000,
 * --probes=N (probe documents per corpus size), --skip-scale, --skip-throughput, --throughput (the throughput section
 * alone), --latency (the scale section alone), --cli (the CLI section alone), --skip-cli,
 * --dossiers (the scale section alone, each probe also run without the story dossiers: what keeping them costs,
 * `bench-dossiers: {…}`), --hostile (the hostile section alone), --hostile-sizes=1,10 (MiB), --skip-hostile.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type Io } from '../cli/main.ts';
import { LOCAL_IN_FLIGHT } from '../cli/workspace.ts';
import { silentTelemetry } from '../shared/ops/telemetry.ts';
import { CURRENT_LAYOUT, diffUpload, type CorpusHead } from '../shared/pipeline/diff-stage.ts';
import { decodeUpload } from '../shared/pipeline/input.ts';
import { documentId, keys, uploadKey } from '../shared/pipeline/keys.ts';
import { prepareDocument } from '../shared/pipeline/prepare.ts';
import { MemoryStore } from '../shared/storage/memory.ts';
import { MeteredStore, totalRequests } from '../shared/storage/metered.ts';
import { putJson } from '../shared/storage/store.ts';
import type { PreparedDocument } from '../shared/types.ts';
import { benchCli } from './bench-cli.ts';
import { hostileBench } from './bench-hostile.ts';
import { fileStateOnly, generateStoryLists, varyPrepared, varyText } from './corpus-gen.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flags = new Set(process.argv.slice(2));
const quick = flags.has('--quick');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

function articleFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => ['.txt', '.html', '.htm'].includes(extname(n)))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/**
 * What `claimdiff ingest DIR` does with the embedded store, timed: the example articles, repeated with distinct
 * figures, written to a folder and ingested by the command itself (cli/main.ts, as a user runs it: uploads to the
 * embedded S3 server, its notifications, the prepare and diff handlers, each upload record read back).
 */
async function throughput(): Promise<void> {
  const files = articleFiles(join(repo, 'examples'));
  if (files.length === 0) throw new Error('no examples/ articles to benchmark with');
  const target = quick ? 60 : 500;
  const tmp = mkdtempSync(join(tmpdir(), 'claimdiff-bench-'));
  const inputs: string[] = [];
  mkdirSync(join(tmp, 'in'));
  for (let n = 0; n < target; n++) {
    const file = files[n % files.length];
    const input = join(tmp, 'in', `${String(n).padStart(4, '0')}-${basename(file)}`);
    writeFileSync(input, varyText(readFileSync(file, 'utf8'), Math.floor(n / files.length)));
    inputs.push(input);
  }
  const data = join(tmp, 'data');
  const threadsBefore = threadCpu();
  let threadsAtEnd = threadsBefore;
  let threadsAtHalf = threadsBefore;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // The command itself, as a user runs it (`claimdiff ingest DIR --json`): one line per document, in input order.
  const finished: number[] = [];
  const cpuAt: number[] = [];
  let failed = 0;
  const io: Io = {
    out: (text) => {
      for (const line of text.split('\n').filter(Boolean)) {
        finished.push(performance.now());
        const used = process.cpuUsage(cpuBefore);
        cpuAt.push((used.user + used.system) / 1000);
        // Taken at the last report, while the command's threads (server, prepare) still run.
        if (cpuAt.length === target) threadsAtEnd = threadCpu();
        if (cpuAt.length === Math.floor(target / 2)) threadsAtHalf = threadCpu();
        if ((JSON.parse(line) as { status?: string }).status !== 'ok') failed++;
      }
    },
    err: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  };
  const exit = await main(['ingest', join(tmp, 'in'), '--data', data, '--corpus', 'bench', '--json'], io);
  if (exit !== 0 && failed === 0) throw new Error(`ingest exited with ${exit}`);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // Reports come in batches (the diff stage commits a FIFO batch at once), so a rate is taken over a span of them.
  const spanRate = (from: number, to: number) =>
    r1(((to - from) * 1000) / (finished[to - 1] - (from === 0 ? started : finished[from - 1])));
  const stages = { prepare: [] as number[], diff: [] as number[] };
  for (const line of readFileSync(join(data, 'logs', 'pipeline.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line) as { stage?: 'prepare' | 'diff'; ms?: number };
    if (record.stage && typeof record.ms === 'number') stages[record.stage].push(record.ms);
  }
  rmSync(tmp, { recursive: true, force: true });
  const docs = inputs.length;
  // A tenth, but at least two batches of reports (they come a FIFO batch at a time).
  const tenth = Math.max(Math.floor(docs / 10), Math.min(docs, LOCAL_IN_FLIGHT));
  const result = {
    docs,
    docsPerSec: r1(docs / seconds),
    firstTenthPerSec: spanRate(0, tenth),
    lastTenthPerSec: spanRate(docs - tenth, docs),
    medianMs: { perDocument: r2((seconds * 1000) / docs), prepare: median(stages.prepare), diff: median(stages.diff) },
    cpuMsPerDoc: r1((cpu.user + cpu.system) / 1000 / docs),
    // The second half alone: without the start (server, SDK, jsdom and the handlers loading), what each more costs.
    cpuMsPerDocSecondHalf: r1((cpuAt[docs - 1] - cpuAt[Math.floor(docs / 2) - 1]) / (docs - Math.floor(docs / 2))),
    failed,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMsPerDocByThread: perThread(threadsBefore, threadsAtEnd, docs),
    cpuMsPerDocByThreadSecondHalf: perThread(threadsAtHalf, threadsAtEnd, docs - Math.floor(docs / 2)),
  };
  console.log(
    `throughput: \`ingest\` of ${docs} documents in ${seconds.toFixed(1)} s against the embedded S3 server ` + '(goal ≥ 20 a second)',
  );
  console.log(
    `  per document (ms): ${result.medianMs.perDocument} on average between results, prepare stage ${result.medianMs.prepare} (median), ` +
      `diff stage ${result.medianMs.diff} (median share of its batch) (${LOCAL_IN_FLIGHT} documents in flight); ` +
      `first tenth ${result.firstTenthPerSec}/s, last tenth ${result.lastTenthPerSec}/s; CPU (all threads) ` +
      `${result.cpuMsPerDoc} ms a document, ${result.cpuMsPerDocSecondHalf} in the second half`,
  );
  if (result.cpuMsPerDocByThread)
    console.log(
      `  CPU by thread (ms a document): main ${result.cpuMsPerDocByThread.main}, others ` +
        `${result.cpuMsPerDocByThread.others.join(', ')}; in the second half main ${result.cpuMsPerDocByThreadSecondHalf?.main}, ` +
        `others ${result.cpuMsPerDocByThreadSecondHalf?.others.join(', ')}`,
    );
  console.log(`bench: ${JSON.stringify(result)}`);
}

/**
 * CPU time of each of this process's threads so far (ms, by thread id), where Linux says (/proc/self/task): the
 * main thread is the one whose id is the process's; worker threads are not named, so they are told apart by size.
 */
function threadCpu(): Map<number, number> | null {
  try {
    const tick = 10; // ms: USER_HZ is 100 on Linux
    const cpu = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * tick);
    }
    return cpu;
  } catch {
    return null;
  }
}

/** The main thread's CPU a document, and every other thread's that used at least 1 ms a document, largest first. */
function perThread(before: Map<number, number> | null, after: Map<number, number> | null, docs: number) {
  if (!before || !after) return null;
  const used = [...after].map(([tid, ms]) => [tid, (ms - (before.get(tid) ?? 0)) / docs] as const);
  return {
    main: r1(used.find(([tid]) => tid === process.pid)?.[1] ?? 0),
    others: used
      .filter(([tid, ms]) => tid !== process.pid && ms >= 1)
      .map(([, ms]) => r1(ms))
      .sort((a, b) => b - a),
  };
}

async function components(): Promise<void> {
  try {
    const { benchCleaning } = await import('./bench-clean.ts');
    const c = await benchCleaning();
    const real =
      c.realMedianMs === null
        ? 'real pages: ../shared absent'
        : `${c.realPages} real news pages of 80–130 KB median warm ${r2(c.realMedianMs)} ms`;
    console.log(
      `cleaning: text 20 KB median ${r2(c.textMedianMs)} ms (goal ≤ 5), HTML ${Math.round(c.htmlBytes / 1000)} KB example page median ` +
        `warm ${r2(c.htmlMedianMs)} ms (goal ≤ 40), ${real}; cold start text ${r1(c.textColdStartMs)} ms, HTML ` +
        `${r1(c.htmlColdStartMs)} ms`,
    );
    const vs = (await import('./bench-clean.ts')).benchAgainstReadability(quick ? 1 : 3);
    if (vs)
      console.log(
        `cleaning vs bare Readability + jsdom: ${vs.pages} benchmark HTML pages, whole process, alternated runs: ours median ` +
          `${Math.round(vs.oursMs)} ms, Readability ${Math.round(vs.readabilityMs)} ms (ratio ${vs.ratio.toFixed(2)}; goal < 1)`,
      );
  } catch (error) {
    console.log(`cleaning bench unavailable: ${(error as Error).message}`);
  }
  try {
    const { benchClaims } = await import('./bench-claims.ts');
    const c = await benchClaims();
    console.log(
      `claims+entities: ${c.words}-word article median ${r2(c.medianMs)} ms (goal ≤ 15); module cold start ${r1(c.coldStartMs)} ms`,
    );
    console.log(
      `WordNet paraphrase table: cold start (import + first lookup) ${r1(c.lexiconColdStartMs)} ms (goal ≤ 300), warm ` +
        `${r2(c.lexiconLookupUs)} µs per lookup`,
    );
  } catch (error) {
    console.log(`claims bench unavailable: ${(error as Error).message}`);
  }
}

async function basePreparedDocuments(): Promise<PreparedDocument[]> {
  const dirs = [join(repo, 'examples'), join(repo, 'test/fixtures/integration')];
  try {
    for (const slug of readdirSync(join(repo, 'test/fixtures/stories'))) dirs.push(join(repo, 'test/fixtures/stories', slug));
  } catch {
    /* no extra stories */
  }
  const docs: PreparedDocument[] = [];
  for (const file of dirs.flatMap(articleFiles)) {
    const bytes = readFileSync(file);
    const name = basename(file);
    docs.push(
      await prepareDocument(decodeUpload(bytes).text, [], {
        id: documentId(bytes),
        location: { corpus: 'scale', name, sourceKey: uploadKey('scale', name) },
        uploadedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
  }
  return docs;
}

const PER_STORY = 10;
/** Documents of a scale corpus that go through the diff stage; older ones are generated (see ScaleCorpus.build). */
const INGESTED = Number(process.argv.find((a) => a.startsWith('--ingested='))?.slice(11) ?? 1000);
/** Documents of a scale corpus filed in its state one by one; older ones only have their story lists generated. */
const FILED = Number(process.argv.find((a) => a.startsWith('--filed='))?.slice(8) ?? 10_000);
const PROBES = Number(process.argv.find((a) => a.startsWith('--probes='))?.slice(9) ?? (quick ? 10 : 90));

/** A memory store that can note what it overwrites, to put a probe's writes back afterwards. */
class JournalStore extends MemoryStore {
  journal: Map<string, Uint8Array | undefined> | null = null;
  override async put(key: string, body: string | Uint8Array) {
    if (this.journal && !this.journal.has(key)) this.journal.set(key, this.objects.get(key));
    return super.put(key, body);
  }
  /** Puts back every object written since `journal` was set. */
  undo(): void {
    for (const [key, body] of this.journal ?? []) {
      if (body === undefined) this.objects.delete(key);
      else this.objects.set(key, body);
    }
    this.journal = null;
  }
}

/** A corpus in memory (S3 requests counted by the store), grown by diffing generated documents in upload order. */
class ScaleCorpus {
  readonly store = new JournalStore();
  /**
   * The corpus's name, one per size: the process keeps what it last read and wrote per corpus and story (the story
   * dossiers, pipeline/dossiers.ts), and corpora of two sizes under one name would take turns pushing each other's
   * out, which no deployment sees (one corpus, one story, one version at a time) and which counted against dossiers.
   */
  readonly name: string;
  private readonly deps = { store: this.store, telemetry: silentTelemetry };
  private clock = 0;
  constructor(
    private readonly bases: PreparedDocument[],
    readonly size: number,
  ) {
    this.name = `scale-${size}`;
  }

  /** A generated document as uploaded to this corpus (the base documents are prepared for a corpus named 'scale'). */
  private own(doc: PreparedDocument): PreparedDocument {
    return { ...doc, corpus: this.name, sourceKey: uploadKey(this.name, doc.name) };
  }

  private async diff(doc: PreparedDocument): Promise<void> {
    await putJson(this.store, keys.prepared(this.name, doc.id), doc);
    const uploadedAt = new Date(Date.UTC(2026, 0, 1) + this.clock++ * 1000).toISOString();
    await diffUpload(this.deps, {
      type: 'prepared',
      corpus: this.name,
      docId: doc.id,
      sourceKey: doc.sourceKey,
      name: doc.name,
      uploadId: doc.id,
      uploadedAt,
    });
  }

  /**
   * Diffs its `size` documents in upload order. Stories are numbered back from the newest (story 0 is the newest,
   * made from the first base documents), so the newest stories, the ones the probes follow, are the same documents
   * in a corpus of any size: what differs between sizes is only the older part of the corpus.
   */
  async build(): Promise<void> {
    const stories = Math.ceil(this.size / PER_STORY);
    // The older part of a large corpus is generated: filed in the corpus state only (fileStateOnly), which is all of
    // it a new document of the newest stories reads. The newest INGESTED documents go through the diff stage.
    const generated = Math.max(0, this.size - INGESTED);
    // Past FILED documents, the oldest documents' story lists are written directly (generateStoryLists): filing
    // 100,000 documents one by one takes hours on a shared machine.
    const listed = Math.max(0, this.size - FILED);
    const docOf = (n: number) =>
      this.own(varyPrepared(this.bases[(this.size - 1 - n) % this.bases.length], stories - 1 - Math.floor(n / PER_STORY), n % PER_STORY));
    const older = [];
    for (let n = 0; n < listed; n += PER_STORY) {
      const docs = Array.from({ length: Math.min(PER_STORY, listed - n) }, (_, i) => docOf(n + i));
      older.push({ id: `s${n + 1}`, seen: n + docs.length, docs });
    }
    await generateStoryLists(this.store, this.name, older);
    for (let n = listed; n < this.size; n++) {
      const doc = docOf(n);
      if (n < generated) await fileStateOnly(this.store, this.name, doc, n + 1);
      else {
        if (n === generated && n > 0) {
          const head: CorpusHead = { count: generated, log: [], replayFrom: null, ...CURRENT_LAYOUT };
          await putJson(this.store, keys.head(this.name), head);
        }
        await this.diff(doc);
      }
      if (n > 0 && n % 10_000 === 0) console.log(`scale: corpus of ${this.size}: ${n} documents filed`);
    }
  }

  /**
   * Diffs probe `j` and measures it: a follow-up on one of the `stories` most recent stories (the usual case: the
   * news continues what is in the news), made from the same base documents whatever the corpus size, with an id and
   * name of its own so it is new to the corpus. It runs twice, through a store that delays every request by
   * LATENCY_MS (as S3 does) and through one that does not; what it wrote is put back after each run, so probes
   * neither pile up in their stories nor make the corpus larger than its number.
   */
  async probe(stories: number, j: number): Promise<Probe> {
    const p = varyPrepared(this.bases[j % this.bases.length], j % stories, 100 + j);
    const tag = `p${this.size}-${j}`;
    const doc = this.own({ ...p, id: `${p.id}-${tag}`, name: `${tag}-${p.name}` });
    const once = async (latencyMs: number, dossiers = true) => {
      const clock = this.clock;
      this.store.journal = new Map();
      // The bench's own upload of the prepared document is not the stage's cost: it goes straight to the store.
      await putJson(this.store, keys.prepared(this.name, doc.id), doc);
      const metered = new MeteredStore(this.store, latencyMs);
      const uploadedAt = new Date(Date.UTC(2026, 0, 1) + this.clock++ * 1000).toISOString();
      const t = performance.now();
      const cpuBefore = process.cpuUsage();
      await diffUpload(
        { store: metered, telemetry: silentTelemetry, dossiers },
        { type: 'prepared', corpus: this.name, docId: doc.id, sourceKey: doc.sourceKey, name: doc.name, uploadId: doc.id, uploadedAt },
      );
      const ms = performance.now() - t;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      // Write-once pages a corpus writes as it grows (index archive pages, older pages of the corpus index) are
      // counted apart: they come once per 32 claims a full shard takes in, so a corpus still filling its shards
      // writes fewer.
      const archivePages = [...this.store.journal.keys()].filter(
        (k) => k.includes('/index-archive/') || /\/index-\d+\.html$/.test(k),
      ).length;
      this.store.undo();
      this.clock = clock;
      return { ms, cpuMs, meter: metered.reading(), archivePages };
    };
    // The same document without the story dossiers, to tell what keeping them costs: every other probe runs it first,
    // so neither variant always runs on what the other left (garbage to collect, a warmer cache).
    const without = async () => ({ slow: await once(LATENCY_MS, false), fast: await once(0, false) });
    const bareFirst = compareDossiers && j % 2 === 1 ? await without() : null;
    const slow = await once(LATENCY_MS);
    const fast = await once(0);
    const bare = compareDossiers ? (bareFirst ?? (await without())) : null;
    const m = slow.meter;
    return {
      msAt25Without: bare?.slow.ms ?? NaN,
      msAt0Without: bare?.fast.ms ?? NaN,
      cpuMsAt0Without: bare?.fast.cpuMs ?? NaN,
      wavesWithout: bare?.slow.meter.waves ?? NaN,
      reqsWithout: bare ? totalRequests(bare.slow.meter) - bare.slow.archivePages : NaN,
      msAt25: slow.ms,
      msAt0: fast.ms,
      cpuMsAt0: fast.cpuMs,
      get: m.requests.get,
      put: m.requests.put - slow.archivePages,
      list: m.requests.list,
      head: m.requests.head,
      reqs: totalRequests(m) - slow.archivePages,
      waves: m.waves,
      kbRead: m.bytesRead / 1000,
      kbWritten: m.bytesWritten / 1000,
      archivePages: slow.archivePages,
    };
  }
}

/** What one probe document cost the diff stage. */
interface Probe {
  /** The same probe without story dossiers (NaN unless --dossiers). */
  msAt25Without: number;
  msAt0Without: number;
  cpuMsAt0Without: number;
  wavesWithout: number;
  reqsWithout: number;
  msAt25: number;
  msAt0: number;
  /** CPU time of the run without latency: what the diff stage computes, whatever share of a core the machine gives it. */
  cpuMsAt0: number;
  get: number;
  put: number;
  list: number;
  head: number;
  /** Requests, not counting archive pages. */
  reqs: number;
  waves: number;
  kbRead: number;
  kbWritten: number;
  archivePages: number;
}

/** Latency added to every store request in the scale probes: what S3 answers a small request in, seen from Lambda. */
const LATENCY_MS = 25;

/** One corpus per size, built before any probe runs. */
async function buildCorpora(bases: Awaited<ReturnType<typeof basePreparedDocuments>>, sizes: number[]): Promise<ScaleCorpus[]> {
  const started = performance.now();
  // One corpus per size, so the probes can run in rounds over all sizes: a change in the machine's load during the
  // run then weighs on every size alike.
  const corpora: ScaleCorpus[] = [];
  for (const size of sizes) {
    const corpus = new ScaleCorpus(bases, size);
    // CPU time as well as wall time: the build runs on one thread, so its CPU time is what it takes on an idle core,
    // whatever else the machine is doing.
    const [wallBefore, cpuBefore] = [performance.now(), process.cpuUsage()];
    await corpus.build();
    const cpu = process.cpuUsage(cpuBefore);
    corpora.push(corpus);
    console.log(
      `scale: corpus of ${size} documents built in ${Math.round((performance.now() - wallBefore) / 1000)} s (CPU ` +
        `${Math.round((cpu.user + cpu.system) / 1e6)} s), ` +
        `${Math.max(0, size - INGESTED)} of them generated (${Math.round((performance.now() - started) / 1000)} s so far)`,
    );
  }
  return corpora;
}

/**
 * `bench-dossiers`: what keeping the story dossiers adds to a document's diff time. The goal figure is the ratio of the
 * mean times, with over without, over every probe: the time a document takes on average, which is what throughput and
 * cost follow. Not the median of per-probe ratios: each is one run over one other run, and a garbage collection (whose
 * cost the allocating variant causes, but which lands on whichever run is going when it comes) makes single runs vary
 * by a third; the median of such ratios is biased upward (a ratio of two noisy figures is, on average, above the ratio
 * of their means) and moved by where collections happened to fall. The probes alternate which variant runs first.
 */
function printDossierOverhead(
  sizes: number[],
  probed: Probe[][],
  of: (i: number, f: (p: Probe) => number) => number,
  line: { requests: number[]; waves: number[]; diffMsAt25: number[]; diffMsAt0: number[] },
): void {
  const mean = (i: number, f: (p: Probe) => number) => probed[i].reduce((a, x) => a + f(x), 0) / probed[i].length;
  const variant = (at25: (p: Probe) => number, at0: (p: Probe) => number, cpu: (p: Probe) => number) => ({
    meanAt25: sizes.map((_, i) => r1(mean(i, at25))),
    meanAt0: sizes.map((_, i) => r2(mean(i, at0))),
    meanCpuAt0: sizes.map((_, i) => r2(mean(i, cpu))),
    medianAt25: sizes.map((_, i) => r1(of(i, at25))),
    medianAt0: sizes.map((_, i) => r2(of(i, at0))),
  });
  const withDossiers = {
    ...variant(
      (x) => x.msAt25,
      (x) => x.msAt0,
      (x) => x.cpuMsAt0,
    ),
    requests: line.requests,
    waves: line.waves,
  };
  const without = {
    ...variant(
      (x) => x.msAt25Without,
      (x) => x.msAt0Without,
      (x) => x.cpuMsAt0Without,
    ),
    requests: sizes.map((_, i) => of(i, (x) => x.reqsWithout)),
    waves: sizes.map((_, i) => of(i, (x) => x.wavesWithout)),
  };
  const overhead = sizes.map((_, i) => ({
    at25: r2(withDossiers.meanAt25[i] / without.meanAt25[i]),
    at0: r2(withDossiers.meanAt0[i] / without.meanAt0[i]),
    cpuAt0: r2(withDossiers.meanCpuAt0[i] / without.meanCpuAt0[i]),
  }));
  for (const [i, size] of sizes.entries()) {
    console.log(
      `dossiers: corpus of ${size}, mean diff time a document with / without story dossiers: ` +
        `${withDossiers.meanAt25[i]} / ${without.meanAt25[i]} ms at ${LATENCY_MS} ms a request (×${overhead[i].at25}), ` +
        `${withDossiers.meanAt0[i]} / ${without.meanAt0[i]} ms without (×${overhead[i].at0}; CPU ` +
        `${withDossiers.meanCpuAt0[i]} / ${without.meanCpuAt0[i]} ms, ×${overhead[i].cpuAt0}) (goal ≤ 1.15)`,
    );
  }
  console.log(`bench-dossiers: ${JSON.stringify({ docs: sizes, withDossiers, without, overhead, goal: '≤ 1.15' })}`);
}

async function scale(): Promise<void> {
  const bases = await basePreparedDocuments();
  const custom = process.argv
    .find((a) => a.startsWith('--sizes='))
    ?.slice(8)
    .split(',')
    .map(Number);
  const sizes = custom ?? (quick ? [100, 300, 1000] : [100, 10_000, 100_000]);
  const stories = Math.floor(sizes[0] / PER_STORY);
  const corpora = await buildCorpora(bases, sizes);
  // Warm-up, so the first probes are not measured while the code is still being compiled.
  for (let j = 0; j < 10; j++) await corpora[0].probe(stories, j);
  const probed: Probe[][] = sizes.map(() => []);
  for (let j = 0; j < PROBES; j++) {
    for (const [i, corpus] of corpora.entries()) probed[i].push(await corpus.probe(stories, j));
  }
  const of = (i: number, f: (p: Probe) => number) => median(probed[i].map(f));
  const line = { docs: sizes, requests: [] as number[], waves: [] as number[], diffMsAt25: [] as number[], diffMsAt0: [] as number[] };
  const archivePages: number[] = [];
  for (const [i, size] of sizes.entries()) {
    const p = probed[i];
    const reqs = p.map((x) => x.reqs);
    const mean = p.reduce((a, x) => a + x.archivePages, 0) / p.length;
    line.requests.push(of(i, (x) => x.reqs));
    line.waves.push(of(i, (x) => x.waves));
    line.diffMsAt25.push(r1(of(i, (x) => x.msAt25)));
    line.diffMsAt0.push(r2(of(i, (x) => x.msAt0)));
    archivePages.push(r2(mean));
    console.log(
      `scale: corpus of ${size} documents, per new document (median of ${p.length}): ` +
        `requests ${of(i, (x) => x.reqs)} (min ${Math.min(...reqs)}, max ${Math.max(...reqs)}; GET ${of(i, (x) => x.get)}, PUT ` +
        `${of(i, (x) => x.put)}, LIST ${of(i, (x) => x.list)}, HEAD ${of(i, (x) => x.head)}, DELETE 0) ` +
        `plus archive pages ${r2(mean)} on average; waves ${of(i, (x) => x.waves)}; ` +
        `diff ${r1(of(i, (x) => x.msAt25))} ms at ${LATENCY_MS} ms a request, ${r2(of(i, (x) => x.msAt0))} ms without (CPU ` +
        `${r2(of(i, (x) => x.cpuMsAt0))} ms; ` +
        `on an idle core at ${LATENCY_MS} ms a request ≈ CPU + waves × ${LATENCY_MS} = ` +
        `${r1(of(i, (x) => x.cpuMsAt0 + x.waves * LATENCY_MS))} ms); ` +
        `read ${r1(of(i, (x) => x.kbRead))} KB, written ${r1(of(i, (x) => x.kbWritten))} KB`,
    );
  }
  const last = sizes.length - 1;
  const scaleLine = {
    docs: sizes,
    diffMs: line.diffMsAt0,
    s3Requests: line.requests,
    archivePagesPerDoc: archivePages,
    ratio10kTo100: r2(line.diffMsAt0[last] / line.diffMsAt0[0]),
  };
  console.log(`bench-scale: ${JSON.stringify(scaleLine)}`);
  console.log(
    `  ratio of diff time, largest / smallest corpus: ${r2(line.diffMsAt25[last] / line.diffMsAt25[0])} at ${LATENCY_MS} ms a request, ` +
      `${scaleLine.ratio10kTo100} without (goal ≤ 1.3)`,
  );
  console.log(`bench-latency: ${JSON.stringify(line)}`);
  if (compareDossiers) printDossierOverhead(sizes, probed, of, line);
}

const compareDossiers = flags.has('--dossiers');
const scaleOnly = flags.has('--latency') || compareDossiers;
const cliOnly = flags.has('--cli');
const throughputOnly = flags.has('--throughput');
const hostileOnly = flags.has('--hostile');
const hostileSizes =
  [...flags]
    .find((f) => f.startsWith('--hostile-sizes='))
    ?.split('=')[1]
    .split(',')
    .map(Number) ?? (quick ? [1] : [1, 10]);
if (throughputOnly) await throughput();
else if (!hostileOnly) {
  // Components first: their warm medians measure the component, not collections of the heap a 500-document ingest
  // leaves behind (claims + entities read 17.6 ms after it and ~11 ms before, on the same code).
  if (!scaleOnly && !cliOnly) await components();
  if (!flags.has('--skip-throughput') && !scaleOnly && !cliOnly) await throughput();
  if (!flags.has('--skip-scale') && !cliOnly) await scale();
  if (!flags.has('--skip-cli') && !scaleOnly) await benchCli();
}
if (hostileOnly || (!flags.has('--skip-hostile') && !scaleOnly && !cliOnly && !throughputOnly)) hostileBench(hostileSizes);
