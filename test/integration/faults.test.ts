/**
 * Faults AWS produces (duplicate and reordered S3 events, Lambdas dying mid-stage, concurrent uploads), through the
 * real handlers against the embedded S3 server. The stored corpus and reports must end exactly as with a single,
 * ordered, crash-free delivery.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/pipeline/keys.ts';
import { retrievalKeys } from '../../shared/diff/index.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { DiffMessage } from '../../shared/queue/queue.ts';
import type { Report, ReportListEntry } from '../../shared/types.ts';
import type { StoryArchive, StoryIndex } from '../../shared/pipeline/story-claims.ts';
import { CrashingStore, deliverDiffs, deliverUploads, Harness, RecordingQueue, shuffle } from '../support/harness.ts';
import { varyText } from '../../scripts/corpus-gen.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const articles = readdirSync(FIXTURES)
  .filter((n) => /\.(txt|html?)$/.test(n))
  .sort()
  .map((name) => ({ name, body: readFileSync(join(FIXTURES, name)) }));
const CORPUS = 'faults';

interface Reference {
  state: Map<string, string>;
  events: S3Event[];
  /** The diff messages the prepare stage sent, in order. */
  sent: DiffMessage[];
}

/** The reference: each event once, in upload order, nothing failing. Returns the events so other runs can reuse them. */
async function referenceRun(): Promise<Reference> {
  const h = await Harness.start();
  try {
    const events: S3Event[] = [];
    for (const a of articles) events.push(await h.upload(`incoming/${CORPUS}/${a.name}`, a.body));
    const queue = new RecordingQueue();
    await deliverUploads(h.prepare({ queue }), events);
    await deliverDiffs(h.diff(), queue.sent);
    return { state: await h.storedState(), events, sent: queue.sent };
  } finally {
    await h.close();
  }
}

/** A fresh server holding the same uploads (the notifications of the reference run describe them). */
async function sameUploads(): Promise<Harness> {
  const h = await Harness.start();
  for (const a of articles) await h.upload(`incoming/${CORPUS}/${a.name}`, a.body);
  return h;
}

/**
 * The same uploads, already through the prepare stage: its outputs (the prepared documents) copied from the
 * reference run, which wrote them from the same bytes (prepare is a function of the upload alone). A crash in the
 * diff stage needs nothing else, and skipping the stage that cleans and extracts makes each crash run a fraction of
 * a full one.
 */
async function preparedUploads(reference: Reference): Promise<Harness> {
  const h = await sameUploads();
  for (const [key, text] of reference.state) if (key.startsWith(`corpus/${CORPUS}/prepared/`)) await h.store.put(key, text);
  return h;
}

function expectSameState(actual: Map<string, string>, expected: Map<string, string>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, value] of expected) expect(actual.get(key), key).toBe(value);
}

