"""The exact D-score core against an independent brute force (no QGIS needed)."""
import math

import numpy as np
import pytest
from oracles import brute_d, haversine_km
from oracles import dscores as brute

from clusterindex.algorithms.core import dscore as core


def assert_matches(d, ref, rtol=1e-12):
    for got, want in zip(d.tolist(), ref):
        if want is None:
            assert math.isnan(got)
        else:
            assert got == pytest.approx(want, rel=rtol)


def test_hand_worked_four_firms():
    # A (0,0), B (3 km, 0), C (0, 4 km), D (0.5 km, 0); d0 = 1 km
    x = np.array([0.0, 3000.0, 0.0, 500.0])
    y = np.array([0.0, 0.0, 4000.0, 0.0])
    d, n = core.dscore(x, y)
    r65 = 2 / math.sqrt(65)  # 1 / |C - D| in km
    expected = [(1 / 3 + 1 / 4 + 1) / 3,        # A: D is inside the floor
                (1 / 3 + 1 / 5 + 1 / 2.5) / 3,  # B
                (1 / 4 + 1 / 5 + r65) / 3,      # C
                (1 + 1 / 2.5 + r65) / 3]        # D
    assert d.tolist() == pytest.approx(expected, rel=1e-14)
    assert d[0] == pytest.approx(19 / 36, rel=1e-14)
    assert n.tolist() == [4, 4, 4, 4]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_points_with_sectors(seed):
    rng = np.random.default_rng(seed)
    n = 400
    x = rng.uniform(0, 50000, n)
    y = rng.uniform(0, 50000, n)
    g = rng.integers(0, 4, n)
    d, j = core.dscore(x, y, g)
    assert_matches(d, brute(list(zip(x, y)), g.tolist()))
    assert j.tolist() == [int((g == k).sum()) for k in g]


def test_clustered_points_with_duplicates_and_missing():
    rng = np.random.default_rng(7)
    centres = rng.uniform(0, 100000, (5, 2))
    pts = centres[rng.integers(0, 5, 500)] + rng.normal(0, 800, (500, 2))
    pts = np.round(pts / 500) * 500  # snap: many shared coordinates ("postcodes")
    pts[:40] = pts[40]  # one address holding 41 firms
    x, y = pts[:, 0].copy(), pts[:, 1].copy()
    x[[3, 77]] = np.nan  # no location
    g = rng.integers(0, 3, 500)
    g[[5, 9]] = -1  # no sector
    d, _ = core.dscore(x, y, g)
    points = [None if np.isnan(a) else (a, b) for a, b in zip(x, y)]
    sectors = [None if k < 0 else int(k) for k in g]
    assert len(np.unique(pts, axis=0)) < 300
    assert_matches(d, brute(points, sectors))


@pytest.mark.parametrize("sizes", [(1,), (2,), (3,), (1, 2, 3)])
def test_small_sectors(sizes):
    rng = np.random.default_rng(sum(sizes))
    g = np.repeat(np.arange(len(sizes)), sizes)
    x = rng.uniform(0, 5000, g.size)
    y = rng.uniform(0, 5000, g.size)
    d, j = core.dscore(x, y, g)
    ref = brute(list(zip(x, y)), g.tolist())
    assert_matches(d, ref)
    for k, size in enumerate(sizes):
        assert (j[g == k] == size).all()
        if size == 1:
            assert np.isnan(d[g == k]).all()  # undefined, not 0


def test_two_firms_same_address_score_one_over_floor():
    d, _ = core.dscore(np.array([10.0, 10.0]), np.array([5.0, 5.0]), floor_m=250.0)
    assert d.tolist() == [4.0, 4.0]  # 1 / 0.25 km


@pytest.mark.parametrize("floor_m", [1.0, 250.0, 1000.0, 5000.0])
def test_floor_variations(floor_m):
    rng = np.random.default_rng(11)
    x = rng.normal(0, 3000, 300)
    y = rng.normal(0, 3000, 300)
    d, _ = core.dscore(x, y, floor_m=floor_m)
    assert_matches(d, brute(list(zip(x, y)), [0] * 300, floor_km=floor_m / 1000))


def test_floor_must_be_positive():
    for bad in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError):
            core.dscore(np.zeros(3), np.arange(3.0), floor_m=bad)


def test_great_circle_matches_haversine():
    rng = np.random.default_rng(5)
    lon = rng.uniform(3.3, 7.2, 300)
    lat = rng.uniform(50.8, 53.5, 300)
    lon[:30] = lon[30]
    lat[:30] = lat[30]
    d, _ = core.dscore(lon, lat, metric="greatcircle")
    assert_matches(d, brute(list(zip(lon, lat)), [0] * 300, distance=haversine_km), rtol=1e-10)


def test_blocks_larger_than_one(monkeypatch):
    monkeypatch.setattr(core, "_BLOCK_ELEMENTS", 1000)  # many small blocks, threads
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 20000, (2, 700))
    d, _ = core.dscore(x, y)
    assert_matches(d, brute(list(zip(x, y)), [0] * 700))


