// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleContext,
  editAgency,
  editMonth,
  editName,
  editNegation,
  editNumber,
  editRole,
  editSpeaker,
  editWeekday,
  editYear,
  dropDate,
  editTime,
  dropSpeaker,
  swapQuote,
  editCentury,
  editAgo,
  editNameForNoun,
  editSecondNegation,
} from '../perturb-edits.mjs';
import { buildPerturbations, detects, findingsAt, otherFindingsPerArticle } from '../perturb.mjs';
import { mulberry32 } from '../random.mjs';

// Invented lines: the English side and its Danish translation.
const article = {
  id: 'fixture.perturb',
  en: [
    'Storm Closes Bridges',
    'Foreign Minister Anna Holt said on Monday that the bridges were closed.',
    'The storm hit Denmark in December and cut power to 3,850 homes.',
    'Police said two bridges will reopen on Friday.',
    '"It is serious," said Peter Lund.',
    'Holt told reporters the damage was large.',
    'The mayor thanked Anna Holt for her work.',
    'The bridges will reopen on Friday.',
  ],
  da: [
    'Storm lukker broer',
    'Udenrigsminister Anna Holt sagde mandag, at broerne var lukket.',
    'Stormen ramte Danmark i december og afbrød strømmen til 3.850 hjem.',
    'Politiet siger, at to broer åbner igen fredag.',
    '"Det er alvorligt," sagde Peter Lund.',
    'Holt sagde til journalister, at skaden var stor.',
    'Borgmesteren takkede Anna Holt for hendes arbejde.',
    'Broerne åbner igen fredag.',
  ],
};
const context = articleContext(article.en);
const line = (i) => [article.en[i], article.da[i], mulberry32(7), context];

/** The edit changes only [start, end) of the line: the rest reads as before. */
function assertLocal(original, edit) {
  assert.equal(edit.en.slice(edit.start, edit.end), edit.after);
  assert.equal(edit.en.slice(0, edit.start) + edit.before + edit.en.slice(edit.end), original);
}

const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTHS = /^(January|February|March|April|June|July|August|September|October|November|December)$/;

const cases = [
  { name: 'weekday', edit: editWeekday, at: 1, before: 'Monday', after: (a) => WEEKDAYS.test(a) },
  { name: 'month', edit: editMonth, at: 2, before: 'December', after: (a) => MONTHS.test(a) },
  { name: 'number', edit: editNumber, at: 2, before: '3,850', after: (a) => /^\d,\d{3}$/.test(a) && Math.abs(Number(a.replace(',', '')) - 3850) >= 100 },
  { name: 'number word', edit: editNumber, at: 3, before: 'two', after: (a) => /^(three|four|five|six|seven|eight|nine|ten)$/.test(a) },
  { name: 'name', edit: editName, at: 6, before: 'Holt', after: (a) => /^\p{Lu}\p{Ll}+$/u.test(a) && a !== 'Holt' },
  { name: 'speaker', edit: editSpeaker, at: 4, before: 'Peter Lund', after: (a) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(a) },
  { name: 'speaker surname', edit: editSpeaker, at: 5, before: 'Holt', after: (a) => /^\p{Lu}\p{Ll}+$/u.test(a) && a !== 'Holt' },
  { name: 'role', edit: editRole, at: 1, before: 'Foreign Minister', after: (a) => /^(Defence|Finance) Minister$/.test(a) },
  { name: 'lowercase role', edit: editRole, at: 6, before: 'mayor', after: (a) => a === 'governor' },
  { name: 'negation', edit: editNegation, at: 2, before: 'hit', after: () => false, none: true },
  { name: 'negation of an auxiliary', edit: editNegation, at: 7, before: 'will', after: (a) => a === 'will not' },
];

