/**
 * What the clause around a figure says about it: a level verb naming the quantity ("the toll rose to 63"), a change
 * ("rose 5%"), an earlier value ("up from 6.8"), an addition ("200 more"), the period of a change ("since Monday")
 * and the year an event is anchored to ("the 1999 earthquake, which killed 17,000").
 */
import { clauseTail } from './nouns.ts';

/** A verb that sets the level of a quantity whose name came before it: "rose to", "reached", "stands at". */
export const LEVEL_VERB = new RegExp(
  '\\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|grew|grown|grows|fell|fallen|falls|' +
    'dropped|drops|declined|declines|decreased|revised|raised|raising|raises|lowered|cut|expanded|widened|brought|bringing|pushing|' +
    "pushed|put|puts|putting|tripled|doubled|quadrupled|swelled|surged|soared)(?:\\s+[\\w’',-]+){0,7}?\\s+(?:to|at)" +
    '(?:\\s+(?:the|a)\\s+(?:full|record|total of|new high of|new record of))?|' +
    '(?:reached|reaches|reaching|hit|hits|totals?|totall?ed|totall?ing|surpassed|passed|topped|exceeded|numbered|numbers|' +
    'stands? at|stood at|standing at|remained at|remains at|stayed at|unchanged at|was at|is at|is now|was now|now stands at))\\s*$',
  'i',
);
/** Change verbs for percentages, multipliers and "by" amounts; the direction is the concept compared. */
export const INCREASE_WORDS =
  'rose|risen|rise|rises|rising|up|gained|gains|gain|climbed|climbs|jumped|jumps|grew|grown|grows|increased|increases|strengthened|' +
  'surged|soared|raised|higher|advanced|added|rallied|spiked';
export const DECREASE_WORDS =
  'fell|fallen|falls|fall|down|lost|loses|lose|slid|slides|slipped|weakened|dropped|drops|plunged|plummeted|declined|declines|' +
  'decreased|shrank|shrunk|sank|tumbled|lower|eased|shed|retreated|slumped|dipped';
export const INCREASE_WORD = new RegExp(`^(${INCREASE_WORDS})$`, 'i');
/** A change verb right before the number, over "by", "another", "some": "rose by about 5%", "cut 300". */
export const CHANGE_BEFORE = new RegExp(
  `\\b(${INCREASE_WORDS}|${DECREASE_WORDS}|cut|reduced)((?:\\s+(?:by|another|further|some|about|around|nearly|almost|more than|` +
    `over|roughly|just|only|as much as|a))*)\\s*$`,
  'i',
);
/** An earlier value of the quantity: "up from 6.8", "to $38 from $52", "first declared in three provinces". */
export const PREVIOUS_BEFORE = new RegExp(
  '\\bon top of (?:the |its |their )?$|\\b(?:times|twice|half|double|triple)\\s+(?:the|its|their)\\s*$|' +
    '(?:\\b(?:up|down)\\s+from|\\bfrom)\\s+(?:(?:the|its|an?|their|his|her)\\s+)?(?:(?:initial|earlier|previous|original|first|' +
    'last|prior)\\s+)?(?:(?:estimate|reading|figure|count|forecast|total|level|toll|tally)\\s+of\\s+)?$|' +
    "\\b(?:first|initially|originally|previously|until now|formerly)\\s+(?:[\\w’']+\\s+){0,2}?(?:\\w+ed|set|put|held|limited|" +
    "confined)\\s+(?:[\\w’']+\\s+){0,2}?$",
  'i',
);
/** An addition or a remainder, not the total: "200 additional workers", "the remaining 320,000", "18 more". */
export const INCREMENT_BEFORE = new RegExp(
  String.raw`\b(?:a further|another further|further|additional|an additional|extra|an extra|remaining|` +
    String.raw`the remaining|the rest of|the other|a second|a third|the last)\s*$`,
  'i',
);
export const INCREMENT_AFTER = /^\s*(?:more|additional|extra|further|new)\b/i;
/** Years an event is anchored to ("in 2008", "the 1999 earthquake", "since 1992, when"), not "since 2019". */
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

