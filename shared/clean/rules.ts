/**
 * The cleaner's thresholds, named, in one table: every number a rule compares against, with why it is where it is.
 * `TUNED` lists the few chosen by measurement and the candidate values the k-fold evaluation (scripts/eval-cleaning.ts)
 * chooses among on training folds only.
 */
export interface Thresholds {
  /** Placeholder until the fallback lands. */
  readabilityFallbackShare: number;
}

export const THRESHOLDS: Readonly<Thresholds> = {
  readabilityFallbackShare: 0.3,
};

/** Candidate values of the thresholds tuned by measurement (the k-fold evaluation picks among them per fold). */
export const TUNED: { readonly [K in keyof Thresholds]?: readonly number[] } = {};
