/** Test helpers: synthesise the stack without bundling, and read its IAM statements back as plain data. */
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ClaimdiffStack, type ClaimdiffStackProps } from '../../infra/stack.ts';

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
  Principal?: unknown;
}

/** `aws:cdk:bundling-stacks: []` makes NodejsFunction skip esbuild: these tests check wiring, not code. */
export function synthStack(props: ClaimdiffStackProps = {}, withNag = false): { app: App; stack: ClaimdiffStack; template: Template } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new ClaimdiffStack(app, 'Test', props);
  if (withNag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, template: Template.fromStack(stack) };
}

export const actionsOf = (s: Statement): string[] => ([] as string[]).concat(s.Action);
export const resourcesOf = (s: Statement): unknown[] => ([] as unknown[]).concat(s.Resource);

/** Every statement of the inline policies attached to the role whose logical id starts with `rolePrefix`. */
export function roleStatements(template: Template, rolePrefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy') as Record<
    string,
    { Properties: { PolicyDocument: { Statement: Statement[] }; Roles: Array<{ Ref: string }> } }
  >;
  const statements = Object.values(policies)
    .filter((p) => p.Properties.Roles.some((r) => r.Ref.startsWith(rolePrefix)))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
  if (statements.length === 0) throw new Error(`no IAM policy attached to a role named ${rolePrefix}…`);
  return statements;
}

/**
 * The key pattern of an object ARN as CDK writes it for the given bucket: {"Fn::Join": ["", [{"Fn::GetAtt":
 * [bucket, "Arn"]}, "/incoming/*"]]} → "incoming/*". "*" for the whole bucket's objects; null for anything else.
 */
export function objectPattern(resource: unknown, bucketLogicalId: string): string | null {
  const join = (resource as { 'Fn::Join'?: [string, unknown[]] })?.['Fn::Join'];
  if (join?.[0] !== '' || join[1].length !== 2) return null;
  const [arn, suffix] = join[1] as [{ 'Fn::GetAtt'?: [string, string] }, unknown];
  if (arn?.['Fn::GetAtt']?.[0] !== bucketLogicalId || typeof suffix !== 'string' || !suffix.startsWith('/')) return null;
  return suffix.slice(1);
}

/** IAM's wildcard match (`*` any run of characters, `?` one), as used in resource ARNs and StringLike. */
export function iamMatch(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 's').test(value);
}

export interface S3Access {
  /** Key patterns per object action (s3:GetObject, s3:PutObject, …). */
  objects: Map<string, string[]>;
  /** s3:prefix patterns ListBucket is allowed for; ['*'] when unconditional. */
  listPrefixes: string[];
  /** Statements granting s3 actions that this reader could not interpret (wildcard actions, other resources). */
  unexplained: Statement[];
}

/** What a role may do in the bucket, read from its statements the way IAM would evaluate them (Allow only). */
export function s3Access(statements: Statement[], bucketLogicalId: string): S3Access {
  const access: S3Access = { objects: new Map(), listPrefixes: [], unexplained: [] };
  for (const s of statements) {
    const s3Actions = actionsOf(s).filter((a) => a.startsWith('s3:'));
    if (s.Effect !== 'Allow' || s3Actions.length === 0) continue;
    for (const action of s3Actions) {
      if (action === 's3:ListBucket') {
        const isBucket = resourcesOf(s).every((r) => JSON.stringify(r) === JSON.stringify({ 'Fn::GetAtt': [bucketLogicalId, 'Arn'] }));
        if (!isBucket) access.unexplained.push(s);
        const keys = Object.keys(s.Condition ?? {});
        const prefixes = s.Condition?.StringLike?.['s3:prefix'];
        if (keys.length === 0) access.listPrefixes.push('*');
        else if (keys.length === 1 && prefixes !== undefined && Object.keys(s.Condition!.StringLike).length === 1)
          access.listPrefixes.push(...([] as string[]).concat(prefixes as string[]));
        else access.unexplained.push(s);
        continue;
      }
      if (action.includes('*') || s.Condition) {
        access.unexplained.push(s);
        continue;
      }
      for (const r of resourcesOf(s)) {
        const pattern = objectPattern(r, bucketLogicalId);
        if (pattern === null) access.unexplained.push(s);
        else access.objects.set(action, [...(access.objects.get(action) ?? []), pattern]);
      }
    }
  }
  return access;
}

export const mayObject = (access: S3Access, action: string, key: string): boolean =>
  (access.objects.get(action) ?? []).some((p) => iamMatch(p, key));
export const mayList = (access: S3Access, prefix: string): boolean => access.listPrefixes.some((p) => iamMatch(p, prefix));
