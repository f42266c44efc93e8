import { describe, expect, it } from 'vitest';
import { remembering } from '../../src/embed/memo';

/** A fake model: each text becomes a one-number vector of its length; every text it is asked for is counted. */
function counting() {
  const asked: string[] = [];
  const embed = async (texts: string[]) => {
    asked.push(...texts);
    return texts.map((t) => Float32Array.from([t.length]));
  };
  return { asked, embed };
}

describe('remembering', () => {
  it('embeds a text once, however often and in whatever company it comes back', async () => {
    const model = counting();
    const embed = remembering(model.embed);
    const first = await embed(['Lavrov kom.', 'Mødet var kort.']);
    const again = await embed(['Mødet var kort.', 'Nyt om mødet.', 'Lavrov kom.', 'Nyt om mødet.']);
    expect(model.asked).toEqual(['Lavrov kom.', 'Mødet var kort.', 'Nyt om mødet.']);
    expect(again.map((v) => v[0])).toEqual([15, 13, 11, 13]);
    expect(again[2]).toBe(first[0]);
  });

  it('forgets the least recently used texts beyond its limit, and still answers a call larger than the limit', async () => {
    const model = counting();
    const embed = remembering(model.embed, 2);
    await embed(['a', 'bb']);
    await embed(['a']); // 'a' is now the most recent; 'bb' the oldest
    await embed(['ccc']); // drops 'bb'
    await embed(['a', 'bb']);
    expect(model.asked).toEqual(['a', 'bb', 'ccc', 'bb']);
    const big = await embed(['d', 'ee', 'fff', 'gggg']);
    expect(big.map((v) => v[0])).toEqual([1, 2, 3, 4]);
  });
});
