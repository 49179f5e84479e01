/** Infrastructure assertions on the synthesised template (bundling skipped: these check wiring, not code). */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimdiffStack, DIFF, PREPARE } from '../../infra/stack.ts';

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

function synth(withNag = false): { template: Template; app: App } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new ClaimdiffStack(app, 'Test');
  if (withNag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { template: Template.fromStack(stack), app };
}

function policyStatements(template: Template, rolePrefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([id]) => id.startsWith(rolePrefix))
    .flatMap(([, p]) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
}

const actionsOf = (s: Statement) => ([] as string[]).concat(s.Action);
const resourceText = (s: Statement) => JSON.stringify(s.Resource);

describe('ClaimdiffStack', () => {
  let template: Template;
  beforeAll(() => {
    template = synth().template;
  });

  it('secures the article bucket: public access blocked, SSL only, encrypted, versioned, logged', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'articles/' }),
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'incoming/', NoncurrentVersionExpiration: { NoncurrentDays: 90 } }), Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } })]) },
    });
    const policies = template.findResources('AWS::S3::BucketPolicy');
    const denies = Object.values(policies).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Array<Record<string, unknown>> } } }).Properties.PolicyDocument.Statement);
    expect(denies.filter((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('aws:SecureTransport')).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(template.toJSON())).not.toContain('WebsiteConfiguration');
  });

  it('keeps the data when the stack is deleted (unless a dev stack asks otherwise)', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    for (const b of Object.values(buckets)) expect((b as { DeletionPolicy: string }).DeletionPolicy).toBe('Retain');
  });

  it('notifies the prepare queue only for uploads under incoming/', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          { Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } }, QueueArn: Match.anyValue() },
        ],
      },
    });
  });

  it('has a standard prepare queue and a FIFO diff queue, each encrypted, SSL-only, with a DLQ after 5 receives', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    const main = Object.entries(queues).filter(([, q]) => (q as { Properties: { RedrivePolicy?: unknown } }).Properties.RedrivePolicy);
    expect(main).toHaveLength(2);
    for (const [, q] of main) {
      const props = (q as { Properties: { RedrivePolicy: { maxReceiveCount: number }; SqsManagedSseEnabled: boolean } }).Properties;
      expect(props.RedrivePolicy.maxReceiveCount).toBeGreaterThanOrEqual(5);
      expect(props.SqsManagedSseEnabled).toBe(true);
    }
    template.resourceCountIs('AWS::SQS::Queue', 4);
    template.hasResourceProperties('AWS::SQS::Queue', { FifoQueue: true, ContentBasedDeduplication: false, RedrivePolicy: Match.anyValue() });
    template.hasResourceProperties('AWS::SQS::Queue', { FifoQueue: true, RedrivePolicy: Match.absent() });
    const queuePolicies = JSON.stringify(template.findResources('AWS::SQS::QueuePolicy'));
    expect(queuePolicies.match(/aws:SecureTransport/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('sets visibility timeouts to at least six times the consuming function timeout', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: PREPARE.timeout.toSeconds() * 6, FifoQueue: Match.absent() });
    template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: DIFF.timeout.toSeconds() * 6, FifoQueue: true, RedrivePolicy: Match.anyValue() });
  });

  it('wires each queue to its function with partial batch responses', () => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Array<{ Properties: { FunctionResponseTypes: string[]; BatchSize: number; FunctionName: { Ref: string }; EventSourceArn: unknown } }>;
    expect(mappings).toHaveLength(2);
    for (const m of mappings) expect(m.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    const byFunction = Object.fromEntries(mappings.map((m) => [m.Properties.FunctionName.Ref.replace(/[0-9A-F]{8}$/, ''), JSON.stringify(m.Properties.EventSourceArn)]));
    expect(byFunction.Prepare).toMatch(/PrepareQueue/);
    expect(byFunction.Diff).toMatch(/DiffQueue/);
  });

  it('sizes the functions on purpose: runtime, memory, timeout, arm64, tracing, JSON logs', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', Runtime: 'nodejs24.x', MemorySize: PREPARE.memorySize, Timeout: PREPARE.timeout.toSeconds(), Architectures: ['arm64'], TracingConfig: { Mode: 'Active' }, LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }), Environment: { Variables: Match.objectLike({ BUCKET_NAME: Match.anyValue(), DIFF_QUEUE_URL: Match.anyValue() }) } });
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', MemorySize: DIFF.memorySize, Timeout: DIFF.timeout.toSeconds(), Environment: { Variables: Match.objectLike({ BUCKET_NAME: Match.anyValue(), DIFF_QUEUE_URL: Match.absent() }) } });
  });

  it('grants S3 access by prefix: prepare reads uploads and writes only prepared documents and rejection records', () => {
    const prepare = policyStatements(template, 'PrepareServiceRoleDefaultPolicy');
    const writes = prepare.filter((s) => actionsOf(s).includes('s3:PutObject'));
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) {
      expect(resourceText(w)).not.toContain('incoming/');
      expect(resourceText(w)).toMatch(/corpus\/\*\/prepared\/\*|reports\/\*\/uploads\/\*/);
    }
    const reads = prepare.filter((s) => actionsOf(s).includes('s3:GetObject'));
    expect(reads.map(resourceText).join()).toContain('incoming/*');
    expect(prepare.some((s) => actionsOf(s).some((a) => /sqs:SendMessage/.test(a)) && resourceText(s).includes('DiffQueue'))).toBe(true);
  });

  it('grants the diff stage corpus/ and reports/ only, and nobody s3 actions on * or on every object', () => {
    const diff = policyStatements(template, 'DiffServiceRoleDefaultPolicy');
    const objectGrants = diff.filter((s) => actionsOf(s).some((a) => a === 's3:PutObject' || a === 's3:GetObject'));
    expect(objectGrants.map(resourceText).join()).toMatch(/corpus\/\*/);
    expect(objectGrants.map(resourceText).join()).not.toContain('incoming/');
    for (const s of [...diff, ...policyStatements(template, 'PrepareServiceRoleDefaultPolicy')]) {
      if (!actionsOf(s).some((a) => a.startsWith('s3:'))) continue;
      expect(s.Resource).not.toBe('*');
      expect(resourceText(s)).not.toMatch(/\.Arn"\]\},"\/\*"\]/); // "<bucket>/*": the whole bucket
      expect(actionsOf(s).some((a) => a === 's3:*' || a === 's3:Delete*' || a === 's3:DeleteObject')).toBe(false);
    }
  });

  it('alarms on each dead-letter queue into an encrypted, SSL-only topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Array<{ Properties: { MetricName: string; Threshold: number; Dimensions: Array<{ Value: unknown }> } }>;
    expect(alarms).toHaveLength(2);
    for (const a of alarms) {
      expect(a.Properties.MetricName).toBe('ApproximateNumberOfMessagesVisible');
      expect(a.Properties.Threshold).toBe(1);
      expect(JSON.stringify(a.Properties.Dimensions)).toMatch(/Dlq/);
    }
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('passes cdk-nag AwsSolutions with every error acknowledged (synth fails on any other)', () => {
    // Control: the checks do run, and fail a synth with an unacknowledged error.
    const control = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    new Bucket(new Stack(control, 'Control'), 'Plain');
    Validations.of(control).addPlugins(new AwsSolutionsChecks(control));
    expect(() => control.synth()).toThrow(/AwsSolutions-S1/);
    const { app } = synth(true);
    expect(() => app.synth()).not.toThrow();
  });
});
