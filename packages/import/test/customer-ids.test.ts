import { describe, expect, it } from 'vitest';
import { CustomerIds } from '../src/customer-ids.ts';

describe('CustomerIds', () => {
  it('finds ids from ranges of the text, in order of first appearance, past many table growths', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `C${(i * 7919) % 100_003}`);
    const text = [...ids, ...ids.slice().reverse()].join(';');
    const table = new CustomerIds(text);
    let at = 0;
    const found: number[] = [];
    for (const id of [...ids, ...ids.slice().reverse()]) {
      let index = table.findRange(at, at + id.length);
      if (index < 0) index = table.add(text.slice(at, at + id.length), at);
      found.push(index);
      at += id.length + 1;
    }
    expect(found.slice(0, 20_000)).toEqual(ids.map((_, i) => i));
    expect(found.slice(20_000)).toEqual(ids.map((_, i) => 19_999 - i));
    expect(table.ids).toEqual(ids);
  });

  it('matches a range with an id added from a trimmed or unquoted cell, and no other', () => {
    const text = ' Dupont ;Dupont;Dupon;Dupont2;Émile;Émile';
    const table = new CustomerIds(text);
    expect(table.add('Dupont')).toBe(0); // trimmed: no position in the text
    expect(table.findRange(9, 15)).toBe(0);
    expect(table.findRange(16, 21)).toBe(-1); // a prefix
    expect(table.findRange(22, 29)).toBe(-1); // longer
    expect(table.add('Émile', 30)).toBe(1);
    expect(table.findRange(36, 41)).toBe(1);
    expect(table.add('Dupont')).toBe(0);
  });
});
