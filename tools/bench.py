"""Benchmarks (make bench), run with QGIS's Python. Prints times; asserts nothing.

  bench.py regions POINTS.gpkg REGIONS.gpkg|layername=wijk [--id-field code]
      clusterindex:sizeclasses (read every point, assign it to a region, count) against
      QGIS's own native:countpointsinpolygon on the same data, in one run (regions whose
      counts differ checked point by point with GEOS); and the assignment core alone.
  bench.py dscore POINTS.gpkg
      the fast certified D-score method against exact sums on the same data: one sector
      of 350k clustered establishments (section G) and the services benchmark; the cost
      at 50k–1M (sizes above the layer's skipped); the national run (every SBI section
      plus both benchmarks).
  bench.py distinct POINTS.gpkg
      the same with (almost) every establishment at an address of its own (moved by up
      to ±60 m): fast only, 2,000 establishments checked against brute force.
  bench.py cli POINTS.gpkg [--repeat 1]
      qgis_process end to end: read the layer, D-scores by section, write a GeoPackage;
      against the I/O floor in the same run (ogr2ogr copy of the layer with the plugin's
      options + the plugin's Arrow read): wall, CPU and peak RSS of each child.
  bench.py profiles POINTS.gpkg
      clusterindex:sectorprofiles (every bundled sector × the 40 COROP regions) against
      one clusterindex:dscore run by section, both through qgis_process: wall and CPU.
  bench.py read POINTS.gpkg [--profile]
      reading.read through GDAL's Arrow stream against QGIS feature by feature (the
      Arrow path switched off with CLUSTERINDEX_NO_ARROW=1), each in a process of its own:
      wall and CPU time, peak RSS, and whether both give the same arrays and values;
      --profile also times clusterindex:regionprofile end to end both ways (Brainport
      activities per COROP region, outputs in memory).
  bench.py significance POINTS.gpkg [--repeat 3]
      the significance of the D-score (random labelling: D, μ, Σk² by the fast certified
      method) of section G (350k establishments) within the services benchmark together
      with the sector, side by side with a plain fast D-score run of the same sector: wall
      and CPU time of each (alternating, best of --repeat), their ratio; 200 sampled
      establishments checked against brute force (D, μ, σ²).

Times are measured untraced; the peak memory of the core comes from a second run of the
same call under tracemalloc. The reference computations (brute force, GEOS point by
point) are the test suite's, from tests/oracles.py.
"""
import argparse
import os
import resource
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_qgis(package=""):
    """QGIS with Processing and the Clusterindex provider: this repository's, or the copy in
    `package` (a folder that holds a plugin as `clusterindex`, e.g. an older commit)."""
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    if package:
        sys.path.insert(0, package)
    else:
        use_package()
    from clusterindex.plugin.provider import ClusterIndexProvider
    provider = ClusterIndexProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def peak_rss_gb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2


