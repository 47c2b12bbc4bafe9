/** Precision and recall of a yes/no heuristic against labelled prompts. */
import type { LabelledPrompt, PromptLabel } from './labelled-prompts.js'

export interface Measure {
  /** Of the prompts the heuristic flags, the share that should be flagged. */
  precision: number
  /** Of the prompts that should be flagged, the share the heuristic flags. */
  recall: number
  /** Prompts flagged that should not be: shown when a threshold fails. */
  falseAlarms: string[]
  /** Prompts not flagged that should be. */
  misses: string[]
}

/** Measures `flags` against `expected`, which says from its labels whether a prompt should be flagged. */
export function measure(
  prompts: readonly LabelledPrompt[],
  flags: (prompt: string) => boolean,
  expected: (labels: readonly PromptLabel[]) => boolean,
): Measure {
  const falseAlarms: string[] = []
  const misses: string[] = []
  let hits = 0
  for (const { prompt, labels } of prompts) {
    const flagged = flags(prompt)
    const wanted = expected(labels)
    if (flagged && wanted) hits++
    else if (flagged) falseAlarms.push(prompt)
    else if (wanted) misses.push(prompt)
  }
  return { precision: ratio(hits, hits + falseAlarms.length), recall: ratio(hits, hits + misses.length), falseAlarms, misses }
}

/** A share, rounded to three decimals; 1 when there is nothing to count. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000
}

/** Whether a prompt has the label. */
export function has(label: PromptLabel): (labels: readonly PromptLabel[]) => boolean {
  return (labels) => labels.includes(label)
}

/** Whether a prompt lacks the label. */
export function lacks(label: PromptLabel): (labels: readonly PromptLabel[]) => boolean {
  return (labels) => !labels.includes(label)
}
