"""algorithms/core/growth.py: growth, shift-share and the demography of establishments,
on hand-worked examples, the shift-share identity and independent pandas computations
(oracles.py)."""
import math

import numpy as np
import pandas as pd
import pytest
from oracles import expected_demography, expected_growth, haversine_km

from clusterindex.algorithms.core import growth as core


def test_hand_worked_shift_share():
    """Two regions, the sector s and the rest o. t0: A s 100, o 100; B s 50, o 250.
    t1: A s 130, o 110; B s 50, o 260. g = 550/500 − 1 = 10 %, g_s = 180/150 − 1 = 20 %.
    A: g_rs = 30 %: national share 10, industry mix 10, regional shift 10 (sum 30).
    B: g_rs = 0: 5, 5 and −10 (sum 0)."""
    r = core.growth([100.0, 50.0], [130.0, 50.0], 150.0, 180.0, 500.0, 550.0, years=5)
    assert r["growth"] == pytest.approx([0.3, 0.0])
    assert r["growth_sector"] == pytest.approx([0.2, 0.2]) and r["growth_all"] == pytest.approx([0.1, 0.1])
    assert r["relative"] == pytest.approx([0.1, -0.2])
    assert r["national_share"] == pytest.approx([10.0, 5.0])
    assert r["industry_mix"] == pytest.approx([10.0, 5.0])
    assert r["regional_shift"] == pytest.approx([10.0, -10.0])
    assert r["change"] == pytest.approx([30.0, 0.0])
    assert r["annual"] == pytest.approx([1.3 ** 0.2 - 1, 0.0])


def test_regions_by_sectors_matrix():
    """The same numbers as a (region × sector) matrix: both sectors at once."""
    e0 = np.array([[100.0, 100.0], [50.0, 250.0]])
    e1 = np.array([[130.0, 110.0], [50.0, 260.0]])
    r = core.growth(e0, e1, e0.sum(axis=0), e1.sum(axis=0), e0.sum(), e1.sum())
    g_o = 370 / 350 - 1
    assert r["growth_sector"][0] == pytest.approx([0.2, g_o])
    assert r["industry_mix"][0, 1] == pytest.approx(100 * (g_o - 0.1))
    assert r["regional_shift"][0, 1] == pytest.approx(100 * (0.1 - g_o))
    total = r["national_share"] + r["industry_mix"] + r["regional_shift"]
    assert total == pytest.approx(e1 - e0)
    assert np.isnan(r["annual"]).all()  # no period given


def test_shift_share_sums_to_the_change_and_is_null_where_nothing_was():
    rng = np.random.default_rng(7)
    e0 = rng.integers(0, 40, (30, 6)).astype(float)
    e0[3, 2] = e0[7, :] = 0.0
    e1 = np.maximum(e0 * rng.lognormal(0, 0.3, e0.shape) + rng.integers(0, 5, e0.shape), 0)
    nat_s0, nat_s1 = e0.sum(axis=0) + 17, e1.sum(axis=0) + 23  # national totals include regions outside
    r = core.growth(e0, e1, nat_s0, nat_s1, nat_s0.sum() + 100, nat_s1.sum() + 90, years=8)
    defined = e0 > 0
    parts = r["national_share"] + r["industry_mix"] + r["regional_shift"]
    assert parts[defined] == pytest.approx((e1 - e0)[defined], rel=1e-12, abs=1e-9)
    for key in ("growth", "annual", "relative", "national_share", "industry_mix", "regional_shift"):
        assert np.isnan(r[key][~defined]).all(), key
        assert np.isfinite(r[key][defined]).all(), key
    assert r["change"] == pytest.approx(e1 - e0)


def test_growth_against_pandas():
    rng = np.random.default_rng(3)

    def frame(n):
        return pd.DataFrame({"region": rng.choice(["A", "B", "C", None], n), "sector": rng.random(n) < 0.4,
                             "jobs": rng.integers(1, 30, n)})
    t0, t1 = frame(400), frame(460)
    for weight in ("jobs", "establishments"):
        want = expected_growth(t0, t1, weight, years=4)
        names = list(want.index)
        region0 = np.array([names.index(r) if r else -1 for r in t0.region])
        region1 = np.array([names.index(r) if r else -1 for r in t1.region])
        w0 = t0.jobs.to_numpy(float) if weight == "jobs" else np.ones(len(t0))
        w1 = t1.jobs.to_numpy(float) if weight == "jobs" else np.ones(len(t1))
        a = core.region_totals(region0, len(names), t0.sector.to_numpy(), w0)
        b = core.region_totals(region1, len(names), t1.sector.to_numpy(), w1)
        got = core.growth(a[0], b[0], a[1], b[1], a[3], b[3], years=4)
        for key, col in (("growth", "growth"), ("annual", "annual"), ("relative", "relative"),
                         ("national_share", "national_share"), ("industry_mix", "industry_mix"),
                         ("regional_shift", "regional_shift")):
            assert got[key] == pytest.approx(want[col].to_numpy(), rel=1e-12), (weight, key)


def test_annual_growth():
    assert core.annual(np.array([0.21]), 2)[0] == pytest.approx(0.1)
    assert core.annual(np.array([-0.19]), 2)[0] == pytest.approx(-0.1)
    assert np.isnan(core.annual(np.array([0.2]), None)).all()
    assert np.isnan(core.annual(np.array([0.2]), 0)).all()


