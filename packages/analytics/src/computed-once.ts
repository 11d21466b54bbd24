/**
 * `compute`, called the first time the returned function is, its value kept for every later
 * call (and `compute` let go, with what it holds). Behind a getter (`get logCovariance() {
 * return covariance(); }`) it defers a costly figure that some callers never read; code that
 * only reads sees a plain property (spread, JSON.stringify and structured clone read getters
 * too), though the property cannot be assigned and an error of `compute` is thrown where it is
 * first read. `compute` must be pure.
 *
 * @example
 * const covariance = computedOnce(() => inverseOfHessian());
 * const fit = { params, get logCovariance() { return covariance(); } };
 */
export function computedOnce<V>(compute: () => V): () => V {
  let pending: (() => V) | null = compute;
  let value: V;
  return () => {
    if (pending) {
      value = pending();
      pending = null;
    }
    return value;
  };
}
