/**
 * Name comparison across transliterations. Folding first (Qasym → kasim, Zhomart → jomart, Toqaev → tokaev,
 * Anthony → antony), then Jaro-Winkler on the folded forms: variants of one name land close together while
 * different names stay apart, which phonetic codes alone do not manage (Double Metaphone also merges different
 * people).
 */
import { memo } from '../diff/memo.ts';
import { SHORT_GIVEN_NAMES } from '../lexicon/english.ts';

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
  // Arabic "servant of" names: Abdulkarim, Abdel Karim, Abd al-Karim → abd + karim.
  [/^abd(?:ul|ol|el|al|ar|ur|ir|er|ou|u)?(?=[a-z]{3})/, 'abd'],
  // German umlauts written out (Schroeder/Schröder, Guenther/Günther, Schaefer/Schäfer) fold with the stripped letter.
  [/(?<=.)(?:ue)/g, 'u'],
  [/(?<=.)(?:oe)/g, 'o'],
  [/(?<=.)(?:ae)/g, 'a'],
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
  // The u-glide after q/k/g inside Arabic and Urdu names (Siddiqui / Siddiqi, Farooqui / Farooqi): not at a word's
  // start, where the u is a vowel of its own (Quinn is not Kin), nor after n (Nguyen).
  [/(?<=[a-mo-z][kg])u(?=[aei])/g, ''],
  [/gh/g, 'g'],
  [/(.)\1+/g, '$1'],
];

/**
 * Letters that Unicode does not decompose into a base letter and a mark, so stripping marks would lose them:
 * Turkish dotless ı, Polish ł, Nordic ø/æ, Vietnamese/Croatian đ, Icelandic ð/þ, German ß, French œ.
 */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ſ: 's',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** A word with its marks stripped and the undecomposable letters spelled out: "Ọlábísí" → "olabisi", "Kılıç" → "kilic". */
export function plainWord(word: string): string {
  const lower = word.toLowerCase();
  // Most names are plain ASCII already; only the rest pay for decomposition.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .replace(LETTER_RE, (c) => LETTERS[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Corpus names repeat; folding each distinct word once keeps large registries cheap to index (bounded). */
export const foldWord = memo(computeFold, 100_000);

function computeFold(word: string): string {
  let w = plainWord(word).replace(/[^a-z]/g, '');
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  return w;
}

/** Titles and honorifics written before a name (with or without a dot): not part of the name. */
const TITLE_WORDS = (
  'mr mrs ms mx miss dr prof professor sir dame lord lady rev revd reverend fr president prime minister ' +
  'secretary senator sen rep gov governor gen general col colonel capt captain maj major lt sgt adm ' +
  'admiral cmdr hon king queen prince princess pope judge sheikh the'
).split(' ');
export const TITLES = new RegExp(`^(${TITLE_WORDS.join('|')})\\.?$`, 'i');

/**
 * Particles that belong to the surname that follows them ("Ludwig van Beethoven", "Lula da Silva", "Mohammed bin
 * Salman"). For comparing names they are dropped: the core of the surname is what other spellings keep
 * ("al-Mansouri" / "Al Mansuri" / "Mansouri").
 */
export const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'da',
  'das',
  'di',
  'du',
  'dos',
  'do',
  'le',
  'la',
  'ter',
  'ten',
  'af',
  'zu',
  'y',
]);
/** Arabic article and its assimilated forms glued to a name: "al-Mansouri", "el-Sisi", "ash-Shami", "Al-Amin". */
const ARTICLE = /^(?:al|el|ul|[aeu][dnrstz]|[aeu](?:sh|th|dh))[-‐‑'’](?=\p{L})/iu;
/** Name elements that are always compounded with the next word: "Abd al-Karim", "Abu Bakr", "Abdul Karim". */
const COMPOUND_HEAD = /^(abd|abdul|abdel|abdal|abdur|abu|abou)$/i;

/** A letter a middle name or initial starts with: as written (marks off) and folded ("Q." is "K." folded). */
export type Letter = readonly [plain: string, folded: string];

export interface NameParts {
  first: string | null;
  last: string;
  /** Every token before the family name, joined: "Jean Pierre Dupont" → "jeanpiere", as "Jean-Pierre" folds. */
  given: string | null;
  /** All folded tokens except initials, titles and particles (compounds such as "Abd al-Karim" are one token). */
  tokens: string[];
  /** Letters of the middle names and initials between the first and the family name, in order ("Ingrid K. Solberg" → k). */
  middle: Letter[];
  /**
   * A double-barrelled family name ("Dąbrowska-Zielińska"): its first part(s) and its last part, folded; `last` is
   * the whole. Null otherwise, and for a compound ("Abdur-Rahman"), which is a name of its own.
   */
  barrel: readonly [string, string] | null;
  /** The last two words as one family name ("Dabrowska Zielinska" → as "Dabrowska-Zielinska" folds), for 3+ words. */
  pair: string | null;
  /** `middle` without the first word of `pair`: what stands between the first name and a two-word family name. */
  pairMiddle: Letter[];
  /**
   * A family name that is a compound ("Mohammad Abdur Rahman", "Abd al-Karim"): its head's letter and its tail,
   * folded, since the head may also be read as a middle name ("Mohammad A. Rahman").
   */
  compound: { head: Letter; tail: string } | null;
}

const INITIAL = /^[\p{Lu}]\.?$|^(?:[\p{Lu}]\.){2,}$/u;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const HYPHEN = /[-‐‑]/;

/**
 * The words of a person's name that carry its identity, in order and as written (titles, initials and particles
 * dropped, an Arabic article cut off its word, compounds joined by a hyphen: "Abd al-Karim" → "Abd-Karim"), each
 * with its place among the words after the titles, and the initials with theirs.
 */
function layout(name: string): { words: string[]; at: number[]; initials: Array<{ letter: string; at: number }> } {
  const all = name
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/[,;:]$/, ''))
    .filter(Boolean);
  // Titles lead a name ("Prof. Ingrid Solberg", "Prime Minister …"); later they are names (John Major, Martin Luther King).
  let lead = 0;
  while (lead < all.length - 1 && TITLES.test(all[lead])) lead++;
  // Initials and generational suffixes ("Jr.", "III") are not the name's identity.
  const rest = all.slice(lead);
  const initials: Array<{ letter: string; at: number }> = [];
  const kept: Array<{ w: string; at: number }> = [];
  rest.forEach((w, i) => {
    if (INITIAL.test(w)) for (const letter of w.replace(/\./g, '')) initials.push({ letter, at: i });
    else if (!(i > 0 && i === rest.length - 1 && SUFFIX.test(w))) kept.push({ w, at: i });
  });
  const words: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    let w = kept[i].w.replace(ARTICLE, '');
    const from = kept[i].at;
    // A particle before another word of the name is not a word of its own ("Al Mansuri", "van der Berg").
    if (i > 0 && i < kept.length - 1 && PARTICLES.has(w.toLowerCase())) continue;
    if (i === 0 && kept.length > 1 && /^[\p{Ll}]/u.test(w) && PARTICLES.has(w)) continue;
    if (COMPOUND_HEAD.test(w) && i < kept.length - 1) {
      // Skip the particles between "Abd" and its name: "Abd al-Karim", "Abu al Walid".
      let j = i + 1;
      while (j < kept.length - 1 && PARTICLES.has(kept[j].w.toLowerCase())) j++;
      w = `${w}-${kept[j].w.replace(ARTICLE, '')}`;
      i = j;
    }
    words.push(w);
    at.push(from);
  }
  return { words, at, initials };
}

