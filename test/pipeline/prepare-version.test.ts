/**
 * Prepare reads the version of the upload its event names and checks that version's size before downloading it.
 * S3 delivers events late: by then the key may hold a newer upload (the embedded server keeps no versions, so a
 * versioned in-memory store plays S3 here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentTelemetry } from '../../shared/ops/telemetry.ts';
import type { UploadEvent } from '../../shared/pipeline/events.ts';
import { MAX_UPLOAD_BYTES } from '../../shared/pipeline/input.ts';
import { documentId, keys, uploadId } from '../../shared/pipeline/keys.ts';
import { prepareUpload } from '../../shared/pipeline/prepare.ts';
import type { DiffMessage } from '../../shared/queue/queue.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson, type ObjectInfo, type ReadOptions } from '../../shared/storage/store.ts';
import type { PreparedDocument, ReportListEntry } from '../../shared/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const [first, second] = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(FIXTURES, n)));

/** Keeps every version of the uploads (as a versioned bucket does) and counts the bytes downloaded. */
class VersionedStore extends MemoryStore {
  readonly versions = new Map<string, Uint8Array[]>();
  downloaded = 0;
  upload(key: string, body: Uint8Array): UploadEvent {
    const list = [...(this.versions.get(key) ?? []), body];
    this.versions.set(key, list);
    this.objects.set(key, body);
    return {
      bucket: 'b',
      key,
      versionId: `v${list.length}`,
      size: body.byteLength,
      eTag: null,
      eventTime: `2026-01-01T00:00:0${list.length}.000Z`,
    };
  }
  private version(key: string, options?: ReadOptions): Uint8Array | undefined {
    const list = this.versions.get(key);
    if (!list || !options?.versionId) return this.objects.get(key);
    return list[Number(options.versionId.slice(1)) - 1];
  }
  override async get(key: string, options?: ReadOptions) {
    const body = this.version(key, options) ?? null;
    this.downloaded += body?.byteLength ?? 0;
    return body;
  }
  override async head(key: string, options?: ReadOptions): Promise<ObjectInfo | null> {
    const body = this.version(key, options);
    return body ? { size: body.byteLength, etag: null, versionId: options?.versionId ?? null } : null;
  }
}

function deps(store: MemoryStore) {
  const sent: DiffMessage[] = [];
  return { sent, deps: { store, queue: { send: async (m: DiffMessage) => void sent.push(m) }, telemetry: silentTelemetry } };
}

describe('prepare reads the uploaded version', () => {
  it('an upload overwritten before its event is processed is still prepared as uploaded, the newer by its own event', async () => {
    const store = new VersionedStore();
    const older = store.upload('incoming/v/story.txt', first);
    const newer = store.upload('incoming/v/story.txt', second);
    const { sent, deps: d } = deps(store);
    await prepareUpload(d, older);
    await prepareUpload(d, newer);
    expect(sent.map((m) => (m as { docId: string }).docId)).toEqual([documentId(first), documentId(second)]);
    expect(new Set(sent.map((m) => m.uploadId)).size).toBe(2);
    const prepared = await getJson<PreparedDocument>(store, keys.prepared('v', documentId(first)));
    expect(prepared?.id).toBe(documentId(first));
  });

  it('an upload overwritten by an oversized file: neither is downloaded whole, the oversized one is rejected by its size', async () => {
    const store = new VersionedStore();
    const small = store.upload('incoming/v/big.txt', first);
    const huge = store.upload('incoming/v/big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61));
    const { deps: d } = deps(store);
    expect((await prepareUpload(d, small)).outcome).toBe('prepared');
    expect(await prepareUpload(d, huge)).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/over the 10 MiB limit/) });
    expect(store.downloaded).toBe(first.byteLength);
    const entry = await getJson<ReportListEntry>(store, keys.upload('v', uploadId(huge.key, huge.versionId)));
    expect(entry?.status).toBe('rejected');
  });

  it('without versions (an event with a stale size): the size of the object as it is now is checked before reading', async () => {
    const store = new MemoryStore();
    await store.put('incoming/v/late.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61));
    let downloaded = 0;
    const get = store.get.bind(store);
    store.get = async (k: string) => {
      const body = await get(k);
      if (k.startsWith('incoming/')) downloaded += body?.byteLength ?? 0;
      return body;
    };
    const { deps: d } = deps(store);
    const event: UploadEvent = {
      bucket: 'b',
      key: 'incoming/v/late.txt',
      versionId: null,
      size: first.byteLength,
      eTag: 'e1',
      eventTime: '2026-01-01T00:00:00.000Z',
    };
    expect((await prepareUpload(d, event)).outcome).toBe('rejected');
    expect(downloaded).toBe(0);
  });
});
