/** The Markdown report (stored next to the JSON). Article text is escaped: it can never become markup or links. */
import type { Report } from '../types.ts';
import { stripControls } from '../clean/controls.ts';
import { countFindings, FINDING_ORDER, LABEL, ordered, sourceName } from './view/common.ts';

/** Any character the escapes below act on, line terminators included (where a multiline `^` also matches). */
const MARKDOWN_SPECIAL = /[&<>\\`*_{}[\]()#+!|~\n\r\u2028\u2029]/;
/** A rule or numbered list at the start of the text (without a line terminator, the only line start). */
const LINE_OPENING_SYNTAX = /^\s*(?:[-=]{3}|\d+\.)/;

/** Escapes HTML and Markdown syntax so article text renders as the same text in any Markdown viewer. */
export function escapeMarkdown(text: string): string {
  // Controls first: the Markdown is also printed to terminals, where escape sequences would act.
  const plain = stripControls(text);
  // Text with no Markdown syntax, no line break and no list or rule opening is returned as it is: the passes below
  // would not change it, and most names and sentences are such text.
  if (!MARKDOWN_SPECIAL.test(plain) && !LINE_OPENING_SYNTAX.test(plain)) return plain;
  return plain
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/^(\s*)([-=]{3,}|\d+\.)/gm, '$1\\$2')
    .replace(/\r?\n/g, ' ');
}

/** A claim in quotation marks, unless it already opens with one (a quotation claim), which would show them twice. */
function quoted(text: string): string {
  return /^["“‘'«„]/.test(text.trim()) ? escapeMarkdown(text) : `“${escapeMarkdown(text)}”`;
}

export function renderMarkdown(report: Report): string {
  const d = report.document;
  const counts = countFindings(report.findings);
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(d.title ?? d.name ?? sourceName(d.sourceKey))}`, '');
  const meta = [`**Source:** \`${sourceName(d.sourceKey).replace(/`/g, "'")}\``];
  if (d.byline) meta.push(`**By:** ${escapeMarkdown(d.byline)}`);
  if (d.published) meta.push(`**Published:** ${d.published}`);
  if (d.seq) meta.push(`**Document:** #${d.seq} in corpus \`${d.corpus ?? 'default'}\``);
  lines.push(meta.join(' · '), '', `[All reports of the corpus](./index.html)`, '');
  if (d.story)
    lines.push(
      `**Story:** [${escapeMarkdown(d.story.title || d.story.id)}](./stories/${encodeURIComponent(d.story.id)}.md)` +
        ' — where the story stands now',
      '',
    );
  lines.push(
    `| ${FINDING_ORDER.map((t) => LABEL[t]).join(' | ')} |`,
    `|${FINDING_ORDER.map(() => '---:').join('|')}|`,
    `| ${FINDING_ORDER.map((t) => counts[t]).join(' | ')} |`,
    '',
  );
  for (const type of FINDING_ORDER) {
    const findings = ordered(report.findings).filter((f) => f.type === type);
    if (!findings.length) continue;
    lines.push(`## ${LABEL[type]} (${findings.length})`, '');
    for (const f of findings) {
      const severity = f.severity ? ` _(${f.severity})_` : '';
      lines.push(`- ${escapeMarkdown(f.claimText)}${severity}`);
      if (f.type !== 'new') lines.push(`  - ${escapeMarkdown(f.explanation)}`);
      for (const m of f.matches)
        lines.push(`  - [${escapeMarkdown(sourceName(m.sourceKey))}](./${encodeURIComponent(m.docId)}.md): ${quoted(m.claimText)}`);
    }
    lines.push('');
  }
  if (report.entities.length) {
    lines.push('## Entities', '');
    for (const e of report.entities) {
      const others = e.variants.filter((v) => v !== e.canonical);
      lines.push(
        `- **${escapeMarkdown(e.canonical)}** (${e.kind})${others.length ? ` — also: ${others.map(escapeMarkdown).join(', ')}` : ''}`,
      );
    }
    lines.push('');
  }
  if (d.removed.length) {
    lines.push(`<details><summary>Removed by the cleaner (${d.removed.length})</summary>`, '');
    for (const r of d.removed) lines.push(`- ${escapeMarkdown(r.text.slice(0, 200))} — _${escapeMarkdown(r.reason)}_`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}
