/**
 * Control characters and bidirectional overrides in uploaded text. An article can carry terminal escape sequences
 * (clear the screen, OSC 8 hyperlinks that show one address and open another) and Unicode direction overrides:
 * "rose to \u202E81\u202C" displays as "rose to 18" and hides the figure from extraction. Both are removed before
 * cleaning reads the text, and again from every output, since reports also show names and text stored earlier.
 *
 * Kept: newline and tab. Carriage returns end lines (CRLF and CR become LF); vertical tab and form feed separate
 * lines in some exports and become newlines. Removed: escape sequences whole (CSI "ESC [ … final", OSC "ESC ] … BEL
 * or ESC \", and the other two-character ESC forms), every other C0 and C1 control and DEL, the embeddings and
 * overrides U+202A–U+202E and the isolates U+2066–U+2069. Each pattern here reads every character once.
 */

const CSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?/g;
const OSC = /(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
const OTHER_ESCAPE = /\x1b[@-Z\\-_]?/g;
const LINE_BREAKS = /\r\n?|[\x0b\x0c]/g;
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
/** Quick test: most text has none of these, and is returned as it is. */
const ANY = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** The text without control characters, escape sequences or direction overrides (newlines and tabs kept). */
export function stripControls(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(OSC, '').replace(CSI, '').replace(OTHER_ESCAPE, '').replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

/** For one-line outputs (a title, a name, a table cell): also no line breaks. */
export function stripControlsInline(text: string): string {
  return stripControls(text).replace(/[\n\t]/g, ' ');
}
