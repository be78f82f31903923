"""Significance of the D-score by random labelling (core, no QGIS): the expected value and
variance against an independent brute force and against Monte Carlo random labelling, the
fast certified Σk² (Chebyshev bound) against exact sums, Benjamini–Hochberg against an
independent implementation, and reproducible Monte Carlo p-values."""
import itertools
import math

import numpy as np
import pytest
from oracles import bh_adjusted, brute_d, labelling_draws, within_bound
from oracles import random_labelling as brute_labelling

from clusterindex.algorithms.core import fastd
from clusterindex.algorithms.core import significance as sig


def layout(seed, n=160, spread=3000.0, snap=250.0):
    """Clustered establishments on shared coordinates ("postcodes"), in metres."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 40000, (4, 2))
    pts = centres[rng.integers(0, 4, n)] + rng.normal(0, spread, (n, 2))
    return np.round(pts / snap) * snap, rng


# -- the expansion of 1/r² and its bound ---------------------------------------------------
def test_chebyshev_bound_of_the_taylor_kernels_of_the_inverse_square():
    """The truncated expansion of 1/|R + u|² errs by at most
    ρ^(p+1) (p + 2 − (p+1)ρ) / ((1 − ρ)² |R|²)."""
    rng = np.random.default_rng(4)
    checked = 0
    for _ in range(400):
        R = rng.uniform(-20, 20, 2)  # noqa: N806 (R and u: the notation of the bound)
        if np.hypot(*R) < 3:
            continue
        u = rng.uniform(-1, 1, 2) * 1.4
        p = int(rng.integers(0, 12))
        a = fastd.taylor_kernels(np.array([R[0]]), np.array([R[1]]), p, power=2)
        approx = sum(v[0] * u[0] ** n[0] * u[1] ** n[1] for n, v in a.items())
        true = 1.0 / float(np.sum((R + u) ** 2))
        r, rho = np.hypot(*R), np.hypot(*u) / np.hypot(*R)
        bound = rho ** (p + 1) * (p + 2 - (p + 1) * rho) / ((1 - rho) ** 2 * r * r)
        assert abs(approx - true) <= bound * (1 + 1e-9) + 1e-15
        assert fastd.truncation_bound(rho, r, p, power=2) == pytest.approx(bound, rel=1e-14)
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("p", [0, 1, 4, 9])
def test_the_chebyshev_bound_is_attained_towards_the_source(p):
    """u pointing from R back to the source (θ = 0): every term of the series is positive
    and the remainder equals the bound."""
    R = np.array([6.0, 8.0])  # noqa: N806
    u = -0.3 * R / 10 * 1.2
    a = fastd.taylor_kernels(np.array([R[0]]), np.array([R[1]]), p, power=2)
    approx = sum(v[0] * u[0] ** n[0] * u[1] ** n[1] for n, v in a.items())
    true = 1.0 / float(np.sum((R + u) ** 2))
    assert true - approx == pytest.approx(fastd.truncation_bound(0.036, 10.0, p, power=2), rel=1e-7)


def test_orders_and_a_priori_bounds():
    rho = math.sqrt(2.0) / 6
    for power in (1, 2):
        p = fastd.choose_order(rho, 1e-5, power=power)
        assert fastd.apriori_bound(rho, p, power) <= 0.5e-5 < fastd.apriori_bound(rho, p - 1, power)
    assert fastd.choose_order(rho, 1e-5, power=2) > fastd.choose_order(rho, 1e-5, power=1)
    with pytest.raises(ValueError):
        fastd.fast_kernel_sums(np.zeros(3), np.arange(3.0), [(3, np.ones(3))], 1000.0)


def brute_kernel_sums(pts, w, power, floor_m):
    out = np.empty(len(pts))
    for s in range(0, len(pts), 500):
        d = np.hypot(pts[s:s + 500, None, 0] - pts[None, :, 0], pts[s:s + 500, None, 1] - pts[None, :, 1])
        out[s:s + 500] = (1.0 / np.maximum(d, floor_m) ** power) @ w
    return out


@pytest.mark.parametrize("floor_m, tol", [(1000.0, 1e-5), (300.0, 1e-7), (2000.0, 1e-4)])
def test_fast_kernel_sums_of_both_powers_hold_their_bounds(floor_m, tol):
    """Several channels (kernel power, weights) in one pass: every sum within its certified
    bound, at the targets also when only they are asked for."""
    rng = np.random.default_rng(int(floor_m))
    centres = rng.uniform(0, 60000, (12, 2))
    pts = centres[rng.integers(0, 12, 5000)] + rng.normal(0, 2000, (5000, 2)) * rng.uniform(0.2, 3, (5000, 1))
    pts = np.unique(np.round(pts / 100) * 100, axis=0)
    w_all = rng.integers(1, 6, len(pts)).astype(float)
    w_part = (rng.random(len(pts)) < 0.3) * rng.integers(1, 3, len(pts))
    channels = [(1, w_part), (1, w_all), (2, w_all), (2, w_part)]
    want = [brute_kernel_sums(pts, w, power, floor_m) for power, w in channels]
    targets = w_part > 0
    for mask in (None, targets):
        # the smallest cells (the cost model takes no far field for so few points): the
        # expansions at work; float64 rounding of the exact sums aside (1e-13 relative)
        sums, bounds, info = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], channels, floor_m, tol=tol, targets=mask,
                                                    scale=1)
        keep = np.ones(len(pts), bool) if mask is None else mask
        for (power, _), s, b, exact in zip(channels, sums, bounds, want):
            err = np.abs(s - exact)[keep]
            assert (err <= b[keep] * (1 + 1e-9) + 1e-13 * exact[keep]).all(), (power, (err / b[keep]).max())
            assert (b[keep] > 0).any()
    assert info["orders"][2] >= info["orders"][1]


# -- the formulas against the brute force --------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_expected_value_variance_and_z_against_brute_force(seed):
    pts, rng = layout(seed)
    sector = rng.random(len(pts)) < 0.3
    control = rng.random(len(pts)) < 0.6
    out = sig.random_labelling(pts[:, 0], pts[:, 1], sector, control, method="exact", monte_carlo="never")
    want = brute_labelling([tuple(p) for p in pts], sector.tolist(), control.tolist())
    assert out.j == int(sector.sum()) and out.n == int((sector | control).sum())
    for i, ref in want.items():
        assert out.d[i] == pytest.approx(ref["d"], rel=1e-11)
        assert out.expected[i] == pytest.approx(ref["mu"], rel=1e-11)
        assert out.sigma2[i] == pytest.approx(ref["sigma2"], rel=1e-9)
        assert out.variance[i] == pytest.approx(ref["var"], rel=1e-9)
        assert out.z[i] == pytest.approx(ref["z"], rel=1e-8, abs=1e-9)
        assert out.p[i] == pytest.approx(ref["p"], rel=1e-7, abs=1e-12)
        assert out.ratio[i] == pytest.approx(ref["ratio"], rel=1e-11)
    assert np.isnan(out.d[~sector]).all() and not out.significant[~sector].any()
    # the D-score is the plain D-score within the sector
    d = brute_d(pts[:, 0], pts[:, 1], np.where(sector, 0, -1))
    assert np.allclose(out.d[sector], d[sector], rtol=1e-12)


def test_great_circle_distances():
    rng = np.random.default_rng(5)
    lon, lat = rng.uniform(4, 6, 120), rng.uniform(51, 53, 120)
    lon[:20], lat[:20] = lon[20], lat[20]
    from oracles import haversine_km
    sector = np.arange(120) % 3 == 0
    out = sig.random_labelling(lon, lat, sector, None, metric="greatcircle", method="fast", monte_carlo="never",
                               fast_min=0)
    want = brute_labelling(list(zip(lon, lat)), sector.tolist(), [True] * 120, distance=haversine_km)
    assert out.method == "exact"
    for i, ref in want.items():
        assert out.expected[i] == pytest.approx(ref["mu"], rel=1e-9)
        assert out.variance[i] == pytest.approx(ref["var"], rel=1e-7)


@pytest.mark.parametrize("floor_m", [1000.0, 500.0])
def test_expected_value_and_variance_against_monte_carlo_random_labelling(floor_m):
    """The mean and variance of D_i over many random labellings (J−1 of the N−1 others,
    without replacement) match μ_i and Var(D_i) within sampling error: the finite
    population correction (N−J)/(N−2) included. Both samplers: numpy's permutation (the
    oracle's) and the plugin's own."""
    pts, rng = layout(11, n=70, spread=4000.0)
    sector = np.zeros(len(pts), bool)
    sector[:14] = True
    out = sig.random_labelling(pts[:, 0], pts[:, 1], sector, None, floor_m=floor_m, method="exact",
                               monte_carlo="never")
    points = [tuple(p) for p in pts]
    draws = 20000
    for i in (0, 5, 13):
        others = [m for m in range(len(pts)) if m != i]
        oracle = labelling_draws(points, i, others, 13, draws, rng, floor_km=floor_m / 1000.0)
        own = sig._mean_kernels(sig.core._prepare_points(pts[:, 0], pts[:, 1], "euclidean"), i,
                                np.array(others)[sig._draw_others(rng, len(others), 13, draws)], floor_m, "euclidean")
        for sims in (oracle, own):
            se_mean = math.sqrt(out.variance[i] / draws)
            assert abs(sims.mean() - out.expected[i]) <= 4.5 * se_mean
            dev2 = (sims - sims.mean()) ** 2
            se_var = math.sqrt(dev2.var() / draws)
            assert abs(sims.var() - out.variance[i]) <= 4.5 * se_var, (sims.var(), out.variance[i], se_var)


# -- fast against exact -------------------------------------------------------------------
def _smallest_cells(x, y, channels, extent, floor_m, h=250.0, ratio=2, *args, **kwargs):
    """choose_scale's stand-in: the smallest cells, one level (the far field at work)."""
    return fastd.grid_scale(extent, floor_m, h, ratio), False


