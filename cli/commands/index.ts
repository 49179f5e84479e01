/**
 * The registry of commands: one entry per command, its code in ./<name>.ts (loaded only when it runs). To add a
 * command, write cli/commands/<name>.ts exporting `run(args, io)` and add its entry here.
 */
import { COMMON, type CommandSpec } from '../command.ts';

/** The output formats of a command that prints one stored object (a report, a dossier). */
const formats = (what: string) =>
  ({
    json: { type: 'boolean', help: `       the ${what} JSON (schemaVersion 1)` },
    md: { type: 'boolean', help: '       Markdown' },
    html: { type: 'boolean', help: '       a standalone HTML page' },
  }) as const;

export const COMMANDS: CommandSpec[] = [
  {
    name: 'ingest',
    summary: 'upload files and run the pipeline on each, in order',
    usage: 'ingest <file|dir>... [--data DIR] [--corpus NAME] [--json] [--bucket NAME]',
    details:
      'A directory contributes its .txt, .html and .htm files, sorted by name; other files are listed as skipped.\n' +
      'With --bucket: uploads to the deployed stack (a few at a time) and waits for the reports its Lambdas write.',
    options: {
      ...COMMON,
      concurrency: { type: 'string', help: 'N      --bucket: uploads in flight at once (default 4)' },
      timeout: { type: 'string', help: 'SECONDS --bucket: how long to wait for each report (default 300)' },
    },
    load: () => import('./ingest.ts'),
  },
  {
    name: 'report',
    summary: "print a document's change report",
    usage: 'report <name|docId> [--json|--md|--html] [--open] [--data DIR] [--corpus NAME] [--bucket NAME]',
    details: '--open writes the HTML report (with the corpus index beside it) to a file and opens it, or prints its path.',
    options: {
      ...COMMON,
      ...formats('report'),
      open: { type: 'boolean', help: '       open the HTML report in a browser (or print its path / link)' },
    },
    load: () => import('./report.ts'),
  },
  {
    name: 'reports',
    summary: 'list uploads, newest first, rejected ones with their reason',
    usage: 'reports [--limit N] [--data DIR] [--corpus NAME] [--json] [--bucket NAME]',
    options: { ...COMMON, limit: { type: 'string', help: 'N      show only the N newest uploads' } },
    load: () => import('./reports.ts'),
  },
  {
    name: 'retry',
    summary: 'try again an upload the pipeline gave up on (listed as failed by reports), in its place in the corpus',
    usage: 'retry <name> [--data DIR] [--corpus NAME] [--json] [--bucket NAME [--timeout SECONDS]]',
    details:
      'A document the diff stage failed on three times is given up so that its corpus goes on; fix the cause, then retry it.\n' +
      'With --bucket: writes a retry request to the deployed bucket (retries/<corpus>/), which its functions pick up, ' +
      'and waits for the result.',
    options: {
      data: COMMON.data,
      corpus: COMMON.corpus,
      json: COMMON.json,
      bucket: COMMON.bucket,
      timeout: { type: 'string', help: 'SECONDS --bucket: how long to wait for the result (default 300)' },
    },
    load: () => import('./retry.ts'),
  },
  {
    name: 'export',
    summary: "write the corpus's reports (index page; each report as HTML, JSON, Markdown) as files whose links work offline",
    usage: 'export --out DIR [--data DIR] [--corpus NAME] [--bucket NAME]',
    details: "Writes DIR/<corpus>/index.html and the reports beside it; prints the index page's path.",
    options: {
      out: { type: 'string', help: 'DIR    the folder to write to (DIR/<corpus>/…)' },
      data: COMMON.data,
      corpus: COMMON.corpus,
      bucket: COMMON.bucket,
    },
    load: () => import('./export.ts'),
  },
  {
    name: 'stories',
    summary: "list the corpus's stories, most recently updated first",
    usage: 'stories [--data DIR] [--corpus NAME] [--json] [--bucket NAME]',
    details: '--json: one object per line, {id, title, documents, updatedAt, disputes}.',
    options: { ...COMMON },
    load: () => import('./stories.ts'),
  },
  {
    name: 'story',
    summary: "print a story's dossier: facts with every source, figures over time, disputes, quotations, entities",
    usage: 'story <id|title words> [--json|--md|--html] [--data DIR] [--corpus NAME] [--bucket NAME]',
    details: 'A story is named by its id (`claimdiff stories` lists them) or by words of its title.',
    options: {
      ...COMMON,
      ...formats('dossier'),
    },
    load: () => import('./story.ts'),
  },
  {
    name: 'migrate',
    summary: 'bring a corpus stored by an earlier version of claimdiff to the current layout (once, while nothing is ingested)',
    usage: 'migrate [--data DIR] [--corpus NAME] [--json] [--bucket NAME]',
    details: 'The pipeline refuses a corpus in an earlier layout and names this command. Prints what was converted.',
    options: { data: COMMON.data, corpus: COMMON.corpus, json: COMMON.json, bucket: COMMON.bucket },
    load: () => import('./migrate.ts'),
  },
  {
    name: 'serve',
    summary: 'keep the embedded S3 endpoint up and process every upload under incoming/, as the deployed bucket does',
    usage: 'serve [--data DIR] [--port N] [--json]',
    details:
      'Prints the endpoint and credentials (S3RVER / S3RVER, path-style) for any S3 client, then one line per processed upload.\n' +
      'Uploads made while it was stopped are processed at the next start. Ctrl-C stops it after the upload in progress.',
    options: {
      data: COMMON.data,
      port: { type: 'string', help: 'N      the port to listen on (default 4568; 0 picks a free one)' },
      json: COMMON.json,
    },
    load: () => import('./serve.ts'),
  },
  {
    name: 'clean',
    summary: 'clean article files without storing anything',
    usage: 'clean <file>... [--out DIR] [--json]',
    options: { out: { type: 'string', help: 'DIR    write DIR/<name>.txt for every input' }, json: COMMON.json },
    load: () => import('./clean.ts'),
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
