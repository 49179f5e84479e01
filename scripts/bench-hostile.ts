/**
 * The hostile set (scripts/hostile.ts) through prepare and diff, each shape and size in a child process of its own so
 * that its peak resident memory is its own. Prints one line per case and the worst case over the set. Run alone with
 * `npm run bench -- --hostile` (sizes: --hostile-sizes=1,10, in MiB).
 * Child mode (`tsx scripts/bench-hostile.ts <shape> <bytes>`) prints one JSON line for its case.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentTelemetry } from '../shared/ops/telemetry.ts';
import { diffUpload } from '../shared/pipeline/diff-stage.ts';
import { decodeUpload, MAX_UPLOAD_BYTES, RejectedInput } from '../shared/pipeline/input.ts';
import { documentId, keys, uploadKey } from '../shared/pipeline/keys.ts';
import { prepareDocument } from '../shared/pipeline/prepare.ts';
import { MemoryStore } from '../shared/storage/memory.ts';
import { putJson } from '../shared/storage/store.ts';
import { HOSTILE_SHAPES } from './hostile.ts';

export interface HostileRun {
  shape: string;
  bytes: number;
  outcome: string;
  prepareMs: number;
  diffMs: number;
  claims: number;
  reportBytes: number;
  /** The largest stored rendering of the report (JSON, Markdown or HTML). */
  renderedBytes?: number;
  maxRssMb: number;
}

/** One upload of `bytes` through prepare (decode, clean, claims) and the diff stage on a memory store. */
export async function runHostile(shape: string, bytes: number): Promise<HostileRun> {
  const found = HOSTILE_SHAPES.find((s) => s.name === shape);
  if (!found) throw new Error(`no hostile shape ${shape}`);
  let upload = new TextEncoder().encode(found.build(bytes));
  // `bytes` counts characters: a shape of multi-byte characters is built again, smaller, to the size asked for.
  if (upload.byteLength > bytes * 1.01) upload = new TextEncoder().encode(found.build(Math.floor((bytes * bytes) / upload.byteLength)));
  const run: HostileRun = { shape, bytes: upload.byteLength, outcome: '', prepareMs: 0, diffMs: 0, claims: 0, reportBytes: 0, maxRssMb: 0 };
  const store = new MemoryStore();
  const corpus = 'hostile';
  let t = performance.now();
  try {
    const decoded = decodeUpload(upload);
    const id = documentId(upload);
    const location = { corpus, name: found.file, sourceKey: uploadKey(corpus, found.file) };
    const prepared = await prepareDocument(decoded.text, decoded.notes, { id, location, uploadedAt: '2026-01-01T00:00:00.000Z' });
    run.prepareMs = performance.now() - t;
    if (!prepared.cleanedText.trim()) throw new RejectedInput(prepared.emptyReason ?? 'no article text');
    await putJson(store, keys.prepared(corpus, id), prepared);
    t = performance.now();
    const outcome = await diffUpload(
      { store, telemetry: silentTelemetry },
      {
        type: 'prepared',
        corpus,
        docId: id,
        sourceKey: location.sourceKey,
        name: location.name,
        uploadId: 'u-hostile',
        uploadedAt: '2026-01-01T00:00:00.000Z',
      },
    );
    run.diffMs = performance.now() - t;
    run.outcome = outcome.outcome;
    if (outcome.outcome === 'reported') {
      run.claims = outcome.report.claims.length;
      run.reportBytes = JSON.stringify(outcome.report).length;
      const rendered = await Promise.all([keys.reportJson, keys.reportMarkdown, keys.reportHtml].map((key) => store.get(key(corpus, id))));
      run.renderedBytes = Math.max(...rendered.map((b) => b?.byteLength ?? 0));
    }
  } catch (error) {
    if (!(error instanceof RejectedInput)) throw error;
    run.prepareMs ||= performance.now() - t;
    run.outcome = `rejected: ${error.message}`;
  }
  run.maxRssMb = process.resourceUsage().maxRSS / 1024;
  return run;
}

const r0 = (n: number) => Math.round(n);

/** Every shape at every size, each in its own process (killed after `timeoutS`), with the worst case printed last. */
export function hostileBench(sizesMiB: number[], timeoutS = 180): HostileRun[] {
  const script = fileURLToPath(import.meta.url);
  const tsx = resolve(script, '..', '..', 'node_modules', '.bin', 'tsx');
  const runs: HostileRun[] = [];
  for (const mib of sizesMiB) {
    for (const shape of HOSTILE_SHAPES) {
      // At the upload limit itself a shape must still be processed, not refused for its size: `fill` overshoots by up
      // to one unit, so the largest case is built a little under MAX_UPLOAD_BYTES.
      const bytes = Math.min(Math.round(mib * 1024 * 1024), MAX_UPLOAD_BYTES - 16 * 1024);
      const started = performance.now();
      const child = spawnSync(tsx, [script, shape.name, String(bytes)], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 1 << 20 });
      const line = child.stdout?.trim().split('\n').at(-1) ?? '';
      const run: HostileRun = line.startsWith('{')
        ? (JSON.parse(line) as HostileRun)
        : {
            shape: shape.name,
            bytes,
            outcome: child.error ? `did not finish in ${timeoutS} s` : `failed: ${(child.stderr ?? '').trim().split('\n').at(-1)}`,
            prepareMs: performance.now() - started,
            diffMs: 0,
            claims: 0,
            reportBytes: 0,
            maxRssMb: 0,
          };
      runs.push(run);
      console.log(
        `hostile: ${mib} MiB ${shape.name.padEnd(20)} prepare ${String(r0(run.prepareMs)).padStart(6)} ms  diff ` +
          `${String(r0(run.diffMs)).padStart(6)} ms  ` +
          `peak RSS ${String(r0(run.maxRssMb)).padStart(4)} MB  claims ${String(run.claims).padStart(5)}  report ` +
          `${r0(run.reportBytes / 1024)} KB (largest rendering ${r0((run.renderedBytes ?? 0) / 1024)} KB)  ${run.outcome}`,
      );
    }
    const here = runs.filter(
      (r) => Math.abs(r.bytes - mib * 1024 * 1024) < mib * 1024 * 1024 * 0.1 || r.bytes === Math.round(mib * 1024 * 1024),
    );
    const worst = (key: 'prepareMs' | 'diffMs' | 'maxRssMb' | 'renderedBytes') =>
      here.reduce((a, b) => ((b[key] ?? 0) > (a[key] ?? 0) ? b : a));
    const total = here.reduce((a, b) => (b.prepareMs + b.diffMs > a.prepareMs + a.diffMs ? b : a));
    console.log(
      `hostile worst at ${mib} MiB: prepare ${r0(worst('prepareMs').prepareMs)} ms (${worst('prepareMs').shape}), diff ` +
        `${r0(worst('diffMs').diffMs)} ms (${worst('diffMs').shape}), ` +
        `prepare+diff ${r0(total.prepareMs + total.diffMs)} ms (${total.shape}), peak RSS ${r0(worst('maxRssMb').maxRssMb)} MB (` +
        `${worst('maxRssMb').shape}), ` +
        `largest report rendering ${r0((worst('renderedBytes').renderedBytes ?? 0) / 1024)} KB (${worst('renderedBytes').shape}); ` +
        `${here.filter((r) => /did not finish|failed/.test(r.outcome)).length} without a report or rejection`,
    );
  }
  return runs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.length >= 4) {
  const run = await runHostile(process.argv[2], Number(process.argv[3]));
  console.log(JSON.stringify(run));
}
