/** Money: its currency, what the money is ("cost", "aid", "share price"), and whether an amount is a change of it. */
import { DECREASE_WORDS, INCREASE_WORDS } from './context.ts';
import type { FigureReading } from './found.ts';
import { clauseTail } from './nouns.ts';

/**
 * COUNTRY_DOLLARS: wire copy often writes the country before the word ("3.4 billion U.S. dollars", "40 million
 * Canadian dollars"); without it such an amount was a count of "dollars" and never met the same sum written "$3.4 billion".
 */
const COUNTRY_DOLLARS = '(?:(?:u\\.s\\.|us|american|canadian|australian|hong kong|new zealand|singapore)\\s+(?=dollars?\\b))?dollars?';
/** A currency written as a word after the amount: "500 euros", "2 million of dollars", "3 million U.S. dollars". */
export const CURRENCY_WORDS = new RegExp(
  `^\\s*(?:of\\s+)?(${COUNTRY_DOLLARS}|euros?|pounds?|yen|yuan|rubles?|roubles?|tenge|rupees?|francs?|lira|liras|pesos?|reais|real|won|` +
    'rand|zlotys?|zloty|taka|naira|shillings?|usd|eur|gbp|bitcoins?|btc)\\b',
  'i',
);

/** What money is: the nearest word that says so, in the clause around the amount. */
const MONEY_KINDS: Array<[RegExp, string]> = [
  [/\bprice[- ]targets?\b/gi, 'price target'],
  [/\b(?:market value|market capitali[sz]ation|valuation|valuing|valued|worth)\b/gi, 'market value'],
  [/\b(?:shares?|stock|share price|stock price)\b/gi, 'share price'],
  [/\b(?:costs?|costing|bill|charges?|expenses?|price tag|damages?|repairs?)\b/gi, 'cost'],
  [/\b(?:revenues?|sales|turnover)\b/gi, 'revenue'],
  [/\b(?:profits?|earnings|net income|loss|losses)\b/gi, 'profit'],
  [/\b(?:fines?|fined|penalt(?:y|ies)|settlement)\b/gi, 'fine'],
  [/\b(?:asked|requested|sought|seeking|demanded|demanding|demands?|asking|requests?)\b/gi, 'request'],
  [
    new RegExp(
      '\\b(?:aid|funding|funds?|grants?|donations?|donated|relief|assistance|released|pledged|pledges?|appeal|contributed|' +
        'contribution|raised|raises|investors?)\\b',
      'gi',
    ),
    'aid',
  ],
  [/\b(?:payments?|compensation|payouts?|paid|pay|reward|bonus)\b/gi, 'payment'],
  [/\b(?:cash|reserves|liquidity)\b/gi, 'cash'],
  [/\b(?:budget|set aside|allocated|earmarked|spending|spend|investment|invest|invested|package|stimulus)\b/gi, 'budget'],
  [/\b(?:debts?|loans?|bonds?|borrow\w*|bailout)\b/gi, 'debt'],
  [/\b(?:salar(?:y|ies)|wages?|income)\b/gi, 'wage'],
  [/\b(?:prices?|priced|fares?|fees?|tariffs?|rents?|sold|bought|acquired|purchased|starting at|starts at)\b/gi, 'price'],
  [/\b(?:ransom|bribes?)\b/gi, 'ransom'],
];
/** Where the clause after an amount ends, for reading what the money is. */
const AFTER_CLAUSE_END = /[;:]|\.(?=\s|$)|,\s+(?:and|but|while|which|who|though|although|after|before|as|according)\b|\s[—–]\s/;
/** A word before the amount usually names it ("cost about $5"); one after it is counted this much further away. */
const AFTER_PENALTY = 6;

function moneyKind(before: string, after: string): string {
  let best: { d: number; kind: string } | null = null;
  const pre = clauseTail(before).slice(-120);
  const post = after.split(AFTER_CLAUSE_END)[0].slice(0, 60);
  for (const [re, kind] of MONEY_KINDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(pre))) {
      const d = pre.length - (m.index + m[0].length);
      if (!best || d < best.d) best = { d, kind };
    }
    re.lastIndex = 0;
    if ((m = re.exec(post))) {
      const d = m.index + AFTER_PENALTY;
      if (!best || d < best.d) best = { d, kind };
    }
  }
  return best?.kind ?? 'money';
}

