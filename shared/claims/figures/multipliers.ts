/** Multipliers: "a twofold increase in bread prices", "prices doubled", "would triple its capacity" → value = the factor. */
import { FOLD_WORDS, MULTIPLIER_WORDS } from '../../lexicon/english.ts';
import type { Figure } from '../../types.ts';
import { periodOf } from './context.ts';
import type { Found } from './found.ts';
import { NOT_A_NOUN, readNoun, subjectOf } from './nouns.ts';
import { parseNumber, rangeOf } from './numbers.ts';

const FOLD_RE = /\b(\w+)[- ]?fold\b/gi;
const MULTIPLIER_RE = new RegExp(`\\b(${Object.keys(MULTIPLIER_WORDS).join('|')})\\b`, 'gi');
/** Cheap tests before running each pattern over the sentence. */
const FOLD_HINT = /fold/i;
const MULTIPLIER_HINT = /doubl|tripl|quadrupl|halv/i;
/** A qualifier right before a multiplier ("nearly doubled", "more than a threefold rise"), with the space before it. */
const MULTIPLIER_QUALIFIER = /\s*\b(more than|nearly|almost|about|roughly|around|over|at least|close to)\s*$/i;
/** Light verbs before a change noun ("fuel costs saw a threefold rise"): the subject is before them. */
const LIGHT_VERBS = 'saw|see|sees|seen|posted|recorded|showed|show|shows|marked|registered|reported|suffered|experienced';
const LIGHT_VERB = new RegExp(`\\b(?:${LIGHT_VERBS})\\s+(?:a|an|the)?\\s*$`, 'i');
const LIGHT_VERB_BEFORE = new RegExp(`\\s+(?:${LIGHT_VERBS})?\\s*(?:a|an|the)?\\s*$`, 'i');
const AUXILIARY_AT_END = /\s*\b(?:have|has|had|has been|have been|was|were|is|are)\s*$/i;

/**
 * "double"/"doubles"/"triples" are a multiplier only as a verb of change ("prices could double", "the fleet doubles
 * in size"), not in "the doubles match", "doubles down", "double-crossed", "a double room".
 */
const AMBIGUOUS_MULTIPLIER = /^(double|doubles|triples)$/i;
const MODAL_BEFORE = /\b(?:will|would|could|may|might|to|can|should|must|did|does|more than|almost|nearly)\s*$/i;
const CHANGE_AFTER = /^\s*(?:in (?:size|number|value|price)|to\b|from\b|since\b|by\b|every\b|each\b|again\b|its\b|their\b|[.,;])/i;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s*$/i;
/** A verb form ("doubled", "triples"): what it multiplies is before it. */
const VERB_FORM = /(ed|es)$/i;
/** "a twofold increase in X", "the doubling of X": X follows. */
const CHANGE_OF = /^\s*(?:increase|rise|jump|growth|hike|surge)?\s*(?:in|of)\s+(?:the\s+)?(.*)$/i;
/** "would double its solar capacity", "tripled the number of patrols": a verb with an object multiplies the object. */
const OBJECT_AFTER = /^\s+(?:its|their|the|his|her|our)\s+(?:(?:number|amount|size|value|price|cost) of\s+(?:the\s+|its\s+)?)?(.*)$/i;
const NEAR_WORDS = /([a-z]+(?:\s[a-z]+)?)\s*$/i;

function isChangeVerb(word: string, bt: string, after: string): boolean {
  if (!AMBIGUOUS_MULTIPLIER.test(word)) return true;
  return MODAL_BEFORE.test(bt) || (CHANGE_AFTER.test(after) && !ARTICLE_BEFORE.test(bt));
}

/** What is multiplied: the object, the noun after ("a twofold increase in X") or the subject before ("X doubled"). */
function multiplied(re: RegExp, word: string, before: string, after: string): string | null {
  const bt = before.slice(-80);
  const followingNp = after.match(CHANGE_OF)?.[1];
  const following = followingNp ? readNoun(followingNp, 3).noun.join(' ') || null : null;
  const subjectText = before.replace(MULTIPLIER_QUALIFIER, '').replace(LIGHT_VERB_BEFORE, ' ').replace(AUXILIARY_AT_END, '');
  // "fuel costs saw a threefold rise": the words right before the light verb; "the number of X … has tripled":
  // the subject of the clause.
  const near = subjectText.slice(-60).match(NEAR_WORDS)?.[1];
  const s = LIGHT_VERB.test(bt) ? null : subjectOf(subjectText);
  const preceding = s
    ? s.raw.slice(-2).join(' ')
    : near && !NOT_A_NOUN.has(near.split(' ').pop()!.toLowerCase())
      ? near.toLowerCase()
      : null;
  const objectNp = re === MULTIPLIER_RE ? after.match(OBJECT_AFTER)?.[1] : undefined;
  const directObject = objectNp ? readNoun(objectNp, 3).noun.join(' ') || null : null;
  const verb = re === MULTIPLIER_RE && VERB_FORM.test(word);
  return directObject ?? (verb ? (preceding ?? following) : (following ?? preceding));
}

function multiplierAt(sentence: string, re: RegExp, m: RegExpExecArray): Found | null {
  const value = re === FOLD_RE ? (FOLD_WORDS[m[1].toLowerCase()] ?? parseNumber(m[1])) : MULTIPLIER_WORDS[m[1].toLowerCase()];
  if (!value) return null;
  const after = sentence.slice(m.index + m[0].length);
  const before = sentence.slice(0, m.index);
  const bt = before.slice(-80);
  if (!isChangeVerb(m[1], bt, after)) return null;
  const object = multiplied(re, m[1], before, after);
  if (!object) return null;
  const qualifier = bt.match(MULTIPLIER_QUALIFIER)?.[1]?.toLowerCase() ?? null;
  const figure: Figure = {
    value,
    unit: '×',
    about: `${object.toLowerCase()} increase`,
    qualifier,
    range: rangeOf(qualifier, value),
    multiplier: true,
    raw: `${qualifier ? qualifier + ' ' : ''}${m[0]}`,
  };
  const period = periodOf(before, after);
  if (period) figure.period = period;
  return { figure, at: m.index, end: m.index + m[0].length, kind: 'multiplier' };
}

/** Multipliers in reading order of each pattern: "a twofold increase in bread prices", "prices doubled". */
export function readMultipliers(sentence: string): Found[] {
  const found: Found[] = [];
  let m: RegExpExecArray | null;
  for (const re of [FOLD_RE, MULTIPLIER_RE]) {
    if (!(re === FOLD_RE ? FOLD_HINT : MULTIPLIER_HINT).test(sentence)) continue;
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      const f = multiplierAt(sentence, re, m);
      if (f) found.push(f);
    }
  }
  return found;
}
