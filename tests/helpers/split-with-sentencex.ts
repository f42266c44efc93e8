// Run in a child process by sentences-native.test.ts: splits each input given on stdin (a JSON array) with sentencex
// and prints the sentences as JSON, so the test can see what reaches stderr.
import { readFileSync } from 'node:fs';
import { text as en } from '../../src/lang/en/text';
import { splitSentences } from '../../src/text/sentences';

const inputs = JSON.parse(readFileSync(0, 'utf8')) as string[];
console.log(JSON.stringify(inputs.map((text) => splitSentences(text, en, 'sentencex').map((s) => s.text))));
