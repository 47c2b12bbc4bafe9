import { availableParallelism } from 'node:os'

/** A fixed number of places, handed out in the order asked: how many module workers run at once. */
export class Slots {
  #free: number
  readonly #waiting: (() => void)[] = []

  constructor(size: number) {
    this.#free = Math.max(1, size)
  }

  /** Resolves once a place is free, and takes it. */
  async take(): Promise<void> {
    if (this.#free > 0) {
      this.#free--
      return
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve))
  }

  /** Gives a place back, to the first one waiting if any. */
  release(): void {
    const next = this.#waiting.shift()
    if (next === undefined) this.#free++
    else next()
  }
}

/** One module worker per core: each keeps its core busy while it loads. */
export const moduleWorkerSlots = new Slots(availableParallelism())
