"""Regions: assigning points to region polygons, location quotients, concentration, mass,
region types and size classes (METHOD.md §3–§5; PBL/CBS, Raspe et al. 2012).

No qgis here: polygons arrive as lists of rings (arrays of x, y vertices).

Assignment rule: a point belongs to at most one region. Inside a region means inside by
the even-odd (crossing-number) rule over all rings of the region, holes included. A point
on the shared edge of two neighbouring regions belongs to exactly one of them (the
half-open crossing rule: points on left and lower edges are inside). A point inside two
overlapping regions goes to the region that comes first in the region layer; such points
are counted."""
import numpy as np

from .canceled import Canceled

_CHUNK = 4_000_000  # point × edge elements per step


def _edges(rings):
    """(x1, y1, x2, y2) of every edge of the closed rings."""
    parts = []
    for ring in rings:
        r = np.asarray(ring, dtype=np.float64).reshape(-1, 2)
        if len(r) < 3:
            continue
        nxt = np.roll(r, -1, axis=0)
        parts.append(np.hstack([r, nxt]))
    if not parts:
        return np.empty((0, 4))
    e = np.vstack(parts)
    return e[(e[:, 1] != e[:, 3])]  # horizontal edges never cross a horizontal ray


def inside(px, py, rings):
    """Boolean: is each point inside the rings (even-odd, half-open)?"""
    e = _edges(rings)
    out = np.zeros(len(px), dtype=bool)
    if len(e) == 0 or len(px) == 0:
        return out
    x1, y1, x2, y2 = (e[:, k][None, :] for k in range(4))
    slope = (x2 - x1) / (y2 - y1)
    step = max(1, _CHUNK // len(e))
    for s in range(0, len(px), step):
        qx = px[s:s + step, None]
        qy = py[s:s + step, None]
        straddle = (y1 > qy) != (y2 > qy)
        cross = straddle & (qx < x1 + (qy - y1) * slope)
        out[s:s + step] = (np.count_nonzero(cross, axis=1) & 1).astype(bool)
    return out


def assign_points(x, y, regions, progress=None, is_canceled=None):
    """Region index (0-based, in the order of `regions`) of every point, -1 outside all.

    regions: a list, per region, of its rings (arrays (k, 2)); an empty list for a region
    without geometry. Points with NaN coordinates are outside. Duplicate coordinates are
    tested once. Returns (index, n_overlap): points inside more than one region."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    result = np.full(len(x), -1, dtype=np.int64)
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.any() or not regions:
        return result, 0
    xy, inverse = np.unique(np.column_stack([x[ok], y[ok]]), axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    order = np.argsort(xy[:, 0], kind="stable")
    sx = xy[order, 0]
    sy = xy[order, 1]
    found = np.full(len(xy), -1, dtype=np.int64)
    hits = np.zeros(len(xy), dtype=np.int32)
    for k, rings in enumerate(regions):
        if is_canceled is not None and k % 16 == 0 and is_canceled():
            raise Canceled()
        if progress is not None and k % 64 == 0:
            progress(k / len(regions))
        vertices = [np.asarray(r, dtype=np.float64).reshape(-1, 2) for r in rings if len(r)]
        if not vertices:
            continue
        allv = np.vstack(vertices)
        xmin, ymin = allv.min(axis=0)
        xmax, ymax = allv.max(axis=0)
        lo = np.searchsorted(sx, xmin, side="left")
        hi = np.searchsorted(sx, xmax, side="right")
        if hi <= lo:
            continue
        cand = np.arange(lo, hi)
        cand = cand[(sy[cand] >= ymin) & (sy[cand] <= ymax)]
        if len(cand) == 0:
            continue
        hit = cand[inside(sx[cand], sy[cand], vertices)]
        idx = order[hit]
        hits[idx] += 1
        first = found[idx] < 0
        found[idx[first]] = k
    if progress is not None:
        progress(1.0)
    result[np.flatnonzero(ok)] = found[inverse]
    n_overlap = int((hits[inverse] > 1).sum())
    return result, n_overlap


def profile(region, n_regions, in_sector, jobs, d=None, basis="establishments", reference=None):
    """Per region: n_sector, n_total, jobs_sector, jobs_total, jobs_share, lq, mean_d.

    region: index per establishment (-1: in no region); in_sector: bool per establishment;
    jobs: per establishment; d: D-scores (NaN undefined) or None. The reference totals
    E(s) and E are those of all establishments given, also those in no region — or, for
    a layer that holds only part of the country, those of `reference`: a dict of national
    totals with the keys n_sector, n_total, jobs_sector, jobs_total.
    LQ(s, r) = (E(s,r) / E(r)) / (E(s) / E) with E counting establishments or jobs (basis).
    Returns a dict of arrays of length n_regions; NaN where a value is undefined."""
    region = np.asarray(region, dtype=np.int64)
    in_sector = np.asarray(in_sector, dtype=bool)
    jobs = np.asarray(jobs, dtype=np.float64)
    where = region >= 0
    r = region[where]
    s = in_sector[where]
    j = jobs[where]
    n_total = np.bincount(r, minlength=n_regions).astype(np.int64)
    n_sector = np.bincount(r[s], minlength=n_regions).astype(np.int64)
    jobs_total = np.bincount(r, weights=j, minlength=n_regions)
    jobs_sector = np.bincount(r[s], weights=j[s], minlength=n_regions)
    national = reference or {"n_sector": in_sector.sum(), "n_total": len(in_sector),
                             "jobs_sector": jobs[in_sector].sum(), "jobs_total": jobs.sum()}
    if basis == "jobs":
        e_sr, e_r, e_s, e = jobs_sector, jobs_total, national["jobs_sector"], national["jobs_total"]
    elif basis == "establishments":
        e_sr, e_r, e_s, e = n_sector, n_total, national["n_sector"], national["n_total"]
    else:
        raise ValueError("basis must be 'establishments' or 'jobs', not %r" % (basis,))
    national_jobs = national["jobs_sector"]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.asarray(e_sr, dtype=np.float64) / np.asarray(e_r, dtype=np.float64)
        lq = share / (e_s / e) if e > 0 and e_s > 0 else np.full(n_regions, np.nan)
        jobs_share = jobs_sector / national_jobs if national_jobs > 0 else np.full(n_regions, np.nan)
    lq = np.where(np.asarray(e_r) > 0, lq, np.nan)
    mean_d = np.full(n_regions, np.nan)
    n_scored = np.zeros(n_regions, dtype=np.int64)
    if d is not None:
        dd = np.asarray(d, dtype=np.float64)[where]
        scored = s & np.isfinite(dd)
        n_scored = np.bincount(r[scored], minlength=n_regions).astype(np.int64)
        sums = np.bincount(r[scored], weights=dd[scored], minlength=n_regions)
        with np.errstate(divide="ignore", invalid="ignore"):
            mean_d = np.where(n_scored > 0, sums / n_scored, np.nan)
    return {"n_sector": n_sector, "n_total": n_total, "jobs_sector": jobs_sector,
            "jobs_total": jobs_total, "jobs_share": jobs_share, "lq": lq, "mean_d": mean_d,
            "n_scored": n_scored}


def region_types(lq, mean_d, jobs_sector, benchmark_mean, large_volume):
    """Type per region: 1–3 as in the reports, 4–6 the other quadrants; 0 where LQ or
    mean D is undefined. Clustered: mean D > benchmark mean; specialised: LQ > 1;
    large volume: sector jobs ≥ large_volume."""
    lq = np.asarray(lq, dtype=np.float64)
    mean_d = np.asarray(mean_d, dtype=np.float64)
    large = np.asarray(jobs_sector, dtype=np.float64) >= large_volume
    clustered = mean_d > benchmark_mean
    special = lq > 1
    t = np.where(clustered,
                 np.where(special, np.where(large, 1, 2), np.where(large, 3, 4)),
                 np.where(special, 5, 6))
    return np.where(np.isfinite(lq) & np.isfinite(mean_d), t, 0).astype(np.int64)


def default_large_volume(jobs_sector, n_sector):
    """Without a set threshold: the median sector jobs of the regions with the sector."""
    v = np.asarray(jobs_sector, dtype=np.float64)[np.asarray(n_sector) > 0]
    return float(np.median(v)) if v.size else 0.0


LARGE_VOLUME_MODES = ("median", "jobs", "share")


def large_volume(mode, value, jobs_sector, n_sector, national_jobs):
    """The "large volume" threshold in sector jobs: the median of the regions with the
    sector ("median"), `value` jobs ("jobs"), or `value` percent of the sector's national
    jobs ("share")."""
    if mode == "median":
        return default_large_volume(jobs_sector, n_sector)
    if mode == "jobs":
        return float(value)
    if mode == "share":
        return float(value) / 100.0 * float(national_jobs)
    raise ValueError("large-volume mode must be one of %s, not %r" % (", ".join(LARGE_VOLUME_MODES), mode))


def small_numbers(n_sector, minimum):
    """Regions whose sector has establishments, but fewer than `minimum`: their LQ and
    type rest on too few firms to be reliable (1 flagged, 0 not)."""
    n = np.asarray(n_sector)
    return ((n > 0) & (n < minimum)).astype(np.int64)


def parse_bounds(text):
    """Class bounds such as "5, 50" → [5.0, 50.0] (strictly increasing, positive)."""
    parts = [p for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        bounds = [float(p) for p in parts]
    except ValueError:
        raise ValueError("class bounds must be numbers separated by commas, not %r" % (text,)) from None
    if not bounds:
        raise ValueError("give at least one class bound")
    if any(b <= 0 for b in bounds) or any(b2 <= b1 for b1, b2 in zip(bounds, bounds[1:])):
        raise ValueError("class bounds must be positive and increasing: %r" % (text,))
    return bounds


def _number(v):
    return ("%g" % v).replace(".", "_")


def class_names(bounds):
    """Field-safe names and readable labels of the classes [0, b1), [b1, b2), … [bk, ∞)."""
    names = ["lt" + _number(bounds[0])]
    labels = ["< %g" % bounds[0]]
    for lo, hi in zip(bounds, bounds[1:]):
        names.append("%s_%s" % (_number(lo), _number(hi)))
        labels.append("%g – < %g" % (lo, hi))
    names.append("ge" + _number(bounds[-1]))
    labels.append("≥ %g" % bounds[-1])
    return names, labels


def size_classes(region, n_regions, jobs, bounds, mask=None):
    """Establishments and jobs per region and size class (class k: bounds[k-1] ≤ jobs <
    bounds[k]). Returns (counts, job sums), arrays (n_regions, len(bounds) + 1)."""
    region = np.asarray(region, dtype=np.int64)
    jobs = np.asarray(jobs, dtype=np.float64)
    use = region >= 0
    if mask is not None:
        use &= np.asarray(mask, dtype=bool)
    k = np.searchsorted(np.asarray(bounds, dtype=np.float64), jobs[use], side="right")
    n_classes = len(bounds) + 1
    flat = region[use] * n_classes + k
    counts = np.bincount(flat, minlength=n_regions * n_classes).reshape(n_regions, n_classes)
    sums = np.bincount(flat, weights=jobs[use], minlength=n_regions * n_classes).reshape(n_regions, n_classes)
    return counts.astype(np.int64), sums
