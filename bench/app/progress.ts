/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every 10 % otherwise (CI logs, pipes), so the
 * seed's stdout stays Medusa's log.
 */
export class Progress {
  private readonly started = Date.now()
  private lastDecile = -1

  constructor(
    private readonly label: string,
    private readonly total: number
  ) {}

  update(done: number) {
    const ratio = this.total ? Math.min(1, done / this.total) : 1
    const seconds = ((Date.now() - this.started) / 1000).toFixed(0)
    const line = `[bench] ${this.label} ${bar(ratio)} ${Math.floor(ratio * 100)}% ${done}/${this.total} ${seconds}s`
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}`)
      return
    }
    const decile = Math.floor(ratio * 10)
    if (decile !== this.lastDecile) {
      this.lastDecile = decile
      process.stderr.write(`${line}\n`)
    }
  }

  done() {
    this.update(this.total)
    if (process.stderr.isTTY) {
      process.stderr.write("\n")
    }
  }
}

function bar(ratio: number, width = 30) {
  const filled = Math.round(ratio * width)
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`
}
