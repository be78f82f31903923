"""clusterindex:dscore through processing.run, with the real plugin, on real files."""
import os
import shutil
import subprocess

import processing
import pytest
from conftest import value
from layers import by_id, write_points
from oracles import dscores as brute
from oracles import haversine_km
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsUnitTypes,
    QgsVectorLayer,
)

ALG = "clusterindex:dscore"


def run(params, context=None, feedback=None):
    return processing.run(ALG, params, context=context, feedback=feedback or QgsProcessingFeedback())


def expected_scores(rows):
    points = [r[0] for r in rows]
    sectors = [None if r[2] is None or not r[2].strip() else r[2] for r in rows]
    return dict(zip([r[1] for r in rows], brute(points, sectors)))


def test_scores_match_brute_force_and_no_feature_is_lost(plugin, mixed_layer, tmp_path):
    layer, rows = mixed_layer
    out = str(tmp_path / "out.gpkg")
    result = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs", "OUTPUT": out})
    scored = QgsVectorLayer(result["OUTPUT"], "scored", "ogr")
    assert scored.featureCount() == layer.featureCount() == 300
    names = scored.fields().names()
    for name in ("id", "sbi", "d_score", "d_decile", "n_sector", "jobs"):
        assert name in names
    features = by_id(scored)
    ref = expected_scores(rows)
    for fid, want in ref.items():
        got = value(features[fid]["d_score"])
        if want is None:
            assert got is None, fid
            assert value(features[fid]["d_decile"]) is None
        else:
            assert got == pytest.approx(want, rel=1e-9)
            assert 1 <= features[fid]["d_decile"] <= 10
    assert ref[0] is None and ref[1] is None and ref[2] is None and ref[3] is None
    assert features[3]["n_sector"] == 1
    assert value(features[1]["n_sector"]) is None
    assert features[4]["jobs"] == 1 and features[5]["jobs"] == 1
    assert features[10]["jobs"] == rows[10][3]
    n_6201 = sum(1 for r in rows if r[2] == "6201" and r[0] is not None)
    assert features[4]["n_sector"] == n_6201
    assert features[0]["n_sector"] == n_6201  # J counts located establishments


def test_deciles_follow_scores_within_sector(plugin, mixed_layer):
    layer, _ = mixed_layer
    out = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "OUTPUT": "memory:"})["OUTPUT"]
    by_sector = {}
    for f in out.getFeatures():
        if value(f["d_score"]) is not None:
            by_sector.setdefault(f["sbi"], []).append((f["d_score"], f["d_decile"]))
    for pairs in by_sector.values():
        pairs.sort()
        deciles = [d for _, d in pairs]
        assert deciles == sorted(deciles) and deciles[0] == 1
        assert max(deciles) >= 9 if len(pairs) >= 10 else True


def test_without_sector_field_one_population(plugin, mixed_layer):
    layer, rows = mixed_layer
    out = run({"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    ref = dict(zip([r[1] for r in rows], brute([r[0] for r in rows], [0] * len(rows))))
    for f in out.getFeatures():
        want = ref[f["id"]]
        assert (value(f["d_score"]) is None) if want is None else f["d_score"] == pytest.approx(want, rel=1e-9)
        assert f["jobs"] == 1  # no jobs field: every establishment counts 1


def test_distance_floor_parameter(plugin, mixed_layer):
    layer, rows = mixed_layer
    out = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "DISTANCE_FLOOR": 250, "OUTPUT": "memory:"})["OUTPUT"]
    points = [r[0] for r in rows]
    sectors = [None if r[2] is None or not r[2].strip() else r[2] for r in rows]
    ref = dict(zip([r[1] for r in rows], brute(points, sectors, floor_km=0.25)))
    for f in out.getFeatures():
        if ref[f["id"]] is not None:
            assert f["d_score"] == pytest.approx(ref[f["id"]], rel=1e-9)


def transformed_rows(rows, crs):
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    out = []
    for geom, *attrs in rows:
        if geom is not None:
            p = tr.transform(QgsPointXY(*geom))
            geom = (p.x(), p.y())
        out.append((geom, *attrs))
    return out


