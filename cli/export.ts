/**
 * Reports as plain files: the objects under reports/<corpus>/ (the index pages, and each report as HTML, JSON and
 * Markdown) written to DIR/<corpus>/ with the same relative layout, so the links between them, which are all
 * relative, work from disk with no server. The upload and name records beside them are the pipeline's bookkeeping
 * and stay in the store.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { keys } from '../shared/pipeline/keys.ts';
import type { ObjectStore } from '../shared/storage/store.ts';

export interface ExportOptions {
  /** Only these extensions (e.g. ['.html'] for a browser); default every report file. */
  extensions?: string[];
  /** Skip files already on disk, except the pages rewritten with every upload (index.html). */
  incremental?: boolean;
}

export interface ExportResult {
  folder: string;
  written: number;
  skipped: number;
}

/** Folders of reports/<corpus>/ that hold records, not reports. */
const BOOKKEEPING = ['uploads/', 'names/'];

export async function exportCorpus(store: ObjectStore, corpus: string, outDir: string, options: ExportOptions = {}): Promise<ExportResult> {
  const prefix = keys.indexPage(corpus).slice(0, -'index.html'.length);
  const folder = resolve(outDir, corpus);
  mkdirSync(folder, { recursive: true });
  let written = 0;
  let skipped = 0;
  const wanted = (await store.list(prefix)).filter((key) => {
    const rest = key.slice(prefix.length);
    if (BOOKKEEPING.some((b) => rest.startsWith(b))) return false;
    return !options.extensions || options.extensions.some((ext) => rest.endsWith(ext));
  });
  const queue = [...wanted];
  const worker = async () => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      const path = resolve(folder, key.slice(prefix.length));
      // Keys come from the store; a key that would climb out of the folder is never written.
      if (!path.startsWith(folder + sep)) continue;
      // The index page and the story dossiers change with every document; reports and older pages are written once.
      const changing = key === keys.indexPage(corpus) || /^stories\/[^/]+$/.test(key.slice(prefix.length));
      if (options.incremental && existsSync(path) && !changing) {
        skipped++;
        continue;
      }
      const body = await store.get(key);
      if (body === null) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
      written++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { folder, written, skipped };
}

export function exportedPath(folder: string, key: string, corpus: string): string {
  const prefix = keys.indexPage(corpus).slice(0, -'index.html'.length);
  return join(folder, key.slice(prefix.length));
}