def test_demography_by_hand():
    """ids at t0: 1, 2, 3, 4, none, 6, 6 (repeated); at t1: 2, 3, 4, 5, 7, none.
    2 moved 100 m (stayer), 3 moved 800 m (mover), 4 has no location at t1 (stayer),
    1 and the first 6 died, 5 and 7 were born; the second 6 and the records without
    an id are not classified."""
    key0 = np.array([1, 2, 3, 4, -1, 6, 6])
    key1 = np.array([2, 3, 4, 5, 7, -1])
    x0 = np.array([0.0, 1000, 2000, 3000, 0, 0, 0])
    y0 = np.zeros(7)
    x1 = np.array([1100.0, 2800, np.nan, 10, 10, 10])
    y1 = np.zeros(6)
    d = core.demography(key0, key1, (x0, y0), (x1, y1), 500.0)
    born, dead, stay, move, none = core.BIRTH, core.DEATH, core.STAYER, core.MOVER, core.UNLINKED
    assert d["status0"].tolist() == [dead, stay, move, stay, none, dead, none]
    assert d["status1"].tolist() == [stay, move, stay, born, born, none]
    assert d["partner1"].tolist() == [1, 2, 3, -1, -1, -1]
    assert d["partner0"].tolist() == [-1, 0, 1, 2, -1, -1, -1]
    assert d["moved1"][:2] == pytest.approx([100.0, 800.0]) and np.isnan(d["moved1"][2])
    assert d["moved0"][1] == pytest.approx(100.0)
    counts = core.demography_counts(d, np.zeros(7, int), np.array([0, 1, 1, 1, 0, 0]), np.ones(7, bool),
                                    np.ones(6, bool), np.arange(1.0, 8.0), np.full(6, 10.0), 2)
    assert counts["n_births"].tolist() == [1, 1] and counts["n_deaths"].tolist() == [2, 0]
    assert counts["jobs_deaths"].tolist() == [1.0 + 6.0, 0.0]
    assert counts["n_movers_in"].tolist() == [0, 1] and counts["n_movers_out"].tolist() == [1, 0]
    assert counts["jobs_movers_out"].tolist() == [3.0, 0.0]
    assert counts["n_stayers"].tolist() == [1, 1]
    assert counts["jobs_stayers_t0"].tolist() == [2.0, 4.0] and counts["jobs_stayers_t1"].tolist() == [10.0, 10.0]


def test_moved_exactly_the_distance_is_a_stayer():
    d = core.demography(np.array([0]), np.array([0]), (np.array([0.0]), np.array([0.0])),
                        (np.array([300.0]), np.array([400.0])), 500.0)
    assert d["status1"].tolist() == [core.STAYER] and d["moved1"][0] == pytest.approx(500.0)


def test_great_circle_distance_against_haversine():
    rng = np.random.default_rng(1)
    lon0, lat0 = rng.uniform(3, 7, 50), rng.uniform(50.7, 53.5, 50)
    lon1, lat1 = lon0 + rng.normal(0, 0.01, 50), lat0 + rng.normal(0, 0.01, 50)
    got = core.distance_m(lon0, lat0, lon1, lat1, "greatcircle")
    want = [1000 * haversine_km((a, b), (c, e)) for a, b, c, e in zip(lon0, lat0, lon1, lat1)]
    assert got == pytest.approx(want, rel=1e-9)


def test_demography_against_pandas():
    rng = np.random.default_rng(12)
    n0 = 600
    t0 = pd.DataFrame({"id": np.arange(n0), "x": rng.uniform(0, 20000, n0), "y": rng.uniform(0, 20000, n0),
                       "region": rng.choice(["A", "B", "C", None], n0), "sector": rng.random(n0) < 0.5,
                       "jobs": rng.integers(1, 20, n0).astype(float)})
    keep = t0[rng.random(n0) < 0.8].copy()
    move = rng.random(len(keep))
    keep["x"] = keep.x + np.where(move < 0.2, rng.uniform(600, 3000, len(keep)), rng.uniform(0, 300, len(keep)))
    keep["region"] = np.where(move < 0.2, rng.choice(["A", "B", "C"], len(keep)), keep.region)
    keep["sector"] = np.where(rng.random(len(keep)) < 0.1, ~keep.sector, keep.sector)
    births = pd.DataFrame({"id": np.arange(n0, n0 + 150), "x": rng.uniform(0, 20000, 150),
                           "y": rng.uniform(0, 20000, 150), "region": rng.choice(["A", "B", "C"], 150),
                           "sector": rng.random(150) < 0.5, "jobs": rng.integers(1, 20, 150).astype(float)})
    t1 = pd.concat([keep, births]).sample(frac=1.0, random_state=2).reset_index(drop=True)
    names = ["A", "B", "C"]
    status, want = expected_demography(t0, t1, 500.0)
    d = core.demography(t0.id.to_numpy(), t1.id.to_numpy(), (t0.x.to_numpy(), t0.y.to_numpy()),
                        (t1.x.to_numpy(), t1.y.to_numpy()), 500.0)
    got_status = [core.STATUS_NAMES[int(s)] for s in d["status1"]]
    assert got_status == status.loc[t1.id, "status"].tolist()
    counts = core.demography_counts(
        d, [names.index(r) if r else -1 for r in t0.region], [names.index(r) if r else -1 for r in t1.region],
        t0.sector.to_numpy(bool), t1.sector.to_numpy(bool), t0.jobs.to_numpy(), t1.jobs.to_numpy(), 3)
    for key in want.columns:
        assert counts[key] == pytest.approx(want[key].reindex(names, fill_value=0).to_numpy()), key
    assert math.isclose(counts["n_births"].sum() + counts["n_movers_in"].sum() + counts["n_stayers"].sum(),
                        sum(t1.sector & t1.region.notna()))
