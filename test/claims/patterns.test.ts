import { describe, expect, it } from 'vitest';
import { ENTITY_SHAPES, PREDICATES, QUANTITY_SHAPES } from '../../src/claims/patterns.js';
import { findDurations, findEntities, findQuantities } from '../../src/claims/values.js';

// Every pattern row carries examples; they are the pattern's tests.
describe('entity shapes find their examples', () => {
  for (const shape of ENTITY_SHAPES) {
    for (const [text, id] of shape.examples) {
      it(`${shape.type}: "${text}" → ${id}`, () => {
        const found = findEntities(text).map((e) => e.value);
        expect(found).toContainEqual(expect.objectContaining({ type: shape.type, id }));
      });
    }
  }
});

describe('predicates match their examples', () => {
  for (const def of PREDICATES) {
    for (const text of def.examples) {
      it(`${def.predicate}: "${text}"`, () => {
        def.pattern.lastIndex = 0;
        expect(def.pattern.test(text)).toBe(true);
      });
    }
  }
});

describe('quantity shapes read their examples', () => {
  for (const shape of QUANTITY_SHAPES) {
    for (const [text, value] of shape.examples) {
      it(`"${text}" → ${value}`, () => {
        expect(findQuantities(text).map((q) => q.value.value)).toContain(value);
      });
    }
  }
});

describe('values', () => {
  it('reads added and deleted lines from a +N/−N pair', () => {
    const q = findQuantities('PR #214 (340 files, +412/−28,745) was merged.').map((x) => [x.value.unit, x.value.value]);
    expect(q).toEqual([
      ['files', 340],
      ['lines-added', 412],
      ['lines-deleted', 28745],
    ]);
  });

  it('marks "about 400 lines" approximate and "more than 300 files" as a bound', () => {
    expect(findQuantities('it removed about 400 lines of unused code')[0]?.value).toMatchObject({ value: 400, approximate: true });
    expect(findQuantities('more than 300 files changed')[0]?.value).toMatchObject({ value: 300, bound: 'gt' });
  });

  it('does not read dates or zone offsets as line counts', () => {
    expect(findQuantities('On 2026-06-09 at 09:40 -0700 the PR was merged.')).toEqual([]);
  });

  it('reads durations in minutes, hours and both', () => {
    const minutes = (t: string) => findDurations(t).map((d) => d.value.minutes);
    expect(minutes('The outage lasted 33 minutes.')).toEqual([33]);
    expect(minutes('down for 1h 12m')).toEqual([72]);
    expect(minutes('about 2 hours and 5 minutes')).toEqual([125]);
    expect(minutes('for half an hour')).toEqual([30]);
    expect(findDurations('for exactly 33 minutes')[0]?.value.exact).toBe(true);
    expect(findDurations('for ~30 min')[0]?.value.approximate).toBe(true);
  });

  it('keeps a build id distinct from a commit SHA and a UUID build id whole', () => {
    const ents = findEntities('Build 4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47 built commit 9c1e5b2f.').map((e) => [e.value.type, e.value.id]);
    expect(ents).toEqual([
      ['build', '4f1c2a9e-7d3b-4e8a-9c1f-0b6d2e8a5c47'],
      ['commit', '9c1e5b2f'],
    ]);
  });

  it('finds people by name from the text alone, with possessives', () => {
    const ents = findEntities("Marcus's rollback worked; Priya cancelled it.").map((e) => e.value.id);
    expect(ents).toEqual(['marcus', 'priya']);
  });
});
