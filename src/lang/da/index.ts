import type { LanguagePack } from '../types';
import { text } from './text';
import { time } from './time';
import { numbers } from './numbers';
import { names } from './names';
import { negation } from './negation';

export const da: LanguagePack = { code: 'da', name: 'Danish', text, time, numbers, names, negation };
