/**
 * The story dossier as a page: self-contained HTML (the report's CSS and CSP, no scripts, no requests; the figure
 * timelines are inline SVG) and Markdown. Links are relative, so the pages work where they are stored
 * (reports/<corpus>/stories/<story>.html: reports one folder up) and in an export of reports/<corpus>/ as files.
 */
import { escapeMarkdown } from '../report/render-markdown.ts';
import { escapeHtml as h, htmlPage } from '../report/render-html.ts';
import type { WordOp } from '../diff/quotes.ts';
import type { Dispute, Dossier, DossierPage, Fact, FigureTrack, Quotation, SourceRef } from './dossier.ts';

/** Where the dossier's folder is from the page: '../' from stories/, '../../' from stories/older/. */
interface Place {
  up: string;
}
const LIVE: Place = { up: '../' };
const OLDER: Place = { up: '../../' };

const reportHref = (place: Place, docId: string) => `${place.up}${encodeURIComponent(docId)}.html`;
const sourceLink = (place: Place, s: SourceRef) => `<a href="${h(reportHref(place, s.docId))}">${h(s.name)}</a>`;
const when = (s: SourceRef) => (s.uploadedAt ? ` <small>${h(s.uploadedAt.slice(0, 16).replace('T', ' '))}</small>` : '');
// One formatter: toLocaleString builds a new one on every call (~20× slower), and a page formats a count per fact.
const count = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count.format(n)} ${n === 1 ? one : many}`;
export const storyHtmlName = (story: string) => `${encodeURIComponent(story)}.html`;

const STORY_CSS = `<style>.badge{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;font-size:.85rem;color:var(--muted);margin-left:.4rem}
.fact{margin:.6rem 0;padding:.2rem .75rem;border-left:4px solid var(--green)}.fact.single{border-color:var(--line)}.dispute{border-left:4px solid var(--red);padding:.25rem .75rem;margin:.75rem 0}
.side{margin:.25rem 0}.latest{font-size:1.3rem;font-weight:700;color:var(--amber)}nav.toc a{margin-right:.75rem}</style>`;

export function renderDossierHtml(d: Dossier): string {
  const s = d.story;
  const title = s.title || `Story ${s.id}`;
  const parts: string[] = [];
  parts.push(`${STORY_CSS}<header><p class="meta">claimdiff story dossier · corpus ${h(d.corpus)} · <a href="../index.html">all documents</a></p>
<h1>${h(title)}</h1>
<p class="meta" data-summary>${h(plural(s.documents, 'document'))}${s.updatedAt ? ` · last update ${h(s.updatedAt.slice(0, 19).replace('T', ' '))} UTC` : ''} · ${h(plural(s.disputes, 'open dispute'))}</p>
<nav class="toc" aria-label="Sections"><a href="#figures">Figures</a><a href="#disputes">Disputes</a><a href="#facts">Facts</a><a href="#quotations">Quotations</a><a href="#entities">Entities</a><a href="#sources">Sources</a></nav></header>`);
  if (!s.documents) parts.push('<p>No document belongs to this story any more: its documents were re-ordered into other stories.</p>');
  parts.push(sectionsHtml(d, LIVE));
  if (d.olderPages.length) {
    parts.push(
      `<section aria-labelledby="older"><h2 id="older">Older entries</h2><p>Less recently active entries, moved off this page as the story grew:</p><ul>${d.olderPages
        .map(
          (p) =>
            `<li><a href="./${h(p.file)}.html">page ${p.page}</a> (${h(plural(p.counts.facts, 'fact'))}, ${h(plural(p.counts.sources, 'source'))})</li>`,
        )
        .join('')}</ul></section>`,
    );
  }
  parts.push(
    `<footer>Story ${h(s.id)} · dossier schemaVersion ${d.schemaVersion} · the same data as JSON: <a href="./${h(encodeURIComponent(s.id))}.json">${h(s.id)}.json</a></footer>`,
  );
  return htmlPage(`${title} — claimdiff story`, parts.join('\n'));
}

/** An older page: the items a story moved off its live dossier. */
export function renderDossierPageHtml(p: DossierPage): string {
  const d = { ...p, story: { id: p.story } } as unknown as Dossier;
  const body = `${STORY_CSS}<header><p class="meta">claimdiff story dossier · corpus ${h(p.corpus)} · older entries, page ${p.page}</p>