for (const c of cases) {
  test(`${c.name}: ${c.none ? 'no edit without an auxiliary' : `changes "${c.before}" and nothing else`}`, () => {
    const edit = c.edit(...line(c.at));
    if (c.none) {
      assert.equal(edit, null);
      return;
    }
    assert.ok(edit, 'an edit applies');
    assert.equal(edit.before, c.before);
    assert.ok(c.after(edit.after), `unexpected replacement ${edit.after}`);
    assert.notEqual(edit.en, article.en[c.at]);
    assert.equal(edit.da, article.da[c.at], 'the Danish line stays as it was');
    assertLocal(article.en[c.at], edit);
  });
}

test('edits apply only where the line has the thing to change and the Danish line carries it too', () => {
  assert.equal(editWeekday(...line(2)), null); // no weekday
  assert.equal(editWeekday('They met on Monday.', 'De mødtes tirsdag.', mulberry32(1), context), null); // Danish differs
  assert.equal(editMonth('Sales rose in May.', 'Salget steg i maj.', mulberry32(1), context), null); // 'May' is never used
  assert.equal(editNumber('It happened in 2017.', 'Det skete i 2017.', mulberry32(1), context), null); // a year
  assert.equal(editNumber('It closed on 26 March.', 'Den lukkede 26. marts.', mulberry32(1), context), null); // a date
  assert.equal(editNegation('Police did not say why.', 'Politiet sagde ikke hvorfor.', mulberry32(1), context), null);
  assert.equal(editNegation('He said that it was late.', 'Han sagde, at det var sent.', mulberry32(1), context), null);
  assert.equal(editName(...line(4)), null); // the only name there is the speaker's
  assert.equal(editNegation(...line(3)), null); // 'will' belongs to what the police said
  assert.equal(editRole('The president came.', 'Præsidentvalget kom.', mulberry32(1), context), null); // a compound
});

test('year: moved by one to five years, never a decade nor a year that is part of a name', () => {
  const edit = editYear('The bridge opened in 2016 after delays.', 'Broen åbnede i 2016 efter forsinkelser.', mulberry32(3), context);
  assert.ok(edit);
  assert.equal(edit.before, '2016');
  const shift = Math.abs(Number(edit.after) - 2016);
  assert.ok(shift >= 1 && shift <= 5, `shift ${shift}`);
  assertLocal('The bridge opened in 2016 after delays.', edit);
  assert.ok(editYear('In 2016, a pig attacked.', 'I 2016 angreb en gris.', mulberry32(3), context), 'after a sentence-initial word');
  assert.ok(editYear('It closed on May 30, 2005 in Xining.', 'Den lukkede 30. maj 2005 i Xining.', mulberry32(3), context));
  assert.equal(editYear('They moved out in the 1930s.', "De flyttede ud i 1930'erne.", mulberry32(3), context), null);
  assert.equal(editYear('The Wales Act 2017 gave it power.', 'Wales Act 2017 gav den magt.', mulberry32(3), context), null);
  assert.equal(editYear('It happened in 2017.', 'Det skete i 2016.', mulberry32(3), context), null); // Danish differs
});

test('omissions: the day or the speaker leaves the English line, and the edit marks where', () => {
  const date = dropDate('The talks ended on Monday in Vienna.', 'Samtalerne sluttede mandag i Wien.', mulberry32(1), context);
  assert.equal(date.en, 'The talks ended in Vienna.');
  assert.deepEqual([date.start, date.end, date.before], [15, 15, ' on Monday']);
  // Another time stays in the line: the English side still dates it.
  assert.equal(dropDate('On 5 May the talks ended on Monday.', 'Den 5. maj sluttede samtalerne mandag.', mulberry32(1), context), null);
  const lead = dropSpeaker('Lee said that researchers work hard.', 'Lee sagde, at forskere arbejder hårdt.');
  assert.equal(lead.en, 'Researchers work hard.');
  const tail = dropSpeaker('Researchers work hard, Lee said.', 'Forskere arbejder hårdt, sagde Lee.');
  assert.equal(tail.en, 'Researchers work hard.');
  assert.equal(tail.before, ', Lee said.');
  assert.equal(dropSpeaker('"We work hard," Lee said.', '"Vi arbejder hårdt," sagde Lee.'), null); // a quotation keeps its voice
  assert.equal(dropSpeaker('Researchers work hard, Lee said.', 'Forskere arbejder hårdt.'), null); // no Lee in Danish
});

