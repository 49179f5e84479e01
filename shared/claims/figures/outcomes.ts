/**
 * Counts and outcomes: what happened to the counted people or things ("killed", "evacuated", "destroyed"), read from
 * the words after the noun ("… were killed"), the verb before the number ("killing at least 41"), or the noun itself
 * ("18 deaths"). Synonyms share one outcome class, so "13 died" and "18 killed" are one quantity.
 */

/** What happened to the counted people or things, right after the noun phrase ("… were killed", "… fled their homes"). */
export const OUTCOME_AFTER: Array<[RegExp, string]> = [
  [
    new RegExp(
      '^(?:killed|died|dead|slain|perished|murdered|executed|drowned|lost (?:their|his|her) lives|(?:have|had) been killed|' +
        'were killed|confirmed dead|feared dead|buried|' +
        // AMONG_THE_DEAD: "32 foreigners were among the dead (the fatalities, the victims)": counted among the killed.
        'among (?:the|those) (?:dead|fatalities|killed|deceased|victims))\\b',
      'i',
    ),
    'killed',
  ],
  [
    new RegExp(
      String.raw`^(?:injured|wounded|hurt|hospitali[sz]ed|suffered (?:\w+ )?(?:injuries|wounds|burns)|` +
        String.raw`treated for (?:\w+ )?(?:injuries|wounds|burns)|among (?:the|those) (?:injured|wounded|hurt))\b`,
      'i',
    ),
    'injured',
  ],
  // INTO_CUSTODY: "took 31 people into detention" has its outcome after the counted noun, with no participle.
  [/^(?:arrested|detained|held|jailed|imprisoned|taken into custody|(?:in|into) (?:police )?(?:custody|detention))\b/i, 'arrested'],
  [
    new RegExp(
      '^(?:evacuated|displaced|fled|uprooted|relocated|made homeless|left homeless|homeless|' +
        'forced (?:out of|from) (?:their|his|her) homes?|(?:left|fled) (?:their|his|her) homes?|' +
        '(?:living|staying|remain(?:s|ed)?|sleeping) (?:in|at) (?:tents|shelters|(?:relief |evacuation |temporary )?camps|' +
        'evacuation cent(?:re|er)s|relief cent(?:re|er)s|schools)|' +
        'sheltering|in shelters|in tents|in (?:relief |evacuation )?camps|(?:out of|from|away from) (?:their|his|her) homes?)\\b',
      'i',
    ),
    'evacuated',
  ],
  [/^(?:missing|unaccounted)\b/i, 'missing'],
  // Still under rubble, in a mine, in a cave: a count that rescuers and officials revise, apart from the missing.
  [/^(?:trapped|entombed|stuck underground)\b/i, 'trapped'],
  // Travellers left abroad or at airports by a collapse, a strike or a storm: a count outlets revise as it is known.
  [/^(?:stranded|marooned)\b/i, 'stranded'],
  // PULLED_ALIVE_FROM: "pulled 45 people alive from the rubble": "alive" after the counted noun, then where from.
  [/^(?:rescued|saved|pulled (?:out )?alive|alive\s+(?:from|out of))\b/i, 'rescued'],
  [/^(?:deployed|dispatched|sent|stationed|mobili[sz]ed)\b/i, 'deployed'],
  [/^(?:infected|fell ill|tested positive|sickened|contracted)\b/i, 'infected'],
  [/^(?:vaccinated|immuni[sz]ed|inoculated)\b/i, 'vaccinated'],
  [
    new RegExp(
      '^(?:destroyed|collapsed|flattened|razed|levell?ed|demolished|(?:burned|burnt) down|gutted|swept away|washed away|' +
        'reduced to (?:rubble|ashes|ash|cinders))\\b',
      'i',
    ),
    'destroyed',
  ],
  [/^(?:damaged|declared unsafe|cracked|flooded)\b/i, 'damaged'],
  [
    /^(?:affected|impacted|(?:had|have|has) (?!been\b)(?:their |its )?(?:[\w,]+\s+){1,5}?(?:disrupted|cancell?ed|postponed|delayed))\b/i,
    'affected',
  ],
  [/^(?:survived|survive|escaped alive|were pulled alive)\b/i, 'survived'],
];
/**
 * Words between the noun phrase and its outcome: "were also killed", "are now confirmed dead", "have been forced",
 * "are listed as missing", "were declared dead", "are presumed dead".
 */
