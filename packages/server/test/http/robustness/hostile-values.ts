import fc from 'fast-check';

/** Values that have broken servers before, of every JSON type, and as raw URL text. */

const HUGE = 'A'.repeat(100_000);

/**
 * Short strings that pass most validators yet have broken servers before: NUL (PostgreSQL text
 * refuses it), lone surrogates, SQL, markup, escapes, right-to-left overrides, odd unicode.
 */
export const nastyText: fc.Arbitrary<string> = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  'Zoé\u0000',
  '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000',
  '\ud800',
  'x\udfff',
  "'; drop table customers; --",
  "' or '1'='1",
  '%',
  '%00',
  '\\',
  '"',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}<%= 7*7 %>',
  '👩‍👩‍👧‍👦🇫🇷',
  'Ｅｘｅｍｐｌｅ',
  '\u202eevil',
  '\u0007\u001b[31m',
  ' ',
  'null',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30',
  '99-99',
  'Not/AZone',
  '#zzzzzz',
);

/** Strings of any kind: random, unicode, nasty, and sizes far past any limit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  nastyText,
  fc.constantFrom('', 'é'.repeat(5_000), HUGE),
);

/** Numbers a schema rarely expects: negative, fractional, beyond int32/int64/safe range. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    -1,
    0,
    -0,
    0.5,
    2 ** 31,
    2 ** 53 + 2,
    2 ** 63,
    1e21,
    1e308,
    -1e308,
    Number.MIN_VALUE,
  ),
);

/** Any JSON value, of any type, possibly nested. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** A value of some other type than expected. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(anyJson, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 }),
);

/**
 * Percent-encodes `text`; a lone surrogate, which encodeURIComponent refuses, goes out as its
 * raw (invalid UTF-8) bytes — exactly the kind of input a hostile client sends.
 */
export function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}
