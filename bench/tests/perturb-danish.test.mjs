// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editMonthDa, editNameDa, editNegationDa, editNumberDa, editWeekdayDa } from '../perturb-danish.mjs';
import { mulberry32 } from '../random.mjs';

const random = () => mulberry32(7);

test('Danish weekday and month: changed only where the English line gives the same one', () => {
  const day = editWeekdayDa('Mødet er på Mandag.', 'The meeting is on Monday.', random());
  assert.ok(day && day.after !== 'Mandag' && /^\p{Lu}/u.test(day.after), 'another weekday, capitalised as it was');
  assert.equal(day.da.slice(day.start, day.end), day.after);
  assert.equal(editWeekdayDa('Mødet er på mandag.', 'The meeting is on Tuesday.', random()), null);
  assert.equal(editMonthDa('Valget er i maj.', 'The election is in May.', random()), null, "'maj' is left alone");
  const month = editMonthDa('Valget er i juni.', 'The election is in June.', random());
  assert.ok(month && month.after !== 'juni' && month.after !== 'maj');
});

test('Danish number: Danish digit groups and decimals, never a year, a day of a month or a clock time', () => {
  const edit = editNumberDa('Der kom 1.500 mennesker.', 'Some 1,500 people came.', random());
  assert.ok(edit && edit.before === '1.500' && edit.after !== '1.500' && /^\d\.\d{3}$/.test(edit.after));
  assert.equal(editNumberDa('Det skete i 2017.', 'It happened in 2017.', random()), null);
  assert.equal(editNumberDa('Det skete den 5. maj.', 'It happened on 5 May.', random()), null);
  assert.equal(editNumberDa('Det skete klokken 15.', 'It happened at 15.', random()), null);
  assert.equal(editNumberDa('Der kom 15 mennesker.', 'Some 16 people came.', random()), null, 'the English line must give it too');
});

test('Danish name: a place in its Danish form or a surname both lines give, never at a sentence start', () => {
  const place = editNameDa('Mødet holdes i Wien.', 'The meeting is held in Vienna.', random(), { surnames: new Set() });
  assert.ok(place && place.before === 'Wien' && place.after !== 'Wien');
  const person = editNameDa('Mødet med Lavrov sluttede.', 'The meeting with Lavrov ended.', random(), { surnames: new Set(['Lavrov']) });
  assert.ok(person && person.before === 'Lavrov');
  assert.equal(editNameDa('Lavrov kom.', 'Lavrov came.', random(), { surnames: new Set(['Lavrov']) }), null);
});

test("Danish negation: 'ikke' after the main clause's first finite verb, where neither line negates", () => {
  const edit = editNegationDa('Regeringen er klar til samtaler.', 'The government is ready for talks.');
  assert.equal(edit.da, 'Regeringen er ikke klar til samtaler.');
  assert.equal(edit.da.slice(edit.start, edit.end), 'ikke');
  assert.equal(editNegationDa('Regeringen er ikke klar.', 'The government is not ready.'), null);
  assert.equal(editNegationDa('Han sagde, at regeringen er klar.', 'He said the government is ready.'), null);
});
