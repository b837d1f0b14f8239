/**
 * Turning the text of a review file into a JSON object, with one-line messages for the ways
 * it can fail (the schema itself is checked by the engine).
 *
 * @module
 */
import { describeValue } from '../errors.js';
import { CliError } from './exit.js';
import { fileErrorReason, readTextFile } from './io.js';

/**
 * Removes a leading byte order mark (editors on Windows add one to UTF-8 files).
 *
 * @example
 * ```ts
 * stripBom('\uFEFF{}'); // '{}'
 * ```
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses `text` as a JSON object; throws a `CliError` (exit 2) `LABEL: invalid JSON: …` for an
 * empty file, a syntax error, or a value that is not an object.
 *
 * @example
 * ```ts
 * parseJsonObject('{"year": 2024}', 'review.json'); // { year: 2024 }
 * parseJsonObject('[]', 'review.json'); // throws: review.json: invalid JSON: expected an object, got an array
 * ```
 */
export function parseJsonObject(text: string, label: string): Record<string, unknown> {
  const body = stripBom(text);
  if (body.trim() === '') throw new CliError(`${label}: invalid JSON: the file is empty`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`${label}: invalid JSON: ${reason}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CliError(`${label}: invalid JSON: expected an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * Reads a JSON document from a file; failures are `CliError`s naming the file as given.
 *
 * @example
 * ```ts
 * const review = await loadJsonFile('examples/xa-an-binh-2024.json', process.cwd());
 * ```
 */
export async function loadJsonFile(file: string, cwd: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readTextFile(file, cwd);
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${fileErrorReason(error)}`);
  }
  return parseJsonObject(text, file);
}
