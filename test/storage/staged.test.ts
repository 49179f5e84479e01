/** The staged store reads each object once, lets reads start together, and holds writes until the stage flushes. */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../shared/storage/memory.ts';
import { MeteredStore } from '../../shared/storage/metered.ts';
import { StagedStore } from '../../shared/storage/staged.ts';
import { getJson, getText, putJson, type ObjectStore, type PutResult } from '../../shared/storage/store.ts';

describe('staged store', () => {
  it('prefetched objects are read in one wave and never twice', async () => {
    const memory = new MemoryStore();
    await memory.put('a', 'A');
    await memory.put('b', 'B');
    const metered = new MeteredStore(memory, 1);
    const store = new StagedStore(metered);
    store.prefetch(['a', 'b', 'missing']);
    expect(await getText(store, 'b')).toBe('B');
    expect(await getText(store, 'a')).toBe('A');
    expect(await store.get('missing')).toBeNull();
    expect(await store.head('a')).toEqual({ size: 1, etag: null, versionId: null });
    expect(metered.reading().requests).toEqual({ get: 3, put: 0, list: 0, head: 0 });
    expect(metered.reading().waves).toBe(1);
  });

  it('holds writes until flush, shows them to reads at once, and sends them in one wave', async () => {
    const memory = new MemoryStore();
    const metered = new MeteredStore(memory, 1);
    const store = new StagedStore(metered);
    await store.put('x', 'one');
    await store.put('x', 'two');
    await store.put('y', 'why');
    expect(await getText(store, 'x')).toBe('two');
    expect(memory.objects.size).toBe(0);
    expect(store.pending().sort()).toEqual(['x', 'y']);
    expect(await store.list('')).toEqual(['x', 'y']);
    await store.flush();
    expect(await getText(memory, 'x')).toBe('two');
    expect(await getText(memory, 'y')).toBe('why');
    // The two held writes of x went out as one; the list was a request of its own.
    expect(metered.reading().requests.put).toBe(2);
    expect(store.pending()).toEqual([]);
  });

  it('a failed write fails the flush only after every other write of the wave has finished', async () => {
    const memory = new MemoryStore();
    let slowDone = false;
    const failing: ObjectStore = {
      get: (k) => memory.get(k),
      head: (k) => memory.head(k),
      list: (p) => memory.list(p),
      put: async (k, b): Promise<PutResult> => {
        if (k === 'bad') throw new Error('store down');
        await new Promise((r) => setTimeout(r, 20));
        slowDone = true;
        return memory.put(k, b);
      },
    };
    const store = new StagedStore(failing);
    await store.put('bad', '1');
    await store.put('slow', '2');
    await expect(store.flush()).rejects.toThrow('store down');
    expect(slowDone).toBe(true);
    expect(await getText(memory, 'slow')).toBe('2');
  });

  it('a group commit sends every first wave, then every rest wave once, a later write of a key replacing the earlier', async () => {
    const memory = new MemoryStore();
    const sent: string[] = [];
    const recording: ObjectStore = {
      get: (k) => memory.get(k),
      head: (k) => memory.head(k),
      list: (p) => memory.list(p),
      put: (k, b) => {
        sent.push(`${k}=${typeof b === 'string' ? b : new TextDecoder().decode(b)}`);
        return memory.put(k, b);
      },
    };
    const store = new StagedStore(recording);
    store.beginGroup();
    // Two documents, each writing its record first and then the page they share.
    for (const doc of ['1', '2']) {
      await store.put(`filed/${doc}`, doc);
      await store.flush('first');
      await store.put('page', `with ${doc}`);
      await store.flush('rest');
    }
    expect(memory.objects.size).toBe(0);
    expect(await getText(store, 'page')).toBe('with 2');
    await store.endGroup();
    // Both records first, then the page once, with the newer bytes.
    expect(sent).toEqual(['filed/1=1', 'filed/2=2', 'page=with 2']);
    expect(await getText(memory, 'page')).toBe('with 2');
    // Outside a group, a named flush is a plain one.
    await store.put('x', 'now');
    await store.flush('rest');
    expect(await getText(memory, 'x')).toBe('now');
  });

  it('in a group, a first wave that rewrites a key the group holds for later sends the group so far first', async () => {
    const memory = new MemoryStore();
    const store = new StagedStore(memory);
    store.beginGroup();
    await store.put('shared', 'old');
    await store.flush('rest');
    await store.put('shared', 'new');
    await store.flush('first');
    expect(await getText(memory, 'shared')).toBe('old');
    await store.endGroup();
    expect(await getText(memory, 'shared')).toBe('new');
  });

  it('renders a late-rendered write only when it is sent or read, and never when the group replaced it first', async () => {
    const memory = new MemoryStore();
    const store = new StagedStore(memory);
    const rendered: string[] = [];
    const page = (version: string) => () => {
      rendered.push(version);
      return `<p>${version}</p>`;
    };
    store.beginGroup();
    for (const version of ['one', 'two', 'three']) {
      await store.putRendered('page.html', page(version));
      await store.flush('rest');
    }
    expect(rendered).toEqual([]);
    await store.endGroup();
    expect(rendered).toEqual(['three']);
    expect(await getText(memory, 'page.html')).toBe('<p>three</p>');
    // Read back before it is sent: rendered then, once, and sent as read.
    await store.putRendered('other.html', page('four'));
    expect(await getText(store, 'other.html')).toBe('<p>four</p>');
    await store.flush();
    expect(rendered).toEqual(['three', 'four']);
    expect(await getText(memory, 'other.html')).toBe('<p>four</p>');
  });

  it("a JSON value written is read back as the same value, unparsed, and sent serialized once, as the group's last write", async () => {
    const memory = new MemoryStore();
    const store = new StagedStore(memory);
    const first = { story: 's1', claims: ['a'] };
    const second = { story: 's1', claims: ['a', 'b'] };
    store.beginGroup();
    await putJson(store, 'index.json', first);
    await store.flush('rest');
    expect(await getJson(store, 'index.json')).toBe(first);
    await putJson(store, 'index.json', second);
    await store.flush('rest');
    expect(await getJson(store, 'index.json')).toBe(second);
    // Read as bytes before it is sent: the same text a plain store would hold.
    expect(await getText(store, 'index.json')).toBe(JSON.stringify(second));
    expect(await getText(memory, 'index.json')).toBeNull();
    await store.endGroup();
    expect(await getText(memory, 'index.json')).toBe(JSON.stringify(second));
    // A plain store serializes at once; what it reads back is parsed from the bytes.
    await putJson(memory, 'plain.json', first);
    const read = await getJson(memory, 'plain.json');
    expect(read).toEqual(first);
    expect(read).not.toBe(first);
  });
});
