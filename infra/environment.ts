import type { Environment } from 'aws-cdk-lib';

/**
 * Where the stack is pinned: only where the user says so (`-c account=… -c region=…`). The CDK CLI always sets
 * CDK_DEFAULT_REGION (us-east-1 when nothing is configured), so reading it would pin every synth to whatever the
 * machine running it had, and the template would name that region (the alarm topic's policy did). Without an
 * environment the template is environment-agnostic and the deploying profile decides.
 */
export function targetEnvironment(context: (name: string) => unknown): Environment | undefined {
  const text = (name: string) => {
    const value = context(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const account = text('account');
  const region = text('region');
  return account || region ? { account, region } : undefined;
}
