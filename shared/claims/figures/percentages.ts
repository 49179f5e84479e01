/**
 * Percentages and points: what a percentage is about, either the change of a subject ("shares fell 5%" → shares
 * decrease) or a share of something ("52% of the vote"), a level ("turnout fell to 41%") or a state ("45% contained").
 */
import { CHANGE_BEFORE, INCREASE_WORD, periodOf } from './context.ts';
import type { FigureReading } from './found.ts';
import { holderOf, NOT_A_NOUN, normalNoun, readNoun, subjectOf } from './nouns.ts';
import { outcomeAfter } from './outcomes.ts';

/** "a 4% rise in prices", "a 2% fall in output": group 1 an increase, group 2 a decrease, group 3 what changed. */
export const CHANGE_NOUN_AFTER = new RegExp(
  String.raw`^\s*(?:(rise|increase|jump|gain|growth|hike|surge|spike)|(fall|drop|decline|decrease|cut|` +
    String.raw`reduction|slump|loss|contraction))\s+in\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z\s'’-]*)`,
  'i',
);
/** "the blaze was 45% contained", "about 20 percent complete": the level of that state. */
const STATE_AFTER = /^\s*(contained|complete|completed|counted|restored|finished|vaccinated|occupied|full|built)\b/i;
/** "a 4% pay rise", "its 12% stake": an article or possessive before the percentage, which modifies a noun after it. */
const ARTICLE_BEFORE = /\b(?:a|an|its|their|his|her)\s*$/i;
const PREPOSITION = /^(of|in|on|at|to|for|by|from|with|and|or|than)$/;
/** "offered a 4% pay rise": an offered rise is an offer. */
const OFFERED_BEFORE =
  /\b(?:offered|offers|offer|offering|proposed|proposes|proposing|promised|promises|tabled|tables)\s+(?:a|an|its|their)\s*$/i;
