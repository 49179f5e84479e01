/**
 * The English lexicon every stage reads (cleaning, claims, entities, diff): titles and roles, organisation heads,
 * countries, months and days, number words, speech and event verbs, name particles, short given names, function
 * words. One copy, so a word added for one stage is known to all. General English and news vocabulary only:
 * nothing here comes from any particular story.
 */

/**
 * Occupations a writer puts before a name like a title ("Lawyer Ana Ruiz said", "astronomer Ivo Berg"): split off the
 * name as roles. Unlike a post ("foreign minister") an occupation does not tell two people apart: one outlet's
 * "lawyer" is another's "attorney".
 */
export const OCCUPATIONS = [
  'lawyer',
  'attorney',
  'doctor',
  'physician',
  'surgeon',
  'nurse',
  'paramedic',
  'teacher',
  'scientist',
  'astronomer',
  'astronaut',
  'historian',
  'editor',
  'reporter',
  'journalist',
  'activist',
  'firefighter',
  'diplomat',
];

export const ROLE_WORDS = [
  'secretary of state',
  'secretary-general',
  'secretary general',
  'prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'finance minister',
  'health minister',
  'deputy minister',
  'minister',
  'press secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'president',
  'vice president',
  'vice-president',
  'senator',
  'sen.',
  'representative',
  'rep.',
  'governor',
  'gov.',
  'mayor',
  'general',
  'gen.',
  'chief executive',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'ambassador',
  'envoy',
  'king',
  'queen',
  'prince',
  'princess',
  'judge',
  'justice',
  'commissioner',
  'deputy',
  'inspector',
  'sheriff',
  'captain',
  'capt.',
  'colonel',
  'col.',
  'lieutenant',
  'lt.',
  'sergeant',
  'sgt.',
  'pope',
  'bishop',
  'leader',
  'premier',
  'chancellor',
  'professor',
  'prof.',
  'dr.',
  'dr',
  'mr.',
  'mr',
  'mrs.',
  'mrs',
  'ms.',
  'ms',
  'sir',
  'lord',
  'lady',
  'bureau chief',
  'correspondent',
  'analyst',
  'manager',
  'head',
  'officer',
  'counterpart',
  'secretary',
  'attorney general',
  'prosecutor',
  'police chief',
  'fire chief',
  'commander',
  'coordinator',
  'administrator',
  'superintendent',
  'spokesperson',
  'economist',
  'researcher',
  'engineer',
  'official',
  'founder',
  'owner',
  'mp',
  'lawmaker',
  'emir',
  'sheikh',
  'ayatollah',
  'harbour master',
  'harbor master',
  'headmaster',
  'coach',
  'chief engineer',
  'chief of staff',
  'admiral',
  'vice admiral',
  'rear admiral',
  'speaker',
  'detective',
  'constable',
  'lieutenant colonel',
  'major general',
  'brigadier',
  'brigadier general',
  'adm.',
  'det.',
  'maj.',
  'headmistress',
  'headteacher',
  'councillor',
  'councilman',
  'councilwoman',
  'congressman',
  'congresswoman',
  'assemblyman',
  'assemblywoman',
  'treasurer',
  'ombudsman',
  'magistrate',
  'coroner',
  'marshal',
  'trooper',
  'archbishop',
  'rabbi',
  'imam',
  'pastor',
  // Occupations written before a name ("Lawyer Ana Ruiz", "astronomer Ivo Berg"): no post, see OCCUPATIONS.
  ...OCCUPATIONS,
];
/** Honorifics that say "person" but are not a role worth keeping. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lord', 'lady', 'prof.', 'professor']);

export const ORG_HEADS = new Set(
  `organization organisation department ministry party council union agency bank company corporation corp corp. inc inc. ltd ltd.
  group committee court police army navy forces force university institute association commission office parliament government press
  news radio times post service services treaty alliance federation fund authority board bureau network channel television tv journal
  guard command administration assembly senate congress cabinet embassy foundation trust league club airlines airline railways
  hospital school college coalition movement front brigade regiment battalion secretariat directorate inspectorate tribunal exchange
  reserve institution center centre laboratory observatory monitor watch herald gazette tribune telegraph daily weekly agency
  co llc plc gmbh studios entertainment animation pictures records
  ferries lines airways motors energy holdings industries chemicals systems technologies partners capital media petroleum
  oil mining shipping logistics pharmaceuticals labs solutions insurance railway railroad utilities telecom wire`.split(/\s+/),
);
/** Words that name a political party by itself ("Republican senators", "Labour MPs"). */
export const PARTY_WORDS = [
  'Republican',
  'Democratic',
  'Democrat',
  'Labour',
  'Labor',
  'Conservative',
  'Liberal',
  'Socialist',
  'Communist',
  'Green',
  'Independent',
];
/** Members of an elected body, counted by party ("118 Conservative MPs", "12 Republican senators"). */
export const MEMBER_NOUNS = [
  'MPs',
  'MEPs',
  'senators',
  'lawmakers',
  'legislators',
  'members',
  'deputies',
  'councillors',
  'councilors',
  'representatives',
  'delegates',
  'peers',
];

