/**
 * A fallback leaves a trace: when the diff stage goes on without something (a corrupt index or state shard read as
 * absent), the reason is logged through telemetry with the object's key, since no error and no redelivery will.
 */
import { describe, expect, it } from 'vitest';
import { type FallbackRecord, silentTelemetry } from '../../shared/ops/telemetry.ts';
import { keys } from '../../shared/pipeline/keys.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getJson } from '../../shared/storage/store.ts';
import { ingest } from '../support/ingest.ts';
import { QUAKE_1, QUAKE_2 } from '../support/quake-texts.ts';

describe('fallbacks are logged', () => {
  it('names the corrupt index object a document read as absent, and why', async () => {
    const store = new MemoryStore();
    const first = await ingest(store, 'news', 'quake-1.txt', QUAKE_1, 1);
    const story = (await getJson<{ story: string }>(store, keys.filed('news', first.document.id)))!.story;
    const index = keys.storyClaims('news', story);
    store.objects.set(index, new TextEncoder().encode('{"story":"s1","claims":[{"id"')); // cut short mid-write
    const logged: FallbackRecord[] = [];
    await ingest(store, 'news', 'quake-2.txt', QUAKE_2, 2, { ...silentTelemetry, fallback: (r) => logged.push(r) });
    expect(logged).toEqual([
      expect.objectContaining({ stage: 'diff', corpus: 'news', key: index, fallback: expect.stringMatching(/read as absent/) }),
    ]);
    expect(logged[0].reason).toMatch(/not valid JSON/);
  });

  it('logs nothing when every object reads', async () => {
    const store = new MemoryStore();
    const logged: FallbackRecord[] = [];
    const telemetry = { ...silentTelemetry, fallback: (r: FallbackRecord) => logged.push(r) };
    await ingest(store, 'news', 'quake-1.txt', QUAKE_1, 1, telemetry);
    await ingest(store, 'news', 'quake-2.txt', QUAKE_2, 2, telemetry);
    expect(logged).toEqual([]);
  });
});
