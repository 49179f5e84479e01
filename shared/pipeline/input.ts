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
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
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

export function decodeUpload(bytes: Uint8Array): DecodedUpload {
  checkSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new RejectedInput('empty file');
  for (const [kind, signature] of MAGIC) {
    if (startsWith(bytes, signature)) throw new RejectedInput(`binary file (${kind}), not an article`);
  }

  let decoded: DecodedUpload;
  if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  else decoded = decodeEightBit(bytes);

  const text = decoded.text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) throw new RejectedInput('binary content (control characters), not text');
  if (text.trim() === '') throw new RejectedInput('file contains only whitespace');
  return { ...decoded, text };
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

/** NUL bytes, or more than 1% control characters other than whitespace, mean this is not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(8, sample.length * 0.01);
}
