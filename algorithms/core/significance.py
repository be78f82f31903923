"""Significance of the D-score by random labelling (beyond the reports: METHOD.md §12;
Scholl & Brenner compare the index with random draws from the population).

Sector S (J located establishments) within a control population C ⊇ S (N located
establishments). Null hypothesis (random labelling): the locations are fixed and the labels
exchangeable, so the J−1 other establishments of S are a random draw without replacement
from the N−1 other establishments of C. With k_ij = 1/max(d_ij, d0), d in km:

    D_i      = Σ_{j∈S, j≠i} k_ij / (J−1)                 the D-score
    μ_i      = Σ_{j∈C, j≠i} k_ij / (N−1)                 E[D_i]: i's D-score within C
    σ_i²     = Σ_{j∈C, j≠i} k_ij² / (N−1) − μ_i²         variance of one draw
    Var(D_i) = σ_i²/(J−1) · (N−J)/(N−2)                  the mean of J−1 draws without replacement
    z_i      = (D_i − μ_i) / √Var(D_i),   p_i = 1 − Φ(z_i)   (one-sided: more clustered)
    ratio_i  = D_i / μ_i

Multiple testing: Benjamini & Hochberg (1995) at α over the sector. Where J is small the
normal approximation is poor (D_i is the mean of a few draws from a skewed kernel): the
Monte Carlo p-value (1 + #{D_sim ≥ D_i}) / (R + 1) of R seeded draws is used instead.

The three kernel sums per location (Σ_S k, Σ_C k, Σ_C k²) come from one pass of the fast
certified method (fastd.fast_kernel_sums: exact near field and mid pairs, Taylor far field
of 1/r and 1/r² with the Legendre and Chebyshev bounds) or from exact sums in blocks;
every fast sum whose certified bound exceeds the tolerance, relative to the sum over the
others, is recomputed exactly. numpy and scipy only.
"""
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr

from . import dscore as core
from . import fastd
from .canceled import Canceled

MONTE_CARLO_MODES = ("auto", "always", "never")
_BLOCK_ELEMENTS = 1 << 21  # kernel values per block: 16 MB of float64
_TIE = 1e-12  # relative slack for rounding when a simulated D equals the observed one


@dataclass
class Labelling:
    """The test of every establishment: arrays over all input rows (NaN, or False, outside
    the sector and where undefined), and the sector's J and N."""
    d: np.ndarray            # D-score within the sector (1/km)
    expected: np.ndarray     # μ: the D-score within the control population
    sigma2: np.ndarray       # σ²: variance of one draw (1/km²)
    variance: np.ndarray     # Var(D_i) under the null
    z: np.ndarray
    p: np.ndarray            # one-sided p-value (normal approximation or Monte Carlo)
    ratio: np.ndarray        # D / μ
    significant: np.ndarray  # Benjamini–Hochberg at alpha over the sector (bool)
    monte_carlo: np.ndarray  # whether p is the Monte Carlo p-value (bool)
    bound: np.ndarray        # certified relative error bound of the sums (0: exact)
    j: int
    n: int
    method: str


def benjamini_hochberg(p, alpha=0.05):
    """Rejections of the Benjamini–Hochberg (1995) step-up procedure at level alpha over
    the finite p-values (NaN: not tested, never rejected): the k smallest, k the largest
    rank with p_(k) ≤ k·alpha/m."""
    p = np.asarray(p, dtype=np.float64)
    out = np.zeros(p.shape[0], dtype=bool)
    tested = np.flatnonzero(np.isfinite(p))
    m = tested.shape[0]
    if m == 0:
        return out
    order = tested[np.argsort(p[tested], kind="stable")]
    below = np.flatnonzero(p[order] <= alpha * np.arange(1, m + 1) / m)
    if below.size:
        out[order[:below[-1] + 1]] = True
    return out


def monte_carlo_cost(j, draws):
    """Kernel evaluations of the per-establishment Monte Carlo test of a sector of J."""
    return float(j) * float(draws) * float(max(j - 1, 0))


