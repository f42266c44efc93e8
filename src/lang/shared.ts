// Names and symbols that read the same in every language: international news outlets, SI unit symbols.
// Language packs spread these into their own lists beside the words of their language.
import { org as agency, type NameEntry } from '../facets/names/rules';
import { CELSIUS, FAHRENHEIT, type Measure } from '../facets/numbers/rules';

/** News agencies and outlets quoted across languages, as they are written (matched case-sensitively). */
export const INTERNATIONAL_OUTLETS: string[] = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Interfax', 'TASS', 'Tass',
  'ITAR-TASS', 'RIA Novosti', 'RIA', 'Sputnik', 'RT', 'Xinhua', 'Yonhap', 'Kyodo', 'KCNA', 'ANSA', 'EFE',
  'DPA', 'dpa', 'NTB', 'TT', 'Ritzau', 'Bloomberg', 'BBC', 'CNN', 'Fox News', 'NBC', 'CBS', 'ABC', 'NPR',
  'NHK', 'Al Jazeera', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times',
  'The Guardian', 'Guardian', 'Der Spiegel', 'Spiegel', 'Le Monde', 'Bild', 'Politico', 'Axios', 'Anadolu',
  'IRNA', 'Ukrinform', 'Kommersant', 'Izvestia', 'NRK', 'SVT', 'YLE', 'ZDF', 'ARD', 'DR', 'TV 2',
  'France 24', 'Euronews', 'Deutsche Welle', 'DW', 'Voice of America', 'VOA', 'Sky News', 'Nikkei', 'Asahi',
  'South China Morning Post', 'CNBC', 'MSNBC',
];

/** News agencies as entities, with one key for every spelling. */
export const NEWS_AGENCY_NAMES: NameEntry[] = [
  agency('reuters', 'Reuters'),
  agency('associated press', 'AP', 'Associated Press'),
  agency('afp', 'AFP', 'Agence France-Presse'),
  agency('interfax', 'Interfax'),
  agency('ritzau', 'Ritzau'),
  agency('tass', 'TASS', 'Tass'),
  agency('ria novosti', 'RIA Novosti'),
  agency('xinhua', 'Xinhua'),
  agency('yonhap', 'Yonhap'),
  agency('kcna', 'KCNA'),
];

/**
 * The other outlets written in words as entities too, so that a sentence opening with one ('Fox News has …',
 * 'Guardian') keeps it as a name; acronyms ('BBC') are names anyway and may open a longer one ('BBC Scotland').
 * The key is the name in lowercase, without a leading article ('The Guardian' and 'Guardian' meet).
 */
export const OUTLET_NAMES: NameEntry[] = INTERNATIONAL_OUTLETS.filter(
  (name) => !/^[A-Z0-9]+$/.test(name) && !NEWS_AGENCY_NAMES.some((a) => a.names.includes(name)),
).map((name) => ({ key: name.toLowerCase().replace(/^the /, ''), names: [name], type: 'organisation' }));

/** SI and metric unit symbols, written alike in every language that uses the Latin script. */
export const SI_UNITS: Record<string, Measure> = {
  mm: { dimension: 'length', factor: 0.001 },
  cm: { dimension: 'length', factor: 0.01 },
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1000 },
  'km/h': { dimension: 'speed', factor: 1 / 3.6 },
  'm/s': { dimension: 'speed', factor: 1 },
  g: { dimension: 'mass', factor: 0.001 },
  kg: { dimension: 'mass', factor: 1 },
  'km²': { dimension: 'area', factor: 1e6 },
  'm²': { dimension: 'area', factor: 1 },
  l: { dimension: 'volume', factor: 0.001 },
  mg: { dimension: 'mass', factor: 1e-6 },
  ha: { dimension: 'area', factor: 1e4 },
  ml: { dimension: 'volume', factor: 1e-6 },
  // Temperatures on a known scale, to kelvin: factor, then offset.
  '°c': CELSIUS,
  '°f': FAHRENHEIT,
  // Power (watts), energy (watt-hours) and data rates (bits per second), as written in every language.
  w: { dimension: 'power', factor: 1 },
  kw: { dimension: 'power', factor: 1e3 },
  mw: { dimension: 'power', factor: 1e6 },
  gw: { dimension: 'power', factor: 1e9 },
  tw: { dimension: 'power', factor: 1e12 },
  kwh: { dimension: 'energy', factor: 1e3 },
  mwh: { dimension: 'energy', factor: 1e6 },
  gwh: { dimension: 'energy', factor: 1e9 },
  twh: { dimension: 'energy', factor: 1e12 },
  'bit/s': { dimension: 'data rate', factor: 1 },
  'kbit/s': { dimension: 'data rate', factor: 1e3 },
  'mbit/s': { dimension: 'data rate', factor: 1e6 },
  'gbit/s': { dimension: 'data rate', factor: 1e9 },
  kbps: { dimension: 'data rate', factor: 1e3 },
  mbps: { dimension: 'data rate', factor: 1e6 },
  gbps: { dimension: 'data rate', factor: 1e9 },
  'mb/s': { dimension: 'data rate', factor: 1e6 },
  'gb/s': { dimension: 'data rate', factor: 1e9 },
};
