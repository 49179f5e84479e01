/**
 * How the text path holds when a page carries furniture the 50 benchmark pages do not: each of the 40 pages outside
 * the blind hold-out is cleaned again with invented furniture added (a thread of readers' comments after the page, a
 * column of other stories' headlines and blurbs, a cookie banner above it, the blank lines between blocks removed, a
 * box set between two paragraphs: other stories' headlines, a newsletter prompt, a caption, an ad and a video teaser),
 * and the benchmark F1 is printed per change with the pages that fell most. A rule that only fits the pages as they
 * are shows here as a fall; none of the added lines is in any ground truth, so each should cost nothing.
 *
 *   npx tsx scripts/eval-perturb.ts [../shared]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../shared/clean/index.ts';
import { aggregate, holdoutIds, type PageScore, pageScore } from './eval-cleaning.ts';

const COMMENTS = [
  'Comments',
  '12 comments',
  'Jane Roe',
  '3 hours ago',
  'I have lived by the harbour for thirty years and I have never seen the council move this slowly on anything that matters to us.',
  'Reply',
  'Tom Fisher',
  '2 hours ago',
  'The cost will go up, it always does, and in the end it is the people in the old town who will pay for it through their rates.',
  'Reply',
  'Mia Lund',
  '1 hour ago',
  'Does anyone know whether the road to the beach will reopen before the summer holidays start, because we have a booking there?',
  'Reply',
];
const TEASERS = [
  'More from News',
  'Ferry fares to rise again in spring',
  'The operator said on Tuesday that fares on the northern routes would rise by a tenth from April, the third rise in two years.',
  'New school opens in Brenna after long delay',
  'Pupils moved into the new building on Monday, a year later than planned, after a dispute between the builder and the council.',
  'Storm damage bill reaches record high',
  'Insurers said the winter storms had cost more than any season since records began, with most claims from the coastal towns.',
];
const COOKIE = [
  'We value your privacy',
  'We and our partners use cookies and similar technologies to store and access information on your device, to measure how you ' +
    'use our site and to show you relevant advertising and content.',
  'Accept all',
  'Manage preferences',
];
/** Boxes sites set between two paragraphs of the article. */
const INSIDE: Record<string, string[]> = {
  'related box inside': [
    'Related',
    'Ferry fares to rise again in spring',
    'New school opens in Brenna after long delay',
    'Storm damage bill reaches record high',
  ],
  'newsletter box inside': [
    'Sign up for our morning newsletter',
    'Get the top stories from the coast delivered to your inbox every morning before breakfast.',
    'Sign up',
  ],
  'caption and credit inside': [
    'Workers lower a concrete block into the water at the end of the pier in Solvik on Monday.',
    'Jane Doe / Harbour Agency',
  ],
  'ad and video teaser inside': ['Advertisement', 'WATCH: Crews lower the first block', 'Related video', 'Story continues below'],
};
/** Blocks as the benchmark's text prints them: one a line, a blank line between. */
const blocks = (lines: string[]) => lines.flatMap((line) => [line, '']);

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
/** `box` set before the line of the page that is the middle paragraph of the ground truth (pages with 3 or more). */
function inside(box: string[]): (lines: string[], truth: string) => string[] {
  return (lines, truth) => {
    const paragraphs = truth
      .split(/\n+/)
      .map(norm)
      .filter((p) => p.length > 80);
    const at = paragraphs.length >= 3 ? lines.findIndex((l) => norm(l) === paragraphs[Math.floor(paragraphs.length / 2)]) : -1;
    return at > 0 ? [...lines.slice(0, at), ...blocks(box), ...lines.slice(at)] : lines;
  };
}

const CHANGES: Record<string, (lines: string[], truth: string) => string[]> = {
  none: (lines) => lines,
  'comments after': (lines) => [...lines, '', ...blocks(COMMENTS)],
  'teasers after': (lines) => [...lines, '', ...blocks(TEASERS)],
  // The page's title is its first line in the benchmark's text: the banner goes under it.
  'cookie banner under the title': (lines) => [lines[0], '', ...blocks(COOKIE), ...lines.slice(1)],
  'no blank lines': (lines) => lines.filter((line) => line.trim()),
  ...Object.fromEntries(Object.entries(INSIDE).map(([name, box]) => [name, inside(box)])),
};

export async function evaluatePerturbed(shared: string): Promise<void> {
  const dir = join(shared, 'corpus/extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const all = Object.keys(truth).sort();
  const held = new Set(holdoutIds(all));
  const ids = all.filter((id) => !held.has(id));
  for (const [name, change] of Object.entries(CHANGES)) {
    const perPage: Record<string, PageScore> = {};
    for (const id of ids) {
      const lines = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8').split('\n');
      perPage[id] = pageScore(cleanText(change(lines, truth[id].articleBody).join('\n')).body, truth[id].articleBody);
    }
    const s = aggregate(perPage);
    const worst = Object.entries(perPage)
      .sort((a, b) => a[1].precision + a[1].recall - b[1].precision - b[1].recall)
      .slice(0, 3)
      .map(([id, p]) => `${id.slice(0, 8)} P ${p.precision.toFixed(2)} R ${p.recall.toFixed(2)}`);
    console.log(
      `${name.padEnd(30)} F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)}); worst: ${worst.join(', ')}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await evaluatePerturbed(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared');
}
