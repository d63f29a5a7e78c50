import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeReport, firstInvalidUtf8Byte, loadReport } from '../../src/parse/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

function decodeError(bytes: Uint8Array): InputError {
  try {
    decodeReport('pm.md', bytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('decodeReport', () => {
  it('decodes UTF-8, keeping non-ASCII text and line endings as they are', () => {
    expect(decodeReport('pm.md', utf8('# Ausfall — café\r\n\r\nDone.\n'))).toBe('# Ausfall — café\r\n\r\nDone.\n');
  });

  it('strips a byte-order mark so that offsets count from the first character', () => {
    const text = decodeReport('pm.md', concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('# Title\n')));
    expect(text).toBe('# Title\n');
    // "Title" starts after "# ": offset 2, not 3 (a BOM kept as U+FEFF would shift it).
    const doc = loadReport('pm.md', concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('# Title\n')));
    expect(doc.sentences[0]?.position.start).toEqual({ line: 1, column: 3, offset: 2 });
    expect(doc.title).toBe('Title');
  });

  it('rejects invalid UTF-8 with the line of the first bad byte', () => {
    // "café" in Latin-1 on line 3.
    const error = decodeError(concat(utf8('# Title\n\nThe caf'), Uint8Array.of(0xe9), utf8(' was closed.\n')));
    expect(error.file).toBe('pm.md');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^pm\.md:3: is not UTF-8 text: byte 0xe9 at byte offset 16/);
  });

  it('rejects binary content (a NUL byte) with its line', () => {
    const error = decodeError(concat(utf8('line one\nline two\n'), Uint8Array.of(0x00, 0x01, 0x02)));
    expect(error.line).toBe(3);
    expect(error.message).toContain('is not UTF-8 text: it contains a NUL byte');
  });

  it('rejects UTF-16 with a message that says so', () => {
    const error = decodeError(Uint8Array.of(0xff, 0xfe, 0x23, 0x00));
    expect(error.message).toContain('is not UTF-8 text: it starts with a UTF-16 byte-order mark');
  });

  it('rejects empty and whitespace-only reports', () => {
    expect(decodeError(new Uint8Array()).message).toBe('pm.md: is empty: there is nothing to check');
    expect(decodeError(utf8(' \n\t\r\n')).message).toBe('pm.md: holds only whitespace: there is nothing to check');
    expect(decodeError(Uint8Array.of(0xef, 0xbb, 0xbf)).message).toBe('pm.md: is empty: there is nothing to check');
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('agrees with the strict TextDecoder on well-formed and malformed sequences', () => {
    const cases: Array<[number[], number]> = [
      [[0x61, 0x62], -1],
      [[0xc3, 0xa9], -1], // é
      [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
      [[0x61, 0xc0, 0x80], 1], // overlong NUL
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0x61, 0x62, 0xe2, 0x82], 2], // truncated €
      [[0xf5, 0x80, 0x80, 0x80], 0], // above U+10FFFF
      [[0x80], 0], // lone continuation byte
    ];
    for (const [bytes, expected] of cases) {
      const array = Uint8Array.from(bytes);
      expect(firstInvalidUtf8Byte(array), bytes.join(',')).toBe(expected);
      const strictOk = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(array);
          return true;
        } catch {
          return false;
        }
      })();
      expect(strictOk).toBe(expected === -1);
    }
  });
});
