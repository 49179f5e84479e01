/** SQS FIFO adapter for the diff queue (AWS only; the local CLI uses local.ts). */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { deduplicationId, type DiffMessage, type DiffQueue } from './queue.ts';

export class SqsFifoQueue implements DiffQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(message: DiffMessage): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(message),
        // One group per corpus: the diff stage never races on a corpus, while corpora proceed in parallel.
        MessageGroupId: message.corpus,
        MessageDeduplicationId: deduplicationId(message),
      }),
    );
  }
}

/** The SDK's default region chain (in Lambda: AWS_REGION), as for S3 (storage/s3.ts). */
export function createSqsClient(): SQSClient {
  return new SQSClient({});
}