@pytest.mark.parametrize("cells", ["chosen", "smallest"])
@pytest.mark.parametrize("seed", range(3))
def test_fast_method_within_its_certified_bound_on_clustered_duplicate_heavy_layouts(seed, cells, monkeypatch):
    """With the cells the cost model chooses (for these few thousand points often no far
    field at all) and with the smallest cells, where the far field does the work."""
    if cells == "smallest":
        monkeypatch.setattr(fastd, "choose_scale", _smallest_cells)
    rng = np.random.default_rng(200 + seed)
    n = int(rng.integers(5000, 9000))
    k = int(rng.integers(3, 30))
    centres = rng.uniform(0, rng.uniform(30000, 200000), (k, 2))
    pts = centres[rng.integers(0, k, n)] + rng.normal(0, rng.uniform(200, 6000), (n, 2))
    snap = float(rng.choice([10, 100, 250]))
    pts = np.round(pts / snap) * snap
    pts[: n // 20] = pts[n // 20]  # one address with many establishments
    floor_m = float(rng.choice([500.0, 1000.0, 2000.0]))
    tol = float(rng.choice([1e-4, 1e-5, 1e-7]))
    sector = rng.random(n) < rng.uniform(0.1, 0.5)
    control = rng.random(n) < 0.5
    fast = sig.random_labelling(pts[:, 0], pts[:, 1], sector, control, floor_m=floor_m, tol=tol,
                                monte_carlo="never", fast_min=0)
    exact = sig.random_labelling(pts[:, 0], pts[:, 1], sector, control, floor_m=floor_m, method="exact",
                                 monte_carlo="never")
    assert fast.method == "fast" and exact.method == "exact"
    s = sector
    assert fast.bound[s].max() <= tol and (cells == "chosen" or (fast.bound[s] > 0).mean() > 0.5)
    for f, e in ((fast.d, exact.d), (fast.expected, exact.expected),
                 (fast.sigma2 + fast.expected ** 2, exact.sigma2 + exact.expected ** 2)):
        rel = np.abs(f[s] - e[s]) / e[s]
        # the bound certifies the sums over the others; rounding of the formulas aside
        assert within_bound(rel, fast.bound[s] * (1 + 1e-6) + 1e-12)
    assert np.nanmax(np.abs(fast.z[s] - exact.z[s])) < 1e-3


# -- Benjamini–Hochberg ---------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(5))
def test_benjamini_hochberg_against_adjusted_p_values(seed):
    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(0, 1, 200), rng.uniform(0, 0.002, 30), np.full(5, 0.01)])
    p = np.round(p, 3)  # ties
    p[rng.integers(0, len(p), 10)] = np.nan  # not tested
    alpha = float(rng.choice([0.01, 0.05, 0.1]))
    got = sig.benjamini_hochberg(p, alpha)
    tested = np.flatnonzero(np.isfinite(p))
    q = bh_adjusted(p[tested].tolist())
    want = np.zeros(len(p), bool)
    want[tested] = np.array(q) <= alpha
    assert (got == want).all()
    assert not got[~np.isfinite(p)].any()


