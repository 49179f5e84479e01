/**
 * The cleaner's thresholds, named, in one table: the numbers its rules compare against, each with why it is where it
 * is. `TUNED` lists the few chosen by measurement, with the candidate values the k-fold evaluation
 * (scripts/eval-cleaning.ts) chooses among on training folds only; the others are set from what they describe
 * (a paragraph's length, a headline's) and are not fitted to the benchmark.
 */
export interface Thresholds {
  /** A paragraph of prose: at least this many words when it reads as a sentence… */
  goodSentenceWords: number;
  /** …or this many words without sentence punctuation (a long paragraph that ends with a quotation, a list item). */
  goodRunOnWords: number;
  /** Share of function words prose has at least (menus, captions and teasers have far fewer). */
  goodStopShare: number;
  /** A short line that may still be prose ("near"): a sentence of this many words… */
  nearSentenceWords: number;
  /** …or this many words with this share of function words. */
  nearRunOnWords: number;
  nearStopShare: number;

  /** Readability keeps its first candidate when it has this many characters (raised for pages with long paragraphs). */
  readabilityCharThreshold: number;
  /**
   * …raised to this share of the page's longest run of sibling paragraphs (a promo box passing a fixed threshold
   * must not win over an article ten times longer), up to `readabilityMaxCharThreshold` (a threshold above any one
   * article's length would make Readability relax its filters on every page).
   */
  readabilityDensestShare: number;
  readabilityMaxCharThreshold: number;
  /** Below this many characters Readability found no article, and the page's blocks are searched instead. */
  readabilityNoArticleChars: number;
  /** A structured articleBody longer than this, and this many times Readability's text, replaces it. */
  structuredMinChars: number;
  structuredOverReadability: number;
  /**
   * Readability's article is another story when under this share of its prose names the headline's words ("you may
   * like" stories printed in full outweighed the article)…
   */
  offTopicMaxShare: number;
  /** …and the text classifier's article of the whole page replaces it when this share of it does, with this many characters. */
  onTopicMinShare: number;
  onTopicMinChars: number;

  /** Readability's article of at least this many characters counts as an article found. */
  readabilityArticleMinChars: number;
  /**
   * When the cleaner keeps less than this share of the characters Readability found, its rules have removed the
   * article itself, and Readability's text (furniture still removed) is used instead. 0: only when nothing is kept.
   */
  readabilityFallbackShare: number;

  /** A gallery: at least this many lines that are a caption ending in a photo credit… */
  galleryMinCaptions: number;
  /** …making up at least this share of the lines of six words or more. */
  galleryCaptionShare: number;

  /** HTML: a block is a link when this share of its characters (spaces aside) is the text of links. */
  linkBlockShare: number;
  /**
   * HTML: this many blocks in a row that are each a link of a few words (at most `linkListMaxWords`) are a list of
   * other pages ("related stories", "more on this topic"), not the article: an article's paragraphs hold links in
   * their prose, not as the whole paragraph, and two in a row is already a list.
   */
  linkListMinBlocks: number;
  linkListMaxWords: number;
  /**
   * HTML: one such link of at least this many words (and no sentence) alone between two paragraphs is another story's
   * headline; shorter, it may be a name or a term the article links.
   */
  loneLinkMinWords: number;

  /**
   * Readers' comments: this many posts, each headed by a name and a date line, after this many characters of the
   * article's prose (an article's own date line stands above its first paragraphs).
   */
  commentThreadMinPosts: number;
  commentThreadAfterChars: number;
  /** …each date line within this many lines of the next (a post: a name or headline, a date, a paragraph or two). */
  feedMaxGap: number;

  /**
   * Text: an article's list after a paragraph ending in a colon is kept up to this many short lines (an ingredient
   * list, the points of a resolution); a longer run of short lines is the page's, whatever stands above it.
   */
  introducedListMaxLines: number;
  /** Text: a heading of at most this many words under a paragraph may head the article's list (headed list). */
  listHeadingMaxWords: number;
  /**
   * Text: a counted list (items numbered 1, 2, 3, … after a line of the article ending in a colon) has at least this
   * many items: a ranking or a table of results, not two numbered lines that happen to follow each other…
   */
  countedListMinItems: number;
  /** …each item at most this many lines after the one before (a link or a note printed under an item). */
  countedListMaxGap: number;
  /** Text: an interview: this many lines labelled "Q:" / "A:" or more (its short answers are kept with its long ones). */
  interviewMinLabelled: number;
  /** Text: this many headline-shaped lines in a row (each at most this many words) are a list of other stories. */
  headlineStackMinLines: number;
  headlineStackMaxWords: number;
  /**
   * Text: a box of other stories set between two paragraphs holds at most this many headlines (sites print three to
   * six); a longer run of short lines is a list or a stack, left to the rules for those.
   */
  relatedBoxMaxLines: number;
  /** …without a label above it, at least this many headlines, each of at least `loneLinkMinWords` words. */
  relatedBoxUnlabelledMinLines: number;

  /**
   * English prose has at least this share of English function words (it has 30–50%); below it, a page whose own
   * language's function words are frequent (languages.ts) is read as that language.
   */
  englishMinStopShare: number;
  /** The page's language is judged only from this many words or more (fewer say nothing about it)… */
  languageMinTokens: number;
  /** …and under this share of English function words the text is another language (claims are read in English only). */
  notEnglishMaxStopShare: number;
  /** A sentence of at least this many words counts towards the language of the page's prose (prose by majority). */
  languageLineMinWords: number;

  /** A line of at most this many words may be a byline ("By Jane Doe and John Roe, Reuters | March 3, 2025")… */
  bylineMaxWords: number;
  /** …unless it reads as a sentence of more than this many words ("By noon the ferry had left the quay."). */
  bylineSentenceMaxWords: number;

