/**
 * CDK app: `npx cdk synth` (offline, no credentials needed) and `npx cdk deploy`. cdk-nag's AwsSolutions pack runs
 * on every synth, and the synth fails on any finding of error level that is not acknowledged in the stack.
 *
 * Context flags (`-c name=value`):
 *   destroyData=true   dev stacks only: buckets (emptied), alarm key and log groups are deleted with the stack
 *   account=…, region=…  pin the target environment; otherwise the template names no region or account and the
 *                        deploying profile decides (environment.ts)
 *   prepareConcurrency=N  most prepare functions running at once (default PREPARE_CONCURRENCY in stack.ts)
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { targetEnvironment } from './environment.ts';
import { ClaimdiffStack } from './stack.ts';

const app = new App();
const flag = (name: string) => app.node.tryGetContext(name) as string | boolean | undefined;

// An environment only when asked for, so synth stays environment-agnostic (and credential-free) otherwise.
const env = targetEnvironment(flag);

new ClaimdiffStack(app, 'Claimdiff', {
  description: 'claimdiff: news article claims diffed against a corpus (S3 → SQS → Lambda → S3)',
  destroyData: flag('destroyData') === true || flag('destroyData') === 'true',
  prepareConcurrency: flag('prepareConcurrency') === undefined ? undefined : Number(flag('prepareConcurrency')),
  env,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
