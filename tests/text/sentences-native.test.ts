// The native splitter itself, where its binary is installed for this platform (skipped elsewhere).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import { nativeSentencex } from '../../src/text/native-sentencex';
import { splitSentences } from '../../src/text/sentences';
import { CALM, PANICKING } from '../helpers/sentencex-panics';

const root = path.resolve(__dirname, '..', '..');
const installed = nativeSentencex() !== undefined;
if (!installed) console.warn(`sentences-native: no sentencex binary for ${process.platform}-${process.arch}: skipped`);

/** Runs a script in a child process, so whatever native code prints on stderr is caught here. */
function run(args: string[], input: string) {
  return spawnSync(process.execPath, args, { cwd: root, input, encoding: 'utf8', env: { ...process.env, RUST_BACKTRACE: '1' } });
}

describe.skipIf(!installed)('the native splitter', () => {
  it('gives exact UTF-16 offsets around emoji and combining marks', () => {
    const text = 'Fans jublede 🎉🇩🇰 i Parken. Café\u0301en var fuld 👍🏽. Alle gik hjem.';
    const sentences = splitSentences(text, da, 'sentencex');
    expect(sentences.map((s) => s.text)).toEqual(['Fans jublede 🎉🇩🇰 i Parken.', 'Café\u0301en var fuld 👍🏽.', 'Alle gik hjem.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('panics on the inputs the screen knows, and not on their look-alikes', () => {
    const probe = `
      const finder = require(${JSON.stringify(`sentencex-${process.platform}-${process.arch}`)}).get_sentence_boundaries;
      const out = JSON.parse(require('fs').readFileSync(0, 'utf8')).map((t) => { try { finder('en', t); return false; } catch { return true; } });
      console.log(JSON.stringify(out));`;
    const inputs = [...PANICKING, ...CALM];
    const child = run(['-e', probe], JSON.stringify(inputs));
    expect(JSON.parse(child.stdout)).toEqual(inputs.map((t) => PANICKING.includes(t)));
    expect(child.stderr).toMatch(/panicked/);
  });

  it('splits them without a panic on stderr, as the portable splitter does', () => {
    const viteNode = createRequire(import.meta.url).resolve('vite-node/vite-node.mjs');
    const child = run([viteNode, 'tests/helpers/split-with-sentencex.ts'], JSON.stringify(PANICKING));
    expect(child.stderr).not.toMatch(/panicked|backtrace/);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(PANICKING.map((t) => splitSentences(t, en, 'portable').map((s) => s.text)));
  });
});
