/**
 * A poison document is given up, never its corpus: each way one upload used to stall the diff stage for good ends
 * with the upload listed as failed (with the reason) or ingested, and the corpus still ingesting the next upload.
 * Through the real handlers against the embedded S3 server, with S3's own limits where s3rver lacks them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../shared/pipeline/give-up.ts';
import { keys, uploadId } from '../../shared/pipeline/keys.ts';
import { getJson, type ObjectStore, type PutResult } from '../../shared/storage/store.ts';
import type { DiffMessage } from '../../shared/queue/queue.ts';
import type { ReportListEntry } from '../../shared/types.ts';
import { deliverDiffs, deliverUploads, fifoRecord, Harness, PoisonStore, RecordingQueue } from '../support/harness.ts';
import { varyText } from '../../scripts/corpus-gen.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const articles = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const article = (i: number) => varyText(articles[i % articles.length], i);

/** S3 refuses keys over 1,024 bytes (KeyTooLongError); s3rver does not, so the test store does as S3 would. */
class S3LimitsStore implements ObjectStore {
  longest = 0;
  constructor(private readonly inner: ObjectStore) {}
  private check(key: string) {
    const bytes = Buffer.byteLength(key);
    this.longest = Math.max(this.longest, bytes);
    if (bytes > 1024) throw Object.assign(new Error(`KeyTooLongError: your key is too long (${bytes} bytes)`), { name: 'KeyTooLongError' });
  }
  get = (k: string) => {
    this.check(k);
    return this.inner.get(k);
  };
  head = (k: string) => {
    this.check(k);
    return this.inner.head(k);
  };
  list = (p: string) => this.inner.list(p);
  put = (k: string, body: string | Uint8Array, type?: string): Promise<PutResult> => {
    this.check(k);
    return this.inner.put(k, body, type);
  };
}

/** The store as seen after some objects were deleted. */
function hiding(inner: ObjectStore, hidden: (key: string) => boolean): ObjectStore {
  return {
    get: (k) => (hidden(k) ? Promise.resolve(null) : inner.get(k)),
    head: (k) => (hidden(k) ? Promise.resolve(null) : inner.head(k)),
    put: (k, body, type) => inner.put(k, body, type),
    list: (p) => inner.list(p),
  };
}

async function entryOf(h: Harness, corpus: string, event: S3Event): Promise<ReportListEntry | null> {
  const o = event.Records[0].s3.object as { key: string; versionId?: string; eTag?: string };
  return getJson<ReportListEntry>(h.store, keys.upload(corpus, uploadId(o.key, o.versionId ?? o.eTag ?? null)));
}

/** Prepares and diffs the uploads one after the other (each a FIFO batch of its own), as uploads trickling in. */
async function ingestEach(h: Harness, events: S3Event[], store?: ObjectStore): Promise<void> {
  for (const event of events) {
    const queue = new RecordingQueue();
    await deliverUploads(h.prepare({ queue, store }), [event]);
    await deliverDiffs(h.diff({ store }), queue.sent);
  }
}

