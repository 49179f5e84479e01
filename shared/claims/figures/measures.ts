/**
 * Measures and magnitudes: lengths, areas, weights, speeds, temperatures and what they measure ("a depth of 10 km",
 * "12 km southeast of Yenikale", "burned 3,200 hectares"); earthquake magnitudes ("a magnitude 5.1 tremor").
 */
import { QUALIFIERS } from '../../lexicon/english.ts';
import type { Figure } from '../../types.ts';
import { anchorOf, LEVEL_VERB } from './context.ts';
import type { FigureReading, Found } from './found.ts';
import { clauseTail, NOT_A_NOUN, subjectOf } from './nouns.ts';

/** Units written after the number, each with the unit a figure carries. */
export const MEASURE_UNITS: Array<[RegExp, string]> = [
  [/^\s*(?:km\/h|kph|kmh|kilomet(?:re|er)s (?:per|an) hour)\b/i, 'km/h'],
  [/^\s*(?:mph|miles (?:per|an) hour)\b/i, 'mph'],
  [/^\s*(?:square\s+)?(?:kilomet(?:re|er)s?|km)\b/i, 'km'],
  [/^\s*miles?\b/i, 'mi'],
  [/^\s*(?:met(?:re|er)s?|m)\b(?!\s*(?:dollars|euros|people))/i, 'm'],
  [/^\s*(?:centimet(?:re|er)s?|cm)\b/i, 'cm'],
  [/^\s*(?:millimet(?:re|er)s?|mm)\b/i, 'mm'],
  [/^\s*(?:feet|foot|ft)\b/i, 'ft'],
  [/^\s*(?:kilo(?:gram(?:me)?)?s?|kg)\b/i, 'kg'],
  [/^\s*(?:tonnes?|tons?)\b/i, 't'],
  [/^\s*hectares?\b/i, 'ha'],
  [/^\s*acres?\b/i, 'acre'],
  [/^\s*(?:degrees?|°)\s*(?:celsius|c\b|fahrenheit|f\b)?/i, '°'],
  [/^\s*(?:litres?|liters?)\b/i, 'l'],
  [/^\s*barrels?\b/i, 'bbl'],
  [/^\s*(?:megawatts?|mw)\b/i, 'MW'],
  [/^\s*(?:gigawatts?|gw)\b/i, 'GW'],
];
/** Verbs of a fire, flood or storm going over an area. */
const AREA_VERB = new RegExp(
  '\\b(?:burn(?:ed|t|ing|s)?|scorch(?:ed|ing)?|charr(?:ed|ing)|blacken(?:ed|ing)|consum(?:ed|ing)|razed|ravag(?:ed|ing)|swept|' +
    'flooded|inundated|submerged)\\b',
  'i',
);
const AREA_UNIT = /^(ha|acre|km²)$/;
/** What a measure measures when the words before it say ("a shallow depth of 10 km"). */
const MEASURE_NOUN = new RegExp(
  '\\b(depth|height|length|distance|width|radius|altitude|elevation|area|diameter|range|speed|temperature|weight|volume|capacity)' +
    's?\\s+(?:of\\s+)?(?:about\\s+|around\\s+|some\\s+|nearly\\s+|roughly\\s+|up to\\s+)?$',
  'i',
);
/** "12 km southeast of Yenikale", "3 km off the coast of X": a distance from a place. */
const DISTANCE_FROM = new RegExp(
  '^\\s*((?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:[- ]?(?:north|south|east|west))?(?:ern)?|upstream|downstream|inland|offshore|' +
    "off the coast|outside|from|away from|short of|beyond|up|down)\\s+(?:of\\s+|from\\s+)?(?:the\\s+)?([\\p{Lu}][\\p{L}’'-]+" +
    // A lower-case place is one or two words, the second not a function word ("the capital at a depth": the capital).
    "(?:\\s+[\\p{Lu}][\\p{L}’'-]+)*|[a-z]+(?:\\s+(?!(?:at|in|on|of|and|or|to|for|by|with|near|after|before|when|where|as)\\b)[a-z]+)?)",
  'u',
);
/** "40 km along the coast", "a 3 km stretch of the river": a length of something. */
const LENGTH_OF = /^\s*(?:along|across|of)\s+(?:the\s+)?([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)*|[a-z]+(?:\s+[a-z]+)?)/u;

/**
 * UNIT_QUANTITY: what "X of something" measures, by its unit: "2,700 tons of fertiliser" is a weight of fertiliser and
 * "40 km of the coast" a length of it (a unit not listed is a length's).
 */
