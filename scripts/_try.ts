import { checkGold, ingestStory } from './gold.ts';
const dir = process.argv[2];
const order = (await import('node:fs')).readdirSync(dir).filter((n) => /\.(txt|html)$/.test(n)).sort();
const reports = await ingestStory(dir, order);
for (const [name, r] of Object.entries(reports)) {
  console.log('=====', name, JSON.stringify({ t: r.document.title, b: r.document.byline, p: r.document.published }));
  for (const f of r.findings) console.log(f.type.padEnd(13), (f.severity ?? '').padEnd(11), f.claimText.slice(0, 85), '|', f.explanation.slice(0, 100));
  console.log(r.entities.map((e) => `${e.canonical}[${e.variants.join('|')}]`).join('; '));
}
void checkGold;
