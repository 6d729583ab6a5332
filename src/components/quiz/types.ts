/** What the quiz island receives from its page. */
export interface QuizLink {
  href: string;
  label: string;
}

/** The quiz's own strings, already in the page's language (templates keep {n}, {total}, {item}…). */
export type QuizLabels = Record<
  | 'questionOf'
  | 'chooseOne'
  | 'chooseAll'
  | 'trueFalse'
  | 'orderHint'
  | 'true'
  | 'false'
  | 'up'
  | 'down'
  | 'moveUp'
  | 'moveDown'
  | 'position'
  | 'check'
  | 'pickFirst'
  | 'right'
  | 'wrong'
  | 'yourChoice'
  | 'rightAnswer'
  | 'missed'
  | 'rightOrder'
  | 'next'
  | 'finish'
  | 'resultTitle'
  | 'score'
  | 'passed'
  | 'failed'
  | 'best'
  | 'retry'
  | 'matchHint'
  | 'matchTerms'
  | 'matchMeanings'
  | 'matchPicked'
  | 'matchUndone'
  | 'matchDone'
  | 'matchTermFirst'
  | 'matchWith'
  | 'scamHint'
  | 'markFake'
  | 'isFake'
  | 'isReal'
  | 'redFlags'
  | 'partFailed'
  | 'reload',
  string
>;

/** Names of the kinds of mock-up, in the page's language. */
export type MockupKinds = Record<'sms' | 'whatsapp' | 'email' | 'url' | 'app', string>;
