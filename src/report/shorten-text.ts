// Long sentences are cut for one-line displays; the full text stays in the JSON output.

/** Cuts `text` to at most `max` characters (code points), ending in "…" at a word break when one is near. */
export function shortenText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const lastSpace = head.lastIndexOf(' ');
  // Prefer a word break, unless it would throw away more than a fifth of the room.
  const cut = lastSpace >= (max * 4) / 5 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}
