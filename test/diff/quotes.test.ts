/** Quotation severity: what an analyst calls a minor difference and what changes the remark (issue 15). */
import { describe, expect, it } from 'vitest';
import { diffWords, isMinor, quoteWords } from '../../shared/diff/quotes.ts';
import { spellingVariants } from '../../shared/lexicon/english.ts';

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
    expect(minor('The vote tells us what it does support', 'The vote told us nothing about what it does support')).toBe(false);
  });

  it('knows the spelling rules, and no more', () => {
    expect(spellingVariants('travelled', 'traveled')).toBe(true);
    expect(spellingVariants('catalogue', 'catalog')).toBe(true);
    expect(spellingVariants('analyse', 'analyze')).toBe(true);
    expect(spellingVariants('four', 'for')).toBe(false);
    expect(spellingVariants('tour', 'tor')).toBe(false);
  });
});
