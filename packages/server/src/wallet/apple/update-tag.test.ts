import { describe, expect, it } from 'vitest';
import { changedSince, updateTag } from './update-tag.ts';

const a = { serial: 'm1.c1', version: 3 };
const b = { serial: 'm2.c9', version: 0 };

describe('the "changed since" tag of a phone', () => {
  it('reports nothing when no pass moved past the versions its tag records', () => {
    expect(changedSince([a, b], updateTag([b, a]))).toEqual([]);
  });

  it('reports exactly the passes whose version went up, whatever the order they come in', () => {
    const tag = updateTag([a, b]);
    expect(changedSince([{ ...b, version: 1 }, a], tag)).toEqual([{ ...b, version: 1 }]);
  });

  it('reports every pass for a tag it never gave, or given for another set of passes', () => {
    expect(changedSince([a, b], undefined)).toEqual([a, b]);
    expect(changedSince([a, b], '123456')).toEqual([a, b]);
    expect(changedSince([a, b], updateTag([a]))).toEqual([a, b]);
    expect(changedSince([a], updateTag([a, b]))).toEqual([a]);
  });

  it('keeps a tag for no pass readable', () => {
    expect(changedSince([], updateTag([]))).toEqual([]);
    expect(changedSince([a], updateTag([]))).toEqual([a]);
  });
});