def test_geographic_layer_uses_great_circle_distance(plugin, mixed_layer, tmp_path):
    _, rows = mixed_layer
    geo_rows = transformed_rows(rows, "EPSG:4326")
    layer = write_points(tmp_path / "wgs84.gpkg", geo_rows, crs="EPSG:4326")
    feedback = QgsProcessingFeedback()
    log = []
    feedback.pushInfo = log.append
    warnings = []
    feedback.pushWarning = warnings.append
    out = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    assert any("great-circle" in line for line in log)
    # the default fast method cannot take degrees: the user is told, and how to get it
    assert any("computed exactly" in w and "EPSG:28992" in w for w in warnings)
    points = [r[0] for r in geo_rows]
    sectors = [None if r[2] is None or not r[2].strip() else r[2] for r in geo_rows]
    ref = dict(zip([r[1] for r in geo_rows], brute(points, sectors, distance=haversine_km)))
    planar = expected_scores(rows)
    for f in out.getFeatures():
        want = ref[f["id"]]
        if want is None:
            assert value(f["d_score"]) is None
            continue
        assert f["d_score"] == pytest.approx(want, rel=1e-9)
        # and close to the RD New result: never degrees taken for kilometres
        assert f["d_score"] == pytest.approx(planar[f["id"]], rel=0.01)


def test_projected_crs_in_feet_is_converted(plugin, mixed_layer, tmp_path):
    _, rows = mixed_layer
    ft = 0.3048
    rows_ft = [((g[0] / ft, g[1] / ft) if g else None, *a) for g, *a in rows]
    # EPSG:2277, NAD83 / Texas Central (ftUS): a projected CRS in feet
    layer = write_points(tmp_path / "feet.gpkg", rows_ft, crs="EPSG:2277")
    out = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "OUTPUT": "memory:"})["OUTPUT"]
    us_ft = 1200 / 3937
    rows_m = [((g[0] * us_ft, g[1] * us_ft) if g else None, *a) for g, *a in rows_ft]
    ref = expected_scores(rows_m)
    for f in out.getFeatures():
        if ref[f["id"]] is not None:
            assert f["d_score"] == pytest.approx(ref[f["id"]], rel=1e-9)


def test_multipoint_with_several_parts_scored_at_mean(plugin, tmp_path):
    rows = [([(0, 0), (2000, 0)], 1, "a", 1),   # counts at (1000, 0)
            ([(0, 3000)], 2, "a", 1),
            ([(5000, 0)], 3, "a", 1)]
    layer = write_points(tmp_path / "multi.gpkg", rows, multi=True)
    out = by_id(run({"INPUT": layer, "SECTOR_FIELD": "sbi", "OUTPUT": "memory:"})["OUTPUT"])
    ref = brute([(1000, 0), (0, 3000), (5000, 0)], ["a"] * 3)
    for fid, want in zip((1, 2, 3), ref):
        assert out[fid]["d_score"] == pytest.approx(want, rel=1e-12)
        assert out[fid].geometry().constGet().numGeometries() == len(rows[fid - 1][0])


