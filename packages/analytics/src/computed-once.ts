/**
 * `compute`, called the first time the returned function is, its value kept for every later
 * call. Behind a getter (`get logCovariance() { return covariance(); }`) it defers a costly
 * figure that some callers never read, and readers cannot tell: spread, JSON.stringify and
 * structured clone read getters too. `compute` must be pure.
 *
 * @example
 * const covariance = computedOnce(() => inverseOfHessian());
 * const fit = { params, get logCovariance() { return covariance(); } };
 */
export function computedOnce<V>(compute: () => V): () => V {
  let computed = false;
  let value: V;
  return () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
}
