/**
 * Every hostile shape (scripts/hostile.ts: runs of openers, repeated tokens, long lines, deep nesting, repeated
 * paragraphs, control characters, …) through the real handlers into one corpus, each followed by an ordinary article:
 * each shape ends with a record (a report or a rejection that says why), and the corpus goes on ingesting the next
 * upload. Small sizes here; the 1 MiB and 10 MiB cases, with time and memory, are in `npm run bench -- --hostile`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys, uploadId } from '../../shared/pipeline/keys.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { ReportListEntry } from '../../shared/types.ts';
import { varyText } from '../../scripts/corpus-gen.ts';
import { HOSTILE_SHAPES } from '../../scripts/hostile.ts';
import { deliverDiffs, deliverUploads, Harness, RecordingQueue } from '../support/harness.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const articles = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));

describe('hostile shapes in one corpus', () => {
  let h: Harness;
  const records = new Map<string, { hostile: ReportListEntry | null; next: ReportListEntry | null }>();
  const entryOf = (event: S3Event) => {
    const o = event.Records[0].s3.object as { key: string; versionId?: string; eTag?: string };
    return getJson<ReportListEntry>(h.store, keys.upload('shapes', uploadId(o.key, o.versionId ?? o.eTag ?? null)));
  };

  beforeAll(async () => {
    h = await Harness.start();
    for (const [i, shape] of HOSTILE_SHAPES.entries()) {
      // Each upload is prepared and diffed before the next arrives, as uploads trickling in.
      const hostile = await h.upload(`incoming/shapes/${shape.file}`, shape.build(40_000, i));
      const next = await h.upload(`incoming/shapes/after-${i}.txt`, varyText(articles[i % articles.length], i));
      for (const event of [hostile, next]) {
        const queue = new RecordingQueue();
        await deliverUploads(h.prepare({ queue }), [event]);
        await deliverDiffs(h.diff(), queue.sent);
      }
      records.set(shape.name, { hostile: await entryOf(hostile), next: await entryOf(next) });
    }
  }, 600_000);
  afterAll(async () => h?.close());

  it.each(HOSTILE_SHAPES.map((s) => s.name))('%s: a report or a rejection that says why, and the next upload is ingested', (name) => {
    const { hostile, next } = records.get(name)!;
    expect(hostile, `no record for the ${name} upload`).toBeTruthy();
    if (hostile!.status === 'rejected') expect(hostile!.reason).toMatch(/\w{4}/);
    else expect(hostile!.counts).not.toBeNull();
    expect(hostile!.failed, hostile!.reason ?? '').toBeUndefined();
    expect(next, 'no record for the upload after it').toMatchObject({ status: 'ok' });
  });
});
