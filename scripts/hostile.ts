/**
 * Uploads a careless or hostile uploader could send, each built to a requested size: the shapes that stalled the
 * pipeline (exponential and quadratic patterns, size without a bound on work, jsdom's slow collections). Used by the
 * property tests (small sizes) and by `npm run bench -- --hostile` (1 MiB and 10 MiB). All text is invented.
 */

export interface HostileShape {
  name: string;
  /** The upload's file name (its extension is the format hint). */
  file: string;
  /** An upload of about `bytes` characters; `seed` varies words and numbers. */
  build: (bytes: number, seed?: number) => string;
}

const WORDS = ['harbour', 'council', 'ferry', 'budget', 'bridge', 'storm', 'school', 'market', 'river', 'station', 'mayor', 'union'];
const word = (i: number) => WORDS[i % WORDS.length];
/**
 * Repeats `unit(i)` until the text reaches `bytes`. Joined in chunks: one array of ten million one-character parts
 * would itself take 400 MB, and the bench would measure its own input instead of the pipeline.
 */
function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const chunks = [head];
  let parts: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
    if (parts.length === 65_536) {
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  chunks.push(parts.join(''), tail);
  return chunks.join('');
}
const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Harbour ferries cancelled</title>${head}</head><body>${body}</body></html>`;
const ARTICLE =
  '<article><h1>Harbour ferries cancelled</h1><p>The port authority said on Monday that 14 ferries were cancelled ' +
  'after the storm damaged the northern breakwater.</p></article>';

export const HOSTILE_SHAPES: HostileShape[] = [
  // Exponential patterns: a share bar of alternating items and one more word; a byline with a run of month stamps.
  {
    name: 'share bar',
    file: 'share.txt',
    build: (n) => fill(n, (i) => `${'Facebook Twitter '.repeat(16 + (i % 8))}Instagram\n\nThe council met on Monday.\n\n`),
  },
  {
    name: 'byline stamps',
    file: 'byline.html',
    build: (n) =>
      page(
        fill(n - 200, (i) => `<p>Story ${i} of the ${word(i)}.</p>`, ARTICLE),
        `<meta name="author" content="Jane Doe ${'Nov. '.repeat(30)}x">`,
      ),
  },
  // Quadratic whole-page scans: runs of openers with no closer, an unclosed tag before the text, a run of "<".
  { name: 'comment openers', file: 'comments.html', build: (n) => page(fill(n - 200, () => '<!--', ARTICLE)) },
  { name: 'unclosed tag', file: 'unclosed.html', build: (n) => page(fill(n - 200, (i) => `${word(i)} `, `${ARTICLE}<a href="`)) },
  { name: 'run of <', file: 'lt.html', build: (n) => page(fill(n - 200, () => '<', ARTICLE)) },
  { name: 'style openers', file: 'style.html', build: (n) => page(fill(n - 200, () => '<style>', ARTICLE)) },
  { name: 'script openers', file: 'script.html', build: (n) => page(fill(n - 200, () => '<script>', ARTICLE)) },
  { name: 'unclosed tag names', file: 'tagnames.html', build: (n) => page(fill(n - 200, (i) => `<${word(i)}`, ARTICLE)) },
  // Size without a bound on work: a flat table, thousands of meta tags, deep nesting.
  {
    name: 'flat table',
    file: 'table.html',
    build: (n) =>
      page(fill(n - 200, (i) => `<tr><td>${word(i)}</td><td>${i}</td><td>${(i * 7) % 1000}</td></tr>`, `${ARTICLE}<table>`, '</table>')),
  },
  {
    name: 'meta tags',
    file: 'meta.html',
    build: (n) =>
      fill(
        n,
        (i) => `<meta name="m${i}" content="${word(i)}">`,
        '<!doctype html><html><head><title>Harbour ferries cancelled</title>',
        `</head><body>${ARTICLE}</body></html>`,
      ),
  },
  {
    name: 'deep nesting',
    file: 'deep.html',
    build: (n) => page(`${ARTICLE}${'<div>'.repeat(Math.floor((n - 200) / 11))}text${'</div>'.repeat(Math.floor((n - 200) / 11))}`),
  },
  // Text shapes: many short sentences with numbers, one paragraph repeated, one long line, repeated tokens.
  {
    name: 'numbered sentences',
    file: 'numbers.txt',
    build: (n, seed = 0) =>
      fill(
        n,
        (i) => `The ${word(i)} count rose to ${i + seed} on day ${i % 30}. ${i % 12 === 11 ? '\n\n' : ''}`,
        'Harbour counts rise\n\n',
      ),
  },
  {
    name: 'repeated paragraph',
    file: 'repeated.txt',
    build: (n) =>
      fill(
        n,
        () =>
          'The port authority said on Monday that 14 ferries were cancelled after the storm damaged the northern breakwater, ' +
          'and that repairs would cost $2.5 million.\n\n',
        'Harbour ferries cancelled\n\n',
      ),
  },
  { name: 'long line', file: 'longline.txt', build: (n) => fill(n, (i) => `the ${word(i)} said ${i} `, 'Harbour ferries cancelled\n\n') },
  { name: 'one long word', file: 'longword.txt', build: (n) => `Harbour ferries cancelled\n\n${'a'.repeat(Math.max(0, n - 30))}` },
  {
    name: 'repeated tokens',
    file: 'tokens.txt',
    build: (n) => fill(n, (i) => (i % 40 === 39 ? '.\n\n' : i % 2 ? 'Said ' : '12 '), 'Harbour ferries cancelled\n\n'),
  },
  {
    name: 'title-case words',
    file: 'titlecase.txt',
    build: (n) => fill(n, (i) => `${word(i)[0].toUpperCase()}${word(i).slice(1)}${i % 97} `, 'Harbour ferries cancelled\n\n'),
  },
  {
    name: 'control characters',
    file: 'controls.txt',
    build: (n) =>
      fill(
        n,
        (i) => `The toll rose to \u202e${i}\u202c on Monday \x1b]8;;https://x.example/\x07here\x1b]8;;\x07 \x1b[2J.\n\n`,
        'Harbour ferries cancelled\n\n',
      ),
  },
];