/**
 * Plural nouns that count people of some kind: agent nouns (holidaymakers, passengers, protesters, tourists, migrants,
 * employees, civilians) and common ones without an agent ending. For reading "42,000 people" and "42,000
 * holidaymakers" as one crowd (diff/quantities.ts, samePeopleCounted); the ending alone would also take "computers",
 * so it is only asked where the other count is of people with the same value.
 */
export const PERSON_PLURAL = new RegExp(
  '^(?:[a-z-]{2,}(?:ers|ors|ists|ants|ents|ians|ees|aries)|children|women|men|victims|survivors|refugees|' +
    'pilgrims|fans|patients|students|pupils|tourists|visitors|guests|travellers|travelers|customers|clients|' +
    'relatives|families|captives|hostages|detainees|casualties|troops|soldiers|crew|staff|folks)$',
);

/**
 * Lower-case nouns written after a person's name that make the whole an institution named after that person ("the
 * Maria Lindqvist school", "the Arturo Vidal hospital"), or a condition named after its describers ("Lindqvist-Boe
 * syndrome"): the noun is part of the name, and the person is not in the story.
 */
export const EPONYM_INSTITUTIONS = ['school', 'hospital', 'college', 'academy', 'university', 'museum', 'library', 'institute'];
export const EPONYM_CONDITIONS = ['syndrome', 'disease'];

export const ORG_SINGLE = new Set([
  'kremlin',
  'pentagon',
  'nato',
  'un',
  'eu',
  'who',
  'imf',
  'opec',
  'interpol',
  'unicef',
  'unesco',
  'twitter',
  'facebook',
  'reuters',
  'bloomberg',
  'google',
  'amazon',
  'microsoft',
  'apple',
]);

export const COUNTRIES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus
  belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
  colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
  finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
  iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
  liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
  moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
  pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
  singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
  tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe us usa uk
  europe asia africa america americas antarctica arctic crimea gaza kashmir tibet scotland wales england`.split(/\s+/),
);

/** Countries whose name is two or more words, as their key (the name's letters: "New Zealand" → "newzealand"). */
for (const name of [
  'new zealand',
  'south africa',
  'sri lanka',
  'saudi arabia',
  'el salvador',
  'costa rica',
  'sierra leone',
  'ivory coast',
  'cape verde',
  'papua new guinea',
  'dominican republic',
  'united arab emirates',
  'east timor',
  'north macedonia',
  'south korea',
  'north korea',
  'south sudan',
  'trinidad and tobago',
  'puerto rico',
  'hong kong',
])
  COUNTRIES.add(name.replace(/[^a-z]+/g, ''));

/**
 * A region larger than a country ("Latin America", "West Africa", "the Caribbean"): a claim that names one is set
 * there, not in the country its document's lead names.
 */
export const REGION = /\b(?:america|americas|africa|asia|europe|caribbean|middle east|pacific|balkans|scandinavia|oceania)\b/i;

/**
 * A country's name or initials before a count, read as its adjective ("U.S. consumers" = "American consumers"), so
 * that nationalities compare as one modifier: a count of American consumers is not one of Canadian consumers.
 */
export const NATION_AS_ADJECTIVE: Record<string, string> = {
  'u.s.': 'american',
  us: 'american',
  usa: 'american',
  'u.k.': 'british',
  uk: 'british',
  britain: 'british',
};

/** Other names of a country, read as its key ("United States", "U.S.", "USA" → "us"). */
const COUNTRY_ALIASES: Record<string, string> = { unitedstates: 'us', usa: 'us', unitedkingdom: 'uk', britain: 'uk', greatbritain: 'uk' };
/** A continent holds countries: naming one does not place a claim in another country than its countries. */
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'antarctica', 'arctic']);

/** A country's key ("U.S.", "United States", "USA" → "us"), or null when the name is not a country's (nor a continent's). */
export function countryKey(name: string): string | null {
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const country = COUNTRY_ALIASES[key] ?? key;
  return COUNTRIES.has(country) && !CONTINENTS.has(country) ? country : null;
}

/** States of the United States, provinces of Canada and Australian states: places, however the name reads. */
export const SUBNATIONAL_PLACES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky
  louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
  pennsylvania tennessee texas utah vermont virginia wisconsin wyoming alberta manitoba ontario quebec saskatchewan queensland tasmania`
    .split(/\s+/)
    .concat([
      'new hampshire',
      'new jersey',
      'new mexico',
      'north carolina',
      'north dakota',
      'rhode island',
      'south carolina',
      'south dakota',
      'west virginia',
      'british columbia',
      'nova scotia',
      'new brunswick',
      'new south wales',
      'western australia',
      'south australia',
    ]),
);

