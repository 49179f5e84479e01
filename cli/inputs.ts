import { readdirSync, type Stats, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UsageError } from './command.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

export interface Inputs {
  files: string[];
  /** Files inside the given directories that are not articles (by extension), so the user learns they were left out. */
  skipped: string[];
}

/** Files in the order given; a directory contributes its .txt/.html/.htm files sorted by name. */
export function expandInputs(paths: string[]): Inputs {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or directory; check the path`);
    }
    if (stat.isDirectory()) {
      const entries = readdirSync(path)
        .sort()
        .map((n) => join(path, n))
        .filter((f) => statSync(f).isFile());
      const inside = entries.filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()));
      skipped.push(...entries.filter((f) => !inside.includes(f)));
      if (inside.length === 0)
        throw new UsageError(`${path}: no .txt, .html or .htm files inside; put the articles there or name the files`);
      files.push(...inside);
    } else files.push(path);
  }
  return { files, skipped };
}
