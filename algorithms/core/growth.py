"""Change between two years (METHOD.md §10; the PBL 2008 study of clustering and growth):
growth per region and sector, national growth, shift-share, and the demography of
establishments (births, deaths, movers, stayers). numpy only.

Per region r and sector s, E counting jobs or establishments at t0 and t1:

    g_rs = E_rs1 / E_rs0 − 1              annual: (1 + g_rs)^(1/T) − 1
    g_s  = E_s1 / E_s0 − 1                the sector's national growth
    g    = E1 / E0 − 1                    all sectors, national

Shift-share (Dunn 1960), three parts that sum to E_rs1 − E_rs0:

    national share  E_rs0 · g
    industry mix    E_rs0 · (g_s − g)
    regional shift  E_rs0 · (g_rs − g_s)

Where E_rs0 = 0 the growth and the shift-share are undefined: NaN (NULL), never 0."""
import numpy as np

EARTH_RADIUS_M = 6371008.8

# status of an establishment record (in either year)
UNLINKED = -1  # no usable id (NULL, or a repeated id): not classified
BIRTH = 0      # at t1 only
DEATH = 1      # at t0 only
STAYER = 2     # in both years, moved at most the move distance (or distance unknown)
MOVER = 3      # in both years, moved more than the move distance
STATUS_NAMES = {BIRTH: "birth", DEATH: "death", STAYER: "stayer", MOVER: "mover"}
# class bounds of the relative growth g_rs − g_s in the style of the output regions
# (tools/make_styles.py reads them): diverging around 0
RELATIVE_BREAKS = (-0.30, -0.15, -0.05, 0.05, 0.15, 0.30)


