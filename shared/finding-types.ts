/**
 * Every finding type in one table: the `FindingType` union, the diff's precedence and every view (terminal, Markdown,
 * HTML, the reports list) derive from it, so a new type is one entry here and the compiler names each place that
 * still has to handle it. The keys and their order are the contract's (../shared/CONTRACT.md: the `type` values and
 * the `counts` object of `claimdiff reports --json`).
 */
export interface FindingTypeInfo {
  /** Precedence when a claim matches earlier claims in several ways: the highest wins (diff/index.ts). */
  rank: number;
  /** Place in every view, most important first: what changed before what merely repeats. */
  position: number;
  /** Heading and badge text. */
  label: string;
  /** Colour name in the terminal (ANSI). */
  terminal: 'red' | 'yellow' | 'magenta' | 'cyan' | 'green';
  /** Colour variable of the HTML page's CSS (render-html.ts). */
  css: 'red' | 'amber' | 'purple' | 'blue' | 'green';
  /** What a cell of the HTML source matrix shows where a source has the claim (null: the type has no matches). */
  cell: string | null;
  /** Tells a reader something changed or clashes: a wrong one misleads more than a miss (false alarms in eval). */
  alarm: boolean;
}

export const FINDING_TYPES = {
  new: { rank: 0, position: 3, label: 'New', terminal: 'cyan', css: 'blue', cell: null, alarm: false },
  corroborated: { rank: 1, position: 4, label: 'Corroborated', terminal: 'green', css: 'green', cell: '✓ same', alarm: false },
  updated: { rank: 3, position: 1, label: 'Updated', terminal: 'yellow', css: 'amber', cell: 'Δ differs', alarm: true },
  contradicted: { rank: 4, position: 0, label: 'Contradicted', terminal: 'red', css: 'red', cell: '✗ opposite', alarm: true },
  quote_altered: { rank: 2, position: 2, label: 'Quote altered', terminal: 'magenta', css: 'purple', cell: '≈ altered', alarm: true },
} as const satisfies Record<string, FindingTypeInfo>;

export type FindingType = keyof typeof FINDING_TYPES;

/** The types in the contract's order (new, corroborated, updated, contradicted, quote_altered). */
export const FINDING_TYPE_NAMES = Object.keys(FINDING_TYPES) as FindingType[];

/** The types in the views' order, most important first. */
export const FINDING_ORDER: FindingType[] = [...FINDING_TYPE_NAMES].sort((a, b) => FINDING_TYPES[a].position - FINDING_TYPES[b].position);

/** A table with one entry per finding type, built from the registry (so it cannot miss one). */
export function perFindingType<T>(value: (type: FindingType, info: FindingTypeInfo) => T): Record<FindingType, T> {
  return Object.fromEntries(FINDING_TYPE_NAMES.map((t) => [t, value(t, FINDING_TYPES[t])])) as Record<FindingType, T>;
}
