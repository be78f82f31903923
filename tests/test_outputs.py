"""algorithms/outputs.py on its own: which files an output value names, the refusal of
outputs onto inputs (before anything is written), attribute values from numpy, text
files written beside and moved into place, begun outputs removed again; and point
outputs (write_points): the fast GeoPackage write (algorithms/fastwrite.py) against the
sink, temporary outputs written fast and loaded as QGIS loads them (toolbox, model,
processing.run, qgis_process), cancel, appending."""
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import layers
import numpy as np
import processing
import pytest
from conftest import PLUGIN_PATH, DebugLog, run_of, value
from layers import field, write_points
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
    QgsProject,
    QgsProperty,
    QgsRemappingSinkDefinition,
    QgsVectorLayer,
)
from qgis.core import QgsProcessingModelChildParameterSource as Source
from qgis.PyQt.QtCore import QVariant

from clusterindex.algorithms import outputs

ROWS = [((100000.0 + 500 * k, 400000.0), k, "2611", 1 + k) for k in range(5)]


@pytest.fixture
def gpkg(tmp_path):
    """A GeoPackage of five establishments, its path."""
    path = tmp_path / "in.gpkg"
    write_points(path, ROWS)
    return str(path)


@pytest.fixture
def shapefile(gpkg, tmp_path):
    """The same establishments as a shapefile (.shp, .shx, .dbf, .prj), its path."""
    path = str(tmp_path / "in.shp")
    assert gdal.VectorTranslate(path, gpkg, format="ESRI Shapefile") is not None
    assert os.path.isfile(path[:-4] + ".dbf")
    return path


# -- the file an output value names -----------------------------------------------------
@pytest.mark.parametrize("value, want", [
    ("/data/out.gpkg", "/data/out.gpkg"),
    ("/data/out.gpkg|layername=a", "/data/out.gpkg"),
    ("ogr:dbname='/data/in.gpkg' table=\"scores\" (geom)", "/data/in.gpkg"),
    ("/data/out.shp", "/data/out.shp"),
    ("memory:", ""),
    ("memory:scores", ""),
    ("postgres:dbname='gis' host=localhost table=\"public\".\"scores\"", ""),
    (QgsProcessing.TEMPORARY_OUTPUT, ""),
    ("", ""),
    (None, ""),
])
def test_destination_path(value, want):
    assert outputs._destination_path(value) == want


def test_destination_path_of_an_output_layer_definition():
    assert outputs._destination_path(QgsProcessingOutputLayerDefinition("/data/def.gpkg")) == "/data/def.gpkg"
    assert outputs._destination_path(QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT)) == ""


def test_files_of_a_shapefile_are_all_its_sidecars(tmp_path):
    stem = os.path.realpath(str(tmp_path / "a"))
    for ext in (".shp", ".dbf", ".DBF", ".prj"):
        files = outputs._files_of(str(tmp_path / ("a" + ext)))
        for sidecar in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".SHP", ".DBF"):
            assert stem + sidecar in files, (ext, sidecar)
    assert outputs._files_of(str(tmp_path / "a.gpkg")) == {stem + ".gpkg"}
    assert outputs._files_of("") == set()


def test_files_of_resolve_symbolic_links(gpkg, tmp_path):
    link = str(tmp_path / "link.gpkg")
    os.symlink(gpkg, link)
    assert outputs._files_of(link) == outputs._files_of(gpkg)


# -- never onto an input --------------------------------------------------------------------
def refuse(alg, parameters):
    outputs.refuse_outputs_onto_inputs(run_of("clusterindex:" + alg, parameters))


@pytest.mark.parametrize("output", [
    "{gpkg}",
    "{gpkg}|layername=scores",
    "ogr:dbname='{gpkg}' table=\"scores\" (geom)",
])
def test_output_onto_the_input_geopackage_is_refused(plugin, gpkg, output):
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("dscore", {"INPUT": gpkg, "OUTPUT": output.format(gpkg=gpkg)})


def test_input_given_with_its_layer_name_is_still_its_file(plugin, gpkg):
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("dscore", {"INPUT": gpkg + "|layername=in", "OUTPUT": gpkg})


