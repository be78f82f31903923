"""Regression tests for the bad inputs a user hit (the issue's bug list), through the
public behaviour only: algorithm ids, parameter ids, the messages of
QgsProcessingException, the log, the files on disk.

a. an algorithm never alters its input (outputs pointing at an input file are refused
   before anything is written);
b. a temporary output, as the toolbox sets it, loads without a dangling layer;
c. bad inputs give a message for the user, never a Python traceback;
d. no silent wrong answers (definitions, SBI values, fields of the wrong kind), and the
   cheap checks come before the expensive reading;
e. canceling while writing leaves no partial output file;
and a few of them through the real qgis_process command line."""
import glob
import hashlib
import os
import re
import shutil
import subprocess

import conftest
import numpy as np
import processing
import pytest
from layers import square, write_points, write_polygons
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

# -- helpers ------------------------------------------------------------------------

SBI = "sbi_2008"                 # the SBI code field (text)
JOBS = "werkzame_personen"       # the jobs field (integer, 1..40)
TEXT = "omschrijving"            # a text field of words
FIELDS = (("id", QVariant.Int), (SBI, QVariant.String), (JOBS, QVariant.Int), (TEXT, QVariant.String))
CODES = ("2611", "2812", "1011", "6201", "7010", "4711")
X0, Y0 = 100000.0, 400000.0
PYTHON_ERRORS = ("Traceback", "AttributeError", "ValueError", "FileNotFoundError", "KeyError", "TypeError")
DEFINITIONS_HEADER = "# test definitions\nsector,benchmark,codes,approximate,note\n"
BENCHMARK_LINES = ("Benchmark industry,Benchmark industry,10-32;383,no,\n"
                   "Benchmark services,Benchmark services,09;33;58-63;69;70-74;80-82,no,\n")
AGRI_CODES = ["0111"] * 5 + ["-1"] * 4 + ["1011"] * 6 + ["6201"] * 6 + ["onbekend"] * 2
N_BIG = 30000


class Log(conftest.Log):
    """conftest's Log (lines, progress, a cancel above a given progress) that also records
    the errors."""

    def __init__(self, cancel_above=None):
        super().__init__(cancel_above)
        self.errors = []

    def reportError(self, text, fatalError=False):  # noqa: N803 (QGIS API)
        self.errors.append(text)

    def max_progress(self):
        return max(self.progress, default=0.0)


def run(alg, params, feedback=None, **kwargs):
    return processing.run("clusterindex:" + alg, params, feedback=feedback or Log(), **kwargs)


def expect_error(alg, params, *tokens, feedback=None):
    """Run; a QgsProcessingException for the user (no Python traceback in it) naming
    every token. Returns its message."""
    with pytest.raises(QgsProcessingException) as raised:
        run(alg, params, feedback)
    message = str(raised.value)
    assert "Traceback" not in message, "a Python error instead of a message for the user:\n" + message
    for token in tokens:
        assert token in message, "the message does not name %r:\n%s" % (token, message)
    return message


