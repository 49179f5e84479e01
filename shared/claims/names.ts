/**
 * Names in one article: people, organisations and places, found as runs of capitalised words (with lower-case
 * particles inside: "Abd al-Karim Al Mansuri", "Anouk van der Meer"), with titles and roles split off ("Secretary of
 * State Antony J. Blinken" → person "Antony J. Blinken", role "secretary of state"; "Prof. Ingrid K. Solberg"), and
 * joined inside the document: a surname alone ("Blinken", "Mr. Blinken") is the person of that surname named so
 * far. A hand-written recogniser: measured on our fixtures it finds the transliterated Central Asian, Slavic,
 * Arabic, Turkish, Yoruba and Korean names that general-purpose taggers miss, at well under a millisecond per
 * sentence.
 */
import { barrelPart, hyphensAsSpaces, rolesConflict, sameEntity } from '../entities/index.ts';
import { companyShortName, foldWord, hasGivenName, isPublicationHead, nameParts, orgKey } from '../entities/names.ts';
import type { DocumentEntity, EntityKind } from '../types.ts';
import {
  COUNTRIES,
  DEMONYM,
  EPONYM_CONDITIONS,
  EPONYM_INSTITUTIONS,
  HONORIFICS,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  NUMBER_WORDS,
  nationalityOf,
  ORG_HEADS,
  ORG_SINGLE,
  PARTY_WORDS,
  ROLE_WORDS,
  SUBNATIONAL_PLACES,
} from '../lexicon/english.ts';

export type Gender = 'm' | 'f';

export interface Mention {
  /** The name as written, without title or possessive. */
  surface: string;
  kind: EntityKind;
  roles: string[];
  /** Organisation or place named in the person's title ("Foreign Ministry Spokesperson Lena Varga"). */
  affiliation: string | null;
  /** Character offsets in the sentence: from the title or role written before the name to the end of the name. */
  start: number;
  end: number;
  /** What a title (Mr, Ms, Sir, Dame) or a pronoun after the name in its sentence says about the person. */
  gender?: Gender;
  /** An acronym in brackets right after a name ("… Agency (KMA)"): the name it stands for. */
  aliasOf?: string;
  /** A surname as written with its titles ("Mr Dufresne", "Prime Minister Okafor"): a spelling of the person (TITLED_VARIANT). */
  titled?: string;
  /** A person only because the name is unfamiliar words in capitals: no title, role, nor anything else said so. */
  byDefault?: boolean;
  /**
   * What the sentence says about such a name that fits an organisation: "strong" for an apposition naming one ("X, the
   * state operator,"), "X, which …", or a company's possession ("X's chief executive"); "weak" for "X said it/its …",
   * which a person may also say ("… said it was too early").
   */
  orgCue?: 'strong' | 'weak';
}

/** The article just before a name. */
const THE_BEFORE = /\bthe\s$/i;

/** Months that are also people's names ("Theresa May", "Paul April"). */
const MONTH_NAMES_OF_PEOPLE = /^(?:April|May|June|August)$/;

/** Capitalised words that start sentences or headlines without naming anything. */
const COMMON = new Set(
  `the a an in on at to for of and but or so yet as if when while after before since because although though however meanwhile
  this that these those there here it its he she they we i you his her their our my your some many several most all both each
  every no not one two three four five six seven eight nine ten people police protesters officials authorities government
  according despite during amid following under over about into through between against without within among until unless
  what who why how where which whose whom also still even just only then thus hence instead besides moreover furthermore
  last next first second third new other another such more less much few read watch video photo image updated published
  reports earlier later today yesterday tomorrow tonight morning evening night week month year mr mrs ms dr
  residents officials investigators rescuers firefighters workers witnesses analysts experts doctors soldiers troops families
  citizens critics lawmakers voters crews survivors villagers members leaders passengers students teachers patients
  neighbours neighbors farmers miners employees staff protesters demonstrators activists others prosecutors fishermen deaths
  shares nobody everyone everybody someone somebody anyone nothing could would should does did is are was were has have had
  opposition victims relatives supporters customers fans tourists refugees migrants hostages detainees visitors parents`.split(/\s+/),
);

const ROLE_RE = new RegExp(
  `\\b(${[...ROLE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((r) => r.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
    .join('|')})(?=\\s|$)`,
  'gi',
);

/** Titles written with a dot (or, British style, without one) before a name. */
const TITLE_DOT = 'Dr|Prof|Gen|Col|Capt|Cpt|Maj|Lt|Sgt|Adm|Cmdr|Sen|Rep|Gov|Supt|Insp|Det|Pres|Mr|Mrs|Ms|Mx|Rev|Revd|Fr|Hon';
/**
 * A capitalised word: a title with its dot, an acronym with dots (its last dot may be missing: "the I.R.C, said"),
 * an initial, or a word (letters with their
 * combining marks, as in "Ọlábísí"), possibly after an Arabic article ("al-Mansouri", "ash-Shami") or an elided
 * article ("d'Alema").
 */
const WORD =
  String.raw`(?:(?:${TITLE_DOT})\.|(?:[\p{Lu}]\.){2,}(?:[\p{Lu}](?![\p{L}\p{M}]))?|[\p{Lu}]\.(?=\s)|` +
  String.raw`(?:(?:al|el|ul|a[dnrstz]|ash|ath|adh)[-‐‑]|[dl]['’])?[\p{Lu}][\p{L}\p{M}'’‐‑-]*)`;
const PARTICLE_RE = new RegExp(`^(?:${NAME_PARTICLES})$`);
/** Words that may stand between capitalised words of one name: "of"/"the" in organisations, particles in people's names. */
/**
 * A single capital letter in quotation marks between two capitalised words belongs to a brand's name ("Nuts 'N' Bolts",
 * "Guns N' Roses" style): without it the run splits into two names ("Nuts", "Bolts").
 */
const QUOTED_LETTER = `['‘"“][A-Z]['’"”]`;
const JOINERS = `of|for|the|and|&|${QUOTED_LETTER}|${NAME_PARTICLES}`;
const JOINER_RE = new RegExp(`^(?:${JOINERS})$`, 'i');
const lowerJoiner = (w: string) => w === '&' || (JOINER_RE.test(w) && /^[\p{Ll}]/u.test(w));
const RUN_RE = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’])${WORD}(?:(?:\s+(?:${JOINERS})){0,2}\s+${WORD})*`, 'gu');
const PLACE_CUE = /\b(in|from|to|at|near|across|outside|inside|around|into|of|across)\s+(the\s+)?$/i;
/**
 * PLACE_PART_POSSESSED: what only a town or city has, after a possessive: "Varnold's port", "Varnold's old town",
 * "12% of Varnold's population". A person or a company has none of these ("Orrin's line-up" stays unknown).
 */
const PLACE_PARTS =
  'port|harbou?r|streets|old town|downtown|suburbs|outskirts|city cent(?:re|er)|airport|waterfront|skyline|neighbou?rhoods|districts|' +
  'population|residents|inhabitants|mayor|city hall';
const PLACE_PART_POSSESSED = new RegExp(
  `^,s\\s+(?:(?:old|main|central|inner|northern|southern|eastern|western)\\s+)?(?:${PLACE_PARTS})\\b`,
);
/** PLACE_WORD_BEFORE: a lower-case word that only comes before a place: "a downtown Varnold pier", "suburban Varnold". */
const PLACE_WORD_BEFORE = /(?:^|\s)(?:downtown|suburban|uptown|rural|coastal|north-eastern|north-western|south-eastern|south-western)\s+$/;
/** A role named next to the name: "his Moldovan counterpart, Radu X", "Radu X, the foreign minister". */
const ROLE_ALT = [...ROLE_WORDS]
  .filter((r) => !HONORIFICS.has(r))
  .sort((a, b) => b.length - a.length)
  .map((r) => r.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
  .join('|');
const ROLE_BEFORE = new RegExp(`\\b(${ROLE_ALT})(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?\\s*,\\s*$`, 'iu');
/** A role written in lower case right before the name: "mayor Dimitris Papadopoulos", "fire service spokesman X". */
const ROLE_JUST_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${ROLE_ALT})(?:\\s+(?:${ROLE_ALT}))*)\\s+$`, 'u');
// A role of several role words is one role ("the deputy commissioner of X" is a commissioner, not a deputy).
const ROLE_AFTER = new RegExp(
  `^\\s*,\\s+(?:the|a|an|his|her|its|their)?\\s*(?:[\\p{L}-]+\\s+){0,3}?((?:${ROLE_ALT})(?:\\s+(?:${ROLE_ALT}))*)\\b`,
  'iu',
);

