"""Seeded generator of a SYNTHETIC national establishment set for the Netherlands.

No open Dutch establishment register with SBI codes exists, so the sample and the
benchmarks use generated establishments. They are synthetic: never present them as
real firms. What is real: the wijk polygons and population (CBS Wijk- en buurtkaart
2022, CC BY 4.0) and the employee jobs per COROP region and SBI-A10 group (CBS
StatLine 83582NED, December 2023, CC BY 4.0).

How the points are made, all from one seed:
1. establishments per COROP region x A10 group in proportion to the CBS jobs table,
   weighted by how many establishments a job stands for in that group;
2. within the group, a division (2-digit SBI) by its share of establishments, and a
   real 4-digit class of that division;
3. a wijk of the COROP region, in proportion to population x density^k (k by group:
   agriculture rural, business services urban), times a random affinity of each
   division for each wijk (so that sectors cluster differently);
4. a "postcode centroid" inside the wijk, one per ~40 residents, concentrated around the
   wijk's centre; establishments choose postcodes with skewed weights, so many share a
   coordinate, as in the CBS data (LBE's are located by 6-digit postcode);
5. jobs: one person for most, a heavy-tailed (log-normal) size for the others.

A SYNTHETIC second year (--year2 OUT2.gpkg), for clusterindex:change: t1 is derived from
t0 with a random stream of its own (t0 stays the same), over --years (default 2018 and
2023). Each division gets a growth trend (a few fixed: ICT and brainport up, retail and
finance down), each COROP region one, each region x division a deviation; from these:
6. deaths, more where the trend is low and among one-person establishments;
7. the survivors' jobs grow with the trend (most one-person establishments stay one);
8. about 12 % move to the postcode of another establishment (three in four within their
   COROP region), about 5 % shift by up to 300 m (an address change: stayers);
9. births per COROP region x division, more where the trend is high, at postcodes of
   the division's establishments in the region, with a class of the division.
Both layers then get `est_id` (an establishment keeps it from t0 to t1; births get new
ones) and `year`.

Usage: python3 tools/make_sample.py OUT.gpkg [--n 100000] [--seed 2012]
                                    [--year2 OUT2.gpkg] [--years 2018 2023]
"""
import argparse
import csv
import os
import sys
import time

import numpy as np
from matplotlib.path import Path
from osgeo import ogr, osr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sbi import A10_OF_SECTION, A10_PROFILE, DIVISIONS  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGIONS = os.path.join(HERE, "data", "nl_regions_2022.gpkg")
JOBS = os.path.join(HERE, "data", "cbs_jobs_corop_a10_2023.csv")
RESIDENTS_PER_POSTCODE = 40


def read_wijken(path):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("wijk")
    wijken = []
    for feat in layer:
        geom = feat.GetGeometryRef()
        polys = [geom.GetGeometryRef(i) for i in range(geom.GetGeometryCount())] \
            if geom.GetGeometryType() in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) else [geom]
        verts, codes = [], []
        for poly in polys:
            for r in range(poly.GetGeometryCount()):
                ring = np.array(poly.GetGeometryRef(r).GetPoints())[:, :2]
                c = np.full(len(ring), Path.LINETO, dtype=np.uint8)
                c[0] = Path.MOVETO
                c[-1] = Path.CLOSEPOLY
                verts.append(ring)
                codes.append(c)
        centroid = geom.PointOnSurface().GetPoint()[:2]
        env = geom.GetEnvelope()
        wijken.append({
            "code": feat.GetField("code"), "gm": feat.GetField("gm_code"),
            "corop": feat.GetField("corop"), "pop": max(feat.GetField("population") or 0, 0),
            "area": max(geom.GetArea() / 1e6, 0.05),
            "path": Path(np.vstack(verts), np.concatenate(codes)),
            "centre": centroid, "bbox": (env[0], env[2], env[1], env[3])})
    return wijken