<h1>Story ${h(p.story)}: older entries</h1><p><a href="../${h(storyHtmlName(p.story))}">Back to the story</a></p></header>${sectionsHtml(d, OLDER)}`;
  return htmlPage(`Story ${p.story}, older entries ${p.page} — claimdiff`, body);
}

function sectionsHtml(d: Pick<Dossier, 'facts' | 'figures' | 'disputes' | 'quotations' | 'entities' | 'sources'>, place: Place): string {
  const out: string[] = [];
  out.push(
    `<section aria-labelledby="figures"><h2 id="figures">Figures</h2>${d.figures.length ? d.figures.map((t) => figureHtml(t, place)).join('\n') : '<p>No quantity was compared across sources yet.</p>'}</section>`,
  );
  out.push(
    `<section aria-labelledby="disputes"><h2 id="disputes">Disputes</h2>${d.disputes.length ? d.disputes.map((x) => disputeHtml(x, place)).join('\n') : '<p>No source disagrees with another.</p>'}</section>`,
  );
  const shared = d.facts.filter((f) => f.count > 1);
  const single = d.facts.filter((f) => f.count <= 1);
  out.push(`<section aria-labelledby="facts"><h2 id="facts">Facts</h2>
${shared.length ? `<h3>Stated by several sources (${shared.length})</h3>${shared.map((f) => factHtml(f, place)).join('\n')}` : '<p>No fact is stated by more than one source yet.</p>'}
${single.length ? `<details><summary>Stated by one source (${single.length})</summary>${single.map((f) => factHtml(f, place)).join('\n')}</details>` : ''}</section>`);
  out.push(
    `<section aria-labelledby="quotations"><h2 id="quotations">Quotations</h2>${d.quotations.length ? quotationsHtml(d.quotations) : '<p>No quotation yet.</p>'}</section>`,
  );
  out.push(
    `<section aria-labelledby="entities"><h2 id="entities">Entities</h2>${
      d.entities.length
        ? `<div class="scroll"><table><thead><tr><th scope="col">Entity</th><th scope="col">Kind</th><th scope="col">Spellings (who uses which)</th></tr></thead><tbody>${d.entities
            .map(
              (e) =>
                `<tr><th scope="row">${h(e.canonical)}</th><td>${h(e.kind)}</td><td>${e.spellings.map((w) => `<b>${h(w.text)}</b>: ${w.sources.map(h).join(', ')}`).join('<br>')}</td></tr>`,
            )
            .join('')}</tbody></table></div>`
        : '<p>No entity named yet.</p>'
    }</section>`,
  );
  out.push(
    `<section aria-labelledby="sources"><h2 id="sources">Sources</h2>${
      d.sources.length
        ? `<div class="scroll"><table><thead><tr><th scope="col">Document (report)</th><th scope="col">Title</th><th scope="col">Published</th><th scope="col">Uploaded (UTC)</th></tr></thead><tbody>${d.sources
            .map(
              (s) =>
                `<tr><th scope="row">${sourceLink(place, s)}</th><td>${h(s.title ?? '')}</td><td>${h(s.published ?? '')}</td><td>${h((s.uploadedAt ?? '').slice(0, 19).replace('T', ' '))}</td></tr>`,
            )
            .join('')}</tbody></table></div>`
        : '<p>No document.</p>'
    }</section>`,
  );
  return out.join('\n');
}

function factHtml(f: Fact, place: Place): string {
  const earlier = f.wordings.slice(1);
  return `<div class="fact${f.count > 1 ? '' : ' single'}"><p class="claim">${h(f.text)}${f.speaker ? ` <span class="explanation">— ${h(f.speaker)}</span>` : ''}<span class="badge" data-count="${f.count}">${h(plural(f.count, 'source'))}</span></p>
