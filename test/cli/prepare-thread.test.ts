/**
 * A local `ingest` of many files prepares them on a thread of its own (cli/prepare-thread.ts). What it stores must
 * be what the prepare stage leaves on the pipeline's thread: the same reports, prepared documents and rejection
 * records, in the same corpus order, and a bad file still rejected with its reason where reports are read.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { varyText } from '../../scripts/corpus-gen.ts';
import { LocalPipeline } from '../../cli/driver.ts';
import { PrepareThread } from '../../cli/prepare-thread.ts';
import { openWorkspace, type IngestResult } from '../../cli/workspace.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getText } from '../../shared/storage/store.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const NAMES = ['01-valley-courier.txt', '02-coastal-times.html', '03-metro-wire.txt'];

/** Upload times (ISO, or as shown to a reader) and ids (which hash the upload's write time) differ between runs. */
const TIME = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?Z?/g;
const mask = (text: string) => text.replace(TIME, '<time>').replace(/"uploadId":"[0-9a-f]{20}"/g, '"uploadId":"<id>"');

/** Ingests the files as the command does (all in flight at once, results in order) and reads back what was stored. */
async function ingestAll(data: string, files: string[], prepareThread: boolean) {
  const workspace = await openWorkspace({ data, bucket: null }, { prepareThread });
  let results: IngestResult[];
  const stored = new Map<string, string>();
  try {
    results = await Promise.all(files.map((f) => workspace.ingest(f, 'threads')));
    for (const prefix of ['reports/threads/', 'corpus/threads/prepared/']) {
      for (const key of await workspace.store.list(prefix)) {
        if (key.includes('/uploads/') || key.includes('/names/')) continue; // keyed by upload id
        stored.set(key, mask((await getText(workspace.store, key)) ?? ''));
      }
    }
  } finally {
    await workspace.close();
  }
  return { results, stored };
}

describe('prepare thread', () => {
  const tmp = tempDataDir('claimdiff-prepare-thread-');
  afterAll(() => tmp.remove());

  it('stores what preparing on the pipeline thread stores, in file order, and rejects a bad file with its reason', async () => {
    const folder = join(tmp.dir, 'in');
    mkdirSync(folder);
    const files: string[] = [];
    for (let variant = 0; variant < 4; variant++) {
      for (const name of NAMES) {
        const file = join(folder, `${variant}-${name}`);
        writeFileSync(file, varyText(readFileSync(join(FIXTURES, name), 'utf8'), variant + 1));
        files.push(file);
      }
    }
    const empty = join(folder, '2-zz-empty.txt');
    writeFileSync(empty, '');
    files.splice(7, 0, empty);

    const threaded = await ingestAll(join(tmp.dir, 'threaded'), files, true);
    const inline = await ingestAll(join(tmp.dir, 'inline'), files, false);

    const statuses = (results: IngestResult[]) => results.map((r) => [r.entry?.name, r.entry?.status, r.entry?.reason ?? null, r.error]);
    expect(statuses(threaded.results)).toEqual(statuses(inline.results));
    expect(threaded.results[7]).toMatchObject({ error: null, entry: { name: '2-zz-empty.txt', status: 'rejected', reason: 'empty file' } });
    expect(threaded.results.filter((r) => r.entry?.status === 'ok')).toHaveLength(12);
    // The corpus order is the file order: each report's sequence number is its place among the accepted files.
    expect(threaded.results.map((r) => r.entry?.seq ?? null)).toEqual(inline.results.map((r) => r.entry?.seq ?? null));
    expect([...threaded.stored.keys()].sort()).toEqual([...inline.stored.keys()].sort());
    for (const [key, text] of inline.stored) expect(threaded.stored.get(key), key).toBe(text);
  });

  it('a prepare thread that stops with an upload in it fails that upload with an error naming it', async () => {
    const thread = new PrepareThread('http://127.0.0.1:9', 'bucket');
    const pipeline = new LocalPipeline(new MemoryStore(), () => {}, thread);
    const key = 'incoming/default/a.txt';
    const event = { Records: [{ eventTime: '2026-01-01T00:00:00.000Z', s3: { object: { key, size: 3, eTag: 'e' } } }] };
    const applying = pipeline.prepareAhead(event as never, new TextEncoder().encode('abc'));
    await thread.close();
    const apply = await applying;
    await expect(apply()).rejects.toThrow(/^the prepare thread stopped \(exit code \d+\) while preparing incoming\/default\/a\.txt$/);
    expect(pipeline.queue.size).toBe(0);
  });
});
