/**
 * Paraphrase lookup from WordNet 3.1, read from the compact table scripts/build-wordnet-news.ts generates
 * (shared/lexicon/wordnet-news.json): frequent senses only, bounded groups, no people. A word of a group is read as
 * the group's most frequent word, so "injury", "injured" and "hurt" compare as one token. The table's antonym pairs
 * are not used yet (an opposite word alone is too weak a sign of a contradiction). Its lookup map is built on first use.
 */
// Imported, not read from disk: the Lambda bundler then carries the table inside the bundle.
import table from './wordnet-news.json' with { type: 'json' };

let groupOf: Map<string, string> | null = null;

function load(): void {
  groupOf = new Map();
  for (const group of table.groups) {
    const words = group.split(' ');
    for (const w of words) if (!groupOf.has(w)) groupOf.set(w, words[0]);
  }
}

/**
 * Candidate base forms of an inflected word, WordNet's "morphy" detachment rules (regular inflection only):
 * "grabbed" → grab, "injuries" → injury, "seizing" → seize.
 */
export function baseForms(word: string): string[] {
  const out = [word];
  const rules: Array<[string, string]> = [
    ['ies', 'y'],
    ['ses', 's'],
    ['xes', 'x'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['es', 'e'],
    ['es', ''],
    ['s', ''],
    ['ied', 'y'],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ];
  for (const [suffix, ending] of rules) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + ending);
  }
  // A doubled consonant before the ending: "grabbed" → "grab", "stopping" → "stop".
  const bare = word.endsWith('ed') ? word.slice(0, -2) : word.endsWith('ing') ? word.slice(0, -3) : '';
  if (bare.length > 3 && bare.at(-1) === bare.at(-2) && 'bdgklmnprtz'.includes(bare.at(-1)!)) out.push(bare.slice(0, -1));
  return out;
}

/** The WordNet group word a word is read as ("injuries" → "hurt"), or null when the word is in no group. */
export function paraphraseOf(word: string): string | null {
  if (!groupOf) load();
  for (const form of baseForms(word)) {
    const group = groupOf!.get(form);
    if (group) return group;
  }
  return null;
}
