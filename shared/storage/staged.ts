/**
 * A store for one message of a stage that plans its requests: reads can be started together before they are needed
 * (prefetch), every object is fetched at most once, and writes are held back and sent together, in parallel, when
 * the stage says the order allows (flush). On S3 each request costs a round trip of ~25 ms, so what a message costs
 * is the number of waves of requests its data dependencies force, not the number of requests.
 *
 * Reads see the message's own writes, flushed or not. Only the stage that owns the objects may use it this way: it
 * assumes no one else writes them while the message runs (the diff stage runs one message at a time per corpus).
 *
 * Group commit (beginGroup): several documents committed as one. Each document still flushes in its order (the
 * writes a crash recovery needs first, then the rest), but those flushes are deferred and merged: every document's
 * first wave goes out together, then every document's rest together, in which a later write of a key replaces the
 * earlier one (a story page rewritten per document is sent once). Any other flush is a barrier that sends all of it.
 */
import type { ObjectInfo, ObjectStore, PutResult } from './store.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
const JSON_TYPE = 'application/json; charset=utf-8';

interface HeldWrite {
  /** As written; a function until the write is sent or read (putRendered). */
  body: string | Uint8Array | (() => string | Uint8Array);
  contentType?: string;
  /** A JSON value written with putValue (body renders it), which reads of the key get as it is. */
  value?: { value: unknown };
}

/** The write's body, rendered now if it was put to be rendered late. */
function bodyOf(w: HeldWrite): string | Uint8Array {
  if (typeof w.body === 'function') w.body = w.body();
  return w.body;
}

export class StagedStore implements ObjectStore {
  private readonly read = new Map<string, Promise<Uint8Array | null>>();
  /**
   * What the message wrote, as written: encoded only when the message reads it back as bytes, which few writes are
   * (the inner store encodes each one again to send it, and a story page or report is ~100 KB a pass).
   */
  private readonly written = new Map<string, HeldWrite>();
  private held = new Map<string, HeldWrite>();
  /** While a group commit runs: the deferred first waves and rest waves, merged (see beginGroup). */
  private group: { first: Map<string, HeldWrite>; rest: Map<string, HeldWrite> } | null = null;

  constructor(
    readonly inner: ObjectStore,
    /** Where a corrupt object read as absent is reported (ObjectStore.corrupt). */
    private readonly onCorrupt: (key: string, reason: string) => void = () => {},
  ) {}

  corrupt(key: string, reason: string): void {
    this.onCorrupt(key, reason);
  }

  /** Starts reading the objects now, all at once, so later gets of them wait for this one wave. */
  prefetch(keys: Iterable<string>): void {
    for (const key of keys) if (!this.read.has(key) && !this.written.has(key)) this.read.set(key, this.fetch(key));
  }

  private fetch(key: string): Promise<Uint8Array | null> {
    const p = this.inner.get(key);
    // A failed read is not remembered: the message fails, and a redelivery reads again.
    p.catch(() => this.read.delete(key));
    return p;
  }

  get(key: string): Promise<Uint8Array | null> {
    const own = this.written.get(key);
    if (own) {
      const body = bodyOf(own);
      if (typeof body !== 'string') return Promise.resolve(body);
      const bytes = encoder.encode(body);
      own.body = bytes;
      return Promise.resolve(bytes);
    }
    let p = this.read.get(key);
    if (!p) this.read.set(key, (p = this.fetch(key)));
    return p;
  }

  /** Its own writes as written: a JSON object the stage wrote and reads back is not encoded and decoded again. */
  async readText(key: string): Promise<string | null> {
    const own = this.written.get(key);
    const body = own ? bodyOf(own) : await this.get(key);
    return body === null || typeof body === 'string' ? body : decoder.decode(body);
  }

  async head(key: string): Promise<ObjectInfo | null> {
    if (this.written.has(key)) return { size: (await this.get(key))!.byteLength, etag: null, versionId: null };
    if (!this.read.has(key)) return this.inner.head(key);
    const body = await this.read.get(key)!;
    return body === null ? null : { size: body.byteLength, etag: null, versionId: null };
  }