/** Adjectives of nationality: "Moldovan officials", "Chilean forces" name no entity by themselves. */
export const DEMONYM = new RegExp(
  '^(american|british|russian|chinese|french|german|italian|spanish|kazakh|kazakhstani|' +
    'ukrainian|turkish|iranian|iraqi|syrian|israeli|palestinian|egyptian|indian|pakistani|' +
    'afghan|japanese|korean|canadian|mexican|brazilian|european|african|asian|arab|western|' +
    'eastern|northern|southern|central|soviet|tajik|uzbek|kyrgyz|armenian|belarusian|georgian|' +
    'polish|dutch|swedish|norwegian|danish|finnish|greek|irish|scottish|welsh|english|' +
    'australian|nigerian|kenyan|ethiopian|somali|sudanese|libyan|saudi|emirati|qatari|lebanese|' +
    'jordanian|yemeni|turkmen|mongolian|vietnamese|thai|filipino|indonesian|malaysian|' +
    // More nations' adjectives that news counts people by ("nine Ugandans", "14 passengers were Tanzanian").
    'ugandan|tanzanian|rwandan|ghanaian|senegalese|cameroonian|congolese|zimbabwean|zambian|malawian|' +
    'mozambican|angolan|eritrean|algerian|moroccan|tunisian|malian|bangladeshi|nepali|nepalese|burmese|' +
    'cambodian|singaporean|taiwanese|argentine|argentinian|chilean|colombian|peruvian|venezuelan|ecuadorian|' +
    'bolivian|cuban|haitian|jamaican|guatemalan|honduran|portuguese|belgian|swiss|austrian|czech|slovak|' +
    'hungarian|romanian|bulgarian|serbian|croatian|bosnian|albanian|lithuanian|latvian|estonian|moldovan|' +
    'azerbaijani|kuwaiti|bahraini|omani|north|' +
    'south|east|west)$',
  'i',
);

/**
 * People named by their nationality, as the adjective of it: "160,000 Britons" are British people, "300 Italians"
 * Italian people. The regular plural of an adjective of DEMONYM ("Americans", "Italians") and these.
 */
export const NATIONALS: Record<string, string> = {
  britons: 'british',
  brits: 'british',
  scots: 'scottish',
  danes: 'danish',
  swedes: 'swedish',
  poles: 'polish',
  finns: 'finnish',
  turks: 'turkish',
  spaniards: 'spanish',
  frenchmen: 'french',
  dutchmen: 'dutch',
  irishmen: 'irish',
  englishmen: 'english',
  welshmen: 'welsh',
};
/** A nation's adjective ("kenyan", "british"), not a compass word or a continent's that DEMONYM also holds. */
const NOT_A_NATION = /^(?:western|eastern|northern|southern|central|north|south|east|west|european|african|asian|arab)$/i;
export const isNationality = (word: string) => DEMONYM.test(word) && !NOT_A_NATION.test(word);

