/**
 * A store wrapper that shows what a stage costs on real S3: every request waits a fixed latency (S3 answers a small
 * GET or PUT in ~10–30 ms from Lambda in the same region; 25 ms by default) and is counted by kind, with the bytes
 * read and written and the number of sequential waves.
 *
 * A wave is one stretch of time during which at least one request is in flight: it starts when the number of
 * requests in flight rises from 0 and ends when it falls back to 0. Requests issued together (Promise.all) make
 * one wave; a request that has to wait for the answer of another starts a new one. With a fixed latency L, the
 * time a stage waits on storage is then waves × L (requests of one wave overlap), which is what the stage's
 * data dependencies cost on S3 however fast the local machine is. (Work done between two requests of one chain
 * also ends a wave, as it does on S3.)
 */
import type { ObjectInfo, ObjectStore, PutResult } from './store.ts';

export type RequestKind = 'get' | 'put' | 'list' | 'head';

export interface StoreMeter {
  requests: Record<RequestKind, number>;
  waves: number;
  bytesRead: number;
  bytesWritten: number;
  /** Wall-clock time during which at least one request was in flight (parallel requests count once). */
  busyMs: number;
}

export const emptyMeter = (): StoreMeter => ({
  requests: { get: 0, put: 0, list: 0, head: 0 },
  waves: 0,
  bytesRead: 0,
  bytesWritten: 0,
  busyMs: 0,
});

export const totalRequests = (m: StoreMeter) => m.requests.get + m.requests.put + m.requests.list + m.requests.head;

/** The difference of two readings of one meter (what happened between them). */
export function meterSince(now: StoreMeter, before: StoreMeter): StoreMeter {
  return {
    requests: {
      get: now.requests.get - before.requests.get,
      put: now.requests.put - before.requests.put,
      list: now.requests.list - before.requests.list,
      head: now.requests.head - before.requests.head,
    },
    waves: now.waves - before.waves,
    bytesRead: now.bytesRead - before.bytesRead,
    bytesWritten: now.bytesWritten - before.bytesWritten,
    busyMs: now.busyMs - before.busyMs,
  };
}

export class MeteredStore implements ObjectStore {
  private meter = emptyMeter();
  private inFlight = 0;
  private busySince = 0;

  constructor(
    private readonly inner: ObjectStore,
    /** Added to every request, before it reaches the inner store. */
    public latencyMs = 25,
  ) {}

  /** A copy of the counts so far (take two and subtract with meterSince). */
  reading(): StoreMeter {
    return { ...this.meter, requests: { ...this.meter.requests } };
  }

  private async request<T>(kind: RequestKind, call: () => Promise<T>): Promise<T> {
    this.meter.requests[kind]++;
    if (this.inFlight++ === 0) {
      this.meter.waves++;
      this.busySince = performance.now();
    }
    try {
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      return await call();
    } finally {
      if (--this.inFlight === 0) this.meter.busyMs += performance.now() - this.busySince;
    }
  }

  get(key: string): Promise<Uint8Array | null> {
    return this.request('get', async () => {
      const body = await this.inner.get(key);
      this.meter.bytesRead += body?.byteLength ?? 0;
      return body;
    });
  }

  head(key: string): Promise<ObjectInfo | null> {
    return this.request('head', () => this.inner.head(key));
  }

  put(key: string, body: string | Uint8Array, contentType?: string): Promise<PutResult> {
    this.meter.bytesWritten += typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    return this.request('put', () => this.inner.put(key, body, contentType));
  }

  /** One request per call: the inner store's paging is not seen here (the S3 adapter counts its pages itself). */
  list(prefix: string): Promise<string[]> {
    return this.request('list', () => this.inner.list(prefix));
  }
}
