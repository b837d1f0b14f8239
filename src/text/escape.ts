/**
 * Text for a terminal: control characters and lone surrogates in data (names, ids, file names)
 * are shown escaped, so a name cannot clear the screen, set the window title or move the cursor,
 * and two ids that differ only by a lone surrogate stay distinguishable.
 *
 * @module
 */

// C0 controls, DEL, C1 controls, and surrogates without their other half.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);

function escapeOne(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character (C0, DEL, C1: ESC, BEL, CR, LF, TAB…) and every lone
 * surrogate written as a visible `\uXXXX` escape; other text is returned as is.
 *
 * @example
 * ```ts
 * escapeControls('Nguyễn \u001b[2JAn'); // 'Nguyễn \\u001b[2JAn'
 * escapeControls('dv-\ud800'); // 'dv-\\ud800'
 * escapeControls('Lê Văn Bình'); // 'Lê Văn Bình'
 * ```
 */
export function escapeControls(text: string): string {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}

/**
 * Like `escapeControls`, but keeps line breaks and tabs: for messages of several lines.
 *
 * @example
 * ```ts
 * escapeControlsInLines('line 1: bad\nline 2: \u001b]0;owned\u0007'); // 'line 1: bad\nline 2: \\u001b]0;owned\\u0007'
 * ```
 */
export function escapeControlsInLines(text: string): string {
  return text.split('\n').map(escapeControls).join('\n');
}
