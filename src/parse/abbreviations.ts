// Abbreviations that decide sentence boundaries after parse-english has had its say. Each
// entry carries an example that the tests read back as a case: the example must segment
// into exactly the sentences listed.

/** An abbreviation rule with the sentences its example must give. */
export interface AbbreviationRule {
  /** As written, with its dots; matched case-insensitively. */
  word: string;
  example: string;
  sentences: readonly string[];
}

/** Never end a sentence: "e.g. grep", "approx. 5 minutes", "Dr. Smith". */
export const NEVER_FINAL: readonly AbbreviationRule[] = [
  { word: 'e.g.', example: 'Use a tool, e.g. Grep, to find it. Done.', sentences: ['Use a tool, e.g. Grep, to find it.', 'Done.'] },
  {
    word: 'i.e.',
    example: 'The rewrite, i.e. The one in firebase.json, broke. Bad.',
    sentences: ['The rewrite, i.e. The one in firebase.json, broke.', 'Bad.'],
  },
  { word: 'vs.', example: 'Errors rose 30% vs. Monday. Then fell.', sentences: ['Errors rose 30% vs. Monday.', 'Then fell.'] },
  { word: 'approx.', example: 'It took approx. 5 minutes. Then done.', sentences: ['It took approx. 5 minutes.', 'Then done.'] },
  { word: 'cf.', example: 'The build failed, cf. Build 42. Noted.', sentences: ['The build failed, cf. Build 42.', 'Noted.'] },
  { word: 'a.k.a.', example: 'The bot, a.k.a. Portal-agent, merged it. Oops.', sentences: ['The bot, a.k.a. Portal-agent, merged it.', 'Oops.'] },
  { word: 'incl.', example: 'All files incl. 12 tests changed. Yes.', sentences: ['All files incl. 12 tests changed.', 'Yes.'] },
  { word: 'Dr.', example: 'Dr. Smith was paged. She answered.', sentences: ['Dr. Smith was paged.', 'She answered.'] },
  { word: 'Mr.', example: 'Mr. Webb rolled back. It worked.', sentences: ['Mr. Webb rolled back.', 'It worked.'] },
  { word: 'Mrs.', example: 'Mrs. Ortiz approved. Fine.', sentences: ['Mrs. Ortiz approved.', 'Fine.'] },
  { word: 'Ms.', example: 'Ms. Raman cancelled it. Good.', sentences: ['Ms. Raman cancelled it.', 'Good.'] },
  { word: 'Prof.', example: 'Prof. Lee reviewed it. Late.', sentences: ['Prof. Lee reviewed it.', 'Late.'] },
];

/** End no sentence when a number follows: "No. 5", "Fig. 3", "Jun. 9". */
export const BEFORE_NUMBER: readonly AbbreviationRule[] = [
  { word: 'No.', example: 'Build No. 5 failed. Sad.', sentences: ['Build No. 5 failed.', 'Sad.'] },
  { word: 'Nos.', example: 'Builds Nos. 5 and 6 failed. Sad.', sentences: ['Builds Nos. 5 and 6 failed.', 'Sad.'] },
  { word: 'Fig.', example: 'See Fig. 3 for the graph. Next.', sentences: ['See Fig. 3 for the graph.', 'Next.'] },
  { word: 'Vol.', example: 'Runbook Vol. 2 covers it. Next.', sentences: ['Runbook Vol. 2 covers it.', 'Next.'] },
  { word: 'Rev.', example: 'Rev. 41 served traffic. Then 42.', sentences: ['Rev. 41 served traffic.', 'Then 42.'] },
  { word: 'Jan.', example: 'It began Jan. 9 at noon. Bad.', sentences: ['It began Jan. 9 at noon.', 'Bad.'] },
  { word: 'Feb.', example: 'It began Feb. 9 at noon. Bad.', sentences: ['It began Feb. 9 at noon.', 'Bad.'] },
  { word: 'Mar.', example: 'It began Mar. 9 at noon. Bad.', sentences: ['It began Mar. 9 at noon.', 'Bad.'] },
  { word: 'Apr.', example: 'It began Apr. 9 at noon. Bad.', sentences: ['It began Apr. 9 at noon.', 'Bad.'] },
  { word: 'Jun.', example: 'It began Jun. 9 at noon. Bad.', sentences: ['It began Jun. 9 at noon.', 'Bad.'] },
  { word: 'Jul.', example: 'It began Jul. 9 at noon. Bad.', sentences: ['It began Jul. 9 at noon.', 'Bad.'] },
  { word: 'Aug.', example: 'It began Aug. 9 at noon. Bad.', sentences: ['It began Aug. 9 at noon.', 'Bad.'] },
  { word: 'Sep.', example: 'It began Sep. 9 at noon. Bad.', sentences: ['It began Sep. 9 at noon.', 'Bad.'] },
  { word: 'Sept.', example: 'It began Sept. 9 at noon. Bad.', sentences: ['It began Sept. 9 at noon.', 'Bad.'] },
  { word: 'Oct.', example: 'It began Oct. 9 at noon. Bad.', sentences: ['It began Oct. 9 at noon.', 'Bad.'] },
  { word: 'Nov.', example: 'It began Nov. 9 at noon. Bad.', sentences: ['It began Nov. 9 at noon.', 'Bad.'] },
  { word: 'Dec.', example: 'It began Dec. 9 at noon. Bad.', sentences: ['It began Dec. 9 at noon.', 'Bad.'] },
];

