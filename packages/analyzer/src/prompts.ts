/** Facts about prompt text. FaceSign: prompts starting `Say:` are spoken verbatim; others are goals. */
import {
  askingVerbs,
  askingVerbsAnywhere,
  clauseOpeners,
  conditionWords,
  conditionWordsAnywhere,
  directRequests,
  directRequestsAnywhere,
  exitWords,
  exitWordsAnywhere,
} from './prompt-words.js'

const sayPrefix = /^\s*say\s*:/i

/** Whether the prompt is verbatim speech (`Say: ...`) rather than a goal for the avatar. */
export function isVerbatim(prompt: string): boolean {
  return sayPrefix.test(prompt)
}

/** The text the avatar works from, without a leading `Say:`. */
export function promptText(prompt: string): string {
  return prompt.replace(sayPrefix, '').trim()
}

// Chinese and Japanese are written without spaces; read aloud, about two characters take a word's time.
const spacelessScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu
const spoken = /[\p{L}\p{N}]/u

/**
 * Number of words in the prompt, after a leading `Say:`: what the avatar speaks, so a lone dash is
 * no word, and a run of Chinese or Japanese characters counts as one word per two characters.
 */
export function wordCount(prompt: string): number {
  let count = 0
  for (const token of promptText(prompt).split(/\s+/)) {
    // Nearly all of these characters are one UTF-16 unit each, so a run's length counts them.
    for (const run of token.match(spacelessScript) ?? []) count += Math.ceil(run.length / 2)
    if (spoken.test(token.replace(spacelessScript, ' '))) count++
  }
  return count
}

/** Seconds the avatar needs to speak the prompt at the given pace. */
export function speechSeconds(prompt: string, wordsPerMinute: number): number {
  return (wordCount(prompt) * 60) / wordsPerMinute
}

/** Matches any of the words as whole words (not inside another word), in any script with spaces. */
function wholeWords(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

/** Matches any of the words wherever they occur, for scripts written without spaces. */
function anywhere(words: readonly string[]): RegExp {
  return new RegExp(words.join('|'), 'gu')
}

/** Whether the text holds a match of any of the patterns. */
function mentions(text: string, ...patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0
    return pattern.test(text)
  })
}

/** Sentences and clauses: split after `.`, `!`, `?`, `;` and their full-width forms, and line breaks. */
function clauses(text: string): string[] {
  return text.split(/(?<=[.!?;。！？；])\s*|\n+/).filter((clause) => clause.trim() !== '')
}

// Quoted text is reported speech: a question in it ("people ask 'why?'") is not put to the user.
const closingMarks = new Map([['"', '"'], ['“', '”'], ['„', '“”'], ['«', '»'], ['「', '」'], ['『', '』']])
const letter = /\p{L}/u

/**
 * The text without what it quotes, in one pass (a stray opening mark keeps the rest of the text); a
 * text that is one quotation is kept whole.
 */
function withoutQuotations(text: string): string {
  const kept: string[] = []
  let from = 0
  let closing: string | undefined
  for (let i = 0; i < text.length; i++) {
    const mark = text.charAt(i)
    if (closing === undefined && closingMarks.has(mark)) {
      kept.push(text.slice(from, i))
      from = i
      closing = closingMarks.get(mark)
    } else if (closing?.includes(mark) === true) {
      from = i + 1
      closing = undefined
    }
  }
  kept.push(text.slice(from))
  const rest = kept.join(' ')
  return letter.test(rest) ? rest : text
}

// `?` ends a question when a space, the end or a closing mark follows (not in `page?lang=en`);
// `¿` opens one in Spanish; Japanese ends a question with `か`, Chinese with `吗` (before `。` or the end).
const question = /[?？](?=$|[\s"'”’»)」』])|¿|[か吗](?:[。．]|$)/mu

/** Whether the text puts a question to the user. */
function hasQuestion(text: string): boolean {
  return question.test(withoutQuotations(text))
}

// An asking verb counts where an instruction starts: after a sentence or clause mark, or an opener.
const askingVerb = new RegExp(
  `(?:^|[.!?;:,(—–。！？；、-]|(?<![\\p{L}\\p{N}])(?:${clauseOpeners.join('|')}))\\s*(?:${askingVerbs.join('|')})(?![\\p{L}\\p{N}])`,
  'imu',
)
const askingVerbCjk = anywhere(askingVerbsAnywhere)

/** Whether a goal tells the avatar to ask the user: an asking verb as an instruction ("… and ask for …"). */
function instructsToAsk(goal: string): boolean {
  return askingVerb.test(goal) || mentions(goal, askingVerbCjk)
}

const directRequest = [wholeWords(directRequests), anywhere(directRequestsAnywhere)]

/** Whether the prompt asks the user something: a question, a request for an answer, or a goal to ask. */
export function asksSomething(prompt: string): boolean {
  const text = promptText(prompt)
  if (hasQuestion(text) || mentions(text, ...directRequest)) return true
  return !isVerbatim(prompt) && instructsToAsk(text)
}

const exitCondition = [wholeWords(exitWords), anywhere(exitWordsAnywhere)]

/** Whether the text states when to give up or move on. */
export function hasExitCondition(text: string): boolean {
  return mentions(text, ...exitCondition)
}

const conditionWord = [wholeWords(conditionWords), anywhere(conditionWordsAnywhere)]

/** How many cases a clause opens: its "if", "unless", "otherwise" and the like. */
function casesOpened(clause: string): number {
  return conditionWord.reduce((count, pattern) => count + (clause.match(pattern)?.length ?? 0), 0)
}

/**
 * Whether a goal prompt branches inside itself ("If recognized, do X. If not, do Y."): two or more
 * cases, not counting the clauses that say when to give up, which FaceSign asks every goal to have.
 */
export function hasConditionalLogic(prompt: string): boolean {
  const text = promptText(prompt)
  if (isVerbatim(prompt) || casesOpened(text) < 2) return false
  const branching = clauses(text).filter((clause) => !hasExitCondition(clause))
  return branching.reduce((count, clause) => count + casesOpened(clause), 0) >= 2
}
