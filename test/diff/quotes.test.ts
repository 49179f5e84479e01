/** Quotation severity: what an analyst calls a minor difference and what changes the remark (issue 15). */
import { describe, expect, it } from 'vitest';
import { diffWords, isMinor, quoteWords, unchanged } from '../../shared/diff/quotes.ts';
import { spellingVariants } from '../../shared/lexicon/english.ts';
import { extractClaims } from '../../shared/claims/index.ts';
import { diffClaims } from '../../shared/diff/index.ts';

const minor = (a: string, b: string) => isMinor(diffWords(quoteWords(a), quoteWords(b)));

describe('quotation severity', () => {
  it('calls a contraction that changes nothing minor ("I just" / "I\'ve just")', () => {
    expect(minor('I just told the board the plan', 'I’ve just told the board the plan')).toBe(true);
    expect(minor('We will rebuild the bridge', 'We’ll rebuild the bridge')).toBe(true);
  });

  it('keeps a negating contraction substantive', () => {
    expect(minor('We did rebuild the bridge', 'We didn’t rebuild the bridge')).toBe(false);
  });

  it('calls British against American spelling minor', () => {
    expect(minor('The colour of the water worried the harbour crews', 'The color of the water worried the harbor crews')).toBe(true);
    expect(minor('We must organise the defence of the centre', 'We must organize the defense of the center')).toBe(true);
  });

  it('calls an added content word substantive, even a day word', () => {
    expect(minor('Maybe we did not just sail once', 'Maybe today we did not just sail once')).toBe(false);
    expect(minor('The plan tells us what the board does want', 'The plan told us nothing about what the board does want')).toBe(false);
  });

  it('knows the spelling rules, and no more', () => {
    expect(spellingVariants('travelled', 'traveled')).toBe(true);
    expect(spellingVariants('catalogue', 'catalog')).toBe(true);
    expect(spellingVariants('analyse', 'analyze')).toBe(true);
    expect(spellingVariants('four', 'for')).toBe(false);
    expect(spellingVariants('tour', 'tor')).toBe(false);
  });
});

describe('excerpts of a quotation', () => {
  const diff = (a: string, b: string) => diffWords(quoteWords(a), quoteWords(b));
  it('reads a phrase picked out of a longer remark as unchanged, at either end', () => {
    const d = diff('We will rebuild the pier before the winter storms arrive', 'rebuild the pier');
    expect(unchanged(d)).toBe(true);
    expect(d.beyondExcerpt).toEqual(['we', 'will', 'before', 'the', 'winter', 'storms', 'arrive']);
    expect(unchanged(diff('a costly mistake', 'This was a costly mistake for the town'))).toBe(true);
  });

  it('still reads a quoted sentence that runs on or stops early as altered', () => {
    const d = diff('What we know is the ferry docked', 'What we know is the ferry docked, it docked at the pier at noon');
    expect(d.inserted).toEqual(['it', 'docked', 'at', 'the', 'pier', 'at', 'noon']);
    expect(isMinor(d)).toBe(false);
  });

  it('still reports a change inside a phrase, and a phrase that leaves out a negation', () => {
    expect(unchanged(diff('The vote did not tell us much', 'did tell us much'))).toBe(false);
    expect(unchanged(diff('We do not see a reality in the report', 'see a reality'))).toBe(false);
    // Different words at the same edge are a replacement, not an excerpt.
    expect(unchanged(diff('Crews will rebuild the pier', 'Engineers rebuild the pier'))).toBe(false);
  });
});

describe('a remark translated by another outlet (issue 15)', () => {
  const said = (text: string, seq: number) => {
    const c = extractClaims(text).claims[0];
    return { ...c, speaker: 'Ivo Marsh', id: `d${seq}-c1`, docId: `d${seq}`, sourceKey: `incoming/q/${seq}.txt`, seq };
  };
  it("reads the same speaker's content words in another order as one remark, altered", () => {
    const earlier = said(
      '"We wish to underline that we hold no record of the permit issued under the name of a farmer," Ivo Marsh said.',
      1,
    );
    const later = said(
      '"We wish to insist, this permit for a farmer whose name went round, we never held any record of it," Ivo Marsh said.',
      2,
    );
    expect(diffClaims([later], [earlier])[0].type).toBe('quote_altered');
  });
  it('keeps two remarks of one speaker apart when they share only a few words', () => {
    const earlier = said('"We wish to underline that the permit was issued under the proper rules," Ivo Marsh said.', 1);
    const later = said('"We wish to thank the farmers for their patience during the long winter," Ivo Marsh said.', 2);
    expect(diffClaims([later], [earlier])[0].type).toBe('new');
  });
});

describe('one vow quoted in other words (QUOTE_SAME_VOW)', () => {
  const said = (text: string, seq: number) => {
    const c = extractClaims(text).claims[0];
    return { ...c, id: `d${seq}-c1`, docId: `d${seq}`, sourceKey: `incoming/v/${seq}.txt`, seq };
  };
  it("pairs a speaker's short vow with a longer rendition that keeps all its content words", () => {
    const earlier = said('"We will restore it together," Ines Carvalho said on Monday.', 1);
    const later = said("Ines Carvalho said: 'We'll restore this lighthouse all together, and it is part of who we are as a town.'", 2);
    expect(later.speaker).toBe('Ines Carvalho');
    const [f] = diffClaims([later], [earlier]);
    expect(f.type).toBe('quote_altered');
    expect(f.severity).toBe('substantive');
  });
  it('leaves alone a remark that keeps only some of them, and the same words from another speaker', () => {
    const earlier = said('"We will restore the lighthouse together," Ines Carvalho said on Monday.', 1);
    const other = said('"Our first task is to restore the harbour wall before winter," Ines Carvalho said on Tuesday.', 2);
    expect(diffClaims([other], [earlier])[0].type).not.toBe('quote_altered');
    const someoneElse = said('"We will restore this lighthouse all together, whatever it costs," Tomas Reyes said.', 3);
    expect(diffClaims([someoneElse], [earlier])[0].type).toBe('new');
  });
});
