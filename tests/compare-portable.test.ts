// The whole pipeline where sentencex's native binary is not installed (a Mac, Windows, ARM): the portable splitter
// does the work, the example pair's findings hold, and asking for sentencex is a clear error.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/text/native-sentencex', () => ({ nativeSentencex: () => undefined }));

const { compare } = await import('../src');

const example = (name: string) => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');

describe('compare without the native splitter', async () => {
  const da = example('da.txt');
  const en = example('en.txt');
  const report = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' });

  it('finds the Danish Thursday against the English Monday', () => {
    const finding = report.discrepancies.find((d) => d.kind === 'date' && d.left.text === 'torsdag');
    expect(finding?.right.text).toMatch(/Monday/);
    expect(report.left.claims.find((c) => c.id === finding!.left.claim)!.text).toMatch(/^Lavrov oplyser/);
    expect(report.right.claims.find((c) => c.id === finding!.right.claim)!.text).toMatch(/^Lavrov then conveyed/);
  });

  it('keeps every claim at its place in the text', () => {
    for (const [article, text] of [
      [report.left, da],
      [report.right, en],
    ] as const) {
      expect(article.claims.length).toBeGreaterThan(5);
      for (const c of article.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('refuses the sentencex splitter, saying it is not installed', async () => {
    await expect(compare({ text: da, lang: 'da' }, { text: en, lang: 'en' }, { splitter: 'sentencex' })).rejects.toMatchObject({
      name: 'ClaimdiffInputError',
      code: 'ERR_OPTION_INVALID',
      message: expect.stringMatching(/not installed for this platform/),
    });
  });
});