/**
 * May end a sentence: a capitalised word after them starts a new one ("at 10:05 a.m. Dana
 * rolled back"), unless that word is a time zone ("10:05 a.m. PDT").
 */
export const MAY_BE_FINAL: readonly AbbreviationRule[] = [
  { word: 'a.m.', example: 'We rolled back at 10:05 a.m. Dana confirmed it.', sentences: ['We rolled back at 10:05 a.m.', 'Dana confirmed it.'] },
  { word: 'p.m.', example: 'It failed at 9:40 p.m. PDT and paged Priya. She woke.', sentences: ['It failed at 9:40 p.m. PDT and paged Priya.', 'She woke.'] },
  { word: 'etc.', example: 'We checked logs, builds, etc. Then we slept.', sentences: ['We checked logs, builds, etc.', 'Then we slept.'] },
  { word: 'min.', example: 'The outage lasted 33 min. It ended at 10:20.', sentences: ['The outage lasted 33 min.', 'It ended at 10:20.'] },
  { word: 'mins.', example: 'The outage lasted 33 mins. It ended.', sentences: ['The outage lasted 33 mins.', 'It ended.'] },
  { word: 'sec.', example: 'The deploy took 40 sec. Nobody noticed.', sentences: ['The deploy took 40 sec.', 'Nobody noticed.'] },
  { word: 'secs.', example: 'The deploy took 40 secs. Nobody noticed.', sentences: ['The deploy took 40 secs.', 'Nobody noticed.'] },
  { word: 'hr.', example: 'It lasted 1 hr. Then it stopped.', sentences: ['It lasted 1 hr.', 'Then it stopped.'] },
  { word: 'hrs.', example: 'It lasted 2 hrs. Then it stopped.', sentences: ['It lasted 2 hrs.', 'Then it stopped.'] },
  { word: 'Inc.', example: 'The vendor is Acme Inc. They were paged.', sentences: ['The vendor is Acme Inc.', 'They were paged.'] },
  { word: 'Ltd.', example: 'The vendor is Acme Ltd. They were paged.', sentences: ['The vendor is Acme Ltd.', 'They were paged.'] },
  { word: 'Jr.', example: 'The reviewer was Sam Jr. He approved.', sentences: ['The reviewer was Sam Jr.', 'He approved.'] },
];

function wordSet(rules: readonly AbbreviationRule[]): ReadonlySet<string> {
  return new Set(rules.map((rule) => rule.word.toLowerCase()));
}

const NEVER_FINAL_WORDS = wordSet(NEVER_FINAL);
const BEFORE_NUMBER_WORDS = wordSet(BEFORE_NUMBER);
const MAY_BE_FINAL_WORDS = wordSet(MAY_BE_FINAL);

/** Strips opening punctuation so "(e.g." reads as "e.g.". */
function bare(word: string): string {
  return word.replace(/^[(["'“‘]+/, '').toLowerCase();
}

/** True when the word (with its dot) never ends a sentence. */
export function isNeverFinal(word: string): boolean {
  return NEVER_FINAL_WORDS.has(bare(word));
}

/** True when the word (with its dot) does not end a sentence before a number. */
export function isBeforeNumber(word: string): boolean {
  return BEFORE_NUMBER_WORDS.has(bare(word));
}

/** True when the word (with its dot) ends a sentence if a capitalised word follows. */
export function isMayBeFinal(word: string): boolean {
  return MAY_BE_FINAL_WORDS.has(bare(word));
}
