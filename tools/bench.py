"""Benchmarks (make bench), run with QGIS's Python. Prints times; asserts nothing.

  bench.py regions POINTS.gpkg REGIONS.gpkg|layername=wijk
      clusterindex:sizeclasses (read every point, assign it to a region, count) against
      QGIS's own native:countpointsinpolygon on the same data, in one run; and the
      assignment core alone.
  bench.py dscore ...   see `bench.py dscore --help`
"""
import argparse
import os
import resource
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    # the repository is the package `clusterindex`
    pkg_root = tempfile.mkdtemp(prefix="clusterindex-bench-")
    os.symlink(ROOT, os.path.join(pkg_root, "clusterindex"))
    sys.path.insert(0, pkg_root)
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
    from clusterindex.algorithms.regional import _polygon_rings

    points = QgsVectorLayer(args.points, "points", "ogr")
    regions = QgsVectorLayer(args.regions, "regions", "ogr")
    print("points: %s (%d features); regions: %s (%d features)" % (
        args.points, points.featureCount(), args.regions, regions.featureCount()))

    t = time.perf_counter()
    ours = processing.run("clusterindex:sizeclasses", {
        "INPUT": points, "JOBS_FIELD": "jobs", "REGIONS": regions, "REGION_ID_FIELD": "code",
        "OUTPUT": "memory:"})["OUTPUT"]
    t_ours = time.perf_counter() - t
    print("clusterindex:sizeclasses (read, assign, count): %.1f s" % t_ours)

    t = time.perf_counter()
    native = processing.run("native:countpointsinpolygon", {
        "POLYGONS": regions, "POINTS": points, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"})["OUTPUT"]
    t_native = time.perf_counter() - t
    print("native:countpointsinpolygon:                   %.1f s" % t_native)

    ours_n = {f["region_id"]: f["n_total"] for f in ours.getFeatures()}
    native_n = {str(f["code"]): f["NUMPOINTS"] for f in native.getFeatures()}
    differ = {k: (ours_n[k], native_n.get(k)) for k in ours_n if ours_n[k] != native_n.get(k)}
    print("regions whose count differs: %d" % len(differ))
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY
    for code, (n_ours, n_native) in list(differ.items())[:5]:
        region = next(regions.getFeatures("\"code\" = '%s'" % code)).geometry()
        n_geos = sum(region.intersects(QgsGeometry(f.geometry())) for f in points.getFeatures(
            QgsFeatureRequest().setFilterRect(region.boundingBox())))
        print("  %s: here %d, countpointsinpolygon %d, GEOS intersects point by point %d"
              % (code, n_ours, n_native, n_geos))
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    r = sub.add_parser("regions")
    r.add_argument("points")
    r.add_argument("regions")
    args = parser.parse_args()
    {"regions": bench_regions}[args.what](args)


if __name__ == "__main__":
    main()
