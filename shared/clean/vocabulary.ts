/**
 * Word lists the cleaner's heuristics use. They describe page furniture in general (any site's widgets), never the
 * phrasing of particular articles or sites.
 */

/** English function words: prose has many (≥ ~30% of tokens), menus, captions and teasers few. */
export const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves also said says after amid among since per via told according would
  its it's he's she's they're we're i'm don't didn't won't can't isn't wasn't aren't weren't has been had been`.split(/\s+/),
);

/**
 * Widget and furniture vocabulary, with the reason shown to the user in `removed`. A line matching one is
 * boilerplate when it does not read as prose, or when it reads as prose but is no longer than `proseMaxWords`
 * (Infinity: always; 0: never when it reads as a sentence). "Ms. Y on Twitter called the meeting useful."
 * mentions Twitter but is a sentence of the article; "Share on Twitter" is a widget.
 */
export interface FurniturePattern {
  /** The rule's name, as tests and the rule table refer to it. */
  name: string;
  /** An invented line the rule removes (each is checked by test/clean/rules.test.ts). */
  example: string;
  pattern: RegExp;
  reason: string;
  proseMaxWords: number;
  /** A word the line must contain (lower case) before the pattern is tried: a cheap test for a costly pattern. */
  needs?: string;
}
const f = (name: string, example: string, pattern: RegExp, reason: string, proseMaxWords: number, needs?: string): FurniturePattern => ({
  name,
  example,
  pattern,
  reason,
  proseMaxWords,
  needs,
});
/**
 * CREDIT_LINE_ALONE: a picture's credit on a line of its own, without "Photo:": a photographer's name, a slash or a bar,
 * the agency ("Jane Doe / Harbour Agency", "Jane Doe/Gazette/Getty Images", "(Jane Doe | Coast Press)"). A byline
 * opens with its cue ("By", "Por", "Von": "Por Juana Ejemplo | Madrid" is one); a breadcrumb has one word before its
 * slash ("News / World"); the caption above it goes with it (markCreditedCaptions). No sentence.
 */
const CREDIT_LINE = new RegExp(
  [
    String.raw`^\s*\(?(?!(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd][aei]|[Dd]oor|[Pp]rzez|[Vv]an|[Ff]rom) )`,
    String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} ?[/|] ?\p{Lu}[\p{L}&'’.-]*(?: [\p{L}&'’.-]+){0,4}`,
    String.raw`(?: ?\/ ?\p{Lu}[\p{L}&'’.-]*(?: [\p{L}&'’.-]+){0,3})?\)?\s*$`,
  ].join(''),
  'u',
);
export const FURNITURE: FurniturePattern[] = [
  // Ad labels as pages print them, in English and the other languages common in templates of English pages.
  f(
    'ad-label',
    'Advertisement',
    new RegExp(
      [
        String.raw`^\s*(advertisement|advertising|sponsored( content)?|ads?|promoted|paid (content|post)`,
        '|partner content|publicidade|publicidad|publicité|pubblicità|anzeige|werbung|reklama|annonse|annons',
        '|mainos|advertentie|annonce|iklan|реклама|reklam|reklame|publicitate|hirdetés|oglas',
        '|διαφήμιση|广告|廣告|広告|광고',
        String.raw`|quảng cáo|โฆษณา)\s*$`,
      ].join(''),
      'i',
    ),
    'advertisement',
    Infinity,
  ),
  f(
    'continue-below',
    'Story continues below',
    /\b(scroll (down )?to continue|continue reading( below| the main story)?|story continues below|article continues (below|after))\b/i,
    'advertisement',
    12,
  ),
  f(
    'related-link-lead',
    'Read more: Harbour repairs to start in May',
    new RegExp(
      [
        // An opening bracket may stand before the label: "[Related: …]" set between paragraphs.
        String.raw`^\s*[[(]?\s*(read more|read also|see also|also read|more|also|more from|related|related (articles?|stories`,
        "|content|coverage|topics|news)|recommended( for you)?|you (may|might) also like|don'?t miss",
        "|most (read|popular|viewed)|trending( now)?|top stories|more stories|latest news|editor'?s'? picks?",
        String.raw`|further reading|what to read next|read next|up next|more on this (story|topic))\b\s*[:\-–—|]`,
      ].join(''),
      'i',
    ),
    'related link',
    Infinity,
  ),
  f(
    'related-story-lead',
    'Related story: Ferry timetable changes in May',
    /^\s*related (story|link|video|reading|article|coverage)s? ?[:\-–—|]/i,
    'related link',
    Infinity,
  ),
  // A promotion of the site's other coverage: "Read our full flood coverage."
  f(
    'site-promo',
    'Read our full flood coverage.',
    /^\s*read (our|all our|more of our) [^.]{0,60}\b(coverage|news|research|reporting|stories|analysis)\.?\s*$/i,
    'related link',
    Infinity,
  ),
  f(
    'related-link-alone',
    'Read the rest »',
    new RegExp(
      [
        String.raw`^\s*(read more|related|see also|recommended|more from .{1,30}|read (the|full) (rest|story|article)`,
        String.raw`|full (story|article)|keep reading|continue reading|more »|read on)\s*[.:»›>…]*\s*$`,
      ].join(''),
      'i',
    ),
    'related link',
    Infinity,
  ),
  // Section headings of related media: "Videos", "Audio and video on the topic", "More photos on this story".
  f(
    'related-media-heading',
    'More videos on this story',
    new RegExp(
      [
        String.raw`^\s*(more )?(audios?|videos?|photos?|pictures|images|podcasts?|galleries)( (and|&) (audios?|videos?`,
        '|photos?|pictures|images|podcasts?))?( (on|about|related to|from) (the|this) (topic|story|subject',
        String.raw`|article))?\s*$`,
      ].join(''),
      'i',
    ),
    'related link',
    Infinity,
  ),
  f(
    'subscription-prompt',
    'Sign up for our morning newsletter',
    new RegExp(
      [
        String.raw`\b(subscribe|subscription|sign up|sign in|log ?in|register now|newsletters?|in your inbox|unlock`,
        String.raw`|paywall|free trial|already a (subscriber|member)|create (an|a free) account)\b`,
      ].join(''),
      'i',
    ),
    'subscription prompt',
    16,
  ),
  // What a sign-up form prints around its field: its hint, its error and its thanks, left in the page's text.
  f(
    'signup-form-message',
    'Please enter a valid email address.',
    new RegExp(
      [
        String.raw`^\s*(please )?(enter|provide) (a valid|your) e-?mail( address)?|^\s*(invalid|your) e-?mail( address)?[.!]?$`,
        String.raw`|^\s*thanks?( you)? for (signing up|subscribing|registering)|^\s*you('re| are)( now)? (signed up|subscribed)`,
        String.raw`|^\s*check your inbox\b`,
      ].join(''),
      'i',
    ),
    'subscription prompt',
    14,
  ),
  f(
    'subscription-social-proof',
    'Join 40,000 readers who get the briefing delivered to your inbox',
    new RegExp(
      [
        String.raw`\bjoin (thousands|millions|hundreds|\d[\d,.]*\w?)( of)? (other )?(people|readers|subscribers|members`,
        String.raw`|professionals|others)\b|\bdelivered (daily |weekly |straight |right |directly )?to your (inbox`,
        String.raw`|email)\b`,
      ].join(''),
      'i',
    ),
    'subscription prompt',
    25,
  ),
  f(
    'share-phrase',
    'Share this article',
    new RegExp(
      [
        String.raw`\b(share (this|on|via|article|story)|tweet this|pin it|email this|copy link|print this( article`,
        '| page)?|gift this article|save (this )?(article|story)|bookmark (this )?(article|story)|share$',
        String.raw`|shares?:)\b`,
      ].join(''),
      'i',
    ),
    'share widget',
    8,
  ),
  f(
    'share-buttons',
    'Facebook Twitter WhatsApp Email',
    new RegExp(
      [
        String.raw`^\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|print|pinterest|flipboard`,
        String.raw`|messenger|bluesky|threads|tumblr|mastodon|copy( link)?|share|tweet|save|gift|\d+\s+comments?`,
        String.raw`|comments?)((?:\s*[|,•·/]\s*|\s+)?(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail`,
        '|print|pinterest|flipboard|messenger|bluesky|threads|tumblr|mastodon|copy( link)?|share|tweet|save',
        String.raw`|gift|\d+\s+comments?|comments?))*\s*$`,
      ].join(''),
      'i',
    ),
    'share widget',
    Infinity,
  ),
  // Cookie and data notices: any length when the line opens with one.
  f(
    'cookie-banner',
    'This site uses cookies to improve your experience. Accept all',
    new RegExp(
      [
        String.raw`^\s*((this|our) (web)?site|we( and our partners)?`,
        String.raw`|[\p{L}][\p{L}\p{N}&.'’-]*( [\p{L}][\p{L}\p{N}&.'’-]*){0,3}) (uses?|is using|are using`,
        String.raw`|may use) cookies\b.*\b(accept|consent|agree|preferences|settings|policy|learn more|find out more`,
        '|more information|manage|improve|personali[sz]e|experience|analy[sz]e|read about|your data',
        String.raw`|the data)\b|\bby (clicking|continuing|using|browsing)\b[^.]{0,80}\b(agree`,
        String.raw`|consent)\b[^.]{0,40}\bcookies\b`,
      ].join(''),
      'iu',
    ),
    'cookie/privacy notice',
    Infinity,
    'cookie',
  ),
  f(
    'privacy-link',
    'Privacy policy',
    new RegExp(
      [
        String.raw`\b(cookies?|privacy (policy|settings|notice|statement)|terms (of (use|service)|and conditions)|gdpr`,
        '|do not sell my|(processing|protection) of (your )?personal data|your personal data',
        String.raw`|data protection (declaration|policy|notice))\b`,
      ].join(''),
      'i',
    ),
    'cookie/privacy notice',
    30,
  ),
  f('copyright', '© 2025 The Harbour Gazette. All rights reserved.', /(©|\(c\) \d{4}|copyright|all rights reserved)/i, 'copyright', 25),
  f(
    'comments-prompt',
    'Leave a comment',
    new RegExp(
      [
        String.raw`^\s*\d+\s*(comments?|replies|shares?)\s*$|\b(leave a (comment|reply)|post a comment`,
        '|join the (conversation|discussion)|comments? (are|have been) closed|view comments|show comments',
        String.raw`|add (a|your) comment|cancel reply)\b`,
      ].join(''),
      'i',
    ),
    'comments widget',
    12,
  ),
  // The link that opens the comments under the article, with their count: "View 12 comments", "Show all 3 replies".
  f(
    'comments-count-link',
    'View 12 comments',
    /^(?:view|show|see|read|load|open)(?: all)? \d{1,5} (?:comments?|replies|responses)$/i,
    'comments widget',
    Infinity,
  ),
  // Comment forms and policies: "Notify me of new replies", spam filtering of comments, community rules.
  f(
    'comments-policy',
    'Notify me of new replies by email',
    new RegExp(
      [
        String.raw`\b(notify|email|alert) me (of|when|about) (any )?(new |follow-?up )?(comments|replies|posts)\b`,
        String.raw`|\b(comments?|replies)\b[^.]{0,60}\b(spam|moderated|processed|reviewed before)\b`,
        String.raw`|\bspam\b[^.]{0,40}\bcomments?\b|\b(community|commenting|comment|discussion|forum) (guidelines|rules`,
        String.raw`|policy)\b`,
      ].join(''),
      'i',
    ),
    'comments widget',
    25,
  ),
  f(
    'form-field',
    'Required fields are marked *',
    /\b(this field (is|should)|required fields? (are|is) marked|fields marked with|should be left (unchanged|blank|empty))\b/i,
    'form',
    16,
  ),
  f(
    'video-notice',
    'Your browser does not support the video tag.',
    new RegExp(
      [
        String.raw`\b(video (player|is loading|unavailable)|your browser does not support|enable javascript`,
        '|javascript (is )?(disabled|required)|play video|watch video|click to play|autoplay',
        '|media playback is unsupported|(video|audio|media|this content) (can ?not|could not|cannot',
        String.raw`|can't) be (played|loaded|displayed)|listen to (this )?(article|story))\b`,
      ].join(''),
      'i',
    ),
    'video player notice',
    20,
  ),
  f(
    'media-duration',
    '02:45',
    new RegExp(
      [
        String.raw`^\s*((duration|length|running time|runtime)\s*:?\s*)?\d{1,2}:\d{2}(:\d{2})?\s*(min(utes?)?)?\s*$`,
        String.raw`|^\s*(listen|watch)\s*[·•|:-]?\s*\d+\s*(min(ute)?s?|sec(ond)?s?)\s*$`,
      ].join(''),
      'i',
    ),
    'video player notice',
    Infinity,
  ),
  // "Watch: Families flee …", "Listen: our podcast on …": a teaser for a video or audio item, not the article.
  f(
    'media-teaser',
    'Watch: Ferry crews rehearse a rescue',
    /^\s*(watch|listen|video|audio|podcast|gallery|in pictures|photos|slideshow)\s*[:|–—]\s*\S/i,
    'video/audio teaser',
    20,
  ),
  // A promo banner's or a video box's title on its own line: "Related video", "Latest podcasts", "Watch the full
  // video", "Listen now", "Listen · 5:32 min". The box's player or list is gone from the text; the title is no
  // subheading of the article (a subheading names what the section says, not a medium).
  f(
    'media-promo-label',
    'Related video',
    new RegExp(
      [
        `^(?:(?:related|more|latest|featured|top|recommended|trending|popular) (?:videos?|podcasts?|audio|clips?|video clips?)`,
        `|watch(?: the)?(?: full| latest)? (?:video|clip|report|interview)|(?:watch|listen) (?:now|here|live)`,
        String.raw`|(?:watch|listen) ?[·•|:-]? ?\d{1,2}:\d{2}(?::\d{2})?(?: ?min(?:utes?)?)?) ?[.:!›»]?$`,
      ].join(''),
      'i',
    ),
    'video/audio teaser',
    Infinity,
  ),
  // The heading of a summary box set above the article: "Key Points", "Key takeaways", "Story highlights", "At a
  // glance". Its points restate the article; benchmark ground truths leave the box out of the article's text, and
  // lines.ts (markSummaryBoxes) removes the points under a heading at the top with it. Not "Key facts" (a box of
  // figures the article may not repeat) nor "What you need to know" (an explainer's own subheading).
  f(
    'summary-box-heading',
    'Key takeaways',
    /^(?:key (?:points|takeaways|highlights)|(?:story |the )?highlights|at a glance|in brief|tl;? ?dr) ?:?$/i,
    'summary box',
    Infinity,
  ),
  // A slideshow's counter before its caption: "2 of 8. Ferry passengers wait on the quay" (also "2 de 8", "2 von 8",
  // "2 sur 8", "2 di 8", "2 van 8").
  f(
    'slideshow-caption',
    '2 of 8. Ferry passengers wait on the quay at Solvik',
    /^\s*\d{1,3}\s*(?:of|\/|de|von|sur|di|van)\s*\d{1,3}\s*[.:|–—-]\s*\S/i,
    'slideshow caption',
    Infinity,
  ),
  f(
    'credit-label',
    'Photo: Jane Doe',
    /^\s*(photo|image|picture|video|graphic|illustration|file photo|caption|credit|source|photograph)s?\s*(credit|by)?\s*[:|]/i,
    'image caption/credit',
    Infinity,
  ),
  f(
    'credit-by-line',
    'Photo by Jane Doe/Harbour Agency',
    /^\s*(photo(graph)?|image|picture)s? (by|courtesy of) \p{Lu}[^.!?]{0,60}$/iu,
    'image caption/credit',
    Infinity,
  ),
  f(
    'agency-credit',
    'Crews at the quay (AFP via Getty Images)',
    new RegExp(
      [
        String.raw`\b(getty images|ap photo|afp via getty|\/ ?afp|\/ ?reuters|\/ ?ap\b|shutterstock|istock(photo)?`,
        '|epa-efe|photograph: |image credit|photo credit|pictured:|purchase licen[cs]ing rights)',
      ].join(''),
      'i',
    ),
    'image caption/credit',
    40,
  ),
  // A caption ending with its credit: "… on Saturday. Photo: Jane Doe / The Gazette", "(Photo by Jane Doe/Agency)",
  // or glued to the sentence without a space: "… Jane Doe.Photo: Agency".
  f(
    'caption-with-credit',
    'Crews load the ferry on Saturday. Photo: Jane Doe / The Gazette',
    new RegExp(
      [
        String.raw`(^|[.!?)”"] ?|\s)(photo(graph)?|image|picture|illustration|video|credit|foto)s?( credit`,
        String.raw`| courtesy)?\s*:\s*[\p{Lu}\p{N}][^.!?:;]{1,70}$|\((photo|image|picture|illustration)s? (by|credit`,
        String.raw`|courtesy)\b[^)]{1,70}\)\s*$`,
      ].join(''),
      'iu',
    ),
    'image caption/credit',
    60,
  ),
  // A caption ending with a wire or photographer credit in slashes: "… March 8, 2025. REUTERS/Jane Doe",
  // "… on Monday. (Jane Doe/Harbour Gazette)", or with the agency alone: "… on Monday. AFP".
  f(
    'caption-slash-credit',
    'Crews load the ferry on Saturday. (Jane Doe/Harbour Gazette)',
    new RegExp(
      [
        String.raw`[.!?]["”’]?\s+\(?(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*\/\s*[\p{L}][\p{L}\s.'’&`,
        String.raw`-]{1,40}(?:\/\s*[\p{L}][\p{L}\s]{1,20})?\)?\s*$`,
        String.raw`|[.!?]["”’]?\s+\(?(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|Getty Images|Xinhua|Anadolu|dpa)\)?\s*$`,
      ].join(''),
      'u',
    ),
    'image caption/credit',
    40,
  ),
  // CREDIT_LINE_ALONE (CREDIT_LINE above): tried only on a line holding its separator, a slash or a bar.
  f('credit-line-alone', 'Jane Doe / Harbour Agency', CREDIT_LINE, 'image caption/credit', 0, '/'),
  f('credit-line-alone-bar', '(Jane Doe | Coast Press)', CREDIT_LINE, 'image caption/credit', 0, '|'),
  f(
    'navigation-word',
    'Skip to content',
    new RegExp(
      [
        String.raw`^\s*(home|menu|search|close|skip to (main )?content|back to top|next( article)?|previous( article)?`,
        '|prev|more|sections?|navigation|toggle navigation|open menu|main menu|all topics|topics',
        String.raw`|tags?:?.*)\s*$`,
      ].join(''),
      'i',
    ),
    'navigation',
    Infinity,
  ),
  f(
    'tags-line',
    'Tags: ferries, Solvik, weather',
    new RegExp(
      [
        String.raw`^\s*((related )?(tags|topics|subjects|keywords|categories)|filed under)\s*:\s*\S.{0,200}$`,
        String.raw`|^\s*(related (subjects|topics)|tags|keywords|filed under)\s+[^.]{1,200}[,|·•][^.]{0,200}$`,
      ].join(''),
      'i',
    ),
    'navigation',
    0,
  ),
  // Breadcrumbs: three or more short items between separators ("Home › World › Europe"; "|" also separates a title's parts).
  f(
    'breadcrumb',
    'Home › World › Europe',
    new RegExp(
      [
        String.raw`^\s*[^.!?›»>/\s](?:[^.!?›»>/]{0,28}[^.!?›»>/\s])?(\s+[›»>/]\s+[^.!?›»>/\s](?:[^.`,
        String.raw`!?›»>/]{0,28}[^.!?›»>/\s])?){2,}\s*$`,
      ].join(''),
      '',
    ),
    'navigation',
    Infinity,
  ),
  // A menu written as a row: four or more items of a few words between bars ("Home | News | Sport | Culture"), in any
  // language. A title's "Headline | Site" has one bar.
  f(
    'bar-menu',
    'Startseite | Politik | Sport | Kultur',
    // Items are the runs between bars (a class without the bar: one way to split a line, so linear).
    /^[^.!?|]{1,26}(?:\|[^.!?|]{1,26}){3,}$/,
    'navigation',
    Infinity,
  ),
  f(
    'app-prompt',
    'Download our app',
    /\b(follow us|like us on|download (our|the) app|get the app|app store|google play)\b/i,
    'social/app prompt',
    14,
  ),
  f(
    'follow-author',
    'Follow Jane Doe on Twitter',
    new RegExp(
      [
        String.raw`^\s*follow (me|him|her|them|@\S+|\p{Lu}\S*( \p{Lu}\S*){0,2}) on (twitter|x|facebook|instagram`,
        String.raw`|linkedin|bluesky|threads|mastodon|tiktok|youtube)\b`,
      ].join(''),
      'iu',
    ),
    'social/app prompt',
    14,
  ),
  // Appeals for money: "Support independent journalism", "Become a member".
  f(
    'donation-prompt',
    'Support independent journalism',
    new RegExp(
      [
        String.raw`\b(support (our|independent|quality|local|this) (journalism|reporting|newsroom|work)|donate (now`,
        String.raw`|today|here)|become a (member|supporter|patron|subscriber)|make a (donation|contribution))\b`,
      ].join(''),
      'i',
    ),
    'donation prompt',
    25,
  ),
  // An appeal addressed to the reader's money: "Your donation helps us keep reporters on the quay." Short lines only:
  // pages glue such an appeal to the article's first sentence ("…the difference.The council met…").
  f(
    'donation-appeal',
    'Your donation helps us keep reporters on the quay.',
    /\byour (support|donation|contribution|gift|generosity)s? (helps?|allows?|makes?|keeps?|enables?|means?|lets)\b/i,
    'donation prompt',
    12,
  ),
  // "This is an archived story; details in it may have changed since."
  f(
    'archive-notice',
    'This is an archived story; its figures may be out of date.',
    new RegExp(
      [
        String.raw`\b(this is an archived (article|story|page|report)|this (article|story|page) (is|has been`,
        '|was) archived|information in (this|the) (article|story) may (be|no longer be) (outdated|out of date',
        String.raw`|accurate))\b`,
      ].join(''),
      'i',
    ),
    'archive notice',
    40,
  ),
  f('advert-label', 'Adverts', /^\s*adverts?\s*$/i, 'advertisement', Infinity),
  // A gallery or player that needs scripts the saved page no longer runs: "This gallery requires JavaScript."
  f(
    'script-notice',
    'This gallery requires JavaScript.',
    /\b(requires|needs) javascript\b|\bjavascript (must|needs to) be (enabled|turned on)\b/i,
    'video player notice',
    20,
  ),
  // A CMS shortcode printed as text: "[button link="…"]Send us your photos[/button]".
  f(
    'shortcode-remnant',
    '[button link="/submit"]Send us your photos[/button]',
    /^\s*\[[a-z][\w-]*(?: [^\]]{0,300})?\]/i,
    'markup remnant',
    Infinity,
  ),
  f(
    'share-with-friend',
    'Enjoyed this? Share it with a friend!',
    /\bshare (it|this( story| article| page)?) with (a friend|friends|your friends)\b/i,
    'share widget',
    12,
  ),
  // "Also on example.org: Harbour reopens" — a link to another story of the site, named by its domain.
  f(
    'also-on-site',
    'Also on example.org Harbour reopens after the storm',
    /^\s*also on [a-z0-9-]+(\.[a-z0-9-]+)+\b/i,
    'related link',
    Infinity,
  ),
  f(
    'print-offer',
    'Get the magazine through your letterbox: 12 issues for £20.',
    /\b\d+ (issues|editions|months) for (just |only )?[£$€]\s?\d/i,
    'subscription prompt',
    30,
  ),
  f(
    'link-prompt',
    'Click here',
    /\b(click here|tap here|learn more|find out more|see more|show more|load more|view all|see all)\b/i,
    'link prompt',
    10,
  ),
  f('bare-link', 'Permalink: https://example.org/a/1', /^\s*(permalink|short ?link|link|url)\s*:?\s*https?:\/\/\S+\s*$/i, 'link', Infinity),
  f(
    'date-stamp',
    'Updated 3 March 2025, 06:40',
    /^\s*(updated|published|posted|last (updated|modified)|first published)\b.{0,60}$/i,
    'date line',
    Infinity,
  ),
  f('markup-remnant', '<div class="ad">', /^\s*<!|-->\s*$|–>\s*$|^\s*<\/?[a-z][^>]*>\s*$/i, 'markup remnant', Infinity),
  // Markup escaped twice by a CMS and printed as text: "&lt;span class=&quot;caret&quot;&gt;". A page shows a tag to
  // its reader as "<span>"; the entity itself on the page is debris of an editor.
  f(
    'escaped-markup',
    '&lt;span data-type="marker" style="display: none"&gt;&lt;/span&gt;',
    /&lt;\/?[a-z][a-z0-9-]{0,20}(?:\s|&gt;)/i,
    'markup remnant',
    Infinity,
    '&lt;',
  ),
  // Cut short, with or without the link that opens the rest: "… unveil the new model at... more".
  f(
    'truncated-teaser',
    'Ferry operators will unveil the new timetable at...',
    /(?:…|\.\.\.)\s*(?:(?:read |see |show )?more)?\s*$/i,
    'teaser (truncated)',
    25,
  ),
  // Notes about the article rather than its news: republishing terms, funding, wire credits, affiliate disclosures.
  f(
    'republishing-notice',
    'Republish this article under a Creative Commons licence',
    new RegExp(
      [
        String.raw`\b(republish (this|our)|reuse this (content|article|story)|reprints? (and|&) permissions`,
        '|(licen[cs]ed|published) under (a |the )?creative commons|creative commons (licen[cs]e',
        String.raw`|attribution))\b`,
      ].join(''),
      'i',
    ),
    'republishing notice',
    40,
  ),
  f(
    'funding-note',
    'This story was produced with support from the Harbour Foundation grant',
    new RegExp(
      [
        String.raw`^\s*(this|the) (article|story|report|reporting|piece|series|coverage|project|content|investigation`,
        String.raw`|newsletter)\b[^.]{0,60}\b(was|is|were|are) (produced|supported|funded|made possible|paid for`,
        String.raw`|written|published|reported|co-published|underwritten|part of)\b[^.]{0,60}\b(support|funding|grant`,
        String.raw`|partnership|collaboration|foundation|fellowship|sponsor\w*)\b|\b(maintains|retains|has) (full `,
        String.raw`|complete |sole )?editorial (independence|control)\b|\beditorially independent\b`,
      ].join(''),
      'i',
    ),
    'funding note',
    60,
  ),
  f(
    'wire-credit',
    '(Reporting by Jane Doe; editing by John Roe)',
    new RegExp(
      [
        String.raw`^\s*\(\s*(additional )?(reporting|writing|editing|compiled|research|translation`,
        String.raw`|graphics)( by)?\b[^)]*\)\s*$|^\s*(additional )?(reporting|writing|editing|compiled`,
        String.raw`|research) by\b[^.]{1,80}[;,]\s*(additional reporting|editing|writing|compiled|research|graphics)\b`,
        String.raw`|^\s*(additional reporting|editing|edited|compiled) by \p{Lu}[^.;]{1,60}$`,
      ].join(''),
      'iu',
    ),
    'wire credit',
    40,
  ),
  f('source-credit', 'Via: Harbour Gazette', /^\s*\(?\s*(via|source|h\/t|hat tip)\s*:?\s+[^.()]{1,60}\)?\s*$/i, 'source credit', Infinity),
  f(
    'affiliate-disclosure',
    'We may earn a commission when you buy through links on this page.',
    new RegExp(
      [
        String.raw`^\s*(disclosure|disclaimer|affiliate (disclosure|notice))\s*:|\breader-supported\b`,
        String.raw`|\baffiliate (links?|commissions?|programs?|advertising)\b|\baffiliate (and|or|and\/or) referral links?\b`,
        String.raw`|\b(when|if) you (buy|purchase|shop|click`,
        String.raw`|subscribe)\b[^.]{0,80}\b(commission|earn|compensat\w*)\b|\b(we|site|us)\b[^.]{0,30}\b(earn|receive`,
        String.raw`|get)s? (a |an )?(small )?(affiliate )?commission\b|\b(associates|affiliate) program\b`,
      ].join(''),
      'i',
    ),
    'affiliate disclosure',
    60,
  ),
  f(
    'correction-note',
    'Correction: An earlier version misstated the date.',
    new RegExp(
      [
        String.raw`^\s*(corrections?|clarifications?|editor'?s note)\s*:|\ban earlier version of this (article|story`,
        String.raw`|report|piece)\b|^\s*this (article|story|report|piece) (has been|was) updated\b`,
      ].join(''),
      'i',
    ),
    'correction note',
    60,
  ),
  f(
    'editorial-policy',
    'Our standards and the Gazette editorial code',
    /^\s*(our|editorial) (standards|principles|ethics( policy)?)\b/i,
    'editorial policy link',
    12,
  ),
  // The outlet's own accounts, named at length: "Follow the Gazette's travel desk on Facebook, Twitter and Instagram."
  f(
    'follow-outlet',
    'Follow the Coastal Times travel desk on Facebook, Twitter (@coastaltravel) and Instagram.',
    /^\s*follow (us|the|our)\b[^.!?]{0,80}\bon (twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon|tiktok|youtube)\b/i,
    'social/app prompt',
    25,
  ),
  // How to reach the author, set after the article: "Have a tip? Jane Doe may be reached at jdoe@example.org." An
  // address of the author or a call for tips; a sentence of the news names a phone number or a spokesperson instead.
  f(
    'contact-note',
    'Have a tip? Jane Doe may be reached at jdoe@example.org. Follow her on Twitter @janedoe.',
    new RegExp(
      [
        String.raw`^\s*(have|got) a (news )?tip\b|^\s*(send|email) (us )?(your )?(news )?tips\b`,
        String.raw`|\b(may|can) be (reached|contacted|emailed) (at|via|on) [\w.+-]+@[\w-]+(\.[\w-]+)+`,
      ].join(''),
      'i',
    ),
    'contact note',
    40,
  ),
  // House rules for readers' comments, printed above the comment box.
  f(
    'comment-guidelines',
    'As you comment, stay civil with other commenters and keep to the harbour.',
    new RegExp(
      [
        String.raw`\b(as you comment|other commenters|our goal with (article )?comments`,
        String.raw`|keep (the )?comments? (civil|respectful|on topic)|comments? (policy|guidelines))\b`,
      ].join(''),
      'i',
    ),
    'comments widget',
    60,
  ),
  // A label for one related item leading its headline: "Related post: Harbour walks for a rainy day".
  f(
    'related-label-lead',
    'Related post: Harbour walks for a rainy day',
    /^\s*related (posts?|reading|videos?|links?|items?|guides?|recipes?|podcasts?|galleries|gallery)\s*:/i,
    'related link',
    Infinity,
  ),
  // A newsletter call written as a sentence or two ("Stay ahead of the storms! Sign up for our harbour newsletters
  // here."): longer than the short prompts, and the newsletter named.
  f(
    'newsletter-call',
    'Stay ahead of the storms! Sign up for our free harbour newsletters here.',
    /\bsign up (for|to) (our|the)\b[^.!?]{0,40}\bnewsletters?\b/i,
    'subscription prompt',
    30,
  ),
  // The article's filing printed as a sentence: "This article is related to: Harbour and tagged ferries, Solvik".
  f(
    'filed-under-sentence',
    'This article is related to: Harbour and tagged ferries, Solvik',
    /^\s*this (article|story|post|entry) (is|was) (related to|filed under|tagged( with)?|posted in)\b/i,
    'navigation',
    Infinity,
  ),
  // A notice that the page was machine-translated, with its toggle: "Powered by automated translation", "Translated by
  // machine – show original". It names a widget of the page, not the story.
  f(
    'machine-translation-notice',
    'Powered by automated translation',
    new RegExp(
      String.raw`^\s*(?:powered by (?:automated|automatic|machine) translation|(?:automatically|machine)[ -]translated` +
        '|translated by (?:machine|ai)(?: [-–—|] ?(?:show|see|view) (?:the )?original)?' +
        String.raw`|(?:show|see|view) (?:the )?original(?: text)?)[\s.]*$`,
      'i',
    ),
    'navigation',
    Infinity,
  ),
  // How long the article takes to read: "5 min read", "Reading time: 4 minutes".
  f(
    'reading-time',
    'Reading time: 4 minutes',
    /^\s*(?:(?:estimated )?reading time ?:? ?(?:about )?\d{1,3} ?(?:min(?:ute)?s?|m)\.?|\d{1,3}[ -]?min(?:ute)?s?\.? read)\s*$/i,
    'reading time',
    Infinity,
  ),
  // A gallery's counter and labels: "Image 1 of 23", "Photo 3 / 8", "Caption".
  f(
    'gallery-counter',
    'Image 3 of 23',
    /^\s*(?:(?:(?:image|photo|picture|slide)s? ?)?\d{1,3} ?(?:of|\/) ?\/? ?\d{1,3}|(?:image |photo )?caption|(?:hide|show) captions?)\s*$/i,
    'gallery controls',
    Infinity,
  ),
  // The button under a comment box: "Post Comment (+)", "Submit a reply".
  f(
    'comment-button',
    'Post Comment (+)',
    /^\s*(?:post|submit|add|write|leave|send) (?:a |your )?(?:comment|reply)(?: ?(?:\(\+\)|\+))?\s*$/i,
    'comments widget',
    Infinity,
  ),
  // A caption's credit in square brackets, as some outlets set it: "… on the quay [Jane Doe/Agency]", "… the lander
  // [Harbour Lab via Agency]", "[Getty Images]". An article's brackets hold an editor's word ("[sic]", "[the board]").
  f(
    'bracketed-credit',
    'An artist’s impression of the new ferry terminal [Harbour Board via Agency]',
    new RegExp(
      [
        String.raw`\[(?:[^[\]/]{1,60} via [^[\]/]{1,60}|[^[\]/]{1,60}\/ ?[^[\]/]{1,60}|getty images|reuters|afp|ap|epa|anadolu`,
        String.raw`|file|handout|courtesy of [^[\]/]{1,40})\]$`,
      ].join(''),
      'i',
    ),
    'image caption/credit',
    60,
  ),
  // A caption that names where the picture comes from with "via": "The new keyboard seen from above via Harbour Labs"
  // (or a brand written "hLabs").
  // No sentence (proseMaxWords 0): a paragraph ends with its full stop.
  f(
    'via-credit',
    'The new ferry’s engine room via Harbour Labs',
    /\svia \p{Ll}?\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3}$/u,
    'image caption/credit',
    0,
    ' via ',
  ),
  // A video player's and a gallery's controls printed as text, each the whole line: "Skip advertisement", "Now playing",
  // "Up next", "Photo gallery".
  f(
    'player-control',
    'Skip advertisement',
    new RegExp(
      [
        String.raw`^\s*(?:skip (?:advertisement|ad)|now playing|up next|watch live|live now|replay|tap to unmute|photo gallery`,
        String.raw`|view (?:the )?gallery|play (?:the )?(?:video|audio))[.:!]?\s*$`,
      ].join(''),
      'i',
    ),
    'video player notice',
    Infinity,
  ),
  // Links of the site's own pages and tools, each the whole line: "Report an error", "Advertise with us", "Contact us",
  // "All times are GMT", "Comments (3)", "Table of contents".
  f(
    'site-link',
    'Report an error',
    new RegExp(
      [
        String.raw`^\s*(?:report (?:an error|a typo|a correction)|advertise with us|send us (?:your )?feedback|contact us`,
        String.raw`|register|all times are [a-z]{2,5}|read the full (?:story|article)|be the first to comment|comments? \(\d+\)`,
        String.raw`|get our (?:free )?app|table of contents|breaking news)[.:!]?\s*$`,
      ].join(''),
      'i',
    ),
    'navigation',
    Infinity,
  ),
  // "This article is more than 2 years old": the archive's notice of the article's age, above it.
  f(
    'archive-age',
    'This article is more than 3 years old',
    /^\s*this (?:article|story|piece|page) is (?:more|over) than \d{1,3} (?:years?|months?|days?) old\.?\s*$/i,
    'archive notice',
    Infinity,
  ),
  // A paywall's notice: "You have reached your limit of free articles.", "This story is for subscribers only."
  f(
    'paywall-notice',
    'You have reached your limit of free articles this month.',
    new RegExp(
      [
        String.raw`\b(?:reached (?:your|the) (?:limit|maximum) of free (?:articles|stories)|(?:read|used) (?:all )?(?:of )?your`,
        ' (?:last )?free (?:articles|stories)|free (?:articles|stories) (?:left|remaining)|(?:for|available to) subscribers only',
        String.raw`|subscriber[- ]only (?:content|article|story))\b`,
      ].join(''),
      'i',
    ),
    'subscription prompt',
    25,
  ),
  // An opinion piece's disclaimer: "The views expressed are the author's own."
  f(
    'views-disclaimer',
    'The views expressed in this column are the author’s own.',
    new RegExp(
      [
        String.raw`\b(?:views|opinions) expressed (?:in this (?:article|column|piece|post|commentary) )?(?:are|is) (?:those of the`,
        " (?:authors?|writers?)|the (?:authors?|writers?)['’]s? own|solely)|do not necessarily (?:reflect|represent) (?:the",
        ' )?(?:views|opinions|position)',
      ].join(''),
      'i',
    ),
    'disclaimer',
    40,
  ),
  // The site describing itself, as footers and "about" boxes do: "The Harbour Gazette is the leading source of news
  // and analysis for the coast." A superlative of standing, a word for an outlet, and what it offers: news,
  // information, analysis. A sentence of the news about a source of supply ("the largest source of imports") names
  // none of those.
  f(
    'site-self-description',
    'The Harbour Gazette is the leading source of news and analysis for the coast.',
    new RegExp(
      [
        String.raw`\b(?:is|are) (?:the|a|an) (?:[\w'’-]+ ){0,3}(?:leading|premier|trusted|go-to|number[- ]one|award[- ]winning`,
        String.raw`|largest|biggest|fastest[- ]growing|definitive) (?:[\w'’-]+ ){0,3}(?:source|destination|provider|publisher`,
        String.raw`|website|site|network|platform|outlet) (?:of|for) (?:[\w'’,-]+ ){0,5}(?:news|information|coverage|analysis`,
        String.raw`|insights?|reviews|journalism)\b`,
      ].join(''),
      'i',
    ),
    'about the site',
    45,
  ),
  // A call for readers' stories and tips: "Do you have a story? Contact our newsroom.", "We'd love to hear from you."
  f(
    'newsroom-call',
    'Do you have a story to tell? Contact our newsroom.',
    new RegExp(
      [
        String.raw`\b(?:do you have|got|have you got) a story(?: to tell| idea)?\?|\bwe(?:['’]d| would) love to hear from you\b`,
        String.raw`|\bcontact (?:our|the) newsroom\b|\bemail us at [\w.+-]+@`,
      ].join(''),
      'i',
    ),
    'contact note',
    30,
  ),
];