def grid_rows(n=48, codes=CODES):
    """n establishments on a 1.2 km x 1.5 km grid, codes in turn, 1..40 jobs."""
    return [((X0 + (k % 8) * 1200 + 100, Y0 + (k // 8) * 1500 + 100), k, codes[k % len(codes)],
             1 + k % 40, "bedrijf nummer %d" % k) for k in range(n)]


def write_firms(path, rows):
    return write_points(path, rows, fields=FIELDS)


def write_regions(path):
    """Two 5 km squares (R1 West, R2 East) over the grid's lower rows."""
    write_polygons(path, [(square(X0, Y0, 5000), "R1", "West"), (square(X0 + 5000, Y0, 5000), "R2", "East")])
    return str(path)


def write_block(path):
    """One square around the whole grid: region B, "Block", in layer "block"."""
    write_polygons(path, [(square(X0 - 1000, Y0 - 1000, 14000), "B", "Block")], layer_name="block")
    return str(path)


def write_non_points(path, kind, name):
    """A GeoPackage layer `name` of 10 lines or polygons with the SBI field."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer(name, srs, ogr.wkbLineString if kind == "line" else ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(SBI, ogr.OFTString))
    for k in range(10):
        x = X0 + 500 * k
        wkt = ("LINESTRING(%f %f, %f %f)" % (x, Y0, x + 50, Y0 + 100) if kind == "line" else
               "POLYGON((%f %f, %f %f, %f %f, %f %f))" % (x, Y0, x + 50, Y0, x + 50, Y0 + 100, x, Y0))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(SBI, CODES[k % len(CODES)])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid()
    return layer


def write_definitions(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(DEFINITIONS_HEADER + text)
    return str(path)


def files_of(path):
    """Every file of a layer on disk: a shapefile's sidecars, a GeoPackage's journals."""
    base, ext = os.path.splitext(str(path))
    if ext.lower() == ".shp":
        return [base + e for e in (".shp", ".shx", ".dbf", ".prj", ".cpg")]
    return [str(path)] + [str(path) + s for s in ("-wal", "-shm") if os.path.exists(str(path) + s)]


def hashes(paths):
    """sha256 of every file (None for a missing one)."""
    out = {}
    for p in paths:
        if os.path.exists(p):
            with open(p, "rb") as f:
                out[p] = hashlib.sha256(f.read()).hexdigest()
        else:
            out[p] = None
    return out


def ids_of(layer):
    return {f["id"] for f in layer.getFeatures()}


@pytest.fixture
def firms(tmp_path):
    """(layer, GeoPackage path) of the 48 grid establishments."""
    path = tmp_path / "firms.gpkg"
    return write_firms(path, grid_rows()), str(path)


def _alteration_case(case, tmp_path):
    """(algorithm, parameters, the input files that must stay as they are)."""
    gpkg = str(tmp_path / "firms.gpkg")
    write_firms(gpkg, grid_rows())
    regions = write_regions(tmp_path / "regions.gpkg")
    block = write_block(tmp_path / "block.gpkg")
    profile = {"INPUT": gpkg, "SBI_FIELD": SBI, "SECTOR": "Brainport activities", "REGIONS": regions,
               "REGION_ID_FIELD": "code", "BENCHMARK_MEAN": 1, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"}
    if case == "dscore OUTPUT = INPUT":
        return "dscore", {"INPUT": gpkg, "SECTOR_FIELD": SBI, "OUTPUT": gpkg}, files_of(gpkg)
    if case == "dscore OUTPUT = INPUT|layername":
        return "dscore", {"INPUT": gpkg + "|layername=firms", "SECTOR_FIELD": SBI, "OUTPUT": gpkg}, files_of(gpkg)
    if case == "dscore shapefile OUTPUT = INPUT":
        shp = str(tmp_path / "firms.shp")
        assert gdal.VectorTranslate(shp, gpkg, format="ESRI Shapefile",
                                    layerCreationOptions=["ENCODING=UTF-8"]) is not None  # writes the .cpg
        files = files_of(shp)
        assert all(os.path.exists(f) for f in files), files
        return "dscore", {"INPUT": shp, "SECTOR_FIELD": SBI, "OUTPUT": shp}, files
    if case == "benchmark OUTPUT = INPUT":
        return "benchmark", {"INPUT": gpkg, "SBI_FIELD": SBI, "OUTPUT": gpkg, "OUTPUT_TABLE": "memory:"}, files_of(gpkg)
    if case == "regionprofile OUTPUT = REGIONS":
        return "regionprofile", dict(profile, OUTPUT=regions), files_of(regions)
    if case == "regionprofile OUTPUT_TABLE = INPUT":
        return "regionprofile", dict(profile, OUTPUT_TABLE=gpkg), files_of(gpkg)
    if case == "regionprofile OUTPUT_HTML = INPUT":
        return "regionprofile", dict(profile, OUTPUT_HTML=gpkg), files_of(gpkg)
    if case == "regionprofile OUTPUT_CHART = REGIONS":
        return "regionprofile", dict(profile, OUTPUT_CHART=regions), files_of(regions)
    if case == "neighbourhoods OUTPUT = AREAS":
        return "neighbourhoods", {"INPUT": gpkg, "SBI_FIELD": SBI, "REGIONS": block, "REGION_FIELD": "name",
                                  "REGION_VALUE": "Block", "AREAS": regions, "OUTPUT": regions}, files_of(regions)
    if case == "sectorsummary OUTPUT_HTML = INPUT":
        return "sectorsummary", {"INPUT": gpkg, "SBI_FIELD": SBI, "OUTPUT": "memory:",
                                 "OUTPUT_HTML": gpkg}, files_of(gpkg)
    if case == "sizeclasses OUTPUT_HTML = REGIONS":
        return "sizeclasses", {"INPUT": gpkg, "JOBS_FIELD": JOBS, "REGIONS": regions, "OUTPUT": "memory:",
                               "OUTPUT_HTML": regions}, files_of(regions)
    if case == "sectorsummary CSV OUTPUT = CSV INPUT":
        csv_path = str(tmp_path / "firms.csv")
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write("id,x,y,%s\n" % SBI)
            for (x, y), k, code, *_ in grid_rows():
                f.write("%d,%.1f,%.1f,%s\n" % (k, x, y, code))
        uri = "file://%s?delimiter=,&xField=x&yField=y&crs=EPSG:28992&type=csv" % csv_path
        layer = QgsVectorLayer(uri, "firms_csv", "delimitedtext")
        assert layer.isValid() and layer.featureCount() == 48
        return "sectorsummary", {"INPUT": layer, "SBI_FIELD": SBI, "OUTPUT": csv_path}, [csv_path]
    raise AssertionError(case)


ALTERATION_CASES = ["dscore OUTPUT = INPUT", "dscore OUTPUT = INPUT|layername", "dscore shapefile OUTPUT = INPUT",
                    "benchmark OUTPUT = INPUT", "regionprofile OUTPUT = REGIONS",
                    "regionprofile OUTPUT_TABLE = INPUT", "regionprofile OUTPUT_HTML = INPUT",
                    "regionprofile OUTPUT_CHART = REGIONS", "neighbourhoods OUTPUT = AREAS",
                    "sectorsummary OUTPUT_HTML = INPUT", "sizeclasses OUTPUT_HTML = REGIONS",
                    "sectorsummary CSV OUTPUT = CSV INPUT"]


def _benchmark_rows(case):
    """Layers whose industry benchmark has fewer than two located establishments."""
    services = [((X0 + 300 * k, Y0 + 200 * k), k, "6201", 1, "") for k in range(10)]
    if case == "only one industry establishment":
        return services + [((X0, Y0 + 5000), 10, "2611", 1, "")]
    if case == "one located, the rest without geometry":
        return services + [((X0, Y0 + 5000), 10, "2611", 1, "")] + [
            (None, 11 + k, "1011", 1, "") for k in range(4)]
    if case == "none located":
        return services + [(None, 10 + k, code, 1, "") for k, code in enumerate(("2611", "1011", "2812", "1011"))]
    raise AssertionError(case)


def _params_for(alg, layer, tmp_path, definitions, sector):
    if alg == "clusters":
        return {"INPUT": layer, "SBI_FIELD": SBI, "DEFINITIONS": definitions, "SECTOR": sector, "THRESHOLDS": 1,
                "OUTPUT": "memory:"}
    if alg == "benchmark":
        return {"INPUT": layer, "SBI_FIELD": SBI, "DEFINITIONS": definitions, "BENCHMARK": 0,
                "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"}
    if alg == "sectorsummary":
        return {"INPUT": layer, "SBI_FIELD": SBI, "DEFINITIONS": definitions, "OUTPUT": "memory:"}
    if alg == "regionprofile":
        return {"INPUT": layer, "SBI_FIELD": SBI, "DEFINITIONS": definitions, "SECTOR": sector,
                "REGIONS": write_regions(tmp_path / "regions.gpkg"), "BENCHMARK_MEAN": 1, "OUTPUT": "memory:",
                "OUTPUT_TABLE": "memory:"}
    raise AssertionError(alg)


def _sbi_rows(values):
    """20 clustered Brainport establishments (2611) and 20 of industry (1011), then one
    establishment per value in `values` (ids 100, 101, ...), then a shop (4711, id 99)."""
    rows = [((X0 + 150 * k, Y0 + 100 * (k % 5)), k, "2611" if k < 20 else "1011", 5, "") for k in range(40)]
    rows.append(((X0 + 500, Y0 + 900), 99, "4711", 5, ""))
    rows += [((X0 + 200 * k, Y0 + 700), 100 + k, v, 5, "") for k, v in enumerate(values)]
    return rows


def _agriculture(tmp_path, codes):
    rows = [((X0 + 300 * k, Y0 + 200 * (k % 4)), k, code, 3, "") for k, code in enumerate(codes)]
    layer = write_firms(tmp_path / "agri.gpkg", rows)
    definitions = write_definitions(tmp_path / "sectors.csv", BENCHMARK_LINES +
                                    "Agriculture,Benchmark industry,01,no,\n")
    log = Log()
    out = run("sectorsummary", {"INPUT": layer, "SBI_FIELD": SBI, "DEFINITIONS": definitions,
                                "OUTPUT": "memory:"}, log)["OUTPUT"]
    return {f["sector"]: f for f in out.getFeatures()}, log


@pytest.fixture(scope="module")
def big_layer(tmp_path_factory):
    """30,000 establishments in 10 sectors over 40 km, written with OGR."""
    path = str(tmp_path_factory.mktemp("big") / "big.gpkg")
    rng = np.random.default_rng(7)
    xy = rng.uniform([X0, Y0], [X0 + 40000, Y0 + 40000], (N_BIG, 2)).round(-1)
    codes = ("1011", "2611", "2812", "6201", "7010", "4711", "8610", "4120", "5610", "6419")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("big", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("sbi", ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for k, (x, y) in enumerate(xy.tolist()):
        feature = ogr.Feature(definition)
        feature.SetField("id", k)
        feature.SetField("sbi", codes[k % len(codes)])
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return path


@pytest.fixture(scope="module")
def cli(plugin):
    """(qgis_process executable, environment) with the plugin enabled."""
    from conftest import PLUGIN_PATH
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    assert exe, "qgis_process is not installed"
    env = dict(os.environ, QGIS_PLUGINPATH=PLUGIN_PATH, QT_QPA_PLATFORM="offscreen")
    enable = subprocess.run([exe, "plugins", "enable", "clusterindex"], env=env, capture_output=True, text=True,
                            timeout=300)
    assert enable.returncode == 0 or "already enabled" in enable.stdout + enable.stderr, enable.stdout
    return exe, env


def run_cli(cli, alg, params):
    exe, env = cli
    args = [exe, "run", "clusterindex:" + alg, "--"] + ["%s=%s" % kv for kv in params.items()]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def _cli_case(case, tmp_path):
    """(algorithm, parameters, files that must stay as they are)."""
    gpkg = str(tmp_path / "firms.gpkg")
    if case == "line layer as establishments":
        write_non_points(tmp_path / "roads.gpkg", "line", "roads")
        return "dscore", {"INPUT": str(tmp_path / "roads.gpkg"), "SECTOR_FIELD": SBI,
                          "OUTPUT": str(tmp_path / "out.gpkg")}, []
    if case == "benchmark without located establishments":
        write_firms(gpkg, _benchmark_rows("one located, the rest without geometry"))
        return "clusters", {"INPUT": gpkg, "SBI_FIELD": SBI, "SECTOR": "Brainport activities", "THRESHOLDS": 0,
                            "OUTPUT": str(tmp_path / "out.gpkg")}, []
    write_firms(gpkg, grid_rows())
    regions = write_regions(tmp_path / "regions.gpkg")
    profile = {"INPUT": gpkg, "SBI_FIELD": SBI, "SECTOR": "Brainport activities", "REGIONS": regions,
               "BENCHMARK_MEAN": 1, "OUTPUT": str(tmp_path / "profile.gpkg"),
               "OUTPUT_TABLE": str(tmp_path / "profile.csv")}
    if case == "text field as D-scores":
        return "regionprofile", dict(profile, D_SCORE_FIELD=SBI), []
    if case == "text field as jobs":
        return "dscore", {"INPUT": gpkg, "SECTOR_FIELD": SBI, "JOBS_FIELD": TEXT,
                          "OUTPUT": str(tmp_path / "out.gpkg")}, []
    if case == "no regions":
        return "regionprofile", {k: v for k, v in profile.items() if k != "REGIONS"}, []
    if case == "backwards range":
        definitions = write_definitions(tmp_path / "sectors.csv", BENCHMARK_LINES +
                                        "Electronics and more,Benchmark industry,26-27;32-10,no,\n")
        return "benchmark", {"INPUT": gpkg, "SBI_FIELD": SBI, "DEFINITIONS": definitions,
                             "OUTPUT": str(tmp_path / "out.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.csv")}, []
    if case == "OUTPUT = INPUT":
        return "dscore", {"INPUT": gpkg, "SECTOR_FIELD": SBI, "OUTPUT": gpkg}, files_of(gpkg)
    raise AssertionError(case)


# -- a. the input is never altered ------------------------------------------------------


@pytest.mark.parametrize("case", ALTERATION_CASES)
def test_output_onto_an_input_is_refused_and_the_input_kept(plugin, tmp_path, case):
    alg, params, files = _alteration_case(case, tmp_path)
    before = hashes(files)
    assert all(before.values()), before
    try:
        run(alg, params)
        message = None
    except QgsProcessingException as e:
        message = str(e)
    changed = [os.path.basename(p) for p, h in hashes(files).items() if h != before[p]]
    assert not changed, "the input was altered: %s" % changed
    assert message is not None, "no error: the output was written onto the input"
    assert "Traceback" not in message, message


def test_output_elsewhere_leaves_the_input_as_it_was(plugin, tmp_path):
    """The control for the hashes above: reading alone changes no input file."""
    alg, params, files = _alteration_case("regionprofile OUTPUT = REGIONS", tmp_path)
    gpkg = params["INPUT"]
    files = files + files_of(gpkg)
    before = hashes(files)
    run(alg, dict(params, OUTPUT=str(tmp_path / "profile.gpkg"), OUTPUT_TABLE=str(tmp_path / "profile.csv"),
                  OUTPUT_HTML=str(tmp_path / "profile.html")))
    run("dscore", {"INPUT": gpkg, "SECTOR_FIELD": SBI, "OUTPUT": str(tmp_path / "scored.gpkg")})
    assert hashes(files) == before


# -- b. a temporary output loads ----------------------------------------------------------


@pytest.mark.parametrize("how", ["string", "toolbox"])
def test_temporary_output_leaves_no_dangling_layer(plugin, firms, how):
    """As the toolbox runs it: OUTPUT a temporary output, to be loaded into the project.
    Every layer the context is to load must exist, and so must the returned OUTPUT."""
    _, path = firms
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = (QgsProcessing.TEMPORARY_OUTPUT if how == "string" else
              QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, QgsProject.instance()))
    # is_child_algorithm: the result layers stay in the context (as in the toolbox), not
    # taken out of it into the returned dictionary
    results = run("dscore", {"INPUT": path, "SECTOR_FIELD": SBI, "OUTPUT": output}, context=context,
                  is_child_algorithm=True)
    dangling = [key for key in context.layersToLoadOnCompletion()
                if QgsProcessingUtils.mapLayerFromString(key, context) is None]
    assert not dangling, "layers to load that do not exist: %s" % dangling
    result = results["OUTPUT"]
    layer = result if isinstance(result, QgsMapLayer) else QgsProcessingUtils.mapLayerFromString(result, context)
    assert layer is not None and layer.isValid(), result
    assert layer.featureCount() == 48
    if how == "toolbox":
        assert len(context.layersToLoadOnCompletion()) == 1


def test_temporary_output_loads_into_the_project_without_error(plugin, firms):
    _, path = firms
    project = QgsProject.instance()
    before = set(project.mapLayers())
    log = Log()
    processing.runAndLoadResults("clusterindex:dscore", {
        "INPUT": path, "SECTOR_FIELD": SBI, "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT}, feedback=log)
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert not log.errors, log.errors
        assert len(added) == 1 and added[0].featureCount() == 48
    finally:
        project.removeMapLayers([layer.id() for layer in added])


# -- c. messages, not tracebacks ------------------------------------------------------------


@pytest.mark.parametrize("alg", ["dscore", "benchmark", "clusters", "sectorsummary"])
@pytest.mark.parametrize("kind, name", [("line", "roads"), ("polygon", "parcels")])
def test_lines_or_polygons_as_establishments(plugin, tmp_path, alg, kind, name):
    layer = write_non_points(tmp_path / (name + ".gpkg"), kind, name)
    params = {"INPUT": layer, "OUTPUT": "memory:"}
    params.update({"SECTOR_FIELD": SBI} if alg == "dscore" else {"SBI_FIELD": SBI})
    if alg == "benchmark":
        params["OUTPUT_TABLE"] = "memory:"
    expect_error(alg, params, name)


@pytest.mark.parametrize("case", ["only one industry establishment", "one located, the rest without geometry",
                                  "none located"])
def test_clusters_computed_thresholds_without_two_located_benchmark_establishments(plugin, tmp_path, case):
    layer = write_firms(tmp_path / "few.gpkg", _benchmark_rows(case))
    sector = ({"SECTOR_EXPRESSION": "\"%s\" = '6201'" % SBI, "BENCHMARK": 1} if case == "none located" else
              {"SECTOR": "Brainport activities"})
    message = expect_error("clusters", dict(sector, INPUT=layer, SBI_FIELD=SBI, THRESHOLDS=0, OUTPUT="memory:"))
    assert "enchmark" in message, message  # Benchmark or benchmark


@pytest.mark.parametrize("alg, output", [("regionprofile", "OUTPUT_CHART"), ("regionprofile", "OUTPUT_HTML"),
                                         ("sizeclasses", "OUTPUT_CHART"), ("sizeclasses", "OUTPUT_HTML")])
def test_chart_and_report_into_a_folder_not_made_yet(plugin, firms, tmp_path, alg, output):
    layer, _ = firms
    target = tmp_path / "new" / "sub" / ("chart.png" if output == "OUTPUT_CHART" else "report.html")
    params = {"INPUT": layer, "JOBS_FIELD": JOBS, "REGIONS": write_regions(tmp_path / "regions.gpkg"),
              "OUTPUT": "memory:", output: str(target)}
    if alg == "regionprofile":
        params.update(SBI_FIELD=SBI, SECTOR="Brainport activities", OUTPUT_TABLE="memory:", BENCHMARK_MEAN=1)
    try:
        results = run(alg, params)
    except QgsProcessingException as e:
        pytest.fail("the output folder is not made: %s" % str(e).strip().splitlines()[-1])
    assert target.is_file() and target.stat().st_size > 0
    assert os.path.abspath(results[output]) == os.path.abspath(str(target))


@pytest.mark.parametrize("field", [SBI, TEXT])
def test_regionprofile_text_field_as_d_scores(plugin, firms, tmp_path, field):
    layer, _ = firms
    expect_error("regionprofile", {
        "INPUT": layer, "SBI_FIELD": SBI, "SECTOR": "Brainport activities", "D_SCORE_FIELD": field,
        "REGIONS": write_regions(tmp_path / "regions.gpkg"), "BENCHMARK_MEAN": 1, "OUTPUT": "memory:",
        "OUTPUT_TABLE": "memory:"}, field)


# -- d. no silent wrong answers -----------------------------------------------------------------


@pytest.mark.parametrize("alg", ["clusters", "benchmark", "sectorsummary", "regionprofile"])
def test_definitions_with_a_backwards_range(plugin, firms, tmp_path, alg):
    layer, _ = firms
    definitions = write_definitions(tmp_path / "sectors.csv", BENCHMARK_LINES +
                                    "Electronics and more,Benchmark industry,26-27;32-10,no,backwards\n")
    expect_error(alg, _params_for(alg, layer, tmp_path, definitions, "Electronics and more"), "32-10")


def test_definitions_with_a_misspelt_benchmark(plugin, firms, tmp_path):
    layer, _ = firms
    definitions = write_definitions(tmp_path / "sectors.csv", BENCHMARK_LINES +
                                    "Brainport activities,Benchmark industri,26-29,no,\n")
    misspelt = re.compile(r"Benchmark industri(?!y)")  # "Benchmark industry" is not it
    log = Log()
    try:
        run("sectorsummary", _params_for("sectorsummary", layer, tmp_path, definitions, None), log)
    except QgsProcessingException as e:
        assert "Traceback" not in str(e), str(e)
        assert misspelt.search(str(e)), str(e)
        return
    assert any(misspelt.search(t) for t in log.warnings + log.errors), \
        "no warning names the unknown benchmark: %s" % (log.warnings + log.errors)


@pytest.mark.parametrize("value", ["2611.0", "26110.0", "26 11"])
def test_sbi_text_values_read_as_brainport(plugin, tmp_path, value):
    layer = write_firms(tmp_path / "codes.gpkg", _sbi_rows([value]))
    out = run("clusters", {"INPUT": layer, "SBI_FIELD": SBI, "SECTOR": "Brainport activities", "THRESHOLDS": 1,
                           "OUTPUT": "memory:", "OUTPUT_ALL": "memory:"})["OUTPUT_ALL"]
    members = ids_of(out)
    assert set(range(20)) <= members and 99 not in members  # the control rows
    assert 100 in members, "SBI %r is not counted in Brainport activities" % value


def test_sbi_38_comma_32_is_group_383_in_the_industry_benchmark(plugin, tmp_path):
    layer = write_firms(tmp_path / "codes.gpkg", _sbi_rows(["38,32"]))
    out = run("benchmark", {"INPUT": layer, "SBI_FIELD": SBI, "BENCHMARK": 0, "OUTPUT": "memory:",
                            "OUTPUT_TABLE": "memory:"})["OUTPUT"]
    members = ids_of(out)
    assert set(range(40)) <= members and 99 not in members
    assert 100 in members, "SBI '38,32' (group 38.3) is not in the industry benchmark"


def test_minus_one_is_not_agriculture(plugin, tmp_path):
    table, _ = _agriculture(tmp_path, AGRI_CODES)
    assert table["Benchmark industry"]["n"] == 6
    assert table["Agriculture"]["n"] == 5, "SBI '-1' read as agriculture (division 01)"


def test_unreadable_sbi_codes_logged_with_the_field(plugin, tmp_path):
    _, log = _agriculture(tmp_path, AGRI_CODES)
    assert any(SBI in t for t in log.warnings + log.errors), \
        "no warning about unreadable codes names the field %s: %s" % (SBI, log.warnings)


@pytest.mark.parametrize("alg", ["dscore", "regionprofile"])
def test_text_field_as_jobs(plugin, firms, tmp_path, alg):
    layer, _ = firms
    params = {"INPUT": layer, "JOBS_FIELD": TEXT, "OUTPUT": "memory:"}
    if alg == "dscore":
        params["SECTOR_FIELD"] = SBI
    else:
        params.update(SBI_FIELD=SBI, SECTOR="Brainport activities", REGIONS=write_regions(tmp_path / "r.gpkg"),
                      BENCHMARK_MEAN=1, OUTPUT_TABLE="memory:")
    expect_error(alg, params, TEXT)


def test_jobs_field_as_sbi_field_warns(plugin, firms):
    layer, _ = firms
    log = Log()
    run("benchmark", {"INPUT": layer, "SBI_FIELD": JOBS, "BENCHMARK": 0, "OUTPUT": "memory:",
                      "OUTPUT_TABLE": "memory:"}, log)
    assert any(JOBS in t for t in log.warnings + log.errors), \
        "no warning names the SBI field %s holding 1..40: %s" % (JOBS, log.warnings)


def test_regionprofile_without_regions_fails_before_reading(plugin, firms):
    layer, _ = firms
    log = Log()
    message = expect_error("regionprofile", {
        "INPUT": layer, "SBI_FIELD": SBI, "SECTOR": "Brainport activities", "OUTPUT": "memory:",
        "OUTPUT_TABLE": "memory:"}, feedback=log)
    assert "region" in message.lower(), message
    assert log.max_progress() <= 5, "progress %.1f%% before the error: the points were read first" % \
        log.max_progress()


@pytest.mark.parametrize("alg", ["benchmark", "clusters", "sectorsummary", "regionprofile", "sizeclasses",
                                 "neighbourhoods"])
def test_missing_sbi_field_fails_before_reading(plugin, firms, tmp_path, alg):
    layer, _ = firms
    regions = write_regions(tmp_path / "regions.gpkg")
    params = {"INPUT": layer, "SBI_FIELD": "sbi_nope", "JOBS_FIELD": JOBS, "SECTOR": "Brainport activities",
              "OUTPUT": "memory:"}
    if alg == "benchmark":
        params["OUTPUT_TABLE"] = "memory:"
    if alg in ("regionprofile", "sizeclasses"):
        params.update(REGIONS=regions, OUTPUT_TABLE="memory:")
    if alg == "neighbourhoods":
        params.update(REGIONS=write_block(tmp_path / "block.gpkg"), REGION_FIELD="name", REGION_VALUE="Block",
                      AREAS=regions)
    log = Log()
    expect_error(alg, params, "sbi_nope", feedback=log)
    assert log.max_progress() <= 5, "progress %.1f%% before the error" % log.max_progress()


# -- e. cancel while writing ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("ext", ["gpkg", "shp"])
def test_cancel_while_writing_leaves_no_partial_output(plugin, big_layer, tmp_path, ext):
    target = tmp_path / ("out." + ext)
    log = Log(cancel_above=86)  # D-scores are done at 85%: the rest is writing
    try:
        result = run("dscore", {"INPUT": big_layer, "SECTOR_FIELD": "sbi", "OUTPUT": str(target)}, log)
    except QgsProcessingException as e:
        assert "Traceback" not in str(e), str(e)
        result = None
    assert log.isCanceled(), "never canceled: no progress above 86%% was reported (max %.1f)" % log.max_progress()
    assert result in (None, {}) or not result.get("OUTPUT"), result
    left = sorted(os.path.basename(p) for p in glob.glob(str(tmp_path / "out.*")))
    assert not left, "a canceled run left a partial output: %s" % left


# -- the same through qgis_process ------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("case", ["line layer as establishments", "benchmark without located establishments",
                                  "text field as D-scores", "text field as jobs", "no regions",
                                  "backwards range", "OUTPUT = INPUT"])
def test_qgis_process_refuses_bad_input_without_traceback(plugin, cli, tmp_path, case):
    alg, params, files = _cli_case(case, tmp_path)
    before = hashes(files)
    code, output = run_cli(cli, alg, params)
    assert hashes(files) == before, "the input was altered"
    assert code != 0, "qgis_process succeeded:\n" + output
    found = [word for word in PYTHON_ERRORS if word in output]
    assert not found, "Python errors %s in the output:\n%s" % (found, output)
