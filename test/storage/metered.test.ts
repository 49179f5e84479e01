/** The metered store counts what a stage would cost on S3: requests by kind, bytes, and sequential waves. */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { MeteredStore, meterSince, totalRequests } from '../../shared/storage/metered.ts';

describe('metered store', () => {
  it('requests issued together are one wave; a request waiting for another starts the next', async () => {
    const store = new MeteredStore(new MemoryStore(), 5);
    const before = store.reading();
    await Promise.all([store.put('a', 'xyz'), store.put('b', 'hello'), store.head('a')]);
    const afterParallel = store.reading();
    expect(meterSince(afterParallel, before).waves).toBe(1);
    // A chain: the second read depends on the first's answer.
    const first = await store.get('a');
    expect(first).not.toBeNull();
    await store.get('b');
    await store.list('');
    const m = meterSince(store.reading(), before);
    expect(m.waves).toBe(4);
    expect(m.requests).toEqual({ get: 2, put: 2, list: 1, head: 1 });
    expect(totalRequests(m)).toBe(6);
    expect(m.bytesWritten).toBe(8);
    expect(m.bytesRead).toBe(8);
  });

  it('adds its latency to every wave, not to every request', async () => {
    const store = new MeteredStore(new MemoryStore(), 20);
    const t = performance.now();
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.put(`k${i}`, 'v')));
    const parallel = performance.now() - t;
    expect(parallel).toBeGreaterThanOrEqual(19);
    expect(parallel).toBeLessThan(150);
    const m = store.reading();
    expect(m.waves).toBe(1);
    expect(m.busyMs).toBeGreaterThanOrEqual(19);
    // Ten requests one after another wait ten times.
    const t2 = performance.now();
    for (let i = 0; i < 10; i++) await store.get(`k${i}`);
    expect(performance.now() - t2).toBeGreaterThanOrEqual(190);
    expect(store.reading().waves).toBe(11);
  });
});
