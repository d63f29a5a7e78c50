// Numbers written in words, for the shapes that need them inside a regular expression
// ("three minutes later"). Their values come from the NLP reader (nlp.ts).

const UNITS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A number in words as a regular-expression source: "three", "forty-five", "a dozen", "sixty thousand". */
export const NUMBER_WORD = `(?:(?:${TENS})(?:[\\s-](?:${UNITS.split('|').slice(0, 9).join('|')}))?|${UNITS}|a dozen|dozens|a hundred|hundreds|a thousand|thousands|zero)(?:\\s+(?:hundred|thousand|million|billion))?`;
