/**
 * Where everything lives in the bucket. Users write only under incoming/; the pipeline writes only under corpus/ and
 * reports/, so the incoming/ notification can never fire on the pipeline's own writes.
 *
 *   incoming/<corpus>/<name>                 uploads (versioned; never rewritten by the pipeline)
 *   corpus/<corpus>/prepared/<docId>.json    prepared document (immutable; written once by prepare)
 *   corpus/<corpus>/head.json                the corpus's upload log (recent window) and replay state (diff stage only)
 *   corpus/<corpus>/docs/<docId>.json        first-ingestion record of a document id
 *   corpus/<corpus>/index/<story>.json       a story's live claims and the retrieval keys they are filed under
 *   corpus/<corpus>/index-archive/<story>/<seq>-<docId>.json  claims a document's filing moved out (write-once)
 *   corpus/<corpus>/filed/<docId>.json       the story and keys a document's claims were filed under, and the state
 *                                            shards it changed
 *   corpus/<corpus>/state/<family>/<shard>.json  corpus state in shards: entities/<name key>, stories/<story>,
 *                                            story-index/<hash>, and the packed line table `line-table` (each
 *                                            with its undo log for replays)
 *   (corpora of earlier versions hold other index and state objects: `claimdiff migrate`, migrate.ts, converts them)
 *   corpus/<corpus>/recent.json              the newest uploads, for the index page (older ones: reports/<corpus>/index-<n>.html)
 *   reports/<corpus>/<docId>.json|.md|.html  change report of a document
 *   reports/<corpus>/uploads/<uploadId>.json one record per upload, ok or rejected (what `claimdiff reports` lists)
 *   reports/<corpus>/names/<name>.json       the newest upload of that file name (for `claimdiff report <name>`)
 *   reports/<corpus>/index.html              the corpus index page
 *   reports/<corpus>/stories/<story>.json|.md|.html  a story's dossier: where the story stands now (dossier/)
 *   reports/<corpus>/stories/older/<story>-<n>.json|.html  older entries a long story moved off its dossier (write-once)
 *   retries/<corpus>/<uploadId>.json        a user's request to try again an upload the pipeline gave up on
 *                                            (`claimdiff retry`, retry.ts); read by prepare, never written by the pipeline
 */
import { createHash } from 'node:crypto';

export const INCOMING = 'incoming/';
/** Retry requests (retry.ts): like uploads, written by users and announced to the prepare stage. */
export const RETRIES = 'retries/';
export const DEFAULT_CORPUS = 'default';
const CORPUS_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export interface UploadLocation {
  corpus: string;
  /** Base name of the upload, e.g. kz-a.txt */
  name: string;
  sourceKey: string;
}

export class BadKeyError extends Error {}

/**
 * incoming/<corpus>/<name> → corpus and name; incoming/<name> → the default corpus. Nested folders below the corpus
 * are allowed (the name is the last segment). `..` segments and empty names are refused.
 */
export function parseUploadKey(key: string): UploadLocation {
  if (!key.startsWith(INCOMING)) throw new BadKeyError(`key ${JSON.stringify(key)} is outside ${INCOMING}`);
  const segments = key.slice(INCOMING.length).split('/');
  if (segments.some((s) => s === '..' || s === '.')) throw new BadKeyError(`key ${JSON.stringify(key)} has a relative path segment`);
  const name = segments[segments.length - 1];
  if (!name) throw new BadKeyError(`key ${JSON.stringify(key)} names a folder, not a file`);
  const corpus = segments.length > 1 ? segments[0] : DEFAULT_CORPUS;
  if (!CORPUS_NAME.test(corpus)) {
    throw new BadKeyError(`corpus name ${JSON.stringify(corpus)} must be 1-63 letters, digits, '.', '_' or '-'`);
  }
  return { corpus, name, sourceKey: key };
}

export function isValidCorpusName(corpus: string): boolean {
  return CORPUS_NAME.test(corpus);
}

