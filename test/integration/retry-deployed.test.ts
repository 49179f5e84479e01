/**
 * A given-up upload comes back in a deployed stack: after a DLQ redrive (SQS sends redriven messages anew), and with
 * `claimdiff retry NAME --bucket B`, whose request the bucket announces to the prepare function. Through the real
 * handlers and the real CLI, against the embedded S3 server standing in for the deployed bucket.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_BUCKET } from '../../cli/embedded-files.ts';
import { main, type Io } from '../../cli/main.ts';
import { diffMessageFromRecord } from '../../shared/pipeline/events.ts';
import { keys, uploadId } from '../../shared/pipeline/keys.ts';
import type { DiffMessage } from '../../shared/queue/queue.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { ReportListEntry } from '../../shared/types.ts';
import { varyText } from '../../scripts/corpus-gen.ts';
import { deliverDiffs, deliverUploads, fifoRecord, Harness, PoisonStore, RecordingQueue } from '../support/harness.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const articles = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const article = (i: number) => varyText(articles[i % articles.length], i);

const idOf = (event: S3Event) => {
  const o = event.Records[0].s3.object as { key: string; versionId?: string; eTag?: string };
  return uploadId(o.key, o.versionId ?? o.eTag ?? null);
};
const entryOf = (h: Harness, corpus: string, event: S3Event) => getJson<ReportListEntry>(h.store, keys.upload(corpus, idOf(event)));

/** Three uploads of `corpus`, the second given up after failing every attempt; returns what the test needs. */
async function withGivenUp(h: Harness, corpus: string) {
  const events = [
    await h.upload(`incoming/${corpus}/a.txt`, article(0)),
    await h.upload(`incoming/${corpus}/poison.txt`, article(1)),
    await h.upload(`incoming/${corpus}/c.txt`, article(2)),
  ];
  const queue = new RecordingQueue();
  await deliverUploads(h.prepare({ queue }), events);
  const poisonDoc = (queue.sent[1] as { docId: string }).docId;
  const store = new PoisonStore(h.store, (k) => k === keys.reportJson(corpus, poisonDoc));
  await deliverDiffs(h.diff({ store }), queue.sent, 1);
  expect(await entryOf(h, corpus, events[1])).toMatchObject({ status: 'rejected', failed: true });
  return { events, queue, poisonDoc, store };
}

describe('a given-up upload comes back in a deployed stack', () => {
  it('after a DLQ redrive: a message sent after the give-up ingests it in its place, once', { timeout: 180_000 }, async () => {
    const h = await Harness.start();
    try {
      const { events, queue, poisonDoc, store } = await withGivenUp(h, 'r1');
      store.healed = true;
      const handler = h.diff({ store });
      // The message as first sent (redelivered, or a late duplicate): sent before the give-up, it changes nothing.
      expect((await handler({ Records: [fifoRecord(queue.sent[1], 7)] })).batchItemFailures).toEqual([]);
      expect((await entryOf(h, 'r1', events[1]))?.failed).toBe(true);

      // Redriven from the DLQ: the same body, sent anew.
      const redriven = {
        ...fifoRecord(queue.sent[1], 8),
        attributes: { ...fifoRecord(queue.sent[1], 8).attributes, SentTimestamp: String(Date.now()) },
      };
      expect((await handler({ Records: [redriven] })).batchItemFailures).toEqual([]);
      const back = await entryOf(h, 'r1', events[1]);
      expect(back).toMatchObject({ status: 'ok', docId: poisonDoc, seq: 2 });
      expect(back?.failed).toBeUndefined();
      expect((await entryOf(h, 'r1', events[2]))?.seq).toBe(3);
      expect(await getJson(h.store, keys.reportJson('r1', poisonDoc))).not.toBeNull();

      // Redriven twice (two move tasks, or a retry on top): the corpus is already as it should be.
      const before = await h.storedState();
      expect((await handler({ Records: [{ ...redriven, messageId: 'diff-9' }] })).batchItemFailures).toEqual([]);
      expect(await h.storedState()).toEqual(before);
      // A sent time written into the body is not taken for SQS's: the first message with one changes nothing.
      const forged = fifoRecord({ ...queue.sent[1], sentAt: Date.now() + 60_000 } as DiffMessage, 10);
      expect(diffMessageFromRecord(forged)).not.toHaveProperty('sentAt');
    } finally {
      await h.close();
    }
  });

  it('claimdiff retry NAME --bucket: the request goes through the bucket to the prepare function, which prepares it again', {
    timeout: 180_000,
  }, async () => {
    const h = await Harness.start();
    const saved = { ...process.env };
    try {
      const { events, poisonDoc, store } = await withGivenUp(h, 'r2');
      store.healed = true;
      // Its prepared document lost besides: the retry makes it again from the stored upload.
      await h.store.put(keys.prepared('r2', poisonDoc), '{"cut sh');

      // The CLI on a laptop, its S3 endpoint pointed at the embedded server standing in for the deployed bucket.
      Object.assign(process.env, {
        AWS_ENDPOINT_URL_S3: h.endpoint,
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
        AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      });
      let out = '';
      let err = '';
      const io: Io = { out: (t) => (out += t), err: (t) => (err += t), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
      const cli = (...argv: string[]) => main(argv, io);

      expect(await cli('retry', 'not-there.txt', '--bucket', EMBEDDED_BUCKET, '--corpus', 'r2')).toBe(1);
      expect(err).toContain('no upload called "not-there.txt" that the pipeline gave up on in corpus r2;');
      expect(err).toContain('reports --bucket claimdiff --corpus r2`');
      err = '';

      const requestKey = keys.retryRequest('r2', idOf(events[1]));
      const announced = h.events.next(requestKey, 60_000);
      const running = cli('retry', 'poison.txt', '--bucket', EMBEDDED_BUCKET, '--corpus', 'r2', '--json', '--timeout', '120');
      // The deployed functions: the bucket's notification to prepare, prepare's message to diff.
      const queue = new RecordingQueue();
      await deliverUploads(h.prepare({ queue }), [await announced]);
      expect(queue.sent).toHaveLength(1);
      expect(queue.sent[0]).toMatchObject({ type: 'prepared', docId: poisonDoc, uploadId: idOf(events[1]) });
      expect((queue.sent[0] as { retry?: string }).retry).toBeTruthy();
      await deliverDiffs(h.diff({ store }), queue.sent);
      expect(await running).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ name: 'poison.txt', status: 'ok', docId: poisonDoc, seq: 2 });
      expect((await entryOf(h, 'r2', events[2]))?.seq).toBe(3);
      expect(await getJson(h.store, keys.prepared('r2', poisonDoc))).toMatchObject({ id: poisonDoc });

      // The same request handled twice (S3 delivers notifications at least once): nothing changes.
      const before = await h.storedState();
      const again = new RecordingQueue();
      await deliverUploads(h.prepare({ queue: again }), [
        await (async () => {
          const next = h.events.next(requestKey, 60_000);
          await h.store.put(requestKey, (await h.store.get(requestKey))!);
          return next;
        })(),
      ]);
      await deliverDiffs(h.diff({ store }), again.sent as DiffMessage[]);
      expect(await h.storedState()).toEqual(before);
    } finally {
      process.env = saved;
      await h.close();
    }
  });
});
