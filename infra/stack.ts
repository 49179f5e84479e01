/**
 * The claimdiff stack: one bucket, two stages.
 *
 *   incoming/<corpus>/<name> ──S3 notification (prefix incoming/)──▶ SQS prepare (+DLQ) ──▶ λ prepare
 *   λ prepare ──▶ SQS FIFO diff (+DLQ, MessageGroupId = corpus) ──▶ λ diff ──▶ corpus/… and reports/…
 *
 * The functions write only under corpus/ and reports/, so the notification can never fire on their writes.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { PipelineFunction } from './function.ts';

export interface ClaimdiffStackProps extends StackProps {
  /** Dev stacks only: delete the buckets and their contents with the stack. Default: retain. */
  destroyData?: boolean;
}

/** Prepare parses HTML with jsdom (the heaviest step): 1 GB gives it CPU; 60 s covers a 10 MiB page. */
export const PREPARE = { memorySize: 1024, timeout: Duration.seconds(60) };
/** Diff reads index shards and writes reports; a replay after a late event re-diffs up to 64 documents. */
export const DIFF = { memorySize: 1024, timeout: Duration.seconds(300) };
/** SQS redelivers a message still in flight after its visibility timeout: six times the timeout avoids duplicates. */
const VISIBILITY_FACTOR = 6;
const MAX_RECEIVES = 5;

export class ClaimdiffStack extends Stack {
  constructor(scope: Construct, id: string, props: ClaimdiffStackProps = {}) {
    super(scope, id, props);
    const removalPolicy = props.destroyData ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy,
      autoDeleteObjects: props.destroyData,
    });
    Validations.of(accessLogs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself; logging it into itself would loop.' });

    const bucket = new Bucket(this, 'Articles', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // SSE-S3: encrypted at rest without a KMS key policy and per-request KMS cost; articles are public news text.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true, // an overwritten upload is never lost
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: [
        { id: 'old-upload-versions', prefix: 'incoming/', noncurrentVersionExpiration: Duration.days(90) },
        { id: 'old-pipeline-versions', prefix: 'corpus/', noncurrentVersionExpiration: Duration.days(7) },
        { id: 'old-report-versions', prefix: 'reports/', noncurrentVersionExpiration: Duration.days(30) },
        { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy,
      autoDeleteObjects: props.destroyData,
    });

    const queue = (name: string, fifo: boolean, visibilityTimeout: Duration) => {
      const deadLetters = new Queue(this, `${name}Dlq`, {
        fifo: fifo || undefined,
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      const main = new Queue(this, `${name}Queue`, {
        fifo: fifo || undefined,
        contentBasedDeduplication: fifo ? false : undefined, // the sender sets MessageDeduplicationId per upload
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        visibilityTimeout,
        retentionPeriod: Duration.days(4),
        deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVES },
      });
      return { main, deadLetters };
    };
    const prepareQueue = queue('Prepare', false, Duration.seconds(PREPARE.timeout.toSeconds() * VISIBILITY_FACTOR));
    const diffQueue = queue('Diff', true, Duration.seconds(DIFF.timeout.toSeconds() * VISIBILITY_FACTOR));

    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(prepareQueue.main), { prefix: 'incoming/' });

    const prepare = new PipelineFunction(this, 'Prepare', {
      entry: 'prepare.ts',
      ...PREPARE,
      environment: { BUCKET_NAME: bucket.bucketName, DIFF_QUEUE_URL: diffQueue.main.queueUrl },
      nodeModules: ['jsdom'],
    });
    const diff = new PipelineFunction(this, 'Diff', { entry: 'diff.ts', ...DIFF, environment: { BUCKET_NAME: bucket.bucketName } });

    prepare.addEventSource(new SqsEventSource(prepareQueue.main, { batchSize: 5, reportBatchItemFailures: true }));
    diff.addEventSource(new SqsEventSource(diffQueue.main, { batchSize: 10, reportBatchItemFailures: true }));
    diffQueue.main.grantSendMessages(prepare);

    // Least privilege, by key prefix. ListBucket lets a GET of a missing key answer 404 instead of 403.
    const objects = (...patterns: string[]) => patterns.map((p) => bucket.arnForObjects(p));
    prepare.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: objects('incoming/*') }));
    prepare.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: objects('corpus/*') }));
    prepare.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: objects('corpus/*/prepared/*', 'reports/*/uploads/*') }));
    diff.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: objects('corpus/*', 'reports/*') }));
    for (const fn of [prepare, diff]) fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));

    const alarms = new Topic(this, 'Alarms', { enforceSSL: true, masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns') });
    for (const [name, dlq] of [['Prepare', prepareQueue.deadLetters], ['Diff', diffQueue.deadLetters]] as const) {
      new Alarm(this, `${name}DlqAlarm`, {
        alarmDescription: `Messages in the ${name.toLowerCase()} dead-letter queue: uploads that failed ${MAX_RECEIVES} times. See README "Replaying the DLQ".`,
        metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alarms));
    }

    // cdk-nag acknowledgements, each on the construct it concerns, naming the exact finding.
    const basicRole = 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
    const bucketId = this.getLogicalId(bucket.node.defaultChild as CfnBucket);
    const prefixes = new Map([
      [prepare, ['incoming/*', 'corpus/*', 'corpus/*/prepared/*', 'reports/*/uploads/*']],
      [diff, ['corpus/*', 'reports/*']],
    ]);
    for (const [fn, patterns] of prefixes) {
      Validations.of(fn).acknowledge({ id: basicRole, reason: 'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch log streams.' });
      Validations.of(fn).acknowledge({ id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; nothing else is granted on *.' });
      for (const pattern of patterns) {
        Validations.of(fn).acknowledge({
          id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${pattern}]`,
          reason: `Objects under ${pattern} are created per upload, so a key prefix is the narrowest resource S3 allows.`,
        });
      }
    }
    const notifications = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (notifications) Validations.of(notifications).acknowledge({ id: basicRole, reason: 'CDK’s bucket-notification helper writes only its own logs with the basic execution role.' });

    new CfnOutput(this, 'BucketName', { value: bucket.bucketName, description: 'Upload articles to s3://<bucket>/incoming/<corpus>/' });
    new CfnOutput(this, 'PrepareQueueUrl', { value: prepareQueue.main.queueUrl });
    new CfnOutput(this, 'DiffQueueUrl', { value: diffQueue.main.queueUrl });
    new CfnOutput(this, 'PrepareDlqArn', { value: prepareQueue.deadLetters.queueArn });
    new CfnOutput(this, 'DiffDlqArn', { value: diffQueue.deadLetters.queueArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topicArn, description: 'Subscribe to hear about failed uploads' });
  }
}
