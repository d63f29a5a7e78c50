import { describe, expect, it } from 'vitest';
import { sanitizeTerminalText } from '../../src/report/sanitize-terminal.js';

describe('sanitizeTerminalText', () => {
  it('removes colour and cursor sequences (CSI), keeping the text', () => {
    expect(sanitizeTerminalText('\u001b[31mred\u001b[0m and \u001b[1;4mbold\u001b[22m')).toBe('red and bold');
    expect(sanitizeTerminalText('up\u001b[2Aclear\u001b[2K\u001b[?25l')).toBe('upclear');
  });

  it('removes OSC sequences: window titles and hidden hyperlinks', () => {
    expect(sanitizeTerminalText('\u001b]0;pwned\u0007title')).toBe('title');
    expect(sanitizeTerminalText('\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\')).toBe('click');
    expect(sanitizeTerminalText('before\u001b]2;unterminated')).toBe('before');
  });

  it('removes DCS/APC strings and two-character escapes', () => {
    expect(sanitizeTerminalText('a\u001bP1$tpayload\u001b\\b')).toBe('ab');
    expect(sanitizeTerminalText('a\u001b_apc\u001b\\b')).toBe('ab');
    expect(sanitizeTerminalText('a\u001bcb\u001b7c\u001b(0d')).toBe('abcd');
  });

  it('removes 8-bit C1 sequences and controls', () => {
    expect(sanitizeTerminalText('x\u009b31my')).toBe('xy');
    expect(sanitizeTerminalText('x\u009d0;title\u009cy')).toBe('xy');
    expect(sanitizeTerminalText('x\u0085y')).toBe('x y');
  });

  it('turns line breaks and tabs into spaces and drops other controls', () => {
    expect(sanitizeTerminalText('one\ntwo\r\nthree\tfour')).toBe('one two  three four');
    // A carriage return or backspaces could overwrite what was printed before them.
    expect(sanitizeTerminalText('CANCELLED\rSUCCESS')).toBe('CANCELLED SUCCESS');
    expect(sanitizeTerminalText('bad\b\b\bgood\u0000\u0007\u007f')).toBe('badgood');
    expect(sanitizeTerminalText('stray escape\u001b')).toBe('stray escape');
  });

  it('removes bidi overrides and isolates, which reorder what a reader sees', () => {
    const text = 'build \u202eDELLECNAC\u202c \u2066x\u2069 \u2067y\u2068z\u202a\u202b\u202d';
    expect(sanitizeTerminalText(text)).toBe('build DELLECNAC x yz');
  });

  it('leaves ordinary text, including non-ASCII, alone', () => {
    const text = 'Priya Raman — rolled back at 10:20:05 PDT (über, 東京, ✓)';
    expect(sanitizeTerminalText(text)).toBe(text);
  });
});