@pytest.mark.parametrize("ext", [".dbf", ".DBF", ".shx", ".prj", ".shp"])
def test_output_onto_a_sidecar_of_the_input_shapefile_is_refused(plugin, shapefile, ext):
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("dscore", {"INPUT": shapefile, "OUTPUT": shapefile[:-4] + ext})


def test_the_svg_beside_a_chart_must_not_be_an_input(plugin, gpkg, tmp_path):
    """A PNG chart writes an SVG of the same name beside it: that SVG is an output too."""
    definitions = tmp_path / "chart.svg"
    definitions.write_text("sector,benchmark,codes\n", encoding="utf-8")
    params = {"INPUT": gpkg, "DEFINITIONS": str(definitions), "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"}
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("regionprofile", dict(params, OUTPUT_CHART=str(tmp_path / "chart.png")))
    refuse("regionprofile", dict(params, OUTPUT_CHART=str(tmp_path / "other.png")))


def test_outputs_elsewhere_are_accepted(plugin, gpkg, shapefile, tmp_path):
    refuse("dscore", {"INPUT": gpkg, "OUTPUT": str(tmp_path / "out.gpkg")})
    refuse("dscore", {"INPUT": gpkg, "OUTPUT": "memory:"})
    refuse("dscore", {"INPUT": gpkg, "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})
    refuse("dscore", {"INPUT": shapefile, "OUTPUT": str(tmp_path / "other.dbf")})


# -- attribute values ------------------------------------------------------------------------
def test_values_nan_and_infinity_are_null():
    got = outputs.values(np.array([1.5, np.nan, np.inf, -np.inf, -2.0]))
    assert got == [1.5, None, None, None, -2.0]
    assert all(type(v) is float for v in got if v is not None)


def test_values_as_integers_with_null_where_told():
    got = outputs.values(np.array([0, 3, 7]), integer=True, null_when=np.array([True, False, False]))
    assert got == [None, 3, 7]
    assert all(type(v) is int for v in got if v is not None)
    assert outputs.values(np.array([2.0, 4.0]), integer=True) == [2, 4]


def test_output_fields_replace_input_fields_of_the_same_name_ignoring_case():
    source = QgsFields()
    for name in ("id", "D_SCORE", "jobs", "sbi"):
        source.append(field(name, QVariant.String))
    columns = [outputs.Column("d_score", "double", []), outputs.Column("jobs", "double", [])]
    fields, keep, replaced = outputs.output_fields(source, columns)
    assert fields.names() == ["id", "sbi", "d_score", "jobs"]
    assert keep == [0, 3]
    assert replaced == ["D_SCORE", "jobs"]


# -- text files and begun outputs ------------------------------------------------------------
def test_write_text_leaves_no_partial_file(tmp_path):
    path = str(tmp_path / "report.html")
    outputs.write_text(path, "first")
    outputs.write_text(path, "D ≥ 0.05 µ")
    assert Path(path).read_text(encoding="utf-8") == "D ≥ 0.05 µ"
    assert os.listdir(str(tmp_path)) == ["report.html"]


def test_file_output_makes_its_folder_and_is_removed_on_discard(plugin, tmp_path):
    target = tmp_path / "new" / "sub" / "summary.html"
    run = run_of("clusterindex:sectorsummary", {"OUTPUT_HTML": str(target)})
    assert outputs.file_output(run, "OUTPUT_HTML") == str(target)
    assert target.parent.is_dir()
    assert outputs.file_output(run, "NO_SUCH_OUTPUT") == ""
    outputs.write_text(str(target), "<html></html>")
    outputs.discard(run)
    assert not target.exists() and run.started == []


def test_discard_removes_begun_files_and_does_not_load_them(plugin, tmp_path):
    path = str(tmp_path / "begun.gpkg")
    with open(path, "w") as f:
        f.write("partial")
    context = QgsProcessingContext()
    context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails("begun", None, "OUTPUT"))
    run = run_of("clusterindex:dscore", {}, context=context)
    run.started.append(outputs.Started("OUTPUT", [path, ""]))
    outputs.discard(run)
    assert not os.path.exists(path)
    assert path not in context.layersToLoadOnCompletion()


def test_finish_keeps_what_was_written(plugin, tmp_path):
    path = str(tmp_path / "done.html")
    outputs.write_text(path, "done")
    run = run_of("clusterindex:dscore", {})
    run.started.append(outputs.Started("OUTPUT", [path]))
    outputs.finish(run)
    assert Path(path).read_text(encoding="utf-8") == "done"


# -- point outputs: the fast GeoPackage write, temporary outputs ----------------------------
# (a whole GeoPackage layer as INPUT: written by fastwrite's SQL route, a shapefile by its
# copy route; anything else, or an output QGIS writes, by the sink feature by feature)
ODD_LAYER = 'firms "2024" west'  # a quote and spaces in the names SQL and GDAL are given
ODD_FIELD = "share of it"


def awkward_gpkg(path, fid_column="fid", multi=False):
    """The 300 awkward establishments of layers.mixed_rows (no geometry, NULL and blank
    sectors, NULL and negative jobs) written with OGR under ODD_LAYER, feature ids 10, 13,
    16 … (not 1 … n), with a text field D_Score (replaced by the output's d_score), a
    real field with NULLs whose name has spaces and a text field with quotes and accents;
    multi: multi-points, one of them of two parts far apart (it stands at their mean).
    Returns (the INPUT value, {id: fid})."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer(ODD_LAYER, srs, ogr.wkbMultiPoint if multi else ogr.wkbPoint,
                                ["FID=" + fid_column])
    for name, kind in (("id", ogr.OFTInteger), ("sbi", ogr.OFTString), ("jobs", ogr.OFTInteger),
                       ("D_Score", ogr.OFTString), (ODD_FIELD, ogr.OFTReal), ("naam", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    fids = {}
    for k, (xy, i, sbi, jobs) in enumerate(layers.mixed_rows()):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(10 + 3 * k)
        for name, v in (("id", i), ("sbi", sbi), ("jobs", jobs), ("D_Score", "old %d" % i),
                        (ODD_FIELD, None if k % 5 == 0 else k / 7), ("naam", 'café "%d" \'x\'' % k)):
            if v is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, v)
        if xy is not None:
            far = ", (%r %r)" % (xy[0] + 50000, xy[1] + 90000) if multi and k == 7 else ""
            wkt = "MULTIPOINT ((%r %r)%s)" % (xy + (far,)) if multi else "POINT (%r %r)" % xy
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        assert layer.CreateFeature(feature) == 0
        fids[i] = 10 + 3 * k
    dataset = None
    return "%s|layername=%s" % (path, ODD_LAYER), fids


def dscore(output, source, feedback=None, context=None, **kwargs):
    return processing.run("clusterindex:dscore", {"INPUT": source, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs",
                                                  "OUTPUT": output}, feedback=feedback or DebugLog(), context=context,
                          **kwargs)


def features_by_id(layer):
    return {f["id"]: f for f in layer.getFeatures()}


def assert_same_features(got, want):
    """Field by field (NULL as NULL) and geometry by geometry, matched by the id field."""
    assert got.fields().names() == want.fields().names()
    a, b = features_by_id(got), features_by_id(want)
    assert set(a) == set(b) and len(a) == 300
    for key, f in b.items():
        g = a[key]
        assert g.geometry().isNull() == f.geometry().isNull(), key
        assert g.geometry().isNull() or g.geometry().equals(f.geometry()), key
        for name in want.fields().names():
            if name != "fid":  # the sink numbers its features anew
                assert value(g[name]) == value(f[name]), (key, name, g[name], f[name])


def extent(path):
    """The extent a GeoPackage's (one) layer has in gpkg_contents."""
    con = sqlite3.connect(str(path))
    try:
        return con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents").fetchone()
    finally:
        con.close()


@pytest.mark.parametrize("multi", [False, True])
def test_fast_write_equals_the_sink_path_field_by_field(plugin, tmp_path, multi):
    """A whole GeoPackage layer to a .gpkg file (fastwrite's SQL route) and the same
    through the sink (an ogr: destination): the same fields in the same order, values,
    NULLs and geometries; the input's feature ids kept; D_Score and jobs replaced; the
    extent that of the geometries (also of a multi-point standing at its parts' mean)."""
    source, fids = awkward_gpkg(tmp_path / "in put.gpkg", multi=multi)
    log = DebugLog()
    fast_path = str(tmp_path / "fast out.gpkg")
    dscore(fast_path, source, log)
    assert any("sql route" in line for line in log.debug), log.debug
    assert "300 features written to %s (GeoPackage without spatial index" % fast_path in log.text()
    assert "Input fields replaced by the output's: D_Score." in log.warnings  # as the sink path says
    slow_log = DebugLog()
    dscore("ogr:dbname='%s' table=\"slow\" (geom)" % (tmp_path / "slow.gpkg"), source, slow_log)
    assert "300 features written to %s." % (tmp_path / "slow.gpkg") in slow_log.text()
    assert slow_log.warnings == log.warnings
    fast, slow = QgsVectorLayer(fast_path, "fast", "ogr"), QgsVectorLayer(str(tmp_path / "slow.gpkg"), "slow", "ogr")
    assert_same_features(fast, slow)
    names = fast.fields().names()
    assert names[-5:] == ["d_score", "d_decile", "n_sector", "jobs", "d_bound"] and "D_Score" not in names
    assert fast.fields().field("d_score").isNumeric()  # the input's text field D_Score replaced
    assert fast.fields().field("d_score").type() == slow.fields().field("d_score").type()
    assert {f["id"]: f.id() for f in fast.getFeatures()} == fids  # the input's feature ids
    assert sum(value(f["d_score"]) is None for f in fast.getFeatures()) == 4  # NaN as NULL
    copy = tmp_path / "copy.gpkg"  # ogr2ogr's extent: that of the geometries
    assert gdal.VectorTranslate(str(copy), source.split("|")[0], format="GPKG") is not None
    far = np.array(layers.mixed_rows()[7][0]) + (50000, 90000)  # the far part of the multi-point
    assert extent(fast_path) == extent(copy) and (extent(copy)[3] == far[1]) == multi
    during = [p for p in log.progress if 85 < p < 100]  # the temporary table, the rows (one slice each here)
    assert len(set(during)) >= 2 and during == sorted(during) and log.progress[-1] == 100, log.progress


def sqlite_dump(path, table):
    """What a GeoPackage holds for `table`: its schema, triggers, GeoPackage registration,
    feature count, sequence and every row in feature id order."""
    con = sqlite3.connect(str(path))
    try:
        queries = [("SELECT type, name, sql FROM sqlite_master WHERE lower(tbl_name) = lower(?) ORDER BY name",
                    (table,)),
                   ("SELECT table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id "
                    "FROM gpkg_contents", ()),
                   ("SELECT * FROM gpkg_geometry_columns", ()), ("SELECT * FROM gpkg_ogr_contents", ()),
                   ("SELECT * FROM sqlite_sequence", ()),
                   ("SELECT name FROM sqlite_master WHERE name LIKE 'rtree%'", ()),
                   ('SELECT * FROM "%s" ORDER BY 1' % table.replace('"', '""'), ())]
        return [con.execute(sql, args).fetchall() for sql, args in queries]
    finally:
        con.close()


@pytest.mark.parametrize("slice_rows", [100000, 64])
@pytest.mark.parametrize("fid_column", ["fid", "my id"])
def test_sql_route_writes_what_the_copy_route_writes(plugin, tmp_path, fid_column, slice_rows, monkeypatch):
    """fastwrite's SQL route (from a GeoPackage) against its copy route (ogr2ogr
    -preserve_fid, then the columns filled by feature id, as before the SQL route): the
    same table, schema, registration, extent, feature count and rows, byte for byte; with
    slices smaller than the layer, the SQL route is pipelined (values filled on a thread)."""
    from clusterindex.algorithms import fastwrite
    monkeypatch.setattr(fastwrite, "SLICE", slice_rows)
    source, fids = awkward_gpkg(tmp_path / "in.gpkg", fid_column)
    src = source.split("|")[0]
    ids = np.array(sorted(fids.values()), dtype=np.int64)
    rng = np.random.default_rng(3)
    d = rng.random(len(ids))
    d[::9] = np.nan
    columns = [outputs.Column("d_score", "double", outputs.values(d)),
               outputs.Column("n_sector", "int", outputs.values(np.arange(len(ids)), integer=True,
                                                                 null_when=np.arange(len(ids)) % 4 == 0)),
               outputs.Column("naam", "string", [None if k % 6 == 0 else "ü %d" % k for k in range(len(ids))])]
    both = {}
    for route in ("sql", "copy"):
        dest = tmp_path / route / "out.gpkg"
        dest.parent.mkdir()
        plan = fastwrite.Plan(src, ODD_LAYER, str(dest), "out")
        if route == "sql":
            assert fastwrite.write(plan, ids, columns, QgsProcessingFeedback()) == "sql"
        else:
            progress = fastwrite._Progress(QgsProcessingFeedback(), (0.0, 100.0))
            fastwrite._write_copy(plan, str(dest), ids, columns, progress)
        both[route] = sqlite_dump(dest, "out")
        assert os.listdir(str(dest.parent)) == ["out.gpkg"]
    for got, want in zip(both["sql"], both["copy"]):
        assert got == want
    rows = both["sql"][-1]
    assert [r[0] for r in rows] == ids.tolist() and len(rows) == 300
    assert both["sql"][3] == [("out", 300)] and both["sql"][1][0][4] is not None  # count and extent


@pytest.mark.parametrize("n_columns, n_rows, slice_rows", [(3, 1234, 100000), (3, 1234, 130), (40, 1000, 70),
                                                         (2, 7, 100000)])
def test_the_values_table_holds_every_value(monkeypatch, n_columns, n_rows, slice_rows):
    """The values table of the SQL route, filled many rows per INSERT (fewer per statement
    for many columns: at most 999 parameters), the rest one by one, slice by slice: every
    feature id with every value, NULLs included."""
    import sqlite3

    from clusterindex.algorithms import fastwrite
    monkeypatch.setattr(fastwrite, "SLICE", slice_rows)
    rng = np.random.default_rng(n_columns + n_rows)
    fids = rng.permutation(np.arange(5, 5 + 3 * n_rows, 3))
    columns = [outputs.Column("c%d" % k, "double", [None if v < 0.1 else float(v) for v in rng.random(n_rows)])
               for k in range(n_columns)]
    con = sqlite3.connect(":memory:", isolation_level=None)
    progress = fastwrite._Progress(QgsProcessingFeedback(), (0.0, 100.0))
    fastwrite._fill_values(con, fids, columns, progress, (0.0, 1.0))
    got = con.execute("SELECT * FROM temp.%s ORDER BY fid" % fastwrite._VALUES).fetchall()
    want = sorted(zip(fids.tolist(), *[c.values for c in columns]))
    assert got == want


def test_a_failure_while_the_values_are_filled_leaves_nothing(plugin, tmp_path, monkeypatch):
    """A value SQLite cannot take, met by the pipelined write's filling thread: the error
    reaches the caller and no file (nor the values database) is left."""
    from clusterindex.algorithms import fastwrite
    monkeypatch.setattr(fastwrite, "SLICE", 64)
    source, fids = awkward_gpkg(tmp_path / "in.gpkg")
    ids = np.array(sorted(fids.values()), dtype=np.int64)
    values = [float(k) for k in range(len(ids))]
    values[200] = {"not": "a value"}
    dest = tmp_path / "out" / "out.gpkg"
    dest.parent.mkdir()
    plan = fastwrite.Plan(source.split("|")[0], ODD_LAYER, str(dest), "out")
    with pytest.raises(Exception, match="parameter|type|bind"):
        fastwrite.write(plan, ids, [outputs.Column("d_score", "double", values)], QgsProcessingFeedback())
    assert os.listdir(str(dest.parent)) == []


def test_temporary_output_loads_styled_with_every_feature(plugin, tmp_path):
    """TEMPORARY_OUTPUT from a whole GeoPackage layer, as the toolbox runs it: written fast
    to a GeoPackage in QGIS's temporary folder, loaded under the output's name, styled."""
    source, fids = awkward_gpkg(tmp_path / "in.gpkg")
    project = QgsProject.instance()
    before = set(project.mapLayers())
    log = DebugLog()
    processing.runAndLoadResults("clusterindex:dscore", {
        "INPUT": source, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs", "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT},
        feedback=log)
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(added) == 1, added
        layer = added[0]
        assert layer.providerType() == "ogr" and layer.source().startswith(QgsProcessingUtils.tempFolder())
        assert layer.featureCount() == 300 and {f["id"]: f.id() for f in layer.getFeatures()} == fids
        assert layer.name().startswith("D-scores (sbi) (")
        assert layer.renderer().type() == "graduatedSymbol" and layer.renderer().classAttribute() == "d_decile"
        assert layer.renderer().ranges()[0].label().startswith("Decile 1 within its sector")
        assert "300 features written to a temporary layer: %s" % layer.source().split("|")[0] in log.text()
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_temporary_output_through_processing_run_is_a_layer(plugin, tmp_path):
    """processing.run returns a temporary output as a layer (as it returned the memory
    layer), equal to the sink's output feature for feature."""
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    layer = dscore(QgsProcessing.TEMPORARY_OUTPUT, source)["OUTPUT"]
    assert isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.providerType() == "ogr"
    slow = dscore("ogr:dbname='%s' table=\"slow\" (geom)" % (tmp_path / "slow.gpkg"), source)["OUTPUT"]
    assert_same_features(layer, QgsVectorLayer(slow, "slow", "ogr"))


def test_temporary_output_in_a_model_loads_and_feeds_the_next_step(plugin, tmp_path):
    """A model whose D-scores are a final temporary output and the input of the next step
    (native:buffer): both load, the D-scores styled."""
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    model = QgsProcessingModelAlgorithm("model", "tests")
    model.addModelParameter(QgsProcessingParameterFeatureSource("points", "Points"),
                            QgsProcessingModelParameter("points"))
    for cid, alg, sources, output in (
            ("dscore", "clusterindex:dscore", {"INPUT": Source.fromModelParameter("points"),
                                               "SECTOR_FIELD": Source.fromStaticValue("sbi"),
                                               "JOBS_FIELD": Source.fromStaticValue("jobs")}, "scores"),
            ("buffer", "native:buffer", {"INPUT": Source.fromChildOutput("dscore", "OUTPUT"),
                                         "DISTANCE": Source.fromStaticValue(10)}, "buffered")):
        child = QgsProcessingModelChildAlgorithm(alg)
        child.setChildId(cid)
        for name, value_source in sources.items():
            child.addParameterSources(name, [value_source])
        out = QgsProcessingModelOutput(output)
        out.setChildId(cid)
        out.setChildOutputName("OUTPUT")
        child.setModelOutputs({output: out})
        model.addChildAlgorithm(child)
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(model, {"points": source, "dscore:scores": QgsProcessing.TEMPORARY_OUTPUT,
                                         "buffer:buffered": QgsProcessing.TEMPORARY_OUTPUT}, feedback=DebugLog())
    added = {project.mapLayer(i).providerType(): project.mapLayer(i) for i in set(project.mapLayers()) - before}
    try:
        assert sorted(added) == ["memory", "ogr"], added  # the buffer's sink, the D-scores' GeoPackage
        assert added["ogr"].featureCount() == added["memory"].featureCount() == 300
        assert added["ogr"].renderer().type() == "graduatedSymbol"
        assert "d_score" in added["memory"].fields().names()
    finally:
        project.removeMapLayers([layer.id() for layer in added.values()])


@pytest.mark.parametrize("slice_rows", [100000, 64])
@pytest.mark.parametrize("target", ["file", "temporary"])
def test_cancel_during_the_fast_write_leaves_nothing(plugin, tmp_path, target, slice_rows, monkeypatch):
    """Canceled while fastwrite writes (the D-scores end at 85 %): no file (nor a partial
    one, nor a temporary output's folder) is left, nothing is to be loaded; also while the
    write is pipelined (small slices)."""
    from clusterindex.algorithms import fastwrite
    monkeypatch.setattr(fastwrite, "SLICE", slice_rows)
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    temporary = QgsProcessingUtils.tempFolder()
    before = set(os.listdir(temporary))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    log = DebugLog(cancel_above=86)
    output = str(out / "scores.gpkg") if target == "file" else QgsProcessing.TEMPORARY_OUTPUT
    result = dscore(QgsProcessingOutputLayerDefinition(output, QgsProject.instance()), source, log, context)
    assert log.isCanceled() and result in ({}, None), result
    assert 86 < max(log.progress) < 100, log.progress  # canceled during the write
    assert os.listdir(str(out)) == []
    assert set(os.listdir(temporary)) == before
    assert context.layersToLoadOnCompletion() == {}
    kept = [layer.source() for layer in context.temporaryLayerStore().mapLayers().values()]
    assert kept == [source], kept  # the input only


def test_cancel_during_a_write_through_the_sink_loads_nothing(plugin, tmp_path):
    """Canceled while the sink writes feature by feature to a temporary output (a memory
    input: no fast write): the half-filled memory layer is not loaded."""
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    memory = QgsVectorLayer(source, "in", "ogr").materialize(QgsFeatureRequest())
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    log = DebugLog(cancel_above=86)
    output = QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, QgsProject.instance())
    assert dscore(output, memory, log, context) in ({}, None)
    assert log.isCanceled() and 86 < max(log.progress) < 100, log.progress
    assert context.layersToLoadOnCompletion() == {}


