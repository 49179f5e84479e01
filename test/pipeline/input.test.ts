import { describe, expect, it } from 'vitest';
import { checkSize, decodeUpload, MAX_UPLOAD_BYTES, RejectedInput } from '../../shared/pipeline/input.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

function rejection(input: Uint8Array): string {
  try {
    decodeUpload(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RejectedInput);
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

describe('decodeUpload', () => {
  it('reads plain UTF-8 text as is', () => {
    const d = decodeUpload(utf8('Le maire a déclaré « non ».'));
    expect(d).toMatchObject({ text: 'Le maire a déclaré « non ».', encoding: 'utf-8', notes: [] });
  });

  it('rejects empty and whitespace-only files with a reason', () => {
    expect(rejection(new Uint8Array())).toBe('empty file');
    expect(rejection(utf8(' \n\t\r\n  '))).toMatch(/only whitespace/);
  });

  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]],
    ['PDF document', [...utf8('%PDF-1.7\n%âãÏÓ')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
    ['gzip archive', [0x1f, 0x8b, 0x08, 0]],
  ])('rejects a %s by its signature', (kind, signature) => {
    expect(rejection(bytes(...signature))).toContain(kind);
  });

  it('rejects control-character soup that has no known signature', () => {
    const noise = new Uint8Array(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 32;
    expect(rejection(noise)).toMatch(/binary/);
  });

  it('decodes UTF-16 with either byte-order mark', () => {
    const text = 'Zürich — 12 people';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeUpload(le)).toMatchObject({ text, encoding: 'utf-16le' });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) be.set([le[i + 1], le[i]], i);
    expect(decodeUpload(be)).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeUpload(bytes(0xef, 0xbb, 0xbf, ...utf8('Hello'))).text).toBe('Hello');
  });

  it('reads Latin-1 bytes as Windows-1252 and says so', () => {
    // "Café résumé" in ISO-8859-1: é = 0xE9 is not valid UTF-8 on its own.
    const d = decodeUpload(bytes(...utf8('Caf'), 0xe9, 0x20, ...utf8('r'), 0xe9, ...utf8('sum'), 0xe9));
    expect(d.text).toBe('Café résumé');
    expect(d.encoding).toBe('windows-1252');
    expect(d.notes[0]).toMatch(/Windows-1252/);
  });

  it('keeps mostly-valid UTF-8 as UTF-8, replacing the damaged bytes', () => {
    const good = utf8('Ünïcödé ëvérÿwhérë, ünïcödé ëvérÿwhérë');
    const d = decodeUpload(bytes(...good, 0xff, ...utf8(' end')));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\uFFFD');
    expect(d.notes[0]).toMatch(/1 invalid UTF-8/);
  });

  it('rejects an oversized file from its size alone', () => {
    expect(() => checkSize(MAX_UPLOAD_BYTES + 1)).toThrow(/over the 10 MiB limit/);
    expect(() => checkSize(MAX_UPLOAD_BYTES)).not.toThrow();
  });
});
