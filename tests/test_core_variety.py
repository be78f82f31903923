"""algorithms/core/variety.py: total, unrelated and related variety (Frenken, Van Oort &
Verburg 2007) on hand-worked examples, the identity TV = UV + RV, an independent pandas
computation (oracles.py) and the neighbour means."""
import math

import numpy as np
import pandas as pd
import pytest
from oracles import expected_variety

from clusterindex.algorithms.core import variety as core


def test_hand_worked_example():
    """Region 0: classes 1 and 2 of group 0 (weight 1 each) and class 3 of group 1
    (weight 2): p = ¼, ¼, ½, P = ½, ½. TV = ¼·2 + ¼·2 + ½·1 = 1.5 bits; UV = 1 bit;
    RV = ½ · H(½, ½) + ½ · 0 = 0.5 bits. Region 1: one class (weights 3 and 0): all 0.
    Region 2: nothing: NULL. The establishment in no region is left out."""
    r = core.variety(np.array([0, 0, 0, 1, 1, -1]), 3, np.array([1, 2, 3, 1, 1, 1]),
                     np.array([0, 0, 1, 0, 0, 0]), np.array([1, 1, 2, 3, 0, 5.0]))
    assert r["tv"][:2] == pytest.approx([1.5, 0.0]) and r["uv"][:2] == pytest.approx([1.0, 0.0])
    assert r["rv"][:2] == pytest.approx([0.5, 0.0])
    assert np.isnan([r["tv"][2], r["uv"][2], r["rv"][2]]).all()
    assert r["n"].tolist() == [3, 2, 0] and r["weight"].tolist() == [4.0, 3.0, 0.0]
    assert r["n_classes"].tolist() == [3, 1, 0] and r["n_groups"].tolist() == [2, 1, 0]


def test_uniform_shares_and_unknown_classes():
    """8 classes in 2 groups of 4, equal weights: TV = 3, UV = 1, RV = 2 bits. Unknown
    classes (−1) are left out."""
    fine = np.array(list(range(8)) + [-1, 3])
    coarse = np.array([0, 0, 0, 0, 1, 1, 1, 1, 1, -1])
    r = core.variety(np.zeros(10, int), 1, fine, coarse, np.ones(10))
    assert (r["tv"][0], r["uv"][0], r["rv"][0]) == pytest.approx((3.0, 1.0, 2.0))
    assert r["n"][0] == 8


def test_the_same_class_number_in_two_groups_is_two_classes():
    r = core.variety(np.zeros(2, int), 1, np.array([5, 5]), np.array([0, 1]), np.ones(2))
    assert (r["tv"][0], r["uv"][0], r["rv"][0]) == pytest.approx((1.0, 1.0, 0.0))


def test_identity_and_pandas_on_random_data():
    rng = np.random.default_rng(21)
    n = 20000
    coarse = rng.integers(0, 12, n)
    fine = coarse * 10 + rng.zipf(1.6, n) % 7
    region = rng.integers(-1, 25, n)
    w = np.where(rng.random(n) < 0.6, 1.0, rng.lognormal(1.5, 1.2, n).round())
    w[rng.random(n) < 0.01] = 0.0  # zero jobs: 0 · log 0 = 0
    r = core.variety(region, 26, fine, coarse, w)
    ok = np.isfinite(r["tv"])
    assert ok[:25].all() and not ok[25]
    assert (r["tv"][ok]) == pytest.approx(r["uv"][ok] + r["rv"][ok], rel=1e-12, abs=1e-12)
    want = expected_variety(pd.DataFrame({"region": np.where(region >= 0, region, None), "fine": fine,
                                          "coarse": coarse, "w": w}))
    for key in ("tv", "uv", "rv"):
        assert r[key][:25] == pytest.approx(want.loc[list(range(25)), key].to_numpy(), rel=1e-12), key
    assert (r["rv"][ok] >= -1e-12).all() and (r["uv"][ok] >= -1e-12).all()


def test_maximum_is_log2_of_the_classes():
    k = 37
    r = core.variety(np.zeros(k, int), 1, np.arange(k), np.arange(k) // 5, np.ones(k))
    assert r["tv"][0] == pytest.approx(math.log2(k))


def test_neighbour_means():
    values = np.array([1.0, 2.0, np.nan, 4.0])
    near = [[1, 2], [0, 3], [0], []]
    got = core.neighbour_means(values, near)
    assert got[0] == pytest.approx(2.0)       # 2 (the neighbour without a value left out)
    assert got[1] == pytest.approx(2.5)
    assert got[2] == pytest.approx(1.0)
    assert np.isnan(got[3])                   # no neighbours
    assert np.isnan(core.neighbour_means(values, None)).all()