const UNIT_QUANTITY: Record<string, string> = {
  kg: 'weight',
  t: 'weight',
  l: 'volume',
  bbl: 'volume',
  ha: 'area',
  acre: 'area',
  MW: 'power',
  GW: 'power',
};

/** What a length, weight or other measure measures: "a depth of 10 km", "12 km southeast of Yenikale". */
function measureAbout(pre: string, rest: string, unit: string): string | null {
  const noun = pre.match(MEASURE_NOUN);
  if (noun) return noun[1].toLowerCase();
  rest = rest.replace(/^\s*\([^)]*\)/, '');
  const where = rest.match(DISTANCE_FROM);
  if (where) {
    const direction = where[1]
      .toLowerCase()
      .replace(/[- ]/g, '')
      .replace(/ern$/, '')
      .replace(/^away(from)$/, '$1');
    return `distance ${direction} ${where[2].trim().toLowerCase().split(/\s+/).slice(0, 2).join(' ')}`;
  }
  const along = rest.match(LENGTH_OF);
  if (along) return `${UNIT_QUANTITY[unit] ?? 'length'} ${along[1].trim().toLowerCase().split(/\s+/).slice(0, 2).join(' ')}`;
  return null;
}

/**
 * A measure written before the noun it measures, its unit in the singular as adjectives are: "a two million mile
 * voyage", "a 10 km run". Not a plural unit ("walked 300 miles home") and not a verb form after it ("300 km
 * travelling"): the noun is what the figure is about.
 */
const WORD_AFTER = /^\s+([a-z]{3,})\b/;
function nounMeasured(unitText: string, rest: string): string | null {
  if (!unitText.trim() || /s\s*$/i.test(unitText)) return null;
  const noun = rest.match(WORD_AFTER)?.[1];
  return noun && !NOT_A_NOUN.has(noun) && !/(?:ing|ed|ly)$/.test(noun) ? noun : null;
}

/**
 * A dimension written as an adjective before what it measures: "the 45-metre high tower", "an 80-metre long stretch",
 * "a 10-foot deep trench". Outlets give a structure's height or a stretch's length in such words, and two of them
 * giving it differently is a changed (or contested) figure; without "high", "long", "deep" or "wide" ("a 16-inch
 * screen", "an 80-metre section") the compound names a thing, not a figure (not-figures.ts: compound modifier).
 * Fixed words and one separator each (the unit glued on or after a hyphen or a space: "300ft-tall"): linear.
 */
export const DIMENSION_AFTER =
  /^[-\s]?(met(?:re|er)|m|foot|ft|kilomet(?:re|er)|km|mile|centimet(?:re|er)|cm)[- ](high|tall|long|deep|wide)\b/i;
const DIMENSION_NOUN: Record<string, string> = { high: 'height', tall: 'height', long: 'length', deep: 'depth', wide: 'width' };

/** The unit and what a dimension adjective measures ("-metre high" → m, height), from DIMENSION_AFTER's match. */
export function readDimension(r: FigureReading, m: RegExpExecArray): void {
  // The unit as a unit after a number reads it ("metre" → m, "foot" → ft): DIMENSION_AFTER's words are all there.
  r.figure.unit = MEASURE_UNITS.find(([unit]) => unit.test(m[1]))?.[1] ?? m[1].toLowerCase();
  r.figure.about = DIMENSION_NOUN[m[2].toLowerCase()];
}

/**
 * DIMENSION_WORD_AFTER: a dimension said after the measure ("the tower, which rose 94 metres high", "stood 310 feet
 * tall", "a trench 3 m deep"): the height, length, depth or width, as "the 90-metre-tall tower" gives it before the noun.
 */
const DIMENSION_WORD_AFTER = /^\s+(high|tall|long|deep|wide)\b/i;

