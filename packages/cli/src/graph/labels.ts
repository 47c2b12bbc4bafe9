import { printable, shorten } from '../formatters/printable.js'
import type { DiagramNode, NodeMark } from './flow-diagram.js'
import type { NodeKind } from './node-kinds.js'

/** The most characters of an id a box shows: enough for any real id, never a megabyte of one. */
const idLength = 48
/** How much of a prompt a box shows. */
const promptLength = 40
/** The most characters of an outcome's name an arrow shows. */
const outcomeLength = 32

/** What a box says, as plain text that each drawing language escapes its own way. */
export interface BoxText {
  /** The node's id, cut around `…` when long. */
  title: string
  /** Its type, or what stands in for one; undefined when it would repeat the id (`start`, `end`). */
  detail: string | undefined
  /** The start of its prompt, cut between words, with `…` when cut. */
  prompt?: string
}

/** Text from a flow on one line, every character a terminal or XML would act on shown as a symbol. */
function oneLine(text: string): string {
  return printable(text.replace(/\s+/gu, ' ').trim())
}

/** The start of a text, cut between words when there is a space to cut at, so no word is left half-written. */
function startOf(text: string, length: number): string {
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** What a node's box says: its id, its type and the start of its prompt. */
export function boxTextOf(node: DiagramNode): BoxText {
  const id = node.id === undefined ? '(no id)' : shorten(oneLine(node.id), idLength)
  // An id of spaces alone would leave the box blank.
  const title = id === '' ? '(blank id)' : id
  const type = node.type === undefined ? '(no type)' : shorten(oneLine(node.type), idLength)
  const detail = node.missing === true ? 'no such node' : type === title ? undefined : type
  return node.prompt === undefined ? { title, detail } : { title, detail, prompt: startOf(oneLine(node.prompt), promptLength) }
}

/** What an arrow says: its outcome's name, cut around `…` when long. */
export function arrowTextOf(label: string): string {
  return shorten(oneLine(label), outcomeLength)
}

/** The sign before the id of a node with a problem, for those who do not see colours. */
export const problemSigns = { 2: '✖', 1: '⚠' } as const

/** Each kind of node in a legend, in the user's words, in lines short enough for a small box. */
export const kindNames: Readonly<Record<NodeKind, readonly string[]>> = {
  start: ['start'],
  end: ['end'],
  conversation: ['conversation,', 'email, permissions'],
  'video-analysis': ['video analysis:', 'face, liveness'],
  codes: ['one-time code:', 'email, SMS'],
  documents: ['document scan'],
  routing: ['routing,', 'validation, call'],
  other: ['unknown type'],
}

/** Each mark in a legend, in the user's words. */
const markNames: Readonly<Record<NodeMark, string>> = {
  error: 'has an error',
  warning: 'has a warning',
  unreachable: 'never reached from start',
  missing: 'a target no node has',
}

/** What a legend says of a mark, split into the sign a box shows (for problems) and words. */
export function markLegendOf(mark: NodeMark): { sign: string; words: string } {
  const sign = mark === 'error' ? problemSigns[2] : mark === 'warning' ? problemSigns[1] : ''
  return { sign: sign === '' ? '' : `${sign} `, words: markNames[mark] }
}