def bench_regions(args):
    app, _ = start_qgis()
    import numpy as np
    import processing
    from qgis.core import QgsVectorLayer

    from clusterindex.algorithms.core import regions as core
    from clusterindex.algorithms.regions import _polygon_rings
    oracles = load_oracles()
    key = args.id_field

    points = QgsVectorLayer(args.points, "points", "ogr")
    regions = QgsVectorLayer(args.regions, "regions", "ogr")
    print("points: %s (%d features); regions: %s (%d features)" % (
        args.points, points.featureCount(), args.regions, regions.featureCount()))

    t = time.perf_counter()
    ours = processing.run("clusterindex:sizeclasses", {
        "INPUT": points, "JOBS_FIELD": "jobs", "REGIONS": regions, "REGION_ID_FIELD": key,
        "OUTPUT": "memory:"})["OUTPUT"]
    t_ours = time.perf_counter() - t
    print("clusterindex:sizeclasses (read, assign, count): %.1f s" % t_ours)

    t = time.perf_counter()
    native = processing.run("native:countpointsinpolygon", {
        "POLYGONS": regions, "POINTS": points, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"})["OUTPUT"]
    t_native = time.perf_counter() - t
    print("native:countpointsinpolygon:                   %.1f s" % t_native)

    ours_n = {f["region_id"]: f["n_total"] for f in ours.getFeatures()}
    native_n = {str(f[key]): f["NUMPOINTS"] for f in native.getFeatures()}
    differ = {k: (ours_n[k], native_n.get(k)) for k in ours_n if ours_n[k] != native_n.get(k)}
    print("regions whose count differs: %d" % len(differ))
    for code, (n_ours, n_native) in list(differ.items())[:5]:
        region = next(regions.getFeatures("\"%s\" = '%s'" % (key, code))).geometry()
        print("  %s: here %d, countpointsinpolygon %d, GEOS intersects point by point %d"
              % (code, n_ours, n_native, oracles.geos_count(region, points)))
    print("ratio native / ours: %.1f×" % (t_native / t_ours))

    # the assignment core alone, on arrays already read
    xs, ys = [], []
    for f in points.getFeatures():
        p = f.geometry().asPoint()
        xs.append(p.x())
        ys.append(p.y())
    x, y = np.array(xs), np.array(ys)
    rings = [_polygon_rings(f.geometry()) for f in regions.getFeatures()]
    t = time.perf_counter()
    index, _ = core.assign_points(x, y, rings)
    print("core.assign_points alone: %.2f s for %d points (%d distinct locations), %d in no region"
          % (time.perf_counter() - t, len(x), len(np.unique(np.column_stack([x, y]), axis=0)),
             int((index < 0).sum())))
    print("peak RSS: %.2f GB" % peak_rss_gb())


def read_xy_sbi(path):
    import numpy as np
    from osgeo import ogr
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    n = layer.GetFeatureCount()
    x, y = np.empty(n), np.empty(n)
    sbi, section = [], []
    i_sbi = layer.GetLayerDefn().GetFieldIndex("sbi")
    i_sec = layer.GetLayerDefn().GetFieldIndex("section")
    for k, f in enumerate(layer):
        g = f.GetGeometryRef()
        x[k], y[k] = g.GetX(), g.GetY()
        sbi.append(f.GetField(i_sbi))
        section.append(f.GetField(i_sec))
    return x, y, sbi, section


def timed(label, fn, memory=True):
    """Run fn for its time; then, if memory, once more under tracemalloc for its peak
    memory (tracing slows numpy's allocations down, so it never runs while timing)."""
    import gc
    import tracemalloc
    gc.collect()
    t = time.perf_counter()
    out = fn()
    seconds = time.perf_counter() - t
    peak = ""
    if memory:
        out = None
        gc.collect()
        tracemalloc.start()
        out = fn()
        peak = "peak %.2f GB" % (tracemalloc.get_traced_memory()[1] / 1024 ** 3)
        tracemalloc.stop()
    print("%-58s %7.1f s   %s" % (label, seconds, peak), flush=True)
    return out, seconds


_PACKAGE_ROOTS = []


def use_package():
    """The repository made importable as the package `clusterindex` (once)."""
    if _PACKAGE_ROOTS:
        return
    pkg_root = tempfile.mkdtemp(prefix="clusterindex-bench-")
    os.symlink(ROOT, os.path.join(pkg_root, "clusterindex"))
    sys.path.insert(0, pkg_root)
    _PACKAGE_ROOTS.append(pkg_root)


def load_oracles():
    """The test suite's independent reference computations (tests/oracles.py)."""
    use_package()
    from clusterindex.tests import oracles
    return oracles


def load_core():
    """The plugin's core modules."""
    use_package()
    from clusterindex.algorithms.core import dscore as core
    from clusterindex.algorithms.core import sbi
    return core, sbi


def read_bench_points(path, sbi):
    """x, y, SBI sections, and the masks of both benchmark populations."""
    import numpy as np
    t = time.perf_counter()
    x, y, codes, section = read_xy_sbi(path)
    print("read %d points in %.1f s (%d distinct locations)" % (
        len(x), time.perf_counter() - t, distinct(x, y)))
    with open(os.path.join(ROOT, "resources", "sectors_default.csv"), encoding="utf-8") as f:
        definitions = {d.name: d for d in sbi.read_definitions(f.read())}
    services = np.asarray(sbi.classify(codes, definitions["Benchmark services"])[0], dtype=bool)
    industry = np.asarray(sbi.classify(codes, definitions["Benchmark industry"])[0], dtype=bool)
    return x, y, section, industry, services


def distinct(x, y):
    import numpy as np
    return len(np.unique(np.column_stack([x, y]), axis=0))


def national_run(core, x, y, section, industry, services):
    """Every SBI section as a sector (one call), plus both benchmark populations."""
    import numpy as np
    keys = sorted({s for s in section if s})
    groups = np.array([keys.index(s) if s else -1 for s in section])
    _, t_sections = timed("fast, %d sections in one call (%d establishments)" % (len(keys), len(x)),
                          lambda: core.dscore(x, y, groups, method="fast"))
    _, t_ind = timed("fast, industry benchmark (%d)" % industry.sum(),
                     lambda: core.dscore(x[industry], y[industry], method="fast"))
    _, t_srv = timed("fast, services benchmark (%d)" % services.sum(),
                     lambda: core.dscore(x[services], y[services], method="fast"))
    print("national total (sections + both benchmarks): %.1f s" % (t_sections + t_ind + t_srv))


def bench_dscore(args):
    import numpy as np
    core, sbi = load_core()
    oracles = load_oracles()
    x, y, section, industry, services = read_bench_points(args.points, sbi)

    def fast_against_exact(label, px, py):
        print("\n%s: %d establishments, %d distinct locations" % (label, len(px), distinct(px, py)))
        (fast, _, bound), t_fast = timed("fast (tolerance 1e-5)", lambda: core.dscore(
            px, py, method="fast", tol=1e-5, return_bound=True))
        if not args.exact:
            print("largest certified bound %.2e" % bound.max())
            return
        (exact, _), t_exact = timed("exact (2 threads)", lambda: core.dscore(px, py, method="exact"),
                                    memory=False)
        rel = np.abs(fast - exact) / exact
        print("exact / fast: %.1f×; max relative error %.2e; largest certified bound %.2e; "
              "error within bound everywhere: %s" % (t_exact / t_fast, rel.max(), bound.max(),
                                                     oracles.within_bound(rel, bound)))

    # 1. one sector of about 350,000 clustered establishments: section G (trade); and the
    # largest clustered population, the services benchmark
    g = np.array([s == "G" for s in section])
    fast_against_exact("section G (trade)", x[g], y[g])
    fast_against_exact("services benchmark", x[services], y[services])

    # 2. the cost of the fast method by size (random subsets of all establishments)
    print()
    rng = np.random.default_rng(0)
    for n in (50000, 100000, 350000, 1000000):
        if n > len(x):
            print("fast, one population of %d: skipped (the layer has %d)" % (n, len(x)))
            continue
        pick = rng.choice(len(x), n, replace=False)
        timed("fast, one population of %d" % n, lambda pick=pick: core.dscore(x[pick], y[pick], method="fast"))

    # 3. the national run: every SBI section as a sector, plus both benchmarks
    print()
    national_run(core, x, y, section, industry, services)


def bench_distinct(args):
    """The fast method when (almost) every establishment has an address of its own: the
    same establishments moved by up to ±60 m (seeded), which leaves hardly any shared
    coordinates. Its cost grows with the pairs within about 3 km, summed point by point."""
    import numpy as np
    core, sbi = load_core()
    oracles = load_oracles()
    x, y, section, industry, services = read_bench_points(args.points, sbi)
    rng = np.random.default_rng(1)
    x = np.round(x + rng.uniform(-60, 60, len(x)))
    y = np.round(y + rng.uniform(-60, 60, len(y)))
    print("moved by up to ±60 m: %d distinct locations" % distinct(x, y))
    g = np.array([s == "G" for s in section])
    for label, m in (("section G (trade)", g), ("services benchmark", services)):
        px, py = x[m], y[m]
        print("\n%s: %d establishments, %d distinct locations" % (label, len(px), distinct(px, py)))
        (fast, _, bound), _ = timed("fast (tolerance 1e-5)", lambda px=px, py=py: core.dscore(
            px, py, method="fast", tol=1e-5, return_bound=True))
        pick = rng.choice(len(px), min(2000, len(px)), replace=False)
        want = oracles.brute_sample(px, py, pick)
        rel = np.abs(fast[pick] - want) / want
        print("%d sampled establishments against brute force: max relative error %.2e; "
              "largest certified bound %.2e; error within bound: %s" % (
                  len(pick), rel.max(), bound.max(), oracles.within_bound(rel, bound[pick])))
    print()
    national_run(core, x, y, section, industry, services)


def run_child(cmd, env=None):
    """(wall s, CPU s, peak RSS GB, exit code, stdout) of one child process, from its own
    rusage (os.wait4), so that children do not mix."""
    import subprocess
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return (time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0 ** 2,
            proc.returncode, out)


def bench_cli(args):
    """The national run by section through qgis_process (read, every D-score, write a
    GeoPackage) against the I/O floor measured in the same run: the same layer copied by
    ogr2ogr with the plugin's own options plus read by the plugin's Arrow reader."""
    folder = tempfile.mkdtemp(prefix="clusterindex-bench-")
    copy = ["ogr2ogr", "-f", "GPKG", "-preserve_fid", "-gt", "65536", "-lco", "SPATIAL_INDEX=NO",
            os.path.join(folder, "copy.gpkg"), args.points]
    read = [sys.executable, os.path.abspath(__file__), "read", args.points, "--child", "arrow", "--out",
            os.path.join(folder, "read.pickle"), "--sector-field", "section", "--jobs-field", "jobs"]
    run = ["qgis_process.bin", "run", "clusterindex:dscore", "--", "INPUT=" + args.points, "SECTOR_FIELD=section",
           "JOBS_FIELD=jobs", "OUTPUT=" + os.path.join(folder, "national.gpkg")]
    rows = []
    for _ in range(args.repeat):
        rows.append([run_child(cmd) for cmd in (copy, read, run)])
        for f in os.listdir(folder):
            os.remove(os.path.join(folder, f))
    for label, k in (("ogr2ogr copy (-preserve_fid, no spatial index)", 0), ("Arrow read (plugin reader)", 1),
                     ("qgis_process clusterindex:dscore by section", 2)):
        wall, cpu, rss, code, out = min((r[k] for r in rows), key=lambda v: v[0])
        print("%-48s wall %6.1f s  CPU %6.1f s  peak RSS %.2f GB  (exit %d; best of %d)" % (
            label, wall, cpu, rss, code, args.repeat), flush=True)
        if k == 2:
            for line in out.splitlines():
                if "Fast method" in line or "written" in line:
                    print("    " + line.strip())
    best = [min((r[k] for r in rows), key=lambda v: v[0]) for k in range(3)]
    floor_wall, floor_cpu = best[0][0] + best[1][0], best[0][1] + best[1][1]
    print("national run / I/O floor: wall %.2f×, CPU %.2f× (target ≤ 2×; ≤ 30 s wall; peak ≤ 1.5 GB)" % (
        best[2][0] / floor_wall, best[2][1] / floor_cpu))


# -- profiles: the whole economy in one run against one D-score run ----------------------------
def bench_profiles(args):
    """clusterindex:sectorprofiles (every bundled sector and both benchmarks × the 40 COROP
    regions, every output) side by side with clusterindex:dscore (by section, to GeoPackage)
    on the same layer, both through qgis_process; the target is within 1.5 times."""
    folder = tempfile.mkdtemp(prefix="clusterindex-bench-")
    d = run_child(["qgis_process.bin", "run", "clusterindex:dscore", "--", "INPUT=" + args.points,
                   "SECTOR_FIELD=section", "JOBS_FIELD=jobs", "OUTPUT=" + os.path.join(folder, "d.gpkg")])
    regions = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data",
                           "nl_regions_2022.gpkg") + "|layername=corop"
    p = run_child(["qgis_process.bin", "run", "clusterindex:sectorprofiles", "--", "INPUT=" + args.points,
                   "SBI_FIELD=sbi", "JOBS_FIELD=jobs", "REGIONS=" + regions, "REGION_ID_FIELD=statcode",
                   "REGION_NAME_FIELD=statnaam", "PARENT_FIELD=landsdeel",
                   "OUTPUT=" + os.path.join(folder, "long.csv"),
                   "OUTPUT_WIDE=" + os.path.join(folder, "wide.csv"),
                   "OUTPUT_TABLE1=" + os.path.join(folder, "t1.csv"),
                   "OUTPUT_TABLE2=" + os.path.join(folder, "t2.csv"),
                   "OUTPUT_FIGURE=" + os.path.join(folder, "figure1.png"),
                   "OUTPUT_HTML=" + os.path.join(folder, "report.html")])
    for name, (wall, cpu, rss, code, _) in (("dscore by section      ", d), ("sectorprofiles, all × 40", p)):
        print("qgis_process %s: wall %.1f s, CPU %.1f s, peak RSS %.2f GB (exit %d)" % (name, wall, cpu, rss, code))
    print("sectorprofiles / dscore: wall %.2f, CPU %.2f (target at most 1.5)" % (p[0] / d[0], p[1] / d[1]))


# -- read: GDAL's Arrow stream against QGIS feature by feature --------------------------------
_READ_PATHS = ("arrow", "qgis")


def bench_read(args):
    """Each path in a child process (ru_maxrss is the peak of a whole process); then the
    children's arrays compared."""
    if args.child:
        return read_child(args)
    import pickle
    import subprocess
    got = {}
    folder = tempfile.mkdtemp(prefix="clusterindex-bench-")
    for path in _READ_PATHS:
        out = os.path.join(folder, path + ".pickle")
        env = dict(os.environ, CLUSTERINDEX_NO_ARROW="1" if path == "qgis" else "0")
        cmd = [sys.executable, os.path.abspath(__file__), "read", args.points, "--child", path, "--out", out,
               "--sector-field", args.sector_field, "--jobs-field", args.jobs_field] + (
                   ["--profile"] if args.profile else [])
        subprocess.run(cmd, env=env, check=True)
        with open(out, "rb") as f:
            got[path] = pickle.load(f)
        os.remove(out)
    compare_reads(got["arrow"], got["qgis"])


def compare_reads(fast, slow):
    same = {"fids": fast["fids"].tolist() == slow["fids"].tolist()}
    for name in ("x", "y", "jobs"):
        same[name + " (bit for bit)"] = fast[name].dtype == slow[name].dtype and \
            fast[name].tobytes() == slow[name].tobytes()
    for name in slow["values"]:
        same["values of " + name] = [(type(v), v) for v in fast["values"].get(name, [])] == \
            [(type(v), v) for v in slow["values"][name]]
    same["counts"] = fast["counts"] == slow["counts"]
    print("both paths the same: %s" % ("yes" if all(same.values()) else "NO"))
    for what, ok in same.items():
        print("  %-28s %s" % (what, "same" if ok else "DIFFERENT"))
    print("  features %d, no location %d, multi-points with several parts %d" % (
        len(fast["fids"]), *fast["counts"]))


def read_child(args):
    app, _ = start_qgis()
    import gc
    import pickle

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    from clusterindex.algorithms import reading
    from clusterindex.algorithms.base import Run

    class Feedback(QgsProcessingFeedback):
        debug = []

        def pushDebugInfo(self, text):  # noqa: N802 (QGIS API)
            self.debug.append(text)

    layer = QgsVectorLayer(args.points, "points", "ogr")
    alg = QgsApplication.processingRegistry().algorithmById("clusterindex:dscore")
    feedback = Feedback()
    run = Run(alg, {"INPUT": layer, "SECTOR_FIELD": args.sector_field, "JOBS_FIELD": args.jobs_field},
              QgsProcessingContext(), feedback)
    est = reading.open_establishments(run, {"sector": "SECTOR_FIELD", "jobs": "JOBS_FIELD"})
    gc.collect()
    before = peak_rss_gb()
    usage, wall, cpu = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter(), time.process_time()
    reading.read(run, est, (0.0, 100.0))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_SELF)
    used = "Arrow stream" if any(d.startswith("Read ") for d in feedback.debug) else "QGIS feature by feature"
    print("%-5s path (%s): %d features; wall %.2f s, CPU %.2f s (user %.2f s, system %.2f s); "
          "peak RSS %.2f GB (%.2f GB before reading)" % (
              args.child, used, len(est), wall, cpu, after.ru_utime - usage.ru_utime,
              after.ru_stime - usage.ru_stime, peak_rss_gb(), before), flush=True)
    with open(args.out, "wb") as f:
        pickle.dump({"fids": est.fids, "x": est.x, "y": est.y, "jobs": est.jobs, "values": est.values,
                     "counts": (est.n_no_geometry, est.n_multipart)}, f, protocol=pickle.HIGHEST_PROTOCOL)
    est = None
    if args.profile:
        time_regionprofile(args, layer)


