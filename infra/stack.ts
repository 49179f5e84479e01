/**
 * The claimdiff stack: one bucket, two stages.
 *
 *   incoming/<corpus>/<name> ──S3 notification (prefix incoming/)──▶ SQS prepare (+DLQ) ──▶ λ prepare
 *   λ prepare ──▶ SQS FIFO diff (+DLQ, MessageGroupId = corpus) ──▶ λ diff ──▶ corpus/… and reports/…
 *   retries/<corpus>/<uploadId>.json (`claimdiff retry --bucket`) ──S3 notification (prefix retries/)──▶ SQS prepare
 *
 * The functions write only under corpus/ and reports/, so the notifications can never fire on their writes.
 */
import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import { PipelineFunction } from './function.ts';

export interface ClaimdiffStackProps extends StackProps {
  /**
   * Dev stacks only (`npx cdk deploy -c destroyData=true`): delete the buckets, their contents, the alarm key and
   * the log groups with the stack. Default: everything holding data is retained when the stack is deleted.
   */
  destroyData?: boolean;
  /** Most prepare invocations at once (default PREPARE_CONCURRENCY). */
  prepareConcurrency?: number;
}

/** Prepare parses HTML with jsdom (the heaviest step): 1 GB gives it CPU; 60 s covers a 10 MiB page (~4 s measured) many times over. */
export const PREPARE = { memorySize: 1024, timeout: Duration.seconds(60) };
/**
 * Diff reads index shards and writes reports (JSON, Markdown, HTML, index page): usually well under a second per
 * document, but a late upload replays up to 64 later documents, and one batch holds up to 10 messages.
 */
export const DIFF = { memorySize: 1024, timeout: Duration.seconds(300) };
/** Lambda's advice for SQS sources: a message still in flight when its visibility ends is delivered twice. */
export const VISIBILITY_FACTOR = 6;
/** A poison message is retried this often before it parks in the DLQ (and the alarm fires). */
export const MAX_RECEIVES = 5;
/**
 * Prepare: one upload per invocation. An invocation's timeout is shared by its batch, so in a batch of five one slow
 * page (a 10 MiB worst case may take ~20 s of the 60 s) could time the whole batch out and send its four neighbours
 * back to the queue with it, a receive closer to the DLQ each time. Alone, each upload has the whole 60 s; the cost
 * is one Lambda request per upload instead of per five ($0.20 per million). Diff: the FIFO maximum; its records are
 * one corpus's (or a few corpora's) documents in order, a failure holds back only its own group (pipeline/batch.ts),
 * and 300 s covers ten documents at well under a second each, with a replay of up to 64.
 */
export const BATCH = { prepare: 1, diff: 10 };
/**
 * Most prepare invocations at once (the SQS event source's maximum concurrency), unless `-c prepareConcurrency=N`
 * (2–1000) says otherwise. A bulk upload of thousands of files would otherwise scale prepare to the account's
 * concurrency limit (1,000 by default) and starve every other function of the account; 10 at ~1–4 s per upload
 * still prepares 150–600 uploads a minute, more than the diff stage (one document at a time per corpus) takes in.
 * Maximum concurrency rather than reserved concurrency: SQS then holds the excess messages back instead of Lambda
 * throttling them, which would count receives towards the DLQ.
 */
export const PREPARE_CONCURRENCY = 10;

/** Age of the oldest queued message that means the stage is stuck (far beyond the few seconds one upload takes). */
export const STUCK_AFTER = Duration.hours(1);

/**
 * Key prefixes each function touches (see shared/pipeline/keys.ts). IAM object ARNs and the `s3:prefix`
 * condition of ListBucket use the same patterns, so a function can neither read nor probe outside them.
 */
export const ACCESS = {
  prepare: {
    // The upload; an already prepared copy of the same content; a user's retry request.
    read: ['incoming/*', 'corpus/*/prepared/*', 'retries/*'],
    write: ['corpus/*/prepared/*', 'reports/*/uploads/*'], // the prepared document; a rejection record
  },
  diff: {
    read: ['corpus/*', 'reports/*'],
    write: ['corpus/*', 'reports/*'],
  },
} as const;

