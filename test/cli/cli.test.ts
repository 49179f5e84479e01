/** The command line of ../shared/CONTRACT.md, through `main` with captured output, and once through the real bin. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { tempDataDir } from '../support/workspace.ts';
import { expectContractReport } from '../support/contract.ts';
import { varyText } from '../../scripts/corpus-gen.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/integration');
const REPO = join(import.meta.dirname, '../..');

const run = runCli;
const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('claimdiff CLI', () => {
  const tmp = tempDataDir('claimdiff-cli-');
  const data = join(tmp.dir, 'store');
  const inputs = join(tmp.dir, 'inputs');
  let names: string[];

  beforeAll(() => {
    mkdirSync(inputs);
    names = readdirSync(FIXTURES)
      .filter((n) => /\.(txt|html?)$/.test(n))
      .sort();
    for (const n of names) copyFileSync(join(FIXTURES, n), join(inputs, n));
    writeFileSync(join(inputs, 'zz-empty.txt'), '');
    writeFileSync(join(inputs, 'notes.md'), 'not an article extension');
  });
  afterAll(() => tmp.remove());

  it('ingest: one JSON line per document in name order, rejects the bad file, processes the rest, exits 1', async () => {
    const { code, out } = await run('ingest', inputs, '--data', data, '--json');
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.name)).toEqual([...names, 'zz-empty.txt']);
    for (const l of lines.slice(0, -1)) {
      expect(l).toMatchObject({ status: 'ok', reason: null, sourceKey: `incoming/default/${l.name}` });
      expect(Object.keys(l.counts).sort()).toEqual(['contradicted', 'corroborated', 'new', 'quote_altered', 'updated']);
    }
    expect(lines.at(-1)).toMatchObject({ name: 'zz-empty.txt', status: 'rejected', docId: null, counts: null, reason: 'empty file' });
  });

  it('reports --json: every upload newest first, rejected ones included, with the contract fields', async () => {
    const { code, out } = await run('reports', '--data', data, '--json');
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.name)).toEqual(['zz-empty.txt', ...[...names].reverse()]);
    for (const l of lines) expect(Object.keys(l).slice(0, 6)).toEqual(['name', 'sourceKey', 'docId', 'status', 'reason', 'counts']);
  });

  it('reports: a readable table', async () => {
    const { code, out } = await run('reports', '--data', data);
    expect(code).toBe(0);
    for (const n of names) expect(out).toContain(n);
    expect(out).toContain('rejected');
  });

  it('report --json prints the stored report by file name or by docId', async () => {
    const byName = await run('report', names[1], '--data', data, '--json');
    expect(byName.code).toBe(0);
    const report = JSON.parse(byName.out);
    expectContractReport(report);
    expect(report.document.sourceKey).toBe(`incoming/default/${names[1]}`);
    const byId = await run('report', report.document.id, '--data', data, '--json');
    expect(JSON.parse(byId.out)).toEqual(report);
  });

  it('report --md, --html and the terminal view', async () => {
    const md = await run('report', names[2], '--data', data, '--md');
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^#/m);
    const html = await run('report', names[2], '--data', data, '--html');
    expect(html.out.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
    const term = await run('report', names[2], '--data', data);
    expect(term.code).toBe(0);
    expect(term.out).not.toMatch(/\x1b\[/); // not a TTY: no colour codes
    expect(term.out.length).toBeGreaterThan(50);
  });

  it('report --open gives a link a browser can open', async () => {
    const { code, out } = await run('report', names[0], '--data', data, '--open');
    expect(code).toBe(0);
    const file = out.trim().replace(/^file:\/\//, '');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('report of a rejected or unknown document exits 1 with the reason', async () => {
    const rejected = await run('report', 'zz-empty.txt', '--data', data);
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain('empty file');
    const unknown = await run('report', 'nope.txt', '--data', data);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('nope.txt');
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['ingest']],
    [['ingest', '/does/not/exist']],
    [['reports', '--bogus']],
    [['report']],
    [['report', 'a', '--json', '--md']],
    [['reports', '--corpus', '../etc']],
  ])('usage errors exit 2 with a message that names the problem and what to do: %j', async (argv) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    const lines = err.trim().split('\n');
    expect(lines.at(-1)).toMatch(/npx claimdiff/);
    // The whole usage text only when no command was given at all; otherwise the problem and one usage line.
    if (argv.length > 0) expect(lines.length).toBeLessThanOrEqual(2);
  });

  it("names an unknown option and the options the command takes, instead of Node's parser message", async () => {
    const { code, err } = await run('reports', '--bogus', '--data', data);
    expect(code).toBe(2);
    expect(err).toContain('unknown option --bogus for reports');
    expect(err).toContain('--limit');
    expect(err).not.toContain('place it at the end');
  });

  it('a missing input file is one line naming the file, not the usage text', async () => {
    const { code, err } = await run('ingest', join(tmp.dir, 'missing.txt'), '--data', data);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(`claimdiff ingest: ${join(tmp.dir, 'missing.txt')}: no such file or directory; check the path`);
  });

  it("--version prints the package version; <command> --help prints that command's usage and options", async () => {
    const version = await run('--version');
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    const help = await run('reports', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npx claimdiff reports');
    expect(help.out).toContain('--limit');
    expect(help.out).not.toContain('claimdiff clean');
    expect((await run('--help')).out).toMatch(/ingest[\s\S]*report[\s\S]*clean/);
  });

  it('a read command refuses a --data folder that does not exist instead of creating it', async () => {
    const missing = join(tmp.dir, 'no-such-store');
    for (const argv of [['reports'], ['report', 'x.txt']]) {
      const { code, err } = await run(...argv, '--data', missing);
      expect(code).toBe(1);
      expect(err).toContain(`no store at ${missing}`);
      expect(existsSync(missing)).toBe(false);
    }
  });

  it('ingest names the files of a folder it skips', async () => {
    const folder = join(tmp.dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'The council approved the budget on Monday, the mayor said.\n');
    writeFileSync(join(folder, 'photo.jpg'), 'not an article');
    const { code, err } = await run('ingest', folder, '--data', join(tmp.dir, 'skip-store'), '--json');
    expect(code).toBe(0);
    expect(err).toContain(`skipped ${join(folder, 'photo.jpg')}`);
  });

  it('ingest of more files than a batch: lines in file order, upload order kept, documents committed in batches', async () => {
    const folder = join(tmp.dir, 'many');
    mkdirSync(folder);
    // Each fixture article four times, with other figures each time: more documents than one FIFO batch of ten.
    const files: string[] = [];
    for (let variant = 0; variant < 4; variant++) {
      for (const n of names) {
        const name = `${variant}-${n}`;
        writeFileSync(join(folder, name), varyText(readFileSync(join(FIXTURES, n), 'utf8'), variant + 1));
        files.push(name);
      }
    }
    files.sort();
    const store = join(tmp.dir, 'many-store');
    const { code, out } = await run('ingest', folder, '--data', store, '--json');
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.name)).toEqual(files);
    expect(lines.every((l) => l.status === 'ok')).toBe(true);
    // The corpus order is the file order (uploads go out one at a time, in order).
    const reports = jsonLines((await run('reports', '--data', store, '--json')).out);
    expect(reports.map((l) => l.name)).toEqual([...files].reverse());
    // The diff stage's log says how many documents each commit held: the stage waited for a full FIFO batch (ten)
    // while more files were being prepared, instead of taking each as it came.
    const diffs = readFileSync(join(store, 'logs', 'pipeline.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((r) => r.stage === 'diff');
    expect(diffs).toHaveLength(files.length);
    expect(diffs.map((r) => r.batch)).toEqual([...Array(10).fill(10), 2, 2]);
  });

  it('clean prints the body of one file, JSON with --json, and writes files with --out', async () => {
    const file = join(inputs, names[0]);
    const plain = await run('clean', file);
    expect(plain.code).toBe(0);
    const json = JSON.parse((await run('clean', file, '--json')).out);
    expect(Object.keys(json)).toEqual(['title', 'byline', 'published', 'body', 'removed']);
    expect(plain.out).toBe(json.body + '\n');
    if (json.title) expect(plain.out.split('\n')[0]).not.toBe(json.title);
    const out = join(tmp.dir, 'cleaned');
    const written = await run('clean', ...names.map((n) => join(inputs, n)), '--out', out);
    expect(written.code).toBe(0);
    for (const n of names) expect(existsSync(join(out, n.replace(/\.[^.]+$/, '') + '.txt'))).toBe(true);
  });

  it('clean names the file and the reason when it rejects one', async () => {
    const { code, err } = await run('clean', join(inputs, 'zz-empty.txt'));
    expect(code).toBe(1);
    expect(err).toContain('zz-empty.txt');
    expect(err).toContain('empty file');
  });

  it('the installed bin runs the same CLI', () => {
    const result = spawnSync(process.execPath, [join(REPO, 'bin/claimdiff.js'), 'reports', '--data', data, '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(names.length + 1);
    expect(result.stderr).toBe('');
  });
});