/**
 * The words of a person's name that carry its identity, in order and as written: titles, initials and particles
 * dropped, an Arabic article cut off its word, compounds ("Abd al-Karim") joined. Exported for the index keys.
 */
export function nameWords(name: string): string[] {
  return layout(name).words;
}

/** "Antony J. Blinken" → first "antoni", last "blinken"; "Kassym-Jomart Tokayev" → first "kasimjomart". */
/** Name parts are asked for the same registry names again and again; remember them (bounded). */
export const nameParts = memo(computeNameParts, 50_000);

/** A person's name with a given name, not a surname alone ("Schröder"). */
export const hasGivenName = (name: string) => nameParts(name).first !== null;

const letterOf = (w: string): Letter => [plainWord(w).replace(/[^a-z]/g, '')[0] ?? '', foldWord(w)[0] ?? ''];

function computeNameParts(name: string): NameParts {
  const { words, at, initials } = layout(name);
  const kept = words.map((w, i) => ({ w, at: at[i], folded: foldWord(w) })).filter((x) => x.folded);
  const tokens = kept.map((x) => x.folded);
  const given = tokens.length > 1 ? foldWord(tokens.slice(0, -1).join('')) : null;
  const n = kept.length;
  // Middle names and initials: what stands between the first word and the last, in the order written.
  const between = (from: number, to: number): Letter[] =>
    [
      ...kept
        .slice(1, -1)
        .filter((x) => x.at > from && x.at < to)
        .map((x) => ({ at: x.at, l: letterOf(x.w) })),
      ...initials.filter((x) => x.at > from && x.at < to).map((x) => ({ at: x.at, l: letterOf(x.letter) })),
    ]
      .sort((a, b) => a.at - b.at)
      .map((x) => x.l);
  const middle = n > 1 ? between(kept[0].at, kept[n - 1].at) : [];
  const pairMiddle = n > 2 ? between(kept[0].at, kept[n - 2].at) : [];
  const pair = n > 2 ? foldWord(kept[n - 2].w + kept[n - 1].w) : null;
  // A hyphenated family name: two capitalised parts, a compound ("Abdur-Rahman", "Abd-Karim") or neither ("Seo-yeon").
  let barrel: NameParts['barrel'] = null;
  let compound: NameParts['compound'] = null;
  const lastParts = n ? kept[n - 1].w.split(HYPHEN).filter(Boolean) : [];
  const head = lastParts.slice(0, -1).join('');
  const tail = lastParts.length >= 2 ? foldWord(lastParts[lastParts.length - 1]) : '';
  if (tail && COMPOUND_HEAD.test(head)) compound = n > 1 ? { head: letterOf(head), tail } : null;
  else if (tail && lastParts.every((p) => /^[\p{Lu}]/u.test(p))) barrel = [foldWord(head), tail];
  return { first: n > 1 ? tokens[0] : null, last: tokens[n - 1] ?? '', given, tokens, middle, barrel, pair, pairMiddle, compound };
}