describe('a poison document is given up, never the corpus', () => {
  it('1,200 title-case words: every derived key stays within S3 limits and the next upload is ingested', { timeout: 120_000 }, async () => {
    const h = await Harness.start();
    try {
      const store = new S3LimitsStore(h.store);
      // Invented words, each capitalised, every fifth an "Of" (so it reads as English): one organisation-like name
      // whose initials make a 1,200-letter "acronym".
      const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'be', 'da'];
      const words = Array.from({ length: 1200 }, (_, i) => {
        if (i % 5 === 4) return 'Of';
        const w = syllables[i % 10] + syllables[Math.floor(i / 10) % 10] + syllables[Math.floor(i / 100) % 10];
        return w[0].toUpperCase() + w.slice(1);
      });
      const poison = await h.upload('incoming/p1/names.txt', `${words.join(' ')}\n`);
      const next = await h.upload('incoming/p1/next.txt', article(2));
      await ingestEach(h, [poison, next], store);
      expect((await entryOf(h, 'p1', next))?.status).toBe('ok');
      expect((await entryOf(h, 'p1', poison))?.reason).toBeNull();
      expect(store.longest).toBeLessThanOrEqual(1024);
    } finally {
      await h.close();
    }
  });

  it('a prepared document missing in order: the upload is listed as failed with the reason, the next is ingested', {
    timeout: 120_000,
  }, async () => {
    const h = await Harness.start();
    try {
      const gone = await h.upload('incoming/p2/gone.txt', article(1));
      const next = await h.upload('incoming/p2/next.txt', article(2));
      const queue = new RecordingQueue();
      await deliverUploads(h.prepare({ queue }), [gone, next]);
      // The prepared object disappears between the stages (deleted by hand, a lifecycle rule).
      const missing = keys.prepared('p2', (queue.sent[0] as { docId: string }).docId);
      const store = hiding(h.store, (k) => k === missing);
      await deliverDiffs(h.diff({ store }), queue.sent);
      const failed = await entryOf(h, 'p2', gone);
      expect(failed?.status).toBe('rejected');
      expect(failed?.failed).toBe(true);
      expect(failed?.reason).toMatch(/prepared document .* not found/);
      expect((await entryOf(h, 'p2', next))?.status).toBe('ok');
      const page = new TextDecoder().decode((await h.store.get(keys.indexPage('p2')))!);
      expect(page).toContain('gone.txt');
      expect(page).toMatch(/not found/);
    } finally {
      await h.close();
    }
  });

  it('a prepared document missing for a late upload: given up at once, the later uploads stay ingested', { timeout: 120_000 }, async () => {
    const h = await Harness.start();
    try {
      const late = await h.upload('incoming/p3/late.txt', article(3));
      const events = [late, await h.upload('incoming/p3/b.txt', article(4)), await h.upload('incoming/p3/c.txt', article(5))];
      const queue = new RecordingQueue();
      await deliverUploads(h.prepare({ queue }), events);
      const lateDoc = (queue.sent[0] as { docId: string }).docId;
      const store = hiding(h.store, (k) => k === keys.prepared('p3', lateDoc));
      // b and c arrive first; late.txt (uploaded before them) arrives last and would be replayed before them.
      await deliverDiffs(h.diff({ store }), [queue.sent[1], queue.sent[2], queue.sent[0]]);
      expect((await entryOf(h, 'p3', late))?.failed).toBe(true);
      for (const e of events.slice(1)) expect((await entryOf(h, 'p3', e))?.status).toBe('ok');
      const d = await h.upload('incoming/p3/d.txt', article(6));
      await ingestEach(h, [d], store);
      expect((await entryOf(h, 'p3', d))?.status).toBe('ok');
    } finally {
      await h.close();
    }
  });

  it('a truncated index shard and state shard: the next document of the story and an unrelated one are ingested', {
    timeout: 120_000,
  }, async () => {
    const h = await Harness.start();
    try {
      const first = await h.upload('incoming/p4/first.txt', article(0));
      await ingestEach(h, [first]);
      // Cut short, as a local store killed mid-write leaves them.
      for (const prefix of ['corpus/p4/index/', 'corpus/p4/state/']) {
        for (const key of (await h.store.list(prefix)).slice(0, 3)) {
          const body = (await h.store.get(key))!;
          await h.store.put(key, body.slice(0, Math.floor(body.length / 2)));
        }
      }
      const same = await h.upload('incoming/p4/same-story.txt', article(articles.length)); // a variant of the first
      const other = await h.upload('incoming/p4/other.txt', article(1));
      await ingestEach(h, [same, other]);
      expect((await entryOf(h, 'p4', same))?.status).toBe('ok');
      expect((await entryOf(h, 'p4', other))?.status).toBe('ok');
    } finally {
      await h.close();
    }
  });

  it(`a document failing every attempt is given up after ${MAX_ATTEMPTS}, listed with the reason, and a retry brings it back`, {
    timeout: 120_000,
  }, async () => {
    const h = await Harness.start();
    try {
      const events = [
        await h.upload('incoming/p5/a.txt', article(0)),
        await h.upload('incoming/p5/poison.txt', article(1)),
        await h.upload('incoming/p5/c.txt', article(2)),
      ];
      const queue = new RecordingQueue();
      await deliverUploads(h.prepare({ queue }), events);
      const poisonDoc = (queue.sent[1] as { docId: string }).docId;
      const store = new PoisonStore(h.store, (k) => k === keys.reportJson('p5', poisonDoc));
      // One message at a time, redelivered up to SQS's maxReceiveCount (5) like the event source mapping.
      await deliverDiffs(h.diff({ store }), queue.sent, 1);
      const failed = await entryOf(h, 'p5', events[1]);
      expect(failed).toMatchObject({ status: 'rejected', failed: true, docId: null });
      expect(failed?.reason).toContain(`gave up after ${MAX_ATTEMPTS} attempts: injected failure writing`);
      expect((await entryOf(h, 'p5', events[2]))?.status).toBe('ok');
      expect((await entryOf(h, 'p5', events[0]))?.status).toBe('ok');

      // Its message delivered again as such (a duplicate S3 event) changes nothing: it stays given up.
      store.healed = true;
      await deliverDiffs(h.diff({ store }), [queue.sent[1]]);
      expect((await entryOf(h, 'p5', events[1]))?.failed).toBe(true);
      // Asked to try again (`claimdiff retry`): ingested in its place, before c.txt.
      await deliverDiffs(h.diff({ store }), [{ ...queue.sent[1], retry: 'r1' } as DiffMessage]);
      const retried = await entryOf(h, 'p5', events[1]);
      expect(retried).toMatchObject({ status: 'ok', docId: poisonDoc, seq: 2 });
      expect(retried?.failed).toBeUndefined();
      expect((await entryOf(h, 'p5', events[2]))?.seq).toBe(3);
    } finally {
      await h.close();
    }
  });

  it('a batch of two corpora: a poison record of one fails only its own group', { timeout: 120_000 }, async () => {
    const h = await Harness.start();
    try {
      const poison = await h.upload('incoming/sick/poison.txt', article(0));
      const healthy = await h.upload('incoming/well/fine.txt', article(1));
      const queue = new RecordingQueue();
      await deliverUploads(h.prepare({ queue }), [poison, healthy]);
      const store = new PoisonStore(h.store, (k) => k.startsWith('reports/sick/') && k.endsWith('.json') && !k.includes('/uploads/'));
      const out = await h.diff({ store })({ Records: queue.sent.map((m, i) => fifoRecord(m, i)) });
      expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['diff-0']);
      expect((await entryOf(h, 'well', healthy))?.status).toBe('ok');
    } finally {
      await h.close();
    }
  });
});
