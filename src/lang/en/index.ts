import type { LanguagePack } from '../types';
import { text } from './text';
import { time } from './time';
import { numbers } from './numbers';
import { names } from './names';
import { negation } from './negation';

export const en: LanguagePack = { code: 'en', name: 'English', text, time, numbers, names, negation };
