import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, compare, ClaimdiffInputError } from '../src';

const seed = (name: string) => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');

describe('compare on the example pair', async () => {
  const da = seed('da.txt');
  const en = seed('en.txt');
  const report = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' });

  it('flags the Danish Thursday against the English Monday for Lavrov passing on the offer', () => {
    const finding = report.discrepancies.find((d) => d.kind === 'date' && d.left.text === 'torsdag');
    expect(finding).toBeDefined();
    expect(finding!.right.text).toMatch(/Monday/);
    expect(da.slice(finding!.left.start, finding!.left.end)).toBe('torsdag');
    expect(en.slice(finding!.right.start, finding!.right.end)).toBe(finding!.right.text);
    const leftClaim = report.left.claims.find((c) => c.id === finding!.left.claim)!;
    const rightClaim = report.right.claims.find((c) => c.id === finding!.right.claim)!;
    expect(leftClaim.text).toMatch(/^Lavrov oplyser/);
    expect(rightClaim.text).toMatch(/^Lavrov then conveyed the offer/);
    expect(finding!.message).toMatch(/Thursday.*Monday/);
  });

  const alignedWith = (pattern: RegExp) => {
    const claim = report.left.claims.find((c) => pattern.test(c.text))!;
    const alignment = report.alignments.find((a) => a.left.includes(claim.id));
    return (alignment?.right ?? []).map((id) => report.right.claims.find((c) => c.id === id)!.text);
  };

  it('aligns the Danish report of North Korea wanting direct talks with the English "open to direct talks"', () => {
    expect(alignedWith(/^Styret i Nordkorea ønsker at føre direkte samtaler/)).toEqual([
      expect.stringMatching(/open to direct talks/),
    ]);
  });

  it('aligns the claims of Lavrov and Tillerson meeting in Vienna on Thursday', () => {
    expect(alignedWith(/^Tillerson deltog torsdag sammen med Lavrov/)).toEqual([
      expect.stringMatching(/during their meeting in Vienna on Thursday/),
    ]);
  });

  it('keeps every claim id in exactly one alignment or in unmatched', () => {
    for (const [side, claims] of [['left', report.left.claims], ['right', report.right.claims]] as const) {
      const aligned = report.alignments.flatMap((a) => a[side]);
      const all = [...aligned, ...report.unmatched[side]].sort();
      expect(all).toEqual(claims.map((c) => c.id).sort());
    }
  });

  it('gives offsets that point at each claim in its article and says which model ran', () => {
    for (const c of report.left.claims) expect(da.slice(c.start, c.end)).toBe(c.text);
    for (const c of report.right.claims) expect(en.slice(c.start, c.end)).toBe(c.text);
    expect(report.meta.embedder).toMatch(/^builtin/);
    expect(report.meta.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('aligns the words of each group: Thursday renders torsdag, with the place of each word in its article', () => {
    const alignment = report.alignments.find((a) =>
      a.left.some((id) => /^Tillerson deltog torsdag/.test(report.left.claims.find((c) => c.id === id)!.text)),
    )!;
    const pairs = alignment.words!.pairs.map((p) => `${da.slice(...p.left)}=${en.slice(...p.right)}`);
    expect(pairs).toContain('torsdag=Thursday');
    expect(pairs).toContain('Tillerson=Tillerson');
    for (const p of alignment.words!.pairs) expect(p.score).toBeGreaterThan(0);
    const linked = new Set(alignment.words!.pairs.map((p) => p.left[0]));
    for (const [start] of alignment.words!.unmatched.left) expect(linked.has(start)).toBe(false);
  });

  it('leaves the words out when asked to', async () => {
    const bare = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' }, { wordAlignment: false });
    expect(bare.alignments.every((a) => a.words === undefined)).toBe(true);
    expect(bare.discrepancies.some((d) => d.kind === 'date' && d.left.text === 'torsdag')).toBe(true);
  });

  it('drops the credit line and attaches "Det siger …" to the claim before', () => {
    expect(report.left.claims.some((c) => /ritzau/i.test(c.text))).toBe(false);
    expect(report.left.claims.some((c) => /^Det siger/.test(c.text))).toBe(false);
    expect(report.left.claims[0].attribution?.speaker?.text).toBe('Sergej Lavrov');
  });
});

describe('compare and analyze on bad input', () => {
  it.each([
    [{ text: '' }, /empty/],
    [{ text: '   \n ' }, /empty/],
    [{ text: 'abc\u0000\u0001\u0002def' }, /binary/],
    [{ text: '<html><body><p>Hej</p><p>med</p></body></html>' }, /HTML/],
    [{ text: 'Hej med dig.', lang: 'xx' }, /Unknown language code "xx"/],
    [{ text: 'Han kom.', lang: 'da', published: '8/12/2017' }, /published/],
    [{ text: 'x'.repeat(1_000_001), lang: 'da' }, /too long/],
    [{ text: 42 as unknown as string }, /text/],
  ])('refuses %# with a clear error', (input, message) => {
    expect(() => analyze(input)).toThrow(ClaimdiffInputError);
    expect(() => analyze(input)).toThrow(message);
  });

  it('names the side that is wrong', async () => {
    await expect(compare({ text: 'Han kom i går.', lang: 'da' }, { text: '' })).rejects.toThrow(/right article/);
  });

  it('detects the language when none is given', () => {
    expect(analyze({ text: seed('da.txt') }).lang).toBe('da');
    expect(analyze({ text: seed('en.txt') }).lang).toBe('en');
  });
});

describe('compare on analysed articles', async () => {
  const da = { text: seed('da.txt'), lang: 'da' };
  const en = { text: seed('en.txt'), lang: 'en' };
  const fromText = await compare(da, en, { timings: false });
  const shown = (r: Awaited<ReturnType<typeof compare>>) => ({
    alignments: r.alignments,
    unmatched: r.unmatched,
    discrepancies: r.discrepancies,
    claims: [...r.left.claims, ...r.right.claims].map((c) => `${c.id} ${c.text}`),
  });

  it('gives the same report as from the texts, though both were analysed with the default prefix', async () => {
    const left = analyze(da);
    const right = analyze(en);
    expect(right.claims[0].id).toBe('L1');
    const report = await compare(left, right, { timings: false });
    expect(shown(report)).toEqual(shown(fromText));
    expect(report.warnings?.map((w) => w.code)).toEqual(['WARN_IDS_RENUMBERED']);
    // The caller's articles are left as they were.
    expect(right.claims[0].id).toBe('L1');
  });

  it('keeps ids that do not collide, and warns of nothing', async () => {
    const report = await compare(analyze(da, { prefix: 'A' }), analyze(en, { prefix: 'B' }), { timings: false });
    expect(report.left.claims[0].id).toBe('A1');
    expect(report.discrepancies.map((d) => `${d.left.claim} ${d.right.claim}`)).toEqual(
      fromText.discrepancies.map((d) => `${d.left.claim.replace('L', 'A')} ${d.right.claim.replace('R', 'B')}`),
    );
    expect(report.warnings).toBeUndefined();
  });

  it('refuses a malformed analysed article with an error naming the field', async () => {
    const good = analyze(da);
    const broken = (change: (claims: unknown[]) => void) => {
      const claims: unknown[] = structuredClone(good.claims);
      change(claims);
      return { ...good, claims } as typeof good;
    };
    const cases: Array<[ReturnType<typeof broken>, RegExp]> = [
      [broken((c) => (c[0] = null)), /left article's claims\[0\] is not a claim/],
      [broken((c) => delete (c[1] as { id?: string }).id), /claims\[1\]\.id/],
      [broken((c) => ((c[0] as { start: unknown }).start = '3')), /claims\[0\]\.start/],
      [broken((c) => ((c[0] as { end: number }).end = -1)), /claims\[0\]\.end/],
      [broken((c) => delete (c[0] as { facets?: unknown }).facets), /claims\[0\]\.facets must be an object/],
      [broken((c) => ((c[2] as { facets: { numbers: unknown } }).facets.numbers = null)), /claims\[2\]\.facets\.numbers/],
    ];
    for (const [article, message] of cases) {
      await expect(compare(article, en)).rejects.toThrow(ClaimdiffInputError);
      await expect(compare(article, en)).rejects.toThrow(message);
    }
    await expect(compare(en, broken((c) => (c[0] = 7)))).rejects.toThrow(/right article's claims\[0\]/);
  });
});
