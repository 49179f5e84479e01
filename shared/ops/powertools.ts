/**
 * Lambda telemetry with Powertools: one structured JSON log line per document per stage, and CloudWatch metrics
 * (embedded metric format) for documents processed and rejected and findings by type.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Telemetry } from './telemetry.ts';

export function powertoolsTelemetry(): Telemetry {
  const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'claimdiff' });
  const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'claimdiff', serviceName: 'claimdiff' });
  return {
    stage(record) {
      const level = record.outcome === 'rejected' || record.outcome === 'skipped' ? 'warn' : 'info';
      logger[level](`${record.stage} ${record.outcome}`, { ...record });
      if (record.outcome === 'prepared' || record.outcome === 'reported')
        metrics.addMetric(`DocumentsProcessed_${record.stage}`, MetricUnit.Count, 1);
      if (record.outcome === 'rejected') metrics.addMetric('DocumentsRejected', MetricUnit.Count, 1);
      if (record.outcome === 'duplicate') metrics.addMetric('DuplicateUploads', MetricUnit.Count, 1);
      for (const [type, n] of Object.entries(record.counts ?? {})) metrics.addMetric(`Findings_${type}`, MetricUnit.Count, n);
    },
    failure(stage, messageId, error) {
      logger.error(`${stage} failed; the message will be redelivered`, { stage, messageId, error: error as Error });
      metrics.addMetric(`Failures_${stage}`, MetricUnit.Count, 1);
    },
    fallback(record) {
      logger.warn(`${record.stage}: ${record.fallback}`, { ...record });
      metrics.addMetric(`Fallbacks_${record.stage}`, MetricUnit.Count, 1);
    },
    flush() {
      metrics.publishStoredMetrics();
    },
  };
}
