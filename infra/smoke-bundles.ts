/**
 * Proves the deployable bundles work, not just the TypeScript: synthesises the stack with real bundling (local
 * esbuild, jsdom installed into the prepare asset), then runs each bundle's `handler` in a fresh Node process, as
 * Lambda would, against the embedded S3 server and a stand-in SQS endpoint, on an invented HTML article.
 *
 *   npx tsx infra/smoke-bundles.ts
 *
 * Prints the synth time, asset sizes, cold import times and the outcome. Exits non-zero on any failure. Needs no
 * AWS account; the SDK is pointed at the local endpoints with its standard AWS_ENDPOINT_URL_* variables.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { LOCAL_BUCKET, startLocalStack } from '../cli/local.ts';
import { encodeS3Key } from '../shared/pipeline/events.ts';
import { ClaimdiffStack } from './stack.ts';

const work = mkdtempSync(join(tmpdir(), 'claimdiff-smoke-'));

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Synthesis with bundling: the same constructs `cdk synth` runs. Returns each function's asset directory. */
function synthesise(outdir: string): Record<'Prepare' | 'Diff', string> {
  const started = performance.now();
  const app = new App({ outdir });
  const stack = new ClaimdiffStack(app, 'Claimdiff');
  const assembly = app.synth();
  console.log(`synth with bundling: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const template = assembly.getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: { Code?: { S3Key?: string } } }>;
  };
  const dirs = {} as Record<'Prepare' | 'Diff', string>;
  for (const name of ['Prepare', 'Diff'] as const) {
    const [, fn] = Object.entries(template.Resources).find(([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith(name))!;
    const hash = fn.Properties.Code!.S3Key!.replace(/\.zip$/, '');
    dirs[name] = join(outdir, `asset.${hash}`);
    const size = dirSize(dirs[name]);
    const zip = join(work, `${name}.zip`);
    execFileSync('zip', ['-qr9', zip, '.'], { cwd: dirs[name] });
    console.log(`${name} asset: ${mb(size.bytes)} in ${size.files} files, ${mb(statSync(zip).size)} zipped`);
  }
  return dirs;
}

/**
 * Runs `handler(event)` from a bundle in a new Node process and returns what it returned. Asynchronous on purpose:
 * the S3 server and the SQS stand-in live in this process and must keep answering while the child runs.
 */
async function invoke(assetDir: string, event: unknown, env: Record<string, string>): Promise<unknown> {
  const runner = `
    const t0 = performance.now();
    const { handler } = await import(${JSON.stringify(join(assetDir, 'index.mjs'))});
    const t1 = performance.now();
    const result = await handler(JSON.parse(process.env.SMOKE_EVENT), {});
    console.log(JSON.stringify({ importMs: Math.round(t1 - t0), runMs: Math.round(performance.now() - t1), result }));
  `;
  const child = spawn(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', runner], {
    env: { PATH: process.env.PATH ?? '', ...env, SMOKE_EVENT: JSON.stringify(event) },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const timer = setTimeout(() => child.kill(), 120_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (status !== 0) throw new Error(`bundle in ${assetDir} failed (exit ${status}):\n${stderr}\n${stdout}`);
  const last = stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{"importMs"'))
    .pop();
  if (!last) throw new Error(`no result from ${assetDir}:\n${stdout}\n${stderr}`);
  const parsed = JSON.parse(last) as { importMs: number; runMs: number; result: unknown };
  const logLines = stdout
    .trim()
    .split('\n')
    .filter((l) => l !== last);
  console.log(`  cold import ${parsed.importMs} ms, handler ${parsed.runMs} ms, ${logLines.length} log lines`);
  for (const line of logLines) console.log(`  | ${line.slice(0, 300)}`);
  return parsed.result;
}

/** Stand-in for SQS's JSON protocol: accepts SendMessage, remembers the bodies. */
async function fakeSqs(): Promise<{ url: string; sent: Array<Record<string, string>>; close: () => void }> {
  const sent: Array<Record<string, string>> = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => resolve(body));
    });
  const server = createServer(async (req, res) => {
    const body = JSON.parse((await read(req)) || '{}') as Record<string, string>;
    if (req.headers['x-amz-target'] !== 'AmazonSQS.SendMessage') {
      res
        .writeHead(400, { 'content-type': 'application/x-amz-json-1.0' })
        .end(JSON.stringify({ __type: 'InvalidAction', message: String(req.headers['x-amz-target']) }));
      return;
    }
    sent.push(body);
    const md5 = createHash('md5').update(body.MessageBody).digest('hex');
    res
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.0' })
      .end(JSON.stringify({ MessageId: `m-${sent.length}`, MD5OfMessageBody: md5, SequenceNumber: String(sent.length) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, sent, close: () => server.close() };
}

function sqsRecord(body: unknown, id: string, attributes: Record<string, string> = {}) {
  return {
    messageId: id,
    receiptHandle: id,
    body: JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'smoke',
      ApproximateFirstReceiveTimestamp: '0',
      ...attributes,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:smoke',
    awsRegion: 'us-east-1',
  };
}

// An invented page: navigation, a teaser list and a footer around a short article.
const page = `<!doctype html><html><head><title>Ferry service to Isle Carrow suspended</title></head><body>
<header><a href="/">Front page</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/login">Sign in</a></header>
<main><article><h1>Ferry service to Isle Carrow suspended</h1>
<p>The ferry link to Isle Carrow was suspended on Monday after a crane failure at the pier, the operator said.</p>
<p>"We expect to resume sailings on Thursday once the crane is repaired," said Tomas Veller, the harbour master.</p>
<p>Around 1,200 islanders rely on the crossing each week, according to the island council.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm warning for the coast</a></li>
<li><a href="/b">New bakery opens</a></li></ul></aside></main>
<footer>© Example Island Times 2026</footer></body></html>`;

async function main(): Promise<void> {
  const assets = synthesise(join(work, 'cdk.out'));
  const local = await startLocalStack(join(work, 'data'));
  const sqs = await fakeSqs();
  try {
    const env = {
      BUCKET_NAME: LOCAL_BUCKET,
      DIFF_QUEUE_URL: `${sqs.url}/000000000000/claimdiff-diff.fifo`,
      POWERTOOLS_SERVICE_NAME: 'claimdiff',
      POWERTOOLS_METRICS_NAMESPACE: 'claimdiff',
      LOG_LEVEL: 'INFO',
      AWS_REGION: 'us-east-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', // Lambda runs Node 24; this machine may not
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_ENDPOINT_URL_S3: local.endpoint,
      AWS_ENDPOINT_URL_SQS: sqs.url,
      // s3rver keeps aws-chunked framing verbatim unless checksums are only sent when an operation needs them.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    };
    const key = 'incoming/carrow/island times.html';
    const next = local.events.next(key);
    await local.store.put(key, page, 'text/html');
    const s3Event = await next;
    const encoded = {
      ...s3Event,
      Records: s3Event.Records.map((r) => ({ ...r, s3: { ...r.s3, object: { ...r.s3.object, key: encodeS3Key(r.s3.object.key) } } })),
    };

    console.log('prepare bundle:');
    const prepared = (await invoke(assets.Prepare, { Records: [sqsRecord(encoded, 'upload-1')] }, env)) as { batchItemFailures: unknown[] };
    if (prepared.batchItemFailures.length) throw new Error(`prepare failed: ${JSON.stringify(prepared)}`);
    if (sqs.sent.length !== 1) throw new Error(`prepare sent ${sqs.sent.length} messages to the diff queue`);
    const message = sqs.sent[0];
    if (message.MessageGroupId !== 'carrow' || !message.MessageDeduplicationId)
      throw new Error(`bad FIFO attributes: ${JSON.stringify(message)}`);

    console.log('diff bundle:');
    const fifo = sqsRecord(JSON.parse(message.MessageBody), 'diff-1', {
      MessageGroupId: message.MessageGroupId,
      MessageDeduplicationId: message.MessageDeduplicationId,
    });
    const diffed = (await invoke(assets.Diff, { Records: [fifo] }, env)) as { batchItemFailures: unknown[] };
    if (diffed.batchItemFailures.length) throw new Error(`diff failed: ${JSON.stringify(diffed)}`);

    const reports = await local.store.list('reports/carrow/');
    const docId = (JSON.parse(message.MessageBody) as { docId: string }).docId;
    for (const suffix of ['.json', '.md', '.html']) {
      if (!reports.includes(`reports/carrow/${docId}${suffix}`))
        throw new Error(`missing report ${docId}${suffix}; have ${reports.join(', ')}`);
    }
    const report = JSON.parse(new TextDecoder().decode((await local.store.get(`reports/carrow/${docId}.json`))!)) as {
      findings?: unknown[];
    };
    const prepDoc = JSON.parse(new TextDecoder().decode((await local.store.get(`corpus/carrow/prepared/${docId}.json`))!)) as {
      format: string;
      cleanedText: string;
      claims: unknown[];
    };
    if (prepDoc.format !== 'html') throw new Error(`the page was read as ${prepDoc.format}, not html (jsdom missing?)`);
    if (/Most read|Sign in/.test(prepDoc.cleanedText)) throw new Error('page furniture survived cleaning');
    console.log(
      `ok: html cleaned to ${prepDoc.cleanedText.length} chars, ${prepDoc.claims.length} claims, ` +
        `${report.findings?.length ?? 0} findings; ${reports.length} report objects`,
    );
  } finally {
    sqs.close();
    await local.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
