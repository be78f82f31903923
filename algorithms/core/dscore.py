"""Exact cluster index ("D-score") per establishment.

    D_i = 1/(J-1) * sum_{j in s, j != i} 1 / max(d_ij, d0)      (d in km)

(PBL/CBS, Raspe et al. 2012, appendix 1; Sorenson & Audia 2000; Scholl & Brenner
2011). Establishments sharing a coordinate are collapsed into one weighted point, so
the cost is O(U^2) in the number U of distinct coordinates, evaluated in blocks that
never hold more than a few million distances: no N x N matrix is ever built.

Coordinates are either planar metres (``metric="euclidean"``) or longitude/latitude
in degrees (``metric="greatcircle"``: great-circle distance on a sphere of the mean
earth radius, as in Scholl & Brenner 2011). Degrees are never treated as metres.
"""
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from . import fastd
from .canceled import Canceled

EARTH_RADIUS_M = 6371008.8  # IUGG mean earth radius
METRICS = ("euclidean", "greatcircle")
METHODS = ("fast", "exact")
# below this many distinct locations exact sums are cheaper than the fast method
FAST_MIN_DISTINCT = 12000
_BLOCK_ELEMENTS = 1 << 21  # distances per block: 16 MB of float64




def collapse_duplicates(coords):
    """Distinct rows of ``coords`` (n x k), sorted by the first column, then the next;
    the row index of each input; and counts."""
    coords = np.asarray(coords, dtype=np.float64)
    n = coords.shape[0]
    if n == 0:
        return coords.copy(), np.zeros(0, dtype=np.int64), np.zeros(0)
    order = np.lexsort(coords.T[::-1])
    ordered = coords[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.any(ordered[1:] != ordered[:-1], axis=1, out=new[1:])
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    return ordered[starts], inverse, np.diff(np.append(starts, n)).astype(np.float64)


def to_unit_vectors(lon_deg, lat_deg):
    """Longitude/latitude in degrees as 3-D unit vectors (n x 3)."""
    lon = np.radians(np.asarray(lon_deg, dtype=np.float64))
    lat = np.radians(np.asarray(lat_deg, dtype=np.float64))
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def _inverse_distance_sums(points, weights, floor_m, metric, targets=None):
    """For each target row: sum_v weights[v] / max(dist(target, points[v]), floor_m).

    ``points`` are planar metres (n x 2) or unit vectors (n x 3, great circle)."""
    targets = points if targets is None else targets
    distances = floored_distances(points, targets, floor_m, metric)
    np.reciprocal(distances, out=distances)
    return distances @ weights


def floored_distances(points, targets, floor_m, metric):
    """max(distance, d0) in metres, targets × points (planar metres, or unit vectors for
    great-circle distance)."""
    diff2 = np.zeros((targets.shape[0], points.shape[0]))
    tmp = np.empty_like(diff2)
    for k in range(points.shape[1]):
        np.subtract(targets[:, k, None], points[None, :, k], out=tmp)
        tmp *= tmp
        diff2 += tmp
    if metric == "euclidean":
        np.maximum(diff2, floor_m * floor_m, out=diff2)
        np.sqrt(diff2, out=diff2)
    else:
        # chord length c = sqrt(diff2); great-circle distance = 2 R asin(c / 2)
        np.sqrt(diff2, out=diff2)
        diff2 *= 0.5
        np.minimum(diff2, 1.0, out=diff2)
        np.arcsin(diff2, out=diff2)
        diff2 *= 2.0 * EARTH_RADIUS_M
        np.maximum(diff2, floor_m, out=diff2)
    return diff2


def _prepare_points(x, y, metric):
    if metric == "euclidean":
        return np.column_stack((x, y)).astype(np.float64)
    if metric == "greatcircle":
        return to_unit_vectors(x, y)
    raise ValueError("unknown metric %r; use one of %s" % (metric, ", ".join(METRICS)))


def group_inverse_sums(x, y, floor_m, metric="euclidean", progress=None, is_canceled=None,
                       threads=2, method="exact", tol=1e-5, cache=None, extent=None,
                       fast_min=FAST_MIN_DISTINCT):
    """Per establishment: sum over all establishments of the group (itself included)
    of 1 / max(d, floor_m), d in metres. Returns (sums, absolute error bound, number
    of distinct coordinates, method used). The fast method (planar coordinates, at
    least fast_min distinct locations) certifies every sum: where its bound exceeds
    tol relative to the sum over the others, that sum is computed exactly."""
    pts_all = _prepare_points(x, y, metric)
    # collapse on the input coordinates (exact duplicates), not on derived vectors
    _, inverse, counts = collapse_duplicates(np.column_stack((x, y)))
    first = np.zeros(counts.shape[0], dtype=np.int64)
    first[inverse[::-1]] = np.arange(inverse.shape[0])[::-1]
    pts = pts_all[first]
    u = pts.shape[0]
    if method == "fast" and metric == "euclidean" and u >= fast_min:
        sums, bound = _fast_certified(pts, counts, floor_m, tol, progress, is_canceled, threads,
                                      cache, extent)
        return sums[inverse], bound[inverse], u, "fast"
    sums = _exact_sums(pts, counts, floor_m, metric, pts, progress, is_canceled, threads)
    return sums[inverse], np.zeros(inverse.shape[0]), u, "exact"


def _exact_sums(pts, counts, floor_m, metric, targets, progress, is_canceled, threads):
    u = targets.shape[0]
    block = max(1, _BLOCK_ELEMENTS // max(pts.shape[0], 1))
    starts = list(range(0, u, block))
    sums = np.empty(u)

    def work(start):
        if is_canceled is not None and is_canceled():
            return start, None
        stop = min(start + block, u)
        return start, _inverse_distance_sums(pts, counts, floor_m, metric, targets[start:stop])

    return run_blocks(starts, work, sums, progress, is_canceled, threads)


def run_blocks(starts, work, out, progress, is_canceled, threads):
    """Run work(start) → (start, block of results, or None when canceled) for every start
    on `threads` threads, each block written into out[start:…]; progress after each block;
    raises Canceled. Returns out."""
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        for done, (start, part) in enumerate(pool.map(work, starts), 1):
            if part is None or (is_canceled is not None and is_canceled()):
                raise Canceled()
            out[start:start + part.shape[0]] = part
            if progress is not None:
                progress(done / len(starts))
    return out


def _fast_certified(pts, counts, floor_m, tol, progress, is_canceled, threads, cache, extent):
    """Fast sums; those whose certified relative bound exceeds tol are made exact."""
    def part(lo, hi):
        return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))
    sums, bound, _ = fastd.fast_sums(pts[:, 0], pts[:, 1], counts, floor_m, tol=tol,
                                     threads=threads, progress=part(0.0, 0.9),
                                     is_canceled=is_canceled, cache=cache, extent=extent)
    others = sums - 1.0 / floor_m
    with np.errstate(divide="ignore", invalid="ignore"):
        ok = bound <= tol * (others - bound)
    fail = np.flatnonzero(~ok)
    if fail.size:
        sums[fail] = _exact_sums(pts, counts, floor_m, "euclidean", pts[fail], part(0.9, 1.0),
                                 is_canceled, threads)
        bound[fail] = 0.0
    return sums, bound


