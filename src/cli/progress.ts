/**
 * Progress of long runs on stderr (never stdout): nothing for the first second, then on a
 * terminal a bar with the rate and the time left, redrawn in place; elsewhere (a log, CI) one
 * plain line every few seconds. `--quiet` turns it off.
 *
 * @module
 */

/**
 * Where progress goes and how often.
 *
 * @example
 * ```ts
 * const options: ProgressOptions = { write: (s) => process.stderr.write(s), isTTY: process.stderr.isTTY === true, label: 'review.ndjson' };
 * ```
 */
export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** A terminal: one status line redrawn in place. Otherwise one line every `logEveryMs`. */
  readonly isTTY: boolean;
  /** What is being processed, e.g. the file name. */
  readonly label: string;
  /** Total work (bytes of the file), for the share done and the time left. */
  readonly total?: number;
  /** Width of the terminal (default 80). */
  readonly columns?: number;
  /** Milliseconds from an arbitrary origin (default `performance.now`). */
  readonly now?: () => number;
  /** Quiet for runs shorter than this (default 1000 ms). */
  readonly delayMs?: number;
  /** How often a terminal is redrawn (default 200 ms). */
  readonly redrawEveryMs?: number;
  /** How often a line is written when not on a terminal (default 5000 ms). */
  readonly logEveryMs?: number;
  /** What the item count counts (default "members"). */
  readonly unit?: string;
}

/**
 * A number with thousands separators: 5600000 → `5,600,000`.
 *
 * @example
 * ```ts
 * formatCount(5600000); // '5,600,000'
 * ```
 */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A duration for humans: `42 s`, `3:07`, `1:02:09`.
 *
 * @example
 * ```ts
 * formatDuration(187_000); // '3:07'
 * ```
 */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A byte count for humans: `912 MB`, `1.9 GB`.
 *
 * @example
 * ```ts
 * formatBytes(1_900_000_000); // '1.9 GB'
 * ```
 */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${Math.round(n / 1e6)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} B`;
}

/**
 * Reports progress; call `update` as often as you like (it is throttled), `note` at the start of
 * a phase that cannot report its own progress, and `finish` at the end.
 *
 * @example
 * ```ts
 * const progress = new Progress({ write: (s) => process.stderr.write(s), isTTY: false, label: 'review.ndjson', total: 1_900_000_000 });
 * progress.update(950_000_000, 2_800_000); // after a second: "xeploai: review.ndjson: 50% …"
 * progress.finish();
 * ```
 */
export class Progress {
  readonly #o: Required<Omit<ProgressOptions, 'total'>> & { total: number | undefined };
  readonly #start: number;
  #last = Number.NEGATIVE_INFINITY;
  #shown = false;
  #drawn = 0;

  constructor(options: ProgressOptions) {
    this.#o = {
      columns: 80,
      now: () => performance.now(),
      delayMs: 1000,
      redrawEveryMs: 200,
      logEveryMs: 5000,
      unit: 'members',
      ...options,
      total: options.total,
    };
    this.#start = this.#o.now();
  }

  /** Whether anything was written. */
  get shown(): boolean {
    return this.#shown;
  }

  /** Milliseconds since the start. */
  get elapsed(): number {
    return this.#o.now() - this.#start;
  }

  /** Reports `done` units of `total` (bytes) and `items` items (members) processed. */
  update(done: number, items: number): void {
    const now = this.#o.now();
    const elapsed = now - this.#start;
    if (elapsed < this.#o.delayMs) return;
    if (now - this.#last < (this.#o.isTTY ? this.#o.redrawEveryMs : this.#o.logEveryMs)) return;
    this.#last = now;
    const rate = elapsed > 0 ? (items * 1000) / elapsed : 0;
    const total = this.#o.total;
    const share = total !== undefined && total > 0 ? Math.min(1, done / total) : undefined;
    const eta = share !== undefined && share > 0 ? (elapsed * (1 - share)) / share : undefined;
    const { label, unit } = this.#o;
    if (this.#o.isTTY) {
      const stats = `${share !== undefined ? `${String(Math.floor(share * 100)).padStart(3)}% ` : ''}${formatCount(items)} ${unit}  ${formatCount(rate)}/s${eta !== undefined ? `  ETA ${formatDuration(eta)}` : ''}`;
      const room = this.#o.columns - stats.length - label.length - 14;
      const width = Math.max(0, Math.min(30, room));
      const bar = share !== undefined && width >= 5 ? ` [${'#'.repeat(Math.round(share * width)).padEnd(width, '-')}]` : '';
      this.#draw(`xeploai: ${label}${bar} ${stats}`);
    } else {
      const of = share !== undefined ? ` ${Math.floor(share * 100)}% (${formatBytes(done)} of ${formatBytes(total!)}),` : '';
      this.#o.write(`xeploai: ${label}:${of} ${formatCount(items)} ${unit}, ${formatCount(rate)}/s${eta !== undefined ? `, about ${formatDuration(eta)} left` : ''}\n`);
      this.#shown = true;
    }
  }

  /**
   * Announces a phase (e.g. "rating 300,000 members"), shown once the run has lasted `delayMs`
   * or when `force` (a phase known to be long, such as rating a large file at once).
   */
  note(phase: string, force = false): void {
    if (!force && this.elapsed < this.#o.delayMs) return;
    if (this.#o.isTTY) this.#draw(`xeploai: ${this.#o.label}: ${phase}`);
    else {
      this.#o.write(`xeploai: ${this.#o.label}: ${phase}\n`);
      this.#shown = true;
    }
  }

  /** Ends the report: clears the status line on a terminal; elsewhere a last line if any was written. */
  finish(summary?: string): void {
    if (!this.#shown) return;
    if (this.#o.isTTY) {
      this.#o.write(`\r${' '.repeat(this.#drawn)}\r`);
      if (summary !== undefined) this.#o.write(`xeploai: ${this.#o.label}: ${summary}\n`);
    } else if (summary !== undefined) this.#o.write(`xeploai: ${this.#o.label}: ${summary}\n`);
    this.#shown = false;
  }

  #draw(text: string): void {
    const line = text.length > this.#o.columns - 1 ? text.slice(0, this.#o.columns - 1) : text;
    this.#o.write(`\r${line}${' '.repeat(Math.max(0, this.#drawn - line.length))}`);
    this.#drawn = line.length;
    this.#shown = true;
  }
}