export function nationalityOf(plural: string): string | null {
  const w = plural.toLowerCase();
  if (NATIONALS[w]) return NATIONALS[w];
  const single = w.endsWith('s') ? w.slice(0, -1) : '';
  // Only adjectives that are also the noun ("an American", "an Italian"), not "north", "western" or "british".
  return single && /(?:an|ian|ean|i|ic)$/.test(single) && DEMONYM.test(single) ? single : null;
}

/** Month names and their abbreviations, with the month's number. */
export const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const WEEKDAY_RE = new RegExp(`^(?:${WEEKDAYS.join('|')})$`);
export const MONTHS_AND_DAYS = new Set([...Object.keys(MONTH_NUMBERS), ...WEEKDAYS]);

/** Particles of people's names, written in lower case between the capitalised words ("al", "van", "da", "bin"). */
export const NAME_PARTICLES = 'de|van|von|bin|ibn|bint|abu|ben|al|el|da|das|dos|do|du|di|del|della|der|den|la|le|ter|ten|y';

/**
 * Short forms of English given names and the name each stands for. Only forms that stand for one name: "Chris"
 * (Christopher / Christine) and "Alex" are left out, since a wrong merge costs more than a missed one.
 */
export const SHORT_GIVEN_NAMES: Record<string, string> = {
  dave: 'david',
  davey: 'david',
  bob: 'robert',
  bobby: 'robert',
  rob: 'robert',
  robbie: 'robert',
  bill: 'william',
  billy: 'william',
  will: 'william',
  mike: 'michael',
  mick: 'michael',
  jim: 'james',
  jimmy: 'james',
  tom: 'thomas',
  tommy: 'thomas',
  joe: 'joseph',
  dan: 'daniel',
  danny: 'daniel',
  steve: 'steven',
  tony: 'anthony',
  nick: 'nicholas',
  ben: 'benjamin',
  matt: 'matthew',
  andy: 'andrew',
  drew: 'andrew',
  pat: 'patrick',
  rick: 'richard',
  dick: 'richard',
  rich: 'richard',
  ted: 'edward',
  ed: 'edward',
  liz: 'elizabeth',
  beth: 'elizabeth',
  betty: 'elizabeth',
  kate: 'katherine',
  kathy: 'katherine',
  jenny: 'jennifer',
  jen: 'jennifer',
  sue: 'susan',
  peggy: 'margaret',
  meg: 'margaret',
  tim: 'timothy',
  greg: 'gregory',
  larry: 'lawrence',
  jerry: 'gerald',
  jeff: 'jeffrey',
  ken: 'kenneth',
  ron: 'ronald',
  don: 'donald',
  pete: 'peter',
  fred: 'frederick',
  charlie: 'charles',
  chuck: 'charles',
  hank: 'henry',
  jack: 'john',
  johnny: 'john',
  jon: 'jonathan',
  vince: 'vincent',
  phil: 'philip',
  sam: 'samuel',
  bernie: 'bernard',
  frank: 'francis',
  walt: 'walter',
  doug: 'douglas',
  stan: 'stanley',
  ray: 'raymond',
  gabe: 'gabriel',
};

/**
 * Grammatical words: articles, pronouns, auxiliaries, prepositions, conjunctions and the like. A quotation that
 * differs from another only in these (or in inflection) says the same thing. Not content words such as days,
 * "today" or verbs of saying, which the diff's stopwords also drop for matching.
 */
export const GRAMMATICAL_WORDS = new Set(
  `a an the and or but nor if so as of to in on at by for from with into onto about over under after before since during than then
  that this these those there here it its he she they them their his her him we us our you your i me my mine ours yours theirs
  is are was were be been being am has have had do does did will would shall should can could may might must
  which who whom whose what when where why how all any both each some such own same too very really quite rather just now
  oh well yes yeah also even still`
    .split(/\s+/)
    .filter(Boolean),
);