export function uploadKey(corpus: string, name: string): string {
  return `${INCOMING}${corpus}/${name}`;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Document id: derived from the uploaded bytes, so the same content is always recognised. */
export function documentId(bytes: Uint8Array): string {
  return sha256Hex(bytes).slice(0, 20);
}

/** Upload id: one per (key, version); a redelivered event for the same upload maps to the same id. */
export function uploadId(sourceKey: string, version: string | null): string {
  return sha256Hex(`${sourceKey}\n${version ?? ''}`).slice(0, 20);
}

/**
 * The longest key segment the pipeline derives from content (a name, a word, a story id). S3 keys are at most 1,024
 * bytes; a segment of a hostile or odd document (an "acronym" of 1,200 title-case words) must not make the key of
 * its shard invalid, which would fail the document on every attempt. 96 bytes keep any derived key (corpus ≤ 63,
 * folders, two segments, suffix) far under the limit, while ordinary names and words stay readable in full.
 */
export const MAX_KEY_SEGMENT = 96;

/**
 * The one way text becomes part of an S3 key. Lower-case letters, digits and '-' pass; any other character is
 * written as '_' and its code point in hex, so distinct texts stay distinct ("Ab" → "_41b"). A result longer than
 * MAX_KEY_SEGMENT keeps a readable prefix and ends in '~' and a hash of the whole text, so it stays distinct and
 * bounded: keySegment('x'.repeat(2000)) is 'xxx…~<24 hex>'.
 */
export function keySegment(text: string): string {
  const escaped = text.replace(/[^a-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
  return boundSegment(escaped, text);
}

/** Bounds a segment that is already valid in a key (an upload's file name): past MAX_KEY_SEGMENT, a prefix and a hash of `whole`. */
export function boundSegment(segment: string, whole: string = segment): string {
  if (segment.length <= MAX_KEY_SEGMENT) return segment;
  const prefix = [...segment].slice(0, MAX_KEY_SEGMENT - 25).join(''); // whole characters: no half surrogate pair
  return `${prefix}~${sha256Hex(whole).slice(0, 24)}`;
}

/** File name of an older page of the corpus index, page 1 the oldest (the pages link to each other relatively). */
export const olderIndexName = (page: number) => `index-${page}.html`;

export const keys = {
  prepared: (corpus: string, docId: string) => `corpus/${corpus}/prepared/${docId}.json`,
  head: (corpus: string) => `corpus/${corpus}/head.json`,
  ingested: (corpus: string, docId: string) => `corpus/${corpus}/docs/${docId}.json`,
  /** A story's claims and which of its retrieval keys each is filed under (story-claims.ts). */
  storyClaims: (corpus: string, story: string) => `corpus/${corpus}/index/${story}.json`,
  filed: (corpus: string, docId: string) => `corpus/${corpus}/filed/${docId}.json`,
  indexArchive: (corpus: string, key: string, seqRange: string) => `corpus/${corpus}/index-archive/${key}/${seqRange}.json`,
  /** A state shard (`entities/s-tk`), or a snapshot slot of a corpus of an earlier version (`7`, read by migrate.ts). */
  state: (corpus: string, shard: string) => `corpus/${corpus}/state/${shard}.json`,
  reportJson: (corpus: string, docId: string) => `reports/${corpus}/${docId}.json`,
  reportMarkdown: (corpus: string, docId: string) => `reports/${corpus}/${docId}.md`,
  reportHtml: (corpus: string, docId: string) => `reports/${corpus}/${docId}.html`,
  uploadsPrefix: (corpus: string) => `reports/${corpus}/uploads/`,
  upload: (corpus: string, id: string) => `reports/${corpus}/uploads/${id}.json`,
  /** The newest upload of a file name (its upload record and id): `report NAME` reads this one object. */
  name: (corpus: string, name: string) => `reports/${corpus}/names/${boundSegment(name)}.json`,
  recent: (corpus: string) => `corpus/${corpus}/recent.json`,
  storiesPrefix: (corpus: string) => `reports/${corpus}/stories/`,
  storyJson: (corpus: string, story: string) => `reports/${corpus}/stories/${story}.json`,
  storyMarkdown: (corpus: string, story: string) => `reports/${corpus}/stories/${story}.md`,
  storyHtml: (corpus: string, story: string) => `reports/${corpus}/stories/${story}.html`,
  /** `file` as the dossier lists it (older/<story>-<n>), without extension. */
  storyOlder: (corpus: string, file: string, ext: 'json' | 'html') => `reports/${corpus}/stories/${file}.${ext}`,
  indexPage: (corpus: string) => `reports/${corpus}/index.html`,
  retryRequest: (corpus: string, uploadId: string) => `${RETRIES}${corpus}/${uploadId}.json`,
  /** Older uploads of the corpus index page, page 1 the oldest (written once each). */
  indexPageOlder: (corpus: string, page: number) => `reports/${corpus}/${olderIndexName(page)}`,
};
