import type { ObjectInfo, ObjectStore, PutResult } from './store.ts';

/** In-memory store for unit tests and benchmarks. Counts requests so tests can check what a stage costs. */
export class MemoryStore implements ObjectStore {
  readonly objects = new Map<string, Uint8Array>();
  readonly requests = { get: 0, head: 0, put: 0, list: 0 };

  async get(key: string): Promise<Uint8Array | null> {
    this.requests.get++;
    return this.objects.get(key) ?? null;
  }

  async head(key: string): Promise<ObjectInfo | null> {
    this.requests.head++;
    const body = this.objects.get(key);
    return body ? { size: body.byteLength, etag: null, versionId: null } : null;
  }

  async put(key: string, body: string | Uint8Array): Promise<PutResult> {
    this.requests.put++;
    this.objects.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
    return { etag: null, versionId: null };
  }

  async list(prefix: string): Promise<string[]> {
    this.requests.list++;
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  async listFolder(folder: string, max: number): Promise<string[] | null> {
    this.requests.list++;
    const inFolder = [...this.objects.keys()].filter((k) => k.startsWith(folder));
    const entries = new Set(inFolder.map((k) => (k.indexOf('/', folder.length) < 0 ? k : k.slice(0, k.indexOf('/', folder.length) + 1))));
    return entries.size > max ? null : inFolder.filter((k) => k.indexOf('/', folder.length) < 0).sort();
  }

  totalRequests(): number {
    const r = this.requests;
    return r.get + r.head + r.put + r.list;
  }
}
