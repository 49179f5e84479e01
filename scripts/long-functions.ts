/**
 * Functions longer than a limit (default 80 lines), longest first: what issue 18 asks to split in shared/. A nested
 * function counts within its parent and on its own; a function's length runs from its first to its last line.
 *
 *   npx tsx scripts/long-functions.ts [--max 80] [--check] [DIR…]     (default DIR: shared)
 *
 * With --check it exits 1 when any is found: `npm run lint` runs it so the limit holds once reached.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 80;
const dirs = args.filter((a, i) => !a.startsWith('--') && (maxAt < 0 || i !== maxAt + 1));
const repo = resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A function's name as a reader would search for it: its declaration, method, or the variable it is assigned to. */
function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  return '(anonymous)';
}

const long: Array<{ where: string; name: string; lines: number }> = [];
for (const file of (dirs.length ? dirs : ['shared']).flatMap((d) => files(resolve(d)))) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) long.push({ where: `${relative(repo, file)}:${first + 1}`, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
long.sort((a, b) => b.lines - a.lines);
for (const f of long) console.log(`${String(f.lines).padStart(5)}  ${f.name.padEnd(32)} ${f.where}`);
console.log(`${long.length} functions over ${max} lines`);
if (args.includes('--check') && long.length > 0) process.exit(1);
