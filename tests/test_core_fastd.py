"""The fast, certified D-score method against an independent brute force: every
establishment within the tolerance, and the certified bound holding everywhere."""
import numpy as np
import pytest
from oracles import brute_d, within_bound

from clusterindex.algorithms.core import dscore as core
from clusterindex.algorithms.core import fastd


def check(x, y, groups, tol=1e-5, floor_m=1000.0):
    d, _, bound = core.dscore(x, y, groups, floor_m, method="fast", tol=tol, return_bound=True,
                              fast_min=0)
    want = brute_d(x, y, groups, floor_m)
    ok = np.isfinite(want)
    assert (np.isfinite(d) == ok).all()
    rel = np.abs(d[ok] - want[ok]) / want[ok]
    assert rel.max() <= tol
    # the certified bound holds for every establishment and is itself within tol
    assert within_bound(rel, bound[ok])
    assert bound[ok].max() <= tol
    return rel, bound[ok]


@pytest.mark.slow
def test_clustered_with_many_duplicate_coordinates():
    rng = np.random.default_rng(1)
    centres = rng.uniform(0, 150000, (25, 2))
    pts = centres[rng.integers(0, 25, 14000)] + rng.normal(0, 2500, (14000, 2)) * rng.uniform(0.2, 3, (14000, 1))
    pts = np.round(pts / 200) * 200  # postcode-like: many firms share a coordinate
    groups = rng.integers(0, 2, len(pts))
    rel, bound = check(pts[:, 0], pts[:, 1], groups)
    assert (bound > 0).mean() > 0.5  # the fast path did the work


@pytest.mark.slow
def test_very_dense_city_next_to_sparse_country():
    rng = np.random.default_rng(2)
    # 14,000 firms per km²: 12,600 firms on 0.9 km², on a 5 m raster (duplicates)
    city = rng.uniform(0, 950, (12600, 2)) + [60000, 60000]
    city = np.round(city / 5) * 5
    country = rng.uniform(0, 120000, (3000, 2))
    pts = np.vstack([city, country])
    check(pts[:, 0], pts[:, 1], np.zeros(len(pts), dtype=np.int64))


@pytest.mark.slow
def test_one_address_with_thousands_of_firms_next_to_a_sparse_area():
    rng = np.random.default_rng(3)
    tower = np.tile([[31000.0, 42000.0]], (5000, 1))
    sparse = rng.uniform(0, 80000, (9000, 2))
    ring = [31000.0, 42000.0] + rng.normal(0, 1200, (3000, 2))
    pts = np.vstack([tower, sparse, ring])
    check(pts[:, 0], pts[:, 1], np.zeros(len(pts), dtype=np.int64))


@pytest.mark.parametrize("seed", range(4))
def test_random_layouts_floors_and_tolerances(seed):
    """A property test over seeded random layouts, floors and tolerances."""
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(3000, 9000))
    k = int(rng.integers(1, 40))
    centres = rng.uniform(0, rng.uniform(20000, 250000), (k, 2))
    pts = centres[rng.integers(0, k, n)] + rng.normal(0, rng.uniform(100, 8000), (n, 2))
    pts = np.round(pts / rng.choice([1, 10, 100, 500])) * 1.0
    floor_m = float(rng.choice([500.0, 1000.0, 2000.0]))
    tol = float(rng.choice([1e-4, 1e-5, 1e-7]))
    check(pts[:, 0], pts[:, 1], rng.integers(-1, 3, n), tol=tol, floor_m=floor_m)


def test_legendre_bound_of_the_taylor_kernels():
    """The truncated expansion of 1/|R + u| errs by at most ρ^(p+1) / ((1 - ρ)|R|)."""
    rng = np.random.default_rng(4)
    for _ in range(200):
        R = rng.uniform(-20, 20, 2)  # noqa: N806 (R and u: the notation of the bound)
        if np.hypot(*R) < 4:
            continue
        u = rng.uniform(-1, 1, 2) * 1.4
        p = int(rng.integers(0, 9))
        a = fastd.taylor_kernels(np.array([R[0]]), np.array([R[1]]), p)
        approx = sum(v[0] * u[0] ** n[0] * u[1] ** n[1] for n, v in a.items())
        true = 1.0 / np.hypot(*(R + u))
        rho = np.hypot(*u) / np.hypot(*R)
        assert abs(approx - true) <= rho ** (p + 1) / ((1 - rho) * np.hypot(*R)) * (1 + 1e-9) + 1e-15


def test_fast_method_is_cancelled_promptly():
    rng = np.random.default_rng(5)
    pts = rng.uniform(0, 50000, (5000, 2))
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(core.Canceled):
        core.dscore(pts[:, 0], pts[:, 1], method="fast", fast_min=0, is_canceled=cancel)


def test_geographic_coordinates_are_always_exact():
    rng = np.random.default_rng(6)
    lon, lat = rng.uniform(4, 6, 300), rng.uniform(51, 53, 300)
    d_fast, _, bound = core.dscore(lon, lat, metric="greatcircle", method="fast", fast_min=0,
                                   return_bound=True)
    d_exact, _ = core.dscore(lon, lat, metric="greatcircle")
    assert (bound == 0).all() and np.array_equal(d_fast, d_exact)


@pytest.mark.parametrize("floor_m", [150.0, 300.0, 5000.0])
def test_floors_below_the_cell_diagonal_and_far_above_it(floor_m):
    """With d0 below the 250 m cell's diagonal, pairs inside one cell are mid pairs."""
    rng = np.random.default_rng(7)
    pts = np.vstack([rng.normal([20000, 20000], 400, (3000, 2)), rng.uniform(0, 60000, (3000, 2))])
    pts = np.round(pts / 20) * 20
    check(pts[:, 0], pts[:, 1], np.zeros(len(pts), dtype=np.int64), floor_m=floor_m)