def test_benjamini_hochberg_small_cases():
    assert sig.benjamini_hochberg([0.01, 0.04, 0.03], 0.05).tolist() == [True, True, True]
    assert sig.benjamini_hochberg([0.01, 0.06, 0.04], 0.05).tolist() == [True, False, False]
    assert sig.benjamini_hochberg([], 0.05).tolist() == []


# -- Monte Carlo -----------------------------------------------------------------------------
def small_sector():
    pts, rng = layout(21, n=90, spread=2500.0)
    sector = np.zeros(len(pts), bool)
    sector[rng.choice(len(pts), 12, replace=False)] = True
    return pts, sector


def test_monte_carlo_p_values_are_reproducible_with_the_seed():
    pts, sector = small_sector()
    runs = [sig.random_labelling(pts[:, 0], pts[:, 1], sector, None, draws=99, seed=s) for s in (7, 7, 8)]
    assert runs[0].monte_carlo[sector].all() and not runs[0].monte_carlo[~sector].any()
    assert np.array_equal(runs[0].p, runs[1].p, equal_nan=True)
    assert not np.array_equal(runs[0].p[sector], runs[2].p[sector])
    grid = runs[0].p[sector] * 100
    assert np.allclose(grid, np.round(grid)) and (grid >= 1).all() and (grid <= 100).all()
    # the modes: never gives the normal approximation, always the Monte Carlo test
    never = sig.random_labelling(pts[:, 0], pts[:, 1], sector, None, monte_carlo="never")
    assert not never.monte_carlo.any() and np.allclose(never.p[sector], sig.normal_p(never.z[sector]))
    auto_big = sig.random_labelling(pts[:, 0], pts[:, 1], sector, None, small_j=5)
    assert not auto_big.monte_carlo.any()