def random_labelling(x, y, in_sector, in_control=None, floor_m=1000.0, metric="euclidean", method="fast",
                     tol=1e-5, alpha=0.05, monte_carlo="auto", draws=99, seed=2012, small_j=30,
                     progress=None, is_canceled=None, threads=2, fast_min=core.FAST_MIN_DISTINCT):
    """The random-labelling test of every establishment of a sector (see the module).

    x, y        planar metres, or longitude/latitude in degrees (metric "greatcircle");
                NaN: no location (not in S or C).
    in_sector   bool per row: the sector S. in_control: bool per row, the control
                population C (S is added to it); None: every located row.
    method      "fast" (certified to tol, projected coordinates) or "exact".
    monte_carlo "auto" (Monte Carlo p-values when J < small_j), "always" or "never";
                draws R and seed for it.
    Returns a Labelling."""
    x, y = core._checked_arguments(x, y, floor_m, method, tol)
    if monte_carlo not in MONTE_CARLO_MODES:
        raise ValueError("unknown Monte Carlo mode %r; use one of %s" % (monte_carlo, ", ".join(MONTE_CARLO_MODES)))
    if not 0 < alpha < 1:
        raise ValueError("alpha must lie between 0 and 1, not %r" % (alpha,))
    if int(draws) < 1:
        raise ValueError("the number of draws must be at least 1, not %r" % (draws,))
    sector, control = _populations(x, y, in_sector, in_control)
    j, n = int(sector.sum()), int(control.sum())
    shape = x.shape[0]
    out = Labelling(*(np.full(shape, np.nan) for _ in range(7)), np.zeros(shape, dtype=bool),
                    np.zeros(shape, dtype=bool), np.full(shape, np.nan), j, n, "exact")
    if j < 2:
        return out
    use_mc = monte_carlo == "always" or (monte_carlo == "auto" and j < small_j)
    sums_span = (0.0, 0.7 if use_mc else 1.0)
    sums, bound, out.method = _kernel_sums(x, y, sector, control, floor_m, metric, method, tol,
                                           _part(progress, *sums_span), is_canceled, threads, fast_min)
    _statistics(out, sector, sums, bound, floor_m)
    if use_mc:
        rows = np.flatnonzero(sector)
        out.p[rows] = monte_carlo_p(x, y, rows, np.flatnonzero(control), out.d[rows], floor_m, metric, draws,
                                    seed, out.bound[rows], _part(progress, 0.7, 1.0), is_canceled)
        out.monte_carlo[rows] = True
    out.significant = benjamini_hochberg(out.p, alpha)
    return out


def _populations(x, y, in_sector, in_control):
    """The located rows of S and of C ∪ S."""
    located = np.isfinite(x) & np.isfinite(y)
    sector = np.asarray(in_sector, dtype=bool)
    if sector.shape != x.shape:
        raise ValueError("in_sector must have one value per establishment")
    control = located.copy() if in_control is None else np.asarray(in_control, dtype=bool)
    if control.shape != x.shape:
        raise ValueError("in_control must have one value per establishment")
    return sector & located, (control | sector) & located


def _part(progress, lo, hi):
    return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))


def _statistics(out, sector, sums, bound, floor_m):
    """D, μ, σ², Var, z, p and the ratio from the kernel sums (1/m, 1/m²) of each sector row."""
    j, n = out.j, out.n
    rows = np.flatnonzero(sector)
    own_s, own_c, own_c2 = (sums[:, 0] - 1.0 / floor_m, sums[:, 1] - 1.0 / floor_m,
                            sums[:, 2] - 1.0 / (floor_m * floor_m))
    d = own_s * 1000.0 / (j - 1)
    mu = own_c * 1000.0 / (n - 1)
    second = own_c2 * 1e6 / (n - 1)
    sigma2 = np.maximum(second - mu * mu, 0.0)
    variance = sigma2 / (j - 1) * ((n - j) / (n - 2) if n > j else 0.0)
    # σ² below its own error (certified bounds and rounding) is taken as 0, as is J = N:
    # D is then determined under the null and no test is made (z and p NaN)
    noise = (np.maximum(bound, 0.0) * 4.0 + 1e-12) * (second + mu * mu)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where((sigma2 > noise) & (n > j), (d - mu) / np.sqrt(variance), np.nan)
        ratio = np.where(mu > 0, d / mu, np.nan)
    out.d[rows], out.expected[rows], out.sigma2[rows], out.variance[rows] = d, mu, sigma2, variance
    out.z[rows], out.p[rows], out.ratio[rows], out.bound[rows] = z, ndtr(-z), ratio, bound