/** Two middle names or initials that may be one: the same letter as written or once folded ("K." and "Qasym"). */
export const sameLetter = (a: Letter, b: Letter) => a[0] === b[0] || a[1] === b[1];

/** Middle names and initials that could be one person's: the shorter list is the longer one with some left out. */
export function middlesAgree(a: readonly Letter[], b: readonly Letter[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const l of long) if (k < short.length && sameLetter(l, short[k])) k++;
  return k === short.length;
}

/** Legal forms after a company's name: "Orrin Robotics Ltd." is "Orrin Robotics". */
const LEGAL_FORM = /\s+(?:inc|incorporated|ltd|limited|corp|co|llc|plc|gmbh|ag|sa|nv|bv|spa|ab|oy|lp|llp)$/;
/** Last words of a company's name that its short name leaves out ("Velt Cell Technologies" → "Velt"). */
const COMPANY_HEADS = new Set(
  `motors motor technologies technology group holdings industries systems energy airlines airways partners capital media petroleum oil
  mining shipping logistics pharmaceuticals pharma labs solutions insurance telecom securities bank electronics foods brands
  entertainment studios pictures records ferries lines railways chemicals steel company corporation`.split(/\s+/),
);

/**
 * Last words a newspaper or broadcaster goes by with "the" ("the Tribune" for the Chicago Tribune, "the Post"
 * for the Washington Post): its short name is that word.
 */
const PUBLICATION_HEADS = new Set(
  `journal times post herald tribune guardian telegraph gazette chronicle globe observer independent examiner inquirer courier
  bulletin register dispatch mirror express standard economist`.split(/\s+/),
);

/** A word a newspaper goes by with "the" ("Journal", "Post"). */
export function isPublicationHead(word: string): boolean {
  return PUBLICATION_HEADS.has(word.toLowerCase());
}

/** Organisation names are compared again and again; remember their forms (bounded). */
const orgForms = memo(computeOrgForms, 50_000);

function computeOrgForms(name: string): { key: string; short: string | null } {
  const plain = plainWord(name)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  let key = plain;
  while (LEGAL_FORM.test(key) && key.includes(' ')) key = key.replace(LEGAL_FORM, '');
  const words = key.split(' ');
  const last = words[words.length - 1];
  const short =
    words.length >= 2 && (key !== plain || COMPANY_HEADS.has(last))
      ? words[0]
      : words.length >= 2 && PUBLICATION_HEADS.has(last)
        ? last
        : null;
  return { key, short };
}

/** An organisation's name for comparing: lower case, marks off, no "the", punctuation or legal form. */
export function orgKey(name: string): string {
  return orgForms(name).key;
}

/**
 * The short name a company goes by: its first word, when its name says it is a company (a legal form, or a last
 * word such as Motors or Technologies), or a newspaper's last word ("Harlow Evening Post" → "post"); else null.
 * "Orrin Robotics Ltd" → "orrin".
 */
export function companyShortName(name: string): string | null {
  return orgForms(name).short;
}

/** Initials of an organisation's capitalised words: "International Maritime Organization" → "imo". */
export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[\p{Lu}]/u.test(w) && !/^(Of|The|And|For)$/.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/**
 * An acronym that keeps its function words in lower case ("DfT" for the Department for Transport, "MoD", "DoJ"):
 * capitals with at most one lower-case letter between two of them, at least one lower-case. Returns it folded
 * ("dft"), else null. Such an acronym stands for the initials of every word of the name, "for" and "of" included.
 */
const MIXED_CASE_ACRONYM = /^[A-Z](?:[a-z]?[A-Z]){1,4}$/;
export function mixedCaseAcronym(name: string): string | null {
  return MIXED_CASE_ACRONYM.test(name) && /[a-z]/.test(name) ? name.toLowerCase() : null;
}

/** Initials of every word of a name of two or more, function words included: "Department for Transport" → "dft". */
export function fullInitials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^[\p{L}]/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0].toLowerCase()).join('') : '';
}

/** The full given name a short form stands for ("dave" → "david"), on folded words; the word itself otherwise. */
export function formalGivenName(folded: string): string {
  if (!FOLDED_SHORT_NAMES.size)
    for (const [short, full] of Object.entries(SHORT_GIVEN_NAMES)) FOLDED_SHORT_NAMES.set(foldWord(short), foldWord(full));
  return FOLDED_SHORT_NAMES.get(folded) ?? folded;
}
const FOLDED_SHORT_NAMES = new Map<string, string>();
