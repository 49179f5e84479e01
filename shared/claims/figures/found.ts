/** What the figure readers share: a figure found in a sentence, and the reading of one number as it goes along. */
import type { Figure } from '../../types.ts';
import type { NumberContext } from './numbers.ts';

export interface Found {
  figure: Figure;
  at: number;
  end: number;
  kind: 'count' | 'money' | 'percent' | 'measure' | 'magnitude' | 'multiplier';
  /** Counts: the parts of `about`, so a coordinated count can take the outcome of its neighbour. */
  counted?: Counted;
}

export interface Counted {
  noun: string;
  outcome: string | null;
  suffix: string;
}

/** One number being read: its context, its value so far, and how it relates to the figure before it. */
export interface FigureReading extends NumberContext {
  sentence: string;
  /** The text after the number; after "10m" without a currency, it starts with the unit " m" (ten metres). */
  after: string;
  vague: boolean;
  /** A scale after the number ("million", "bn"), lower-cased. */
  scaleWord: string | undefined;
  /** A currency written as a word after the number ("500 euros"). */
  currencyWord: RegExpMatchArray | null;
  figure: Figure;
  /** The figure that ends nearest before this one, and the text between them. */
  prev: Found | undefined;
  gapToPrev: string;
  /** The number is an earlier value ("up from 6.8"), an addition ("200 more") or a part ("three of them"). */
  previous: boolean;
  increment: boolean;
  partOfPrev: boolean;
  /** "14 people, including six children": a part named by "including", "of whom", "mostly". */
  including: boolean;
}
