/**
 * What a claim says about the state of the world, beyond its words and figures: the scope of a measure ("curfew in
 * two districts" → "the whole region"), the status of a process ("talks suspended" → "resumed"), and what exactly a
 * negative claim negates ("denied that the dam was damaged" negates "the dam was damaged"; "has not revised its
 * figure of 19" negates a revision, not the 19). General news vocabulary only.
 */
import { NUMBER_WORDS } from '../lexicon/english.ts';
import { paraphraseOf } from '../lexicon/wordnet.ts';
import { memo } from './memo.ts';
import { concept, contentWords, isFunctionWord, stem } from './normalize.ts';

// ---------- scope ----------

/** Measures that have a territorial scope. */
export const SCOPED = new RegExp(
  String.raw`\b(state of emergency|emergency rule|curfew|lockdown|martial law|evacuation orders?|` +
    'evacuations?|travel ban|blackout|shutdown|quarantine|recall|strike|walkout|injunction|' +
    'school closures|closures|grounding(?: order)?|grounded|to ground|outage|attack|disruption|' +
    '(?:internet|travel|movement) restrictions|(?:internet|access) (?:was|were|has been|' +
    String.raw`had been) (?:restricted|cut|blocked)|internet (?:shutdown|blackout|cut))\b`,
  'i',
);
const NATIONWIDE = new RegExp(
  String.raw`\b(nationwide|nation-wide|countrywide|country-wide|country wide|(?:the\s+)?(?:whole|` +
    String.raw`entire)\s+(?:of\s+the\s+)?country|across the country|(?:every|` +
    String.raw`all)\s+[^.;]{1,50}?\s+in\s+the\s+country|national(?!\s+(?:guard|assembly|bank|police|team|park|` +
    String.raw`museum|library|council|agency|[a-z]*\s*(?:authority|service|institute|committee|` +
    String.raw`broadcaster))))\b`,
  'i',
);
const UNIT =
  '(?:regions?|provinces?|districts?|municipalit(?:y|ies)|counties|county|cities|city|towns?|' +
  'villages?|states?|areas?|oblasts?|prefectures?|ports?|airports?|stations?|lines?|routes?|' +
  'schools?|models?|markets?|countries|hospitals?|sites?|branches|offices?|plants?|factories|' +
  'stores?|clinics?|networks?|aircraft|fleets?)';
/** "to the whole of X province", "across the entire region", "province-wide": the scope is all of an area. */
const WHOLE = new RegExp(
  `\\b(?:(?:the\\s+)?(?:whole|` +
    `entire)\\s+(?:of\\s+)?(?:the\\s+)?((?:[\\p{Lu}][\\p{L}'-]+\\s+)*${UNIT}|` +
    `[\\p{Lu}][\\p{L}'-]+(?:\\s+[\\p{Lu}][\\p{L}'-]+)*)|all\\s+(?:of\\s+)?(?:the\\s+|its\\s+|` +
    `their\\s+)?(?:(?:\\d+|[a-z]+)\\s+(?:of\\s+(?:the|its|their)\\s+)?)?(${UNIT})|` +
    `across\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'-]+\\s+)*(${UNIT})|(${UNIT.slice(3, -1)})-wide)`,
  'u',
);
const COUNTED = new RegExp(
  `\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\\s+(?:[a-z]+\\s+)?(${UNIT})\\b`,
  'i',
);
const PLACES = new RegExp(
  String.raw`\b(?:in|across|for|to|covering|cover|throughout|limited to|confined to|` +
    String.raw`sold in)\s+((?:the\s+)?[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)*(?:(?:,\s*|` +
    String.raw`\s+and\s+)(?:the\s+)?[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)*)*)`,
  'u',
);
/** The verbs of a measure that grows or shrinks: the scope after them is the new one. */
const EXTENDED = new RegExp(
  String.raw`\b(?:extend(?:ed|s|ing)?|widen(?:ed|s|ing)?|expand(?:ed|s|ing)?|broaden(?:ed|s|ing)?|spread|` +
    String.raw`now (?:also )?covers?|to cover|also (?:covers?|applies|includes))\b`,
  'i',
);
/** After "now covers", "extended to": capitalised place names right at the start ("Lisk, Dorn and the Vale"). */
const PLACES_AT_START = new RegExp(
  String.raw`^\s*((?:the\s+)?[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)*(?:(?:,\s*|` +
    String.raw`\s+and\s+)(?:the\s+)?[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)*)*)`,
  'u',
);

export interface Scope {
  measure: string;
  /** Readable scope: "nationwide", "whole Harzan province", "2 districts", "Canada, South Korea". */
  label: string;
  /** Breadth for comparing: nationwide 3, whole area 2, counted areas 1, named places 0. */
  breadth: number;
  count: number | null;
  places: string[];
  /** The text says the measure grew or shrank. */
  changed: boolean;
}

