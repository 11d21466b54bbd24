/** A real number stored as sign × e^log, so that huge or tiny values neither overflow nor vanish. */
export interface SignedLog {
  sign: number;
  log: number;
}

const MAX_TERMS = 20_000;
const RESCALE_ABOVE = 1e200;

/**
 * Sums the Gauss series Σ (a)_k (b)_k / ((c)_k k!) z^k for |z| ≤ ~0.5, where it converges
 * geometrically. The running sum is rescaled when it grows large so that ln|F| is exact even
 * when F itself would overflow. Returns NaN if the series has not settled after MAX_TERMS.
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number): SignedLog {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  // Terms can grow or pass near zero while k is below a negative parameter; only test after.
  const settleAfter = Math.max(0, -a, -b, -c) + 1;
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    if (term === 0) break;
    if (Math.abs(sum) > RESCALE_ABOVE) {
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      logScale += Math.log(RESCALE_ABOVE);
    }
    if (k > settleAfter && Math.abs(term) <= 1e-17 * Math.abs(sum)) {
      return { sign: Math.sign(sum), log: Math.log(Math.abs(sum)) + logScale };
    }
  }
  if (term === 0) return { sign: Math.sign(sum), log: Math.log(Math.abs(sum)) + logScale };
  return { sign: Number.NaN, log: Number.NaN };
}

/** sign·e^log of a SignedLog plus another, in log space. */
export function addSigned(x: SignedLog, y: SignedLog): SignedLog {
  if (x.sign === 0) return y;
  if (y.sign === 0) return x;
  const [big, small] = x.log >= y.log ? [x, y] : [y, x];
  const ratio = Math.exp(small.log - big.log);
  const magnitude = big.sign === small.sign ? Math.log1p(ratio) : Math.log1p(-ratio);
  if (magnitude === Number.NEGATIVE_INFINITY) return { sign: 0, log: magnitude };
  return { sign: big.sign, log: big.log + magnitude };
}
