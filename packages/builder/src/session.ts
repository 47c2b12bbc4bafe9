import type { SessionBody } from '@fsflow/schema'
import { copyJson, type Site } from './draft.js'
import { compileSource, flowBrand, sourceOf, type FlowSource } from './build.js'
import type { EntriesOf, NodeEntry, Typed } from './node-entry.js'
import type { BuiltFlow } from './routes.js'

/** The session-create body's settings, typed from the schema: all but `flow` (given as a built flow) and legacy `modules`. */
export type SessionSettings = {
  readonly [K in keyof SessionBody as K extends 'flow' | 'modules' ? never : K]: SessionBody[K]
}

/** A `POST /sessions` body around a built flow: `JSON.stringify(session)` gives the body. */
export interface Session<E extends NodeEntry> extends Typed<E, 'session'> {
  readonly flow: BuiltFlow<E>
  /** The body JSON; throws `FlowBuildError` when the flow or the body has an error. */
  build(): SessionBody
  toJSON(): SessionBody
}

/**
 * Builds the whole `POST /sessions` body around a flow. Keys keep the order written; `flow` becomes
 * the flow JSON.
 *
 * ```ts
 * export const recovery = session({ clientReferenceId: 'user-123', flow: recoveryFlow, videoAIAnalysisEnabled: true })
 * ```
 */
export function session<F extends BuiltFlow<NodeEntry>>(
  body: SessionSettings & { readonly flow: F; readonly modules?: never },
): Session<EntriesOf<F>> {
  const flowSource = sourceOf(body.flow)
  if (flowSource?.kind !== 'flow') throw new TypeError('session: "flow" must be a flow made with flow()...')
  if (Object.hasOwn(body, 'modules')) throw new TypeError('session: legacy "modules" cannot be used with a flow')
  const settings = { ...body }
  const source: FlowSource = {
    kind: 'session',
    render() {
      const rendered = flowSource.render()
      const document: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(settings)) {
        if (key === 'flow') document[key] = rendered.document
        else if (value !== undefined) document[key] = copyJson(value)
      }
      const sites = new Map<string, Site>()
      for (const [pointer, site] of rendered.sites) sites.set(`/flow${pointer}`, site)
      const { unended } = rendered
      if (unended === undefined) return { document, sites }
      return { document, sites, unended: { ...unended, pointers: unended.pointers.map((pointer) => `/flow${pointer}`) } }
    },
  }
  const built = {
    flow: body.flow,
    [flowBrand]: source,
    build: () => compileSource(source),
    toJSON: () => compileSource(source),
  }
  return built as unknown as Session<EntriesOf<F>>
}