  /** A line reads as a sentence with this many words or more, sentence punctuation and this share of function words. */
  sentenceMinWords: number;
  sentenceMinStopShare: number;
  /**
   * Not English: the share of function words every line is given, so that length and punctuation decide (a prose-like
   * share: above `goodStopShare`, as English prose has).
   */
  neutralStopShare: number;

  /**
   * A "related / comments" heading ends the article once this share of its prose stands above it (text path; the
   * HTML path's article is Readability's, whose related lists come last, so more of it must stand above)…
   */
  tailAfterShareText: number;
  tailAfterShareHtml: number;
  /**
   * …or, earlier, when what follows is another story: after this many characters of prose, and what follows shares
   * at most this share of its content words with the prose above (a continuation of the same article shares a tenth
   * to a third; another story a few per cent).
   */
  tailMinChars: number;
  otherStoryMaxSharedWords: number;

  /** A pull quote: a quoted sentence of this many words or more (and at most this many) repeating the article. */
  pullQuoteMinWords: number;
  pullQuoteMaxWords: number;
  /**
   * A paragraph of this many words or more printed again within this many lines (a video's description above and below
   * its player) is kept once; farther apart, a repeat is the article's own (a refrain).
   */
  repeatedParagraphMinWords: number;
  repeatedParagraphWithinLines: number;
  /**
   * A caption: a line of at most this many words above its photographer's credit ("Jane Doe/Agency") is the picture's
   * caption; a longer one is a paragraph of the article the picture follows (captions run to two sentences at most).
   */
  creditedCaptionMaxWords: number;
  /** A line of at most this many words printed twice in a row is a picture's description and caption; longer, a paragraph. */
  doubledCaptionMaxWords: number;
  /** An appeal box: at most this many paragraphs between its heading and its closing call (both donation prompts). */
  appealBoxMaxLines: number;
  /**
   * A summary box ("Key Points" over a few bullets): at most this many points (boxes print three to five), each at most
   * this many words (one sentence; the article's first paragraph may be as short, so the count bounds the box)…
   */
  summaryBoxMaxPoints: number;
  summaryPointMaxWords: number;
  /** …and the box stands at the top: the article's prose above it is at most this share of the prose below it. */
  summaryBoxMaxShareAbove: number;
  /**
   * A line without a finite verb just after a picture or beside its credit is its caption up to this many words (a
   * caption's noun phrase runs to two lines; a longer line without a verb is a list or a table row).
   */
  verblessCaptionMaxWords: number;
}

export const THRESHOLDS: Readonly<Thresholds> = {
  goodSentenceWords: 10,
  goodRunOnWords: 25,
  goodStopShare: 0.2,
  nearSentenceWords: 6,
  nearRunOnWords: 15,
  nearStopShare: 0.12,
  readabilityCharThreshold: 300,
  readabilityDensestShare: 0.5,
  readabilityMaxCharThreshold: 2500,
  readabilityNoArticleChars: 200,
  structuredMinChars: 400,
  structuredOverReadability: 1.6,
  offTopicMaxShare: 0.1,
  onTopicMinShare: 0.5,
  onTopicMinChars: 300,
  readabilityArticleMinChars: 100,
  readabilityFallbackShare: 0.2,
  galleryMinCaptions: 3,
  galleryCaptionShare: 0.5,
  linkBlockShare: 0.9,
  linkListMinBlocks: 2,
  linkListMaxWords: 25,
  loneLinkMinWords: 4,
  commentThreadMinPosts: 3,
  commentThreadAfterChars: 300,
  feedMaxGap: 8,
  introducedListMaxLines: 20,
  listHeadingMaxWords: 8,
  interviewMinLabelled: 4,
  countedListMinItems: 5,
  countedListMaxGap: 2,
  headlineStackMinLines: 4,
  headlineStackMaxWords: 20,
  relatedBoxMaxLines: 8,
  relatedBoxUnlabelledMinLines: 2,
  englishMinStopShare: 0.15,
  languageMinTokens: 40,
  notEnglishMaxStopShare: 0.08,
  languageLineMinWords: 10,
  bylineMaxWords: 16,
  bylineSentenceMaxWords: 8,
  sentenceMinWords: 6,
  sentenceMinStopShare: 0.15,
  neutralStopShare: 0.3,
  tailAfterShareText: 0.5,
  tailAfterShareHtml: 0.6,
  tailMinChars: 400,
  otherStoryMaxSharedWords: 0.08,
  pullQuoteMinWords: 8,
  pullQuoteMaxWords: 40,
  repeatedParagraphMinWords: 8,
  repeatedParagraphWithinLines: 3,
  appealBoxMaxLines: 4,
  summaryBoxMaxPoints: 5,
  summaryPointMaxWords: 40,
  summaryBoxMaxShareAbove: 0.2,
  verblessCaptionMaxWords: 25,
  creditedCaptionMaxWords: 50,
  doubledCaptionMaxWords: 30,
};

/**
 * Candidate values of the thresholds tuned by measurement, per path (the k-fold evaluation picks among them on the
 * training folds). The text path has none: its thresholds describe lines (a paragraph's length, its share of
 * function words), and its k-fold figure measures how much the F1 varies between folds of pages.
 */
export const TUNED: Record<'html' | 'text', { readonly [K in keyof Thresholds]?: readonly number[] }> = {
  html: { readabilityFallbackShare: [0, 0.2, 0.35, 0.5] },
  text: {},
};

/** The table with some values replaced (the evaluation's candidates). */
export function thresholds(overrides?: Partial<Thresholds>): Readonly<Thresholds> {
  return overrides ? { ...THRESHOLDS, ...overrides } : THRESHOLDS;
}
