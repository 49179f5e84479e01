/** `claimdiff stories` and `claimdiff story` (../shared/CONTRACT.md) on the examples ingested into a fresh store. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { tempDataDir } from '../support/workspace.ts';

const REPO = join(import.meta.dirname, '../..');

const run = runCli;

describe('claimdiff stories / story', () => {
  const data = tempDataDir('claimdiff-stories-cli-');
  beforeAll(async () => {
    expect((await run('ingest', join(REPO, 'examples'), '--data', data.dir, '--json')).code).toBe(0);
  }, 300_000);
  afterAll(() => data.remove());

  it('stories --json: one {id, title, documents, updatedAt, disputes} per line', async () => {
    const { code, out } = await run('stories', '--data', data.dir, '--json');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const s of lines) expect(Object.keys(s)).toEqual(['id', 'title', 'documents', 'updatedAt', 'disputes']);
    expect(lines.reduce((n, s) => n + s.documents, 0)).toBe(5);
    const times = lines.map((s) => s.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('story finds a story by id or by words of its title, in every format', async () => {
    const first = JSON.parse((await run('stories', '--data', data.dir, '--json')).out.split('\n')[0]);
    const byId = await run('story', first.id, '--data', data.dir, '--json');
    expect(byId.code).toBe(0);
    const dossier = JSON.parse(byId.out);
    expect(dossier).toMatchObject({ schemaVersion: 1, story: { id: first.id, title: first.title } });
    const words = first.title.split(/\s+/).slice(0, 2);
    const byTitle = await run('story', ...words.map((w: string) => w.toUpperCase()), '--data', data.dir, '--md');
    expect(byTitle.code).toBe(0);
    expect(byTitle.out).toContain(`**Story:** \`${first.id}\``);
    expect((await run('story', first.id, '--data', data.dir, '--html')).out).toMatch(/^<!doctype html>[\s\S]*<svg class="timeline"/);
    expect((await run('story', first.id, '--data', data.dir)).out).toContain('Figures (latest first):');
  });

  it('an unknown story exits 1 and says how to list them; no argument is a usage error', async () => {
    const missing = await run('story', 'no such words anywhere', '--data', data.dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('claimdiff stories');
    expect((await run('story', '--data', data.dir)).code).toBe(2);
  });
});