/** "12 km (7 miles)": a conversion of the measure before, not another figure. */
const CONVERSION_BEFORE = /\(\s*(?:about|around|roughly|some|approximately|nearly)?\s*$/;

/** A measure: its unit and what it measures; false when nothing says what is measured (then it is no figure). */
export function readMeasure(r: FigureReading, measure: [RegExp, string]): boolean {
  if (CONVERSION_BEFORE.test(r.bt) && r.prev?.kind === 'measure') return false;
  r.figure.unit = measure[1];
  const rest = r.after.replace(measure[0], '');
  // "temperatures reached 45 degrees": the subject of a level verb is what is measured.
  const measured = measureAbout(r.pre, rest, measure[1]);
  const levelVerb = measured ? null : r.pre.match(LEVEL_VERB);
  const level = levelVerb ? subjectOf(r.pre.slice(0, levelVerb.index)) : null;
  // An area a fire, flood or storm went over: "burned about 3,200 hectares", "5,800 hectares … had been scorched".
  const burned =
    AREA_UNIT.test(measure[1]) && AREA_VERB.test(`${clauseTail(r.pre).slice(-80)} ${rest.split(/[;.]/)[0]}`) ? 'area burned' : null;
  const dimension = rest.match(DIMENSION_WORD_AFTER)?.[1].toLowerCase();
  const about =
    burned ??
    measured ??
    (dimension ? DIMENSION_NOUN[dimension] : null) ??
    (r.previous && r.prev?.kind === 'measure' ? r.prev.figure.about : null) ??
    (level ? level.raw.slice(-2).join(' ') : null) ??
    nounMeasured(r.after.match(measure[0])?.[0] ?? '', rest);
  if (!about) return false;
  r.figure.about = about;
  return true;
}

/** "6.8-magnitude quake", "magnitude-7.0 earthquake", "a magnitude 5.1 tremor", "measured its magnitude at 6.8". */
const QUAKE = '(quake|earthquake|temblor|tremor|aftershock)s?';
/** The quake a magnitude names right after it ("a 6.8 magnitude earthquake"). */
const QUAKE_AFTER = new RegExp(`^\\s*${QUAKE}`, 'i');
/** The magnitude after "magnitude … at/of/was": its number is group 2 (group 1 is the quake before). */
const MAGNITUDE_WAS = new RegExp(
  String.raw`\bmagnitude\b(?:\s+of\s+(?:the|this|that)\s+${QUAKE})?(?:\s+[\w’']+){0,3}?\s+(?:at|to|of|was|is|as)\s+` +
    String.raw`(?:about\s+|around\s+|nearly\s+|roughly\s+)?(\d{1,2}(?:\.\d)?)\b(?!\s*(?:%|per))`,
  'gi',
);
const MAGNITUDE_RES = [
  new RegExp(String.raw`\b(\d{1,2}(?:\.\d)?)[-\s]magnitude\b(?:\s+${QUAKE})?`, 'gi'),
  new RegExp(String.raw`\bmagnitude[-\s](\d{1,2}(?:\.\d)?)\b(?:\s+${QUAKE})?`, 'gi'),
  MAGNITUDE_WAS,
  /\b(\d{1,2}(?:\.\d)?)\s+on the Richter scale\b/gi,
];
const MENTIONS_MAGNITUDE = /magnitude|richter/i;
const QUAKE_NORMAL: Record<string, string> = {
  quake: 'earthquake',
  earthquake: 'earthquake',
  temblor: 'earthquake',
  tremor: 'tremor',
  aftershock: 'aftershock',
};

function magnitudeAt(sentence: string, re: RegExp, m: RegExpExecArray, numberAt: number): Found {
  const value = Number(m[re === MAGNITUDE_WAS ? 2 : 1]);
  const quake = (re === MAGNITUDE_WAS ? m[1] : m[2])?.toLowerCase();
  const noun = quake
    ? QUAKE_NORMAL[quake]
    : (sentence
        .slice(m.index + m[0].length)
        .match(QUAKE_AFTER)?.[1]
        ?.toLowerCase() ?? null);
  const before = sentence.slice(0, m.index);
  const qualifier = sentence.slice(0, numberAt).match(QUALIFIERS)?.[1]?.toLowerCase() ?? null;
  const figure: Figure = {
    value,
    unit: 'magnitude',
    about: `${noun ? (QUAKE_NORMAL[noun] ?? noun) + ' ' : ''}magnitude`,
    qualifier,
    range: null,
    multiplier: false,
    raw: m[0].trim(),
  };
  const anchor = anchorOf(before, sentence.slice(m.index + m[0].length));
  if (anchor) figure.anchor = anchor;
  return { figure, at: numberAt, end: m.index + m[0].length, kind: 'magnitude' };
}

/** Magnitudes, read first: their numbers are not counts ("a magnitude 5.1 tremor"). Returns the spans they take. */
export function readMagnitudes(sentence: string, found: Found[]): Array<[number, number]> {
  const taken: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  for (const re of MENTIONS_MAGNITUDE.test(sentence) ? MAGNITUDE_RES : []) {
    re.lastIndex = 0;
    while ((m = re.exec(sentence))) {
      const numberAt = m.index + m[0].search(/\d/);
      if (taken.some(([a, b]) => numberAt >= a && numberAt < b)) continue;
      found.push(magnitudeAt(sentence, re, m, numberAt));
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  return taken;
}