test('time: the hour moves by one to three, where the Danish line gives the same hour on the 24-hour clock', () => {
  const edit = editTime('At 2pm two police vans were inside.', 'Kl. 14 var der to politibiler.', mulberry32(2), context);
  assert.ok(edit);
  assert.equal(edit.before, '2');
  assert.ok(['3', '4', '5'].includes(edit.after), edit.after);
  assertLocal('At 2pm two police vans were inside.', edit);
  const clock = editTime('It happened at about 10:15 BST.', 'Det skete omkring kl. 10.15.', mulberry32(2), context);
  assert.ok(['11', '12', '13'].includes(clock.after), clock.after);
  assert.equal(editTime('Sullivan scored on 13:10.', 'Sullivan scorede ved 13:10.', mulberry32(2), context), null); // a game clock
  assert.equal(editTime('At 2pm they left.', 'Kl. 15 tog de af sted.', mulberry32(2), context), null); // Danish differs
});

test('quote: the quoted words come from another line of the article', () => {
  const lines = ['"We will never give up our weapons," she said.'];
  const edit = swapQuote('"We are ready to talk now," he said.', '"Vi er klar til at tale nu," sagde han.', mulberry32(1), { lines });
  assert.equal(edit.before, 'We are ready to talk now');
  assert.equal(edit.after, 'We will never give up our weapons');
  assertLocal('"We are ready to talk now," he said.', edit);
  assert.equal(swapQuote('"Ready," he said.', '"Klar," sagde han.', mulberry32(1), { lines }), null); // too short
});

test('agency: the credit is inserted on both sides, with another agency in English', () => {
  const edit = editAgency(...line(2));
  assert.ok(edit);
  assert.match(edit.da, /, rapporterer (Reuters|AP|AFP|Interfax|Xinhua)\.$/);
  assert.match(edit.en, /, (Reuters|AP|AFP|Interfax|Xinhua) reported\.$/);
  assert.notEqual(edit.before, edit.after);
  assert.equal(edit.da.endsWith(`rapporterer ${edit.before}.`), true);
  assert.equal(edit.en.slice(edit.start, edit.end), edit.after);
  assert.equal(editAgency(...line(4)), null); // a quotation
  assert.equal(editAgency(...line(0)), null); // a headline
});

test('the planted cases are the same on every run, and differ with the seed', () => {
  const articles = [article, { ...article, id: 'fixture.other' }];
  const strip = (cases) => cases.map((c) => ({ kind: c.kind, id: c.id, line: c.line, edit: c.edit }));
  const a = strip(buildPerturbations(articles, { seed: 1, perKind: 3 }));
  const b = strip(buildPerturbations(articles, { seed: 1, perKind: 3 }));
  assert.deepEqual(a, b);
  assert.ok(a.length > 8);
  const c = strip(buildPerturbations(articles, { seed: 2, perKind: 3 }));
  assert.notDeepEqual(a, c);
  for (const item of buildPerturbations(articles, { seed: 1, perKind: 3 })) {
    const en = item.article.en[item.line];
    assert.equal(en.slice(item.edit.start, item.edit.end), item.edit.after);
  }
});

