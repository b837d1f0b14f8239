/**
 * Splitting NDJSON text into numbered lines as it arrives, in chunks of any size: `\n` and `\r\n`
 * end a line, a byte-order mark before the first line is dropped, the last line needs no newline.
 *
 * @module
 */

/**
 * One line of an NDJSON text: its number (1-based, counting every line, blank ones too) and its
 * text without the line ending.
 *
 * @example
 * ```ts
 * const line: NumberedLine = { number: 17, text: '{"member":{"id":"dv-1"}}' };
 * ```
 */
export interface NumberedLine {
  readonly number: number;
  readonly text: string;
}

/**
 * Cuts text chunks into lines. Feed chunks with `push`, then call `end` once; both call `onLine`
 * for every complete line, in order. A chunk may end anywhere, even between `\r` and `\n`.
 *
 * @example
 * ```ts
 * import { LineSplitter } from 'xeploai/stream';
 * const lines: string[] = [];
 * const splitter = new LineSplitter((text, number) => lines.push(`${number}:${text}`));
 * splitter.push('\uFEFF{"a":1}\r\n{"b"');
 * splitter.push(':2}\n\n{"c":3}');
 * splitter.end();
 * lines; // ['1:{"a":1}', '2:{"b":2}', '3:', '4:{"c":3}']
 * ```
 */
export class LineSplitter {
  readonly #onLine: (text: string, number: number) => void;
  #rest = '';
  #number = 0;
  #started = false;

  constructor(onLine: (text: string, number: number) => void) {
    this.#onLine = onLine;
  }

  /** How many lines have been passed to `onLine` so far. */
  get lines(): number {
    return this.#number;
  }

  /** Adds a chunk of text; calls `onLine` for each line it completes. */
  push(chunk: string): void {
    let text = chunk;
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    let nl = text.indexOf('\n');
    if (nl === -1) {
      this.#rest += text;
      return;
    }
    if (this.#rest.length > 0) {
      this.#emit(this.#rest + text.slice(0, nl));
      this.#rest = '';
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    while (nl !== -1) {
      this.#emit(text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    this.#rest = text.slice(start);
  }

  /** Ends the text: the last line, if it has no newline, is passed on now. */
  end(): void {
    if (this.#rest.length > 0) this.#emit(this.#rest);
    this.#rest = '';
  }

  #emit(line: string): void {
    this.#number++;
    this.#onLine(line.length > 0 && line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, this.#number);
  }
}

/**
 * Every line of a whole text, numbered (the same rules as `LineSplitter`).
 *
 * @example
 * ```ts
 * import { splitLines } from 'xeploai/stream';
 * splitLines('a\r\nb\n').map((l) => l.text); // ['a', 'b']
 * ```
 */
export function splitLines(text: string): NumberedLine[] {
  const out: NumberedLine[] = [];
  const splitter = new LineSplitter((t, number) => out.push({ number, text: t }));
  splitter.push(text);
  splitter.end();
  return out;
}

/**
 * Whether a line holds nothing but spaces and tabs (skipped in NDJSON).
 *
 * @example
 * ```ts
 * import { isBlankLine } from 'xeploai/stream';
 * isBlankLine(' \t'); // true
 * ```
 */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