/** A queue and its dead-letter queue. */
interface QueuePair {
  main: Queue;
  deadLetters: Queue;
}

export class ClaimdiffStack extends Stack {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: ClaimdiffStackProps = {}) {
    super(scope, id, props);
    // Server access logs are allowed by a bucket policy for logging.s3.amazonaws.com instead of the legacy
    // LogDeliveryWrite ACL, so ACLs stay disabled on both buckets. Set here, not only in cdk.json, so every app
    // that builds this stack (tests included) gets the same template.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const removalPolicy = props.destroyData ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    const bucket = this.articleBuckets(props, removalPolicy);
    this.bucket = bucket;

    const queue = (name: string, fifo: boolean, consumerTimeout: Duration) => {
      const deadLetters = new Queue(this, `${name}Dlq`, {
        fifo: fifo || undefined, // a FIFO queue's DLQ must be FIFO too
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14), // the maximum: time to notice the alarm, fix the cause and replay
      });
      const main = new Queue(this, `${name}Queue`, {
        fifo: fifo || undefined,
        contentBasedDeduplication: fifo ? false : undefined, // the sender sets MessageDeduplicationId per upload
        // SSE-SQS, not KMS: S3 event notifications cannot publish to a queue encrypted with the aws/sqs key, and a
        // customer key would add a key policy for S3 and Lambda for no gain on this content.
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        visibilityTimeout: Duration.seconds(consumerTimeout.toSeconds() * VISIBILITY_FACTOR),
        retentionPeriod: Duration.days(4),
        deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVES },
      });
      return { main, deadLetters };
    };
    const prepareQueue = queue('Prepare', false, PREPARE.timeout);
    const diffQueue = queue('Diff', true, DIFF.timeout);

    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(prepareQueue.main), { prefix: 'incoming/' });
    // `claimdiff retry NAME --bucket B` writes here (shared/pipeline/retry.ts); the pipeline never does, so no loop.
    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(prepareQueue.main), { prefix: 'retries/' });

    const prepare = new PipelineFunction(this, 'Prepare', {
      entry: 'prepare.ts',
      ...PREPARE,
      environment: { BUCKET_NAME: bucket.bucketName, DIFF_QUEUE_URL: diffQueue.main.queueUrl },
      nodeModules: ['jsdom'], // jsdom loads files relative to its own code: esbuild cannot inline it
      logRemovalPolicy: removalPolicy,
    });
    const diff = new PipelineFunction(this, 'Diff', {
      entry: 'diff.ts',
      ...DIFF,
      environment: { BUCKET_NAME: bucket.bucketName },
      logRemovalPolicy: removalPolicy,
    });

    const maxConcurrency = props.prepareConcurrency ?? PREPARE_CONCURRENCY;
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 2 || maxConcurrency > 1000) {
      throw new Error(`prepareConcurrency must be a whole number from 2 to 1000 (SQS event source limits), not ${maxConcurrency}`);
    }
    prepare.addEventSource(
      new SqsEventSource(prepareQueue.main, { batchSize: BATCH.prepare, reportBatchItemFailures: true, maxConcurrency }),
    );
    diff.addEventSource(new SqsEventSource(diffQueue.main, { batchSize: BATCH.diff, reportBatchItemFailures: true }));
    diffQueue.main.grantSendMessages(prepare);

    this.grantAccess(bucket, [
      [prepare, ACCESS.prepare],
      [diff, ACCESS.diff],
    ]);

    const alarms = this.alarms(removalPolicy, prepareQueue, diffQueue);

    this.acknowledgeFindings(bucket, [prepare, diff]);

    this.outputs(bucket, prepareQueue, diffQueue, alarms);
  }

  /** The article bucket (versioned, logged to an access-log bucket of its own). */
  private articleBuckets(props: ClaimdiffStackProps, removalPolicy: RemovalPolicy): Bucket {
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED, // S3 log delivery cannot write to an SSE-KMS bucket
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy,
      autoDeleteObjects: props.destroyData,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it would need a third bucket, and logging it into itself loops.',
    });

    const bucket = new Bucket(this, 'Articles', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // SSE-S3 rather than KMS: encrypted at rest with no key policy to get wrong, no per-request KMS charge on the
      // many small index reads and writes per document, and the content is published news text, so a customer key
      // would add cost without protecting anything a bucket policy does not.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true, // an upload overwritten under the same name is kept as an older version
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: [
        // Older versions of an upload: kept long enough to compare or restore, then gone.
        { id: 'old-upload-versions', prefix: 'incoming/', noncurrentVersionExpiration: Duration.days(90) },
        // Pipeline state is rewritten per document (head, index and state shards): old versions are only for recovery.
        { id: 'old-pipeline-versions', prefix: 'corpus/', noncurrentVersionExpiration: Duration.days(7) },
        { id: 'old-report-versions', prefix: 'reports/', noncurrentVersionExpiration: Duration.days(30) },
        // Retry requests are read once, when written: kept a week to look at, then gone with their versions.
        { id: 'retry-requests', prefix: 'retries/', expiration: Duration.days(7), noncurrentVersionExpiration: Duration.days(1) },
        // Whole bucket: parts of abandoned multipart uploads are billed but invisible; and once all versions of a
        // key have expired, its lone delete marker is removed too.
        { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7), expiredObjectDeleteMarker: true },
      ],
      removalPolicy,
      autoDeleteObjects: props.destroyData,
    });
    return bucket;
  }

  /** Least privilege, by key prefix: each function reads and writes only its ACCESS patterns. */
  private grantAccess(bucket: Bucket, grants: Array<[PipelineFunction, (typeof ACCESS)[keyof typeof ACCESS]]>): void {
    const objects = (patterns: readonly string[]) => patterns.map((p) => bucket.arnForObjects(p));
    for (const [fn, access] of grants) {
      // GetObjectVersion only where versions matter to the function: the upload that triggered it.
      const versioned = access.read.filter((p) => p.startsWith('incoming/'));
      const plain = access.read.filter((p) => !p.startsWith('incoming/'));
      if (versioned.length)
        fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: objects(versioned) }));
      if (plain.length) fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: objects(plain) }));
      fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: objects(access.write) }));
      // ListBucket, limited by s3:prefix to the keys the function reads: S3 answers a GET of a missing key with 404
      // (which the stages expect: "not prepared yet", "no shard yet") only to a caller that may list that key;
      // anyone else gets 403. The condition keeps the function from listing anything else.
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [...access.read] } },
        }),
      );
    }
  }

  /** The alarm topic, and the DLQ and backlog alarms of both queues that publish to it. */
  private alarms(removalPolicy: RemovalPolicy, prepareQueue: QueuePair, diffQueue: QueuePair): Topic {
    // Alarms go to an SNS topic encrypted with a key of our own: CloudWatch cannot publish to a topic encrypted with
    // the AWS-managed aws/sns key (its key policy cannot be changed to let CloudWatch use it).
    const alarmKey = new Key(this, 'AlarmKey', {
      description: 'claimdiff: encrypts the DLQ alarm topic',
      enableKeyRotation: true,
      removalPolicy,
      pendingWindow: Duration.days(7),
    });
    const cloudwatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    alarmKey.grant(cloudwatch, 'kms:Decrypt', 'kms:GenerateDataKey*');
    const alarms = new Topic(this, 'Alarms', { displayName: 'claimdiff alarms', enforceSSL: true, masterKey: alarmKey });
    // The topic policy replaces SNS's default one, so CloudWatch alarms of this account need an explicit allow.
    alarms.addToResourcePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        principals: [cloudwatch],
        actions: ['sns:Publish'],
        resources: [alarms.topicArn],
        // Only alarms of this account and region.
        conditions: {
          ArnLike: {
            'aws:SourceArn': this.formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    for (const [name, dlq] of [
      ['Prepare', prepareQueue.deadLetters],
      ['Diff', diffQueue.deadLetters],
    ] as const) {
      new Alarm(this, `${name}DlqAlarm`, {
        alarmDescription:
          `Messages in the ${name.toLowerCase()} dead-letter queue: uploads that failed ${MAX_RECEIVES} times. ` +
          'See README "Replaying the DLQ".',
        metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING, // an idle (empty) DLQ reports no data: that is healthy
      }).addAlarmAction(new SnsAction(alarms));
    }
    // A message that keeps failing blocks its corpus's FIFO group until it reaches the DLQ, which takes
    // MAX_RECEIVES × the visibility timeout (2.5 h for diff). An old message at the head of a queue says so sooner,
    // as does a backlog the functions do not keep up with.
    for (const [name, q] of [
      ['Prepare', prepareQueue.main],
      ['Diff', diffQueue.main],
    ] as const) {
      new Alarm(this, `${name}BacklogAlarm`, {
        alarmDescription:
          `The oldest message in the ${name.toLowerCase()} queue is over ${STUCK_AFTER.toHumanString()} old: ` +
          'a failing upload is being retried, or the function does not keep up.',
        metric: q.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
        threshold: STUCK_AFTER.toSeconds(),
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alarms));
    }

    return alarms;
  }

  private outputs(bucket: Bucket, prepareQueue: QueuePair, diffQueue: QueuePair, alarms: Topic): void {
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName, description: 'Upload articles to s3://<bucket>/incoming/<corpus>/' });
    new CfnOutput(this, 'PrepareQueueUrl', { value: prepareQueue.main.queueUrl });
    new CfnOutput(this, 'DiffQueueUrl', { value: diffQueue.main.queueUrl });
    new CfnOutput(this, 'PrepareDlqName', { value: prepareQueue.deadLetters.queueName });
    new CfnOutput(this, 'DiffDlqName', { value: diffQueue.deadLetters.queueName });
    new CfnOutput(this, 'PrepareDlqArn', {
      value: prepareQueue.deadLetters.queueArn,
      description: 'aws sqs start-message-move-task --source-arn <this>',
    });
    new CfnOutput(this, 'DiffDlqArn', {
      value: diffQueue.deadLetters.queueArn,
      description: 'aws sqs start-message-move-task --source-arn <this>',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topicArn, description: 'Subscribe to hear about failed uploads' });
  }

  /**
   * cdk-nag acknowledgements, each on the construct it concerns and naming the exact finding (resource included),
   * so a new grant of the same kind is reported again instead of passing silently.
   */
  private acknowledgeFindings(bucket: Bucket, functions: PipelineFunction[]): void {
    const bucketId = this.getLogicalId(bucket.node.defaultChild as CfnBucket);
    const iam5 = (resource: string) => `AwsSolutions::AwsSolutions-IAM5[Resource::${resource}]`;
    const basicRole =
      'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
    for (const [fn, access] of [
      [functions[0], ACCESS.prepare],
      [functions[1], ACCESS.diff],
    ] as const) {
      const role = fn.role!; // the function's own role (see PipelineFunction), a sibling of the function
      Validations.of(role).acknowledge({
        id: iam5('*'),
        reason: 'Only xray:PutTraceSegments and xray:PutTelemetryRecords are on *: X-Ray offers no resource-level permissions for them.',
      });
      for (const pattern of new Set([...access.read, ...access.write])) {
        Validations.of(role).acknowledge({
          id: iam5(`<${bucketId}.Arn>/${pattern}`),
          reason:
            `Keys under ${pattern.replace(/\*$/, '')} are created per upload and per corpus, ` +
            'so a key pattern is the narrowest resource S3 allows.',
        });
      }
    }
    // aws-cdk-lib's own helper that sets the S3 → SQS notification (a singleton at the stack's root) uses the
    // managed basic execution role. A role of our own would need logs permissions on a log group whose name exists
    // only at deploy time, for a function that runs once per deployment.
    const notifications = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (notifications) {
      Validations.of(notifications).acknowledge({
        id: basicRole,
        reason:
          'CDK’s bucket-notification helper runs only during deployment to set the incoming/ notification; ' +
          'aws-cdk-lib creates its role, with logs permissions only.',
      });
    }
  }
}
