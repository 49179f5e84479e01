/**
 * The one storage port of the pipeline. Every stage reads and writes through it; the S3 adapter (s3.ts) serves both
 * Lambda and the local embedded server, the memory adapter serves unit tests.
 */
export interface ObjectInfo {
  size: number;
  etag: string | null;
  versionId: string | null;
  /** ISO time of the last write, where the backend says (S3: to the second). */
  lastModified?: string | null;
}

export interface PutResult {
  etag: string | null;
  versionId: string | null;
}

/** Which version of an object to read: the one an upload event names (null or absent: the current one). */
export interface ReadOptions {
  versionId?: string | null;
}

export interface ObjectStore {
  /** Bytes of the object, or null when it does not exist. */
  get(key: string, options?: ReadOptions): Promise<Uint8Array | null>;
  head(key: string, options?: ReadOptions): Promise<ObjectInfo | null>;
  /** Writes the object; returns its new ETag and version id (null where the backend has none). */
  put(key: string, body: string | Uint8Array, contentType?: string): Promise<PutResult>;
  /** Every key under the prefix, in key order. */
  list(prefix: string): Promise<string[]>;
  /**
   * The keys directly in a folder (a prefix ending in '/', not those of its subfolders) in one request, or null when
   * it holds more than `max` entries. Optional: a read cache (cached.ts) uses it to learn which keys are absent.
   */
  listFolder?(folder: string, max: number): Promise<string[] | null>;
  /**
   * Told when getJson reads a corrupt object as absent (`ifCorrupt: 'absent'`), so that the reason is logged
   * (a stage's StagedStore passes it to telemetry). Optional: a plain adapter has nowhere to log it.
   */
  corrupt?(key: string, reason: string): void;
  /** The object as text, where the store holds it as text already (a stage's own writes): spares encoding it to read it. */
  readText?(key: string): Promise<string | null>;
  /**
   * Writes an object rendered only when it is sent (or read): a store that holds writes and sends a later write of
   * the key in place of an earlier one (a group commit, StagedStore) never renders the replaced one.
   */
  putRendered?(key: string, render: () => string | Uint8Array, contentType?: string): Promise<PutResult>;
  /**
   * Writes a JSON value, serialized only when it is sent (or read as bytes), and kept as the value: a stage that
   * reads its own write back (readValue) gets it without parsing. The writer must not change the value afterwards,
   * and a reader must not change what readValue gives it (the pipeline builds new objects instead).
   */
  putValue?(key: string, value: unknown): Promise<PutResult>;
  /** The value of this store's own putValue write of the key, or undefined when it holds none. */
  readValue?(key: string): { value: unknown } | undefined;
}

const decoder = new TextDecoder('utf-8');

export async function getText(store: ObjectStore, key: string): Promise<string | null> {
  if (store.readText) return store.readText(key);
  const bytes = await store.get(key);
  return bytes === null ? null : decoder.decode(bytes);
}

/**
 * `ifCorrupt: 'absent'` is for derived state the pipeline can do without (index and state shards): one that is not
 * valid JSON (cut short by a disk-backed local store killed mid-write) reads as absent and the next write replaces
 * it, instead of failing every document that reads it from then on. What it held is lost either way.
 */
export async function getJson<T>(store: ObjectStore, key: string, options: { ifCorrupt?: 'throw' | 'absent' } = {}): Promise<T | null> {
  const own = store.readValue?.(key);
  if (own) return own.value as T;
  const text = await getText(store, key);
  if (text === null) return null;
  try {
    return parseStoredJson<T>(key, text);
  } catch (error) {
    if (options.ifCorrupt !== 'absent') throw error;
    store.corrupt?.(key, (error as Error).message);
    return null;
  }
}

/** A stored object's text as JSON; an error that names the object when it is not valid JSON. */
export function parseStoredJson<T>(key: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`stored object ${key} is not valid JSON: ${(error as Error).message}`);
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The value as a JSON object; a store that holds writes (ObjectStore.putValue) serializes it when it sends it. */
export function putJson(store: ObjectStore, key: string, value: unknown): Promise<PutResult> {
  return store.putValue ? store.putValue(key, value) : store.put(key, JSON.stringify(value), JSON_TYPE);
}

/** Puts an object rendered as late as the store allows (ObjectStore.putRendered); at once where it cannot wait. */
export function putRendered(store: ObjectStore, key: string, render: () => string | Uint8Array, contentType?: string): Promise<PutResult> {
  return store.putRendered ? store.putRendered(key, render, contentType) : store.put(key, render(), contentType);
}