function measureName(m: string): string {
  const lower = m.toLowerCase();
  if (/^(evacuations?|evacuation orders?)$/.test(lower)) return 'evacuation';
  if (/^(school closures|closures)$/.test(lower)) return 'closures';
  if (/^(strike|walkout)$/.test(lower)) return 'strike';
  if (lower.startsWith('grounding') || lower === 'grounded' || lower === 'to ground') return 'grounding';
  if (/^(outage|attack|disruption)$/.test(lower)) return 'disruption';
  if (/^internet|^access/.test(lower)) return 'internet restrictions';
  if (lower === 'emergency rule') return 'state of emergency';
  return lower;
}

/** The scoped measure a text names, if any ("grounding", "curfew", "state of emergency"). */
export function measureOf(text: string): string | null {
  const m = text.match(SCOPED);
  return m ? measureName(m[0]) : null;
}

/**
 * The scope of a measure a text reports. Remembered per text: retrieval, the verdicts and the story dossier each ask
 * for the same claims' scopes.
 */
export const scopeOf = memo((text: string): Scope | null => {
  const m = text.match(SCOPED);
  if (!m || m.index === undefined) return null;
  const measure = measureName(m[0]);
  const after = text.slice(m.index + m[0].length);
  const extended = after.match(EXTENDED) ?? text.slice(0, m.index).match(EXTENDED);
  const changed = Boolean(extended);
  // After "extended … to", what follows is the new scope; otherwise the words right after the measure (or before
  // it: "a nationwide curfew").
  const extendedAt = extended?.index !== undefined ? text.indexOf(extended[0], m.index) : -1;
  const window =
    extendedAt >= 0
      ? text.slice(extendedAt + extended![0].length, extendedAt + extended![0].length + 90)
      : text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 90);
  const scoped = (label: string, breadth: number, count: number | null, places: string[]): Scope => ({
    measure,
    label,
    breadth,
    count,
    places,
    changed,
  });
  if (NATIONWIDE.test(window)) return scoped('nationwide', 3, null, []);
  const whole = window.match(WHOLE);
  if (whole) {
    const what = (whole[1] ?? whole[2] ?? whole[3] ?? whole[4] ?? '').trim();
    return scoped(`whole ${what}`.trim(), 2, null, []);
  }
  const counted = window.match(COUNTED);
  if (counted) {
    const n = /^\d+$/.test(counted[1]) ? Number(counted[1]) : (NUMBER_WORDS[counted[1].toLowerCase()] ?? null);
    return scoped(counted[0], 1, n, []);
  }
  // After "now covers", "extended to": the places named straight away.
  const places = window.match(PLACES) ?? (changed ? window.match(PLACES_AT_START) : null);
  if (places) {
    const names = places[1]
      .split(/\s*(?:,|\band\b)\s*/)
      .map((p) => p.replace(/^the\s+/i, '').trim())
      .filter((p) => p && !/^(The|A|An)$/.test(p));
    if (names.length)
      return scoped(
        names.join(', '),
        0,
        names.length,
        names.map((p) => p.toLowerCase()),
      );
  }
  return null;
});

/**
 * Whether `now` reports the same measure as `before` with a different scope: nationwide against a region, the whole
 * of an area against part of it, a different count of areas, or named places that grew ("also covers …").
 */
export function scopeChanged(before: Scope, now: Scope): boolean {
  if (before.measure !== now.measure || before.label.toLowerCase() === now.label.toLowerCase()) return false;
  if (before.breadth !== now.breadth)
    return before.breadth === 3 || now.breadth === 3 || before.breadth === 2 || now.breadth === 2 || now.changed || before.changed;
  if (now.breadth === 1) return before.count !== now.count;
  if (now.breadth === 0) {
    const overlap = now.places.filter((p) => before.places.includes(p)).length;
    // Disjoint places with no word of change may be two separate measures; a superset, or "extended", is a change.
    return now.changed || (overlap > 0 && overlap < Math.max(now.places.length, before.places.length));
  }
  return false;
}

// ---------- status ----------

/**
 * States that exclude each other, each with the phrases that report it. A subject in one state and later in another
 * is an update ("talks suspended" → "talks resumed"). Bare verbs that mean other things ("opened fire", "cracks
 * opened", "held talks") are not states.
 */
