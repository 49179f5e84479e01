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
 * (Infinity: always; 0: never when it reads as a sentence). "Mr. X on Twitter described the call as productive."
 * mentions Twitter but is a sentence of the article; "Share on Twitter" is a widget.
 */
export interface FurniturePattern {
  pattern: RegExp;
  reason: string;
  proseMaxWords: number;
}
const f = (pattern: RegExp, reason: string, proseMaxWords: number): FurniturePattern => ({ pattern, reason, proseMaxWords });
export const FURNITURE: FurniturePattern[] = [
  f(/^\s*(advertisement|advertising|sponsored( content)?|ads?|promoted|paid (content|post)|partner content)\s*$/i, 'advertisement', Infinity),
  f(/\b(scroll (down )?to continue|continue reading( below| the main story)?|story continues below|article continues (below|after))\b/i, 'advertisement', 12),
  f(/^\s*(read more|read also|see also|also read|more from|related|related (articles?|stories|content|coverage|topics|news)|recommended( for you)?|you (may|might) also like|don'?t miss|most (read|popular|viewed)|trending( now)?|top stories|more stories|latest news|editor'?s picks?|further reading|what to read next|read next|up next|more on this (story|topic))\b\s*[:\-–—|]/i, 'related link', Infinity),
  f(/^\s*(read more|related|see also|recommended|more from .{1,30})\s*$/i, 'related link', Infinity),
  f(/\b(subscribe|subscription|sign up|sign in|log ?in|register now|newsletters?|in your inbox|unlock|paywall|free trial|already a (subscriber|member)|create (an|a free) account)\b/i, 'subscription prompt', 16),
  f(/\b(share (this|on|via|article|story)|tweet this|pin it|email this|copy link|print this( article)?|share$|shares?:)\b/i, 'share widget', 8),
  f(/^\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|pinterest|flipboard|messenger|copy( link)?)(\s*[|,•·/]?\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|pinterest|flipboard|messenger|copy( link)?))*\s*$/i, 'share widget', Infinity),
  f(/\b(cookies?|privacy (policy|settings|notice)|terms (of (use|service)|and conditions)|gdpr|do not sell my)\b/i, 'cookie/privacy notice', 30),
  f(/(©|\(c\) \d{4}|copyright|all rights reserved)/i, 'copyright', 25),
  f(/^\s*\d+\s*(comments?|replies|shares?)\s*$|\b(leave a (comment|reply)|post a comment|join the (conversation|discussion)|comments? (are|have been) closed|view comments|show comments|add (a|your) comment)\b/i, 'comments widget', 12),
  f(/\b(video (player|is loading|unavailable)|your browser does not support|enable javascript|javascript (is )?(disabled|required)|play video|watch video|click to play|autoplay|media playback is unsupported)\b/i, 'video player notice', 20),
  f(/^\s*(photo|image|picture|video|graphic|illustration|file photo|caption|credit|source|photograph)s?\s*(credit|by)?\s*[:|]/i, 'image caption/credit', Infinity),
  f(/\b(getty images|ap photo|afp via getty|\/ ?afp|\/ ?reuters|\/ ?ap\b|shutterstock|istock(photo)?|epa-efe|photograph: |image credit|photo credit|pictured:)/i, 'image caption/credit', 40),
  f(/^\s*(home|menu|search|close|skip to (main )?content|back to top|next( article)?|previous( article)?|prev|more|sections?|navigation|toggle navigation|open menu|main menu|all topics|topics|tags?:?.*)\s*$/i, 'navigation', Infinity),
  f(/\b(follow us|like us on|download (our|the) app|get the app|app store|google play)\b/i, 'social/app prompt', 14),
  f(/\b(click here|tap here|learn more|find out more|see more|show more|load more|view all|see all)\b/i, 'link prompt', 10),
  f(/^\s*(updated|published|posted|last (updated|modified)|first published)\b.{0,60}$/i, 'date line', Infinity),
  f(/^\s*<!|-->\s*$|–>\s*$|^\s*<\/?[a-z][^>]*>\s*$/i, 'markup remnant', Infinity),
  f(/…\s*$|\.\.\.\s*$/, 'teaser (truncated)', 25),
];

/** A line that opens the page's tail: everything after it (late in the page) is related links or comments. */
export const TAIL_MARKERS =
  /^\s*(related( articles| stories| content| coverage| news| posts)?|you (may|might) (also )?like|recommended( for you| stories| reading)?|more (stories|from|on this|in|news)\b.*|read (more|next)|comments?( \(\d+\))?|\d+ comments?|leave a (comment|reply)|most (read|popular|viewed)|trending( now| stories)?|popular (now|stories)|also on .{1,30}|around the web|from (our|the) partners|sponsored (stories|links)|what to read next|further reading|latest (news|stories)|top stories|editors'? picks?|more coverage)\s*[:\-–—]?\s*$/i;

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
