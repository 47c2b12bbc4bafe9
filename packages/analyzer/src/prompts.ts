/** Facts about prompt text. FaceSign: prompts starting `Say:` are spoken verbatim; others are goals. */

const sayPrefix = /^\s*say\s*:/i

/** Whether the prompt is verbatim speech (`Say: ...`) rather than a goal for the avatar. */
export function isVerbatim(prompt: string): boolean {
  return sayPrefix.test(prompt)
}

/** The text the avatar works from, without a leading `Say:`. */
export function promptText(prompt: string): string {
  return prompt.replace(sayPrefix, '').trim()
}

/** Number of words in the prompt, after a leading `Say:`. */
export function wordCount(prompt: string): number {
  const text = promptText(prompt)
  if (text === '') return 0
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Seconds the avatar needs to speak the prompt at the given pace. */
export function speechSeconds(prompt: string, wordsPerMinute: number): number {
  return (wordCount(prompt) * 60) / wordsPerMinute
}

const asksForInput = /\b(ask|asks|asking|request|requests|collect|find out|inquire|get (?:the user'?s?|their))\b/i

/** Whether the prompt asks the user something: a question, or a goal that asks the user for input. */
export function asksSomething(prompt: string): boolean {
  const text = promptText(prompt)
  if (text.includes('?')) return true
  return !isVerbatim(prompt) && asksForInput.test(text)
}

const conditional = /\b(if|unless|otherwise|else|in case)\b/gi

/** Whether a goal prompt branches inside itself ("If recognized, do X. If not, do Y."). */
export function hasConditionalLogic(prompt: string): boolean {
  if (isVerbatim(prompt)) return false
  return (promptText(prompt).match(conditional)?.length ?? 0) >= 2
}

const exitCondition =
  /\b(attempts?|tries|tried|retr(?:y|ies)|times|refuses?|refused|declines?|declined|unable|cannot|can't|won't|doesn't|does not|did not|didn't|fails?|failed|gives? up|no (?:answer|response|reply)|not respond\w*|silent|stop|exit|move on|end the)\b/i

/** Whether the text states when to give up or move on. */
export function hasExitCondition(text: string): boolean {
  return exitCondition.test(text)
}
