/**
 * How far a word may be from a known one to be a likely typo of it: two edits, or a third of the
 * word on long words, and always fewer than half its letters.
 */
export function typoDistance(word: string): number {
  return Math.min(Math.max(2, Math.floor(word.length / 3)), Math.ceil(word.length / 2) - 1)
}

/**
 * The candidate closest to a mistyped word (`closng` → `closing`, `lnit` → `lint`), or undefined when
 * none is within `typoDistance`. Letters swapped, added, dropped or changed count one edit each
 * (Damerau-Levenshtein, optimal string alignment); case is ignored, so `DoesNotRequireReply` finds
 * `doesNotRequireReply`. Ties go to the earlier candidate. The word itself is never suggested.
 */
export function nearestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const limit = typoDistance(word)
  if (limit < 0) return undefined
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) >= bestDistance) continue
    const distance = editDistance(word, candidate, bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** A letter's code with ASCII capitals folded to small letters. */
function folded(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 65 && code <= 90 ? code + 32 : code
}

// Rows of the dynamic-programming table, reused by every call: suggestions compare a word with many candidates.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/** Edits from `a` to `b`, ignoring ASCII case, or `limit + 1` as soon as it is certain to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (rows[0]!.length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(2 * b.length + 2))
  // Three rows: two back, one back, and the one being filled.
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  let previousMinimum = 0
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMinimum = i
    const letter = folded(a, i - 1)
    for (let j = 1; j <= b.length; j++) {
      const other = folded(b, j - 1)
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === other ? 0 : 1))
      if (i > 1 && j > 1 && letter === folded(b, j - 2) && folded(a, i - 2) === other) value = Math.min(value, beforePrevious[j - 2]! + 1)
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    // A swap reaches back two rows, so both must be past the limit.
    if (rowMinimum > limit && previousMinimum >= limit) return limit + 1
    previousMinimum = rowMinimum
    ;[beforePrevious, previous, current] = [previous, current, beforePrevious]
  }
  return Math.min(previous[b.length]!, limit + 1)
}