const OUTCOME_GAP = new RegExp(
  '^(?:were|was|have|has|had|been|are|is|be|being|remain|remains|remained|now|still|also|reportedly|all|later|already|either|' +
    'then|initially|officially|so|far|believed|thought|known|feared|reported|said|to|confirmed|being|subsequently|eventually|' +
    'allegedly|listed|declared|presumed|registered|recorded|counted|classified|as|face|faces|facing|faced)$',
  'i',
);
/** A verb governing the number: "killing at least 41 people", "detained 14 contractors". */
const OUTCOME_BEFORE: Array<[RegExp, string]> = [
  [/\b(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|left dead)\s*$/i, 'killed'],
  [/\b(?:injuring|injured|injures|wounding|wounded|wounds|hurting)\s*$/i, 'injured'],
  [/\b(?:arresting|arrested|arrests|detaining|detained|detains|jailing|jailed|rounded up)\s*$/i, 'arrested'],
  [/\b(?:displacing|displaced|evacuating|evacuated|evacuate|uprooting|uprooted)\s*$/i, 'evacuated'],
  [/\b(?:rescuing|rescued|rescue|saving|saved)\s*$/i, 'rescued'],
  [/\b(?:deploying|deployed|deploy|dispatching|dispatched|sending|sent|send|stationed|mobili[sz]ed|mobili[sz]ing)\s*$/i, 'deployed'],
  [/\b(?:infecting|infected|sickening|sickened)\s*$/i, 'infected'],
  [/\b(?:vaccinating|vaccinated|vaccinate|immuni[sz]ing|immuni[sz]ed|inoculated)\s*$/i, 'vaccinated'],
  [/\b(?:destroying|destroyed|destroys|flattening|flattened|razing|razed|levelling|leveling)\s*$/i, 'destroyed'],
  [/\b(?:damaging|damaged|damages)\s*$/i, 'damaged'],
  [/\b(?:affecting|affected|affects)\s*$/i, 'affected'],
];
/** Nouns that carry their outcome: "18 deaths" counts people killed, "1,240 cases" people infected. */
export const OUTCOME_NOUNS: Array<[RegExp, string]> = [
  [/^(?:deaths?|dead|fatalities|fatality|lives)$/i, 'killed'],
  [/^(?:injuries|injured|wounded)$/i, 'injured'],
  [/^(?:arrests|detentions)$/i, 'arrested'],
  [/^(?:evacuees|displaced)$/i, 'evacuated'],
  [/^(?:cases|infections)$/i, 'infected'],
  [/^(?:survivors)$/i, 'survived'],
];

/** Words that match an outcome pattern but, alone, are rarely one: "held talks", "sent home", "left", "all". */
const NOT_AN_OUTCOME_WORD = /^(held|sent|left|all)$/;

/** The outcome class of one word ("killed" → killed), when the word alone says it. */
export function outcomeAt(word: string): string | null {
  for (const [re, cls] of OUTCOME_AFTER) if (re.test(word) && !NOT_AN_OUTCOME_WORD.test(word)) return cls;
  return null;
}

/** "Four civilians, among them a boy, were also killed": an aside about some of them, skipped. */
const ASIDE_ABOUT_SOME =
  /^\s*,?\s*(?:among them|including|most of them|many of them|all of them|some of them|mostly|mainly|many|most)\b[^,;.]{0,60},/i;
const RELATIVE_PRONOUN = /^\s*,?\s*(?:who|that|which)\s+/i;
/** "2,000 buildings in the province have been declared unsafe": a short place phrase before the verb, skipped. */
const PLACE_BEFORE_VERB =
  /^\s*(?:in|on|at|across|from|near|around|throughout|along)\s+(?:[\p{L}’'-]+\s+){1,6}?(?=(?:were|was|have|has|had|are|is)\s)/iu;
/** How many gap words ("were also now …") are read over before giving up. */
const MAX_GAP_WORDS = 6;

/** The outcome right after the noun phrase, over auxiliaries and adverbs: "… are now confirmed dead". */
export function outcomeAfter(rest: string): string | null {
  let text = rest.replace(ASIDE_ABOUT_SOME, ' ').replace(RELATIVE_PRONOUN, ' ').replace(PLACE_BEFORE_VERB, ' ').trimStart();
  for (let guard = 0; guard < MAX_GAP_WORDS; guard++) {
    for (const [re, cls] of OUTCOME_AFTER) if (re.test(text)) return cls;
    const m = text.match(/^([\w’']+)[\s,]+/);
    if (!m || !OUTCOME_GAP.test(m[1])) return null;
    text = text.slice(m[0].length);
  }
  return null;
}

export function outcomeBefore(pre: string): string | null {
  for (const [re, cls] of OUTCOME_BEFORE) if (re.test(pre)) return cls;
  return null;
}

const OUTCOME_WORDS = new Set([
  'killed',
  'injured',
  'arrested',
  'evacuated',
  'missing',
  'trapped',
  'stranded',
  'rescued',
  'deployed',
  'infected',
  'vaccinated',
  'destroyed',
  'damaged',
  'affected',
  'survived',
]);
/** Words a count's `about` gains after its noun: a rate ("per day") or a reference value ("threshold"). */
const ABOUT_SUFFIX_WORD = /^(day|week|month|year|hour|threshold|limit|target|goal|cap|ceiling|quota|capacity)$/;

/** The counted noun of an `about` ("security officers killed" → "security officers"). */
export function aboutNoun(about: string): string | null {
  const ws = about.split(' ').filter((w) => !OUTCOME_WORDS.has(w) && w !== 'per' && !ABOUT_SUFFIX_WORD.test(w));
  return ws.length ? ws.join(' ') : null;
}
export function aboutOutcome(about: string): string | null {
  return about.split(' ').find((w) => OUTCOME_WORDS.has(w)) ?? null;
}