<p class="sources">${f.sources.map((s) => `${sourceLink(place, s)}${when(s)}`).join(' · ')}</p>${
    earlier.length
      ? `<details><summary>Earlier wordings (${earlier.length})</summary><ul class="sources">${earlier.map((w) => `<li>“${h(w.text)}” — ${w.sources.map(h).join(', ')}</li>`).join('')}</ul></details>`
      : ''
  }</div>`;
}

function disputeHtml(x: Dispute, place: Place): string {
  const [own, ...others] = x.sides;
  const side = (s: (typeof x.sides)[number]) =>
    `<p class="side">“${h(s.text)}” — ${s.sources.map((r) => sourceLink(place, r)).join(', ')}</p>`;
  return `<article class="dispute"><p class="tag t-contradicted">${h(x.kind === 'contradiction' ? 'Contradiction' : 'Unresolved update')}</p>
<p class="explanation">${h(x.explanation)}</p>${side(own)}<p class="tag">against</p>${others.map(side).join('')}</article>`;
}

function figureHtml(t: FigureTrack, place: Place): string {
  const latest = t.latest;
  return `<figure class="track" data-about="${h(t.about)}"><figcaption><b>${h(t.about)}</b>${t.unit ? ` (${h(t.unit)})` : ''}: latest <span class="latest">${h(latest.label)}</span> — ${sourceLink(place, latest)}${when(latest)}</figcaption>
${timelineSvg(t)}
<div class="scroll"><table><thead><tr><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Claim</th></tr></thead><tbody>${t.values
    .map(
      (v) =>
        `<tr><td>${h(v.label)}</td><td>${sourceLink(place, v)}${when(v)}</td><td>${h(v.text.length > 160 ? `${v.text.slice(0, 159)}…` : v.text)}</td></tr>`,
    )
    .join('')}</tbody></table></div></figure>`;
}

/**
 * A quantity's values in upload order, left to right: a line through the numbers (scaled from zero to the largest),
 * or for states ("opened", "closed") points on a line labelled with the state.
 */
export function timelineSvg(t: FigureTrack): string {
  const points = [...t.values].reverse();
  const step = 110;
  const width = Math.max(240, 40 + step * points.length);
  const height = 150;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const y = (v: number | null) => (v === null ? 70 : Math.round(120 - (v / max) * 90));
  const x = (i: number) => 40 + i * step;
  const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  const marks = points
    .map(
      (
        p,
        i,
      ) => `<g><circle cx="${x(i)}" cy="${y(p.value)}" r="5" fill="${i === points.length - 1 ? '#8a5a00' : '#6b7c93'}"><title>${h(p.name)}: ${h(p.label)}</title></circle>
<text x="${x(i)}" y="${y(p.value) - 10}" text-anchor="middle" font-size="12" fill="#1b1b1b">${h(p.label.length > 18 ? `${p.label.slice(0, 17)}…` : p.label)}</text>
<text x="${x(i)}" y="${height - 8}" text-anchor="middle" font-size="10" fill="#555">${h(p.name.slice(0, 16))}</text></g>`,
    )
    .join('');
  const id = `tl-${t.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return `<svg class="timeline" role="img" aria-labelledby="${h(id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${h(id)}">${h(t.about)} over time, oldest left</title>
<line x1="20" y1="${height - 24}" x2="${width - 10}" y2="${height - 24}" stroke="#d6d6d6"/><polyline points="${line}" fill="none" stroke="#8a5a00" stroke-width="2"/>${marks}</svg>`;
}

function wordDiffHtml(ops: WordOp[]): string {
  return ops
    .map((o) =>
      o.op === 'same'
        ? h(o.word)
        : o.op === 'ins'
          ? `<ins title="inserted">+${h(o.word)}</ins>`
          : `<del title="dropped">−${h(o.word)}</del>`,
    )
    .join(' ');
}

function quotationsHtml(quotations: Quotation[]): string {
  const bySpeaker = groupBySpeaker(quotations);
  return [...bySpeaker]
    .map(
      ([speaker, qs]) =>
        `<h3>${h(speaker)}</h3>${qs
          .map(
            (q) =>
              `<div class="fact${q.variants.length > 1 ? '' : ' single'}">${q.variants
                .map(
                  (v, i) =>
                    `<p class="${i ? 'diff' : 'claim'}">${i && v.diff ? wordDiffHtml(v.diff) : `“${h(v.quote)}”`} <span class="sources">— ${v.sources.map(h).join(', ')}</span></p>`,
                )
                .join(
                  '',
                )}${q.variants.length > 1 ? '<p class="sources">Later wordings against the first: inserted words underlined and marked +, dropped words struck through and marked −.</p>' : ''}</div>`,
          )
          .join('')}`,
    )
    .join('\n');
}