def test_monte_carlo_p_values_against_the_exact_permutation_distribution():
    """Ten establishments, a sector of four: the 84 draws of three of the nine others
    enumerated give each establishment's exact p-value P(D_sim ≥ D); the Monte Carlo
    p-value with many draws lies within its sampling error."""
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 6000, (10, 2))
    sector = np.array([True] * 4 + [False] * 6)
    rows = np.flatnonzero(sector)
    d = sig.random_labelling(pts[:, 0], pts[:, 1], sector, None, method="exact", monte_carlo="never").d
    draws = 4999
    p = sig.monte_carlo_p(pts[:, 0], pts[:, 1], rows, np.arange(10), d[rows], draws=draws, seed=1)
    for k, i in enumerate(rows):
        others = [m for m in range(10) if m != i]
        kern = {m: 1.0 / max(math.hypot(*(pts[i] - pts[m])) / 1000.0, 1.0) for m in others}
        sims = [sum(kern[m] for m in c) / 3 for c in itertools.combinations(others, 3)]
        exact = sum(s >= d[i] * (1 - 1e-12) for s in sims) / len(sims)
        assert abs(p[k] - (1 + exact * draws) / (draws + 1)) <= 4 * math.sqrt(exact * (1 - exact) / draws) + 1e-9


def test_draws_without_replacement_are_uniform_over_subsets():
    rng = np.random.default_rng(0)
    for population, size in ((7, 2), (12, 3), (5, 4)):
        rows = sig._draw_others(rng, population, size, 30000)
        assert (np.sort(rows, axis=1)[:, 1:] != np.sort(rows, axis=1)[:, :-1]).all()
        counts = {}
        for r in map(tuple, np.sort(rows, axis=1).tolist()):
            counts[r] = counts.get(r, 0) + 1
        expected = 30000 / math.comb(population, size)
        assert len(counts) == math.comb(population, size)
        chi2 = sum((c - expected) ** 2 / expected for c in counts.values())
        dof = len(counts) - 1
        assert chi2 < dof + 5 * math.sqrt(2 * dof)


