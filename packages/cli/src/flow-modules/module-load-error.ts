import type { LintMessage } from '../lint-result.js'

/** A flow module that could not be loaded (it does not parse, it throws, it exports no flow): why and where, as fatal messages. */
export class ModuleLoadError extends Error {
  override name = 'ModuleLoadError'

  constructor(
    readonly messages: readonly LintMessage[],
    /** The module's text, for code frames. */
    readonly source: string,
  ) {
    super(messages.map((message) => message.message).join('; '))
  }
}
