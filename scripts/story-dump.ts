/**
 * `npx tsx scripts/story-dump.ts DIR [name-filter]`: a story folder (articles + gold.json with ingestOrder) through
 * the in-memory chain, printing every claim (kind, negation, speaker, figures, entities, quote) and its finding, so
 * a wrong finding can be traced to the claim or the comparison that caused it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChain } from './eval-diff.ts';
const dir = process.argv[2];
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
const filter = process.argv[3];
const { documents, errors } = await runChain(dir, gold.ingestOrder);
if (errors.length) console.log('ERRORS', errors);
for (const d of documents) {
  if (filter && !d.name.includes(filter)) continue;
  console.log(`\n===== ${d.name}  story ${d.story}`);
  for (const [i, c] of d.claims.entries()) {
    const f = d.findings[i];
    const figs = c.figures
      .map(
        (x) =>
          `${x.qualifier ? x.qualifier + ' ' : ''}${x.value}${x.unit ?? ''}[${x.about}]` +
          `${x.range ? `(${x.range[0]}..${x.range[1] > 1e15 ? '∞' : x.range[1]})` : ''}${x.multiplier ? '×' : ''}`,
      )
      .join('; ');
    console.log(
      `${c.id} ${c.kind}${c.negated ? ' NEG' : ''}${c.speaker ? ` spk=${c.speaker}` : ''}${figs ? ` figs=${figs}` : ''} ` +
        `ent=[${c.entities.join(', ')}]\n   ${c.text}${c.quote ? `\n   Q: ${c.quote}` : ''}\n   → ` +
        `${f.type}${f.severity ? '/' + f.severity : ''} ` +
        `${f.matches.map((m) => m.sourceKey.split('/').pop() + ':' + m.claimId).join(',')} ${f.explanation}`,
    );
  }
}
