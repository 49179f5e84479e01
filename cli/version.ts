import { readFileSync } from 'node:fs';

/** The package version, read from package.json next to the CLI (in the repository, or beside dist/ when bundled). */
function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'claimdiff' && pkg.version) return pkg.version;
    } catch {
      // Not at this depth; the bundled CLI sits one folder lower than the sources.
    }
  }
  return 'unknown';
}

export const VERSION = packageVersion();