def time_regionprofile(args, layer):
    import processing
    regions = os.path.join(ROOT, "data", "nl_regions_2022.gpkg") + "|layername=corop"
    wall, cpu = time.perf_counter(), time.process_time()
    processing.run("clusterindex:regionprofile", {
        "INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities",
        "REGIONS": regions, "REGION_ID_FIELD": "statcode", "REGION_NAME_FIELD": "statnaam",
        "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"})
    print("%-5s path: clusterindex:regionprofile end to end: wall %.1f s, CPU %.1f s; peak RSS %.2f GB" % (
        args.child, time.perf_counter() - wall, time.process_time() - cpu, peak_rss_gb()), flush=True)


def clocked(fn):
    """(result, wall seconds, CPU seconds of the process: every thread)."""
    import gc
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def bench_significance(args):
    """Random labelling of one large sector against its control population, and a plain
    D-score run of the same sector, alternately."""
    import numpy as np
    core, sbi = load_core()
    from clusterindex.algorithms.core import significance as sig
    x, y, section, _, services = read_bench_points(args.points, sbi)
    g = np.array([s == "G" for s in section])
    print("\nsection G (trade): J = %d establishments (%d distinct locations); control population: the services "
          "benchmark (%d) together with the sector, N = %d (%d distinct locations)" % (
              g.sum(), distinct(x[g], y[g]), services.sum(), (g | services).sum(),
              distinct(x[g | services], y[g | services])))
    plain, test = [], []
    for _ in range(args.repeat):
        _, wall, cpu = clocked(lambda: core.dscore(x[g], y[g], method="fast"))
        plain.append((wall, cpu))
        print("plain D-score (fast, tolerance 1e-5)        %6.1f s wall %6.1f s CPU" % (wall, cpu), flush=True)
        result, wall, cpu = clocked(lambda: sig.random_labelling(x, y, g, services, monte_carlo="never"))
        test.append((wall, cpu))
        print("significance (D, μ, σ², z, p, BH; certified) %6.1f s wall %6.1f s CPU" % (wall, cpu), flush=True)
    best_plain, best_test = min(plain), min(test)
    print("best of %d: plain %.1f s wall (%.1f s CPU), significance %.1f s wall (%.1f s CPU): ratio %.2f× wall, "
          "%.2f× CPU (target ≤ 3×)" % (args.repeat, best_plain[0], best_plain[1], best_test[0], best_test[1],
                                        best_test[0] / best_plain[0], best_test[1] / best_plain[1]))
    print("method %s; largest certified relative bound %.1e; significant (BH, α = 0.05): %d of %d; mean d_ratio "
          "%.3f" % (result.method, np.nanmax(result.bound), result.significant.sum(), g.sum(),
                    np.nanmean(result.ratio)))
    check_significance_sample(x, y, g, g | services, result)
    print("peak RSS: %.2f GB" % peak_rss_gb())


