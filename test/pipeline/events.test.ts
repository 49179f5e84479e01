import { describe, expect, it } from 'vitest';
import { decodeS3Key, diffMessageFromRecord, encodeS3Key, uploadsFromSqsRecord } from '../../shared/pipeline/events.ts';
import { BadKeyError, parseUploadKey } from '../../shared/pipeline/keys.ts';

const s3Body = (key: string, eventName = 'ObjectCreated:Put') =>
  JSON.stringify({
    Records: [
      {
        eventName,
        eventTime: '2026-01-02T03:04:05.000Z',
        s3: { bucket: { name: 'b' }, object: { key, size: 12, eTag: 'abc', versionId: 'v1' } },
      },
    ],
  });

describe('S3 notifications inside SQS records', () => {
  it('decodes URL-encoded keys the way real S3 sends them', () => {
    const { uploads } = uploadsFromSqsRecord({ body: s3Body('incoming/default/my+report+%2B+50%25+%C3%BC.txt') });
    expect(uploads).toEqual([
      {
        bucket: 'b',
        key: 'incoming/default/my report + 50% ü.txt',
        versionId: 'v1',
        size: 12,
        eTag: 'abc',
        eventTime: '2026-01-02T03:04:05.000Z',
      },
    ]);
  });

  it('round-trips keys with spaces, plus signs, percent signs and unicode', () => {
    for (const key of ['incoming/c/a b+c%d.txt', 'incoming/c/日本語 ニュース.html', 'incoming/c/x%2Fy.txt']) {
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    }
  });

  it.each([
    ['not JSON', 'not json{', /not JSON/],
    ['an S3 test event', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' }), /TestEvent/],
    ['no Records', JSON.stringify({ hello: 1 }), /no S3 Records/],
    ['a delete event', s3Body('incoming/default/a.txt', 'ObjectRemoved:Delete'), /not an upload/],
    ['a record without a key', JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { object: {} } }] }), /no object key/],
    ['a badly encoded key', s3Body('incoming/default/%E0%A4%A.txt'), /not valid URL encoding/],
  ])('skips %s with a reason instead of throwing', (_, body, reason) => {
    const parsed = uploadsFromSqsRecord({ body });
    expect(parsed.uploads).toEqual([]);
    expect(parsed.skipped[0]).toMatch(reason);
  });
});

describe('upload keys', () => {
  it('takes the corpus from the first segment, default when absent', () => {
    expect(parseUploadKey('incoming/elections/a.txt')).toEqual({
      corpus: 'elections',
      name: 'a.txt',
      sourceKey: 'incoming/elections/a.txt',
    });
    expect(parseUploadKey('incoming/a.txt')).toMatchObject({ corpus: 'default', name: 'a.txt' });
    expect(parseUploadKey('incoming/c/sub/dir/a.txt')).toMatchObject({ corpus: 'c', name: 'a.txt' });
  });

  it.each(['incoming/../etc/passwd', 'incoming/c/../x.txt', 'incoming/c/', 'reports/c/a.txt', 'incoming/bad corpus!/a.txt'])(
    'refuses %s',
    (key) => expect(() => parseUploadKey(key)).toThrow(BadKeyError),
  );
});

describe('diff messages', () => {
  it('accepts a well-formed message and refuses malformed ones', () => {
    const ok = { type: 'prepared', corpus: 'c', docId: 'd', sourceKey: 'incoming/c/a', name: 'a', uploadId: 'u', uploadedAt: 't' };
    expect(diffMessageFromRecord({ body: JSON.stringify(ok) })).toEqual(ok);
    expect(diffMessageFromRecord({ body: '{' })).toEqual({ skipped: 'message body is not JSON' });
    expect(diffMessageFromRecord({ body: JSON.stringify({ ...ok, type: 'other' }) })).toMatchObject({
      skipped: expect.stringMatching(/unknown message type/),
    });
    expect(diffMessageFromRecord({ body: JSON.stringify({ ...ok, docId: undefined }) })).toEqual({ skipped: 'message lacks docId' });
  });
});
