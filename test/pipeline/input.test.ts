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

  describe('charset sniffing as browsers do it', () => {
    const ascii = (s: string) => [...utf8(s)];
    // "中文新闻" in GBK and "Łódź" in windows-1250, written out as bytes (Node encodes only UTF-8).
    const gbkNews = [0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5];
    const lodz1250 = [0xa3, 0xf3, 0x64, 0x9f];

    it('reads a page by its <meta charset> (GB2312 is decoded as its superset GBK) and notes it', () => {
      const d = decodeUpload(
        bytes(...ascii('<html><head><meta charset="gb2312"><title>t</title></head><body><p>'), ...gbkNews, ...ascii('</p></body></html>')),
      );
      expect(d.encoding).toBe('gbk');
      expect(d.text).toContain('<p>中文新闻</p>');
      expect(d.notes[0]).toMatch(/read as gbk.*"gb2312"/);
    });

    it('reads a page by its http-equiv Content-Type declaration', () => {
      const d = decodeUpload(
        bytes(
          ...ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body>'),
          ...lodz1250,
          ...ascii('</body></html>'),
        ),
      );
      expect(d.encoding).toBe('windows-1250');
      expect(d.text).toContain('Łódź');
    });

    it('ignores a charset in a content attribute without http-equiv, and one declared after the first 1024 bytes', () => {
      const noEquiv = decodeUpload(bytes(...ascii('<meta name="x" content="charset=windows-1250"><p>'), ...lodz1250));
      expect(noEquiv.encoding).toBe('windows-1252');
      const late = decodeUpload(bytes(...ascii(`<html><!--${'x'.repeat(1100)}--><meta charset="windows-1250"><p>`), ...lodz1250));
      expect(late.encoding).toBe('windows-1252');
    });

    it('prefers valid UTF-8 over a legacy declaration the page kept from its template', () => {
      const d = decodeUpload(utf8('<meta charset="iso-8859-1"><p>Żółć and café</p>'));
      expect(d.encoding).toBe('utf-8');
      expect(d.text).toContain('Żółć and café');
      expect(d.notes[0]).toMatch(/valid UTF-8/);
    });

    it('notes an unknown declared charset and falls back', () => {
      const d = decodeUpload(utf8('<meta charset="no-such-code"><p>plain words</p>'));
      expect(d.encoding).toBe('utf-8');
      expect(d.notes[0]).toMatch(/"no-such-code" is not a known encoding/);
    });

    it('lets a byte-order mark win over the declaration', () => {
      const d = decodeUpload(bytes(0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1250"><p>Łódź</p>')));
      expect(d).toMatchObject({ encoding: 'utf-8', notes: [] });
      expect(d.text).toBe('<meta charset="windows-1250"><p>Łódź</p>');
    });

    it('reads UTF-16 without a byte-order mark from its byte pattern', () => {
      const text = '<html><body><p>Hello there, twelve people</p></body></html>';
      const le = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) le[i * 2] = text.charCodeAt(i);
      const d = decodeUpload(le);
      expect(d).toMatchObject({ text, encoding: 'utf-16le' });
    });
  });

  it('keeps a page with a few NUL bytes in it, dropping them and saying so', () => {
    const page = utf8(`<html><body><p>${'The council met on Monday and voted. '.repeat(20)}</p></body></html>`);
    const damaged = bytes(...page.subarray(0, 100), 0, 0, 0, ...page.subarray(100));
    const d = decodeUpload(damaged);
    expect(d.text).not.toContain('\u0000');
    expect(d.text).toContain('The council met');
    expect(d.notes).toContain('3 NUL byte(s) removed');
  });

  it('still rejects a file that is mostly NUL bytes', () => {
    expect(rejection(bytes(...utf8('abc'), ...new Array(200).fill(0), ...utf8('def')))).toMatch(/binary/);
  });
});