/** Periods a change is measured over, in the order they are tried. */
const SINCE = /\bsince\s+(?:the\s+)?(?:last\s+)?([a-z]+)/;
const THIS_PERIOD = /\bthis\s+(week|month|year|quarter)\b/;
const OVER_THE_PAST = new RegExp(
  String.raw`\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|first|second|third|fourth|` +
    String.raw`course of the)\s+(?:\w+\s+)?(days?|weeks?|months?|years?|quarter)(?:\s+of\s+([a-z]+))?`,
);
const WEEKDAY = /\b(?:on\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const INTRADAY = /\b(?:intraday|in (?:early |late |afternoon |morning |midday |evening )?trading|by midday|at midday|at the open)\b/;
const YEAR_ON_YEAR = /\b(?:year[- ]on[- ]year|from a year (?:earlier|ago)|annual(?:ly)?)\b/;
const IN_MONTH = /\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/;

function periodIn(t: string): string | null {
  let m = t.match(SINCE);
  if (m) return `since ${m[1]}`;
  if ((m = t.match(THIS_PERIOD))) return `this ${m[1]}`;
  if ((m = t.match(OVER_THE_PAST))) return `${m[1].replace(/s$/, '')}${m[2] ? ' of ' + m[2] : ''}`;
  if ((m = t.match(WEEKDAY))) return m[1];
  if (INTRADAY.test(t)) return 'intraday';
  if (YEAR_ON_YEAR.test(t)) return 'year on year';
  if ((m = t.match(IN_MONTH))) return `in ${m[1]}`;
  return null;
}

/** The period a change is measured over, from the clause around it. */
export function periodOf(before: string, after: string): string | null {
  const post = after.split(/;|\.(?=\s|$)|,\s+(?:and|but|while|which|wiping|their|its)\b/)[0];
  const pre = clauseTail(before).slice(-80);
  for (const text of [post, pre]) {
    const period = periodIn(text.toLowerCase());
    if (period) return period;
  }
  return null;
}

/** "the 1990s", "2022-24": a decade or a span, not a year. */
const DECADE_OR_SPAN = /^s\b|^-/;
const FOLLOWED_BY_WHEN = /^\s*,?\s*when\b/;
/** "since 2019", "by 2030", "between 2010 and …": a starting or end point, not the year of the event. */
const STARTING_POINT = /\b(?:since|until|till|by|from|between|through|to|and|before|after)\s+(?:(?:early|late|mid)[- ])?$/;
const YEAR_OF_EVENT = /\b(?:in|of|during|the|a|an)\s+(?:\w+\s+)?$/;

/** The year the figure's event is anchored to, if the clause names one that is not merely a starting point. */
export function anchorOf(before: string, after: string): string | null {
  const post = after.split(/;|\.(?=\s|$)|,\s+(?:and|but|while)\b/)[0].slice(0, 60);
  const pre = before.slice(-140);
  const candidates: Array<{ year: string; d: number }> = [];
  for (const [text, isPre] of [
    [pre, true],
    [post, false],
  ] as const) {
    YEAR_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_RE.exec(text))) {
      const lead = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const tail = text.slice(m.index + 4, m.index + 12);
      if (DECADE_OR_SPAN.test(tail)) continue;
      const when = FOLLOWED_BY_WHEN.test(tail);
      if (STARTING_POINT.test(lead) && !when) continue;
      if (YEAR_OF_EVENT.test(lead) || /^\s+[a-z]/i.test(tail) || when || /[,]\s*$/.test(lead)) {
        candidates.push({ year: m[1], d: isPre ? text.length - m.index : m.index });
      }
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  return candidates[0]?.year ?? pastAnchorOf(pre.slice(-PAST_ANCHOR_WINDOW), post);
}

/**
 * PAST_EVENT_ANCHOR: "still rebuilding after the damage done last October by a 6.8-magnitude quake", "the
 * flood a year ago, which killed 40": a figure of an event named by a past month or year without its number is
 * another event's, as a figure after "in 2010" is. "since last October" is a starting point, not the event.
 */
const PAST_EVENT = new RegExp(
  String.raw`\b(?:last\s+(?:january|february|march|april|june|july|august|september|october|november|december|year|summer|` +
    String.raw`winter|spring|autumn)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:ago|earlier))\b`,
  'i',
);
const SINCE_BEFORE = /\b(?:since|from|until|till)\s+$/i;
/** How far before the figure a past month or year is read: its own phrase, not an earlier clause. */
const PAST_ANCHOR_WINDOW = 60;
function pastAnchorOf(pre: string, post: string): string | null {
  // After the figure, only up to the next number: "12 hospitals treated 1.9 million patients last year" dates the patients.
  for (const text of [pre, post.slice(0, PAST_ANCHOR_WINDOW).split(/\d/)[0]]) {
    const m = text.match(PAST_EVENT);
    if (m && !SINCE_BEFORE.test(text.slice(0, m.index))) return m[0].toLowerCase().replace(/\s+/g, ' ');
  }
  return null;
}
