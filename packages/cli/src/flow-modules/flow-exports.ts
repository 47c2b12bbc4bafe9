import { type BuiltFlow, type NodeEntry, type Session, isFlow, isSession } from '@fsflow/builder'

/** A flow or a session body made with the builder. */
export type BuiltValue = BuiltFlow<NodeEntry> | Session<NodeEntry>

/** One flow a module exports, under the name it is exported as (`default` for the default export). */
export interface FlowExport {
  readonly name: string
  readonly value: BuiltValue
}

/**
 * The flows and session bodies among a module's exports: the default first, then by name. A value
 * exported under several names is taken once, under the first; a flow exported beside a session built
 * around it is left to the session, whose document holds it, so nothing is reported or written twice.
 */
export function flowExportsOf(namespace: Readonly<Record<string, unknown>>): FlowExport[] {
  const names = Object.keys(namespace).sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a < b ? -1 : a > b ? 1 : 0))
  const found: FlowExport[] = []
  for (const name of names) {
    const value = namespace[name]
    if ((isFlow(value) || isSession(value)) && !found.some((taken) => taken.value === value)) found.push({ name, value })
  }
  const inSessions = new Set<unknown>(found.flatMap(({ value }) => (isSession(value) ? [value.flow] : [])))
  return found.filter(({ value }) => !inSessions.has(value))
}