def _checked_arguments(x, y, floor_m, method, tol):
    """x and y as float arrays, after checking every argument."""
    if method not in METHODS:
        raise ValueError("unknown method %r; use one of %s" % (method, ", ".join(METHODS)))
    if not 0 < tol < 1:
        raise ValueError("the tolerance must lie between 0 and 1, not %r" % (tol,))
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("x and y must be 1-D arrays of equal length")
    if not floor_m > 0 or not np.isfinite(floor_m):
        raise ValueError("the distance floor must be a positive number of metres, not %r" % (floor_m,))
    return x, y


def _members_by_group(groups, valid, n_group):
    """The groups' ids and sizes, the valid indices sorted by group and the bounds of
    each group in them; fills n_group (J of each establishment's group)."""
    present = groups[valid]
    if present.size and int(present.max()) - int(present.min()) < (1 << 20):  # the usual few ids: counted
        j_count = np.bincount(present - present.min())
        gid = np.flatnonzero(j_count) + present.min()
        j_count = j_count[j_count > 0]
    else:
        gid, j_count = np.unique(present, return_counts=True)
    has_group = groups >= 0
    # J of each row's group (0 for a group without a located establishment)
    at = np.searchsorted(gid, groups[has_group])
    found = at < gid.shape[0]
    found[found] = gid[at[found]] == groups[has_group][found]
    n_group[has_group] = np.where(found, j_count[np.minimum(at, max(gid.shape[0] - 1, 0))] if gid.size else 0, 0)
    idx_valid = np.flatnonzero(valid)[group_order(groups[valid])]
    return gid, j_count, idx_valid, np.concatenate(([0], np.cumsum(j_count)))


