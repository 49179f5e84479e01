/**
 * Storage of the story dossiers (dossier/dossier.ts) for the diff stage: the one dossier a document reads (its
 * story's), the objects it writes (JSON, Markdown, HTML, and an older page when a section outgrew its cap), and the
 * rollback a replay runs on the stories of the documents it takes out. Kept apart so the diff stage only hooks in.
 */
import {
  addDocument,
  emptyDossier,
  pagesToRestore,
  rollBack,
  storySummary,
  type Dossier,
  type DossierDocument,
  type DossierPage,
  type StorySummary,
} from '../dossier/dossier.ts';
import { renderDossierLater, renderDossierPage } from '../dossier/render.ts';
import { getJson, parseStoredJson, putRendered, type ObjectStore } from '../storage/store.ts';
import { keys } from './keys.ts';

/** Stories listed on the corpus index page (the most recently updated); `claimdiff stories` lists them all. */
export const STORIES_LISTED = 50;

/**
 * The dossiers this process wrote or read last (two versions a story: the one it read and the one it wrote), with the
 * bytes they are stored as. The story's next document usually comes to the same process (a local ingest; a warm
 * Lambda) and reads back what the one before wrote; a redelivered document reads again what it read. When the bytes
 * read are bytes kept, the dossier is taken as it is, without decoding and parsing ~100 KB again, and its items come
 * with their renderings (dossier/render.ts). Whatever the store holds decides: a write that failed, another process's
 * write, a rollback, all give other bytes, which are parsed. Sharing one is safe: addDocument copies what it changes
 * and leaves the dossier it was given as it was.
 */
const kept = new Map<string, Array<{ bytes: Uint8Array; dossier: Dossier }>>();
const KEPT_STORIES = 32;
const decoder = new TextDecoder();
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;

function keep(key: string, bytes: Uint8Array, dossier: Dossier): void {
  const versions = [{ bytes, dossier }, ...(kept.get(key) ?? []).filter((v) => !sameBytes(v.bytes, bytes))].slice(0, 2);
  kept.delete(key); // most recently used last
  kept.set(key, versions);
  if (kept.size > KEPT_STORIES) kept.delete(kept.keys().next().value!);
}

export async function readDossier(store: ObjectStore, corpus: string, story: string): Promise<Dossier> {
  const key = keys.storyJson(corpus, story);
  const bytes = await store.get(key);
  if (bytes === null) return emptyDossier(corpus, story);
  const known = kept.get(key)?.find((v) => sameBytes(v.bytes, bytes));
  if (known) {
    // Kept as the version read, so this document's own write does not push it out: a redelivery (or a reader
    // that gets an older version back) finds it again instead of parsing and rendering every item anew.
    keep(key, bytes, known.dossier);
    return known.dossier;
  }
  const dossier = parseStoredJson<Dossier>(key, decoder.decode(bytes));
  keep(key, bytes, dossier);
  return dossier;
}

async function readPages(store: ObjectStore, corpus: string, d: Dossier, from: number): Promise<DossierPage[]> {
  const wanted = new Set(pagesToRestore(d, from));
  const pages = await Promise.all(
    d.olderPages.filter((p) => wanted.has(p.page)).map((p) => getJson<DossierPage>(store, keys.storyOlder(corpus, p.file, 'json'))),
  );
  return pages.filter((p): p is DossierPage => p !== null);
}

const touchedFrom = (d: Dossier, from: number) => d.sources.some((s) => s.by >= from) || pagesToRestore(d, from).length > 0;

/**
 * The dossier with the document in, ready to write. Anything already there from this seq on (a crash after the
 * dossier was written and before the document finished) is taken out first, so a redelivery adds the document once.
 */
export async function withDocument(
  store: ObjectStore,
  corpus: string,
  read: Dossier,
  doc: DossierDocument,
): Promise<{ dossier: Dossier; page: DossierPage | null }> {
  const before = touchedFrom(read, doc.seq) ? rollBack(read, doc.seq, await readPages(store, corpus, read, doc.seq)) : read;
  return addDocument(before, doc);
}

/** One object of a dossier, ready to put (a page rendered when it is sent: see ObjectStore.putRendered). */
export interface DossierFile {
  key: string;
  body: string | Uint8Array | (() => string | Uint8Array);
  contentType: string;
}

/** The objects of a dossier (and of its new older page): JSON, Markdown and HTML, rendered. */
export function dossierFiles(corpus: string, d: Dossier, page: DossierPage | null = null): DossierFile[] {
  const story = d.story.id;
  // Rendered as bytes, once: the JSON's are kept with the dossier, and the store sends them as they are.
  const rendered = renderDossierLater(d);
  const json = rendered.json;
  keep(keys.storyJson(corpus, story), json, d);
  const files: DossierFile[] = [
    { key: keys.storyJson(corpus, story), body: json, contentType: JSON_TYPE },
    { key: keys.storyMarkdown(corpus, story), body: rendered.markdown, contentType: 'text/markdown; charset=utf-8' },
    { key: keys.storyHtml(corpus, story), body: rendered.html, contentType: HTML_TYPE },
  ];
  if (page) {
    const file = d.olderPages.find((p) => p.page === page.page)!.file;
    const older = renderDossierPage(page);
    files.push(
      { key: keys.storyOlder(corpus, file, 'json'), body: older.json, contentType: JSON_TYPE },
      { key: keys.storyOlder(corpus, file, 'html'), body: older.html, contentType: HTML_TYPE },
    );
  }
  return files;
}
const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

/** Puts the objects: part of the document's write set. */
export function putDossierFiles(store: ObjectStore, files: DossierFile[]): Array<Promise<unknown>> {
  return files.map((f) =>
    typeof f.body === 'function' ? putRendered(store, f.key, f.body, f.contentType) : store.put(f.key, f.body, f.contentType),
  );
}

/**
 * Puts a story's dossier back as it was before document `from` (a replay): its summary when the dossier changed,
 * null when nothing of it came from `from` on. Idempotent.
 */
export async function rollBackStory(store: ObjectStore, corpus: string, story: string, from: number): Promise<StorySummary | null> {
  const d = await getJson<Dossier>(store, keys.storyJson(corpus, story));
  if (!d || !touchedFrom(d, from)) return null;
  const back = rollBack(d, from, await readPages(store, corpus, d, from));
  await Promise.all(putDossierFiles(store, dossierFiles(corpus, back)));
  return storySummary(back);
}

/** The story list of the index page with `changed` in: most recently updated first, stories left empty dropped. */
export function listStories(list: StorySummary[], changed: StorySummary[]): StorySummary[] {
  const ids = new Set(changed.map((s) => s.id));
  return [...list.filter((s) => !ids.has(s.id)), ...changed.filter((s) => s.documents > 0)].sort(recentFirst).slice(0, STORIES_LISTED);
}

export function recentFirst(a: StorySummary, b: StorySummary): number {
  return b.updatedAt.localeCompare(a.updatedAt) || b.seq - a.seq || a.id.localeCompare(b.id);
}
