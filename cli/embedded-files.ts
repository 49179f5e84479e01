/**
 * Read-only access to the embedded store's objects through the files s3rver keeps them in
 * (DATA/s3/<bucket>/<key>._S3rver_object, the layout of s3rver's filesystem store on POSIX systems), for the
 * commands that only read (report, reports, export). Starting the S3 server and loading the SDK to read two objects
 * took most of `report`'s second; reading the files takes milliseconds. Everything that writes, and the pipeline
 * itself, still goes through the S3 adapter against the running server.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ObjectInfo, ObjectStore, PutResult } from '../shared/storage/store.ts';

const OBJECT = '._S3rver_object';

/** The bucket of the embedded store. */
export const EMBEDDED_BUCKET = 'claimdiff';

export class EmbeddedFileReader implements ObjectStore {
  /** Requests made, by operation, as S3Store counts them (the benchmark reads these). */
  readonly requests = { get: 0, head: 0, put: 0, list: 0 };

  constructor(private readonly bucketDir: string) {}

  /** A reader when DATA holds an embedded store in this layout (on Windows s3rver encodes some characters). */
  static open(dataDir: string, bucket: string): EmbeddedFileReader | null {
    const dir = join(dataDir, 's3', bucket);
    return process.platform !== 'win32' && existsSync(dir) ? new EmbeddedFileReader(dir) : null;
  }

  private path(key: string): string {
    return join(this.bucketDir, ...key.split('/').filter((s) => s !== '..')) + OBJECT;
  }

  async get(key: string): Promise<Uint8Array | null> {
    this.requests.get++;
    try {
      return readFileSync(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    this.requests.head++;
    try {
      const stat = statSync(this.path(key));
      let etag: string | null = null;
      try {
        etag = `"${readFileSync(this.path(key) + '.md5', 'utf8').trim()}"`;
      } catch {
        // s3rver writes the checksum beside the object; without it the ETag is unknown.
      }
      // S3 (and s3rver's Last-Modified header) give write times to the second.
      return { size: stat.size, etag, versionId: null, lastModified: new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toISOString() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async put(key: string): Promise<PutResult> {
    throw new Error(`the embedded store is read-only here (writing ${key}); writes go through the S3 server`);
  }

  async list(prefix: string): Promise<string[]> {
    this.requests.list++;
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const keys: string[] = [];
    const walk = (dir: string, keyPrefix: string) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        // No such folder: nothing stored under the prefix. Any other error (permissions, I/O) would otherwise read
        // as an empty corpus.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return;
        throw error;
      }
      for (const entry of entries) {
        if (entry.isDirectory()) {
          const sub = `${keyPrefix}${entry.name}/`;
          if (sub.startsWith(prefix) || prefix.startsWith(sub)) walk(join(dir, entry.name), sub);
        } else if (entry.name.endsWith(OBJECT)) {
          const key = keyPrefix + entry.name.slice(0, -OBJECT.length);
          if (key.startsWith(prefix)) keys.push(key);
        }
      }
    };
    walk(join(this.bucketDir, ...folder.split('/').filter(Boolean)), folder);
    return keys.sort();
  }

  totalRequests(): number {
    const r = this.requests;
    return r.get + r.head + r.put + r.list;
  }
}
