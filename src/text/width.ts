/**
 * Display width of terminal text. Vietnamese letters carry up to two diacritics; written
 * decomposed (NFD) they are several code points but one column, so widths count grapheme
 * clusters (`Intl.Segmenter`) of NFC text, never `String.length`.
 *
 * @module
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Latin and precomposed Vietnamese (NFC) text is one column per code unit: no segmentation needed.
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u02ff\u0370-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;
// Characters that extend the cluster before them: never cut a chunk just before one.
const EXTENDS_CLUSTER = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\udc00-\udfff]/;
const CHUNK = 512;

/**
 * The grapheme clusters of a text, segmented a chunk at a time: `Intl.Segmenter` is quadratic in
 * the length of what it segments on Node 20, so a 100 KB name would take a minute.
 */
function* clusters(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && EXTENDS_CLUSTER.test(text[end]!)) end++;
    for (const { segment } of graphemes.segment(text.slice(start, end))) yield segment;
    start = end;
  }
}

// East Asian Wide / Fullwidth blocks and emoji take two columns in a terminal.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function clusterWidth(cluster: string): number {
  const cp = cluster.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp === 0x200b || cp === 0x200d || cp === 0xfeff) return 0;
  if (cluster.includes('\ufe0f')) return 2;
  for (const [from, to] of WIDE_RANGES) if (cp >= from && cp <= to) return 2;
  return 1;
}

/**
 * The number of terminal columns `text` takes: one per grapheme cluster (two for wide
 * East Asian characters and emoji, none for control characters).
 *
 * @example
 * ```ts
 * displayWidth('Nguyễn'); // 6
 * displayWidth('Nguye\u0302\u0303n'); // 6 — decomposed, same width
 * ```
 */
export function displayWidth(text: string): number {
  const nfc = text.normalize('NFC');
  if (ONE_COLUMN_EACH.test(nfc)) return nfc.length;
  let width = 0;
  for (const segment of clusters(nfc)) width += clusterWidth(segment);
  return width;
}

/**
 * Pads `text` (normalized to NFC) with spaces to `width` columns, on the right (`'left'`
 * alignment) or on the left (`'right'`). Text already wider is returned unchanged.
 *
 * @example
 * ```ts
 * padDisplay('Lê', 4); // 'Lê  '
 * padDisplay('7', 3, 'right'); // '  7'
 * ```
 */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const nfc = text.normalize('NFC');
  const fill = ' '.repeat(Math.max(0, width - displayWidth(nfc)));
  return align === 'left' ? nfc + fill : fill + nfc;
}

/**
 * Cuts `text` to at most `max` columns, ending with `…` when something was cut.
 *
 * @example
 * ```ts
 * truncateDisplay('Đảng viên mới kết nạp', 10); // 'Đảng viên…'
 * ```
 */
export function truncateDisplay(text: string, max: number): string {
  const nfc = text.normalize('NFC');
  if (displayWidth(nfc) <= max) return nfc;
  let out = '';
  let width = 0;
  for (const segment of clusters(nfc)) {
    const w = clusterWidth(segment);
    if (width + w > max - 1) break;
    out += segment;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Splits `text` into lines of at most `max` columns at spaces (a single longer word stays whole).
 *
 * @example
 * ```ts
 * wrapDisplay('dv-0001, dv-0002, dv-0003', 18); // ['dv-0001, dv-0002,', 'dv-0003']
 * ```
 */
export function wrapDisplay(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && displayWidth(candidate) > max) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
