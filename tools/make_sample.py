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

Usage: python3 tools/make_sample.py OUT.gpkg [--n 100000] [--seed 2012]
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


def write_gpkg(path, data, seed):
    if os.path.exists(path):
        os.remove(path)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("establishments_synthetic", srs, ogr.wkbPoint,
                           options=["DESCRIPTION=SYNTHETIC establishments (seed %d), generated by "
                                    "tools/make_sample.py from CBS wijk population and COROP jobs "
                                    "(CC BY 4.0). Not real firms." % seed])
    for name, kind, width in (("id", ogr.OFTInteger, 0), ("sbi", ogr.OFTString, 4),
                              ("division", ogr.OFTString, 2), ("section", ogr.OFTString, 1),
                              ("a10", ogr.OFTString, 3), ("jobs", ogr.OFTInteger, 0),
                              ("corop", ogr.OFTString, 4), ("gm_code", ogr.OFTString, 6),
                              ("wijk", ogr.OFTString, 8)):
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
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(float(data["x"][i]), float(data["y"][i]))
        f.SetGeometryDirectly(pt)
        layer.CreateFeature(f)
    ds.CommitTransaction()
    ds = None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=2012)
    args = parser.parse_args(argv)
    t = time.time()
    data = generate(args.n, args.seed)
    write_gpkg(args.out, data, args.seed)
    n_unique = len(np.unique(np.column_stack((data["x"], data["y"])), axis=0))
    print("%d SYNTHETIC establishments (%d distinct locations) written to %s in %.0f s"
          % (len(data["x"]), n_unique, args.out, time.time() - t))


if __name__ == "__main__":
    main()
