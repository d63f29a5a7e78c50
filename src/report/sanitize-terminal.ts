// Evidence text (commit messages, deploy messages, log lines) and the report itself may
// be written by the agent whose report is checked: before it reaches a terminal, remove
// anything a terminal would act on instead of print.

// ESC-introduced sequences, 7-bit and their 8-bit C1 equivalents. String-type sequences
// (OSC, DCS, SOS, PM, APC) run to BEL or ST; an unterminated one runs to the end.
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;
const OTHER_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]/g;
// Line breaks and tabs become spaces: every field we print is one line.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// What is left of C0, DEL and C1 controls (a stray ESC included).
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what
// follows them on screen; the marks (LRM, RLM, ALM) go too.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Makes hostile text safe to print on one terminal line: no escape sequences, controls or bidi reordering. */
export function sanitizeTerminalText(text: string): string {
  return text
    .replace(STRING_SEQUENCE, '')
    .replace(CSI_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI, '');
}
