/**
 * CDK app: `npx cdk synth` (offline, no credentials needed) and `npx cdk deploy`. cdk-nag's AwsSolutions pack runs
 * on every synth, and the synth fails on any finding of error level that is not acknowledged in the stack.
 *
 * Context flags (`-c name=value`):
 *   destroyData=true   dev stacks only: buckets (emptied), alarm key and log groups are deleted with the stack
 *   account=…, region=…  pin the target environment; otherwise the CLI's profile decides at deploy time
 */
import { App, Validations, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ClaimdiffStack } from './stack.ts';

const app = new App();
const flag = (name: string) => app.node.tryGetContext(name) as string | boolean | undefined;

// An environment only when one is known, so synth stays environment-agnostic (and credential-free) otherwise.
const account = (flag('account') as string | undefined) ?? process.env.CDK_DEFAULT_ACCOUNT;
const region = (flag('region') as string | undefined) ?? process.env.CDK_DEFAULT_REGION;
const env: Environment | undefined = account || region ? { account, region } : undefined;

new ClaimdiffStack(app, 'Claimdiff', {
  description: 'claimdiff: news article claims diffed against a corpus (S3 → SQS → Lambda → S3)',
  destroyData: flag('destroyData') === true || flag('destroyData') === 'true',
  env,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