function kindOf(words: string[]): EntityKind | null {
  const lower = words.map((w) => w.toLowerCase().replace(/[.'’]/g, ''));
  const last = lower[lower.length - 1];
  if (lower.some((w) => ORG_HEADS.has(w)) || (lower.length === 1 && ORG_SINGLE.has(last))) return 'organization';
  if (lower.length === 1 && /^[A-Z]{2,6}$/.test(words[0]) && !COUNTRIES.has(last)) return 'organization';
  if (
    lower.length <= 3 &&
    (COUNTRIES.has(lower.join(' ')) || MULTIWORD_PLACES.has(lower.join(' ')) || SUBNATIONAL_PLACES.has(lower.join(' ')))
  )
    return 'place';
  if (lower.length === 1 && COUNTRIES.has(last)) return 'place';
  if (/^(white house|state department|foreign ministry|kremlin)$/.test(lower.join(' '))) return 'organization';
  return null;
}

const MULTIWORD_PLACES = new Set([
  'united states',
  'united kingdom',
  'united arab emirates',
  'saudi arabia',
  'south korea',
  'north korea',
  'new zealand',
  'south africa',
  'czech republic',
  'soviet union',
  'sri lanka',
  'costa rica',
  'el salvador',
  'hong kong',
  'new york',
  'los angeles',
  'central asia',
  'middle east',
  'latin america',
  'west bank',
  'east timor',
  'ivory coast',
  'puerto rico',
  'dominican republic',
  'central african republic',
]);

/** Words naming a minister's or secretary's portfolio ("of Foreign Affairs", "of State", "of Trade and Industry"). */
const PORTFOLIO = new Set(
  `state foreign affairs defence defense health justice interior finance economy economic trade industry education home energy agriculture
  transport transportation labour labor culture tourism environment internal external public security emergency emergencies situations
  development science technology information communications digital water resources natural social welfare family youth sports war
  commerce treasury housing veterans homeland fisheries mines mining infrastructure planning foreign-affairs`.split(/\s+/),
);

/** Splits a leading title/role off a capitalised run; what precedes the role is the affiliation. */
function splitRole(run: string): { name: string; roles: string[]; affiliation: string | null; honorific: boolean } {
  ROLE_RE.lastIndex = 0;
  let lastEnd = -1;
  let roles: string[] = [];
  let firstStart = -1;
  let m: RegExpExecArray | null;
  while ((m = ROLE_RE.exec(run))) {
    if (firstStart < 0) firstStart = m.index;
    roles.push(m[1].toLowerCase().replace(/\s+/g, ' '));
    lastEnd = m.index + m[0].length;
  }
  if (lastEnd < 0) return { name: run, roles: [], affiliation: null, honorific: false };
  let name = run.slice(lastEnd).trim();
  // "Secretary of State X", "Minister of Foreign Affairs X": the portfolio after "of" belongs to the role.
  const of = name.match(/^of\s+(.*)$/i);
  if (of) {
    const words = of[1].split(/\s+/);
    let k = 1;
    while (k < words.length && (PORTFOLIO.has(words[k].toLowerCase()) || lowerJoiner(words[k]))) k++;
    name = words.slice(k).join(' ').replace(/^,\s*/, '');
  }
  let before = run.slice(0, firstStart).trim();
  const honorific = roles.some((r) => HONORIFICS.has(r));
  // Abbreviated titles read as their role ("Gov." → governor).
  roles = roles.filter((r) => !HONORIFICS.has(r)).map((r) => TITLE_ROLES[r] ?? r);
  // "Former President …", "Acting Mayor …": the tense of the role, not an organisation.
  const tense = before.match(/^(?:(former|acting|interim|then|ex|late|incoming|outgoing|retired|current)\s*)+$/i);
  if (tense) {
    roles = roles.map((r) => `${before.toLowerCase()} ${r}`);
    before = '';
  }
  const affiliation = before && !DEMONYM.test(before) ? before : null;
  if (affiliation && before) roles = roles.map((r) => `${before.toLowerCase()} ${r}`);
  return { name, roles, affiliation, honorific };
}

const PARTY = new RegExp(`^(${PARTY_WORDS.join('|')})$`);
/** Last words that make a capitalised run a law, event, programme or document, not a person. */
const NOT_PERSON_HEADS = new Set(
  `act acts law bill agreement accord plan program programme show day days award awards prize cup games festival summit conference
  war convention endorsement election elections olympics championship index report project initiative strategy doctrine declaration
  constitution code street avenue road square bridge station airport river lake mountain mountains valley island islands sea ocean
  province region district county city state republic`.split(/\s+/),
);
/**
 * Last words of places that are built or named features ("Karadere Dam", "Elm Apartments", "Vesna Valley"); not
 * words that are also common surnames (Park, Hill, Field, Temple, Bay).
 */
const PLACE_HEADS = new Set(
  `street avenue road square bridge station airport river lake mountain mountains valley island islands sea ocean province region
  district county city state republic dam reservoir canal harbour harbor gulf strait peninsula desert gorge basin highway motorway
  apartments stadium cathedral mosque municipality prefecture oblast governorate abbey basilica monastery priory convent chapel castle
  palace fortress citadel`.split(/\s+/),
);
/** First words of places: "Mount Ararat", "Lake Van", "Port Louis", "Hotel Savoy". */
const PLACE_FIRST = /^(mount|mt|lake|port|fort|camp|cape|isle|hotel|gulf|saint|sainte)$/i;

/**
 * Capitalised runs that read as names but are not people: laws and events by their last word ("… Act", "… Day"),
 * shouted words ("GET OUT"), and groups named by a plural of a nationality or party ("Kentucky Democrats").
 */
function notAPerson(words: string[]): EntityKind | null {
  const last = words[words.length - 1];
  const lower = last.toLowerCase().replace(/[.'’]/g, '');
  if (words.length > 1 && PLACE_HEADS.has(lower)) return 'place';
  if (words.length > 1 && NOT_PERSON_HEADS.has(lower)) return 'other';
  if (words.length > 1 && PLACE_FIRST.test(words[0])) return 'place';
  if (words.length > 1 && words.some((w) => /^[\p{Lu}]{2,}$/u.test(w))) return 'other';
  if (/s$/.test(last) && (PARTY.test(last.slice(0, -1)) || DEMONYM.test(last.slice(0, -1)) || /^(Tories|Greens)$/.test(last)))
    return 'organization';
  return null;
}

/** Abbreviated military and political titles, and the role each names. */
const TITLE_ROLES: Record<string, string> = {
  gen: 'general',
  col: 'colonel',
  capt: 'captain',
  cpt: 'captain',
  maj: 'major',
  lt: 'lieutenant',
  sgt: 'sergeant',
  adm: 'admiral',
  cmdr: 'commander',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  pres: 'president',
  'sen.': 'senator',
  'rep.': 'representative',
  'gov.': 'governor',
  'gen.': 'general',
  'col.': 'colonel',
  'capt.': 'captain',
  'lt.': 'lieutenant',
  'sgt.': 'sergeant',
};
/** Honorifics: a person, sometimes a gender, never a role. */
const HONORIFIC_GENDER: Record<string, Gender | null> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  mx: null,
  sir: 'm',
  dame: 'f',
  lord: 'm',
  lady: 'f',
  dr: null,
  prof: null,
  professor: null,
  rev: null,
  revd: null,
  reverend: null,
  fr: 'm',
  hon: null,
};
/** A title word before a name: "Dr.", "Prof", "Gen.", "Mr", "Dame". */
function titleOf(word: string): { role: string | null; gender: Gender | null } | null {
  const lower = word.toLowerCase();
  const bare = lower.replace(/\.$/, '');
  if (bare in HONORIFIC_GENDER) return { role: null, gender: HONORIFIC_GENDER[bare] };
  if (bare in TITLE_ROLES) return { role: TITLE_ROLES[bare], gender: null };
  return null;
}

/** The titles before a name's words ("Prof. Dr.", "Gen."), taken off: the gender and posts they give. One word stays. */
function stripTitles(words: string[]): { words: string[]; gender: Gender | undefined; roles: string[] } {
  let gender: Gender | undefined;
  const roles: string[] = [];
  let rest = words;
  while (rest.length > 1) {
    const t = titleOf(rest[0]);
    if (!t) break;
    if (t.gender) gender = t.gender;
    if (t.role) roles.push(t.role);
    rest = rest.slice(1);
  }
  return { words: rest, gender, roles };
}

/** A nationality adjective by its ending ("Ostrovian", "Sudanese", "Flemish", "Iraqi"), whatever the country. */
const DEMONYM_LIKE = /^[\p{Lu}][\p{Ll}\p{M}]+(?:ian|ean|ese|ish|i)$/u;
/** The same as a plural noun: "Ostrovians", "Palestinians" name a people, not an entity. */
const DEMONYM_PLURAL = /^[\p{Lu}][\p{Ll}\p{M}]+(?:ians|eans)$/u;
/** Lower-case words after a capitalised word that make it the subject, not an adjective ("Rossi said", "Adrian has"). */
const NOT_A_NOUN = new Set(
  `said says say told tells is was were are has had have will would could can may might must should shall did does do and or but nor of to
  in on at by for with from as who whose which that than also later then still had wrote writes tweeted added adds insisted argued warned
  noted stated asked denied confirmed declined urged claimed believes thinks thought agreed replied responded himself herself itself
  here there now too again alone`.split(/\s+/),
);
/** A country-like name ("…ia", "…stan", "…land") before its government, capital or people: "Varnia's Defence Ministry". */
const STATE_POSSESSION = new RegExp(
  String.raw`^,s\s+(?:[\p{L}-]+\s+){0,2}?(?:government|president|prime minister|foreign|defence|` +
    'defense|interior|ministry|minister|army|military|armed forces|border|borders|capital|' +
    'parliament|embassy|ambassador|public defender|ombudsman|central bank|currency|economy|' +
    String.raw`territory|troops|soldiers|citizens|population|exports|imports|delegation)\b`,
  'iu',
);

interface Token {
  w: string;
  at: number;
}

const isHead = (w: string) => ORG_HEADS.has(w.toLowerCase().replace(/[.'’]/g, ''));
const isPlaceName = (words: string[]) => {
  const lower = words.map((w) => w.toLowerCase()).join(' ');
  return COUNTRIES.has(lower) || MULTIWORD_PLACES.has(lower) || SUBNATIONAL_PLACES.has(lower);
};
const ROLE_SET = new Set(ROLE_WORDS);
const isRoleWord = (w: string) => ROLE_SET.has(w.toLowerCase());

/**
 * A capitalised run is cut where it names two things:
 * - at "and", unless the "and" is inside one organisation's name ("Coastal and Marine Agency", "Ministry of
 *   Trade and Industry"); "Norway and Sweden" are two names;
 * - at "of" after a person's name ("Prof. Ingrid K. Solberg of the Nordic … Institute", "Anna Lindqvist of Brandt &
 *   Keller"), but not inside a title ("Secretary of State …") or an organisation ("Bank of …").
 */
function segments(run: string): Array<{ tokens: Token[]; ofPerson?: boolean }> {
  const tokens: Token[] = [...run.matchAll(/\S+/g)].map((t) => ({ w: t[0], at: t.index! }));
  const out: Token[][] = [];
  let seg: Token[] = [];
  const lastWord = tokens[tokens.length - 1].w;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.w.toLowerCase() === 'and' && seg.length) {
      const left = seg.map((x) => x.w);
      while (left.length > 1 && COMMON.has(left[0].toLowerCase())) left.shift();
      const right = tokens.slice(i + 1).map((x) => x.w);
      const of = left.findIndex((w) => /^(of|for)$/i.test(w));
      const modifier =
        isHead(lastWord) &&
        !/^the$/i.test(right[0] ?? '') &&
        !left.some(isHead) &&
        left.length <= 3 &&
        !isPlaceName(left) &&
        !left.some((w) => JOINER_RE.test(w));
      const inner = of > 0 && left.slice(0, of).some(isHead);
      if (modifier || inner) {
        seg.push(t);
        continue;
      }
      out.push(seg);
      seg = [];
      continue;
    }
    seg.push(t);
  }
  if (seg.length) out.push(seg);
  return out.flatMap(splitAtOf);
}

/** "Anna Lindqvist of Brandt & Keller" → the person, and the organisation marked as the person's ("of"). */
function splitAtOf(seg: Token[]): Array<{ tokens: Token[]; ofPerson?: boolean }> {
  const k = seg.findIndex((t, i) => i >= 2 && t.w.toLowerCase() === 'of');
  if (k < 0 || k === seg.length - 1) return [{ tokens: seg }];
  let left = seg.slice(0, k).map((t) => t.w);
  while (left.length > 1 && titleOf(left[0])) left = left.slice(1);
  const { name } = splitRole(left.join(' '));
  const words = name.split(/\s+/).filter(Boolean);
  const personal = (w: string) =>
    (/^[\p{Lu}]/u.test(w) || PARTICLE_RE.test(w)) &&
    !isHead(w) &&
    !isRoleWord(w) &&
    !COMMON.has(w.toLowerCase()) &&
    !NOT_PERSON_HEADS.has(w.toLowerCase());
  if (words.length < 2 || words.length > 4 || !words.every(personal) || kindOf(words) || isPlaceName(words)) return [{ tokens: seg }];
  return [{ tokens: seg.slice(0, k) }, { tokens: seg.slice(k + 1), ofPerson: true }];
}

export function findMentions(original: string, sentenceStart: boolean): Mention[] {
  const mentions: Mention[] = [];
  // A possessive ends a name ("the envoy's Moldovan counterpart"); same length, so offsets stay valid.
  const sentence = original.replace(/([\p{L}\p{M}])['’]s\b/gu, '$1,s');
  RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_RE.exec(sentence))) {
    const runEnd = m.index + m[0].length;
    for (const seg of segments(m[0])) {
      const mention = mentionOf(
        sentence,
        seg.tokens.map((t) => ({ w: t.w, at: m!.index + t.at })),
        sentenceStart,
        runEnd,
      );
      if (!mention) continue;
      const prev = mentions[mentions.length - 1];
      // "Prof. Ingrid K. Solberg of the Nordic Climate Institute said": the institute is the person's
      // affiliation, and the person's mention runs to its end, so the speech verb after it is next to the person.
      if (seg.ofPerson && prev?.kind === 'person' && mention.kind !== 'person') {
        prev.affiliation ??= mention.surface;
        prev.end = mention.end;
      }
      // "… Agency (KMA)": the acronym is the organisation's other name.
      // A name whose initials are the acronym is an organisation's, even when it read as a person's ("Médecins Sans
      // Frontières (MSF)").
      const initials = (name: string) =>
        name
          .split(/[\s-]+/)
          .filter((w) => /^[\p{Lu}]/u.test(w))
          .map((w) => w[0])
          .join('');
      const bracketed =
        prev &&
        /^[\p{Lu}][\p{Lu}\p{N}&]{1,9}$/u.test(mention.surface) &&
        /^\s*\($/.test(sentence.slice(prev.end, mention.start)) &&
        /^\)/.test(sentence.slice(mention.end));
      if (
        bracketed &&
        prev.kind === 'person' &&
        !prev.roles.length &&
        !prev.gender &&
        prev.surface.includes(' ') &&
        initials(prev.surface) === mention.surface
      )
        prev.kind = 'organization';
      if (bracketed && prev.kind !== 'person' && prev.kind !== 'place') {
        mention.aliasOf = prev.surface;
        prev.kind = mention.kind = prev.kind === 'other' ? 'organization' : prev.kind;
      }
      mentions.push(withEponymHead(mention, sentence));
    }
  }
  genderFromPronouns(sentence, mentions);
  return mentions;
}

const EPONYM_HEAD = new RegExp(`^\\s+(${[...EPONYM_INSTITUTIONS, ...EPONYM_CONDITIONS].join('|')})\\b`);

/**
 * "the ruins of the Maria Lindqvist school", "a condition called Lindqvist-Boe syndrome": a name that reads as a
 * person's only for want of anything else (no title, role or gender), or an unknown word, followed by a lower-case
 * institution or condition noun, names that institution or condition. Written "School" it is already one name; in
 * lower case the noun is kept with it, so both spellings name the same school and no person is invented.
 */
function withEponymHead(mention: Mention, sentence: string): Mention {
  const bare = (mention.kind === 'person' && mention.byDefault && !mention.gender) || mention.kind === 'other';
  const head = bare ? sentence.slice(mention.end).match(EPONYM_HEAD) : null;
  if (!head) return mention;
  const end = mention.end + head[0].length;
  const kind = EPONYM_CONDITIONS.includes(head[1]) ? 'other' : 'organization';
  const { byDefault: _, orgCue: __, ...rest } = mention;
  return { ...rest, surface: sentence.slice(mention.end - mention.surface.length, end), kind, end };
}

/** Nouns an apposition names an organisation by ("Vantor Rail, the state operator, …"). */
const ORG_NOUNS = new Set(
  `company firm operator group agency union carrier utility regulator airline railway broadcaster manufacturer maker producer supplier
  retailer lender bank insurer developer contractor conglomerate corporation charity watchdog authority organisation organization
  association federation provider distributor exporter importer chain startup start-up subsidiary newspaper publisher consortium
  cooperative co-operative business enterprise party`.split(/\s+/),
);
/** What only an organisation has: "X's chief executive", "X's shareholders", "X's trains". */
const OWNED = new RegExp(
  String.raw`^,s\s+(?:(?!(?:about|of|for|on|in|with|to|and|or|from|by|at|` +
    String.raw`as)\s)[\p{L}-]+\s+){0,2}?(?:chief executive|chief financial officer|ceo|cfo|board|` +
    'shareholders|share price|subsidiary|subsidiaries|headquarters|fleet|trains|workforce|' +
    String.raw`passengers|subscribers|depots|factories|annual report)\b`,
  'iu',
);
/** "X said it …", "X has said its …", "X told reporters it …", "X said on Monday that it …": what follows is in group 1. */
const SAID_IT = new RegExp(
  String.raw`^\s+(?:(?:has|had|have)\s+)?(?:also\s+|earlier\s+|previously\s+)?(?:said|says|announced|` +
    'stated|confirmed|added|warned|insisted|' +
    String.raw`told\s+[\p{Ll}]+(?:\s+[\p{Ll}]+)?)(?:\s+on\s+\p{L}+)?(?:\s+that)?\s+(it\b.*|its\b)`,
  'u',
);
/**
 * What an organisation does after "said it": "had hired", "would cut", "plans to", "recalled", "was investigating the
 * …". Not the "it" anyone may use ("said it was too early", "it would be difficult", "it had been a hard year", "it
 * seemed", "it had nothing to do with …").
 */
const IT_ACTS = new RegExp(
  [
    String.raw`^it\s+(?:had|has)\s+(?!(?:been|become|no|nothing|not|little|always|never|to)\b)\p{Ll}+`,
    String.raw`^it\s+(?:would|will|could|can|plans|planned|intends|intended|expects|expected|aims|aimed|wants|wanted|hopes|hoped)\s+` +
      String.raw`(?!(?:be|not|never|take|seem|make|help|depend|mean|happen|cost|look)\b)\p{Ll}+`,
    String.raw`^it\s+(?:was|is|had\s+been|has\s+been)\s+\p{Ll}+ing\s+(?:the|a|an|with|into|its|all|whether|options|ways|closely)\b`,
    String.raw`^it\s+(?!(?:seemed|appeared|happened|looked|mattered|felt|sounded|worked|helped|needed|used)\b)\p{Ll}+ed\b`,
  ].join('|'),
  'u',
);
const APPOSITION_WORDS_NOT = /^(?:of|at|for|from|with|in|on|by|to|and|or|who|whose|he|she|his|her)$/i;

/** An organisation's cue right after an unfamiliar name (see Mention.orgCue). */
function orgCue(after: string): Mention['orgCue'] {
  if (/^,\s+which\b/.test(after) || OWNED.test(after)) return 'strong';
  const appo = after.match(
    /^,\s+((?:[^,.;:!?“”"()]|,s\b)+?)(?=\s*(?:,(?!s\b)|[.;:!?“”"()])|\s+(?:said|says|which|that|has|had|is|was|will|would)\b|$)/u,
  )?.[1];
  if (appo) {
    const words = appo.replace(/,s\b/g, '').split(/\s+/).filter(Boolean);
    if (/^(?:the|a|an)$/i.test(words[0] ?? '')) words.shift();
    const head = words[words.length - 1]?.toLowerCase();
    if (words.length && words.length <= 5 && ORG_NOUNS.has(head) && !words.some((w) => APPOSITION_WORDS_NOT.test(w) || isRoleWord(w)))
      return 'strong';
  }
  const said = after.match(SAID_IT)?.[1];
  if (said && (said === 'its' || IT_ACTS.test(said))) return 'weak';
  return undefined;
}

/**
 * The words of a capitalised run that can be part of a name: capitalised common words, adjectives such as
 * "Oslo-based", members of a body ("DUP MPs") and a date at the end are not.
 */
function nameTokensOfRun(sentence: string, tokens: Token[]): Token[] {
  // Drop capitalised common words at the front ("The", "In", "President" stays: it is a role).
  // An acronym in capitals in a sentence that is not shouted ("the International Maritime Organization (IMO)") is a name, even
  // when it spells a common word.
  const shouted = !/[\p{Ll}]/u.test(sentence);
  const common = (w: string) => {
    if (!shouted && /^[\p{Lu}]{2,}$/u.test(w)) return false;
    const lower = w.toLowerCase();
    return (
      COMMON.has(lower) ||
      COMMON.has(lower.split(/[-'’]/)[0]) ||
      MONTHS_AND_DAYS.has(lower) ||
      // NUMBER_WORD_OPENS_RUN: "Thirty-two Kenyans were on board": a count opening the sentence is not part of a name.
      NUMBER_WORDS[lower.split('-')[0]] !== undefined ||
      /['’](re|ll|ve|d|m)$/.test(lower) ||
      lowerJoiner(w)
    );
  };
  // ("New York", "South Korea", "El Salvador" keep their first word.)
  while (
    tokens.length &&
    common(tokens[0].w) &&
    !isRoleWord(tokens[0].w) &&
    !(tokens.length > 1 && MULTIWORD_PLACES.has(`${tokens[0].w} ${tokens[1].w}`.toLowerCase()))
  )
    tokens = tokens.slice(1);
  // "the Oslo-based Fjord Institute": the adjective is not part of the name.
  while (tokens.length > 1 && /-(based|born|led|backed|owned|run)$/i.test(tokens[0].w)) tokens = tokens.slice(1);
  // A month or day at the end is a date ("Tuesday", "in Geneva in May"), unless it ends a person's name: after a given
  // name or a title, and not before a day's number ("Theresa May", "Ms May"; not "Monday May 6").
  const endsName = (i: number) => {
    const prev = tokens[i - 1]?.w;
    if (!MONTH_NAMES_OF_PEOPLE.test(tokens[i].w)) return false;
    if (!prev || !/^[\p{Lu}]/u.test(prev) || MONTHS_AND_DAYS.has(prev.toLowerCase())) return false;
    if (COMMON.has(prev.toLowerCase()) && !titleOf(prev)) return false;
    return !/^\s*\d/.test(sentence.slice(tokens[i].at + tokens[i].w.length));
  };
  // "DUP MPs", "Labour MEPs": members of the body named before them, not part of its name.
  while (tokens.length > 1 && /^[\p{Lu}]{2,}s$/u.test(tokens[tokens.length - 1].w)) tokens = tokens.slice(0, -1);
  while (
    tokens.length &&
    (lowerJoiner(tokens[tokens.length - 1].w) ||
      (MONTHS_AND_DAYS.has(tokens[tokens.length - 1].w.toLowerCase()) && !endsName(tokens.length - 1)))
  )
    tokens = tokens.slice(0, -1);
  return tokens;
}

/**
 * A single capitalised word that names nothing: a nationality, a month or day, a common word opening the sentence, or
 * a nationality adjective or an organisation head before a noun.
 */
function notANameAlone(w: string, after: string, opensSentence: boolean): boolean {
  // "Kenyans", "Britons": a people, named by the plural of its nationality.
  if (DEMONYM.test(w) || MONTHS_AND_DAYS.has(w.toLowerCase()) || DEMONYM_PLURAL.test(w) || nationalityOf(w)) return true;
  if (opensSentence && COMMON.has(w.toLowerCase())) return true;
  // "Ostrovian defence officials", "Iraqi forces": a nationality adjective before a noun names no entity.
  const next = after.match(/^\s+([\p{Ll}][\p{Ll}-]*)/u)?.[1];
  if (next && DEMONYM_LIKE.test(w) && !NOT_A_NOUN.has(next) && !/(ed|ly)$/.test(next) && (!/i$/.test(w) || /[^su]s$/.test(next)))
    return true;
  // A bare organisation head before a noun ("Ministry figures show") is a common noun, not a name.
  if (next && isHead(w) && !ORG_SINGLE.has(w.toLowerCase()) && !NOT_A_NOUN.has(next) && /[^su]s$/.test(next)) return true;
  return false;
}

/** What a run of a name says besides the name: its titles and roles, and the name without them (null: none left). */
interface NamedRun {
  nameWords: string[];
  roles: string[];
  /** Roles the run itself gives (not titles, not an apposition). */
  ownRoles: boolean;
  honorific: boolean;
  gender: Gender | undefined;
  affiliation: string | null;
}

/** Takes the titles ("Dr.", "Ms") and roles ("Interior Minister", "X, the foreign minister") off a run of a name. */
function titlesAndRoles(runWords: string[], before: string, after: string): NamedRun | null {
  let words = runWords;
  // Titles first ("Prof.", "Gen.", "Ms"), then roles ("Interior Minister").
  const leading = stripTitles(words);
  let honorific = leading.words.length < words.length;
  let gender = leading.gender;
  const titleRoles = leading.roles;
  words = leading.words;
  // An organisation's own words are not roles ("San Marco General Hospital", "Official Gazette").
  const organisation = words.length > 1 && isHead(words[words.length - 1]);
  const split = organisation
    ? { name: words.join(' '), roles: [] as string[], affiliation: null, honorific: false }
    : splitRole(words.join(' '));
  const { affiliation } = split;
  const name = split.name;
  let roles = [...titleRoles, ...split.roles];
  honorific ||= split.honorific;
  // "Health Minister Dr. X": a title after the role.
  const written = name.split(/\s+/).filter(Boolean);
  const inner = stripTitles(written);
  if (inner.words.length < written.length) honorific = true;
  if (inner.gender) gender = inner.gender;
  roles.push(...inner.roles);
  const nameWords = inner.words;
  if (!gender && split.honorific) {
    const h = words.find((w) => titleOf(w));
    if (h) gender = titleOf(h)!.gender ?? undefined;
  }
  roles = roles.map((r) => TITLE_ROLES[r] ?? r).filter((r, i, all) => all.indexOf(r) === i);
  // "X, the foreign minister": the role is X's; "Speaking in Geneva, UN Secretary-General António Guterres": the
  // role is the title of the name that follows it.
  const roleAfter = after.match(ROLE_AFTER);
  const apposed =
    before.match(ROLE_BEFORE)?.[1] ??
    before.match(ROLE_JUST_BEFORE)?.[1] ??
    (roleAfter && !/^\s+[\p{Lu}]/u.test(after.slice(roleAfter[0].length)) ? roleAfter[1] : undefined);
  if (apposed && !roles.includes(apposed.toLowerCase().replace(/\s+/g, ' '))) roles.push(apposed.toLowerCase().replace(/\s+/g, ' '));
  if (!nameWords.length || nameWords.every((w) => DEMONYM.test(w))) return null;
  // "Moldovan President X": the demonym is not part of the name ("Soviet Union", "European Union" are names).
  // An organisation's name keeps its adjective: "European Space Agency", "Democratic Unionist Party".
  const institution = isHead(nameWords[nameWords.length - 1]);
  while (nameWords.length > 1 && DEMONYM.test(nameWords[0]) && !isPlaceName(nameWords) && !institution) nameWords.shift();
  // "Republican Phil Bryant": the party is not part of the name.
  while (nameWords.length > 2 && PARTY.test(nameWords[0]) && !institution) nameWords.shift();
  return { nameWords, roles, ownRoles: split.roles.length > 0, honorific, gender, affiliation };
}

/**
 * The kind of entity a name is, from its words and the words around it; byDefault when nothing but its capitals says
 * it is a person.
 */
function kindOfName(
  nameWords: string[],
  cues: { before: string; after: string; openingPlace: boolean; roled: boolean; honorific: boolean; atRunEnd: boolean },
): { kind: Mention['kind']; byDefault: boolean } {
  const { before, after, openingPlace, roled, honorific, atRunEnd } = cues;
  const clean = nameWords.join(' ');
  let kind = openingPlace && !kindOf(nameWords) ? 'place' : kindOf(nameWords);
  if (!kind && nameWords.includes('&')) kind = 'organization'; // "Brandt & Keller"
  if (!kind) kind = notAPerson(nameWords);
  if (!kind && (roled || honorific)) kind = 'person';
  let byDefault = false;
  if (
    !kind &&
    nameWords.length >= 2 &&
    nameWords.length <= 4 &&
    nameWords.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:al|el|ul|a[dnrstz]|ash)[-‐‑]\p{Lu}/u.test(w) || PARTICLE_RE.test(w))
  ) {
    kind = 'person';
    byDefault = true;
  }
  // "in Korlovo" is a place; "in Orrin's line-up" is the possessor's, not a location.
  if (!kind && nameWords.length <= 2 && PLACE_CUE.test(before) && !roled && !after.startsWith(',s')) kind = 'place';
  if (!kind && nameWords.length <= 2 && !roled && (PLACE_PART_POSSESSED.test(after) || PLACE_WORD_BEFORE.test(before))) kind = 'place';
  if (!kind && nameWords.length === 1 && /(?:ia|stan|land)$/.test(clean) && atRunEnd && STATE_POSSESSION.test(after)) kind = 'place';
  if (!kind) kind = nameWords.length === 1 ? 'other' : 'organization';
  return { kind, byDefault };
}

/** One mention from a segment of a capitalised run (tokens with their offsets in the sentence). */
function mentionOf(sentence: string, tokens: Token[], sentenceStart: boolean, runEnd: number): Mention | null {
  tokens = nameTokensOfRun(sentence, tokens);
  if (!tokens.length) return null;
  const start = tokens[0].at;
  const last = tokens[tokens.length - 1];
  const end = last.at + last.w.length;
  const after = sentence.slice(end);
  const before = sentence.slice(0, start);
  if (tokens.length === 1 && notANameAlone(tokens[0].w, after, start === 0 && sentenceStart)) return null;
  const named = titlesAndRoles(
    tokens.map((t) => t.w),
    before,
    after,
  );
  if (!named) return null;
  const { nameWords, honorific, gender, affiliation } = named;
  let { roles } = named;
  const clean = nameWords.join(' ');
  // "In Velgrad, the chief negotiator said": a sentence that opens "In X," names a place, whatever follows.
  const openingPlace = /^\s*In\s+$/.test(before) && /^\s*,/.test(after) && nameWords.length <= 3 && !honorific && !named.ownRoles;
  if (openingPlace) roles = [];
  const { kind, byDefault } = kindOfName(nameWords, {
    before,
    after,
    openingPlace,
    roled: roles.length > 0,
    honorific,
    atRunEnd: end === runEnd,
  });
  // "the Journal", "the Post": a publication's short name is written with its article, and kept so in the variants.
  const surface = nameWords.length === 1 && isPublicationHead(clean) && THE_BEFORE.test(before) ? `the ${clean}` : clean;
  const mention: Mention = { surface, kind, roles, affiliation, start, end };
  if (gender && kind === 'person') mention.gender = gender;
  const titled = titledSurname(tokens, clean);
  if (titled && kind === 'person') mention.titled = titled;
  if (byDefault && kind === 'person' && !roles.length) {
    mention.byDefault = true;
    const cue = orgCue(after);
    if (cue) mention.orgCue = cue;
  }
  return mention;
}

/**
 * TITLED_VARIANT: a surname written with titles only ("Mr Dufresne", "Mr. Dufresne", "Dr Halvorsen", "President
 * Dufresne", "Prime Minister Okafor") is how the text names the person, and readers (and the report's variants) know
 * them by it; kept as written when every word before the surname is a title the entity matcher drops too (TITLES), so
 * the titled spelling never reads as a full name ("Former President Dufresne" is not kept: "Former" reads as a name).
 */
function titledSurname(tokens: Token[], surname: string): string | undefined {
  const written = tokens.map((t) => t.w).join(' ');
  if (written === surname || surname.includes(' ')) return undefined;
  const parts = nameParts(written);
  return !parts.first && parts.tokens.length === 1 && parts.last === nameParts(surname).last ? written : undefined;
}

/**
 * "Choi Seo-yeon, the chief executive, repeated his apology": in a sentence that names one person, a pronoun of one
 * gender after the name (outside quotations) says which.
 */
function genderFromPronouns(sentence: string, mentions: Mention[]): void {
  const people = mentions.filter((m) => m.kind === 'person' && m.orgCue !== 'strong');
  if (people.length !== 1 || people[0].gender) return;
  const rest = sentence.slice(people[0].end).replace(/[“"][^”"]*[”"]?/g, ' ');
  const he = /\b(he|him|his|himself)\b/i.test(rest);
  const she = /\b(she|her|hers|herself)\b/i.test(rest);
  if (he !== she) people[0].gender = he ? 'm' : 'f';
}

/**
 * In one document, a shorter full name that is the end of a longer one is that person: "García Márquez" after
 * "Gabriel García Márquez", "Fernanda Gómez" after "María Fernanda Gómez".
 */
function endsWithName(long: string, short: string): boolean {
  const a = nameParts(long).tokens;
  const b = nameParts(short).tokens;
  return b.length >= 2 && a.length > b.length && b.every((t, i) => t === a[a.length - b.length + i]);
}

/** A person's name with a given name as well as a family name. */
const isFullName = (m: Mention) => m.kind === 'person' && hasGivenName(m.surface);

interface DocPerson {
  entity: DocumentEntity;
  /** Folded words a surname alone may be: the family name, and the first word of a family-first name ("Choi Seo-yeon"). */
  keys: Set<string>;
  /** Index of the mention that first named the person in full, and of the last mention of the person so far. */
  first: number;
  last: number;
  gender?: Gender | null;
  /** Roles written with the person's full names, wherever in the document (for TITLE_ROLE_CONFLICT). */
  fullRoles: string[];
}

function surnameKeys(name: string): string[] {
  const parts = nameParts(name);
  const keys = [parts.last];
  // The last part of a double-barrelled family name ("Zielińska" for Małgorzata Dąbrowska-Zielińska) and the name a
  // compound ends in ("Rahman" for Mohammad Abdur Rahman) are how a document refers back to the person.
  if (parts.barrel) keys.push(parts.barrel[1]);
  if (parts.compound) keys.push(parts.compound.tail);
  // A given name written with a lower-case syllable after a hyphen ("Seo-yeon", "Da-eun") after the family name.
  const written = name.split(/\s+/).filter((w) => !/^[\p{Lu}]\.$/u.test(w));
  if (parts.tokens.length === 2 && parts.first && /^[\p{Lu}][\p{Ll}]*-[\p{Ll}]/u.test(written[written.length - 1])) keys.push(parts.first);
  return keys;
}

const mergeGender = (known: Gender | null | undefined, seen: Gender | undefined): Gender | null | undefined =>
  seen === undefined ? known : known === undefined ? seen : known === seen ? known : null;

/**
 * Groups one document's mentions into entities. People named in full are one entity when their names are one
 * person's (Ingrid Solberg = Ingrid K. Solberg; never two different given names). A surname alone ("Kılıç", "Mr Choi")
 * is the person with that surname named so far (or, when none yet, later in the document): when two are, the one
 * whose title or pronoun gender fits, then the one whose role fits, then the nearest. A surname shared by two people
 * of the document has its mentions' surface replaced by the full name, so looking a mention up by its surface gives
 * the person it refers to. Each mention's kind becomes its entity's (a word seen "in Korlovo" is a place throughout).
 */
export function documentEntities(mentions: Mention[]): { entities: DocumentEntity[]; nameOf: Map<string, string> } {
  organisationsByCue(mentions);
  organisationsByName(mentions);
  const found: DocumentSoFar = {
    ...peopleNamedInFull(mentions),
    entities: [],
    companies: companiesByShortName(mentions),
  };
  const { entities, people } = found;
  const entityOfMention = new Map<Mention, DocumentEntity>();
  mentions.forEach((m, i) => {
    const target = entityOfMentionAt(m, i, found);
    if (!target) return;
    entityOfMention.set(m, target);
    if (!target.variants.includes(m.surface)) target.variants.push(m.surface);
    if (m.titled && target.kind === 'person' && !target.variants.includes(m.titled)) target.variants.push(m.titled);
    for (const r of m.roles) if (!target.roles.includes(r)) target.roles.push(r);
    // The affiliation in a title ("New York Gov. Kathy Hochul", "Foreign Ministry spokesperson Lena Varga") is an
    // entity of its own, of the kind its words say.
    if (
      target.kind === 'person' &&
      m.affiliation &&
      !entities.some((e) => e.variants.includes(m.affiliation!) || e.name === m.affiliation)
    ) {
      const words = m.affiliation.split(/\s+/);
      addEntity(entities, {
        name: m.affiliation,
        kind: kindOf(words) ?? notAPerson(words) ?? 'organization',
        variants: [m.affiliation],
        roles: [],
      });
    }
  });
  for (const p of people) {
    // The fullest form names the person ("Antony J. Blinken" over "Antony Blinken").
    for (const v of p.entity.variants) if (hasGivenName(v) && v.length > p.entity.name.length) p.entity.name = v;
  }
  return { entities, nameOf: settleNamesAndKinds(mentions, entities, entityOfMention) };
}

/** An organisation's name without its legal form is still the organisation ("Orrin Robotics" after "Orrin Robotics Ltd"). */
function organisationsByName(mentions: Mention[]): void {
  const orgKeys = new Set(mentions.filter((m) => m.kind === 'organization').map((m) => orgKey(m.surface)));
  for (const m of mentions)
    if (m.kind === 'person' && !m.roles.length && !m.gender && orgKeys.has(orgKey(m.surface))) m.kind = 'organization';
}

/** People named in full, in order of first mention, and the person each full name is. */
function peopleNamedInFull(mentions: Mention[]): { people: DocPerson[]; personOf: Map<Mention, DocPerson> } {
  const people: DocPerson[] = [];
  const personOf = new Map<Mention, DocPerson>();
  mentions.forEach((m, i) => {
    if (!isFullName(m)) return;
    let p = people.find((x) =>
      x.entity.variants.some(
        (v) =>
          hasGivenName(v) &&
          (sameEntity(v, m.surface) || endsWithName(v, m.surface) || barrelPart(v, m.surface) || barrelPart(m.surface, v)),
      ),
    );
    if (!p) {
      p = { entity: { name: m.surface, kind: 'person', variants: [], roles: [] }, keys: new Set(), first: i, last: -1, fullRoles: [] };
      people.push(p);
    }
    if (!p.entity.variants.includes(m.surface)) p.entity.variants.push(m.surface);
    for (const k of surnameKeys(m.surface)) p.keys.add(k);
    p.gender = mergeGender(p.gender, m.gender);
    p.fullRoles.push(...m.roles);
    personOf.set(m, p);
  });
  return { people, personOf };
}

/**
 * Companies named in full, by the short name they also go by ("Velt" → "Velt Cell Technologies"); a short name two
 * companies of the document share is neither's (null).
 */
function companiesByShortName(mentions: Mention[]): Map<string, string | null> {
  const companies = new Map<string, string | null>();
  for (const m of mentions) {
    const short = m.kind === 'organization' ? companyShortName(m.surface) : null;
    if (short)
      companies.set(
        short,
        companies.has(short) && companies.get(short) !== m.surface && orgKey(companies.get(short) ?? '') !== orgKey(m.surface)
          ? null
          : m.surface,
      );
  }
  return companies;
}

/** What documentEntities knows while it goes through a document's mentions. */
interface DocumentSoFar {
  /** The document's entities so far, in order of first mention. */
  entities: DocumentEntity[];
  people: DocPerson[];
  personOf: Map<Mention, DocPerson>;
  companies: Map<string, string | null>;
}

function addEntity(entities: DocumentEntity[], e: DocumentEntity): DocumentEntity {
  if (!entities.includes(e)) entities.push(e);
  return e;
}

/** The entity the i-th mention of a document names (undefined: a lone capitalised word, not enough to be one). */
function entityOfMentionAt(m: Mention, i: number, found: DocumentSoFar): DocumentEntity | undefined {
  const { entities } = found;
  const full = found.personOf.get(m);
  // "in Orrin's history": a company's short name is the company, whatever a preposition suggested.
  const company =
    !m.roles.length && !m.gender && !m.aliasOf && !orgKey(m.surface).includes(' ') && !COUNTRIES.has(m.surface.toLowerCase())
      ? found.companies.get(orgKey(m.surface))
      : undefined;
  if (company && m.kind === 'place') m.kind = 'other';
  if (full) {
    full.last = i;
    return addEntity(entities, full.entity);
  }
  if (m.kind === 'person' || m.kind === 'other') {
    const named = new Set(found.people.map((p) => p.entity));
    const apart = entities.find((e) => !named.has(e) && e.kind === 'person' && e.variants.includes(m.surface));
    const person = m.aliasOf ? undefined : bareSurname(m, i, found.people, apart !== undefined);
    // A surname that is none of the document's people named in full: an entity of its own, never theirs.
    if (person === APART) return apart ?? addEntity(entities, { name: m.surface, kind: 'person', variants: [], roles: [] });
    if (person) {
      person.last = i;
      person.gender = mergeGender(person.gender, m.gender);
      return addEntity(entities, person.entity);
    }
    return entityOfOtherName(m, entities, company);
  }
  // Organisations by name up to case, punctuation and legal form ("Orrin Robotics Ltd." = "Orrin Robotics").
  const same = (v: string) =>
    m.kind === 'organization' ? orgKey(spaced(v)) === orgKey(spaced(m.surface)) : spaced(v) === spaced(m.surface);
  let target = entities.find(
    (e) =>
      (e.kind === m.kind || e.kind === 'other') &&
      e.kind !== 'person' &&
      (same(e.name) ||
        e.variants.some(same) ||
        (m.aliasOf !== undefined && e.variants.includes(m.aliasOf)) ||
        // "the Post" after "the Harlow Evening Post": the short name it goes by.
        (company !== undefined && company !== null && [e.name, ...e.variants].some((v) => orgKey(v) === orgKey(company)))),
  );
  if (target && target.kind === 'other') target.kind = m.kind;
  if (!target) target = addEntity(entities, { name: m.surface, kind: m.kind, variants: [], roles: [] });
  return target;
}

/** A name in lower case with its hyphens as spaces (entities HYPHEN_AS_SPACE): "Saint-Rémy Abbey" = "Saint Rémy Abbey". */
const spaced = (name: string) => hyphensAsSpaces(name).toLowerCase();

/**
 * HYPHENATED_NAME: a word of capitalised parts joined by hyphens ("Saint-Rémy", "Port-Vila", "Al-Noor") is a name
 * even alone and at a sentence's start, as no common word is; not a prefix compound ("Pro-Russian", "Anti-Corruption")
 * nor a pair of nationalities ("Franco-German").
 */
const HYPHEN_PARTS = /[-‐‑]/;
const CAPITALISED_PART = /^[\p{Lu}][\p{Ll}\p{M}]+$/u;
const INNER_PARTICLE = /^(?:de|du|des|la|le|les|en|sur|sous|lès|et|di|da|del|al|el|ul|ad|an|ar|as|at|az|ash)$/;
const PREFIX_PART = /^(?:pro|anti|non|post|pre|co|self|ex|neo|multi|inter|vice|cross|well|mid|so|all|semi|sub|super|ultra|un|re)$/i;
export function hyphenatedName(word: string): boolean {
  const parts = word.split(HYPHEN_PARTS);
  if (parts.length < 2 || parts.length > 6 || PREFIX_PART.test(parts[0])) return false;
  const last = parts[parts.length - 1];
  const first = CAPITALISED_PART.test(parts[0]) || /^(?:Al|El|al|el)$/.test(parts[0]);
  const inner = parts.slice(1, -1).every((p) => CAPITALISED_PART.test(p) || INNER_PARTICLE.test(p));
  return first && inner && CAPITALISED_PART.test(last) && !DEMONYM.test(last) && !DEMONYM_LIKE.test(last) && !nationalityOf(last);
}

/** The entity of a person's or other name that is not a person named in the document: by its spelling, or the company it is short for. */
function entityOfOtherName(m: Mention, entities: DocumentEntity[], company: string | null | undefined): DocumentEntity | undefined {
  const single = nameParts(m.surface).tokens.length <= 1;
  let target = entities.find(
    (e) =>
      e.variants.includes(m.surface) ||
      (m.aliasOf !== undefined && e.variants.includes(m.aliasOf)) ||
      (e.kind !== 'person' && e.name.toLowerCase() === m.surface.toLowerCase()),
  );
  if (target && target.kind === 'other' && m.kind !== 'other') target.kind = m.kind;
  if (!target && company)
    target =
      entities.find(
        (e) => e.kind !== 'person' && e.kind !== 'place' && [e.name, ...e.variants].some((v) => orgKey(v) === orgKey(company)),
      ) ?? addEntity(entities, { name: company, kind: 'organization', variants: [], roles: [] });
  if (!target) {
    // A lone capitalised word: not enough to call it an entity.
    if (m.kind === 'other' && !m.roles.length && single && !m.aliasOf && !hyphenatedName(m.surface)) return undefined;
    target = addEntity(entities, { name: m.surface, kind: m.kind, variants: [], roles: [] });
  }
  return target;
}

/**
 * Each surface's entity name, once the document's entities are known; a surface that stands for two entities of the
 * document becomes its entity's name in each mention, and each mention takes its entity's kind.
 */
function settleNamesAndKinds(
  mentions: Mention[],
  entities: DocumentEntity[],
  entityOfMention: Map<Mention, DocumentEntity>,
): Map<string, string> {
  // Surfaces that stand for two entities of the document ("Choi" for Choi Seo-yeon and for Choi Da-eun).
  const targets = new Map<string, Set<DocumentEntity>>();
  for (const [m, e] of entityOfMention) targets.set(m.surface, (targets.get(m.surface) ?? new Set()).add(e));
  const nameOf = new Map<string, string>();
  for (const e of entities) {
    if (!e.variants.includes(e.name)) e.variants.unshift(e.name);
    for (const v of e.variants) if (!nameOf.has(v) || v === e.name) nameOf.set(v, e.name);
  }
  for (const [m, e] of entityOfMention) {
    if (targets.get(m.surface)!.size > 1) m.surface = e.name;
    // A person's or a place's mentions are that everywhere; a lone word standing for a company keeps its kind.
    if (e.kind === 'person' || e.kind === 'place' || (m.kind !== 'other' && m.kind !== 'person')) m.kind = e.kind;
  }
  // A word seen only as a lone capitalised word in one place and as a place elsewhere is that place everywhere.
  for (const m of mentions) {
    if (entityOfMention.has(m)) continue;
    const e = entities.find((x) => x.kind !== 'person' && x.variants.includes(m.surface));
    if (e) m.kind = e.kind;
  }
  return nameOf;
}

/**
 * An unfamiliar name taken for a person by default is an organisation when the text treats it as one ("Dalmore
 * Freight, the state operator, …", "… said it had hired …", "Dalmore Freight's trains"), so a later "he said" never
 * continues it; unless something in the document says it is a person: a he or she about it in its sentence (after
 * "said it …" only: a strong cue's sentence is not about a person), or another mention of the name with a title, Mr
 * or Ms, a role, or a he or she of its own.
 */
function organisationsByCue(mentions: Mention[]): void {
  const cued = mentions.filter((m) => m.orgCue && m.kind === 'person');
  if (!cued.length) return;
  const last = (surface: string) => nameParts(surface).last;
  for (const m of cued) {
    if (m.gender) continue;
    const mine = (x: Mention) =>
      x.surface === m.surface ||
      (nameParts(x.surface).tokens.length === 1 ? last(x.surface) === last(m.surface) : sameEntity(x.surface, m.surface));
    const person = mentions.some((x) => x !== m && x.kind === 'person' && (!x.byDefault || x.gender) && mine(x));
    if (!person) m.kind = 'organization';
  }
}

/** A titled surname that may be, or cannot be, one of the people of its surname: it is kept apart from them. */
const APART = 'apart';

/** The person a surname alone refers to, none, or APART (see documentEntities). */
function bareSurname(m: Mention, i: number, people: DocPerson[], apartSoFar: boolean): DocPerson | typeof APART | undefined {
  const parts = nameParts(m.surface);
  if (parts.tokens.length !== 1) return undefined;
  const key = parts.tokens[0];
  // "J. Smith": the initial must fit the given name.
  const initial = m.surface.match(/^([\p{Lu}])\.\s/u)?.[1];
  const fits = (p: DocPerson) => !initial || p.entity.variants.some((v) => foldWord(v.split(/\s+/)[0]).startsWith(foldWord(initial)));
  // TITLE_ROLE_CONFLICT: "President Sadykov" is not the court's chairman Erlan Sadykov, whatever the surname says.
  const bearers = people.filter((p) => p.keys.has(key) && fits(p));
  let pool = bearers.filter((p) => !rolesConflict(m.roles, p.fullRoles));
  if (bearers.length && !pool.length) return APART;
  // SURNAME_REFERS_BACK: "Mr Sadykov" after "President Sadykov" was kept apart is that president, not the Erlan
  // Sadykov the document names only later.
  if (apartSoFar && pool.every((p) => p.first > i)) return APART;
  // No one has it as a family name: the one person whose name has it as another part — a two-part name written
  // family-first without a hyphen ("Wu" for "Wu Tianming"), a first surname or a by-name ("García" for "Gabriel
  // García Márquez", "Lula" for "Luiz Inácio Lula da Silva").
  if (!pool.length) {
    const part = (v: string) => {
      const t = nameParts(v).tokens;
      return t.length === 2 ? t[0] === key : t.slice(1, -1).includes(key);
    };
    const named = people.filter((p) => p.entity.variants.some(part) && fits(p));
    if (named.length === 1) pool = named;
  }
  if (pool.length > 1) {
    const before = pool.filter((p) => p.first < i);
    if (before.length) pool = before;
  }
  if (pool.length > 1 && m.gender) {
    const same = pool.filter((p) => p.gender === m.gender);
    const fits = same.length ? same : pool.filter((p) => p.gender !== (m.gender === 'm' ? 'f' : 'm'));
    if (fits.length) pool = fits;
  }
  if (pool.length > 1 && m.roles.length) {
    const fits = pool.filter((p) => p.entity.roles.some((r) => m.roles.some((x) => r === x || r.endsWith(` ${x}`) || x.endsWith(` ${r}`))));
    if (fits.length) pool = fits;
  }
  // TITLE_GENDER_AMBIGUOUS: "Mr Dufresne" after Alain and Marie Dufresne, with nothing saying who is a man, is either
  // of them: the nearest would be a guess (and would then give Marie his gender), so it joins neither.
  if (pool.length > 1 && m.gender && !pool.some((p) => p.gender === m.gender)) return APART;
  if (pool.length > 1) pool = [pool.reduce((a, b) => (b.last > a.last ? b : a))];
  return pool[0];
}
