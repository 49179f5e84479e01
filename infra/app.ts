/** CDK app: `npx cdk synth` (offline, no credentials) and `npx cdk deploy`. cdk-nag's AwsSolutions pack runs on synth. */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ClaimdiffStack } from './stack.ts';

const app = new App();
new ClaimdiffStack(app, 'Claimdiff', {
  destroyData: app.node.tryGetContext('destroyData') === 'true' || app.node.tryGetContext('destroyData') === true,
  env: process.env.CDK_DEFAULT_ACCOUNT ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION } : undefined,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
