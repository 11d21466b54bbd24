"""Our own scipy implementation of the BG/NBD likelihood (Fader, Hardie & Lee 2005, eq. 6),
fitted with scipy.optimize.minimize the way lifetimes does it (Nelder-Mead on log-parameters),
as an in-machine reference for bench/analytics/models.ts. Not lifetimes' code.

Usage: python3 models_scipy_reference.py <file.tsv> <runs>
The file has one customer per line: frequency recency T (weeks). Prints one JSON line.
"""
import json
import statistics
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln, gammaln


def negative_log_likelihood(log_params, x, t_x, T, weights):
    r, alpha, a, b = np.exp(log_params)
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + betaln(a, b + x) - betaln(a, b)
    alive = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        dropped = np.where(
            x > 0,
            np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + t_x),
            -np.inf,
        )
    return -np.sum(weights * (common + np.logaddexp(alive, dropped)))


def fit(x, t_x, T):
    # Compress identical customers, as our TypeScript fit does.
    rows, weights = np.unique(np.stack([x, t_x, T], axis=1), axis=0, return_counts=True)
    args = (rows[:, 0], rows[:, 1], rows[:, 2], weights)
    start = np.log([1.0, float(np.sum(T) / np.sum(x)), 1.0, 1.0])
    return minimize(negative_log_likelihood, start, args=args, method="Nelder-Mead",
                    options={"xatol": 1e-7, "fatol": 1e-7, "maxiter": 5000})


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    data = np.loadtxt(path)
    x, t_x, T = data[:, 0], data[:, 1], data[:, 2]
    fit(x, t_x, T)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fit(x, t_x, T)
        times.append(time.perf_counter() - start)
    print(json.dumps({
        "median_ms": statistics.median(times) * 1000,
        "params": np.exp(result.x).tolist(),
        "log_likelihood": -result.fun,
        "success": bool(result.success),
    }))


if __name__ == "__main__":
    main()
