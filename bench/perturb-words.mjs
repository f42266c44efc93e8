// Word lists for the perturbation edits (bench/perturb-edits.mjs): the English words an edit changes, the Danish
// words that show the translation carries the same thing, and plausible replacements.

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAYS_DA = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
export const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const NUMBER_WORDS_DA = ['to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti'];

/** Places with their Danish names; an edit swaps one for another of the same group. */
export const COUNTRIES = [['Germany', 'Tyskland'], ['France', 'Frankrig'], ['Russia', 'Rusland'], ['China', 'Kina'],
  ['Japan', 'Japan'], ['India', 'Indien'], ['Canada', 'Canada'], ['Mexico', 'Mexico'], ['Brazil', 'Brasilien'],
  ['Italy', 'Italien'], ['Spain', 'Spanien'], ['Turkey', 'Tyrkiet'], ['Israel', 'Israel'], ['Egypt', 'Egypten'],
  ['Australia', 'Australien'], ['Sweden', 'Sverige'], ['Norway', 'Norge'], ['Denmark', 'Danmark'],
  ['Poland', 'Polen'], ['Ukraine', 'Ukraine'], ['Scotland', 'Skotland'], ['Ireland', 'Irland'], ['Iran', 'Iran'],
  ['Syria', 'Syrien'], ['Britain', 'Storbritannien'], ['England', 'England'], ['Greece', 'Grækenland']];
export const CITIES = [['London', 'London'], ['Paris', 'Paris'], ['Berlin', 'Berlin'], ['Moscow', 'Moskva'],
  ['Washington', 'Washington'], ['Rome', 'Rom'], ['Madrid', 'Madrid'], ['Tokyo', 'Tokyo'], ['Chicago', 'Chicago'],
  ['Boston', 'Boston'], ['Dublin', 'Dublin'], ['Edinburgh', 'Edinburgh'], ['Manchester', 'Manchester'],
  ['Glasgow', 'Glasgow'], ['Vienna', 'Wien'], ['Brussels', 'Bruxelles'], ['Stockholm', 'Stockholm'],
  ['Sydney', 'Sydney'], ['Toronto', 'Toronto']];
export const STATES = [['Texas', 'Texas'], ['Florida', 'Florida'], ['Ohio', 'Ohio'], ['California', 'Californien'],
  ['Oregon', 'Oregon'], ['Arizona', 'Arizona'], ['Nevada', 'Nevada'], ['Utah', 'Utah'], ['Alaska', 'Alaska'],
  ['Louisiana', 'Louisiana'], ['Michigan', 'Michigan']];
/** First words of place names that look like a first name and a surname ('San Diego', 'El Salvador'). */
export const PLACE_STARTS = new Set(`El La Le Los Las San Santa São St Saint Baton Port Fort New North South East West
Upper Lower Mount Lake Cape Costa Puerto Rio Buenos Hong Sri Saudi`.split(/\s+/));
export const SURNAMES = ['Jensen', 'Moreno', 'Fischer', 'Novak', 'Tanaka', 'Okafor', 'Lindqvist', 'Kowalski', 'Bianchi',
  'Haddad', 'Petrov', 'Gallagher', 'Nakamura', 'Castillo', 'Whitfield', 'Brennan', 'Sandoval', 'Holmberg'];
export const FIRST_NAMES = ['Maria', 'David', 'Sarah', 'Ahmed', 'Laura', 'Peter', 'Elena', 'James', 'Nadia', 'Thomas'];
/** Words that end organisation and team names: a run ending in one is not a person. */
export const ORGANISATION_WORDS = new Set(`United City Party Ministry Council League Club Union Department Court Bank Group
House Office Agency Service Police Army Airlines University College School Hospital Times Post News Street Park
Church Forest County Committee National Grove Road Lane Avenue Bridge Hall Center Centre Institute Foundation
Association Company Corporation Inc Ltd Museum Stadium Arena Square Valley River Lake Island Islands Airport Station
Cathedral Prize Award Cup Championship Open Tour Games Series Act Day Week Show Festival Trust Fund Parliament
Assembly Government Senate Congress Commission Network Channel Radio Television Rangers Celtic Athletic`.split(/\s+/));
/** English role → Danish word stems that show the Danish line has the role → replacements with other keys. */
export const ROLES = [
  ['foreign minister', /udenrigsminist/, ['defence minister', 'finance minister']],
  ['secretary of state', /udenrigsminist/, ['defense secretary', 'treasury secretary']],
  ['prime minister', /statsminist|premierminist/, ['president', 'foreign minister']],
  ['president', /præsident/, ['prime minister', 'chancellor']],
  ['chancellor', /kansler/, ['president', 'prime minister']],
  ['governor', /guvernør/, ['mayor', 'senator']],
  ['mayor', /borgmest/, ['governor']],
  ['senator', /senator/, ['governor']],
  ['ambassador', /ambassadør/, ['senator', 'mayor']],
  ['spokesman', /talsm|talsperson/, ['chairman', 'director']],
  ['spokeswoman', /talskvinde|talsperson/, ['chairwoman', 'director']],
  ['chairman', /formand/, ['director', 'spokesman']],
  ['director', /direktør/, ['chairman', 'spokesman']],
  ['judge', /dommer/, ['prosecutor']],
  ['prosecutor', /anklager/, ['judge']],
];
/** Credited agencies, as the language packs know them. */
export const AGENCIES = ['Reuters', 'AP', 'AFP', 'Interfax', 'Xinhua'];