/** RELEASED_A_DOCUMENT: "released the toll", "released a statement": a thing published, no one set free. */
const RELEASED = new RegExp(
  String.raw`\b(?:released(?!\s+(?:(?:the|a|an|its|their|his|her|new|updated|further|more|no)\s+)*(?:toll|figures?|` +
    'statement|report|video|footage|images?|photos?|details|names|data|list|results|findings|update|recording|' +
    String.raw`album|film)\b)|freed|let go)\b`,
  'i',
);
const STATUS_SETS: Array<Array<[string, RegExp]>> = [
  [
    ['rescue', /\b(search[- ]and[- ]rescue|rescue (?:operations?|efforts?|missions?|work)|search(?:ing)? for survivors)\b/i],
    [
      'recovery',
      new RegExp(
        String.raw`\b(recovery (?:operations?|efforts?|missions?|phase)|recover(?:ing|y of)? (?:the )?(?:bodies|` +
          String.raw`remains|dead)|(?:to|into|a|became|become) (?:a )?recovery)\b`,
        'i',
      ),
    ],
  ],
  [
    ['closed', /\b(closed|shut(?: down)?|remain(?:s|ed)? shut|were shut|was shut|closures?)\b/i],
    ['reopened', /\b(re-?open(?:ed|s|ing)?)\b/i],
    [
      'open',
      new RegExp(
        String.raw`\b((?:remain(?:s|ed)?|is|was|are|were|stays?|stayed) open|(?:opened|thrown open|threw open|` +
          String.raw`were opened|was opened)\s+(?:[\w’']+\s+){0,5}?(?:gates?|borders?|crossings?|airports?|roads?|` +
          'schools?|ports?|spillways?|sluices?|floodgates?)|(?:gates?|borders?|crossings?|spillways?|' +
          String.raw`sluices?|floodgates?)\s+(?:[\w’']+\s+){0,6}?(?:were|was)\s+(?:thrown\s+)?open(?:ed)?)\b`,
        'i',
      ),
    ],
  ],
  [
    [
      'holding',
      new RegExp(
        String.raw`\b(?:(?:is|was|were|are|remains?|remained|largely|broadly|still)\s+(?:holding|held)|` +
          String.raw`held (?:overnight|firm)|(?:ceasefire|truce) (?:is |was )?holding)\b`,
        'i',
      ),
    ],
    ['collapsed', /\b(collapsed|broke down|broken down|fell apart|was broken|(?:ceasefire|truce) (?:has been |was )?violated)\b/i],
  ],
  [
    [
      'on',
      new RegExp(
        String.raw`\b(?:(?:strike|walkout|stoppage|boycott|blockade)s?\b[^.;]{0,40}?\b(?:continu\w*|went ahead|` +
          String.raw`goes ahead|will go on|entered its|went into its|spread)|(?:continu\w*|extend\w*|` +
          String.raw`widen\w*) (?:the|its|their) (?:\w+ )?(?:strike|walkout|stoppage|boycott|blockade))\b`,
        'i',
      ),
    ],
    [
      'called off',
      new RegExp(
        String.raw`\b(?:(?:called off|ended|suspended|abandoned|cancelled) (?:the|its|their) (?:\w+ )?(?:strike|` +
          'walkout|stoppage|boycott|blockade)|(?:strike|walkout|stoppage|boycott|blockade)s? (?:was|were|' +
          String.raw`has been|had been) (?:called off|ended|suspended|abandoned|cancelled))\b`,
        'i',
      ),
    ],
  ],
  [
    ['suspended', /\b(suspended|halted|paused|broke off|broken off|called off|postponed|walked out|put on hold)\b/i],
    ['resumed', /\b(resumed|resume|restarted|reconvened|back on track)\b/i],
  ],
  [
    [
      'planned',
      new RegExp(
        String.raw`\b(plans? to (?:begin|start|launch|roll out)|planned|(?:will|is due to|is expected to|` +
          String.raw`are due to|are expected to) (?:begin|start))\b`,
        'i',
      ),
    ],
    ['under way', /\b(under ?way|got going|(?:has|have) (?:begun|started)|began|started|kicked off|launched)\b/i],
  ],
  [
    [
      'being searched for',
      new RegExp(
        String.raw`\b(?:(?:still\s+)?search(?:ing)?\s+for|looking\s+for|yet\s+to\s+(?:be\s+)?(?:find|found|locate|` +
          String.raw`located|recover|recovered)|(?:have|has)\s+not\s+(?:yet\s+)?been\s+(?:found|recovered|` +
          String.raw`located))\b`,
        'i',
      ),
    ],
    [
      'recovered',
      new RegExp(
        String.raw`\b(?:(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?(?:recovered|found|retrieved|` +
          String.raw`located)|(?:recovered|retrieved|located)\s+(?:the|both|all|its|their)\b)`,
        'i',
      ),
    ],
  ],
  [
    [
      'offline',
      new RegExp(
        String.raw`\b(?:offline|off-line|knocked\s+(?:\w+\s+){0,3}out|taken\s+down|unavailable|encrypted\s+(?:its|` +
          String.raw`their|the)?\s*(?:servers|systems))\b`,
        'i',
      ),
    ],
    ['partially restored', /\b(?:partially|partly)\s+(?:restored|back|online|working|reopened)\b/i],
    [
      'restored',
      /\b(?:fully\s+restored|restored|back\s+online|up\s+and\s+running|working\s+normally|went\s+live\s+again|back\s+to\s+normal)\b/i,
    ],
  ],
  [
    ['contained', /\b(contained|under control)\b/i],
    ['spreading', /\b(spreading|spread(?:s)? to|out of control)\b/i],
  ],
  [
    ['preliminary', /\bpreliminary (?:evaluation|review|investigation|inquiry|probe|assessment)\b/i],
    ['formal', /\b(?:formal|full) (?:investigation|inquiry|probe)\b/i],
  ],
  [
    ['arrested', /\b(arrested|detained|taken into custody)\b/i],
    ['released', RELEASED],
    ['charged', /\b(charged|indicted)\b/i],
    ['convicted', /\b(convicted|found guilty|sentenced)\b/i],
    ['acquitted', /\b(acquitted|cleared)\b/i],
  ],
  [
    ['proposed', /\b(proposed|tabled)\b/i],
    ['approved', /\b(approved|passed|adopted|ratified)\b/i],
    ['rejected', /\b(rejected|voted down|vetoed)\b/i],
  ],
  [
    ['evacuated', /\b(evacuat(?:ed|ion)|ordered to leave)\b/i],
    ['returned', /\b(return(?:ed|ing)? (?:home|to their homes)|allowed (?:back|to return))\b/i],
  ],
];

