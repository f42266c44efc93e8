// Runs analyze() on one of the contract's pathological inputs in a process of its own, so that the conformance
// test can stop an input that never comes back. Usage (after bundling): node <bundle> <lang> <input name>.
import { analyze } from '../../src/index';
import { PATHOLOGICAL } from './pack-contract';

const [lang, name] = process.argv.slice(2);
const text = PATHOLOGICAL[name];
if (!lang || text === undefined) throw new Error(`usage: <lang> <${Object.keys(PATHOLOGICAL).join(' | ')}>`);
try {
  const article = analyze({ text, lang });
  process.stdout.write(JSON.stringify({ returned: true, claims: article.claims.length }));
} catch (error) {
  // A typed refusal is an answer too: the input came back.
  const e = error as { name?: string; code?: string; message?: string };
  process.stdout.write(JSON.stringify({ returned: true, error: `${e.name} ${e.code ?? ''}: ${e.message ?? ''}` }));
}