function groupBySpeaker(quotations: Quotation[]): Map<string, Quotation[]> {
  const groups = new Map<string, Quotation[]>();
  for (const q of quotations) {
    const speaker = q.speaker ?? 'Unattributed';
    groups.set(speaker, [...(groups.get(speaker) ?? []), q]);
  }
  return groups;
}

// ---------- Markdown ----------

const md = escapeMarkdown;
const mdLink = (s: SourceRef) => `[${md(s.name)}](../${encodeURIComponent(s.docId)}.md)`;
const mdWords = (ops: WordOp[]) =>
  ops.map((o) => (o.op === 'same' ? md(o.word) : o.op === 'ins' ? `**+${md(o.word)}**` : `~~−${md(o.word)}~~`)).join(' ');

export function renderDossierMarkdown(d: Dossier): string {
  const s = d.story;
  const lines: string[] = [`# ${md(s.title || `Story ${s.id}`)}`, ''];
  lines.push(
    `**Story:** \`${s.id}\` · **Corpus:** \`${d.corpus}\` · ${plural(s.documents, 'document')} · ${plural(s.disputes, 'open dispute')}${s.updatedAt ? ` · **Last update:** ${s.updatedAt}` : ''}`,
    '',
  );
  lines.push('## Figures', '');
  if (!d.figures.length) lines.push('No quantity was compared across sources yet.', '');
  for (const t of d.figures) {
    lines.push(`### ${md(t.about)}${t.unit ? ` (${md(t.unit)})` : ''}: latest ${md(t.latest.label)} (${mdLink(t.latest)})`, '');
    lines.push(
      '| Value | Source | Uploaded |',
      '|---|---|---|',
      ...t.values.map((v) => `| ${md(v.label)} | ${mdLink(v)} | ${v.uploadedAt ?? ''} |`),
      '',
    );
  }
  lines.push('## Disputes', '');
  if (!d.disputes.length) lines.push('No source disagrees with another.', '');
  for (const x of d.disputes) {
    lines.push(`- **${x.kind === 'contradiction' ? 'Contradiction' : 'Unresolved update'}:** ${md(x.explanation)}`);
    for (const side of x.sides) lines.push(`  - “${md(side.text)}” — ${side.sources.map(mdLink).join(', ')}`);
  }
  lines.push('', '## Facts', '');
  for (const f of d.facts) {
    lines.push(`- ${md(f.text)} — **${plural(f.count, 'source')}:** ${f.sources.map(mdLink).join(', ')}`);
    for (const w of f.wordings.slice(1)) lines.push(`  - earlier: “${md(w.text)}” (${w.sources.map(md).join(', ')})`);
  }
  lines.push('', '## Quotations', '');
  for (const [speaker, qs] of groupBySpeaker(d.quotations)) {
    lines.push(`### ${md(speaker)}`, '');
    for (const q of qs) {
      for (const [i, v] of q.variants.entries())
        lines.push(`${i ? '  - ' : '- '}${i && v.diff ? mdWords(v.diff) : `“${md(v.quote)}”`} — ${v.sources.map(md).join(', ')}`);
    }
    lines.push('');
  }
  lines.push('## Entities', '', '| Entity | Kind | Spellings (who uses which) |', '|---|---|---|');
  for (const e of d.entities)
    lines.push(
      `| ${md(e.canonical)} | ${e.kind} | ${e.spellings.map((w) => `${md(w.text)}: ${w.sources.map(md).join(', ')}`).join('; ')} |`,
    );
  lines.push('', '## Sources', '', '| Document | Title | Published | Uploaded |', '|---|---|---|---|');
  for (const src of d.sources) lines.push(`| ${mdLink(src)} | ${md(src.title ?? '')} | ${src.published ?? ''} | ${src.uploadedAt ?? ''} |`);
  if (d.olderPages.length) lines.push('', `Older entries: ${d.olderPages.map((p) => `[page ${p.page}](./${p.file}.json)`).join(', ')}`);
  return lines.join('\n') + '\n';
}
