// Text we did not write (evidence, the report's own sentences, file names, error
// messages) goes into annotated markdown only through here, so a commit message cannot
// forge a verdict badge, a link, an image, a footnote, an HTML tag or comment (our
// `<!--pmcheck` delimiters included) or a table cell break. It renders as the same text.

import { sanitizeTerminalText } from './sanitize-terminal.js';

// Markdown punctuation: a backslash escape renders as the character itself.
// `$` too: GitHub renders $…$ as math.
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '#', '+', '-', '!', '~', '$']);
// HTML syntax and the table cell separator: character references render as the character
// and are never syntax (`&#124;` does not split a GFM table cell).
const REFERENCES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };
// GFM turns bare "https://…", "www.…" and "name@domain" into links, and both GitHub
// (cmark-gfm, for e-mail addresses) and remark (for all three) look for them in the text
// *after* escapes and character references are resolved, so no escape stops them. An
// invisible WORD JOINER inside the trigger ("https:⁠//", "www⁠.", "name@⁠domain") does,
// and the text still reads the same.
const WORD_JOINER = '\u2060';

/**
 * Escapes untrusted text for inline use anywhere in markdown (paragraph, list item, table
 * cell): one line, no live syntax, the same visible text. Controls, ANSI escapes and bidi
 * overrides are removed and whitespace runs collapse to one space.
 */
export function escapeMarkdownText(text: string): string {
  const line = sanitizeTerminalText(text).replace(/\s+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (BACKSLASH_ESCAPED.has(ch)) out += `\\${ch}`;
    else if (ch in REFERENCES) out += REFERENCES[ch];
    else if (ch === ':' && line.startsWith('//', i + 1)) out += `:${WORD_JOINER}`;
    // ":white_check_mark:" is an emoji shortcode on GitHub (a forged ✅); a joiner breaks it, "10:14:40" is untouched.
    else if (ch === ':' && /^[a-z_+-][a-z0-9_+-]*:/i.test(line.slice(i + 1))) out += `:${WORD_JOINER}`;
    else if (ch === '@') out += `@${WORD_JOINER}`;
    else if (ch === '.' && /www$/i.test(line.slice(Math.max(0, i - 3), i))) out += `${WORD_JOINER}.`;
    else out += ch;
  }
  // "1. text" or "1) text" at the start of a list item would open a nested ordered list.
  return out.replace(/^(\d+)\./, '$1\\.');
}