test('a planted edit counts as detected only with the right kind, on the edit or in the claim holding it', () => {
  const report = {
    right: { claims: [{ id: 'R1', start: 0, end: 50 }, { id: 'R2', start: 51, end: 90 }] },
    discrepancies: [
      { kind: 'date', left: { claim: 'L1', start: 0, end: 5 }, right: { claim: 'R1', start: 10, end: 16 } },
      { kind: 'number', left: { claim: 'L2', start: 60, end: 62 }, right: { claim: 'R2', start: 70, end: 72 } },
    ],
  };
  assert.equal(detects(report, 'date', { start: 12, end: 14 }), true);
  assert.equal(detects(report, 'date', { start: 30, end: 36 }), true); // same claim
  assert.equal(detects(report, 'number', { start: 30, end: 36 }), false); // finding in another claim
  assert.equal(detects(report, 'entity', { start: 12, end: 14 }), false); // wrong kind
  assert.equal(detects(report, ['entity', 'date'], { start: 12, end: 14 }), true); // one of several kinds
  assert.equal(findingsAt(report, { start: 58, end: 65 }, { start: 100, end: 120 }).length, 1);
  assert.equal(findingsAt(report, { start: 20, end: 30 }, { start: 20, end: 30 }).length, 0);
});

test('century: moved by one where the Danish line names the same century; nothing without one', () => {
  const da = 'Huset blev bygget i 1800-tallet.';
  for (let seed = 1; seed <= 6; seed++) {
    const e = editCentury('The house was built in the 19th century.', da, mulberry32(seed));
    assert.ok(['18th', '20th'].includes(e.after), e.after);
    assert.equal(e.en.slice(e.start, e.end), e.after);
    assert.match(e.en, /^The house was built in the (18th|20th) century\.$/);
  }
  assert.equal(editCentury('The house was built in the 19th century.', 'Huset blev bygget i 1700-tallet.', mulberry32(1)), null);
  assert.equal(editCentury('He was 19th in the race.', 'Han blev nummer 19.', mulberry32(1)), null);
});

test('years ago: the count changes where the Danish line gives it with siden', () => {
  for (let seed = 1; seed <= 6; seed++) {
    const e = editAgo('She left 18 years ago.', 'Hun rejste for 18 år siden.', mulberry32(seed));
    assert.notEqual(e.after, '18');
    assert.match(e.after, /^[1-9]\d$/);
    const w = editAgo('She left two weeks ago.', 'Hun rejste for to uger siden.', mulberry32(seed));
    assert.notEqual(w.after, 'two');
    assert.equal(w.en.slice(w.start, w.end), w.after);
  }
  assert.equal(editAgo('She left 18 years ago.', 'Hun rejste for 20 år siden.', mulberry32(1)), null);
});

test('name for noun: a place noun becomes a city the article does not name, and nothing else changes', () => {
  const random = mulberry32(3);
  const edit = editNameForNoun('Police in the city said the roads were closed.', 'Politiet i byen sagde, at vejene var lukket.', random);
  assert.ok(edit);
  assert.equal(edit.before, 'the city');
  assert.match(edit.en, /^Police in [A-Z][\p{L} ]+ said the roads were closed\.$/u);
  assert.equal(edit.da, 'Politiet i byen sagde, at vejene var lukket.');
  assert.equal(editNameForNoun('Police in Paris said so.', 'Politiet i Paris sagde det.', random), null);
});

test('second negation: a clause of a line that negates already is negated too, never one that is negated', () => {
  const edit = editSecondNegation('He did not say that it was ready.', 'Han sagde ikke, at den var klar.');
  assert.ok(edit);
  assert.equal(edit.en, 'He did not say that it was not ready.');
  assert.equal(editSecondNegation('He said that it was ready.', 'Han sagde, at den var klar.'), null);
  assert.equal(editSecondNegation('He did not say that it was not ready.', 'Han sagde ikke, at den ikke var klar.'), null);
});

test('findings besides the planted edit: each article weighs once, however many cases it has', () => {
  const f = (real) => ({ kind: 'entity', confidence: 0.5, real });
  const results = [
    // Three cases of one article, each with one finding besides its edit.
    ...[1, 2, 3].map(() => ({ id: 'a', findings: [f(true), f(false)] })),
    // One case of another, with none.
    { id: 'b', findings: [f(true)] },
  ];
  const o = otherFindingsPerArticle(results);
  assert.equal(o.all.articles, 2);
  assert.equal(o.all.mean, 0.5);
  assert.equal(o.reading.articles + o.heldOut.articles, 2);
});
