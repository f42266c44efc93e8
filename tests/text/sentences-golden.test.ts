// Hard cases of sentence splitting, per language, as a table of input → expected sentences (the default splitter).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences';
import { text as da } from '../../src/lang/da/text';
import { text as en } from '../../src/lang/en/text';
import type { TextRules } from '../../src/text/rules';

type Golden = [input: string, expected: string[]];

const danish: Golden[] = [
  // Dates and times: the ordinal dot and 'd.', 'kl.' go on.
  ['Topmødet holdes d. 5. maj kl. 14.30 i Aarhus. Det oplyser kommunen.', ['Topmødet holdes d. 5. maj kl. 14.30 i Aarhus.', 'Det oplyser kommunen.']],
  ['Mødet sluttede kl. 14.30. Bagefter gik alle hjem.', ['Mødet sluttede kl. 14.30.', 'Bagefter gik alle hjem.']],
  ['Loven træder i kraft den 1. januar 2019. Den blev vedtaget i går.', ['Loven træder i kraft den 1. januar 2019.', 'Den blev vedtaget i går.']],
  ['Det er 3. gang i år, at broen lukker. Trafikken ledes uden om.', ['Det er 3. gang i år, at broen lukker.', 'Trafikken ledes uden om.']],
  // Abbreviations.
  ['Der kom ca. 300 gæster, bl.a. fra Sverige. Festen varede til kl. 2.', ['Der kom ca. 300 gæster, bl.a. fra Sverige.', 'Festen varede til kl. 2.']],
  ['Projektet koster 5 mio. kr. og skal bl.a. betales af staten, dvs. af skatteyderne.', ['Projektet koster 5 mio. kr. og skal bl.a. betales af staten, dvs. af skatteyderne.']],
  ['Ledigheden faldt med 0,4 pct. Det viser tal fra Danmarks Statistik.', ['Ledigheden faldt med 0,4 pct.', 'Det viser tal fra Danmarks Statistik.']],
  ['Hun bor i nr. 12 og arbejder hos bl.a. Novo, f.eks. om lørdagen.', ['Hun bor i nr. 12 og arbejder hos bl.a. Novo, f.eks. om lørdagen.']],
  // Initials and dotted names.
  ['Forfatteren Karen K. Jensen talte først. Hun fik stående bifald.', ['Forfatteren Karen K. Jensen talte først.', 'Hun fik stående bifald.']],
  ['Eventyrene af H.C. Andersen er oversat til 125 sprog.', ['Eventyrene af H.C. Andersen er oversat til 125 sprog.']],
  ['Han talte med hr. Hansen og Dr. Ford. De var enige.', ['Han talte med hr. Hansen og Dr. Ford.', 'De var enige.']],
  // A sentence may open with a number.
  ['Han blev anholdt i 2017. 14 personer blev såret.', ['Han blev anholdt i 2017.', '14 personer blev såret.']],
  // Quotations stay with their speech tag; a tag in lower case goes on after a question.
  ['"Vi er klar. Vi vil gerne hjælpe," siger ministeren. Mødet begynder i dag.', ['"Vi er klar. Vi vil gerne hjælpe," siger ministeren.', 'Mødet begynder i dag.']],
  ['»Hvad sker der nu?« spurgte hun. Ingen svarede.', ['»Hvad sker der nu?« spurgte hun.', 'Ingen svarede.']],
  ['Han sagde: "Det er slut." Så gik han.', ['Han sagde: "Det er slut."', 'Så gik han.']],
  // Headlines on their own line.
  ['Storm lukker broer\nStormen ramte mandag aften. Politiet lukkede to broer.', ['Storm lukker broer', 'Stormen ramte mandag aften.', 'Politiet lukkede to broer.']],
  ['Regeringen: Skatten skal ned\n\nFinansministeren fremlagde i dag planen.', ['Regeringen: Skatten skal ned', 'Finansministeren fremlagde i dag planen.']],
];

const english: Golden[] = [
  // Dates and times.
  ['The vote is on Dec. 7 in Washington. It was delayed twice.', ['The vote is on Dec. 7 in Washington.', 'It was delayed twice.']],
  ['On Dec. 7 Trump met the press. He took no questions.', ['On Dec. 7 Trump met the press.', 'He took no questions.']],
  ['The talks ended at 7 p.m. The crowd had left by then.', ['The talks ended at 7 p.m.', 'The crowd had left by then.']],
  ['They started at 9 a.m. on Monday and finished late.', ['They started at 9 a.m. on Monday and finished late.']],
  // Abbreviations and acronyms.
  ['The U.S. Army said so. Talks with the U.S. resumed on Monday.', ['The U.S. Army said so.', 'Talks with the U.S. resumed on Monday.']],
  ['He has lived in the U.S. The rest of his family stayed in Ireland.', ['He has lived in the U.S.', 'The rest of his family stayed in Ireland.']],
  ['Mr. Smith and Mrs. Jones met Dr. Brown and Gen. Miller in Kabul.', ['Mr. Smith and Mrs. Jones met Dr. Brown and Gen. Miller in Kabul.']],
  ['She lives at No. 10 Downing Street. He does not.', ['She lives at No. 10 Downing Street.', 'He does not.']],
  ['The U.N. Security Council met in New York. It voted on Friday.', ['The U.N. Security Council met in New York.', 'It voted on Friday.']],
  // Initials.
  ['John F. Kennedy spoke in Berlin. Thousands listened.', ['John F. Kennedy spoke in Berlin.', 'Thousands listened.']],
  ['The books of J. R. R. Tolkien sold well. Fans queued.', ['The books of J. R. R. Tolkien sold well.', 'Fans queued.']],
  // Numbers.
  ['The vote was held in 2017. 25 senators voted against it.', ['The vote was held in 2017.', '25 senators voted against it.']],
  // Quotations.
  ['"We are ready. We will help," said the envoy. The talks begin today.', ['"We are ready. We will help," said the envoy.', 'The talks begin today.']],
  ['"Is it true?" she asked. Nobody answered.', ['"Is it true?" she asked.', 'Nobody answered.']],
  ['The coach praised the team. "diligence and pursuit of justice," Wade said.', ['The coach praised the team.', '"diligence and pursuit of justice," Wade said.']],
  // Headlines on their own line.
  ['Storm hits coast\nThousands lost power on Sunday. Crews worked through the night.', ['Storm hits coast', 'Thousands lost power on Sunday.', 'Crews worked through the night.']],
];

function check(rules: TextRules, [input, expected]: Golden) {
  const sentences = splitSentences(input, rules);
  for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  expect(sentences.map((s) => s.text)).toEqual(expected);
}

describe('sentences: Danish golden table', () => {
  for (const c of danish) it(c[0], () => check(da, c));
});

describe('sentences: English golden table', () => {
  for (const c of english) it(c[0], () => check(en, c));
});
