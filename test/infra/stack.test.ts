/** Infrastructure assertions on the synthesised template (bundling skipped: these check wiring, not code). */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetEnvironment } from '../../infra/environment.ts';
import { ACCESS, DIFF, MAX_RECEIVES, PREPARE, PREPARE_CONCURRENCY, VISIBILITY_FACTOR } from '../../infra/stack.ts';
import { actionsOf, mayList, mayObject, resourcesOf, roleStatements, s3Access, synthStack, type Statement } from './template.ts';

type Resource<P = Record<string, unknown>> = { Type: string; Properties: P; DeletionPolicy?: string; UpdateReplacePolicy?: string };

function only<P = Record<string, unknown>>(template: Template, type: string, props: Record<string, unknown> = {}): [string, Resource<P>] {
  const found = Object.entries(template.findResources(type, { Properties: props })) as Array<[string, Resource<P>]>;
  expect(found, `exactly one ${type} matching ${JSON.stringify(props)}`).toHaveLength(1);
  return found[0];
}

const resourceText = (s: Statement) => JSON.stringify(s.Resource);

describe('ClaimdiffStack', () => {
  let template: Template;
  let bucketId: string;
  beforeAll(() => {
    template = synthStack().template;
    bucketId = only(template, 'AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } })[0];
  });

  describe('article bucket', () => {
    it('blocks public access, encrypts, versions, logs access and has no website', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue(), LogFilePrefix: 'articles/' }),
      });
      for (const [, b] of Object.entries(template.findResources('AWS::S3::Bucket')) as Array<[string, Resource]>) {
        expect(b.Properties.WebsiteConfiguration).toBeUndefined();
        expect(b.Properties.AccessControl, 'no ACL grants (log delivery is allowed by bucket policy)').toBeUndefined();
        expect(b.Properties.PublicAccessBlockConfiguration).toEqual({
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        });
        expect(b.Properties.BucketEncryption).toBeDefined();
      }
    });

    it('expires old versions of uploads, reports and pipeline state, and aborts incomplete multipart uploads', () => {
      const [, bucket] = only<{ LifecycleConfiguration: { Rules: Array<Record<string, unknown>> } }>(template, 'AWS::S3::Bucket', {
        VersioningConfiguration: { Status: 'Enabled' },
      });
      const rules = bucket.Properties.LifecycleConfiguration.Rules;
      const byPrefix = (prefix: string) => rules.find((r) => r.Prefix === prefix);
      expect(byPrefix('incoming/')).toMatchObject({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 90 } });
      expect(byPrefix('corpus/')).toMatchObject({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 7 } });
      expect(byPrefix('reports/')).toMatchObject({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 } });
      // Current versions are never expired: only the user deletes an upload or a report. Retry requests are read
      // once, when written, and go after a week.
      expect(byPrefix('retries/')).toMatchObject({ Status: 'Enabled', ExpirationInDays: 7 });
      for (const r of rules) if (r.Prefix !== 'retries/') expect(r.ExpirationInDays).toBeUndefined();
      const abort = rules.find((r) => r.AbortIncompleteMultipartUpload);
      expect(abort).toMatchObject({ Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } });
      expect(abort?.Prefix, 'the abort rule covers the whole bucket').toBeUndefined();
    });

    it('denies every request without TLS on both buckets, and lets only S3 log delivery write access logs', () => {
      const policies = Object.values(template.findResources('AWS::S3::BucketPolicy')) as Array<
        Resource<{ Bucket: { Ref: string }; PolicyDocument: { Statement: Statement[] } }>
      >;
      const buckets = Object.keys(template.findResources('AWS::S3::Bucket'));
      expect(buckets).toHaveLength(2);
      for (const id of buckets) {
        const statements = policies.filter((p) => p.Properties.Bucket.Ref === id).flatMap((p) => p.Properties.PolicyDocument.Statement);
        const tlsDeny = statements.find(
          (s) => s.Effect === 'Deny' && JSON.stringify(s.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
        );
        expect(tlsDeny, `TLS-only policy on ${id}`).toBeDefined();
        expect(actionsOf(tlsDeny!)).toEqual(['s3:*']);
        expect(resourcesOf(tlsDeny!)).toHaveLength(2); // the bucket and its objects
        for (const s of statements.filter((x) => x.Effect === 'Allow')) {
          expect(s.Principal).toEqual({ Service: 'logging.s3.amazonaws.com' });
          expect(actionsOf(s)).toEqual(['s3:PutObject']);
          expect(JSON.stringify(s.Condition)).toContain(bucketId); // only logs of the article bucket
        }
      }
    });

    it('keeps the data when the stack is deleted, unless a dev stack asks otherwise', () => {
      for (const b of Object.values(template.findResources('AWS::S3::Bucket')) as Resource[]) {
        expect(b.DeletionPolicy).toBe('Retain');
        expect(b.UpdateReplacePolicy).toBe('Retain');
      }
      expect(Object.keys(template.findResources('Custom::S3AutoDeleteObjects'))).toHaveLength(0);
      const dev = synthStack({ destroyData: true }).template;
      for (const b of Object.values(dev.findResources('AWS::S3::Bucket')) as Resource[]) expect(b.DeletionPolicy).toBe('Delete');
      expect(Object.keys(dev.findResources('Custom::S3AutoDeleteObjects'))).toHaveLength(2);
    });
  });

  describe('queues and wiring', () => {
    it('notifies the prepare queue of uploads under incoming/ and retry requests under retries/ only', () => {
      const [, n] = only<{ NotificationConfiguration: Record<string, unknown[]>; BucketName: { Ref: string } }>(
        template,
        'Custom::S3BucketNotifications',
      );
      expect(n.Properties.BucketName).toEqual({ Ref: bucketId });
      const config = n.Properties.NotificationConfiguration;
      expect(Object.keys(config)).toEqual(['QueueConfigurations']);
      const [prepareQueueId] = only(template, 'AWS::SQS::Queue', { VisibilityTimeout: PREPARE.timeout.toSeconds() * VISIBILITY_FACTOR });
      // Neither prefix is one the functions write to, so their writes never notify.
      expect(config.QueueConfigurations).toEqual(
        ['incoming/', 'retries/'].map((prefix) => ({
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: prefix }] } },
          QueueArn: { 'Fn::GetAtt': [prepareQueueId, 'Arn'] },
        })),
      );
      // S3 may send to that queue, and only for this bucket.
      const queuePolicies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as Array<
        Resource<{ Queues: Array<{ Ref: string }>; PolicyDocument: { Statement: Statement[] } }>
      >;
      const s3Allow = queuePolicies
        .flatMap((p) => p.Properties.PolicyDocument.Statement.map((s) => ({ s, queues: p.Properties.Queues })))
        .filter(({ s }) => s.Effect === 'Allow');
      expect(s3Allow).toHaveLength(1);
      expect(s3Allow[0].queues).toEqual([{ Ref: prepareQueueId }]);
      expect(s3Allow[0].s.Principal).toEqual({ Service: 's3.amazonaws.com' });
      expect(s3Allow[0].s.Condition).toEqual({ ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [bucketId, 'Arn'] } } });
    });

    it('has a standard prepare queue and a FIFO diff queue (sender-set dedup ids), each with its own DLQ after ≥ 5 receives', () => {
      const queues = template.findResources('AWS::SQS::Queue') as Record<
        string,
        Resource<Record<string, unknown> & { RedrivePolicy?: { maxReceiveCount: number; deadLetterTargetArn: unknown } }>
      >;
      expect(Object.keys(queues)).toHaveLength(4);
      const main = Object.entries(queues).filter(([, q]) => q.Properties.RedrivePolicy);
      expect(main).toHaveLength(2);
      const dlqTargets = new Set<string>();
      for (const [, q] of main) {
        expect(q.Properties.RedrivePolicy!.maxReceiveCount).toBe(MAX_RECEIVES);
        expect(MAX_RECEIVES).toBeGreaterThanOrEqual(5);
        const target = (q.Properties.RedrivePolicy!.deadLetterTargetArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
        dlqTargets.add(target);
        // A FIFO queue's DLQ must be FIFO as well; a standard queue's must be standard.
        expect(queues[target].Properties.FifoQueue).toBe(q.Properties.FifoQueue);
        expect(queues[target].Properties.RedrivePolicy).toBeUndefined();
        expect(queues[target].Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
      }
      expect(dlqTargets.size).toBe(2);
      const [, diffQueue] = only(template, 'AWS::SQS::Queue', { FifoQueue: true, RedrivePolicy: Match.anyValue() });
      expect(diffQueue.Properties.ContentBasedDeduplication).toBe(false);
      const [, prepareQueue] = only(template, 'AWS::SQS::Queue', { FifoQueue: Match.absent(), RedrivePolicy: Match.anyValue() });
      expect(prepareQueue.Properties.ContentBasedDeduplication).toBeUndefined();
    });

    it('encrypts every queue and denies every request without TLS', () => {
      const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
      const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as Array<
        Resource<{ Queues: Array<{ Ref: string }>; PolicyDocument: { Statement: Statement[] } }>
      >;
      for (const id of queues) {
        template.hasResource('AWS::SQS::Queue', { Properties: Match.objectLike({ SqsManagedSseEnabled: true }) });
        expect((template.toJSON().Resources[id] as Resource).Properties.SqsManagedSseEnabled, id).toBe(true);
        const statements = policies
          .filter((p) => p.Properties.Queues.some((q) => q.Ref === id))
          .flatMap((p) => p.Properties.PolicyDocument.Statement);
        expect(
          statements.some(
            (s) =>
              s.Effect === 'Deny' &&
              actionsOf(s).includes('sqs:*') &&
              JSON.stringify(s.Condition).includes('"aws:SecureTransport":"false"'),
          ),
          id,
        ).toBe(true);
      }
    });

    it('sets each queue’s visibility timeout to at least six times its consumer’s timeout', () => {
      const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource<{ Timeout: number }>>;
      const queues = template.findResources('AWS::SQS::Queue') as Record<string, Resource<{ VisibilityTimeout?: number }>>;
      const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Array<
        Resource<{ FunctionName: { Ref: string }; EventSourceArn: { 'Fn::GetAtt': [string, string] } }>
      >;
      expect(mappings).toHaveLength(2);
      for (const m of mappings) {
        const timeout = functions[m.Properties.FunctionName.Ref].Properties.Timeout;
        const visibility = queues[m.Properties.EventSourceArn['Fn::GetAtt'][0]].Properties.VisibilityTimeout!;
        expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
      }
    });

    it('wires each queue to its own function with partial batch responses', () => {
      const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Array<
        Resource<{
          FunctionResponseTypes: string[];
          BatchSize: number;
          FunctionName: { Ref: string };
          EventSourceArn: { 'Fn::GetAtt': [string, string] };
        }>
      >;
      const byFunction = Object.fromEntries(mappings.map((m) => [m.Properties.FunctionName.Ref.replace(/[0-9A-F]{8}$/, ''), m.Properties]));
      expect(Object.keys(byFunction).sort()).toEqual(['Diff', 'Prepare']);
      for (const m of mappings) expect(m.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
      expect(byFunction.Prepare.EventSourceArn['Fn::GetAtt'][0]).toMatch(/^PrepareQueue/);
      expect(byFunction.Diff.EventSourceArn['Fn::GetAtt'][0]).toMatch(/^DiffQueue/);
      expect(byFunction.Diff.BatchSize).toBeLessThanOrEqual(10); // the FIFO maximum
    });

    it('gives each upload a prepare invocation of its own (no slow neighbour to time out with), PREPARE_CONCURRENCY at most', () => {
      const prepareMapping = (t: Template) => {
        const mappings = Object.values(t.findResources('AWS::Lambda::EventSourceMapping')) as Array<
          Resource<{ BatchSize: number; ScalingConfig?: { MaximumConcurrency: number }; FunctionName: { Ref: string } }>
        >;
        return mappings.find((m) => m.Properties.FunctionName.Ref.startsWith('Prepare'))!.Properties;
      };
      expect(prepareMapping(template)).toMatchObject({ BatchSize: 1, ScalingConfig: { MaximumConcurrency: PREPARE_CONCURRENCY } });
      expect(PREPARE_CONCURRENCY).toBeGreaterThanOrEqual(2); // the SQS event source's minimum
      expect(prepareMapping(synthStack({ prepareConcurrency: 50 }).template).ScalingConfig).toEqual({ MaximumConcurrency: 50 });
      expect(() => synthStack({ prepareConcurrency: 1 })).toThrow(/prepareConcurrency must be a whole number from 2 to 1000/);
    });
  });

  describe('functions', () => {
    it('sizes them on purpose: runtime, arm64, memory, timeout, tracing, JSON logs, Powertools environment', () => {
      const common = {
        Handler: 'index.handler',
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: Match.objectLike({ LogFormat: 'JSON', LogGroup: Match.anyValue() }),
      };
      const env = {
        POWERTOOLS_SERVICE_NAME: 'claimdiff',
        POWERTOOLS_METRICS_NAMESPACE: 'claimdiff',
        LOG_LEVEL: 'INFO',
        BUCKET_NAME: { Ref: bucketId },
      };
      const [, prepare] = only<{ Environment: { Variables: Record<string, unknown> } }>(template, 'AWS::Lambda::Function', {
        ...common,
        MemorySize: PREPARE.memorySize,
        Timeout: PREPARE.timeout.toSeconds(),
      });
      expect(prepare.Properties.Environment.Variables).toMatchObject({
        ...env,
        DIFF_QUEUE_URL: { Ref: expect.stringMatching(/^DiffQueue/) },
      });
      const [, diff] = only<{ Environment: { Variables: Record<string, unknown> } }>(template, 'AWS::Lambda::Function', {
        ...common,
        MemorySize: DIFF.memorySize,
        Timeout: DIFF.timeout.toSeconds(),
      });
      expect(diff.Properties.Environment.Variables).toMatchObject(env);
      expect(diff.Properties.Environment.Variables.DIFF_QUEUE_URL).toBeUndefined();
      expect(PREPARE.memorySize).toBeGreaterThanOrEqual(1024); // jsdom
    });

    it('keeps their logs for a set time, in log groups of their own', () => {
      const groups = template.findResources('AWS::Logs::LogGroup') as Record<string, Resource<{ RetentionInDays?: number }>>;
      const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } })) as Array<
        Resource<{ LoggingConfig: { LogGroup: { Ref: string } } }>
      >;
      expect(functions).toHaveLength(2);
      const used = functions.map((f) => f.Properties.LoggingConfig.LogGroup.Ref);
      expect(new Set(used).size).toBe(2);
      for (const id of used) expect(groups[id].Properties.RetentionInDays).toBe(30);
    });
  });

  describe('least privilege', () => {
    it('gives each function a role of its own without managed policies; logs only to its own log group', () => {
      for (const name of ['Prepare', 'Diff']) {
        const [, fn] = only<{ Role: { 'Fn::GetAtt': [string, string] }; LoggingConfig: { LogGroup: { Ref: string } } }>(
          template,
          'AWS::Lambda::Function',
          { Role: { 'Fn::GetAtt': [Match.stringLikeRegexp(`^${name}Role`), 'Arn'] } },
        );
        const roleId = fn.Properties.Role['Fn::GetAtt'][0];
        const role = template.toJSON().Resources[roleId] as Resource<{
          ManagedPolicyArns?: unknown;
          AssumeRolePolicyDocument: { Statement: Statement[] };
        }>;
        expect(role.Properties.ManagedPolicyArns).toBeUndefined();
        expect(role.Properties.AssumeRolePolicyDocument.Statement.map((s) => s.Principal)).toEqual([{ Service: 'lambda.amazonaws.com' }]);
        const logs = roleStatements(template, roleId).filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
        expect(logs).toHaveLength(1);
        expect(actionsOf(logs[0]).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
        expect(logs[0].Resource).toEqual({ 'Fn::GetAtt': [fn.Properties.LoggingConfig.LogGroup.Ref, 'Arn'] });
      }
    });

    it('grants nothing on * but X-Ray, and no s3 action on the whole bucket’s objects', () => {
      const all = [...roleStatements(template, 'PrepareRole'), ...roleStatements(template, 'DiffRole')];
      for (const s of all) {
        if (resourcesOf(s).includes('*')) expect(actionsOf(s).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
        for (const a of actionsOf(s)) expect(a, 'no wildcard actions').not.toMatch(/\*/);
        if (!actionsOf(s).some((a) => a.startsWith('s3:'))) continue;
        const access = s3Access([s], bucketId);
        expect(access.unexplained).toEqual([]);
        for (const patterns of access.objects.values()) {
          for (const p of patterns) {
            expect(p, 'an object grant names a top-level prefix').toMatch(/^(incoming|corpus|reports|retries)\/./);
            expect(p).not.toBe('*');
          }
        }
        expect(actionsOf(s).some((a) => /^s3:(Delete|PutBucket|PutObjectAcl|GetBucket)/.test(a))).toBe(false);
      }
    });

    it('lets prepare read uploads and write only prepared documents and rejection records, never under incoming/', () => {
      const prepare = s3Access(roleStatements(template, 'PrepareRole'), bucketId);
      expect(prepare.unexplained).toEqual([]);
      expect([...prepare.objects.keys()].sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject']);
      expect(mayObject(prepare, 's3:GetObject', 'incoming/quake/report one.html')).toBe(true);
      expect(mayObject(prepare, 's3:GetObjectVersion', 'incoming/quake/report one.html')).toBe(true);
      expect(mayObject(prepare, 's3:PutObject', 'corpus/quake/prepared/0123456789abcdef0123.json')).toBe(true);
      expect(mayObject(prepare, 's3:PutObject', 'reports/quake/uploads/0123456789abcdef0123.json')).toBe(true);
      for (const key of [
        'incoming/quake/report one.html',
        'incoming/x.txt',
        'corpus/quake/head.json',
        'corpus/quake/index/k.json',
        'reports/quake/abc.json',
        'reports/quake/index.html',
      ]) {
        expect(mayObject(prepare, 's3:PutObject', key), key).toBe(false);
      }
      expect(mayObject(prepare, 's3:GetObject', 'reports/quake/abc.json')).toBe(false);
      // Retry requests: read, never written (users write them; a write there would notify prepare again).
      expect(mayObject(prepare, 's3:GetObject', 'retries/quake/0123456789abcdef0123.json')).toBe(true);
      expect(mayObject(prepare, 's3:PutObject', 'retries/quake/0123456789abcdef0123.json')).toBe(false);
      expect(
        mayObject(s3Access(roleStatements(template, 'DiffRole'), bucketId), 's3:PutObject', 'retries/quake/0123456789abcdef0123.json'),
      ).toBe(false);
      expect(prepare.listPrefixes.sort()).toEqual([...ACCESS.prepare.read].sort());
      expect(mayList(prepare, 'reports/')).toBe(false);
      expect(mayList(prepare, '')).toBe(false);
    });

    it('lets diff read and write corpus/ and reports/ only, and list only under them', () => {
      const diff = s3Access(roleStatements(template, 'DiffRole'), bucketId);
      expect(diff.unexplained).toEqual([]);
      expect([...diff.objects.keys()].sort()).toEqual(['s3:GetObject', 's3:PutObject']);
      for (const action of ['s3:GetObject', 's3:PutObject']) {
        expect(mayObject(diff, action, 'corpus/quake/index/casualties.json')).toBe(true);
        expect(mayObject(diff, action, 'reports/quake/index.html')).toBe(true);
        expect(mayObject(diff, action, 'incoming/quake/a.txt')).toBe(false);
        expect(mayObject(diff, action, 'other/a.txt')).toBe(false);
      }
      expect(diff.listPrefixes.sort()).toEqual(['corpus/*', 'reports/*']);
      expect(mayList(diff, 'corpus/quake/')).toBe(true);
      expect(mayList(diff, 'incoming/')).toBe(false);
      expect(mayList(diff, '')).toBe(false);
    });

    it('lets prepare send to the diff queue only, and each function consume only its own queue', () => {
      const sqs = (role: string) => roleStatements(template, role).filter((s) => actionsOf(s).some((a) => a.startsWith('sqs:')));
      const queueOf = (s: Statement) => (s.Resource as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const prepare = sqs('PrepareRole');
      const sends = prepare.filter((s) => actionsOf(s).includes('sqs:SendMessage'));
      expect(sends.map(queueOf)).toEqual([expect.stringMatching(/^DiffQueue/)]);
      expect(prepare.filter((s) => actionsOf(s).includes('sqs:ReceiveMessage')).map(queueOf)).toEqual([
        expect.stringMatching(/^PrepareQueue/),
      ]);
      const diff = sqs('DiffRole');
      expect(diff.some((s) => actionsOf(s).includes('sqs:SendMessage'))).toBe(false);
      expect(diff.filter((s) => actionsOf(s).includes('sqs:ReceiveMessage')).map(queueOf)).toEqual([expect.stringMatching(/^DiffQueue/)]);
      for (const s of [...prepare, ...diff]) expect(resourceText(s)).not.toMatch(/Dlq/); // DLQs are for operators
    });
  });

  describe('operations', () => {
    it('alarms on each dead-letter queue’s depth (≥ 1 message) into the alarm topic', () => {
      const alarms = Object.values(
        template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'ApproximateNumberOfMessagesVisible' } }),
      ) as Array<
        Resource<{
          MetricName: string;
          Namespace: string;
          Threshold: number;
          ComparisonOperator: string;
          Dimensions: Array<{ Name: string; Value: { 'Fn::GetAtt': [string, string] } }>;
          AlarmActions: Array<{ Ref: string }>;
        }>
      >;
      expect(alarms).toHaveLength(2);
      const [topicId] = only(template, 'AWS::SNS::Topic');
      const queues = template.findResources('AWS::SQS::Queue') as Record<
        string,
        Resource<{ RedrivePolicy?: { deadLetterTargetArn: { 'Fn::GetAtt': [string, string] } } }>
      >;
      const dlqs = Object.values(queues).flatMap((q) =>
        q.Properties.RedrivePolicy ? [q.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0]] : [],
      );
      const watched = alarms.map((a) => {
        expect(a.Properties).toMatchObject({
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        });
        expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
        return a.Properties.Dimensions[0].Value['Fn::GetAtt'][0];
      });
      expect(watched.sort()).toEqual(dlqs.sort());
    });

    it('alarms when the oldest message of either main queue is an hour old (a stuck corpus shows before the DLQ)', () => {
      const alarms = Object.values(
        template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'ApproximateAgeOfOldestMessage' } }),
      ) as Array<
        Resource<{
          Threshold: number;
          ComparisonOperator: string;
          Dimensions: Array<{ Value: { 'Fn::GetAtt': [string, string] } }>;
          AlarmActions: unknown[];
        }>
      >;
      expect(alarms.map((a) => a.Properties.Dimensions[0].Value['Fn::GetAtt'][0]).sort()).toEqual([
        expect.stringMatching(/^DiffQueue/),
        expect.stringMatching(/^PrepareQueue/),
      ]);
      for (const a of alarms) {
        expect(a.Properties).toMatchObject({ Threshold: 3600, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
        expect(a.Properties.AlarmActions).toHaveLength(1);
      }
      // An hour is well under the time a poison message takes to reach the diff DLQ.
      expect(3600).toBeLessThan(MAX_RECEIVES * DIFF.timeout.toSeconds() * VISIBILITY_FACTOR);
    });

    it('encrypts the alarm topic with a rotated key CloudWatch may use, and lets only this account’s alarms publish over TLS', () => {
      const [keyId, key] = only<{ EnableKeyRotation: boolean; KeyPolicy: { Statement: Statement[] } }>(template, 'AWS::KMS::Key');
      expect(key.Properties.EnableKeyRotation).toBe(true);
      expect(key.DeletionPolicy).toBe('Retain');
      const forCloudWatch = key.Properties.KeyPolicy.Statement.find(
        (s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: 'cloudwatch.amazonaws.com' }),
      );
      expect(forCloudWatch && actionsOf(forCloudWatch).sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey*']);
      template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
      const [, policy] = only<{ PolicyDocument: { Statement: Statement[] } }>(template, 'AWS::SNS::TopicPolicy');
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(
        statements.some(
          (s) => s.Effect === 'Deny' && JSON.stringify(s.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
        ),
      ).toBe(true);
      const allow = statements.filter((s) => s.Effect === 'Allow');
      expect(allow).toHaveLength(1);
      expect(allow[0]).toMatchObject({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish' });
      expect(JSON.stringify(allow[0].Condition)).toContain(':alarm:*');
    });

    it('outputs the bucket, the queues, the dead-letter queues and the alarm topic', () => {
      const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
      expect(Object.keys(outputs).sort()).toEqual([
        'AlarmTopicArn',
        'BucketName',
        'DiffDlqArn',
        'DiffDlqName',
        'DiffQueueUrl',
        'PrepareDlqArn',
        'PrepareDlqName',
        'PrepareQueueUrl',
      ]);
      expect(outputs.BucketName.Value).toEqual({ Ref: bucketId });
      expect(outputs.PrepareDlqName.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^PrepareDlq/), 'QueueName'] });
      expect(outputs.DiffDlqName.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^DiffDlq/), 'QueueName'] });
    });
  });

  describe('environment', () => {
    // Any region name as AWS spells them (us-east-1, eu-central-2, ap-southeast-4, us-gov-west-1, …).
    const REGION = /\b(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov)?-(?:north|south|east|west|central)(?:east|west)?-\d\b/;

    it('synthesises without a region unless one is asked for, whatever the CDK CLI puts in CDK_DEFAULT_REGION', () => {
      const saved = { region: process.env.CDK_DEFAULT_REGION, account: process.env.CDK_DEFAULT_ACCOUNT };
      Object.assign(process.env, { CDK_DEFAULT_REGION: 'us-east-1', CDK_DEFAULT_ACCOUNT: '123456789012' });
      try {
        const env = targetEnvironment(() => undefined);
        expect(env).toBeUndefined();
        const text = JSON.stringify(synthStack({ env }).template.toJSON());
        expect(text).not.toMatch(REGION);
        expect(text).not.toContain('123456789012');
        expect(text).toContain('"AWS::Region"'); // the alarm topic policy names this stack's region as a reference
      } finally {
        for (const [k, v] of [
          ['CDK_DEFAULT_REGION', saved.region],
          ['CDK_DEFAULT_ACCOUNT', saved.account],
        ] as const) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      }
    });

    it('pins the region given with -c region=', () => {
      const context: Record<string, string> = { region: 'eu-central-1' };
      const env = targetEnvironment((name) => context[name]);
      expect(env).toEqual({ account: undefined, region: 'eu-central-1' });
      expect(synthStack({ env }).stack.region).toBe('eu-central-1');
    });
  });

  describe('security review (cdk-nag AwsSolutions)', () => {
    it('runs during synthesis and fails it on an unacknowledged error', () => {
      const control = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
      new Bucket(new Stack(control, 'Control'), 'Plain');
      Validations.of(control).addPlugins(new AwsSolutionsChecks(control));
      expect(() => control.synth()).toThrow(/AwsSolutions-S1/);
    });

    it.each([
      ['the default stack', false],
      ['a dev stack that destroys its data', true],
    ])('reports no unacknowledged error for %s', (_name, destroyData) => {
      const { app } = synthStack({ destroyData }, true);
      const assembly = app.synth();
      const errors = assembly.stacks.flatMap((s) => s.messages).filter((m) => m.level === 'error');
      expect(errors).toEqual([]);
    });
  });
});