def test_discard_removes_a_temporary_output_its_layer_and_folder(plugin, tmp_path):
    """A temporary output written before a later step failed: its layer leaves the run's
    temporary layers and the list to load, its file and its own folder are removed."""
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    dscore(QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, QgsProject.instance()), source,
           context=context, is_child_algorithm=True)
    (layer_id, details), = context.layersToLoadOnCompletion().items()
    path = context.temporaryLayerStore().mapLayer(layer_id).source().split("|")[0]
    run = run_of("clusterindex:dscore", {}, context=context)
    run.started.append(outputs.Started("OUTPUT", [path], keys=[layer_id], folder=os.path.dirname(path)))
    outputs.discard(run)
    assert context.layersToLoadOnCompletion() == {} and context.temporaryLayerStore().mapLayer(layer_id) is None
    assert not os.path.exists(os.path.dirname(path))


def test_appending_to_an_existing_layer_is_left_to_the_sink(plugin, tmp_path):
    """Appending (an output with a field mapping onto an existing GeoPackage layer, as the
    dialog's "Append to layer") adds the features; the fast write used to replace the file."""
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    target = str(tmp_path / "existing.gpkg")
    existing = write_points(target, ROWS[:2])
    mapping = QgsRemappingSinkDefinition()
    mapping.setDestinationFields(existing.fields())
    mapping.setSourceCrs(existing.crs())
    mapping.setDestinationCrs(existing.crs())
    mapping.setDestinationWkbType(existing.wkbType())
    mapping.setFieldMap({"id": QgsProperty.fromField("id"), "sbi": QgsProperty.fromField("sbi"),
                         "jobs": QgsProperty.fromExpression("round(\"d_score\" * 1000)")})
    output = QgsProcessingOutputLayerDefinition(target)
    output.setRemappingDefinition(mapping)
    dscore(output, source)
    after = QgsVectorLayer(target, "after", "ogr")
    assert after.fields().names() == existing.fields().names()
    assert after.featureCount() == 302
    assert [f["sbi"] for f in after.getFeatures()][:2] == ["2611", "2611"]


@pytest.mark.slow
def test_temporary_output_through_qgis_process(plugin, tmp_path):
    """qgis_process with OUTPUT=TEMPORARY_OUTPUT: written fast, the run succeeds."""
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    source, _ = awkward_gpkg(tmp_path / "in.gpkg")
    env = dict(os.environ, QGIS_PLUGINPATH=PLUGIN_PATH, QT_QPA_PLATFORM="offscreen")
    subprocess.run([exe, "plugins", "enable", "clusterindex"], env=env, capture_output=True, timeout=300)
    proc = subprocess.run([exe, "run", "clusterindex:dscore", "--", "INPUT=" + source, "SECTOR_FIELD=sbi",
                           "JOBS_FIELD=jobs", "OUTPUT=TEMPORARY_OUTPUT"], env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "300 features written to a temporary layer:" in proc.stdout, proc.stdout