# -- the kernel sums ---------------------------------------------------------------------
def _kernel_sums(x, y, sector, control, floor_m, metric, method, tol, progress, is_canceled, threads, fast_min):
    """Per sector row: (Σ_S k, Σ_C k, Σ_C k²) in 1/m and 1/m² (itself included, at distance
    0 floored to d0), the certified relative bound of the three, and the method used. The
    sums are made per distinct location of C."""
    cx, cy = x[control], y[control]
    # distinct locations (sorted by x, then y: as core.collapse_duplicates, one sort of complex keys)
    _, inverse, counts = np.unique(cx + 1j * cy, return_inverse=True, return_counts=True)
    inverse, counts = inverse.reshape(-1), counts.astype(np.float64)
    first = np.zeros(counts.shape[0], dtype=np.int64)
    first[inverse[::-1]] = np.arange(inverse.shape[0])[::-1]
    pts = core._prepare_points(cx, cy, metric)[first]
    w_s = np.bincount(inverse, weights=sector[control].astype(np.float64), minlength=counts.shape[0])
    targets = np.flatnonzero(w_s > 0)
    weights = np.column_stack((w_s, counts))
    fast = method == "fast" and metric == "euclidean" and targets.shape[0] * counts.shape[0] >= fast_min * fast_min
    if fast:
        sums, bound = _fast_sums(pts, weights, targets, floor_m, tol, progress, is_canceled, threads)
    else:
        sums = _exact_sums(pts, weights, pts[targets], floor_m, metric, progress, is_canceled, threads)
        bound = np.zeros(targets.shape[0])
    slot = np.full(counts.shape[0], -1, dtype=np.int64)
    slot[targets] = np.arange(targets.shape[0])
    where = slot[inverse[sector[control]]]
    return sums[where], bound[where], "fast" if fast else "exact"


def _fast_sums(pts, weights, targets, floor_m, tol, progress, is_canceled, threads):
    """The three sums at the target locations by the fast method, certified: where a bound
    exceeds tol relative to the sum over the others, the sums are made exactly."""
    mask = np.zeros(pts.shape[0], dtype=bool)
    mask[targets] = True
    w_s, w_c = weights[:, 0].copy(), weights[:, 1].copy()
    sums, bounds, _ = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], [(1, w_s), (1, w_c), (2, w_c)], floor_m,
                                             tol=tol, threads=threads, progress=_part(progress, 0.0, 0.9),
                                             is_canceled=is_canceled, targets=mask)
    sums = np.column_stack([s[targets] for s in sums])
    bounds = np.column_stack([b[targets] for b in bounds])
    own = np.array([1.0 / floor_m, 1.0 / floor_m, 1.0 / (floor_m * floor_m)])
    others = sums - own
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(bounds > 0, bounds / (others - bounds), 0.0)
        ok = (bounds <= tol * (others - bounds)).all(axis=1)
    fail = np.flatnonzero(~ok)
    if fail.size:
        sums[fail] = _exact_sums(pts, weights, pts[targets[fail]], floor_m, "euclidean",
                                 _part(progress, 0.9, 1.0), is_canceled, threads)
        rel[fail] = 0.0
    return sums, rel.max(axis=1)


