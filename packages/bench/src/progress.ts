/**
 * A progress line on stderr while a scenario runs: rewritten in place on a
 * terminal, one line at most every few seconds otherwise (CI logs).
 */
export class Progress {
  private lastLine = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(private readonly scenario: string) {}

  update(message: string): void {
    const line = `[${this.scenario}] ${message}`;
    if (this.tty) {
      process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 120) - 1)}`);
    } else if (Date.now() - this.lastLine > 3_000) {
      this.lastLine = Date.now();
      process.stderr.write(`${line}\n`);
    }
  }

  /** A line that stays (a step finished). */
  log(message: string): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`[${this.scenario}] ${message}\n`);
    this.lastLine = Date.now();
  }
}
