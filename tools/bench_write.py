"""Benchmark of writing point outputs (make bench), run with QGIS's Python. Prints wall and
CPU time (every thread of the process, or of the child process); asserts nothing.

  bench_write.py POINTS.gpkg [--cases write,gpkg,temporary,memory,floor] [--package DIR]
      write      fastwrite on its own: every feature of POINTS with two new double columns
                 (d_score, and jobs replacing the input's column) to a GeoPackage file;
      gpkg       clusterindex:dscore by section, OUTPUT a .gpkg file;
      temporary  the same with OUTPUT = TEMPORARY_OUTPUT as the dialog sets it (loaded
                 into a project on completion, styled);
      memory     the same with OUTPUT = memory: (the feature-by-feature sink);
      floor      ogr2ogr -preserve_fid of POINTS (no spatial index): the I/O floor.
  Each case runs in a process of its own. For the algorithm runs, the write step (from
  85 % of the progress to the end of the run) is timed apart from the whole run, and so
  is loading the result. --package DIR: a folder holding another copy of the plugin as
  `clusterindex` (e.g. an older commit, for a before/after comparison)."""
import argparse
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import run_child, start_qgis  # noqa: E402 (tools/ is not a package)

CASES = ("write", "gpkg", "temporary", "memory", "floor")
DSCORE_FIELDS = {"SECTOR_FIELD": "section", "JOBS_FIELD": "jobs"}


def clock():
    return time.perf_counter(), time.process_time()


def since(start):
    wall, cpu = clock()
    return "wall %6.1f s, CPU %6.1f s" % (wall - start[0], cpu - start[1])


def case_write(args):
    """fastwrite alone: the columns d_score (new) and jobs (replacing the input's)."""
    import numpy as np
    from osgeo import ogr
    from qgis.core import QgsProcessingFeedback

    from clusterindex.algorithms import fastwrite, outputs
    dataset = ogr.Open(args.points)
    layer = dataset.GetLayer(0)
    layer_name = layer.GetName()
    layer.SetIgnoredFields([layer.GetLayerDefn().GetFieldDefn(i).GetName()
                            for i in range(layer.GetLayerDefn().GetFieldCount())] + ["OGR_GEOMETRY"])
    fids = np.fromiter((f.GetFID() for f in layer), dtype=np.int64)
    dataset = None
    rng = np.random.default_rng(1)
    d = rng.random(len(fids))
    d[::7] = np.nan
    columns = [outputs.Column("d_score", "double", outputs.values(d)),
               outputs.Column("jobs", "double", outputs.values(rng.integers(1, 40, len(fids)).astype(float)))]
    dest = os.path.join(args.tmp, "write.gpkg")
    plan = fastwrite.Plan(args.points, layer_name, dest, "write")
    start = clock()
    route = fastwrite.write(plan, fids, columns, QgsProcessingFeedback())
    print("write: fastwrite.write of %d features, 2 double columns (one replacing): %s (%s route)" % (
        len(fids), since(start), route), flush=True)


def timer():
    """A feedback that notes the clocks when the progress first reaches 85 % (dscore's
    write step begins there) and keeps the log."""
    from qgis.core import QgsProcessingFeedback

    class Timer(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.write_start, self.lines = None, []

        def setProgress(self, progress):  # noqa: N802 (QGIS API)
            if progress >= 85 and self.write_start is None:
                self.write_start = clock()
            super().setProgress(progress)

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            self.lines.append(text)

    return Timer()


def case_dscore(args):
    """clusterindex:dscore by section to a .gpkg, TEMPORARY_OUTPUT or memory:, then the
    result loaded as the dialog loads it."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import (
        QgsApplication,
        QgsProcessing,
        QgsProcessingContext,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )
    project = QgsProject.instance()
    target = {"gpkg": os.path.join(args.tmp, "dscore.gpkg"), "temporary": QgsProcessing.TEMPORARY_OUTPUT,
              "memory": "memory:"}[args.child]
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = timer()
    params = dict(DSCORE_FIELDS, INPUT=args.points, OUTPUT=QgsProcessingOutputLayerDefinition(target, project))
    start = clock()
    alg = QgsApplication.processingRegistry().createAlgorithmById("clusterindex:dscore")
    results, ok = alg.run(params, context, feedback)
    end = clock()
    loaded = clock()
    handleAlgorithmResults(alg, context, feedback, parameters=params)
    layers = list(project.mapLayers().values())
    print("%-9s dscore run: %s; write step (85-100 %%): %s; loading: %s" % (
        args.child, "wall %6.1f s, CPU %6.1f s" % (end[0] - start[0], end[1] - start[1]),
        "wall %6.1f s, CPU %6.1f s" % (end[0] - feedback.write_start[0], end[1] - feedback.write_start[1]),
        since(loaded)), flush=True)
    for layer in layers:
        print("          loaded %r: %d features, %s, renderer %s" % (
            layer.name(), layer.featureCount(), layer.providerType(), type(layer.renderer()).__name__))
    for line in feedback.lines:
        if "written" in line:
            print("          log: " + line)
    if not ok:
        print("          FAILED", results)


def case_floor(args):
    wall, cpu, _, code, out = run_child(["ogr2ogr", "-f", "GPKG", "-preserve_fid", "-lco", "SPATIAL_INDEX=NO",
                                         "-gt", "65536", os.path.join(args.tmp, "floor.gpkg"), args.points])
    if code:
        raise SystemExit("ogr2ogr failed: %s" % out)
    print("floor: ogr2ogr -preserve_fid (no spatial index): wall %6.1f s, CPU %6.1f s" % (wall, cpu), flush=True)


def child(args):
    if args.child == "floor":
        return case_floor(args)
    app, _ = start_qgis(args.package)
    (case_write if args.child == "write" else case_dscore)(args)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("points")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--package", default="", help="a folder holding the plugin as clusterindex")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    for name in args.cases.split(","):
        if name not in CASES:
            parser.error("unknown case %s" % name)
        with tempfile.TemporaryDirectory(prefix="clusterindex-bench-write-") as tmp:
            wall, cpu, rss, _, out = run_child([sys.executable, os.path.abspath(__file__), args.points, "--child",
                                                name, "--tmp", tmp, "--package", args.package])
            print(out, end="")
            print("          (the whole process, QGIS start included: wall %.1f s, CPU %.1f s, peak RSS %.2f GB)"
                  % (wall, cpu, rss), flush=True)


if __name__ == "__main__":
    main()