/** Clitics that contract a word without changing what is said ("I've" / "I have" / "I"; not "n't", which negates). */
export const NEUTRAL_CLITIC = /['’](?:ve|ll|re|d|m|s)$/;

/**
 * British and American spellings of one word (colour / color, organise / organize, centre / center,
 * travelled / traveled, defence / defense, catalogue / catalog): the same word in a quotation. Both words are
 * lower case; true when one turns into the other by one of these spelling rules.
 */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  // ("four", "tour", "hour": too short to be -our words.)
  const american = (w: string) =>
    w
      .replace(/(?<=^\p{L}{2,}[^aeiou\s])our(s|ed|ing|ful|ite|ites|able)?$/u, 'or$1')
      .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
      .replace(/ys(e|es|ed|ing)$/, 'yz$1')
      .replace(/([^aeiou])re(s|d)?$/, '$1er$2')
      .replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2')
      .replace(/ence(s)?$/, 'ense$1')
      .replace(/ogue(s)?$/, 'og$1');
  return american(a) === american(b);
}

/** Speech and attribution verbs. */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|announced|announces|declared|noted|stressed|' +
  'warned|warns|tweeted|tweets|wrote|writes|claimed|claims|insisted|argued|explained|urged|urges|' +
  'reiterated|confirmed|confirms|denied|denies|acknowledged|asserted|pointed out|described|called|' +
  'calls|replied|responded|emphasised|emphasized|conceded|admitted|alleged|estimated|predicted|posted|' +
  'commented|remarked|suggested|believes|believed|thinks|thought|reported|reports|quoted|recalled|' +
  'cautioned|vowed|pledged|promised|accused|blamed';
export const SPEECH_VERB_RE = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'i');

/**
 * "denied him bail", "was denied entry", "denied a request that he remain free": to deny someone a thing they asked
 * for is to refuse it, an act, not to deny that something is true. Such a sentence is no negative claim: it does not
 * contradict the request it answers ("asked the judge to let him remain free on bail"). One optional word per slot
 * between fixed alternatives: linear.
 */
export const REFUSAL = new RegExp(
  String.raw`\b(?:denied|denies|deny|denying)\s+(?:(?:him|her|them|it|us|me|you)\s+)?` +
    String.raw`(?:(?:a|an|the|his|her|their|its|any|further)\s+)?(?:[\p{L}-]+\s+)?` +
    '(?:requests?|bail|permission|access|entry|applications?|appeals?|motions?|bids?|visas?|parole|asylum|' +
    String.raw`licen[cs]es?|permits?|petitions?|clearance|admission|passage)\b`,
  'iu',
);

/**
 * NO_COMMENT: someone kept silent, however it is worded: "declined to address the court", "did not make a statement",
 * "refused to comment", "has not responded to requests for comment", "remained silent", "said nothing". One fact in
 * many wordings that share no content word; "did not" here reports silence, not a denial of anything. Fixed words and
 * single spaces: linear.
 */
export const NO_COMMENT = new RegExp(
  String.raw`\b(?:(?:declined|declines|declining|refused|refuses|refusing|chose not|did not|didn['’]t|would not|` +
    String.raw`wouldn['’]t|does not|doesn['’]t|has not|have not|had not)\s(?:immediately\s)?(?:to\s)?(?:comment(?:ed)?|` +
    `respond(?:ed)?|repl(?:y|ied)|speak|spoken|testif(?:y|ied)|say anything|said anything|answer questions|` +
    String.raw`address (?:the\s)?(?:court|judge|jury|hearing|media|press|reporters)|` +
    String.raw`(?:make|made|give|given) (?:a\s|an\s|any\s)?(?:public\s)?(?:statement|comment|remark|interview)s?)|` +
    `(?:remained|kept|stayed|was|were) silent|said nothing|declined comment|` +
    String.raw`(?:made|gave|offered|had) no (?:statement|comment|remarks?)|could not be reached for comment)\b`,
  'gi',
);

/**
 * PHRASAL_VERBS: a verb of two or three words that outlets use for the one-word verb of the same act ("stepped down" /
 * "resigned", "taken into custody" / "arrested"). Word tokens cannot see that the phrase is the verb, so the phrase
 * is read as the verb's past form before words are compared. Each entry: the phrase (one space between fixed words,
 * linear), the verb it is read as, and an invented example.
 */
