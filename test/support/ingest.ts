/** The diff stage on a memory store: one text document prepared and diffed as an upload at a given second. */
import { silentTelemetry, type Telemetry } from '../../shared/ops/telemetry.ts';
import { diffUpload } from '../../shared/pipeline/diff-stage.ts';
import { documentId, keys, uploadKey } from '../../shared/pipeline/keys.ts';
import { prepareDocument } from '../../shared/pipeline/prepare.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { putJson } from '../../shared/storage/store.ts';
import type { Report } from '../../shared/types.ts';

/** A store that remembers which keys were read, and the size of each. */
export class ReadLog extends MemoryStore {
  reads: string[] = [];
  bytes = new Map<string, number>();
  override async get(key: string) {
    this.reads.push(key);
    const body = await super.get(key);
    this.bytes.set(key, body?.byteLength ?? 0);
    return body;
  }
}

export async function ingest(
  store: MemoryStore,
  corpus: string,
  name: string,
  text: string,
  second: number,
  telemetry: Telemetry = silentTelemetry,
): Promise<Report> {
  const bytes = new TextEncoder().encode(text);
  const id = documentId(bytes);
  const sourceKey = uploadKey(corpus, name);
  const uploadedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
  const prepared = await prepareDocument(text, [], { id, location: { corpus, name, sourceKey }, uploadedAt });
  await putJson(store, keys.prepared(corpus, id), prepared);
  const outcome = await diffUpload(
    { store, telemetry },
    { type: 'prepared', corpus, docId: id, sourceKey, name, uploadId: `u-${name}`, uploadedAt },
  );
  if (outcome.outcome !== 'reported') throw new Error(`${name}: ${outcome.outcome}`);
  return outcome.report;
}