/** A line that opens the page's tail: everything after it (late in the page) is related links or comments. */
export const TAIL_MARKERS = new RegExp(
  [
    String.raw`^\s*(related( articles| stories| content| coverage| news| posts| reading| subjects| topics| tags)?`,
    '|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| reading',
    '| articles)?|suggested( for you| articles| reading| stories| posts)?',
    String.raw`|[\p{L}\p{N}]+( [\p{L}\p{N}]+)? recommends|more (stories|from|on this|in|news|to read|like this)\b.*`,
    // "More great Gazette stories": one or two words between "more" and "stories".
    String.raw`|more( [\p{L}\p{N}'’]+){1,2} stories`,
    String.raw`|read (more|next)|comments?( \(\d+\))?|\d+ comments?|discussion|join the (discussion|conversation)`,
    '|leave a (comment|reply)|most (read|popular|viewed|shared)|trending( now| stories)?|popular (now',
    '|stories|posts|articles)|(also|popular) on .{1,30}|around the web|from (our|the) partners|sponsored (stories',
    '|links|content)|promoted (stories|links|content)|what to read next|further reading|latest (news',
    "|stories|posts|articles)|top stories|editor'?s'? (picks?|choice)|more coverage|in case you missed it",
    '|explore more( on these topics)?|about the author|(audios?|videos?) (and|&) (audios?',
    String.raw`|videos?)( on the topic)?)\s*[:\-–—]?\s*$`,
  ].join(''),
  'iu',
);

