"""The reference side of bench/analytics/versus-lifetimes.ts: the same two tasks as
`habitue analyze`, done with the Python library lifetimes' public API (not part of Habitué;
run from a source snapshot, see docs/benchmarks/analytics-ingest.md).

    python3 bench/analytics/lifetimes_tasks.py bgnbd FILE.csv OUT.csv
    python3 bench/analytics/lifetimes_tasks.py default FILE.csv OUT.csv

Task "bgnbd": read the CSV, summarise per customer, fit BG/NBD and Gamma-Gamma, predict purchases
and CLV over 12 months, score RFM by quintiles, write one line per customer.
Task "default": the same with both purchase models of `habitue analyze`'s default (BG/NBD and
Pareto/NBD), the one with the better log-likelihood predicting.

Units follow `habitue analyze`'s defaults: weeks, a 12-month horizon, 1 % monthly discount rate,
CLV in revenue (margin 1), the analysis date is the file's last date.
"""

import sys

import numpy as np
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter, ParetoNBDFitter
from lifetimes.utils import summary_data_from_transaction_data

WEEKS_12_MONTHS = 365.25 / 7


def read_transactions(path):
    # The generated export: "n° client;date d'achat;montant TTC", DD/MM/YYYY, decimal commas.
    df = pd.read_csv(
        path,
        sep=";",
        decimal=",",
        header=0,
        names=["customer", "date", "amount"],
        dtype={"customer": str, "amount": float},
    )
    df["date"] = pd.to_datetime(df["date"], format="%d/%m/%Y")
    # lifetimes has no notion of a refund: keep the sales (amount > 0), as a user would.
    return df[df["amount"] > 0]


def summarise(df):
    # Days, then weeks as `habitue analyze --unit week` counts them (days / 7).
    summary = summary_data_from_transaction_data(
        df, "customer", "date", monetary_value_col="amount", freq="D"
    )
    summary["recency"] = summary["recency"] / 7
    summary["T"] = summary["T"] / 7
    return summary


def fit_purchase_model(task, s):
    bgf = BetaGeoFitter(penalizer_coef=0.0)
    bgf.fit(s["frequency"], s["recency"], s["T"])
    if task == "bgnbd":
        return bgf
    pnbd = ParetoNBDFitter(penalizer_coef=0.0)
    pnbd.fit(s["frequency"], s["recency"], s["T"])
    # lifetimes keeps a fit's negative log-likelihood in `_negative_log_likelihood_` (there is no
    # public attribute): BetaGeoFitter's is the mean over customers, ParetoNBDFitter's the sum
    # divided by the mean weight (1 here), i.e. the total.
    bg_total = bgf._negative_log_likelihood_ * len(s)
    return pnbd if pnbd._negative_log_likelihood_ < bg_total else bgf


def quintile(values):
    # Scores 1–5 by quintile of rank, ties broken by order (pandas' qcut needs distinct edges).
    return pd.qcut(values.rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)


def main(task, path, out):
    s = summarise(read_transactions(path))
    model = fit_purchase_model(task, s)
    repeat = s[(s["frequency"] > 0) & (s["monetary_value"] > 0)]
    ggf = GammaGammaFitter(penalizer_coef=0.0)
    ggf.fit(repeat["frequency"], repeat["monetary_value"])

    s["expected_purchases"] = model.conditional_expected_number_of_purchases_up_to_time(
        WEEKS_12_MONTHS, s["frequency"], s["recency"], s["T"]
    )
    s["p_alive"] = model.conditional_probability_alive(s["frequency"], s["recency"], s["T"])
    # Gamma-Gamma's spend for first-time customers is the population mean (monetary 0 → prior).
    # The result is indexed 0…n-1, not by customer: assign the values, not the Series.
    s["clv"] = ggf.customer_lifetime_value(
        model,
        s["frequency"],
        s["recency"],
        s["T"],
        s["monetary_value"],
        time=12,
        discount_rate=0.01,
        freq="W",
    ).to_numpy()
    s["r"] = quintile(-(s["T"] - s["recency"]))
    s["f"] = quintile(s["frequency"])
    s["m"] = quintile(s["monetary_value"])
    s["rfm"] = s["r"].astype(str) + s["f"].astype(str) + s["m"].astype(str)
    s.to_csv(out)
    print(
        f"{type(model).__name__} {len(s)} customers, "
        f"expected purchases {np.sum(s['expected_purchases']):.0f}, CLV {np.sum(s['clv']):.0f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