def rate(a, b):
    """Growth from b to a: a / b − 1, NaN where b is 0 (or either is undefined)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, a / np.where(b > 0, b, 1.0) - 1.0, np.nan)


def annual(g, years):
    """Annual growth (1 + g)^(1/T) − 1; NaN when T is not a positive number."""
    g = np.asarray(g, dtype=np.float64)
    if not (years is not None and np.isfinite(years) and years > 0):
        return np.full(g.shape, np.nan)
    with np.errstate(invalid="ignore"):
        return np.power(1.0 + g, 1.0 / years) - 1.0


def growth(e0, e1, national_s0, national_s1, national0, national1, years=None):
    """Growth and shift-share per region (rows) and sector (columns, or a 1-d array for
    one sector).

    e0, e1: E_rs at t0 and t1; national_s0, national_s1: the sectors' national totals
    E_s (one per column, or a number); national0, national1: all sectors, national (the
    national totals may include establishments that are in no region). years: T.
    Returns a dict of arrays shaped like e0: change (E1 − E0), growth, annual,
    growth_sector (g_s), growth_all (g), relative (g_rs − g_s), national_share,
    industry_mix, regional_shift; NaN where E_rs0 = 0 (change stays defined)."""
    e0 = np.asarray(e0, dtype=np.float64)
    e1 = np.asarray(e1, dtype=np.float64)
    g_rs = rate(e1, e0)
    g_s = np.broadcast_to(rate(national_s1, national_s0), e0.shape)
    g = np.broadcast_to(rate(national1, national0), e0.shape)
    undefined = ~(e0 > 0)
    with np.errstate(invalid="ignore"):
        national_share = np.where(undefined, np.nan, e0 * g)
        industry_mix = np.where(undefined, np.nan, e0 * (g_s - g))
        regional_shift = np.where(undefined, np.nan, e0 * (g_rs - g_s))
    return {"change": e1 - e0, "growth": g_rs, "annual": annual(g_rs, years),
            "growth_sector": np.array(g_s), "growth_all": np.array(g), "relative": g_rs - g_s,
            "national_share": national_share, "industry_mix": industry_mix, "regional_shift": regional_shift}


def region_totals(region, n_regions, in_sector, weights):
    """(E_rs per region, E_s, E_r per region, E) of one year: the sector's and all
    establishments' weights (1 per establishment, or jobs) per region and nationally (the
    national totals include the establishments in no region)."""
    region = np.asarray(region, dtype=np.int64)
    in_sector = np.asarray(in_sector, dtype=bool)
    w = np.asarray(weights, dtype=np.float64)
    where = region >= 0
    e_rs = np.bincount(region[where & in_sector], weights=w[where & in_sector], minlength=n_regions)
    e_r = np.bincount(region[where], weights=w[where], minlength=n_regions)
    return e_rs, float(w[in_sector].sum()), e_r, float(w.sum())


# -- establishments: births, deaths, movers and stayers ---------------------------------
def link(key0, key1):
    """For every t1 record the index of the t0 record with the same key, −1 for none.
    Keys are non-negative integers; −1 means no usable key (never linked). A key that
    occurs more than once within a year is linked by its first occurrence only; the
    repeats get −1 in the returned cleaned keys.
    Returns (partner of each t1 record, cleaned key0, cleaned key1)."""
    key0 = _first_only(key0)
    key1 = _first_only(key1)
    size = int(max(key0.max(initial=-1), key1.max(initial=-1))) + 1
    where0 = np.full(size, -1, dtype=np.int64)
    ok0 = key0 >= 0
    where0[key0[ok0]] = np.flatnonzero(ok0)
    partner = np.full(len(key1), -1, dtype=np.int64)
    ok1 = key1 >= 0
    partner[ok1] = where0[key1[ok1]]
    return partner, key0, key1


def _first_only(key):
    key = np.array(key, dtype=np.int64)
    ok = np.flatnonzero(key >= 0)
    _, first = np.unique(key[ok], return_index=True)
    repeat = np.ones(len(ok), dtype=bool)
    repeat[first] = False
    key[ok[repeat]] = -1
    return key


def distance_m(x0, y0, x1, y1, metric="euclidean"):
    """Distance in metres between (x0, y0) and (x1, y1): straight-line for coordinates in
    metres, great-circle (on the mean earth sphere) for degrees; NaN where either
    location is missing."""
    x0, y0, x1, y1 = (np.asarray(v, dtype=np.float64) for v in (x0, y0, x1, y1))
    if metric == "euclidean":
        return np.hypot(x1 - x0, y1 - y0)
    lon0, lat0, lon1, lat1 = (np.radians(v) for v in (x0, y0, x1, y1))
    h = np.sin((lat1 - lat0) / 2) ** 2 + np.cos(lat0) * np.cos(lat1) * np.sin((lon1 - lon0) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def demography(key0, key1, xy0, xy1, move_distance, metric="euclidean"):
    """Status of every record at t0 and at t1, and the link between them.

    key0, key1: integer ids (−1: none); xy0, xy1: (x, y) arrays (metres, or degrees for
    metric "greatcircle"). A record at t1 whose id is not at t0 is a birth; one at t0
    whose id is not at t1 a death; in both years a mover when its locations are more
    than move_distance metres apart, else a stayer (also when either location is
    missing: the distance is then NaN). Returns a dict: status0, status1, partner1 (t0
    index of each t1 record, −1), partner0 (t1 index of each t0 record, −1), moved0,
    moved1 (the distance of linked records, NaN otherwise)."""
    partner1, key0, key1 = link(key0, key1)
    partner0 = np.full(len(key0), -1, dtype=np.int64)
    linked = np.flatnonzero(partner1 >= 0)
    partner0[partner1[linked]] = linked
    moved1 = np.full(len(key1), np.nan)
    moved1[linked] = distance_m(xy0[0][partner1[linked]], xy0[1][partner1[linked]],
                                xy1[0][linked], xy1[1][linked], metric)
    moved0 = np.full(len(key0), np.nan)
    moved0[partner1[linked]] = moved1[linked]
    status1 = np.where(key1 < 0, UNLINKED, np.where(partner1 < 0, BIRTH, STAYER))
    status1[linked[moved1[linked] > move_distance]] = MOVER
    status0 = np.where(key0 < 0, UNLINKED, np.where(partner0 < 0, DEATH, STAYER))
    status0[partner1[linked[moved1[linked] > move_distance]]] = MOVER
    return {"status0": status0, "status1": status1, "partner0": partner0, "partner1": partner1,
            "moved0": moved0, "moved1": moved1}


def demography_counts(demo, region0, region1, in0, in1, jobs0, jobs1, n_regions):
    """Per region, of the sector: births (where and with the jobs they have at t1),
    deaths (at t0, t0 jobs), movers in (where they are at t1, t1 jobs), movers out
    (where they were at t0, t0 jobs), stayers (where they are at t1; their jobs at t0
    and at t1). region0/1, in0/1 (in the sector that year), jobs0/1: per record.
    Returns a dict of arrays of length n_regions."""
    region0, region1 = np.asarray(region0, dtype=np.int64), np.asarray(region1, dtype=np.int64)
    in0, in1 = np.asarray(in0, dtype=bool), np.asarray(in1, dtype=bool)
    jobs0, jobs1 = np.asarray(jobs0, dtype=np.float64), np.asarray(jobs1, dtype=np.float64)
    s0, s1 = demo["status0"], demo["status1"]

    def count(select, region, weights):
        use = select & (region >= 0)
        return (np.bincount(region[use], minlength=n_regions).astype(np.int64),
                np.bincount(region[use], weights=weights[use], minlength=n_regions))
    out = {}
    out["n_births"], out["jobs_births"] = count(in1 & (s1 == BIRTH), region1, jobs1)
    out["n_deaths"], out["jobs_deaths"] = count(in0 & (s0 == DEATH), region0, jobs0)
    out["n_movers_in"], out["jobs_movers_in"] = count(in1 & (s1 == MOVER), region1, jobs1)
    out["n_movers_out"], out["jobs_movers_out"] = count(in0 & (s0 == MOVER), region0, jobs0)
    stay = in1 & (s1 == STAYER)
    out["n_stayers"], out["jobs_stayers_t1"] = count(stay, region1, jobs1)
    partner = demo["partner1"]
    jobs_then = np.where(partner >= 0, jobs0[np.maximum(partner, 0)], 0.0)
    _, out["jobs_stayers_t0"] = count(stay, region1, jobs_then)
    return out
