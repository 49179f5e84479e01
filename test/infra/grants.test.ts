/**
 * The IAM grants in the template against what the real stages do. Both handlers run on invented articles over an
 * in-memory bucket that answers every request the way S3 would for that function's role: a request outside the
 * grants is refused, and a read of a missing key is "not found" only if the role may list that key (else S3 says
 * 403, which the stages would take for an outage). A stage change that touches a new prefix fails here, not in AWS.
 */
import type { SQSRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDiffHandler } from '../../functions/diff.ts';
import { createPrepareHandler } from '../../functions/prepare.ts';
import { silentTelemetry } from '../../shared/ops/telemetry.ts';
import { LocalFifoQueue } from '../../shared/queue/local.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import type { ObjectInfo, ObjectStore, PutResult } from '../../shared/storage/store.ts';
import { mayList, mayObject, roleStatements, s3Access, synthStack, type S3Access } from './template.ts';

/** A view of one bucket as one role sees it. Refusals are recorded and thrown, like S3's AccessDenied. */
class RoleView implements ObjectStore {
  readonly refused: string[] = [];
  readonly touched = new Set<string>();

  constructor(
    private readonly bucket: MemoryStore,
    private readonly access: S3Access,
  ) {}

  private deny(what: string): never {
    this.refused.push(what);
    const error = new Error(`AccessDenied: ${what}`) as Error & { $metadata: { httpStatusCode: number } };
    error.name = 'AccessDenied';
    error.$metadata = { httpStatusCode: 403 };
    throw error;
  }

  private read(key: string): void {
    this.touched.add(`read ${key}`);
    if (!mayObject(this.access, 's3:GetObject', key)) this.deny(`s3:GetObject ${key}`);
    if (!this.bucket.objects.has(key) && !mayList(this.access, key))
      this.deny(`missing ${key} without s3:ListBucket for it (403, not 404)`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    this.read(key);
    return this.bucket.get(key);
  }

  async head(key: string): Promise<ObjectInfo | null> {
    this.read(key);
    return this.bucket.head(key);
  }

  async put(key: string, body: string | Uint8Array, _contentType?: string): Promise<PutResult> {
    this.touched.add(`write ${key}`);
    if (!mayObject(this.access, 's3:PutObject', key)) this.deny(`s3:PutObject ${key}`);
    return this.bucket.put(key, body);
  }

  async list(prefix: string): Promise<string[]> {
    this.touched.add(`list ${prefix}`);
    if (!mayList(this.access, prefix)) this.deny(`s3:ListBucket prefix=${prefix}`);
    return this.bucket.list(prefix);
  }
}

/** An S3 notification for one upload as the prepare queue delivers it (keys URL-encoded, as real S3 sends them). */
function uploadRecord(key: string, size: number, eventTime: string, n: number): SQSRecord {
  const body = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        eventTime,
        s3: {
          bucket: { name: 'articles' },
          object: {
            key: key
              .split('/')
              .map((s) => encodeURIComponent(s).replace(/%20/g, '+'))
              .join('/'),
            size,
            eTag: `etag-${n}`,
            versionId: `v${n}`,
          },
        },
      },
    ],
  };
  return {
    messageId: `upload-${n}`,
    receiptHandle: `upload-${n}`,
    body: JSON.stringify(body),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's3', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:prepare',
    awsRegion: 'eu-west-1',
  };
}

// Invented articles about an invented event.
const riverText = `Flood waters close the Lenmoor bridge

By a staff reporter

The Lenmoor bridge was closed on Tuesday after the river rose 3 metres overnight, the county engineer said.

"We cannot let anyone cross until the piers have been inspected," said Hanna Ostrova, the county engineer.

About 400 homes were evacuated along the east bank, according to the fire service.`;

const riverHtml = `<!doctype html><html><head><title>Lenmoor bridge shut as river rises</title></head><body>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/weather">Weather</a></nav>
<article><h1>Lenmoor bridge shut as river rises</h1>
<p>The Lenmoor bridge stayed closed on Wednesday, a day after the river rose 3.5 metres, county officials said.</p>
<p>"The piers look sound, but we will not reopen before Friday," Hanna Ostrova, the county engineer, said.</p>
<p>More than 450 homes on the east bank were evacuated, the fire service said on Wednesday.</p>
</article><footer>© Example Valley Courier. All rights reserved.</footer></body></html>`;

