/**
 * The work budget of one upload. Uploads are untrusted: whatever their size or shape, prepare must finish inside its
 * Lambda (60 s, 1024 MB) and diff inside its own (300 s, 1024 MB). Each bound below caps one step's input, so the
 * step's time and memory are bounded whatever the upload; past a bound the upload is rejected (with the reason) or
 * the excess is dropped and listed in the report's `removed` with the reason "over the work budget: …" — never a
 * timeout. The figures come from the hostile bench (`npm run bench -- --hostile`, scripts/hostile.ts) on a loaded
 * 2-core machine, with a margin of at least 3× to the function's limits.
 */
export const LIMITS = {
  /**
   * Upload size, checked before reading (pipeline/input.ts MAX_UPLOAD_BYTES): a 10 MiB text decodes to ~20 MB of
   * JavaScript string and is cleaned in one pass; larger files are not articles.
   */
  uploadBytes: 10 * 1024 * 1024,
  /**
   * HTML parsed by jsdom. jsdom keeps ~100 bytes per node and Readability walks the tree several times: a 2.9 MB flat
   * table took 1.3 GB. Larger pages are read as text with tags stripped (one linear pass, clean/markup.ts).
   */
  htmlParseChars: 3 * 1024 * 1024,
  /**
   * Characters given to jsdom once scripts, styles, SVG and comments are gone. jsdom and Readability cost per
   * character as well as per element: a 1 MiB page of one text run of "<" took 35 s of prepare on a loaded machine,
   * a 1 MiB byline of month stamps 14 s. Among the evaluation's 73 HTML pages the most left is 203,115 characters;
   * past 3× that the page is read as text.
   */
  htmlSourceChars: 600_000,
  /** jsdom's parser slows down quadratically on pages nested thousands deep (100,000 nested elements: a minute). */
  htmlParseDepth: 1000,
  /**
   * Elements given to jsdom and Readability (opening tags once scripts, styles, SVG and comments are gone). Their
   * passes over the tree cost ~1 ms per element on a loaded machine (a 300 KB flat table of 28,000 cells: 47 s and
   * 535 MB); news pages have under 2,000 (1,603 the most among the evaluation's 75 pages). Past the bound the page
   * is read as text with its tags stripped, in one linear pass.
   */
  htmlParseElements: 6_000,
  /**
   * Text read by the line classifier (a text upload, or a page read as text): ten times the cleaned-text bound.
   * The classifier keeps a record per line; a 10 MiB page of 300,000 table rows took 21 s of prepare and 411 MB
   * on a loaded machine. Text past the bound (cut at a line's end) is not read, and listed.
   */
  cleanerChars: 2_000_000,
  /**
   * Cleaned text given to claim extraction: ~35,000 words, five times the longest long-read. Claim extraction reads
   * about 100,000 characters a second on a loaded machine, so this is ≤ 2 s of prepare's 60 s.
   */
  cleanedTextChars: 200_000,
  /**
   * Characters of one block (a line of text, a paragraph of HTML) read as a possible paragraph; the longest in the
   * extraction benchmark is under 4,000. A longer block (a 1 MB line) is a data dump: it is removed whole with the
   * reason "block too long to be a paragraph", before anything reads it word by word.
   */
  blockChars: 50_000,
  /**
   * Claims of one document. The diff stage compares each claim with the corpus's candidates (~0.5 ms a claim) and
   * stores each in the corpus state and the report (~1 KB each): 1,500 claims are ≤ 1 s of diff and ~2 MB of report,
   * against 50,003 claims, 22.8 s and 627 MB before the bound.
   */
  claimsPerDocument: 1_500,
  /**
   * Characters of a sentence read for claims. The longest sentence among the 171 pages of the evaluation corpora has
   * 997; figure extraction grows faster than a sentence's length (a 67,000-character sentence of 3,800 figures: 1 s;
   * 200,000 characters: 9 s), so a sentence over 3× the longest is not read, and no claim text exceeds the bound.
   */
  sentenceChars: 3_000,
  /** Figures kept per claim: the evaluation corpora's most is 4; each is stored and compared with the corpus's. */
  figuresPerSentence: 24,
  /**
   * Removed lines listed per document, and the characters kept of each. The removed list goes into the prepared
   * document, the corpus's line statistics and every rendering of the report: a 10 MiB page of 300,000 short blocks
   * listed each one (8 MB of removed text, a 21 MB report, 22 s of diff and 677 MB resident for one claim). News pages
   * remove at most a few hundred lines; past the bound the rest are counted by reason in one entry each.
   */
  removedLines: 2_000,
  removedLineChars: 1_000,
  /**
   * Earlier claims quoted in one report's findings (`matches`, `firstSeen`). A finding names every earlier claim it
   * was compared with (up to 48), each with its text and figures, so without a bound a report grows with claims ×
   * matches × claim length: 1,500 claims matching 48 long claims each would be ~200 MB. The evaluation's reports
   * quote at most 26 matches and 4,437 characters; past 100× that, a finding lists its first match only and quoted
   * texts are cut to `reportQuotedClaimChars`, counted in `removed`.
   */
  reportMatches: 3_000,
  reportMatchChars: 500_000,
  reportQuotedClaimChars: 200,
} as const;

/** The reason recorded in `removed` for what a bound cut off. */
export const overBudget = (what: string) => `over the work budget: ${what} (limits.ts)`;

/**
 * The removed list within the work budget: the first `removedLines` entries, each cut to `removedLineChars`
 * characters, then one entry per reason counting what was not listed. Returned as it is when within the bound.
 */
export function boundRemoved<R extends { text: string; reason: string }>(removed: R[]): Array<R | { text: string; reason: string }> {
  const long = (r: R) => r.text.length > LIMITS.removedLineChars;
  if (removed.length <= LIMITS.removedLines && !removed.some(long)) return removed;
  const listed = removed
    .slice(0, LIMITS.removedLines)
    .map((r) =>
      long(r) ? { ...r, text: `${r.text.slice(0, LIMITS.removedLineChars)}… (${r.text.length.toLocaleString('en-US')} characters)` } : r,
    );
  const unlisted = new Map<string, { lines: number; chars: number }>();
  for (let i = LIMITS.removedLines; i < removed.length; i++) {
    const count = unlisted.get(removed[i].reason) ?? { lines: 0, chars: 0 };
    count.lines++;
    count.chars += removed[i].text.length;
    unlisted.set(removed[i].reason, count);
  }
  // Reasons are few (the cleaner's rule names), but one that embeds a count ("recurs in 4 documents") varies: the
  // most frequent 20 are named, the rest counted together.
  const byCount = [...unlisted].sort((a, b) => b[1].lines - a[1].lines);
  const rest = byCount
    .slice(20)
    .reduce((sum, [, c]) => ({ lines: sum.lines + c.lines, chars: sum.chars + c.chars }), { lines: 0, chars: 0 });
  const named: Array<[string, { lines: number; chars: number }]> = [
    ...byCount.slice(0, 20),
    ...(rest.lines ? [['other reasons', rest] as [string, typeof rest]] : []),
  ];
  const summaries = named.map(([reason, { lines, chars }]) => ({
    text:
      `${lines.toLocaleString('en-US')} more line${lines === 1 ? '' : 's'} (${chars.toLocaleString('en-US')} characters) ` +
      `removed as ${reason === 'other reasons' ? reason : `"${reason}"`}`,
    reason: overBudget('removed lines listed'),
  }));
  return [...listed, ...summaries];
}
