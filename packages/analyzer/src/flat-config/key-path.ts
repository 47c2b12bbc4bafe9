/** `[2]`: an element of an array, in a config's key path. */
export function indexKey(index: number): string {
  return `[${String(index)}]`
}

/** `.files` for a plain key, `["greeting-too-short"]` for any other, as a key path prints it. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
}

/** `["greeting-too-short"]` always: rule ids and plugin namespaces read alike whatever they hold. */
export function quotedKey(key: string): string {
  return `[${JSON.stringify(key)}]`
}
