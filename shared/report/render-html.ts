/**
 * The HTML report: one self-contained page (inline CSS, no scripts, fonts or requests; a CSP that forbids them), so
 * it opens the same from S3 or from disk. Every interpolation is escaped: article text shows as text.
 */
import { stripControls } from '../clean/controls.ts';
import { type WordOp, wordOps } from '../diff/quotes.ts';
import { olderIndexName } from '../pipeline/keys.ts';
import type { StorySummary } from '../dossier/dossier.ts';
import { FINDING_TYPES } from '../finding-types.ts';
import type { Finding, Report, ReportListEntry } from '../types.ts';
import { countFindings, figureSeries, FINDING_ORDER, LABEL, ordered, sourceName, type FigureSeries } from './view/common.ts';

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const HTML_ENTITY: { [c: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  // A direction override would display "81" as "18"; controls have no place in a page either.
  const plain = stripControls(String(text ?? ''));
  // One pass, and none for the many names, dates and sentences with nothing to escape (a page escapes thousands).
  return HTML_SPECIAL.test(plain) ? plain.replace(HTML_SPECIALS, (c) => HTML_ENTITY[c]) : plain;
}
const h = escapeHtml;

export function reportHtmlName(docId: string): string {
  return `${encodeURIComponent(docId)}.html`;
}

/** A source's name linked to its own report, which sits beside this one (reports/<corpus>/<docId>.html). */
function sourceLink(m: { docId: string; sourceKey: string }): string {
  return `<a href="./${h(reportHtmlName(m.docId))}">${h(sourceName(m.sourceKey))}</a>`;
}

const CSS = [
  '',
  ':root{--fg:#1b1b1b;--muted:#555;--line:#d6d6d6;--bg:#fff;' +
    '--red:#a4161a;--amber:#8a5a00;--purple:#6a1b9a;--blue:#0b5394;--green:#1e6b2e}',
  '*{box-sizing:border-box}' +
    'body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}',
  'main{max-width:980px;margin:0 auto;padding:1rem}h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}' +
    'h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid var(--line)}',
  '.meta{color:var(--muted);margin:0 0 1rem}.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0}',
  '.counts li{border:1px solid var(--line);border-radius:6px;padding:.25rem .6rem}.counts b{font-size:1.2rem;margin-right:.25rem}',
  FINDING_ORDER.map((t) => `.t-${t}{color:var(--${FINDING_TYPES[t].css})}`).join(''),
  'article.finding{border-left:4px solid var(--line);padding:.25rem .75rem;margin:.75rem 0}',
  FINDING_ORDER.map((t) => `article.finding.${t}{border-color:var(--${FINDING_TYPES[t].css})}`).join(''),
  '.claim{margin:.25rem 0;font-weight:600}.explanation{margin:.25rem 0;color:var(--muted)}',
  '.sources{margin:.25rem 0 .25rem 1rem;padding:0;color:var(--muted);font-size:.95rem}' +
    '.tag{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;font-weight:700}',
  'ins{background:#dff3e3;text-decoration:underline;color:#0f4d1d}del{background:#fbe1e1;text-decoration:line-through;color:#7a1114}',
  '.diff{padding:.5rem;border:1px solid var(--line);border-radius:6px;overflow-wrap:anywhere}',
  'table{border-collapse:collapse;width:100%;margin:.5rem 0}' +
    'th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}',
  'th{background:#f3f3f3}.matrix td{text-align:center}.scroll{overflow-x:auto;max-width:100%}svg{max-width:100%;height:auto}',
  'details summary{cursor:pointer;font-weight:600}.removed li{color:var(--muted)}' +
    'footer{color:var(--muted);font-size:.85rem;margin:2rem 0}',
  '@media (max-width:600px){body{font-size:15px}main{padding:.6rem}th,td{padding:.2rem .3rem}}',
].join('\n');

/** A self-contained page: the report CSS inline, a CSP that forbids scripts and requests. */
export function htmlPage(title: string, body: string): string {
  const [open, close] = htmlPageFrame(title);
  return open + body + close;
}

/** The page around a body: what comes before it and what after (for a body written out in pieces). */
export function htmlPageFrame(title: string): [string, string] {
  return [
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title><style>${CSS}</style></head>
<body><main>`,
    `</main></body></html>
`,
  ];
}

function quoteDiff(f: Finding, currentQuote: string): string {
  const m = f.matches[0];
  if (!m?.quote) return '';
  const ops = wordOps(m.quote.split(/\s+/).filter(Boolean), currentQuote.split(/\s+/).filter(Boolean));
  const words = wordDiffHtml(ops);
  return (
    '<p class="diff" aria-label="word-level difference between the quotations">' +
    `<span class="tag">${sourceLink(m)} → this article:</span> ` +
    `${words}</p>\n<p class="sources">Inserted words are underlined and marked +, dropped words struck through and marked −.</p>`
  );
}

function findingHtml(f: Finding, report: Report): string {
  const claim = report.claims.find((c) => c.id === f.claimId);
  // A matched claim is quoted, unless it is a quotation already.
  const quotedText = (text: string) => (/^["“‘']/.test(text) ? h(text) : `“${h(text)}”`);
  const items = f.matches.map((m) => `<li><b>${sourceLink(m)}</b>: ${quotedText(m.claimText)}</li>`);
  const sources = f.matches.length ? `<ul class="sources">${items.join('')}</ul>` : '';
  const speaker = claim?.speaker ? ` <span class="explanation">— ${h(claim.speaker)}</span>` : '';
  return `<article class="finding ${f.type}">
<p class="tag t-${f.type}">${h(LABEL[f.type])}${f.severity ? ` (${h(f.severity)})` : ''}</p>
<p class="claim">${h(f.claimText)}${speaker}</p>
${f.type === 'new' ? '' : `<p class="explanation">${h(f.explanation)}</p>`}
${f.type === 'quote_altered' && claim?.quote ? quoteDiff(f, claim.quote) : ''}
${sources}</article>`;
}

function chart(series: FigureSeries): string {
  const max = Math.max(...series.points.map((p) => p.value), 1);
  // Each bar as wide as its longest source name needs at 10px (about 6px a character), so names are not cut;
  // past 200px a name is cut, and the table under the chart gives it whole.
  const longest = Math.max(...series.points.map((p) => p.source.length));
  const barW = Math.min(200, Math.max(56, Math.ceil(longest * 6.2)));
  const fit = Math.floor(barW / 6.2);
  const gap = 24;
  const height = 140;
  const width = series.points.length * (barW + gap) + gap;
  const bars = series.points
    .map((p, i) => {
      const barH = Math.max(2, Math.round((p.value / max) * (height - 40)));
      const x = gap + i * (barW + gap);
      const y = height - 20 - barH;
      const fill = p.current ? '#8a5a00' : '#6b7c93';
      const name = p.source.length > fit ? `${p.source.slice(0, fit - 1)}…` : p.source;
      return [
        `<g><rect x="${x}" y="${y}" width="${barW}" height="${barH}" fill="${fill}"><title>${h(p.source)}: ${h(p.label)}</title></rect>`,
        `<text x="${x + barW / 2}" y="${y - 4}" text-anchor="middle" font-size="12" fill="#1b1b1b">` +
          `${h(p.value.toLocaleString('en-US'))}</text>`,
        `<text x="${x + barW / 2}" y="${height - 5}" text-anchor="middle" font-size="10" fill="#555">${h(name)}</text></g>`,
      ].join('\n');
    })
    .join('');
  const id = `fig-${h(elementId(series.about))}`;
  const rows = series.points.map((p) => `<tr><td>${h(p.source)}${p.current ? ' (this article)' : ''}</td><td>${h(p.label)}</td></tr>`);
  return [
    `<figure><svg role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="${id}">${h(series.about)} by source, in ingest order</title>${bars}</svg>`,
    `<figcaption><table><caption class="tag">${h(series.about)}</caption>` +
      '<thead><tr><th scope="col">Source (ingest order)</th><th scope="col">Value</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table></figcaption></figure>`,
  ].join('\n');
}

/** An element id from text (a figure's "about"): lower-case letters and digits, other runs as '-'. */
function elementId(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function sourceMatrix(report: Report): string {
  const withMatches = report.findings.filter((f) => f.matches.length);
  if (!withMatches.length) return '<p>No claim of this article appears in earlier documents.</p>';
  const sources = [
    ...new Map(
      withMatches
        .flatMap((f) => f.matches)
        .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
        .map((m) => [m.sourceKey, m]),
    ).values(),
  ];
  const head = `<tr><th scope="col">Claim</th>${sources.map((s) => `<th scope="col">${sourceLink(s)}</th>`).join('')}</tr>`;
  const rows = withMatches
    .map((f) => {
      const cells = sources.map((s) => {
        const hit = f.matches.some((m) => m.sourceKey === s.sourceKey);
        const mark = `<span class="t-${f.type}" aria-label="${h(LABEL[f.type])}">${h(FINDING_TYPES[f.type].cell ?? '')}</span>`;
        return `<td>${hit ? mark : '<span aria-label="not reported">·</span>'}</td>`;
      });
      const claim = f.claimText.length > 110 ? f.claimText.slice(0, 109) + '…' : f.claimText;
      return `<tr><th scope="row">${h(claim)}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<div class="scroll"><table class="matrix"><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}

export function renderHtml(report: Report): string {
  const d = report.document;
  const counts = countFindings(report.findings);
  const title = d.title ?? d.name ?? sourceName(d.sourceKey);
  const sections: string[] = [];
  const corpus = h(d.corpus ?? 'default');
  sections.push(`<nav aria-label="Corpus"><p class="meta"><a href="./index.html">← All reports of corpus ${corpus}</a></p></nav>`);
  const story = d.story
    ? `<p class="meta">Story: <a href="./stories/${h(encodeURIComponent(d.story.id))}.html">${h(d.story.title || d.story.id)}</a>` +
      ' (where the story stands now, across all its sources)</p>\n'
    : '';
  const byline = [
    `Outlet/file: ${h(sourceName(d.sourceKey))}`,
    d.byline ? `By ${h(d.byline)}` : '',
    d.published ? `Published ${h(d.published)}` : '',
  ];
  const countItems = FINDING_ORDER.map((t) => `<li class="t-${t}"><b data-count="${t}">${counts[t]}</b>${h(LABEL[t])}</li>`);
  sections.push(
    [
      `<header><p class="meta">claimdiff change report · corpus ${corpus}${d.seq ? ` · document #${h(d.seq)}` : ''}</p>`,
      `<h1>${h(title)}</h1>`,
      `${story}<p class="meta">${byline.filter(Boolean).join(' · ')}</p>`,
      `<ul class="counts" aria-label="findings by type">${countItems.join('')}</ul></header>`,
    ].join('\n'),
  );

  const important = ordered(report.findings).filter((f) => f.type !== 'corroborated');
  const findings = important.length ? important.map((f) => findingHtml(f, report)).join('\n') : '<p>Nothing new or different.</p>';
  sections.push(`<section aria-labelledby="findings"><h2 id="findings">Findings</h2>${findings}`);
  const corroborated = report.findings.filter((f) => f.type === 'corroborated');
  if (corroborated.length)
    sections.push(
      `<details><summary>${h(LABEL.corroborated)} (${corroborated.length})</summary>` +
        `${corroborated.map((f) => findingHtml(f, report)).join('\n')}</details>`,
    );
  sections.push('</section>');

  const series = figureSeries(report);
  if (series.length)
    sections.push(
      `<section aria-labelledby="figures"><h2 id="figures">Figures across sources</h2>${series.map(chart).join('\n')}</section>`,
    );
  sections.push(`<section aria-labelledby="matrix"><h2 id="matrix">Sources</h2>${sourceMatrix(report)}</section>`);
  if (report.entities.length) {
    const rows = report.entities.map(
      (e) => `<tr><th scope="row">${h(e.canonical)}</th><td>${h(e.kind)}</td><td>${e.variants.map(h).join(', ')}</td></tr>`,
    );
    sections.push(
      '<section aria-labelledby="entities"><h2 id="entities">Entities</h2><div class="scroll"><table><thead><tr>' +
        '<th scope="col">Entity</th><th scope="col">Kind</th><th scope="col">Spellings seen</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table></div></section>`,
    );
  }
  if (d.removed.length) {
    const clipped = (text: string) => (text.length > 200 ? text.slice(0, 199) + '…' : text);
    const items = d.removed.map((r) => `<li>${h(clipped(r.text))} — <i>${h(r.reason)}</i></li>`);
    sections.push(
      '<section aria-labelledby="removed"><h2 id="removed">Removed by the cleaner</h2>' +
        `<details><summary>${d.removed.length} lines</summary><ul class="removed">${items.join('')}</ul></details></section>`,
    );
  }
  const id = h(encodeURIComponent(d.id));
  const formats = `<a href="./${id}.json">JSON</a> · <a href="./${id}.md">Markdown</a>`;
  sections.push(
    `<footer>Document ${h(d.id)} · uploaded as ${h(d.sourceKey)}${d.ingestedAt ? ` · ${h(d.ingestedAt)}` : ''} · ` +
      `this report as ${formats} · <a href="./index.html">all reports</a></footer>`,
  );
  return htmlPage(`${title} — claimdiff report`, sections.join('\n'));
}

/** Where an index page sits among the corpus's pages: how many older pages exist, and which one this is. */
export interface IndexPaging {
  /** Older pages written so far (index-1.html is the oldest). */
  olderPages: number;
  /** Uploads on the older pages together. */
  olderUploads: number;
  /** Set on an older page itself: its number. */
  page?: number;
}

/** The corpus's stories, most recently updated first, each linking to its dossier page. */
function storiesSection(stories: StorySummary[]): string {
  if (!stories.length) return '';
  const rows = stories
    .map(
      (s) =>
        `<tr><td class="story"><a href="./stories/${h(encodeURIComponent(s.id))}.html">${h(s.title || s.id)}</a></td>` +
        `<td>${h(s.documents)}</td><td>${h(s.disputes)}</td><td>${h(s.updatedAt.slice(0, 19).replace('T', ' '))}</td></tr>`,
    )
    .join('\n');
  return [
    '<section aria-labelledby="stories"><h2 id="stories">Stories</h2>' +
      '<p class="meta">Where each story stands now, most recently updated first.</p>',
    '<div class="scroll"><table><thead><tr><th scope="col">Story</th><th scope="col">Documents</th>' +
      '<th scope="col">Open disputes</th><th scope="col">Last update (UTC)</th></tr></thead>',
    `<tbody>${rows}</tbody></table></div></section>`,
  ].join('\n');
}

export function renderIndexHtml(
  corpus: string,
  entries: ReportListEntry[],
  paging: IndexPaging = { olderPages: 0, olderUploads: 0 },
  stories: StorySummary[] = [],
): string {
  const rows = entries
    .map((e) => {
      const counts = e.counts
        ? FINDING_ORDER.map((t) => `<td class="t-${t}">${e.counts![t]}</td>`).join('')
        : `<td colspan="${FINDING_ORDER.length}">—</td>`;
      const id = e.docId ? encodeURIComponent(e.docId) : '';
      const name =
        e.docId && e.status === 'ok'
          ? `<a href="./${h(reportHtmlName(e.docId))}">${h(e.name)}</a> ` +
            `<small>(<a href="./${h(id)}.md">md</a>, <a href="./${h(id)}.json">json</a>)</small>`
          : h(e.name);
      const status = e.status === 'rejected' ? `rejected: ${h(e.reason)}` : e.duplicateOf ? `duplicate of ${h(e.duplicateOf)}` : 'ok';
      const uploaded = h(e.ingestedAt.slice(0, 19).replace('T', ' '));
      const title = e.title ? `<br><small>${h(e.title)}</small>` : '';
      return `<tr><th scope="row">${name}${title}</th><td>${h(status)}</td>${counts}<td>${uploaded}</td></tr>`;
    })
    .join('\n');
  const link = (n: number) => `<a href="./${olderIndexName(n)}">${n}</a>`;
  let meta: string;
  let nav = '';
  if (paging.page !== undefined) {
    meta = `Older uploads, page ${paging.page} (page 1 is the oldest): ${entries.length} uploads, newest first.`;
    const older = paging.page > 1 ? ` · older: ${link(paging.page - 1)}` : '';
    nav = `<nav aria-label="Pages"><p><a href="./index.html">Newest uploads</a>${older}</p></nav>`;
  } else {
    const total = entries.length + paging.olderUploads;
    meta = paging.olderPages
      ? `${total} uploads, newest first: the newest ${entries.length} here, ` +
        `older ones on ${paging.olderPages} more page${paging.olderPages === 1 ? '' : 's'}.`
      : `${total} uploads, newest first.`;
    if (paging.olderPages) {
      const pages = Array.from({ length: paging.olderPages }, (_, i) => link(paging.olderPages - i)).join(' ');
      nav = `<nav aria-label="Older uploads"><p>Older uploads: ${pages}</p></nav>`;
    }
  }
  return htmlPage(
    paging.page !== undefined ? `claimdiff — corpus ${corpus}, page ${paging.page}` : `claimdiff — corpus ${corpus}`,
    [
      `<h1>Corpus ${h(corpus)}</h1>${paging.page === undefined ? storiesSection(stories) : ''}<p class="meta">${h(meta)}</p>`,
      '<div class="scroll"><table><thead><tr><th scope="col">Document</th><th scope="col">Status</th>' +
        `${FINDING_ORDER.map((t) => `<th scope="col">${h(LABEL[t])}</th>`).join('')}<th scope="col">Uploaded (UTC)</th></tr></thead>`,
      `<tbody>${rows}</tbody></table></div>${nav}`,
    ].join('\n'),
  );
}

/** A word diff of two quotations as HTML: kept words plain, inserted and dropped ones marked (the report and the dossier). */
export function wordDiffHtml(ops: WordOp[]): string {
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