def check_significance_sample(x, y, sector, control, result, n=200):
    """D, μ and σ² of n sampled establishments of the sector by brute force (numpy, from the
    formulas), against the certified bound."""
    import numpy as np
    rng = np.random.default_rng(0)
    pick = rng.choice(np.flatnonzero(sector), n, replace=False)
    cx, cy, sx, sy = x[control], y[control], x[sector], y[sector]
    worst = 0.0
    for i in pick:
        k_c = 1000.0 / np.maximum(np.hypot(cx - x[i], cy - y[i]), 1000.0)
        k_s = 1000.0 / np.maximum(np.hypot(sx - x[i], sy - y[i]), 1000.0)
        d = (k_s.sum() - 1.0) / (len(sx) - 1)
        mu = (k_c.sum() - 1.0) / (len(cx) - 1)
        second = (np.dot(k_c, k_c) - 1.0) / (len(cx) - 1)
        got = (result.d[i], result.expected[i], result.sigma2[i] + result.expected[i] ** 2)
        rel = max(abs(a - b) / b for a, b in zip(got, (d, mu, second)))
        if result.bound[i] > 0:
            worst = max(worst, rel / result.bound[i])
        elif rel > 1e-12:  # computed exactly: only rounding
            worst = float("inf")
    print("%d sampled establishments against brute force: every D, μ and Σk² within its certified bound: %s "
          "(largest error / bound %.2f)" % (n, worst <= 1.0 + 1e-9, worst))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    r = sub.add_parser("regions")
    r.add_argument("points")
    r.add_argument("regions")
    r.add_argument("--id-field", default="code", help="the regions' id field (default: code, as in the wijk layer)")
    d = sub.add_parser("dscore")
    d.add_argument("points")
    d.add_argument("--no-exact", dest="exact", action="store_false")
    m = sub.add_parser("distinct")
    m.add_argument("points")
    c = sub.add_parser("cli")
    c.add_argument("points")
    c.add_argument("--repeat", type=int, default=1)
    pr = sub.add_parser("profiles")
    pr.add_argument("points")
    rd = sub.add_parser("read")
    rd.add_argument("points")
    rd.add_argument("--sector-field", default="sbi")
    rd.add_argument("--jobs-field", default="jobs")
    rd.add_argument("--profile", action="store_true", help="also clusterindex:regionprofile end to end")
    rd.add_argument("--child", choices=("arrow", "qgis"), help=argparse.SUPPRESS)
    rd.add_argument("--out", help=argparse.SUPPRESS)
    sg = sub.add_parser("significance")
    sg.add_argument("points")
    sg.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    {"regions": bench_regions, "dscore": bench_dscore, "distinct": bench_distinct,
     "cli": bench_cli, "read": bench_read, "profiles": bench_profiles,
     "significance": bench_significance}[args.what](args)


if __name__ == "__main__":
    main()