/** "raised their pay offer to 6.5%", "raised its offer from 4% to 6.5%": the level of what the verb set. */
const SET_TO = new RegExp(
  '\\b(?:raised|raises|raising|lifted|increased|improved|sweetened|cut|lowered|reduced|trimmed|set|revised|upped)\\s+' +
    '(?:its\\s+|their\\s+|the\\s+|his\\s+|her\\s+)?((?:[a-z]+\\s+){0,2}?[a-z]+)\\s+(?:(?:from\\s+[^\\s]+\\s+)?to|from)\\s*$',
  'i',
);
/** "the bank raised rates by 0.25 points", "cut its forecast by 2%": what the verb changed is its object. */
const CHANGED_BY = new RegExp(
  '\\b(raised|raises|raising|hiked|lifted|boosted|increased|cut|cuts|cutting|lowered|reduced|slashed|trimmed)\\s+' +
    '(?:its\\s+|their\\s+|the\\s+|his\\s+|her\\s+)?([a-z]+(?:\\s[a-z]+)?)\\s+by\\s*$',
  'i',
);
const RAISING = /^(raised|raises|raising|hiked|lifted|boosted|increased)$/i;
const TO_BEFORE = /\bto\s*$/i;
/** "Shares … were down", "shares have closed down": the auxiliaries between the subject and the change. */
const AUXILIARIES_AT_END = /(?:\b(?:were|was|are|is|have|has|had|closed|ended|finished|traded|trading|been|stood)\s*)+$/i;
const SHARE_OF = /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:[\p{Lu}][\p{L}-]+['’]s\s+)?(.*)$/iu;
/** "15% of them": a share of something named before, which this reading cannot say. */
const OF_PRONOUN = /^(?:them|whom|which|these|us|it)\b/i;
/** "turnout fell to 41%", "the rate stands at 5%": the level of the subject. */
const LEVEL_BEFORE = /\b(?:to|at|of|is|was|reached|hit)\s*$/i;
const LEVEL_VERB_BEFORE = /\b(?:[a-z]+ed|rose|fell|stands|stood|is|was|reached|hit|grew)\s+(?:\w+\s+){0,2}(?:to|at|of)?\s*$/i;

interface PercentAbout {
  about: string | null;
  change: boolean;
}
const NOTHING: PercentAbout = { about: null, change: false };

/** "offered a 4% pay rise", "took a 12% stake": the noun the percentage modifies. */
function modifiedNoun(pre: string, after: string): PercentAbout | null {
  if (!ARTICLE_BEFORE.test(pre)) return null;
  const noun = readNoun(after, 2).noun.map((w) => w.toLowerCase());
  if (!noun.length || PREPOSITION.test(noun[0]) || CHANGE_NOUN_AFTER.test(after)) return null;
  return { about: OFFERED_BEFORE.test(pre) ? `${noun.length > 1 ? `${noun[0]} ` : ''}offer` : noun.join(' '), change: false };
}

/** A change written with a verb: "raised rates by 0.25 points", "shares fell 5%". */
function changeByVerb(pre: string): PercentAbout | null {
  const transitive = pre.match(CHANGED_BY);
  if (transitive && !NOT_A_NOUN.has(transitive[2].split(' ')[0].toLowerCase())) {
    const direction = RAISING.test(transitive[1]) ? 'increase' : 'decrease';
    return { about: `${transitive[2].toLowerCase()} ${direction}`, change: true };
  }
  const change = pre.match(CHANGE_BEFORE);
  if (!change || TO_BEFORE.test(pre)) return null;
  const direction = INCREASE_WORD.test(change[1]) ? 'increase' : 'decrease';
  const subject = subjectOf(pre.slice(0, change.index ?? pre.length).replace(AUXILIARIES_AT_END, ''));
  return { about: subject ? `${subject.raw.slice(-2).join(' ')} ${direction}` : direction, change: true };
}

/** A share of something: "52% of the vote", "Smith won 52% of the vote" (a holder's share is another quantity). */
function shareOf(pre: string, of: string): PercentAbout {
  if (OF_PRONOUN.test(of)) return NOTHING;
  const np = readNoun(of, 3);
  const n = normalNoun(np.noun);
  if (!n) return NOTHING;
  const outcome = n.outcome ?? outcomeAfter(np.rest);
  return { about: [holderOf(pre, true), n.noun, outcome].filter(Boolean).join(' '), change: false };
}

/** What a percentage is about: the change of a subject, or the share of something. */
function percentAbout(pre: string, after: string): PercentAbout {
  const state = after.match(STATE_AFTER);
  if (state) return { about: state[1].toLowerCase().replace(/^completed$/, 'complete'), change: false };
  const modified = modifiedNoun(pre, after);
  if (modified) return modified;
  const set = pre.match(SET_TO);
  if (set && !NOT_A_NOUN.has(set[1].split(' ')[0].toLowerCase()))
    return { about: set[1].toLowerCase().split(/\s+/).slice(-2).join(' '), change: false };
  const changed = changeByVerb(pre);
  if (changed) return changed;
  const noun = after.match(CHANGE_NOUN_AFTER);
  if (noun) {
    const n = readNoun(noun[3], 3).noun.slice(-2).join(' ');
    return { about: n ? `${n} ${noun[1] ? 'increase' : 'decrease'}` : null, change: true };
  }
  const of = after.match(SHARE_OF);
  if (of) return shareOf(pre, of[1]);
  if (LEVEL_BEFORE.test(pre)) {
    const verb = pre.match(LEVEL_VERB_BEFORE);
    const subject = verb ? subjectOf(pre.slice(0, verb.index)) : null;
    if (subject) return { about: subject.raw.slice(-2).join(' '), change: false };
  }
  return NOTHING;
}

/** "… alone", "… only" right after the percentage say nothing about what it is of. */
const ALONE_AFTER = /^\s*(?:alone|only)\b/i;

/** A percentage or points figure; false when nothing says what it is about (then it is no figure). */
export function readPercent(r: FigureReading, points: boolean): boolean {
  r.figure.unit = points ? 'pt' : '%';
  const p = percentAbout(r.pre, r.after.replace(ALONE_AFTER, ''));
  // "up from 38%": an earlier value of the percentage before.
  const earlierOfPrev = r.previous && r.prev?.kind === 'percent';
  if (!p.about && !earlierOfPrev) return false;
  r.figure.about = p.about ?? r.prev!.figure.about;
  if (p.change || earlierOfPrev) {
    const period = periodOf(r.before, r.after);
    if (period) r.figure.period = period;
  }
  return true;
}
