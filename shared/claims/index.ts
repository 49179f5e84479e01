/**
 * claims: a cleaned article body → the claims an analyst would note, and the document's entities.
 *
 * One claim per fact: a sentence is split into clauses where it joins two statements ("…were killed, and the
 * president blamed…", "…introduced a blackout and declared a state of emergency"), but never inside a quotation.
 * Each claim carries its attribution (speaker as the document-level entity name, pronouns and titles resolved to the
 * last named speaker), its quotation, its figures and the entities it names.
 */
import type { Claim, ClaimKind, DocumentEntity, RemovedLine } from '../types.ts';
import { LIMITS, overBudget } from '../limits.ts';
import { extractFigures } from './figures/index.ts';
import { countryKey, EVENT_VERBS, NO_COMMENT, REFUSAL, REGION, SPEECH_VERB_RE, SPEECH_VERBS } from '../lexicon/english.ts';
import { documentEntities, findMentions, type Mention } from './names.ts';
import { sentencesOf, stripDateline } from './sentences.ts';

export { extractFigures } from './figures/index.ts';
export { sentencesOf } from './sentences.ts';

const AUX = /\b(is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should)\b/i;
const COMMON_VERBS = new RegExp(
  String.raw`\b(includes?|comes?|calls?|makes?|takes?|gives?|remains?|seems?|appears?|shows?|means?|needs?|` +
    'wants?|plans?|expects?|supports?|holds?|leads?|runs?|faces?|continues?|goes|gets?|keeps?|' +
    'becomes?|went|came|took|gave|made|left|told|said|says|spoke|broke|began|fell|rose|sent|held|' +
    'led|ran|saw|knew|thought|found|got|put|set|cut|hit|met|won|lost|paid|built|fought|brought|' +
    'bought|sought|caught|taught|meant|kept|felt|stood|understood|became|drove|flew|grew|threw|drew|' +
    // "The village lies 50 km from the capital": where a place is, said with "lies", "sits" or "stands".
    String.raw`wore|tore|swore|shot|fled|fed|bled|spread|struck|lies|sits|stands)\b`,
  'i',
);
// "failing to" as much as "failed to": "…after failing to find a partner" and "…could not find a partner" agree.
// A contraction's "n't" ends its verb with no word boundary before it ("didn't", "wasn't", "can't").
const NEGATION =
  /\b(?:not|never|no longer|denied|denies|deny|has yet to|have yet to|failed to|failing to|nobody|no one|none of)\b|n['’]t\b/i;
/**
 * RELATIVE_NEGATION: a "not" inside a clause that describes a noun ("rescued from the part of the building that did not
 * collapse", "12 people who had not been accounted for were found safe", "The firm, which did not respond, closed 40
 * stores") says nothing of the claim's own polarity. A "that" right after a verb of saying or knowing opens what was
 * said ("said that the bridge did not collapse"): that negation is the claim's. The clause runs to the next comma.
 */
const RELATIVE_PRONOUN = /\b(?:that|which|who|whom|where)\b/gi;
// A contraction only right after the pronoun ("who didn't"): in "the bridge that collapsed wasn't inspected" it is
// the main verb's.
const NEGATION_WORD = /^(?:not|never)$/i;
const CONTRACTED_NEGATION = /n['’]t$/i;
/** How many words after the pronoun the negation may come ("that had not yet been", "who have never"). */
const RELATIVE_NEGATION_WORDS = 4;
const SAYING_WORD = new RegExp(
  `^(?:${SPEECH_VERBS}|believes?|believed|thinks?|thought|knows?|knew|insists?|insisted|hopes?|hoped|fears?|feared|` +
    'means?|meant|shows?|showed|suggests?|suggested|clear|sure|certain)$',
  'i',
);
const SAID_TO = /^(?:reporters|journalists|him|her|them|us|me|lawmakers)$/i;
/** The words before a pronoun end with a verb of saying or knowing, and perhaps whom it was said to ("told reporters"). */
function saidBefore(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return SAYING_WORD.test(last) || (SAID_TO.test(last) && SAYING_WORD.test(words.at(-2) ?? ''));
}
/** The text whose negations are the claim's: relative clauses that describe a noun left out (RELATIVE_NEGATION). */
function ownPolarityText(text: string): string {
  let kept = '';
  let from = 0;
  for (const m of text.matchAll(RELATIVE_PRONOUN)) {
    if (m.index < from) continue;
    const start = m.index + m[0].length;
    const end = text.slice(start).search(/[,;]/);
    const clauseEnd = end < 0 ? text.length : start + end;
    const words = text.slice(start, clauseEnd).trim().split(/\s+/, RELATIVE_NEGATION_WORDS);
    if (
      !words.some((w, i) => NEGATION_WORD.test(w) || (i === 0 && CONTRACTED_NEGATION.test(w))) ||
      saidBefore(text.slice(Math.max(0, m.index - 60), m.index))
    )
      continue;
    kept += `${text.slice(from, m.index)} `;
    from = clauseEnd;
  }
  return kept + text.slice(from);
}

const PRONOUN_SPEAKER = new RegExp(
  `\\b(he|she)\\s+(?:also\\s+|later\\s+|further\\s+)?(${SPEECH_VERBS})\\b|\\b(${SPEECH_VERBS}),?\\s+(he|she)\\b`,
  'i',
);
const PRONOUN_OPENS = /^(he|she)\b/i;
const TITLE_SPEAKER = new RegExp(
  `\\bthe\\s+((?:[a-z]+\\s+){0,2}(?:secretary|minister|president|spokesperson|spokesman|` +
    `spokeswoman|official|mayor|governor|chief|general|ambassador))\\s+(?:also\\s+|later\\s+|` +
    `further\\s+|then\\s+)?(?:${SPEECH_VERBS})\\b`,
  'i',
);

interface QuoteSpan {
  start: number;
  end: number;
  words: string;
}

/** A list item in Title Case ("- Read Our Latest Coverage") is a link label or heading, not a statement. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => /^[\p{Lu}]/u.test(w));
}

/**
 * Verbs the lists above miss: a negated contraction ("wouldn't send", "can't say") is a verb phrase, and a subject
 * pronoun opening the sentence is followed by its verb, maybe after an adverb ("It currently employs 64,000 people").
 */
/** A sentence whose quotation, opened after a speech verb or a colon, ends in an ellipsis: words the writer cut. */
const CUT_QUOTATION = new RegExp(`(?:\\b(?:${SPEECH_VERBS})\\b,?|:)\\s*[“"][^“”"]{20,}(?:…|\\.\\.\\.)[”"]$`, 'i');
const CONTRACTED_VERB = /\b[a-z]+n['’]t\b/i;
const PRONOUN_SUBJECT = /^["“]?(?:it|he|she|they|we|i|you)\s+(?:[a-z]+ly\s+)?[a-z]{2,}/i;

function hasVerb(text: string): boolean {
  return (
    AUX.test(text) ||
    COMMON_VERBS.test(text) ||
    SPEECH_VERB_RE.test(text) ||
    EVENT_VERBS.test(text) ||
    /\b[a-z]{3,}(ed|ing)\b/.test(text) ||
    CONTRACTED_VERB.test(text) ||
    PRONOUN_SUBJECT.test(text)
  );
}

/**
 * Quoted spans: curly pairs, straight pairs, a quote left open at the end (it continues in the next sentence) and
 * one closed without opening (it began in the previous sentence).
 */
function quotesIn(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const closeOnly = text.match(/^([^“”"]+)”/);
  if (closeOnly && closeOnly[1].split(/\s+/).length >= 3)
    spans.push({ start: 0, end: closeOnly[0].length, words: closeOnly[1].trim().replace(/[,.;:]+$/, '') });
  const re = /[“"]([^“”"]+)(?:[”"]|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) spans.push({ start: m.index, end: m.index + m[0].length, words: m[1].trim().replace(/[,.;:]+$/, '') });
  // Single curly quotes (‘…’) as some outlets print them, when no double quotes are used: the opening mark starts a
  // word and the closing one ends the quotation (an apostrophe inside a word, "party’s", does not).
  // PLURAL_POSSESSIVE: nor does one after a plural before a lower-case word ("a lot of farmers’ money and …"),
  // unless no mark closes later ("called the plan ‘a gift to the developers’ in a speech").
  if (!spans.length) spans.push(...singleQuoted(text));
  if (!spans.length) spans.push(...straightSingleQuoted(text));
  // A quoted single letter inside a name ("Nuts "N" Bolts") is part of the name, not a quotation.
  return spans.filter((s) => s.words.length > 0 && !/^\p{Lu}$/u.test(s.words));
}

/** Where a quotation in single marks may open (a word start) and what may follow its closing mark. */
const OPENS_SINGLE = /[\s:(—–-]/;
const AFTER_CLOSE = /[\s.,;:!?)]/;
/** After a plural's "s’": a lower-case word, so the mark is a possessive's apostrophe ("farmers’ money"). */
const POSSESSIVE_AFTER = /^\s+[a-z]/;

/** How one kind of single mark opens and closes a quotation (see singleMarkSpans). */
interface SingleMarks {
  open: string;
  close: string;
  /** Whether the mark at `i` opens a quotation. */
  opensAt: (i: number) => boolean;
  /** Where the search for the closing mark of the quotation opened at `i` stops. */
  stopOf: (i: number) => number;
  /** Whether the mark at `j` may close one (it ends a word). */
  closesAt: (j: number) => boolean;
}

/**
 * Quotations in single marks, scanned rather than matched (a pattern with the possessive lookahead backtracked
 * quadratically on runs of marks): each opening mark takes the first closing mark that ends a word, skipping a plural
 * possessive before a lower-case word when another mark closes later. Each stretch between two opening marks is read
 * once: linear.
 */
function singleMarkSpans(text: string, marks: SingleMarks): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = text.indexOf(marks.open); i >= 0; i = text.indexOf(marks.open, i + 1)) {
    if (!marks.opensAt(i)) continue;
    const stop = marks.stopOf(i);
    let close = -1;
    let fallback = -1;
    for (let j = text.indexOf(marks.close, i + 4); j >= 0 && j < stop; j = text.indexOf(marks.close, j + 1)) {
      if (!marks.closesAt(j)) continue;
      if (fallback < 0) fallback = j;
      if (text[j - 1] !== 's' || !POSSESSIVE_AFTER.test(text.slice(j + 1, j + 40))) {
        close = j;
        break;
      }
    }
    const at = close >= 0 ? close : fallback;
    if (at < 0) continue;
    spans.push({
      start: i,
      end: at + 1,
      words: text
        .slice(i + 1, at)
        .trim()
        .replace(/[,.;:]+$/, ''),
    });
    i = at;
  }
  return spans;
}

/** A mark followed by what may come after a closing one: the end of the text, a space or punctuation. */
const endsWord = (text: string, j: number) => j + 1 >= text.length || AFTER_CLOSE.test(text[j + 1]);

/** Quotations in single curly marks: each stretch up to the next opening mark. */
const singleQuoted = (text: string): QuoteSpan[] =>
  singleMarkSpans(text, {
    open: '‘',
    close: '’',
    opensAt: (i) => i === 0 || OPENS_SINGLE.test(text[i - 1]),
    stopOf: (i) => {
      const next = text.indexOf('‘', i + 1);
      return next < 0 ? text.length : next;
    },
    closesAt: (j) => endsWord(text, j),
  });

/**
 * Words written with a leading apostrophe for letters left out: no quotation opens there ("rock 'n' roll", "'em",
 * "'til", "'tis").
 */
const ELIDED = /^(?:n|em|til|tis|twas|cause|round|bout)\b/i;
const LETTER = /\p{L}/u;

/**
 * STRAIGHT_SINGLE_QUOTES: British style quotes in straight single marks when no other marks are used ("The minister
 * said 'the worst is behind us' after the flood"). A mark opens a quotation at a word's start before a letter (not
 * "the '90s", not an elision), and closes it at the end of a word: an apostrophe inside a word ("don't", "Okafor's")
 * is neither, and a plural possessive before a lower-case word ("the crews' boats") does not close. The search for a
 * closing mark stops at the next mark that opens one.
 */
function straightSingleQuoted(text: string): QuoteSpan[] {
  const opensAt = (i: number) =>
    (i === 0 || OPENS_SINGLE.test(text[i - 1])) && LETTER.test(text[i + 1] ?? '') && !ELIDED.test(text.slice(i + 1, i + 7));
  return singleMarkSpans(text, {
    open: "'",
    close: "'",
    opensAt,
    stopOf: (i) => {
      for (let k = text.indexOf("'", i + 4); k >= 0; k = text.indexOf("'", k + 1)) if (opensAt(k)) return k;
      return text.length;
    },
    closesAt: (j) => !/\s/.test(text[j - 1]) && endsWord(text, j),
  });
}

/** A second count after " and ": "26 attackers and 18 officers were killed" is one clause with a list of counts. */
const COUNT_LIST_START = new RegExp(
  '^(?:some |about |at least |more than |nearly )?' +
    String.raw`(?:\d|dozens|scores|hundreds|thousands|millions|tens|two|three|four|five|six|seven|eight|nine|ten)`,
  'i',
);
/** A statement joined after an attributed quotation: ", and said that …", ", adding that …", ", noting …". */
const ADDED_STATEMENT = new RegExp(
  String.raw`,?\s+(?:and|but)\s+(?:also\s+)?(?:said\s+)?that\s+|` +
    String.raw`,\s+(?:adding|noting|saying|explaining|arguing|stressing|warning|insisting)\s+(?:that\s+)?(?=[a-z\d])`,
  'i',
);

/**
 * A gapped passive: "40 people were killed and 120 wounded" leaves out the second clause's "people were", so the
 * count right after "and" is followed at once by its participle. It is one statement of two counts of one event,
 * read with its subject; cut, the second half would be a bare "120 wounded" about nothing. Outcome participles only:
 * "…were injured and thousands fled" is two clauses, "fled" is the second one's own verb.
 */
const GAPPED_COUNT = new RegExp(
  String.raw`^(?:some\s+|about\s+|at least\s+|more than\s+|nearly\s+)?(?:\d[\d,.]*|dozens|scores|hundreds|thousands)\s+` +
    String.raw`(?:killed|wounded|injured|hurt|arrested|detained|displaced|rescued|evacuated|hospitali[sz]ed|affected)\b`,
  'i',
);
const PASSIVE = /\b(?:were|was|have been|had been|has been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|hurt)\b/i;

/** Clause boundaries outside quotations: "; ", ", and ", ", but ", ", while ", and " and " before a finite verb. */
function clauses(text: string, quotes: QuoteSpan[]): Array<{ text: string; start: number }> {
  const inQuote = (i: number) => quotes.some((q) => i >= q.start && i < q.end);
  const cuts: number[] = [];
  // " and " also joins two counted outcomes with their own subjects ("…were injured and thousands fled").
  const re = new RegExp(
    String.raw`(;\s+|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:some\s+|about\s+|at least\s+|` +
      String.raw`more than\s+|nearly\s+)?(?:\d[\d,.]*|dozens|scores|hundreds|thousands|millions|` +
      String.raw`tens of thousands|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}(?:were|` +
      String.raw`was|had|have|has|died|fled|[a-z]+ed)\b)|\s+and\s+(?=(?:also\s+)?(?:[a-z]+ed|said|told|went|` +
      'began|took|made|sent|asked|called|urged|declared|introduced|announced|signed|dismissed|ordered|' +
      String.raw`imposed|shut|cut|broke|fled|fired|killed)\b))`,
    'g',
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (inQuote(m.index)) continue;
    const left = text.slice(cuts.length ? cuts[cuts.length - 1] : 0, m.index);
    const right = text.slice(m.index + m[0].length);
    // "26 attackers and 18 officers were killed": one clause whose subject is a list of counts, not two clauses.
    const numberList = /^\s+and\s+$/.test(m[0]) && COUNT_LIST_START.test(right);
    if (
      numberList &&
      !hasVerb(
        left.replace(/^.*\b(?:\d[\d,.]*|dozens|scores|hundreds|thousands|millions|two|three|four|five|six|seven|eight|nine|ten)\b/is, ''),
      )
    )
      continue;
    if (left.split(/\s+/).length < 4 || right.split(/\s+/).length < 3 || !hasVerb(right) || !hasVerb(left)) continue;
    if (/^\s+and\s+$/.test(m[0]) && GAPPED_COUNT.test(right) && PASSIVE.test(left)) continue;
    // Attribution tails ("…, and he added") stay with their clause.
    if (/^(he|she|they|it)?\s*(also\s+)?(said|added|told)\b/i.test(right)) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (let i = 0; i <= cuts.length; i += 2) {
    const to = cuts[i] ?? text.length;
    const piece = text.slice(from, to).trim();
    if (piece) out.push({ text: piece.replace(/[,;]$/, ''), start: from });
    from = cuts[i + 1] ?? text.length;
  }
  return out;
}

/**
 * A quoted sentence stays whole (the attribution belongs to its quote), except for a second reported statement
 * joined after the last quotation: "X said the talks were “useful” and that Y would not…" → the quote claim, and
 * "Y would not…" as X's statement of its own.
 */
function reportedTail(text: string, quotes: QuoteSpan[]): Array<{ text: string; start: number; reported?: boolean }> {
  // After the quotation that the attribution closes ("“…,” he said, adding that …"), even if the added statement
  // quotes a phrase of its own ("… could fail “within hours”").
  const attributed = quotes.find((q) =>
    /^[,.]?\s*(?:[\p{L}.'’-]+\s+){1,6}?(?:said|says|told|added|stated|wrote|insisted|warned)\b/u.test(text.slice(q.end)),
  );
  const lastEnd = attributed?.end ?? Math.max(...quotes.map((q) => q.end));
  const m = ADDED_STATEMENT.exec(text.slice(lastEnd));
  if (!m || !SPEECH_VERB_RE.test(text.slice(0, lastEnd + m.index))) return [{ text, start: 0 }];
  const cut = lastEnd + m.index;
  const rest = text.slice(cut + m[0].length);
  if (rest.split(/\s+/).length < 3 || !hasVerb(rest)) return [{ text, start: 0 }];
  return [
    { text: text.slice(0, cut).trim(), start: 0 },
    { text: rest.trim(), start: cut + m[0].length, reported: true },
  ];
}

const STRONG_SPEECH = /^(said|says|say|told|tells|added|adds|stated|tweeted|tweets|wrote|writes)$/i;
/** Words that, right after a name, make it the subject of a reported clause ("said Dravonia had…"), not the speaker. */
const CLAUSE_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|may|might|must|can|` +
    String.raw`remains?|remained|planned|plans|wanted|wants|needed|needs|[a-z]+ed)\b`,
);
/**
 * What may stand between a speaker and the speech verb: adverbs, a time, a medium ("in a statement", "on X"), one
 * after another, apart by spaces or a comma. Read item by item over the places reached so far rather than with one
 * regex: an item opening a free phrase ("in a …", "at the …", up to 40 characters) can end at any of 40 places, and a
 * backtracking regex tries every combination of those ends (exponential on "at a x at a x … x"). Each item is one
 * sticky pattern, tried alone, so each of its ends is reached ("on social" and "on social media").
 */
const ADVERBIAL_ITEMS = [
  /(?:also|later|then|again|separately|previously|earlier|further|once|repeatedly|publicly|privately|today|yesterday)/uy,
  /(?:on|late on|early on|last)\s+[\p{L}]+/uy,
  /(?:on|late on|early on|last)\s+[\p{L}]+\s+(?:morning|afternoon|evening|night)/uy,
  /on\s+(?:state\s+)?(?:television|radio|TV|Twitter|X|Telegram|Facebook|Instagram|LinkedIn|social media)/uy,
  /to\s+(?:reporters|journalists)/uy,
  /\([^()“”"]{1,40}\)/uy,
];
/** "in a statement", "during the night", "at a press conference": the opening words; any 1–40 characters but , “ ” " follow. */
const ADVERBIAL_PHRASE = /(?:(?:in|during)\s+(?:a|an|the|his|her|its|their)|at\s+(?:a|an|the))\s+/uy;
const ADVERBIAL_GAP = /\s*,\s*|\s*/y;
function isAdverbial(text: string): boolean {
  const end = text.trimEnd().length; // \s* and trimEnd() agree on what white space is
  const reached = new Uint8Array(text.length + 1);
  reached[0] = 1;
  const stickyEnd = (re: RegExp, at: number) => {
    re.lastIndex = at;
    return re.exec(text) ? re.lastIndex : -1;
  };
  for (let at = 0; at <= text.length; at++) {
    if (!reached[at]) continue;
    if (at >= end) return true;
    const item = stickyEnd(ADVERBIAL_GAP, at);
    for (const re of ADVERBIAL_ITEMS) {
      const after = stickyEnd(re, item);
      if (after > item) reached[after] = 1;
    }
    const phrase = stickyEnd(ADVERBIAL_PHRASE, item);
    if (phrase > item) {
      for (let i = phrase; i < phrase + 40 && i < text.length && !',“”"'.includes(text[i]); i++) reached[i + 1] = 1;
    }
  }
  return false;
}
/** An apposition or relative clause set off by commas between a name and its verb: ", a seismologist at X," / ", 64,". */
const APPOSITION = /^(?:,\s+[^,“”";.]{1,110}){1,3},\s+$/;
const KIND_PENALTY: Record<string, number> = { person: 0, organization: 8, other: 12, place: 40 };

/**
 * The named speaker of a sentence or clause. For each speech verb, the candidates are the name just before it
 * (allowing adverbials and an apposition set off by commas: "Aydın, a seismologist at the institute, said") and,
 * for the plain verbs, the name just after it ("…,” said Aydın"), unless that name begins a reported clause
 * ("said Dravonia had…"). The closest wins, people before organisations before places; a place named as where
 * something happened ("In Mtsvani, …") never speaks. "X of the Institute said" is X, speaking for the institute.
 * Without a verb: "according to X", or the subject of a sentence that ends in a quotation after a colon ("X was
 * blunt: “…”").
 */
function attributedSpeaker(text: string, mentions: Mention[]): Mention | null {
  // "on Twitter", "to reporters", "in Mtsvani": the platform, the audience or the place, not the speaker.
  const speakers = mentions.filter(
    (m) => !/\b(on|in|to|at|with|from|near|outside|inside|into|across)\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 9), m.start)),
  );
  const verb = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'gi');
  let v: RegExpExecArray | null;
  let best: { m: Mention; distance: number } | null = null;
  while ((v = verb.exec(text))) {
    const strong = STRONG_SPEECH.test(v[1]);
    for (const m of speakers) {
      const beforeVerb = m.end <= v.index;
      let distance: number;
      if (beforeVerb) {
        const between = text.slice(m.end, v.index);
        if (/[“"”;]/.test(between) || /\b(and|but|while|which|that)\b/.test(between.replace(APPOSITION, ''))) continue;
        if (isAdverbial(between)) distance = between.length;
        // "…,” the minister, Giorgi Beridze, said": the name closes an apposition of its own.
        else if (/^\s*,\s*$/.test(between) && /,\s*$/.test(text.slice(0, m.start))) distance = 6;
        // "General X – no relation to the minister – told soldiers".
        else if (/^\s*[–—]\s+[^–—“”"]{1,90}\s+[–—]\s+$/.test(between)) distance = 10 + between.length / 4;
        else if (APPOSITION.test(between) || APPOSITION.test(between.replace(ADVERBIAL_TAIL, ''))) distance = 10 + between.length / 4;
        else continue;
      } else {
        // "…,” said X": only the plain speech verbs put the speaker after them; "told X": X is the listener.
        if (!strong || /^(told|tells)$/i.test(v[1])) continue;
        const between = text.slice(v.index + v[0].length, m.start);
        // Titles may stand between ("said Dr. X", "said the harbour master, X", "said Naval officer Admiral X").
        if (
          !/^\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]{0,4}\.|[\p{Lu}][\p{Ll}]+)\s+){0,4}$/u.test(between) ||
          between.length > 40
        )
          continue;
        // "said X, a teacher" / "said X." / "said X on Monday": the speaker; "said X had…", "said the X plant…": a clause.
        if (
          CLAUSE_VERB_AFTER.test(text.slice(m.end)) ||
          !/^(?:\s*[,.;:!?)]|\s*$|\s+(?:on|in|at|during|after|before|when|as|while|who|told|of|from)\b)/.test(text.slice(m.end))
        )
          continue;
        distance = between.length + 5;
      }
      distance += (strong ? 0 : 15) + (KIND_PENALTY[m.kind] ?? 12);
      if (!best || distance < best.distance) best = { m, distance };
    }
  }
  if (best) return speakerBehind(best.m, mentions, text);
  const according = text.match(/according to\s+(?:the\s+)?/i);
  if (according?.index !== undefined) {
    const at = according.index + according[0].length;
    const m = mentions.find((x) => x.start >= at && x.start <= at + 30);
    return m ? speakerBehind(m, mentions, text) : null;
  }
  // "X, speaking in the capital, repeated his pledge: “…”", "X was blunt: “…”".
  // The subject of the clause before the colon: a name at the start of the sentence or of a clause (", X was…").
  // SAYING_SUBJECT: "X thanked the crews, saying “…”": the subject of the clause before ", saying" speaks too.
  const colon = Math.max(text.search(COLON_QUOTE), singleColonQuote(text), text.search(SAYING_QUOTE));
  if (colon > 0) {
    const subject = speakers
      .filter((m) => m.kind !== 'place' && m.end <= colon && !/[“"]/.test(text.slice(0, m.start)))
      .filter((m) => /^(?:[\p{L}'’-]+\s+){0,3}$/u.test(text.slice(0, m.start)) || /,\s*$/.test(text.slice(0, m.start)))
      .filter(
        (m) =>
          !/[,;]/.test(text.slice(m.end, colon).replace(APPOSITION_AT_START, '')) && text.slice(m.end, colon).split(/\s+/).length <= 12,
      )
      .pop();
    if (subject) return subject;
  }
  return null;
}
const COLON_QUOTE = /:\s*[“"][^“”"]{8,}[”"]?[.!?]?\s*$/;
/**
 * The same in single marks (STRAIGHT_SINGLE_QUOTES): "X was blunt: 'We'll rebuild it.'", from the last colon (an
 * anchored test: searched from every colon, the run to the end would be read once per colon).
 */
const SINGLE_COLON_QUOTE = /^:\s*['‘]\p{L}[^“”"]{7,}$/u;
function singleColonQuote(text: string): number {
  const at = text.lastIndexOf(':');
  return at > 0 && SINGLE_COLON_QUOTE.test(text.slice(at)) ? at : -1;
}
/** ", saying “…", ", adding that '…": a quotation the clause's subject says as they act. */
const SAYING_QUOTE = /,\s+(?:saying|adding|writing|declaring|insisting|warning)\s+(?:that\s+)?[“"'‘]\p{L}/u;
/** ", who …, " right after a name. */
const APPOSITION_AT_START = /^(?:,\s+[^,“”";.]{1,110}){1,3},/;
const ADVERBIAL_TAIL = /(?:(?:^|\s+)(?:also|later|then|again|on\s+[\p{L}]+))+\s*$/u;

/** "Selin Aydın of the institute said": the organisation is where the speaker works; the person speaks. */
function speakerBehind(m: Mention, mentions: Mention[], text: string): Mention {
  if (m.kind === 'person') return m;
  const person = mentions.find(
    (p) =>
      p.kind === 'person' &&
      p.end < m.start &&
      /^\s*(?:,\s*(?:a|an|the)\s+[^,]{1,60}?\s+)?(?:of|at|from|with)\s+(?:the\s+)?$/i.test(text.slice(p.end, m.start)),
  );
  return person ? { ...person, affiliation: person.affiliation ?? m.surface } : m;
}

type Speaker = { name: string; org: string | null };
type ReadSentence = ReturnType<typeof sentencesOf>[number] & { mentions: Mention[] };

/** A sentence ends like one: ". ! ?" with closing quotes or brackets. */
const SENTENCE_END = /[.!?]["'”’)]*$/;
/** A teaser fragment ending in "…". */
const TEASER_END = /(…|\.\.\.)["”’]?$/;
/** The writer's own question ("What happens now that the vote is lost?"), not a quoted one. */
const QUESTION_END = /\?\)?$/;
const ANY_QUOTE_MARK = /["“”]/;
/** A quotation opened and not closed in a sentence, and a sentence that closes one before opening another. */
const OPENS_QUOTE = /[“"][^”"]*$/;
const CLOSES_QUOTE = /^[^“"]*[”"]/;
/** A later clause with a subject of its own: "…, and the president blamed…" (not "the injured were…"). */
const OWN_SUBJECT = /^(?:the|a|an)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:also\s+)?[a-z]+(?:ed|s)\b/;
const PARTICIPLE_SUBJECT = /^(?:the|a|an)\s+[a-z]+(?:ed|ing)\b/;
const QUOTED_SPANS = /“[^”]*”?|"[^"]*"?/g;
const NOT_LETTERS = /[^\p{L}]/gu;
/** A speaker's name needs two letters at least: a stray initial is no one. */
const MIN_SPEAKER_LETTERS = 2;
/** A claim's quotation: three words at least, unless it has a speaker. */
const MIN_QUOTE_WORDS = 3;

/** The document's sentences within the work budget, each with its name mentions; what is over budget is recorded. */
function readSentences(body: string, removed: RemovedLine[]): ReadSentence[] {
  // Work budget (limits.ts): a sentence longer than any an article writes is not read for claims (figure extraction
  // grows faster than its length: 12,000 figures in one 200,000-character sentence took 9 s), and a claim keeps its
  // first figures only. Both are recorded with the removed lines.
  const read = sentencesOf(body);
  const sentences = read.filter((s) => s.text.length <= LIMITS.sentenceChars);
  const long = read.filter((s) => s.text.length > LIMITS.sentenceChars);
  if (long.length) {
    const count = `${long.length.toLocaleString('en-US')} sentence${long.length === 1 ? '' : 's'}`;
    removed.push({
      text:
        `${count} longer than ${LIMITS.sentenceChars.toLocaleString('en-US')} characters, not read for claims ` +
        `(the first begins: ${long[0].text.slice(0, 120)}…)`,
      reason: overBudget('sentence length'),
    });
  }
  return sentences.map((s, i) => {
    const text = stripDateline(s.text);
    const first = i === 0 || sentences[i - 1].paragraph !== s.paragraph || true;
    return { ...s, text, mentions: findMentions(text, first) };
  });
}

/** What the whole document says about its people: entities, name lookups, genders, quotes attributed a sentence later. */
interface DocumentContext {
  entities: DocumentEntity[];
  /** The people the document names (not the speakers added while reading). */
  people: DocumentEntity[];
  entityOf: (surface: string) => string | null;
  /** A speaker is always a document entity: one named only as a speaker ("Reuters said") becomes one. */
  entityFor: (surface: string, kind: DocumentEntity['kind']) => string;
  isPerson: (name: string) => boolean;
  genderOf: Map<string, 'm' | 'f'>;
  /** Per sentence: the speaker of the next sentence when it closes a quotation this one opens. */
  closingSpeaker: Array<Mention | null>;
}

function documentContext(perSentence: ReadSentence[]): DocumentContext {
  // Entities come from sentences that can carry claims, not from headings or widget labels.
  const claimable = (s: { text: string; listItem?: boolean }) =>
    s.text.split(/\s+/).length >= 4 &&
    (SENTENCE_END.test(s.text) || s.text.split(/\s+/).length >= 12 || (s.listItem === true && !isTitleCase(s.text)));
  const { entities, nameOf } = documentEntities(perSentence.filter(claimable).flatMap((s) => s.mentions));
  const entityOf = (surface: string) => nameOf.get(surface) ?? null;
  const entityFor = (surface: string, kind: DocumentEntity['kind']) => {
    const known = entityOf(surface);
    if (known) return known;
    // A surname alone names the full name already seen ("Mayer" → "Kevin Mayer"), only when exactly one matches.
    const lower = surface.toLowerCase();
    const full = !surface.includes(' ')
      ? entities.filter((e) => e.kind === 'person' && e.name.toLowerCase().split(/\s+/).pop() === lower)
      : [];
    if (full.length === 1) {
      full[0].variants.push(surface);
      nameOf.set(surface, full[0].name);
      return full[0].name;
    }
    entities.push({ name: surface, kind, variants: [surface], roles: [] });
    nameOf.set(surface, surface);
    return surface;
  };
  const people = entities.filter((e) => e.kind === 'person');
  // A quotation opened in one sentence and attributed at the end of the next ("“A. B,” Psaki told reporters"):
  // the speaker of the closing sentence speaks the opening one too.
  const closingSpeaker = perSentence.map((s, i) => {
    const next = perSentence[i + 1];
    if (!OPENS_QUOTE.test(s.text) || !next || next.paragraph !== s.paragraph || !CLOSES_QUOTE.test(next.text)) return null;
    return attributedSpeaker(next.text, next.mentions);
  });
  // Genders the text gives (Mr/Ms, a pronoun about the only person of a sentence), by entity name.
  const genderOf = new Map<string, 'm' | 'f'>();
  for (const s of perSentence)
    for (const m of s.mentions) if (m.gender && nameOf.has(m.surface)) genderOf.set(nameOf.get(m.surface)!, m.gender);
  return { entities, people, entityOf, entityFor, isPerson: (name) => people.some((p) => p.name === name), genderOf, closingSpeaker };
}

/** Who spoke and who was spoken about in the sentences read so far: "he said" and "the minister said" resolve here. */
interface Conversation {
  lastSpeaker: Speaker | null;
  lastPerson: Speaker | null;
  previousSubject: Speaker | null;
  lastParagraph: number;
  lastSentenceQuoted: boolean;
  /** The speaker of the sentence before, when it quoted someone. */
  lastQuoteSpeaker: Speaker | null;
  /** Entities the sentence before named (for a pronoun that cannot be the last speaker). */
  previousMentions: string[];
  lastByGender: Partial<Record<'m' | 'f', Speaker>>;
  lastMentionByGender: Partial<Record<'m' | 'f', Speaker>>;
}

/**
 * Not claims: headings (no sentence end), teaser fragments ending in "…", lines without a verb, and the writer's own
 * questions ("What happens now that the vote is lost?"): a question asserts nothing. A quoted question ("“Why now?”
 * she asked.") is a quotation and stays.
 */
function carriesClaims(text: string, listItem: boolean | undefined): boolean {
  const words = text.split(/\s+/).length;
  const endsLikeSentence = SENTENCE_END.test(text) || (listItem === true && !isTitleCase(text));
  const question = QUESTION_END.test(text) && !ANY_QUOTE_MARK.test(text);
  // A quotation the writer cut short ("…, a report had stated, “The crews worked through the night…”") is no teaser.
  const teaser = TEASER_END.test(text) && !CUT_QUOTATION.test(text);
  return !(words < 4 || (!endsLikeSentence && words < 12) || teaser || question || !hasVerb(text));
}

/** The speaker a named mention stands for, as document entities (the person, and the organisation they speak for). */
function speakerFrom(named: Mention | null | undefined, doc: DocumentContext): Speaker | null {
  if (!named || named.surface.replace(NOT_LETTERS, '').length < MIN_SPEAKER_LETTERS) return null;
  return {
    name: doc.entityFor(named.surface, named.kind),
    org: named.affiliation ? doc.entityFor(named.affiliation, 'organization') : null,
  };
}

/**
 * "he/she said": the person the sentence before was about ("X, the chief executive, struck a cautious tone. “…,” he
 * told analysts"), else the last person who spoke; when the text gives genders and they do not fit, the last person of
 * the pronoun's gender who spoke, or was named. "he said" continues the last speaker only when that was a person:
 * never an agency, never a person named before an agency spoke in between.
 */
function pronounSpeaker(pronoun: RegExpMatchArray, doc: DocumentContext, talk: Conversation): Speaker | null {
  const wanted = /^she$/i.test(pronoun[1] ?? pronoun[4] ?? '') ? 'f' : 'm';
  const { genderOf } = doc;
  const { previousSubject, lastPerson, lastSpeaker } = talk;
  const fits = (p: { name: string } | null) => p !== null && (!genderOf.get(p.name) || genderOf.get(p.name) === wanted);
  let speaker: Speaker | null = null;
  if (previousSubject && fits(previousSubject)) speaker = previousSubject;
  else if (lastPerson && lastSpeaker === lastPerson && fits(lastPerson)) speaker = lastPerson;
  else if ((lastPerson && lastSpeaker === lastPerson) || talk.lastMentionByGender[wanted])
    speaker = talk.lastByGender[wanted] ?? talk.lastMentionByGender[wanted] ?? null;
  // Pronoun after a speaker of the other gender: "She told him: …" then "…,” he added" is the other person the
  // sentence before named, when exactly one such person of no conflicting gender was named there.
  if (!speaker && lastPerson && !fits(lastPerson)) {
    const others = [...new Set(talk.previousMentions.filter((n) => n !== lastPerson.name && doc.isPerson(n)))].filter((n) =>
      fits({ name: n }),
    );
    if (others.length === 1) speaker = { name: others[0], org: null };
  }
  // The pronoun tells the gender of whom it resolved to: a later "he said" will not land on a woman.
  if (speaker && !genderOf.has(speaker.name) && doc.isPerson(speaker.name)) genderOf.set(speaker.name, wanted);
  return speaker;
}

/** The speaker of a sentence: named, a pronoun, a title ("the minister said"), or the quotation it continues. */
function sentenceSpeaker(s: ReadSentence, i: number, text: string, quotes: QuoteSpan[], doc: DocumentContext, talk: Conversation) {
  const named = attributedSpeaker(text, s.mentions) ?? doc.closingSpeaker[i];
  let speaker: Speaker | null = null;
  // "She thanked the crews, saying “…”" (SAYING_SUBJECT): the pronoun opening the sentence speaks.
  const pronoun = text.match(PRONOUN_SPEAKER) ?? (SAYING_QUOTE.test(text) ? text.match(PRONOUN_OPENS) : null);
  if (named && named.surface.replace(NOT_LETTERS, '').length >= MIN_SPEAKER_LETTERS) speaker = speakerFrom(named, doc);
  else if (pronoun) speaker = pronounSpeaker(pronoun, doc, talk);
  else {
    const titled = text.match(TITLE_SPEAKER)?.[1]?.toLowerCase();
    const person = titled ? doc.people.find((p) => p.roles.some((r) => r.endsWith(titled.split(' ').pop()!))) : undefined;
    if (person) speaker = { name: person.name, org: null };
  }
  // A sentence that is all quotation, right after a quoted sentence of the same paragraph, continues that speaker.
  const allQuote = quotes.length === 1 && quotes[0].start <= 1 && quotes[0].end >= text.length - 2;
  if (!speaker && allQuote && talk.lastSentenceQuoted && talk.lastSpeaker && s.paragraph === talk.lastParagraph) speaker = talk.lastSpeaker;
  if (!speaker && allQuote && talk.lastSpeaker && s.paragraph === talk.lastParagraph) speaker = talk.lastSpeaker;
  // A paragraph that is all quotation, right after an attributed quotation that ended the paragraph before, goes on
  // with that speaker: news style gives each further part of a long remark its own paragraph.
  if (!speaker && allQuote && talk.lastQuoteSpeaker && s.paragraph === talk.lastParagraph + 1) speaker = talk.lastQuoteSpeaker;
  return speaker;
}

type Piece = { text: string; start: number; reported?: boolean };

/** A clause's speaker: its own attribution, none when it has a subject of its own, else the sentence's. */
function pieceSpeakerOf(piece: Piece, index: number, pieces: Piece[], inPiece: Mention[], speaker: Speaker | null, doc: DocumentContext) {
  // A later clause with a subject of its own ("…, and the president blamed…") is that subject's, not the
  // sentence speaker's; a later clause that continues the verb ("…and ordered…") keeps the speaker.
  const ownSubject = index > 0 && !('reported' in piece) && OWN_SUBJECT.test(piece.text) && !PARTICIPLE_SUBJECT.test(piece.text);
  // A clause with an attribution of its own ("…, according to the ministry, and the EU said …") has that speaker.
  const own =
    pieces.length > 1 && !('reported' in piece)
      ? attributedSpeaker(
          piece.text,
          inPiece.map((m) => ({ ...m, start: m.start - piece.start, end: m.end - piece.start })),
        )
      : null;
  return speakerFrom(own, doc) ?? (ownSubject ? null : speaker);
}

/** The claims of one sentence: one per clause, each with its speaker, quotation, figures and entities. */
function sentenceClaims(
  s: ReadSentence,
  text: string,
  quotes: QuoteSpan[],
  speaker: Speaker | null,
  doc: DocumentContext,
  claims: Claim[],
) {
  let figuresDropped = 0;
  const quoteWords = quotes.map((q) => q.words).join(' … ');
  const pieces: Piece[] = quotes.length ? reportedTail(text, quotes) : clauses(text, quotes);
  for (const [index, piece] of pieces.entries()) {
    const pieceEnd = piece.start + piece.text.length;
    const inPiece = s.mentions.filter((m) => m.start >= piece.start && m.end <= pieceEnd + 2);
    const pieceSpeaker = pieceSpeakerOf(piece, index, pieces, inPiece, speaker, doc);
    const names = [...new Set(inPiece.map((m) => doc.entityOf(m.surface)).filter((n): n is string => Boolean(n)))];
    if (pieceSpeaker && !names.includes(pieceSpeaker.name)) names.push(pieceSpeaker.name);
    const allFigures = extractFigures(piece.text);
    const figures = allFigures.slice(0, LIMITS.figuresPerSentence);
    figuresDropped += allFigures.length - figures.length;
    const pieceQuotes = quotes.filter((q) => q.start >= piece.start && q.start < pieceEnd);
    const pieceWords = pieceQuotes.length === quotes.length ? quoteWords : pieceQuotes.map((q) => q.words).join(' … ');
    const quote = pieceQuotes.length && (pieceWords.split(/\s+/).length >= MIN_QUOTE_WORDS || pieceSpeaker) ? pieceWords : null;
    // Reported speech ("X said that …") is a statement of X's; a sentence reporting what happened is an event.
    const reported = pieceSpeaker !== null && SPEECH_VERB_RE.test(piece.text);
    // QUOTED_ASIDE: an unattributed quotation of a few words inside a sentence that reports a figure ("The 90-metre
    // spire collapsed to cries of 'Oh no' from locals") is an aside: the claim is the figure, compared as one.
    const aside = quote !== null && !pieceSpeaker && figures.length > 0 && quote.split(/\s+/).length * 4 < piece.text.split(/\s+/).length;
    const kind: ClaimKind =
      quote && !aside ? 'quote' : figures.length ? 'figure' : EVENT_VERBS.test(piece.text) && !reported ? 'event' : 'statement';
    // A "not" inside a quoted phrase of reported speech is the speaker's words, not the claim's polarity.
    const polarityText =
      quote && quote.split(/\s+/).length < 0.5 * piece.text.split(/\s+/).length ? piece.text.replace(QUOTED_SPANS, ' ') : piece.text;
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      text: piece.text,
      kind,
      speaker: pieceSpeaker?.name ?? null,
      quote,
      figures,
      entities: names,
      // "denied him bail" refuses a request: not a denial of a fact (lexicon REFUSAL); "did not comment" reports
      // silence (NO_COMMENT), as "declined to comment" does.
      negated: NEGATION.test(ownPolarityText(polarityText).replace(REFUSAL, ' ').replace(NO_COMMENT, ' ')),
    };
    if (pieceSpeaker?.org) claim.speakerOrg = pieceSpeaker.org;
    claims.push(claim);
  }
  return figuresDropped;
}

/** After a sentence: who spoke, the last person of each gender, and the person it was about. */
function followConversation(talk: Conversation, s: ReadSentence, speaker: Speaker | null, quotes: QuoteSpan[], doc: DocumentContext) {
  if (speaker) talk.lastSpeaker = speaker;
  if (speaker && doc.isPerson(speaker.name)) {
    talk.lastPerson = speaker;
    const g = doc.genderOf.get(speaker.name);
    if (g) talk.lastByGender[g] = speaker;
  }
  for (const m of s.mentions) {
    const name = doc.entityOf(m.surface);
    const g = name ? doc.genderOf.get(name) : undefined;
    if (name && g && doc.isPerson(name)) talk.lastMentionByGender[g] = { name, org: null };
  }
  talk.previousMentions = s.mentions.map((m) => doc.entityOf(m.surface)).filter((n): n is string => n !== null);
  // The person this sentence is about, when it names one as its subject and quotes nobody.
  const subject = s.mentions[0];
  talk.previousSubject =
    !quotes.length && subject && subject.start <= 3 && doc.isPerson(doc.entityOf(subject.surface)!)
      ? { name: doc.entityOf(subject.surface)!, org: null }
      : null;
  talk.lastSentenceQuoted = quotes.length > 0;
  talk.lastQuoteSpeaker = quotes.length ? speaker : null;
  talk.lastParagraph = s.paragraph;
}

/** The claims of a document's lead: where a news article says where its story happens. */
const LEAD_CLAIMS = 2;

/**
 * The document's setting: the one country its lead (first claims) names, given to each claim that names no country
 * itself, so that "It employs 64,000 people" in an article whose lead is about the U.S. is not compared with a figure of
 * the UK. A country named only later may be a passing mention ("the U.S. offered help"), and a lead naming two
 * countries sets the story in neither.
 */
export function setDocumentSetting(claims: Claim[]): void {
  const lead = new Set(
    claims
      .slice(0, LEAD_CLAIMS)
      .flatMap((c) => c.entities.map(countryKey))
      .filter((x): x is string => x !== null),
  );
  if (lead.size !== 1) return;
  const [setting] = lead;
  // A claim that names a region of its own ("24 countries in Latin America") is set there (lexicon REGION).
  for (const c of claims) if (!c.entities.some((e) => countryKey(e) || REGION.test(e))) c.setting = setting;
}

/** What a headline calls a quotation after it: "…' Dufresne's vow", "…' minister's warning". */
const HEADLINE_SAYING = /^,s\s+(?:vow|pledge|promise|warning|plea|message|appeal|admission|verdict|call|defence|defense|response)\b/i;
const HEADLINE_SAYS = /^\s*(?:,\s*)?(?:says|said|warns|vows|insists|admits|tells)\s+$/i;

/**
 * HEADLINE_QUOTE: a headline that opens with a quotation and names whose it is ("'We'll rebuild the abbey:'
 * Dufresne's vow after blaze", "'No one is safe,' says Okafor") is that person's quotation, a claim of its own (the
 * body may quote the words differently). The name is the document's person of that surname.
 */
function headlineQuote(title: string, doc: DocumentContext, n: number): Claim | null {
  const [q] = quotesIn(doubledQuoteMarks(title));
  if (!q || q.start !== 0 || q.words.split(/\s+/).length < MIN_QUOTE_WORDS) return null;
  const rest = title.slice(q.end).replace(/([\p{L}\p{M}])['’]s\b/gu, '$1,s');
  const named = findMentions(rest, false).find(
    (m) => m.kind !== 'place' && (HEADLINE_SAYING.test(rest.slice(m.end)) || HEADLINE_SAYS.test(rest.slice(0, m.start))),
  );
  if (!named) return null;
  const speaker = doc.entityFor(named.surface, 'person');
  return { id: `c${n}`, text: title, kind: 'quote', speaker, quote: q.words, figures: [], entities: [speaker], negated: false };
}

/**
 * Typewriter and TeX-style quotation marks: two apostrophes ('' or ’’) or two backticks / opening single marks
 * (`` or ‘‘) stand for one double quotation mark in wire copy and in text typed without curly quotes ("no choice
 * but to sell the yard'' after talks failed). Read as '"', the quotation ends where its writer ended it; otherwise
 * it runs on into the next sentence and the same words quoted by another outlet read as an altered quotation.
 */
const DOUBLED_QUOTE_MARK = /''|\u2019\u2019|``|\u2018\u2018/g;
export const doubledQuoteMarks = (text: string): string => text.replace(DOUBLED_QUOTE_MARK, '"');

/**
 * HEADLINE_PERSON: an article that opens "He has said he will …" means the person its headline names ("President X
 * vows to rebuild …"): before the body names anyone, a pronoun refers to the one person of the headline the body also
 * names (never a name the body does not use, nor one of two people).
 */
function headlinePerson(title: string | null | undefined, doc: DocumentContext, body: string): Speaker | null {
  if (!title) return null;
  const mentioned = findMentions(title.trim().replace(/([\p{L}\p{M}])['’]s\b/gu, '$1,s'), true).filter((m) => m.kind === 'person');
  // A person by their title or role ("French President X") before a name read as a person for want of anything else.
  const titled = mentioned.filter((m) => m.roles.length > 0 || m.titled);
  const people = titled.length ? titled : mentioned;
  if (people.length !== 1) return null;
  const surname = people[0].surface.split(/\s+/).pop() ?? '';
  let name = doc.entityOf(people[0].surface) ?? doc.entityOf(surname);
  // The body may use the surname alone, a lone word no entity was made of yet ("Macron said …"): it is this person.
  if (!name && surname.length > 2 && body.split(/[^\p{L}\p{M}]+/u).includes(surname)) name = doc.entityFor(surname, 'person');
  const kind = doc.entities.find((e) => e.name === name)?.kind;
  return name && (kind === 'person' || kind === 'other') ? { name, org: null } : null;
}

export function extractClaims(
  body: string,
  _opts: { title?: string | null; published?: string | null } = {},
): { claims: Claim[]; entities: DocumentEntity[]; removed: RemovedLine[] } {
  const removed: RemovedLine[] = [];
  const perSentence = readSentences(doubledQuoteMarks(body), removed);
  const doc = documentContext(perSentence);
  const talk: Conversation = {
    lastSpeaker: null,
    lastPerson: null,
    previousSubject: null,
    lastParagraph: -1,
    lastSentenceQuoted: false,
    lastQuoteSpeaker: null,
    previousMentions: [],
    lastByGender: {},
    lastMentionByGender: {},
  };
  const headlined = headlinePerson(_opts.title, doc, body);
  Object.assign(talk, { previousSubject: headlined, lastPerson: headlined, lastSpeaker: headlined });
  const claims: Claim[] = [];
  let figuresDropped = 0;
  for (const [i, s] of perSentence.entries()) {
    if (s.paragraph !== talk.lastParagraph) talk.lastSentenceQuoted = false;
    const text = s.text.trim();
    if (!carriesClaims(text, s.listItem)) {
      talk.lastParagraph = s.paragraph;
      talk.lastQuoteSpeaker = null;
      continue;
    }
    const quotes = quotesIn(text);
    const speaker = sentenceSpeaker(s, i, text, quotes, doc, talk);
    figuresDropped += sentenceClaims(s, text, quotes, speaker, doc, claims);
    followConversation(talk, s, speaker, quotes, doc);
  }
  const headline = _opts.title ? headlineQuote(_opts.title.trim(), doc, claims.length + 1) : null;
  if (headline) claims.push(headline);
  setDocumentSetting(claims);
  if (figuresDropped) {
    removed.push({
      text: `${figuresDropped.toLocaleString('en-US')} figures after the first ${LIMITS.figuresPerSentence} of a sentence`,
      reason: overBudget('figures per sentence'),
    });
  }
  return { claims, entities: doc.entities, removed };
}