def test_rerun_on_own_output_replaces_fields(plugin, mixed_layer):
    layer, _ = mixed_layer
    first = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs", "OUTPUT": "memory:"})["OUTPUT"]
    second = run({"INPUT": first, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs", "OUTPUT": "memory:"})["OUTPUT"]
    names = second.fields().names()
    assert names.count("d_score") == 1 and names.count("jobs") == 1
    a = {f["id"]: value(f["d_score"]) for f in first.getFeatures()}
    b = {f["id"]: value(f["d_score"]) for f in second.getFeatures()}
    assert a == b


@pytest.mark.parametrize("params, message", [
    ({"DISTANCE_FLOOR": 0}, "distance floor"),
    ({"DISTANCE_FLOOR": -5}, "distance floor"),
    ({"SECTOR_FIELD": "nace"}, "nace"),
    ({"JOBS_FIELD": "employees"}, "employees"),
])
def test_bad_parameters_raise_clear_errors(plugin, mixed_layer, params, message):
    layer, _ = mixed_layer
    with pytest.raises(QgsProcessingException, match=message):
        run({"INPUT": layer, "OUTPUT": "memory:", **params})


def test_empty_layer_raises(plugin, tmp_path):
    layer = write_points(tmp_path / "empty.gpkg", [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run({"INPUT": layer, "OUTPUT": "memory:"})


def test_undefined_geographic_crs_with_metre_coordinates_raises(plugin, tmp_path):
    # a GeoPackage whose layer has srs_id 0, "Undefined geographic SRS" (GDAL 3.6 writes it
    # for a layer without CRS; GDAL 3.10 writes 99999, "Undefined SRS": set it here)
    import sqlite3
    rows = [((120000, 480000), 1, "a", 1), ((121000, 481000), 2, "a", 1)]
    path = tmp_path / "nocrs.gpkg"
    write_points(path, rows, crs="")
    con = sqlite3.connect(str(path))
    with con:
        con.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
        con.execute("UPDATE gpkg_contents SET srs_id = 0 WHERE data_type = 'features'")
    con.close()
    layer = QgsVectorLayer(str(path), "nocrs", "ogr")
    assert layer.crs().mapUnits() == QgsUnitTypes.DistanceDegrees
    with pytest.raises(QgsProcessingException, match="not longitudes"):
        run({"INPUT": layer, "OUTPUT": "memory:"})


def assert_dscore_style(layer):
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol"
    assert renderer.classAttribute() == "d_decile"
    ranges = renderer.ranges()
    assert len(ranges) == 10
    colours = [r.symbol().color() for r in ranges]
    assert colours[0].green() > colours[0].red() and colours[-1].red() > colours[-1].green()
    size = ranges[0].symbol().dataDefinedSize()
    assert size.isActive() and "jobs" in size.referencedFields()


def test_output_is_styled_when_loaded(plugin, mixed_layer, tmp_path):
    """As from the toolbox: the output is loaded into the project, already styled."""
    layer, _ = mixed_layer
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(ALG, {"INPUT": layer, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs",
                                       "OUTPUT": str(tmp_path / "loaded.gpkg")})
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    assert len(added) == 1
    assert added[0].featureCount() == 300
    assert_dscore_style(added[0])
    project.removeMapLayers([layer.id() for layer in added])


@pytest.mark.slow
def test_qgis_process_cli(plugin, mixed_layer, tmp_path):
    """The real qgis_process command line finds, enables and runs the plugin."""
    from conftest import PLUGIN_PATH
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    assert exe, "qgis_process is not installed"
    layer, rows = mixed_layer
    env = dict(os.environ, QGIS_PLUGINPATH=PLUGIN_PATH, QT_QPA_PLATFORM="offscreen")
    enable = subprocess.run([exe, "plugins", "enable", "clusterindex"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0 or "already enabled" in enable.stdout + enable.stderr, enable.stdout
    out = tmp_path / "cli.gpkg"
    proc = subprocess.run([exe, "run", ALG, "--", "INPUT=" + layer.source(), "SECTOR_FIELD=sbi",
                           "JOBS_FIELD=jobs", "DISTANCE_FLOOR=1000", "OUTPUT=" + str(out)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "scored" in proc.stdout
    scored = by_id(QgsVectorLayer(str(out), "cli", "ogr"))
    assert len(scored) == 300
    ref = expected_scores(rows)
    for fid, want in ref.items():
        got = value(scored[fid]["d_score"])
        assert (got is None) if want is None else got == pytest.approx(want, rel=1e-9)
    bad = subprocess.run([exe, "run", ALG, "--", "INPUT=" + layer.source(), "SECTOR_FIELD=nope",
                          "OUTPUT=" + str(tmp_path / "bad.gpkg")], env=env, capture_output=True,
                         text=True, timeout=300)
    assert bad.returncode != 0 and "nope" in bad.stdout + bad.stderr


def test_fast_geopackage_write_equals_the_sink_path(plugin, mixed_layer, tmp_path):
    """A whole GeoPackage layer to a .gpkg file is copied by GDAL and the columns filled
    by SQLite; the result must equal the ordinary sink's feature for feature."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    from clusterindex.algorithms import fastwrite
    layer, rows = mixed_layer
    params = {"INPUT": layer, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs"}
    from qgis.core import QgsApplication, QgsProcessingContext
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    from clusterindex.algorithms.base import Run
    plan = fastwrite.plan(Run(alg, dict(params, OUTPUT=str(tmp_path / "x.gpkg")), QgsProcessingContext(),
                              QgsProcessingFeedback()), "INPUT", "OUTPUT", ["d_score"])
    assert plan is not None  # the fast path is taken for this input
    messages = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            messages.append(text)

    fast = QgsVectorLayer(run(dict(params, OUTPUT=str(tmp_path / "fast.gpkg")), feedback=Log())["OUTPUT"],
                          "f", "ogr")
    assert any("without spatial index" in m for m in messages)  # the fast path wrote it
    slow = run(dict(params, OUTPUT="memory:"))["OUTPUT"]
    assert fast.fields().names() == slow.fields().names()
    a, b = by_id(fast), by_id(slow)
    assert set(a) == set(b) and len(a) == 300
    for key, f in b.items():
        g = a[key]
        assert g.geometry().equals(f.geometry()) or (g.geometry().isNull() and f.geometry().isNull())
        for name in slow.fields().names():
            assert value(g[name]) == value(f[name]), (key, name)
    # a selection takes the sink path and writes only the selected features
    layer.selectByIds([f.id() for f in layer.getFeatures()][:50])
    selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    QgsProject.instance().addMapLayer(layer, False)
    try:
        out = run(dict(params, INPUT=selected, OUTPUT=str(tmp_path / "sel.gpkg")))["OUTPUT"]
        assert QgsVectorLayer(out, "s", "ogr").featureCount() == 50
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("copy", ["gpkg_named_fid", "shapefile"])
def test_fast_write_from_a_renamed_fid_column_and_a_shapefile(plugin, mixed_layer, tmp_path, copy):
    """The fast path also takes a GeoPackage whose feature id column is not called fid,
    and a shapefile (feature ids from 0); both must equal the sink path."""
    from osgeo import gdal
    layer, _ = mixed_layer
    path = layer.source().split("|")[0]
    if copy == "shapefile":
        src = str(tmp_path / "in.shp")
        gdal.VectorTranslate(src, path, format="ESRI Shapefile")
    else:
        src = str(tmp_path / "in.gpkg")
        gdal.VectorTranslate(src, path, format="GPKG", layerCreationOptions=["FID=myid"],
                             options=["-preserve_fid"])
    messages = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            messages.append(text)

        def reportError(self, text, fatalError=False):  # noqa: N803 (QGIS API)
            messages.append(text)

    params = {"INPUT": src, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs"}
    fast = QgsVectorLayer(run(dict(params, OUTPUT=str(tmp_path / "fast.gpkg")), feedback=Log())["OUTPUT"],
                          "f", "ogr")
    assert any("without spatial index" in m for m in messages), messages  # the fast path wrote it
    slow = run(dict(params, OUTPUT="memory:"))["OUTPUT"]
    a, b = by_id(fast), by_id(slow)
    assert set(a) == set(b) and len(a) == 300
    if copy == "shapefile":  # the copy keeps the shapefile's feature ids, from 0
        assert min(f.id() for f in fast.getFeatures()) == 0
    for key, f in b.items():
        for name in ("d_score", "d_decile", "n_sector", "jobs", "sbi"):
            assert value(a[key][name]) == value(f[name]), (key, name)


def test_unsaved_edits_reach_the_output(plugin, mixed_layer, tmp_path):
    """An input with unsaved edits is not copied from disk (the fast GeoPackage path and the
    Arrow reading path would miss the edits): the edited values reach the output."""
    layer, _ = mixed_layer
    target = next(f for f in layer.getFeatures() if value(f["jobs"]) is not None)
    layer.startEditing()
    try:
        assert layer.changeAttributeValue(target.id(), layer.fields().lookupField("jobs"), 777)
        out = run({"INPUT": layer, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs",
                   "OUTPUT": str(tmp_path / "edited.gpkg")})["OUTPUT"]
    finally:
        layer.rollBack()
    scored = by_id(QgsVectorLayer(out, "edited", "ogr"))
    assert scored[target["id"]]["jobs"] == 777