def _exact_sums(points, weights, targets, floor_m, metric, progress, is_canceled, threads):
    """(Σ w_S k, Σ w_C k, Σ w_C k²) over all points for each target row, in blocks."""
    u = targets.shape[0]
    block = max(1, _BLOCK_ELEMENTS // max(points.shape[0], 1))
    starts = list(range(0, u, block))
    sums = np.empty((u, 3))

    def work(start):
        if is_canceled is not None and is_canceled():
            return start, None
        k = np.reciprocal(core.floored_distances(points, targets[start:start + block], floor_m, metric))
        first = k @ weights
        k *= k
        return start, np.column_stack((first, k @ weights[:, 1]))

    return core.run_blocks(starts, work, sums, progress, is_canceled, threads)


# -- Monte Carlo ---------------------------------------------------------------------------
def monte_carlo_p(x, y, rows, control_rows, observed, floor_m=1000.0, metric="euclidean", draws=99, seed=2012,
                  rel_bound=None, progress=None, is_canceled=None):
    """Monte Carlo p-values of random labelling for the establishments `rows` (indices of
    x, y), each one of the control population `control_rows` (indices; J = len(rows)):
    R = draws times, J−1 others drawn without replacement from the N−1 others of the
    control population, their mean kernel D_sim; p = (1 + #{D_sim ≥ observed}) / (R + 1).
    Reproducible: one generator seeded with `seed`, consumed establishment by establishment
    in the order of `rows`. A simulated D within the observed D's certified relative bound
    (rel_bound) counts as at least as large (conservative)."""
    rows, control_rows = np.asarray(rows, dtype=np.int64), np.asarray(control_rows, dtype=np.int64)
    observed = np.asarray(observed, dtype=np.float64)
    j, n = rows.shape[0], control_rows.shape[0]
    if j < 2 or n <= j:
        return np.full(j, np.nan)
    pts = core._prepare_points(x[control_rows], y[control_rows], metric)
    position = np.searchsorted(control_rows, rows) if np.all(np.diff(control_rows) > 0) else \
        np.array([np.flatnonzero(control_rows == r)[0] for r in rows.tolist()])
    slack = np.zeros(j) if rel_bound is None else np.nan_to_num(np.asarray(rel_bound, dtype=np.float64))
    threshold = observed * (1.0 - slack - _TIE)
    rng = np.random.default_rng(seed)
    p = np.empty(j)
    for k in range(j):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        others = _draw_others(rng, n - 1, j - 1, draws)
        others += others >= position[k]  # skip the establishment itself
        sim = _mean_kernels(pts, position[k], others, floor_m, metric)
        p[k] = (1.0 + np.count_nonzero(sim >= threshold[k])) / (draws + 1.0)
        if progress is not None:
            progress((k + 1) / j)
    return p


def _draw_others(rng, population, size, draws):
    """draws × size indices, each row a draw without replacement from range(population)."""
    if size > population // 3:
        keys = rng.random((draws, population))
        return np.argpartition(keys, size - 1, axis=1)[:, :size] if size < population else \
            np.tile(np.arange(population), (draws, 1))
    out = np.sort(rng.integers(0, population, size=(draws, size)), axis=1)
    while True:
        dup = np.zeros(out.shape, dtype=bool)
        dup[:, 1:] = out[:, 1:] == out[:, :-1]
        if not dup.any():
            return out
        # a repeated value is drawn again: by symmetry the final set is a uniform draw
        out[dup] = rng.integers(0, population, size=int(dup.sum()))
        out.sort(axis=1)


def _mean_kernels(pts, i, others, floor_m, metric):
    """Mean of 1/max(d, d0) (1/km) from point i to each row of indices, row by row in blocks."""
    out = np.empty(others.shape[0])
    per = max(1, _BLOCK_ELEMENTS // max(others.shape[1], 1))
    for s in range(0, others.shape[0], per):
        block = others[s:s + per]
        d = core.floored_distances(pts[block.ravel()], pts[i:i + 1], floor_m, metric).reshape(block.shape)
        out[s:s + per] = np.reciprocal(d).mean(axis=1) * 1000.0
    return out


def sector_test(x, y, in_sector, in_control=None, floor_m=1000.0, metric="euclidean", method="fast", tol=1e-5,
                draws=99, seed=2012, progress=None, is_canceled=None, threads=2, fast_min=core.FAST_MIN_DISTINCT):
    """The sector's mean D-score against the mean D-score of R = draws random subsets of J
    establishments of the control population C ∪ S (random labelling of the whole sector).
    Returns {"mean_d", "null_mean", "null_sd", "p", "j", "n", "draws"}: p = (1 + #{mean_sim ≥ mean_d})
    / (R + 1), NaN when J < 2 or S = C. Each mean is certified to tol (a simulated mean
    within the bounds of the observed one counts as at least as large)."""
    x, y = core._checked_arguments(x, y, floor_m, method, tol)
    sector, control = _populations(x, y, in_sector, in_control)
    j, n = int(sector.sum()), int(control.sum())
    result = {"mean_d": np.nan, "null_mean": np.nan, "null_sd": np.nan, "p": np.nan, "j": j, "n": n,
              "draws": int(draws)}
    if j < 2:
        return result
    members = np.flatnonzero(control)
    extent = (x[members].min(), y[members].min(), x[members].max(), y[members].max())
    cache = {}

    def mean_of(rows, part):
        sums, bound, _, _ = core.group_inverse_sums(x[rows], y[rows], floor_m, metric, part, is_canceled, threads,
                                                    method, tol, cache, extent, fast_min)
        others = sums - 1.0 / floor_m
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.where(bound > 0, bound / (others - bound), 0.0)
        return float(others.mean() * 1000.0 / (j - 1)), float(rel.max())

    observed, obs_bound = mean_of(np.flatnonzero(sector), _part(progress, 0.0, 1.0 / (draws + 1)))
    result["mean_d"] = observed
    if j == n:
        return result
    rng = np.random.default_rng(seed)
    sims, at_least = [], 0
    for r in range(int(draws)):
        rows = np.sort(rng.choice(members, size=j, replace=False))
        sim, sim_bound = mean_of(rows, _part(progress, (r + 1) / (draws + 1), (r + 2) / (draws + 1)))
        sims.append(sim)
        at_least += sim * (1.0 + sim_bound) >= observed * (1.0 - obs_bound - _TIE)
    result["null_mean"], result["null_sd"] = float(np.mean(sims)), float(np.std(sims))
    result["p"] = (1.0 + at_least) / (draws + 1.0)
    return result


def sqrt_or_nan(values):
    """√ of the non-negative values, NaN elsewhere (the standard deviation of D under the null)."""
    values = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return np.where(values >= 0, np.sqrt(np.maximum(values, 0.0)), np.nan)


def normal_p(z):
    """One-sided p-value 1 − Φ(z) of the normal approximation."""
    return ndtr(-np.asarray(z, dtype=np.float64))


