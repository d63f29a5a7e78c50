// Report bytes → text. A report must be UTF-8: anything else (a binary file, Latin-1, UTF-16)
// is refused with the line of the first bad byte, rather than checked as mojibake.

import { InputError } from '../errors.js';

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // Continuation-byte ranges per lead byte (Unicode Table 3-7): no overlongs, no surrogates, ≤ U+10FFFF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k];
      if (next === undefined) return index;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return index;
    }
    index += length;
  }
  return -1;
}

/** 1-based line of a byte offset: one more than the number of line feeds before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).padStart(2, '0')}`;
}

/**
 * Decodes a report's bytes as strict UTF-8 and removes a byte-order mark. Throws InputError
 * for binary content (NUL bytes), invalid UTF-8 (with the line of the first bad byte) and
 * reports that hold only whitespace.
 */
export function decodeReport(path: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('is not UTF-8 text: it starts with a UTF-16 byte-order mark; save it as UTF-8', path, 1);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError('is not UTF-8 text: it contains a NUL byte (is it a binary file?)', path, lineOfByte(bytes, nul));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8Byte(bytes));
    throw new InputError(
      `is not UTF-8 text: byte ${hex(bytes[bad])} at byte offset ${bad} is not valid UTF-8 (save the report as UTF-8)`,
      path,
      lineOfByte(bytes, bad),
    );
  }
  // ignoreBOM keeps the mark so that we strip it in one visible place.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new InputError(text === '' ? 'is empty: there is nothing to check' : 'holds only whitespace: there is nothing to check', path);
  }
  return text;
}
