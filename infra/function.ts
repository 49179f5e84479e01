/**
 * One construct sets what every claimdiff Lambda shares: runtime, architecture, ESM bundling, JSON logs with a
 * retention, tracing and the Powertools environment. The stack only says what differs (entry, memory, timeout).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';

export interface PipelineFunctionProps {
  /** Handler file under functions/. */
  entry: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  /** Packages installed into the asset instead of bundled (jsdom reads files at run time). */
  nodeModules?: string[];
}

const repo = join(import.meta.dirname, '..');

export class PipelineFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    super(scope, id, {
      entry: join(repo, 'functions', props.entry),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: Tracing.ACTIVE,
      logGroup,
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
        mainFields: ['module', 'main'],
        // ESM output still meets CommonJS dependencies that call require().
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        nodeModules: props.nodeModules,
        externalModules: [],
      },
    });
  }
}