describe('faults', () => {
  let reference: Reference;
  beforeAll(async () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
    reference = await referenceRun();
  });

  it('the reference run stores the story dossiers, so every comparison below covers them byte for byte', () => {
    const dossiers = [...reference.state.keys()].filter((k) => /^reports\/faults\/stories\/s\d+\.(json|md|html)$/.test(k));
    expect(dossiers.length).toBeGreaterThanOrEqual(3);
    const story = JSON.parse(reference.state.get(dossiers.find((k) => k.endsWith('.json'))!)!) as { story: { documents: number } };
    expect(story.story.documents).toBeGreaterThan(0);
  });

  it('the reference run stores one report per article', () => {
    const reports = [...reference.state.keys()].filter((k) => /^reports\/faults\/[0-9a-f]{20}\.json$/.test(k));
    expect(reports).toHaveLength(articles.length);
  });

  it('every event delivered three times in shuffled order ends in the same stored state', async () => {
    for (const seed of [1, 2, 3]) {
      const h = await sameUploads();
      try {
        const queue = new RecordingQueue();
        const tripled = shuffle([...reference.events, ...reference.events, ...reference.events], seed);
        await deliverUploads(h.prepare({ queue }), tripled);
        // The FIFO queue keeps send order; the sends themselves are duplicated and out of upload order.
        expect(queue.sent.length).toBe(3 * articles.length);
        await deliverDiffs(h.diff(), queue.sent, 3);
        expectSameState(await h.storedState(), reference.state);
      } finally {
        await h.close();
      }
    }
  });

  it('a crash after the prepared document is written, then redelivery, ends in the same stored state', async () => {
    const h = await sameUploads();
    try {
      const store = new CrashingStore(h.store, (k) => k.includes('/prepared/'), true);
      store.armed = false;
      const queue = new RecordingQueue();
      const prepare = h.prepare({ store, queue });
      const diff = h.diff({ store });
      for (const [i, event] of reference.events.entries()) {
        store.armed = i === 1;
        const before = queue.sent.length;
        await deliverUploads(prepare, [event]);
        await deliverDiffs(diff, queue.sent.slice(before));
      }
      expect(store.crashed).toBe(true);
      expectSameState(await h.storedState(), reference.state);
    } finally {
      await h.close();
    }
  });

  // Each crash point of the diff stage: a write that fails (the Lambda dies) before or after it reaches S3, during
  // the second article. The prepare stage's outputs come from the reference run (preparedUploads).
  const crashPoints: Array<[string, (key: string) => boolean, boolean]> = [
    ['before the report is written', (k) => /^reports\/faults\/[0-9a-f]{20}\.json$/.test(k), false],
    ['after the report is written', (k) => /^reports\/faults\/[0-9a-f]{20}\.json$/.test(k), true],
    ['after the filing record', (k) => k.includes('/filed/'), true],
    ['before the story dossier is written', (k) => k.includes('/stories/') && k.endsWith('.json'), false],
    ['after the story dossier is written', (k) => k.includes('/stories/') && k.endsWith('.html'), true],
    ['before the index update', (k) => k.includes('/index/'), false],
    ['after the index update', (k) => k.includes('/state/'), false],
    ['after the upload record', (k) => k.includes('/uploads/'), true],
    ['after the corpus index page', (k) => k.endsWith('index.html'), true],
    ['after the ingested marker', (k) => k.includes('/docs/'), true],
    ['after the log is written', (k) => k.endsWith('head.json'), true],
  ];
  it.each(crashPoints)('a crash %s, then redelivery, ends in the same stored state', async (_, when, after) => {
    const h = await preparedUploads(reference);
    try {
      const store = new CrashingStore(h.store, when, after);
      store.armed = false;
      const diff = h.diff({ store });
      for (const [i, message] of reference.sent.entries()) {
        store.armed = i === 1;
        await deliverDiffs(diff, [message]);
      }
      expect(store.crashed).toBe(true);
      expectSameState(await h.storedState(), reference.state);
    } finally {
      await h.close();
    }
  });

  it('50 uploads at once: 50 reports, each document in the index exactly once', { timeout: 600_000 }, async () => {
    const h = await Harness.start();
    try {
      const docs = Array.from({ length: 50 }, (_, i) => ({
        name: `burst-${String(i).padStart(2, '0')}-${articles[i % articles.length].name}`,
        body: varyText(articles[i % articles.length].body.toString('utf8'), i),
      }));
      const events = await Promise.all(docs.map((d) => h.upload(`incoming/burst/${d.name}`, d.body)));
      const queue = new RecordingQueue();
      const prepare = h.prepare({ queue });
      await Promise.all(events.map((e) => deliverUploads(prepare, [e])));
      await deliverDiffs(h.diff(), queue.sent);

      const uploads = await h.store.list(keys.uploadsPrefix('burst'));
      expect(uploads).toHaveLength(50);
      const entries = await Promise.all(uploads.map((k) => getJson<ReportListEntry>(h.store, k)));
      expect(entries.every((e) => e?.status === 'ok' && !e.duplicateOf)).toBe(true);
      expect(new Set(entries.map((e) => e!.seq)).size).toBe(50);
      const reportKeys = (await h.store.list('reports/burst/')).filter((k) => /^reports\/burst\/[0-9a-f]{20}\.json$/.test(k));
      expect(reportKeys).toHaveLength(50);
      // Every claim of every report is filed under each of its keys exactly once (live story object or archive page).
      const filed = new Map<string, number>();
      for (const key of (await h.store.list('corpus/burst/index')).filter((k) => k.endsWith('.json'))) {
        const index = (await getJson<StoryIndex | StoryArchive>(h.store, key))!;
        for (const [claimKey, ids] of Object.entries(index.keys)) {
          for (const id of ids)
            filed.set(`${index.story}/${claimKey}\u0000${id}`, (filed.get(`${index.story}/${claimKey}\u0000${id}`) ?? 0) + 1);
        }
      }
      let expected = 0;
      for (const key of reportKeys) {
        const report = (await getJson<Report>(h.store, key))!;
        // Filed within the story the document joined (index/<story>.json).
        const filing = (await getJson<{ story: string }>(h.store, keys.filed('burst', report.document.id)))!;
        expect(filing.story).toMatch(/^s\d+$/);
        for (const claim of report.claims) {
          for (const k of new Set(retrievalKeys(claim))) {
            expected++;
            expect(filed.get(`${filing.story}/${k}\u0000${claim.id}`), `${claim.id} under ${filing.story}/${k}`).toBe(1);
          }
        }
      }
      expect([...filed.values()].reduce((a, b) => a + b, 0)).toBe(expected);
    } finally {
      await h.close();
    }
  });
});
