import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json.js';

const failure = (text: string) => {
  const r = parseJsonText(text);
  if (r.success) throw new Error('expected a failure');
  return r.issue;
};

describe('parseJsonText', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, "x", true, null, -1.5e3]}')).toEqual({ success: true, value: { a: [1, 'x', true, null, -1500] } });
  });

  it('gives one issue at path "" with code invalid-json and the line and column', () => {
    expect(failure('')).toEqual({ path: '', code: 'invalid-json', message: 'expected a JSON object, got an empty text' });
    expect(failure(' \n\t')).toMatchObject({ code: 'invalid-json', message: 'expected a JSON object, got an empty text' });
    expect(failure('{"year": 2024,}')).toEqual({ path: '', code: 'invalid-json', message: 'expected a property name in double quotes at line 1, column 15, got "}"' });
    expect(failure('{\n  "format": "xeploai/review@1",\n  "year": 2024')).toMatchObject({ message: 'expected "," or "}" at line 3, column 15, got the end of the text' });
    expect(failure('{"a": }')).toMatchObject({ message: 'expected a JSON value at line 1, column 7, got "}"' });
    expect(failure("{'a': 1}")).toMatchObject({ message: `expected a property name in double quotes at line 1, column 2, got "'"` });
    expect(failure('{"a" 1}')).toMatchObject({ message: 'expected ":" at line 1, column 6, got "1"' });
    expect(failure('[1, 2')).toMatchObject({ message: 'expected "," or "]" at line 1, column 6, got the end of the text' });
    expect(failure('{"a": "x\ty"}')).toMatchObject({ message: 'expected a closing quote or a valid escape at line 1, column 9, got "\\t"' });
    expect(failure('{"a": 1} x')).toMatchObject({ message: 'expected the end of the text at line 1, column 10, got "x"' });
    expect(failure('{"a": 01}')).toMatchObject({ message: 'expected "," or "}" at line 1, column 8, got "1"' });
    expect(failure('{"a": NaN}')).toMatchObject({ message: 'expected a JSON value at line 1, column 7, got "N"' });
  });

  it('finds errors in deeply nested text without recursion', () => {
    expect(failure(`${'['.repeat(100_000)}x`)).toMatchObject({ code: 'invalid-json', message: 'expected a JSON value at line 1, column 100001, got "x"' });
  });
});