def read_jobs(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return {r["corop"]: {k: float(v) for k, v in r.items() if k != "corop"} for r in rows}


def postcodes_in(wijk, n, rng):
    """n points inside the wijk, concentrated around its centre (postcode centroids)."""
    x0, y0, x1, y1 = wijk["bbox"]
    cx, cy = wijk["centre"]
    sigma = 0.35 * np.sqrt(wijk["area"]) * 1000.0
    got = []
    for attempt in range(8):
        m = 4 * n + 16
        if attempt < 5:
            cand = np.column_stack((rng.normal(cx, sigma, m), rng.normal(cy, sigma, m)))
        else:
            cand = np.column_stack((rng.uniform(x0, x1, m), rng.uniform(y0, y1, m)))
        got.extend(cand[wijk["path"].contains_points(cand)][: n - len(got)])
        if len(got) >= n:
            break
    while len(got) < n:  # slivers: fall back to the point on surface
        got.append((cx, cy))
    return np.round(np.array(got[:n])), rng.lognormal(0.0, 1.0, n)


def generate(n_total, seed):
    rng = np.random.default_rng(seed)
    wijken = read_wijken(REGIONS)
    jobs = read_jobs(JOBS)
    corops = sorted(jobs)
    groups = list(A10_PROFILE)
    pop = np.array([w["pop"] for w in wijken], dtype=float)
    dens = np.maximum(pop / np.array([w["area"] for w in wijken]), 1.0)
    corop_of = np.array([w["corop"] for w in wijken])

    # 1. establishments per corop x group
    weight = np.array([[jobs[c][g] * A10_PROFILE[g][0] for g in groups] for c in corops])
    counts = rng.multinomial(n_total, (weight / weight.sum()).ravel()).reshape(weight.shape)

    divisions = {g: [d for d, v in DIVISIONS.items() if A10_OF_SECTION[v[0]] == g] for g in groups}
    affinity = {d: rng.lognormal(0.0, 1.2, len(wijken)) for d in DIVISIONS}
    postcode_cache = {}
    cols = {k: [] for k in ("x", "y", "sbi", "jobs", "wijk")}
    for ci, c in enumerate(corops):
        in_corop = np.flatnonzero(corop_of == c)
        for gi, g in enumerate(groups):
            n_cg = counts[ci, gi]
            if n_cg == 0 or in_corop.size == 0:
                continue
            divs = divisions[g]
            dw = np.array([DIVISIONS[d][1] for d in divs], dtype=float)
            n_div = rng.multinomial(n_cg, dw / dw.sum())
            base = (pop[in_corop] + 1.0) * dens[in_corop] ** A10_PROFILE[g][3]
            p_one, size = A10_PROFILE[g][1], A10_PROFILE[g][2]
            for d, n_d in zip(divs, n_div):
                if n_d == 0:
                    continue
                w = base * affinity[d][in_corop]
                chosen = rng.choice(in_corop, size=n_d, p=w / w.sum())
                classes = DIVISIONS[d][2].split()
                cols["sbi"].extend(rng.choice(classes, size=n_d).tolist())
                one = rng.random(n_d) < p_one
                big = 1 + np.floor(rng.lognormal(np.log(size), 1.4, n_d))
                cols["jobs"].extend(np.where(one, 1, np.minimum(big, 30000)).astype(int).tolist())
                xy = np.empty((n_d, 2))
                order = np.argsort(chosen, kind="stable")
                uniq, starts = np.unique(chosen[order], return_index=True)
                for wi, part in zip(uniq, np.split(order, starts[1:])):
                    if wi not in postcode_cache:
                        k = max(2, int(round(wijken[wi]["pop"] / RESIDENTS_PER_POSTCODE)))
                        postcode_cache[wi] = postcodes_in(wijken[wi], k, rng)
                    pts, pw = postcode_cache[wi]
                    xy[part] = pts[rng.choice(len(pts), size=part.size, p=pw / pw.sum())]
                cols["x"].extend(xy[:, 0].tolist())
                cols["y"].extend(xy[:, 1].tolist())
                cols["wijk"].extend(chosen.tolist())
    order = rng.permutation(len(cols["x"]))
    out = {k: np.asarray(v)[order] for k, v in cols.items()}
    out["wijken"] = wijken
    return out


def write_gpkg(path, data, seed, year=None, description=None):
    """The layer; with `year`, also the fields est_id (data["est_id"], else the id) and year."""
    if os.path.exists(path):
        os.remove(path)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("establishments_synthetic", srs, ogr.wkbPoint,
                           options=["DESCRIPTION=" + (description or (
                               "SYNTHETIC establishments (seed %d), generated by "
                               "tools/make_sample.py from CBS wijk population and COROP jobs "
                               "(CC BY 4.0). Not real firms." % seed))])
    fields = [("id", ogr.OFTInteger, 0), ("sbi", ogr.OFTString, 4),
              ("division", ogr.OFTString, 2), ("section", ogr.OFTString, 1),
              ("a10", ogr.OFTString, 3), ("jobs", ogr.OFTInteger, 0),
              ("corop", ogr.OFTString, 4), ("gm_code", ogr.OFTString, 6),
              ("wijk", ogr.OFTString, 8)]
    if year is not None:
        fields += [("est_id", ogr.OFTInteger, 0), ("year", ogr.OFTInteger, 0)]
    for name, kind, width in fields:
        field = ogr.FieldDefn(name, kind)
        if width:
            field.SetWidth(width)
        layer.CreateField(field)
    defn = layer.GetLayerDefn()
    wijken = data["wijken"]
    ds.StartTransaction()
    for i in range(len(data["x"])):
        sbi = data["sbi"][i]
        section = DIVISIONS[sbi[:2]][0]
        w = wijken[data["wijk"][i]]
        f = ogr.Feature(defn)
        f.SetField(0, i + 1)
        f.SetField(1, sbi)
        f.SetField(2, sbi[:2])
        f.SetField(3, section)
        f.SetField(4, A10_OF_SECTION[section])
        f.SetField(5, int(data["jobs"][i]))
        f.SetField(6, w["corop"])
        f.SetField(7, w["gm"])
        f.SetField(8, w["code"])
        if year is not None:
            f.SetField(9, int(data["est_id"][i]) if "est_id" in data else i + 1)
            f.SetField(10, int(year))
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(float(data["x"][i]), float(data["y"][i]))
        f.SetGeometryDirectly(pt)
        layer.CreateFeature(f)
    ds.CommitTransaction()
    ds = None


# -- the synthetic second year ----------------------------------------------------------------
# five-year growth trends (log) fixed for a few divisions; the others are drawn
FIXED_TRENDS = {"62": 0.25, "63": 0.15, "26": 0.12, "27": 0.08, "28": 0.10, "47": -0.10, "64": -0.15,
                "18": -0.20}


def trends(data, rng):
    """Per establishment the growth trend of its division, its COROP region and the pair."""
    division = np.array([s[:2] for s in data["sbi"]])
    corop = np.array([w["corop"] for w in data["wijken"]])[data["wijk"]]
    tau = {d: FIXED_TRENDS.get(d, rng.normal(0.0, 0.12)) for d in sorted(DIVISIONS)}
    rho = {c: rng.normal(0.0, 0.06) for c in sorted(set(corop))}
    pairs = sorted(set(zip(corop.tolist(), division.tolist())))
    eps = dict(zip(pairs, rng.normal(0.0, 0.08, len(pairs))))
    trend = np.array([tau[d] + rho[c] + eps[(c, d)] for c, d in zip(corop, division)])
    return division, corop, trend


def move(data, keep, corop, rng):
    """Movers take the postcode (and wijk) of another establishment, three in four within
    their own COROP region; a few stayers shift by up to 300 m. Returns x, y, wijk."""
    x, y, wijk = data["x"][keep].copy(), data["y"][keep].copy(), data["wijk"][keep].copy()
    n = len(keep)
    movers = np.flatnonzero(rng.random(n) < 0.12)
    by_corop = {c: np.flatnonzero(corop == c) for c in set(corop.tolist())}
    local = rng.random(len(movers)) < 0.75
    for m, stay_near in zip(movers, local):
        pool = by_corop[corop[keep[m]]] if stay_near else None
        source = rng.choice(pool) if pool is not None else rng.integers(0, len(corop))
        x[m], y[m], wijk[m] = data["x"][source], data["y"][source], data["wijk"][source]
    shift = np.flatnonzero(rng.random(n) < 0.05)
    shift = shift[~np.isin(shift, movers)]
    angle, radius = rng.uniform(0, 2 * np.pi, len(shift)), rng.uniform(20, 300, len(shift))
    x[shift] = np.round(x[shift] + radius * np.cos(angle))
    y[shift] = np.round(y[shift] + radius * np.sin(angle))
    return x, y, wijk


def births(data, division, corop, trend, rng):
    """New establishments per COROP region x division: Poisson, more where the trend is
    high; at postcodes of the division's establishments in the region."""
    cells = {}
    for i, key in enumerate(zip(corop.tolist(), division.tolist())):
        cells.setdefault(key, []).append(i)
    out = {k: [] for k in ("x", "y", "wijk", "sbi", "jobs")}
    for (_, d), members in sorted(cells.items()):
        rate = np.clip(0.20 + 0.8 * float(trend[members[0]]), 0.02, 0.8)
        n = rng.poisson(len(members) * rate)
        if n == 0:
            continue
        source = rng.choice(members, size=n)
        group = A10_OF_SECTION[DIVISIONS[d][0]]
        p_one, size = A10_PROFILE[group][1], A10_PROFILE[group][2]
        one = rng.random(n) < p_one
        jobs = np.where(one, 1, 1 + np.floor(rng.lognormal(np.log(size * 0.5), 1.0, n)))
        out["x"].extend(data["x"][source].tolist())
        out["y"].extend(data["y"][source].tolist())
        out["wijk"].extend(data["wijk"][source].tolist())
        out["sbi"].extend(rng.choice(DIVISIONS[d][2].split(), size=n).tolist())
        out["jobs"].extend(np.minimum(jobs, 30000).astype(int).tolist())
    return out


def derive_year2(data, seed):
    """t1 from t0: deaths, growth of the survivors, moves, births (module docstring)."""
    rng = np.random.default_rng([seed, 2])
    division, corop, trend = trends(data, rng)
    jobs0 = np.asarray(data["jobs"], dtype=float)
    p_death = np.clip(0.22 - 0.6 * trend, 0.05, 0.6) * np.where(jobs0 == 1, 1.2, 0.9)
    keep = np.flatnonzero(rng.random(len(jobs0)) >= p_death)
    # the economy as a whole grows a little (+6 % in the log of the survivors' jobs)
    grown = np.maximum(1, np.round(jobs0[keep] * np.exp(0.06 + trend[keep] + rng.normal(0, 0.25, len(keep)))))
    stays_one = (jobs0[keep] == 1) & (rng.random(len(keep)) < 0.85)
    x, y, wijk = move(data, keep, corop, rng)
    new = births(data, division, corop, trend, rng)
    out = {"x": np.concatenate([x, new["x"]]), "y": np.concatenate([y, new["y"]]),
           "wijk": np.concatenate([wijk, np.asarray(new["wijk"], dtype=wijk.dtype)]),
           "sbi": np.concatenate([np.asarray(data["sbi"])[keep], np.asarray(new["sbi"], dtype=str)]),
           "jobs": np.concatenate([np.where(stays_one, 1, grown), new["jobs"]]).astype(int),
           "est_id": np.concatenate([keep + 1, len(jobs0) + 1 + np.arange(len(new["x"]))])}
    order = rng.permutation(len(out["x"]))
    out = {k: v[order] for k, v in out.items()}
    out["wijken"] = data["wijken"]
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=2012)
    parser.add_argument("--year2", metavar="OUT2.gpkg", help="also write a SYNTHETIC second year (t1) here")
    parser.add_argument("--years", type=int, nargs=2, default=(2018, 2023), metavar=("T0", "T1"))
    args = parser.parse_args(argv)
    t = time.time()
    data = generate(args.n, args.seed)
    write_gpkg(args.out, data, args.seed, year=args.years[0] if args.year2 else None)
    n_unique = len(np.unique(np.column_stack((data["x"], data["y"])), axis=0))
    print("%d SYNTHETIC establishments (%d distinct locations) written to %s in %.0f s"
          % (len(data["x"]), n_unique, args.out, time.time() - t))
    if args.year2:
        t1 = derive_year2(data, args.seed)
        write_gpkg(args.year2, t1, args.seed, year=args.years[1], description=(
            "SYNTHETIC second year (%d), derived by tools/make_sample.py from the synthetic establishments of "
            "%d (seed %d): deaths, growth, moves and births that differ by sector and region; est_id links the "
            "years. Not real firms." % (args.years[1], args.years[0], args.seed)))
        kept = np.isin(t1["est_id"], np.arange(1, len(data["x"]) + 1)).sum()
        print("%d SYNTHETIC establishments of %d (%d of %d) written to %s: %d births, %d deaths"
              % (len(t1["x"]), args.years[1], kept, len(data["x"]), args.year2, len(t1["x"]) - kept,
                 len(data["x"]) - kept))

if __name__ == "__main__":
    main()