export const PHRASAL_VERBS: Array<{ phrase: RegExp; verb: string; example: [string, string] }> = [
  {
    phrase: /\b(?:stepped|steps|step|stepping) down\b/g,
    verb: 'resigned',
    example: ['The harbour master stepped down on Monday.', 'The harbour master resigned on Monday.'],
  },
  {
    phrase: /\b(?:taken|took|take|takes|taking) into custody\b/g,
    verb: 'arrested',
    example: ['The driver was taken into custody at the scene.', 'The driver was arrested at the scene.'],
  },
  {
    phrase: /\b(?:passed|pass|passes|passing) away\b/g,
    verb: 'died',
    example: ['The former mayor passed away in hospital.', 'The former mayor died in hospital.'],
  },
  {
    phrase: /\b(?:called|call|calls|calling) off\b/g,
    verb: 'cancelled',
    example: ['Organisers called off the river festival.', 'Organisers cancelled the river festival.'],
  },
  {
    phrase: /\b(?:blew|blow|blows|blowing|blown) up\b/g,
    verb: 'exploded',
    example: ['A fuel tanker blew up near the depot.', 'A fuel tanker exploded near the depot.'],
  },
  {
    phrase: /\b(?:pulled|pull|pulls|pulling) out of\b/g,
    verb: 'withdrew from',
    example: ['The builder pulled out of the bridge contract.', 'The builder withdrew from the bridge contract.'],
  },
];

/** Verbs that make a sentence an event: something happened. */
export const EVENT_VERBS = new RegExp(
  String.raw`\b(killed|died|dies|wounded|injured|arrested|detained|deployed|dispatched|sent|arrived|` +
    'attacked|stormed|seized|captured|fired|opened fire|exploded|collapsed|crashed|burned|' +
    'flooded|evacuated|declared|signed|dismissed|resigned|fled|launched|began|started|ended|' +
    'closed|shut|banned|imposed|lifted|introduced|raised|cut|approved|rejected|passed|voted|' +
    'elected|won|lost|met|visited|spoke|phoned|called on|appealed|requested|asked|agreed|broke|' +
    'struck|hit|destroyed|damaged|rescued|released|freed|announced|ordered|suspended|blocked|' +
    'protested|clashed|marched|rallied|occupied|withdrew|invaded|bombed|shelled|sentenced|' +
    'charged|convicted|acquitted|raided|erupted|spread|resumed|increased|decreased|rose|fell|' +
    String.raw`doubled|tripled|halved|surged|dropped|jumped|plunged)\b`,
  'i',
);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const ALL_DIGITS = /^[\d.,]+$/;
/** Number words that multiply what comes before them ("two hundred", "two dozen"); the others add ("twenty-six"). */
const MULTIPLYING_WORDS = new Set([100, 12]);

/** A number written in digits or words ("1,200", "twenty-six", "two hundred"); null when a part is no number word. */
export function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().trim();
  if (ALL_DIGITS.test(text)) return Number(text.replace(/,/g, ''));
  const parts = text.split(/[- ]+/).filter((p) => p !== 'and');
  let value = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    value = MULTIPLYING_WORDS.has(n) ? (value || 1) * n : value + n;
  }
  return value;
}

/** Vague quantities: a range, never a false exact number. */
export const VAGUE: Array<[RegExp, number, number]> = [
  [/^tens of thousands$/i, 20_000, 99_999],
  [/^hundreds of thousands$/i, 200_000, 999_999],
  [/^dozens$/i, 24, 99],
  [/^scores$/i, 40, 99],
  [/^hundreds$/i, 200, 999],
  [/^thousands$/i, 2_000, 9_999],
  [/^millions$/i, 2_000_000, 9_999_999],
];

export const MULTIPLIER_WORDS: Record<string, number> = {
  doubled: 2,
  doubling: 2,
  doubles: 2,
  double: 2,
  tripled: 3,
  tripling: 3,
  triples: 3,
  quadrupled: 4,
  halved: 0.5,
  halving: 0.5,
};
export const FOLD_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export const QUALIFIERS = new RegExp(
  String.raw`\b(at least|more than|over|nearly|almost|about|around|approximately|roughly|some|up to|` +
    'fewer than|less than|an estimated|estimated|as many as|close to|just over|just under|' +
    String.raw`upwards of|no fewer than|no more than|at most|under)\s*$`,
  'i',
);
