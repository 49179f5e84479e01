/**
 * S3 adapter: the only module (with queue/sqs.ts) that imports the AWS SDK. Used by the Lambdas against real S3 and
 * by the CLI against the embedded s3rver, with the same code.
 */
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { ObjectInfo, ObjectStore, PutResult, ReadOptions } from './store.ts';

export interface S3Options {
  /** http://127.0.0.1:port for the embedded server; undefined for real S3. */
  endpoint?: string;
  region?: string;
}

/**
 * Without an explicit region the SDK's default chain decides, as for the AWS CLI: AWS_REGION, then the profile's
 * region in ~/.aws/config (AWS_PROFILE, AWS_CONFIG_FILE); in Lambda AWS_REGION is always set. A fixed fallback
 * region would send a laptop's requests (and sign its links) for a region its bucket is not in.
 */
export function createS3Client(options: S3Options = {}): S3Client {
  // The middleware stack is resolved once per command type, not on every send: resolving it (cloning and sorting
  // ~40 middlewares) was a third of the SDK's CPU per request. Nothing adds middleware to the client after creation.
  const config: S3ClientConfig = { region: options.region, cacheMiddleware: true };
  if (options.endpoint) {
    config.region ??= 'us-east-1'; // the embedded server answers for any region; one must be named to sign
    // s3rver accepts these fixed credentials, needs path-style URLs, and stores aws-chunked framing verbatim
    // unless checksums are only computed when an operation requires them.
    config.endpoint = options.endpoint;
    config.forcePathStyle = true;
    config.credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    config.requestChecksumCalculation = 'WHEN_REQUIRED';
    config.responseChecksumValidation = 'WHEN_REQUIRED';
  }
  return new S3Client(config);
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export class S3Store implements ObjectStore {
  /** Requests made, by operation: the scale benchmark reads these. */
  readonly requests = { get: 0, head: 0, put: 0, list: 0 };

  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    /** Keys per list page (S3's maximum is 1,000). */
    private readonly pageSize = 1000,
  ) {}

  async get(key: string, options: ReadOptions = {}): Promise<Uint8Array | null> {
    this.requests.get++;
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId ?? undefined }),
      );
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async head(key: string, options: ReadOptions = {}): Promise<ObjectInfo | null> {
    this.requests.head++;
    try {
      const out = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId ?? undefined }),
      );
      return {
        size: out.ContentLength ?? 0,
        etag: out.ETag ?? null,
        versionId: out.VersionId ?? null,
        lastModified: out.LastModified?.toISOString() ?? null,
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async put(key: string, body: string | Uint8Array, contentType?: string): Promise<PutResult> {
    this.requests.put++;
    const out = await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
    return { etag: out.ETag ?? null, versionId: out.VersionId ?? null };
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    // Pages continue after the last key seen (StartAfter): S3 honours it, and unlike continuation tokens so does
    // the embedded s3rver.
    let after: string | undefined;
    for (;;) {
      this.requests.list++;
      const out = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, StartAfter: after, MaxKeys: this.pageSize }),
      );
      const page = (out.Contents ?? []).map((o) => o.Key).filter((k): k is string => Boolean(k));
      keys.push(...page);
      if (!out.IsTruncated || page.length === 0) break;
      after = page[page.length - 1];
    }
    return keys.sort();
  }

  async listFolder(folder: string, max: number): Promise<string[] | null> {
    this.requests.list++;
    const out = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: folder, Delimiter: '/', MaxKeys: max }));
    if (out.IsTruncated) return null;
    return (out.Contents ?? []).map((o) => o.Key).filter((k): k is string => Boolean(k));
  }

  /** A time-limited HTTPS link to one object (for sharing an HTML report); computed locally, no request is made. */
  async presignGet(key: string, expiresInSeconds = 3600): Promise<string> {
    // Loaded when a link is asked for: no other command pays for the presigner.
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: expiresInSeconds });
  }

  totalRequests(): number {
    const r = this.requests;
    return r.get + r.head + r.put + r.list;
  }
}
