const maxShown = 40

/** A short, safe description of any JSON value for a message: never deep, never huge. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const shown = value.length > maxShown ? value.slice(0, maxShown) + '…' : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`
  if (typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.length === 0) return 'an empty object'
    const shown = keys.slice(0, 4).join(', ')
    return `an object {${shown}${keys.length > 4 ? ', …' : ''}}`
  }
  return typeof value
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
