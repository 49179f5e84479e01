/** The read cache of a store only this process writes: reads of what it wrote or read once cost no request. */
import { describe, expect, it } from 'vitest';
import { CachedStore } from '../../shared/storage/cached.ts';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { getText, type PutResult } from '../../shared/storage/store.ts';

describe('cached store', () => {
  it('answers reads of objects it wrote or read, and of keys it found absent, from memory', async () => {
    const memory = new MemoryStore();
    await memory.put('old', 'stored before');
    const store = new CachedStore(memory);
    await store.put('new', 'written');
    expect(await getText(store, 'new')).toBe('written');
    expect(await getText(store, 'old')).toBe('stored before');
    expect(await getText(store, 'old')).toBe('stored before');
    expect(await store.get('missing')).toBeNull();
    expect(await store.get('missing')).toBeNull();
    expect(memory.requests).toEqual({ get: 2, head: 0, put: 2, list: 0 });
    expect(store.counts).toEqual({ hits: 3, misses: 2, absent: 0 });
    // A later write replaces what it remembered, absent or not.
    await store.put('missing', 'now here');
    await store.put('old', 'rewritten');
    expect(await getText(store, 'missing')).toBe('now here');
    expect(await getText(store, 'old')).toBe('rewritten');
    expect(memory.requests.get).toBe(2);
  });

  it('writes through at once, so the inner store holds every write when put returns', async () => {
    const memory = new MemoryStore();
    const store = new CachedStore(memory);
    await store.put('k', 'v');
    expect(new TextDecoder().decode(memory.objects.get('k'))).toBe('v');
  });

  it('reads a key again after a failed write, whose outcome on the server is unknown', async () => {
    const memory = new MemoryStore();
    let fail = false;
    const flaky = Object.assign(Object.create(memory) as MemoryStore, {
      async put(key: string, body: string | Uint8Array): Promise<PutResult> {
        await memory.put(key, body); // reaches the server, then the answer is lost
        if (fail) throw new Error('connection reset');
        return { etag: null, versionId: null };
      },
    });
    const store = new CachedStore(flaky);
    await store.put('k', 'first');
    fail = true;
    await expect(store.put('k', 'second')).rejects.toThrow('connection reset');
    const before = memory.requests.get;
    expect(await getText(store, 'k')).toBe('second');
    expect(memory.requests.get).toBe(before + 1);
  });

  it('does not remember a failed read', async () => {
    const memory = new MemoryStore();
    await memory.put('k', 'v');
    let fail = true;
    const flaky = Object.assign(Object.create(memory) as MemoryStore, {
      async get(key: string) {
        if (fail) throw new Error('timeout');
        return memory.get(key);
      },
    });
    const store = new CachedStore(flaky);
    await expect(store.get('k')).rejects.toThrow('timeout');
    fail = false;
    expect(await getText(store, 'k')).toBe('v');
  });

  it('lists a folder at its second missed read, then answers its unlisted keys as absent without a request', async () => {
    const memory = new MemoryStore();
    await memory.put('docs/old', 'stored before');
    await memory.put('docs/sub/deeper', 'in a subfolder');
    const store = new CachedStore(memory);
    expect(await store.get('docs/a')).toBeNull(); // first miss: read from the store
    expect(await store.get('docs/b')).toBeNull(); // second: the folder is listed, and b is not in it
    expect(memory.requests).toMatchObject({ get: 1, list: 1 });
    expect(await store.get('docs/c')).toBeNull();
    expect(await store.head('docs/d')).toBeNull();
    expect(await getText(store, 'docs/old')).toBe('stored before'); // listed: read from the store
    expect(memory.requests).toMatchObject({ get: 2, head: 0, list: 1 });
    expect(store.counts.absent).toBe(3);
    // Written by this process after the listing: present, whatever the listing said (also when its body was dropped).
    const small = new CachedStore(memory, 4);
    await small.get('docs/e');
    await small.get('docs/f');
    await small.put('docs/g', 'now here');
    await small.put('docs/h', 'pushes g out');
    expect(await getText(small, 'docs/g')).toBe('now here');
  });

  it('reads from the store in a folder too large to list, or whose listing failed', async () => {
    const memory = new MemoryStore();
    for (let n = 0; n < 1001; n++) await memory.put(`big/${n}`, 'x');
    const failing = Object.assign(Object.create(memory) as MemoryStore, {
      listFolder: async () => {
        throw new Error('timeout');
      },
    });
    for (const inner of [memory, failing]) {
      const store = new CachedStore(inner);
      const before = memory.requests.get;
      for (const key of ['big/a', 'big/b', 'big/c']) expect(await store.get(key)).toBeNull();
      expect(memory.requests.get - before).toBe(3);
      expect(store.counts.absent).toBe(0);
    }
  });

  it('passes reads of a named version through, and drops the least recently used bodies past its size', async () => {
    const memory = new MemoryStore();
    const store = new CachedStore(memory, 10);
    await store.put('a', '123456');
    await store.put('b', '123456'); // 12 bytes held: 'a', the older, goes
    await store.get('b', { versionId: 'v1' });
    expect(memory.requests.get).toBe(1);
    expect(await getText(store, 'b')).toBe('123456');
    expect(memory.requests.get).toBe(1);
    expect(await getText(store, 'a')).toBe('123456');
    expect(memory.requests.get).toBe(2);
  });
});
