/** Terminal views: a compact report summary, the reports table, ingest lines and a progress bar. */
import { perFindingType } from '../finding-types.ts';
import type { FindingType, Report, ReportListEntry } from '../types.ts';
import { stripControls } from '../clean/controls.ts';
import { countFindings, FINDING_ORDER, LABEL, ordered, sourceName } from './view/common.ts';

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
type Colour = keyof typeof CODES;
const TYPE_COLOUR: Record<FindingType, Colour> = perFindingType((_, info) => info.terminal);

function painter(color: boolean) {
  return (c: Colour, text: string) => (color ? `\x1b[${CODES[c]}m${text}\x1b[0m` : text);
}

/** Control characters from article text could move the cursor, recolour the terminal or reverse a figure: removed. */
const safe = (text: string): string => stripControls(text);

function clip(text: string, width: number): string {
  const t = safe(text).replace(/\s+/g, ' ').trim();
  return t.length > width ? `${t.slice(0, Math.max(1, width - 1))}…` : t;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function renderTerminal(report: Report, opts: { color: boolean; width?: number }): string {
  // No width (output piped to a file or another program): nothing is cut, since nothing there wraps it.
  const width = opts.width === undefined ? Infinity : Math.max(40, opts.width);
  const paint = painter(opts.color);
  const d = report.document;
  const counts = countFindings(report.findings);
  const out: string[] = [];
  out.push(paint('bold', clip(d.title ?? d.name ?? sourceName(d.sourceKey), width)));
  out.push(
    paint('dim', clip([sourceName(d.sourceKey), d.byline, d.published, d.seq ? `#${d.seq}` : null].filter(Boolean).join(' · '), width)),
  );
  out.push(FINDING_ORDER.map((t) => paint(TYPE_COLOUR[t], `${LABEL[t].toLowerCase()} ${counts[t]}`)).join('  '));
  out.push('');
  for (const f of ordered(report.findings)) {
    if (f.type === 'corroborated' || f.type === 'new') continue;
    const label = `● ${LABEL[f.type]}${f.severity ? ` (${f.severity})` : ''}`;
    out.push(`${paint(TYPE_COLOUR[f.type], label)} ${clip(f.claimText, width - label.length - 1)}`);
    out.push(`  ${paint('dim', clip(f.explanation, width - 2))}`);
    // What is contradicted or quoted differently: the other source's words, not only its name.
    const other = f.matches[0];
    if (other && (f.type === 'contradicted' || f.type === 'quote_altered')) {
      const words = other.claimText.replace(/^["“]|["”]$/g, '');
      out.push(`  ${paint('dim', clip(`${sourceName(other.sourceKey)}: “${words}”`, width - 2))}`);
    }
  }
  const news = report.findings.filter((f) => f.type === 'new');
  if (news.length) {
    out.push(paint(TYPE_COLOUR.new, `${LABEL.new} (${news.length}):`));
    for (const f of news.slice(0, 8)) out.push(`  + ${clip(f.claimText, width - 4)}`);
    if (news.length > 8) out.push(paint('dim', `  … ${news.length - 8} more (npx claimdiff report ${d.name ?? d.id} --md)`));
  }
  const corroborated = report.findings.filter((f) => f.type === 'corroborated');
  if (corroborated.length) {
    const sources = new Set(corroborated.flatMap((f) => f.matches.map((m) => sourceName(m.sourceKey))));
    const by = clip([...sources].join(', '), width - 30);
    out.push(paint(TYPE_COLOUR.corroborated, `${LABEL.corroborated}: ${plural(corroborated.length, 'claim')}, by ${by}`));
  }
  const merged = report.entities.filter((e) => e.variants.length > 1);
  if (merged.length)
    out.push(
      paint(
        'dim',
        clip(
          `Same entity: ${merged.map((e) => `${e.canonical} = ${e.variants.filter((v) => v !== e.canonical).join(' = ')}`).join('; ')}`,
          width,
        ),
      ),
    );
  return out.join('\n');
}

function countsText(entry: ReportListEntry, paint: ReturnType<typeof painter>): string {
  if (!entry.counts) return '';
  return FINDING_ORDER.filter((t) => entry.counts![t] > 0)
    .map((t) => paint(TYPE_COLOUR[t], `${entry.counts![t]} ${LABEL[t].toLowerCase()}`))
    .join(', ');
}

/**
 * What to do about a rejection, by the kind of reason the pipeline gave (input.ts, prepare.ts, keys.ts). A reason of
 * no known kind gets the general remedy.
 */
const REMEDIES: Array<[RegExp, string]> = [
  [/^empty file|only whitespace/, "upload the article's text or saved page"],
  [/^binary/, 'save the article as .txt or .html (export a PDF or Word document to text first) and upload that'],
  [/MiB limit/, 'upload the article alone (save just the article page or its text)'],
  [/^no article text/, 'check that the file holds the article itself, not an index, cover or login page'],
  [/not in English/, 'nothing to do: only English articles are diffed'],
  [
    /^corpus name|relative path segment|names a folder|outside incoming/,
    'upload it as incoming/<corpus>/<file name>, the corpus 1-63 letters, digits, ., _ or -',
  ],
];

export function remedyFor(reason: string | null): string {
  const known = REMEDIES.find(([pattern]) => pattern.test(reason ?? ''));
  return known ? known[1] : 'fix the file and upload it again';
}

export function renderIngestLine(entry: ReportListEntry, opts: { color: boolean }): string {
  const paint = painter(opts.color);
  if (entry.status === 'rejected')
    return `${paint('red', '✗')} ${safe(entry.name)}: rejected — ${safe(entry.reason ?? '')}; ${remedyFor(entry.reason)}`;
  if (entry.duplicateOf) return `${paint('dim', '=')} ${safe(entry.name)}: same content as ${safe(entry.duplicateOf)}, not ingested again`;
  return `${paint('green', '✓')} ${safe(entry.name)}: ${countsText(entry, paint) || 'no claims'}`;
}

export function renderReportsTable(entries: ReportListEntry[], opts: { color: boolean; width?: number }): string {
  const width = opts.width === undefined ? Infinity : Math.max(60, opts.width);
  const paint = painter(opts.color);
  const nameWidth = Math.min(36, Math.max(8, ...entries.map((e) => e.name.length)));
  const rows = [paint('bold', `${'#'.padStart(4)}  ${'document'.padEnd(nameWidth)}  status     findings`)];
  for (const e of entries) {
    const status =
      e.status === 'rejected'
        ? paint('red', 'rejected'.padEnd(9))
        : e.duplicateOf
          ? paint('dim', 'duplicate')
          : paint('green', 'ok'.padEnd(9));
    const detail = e.status === 'rejected' ? safe(e.reason ?? '') : e.duplicateOf ? `same as ${safe(e.duplicateOf)}` : countsText(e, paint);
    const shown = opts.color ? detail : clip(detail, width - nameWidth - 18);
    rows.push(`${String(e.seq ?? '').padStart(4)}  ${clip(e.name, nameWidth).padEnd(nameWidth)}  ${status}  ${shown}`);
  }
  return rows.join('\n');
}

export function progressBar(done: number, total: number, width: number): string {
  const share = total ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}
