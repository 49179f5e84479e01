/** Whitespace that is not one lone space: where `replace(/\s+/g, ' ')` changes a line (most lines have none). */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** Runs of whitespace as one space, without rebuilding a line already spaced so (a new string per space). */
export function singleSpaced(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