const OTHER_DOLLARS: Record<string, string> = { c$: 'CAD', a$: 'AUD', hk$: 'HKD' };
/** The country written before "dollars" (COUNTRY_DOLLARS); U.S. and American ones are plain dollars. */
const COUNTRY_OF_DOLLARS: Array<[RegExp, string]> = [
  [/^canadian\s/, 'CAD'],
  [/^australian\s/, 'AUD'],
  [/^hong kong\s/, 'HKD'],
  [/^new zealand\s/, 'NZD'],
  [/^singapore\s/, 'SGD'],
];

export function currencyName(symbol: string): string {
  const s = symbol.toLowerCase().trim();
  if (/^(jpy|chf|cny)$/.test(s)) return s.toUpperCase();
  if (/\bdollars?$/.test(s)) return COUNTRY_OF_DOLLARS.find(([re]) => re.test(s))?.[1] ?? 'USD';
  if (s.endsWith('$') || s === 'usd') return OTHER_DOLLARS[s] ?? 'USD';
  if (s === '€' || s.startsWith('euro') || s === 'eur') return 'EUR';
  if (s === '£' || s.startsWith('pound') || s === 'gbp') return 'GBP';
  if (s === '¥' || s === 'yen') return 'JPY';
  if (s === '₹' || s.startsWith('rupee')) return 'INR';
  if (s.startsWith('lira')) return 'TRY';
  if (s.startsWith('bitcoin') || s === 'btc') return 'BTC';
  if (s.startsWith('zloty')) return 'PLN';
  return s;
}

/** "(about $240 million)" after an amount: the same money as the amount before. */
const BRACKETED_AMOUNT = /^\s*(?:[a-z]+\s*)?\(\s*(?:about|around|roughly|some|approximately|nearly)?\s*$/i;
/** "150 bitcoin, worth roughly €8.5 million", "150 BTC, or about €8.5 million": the same money converted. */
const CONVERTED_AMOUNT = new RegExp(
  String.raw`^\s*(?:[a-z]+\s*)?,?\s*(?:or|worth|equivalent to|equal to|about|around|roughly)\s*(?:about|` +
    String.raw`around|roughly|some|approximately|nearly)?\s*$`,
  'i',
);
/** "wiping $2.6bn off its market value": a fall of that money, not its level. */
const WIPED_BEFORE = /\b(?:wiping|wiped|wipe|wipes|knocking|knocked|shaving|shaved|erasing|erased)\s*$/i;
const OFF_AFTER = /^\s*(?:off|from)\b/i;
/** "cut the budget by $5 million", "raised by $5 million": the verb of a change of money, and which way it goes. */
const BY_BEFORE = /\bby\s*$/i;
const MONEY_CHANGE_BY = new RegExp(
  `\\b(${INCREASE_WORDS}|${DECREASE_WORDS}|cut|reduced|raised|lifted|boosted)\\b(?:\\s+[\\w’']+){0,4}$`,
  'i',
);
const MONEY_INCREASE = new RegExp(`^(${INCREASE_WORDS}|raised|lifted|boosted)$`, 'i');
/** "adding $3 billion to its market value": a rise of that money. */
const ADDING_BEFORE = /\b(?:adding|added|add|adds)\s*$/i;
const TO_AFTER = /^\s*to\b/i;

/** A money figure: its currency, what the money is, and whether the amount is a change of it. */
export function readMoney(r: FigureReading, currency: string): void {
  const figure = r.figure;
  figure.unit = currencyName(currency);
  // "to $38 from $52": the same money as the amount before.
  const sameAsPrev = r.prev?.kind === 'money' && (r.previous || BRACKETED_AMOUNT.test(r.gapToPrev) || CONVERTED_AMOUNT.test(r.gapToPrev));
  const afterAmount = r.after.slice(r.currencyWord?.[0].length ?? 0);
  figure.about = sameAsPrev ? r.prev!.figure.about : moneyKind(r.pre, afterAmount);
  if (sameAsPrev) return;
  if (WIPED_BEFORE.test(r.pt) && OFF_AFTER.test(afterAmount)) figure.about += ' decrease';
  else if (BY_BEFORE.test(r.pt)) {
    const change = r.pre.replace(/\s*by\s*$/i, '').match(MONEY_CHANGE_BY);
    if (change) figure.about += MONEY_INCREASE.test(change[1]) ? ' increase' : ' decrease';
  } else if (ADDING_BEFORE.test(r.pt) && TO_AFTER.test(afterAmount)) figure.about += ' increase';
}
