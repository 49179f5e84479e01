import { basename } from 'node:path';
import { renderIngestLine, shouldUseColor } from '../../shared/report/render-terminal.ts';
import { intOption } from '../args.ts';
import { CLI, contractEntry, UsageError, whereFlags, type CliArgs, type Io } from '../command.ts';
import { LOCAL_BUCKET } from '../local.ts';
import { startServer, type Server } from '../serve.ts';

/** s3rver's own default port, so S3 tool configurations written for it work unchanged. */
export const DEFAULT_PORT = 4568;

export async function run(args: CliArgs, io: Io, stop: Promise<unknown> = stopSignal()): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError(`serve takes no arguments (got ${args.positionals.join(' ')})`);
  if (args.bucket) throw new UsageError('serve runs the embedded store; a deployed bucket processes its uploads itself');
  const port = intOption(args, 'port', DEFAULT_PORT, 0);
  const color = shouldUseColor({ isTTY: io.stdoutIsTTY }, io.env);
  let server: Server;
  try {
    server = await startServer(args.data, {
      port,
      onProcessed: ({ key, corpus, entry, error }) => {
        const where = corpus === 'default' ? '' : ` [${corpus}]`;
        if (args.json)
          io.out(
            JSON.stringify(
              entry
                ? contractEntry(entry)
                : { name: basename(key), sourceKey: key, docId: null, status: 'rejected', reason: error, counts: null },
            ) + '\n',
          );
        else io.out(entry ? `${renderIngestLine(entry, { color })}${where}\n` : `✗ ${key}: failed: ${error}\n`);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      io.err(`claimdiff serve: port ${port} is in use (another serve?); choose another with --port N\n`);
      return 1;
    }
    throw error;
  }
  const e = server.endpoint;
  io.err(
    [
      `claimdiff serve: S3 endpoint ${e}  bucket ${LOCAL_BUCKET}  (store in ${args.data})`,
      `credentials: access key S3RVER, secret key S3RVER, path-style addressing, any region`,
      'upload:   AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER ' +
        `aws --endpoint-url ${e} s3 cp article.html s3://${LOCAL_BUCKET}/incoming/<corpus>/`,
      `read:     ${CLI} reports${whereFlags(args)}   ${CLI} report <name>${whereFlags(args)}`,
      server.waiting ? `processing ${server.waiting} upload(s) that arrived while no server ran` : null,
      `every upload under incoming/ is processed as it arrives; Ctrl-C stops`,
      '',
    ]
      .filter((l) => l !== null)
      .join('\n'),
  );
  await stop;
  io.err('stopping after the upload in progress…\n');
  const { dropped } = await server.close();
  io.err(`stopped${dropped ? `; ${dropped} upload(s) not processed yet will be at the next start` : ''}\n`);
  return 0;
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
