/** The same bytes under two names are one document; an edited re-upload of a name is a new version with its own report. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUpload, listUploads, openWorkspace, type Workspace } from '../../cli/workspace.ts';
import { EMBEDDED_BUCKET, EmbeddedFileReader } from '../../cli/embedded-files.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { getJson } from '../../shared/storage/store.ts';
import type { CachedStore } from '../../shared/storage/cached.ts';
import type { S3Store } from '../../shared/storage/s3.ts';
import type { Report } from '../../shared/types.ts';
import { tempDataDir } from '../support/workspace.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/integration/01-valley-courier.txt');

describe('duplicates and new versions', () => {
  const tmp = tempDataDir('claimdiff-dup-');
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace({ data: join(tmp.dir, 'store'), bucket: null });
  });
  afterAll(async () => {
    await ws?.close();
    tmp.remove();
  });

  it('recognises a copy under another name as a duplicate of the first upload', async () => {
    const a = join(tmp.dir, 'courier.txt');
    const b = join(tmp.dir, 'courier-copy.txt');
    copyFileSync(FIXTURE, a);
    copyFileSync(FIXTURE, b);
    const first = await ws.ingest(a, 'dup');
    const second = await ws.ingest(b, 'dup');
    expect(first.entry).toMatchObject({ status: 'ok', duplicateOf: null });
    expect(second.entry).toMatchObject({
      status: 'ok',
      docId: first.entry!.docId,
      duplicateOf: 'courier.txt',
      counts: first.entry!.counts,
    });
    // Ingested once: one report, and the corpus log holds the document once as an original.
    const reports = (await ws.store.list('reports/dup/')).filter((k) => /^reports\/dup\/[0-9a-f]{20}\.json$/.test(k));
    expect(reports).toHaveLength(1);
    expect((await listUploads(ws.store, 'dup')).map((e) => e.name)).toEqual(['courier-copy.txt', 'courier.txt']);
  });

  it('records the same bytes uploaded again under the same name as a duplicate, as a versioned bucket does', async () => {
    // Deployed, each upload is a new object version with its own upload id; the embedded store keeps no versions,
    // and a re-upload used to look like a redelivery of the first and print its counts again as if it were new.
    const a = join(tmp.dir, 'courier.txt');
    copyFileSync(FIXTURE, a);
    const again = await ws.ingest(a, 'dup');
    const original = await findUpload(ws.store, 'dup', 'courier-copy.txt');
    expect(again.entry).toMatchObject({ status: 'ok', docId: original!.docId, duplicateOf: 'courier.txt' });
    const uploads = await listUploads(ws.store, 'dup');
    expect(uploads.map((e) => e.name)).toEqual(['courier.txt', 'courier-copy.txt', 'courier.txt']);
    expect(uploads[0].duplicateOf).toBe('courier.txt');
  });

  it('treats an edited re-upload of the same name as a new version with its own report', async () => {
    const a = join(tmp.dir, 'courier.txt');
    const before = await findUpload(ws.store, 'dup', 'courier.txt');
    writeFileSync(a, readFileSync(FIXTURE, 'utf8').replace('At least seven workers', 'At least eight workers'));
    const edited = await ws.ingest(a, 'dup');
    expect(edited.entry!.docId).not.toBe(before!.docId);
    const latest = await findUpload(ws.store, 'dup', 'courier.txt');
    expect(latest!.docId).toBe(edited.entry!.docId);
    const report = await getJson<Report>(ws.store, keys.reportJson('dup', edited.entry!.docId!));
    const toll = report!.findings.find((f) => f.claimText.includes('eight workers'));
    expect(toll?.type).toBe('updated');
    expect(toll?.explanation).toMatch(/7 → at least 8|at least 7 → at least 8/);
  });

  it('looks a document up by name with one read, and a page of `reports` with one read, whatever the corpus size', async () => {
    // Counted at the S3 server: the workspace's read cache (storage/cached.ts) would answer some of these from memory.
    const store = (ws.store as CachedStore).inner as S3Store;
    const count = () => ({ ...store.requests });
    let before = count();
    const found = await findUpload(store, 'dup', 'courier-copy.txt');
    expect(found).toMatchObject({ name: 'courier-copy.txt', duplicateOf: 'courier.txt' });
    expect(store.requests.get - before.get).toBe(1);
    expect(store.requests.list - before.list).toBe(0);
    before = count();
    const page = await listUploads(store, 'dup', 2);
    expect(page).toEqual((await listUploads(store, 'dup')).slice(0, 2));
    before = count();
    await listUploads(store, 'dup', 2);
    expect(store.totalRequests() - (before.get + before.head + before.put + before.list)).toBe(1);
  });

  it('the read-only file reader of the embedded store sees the same keys and bytes as the S3 server', async () => {
    const reader = EmbeddedFileReader.open(join(tmp.dir, 'store'), EMBEDDED_BUCKET)!;
    for (const prefix of ['reports/dup/', 'reports/dup/uploads/', 'incoming/', 'reports/dup/0', 'reports/nope/']) {
      expect(await reader.list(prefix)).toEqual(await ws.store.list(prefix));
    }
    const [key] = await ws.store.list('reports/dup/uploads/');
    expect(Buffer.from((await reader.get(key))!).toString()).toBe(Buffer.from((await ws.store.get(key))!).toString());
    expect(await reader.get('reports/dup/missing.json')).toBeNull();
    expect((await reader.head(key))?.size).toBe((await ws.store.head(key))?.size);
    await expect(reader.put('reports/dup/x.json')).rejects.toThrow(/read-only/);
  });
});
