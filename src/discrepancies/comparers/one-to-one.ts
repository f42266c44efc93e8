// Pairing facets across the sides one to one, so that a repeated or extra value is left over instead of hiding
// behind a match it shares with another.

/**
 * A maximum matching of left and right items that fit each other: the indices paired on each side.
 * 'fire point i fire kampe' against 'four from nine' pairs one 4 and leaves the other 4 and the 9 open.
 */
export function pairOneToOne<T, U>(left: T[], right: U[], fits: (a: T, b: U) => boolean): [Set<number>, Set<number>] {
  const owner = new Array<number>(right.length).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < right.length; j++) {
      if (seen[j] || !fits(left[i], right[j])) continue;
      seen[j] = true;
      if (owner[j] < 0 || assign(owner[j], seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  left.forEach((_, i) => assign(i, new Array<boolean>(right.length).fill(false)));
  const pairedRight = new Set(owner.flatMap((i, j) => (i >= 0 ? [j] : [])));
  const pairedLeft = new Set(owner.filter((i) => i >= 0));
  return [pairedLeft, pairedRight];
}