def test_sector_level_test():
    pts, rng = layout(31, n=400, spread=2000.0)
    clustered = np.zeros(len(pts), bool)
    clustered[np.argsort(np.hypot(*(pts - pts[0]).T))[:40]] = True  # the 40 nearest of one place
    random_sector = np.zeros(len(pts), bool)
    random_sector[rng.choice(len(pts), 40, replace=False)] = True
    a = sig.sector_test(pts[:, 0], pts[:, 1], clustered, None, draws=49, seed=3)
    b = sig.sector_test(pts[:, 0], pts[:, 1], clustered, None, draws=49, seed=3)
    assert a == b and a["p"] == pytest.approx(1 / 50) and a["j"] == 40 and a["n"] == 400
    d = brute_d(pts[:, 0], pts[:, 1], np.where(clustered, 0, -1))
    assert a["mean_d"] == pytest.approx(np.nanmean(d), rel=1e-12)
    # the null mean: the mean kernel over all ordered pairs of the control population
    k = 1.0 / np.maximum(np.hypot(pts[:, None, 0] - pts[None, :, 0], pts[:, None, 1] - pts[None, :, 1]) / 1000, 1.0)
    np.fill_diagonal(k, 0.0)
    expected = k.sum() / (400 * 399)
    c = sig.sector_test(pts[:, 0], pts[:, 1], random_sector, None, draws=199, seed=4)
    assert abs(c["null_mean"] - expected) <= 4.5 * c["null_sd"] / math.sqrt(199)
    assert 0.0 < c["p"] <= 1.0


# -- edge cases and validation -----------------------------------------------------------------
def test_undefined_and_untestable_establishments():
    x = np.array([0.0, 500.0, 3000.0, np.nan, 8000.0])
    y = np.zeros(5)
    one = sig.random_labelling(x, y, np.array([1, 0, 0, 0, 0], bool))
    assert one.j == 1 and np.isnan(one.d).all() and not one.significant.any()
    everyone = sig.random_labelling(x, y, np.array([1, 1, 1, 1, 1], bool), None, monte_carlo="never")
    assert everyone.j == everyone.n == 4  # the one without a location is in neither
    assert np.isfinite(everyone.d[[0, 1, 2, 4]]).all() and np.isnan(everyone.d[3])
    assert np.isnan(everyone.p).all()  # S = C: D is determined, no test
    mc = sig.random_labelling(x, y, np.array([1, 1, 1, 1, 1], bool), None)
    assert np.isnan(mc.p).all()
    same_place = sig.random_labelling(np.zeros(6), np.zeros(6), np.array([1, 1, 1, 0, 0, 0], bool), None,
                                      monte_carlo="never")
    assert np.allclose(same_place.d[:3], 1.0) and np.isnan(same_place.z[:3]).all()


@pytest.mark.parametrize("kwargs", [{"method": "quick"}, {"tol": 0.0}, {"floor_m": 0.0}, {"alpha": 1.5},
                                    {"monte_carlo": "sometimes"}, {"draws": 0}, {"metric": "manhattan"}])
def test_bad_arguments_are_refused(kwargs):
    x = np.arange(5.0) * 1000
    with pytest.raises(ValueError):
        sig.random_labelling(x, np.zeros(5), np.array([1, 1, 0, 0, 0], bool), **kwargs)


def test_cancel_stops_the_computation():
    pts, rng = layout(41, n=3000)
    with pytest.raises(sig.Canceled):
        sig.random_labelling(pts[:, 0], pts[:, 1], rng.random(3000) < 0.5, None, fast_min=0,
                             is_canceled=lambda: True)