export interface Status {
  set: number;
  state: string;
  /** Content words around the state phrase: what is in that state. */
  subject: Set<string>;
}

const SUBJECT_SPAN = 7;

/** States passed on from ("ended the rescue", "suspended operations"), not reported as current. */
const LEFT_STATE = new RegExp(
  String.raw`\b(?:ended|ends|ending|end|halted|stopped|abandoned|called off|scaled back|from)\s+(?:the\s+|` +
    String.raw`its\s+|their\s+|all\s+)?(?:[\p{L}-]+\s+)?$`,
  'iu',
);
/** A state followed by its successor: "the rescue … has become a recovery operation". */
const TRANSITION = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:become|became|becomes|turned into|turns into|given way to|gave way to|` +
    String.raw`gives way to|switched to|shifted to|moved to|changed to|replaced by)\b`,
  'i',
);
/** A parenthetical (", which had been closed since Tuesday,"): background, not what the claim reports. */
const DASHED_ASIDE = String.raw`\s[–—]\s[^–—]{1,120}\s[–—]\s`;
const PARENTHETICAL = new RegExp(
  String.raw`,\s+(?:which|who|until now|previously|initially|first|once)\b[^,]{0,120},|` + DASHED_ASIDE,
  'giu',
);

/** The state phrases as global patterns, made once: statusOf runs for every claim and every candidate it is compared with. */
const STATUS_SEARCH = STATUS_SETS.map((set) => set.map(([state, re]) => [state, new RegExp(re.source, 'gi')] as const));

/**
 * The state a text reports: the first state phrase of the main clause (so "talks resumed …, two days after the
 * delegation walked out" is resumed), skipping a state the text says was left ("formally ended search-and-rescue
 * operations … recovering the bodies" is recovery) or turned into another, and background in parentheticals.
 */
export const statusOf = memo((text: string): Status | null => {
  const main = text.replace(PARENTHETICAL, (p) => ' '.repeat(p.length));
  const found: Array<{ set: number; state: string; at: number; end: number }> = [];
  for (let i = 0; i < STATUS_SETS.length; i++) {
    for (const [state, g] of STATUS_SEARCH[i]) {
      g.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = g.exec(main))) {
        // A state word naming a body ("rescue service", "closed shop") is not the state of anything.
        // ("search and rescue teams worked into the night" is the rescue going on).
        if (
          !/search/i.test(m[0]) &&
          /^\s+(?:service|services|team|teams|boats?|workers|crews|agency|centre|center|helicopters?|coordination|coordinator)\b/i.test(
            main.slice(m.index + m[0].length),
          )
        )
          continue;
        found.push({ set: i, state, at: m.index, end: m.index + m[0].length });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  const current = found.filter((f, i) => {
    const later = found.slice(i + 1).some((g) => g.set === f.set && g.state !== f.state);
    // A state followed by "has become …" is left whatever the next state's set ("the search … has become a recovery").
    return !((later && LEFT_STATE.test(main.slice(0, f.at))) || (found.length > i + 1 && TRANSITION.test(main.slice(f.end))));
  });
  const best = current[0] ?? null;
  if (!best) return null;
  // What is in that state: the words around its phrase, and around a state of the same set it replaced ("ended
  // search-and-rescue operations … recovering the bodies": the operations).
  const words: string[] = [];
  for (const f of found.filter((f) => f.set === best.set)) {
    const before = main.slice(0, f.at).trim().split(/\s+/).slice(-SUBJECT_SPAN).join(' ');
    const after = main.slice(f.end).trim().split(/\s+/).slice(0, SUBJECT_SPAN).join(' ');
    words.push(...contentWords(`${before} ${main.slice(f.at, f.end)} ${after}`, false));
  }
  // The phrase itself often names its subject ("rescue operation", "talks were suspended"); its state words do not.
  const stateWords = new Set(STATUS_SETS[best.set].flatMap(([state]) => state.split(' ')).map(concept));
  const subject = new Set(
    words
      .flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))
      .filter(
        (w) =>
          w.length > 2 &&
          !isFunctionWord(w) &&
          !/^\d+$/.test(w) &&
          !/^(through|until|since|after|before|during|without|within|across|against)$/.test(w),
      )
      .map(concept)
      .filter((w) => !stateWords.has(w)),
  );
  return { set: best.set, state: best.state, subject };
});

/** Two statuses are of the same subject when the words around them share something. */
export function statusChanged(before: Status, now: Status): boolean {
  if (before.set !== now.set || before.state === now.state) return false;
  // "closed" and "reopened" are a change; "reopened" and "open" say the same.
  if (new Set([before.state, now.state]).size === 2 && [before.state, now.state].every((s) => s === 'open' || s === 'reopened'))
    return false;
  for (const w of now.subject) if (before.subject.has(w)) return true;
  return false;
}

// ---------- negation ----------

// "rejected" and "dismissed" deny only what was said ("rejected the reports that …"), not a plan or an offer; the
// other verbs deny whatever follows.
const DENY = new RegExp(
  String.raw`\b(?:denied|denies|deny|denying|(?:rejected|rejects|dismissed|dismisses)(?=\s+(?:the\s+|` +
    String.raw`any\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|assertions?|rumou?rs?|` +
    String.raw`that)\b)|refuted|refutes|disputed|disputes)\b(?:\s+(?:on\s+[\p{L}]+|in\s+a\s+statement|again|` +
    String.raw`firmly|flatly|strongly|categorically))*\s+(?:(?:the\s+|any\s+)?(?:reports?|claims?|` +
    String.raw`allegations?|accusations?|suggestions?|assertions?|rumou?rs?)\s+)?(?:that\s+)?`,
  'iu',
);
const NOT = new RegExp(
  String.raw`\b(?:not|n't|never|no longer)\s+((?:(?:yet|been|be|have|has|had|also|even|ever|actually|` +
    String.raw`immediately|currently|officially|publicly|independently|formally|fully)\s+)*)([a-z]+)`,
  'i',
);
// "no one" before "no" (else the negated word read is "one"); auxiliaries skipped: "no one has yet claimed" negates "claimed".
const NONE = new RegExp(
  String.raw`\b(?:no one|nobody|nothing|none(?: of (?:the|them|those|these|it))?|no)\s+(?:(?:immediate|` +
    String.raw`further|new|other|major|significant|such|was|were|is|are|has|have|had|been|yet|so far)\s+)*([a-z]+)`,
  'i',
);
/** Where a denied proposition ends: its attribution or a second thought after a comma. */
const PROPOSITION_END = new RegExp(
  String.raw`,\s+(?:calling|saying|adding|describing|dismissing|insisting|arguing|noting|telling|warning|` +
    String.raw`stressing|explaining|claiming|accusing|urging|according|while|but|which|who)\b|;|` +
    String.raw`\s+[-–—]\s+`,
  'i',
);

