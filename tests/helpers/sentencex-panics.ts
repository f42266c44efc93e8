// Inputs on which sentencex 1.0.17 panics (checked against the binary where it is installed), and look-alikes on
// which it does not.
export const PANICKING = [
  'He said ".". . Then he left.',
  '«Nej!».. Så gik han.',
  'Han råbte "Stop!"!. Så gik han.',
  'Han råbte "Stop!".. Så gik han.',
  'Hun sagde: “Nej.”. . Så gik hun.',
];

export const CALM = [
  'He said "no." Then he left.',
  '"We are ready," he said. They left.',
  'It ended... Then silence.',
  '»Nej!«.. Så gik han.',
];
