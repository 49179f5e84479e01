/**
 * From uploaded bytes to text, or a rejection that says why. Runs before any cleaning, so that binary files,
 * oversized files and undecodable bytes never reach the cleaner.
 */

/** Uploads above this are rejected from their size alone (HEAD), without reading them. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export class RejectedInput extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RejectedInput';
  }
}

export interface DecodedUpload {
  text: string;
  /** The encoding the bytes were read as (the WHATWG name: 'utf-8', 'windows-1252', 'gbk', 'shift_jis', …). */
  encoding: string;
  /** Anything a user should know about the decoding (shown as removed lines with reason "decoding"). */
  notes: string[];
}

// Signatures of the binary formats people upload by mistake.
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function checkSize(size: number): void {
  if (size > MAX_UPLOAD_BYTES) {
    throw new RejectedInput(
      `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB limit for one article`,
    );
  }
}

/**
 * Bytes to text as a browser decodes a page (WHATWG encoding sniffing): a byte-order mark first, then a charset the
 * page declares in its first 1024 bytes (<meta charset>, <meta http-equiv="Content-Type" content="…charset=…">),
 * then UTF-8, or Windows-1252 when the bytes are not UTF-8.
 */
export function decodeUpload(bytes: Uint8Array): DecodedUpload {
  checkSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new RejectedInput('empty file');
  for (const [kind, signature] of MAGIC) {
    if (startsWith(bytes, signature)) throw new RejectedInput(`binary file (${kind}), not an article`);
  }

  let decoded: DecodedUpload;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = markedUtf8(bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe]))
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  else if (startsWith(bytes, [0xfe, 0xff]))
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  else decoded = unmarkedUtf16(bytes) ?? declaredEncoding(bytes) ?? decodeEightBit(bytes);

  let text = decoded.text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) throw new RejectedInput('binary content (control characters), not text');
  // A few NUL bytes in a page are damage (a truncated write, a CMS bug), not a binary file: they are dropped and
  // the rest of the page read.
  const nuls = countNuls(text);
  if (nuls) {
    text = text.split('\u0000').join('');
    decoded.notes.push(`${nuls} NUL byte(s) removed`);
  }
  if (text.trim() === '') throw new RejectedInput('file contains only whitespace');
  return { ...decoded, text };
}

/** Where a page's charset declaration must stand for a browser to honour it (WHATWG "prescan a byte stream"). */
const PRESCAN_BYTES = 1024;
/** A <meta> tag (neither '<' nor '>' inside it, so a failed match never rescans the text after the next tag). */
const META_TAG = /<meta\s[^<>]*>/gi;
/** charset=NAME in a <meta charset> attribute or in an http-equiv content value. */
const CHARSET = /charset\s*=\s*["']?([\w.:-]{1,40})/i;
const HTTP_EQUIV = /http-equiv\s*=\s*["']?content-type/i;

/** The charset label a page declares in its first 1024 bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so positions and ASCII markup read as they are whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(META_TAG) ?? []) {
    // <meta charset="x">, or <meta http-equiv="Content-Type" content="text/html; charset=x"> (the content's charset
    // counts only with the http-equiv beside it, as in the standard).
    const direct = /\scharset\s*=/i.test(tag);
    if (!direct && !HTTP_EQUIV.test(tag)) continue;
    const label = CHARSET.exec(tag)?.[1];
    if (label) return label.toLowerCase();
  }
  return null;
}

/** The bytes decoded by the charset the page declares; null when it declares none, or UTF-8 (read by the fallback). */
function declaredEncoding(bytes: Uint8Array): DecodedUpload | null {
  const label = declaredCharset(bytes);
  if (!label) return null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // A label no decoder knows (a typo, "x-user-defined"): decoded as if undeclared, and said so.
    const fallback = decodeEightBit(bytes);
    fallback.notes.unshift(`declared charset "${label}" is not a known encoding; ignored`);
    return fallback;
  }
  // A page that declares UTF-16 in ASCII markup cannot be UTF-16 (the standard reads it as UTF-8); UTF-8 itself goes
  // through the fallback, which also handles damaged bytes.
  if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return null;
  // Pages often keep the declaration of a template they were converted from: bytes that are valid UTF-8 and hold
  // multi-byte sequences are UTF-8 (text in a legacy encoding is almost never valid UTF-8 by chance). Pure ASCII
  // stays with the declaration: ISO-2022-JP, for one, is written in 7-bit bytes.
  if (hasHighBytes(bytes) && validUtf8(bytes)) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      notes: [`declared charset "${label}" but the bytes are valid UTF-8; read as UTF-8`],
    };
  }
  return {
    text: decoder.decode(bytes),
    encoding: decoder.encoding,
    notes: [`read as ${decoder.encoding}, the charset the page declares ("${label}")`],
  };
}

/**
 * UTF-16 without a byte-order mark: in its first bytes, one byte of every pair is NUL (ASCII text and markup) and the
 * other is not. Reading such a file byte by byte would see NULs everywhere and reject it as binary.
 */
function unmarkedUtf16(bytes: Uint8Array): DecodedUpload | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const encoding =
    oddNul > pairs * 0.7 && evenNul < pairs * 0.05 ? 'utf-16le' : evenNul > pairs * 0.7 && oddNul < pairs * 0.05 ? 'utf-16be' : null;
  if (!encoding) return null;
  return {
    text: new TextDecoder(encoding).decode(bytes),
    encoding,
    notes: [`no byte-order mark; read as ${encoding.toUpperCase()} from its byte pattern`],
  };
}

/** After a UTF-8 byte-order mark the page is UTF-8 whatever it declares; damaged bytes are replaced and counted. */
function markedUtf8(bytes: Uint8Array): DecodedUpload {
  const { invalid } = countUtf8Sequences(bytes);
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    notes: invalid ? [`${invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`] : [],
  };
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countNuls(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\u0000'); i >= 0; i = text.indexOf('\u0000', i + 1)) n++;
  return n;
}

function decodeEightBit(bytes: Uint8Array): DecodedUpload {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    // Not valid UTF-8. Text from older sites is usually Latin-1/Windows-1252: every byte is a character there.
    // When most high bytes do form valid UTF-8 sequences, the file is UTF-8 with a few damaged bytes instead.
    const { valid, invalid } = countUtf8Sequences(bytes);
    if (valid > invalid * 4) {
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        encoding: 'utf-8',
        notes: [`${invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`],
      };
    }
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      notes: ['not valid UTF-8; read as Windows-1252 (Latin-1)'],
    };
  }
}

function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let j = 1; ok && j < length; j++) ok = (bytes[i + j] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/**
 * More than 1% control characters other than whitespace (NUL among them) in the first 64 KB, or more than 8 in a
 * short file, mean this is not text. Proportionate: a few stray NULs in a page of text do not make it binary.
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(8, sample.length * 0.01);
}