/** English's heading of the box about the author (languages.ts: AuthorBox; the other languages' are in their tables). */
export const ENGLISH_AUTHOR_BOX = {
  headings: ['about the author', 'about the authors', 'about the writer', 'about the reporter'],
  beforeName: ['about'],
  example: 'About Jane Doe',
};

/** Month names with their numbers, from the one English lexicon. */
export { MONTH_NUMBERS as MONTHS } from '../lexicon/english.ts';

/**
 * Verbs of a scene, as photo captions use them in the present simple ("Villagers wade …", "A nurse treats …"): what
 * people and things visibly do. Not verbs of saying, of scheduling or of states ("say", "meet", "remain"), which the
 * news uses in the present too.
 */
export const CAPTION_VERBS =
  `carry look search walk stand wait gather sit queue inspect ride hold watch pass march protest attend speak talk
  pose arrive leave clear work play cross rest shelter react mourn pray celebrate cheer line fill sort collect receive remove
  take light lay place help check demonstrate wave chant hug embrace greet shake sweep clean evacuate rescue repair fly drive
  board wade flee view examine display survey patrol guard block burn rise lie kneel weep cry gesture address listen sign vote
  cast load unload push pull climb dig run stroll shop eat drink cook prepare paint build install tend feed distribute
  deliver sail swim paddle dance sing perform shout rally await crowd throng stack pile lift sift comb stare gaze peer smile
  laugh kiss salute bow clap applaud chat sleep huddle billow smoulder float drift hang cover surround engulf wear visit tour
  depart return serve treat bury wrap drag haul tow point wipe battle fight tackle spray douse hose cordon clash confront
  detain escort lead transport unveil plant decorate erect rebuild shovel mark bid comfort console jog cycle
  photograph film record kick train compete vaccinate mend fish harvest pick pack`
    .split(/\s+/)
    .filter(Boolean);
