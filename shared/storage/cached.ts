/**
 * A read-through cache in front of a store that only this process writes: the embedded store of a local `ingest`
 * (its data folder is locked against a second process, cli/data-lock.ts, and its server listens on a port no one
 * else is told). Every document reads back what the documents before it wrote (the corpus head, its state shards,
 * its story's index and dossier, the index page list): on the embedded server each such read is a full HTTP round
 * trip through the SDK and the server, a few milliseconds of CPU, about half of what a document cost there.
 *
 * Writes go through to the inner store and are awaited as before, so what is stored, and when, does not change (a
 * crash leaves the same objects); the cache only answers reads of objects it saw written or read, and remembers
 * which keys it found absent. A store someone else also writes (real S3, `serve`'s public endpoint) must not be
 * cached this way. Reads of a named version pass through. The cache holds at most `maxBytes` of object bodies,
 * dropping the least recently used first.
 *
 * Absent keys. Most reads that reach the store find nothing: a new document's first-ingestion record and filing
 * record, the state shards a young corpus has not made yet, a new upload's record. Once a folder has had two such
 * reads, it is listed (one request, when it holds at most FOLDER_LIST_MAX entries; ObjectStore.listFolder): a key
 * neither listed there nor written since by this process is absent, and its read costs no request. A key this
 * process began writing always goes to the store (or the cache): it may exist whatever the listing said.
 */
import type { ObjectInfo, ObjectStore, PutResult, ReadOptions } from './store.ts';

const encoder = new TextEncoder();

/** Reads that missed in one folder before it is listed: a folder read once (one document's) is not worth a listing. */
const LIST_AFTER_MISSES = 2;
/** Entries of a folder a listing takes (S3's page): a larger folder is not listed, and its reads go to the store. */
const FOLDER_LIST_MAX = 1000;

export class CachedStore implements ObjectStore {
  /** Bodies (null: known absent) by key, least recently used first (a Map keeps insertion order). */
  private readonly bodies = new Map<string, Promise<Uint8Array | null>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  /** Folders by prefix: reads that missed there, and their listing once taken (null: not listed, or too large). */
  private readonly folders = new Map<string, { misses: number; keys: Promise<Set<string> | null> | null }>();
  /** Every key this process wrote or began writing (kept when its body is dropped: it may exist on the store). */
  private readonly written = new Set<string>();
  /** Reads the cache answered, reads it passed on, and reads a folder's listing answered as absent. */
  readonly counts = { hits: 0, misses: 0, absent: 0 };

  constructor(
    readonly inner: ObjectStore,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string, options: ReadOptions = {}): Promise<Uint8Array | null> {
    if (options.versionId) return this.inner.get(key, options);
    const cached = this.bodies.get(key);
    if (cached) {
      this.counts.hits++;
      this.bodies.delete(key); // most recently used goes last
      this.bodies.set(key, cached);
      return cached;
    }
    const read = this.knownAbsent(key).then((absent) => {
      if (absent) return null;
      this.counts.misses++;
      return this.inner.get(key);
    });
    this.remember(key, read, 0);
    read.then(
      (body) => this.resize(key, read, body?.byteLength ?? 0),
      () => this.forget(key, read), // a failed read is not remembered: the next one asks again
    );
    return read;
  }

  async head(key: string, options?: ReadOptions): Promise<ObjectInfo | null> {
    // ETags and write times come from the server (the local upload version is made of them); only absence is known.
    if (!options?.versionId && !this.bodies.has(key) && (await this.knownAbsent(key))) return null;
    return this.inner.head(key, options);
  }

  async put(key: string, body: string | Uint8Array, contentType?: string): Promise<PutResult> {
    this.written.add(key);
    this.forget(key);
    // Encoded once: the inner store sends the bytes the cache keeps (encoding a ~100 KB page twice cost a pass more).
    const bytes = typeof body === 'string' ? encoder.encode(body) : body;
    try {
      const result = await this.inner.put(key, bytes, contentType);
      this.remember(key, Promise.resolve(bytes), bytes.byteLength);
      return result;
    } catch (error) {
      this.forget(key); // what the server holds now is unknown: read it again
      throw error;
    }
  }

  list(prefix: string): Promise<string[]> {
    return this.inner.list(prefix);
  }

  /**
   * An object this process wrote through another client of the same store (the local prepare thread's): its
   * bytes, as they were sent, answer the next read.
   */
  wrote(key: string, bytes: Uint8Array): void {
    this.written.add(key);
    this.remember(key, Promise.resolve(bytes), bytes.byteLength);
  }

  /**
   * Whether the key is absent by its folder's listing (taken at the folder's LIST_AFTER_MISSES-th miss), and not
   * written by this process since. False when unknown: no listing (yet), a folder too large, or a failed listing.
   */
  private async knownAbsent(key: string): Promise<boolean> {
    const cut = key.lastIndexOf('/');
    if (cut < 0 || !this.inner.listFolder || this.written.has(key)) return false;
    const name = key.slice(0, cut + 1);
    let folder = this.folders.get(name);
    if (!folder) this.folders.set(name, (folder = { misses: 0, keys: null }));
    if (++folder.misses === LIST_AFTER_MISSES) {
      folder.keys = this.inner.listFolder(name, FOLDER_LIST_MAX).then(
        (listed) => listed && new Set(listed),
        () => null, // the reads go to the store, as before
      );
    }
    const listed = await folder.keys;
    const absent = listed !== null && !listed.has(key) && !this.written.has(key);
    if (absent) this.counts.absent++;
    return absent;
  }

  private remember(key: string, body: Promise<Uint8Array | null>, size: number): void {
    this.forget(key);
    this.bodies.set(key, body);
    this.sizes.set(key, size);
    this.bytes += size;
    this.evict();
  }

  private resize(key: string, body: Promise<Uint8Array | null>, size: number): void {
    if (this.bodies.get(key) !== body) return; // replaced (or dropped) meanwhile
    this.bytes += size - (this.sizes.get(key) ?? 0);
    this.sizes.set(key, size);
    this.evict();
  }

  private forget(key: string, only?: Promise<Uint8Array | null>): void {
    if (!this.bodies.has(key) || (only && this.bodies.get(key) !== only)) return;
    this.bytes -= this.sizes.get(key) ?? 0;
    this.bodies.delete(key);
    this.sizes.delete(key);
  }

  private evict(): void {
    for (const key of this.bodies.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(key);
    }
  }
}