  /** Held until flush; reads of the key see it at once. */
  async put(key: string, body: string | Uint8Array, contentType?: string): Promise<PutResult> {
    return this.hold(key, { body, contentType });
  }

  /** Held until flush, and rendered then (or when read): a write the group replaces before it is sent is never rendered. */
  async putRendered(key: string, render: () => string | Uint8Array, contentType?: string): Promise<PutResult> {
    return this.hold(key, { body: render, contentType });
  }

  /**
   * Held until flush, serialized then (or when read as bytes). A story's index (~0.5 MB of JSON) is read back and
   * rewritten by every document of a group commit: kept as the value, it is parsed and serialized once a group,
   * not once a document.
   */
  async putValue(key: string, value: unknown): Promise<PutResult> {
    return this.hold(key, { body: () => JSON.stringify(value), contentType: JSON_TYPE, value: { value } });
  }

  readValue(key: string): { value: unknown } | undefined {
    return this.written.get(key)?.value;
  }

  private hold(key: string, w: HeldWrite): PutResult {
    this.held.set(key, w);
    this.written.set(key, w);
    return { etag: null, versionId: null };
  }

  async list(prefix: string): Promise<string[]> {
    const keys = new Set(await this.inner.list(prefix));
    for (const key of this.held.keys()) if (key.startsWith(prefix)) keys.add(key);
    return [...keys].sort();
  }

  /** Writes held since the last flush. */
  pending(): string[] {
    return [...this.held.keys()];
  }

  /**
   * From now until endGroup, flush('first') and flush('rest') are deferred: the writes held at a 'first' flush join
   * the group's first wave, those held at a 'rest' flush its last wave. A plain flush (or endGroup) sends the first
   * wave, then the last, then what is held, each wave awaited before the next, so no write overtakes one flushed
   * before it in the document's own order: a document's rest goes after its first wave, as without the group. What
   * moves is another document's first wave, which goes out before earlier documents' rest: it only says what a
   * replay must take out, and a replay takes out nothing that was not put in.
   */
  beginGroup(): void {
    this.group ??= { first: new Map(), rest: new Map() };
  }

  /** Sends what the group deferred and ends it. */
  async endGroup(): Promise<void> {
    await this.flush();
    this.group = null;
  }

  /**
   * Sends every held write at once and waits for all of them, so nothing written later can overtake them. When one
   * fails, the others still finish (or fail) before the error is thrown: a redelivery then never races a write of
   * the failed attempt. `wave` names which of a document's waves this is, for a group commit (beginGroup).
   */
  async flush(wave?: 'first' | 'rest'): Promise<void> {
    const group = this.group;
    if (group && wave === 'rest') {
      for (const [key, w] of this.take()) group.rest.set(key, w);
      return;
    }
    if (group && wave === 'first') {
      // A key the group's last wave already holds would be sent first with newer bytes and then overwritten with
      // older ones: send the group so far instead, then defer.
      if (this.pending().some((key) => group.rest.has(key))) await this.sendGroup(group);
      for (const [key, w] of this.take()) group.first.set(key, w);
      return;
    }
    if (group) await this.sendGroup(group);
    await this.send(this.take());
  }

  private async sendGroup(group: { first: Map<string, HeldWrite>; rest: Map<string, HeldWrite> }): Promise<void> {
    const first = group.first;
    const rest = group.rest;
    group.first = new Map();
    group.rest = new Map();
    await this.send(first);
    await this.send(rest);
  }

  private take(): Map<string, HeldWrite> {
    const writes = this.held;
    this.held = new Map();
    return writes;
  }

  private async send(writes: Map<string, HeldWrite>): Promise<void> {
    if (writes.size === 0) return;
    const settled = await Promise.allSettled([...writes].map(async ([key, w]) => this.inner.put(key, bodyOf(w), w.contentType)));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