def test_cancel_stops_the_computation():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 20000, (2, 5000))
    with pytest.raises(core.Canceled):
        core.dscore(x, y, is_canceled=lambda: True)


def test_progress_reaches_one():
    seen = []
    core.dscore(np.arange(50.0), np.zeros(50), np.arange(50) % 2, progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0)
    assert all(0 <= a <= b <= 1 + 1e-12 for a, b in zip(seen, seen[1:]))


@pytest.mark.slow
def test_groups_scored_two_at_a_time_equal_one_at_a_time():
    """The fast method with several groups scores two at a time (threads of their own):
    like one group after the other, every D-score within its certificate of the brute
    force; progress that only grows, to 1; a cancel that stops it."""
    rng = np.random.default_rng(8)
    pts = np.round(np.vstack([rng.normal(30000, 3000, (9000, 2)), rng.uniform(0, 60000, (3000, 2))]))
    groups = rng.integers(-1, 5, len(pts))
    seen = []
    together, _, bound = core.dscore(pts[:, 0], pts[:, 1], groups, method="fast", fast_min=0, threads=2,
                                     return_bound=True, progress=seen.append)
    alone, _, alone_bound = core.dscore(pts[:, 0], pts[:, 1], groups, method="fast", fast_min=0, threads=1,
                                        return_bound=True)
    ok = np.isfinite(alone)
    assert (np.isfinite(together) == ok).all() and ok.sum() > 9000
    # each within its certificate (the cells may differ: a worker keeps its own spectra)
    want = brute_d(pts[:, 0], pts[:, 1], groups, 1000.0)
    for got, b in ((together, bound), (alone, alone_bound)):
        assert (np.abs(got[ok] - want[ok]) / want[ok] <= b[ok] * (1 + 1e-9) + 1e-12).all()
    assert seen[-1] == pytest.approx(1.0) and all(a < b for a, b in zip(seen, seen[1:]))
    calls = []
    with pytest.raises(core.Canceled):
        core.dscore(pts[:, 0], pts[:, 1], groups, method="fast", fast_min=0, threads=2,
                    is_canceled=lambda: calls.append(1) or len(calls) > 20)


def test_deciles_within_groups():
    values = np.array([5.0, 1.0, 2.0, 3.0, 4.0, np.nan, 10.0, 20.0, 20.0, 30.0])
    groups = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    dec = core.deciles_within_groups(values, groups)
    # group 0: five values, ranks 0..4 -> 1 + 2k; NaN -> 0
    assert dec[:6].tolist() == [9, 1, 3, 5, 7, 0]
    # group 1: ties share a decile
    assert dec[6:].tolist() == [1, 3, 3, 8]


@pytest.mark.parametrize("seed", range(4))
def test_deciles_within_groups_against_their_definition(seed):
    """Counted per group from the definition: ties, NaN, negative (no) groups, ids beyond
    16 bits."""
    rng = np.random.default_rng(seed)
    n = 3000
    values = np.round(rng.random(n) * 40) / 4  # many ties
    values[rng.random(n) < 0.05] = np.nan
    groups = rng.choice([-1, 0, 3, 7, 70000 if seed % 2 else 12], n)
    dec = core.deciles_within_groups(values, groups)
    for i in range(n):
        if np.isnan(values[i]):
            assert dec[i] == 0
            continue
        same = (groups == groups[i]) & np.isfinite(values)
        lower = int((values[same] < values[i]).sum())
        assert dec[i] == 1 + (10 * lower) // int(same.sum())


def test_deciles_are_equal_sized():
    rng = np.random.default_rng(0)
    dec = core.deciles_within_groups(rng.random(1000))
    assert np.bincount(dec)[1:].tolist() == [100] * 10


@pytest.mark.parametrize("n", [1, 2, 3, 5000])
def test_collapse_duplicates_equals_numpy_unique_on_rows(n):
    rng = np.random.default_rng(n)
    coords = rng.integers(0, 6, (n, 2)).astype(float) * 12.5
    coords[::5, 1] = -0.0  # equal to 0.0
    uniq, inverse, counts = core.collapse_duplicates(coords)
    want_u, want_i, want_c = np.unique(coords, axis=0, return_inverse=True, return_counts=True)
    assert np.array_equal(uniq, want_u)
    assert np.array_equal(inverse, want_i.reshape(-1))
    assert np.array_equal(counts, want_c)
    assert np.array_equal(uniq[inverse], coords)


def test_sector_sizes_count_located_establishments_only():
    """J per establishment: the located members of its group; 0 for a group with none
    located and for no group."""
    x = np.array([0.0, 1000.0, np.nan, 5000.0, np.nan, 7000.0, 9000.0])
    y = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    groups = np.array([4, 4, 4, 9, 2, -1, 9])
    _, n_group = core.dscore(x, y, groups)
    assert n_group.tolist() == [2, 2, 2, 2, 0, 0, 2]
