import { describe, expect, it } from 'vitest';
import { isBlankLine, LineSplitter, splitLines } from './lines.js';

function chunked(text: string, sizes: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const n = sizes[i % sizes.length]!;
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

describe('LineSplitter', () => {
  const text = '\uFEFF{"a":1}\r\n{"b":2}\n\n  \r\n{"c":3}';
  const expected = [
    { number: 1, text: '{"a":1}' },
    { number: 2, text: '{"b":2}' },
    { number: 3, text: '' },
    { number: 4, text: '  ' },
    { number: 5, text: '{"c":3}' },
  ];

  it('numbers every line, drops a leading BOM and CRLF endings, keeps a last line without newline', () => {
    expect(splitLines(text)).toEqual(expected);
  });

  it.each([[[1]], [[2, 3]], [[7]], [[8, 1]], [[100]]])('gives the same lines whatever the chunk sizes (%j)', (sizes) => {
    const lines: { number: number; text: string }[] = [];
    const splitter = new LineSplitter((t, number) => lines.push({ number, text: t }));
    for (const chunk of chunked(text, sizes)) splitter.push(chunk);
    splitter.end();
    expect(lines).toEqual(expected);
    expect(splitter.lines).toBe(5);
  });

  it('keeps a BOM that is not at the start of the text', () => {
    expect(splitLines('a\n\uFEFFb').map((l) => l.text)).toEqual(['a', '\uFEFFb']);
  });

  it('gives nothing for an empty text and one empty line for a lone newline', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual([{ number: 1, text: '' }]);
  });

  it('knows a blank line', () => {
    expect(isBlankLine('')).toBe(true);
    expect(isBlankLine(' \t\r')).toBe(true);
    expect(isBlankLine(' {}')).toBe(false);
  });
});
