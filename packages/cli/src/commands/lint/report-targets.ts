import { usageError } from '../../exit-error.js'
import { type FormatterName, formatterNames } from '../../formatters/index.js'

/** One report to write: a format, and the file it goes to (undefined: the standard output). */
export interface ReportTarget {
  format: FormatterName
  /** As typed, relative to the working folder. */
  file: string | undefined
}

/**
 * The reports that `--format` and `--output-file` ask for. Each `--format` is `name` or `name:path`
 * (split at the first colon, so `sarif:C:\r.sarif` works); the one format without a path goes to
 * `--output-file`, else to the standard output; none at all means stylish there. When every format
 * names its file, nothing is printed.
 */
export function reportTargets(formats: readonly string[], outputFile: string | undefined): ReportTarget[] {
  const targets = (formats.length === 0 ? ['stylish'] : formats).map(targetOf)
  const printed = targets.filter((target) => target.file === undefined)
  if (printed.length > 1) {
    const names = printed.map((target) => target.format).join(', ')
    throw usageError(`Only one --format can go to ${outputFile === undefined ? 'the standard output' : '--output-file'}; got ${names}: give the others a file, as in --format sarif:fsflow.sarif.`)
  }
  if (outputFile !== undefined && printed.length === 0) {
    throw usageError('Option --output-file has no report to write: every --format names its own file.')
  }
  const placed = targets.map((target) => (target.file === undefined && outputFile !== undefined ? { ...target, file: outputFile } : target))
  const files = placed.flatMap((target) => (target.file === undefined ? [] : [target.file]))
  const twice = files.find((file, index) => files.indexOf(file) !== index)
  if (twice !== undefined) throw usageError(`Two reports would be written to '${twice}': give each --format its own file.`)
  return placed
}

function targetOf(value: string): ReportTarget {
  const colon = value.indexOf(':')
  const name = colon < 0 ? value : value.slice(0, colon)
  const file = colon < 0 ? undefined : value.slice(colon + 1)
  if (!(formatterNames as readonly string[]).includes(name)) {
    throw usageError(`Option '--format' must be one of ${formatterNames.join(', ')}; got '${name}'.`)
  }
  if (file === '') throw usageError(`Option '--format' needs a file after the colon, as in --format ${name}:fsflow-report; got '${value}'.`)
  return { format: name as FormatterName, file }
}
