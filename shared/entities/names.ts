/**
 * Name comparison across transliterations. Folding first (Qasym → kasim, Zhomart → jomart, Toqaev → tokaev,
 * Anthony → antony), then Jaro-Winkler on the folded forms: variants of one name land close together while
 * different names stay apart, which phonetic codes alone do not manage (Double Metaphone also merges different
 * people).
 */

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatch = new Array<boolean>(a.length).fill(false);
  const bMatch = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatch[j] || a[i] !== b[j]) continue;
      aMatch[i] = bMatch[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Transliteration folding, applied to one lower-case word. Order matters: digraphs before letters. */
const FOLDS: Array<[RegExp, string]> = [
  [/^ye|^je(?=[^aeiou])/, 'e'],
  [/dzh|dj|zh|j/g, 'j'],
  [/kh|ch(?=[^aeiou]|$)/g, 'h'],
  [/sch|sh|ş|š/g, 'sh'],
  [/tch|ch|ç|č/g, 'ch'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/q|ck|c(?=[aou])|k/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/ts|tz/g, 'c'],
  [/ou|oo|u/g, 'u'],
  [/ie|ee|ey|iy|yi|y|ı/g, 'i'],
  [/ae|ai/g, 'ai'],
  [/gh/g, 'g'],
  [/(.)\1+/g, '$1'],
];

/** Corpus names repeat; folding each distinct word once keeps large registries cheap to index (bounded). */
const foldCache = new Map<string, string>();

export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded !== undefined) return folded;
  folded = computeFold(word);
  if (foldCache.size >= 100_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

function computeFold(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  return w;
}

const TITLES = /^(mr|mrs|ms|dr|sir|lord|lady|president|prime|minister|secretary|senator|sen|gov|governor|gen|general|king|queen|prince|pope|judge|the)\.?$/i;

export interface NameParts {
  first: string | null;
  last: string;
  /** All folded tokens except initials and titles. */
  tokens: string[];
}

/** "Antony J. Blinken" → first "antoni", last "blinken"; "Kassym-Jomart Tokayev" → first "kasimjomart". */
/** Name parts are asked for the same registry names again and again; remember them (bounded). */
const partsCache = new Map<string, NameParts>();

export function nameParts(name: string): NameParts {
  let parts = partsCache.get(name);
  if (parts) return parts;
  parts = computeNameParts(name);
  if (partsCache.size >= 50_000) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

function computeNameParts(name: string): NameParts {
  const words = name
    .split(/\s+/)
    .filter((w) => !TITLES.test(w) && !/^[\p{Lu}]\.?$/u.test(w))
    .map((w) => w.replace(/['’]s$/, ''));
  const tokens = words.map((w) => foldWord(w)).filter(Boolean);
  return { first: tokens.length > 1 ? tokens[0] : null, last: tokens[tokens.length - 1] ?? '', tokens };
}

/** Initials of an organisation's capitalised words: "Collective Security Treaty Organization" → "csto". */
export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[\p{Lu}]/u.test(w) && !/^(Of|The|And|For)$/.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}
