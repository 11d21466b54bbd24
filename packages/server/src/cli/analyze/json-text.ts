import { money } from './key-figures.ts';

/**
 * Below this many cents (10^13 currency units) a whole number of cents has at most 15
 * significant digits, so its exact decimal text k/100 reads back as the double k / 100 and no
 * shorter text does: that text, trailing zeros dropped, is the shortest one V8 writes.
 */
const EXACT_CENTS = 1e15;

/**
 * `JSON.stringify(money(cents))`, character for character, without the shortest-digits search
 * every double goes through (≈ 0.3 µs each): the cents, rounded, are written as units then one
 * or two decimals. NaN and infinities give `null`, -0 gives `0`, huge amounts the usual text.
 */
export function moneyJson(cents: number): string {
  const k = Math.round(cents);
  if (!(Math.abs(k) < EXACT_CENTS)) return JSON.stringify(money(cents));
  if (k === 0) return '0'; // also -0, which JSON writes without its sign
  const sign = k < 0 ? '-' : '';
  const all = k < 0 ? -k : k;
  const decimals = all % 100;
  const units = (all - decimals) / 100; // exact: a whole number below 2^53
  if (decimals === 0) return `${sign}${units}`;
  if (decimals % 10 === 0) return `${sign}${units}.${decimals / 10}`;
  return `${sign}${units}.${decimals < 10 ? '0' : ''}${decimals}`;
}

/**
 * `JSON.stringify(value)` of numbers that take few distinct values (recency and T: whole days
 * in the summary's unit), each written once: a cached text is the one JSON.stringify gave.
 */
export class NumberJsonCache {
  private readonly texts = new Map<number, string>();

  text(value: number): string {
    let text = this.texts.get(value);
    if (text === undefined) {
      // Map keys 0 and -0 as one, and JSON writes both as 0: the cache stays exact.
      text = JSON.stringify(value);
      this.texts.set(value, text);
    }
    return text;
  }
}
