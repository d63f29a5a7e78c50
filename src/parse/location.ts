// Offsets → unist points, as vfile-location does: lines end at "\n", "\r\n" or a lone "\r";
// columns count UTF-16 code units from 1. Every position the parse stage reports goes through here.

import type { Point } from '../types.js';

/** Converts a 0-based offset in `source` to a unist point. */
export type Locate = (offset: number) => Point;

/** Builds an offset → point converter for one source text. */
export function createLocator(source: string): Locate {
  const lineStarts = [0];
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 /* \n */) lineStarts.push(index + 1);
    else if (code === 13 /* \r */ && source.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1);
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, source.length));
    // Binary search for the last line that starts at or before the offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1, offset: clamped };
  };
}
