"""Benchmark statistics and classes (no QGIS). SBI parsing and sector definitions:
test_core_sbi.py."""
import math
import statistics

import numpy as np
import pytest
from oracles import percentile_type7

from clusterindex.algorithms.core import benchmark as bm


def test_summary_matches_independent_statistics():
    rng = np.random.default_rng(4)
    d = rng.lognormal(-3.5, 0.4, 1001)
    d[[3, 50]] = np.nan
    s = bm.summary(d)
    finite = [x for x in d.tolist() if not math.isnan(x)]
    assert s["n"] == 999
    assert s["mean"] == pytest.approx(statistics.fmean(finite), rel=1e-12)
    assert s["median"] == pytest.approx(statistics.median(finite), rel=1e-12)
    assert s["max"] == max(finite)
    assert s["p90"] == pytest.approx(percentile_type7(finite, 90), rel=1e-12)
    assert s["p95"] == pytest.approx(percentile_type7(finite, 95), rel=1e-12)
    assert s["p90"] == pytest.approx(statistics.quantiles(finite, n=10, method="inclusive")[8], rel=1e-12)


def test_cluster_classes():
    d = np.array([0.01, 0.0203, 0.0204, 0.0269, 0.027, np.nan])
    assert bm.cluster_classes(d, 0.0203, 0.0269).tolist() == [0, 0, 1, 1, 2, -1]
    with pytest.raises(ValueError):
        bm.cluster_classes(d, 0.03, 0.02)