const laterText = `Lenmoor bridge to reopen on Friday

Engineers found no damage to the piers of the Lenmoor bridge, the county said on Thursday.

"It will reopen on Friday morning," Hanna Ostrova said. The river fell by 2 metres overnight.`;

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('IAM grants cover what the stages do, and nothing they do is refused', () => {
  let prepareView: RoleView;
  let diffView: RoleView;
  const outcomes: { prepareFailures: number; diffFailures: number } = { prepareFailures: 0, diffFailures: 0 };

  beforeAll(async () => {
    const { template } = synthStack();
    const bucketId = Object.keys(
      template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } } }),
    )[0];
    const bucket = new MemoryStore();
    prepareView = new RoleView(bucket, s3Access(roleStatements(template, 'PrepareRole'), bucketId));
    diffView = new RoleView(bucket, s3Access(roleStatements(template, 'DiffRole'), bucketId));
    const queue = new LocalFifoQueue();
    const prepare = createPrepareHandler(() => ({ store: prepareView, queue, telemetry: silentTelemetry }));
    const diff = createDiffHandler(() => ({ store: diffView, telemetry: silentTelemetry }));

    const uploads: Array<[string, string | Uint8Array, string]> = [
      ['incoming/lenmoor/county-wire.txt', riverText, '2026-03-03T08:00:00.000Z'],
      ['incoming/lenmoor/valley courier.html', riverHtml, '2026-03-04T09:00:00.000Z'],
      ['incoming/lenmoor/copy-of-wire.txt', riverText, '2026-03-04T10:00:00.000Z'], // same content, new name
      ['incoming/lenmoor/photo.png', png, '2026-03-04T11:00:00.000Z'], // rejected: not text
      ['incoming/lenmoor/reopening.txt', laterText, '2026-03-05T12:00:00.000Z'],
      ['incoming/loose-file.txt', laterText, '2026-03-05T13:00:00.000Z'], // the default corpus
    ];
    // The late one: uploaded before the reopening story but delivered after it, so the diff stage replays.
    uploads.push(['incoming/lenmoor/late-evening-edition.txt', riverText.replace('400 homes', '420 homes'), '2026-03-04T20:00:00.000Z']);

    let n = 0;
    for (const [key, body, time] of uploads) {
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      await bucket.put(key, bytes); // the user's upload, straight into the bucket
      const response = await prepare({ Records: [uploadRecord(key, bytes.byteLength, time, ++n)] });
      outcomes.prepareFailures += response.batchItemFailures.length;
      // The FIFO event source hands the diff stage what is waiting, a group at a time.
      for (let batch = queue.receive(10); batch.length; batch = queue.receive(10)) {
        const result = await diff({ Records: batch });
        outcomes.diffFailures += result.batchItemFailures.length;
      }
    }
    // A redelivered notification (SQS is at-least-once) must also stay inside the grants.
    const again = await prepare({
      Records: [uploadRecord(uploads[1][0], new TextEncoder().encode(riverHtml).byteLength, uploads[1][2], 2)],
    });
    outcomes.prepareFailures += again.batchItemFailures.length;
    for (let batch = queue.receive(10); batch.length; batch = queue.receive(10))
      outcomes.diffFailures += (await diff({ Records: batch })).batchItemFailures.length;
  }, 60_000);

  it('prepare is never refused, and every record succeeds', () => {
    expect(prepareView.refused).toEqual([]);
    expect(outcomes.prepareFailures).toBe(0);
  });

  it('diff is never refused, and every record succeeds', () => {
    expect(diffView.refused).toEqual([]);
    expect(outcomes.diffFailures).toBe(0);
  });

  it('the run exercised the paths that matter: missing keys read, reports and rejections written', () => {
    const touched = [...prepareView.touched, ...diffView.touched];
    expect(touched.some((t) => /^read corpus\/lenmoor\/prepared\//.test(t))).toBe(true);
    expect(touched.some((t) => /^write reports\/lenmoor\/uploads\//.test(t))).toBe(true);
    expect(touched.some((t) => /^write reports\/lenmoor\/[0-9a-f]+\.json$/.test(t))).toBe(true);
    expect(touched.some((t) => /^write reports\/default\/[0-9a-f]+\.html$/.test(t))).toBe(true);
    expect(touched.some((t) => /^write reports\/lenmoor\/index\.html$/.test(t))).toBe(true);
    expect(touched.some((t) => /^write corpus\/lenmoor\/index\//.test(t))).toBe(true);
  });

  it('the stages never write under incoming/, so their writes cannot trigger the pipeline', () => {
    const writes = [...prepareView.touched, ...diffView.touched].filter((t) => t.startsWith('write '));
    expect(writes.length).toBeGreaterThan(10);
    for (const w of writes) expect(w).toMatch(/^write (corpus|reports)\//);
  });

  it('the simulated bucket does refuse what the grants do not cover (control)', async () => {
    await expect(prepareView.put('incoming/lenmoor/forged.txt', 'x')).rejects.toThrow(/AccessDenied/);
    await expect(prepareView.get('corpus/lenmoor/head.json')).rejects.toThrow(/AccessDenied/);
    await expect(diffView.get('incoming/lenmoor/county-wire.txt')).rejects.toThrow(/AccessDenied/);
    await expect(diffView.list('')).rejects.toThrow(/AccessDenied/);
    await expect(diffView.get('corpus/lenmoor/no-such-key.json')).resolves.toBeNull(); // listable: a real 404
  });
});