def dscore(x, y, groups=None, floor_m=1000.0, metric="euclidean", progress=None,
           is_canceled=None, threads=2, method="exact", tol=1e-5, return_bound=False,
           fast_min=FAST_MIN_DISTINCT):
    """Exact D-scores (1/km) for establishments at (x, y).

    x, y    planar coordinates in metres, or longitude/latitude in degrees when
            metric="greatcircle". NaN marks an establishment without a location.
    groups  integer sector id per establishment (negative: no sector), or None for
            one population.
    method  "exact" (float64 sums over all pairs) or "fast" (planar coordinates only:
            grid, exact near and mid pairs, Taylor far field; every value certified to
            a relative error ≤ tol, else computed exactly). Geographic coordinates
            and small sectors always use exact sums.
    Returns (d, n_group): d is NaN where undefined (no location, no sector, or a
    sector with a single located establishment); n_group is the number J of located
    establishments in the establishment's sector (0 where it has no sector). With
    return_bound, also the certified relative error bound of each d (0 when exact,
    NaN where d is NaN).
    """
    x, y = _checked_arguments(x, y, floor_m, method, tol)
    n = x.shape[0]
    groups = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
    located = np.isfinite(x) & np.isfinite(y)
    valid = located & (groups >= 0)
    d = np.full(n, np.nan)
    rel_bound = np.full(n, np.nan)
    n_group = np.zeros(n, dtype=np.int64)
    if not valid.any():
        return (d, n_group, rel_bound) if return_bound else (d, n_group)
    # one grid for every sector: the far field's kernel spectra are made once (per worker)
    extent = (x[valid].min(), y[valid].min(), x[valid].max(), y[valid].max())
    gid, j_count, idx_valid, bounds = _members_by_group(groups, valid, n_group)
    progress_of = _GroupProgress(np.array(j_count, dtype=np.float64) ** 2, progress)
    caches = {}

    def score(k, group_threads):
        members = idx_valid[bounds[k]:bounds[k + 1]]
        j = members.shape[0]
        if j >= 2:
            cache = caches.setdefault(threading.get_ident(), {})
            sums, bound, _, _ = group_inverse_sums(x[members], y[members], floor_m, metric, progress_of.part(k),
                                                   is_canceled, group_threads, method, tol, cache, extent, fast_min)
            # remove the establishment itself (distance 0, floored to d0); km units
            others = sums - 1.0 / floor_m
            d[members] = others * 1000.0 / (j - 1)
            with np.errstate(divide="ignore", invalid="ignore"):
                rel_bound[members] = np.where(bound > 0, bound / (others - bound), 0.0)
        progress_of.part(k)(1.0)

    _score_groups(score, j_count, threads, method)
    return (d, n_group, rel_bound) if return_bound else (d, n_group)


def _score_groups(score, j_count, threads, method):
    """score(k, threads) for every group k. The fast method with several groups: two at a
    time on threads of their own, the largest first, each on one thread (the serial parts
    of one, its Python and its set-up, overlap the other's sums: the national run by
    section keeps both cores busier); else one after the other with every thread."""
    if method != "fast" or threads < 2 or len(j_count) < 2:
        for k in range(len(j_count)):
            score(k, threads)
        return
    order = np.argsort(-np.asarray(j_count), kind="stable").tolist()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(score, k, max(1, threads // 2)) for k in order]
        try:
            for future in futures:
                future.result()
        except BaseException:
            for future in futures:  # the groups not begun are not begun: the error (a cancel) is raised now
                future.cancel()
            raise


class _GroupProgress:
    """The progress of groups scored in any order: each group's share (its cost) times its
    fraction done, reported only when the total grows."""

    def __init__(self, cost, progress):
        self.cost, self.total, self.progress = cost, float(cost.sum()) or 1.0, progress
        self.fraction = np.zeros(len(cost))
        self.last = 0.0
        self.lock = threading.Lock()

    def part(self, k):
        def report(f):
            if self.progress is None:
                return
            with self.lock:
                self.fraction[k] = max(self.fraction[k], min(max(f, 0.0), 1.0))
                now = float((self.fraction * self.cost).sum()) / self.total
                if now <= self.last:
                    return
                self.last = now
            self.progress(now)
        return report


def group_order(groups):
    """The stable order of integer group ids: by radix sort when they fit 16 bits (the
    usual few sectors: several times faster than a comparison sort of int64)."""
    groups = np.asarray(groups)
    if groups.size and groups.min() >= -(1 << 15) and groups.max() < (1 << 15):
        groups = groups.astype(np.int16)
    return np.argsort(groups, kind="stable")


def deciles_within_groups(values, groups=None):
    """Decile 1..10 of each value within its group, 0 where the value is NaN.

    decile = 1 + floor(10 * (number of values in the group strictly lower) / n),
    n the number of non-NaN values in the group: equal values share a decile, the
    lowest value is in decile 1, and each decile holds about a tenth of the group.
    One sort by value, then a stable one by group: in that order the values strictly
    lower in the group are those before the first of its equal values."""
    values = np.asarray(values, dtype=np.float64)
    groups = np.zeros(values.shape[0], dtype=np.int64) if groups is None else np.asarray(groups)
    out = np.zeros(values.shape[0], dtype=np.int64)
    idx = np.flatnonzero(np.isfinite(values))
    if not idx.size:
        return out
    idx = idx[np.argsort(values[idx], kind="stable")]
    idx = idx[group_order(groups[idx])]
    g, v = groups[idx], values[idx]
    new_group = np.ones(idx.size, dtype=bool)
    new_group[1:] = g[1:] != g[:-1]
    new_value = new_group.copy()
    new_value[1:] |= v[1:] != v[:-1]
    group_start = np.maximum.accumulate(np.where(new_group, np.arange(idx.size), 0))
    value_start = np.maximum.accumulate(np.where(new_value, np.arange(idx.size), 0))
    starts = np.flatnonzero(new_group)
    size = np.diff(np.append(starts, idx.size))[np.cumsum(new_group) - 1]
    out[idx] = 1 + (10 * (value_start - group_start)) // size
    return out
