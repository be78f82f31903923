"""Independent reference computations for the tests and for tools/bench.py.

Each is written straight from the formula or rule it checks (METHOD.md, the reports), in
plain Python, numpy or pandas, and shares no code with the plugin: nothing here imports
clusterindex. An oracle that agrees with the plugin by sharing its code proves nothing.

    D_i = 1/(J-1) * sum_{j in s, j != i} 1 / max(d_ij, d0)      (d in km)
"""
import math

import numpy as np

EARTH_RADIUS_KM = 6371.0088  # IUGG mean earth radius


# -- distances ---------------------------------------------------------------------------
def planar_km(a, b):
    """Straight-line distance in km between two (x, y) points in metres."""
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 1000.0


def haversine_km(a, b):
    """Great-circle distance in km between two (longitude, latitude) points in degrees."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# -- D-scores ------------------------------------------------------------------------------
def dscores(points, sectors, floor_km=1.0, distance=planar_km):
    """Brute force, plain Python loops over every pair. points: list of (x, y) or None;
    sectors: list of keys or None. Returns a list of D-scores, None where undefined (no
    location, no sector, alone in its sector)."""
    out = []
    for i, (p, s) in enumerate(zip(points, sectors)):
        if p is None or s is None:
            out.append(None)
            continue
        others = [q for j, (q, t) in enumerate(zip(points, sectors))
                  if j != i and q is not None and t == s]
        if not others:
            out.append(None)
            continue
        out.append(sum(1.0 / max(distance(p, q), floor_km) for q in others) / len(others))
    return out


def brute_d(x, y, groups, floor_m=1000.0):
    """Brute force with numpy, in chunks of full distance rows: D-scores (1/km) within each
    group (negative: none) of planar coordinates in metres; NaN where undefined."""
    d = np.full(len(x), np.nan)
    for g in np.unique(groups[groups >= 0]):
        idx = np.flatnonzero(groups == g)
        px, py = x[idx], y[idx]
        for s in range(0, len(idx), 500):
            dist = np.hypot(px[s:s + 500, None] - px[None, :], py[s:s + 500, None] - py[None, :]) / 1000.0
            k = 1.0 / np.maximum(dist, floor_m / 1000.0)
            # drop the establishment itself: its own column
            k[np.arange(k.shape[0]), np.arange(s, s + k.shape[0])] = 0.0
            d[idx[s:s + 500]] = k.sum(axis=1) / (len(idx) - 1)
    return d


def brute_sample(px, py, targets, floor_m=1000.0):
    """D-scores (1/km) of the establishments `targets` (indices) against every
    establishment at (px, py), planar metres: for checking a sample of a large population."""
    out = np.empty(len(targets))
    for s in range(0, len(targets), 50):
        t = targets[s:s + 50]
        dist = np.hypot(px[t, None] - px[None, :], py[t, None] - py[None, :])
        k = 1.0 / np.maximum(dist, floor_m)
        # every row holds the establishment itself once, at distance 0: 1 / floor_m
        out[s:s + 50] = (k.sum(axis=1) - 1.0 / floor_m) * 1000.0 / (len(px) - 1)
    return out


def within_bound(rel, bound):
    """Whether every relative error is within its certified bound (float64 slack)."""
    return bool((np.asarray(rel) <= np.asarray(bound) * (1 + 1e-9) + 1e-13).all())


# -- statistics ----------------------------------------------------------------------------
def percentile_type7(values, p):
    """Linear interpolation between order statistics (Hyndman & Fan type 7)."""
    v = sorted(values)
    h = (len(v) - 1) * p / 100
    lo = math.floor(h)
    return v[lo] + (h - lo) * (v[min(lo + 1, len(v) - 1)] - v[lo])


# -- regions -------------------------------------------------------------------------------
def grid_region(x, y, x0, y0, size, nx=2, ny=2):
    """The region of a point on a grid of nx × ny squares of `size` from (x0, y0), named
    R1 … by row (R1 lower left, R2 to its right): the half-open rule, a point on a shared
    edge belongs to the square above or to the right of it; None outside or without a
    location."""
    if x is None:
        return None
    i, j = math.floor((x - x0) / size), math.floor((y - y0) / size)
    if 0 <= i < nx and 0 <= j < ny:
        return "R%d" % (1 + i + nx * j)
    return None


def assign_even_odd(points, regions):
    """(region index per point, -1 for none; number of points inside more than one
    region) with matplotlib's C++ point-in-polygon test: a point is in a region when it
    is inside an odd number of its rings; inside several regions, the first counts.
    points: (n, 2) array; regions: lists of (m, 2) ring arrays."""
    from matplotlib.path import Path
    points = np.asarray(points, dtype=float)
    want = np.full(len(points), -1)
    hits = np.zeros(len(points), dtype=int)
    for k in reversed(range(len(regions))):
        inside = np.zeros(len(points), dtype=bool)
        for ring in regions[k]:
            inside ^= Path(ring).contains_points(points)
        want[inside] = k
        hits += inside
    return want, int((hits > 1).sum())


def frame_of(rows, region_of, in_sector, floor_km=1.0):
    """One pandas row per establishment of layer rows (geometry, id, sbi, jobs): id, sbi,
    jobs (NULL counts as 1), x, y, region (region_of(x, y); None without a location),
    sector (in_sector(sbi)) and d, its brute-force D-score within the sector."""
    import pandas as pd
    df = pd.DataFrame({"id": [r[1] for r in rows], "sbi": [r[2] for r in rows],
                       "jobs": [1 if r[3] is None else r[3] for r in rows],
                       "x": [None if r[0] is None else r[0][0] for r in rows],
                       "y": [None if r[0] is None else r[0][1] for r in rows]})
    df["region"] = [region_of(*(r[0] or (None, None))) for r in rows]
    df["sector"] = [bool(in_sector(s)) for s in df.sbi]
    df["d"] = dscores([r[0] for r in rows], [1 if s else None for s in df.sector], floor_km)
    return df


def expected_profile(df, basis="establishments"):
    """The regional profile with pandas. df: one row per establishment with the columns
    region (None/NaN: in no region), sector (bool), jobs and d (D-score; NaN or None
    where none). E(s) and E are the whole frame's, also its establishments in no region.
    Returns per region (index): e_r, e_sr, lq, n_sector, n_total, jobs_sector,
    jobs_share, mean_d (missing D-scores left out)."""
    import pandas as pd
    w = df.jobs if basis == "jobs" else pd.Series(1.0, index=df.index)
    df = df.assign(w=w)
    e, e_s = df.w.sum(), df[df.sector].w.sum()
    by = df.dropna(subset=["region"]).groupby("region")
    in_sector = df.dropna(subset=["region"]).assign(ws=lambda f: f.w.where(f.sector, 0.0),
                                                    js=lambda f: f.jobs.where(f.sector, 0.0),
                                                    ds=lambda f: f.d.astype(float).where(f.sector))
    by_s = in_sector.groupby("region")
    out = pd.DataFrame({"e_r": by.w.sum(), "e_sr": by_s.ws.sum()})
    out["lq"] = (out.e_sr / out.e_r) / (e_s / e)
    out["n_sector"] = by.sector.sum()
    out["n_total"] = by.size()
    out["jobs_sector"] = by_s.js.sum()
    out["jobs_share"] = out.jobs_sector / df[df.sector].jobs.sum()
    out["mean_d"] = by_s.ds.mean()
    return out


def size_classes(frame, bounds, labels):
    """Establishments per region (rows) and size class of jobs (columns `labels`) with
    pandas: the classes [0, b1), [b1, b2) … [bn, ∞), a bound belonging to the class above
    it. frame: columns region (None: in no region) and jobs."""
    import pandas as pd
    df = frame.dropna(subset=["region"]).copy()
    df["cls"] = pd.cut(df.jobs, [0] + list(bounds) + [np.inf], right=False, labels=labels)
    return df.groupby(["region", "cls"], observed=False).size().unstack(fill_value=0)


def geos_count(region, points, request=None):
    """Points of the QGIS layer `points` that GEOS says intersect the QgsGeometry
    `region`, one by one (QGIS's geometry engine, not the plugin's assignment)."""
    from qgis.core import QgsFeatureRequest, QgsGeometry
    request = request or QgsFeatureRequest().setFilterRect(region.boundingBox())
    return sum(region.intersects(QgsGeometry(f.geometry())) for f in points.getFeatures(request))


# -- change between two years (METHOD.md §10) ------------------------------------------------
def expected_growth(t0, t1, weight="jobs", years=None):
    """Growth and shift-share per region with pandas, straight from the definitions.
    t0, t1: one row per establishment with the columns region (None/NaN: in no region),
    sector (bool) and jobs. E counts jobs or establishments (weight); E_s and E are the
    whole frames'. Returns per region (index: the regions of either year): e0, e1,
    growth, annual, g_s, g, relative, national_share, industry_mix, regional_shift (NaN
    where e0 = 0)."""
    import pandas as pd

    def totals(df):
        w = df.jobs.astype(float) if weight == "jobs" else pd.Series(1.0, index=df.index)
        df = df.assign(w=w)
        in_region = df.dropna(subset=["region"])
        e_rs = in_region[in_region.sector].groupby("region").w.sum()
        return e_rs, df[df.sector].w.sum(), df.w.sum()
    e_rs0, e_s0, e0 = totals(t0)
    e_rs1, e_s1, e1 = totals(t1)
    regions = sorted(set(t0.region.dropna()) | set(t1.region.dropna()))
    out = pd.DataFrame({"e0": e_rs0.reindex(regions, fill_value=0.0), "e1": e_rs1.reindex(regions, fill_value=0.0)})
    g_s, g = e_s1 / e_s0 - 1, e1 / e0 - 1
    defined = out.e0 > 0
    out["growth"] = (out.e1 / out.e0.where(defined) - 1)
    out["annual"] = (1 + out.growth) ** (1 / years) - 1 if years else np.nan
    out["g_s"], out["g"] = g_s, g
    out["relative"] = out.growth - g_s
    out["national_share"] = (out.e0 * g).where(defined)
    out["industry_mix"] = (out.e0 * (g_s - g)).where(defined)
    out["regional_shift"] = (out.e0 * (out.growth - g_s)).where(defined)
    return out


def expected_demography(t0, t1, move_m):
    """Births, deaths, movers and stayers with a pandas merge on the id. t0, t1: one row
    per establishment with id (unique, not NULL), x, y (metres; NaN: no location),
    region, sector (bool) and jobs. Returns (per id: status at t0 and t1, distance),
    per region (index) the counts n_births … and jobs_births …, jobs_stayers_t0/_t1."""
    import pandas as pd
    m = t0.merge(t1, on="id", how="outer", suffixes=("0", "1"), indicator=True)
    m["moved"] = np.hypot(m.x1 - m.x0, m.y1 - m.y0)
    both = m._merge == "both"
    m["status"] = np.where(m._merge == "left_only", "death", np.where(
        m._merge == "right_only", "birth", np.where(both & (m.moved > move_m), "mover", "stayer")))
    def yes(v):
        return pd.notna(v) and bool(v)
    rows = []
    for _, r in m.iterrows():
        s = r.status
        if s in ("birth", "mover", "stayer") and yes(r.sector1) and pd.notna(r.region1):
            key = {"birth": "births", "mover": "movers_in", "stayer": "stayers"}[s]
            rows.append((r.region1, "n_" + key, 1.0))
            rows.append((r.region1, "jobs_" + key + ("_t1" if s == "stayer" else ""), r.jobs1))
            if s == "stayer":
                rows.append((r.region1, "jobs_stayers_t0", r.jobs0))
        if s in ("death", "mover") and yes(r.sector0) and pd.notna(r.region0):
            key = {"death": "deaths", "mover": "movers_out"}[s]
            rows.append((r.region0, "n_" + key, 1.0))
            rows.append((r.region0, "jobs_" + key, r.jobs0))
    counts = pd.DataFrame(rows, columns=["region", "what", "value"]).pivot_table(
        index="region", columns="what", values="value", aggfunc="sum", fill_value=0.0)
    return m.set_index("id")[["status", "moved"]], counts


# -- variety (METHOD.md §11; Frenken, Van Oort & Verburg 2007) --------------------------------
def expected_variety(frame):
    """TV, UV and RV per region with pandas, each from its own definition (RV as the
    share-weighted entropy within groups, not as TV − UV). frame: one row per
    establishment with region (None: in no region), fine (class), coarse (group) and w
    (its weight). Regions with a total weight of 0 are left out."""
    import pandas as pd
    df = frame.dropna(subset=["region", "fine", "coarse"])
    out = {}
    for region, part in df.groupby("region"):
        total = part.w.sum()
        if not total > 0:
            continue
        p = part.groupby(["coarse", "fine"]).w.sum() / total
        big_p = part.groupby("coarse").w.sum() / total
        tv = sum(-v * math.log2(v) for v in p if v > 0)
        uv = sum(-v * math.log2(v) for v in big_p if v > 0)
        rv = 0.0
        for group, share in big_p.items():
            if share > 0:
                within = p.loc[group] / share
                rv += share * sum(-q * math.log2(q) for q in within if q > 0)
        out[region] = {"tv": tv, "uv": uv, "rv": rv}
    return pd.DataFrame(out).T


def rook_neighbours(nx, ny):
    """Neighbours on a grid of nx × ny squares numbered by row from the lower left (0 …):
    the squares sharing an edge (not only a corner)."""
    out = {}
    for j in range(ny):
        for i in range(nx):
            out[i + nx * j] = sorted(i2 + nx * j2 for i2, j2 in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))
                                     if 0 <= i2 < nx and 0 <= j2 < ny)
    return out


# -- significance by random labelling (METHOD.md §12) ------------------------------------------
def random_labelling(points, sector, control, floor_km=1.0, distance=planar_km):
    """Brute force, plain Python, straight from the formulas: for each establishment i of
    the sector S (J) within the control population C ∪ S (N), with k = 1/max(d, d0):
    D_i = Σ_S k/(J−1), μ_i = Σ_C k/(N−1), σ_i² = Σ_C k²/(N−1) − μ_i²,
    Var = σ_i²/(J−1)·(N−J)/(N−2), z = (D_i − μ_i)/√Var, p = 1 − Φ(z).
    points: (x, y) per establishment; sector, control: bools. Returns {index: dict}."""
    s_idx = [i for i, s in enumerate(sector) if s]
    c_idx = [i for i, (s, c) in enumerate(zip(sector, control)) if s or c]
    j, n = len(s_idx), len(c_idx)
    out = {}
    for i in s_idx:
        def k(m, i=i):
            return 1.0 / max(distance(points[i], points[m]), floor_km)
        d = sum(k(m) for m in s_idx if m != i) / (j - 1)
        mu = sum(k(m) for m in c_idx if m != i) / (n - 1)
        sigma2 = sum(k(m) ** 2 for m in c_idx if m != i) / (n - 1) - mu * mu
        var = sigma2 / (j - 1) * (n - j) / (n - 2)
        z = (d - mu) / math.sqrt(var)
        out[i] = {"d": d, "mu": mu, "sigma2": sigma2, "var": var, "z": z, "p": 0.5 * math.erfc(z / math.sqrt(2.0)),
                  "ratio": d / mu}
    return out


def bh_adjusted(p):
    """Benjamini–Hochberg adjusted p-values (q_(k) = min over ranks r ≥ k of m·p_(r)/r, at
    most 1), written independently of the step-up rule: reject where q ≤ α."""
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    q = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, m * p[i] / rank)
        q[i] = running
    return q


def labelling_draws(points, i, others, size, draws, rng, floor_km=1.0, distance=planar_km):
    """D_i of `draws` random labellings: each time `size` establishments drawn without
    replacement from `others` (indices) by numpy's permutation, their mean kernel."""
    k = np.array([1.0 / max(distance(points[i], points[m]), floor_km) for m in others])
    return np.array([k[rng.permutation(len(others))[:size]].mean() for _ in range(draws)])
