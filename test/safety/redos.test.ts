/**
 * No pattern in shared/ may backtrack exponentially, and no new one super-linearly (ReDoS): uploads are untrusted
 * text, and one exponential pattern on a 500-byte share bar stalled the pipeline for minutes. Every regex literal and
 * every pattern built at run time (patterns.ts finds them all) is checked with recheck's 'auto' checker (automaton
 * analysis where it applies, fuzzing otherwise).
 *
 * Checking all ~750 patterns takes minutes on a loaded machine, so verdicts are kept in redos-record.json, keyed by
 * the exact pattern and flags: a new or changed pattern has no verdict and is checked now, and must not come out
 * vulnerable (one recheck cannot decide in the timeout is listed as a warning).
 * The record also lists the polynomial patterns that were there before this check (each applies to one line or one
 * sentence, bounded by shared/limits.ts), to be rewritten over time; an exponential one is never accepted.
 *   REDOS_RECORD=1  check the patterns without a verdict and rewrite the record (drops verdicts of removed patterns);
 *   REDOS_RECHECK=1 ignore the record and check every pattern again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { describe, expect, test } from 'vitest';
import { recordConstructed, scanSource, sharedSourceFiles, type Pattern } from './patterns.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const RECORD = join(import.meta.dirname, 'redos-record.json');
const RECHECK_VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }
).version;
/** Per pattern; most finish in well under a second, large alternations are fuzzed up to this long. */
const TIMEOUT_MS = 5_000;

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  at: string;
}
interface Record {
  recheck: string;
  patterns: { [key: string]: Verdict };
}

/** Loads every module of shared/, then sends the repository's example articles through the whole pipeline, so that
 * patterns built inside functions are constructed too. */
async function exercisePipeline(): Promise<void> {
  for (const file of sharedSourceFiles()) await import(file);
  const { MemoryStore } = await import('../../shared/storage/memory.ts');
  const { ingest } = await import('../support/ingest.ts');
  const { renderHtml } = await import('../../shared/report/render-html.ts');
  const { renderMarkdown } = await import('../../shared/report/render-markdown.ts');
  const { renderTerminal } = await import('../../shared/report/render-terminal.ts');
  const { cleanDocument } = await import('../../shared/clean/index.ts');
  const store = new MemoryStore();
  let second = 0;
  for (const name of readdirSync(EXAMPLES).sort()) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    await cleanDocument(text, { name });
    const report = await ingest(store, 'patterns', name, text, second++);
    renderHtml(report);
    renderMarkdown(report);
    renderTerminal(report, { color: true, width: 100 });
  }
}

async function verdictOf(p: Pattern): Promise<Verdict> {
  const result = await check(p.source, p.flags, { checker: 'auto', timeout: TIMEOUT_MS });
  if (result.status === 'vulnerable')
    return { status: 'vulnerable', complexity: `${result.complexity.summary}; attack ${result.attack.pattern.slice(0, 120)}`, at: p.at };
  if (result.status === 'unknown') return { status: 'unknown', complexity: result.error.kind, at: p.at };
  return { status: 'safe', at: p.at };
}

/** Checks with a few requests in flight (recheck's native checker runs them in parallel); `each` sees every verdict. */
async function checkAll(patterns: Pattern[], each: (p: Pattern, v: Verdict) => void = () => {}): Promise<Map<Pattern, Verdict>> {
  const verdicts = new Map<Pattern, Verdict>();
  let next = 0;
  const worker = async () => {
    while (next < patterns.length) {
      const p = patterns[next++];
      const verdict = await verdictOf(p);
      verdicts.set(p, verdict);
      each(p, verdict);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return verdicts;
}

const keyOf = (p: Pick<Pattern, 'source' | 'flags'>) => `${p.flags}/${p.source}`;

describe('regular expressions in shared/', () => {
  test('none backtracks exponentially, and no new one super-linearly (recheck)', { timeout: 3_600_000 }, async () => {
    const { literals, constructed } = scanSource();
    const built = await recordConstructed(exercisePipeline);
    // A construction site never reached would hide its pattern from this check.
    const reached = new Set(built.map((p) => p.at));
    expect(
      constructed.filter((at) => !reached.has(at)),
      'RegExp(...) calls never reached: build the pattern at module level',
    ).toEqual([]);
    expect(literals.length).toBeGreaterThan(100);

    const unique = new Map<string, Pattern>();
    for (const p of [...literals, ...built]) if (!unique.has(keyOf(p))) unique.set(keyOf(p), p);
    const record: Record = process.env.REDOS_RECHECK
      ? { recheck: RECHECK_VERSION, patterns: {} }
      : (JSON.parse(readFileSync(RECORD, 'utf8')) as Record);
    const recorded = record.recheck === RECHECK_VERSION ? record.patterns : {};
    const fresh = [...unique.values()].filter((p) => !recorded[keyOf(p)]);
    const started = performance.now();
    const recording = Boolean(process.env.REDOS_RECORD || process.env.REDOS_RECHECK);
    // In record mode every verdict is written as it comes, so a long run keeps what it has checked.
    const checked = await checkAll(fresh, (p, verdict) => {
      if (!recording) return;
      record.patterns[keyOf(p)] = verdict;
      writeFileSync(RECORD, `${JSON.stringify({ recheck: RECHECK_VERSION, patterns: record.patterns }, null, 1)}\n`);
    });
    console.log(
      `recheck ${RECHECK_VERSION}: ${unique.size} patterns (${literals.length} literals, ${built.length} built), ${fresh.length} ` +
        `checked now in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const verdicts = [...unique.values()].map((p) => ({ p, verdict: checked.get(p) ?? recorded[keyOf(p)], fresh: checked.has(p) }));
    if (recording) {
      const patterns: Record['patterns'] = {};
      for (const { p, verdict } of verdicts.sort((a, b) => keyOf(a.p).localeCompare(keyOf(b.p))))
        patterns[keyOf(p)] = { ...verdict, at: p.at };
      writeFileSync(RECORD, `${JSON.stringify({ recheck: RECHECK_VERSION, patterns }, null, 1)}\n`);
    }
    const describe = ({ p, verdict }: (typeof verdicts)[number]) =>
      `${p.at} /${p.source.slice(0, 100)}/${p.flags}: ${verdict.status} (${verdict.complexity ?? ''})`;
    expect(
      verdicts.filter(({ verdict }) => /exponential/.test(verdict.complexity ?? '')).map(describe),
      'exponential backtracking',
    ).toEqual([]);
    // A pattern recheck could not decide within the timeout (a large alternation fuzzed under load) is listed, not
    // failed: the record keeps it as unknown once recorded.
    const undecided = verdicts.filter(({ verdict, fresh }) => fresh && verdict.status === 'unknown');
    if (undecided.length)
      console.warn(
        `recheck could not decide ${undecided.length} new pattern(s) in ${TIMEOUT_MS / 1000} s:\n${undecided.map(describe).join('\n')}`,
      );
    expect(
      verdicts.filter(({ verdict, fresh }) => fresh && verdict.status === 'vulnerable').map(describe),
      'new vulnerable patterns',
    ).toEqual([]);
  });
});
