/**
 * One construct sets what every claimdiff Lambda shares: runtime, architecture, ESM bundling, JSON logs with a
 * retention, tracing, the Powertools environment and a role of its own. The stack only says what differs (entry,
 * memory, timeout, environment, what the role may touch).
 */
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { join } from 'node:path';

export interface PipelineFunctionProps {
  /** Handler file under functions/ (it exports `handler`). */
  entry: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  /** Packages installed into the asset instead of bundled (jsdom reads files next to its code at run time). */
  nodeModules?: string[];
  /** What happens to the log group when the stack is deleted (the stack passes its data policy). */
  logRemovalPolicy?: RemovalPolicy;
}

/**
 * Node.js 24, not 20: Lambda's nodejs20.x reached end of support on 2026-04-30 (new functions on it are being
 * blocked), and cdk-nag's AwsSolutions-L1 asks for the latest runtime. The code itself needs only Node ≥ 20.
 */
export const RUNTIME = Runtime.NODEJS_24_X;
/** How long function logs are kept: long enough to investigate a DLQ alarm after a holiday. */
export const LOG_RETENTION = RetentionDays.ONE_MONTH;

const repo = join(import.meta.dirname, '..');

export class PipelineFunction extends NodejsFunction {
  readonly logs: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    const logs = new LogGroup(scope, `${id}Logs`, {
      retention: LOG_RETENTION,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    // A role of our own instead of the default one, which attaches AWSLambdaBasicExecutionRole (logs:* actions on
    // every log group in the account). This role may write to this function's log group only; the stack adds the
    // function's S3 and SQS grants, tracing adds X-Ray.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `claimdiff ${id} function`,
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logs.logGroupArn] }),
    );
    super(scope, id, {
      entry: join(repo, 'functions', props.entry),
      handler: 'handler',
      runtime: RUNTIME,
      architecture: Architecture.ARM_64, // same speed for this work at ~20% lower price than x86
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      tracing: Tracing.ACTIVE,
      logGroup: logs,
      loggingFormat: LoggingFormat.JSON,
      depsLockFilePath: join(repo, 'package-lock.json'),
      projectRoot: repo,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'claimdiff',
        POWERTOOLS_METRICS_NAMESPACE: 'claimdiff',
        LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        sourceMap: true,
        minify: true,
        // Prefer packages' ESM entry points, so the bundle stays ESM where it can.
        mainFields: ['module', 'main'],
        // ESM output still meets CommonJS dependencies that call require(): give them one.
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        nodeModules: props.nodeModules,
        // The Node.js 24 runtime ships AWS SDK v3, but bundling our pinned version keeps local and deployed alike.
        externalModules: [],
      },
    });
    this.logs = logs;
  }
}
