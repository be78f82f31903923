"""Benchmark statistics and cluster classes (PBL/CBS, Raspe et al. 2012, appendix 1).

Percentiles use linear interpolation between order statistics (numpy's default,
Hyndman & Fan type 7). An establishment is in a *strong* cluster when its D-score
exceeds the benchmark's P90, in a *very strong* cluster when it exceeds P95."""
import numpy as np

NONE, STRONG, VERY_STRONG = 0, 1, 2


def summary(d):
    """N, mean, median, max, P90 and P95 of the finite D-scores (NaN when N = 0)."""
    v = np.asarray(d, dtype=np.float64)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return {"n": 0, "mean": np.nan, "median": np.nan, "max": np.nan, "p90": np.nan, "p95": np.nan}
    p90, p95 = np.percentile(v, [90, 95])
    return {"n": int(v.size), "mean": float(v.mean()), "median": float(np.median(v)),
            "max": float(v.max()), "p90": float(p90), "p95": float(p95)}


def cluster_classes(d, p90, p95):
    """0 none, 1 strong (P90 < D <= P95), 2 very strong (D > P95); -1 where D is NaN."""
    if not p95 >= p90:
        raise ValueError("P95 (%r) must not be below P90 (%r)" % (p95, p90))
    d = np.asarray(d, dtype=np.float64)
    out = np.where(d > p95, VERY_STRONG, np.where(d > p90, STRONG, NONE))
    out[~np.isfinite(d)] = -1
    return out
