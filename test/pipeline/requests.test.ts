/**
 * What a document costs the diff stage on S3, where each round trip takes ~25 ms: its reads and writes go out in a
 * few parallel waves (the data dependencies allow no fewer), and no object is read or written twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentTelemetry } from '../../shared/ops/telemetry.ts';
import { diffUpload } from '../../shared/pipeline/diff-stage.ts';
import { documentId, keys, uploadKey } from '../../shared/pipeline/keys.ts';
import { prepareDocument } from '../../shared/pipeline/prepare.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { MeteredStore } from '../../shared/storage/metered.ts';
import { putJson, type ObjectStore } from '../../shared/storage/store.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const texts = ['01-valley-courier.txt', '02-coastal-times.html', '03-metro-wire.txt'].map((n) => ({
  name: n,
  text: readFileSync(join(FIXTURES, n), 'utf8'),
}));

/** Records every request by key, to tell a second read of one object from reads of two. */
class KeyLog extends MemoryStore {
  log: string[] = [];
  override get(key: string) {
    this.log.push(`GET ${key}`);
    return super.get(key);
  }
  override put(key: string, body: string | Uint8Array) {
    this.log.push(`PUT ${key}`);
    return super.put(key, body);
  }
}

async function diff(store: ObjectStore, memory: MemoryStore, name: string, text: string, second: number) {
  const bytes = new TextEncoder().encode(text);
  const id = documentId(bytes);
  const sourceKey = uploadKey('c', name);
  const uploadedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
  await putJson(
    memory,
    keys.prepared('c', id),
    await prepareDocument(text, [], { id, location: { corpus: 'c', name, sourceKey }, uploadedAt }),
  );
  return diffUpload(
    { store, telemetry: silentTelemetry },
    { type: 'prepared', corpus: 'c', docId: id, sourceKey, name, uploadId: `u-${name}`, uploadedAt },
  );
}

describe('requests of the diff stage', () => {
  it('a new document reads and writes in at most six waves, each object once', async () => {
    const memory = new KeyLog();
    await diff(memory, memory, texts[0].name, texts[0].text, 0);
    await diff(memory, memory, texts[1].name, texts[1].text, 1);
    memory.log = [];
    const metered = new MeteredStore(memory, 0);
    const outcome = await diff(metered, memory, texts[2].name, texts[2].text, 2);
    expect(outcome.outcome).toBe('reported');
    const m = metered.reading();
    // Read what the message names; then the shards of the document's lines, names and signature; then its story
    // and index shards; then write what a replay needs first, everything else, and last the log saying it is done.
    expect(m.waves).toBeLessThanOrEqual(6);
    const reads = memory.log.filter((r) => r.startsWith('GET'));
    expect(reads.length).toBeGreaterThan(5);
    expect(new Set(reads).size).toBe(reads.length);
    const writes = memory.log.filter((r) => r.startsWith('PUT'));
    // The log is written twice (intended, then done); everything else once.
    expect(writes.filter((w) => !w.endsWith('head.json')).length).toBe(new Set(writes.filter((w) => !w.endsWith('head.json'))).size);
    expect(writes.filter((w) => w.endsWith('head.json'))).toHaveLength(2);
    expect(m.requests.head).toBe(0);
  });
});
