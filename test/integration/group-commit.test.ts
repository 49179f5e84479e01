/**
 * Group commit: a FIFO batch of new documents is diffed and committed as one replay (diff-stage.ts diffUploads). The
 * stored corpus, every report and every story dossier must be byte for byte what the same documents leave one
 * message at a time, also when the batch holds documents that belong before ones already diffed, and when the
 * Lambda dies anywhere inside the batched commit and the batch is redelivered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiffMessage } from '../../shared/queue/queue.ts';
import type { ObjectStore, PutResult } from '../../shared/storage/store.ts';
import { CrashingStore, deliverDiffs, deliverUploads, Harness, RecordingQueue } from '../support/harness.ts';
import { varyText } from '../../scripts/corpus-gen.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const CORPUS = 'group';
// Each fixture article twice, the second with other figures: a story of several documents whose dossier, index and
// state every document of the batch rewrites.
const articles = readdirSync(FIXTURES)
  .filter((n) => /\.(txt|html?)$/.test(n))
  .sort()
  .flatMap((name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    return [0, 1].map((variant) => ({ name: `${variant}-${name}`, body: variant ? varyText(text, variant) : text }));
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** Counts the writes of each key, so a test can see that the batch was committed as one. */
class CountingStore implements ObjectStore {
  readonly puts = new Map<string, number>();
  constructor(private readonly inner: ObjectStore) {}
  get = (k: string) => this.inner.get(k);
  head = (k: string) => this.inner.head(k);
  list = (p: string) => this.inner.list(p);
  put(key: string, body: string | Uint8Array, type?: string): Promise<PutResult> {
    this.puts.set(key, (this.puts.get(key) ?? 0) + 1);
    return this.inner.put(key, body, type);
  }
}

interface Prepared {
  /** The prepare stage's outputs, to copy into a fresh server (prepare is a function of the upload alone). */
  objects: Map<string, string>;
  /** The diff messages, in upload order. */
  sent: DiffMessage[];
}

async function uploaded(): Promise<Harness> {
  const h = await Harness.start();
  for (const a of articles) await h.upload(`incoming/${CORPUS}/${a.name}`, a.body);
  return h;
}

async function prepareAll(): Promise<Prepared> {
  const h = await Harness.start();
  try {
    const events = [];
    for (const a of articles) events.push(await h.upload(`incoming/${CORPUS}/${a.name}`, a.body));
    const queue = new RecordingQueue();
    await deliverUploads(h.prepare({ queue }), events);
    const objects = new Map<string, string>();
    for (const key of await h.store.list(`corpus/${CORPUS}/prepared/`))
      objects.set(key, new TextDecoder().decode((await h.store.get(key))!));
    return { objects, sent: queue.sent };
  } finally {
    await h.close();
  }
}

/** The documents diffed in the given batches (each a list of indexes into the upload-ordered messages). */
async function diffIn(prepared: Prepared, batches: number[][], wrap: (s: ObjectStore) => ObjectStore = (s) => s) {
  const h = await uploaded();
  try {
    for (const [key, text] of prepared.objects) await h.store.put(key, text);
    const store = wrap(h.store);
    const diff = h.diff({ store });
    for (const batch of batches) {
      const messages = batch.map((i) => prepared.sent[i]);
      await deliverDiffs(diff, messages, messages.length);
    }
    return { state: await h.storedState(), store };
  } finally {
    await h.close();
  }
}

function expectSameState(actual: Map<string, string>, expected: Map<string, string>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, value] of expected) expect(actual.get(key), key).toBe(value);
}

describe('group commit of a diff batch', () => {
  let prepared: Prepared;
  let oneByOne: Map<string, string>;
  const all = () => articles.map((_, i) => i);

  beforeAll(async () => {
    prepared = await prepareAll();
    expect(prepared.sent).toHaveLength(articles.length);
    oneByOne = (
      await diffIn(
        prepared,
        all().map((i) => [i]),
      )
    ).state;
  }, 300_000);

  it('one batch of every document stores the same bytes as one message at a time, writing shared objects once', async () => {
    const reports = [...oneByOne.keys()].filter((k) => new RegExp(`^reports/${CORPUS}/[0-9a-f]{20}\\.json$`).test(k));
    expect(reports).toHaveLength(articles.length);
    const dossiers = [...oneByOne.keys()].filter((k) => k.includes('/stories/') && k.endsWith('.html'));
    expect(dossiers.length).toBeGreaterThan(0);

    const batched = await diffIn(prepared, [all()], (s) => new CountingStore(s));
    expectSameState(batched.state, oneByOne);
    // The batch was committed as one: the index page, the log and each story page went out once (the log twice:
    // with the replay's intent, then cleared), not once per document.
    const puts = (batched.store as CountingStore).puts;
    expect(puts.get(`reports/${CORPUS}/index.html`)).toBe(1);
    expect(puts.get(`corpus/${CORPUS}/head.json`)).toBe(2);
    for (const key of dossiers) expect(puts.get(key), key).toBe(1);
  });

  it('a batch holding documents that belong before ones already diffed stores the same bytes', async () => {
    // The third and fourth uploads arrive after the fifth was diffed: the batch places them before it and replays.
    const late = await diffIn(prepared, [
      [0, 1, 4],
      [2, 3, 5],
    ]);
    expectSameState(late.state, oneByOne);
  });

  // A write that fails (the Lambda dies), before or after it reaches S3, at the n-th write of a kind inside the batch.
  const crashPoints: Array<[string, (key: string) => boolean, number, boolean]> = [
    ['after the log with the replay intent', (k) => k.endsWith('/head.json'), 1, true],
    ['after the second filing record', (k) => k.includes('/filed/'), 2, true],
    ['before a report', (k) => /^reports\/group\/[0-9a-f]{20}\.json$/.test(k), 3, false],
    ['after a state shard', (k) => k.includes('/state/'), 2, true],
    ['before the story index', (k) => k.includes('/index/'), 1, false],
    ['after a story dossier page', (k) => k.includes('/stories/') && k.endsWith('.html'), 1, true],
    ['after the corpus index page', (k) => k.endsWith('index.html'), 1, true],
    ['before the log is cleared', (k) => k.endsWith('/head.json'), 2, false],
  ];
  it.each(crashPoints)(
    'a crash %s, then redelivery of the batch, stores the same bytes',
    { timeout: 300_000 },
    async (_, kind, n, after) => {
      let seen = 0;
      const crashed = await diffIn(prepared, [all()], (s) => {
        const crashing = new CrashingStore(s, (k) => kind(k) && ++seen === n, after);
        return crashing;
      });
      expect((crashed.store as CrashingStore).crashed).toBe(true);
      expectSameState(crashed.state, oneByOne);
    },
  );
});
