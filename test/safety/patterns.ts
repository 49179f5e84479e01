/**
 * Every regular expression the pipeline can run on uploaded text, found two ways so that no new one slips past the
 * ReDoS check: regex literals read from the source with the TypeScript parser, and every pattern built at run time
 * (`new RegExp(...)` over tables and template strings) recorded as it is constructed, while the modules load and while
 * a small invented article goes through the pipeline. A `RegExp(...)` call in the source that was never seen built is
 * reported too: its pattern would be unchecked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Pattern {
  source: string;
  flags: string;
  /** Where it is written or built: "shared/clean/html.ts:42". */
  at: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = join(ROOT, 'shared');

export function sharedSourceFiles(dir = SHARED): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sharedSourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Regex literals, and the places where a pattern is constructed (`new RegExp(…)` or `RegExp(…)`). */
export function scanSource(files = sharedSourceFiles()): { literals: Pattern[]; constructed: string[] } {
  const literals: Pattern[] = [];
  const constructed: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        literals.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), at: where(node) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructed.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

/**
 * Runs `body` with the global RegExp constructor wrapped, recording each pattern built from a file of shared/ with
 * the line that built it (stack traces are source-mapped under vitest).
 */
export async function recordConstructed(body: () => Promise<void>): Promise<Pattern[]> {
  const Original = globalThis.RegExp;
  const seen: Pattern[] = [];
  const prefix = `${SHARED}/`;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      note(made);
      return made;
    },
    apply(target, _this, args) {
      const made = Reflect.apply(target, undefined, args) as RegExp;
      note(made);
      return made;
    },
  });
  function note(made: RegExp) {
    // The frame that called the constructor: only patterns built by shared/ itself (a library that shared/ calls,
    // such as jsdom's selector engine, builds patterns from shared/'s selectors, not from uploaded text).
    const frame = new Error().stack
      ?.split('\n')
      .slice(1)
      .find(
        (line) => !line.includes('/test/safety/patterns.ts') && !/\bat (new )?(Proxy|Reflect)/.test(line) && !line.includes('<anonymous>'),
      );
    if (!frame?.includes(prefix)) return;
    const m = frame.match(/(\/[^\s():]+\.ts):(\d+):\d+/);
    if (m) seen.push({ source: made.source, flags: made.flags, at: `${relative(ROOT, m[1])}:${m[2]}` });
  }
  try {
    await body();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}