export interface NegationFocus {
  /** The denied proposition ("the dam had been damaged in the quake"). */
  proposition?: string;
  /** The negated word ("revised" in "has not revised"). */
  word?: string;
}

/**
 * WISHED_NEGATION: "I hope it is not triple figures", "we pray it will not spread": a wish, not a statement that the
 * thing is false; the claim's denial, if any, is the next "not".
 */
const WISHED = /\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|pray|prays|prayed|praying)\b[^.,;:]{0,40}$/i;
const NOT_ALL = new RegExp(NOT.source, 'gi');

function firstDenial(text: string): RegExpExecArray | null {
  NOT_ALL.lastIndex = 0;
  for (let m = NOT_ALL.exec(text); m; m = NOT_ALL.exec(text)) if (!WISHED.test(text.slice(Math.max(0, m.index - 60), m.index))) return m;
  return null;
}

export const negationFocus = memo((text: string): NegationFocus | null => {
  const deny = DENY.exec(text);
  if (deny) {
    const rest = text.slice(deny.index + deny[0].length);
    const end = rest.search(PROPOSITION_END);
    const proposition = (end >= 0 ? rest.slice(0, end) : rest).replace(/[.!?"”]+$/, '').trim();
    if (proposition.split(/\s+/).length >= 2) return { proposition };
  }
  const not = firstDenial(text);
  if (not) return { word: not[2].toLowerCase() };
  const none = NONE.exec(text);
  if (none) return { word: none[1].toLowerCase() };
  return null;
});

/** A word without its inflection ("used" and "use", "hired" and "hire", "crossed" and "crosses" meet). */
function root(word: string): string {
  let w = word.length > 4 ? word.replace(/(?:ies|ied)$/, 'y') : word;
  for (const suffix of ['ing', 'ed', 'es', 'd', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

/** Verbs that only say something was known ("a case had been detected" is what "tests confirmed a case" says). */
const WEAK_PREDICATE = new RegExp(
  '^(detect|found|find|report|record|identif|confirm|seen|see|observ|register|document|spott|' +
    'discover|note|order|conduct|carri|carry|held|hold|launch|made|make|took|take|gave|give|start|' +
    'began|begin|use|us$)',
);

/** The main verb of a proposition: the participle or verb after its auxiliaries ("data had been stolen" → steal). */
const IRREGULAR_PAST =
  'paid|made|sent|took|gave|hit|cut|sold|bought|won|lost|left|held|ran|struck|shot|fled|fought|' +
  'built|brought|caught|kept|led|met|spent|stole|broke|chose|drove|froze|rose|fell|told|found|' +
  'began|wrote|spoke|seized|hid';

export function predicateOf(proposition: string): string | null {
  const word = predicateWord(proposition);
  if (!word) return null;
  const [token] = propositionTokens(word);
  return token ?? null;
}

/** The verb after an auxiliary ("had been stolen" → stolen, "did not cross" → cross). */
const AUXILIARY_VERB = new RegExp(
  String.raw`\b(?:had|has|have|was|were|is|are|been|be|being|would|will|could|did|does|do|may|` +
    String.raw`might)\s+(?:(?:been|be|being|not|never|also|already|ever|actually)\s+)*([a-z]{3,})\b`,
  'i',
);

/** The main verb of a proposition as written. */
function predicateWord(proposition: string): string | null {
  const m =
    proposition.match(AUXILIARY_VERB) ??
    proposition.match(/^(?:[\p{L}’'-]+\s+){1,4}?([a-z]{3,}ed)\b/u) ??
    // "… that Lusitânia paid the ransom": a past verb right after a named subject.
    proposition.match(
      new RegExp(`\\b(?:that|,)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'-]*\\s+){1,3}((?:${IRREGULAR_PAST})|[a-z]{3,}ed)\\b`, 'u'),
    );
  return m ? m[1].toLowerCase() : null;
}

/** Concept tokens of a text, names included (a denied proposition often names what the other claim names). */
export const propositionTokens = memo((text: string): Set<string> => {
  return new Set(
    contentWords(text.normalize('NFD').replace(/\p{M}/gu, ''), false)
      .map((w) => w.toLowerCase())
      .filter(
        (w) =>
          w.length > 1 &&
          !isFunctionWord(w) &&
          !/^(any|their|its|his|her|had|been|has|have|was|were|that|which|not|never|no|did|does|do)$/.test(w),
      )
      // A news concept, else the word's WordNet paraphrase group ("suspect" / "suspicion"), else its root.
      .map((w) => {
        const c = concept(w);
        return c === c.toUpperCase() ? c : root(paraphraseOf(w) ?? w);
      }),
  );
});

/**
 * Whether the negative claim negates what the positive one asserts: a denied proposition mostly found in the
 * positive claim, or a negated word the positive claim uses ("did not cross" / "crossed"). "has not revised its
 * figure of 19" against "19 killed": the revision is negated, not the toll, so no contradiction.
 */
/**
 * What a text only tries or hopes to do ("is trying to … find a partner") is not asserted: "could not find a partner"
 * does not deny it. Up to the end of its clause.
 */
const ATTEMPT = new RegExp(
  String.raw`\b(?:trying|tried|tries|seeking|seeks|sought|hoping|hopes|hoped|attempting|attempted|aiming|` +
    String.raw`aims|struggling|struggled|working)\s+to\s+[^,.;]*`,
  'gi',
);

/** Where a negated clause ends: its attribution, an afterthought (", he said, rejecting accounts …") or a new verb. */
const NEGATED_CLAUSE_END = new RegExp(
  String.raw`,\s+(?:[\p{L}’'-]+\s+){0,3}?(?:said|says|told|added|insisted)\b|,\s+(?:calling|saying|adding|` +
    String.raw`describing|dismissing|insisting|arguing|noting|according|rejecting|while|but|which|who)\b|;|` +
    String.raw`\s+and\s+(?:has|have|had|is|are|was|were|will|would|did|does|plans|said)\b`,
  'u',
);

/** "U.S.", "E.U.": the dots of an acronym do not end the attempt's clause ("trying to sell 90 U.S. plants and find …"). */
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;

/** Whether a text writes the word with a negation just before it ("doesn't exist", "never existed", "not yet fired"). */
function negatedIn(text: string, word: string): boolean {
  const r = root(word.toLowerCase());
  const words = text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^a-z']+/);
  // WITHOUT_NEGATES: "released the toll without providing details" denies providing them, as "did not provide" does.
  return words.some(
    (w, i) =>
      root(w) === r && words.slice(Math.max(0, i - 3), i).some((x) => x === 'not' || x === 'never' || x === 'without' || x.endsWith("n't")),
  );
}

export function negates(negative: string, positive: string): boolean {
  const focus = negationFocus(negative);
  if (!focus) return false;
  const other = propositionTokens(positive.replace(DOTTED_ACRONYM, (a) => a.replace(/\./g, '')).replace(ATTEMPT, ' '));
  if (focus.proposition) {
    const p = [...propositionTokens(focus.proposition)];
    const shared = p.filter((t) => other.has(t)).length;
    // What the proposition says happened must be what the other claim says happened ("data had been stolen" is not
    // contradicted by "patients whose data was affected"): its verb, when it has one, is shared.
    const verb = predicateOf(focus.proposition);
    if (verb && !WEAK_PREDICATE.test(predicateWord(focus.proposition)!) && !other.has(verb)) return false;
    return shared >= 2 && shared / Math.max(1, p.length) >= 0.6;
  }
  // A negated verb says little on its own: the two claims must also be about the same thing.
  if (!focus.word || /^(going|able|only|just|clear|sure|yet|enough|much|many|one|known|likely|immediately)$/.test(focus.word)) return false;
  // The other claim negates the word too ("…, and now they say the boat doesn't exist" against "it never
  // existed"): both deny it, so neither contradicts the other.
  if (negatedIn(positive, focus.word)) return false;
  // Where the negation is: "not …", or "no …" when the claim has no "not" (the focus word came from either).
  const notAt = NOT.exec(negative)?.index ?? NONE.exec(negative)?.index ?? 0;
  // "did not use live ammunition" against "fired live ammunition": a light verb says little; its object says what.
  if (/^(use|make|take|have|get|give|carry|conduct|hold|issue|do)$/.test(focus.word)) {
    const object = negative
      .slice(notAt)
      .match(/^\S+\s+(?:\S+\s+)?(?:use|make|take|have|get|give|carry|conduct|hold|issue|do)\s+((?:[\p{L}’'-]+\s*){1,3})/iu)?.[1];
    // "will never get out of jail": a particle or preposition after the light verb makes a phrasal verb ("get
    // out"), whose words are not an object that "sentenced … in prison" would share.
    const phrasal =
      object !== undefined && /^(?:out|up|off|away|back|in|into|over|through|to|from|on|by|around|along|across|down)\b/i.test(object);
    const words = object && !phrasal ? [...propositionTokens(object)] : [];
    if (words.length && words.every((w) => other.has(w))) return true;
  }
  // The negated clause, without its attribution and afterthoughts (", he said, rejecting accounts …").
  const tail = negative.slice(notAt).search(NEGATED_CLAUSE_END);
  const own = [...propositionTokens(tail >= 0 ? negative.slice(0, notAt + tail) : negative)];
  const shared = own.filter((t) => other.has(t)).length;
  const negated = concept(focus.word);
  return (
    other.has(negated === negated.toUpperCase() ? negated : root(focus.word)) &&
    shared >= 3 &&
    shared / Math.max(1, Math.min(own.length, other.size)) >= 0.5
  );
}

// ---------- hedges ----------

/**
 * A verb reported as possible or expected: "may have stalled", "may soon close", "is expected to be sentenced",
 * "is considering closing", "reportedly wiggled". Group 1 is the verb.
 */
const HEDGED = new RegExp(
  String.raw`\b(?:(?:may|might|could)\s+(?:soon\s+|well\s+|now\s+|also\s+|still\s+)?(?:have\s+)?(?:been\s+|` +
    String.raw`be\s+)?|(?:is|are|was|were)\s+(?:expected|likely|set|poised|thought|believed|said|` +
    String.raw`due)\s+to\s+(?:have\s+)?(?:been\s+|be\s+)?|(?:considering|weighing|mulling|contemplating)\s+|` +
    String.raw`reportedly\s+)([a-z]{3,})\b`,
  'gi',
);

/** The hedged verbs of a text, with the content words around each (what may happen, and to what). */
const hedgesOf = memo(
  (text: string): Array<{ verb: string; context: Set<string> }> =>
    [...text.matchAll(HEDGED)].map((m) => {
      const before = text.slice(0, m.index).trim().split(/\s+/).slice(-4);
      const after = text
        .slice(m.index + m[0].length)
        .trim()
        .split(/\s+/)
        .slice(0, 6);
      // "amid concern that the virus could cause …": the worry is not what may happen.
      const context = new Set(
        [...before, ...after]
          .map((w) => w.toLowerCase().replace(/[^a-z-]/g, ''))
          .filter((w) => w.length >= 4 && !isFunctionWord(w) && !FEAR.test(w))
          .map(stem),
      );
      return { verb: root(m[1].toLowerCase()), context };
    }),
);
const hedgedVerbs = (text: string) => new Set(hedgesOf(text).map((h) => h.verb));

const FEAR = /^(?:concerns?|fears?|worry|worries|suspicions?|hopes?|warnings?)$/;
/** Words before a verb that make it a finite verb ("will close", "has bounced"), and clauses that only give background. */
const FINITE_BEFORE = /^(?:will|would|shall|has|have|had|did)$/;
const BACKGROUND_BEFORE = /^(?:since|before|after|when|until|if|because|as|once|while)$/;

/**
 * The root of each verb a text states: a past form ("bounced", "sentenced") or a form after "will", "has", "to"
 * ("will close"), not a noun ("her sentence", "this bounce", "the sentencing") and not one in a background clause
 * ("since X closed 460 stores").
 */
const statedVerbs = memo((text: string): Map<string, { written: string; near: string[] }> => {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const out = new Map<string, { written: string; near: string[] }>();
  const content = (w: string) => w.length >= 4 && !isFunctionWord(w);
  words.forEach((w, i) => {
    if (w.length < 3) return;
    const prev = words[i - 1] ?? '';
    // "will sell or close": the second verb of a pair shares the first one's "will".
    const paired = /^(?:or|and)$/.test(prev) && FINITE_BEFORE.test(words[i - 3] ?? '');
    const finite = FINITE_BEFORE.test(prev) || paired || (/ed$/.test(w) && !/^(?:the|a|an|her|his|its|their|this|that)$/.test(prev));
    if (!finite || words.slice(Math.max(0, i - 3), i).some((x) => BACKGROUND_BEFORE.test(x))) return;
    // The nearest content word on each side: who or what the verb is about here.
    const before = words.slice(0, i).reverse().find(content);
    const after = words.slice(i + 1).find(content);
    if (!out.has(root(w))) out.set(root(w), { written: w, near: [before, after].filter((x): x is string => x !== undefined).map(stem) });
  });
  return out;
});

/** Whether a text states the verb without a hedge ("has already been sentenced" states "sentenced"). */
export function statesVerb(text: string, verb: string): boolean {
  const r = root(verb.toLowerCase());
  return !hedgedVerbs(text).has(r) && statedVerbs(text).has(r);
}

/** A word that starts a phrase about the whole list after its last item ("… and oral saline in the camps"). */
const LIST_TAIL_WORD =
  /^(?:in|to|for|at|on|from|with|by|into|across|near|after|before|during|who|which|that|were|was|are|is|have|has|had|will|would)$/i;

/**
 * A hedge the later text resolves: the earlier one reports a verb as possible or expected ("the rover may have stalled",
 * "the grocer may soon close all its branches", "X is expected to be sentenced") and the later one states the same verb
 * without a hedge ("the rover stalled twice", "will sell or close all its branches", "the judge sentenced X"), with a
 * word of what the hedge was about (its subject or object) in it: the fact moved from possible to reported, an
 * update. The resolved verb as the later text writes it, or null.
 */
export function resolvedHedge(earlier: string, later: string): string | null {
  const hedges = hedgesOf(earlier);
  if (!hedges.length) return null;
  const still = hedgedVerbs(later);
  const stated = statedVerbs(later);
  for (const h of hedges) {
    const verb = stated.get(h.verb);
    if (verb && !still.has(h.verb) && verb.near.some((w) => h.context.has(w))) return verb.written;
  }
  return null;
}

// ---------- lists ----------

/** "A, B and C" (three or more items of up to four words, an optional Oxford comma). */
const LIST = new RegExp(
  String.raw`((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)((?:,\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+){1,8}),?\s+(?:and|` +
    String.raw`or)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)`,
  'gu',
);
const LIST_FILLER = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'some',
  'new',
  'neighbouring',
  'neighboring',
  'more',
  'also',
  'including',
  'from',
  'of',
  'by',
  'with',
  'as',
  'such',
  'like',
]);

/** The items of each list in a text, each item as its content words (articles and fillers dropped, inflection folded). */
export const listsOf = memo((text: string): string[][][] => {
  const lists: string[][][] = [];
  for (const m of text.matchAll(LIST)) {
    // The last item ends where a phrase about the whole list begins: "… and oral saline in the camps", "… and
    // Istravia brokered the deal".
    const last = m[3].split(/\s+/);
    const end = last.findIndex((w, i) => i > 0 && (LIST_TAIL_WORD.test(w) || /^[a-z]{3,}ed$/.test(w)));
    const items = [m[1], ...m[2].split(/,\s+/).filter(Boolean), end > 0 ? last.slice(0, end).join(' ') : m[3]].map((item) =>
      item
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w && !LIST_FILLER.has(w))
        .map((w) => root(w)),
    );
    if (items.length >= 3 && items.every((i) => i.length > 0)) lists.push(items);
  }
  return lists;
});

/** Two lists name the same items, in any order: every item of each has its counterpart (one's words within the other's). */
function sameItems(a: string[][], b: string[][]): boolean {
  if (a.length !== b.length) return false;
  const matches = (x: string[], y: string[]) => x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
  return a.every((x) => b.some((y) => matches(x, y))) && b.every((y) => a.some((x) => matches(x, y)));
}

/** Whether the two texts carry the same list of three or more items, whatever the order ("A, B and C" = "C, A and B"). */
export function shareList(a: string, b: string): boolean {
  const la = listsOf(a);
  if (!la.length) return false;
  const lb = listsOf(b);
  // Where a list starts is uncertain ("…, published on Friday, sets out A, B and C" reads as five items): compare
  // the lists' endings of three or more items.
  const endings = (list: string[][]) => Array.from({ length: list.length - 2 }, (_, i) => list.slice(i));
  return la.some((x) => lb.some((y) => endings(x).some((ex) => endings(y).some((ey) => sameItems(ex, ey)))));
}
