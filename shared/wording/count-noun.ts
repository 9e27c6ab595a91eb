// Counts shown to the analyst read "1 claim", "2 claims": English plural rules decide the form, so a count of 1 never
// reads "1 claims". The words stay English (the interface is), the number is grouped ("10,000").

/** The singular and plural of a noun, as a count shows it. */
export interface NounForms {
  one: string;
  other: string;
}

const PLURAL_RULES = new Intl.PluralRules('en');
const NUMBER = new Intl.NumberFormat('en');

/** The noun's forms: an irregular plural is given, a regular one ("claim" → "claims") is made. */
function formsOf(noun: string | NounForms): NounForms {
  return typeof noun === 'string' ? { one: noun, other: `${noun}s` } : noun;
}

/** The form of the noun that goes with the count, without the number ("entry" or "entries"). */
export function nounFor(count: number, noun: string | NounForms): string {
  const forms = formsOf(noun);
  return PLURAL_RULES.select(count) === 'one' ? forms.one : forms.other;
}

/** The count and the noun in the form that agrees with it: "1 claim", "2 claims", "10,000 entries". */
export function countNoun(count: number, noun: string | NounForms): string {
  return `${NUMBER.format(count)} ${nounFor(count, noun)}`;
}

/** The irregular nouns the interface counts, so each is spelled once. */
export const NOUNS = {
  entry: { one: 'entry', other: 'entries' },
  summary: { one: 'summary', other: 'summaries' },
} as const satisfies Record<string, NounForms>;