def test_one_thread_and_two_threads_agree():
    """The threads split the mid rows and the transforms; only the order of additions
    may differ."""
    rng = np.random.default_rng(8)
    pts = np.vstack([rng.normal([15000, 15000], 600, (4000, 2)), rng.uniform(0, 40000, (2000, 2))])
    pts = np.unique(np.round(pts / 10) * 10, axis=0)
    w = rng.integers(1, 5, len(pts)).astype(float)
    one = fastd.fast_sums(pts[:, 0], pts[:, 1], w, 1000.0, threads=1)
    two = fastd.fast_sums(pts[:, 0], pts[:, 1], w, 1000.0, threads=2)
    assert np.allclose(one[0], two[0], rtol=1e-12, atol=0)
    assert np.allclose(one[1], two[1], rtol=1e-9, atol=0)


@pytest.mark.slow
def test_a_stray_point_thousands_of_kilometres_away_makes_the_cells_larger():
    """A geocoding error far away must not blow the far-field transform up: the cells
    grow (bounded memory) and every score stays certified."""
    rng = np.random.default_rng(9)
    pts = np.vstack([rng.normal([100000, 400000], 3000, (3000, 2)), [[-2500000.0, 3000000.0]]])
    extent = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    assert fastd.grid_scale(extent, 1000.0, 250.0, 2) >= 8
    rel, _ = check(pts[:, 0], pts[:, 1], np.zeros(len(pts), dtype=np.int64))
    assert rel.max() < 1e-5


def test_a_large_floor_makes_the_cells_larger():
    rng = np.random.default_rng(10)
    pts = rng.uniform(0, 200000, (3000, 2))
    assert fastd.grid_scale((0, 0, 200000, 200000), 20000.0, 250.0, 2) == 16
    check(pts[:, 0], pts[:, 1], np.zeros(len(pts), dtype=np.int64), floor_m=20000.0)


# -- the cell scale chosen per population (cost model) --------------------------------------
def test_a_sparse_population_takes_larger_cells_and_a_dense_one_small_cells():
    """The far-field transform of a sparse population spread over a country costs more
    than its few mid pairs: its cells grow; a dense cluster, whose mid pairs cost most,
    keeps small cells (at most twice the smallest: its pairs are summed as blocks)."""
    rng = np.random.default_rng(21)
    extent = (0.0, 0.0, 270000.0, 310000.0)
    sparse = rng.uniform(0, 270000, (2000, 2))
    w = np.ones(len(sparse))
    assert fastd.choose_scale(sparse[:, 0], sparse[:, 1], [(1, w)], extent, 1000.0) >= 8
    dense = rng.normal(135000, 2000, (60000, 2))
    assert fastd.choose_scale(dense[:, 0], dense[:, 1], [(1, np.ones(len(dense)))], extent, 1000.0) <= 2


def test_the_estimated_mid_pairs_follow_the_pairs_summed():
    """The cost model's pair count (coarse cells) is within a small factor of the mid pairs
    the method sums, at every scale: else it would choose scales blindly."""
    rng = np.random.default_rng(22)
    pts = np.vstack([rng.normal(40000, 6000, (15000, 2)), rng.uniform(0, 100000, (5000, 2))])
    extent = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    for scale in (1, 2 ** 0.5, 2, 4):
        layout = fastd._layout(extent, 1000.0, 250.0, 2, 3000.0, scale)
        estimate = fastd._estimated_pairs_of(pts[:, 0], pts[:, 1], [None], extent, layout[1], layout[2])[0]
        _, _, info = fastd.fast_sums(pts[:, 0], pts[:, 1], np.ones(len(pts)), 1000.0, extent=extent, order=2,
                                     scale=scale)
        assert info["scale"] == scale
        assert 1.0 <= estimate / info["mid_pairs"] <= 4.0


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1, 2 ** 0.5, 2, 8])
def test_certified_at_every_scale(scale):
    """Whatever scale the cost model picks, every sum is within its certified bound (the
    brute force), for both kernels."""
    rng = np.random.default_rng(23)
    pts = np.vstack([rng.normal(30000, 2500, (9000, 2)), rng.uniform(0, 90000, (4000, 2))])
    pts = np.round(pts / 50) * 50
    pts, w = np.unique(pts, axis=0, return_counts=True)
    w = w.astype(np.float64)
    sums, bounds, info = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], [(1, w), (2, w)], 1000.0, scale=scale)
    assert info["scale"] == scale
    for k, power in enumerate((1, 2)):
        d = np.maximum(np.hypot(pts[:, None, 0] - pts[None, :, 0], pts[:, None, 1] - pts[None, :, 1]), 1000.0)
        want = (w[None, :] / d ** power).sum(axis=1)
        assert (np.abs(sums[k] - want) <= bounds[k] * (1 + 1e-9) + 1e-15 * want).all()


def test_a_failure_in_the_far_field_reaches_the_caller():
    """The far field runs on a thread of its own beside the mid pairs: a cancel seen only
    there still stops the call with Canceled, and no thread is left behind."""
    import threading

    from clusterindex.algorithms.core.canceled import Canceled
    rng = np.random.default_rng(24)
    pts = rng.uniform(0, 60000, (20000, 2))
    far_thread = []

    def canceled_on_the_far_thread():
        if threading.current_thread().name == fastd.FAR_FIELD_THREAD:
            far_thread.append(threading.current_thread())
            return True
        return False

    before = threading.active_count()
    with pytest.raises(Canceled):
        fastd.fast_sums(pts[:, 0], pts[:, 1], np.ones(len(pts)), 1000.0, is_canceled=canceled_on_the_far_thread,
                        threads=1, scale=1)
    assert far_thread
    assert threading.active_count() == before
