/**
 * The CLI's deployed mode (--bucket) finds its region the way the AWS CLI does: AWS_REGION, then the profile's
 * region in the config file. Requests and presigned links go to that region. (No request is made: presigning is
 * local, and the client's resolved region is read back.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../cli/workspace.ts';
import { createS3Client } from '../../shared/storage/s3.ts';
import { tempDataDir } from '../support/workspace.ts';

const VARS = [
  'HOME',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
];

describe('region of the deployed mode', () => {
  const tmp = tempDataDir('claimdiff-region-');
  const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
  beforeAll(() => {
    mkdirSync(join(tmp.dir, '.aws'));
    writeFileSync(join(tmp.dir, '.aws', 'config'), '[default]\nregion = eu-west-3\n\n[profile sydney]\nregion = ap-southeast-2\n');
    writeFileSync(
      join(tmp.dir, '.aws', 'credentials'),
      '[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n\n' +
        '[sydney]\naws_access_key_id = AKIDEXAMPLE2\naws_secret_access_key = secret\n',
    );
  });
  // Each test starts from a laptop with only the temp HOME's AWS files.
  const laptop = (extra: Record<string, string> = {}) => {
    for (const v of VARS) delete process.env[v];
    Object.assign(
      process.env,
      {
        HOME: tmp.dir,
        AWS_CONFIG_FILE: join(tmp.dir, '.aws', 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(tmp.dir, '.aws', 'credentials'),
      },
      extra,
    );
  };
  afterEach(() => {
    for (const v of VARS) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
  });
  afterAll(() => tmp.remove());

  it('takes the default profile’s region when AWS_REGION is unset, and signs links for it', async () => {
    laptop();
    expect(await createS3Client().config.region()).toBe('eu-west-3');
    const workspace = await openWorkspace({ data: tmp.dir, bucket: 'my-bucket' });
    const url = new URL(await workspace.linkTo('reports/default/abc.html'));
    expect(url.hostname).toBe('my-bucket.s3.eu-west-3.amazonaws.com');
    expect(url.searchParams.get('X-Amz-Credential')).toContain('/eu-west-3/s3/aws4_request');
  });

  it('takes the named profile’s region (AWS_PROFILE)', async () => {
    laptop({ AWS_PROFILE: 'sydney' });
    expect(await createS3Client().config.region()).toBe('ap-southeast-2');
  });

  it('no region anywhere: a clear message, not a request to a guessed region', async () => {
    laptop({ AWS_CONFIG_FILE: join(tmp.dir, 'none') });
    await expect(openWorkspace({ data: tmp.dir, bucket: 'my-bucket' })).rejects.toThrow(
      /no AWS region for --bucket my-bucket: set AWS_REGION/,
    );
  });

  it('AWS_REGION wins over the profile', async () => {
    laptop({ AWS_REGION: 'ca-central-1' });
    expect(await createS3Client().config.region()).toBe('ca-central-1');
  });
});
