#!/usr/bin/env node
// Runs the compiled CLI in dist/ (built at `npm ci` by the `prepare` script, or here when missing or older than
// the sources); falls back to compiling the TypeScript on the fly through tsx when no build is possible.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const builder = await import('../scripts/build-cli.mjs').catch(() => null);
let main;
if (builder && !builder.isFresh()) await builder.build().catch(() => null);
if (builder?.isFresh() ?? true) main = await import('../dist/main.js').then((m) => m.main).catch(() => null);
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  main = (await import('../cli/main.ts')).main;
}
process.exitCode = await main(process.argv.slice(2));
