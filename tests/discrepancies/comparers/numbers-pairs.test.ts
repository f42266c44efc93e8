// Numbers and periods read on both sides, then compared: a Danish and an English sentence taken as one aligned
// pair. Each row gives the kinds of finding expected; an empty list is a faithful pair that must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index';
import { findDiscrepancies } from '../../../src/discrepancies';
import { getLanguagePack } from '../../../src/lang';
import type { Discrepancy } from '../../../src/types';

interface PairRow {
  da: string;
  en: string;
  kinds: Discrepancy['kind'][];
}

function findings(da: string, en: string): Discrepancy[] {
  const left = analyze({ text: da, lang: 'da' }).claims;
  // analyze() names the claims of one article L1, L2, …: the right side's become R1, R2, … as in compare().
  const right = analyze({ text: en, lang: 'en' }).claims.map((c) => ({ ...c, id: c.id.replace(/^L/, 'R') }));
  expect(left).toHaveLength(1);
  expect(right).toHaveLength(1);
  const langs = { left: getLanguagePack('da'), right: getLanguagePack('en') };
  return findDiscrepancies(left, right, [{ left: [left[0].id], right: [right[0].id], score: 1.6 }], langs);
}

export function pairTable(rows: PairRow[]): void {
  it.each(rows)('$da | $en → $kinds', ({ da, en, kinds }) => {
    expect(findings(da, en).map((d) => d.kind)).toEqual(kinds);
  });
}

describe('units of measurement across languages', () => {
  pairTable([
    // A unit glued to the figure against the unit written out.
    { da: 'Ruten er 42 kilometer lang.', en: 'The route is 42km long.', kinds: [] },
    { da: 'Ruten er 42 kilometer lang.', en: 'The route is 45km long.', kinds: ['number'] },
    { da: 'Pakken vejede 5 kilo.', en: 'The parcel weighed 5kg.', kinds: [] },
    { da: 'Flyet sank på 30 meter vand.', en: 'The plane sank in 30m of water.', kinds: [] },
    { da: 'Flyet sank på 30 meter vand.', en: 'The plane sank in 60m (100 feet) of water.', kinds: ['number'] },
    { da: 'Pakken vejede 5 kilo.', en: 'The parcel weighed 6kg.', kinds: ['number'] },
    { da: 'Husstandene får 800 Mbit/s.', en: 'Homes get 800Mbit/s.', kinds: [] },
    { da: 'Husstandene får 800 Mbit/s.', en: 'Homes get 300Mbit/s.', kinds: ['number'] },
    { da: 'Værket skal yde 3,5GW.', en: 'The plant will produce 3.5 gigawatts.', kinds: [] },
    { da: 'Værket skal yde 3,5GW.', en: 'The plant will produce 2.5 gigawatts.', kinds: ['number'] },
    // A conversion keeps its slack: 650 pounds is 294.8 kg.
    { da: 'Bjørnen vejede 295 kg.', en: 'The bear weighed 650 pounds.', kinds: [] },
    // A symbol against a unit word.
    { da: 'Øen er 300 km² stor.', en: 'The island covers 300 square kilometres.', kinds: [] },
    { da: 'Øen er 300 kvadratkilometer stor.', en: 'The island covers 300 km².', kinds: [] },
    { da: 'Øen er 300 kvadratkilometer stor.', en: 'The island covers 400 km².', kinds: ['number'] },
    { da: 'Skatten steg 5 procent.', en: 'The tax rose 5%.', kinds: [] },
    { da: 'Skatten steg 5 procent.', en: 'The tax rose 7 per cent.', kinds: ['number'] },
    // Temperatures: a scale left open ('grader', 'degrees') meets a named one, or a converted one.
    { da: 'Der var 30 grader i skyggen.', en: 'It was 30°C in the shade.', kinds: [] },
    { da: 'Der var 30 °C i skyggen.', en: 'It was 35 degrees in the shade.', kinds: ['number'] },
    { da: 'Der var 26 grader i skyggen.', en: 'It was 80 degrees in the shade.', kinds: [] },
    { da: 'Der var 30 grader celsius i skyggen.', en: 'It was 86 degrees Fahrenheit in the shade.', kinds: [] },
    { da: 'Der var 30 grader i skyggen.', en: 'It was 31 degrees in the shade.', kinds: ['number'] },
    // A sign word: a frost is no thaw.
    { da: 'Temperaturen faldt til minus 12 grader.', en: 'The temperature fell to minus 12 degrees.', kinds: [] },
    { da: 'Temperaturen faldt til minus 5 grader.', en: 'The temperature fell to 5 degrees.', kinds: ['number'] },
    { da: 'Der var 20 grader celsius i skyggen.', en: 'It was 86 degrees Fahrenheit in the shade.', kinds: ['number'] },
  ]);
});

describe('how long ago, decades and centuries across languages', () => {
  pairTable([
    // The number in a 'years ago' phrase is compared, with or without a publication date.
    { da: 'Byen blev grundlagt for 10.000 år siden.', en: 'The city was founded 10,000 years ago.', kinds: [] },
    { da: 'Byen blev grundlagt for 10.000 år siden.', en: 'The city was founded 15,000 years ago.', kinds: ['number'] },
    { da: 'Hun flyttede for tre år siden.', en: 'She moved three years ago.', kinds: [] },
    { da: 'Hun flyttede for tre år siden.', en: 'She moved four years ago.', kinds: ['number'] },
    // A decade moved is a date finding; one named in words or two digits is the same decade.
    { da: "Bandet var populært i 1960'erne.", en: 'The band was popular in the 1960s.', kinds: [] },
    { da: "Bandet var populært i 1960'erne.", en: 'The band was popular in the 1970s.', kinds: ['date'] },
    { da: "Bandet var populært i 60'erne.", en: 'The band was popular in the sixties.', kinds: [] },
    { da: 'Bandet var populært i tresserne.', en: "The band was popular in the '70s.", kinds: ['date'] },
    { da: 'Bandet blev dannet i 1965.', en: 'The band was formed in the 1960s.', kinds: [] },
    // Centuries: '1800-tallet' is the 19th century.
    { da: 'Huset blev bygget i 1800-tallet.', en: 'The house was built in the 19th century.', kinds: [] },
    { da: 'Huset blev bygget i 1800-tallet.', en: 'The house was built in the 20th century.', kinds: ['date'] },
    { da: 'Huset blev bygget i det 19. århundrede.', en: 'The house was built in the nineteenth century.', kinds: [] },
    { da: 'Huset blev bygget i 1900-tallet.', en: 'The house was built in the nineteenth century.', kinds: ['date'] },
    { da: 'Huset blev bygget i 1850.', en: 'The house was built in the 19th century.', kinds: [] },
  ]);
});
