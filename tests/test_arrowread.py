"""algorithms/arrowread.py: establishments read through GDAL's Arrow stream must be exactly
what QGIS's feature-by-feature path reads — every fid, every coordinate bit for bit, every
value with its type, the counts — on real small files (GeoPackage, and copies made with
gdal.VectorTranslate as shapefile, FlatGeobuf and GeoParquet where GDAL has the driver);
and everything the fast path must not read (selections, feature limits, memory layers,
unsaved edits, SELECT subsets, odd field types) falls back to QGIS."""
import numpy as np
import pytest
from conftest import DebugLog, run_of
from layers import write_points
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from clusterindex.algorithms import arrowread, reading
from clusterindex.algorithms.core.canceled import Canceled

# every role regionprofile reads, each given one field (two assignments: every type, the
# fid column as a field, a name in other case)
ROLES = {"sector": "SECTOR_FIELD", "sbi": "SBI_FIELD", "jobs": "JOBS_FIELD", "region_code": "REGION_CODE_FIELD",
         "d_score": "D_SCORE_FIELD"}
ASSIGNMENTS = [
    {"SECTOR_FIELD": "sbi", "SBI_FIELD": "big", "REGION_CODE_FIELD": "note", "JOBS_FIELD": "id",
     "D_SCORE_FIELD": "share"},
    {"SECTOR_FIELD": "NOTE", "SBI_FIELD": "id", "REGION_CODE_FIELD": "<fid>", "JOBS_FIELD": "share",
     "D_SCORE_FIELD": "big"},
]
FIELDS = (("id", ogr.OFTInteger, ogr.OFSTNone), ("big", ogr.OFTInteger64, ogr.OFSTNone),
          ("share", ogr.OFTReal, ogr.OFSTNone), ("f32", ogr.OFTReal, ogr.OFSTFloat32),
          ("i16", ogr.OFTInteger, ogr.OFSTInt16), ("sbi", ogr.OFTString, ogr.OFSTNone),
          ("note", ogr.OFTString, ogr.OFSTNone))
# (WKT or None, id, big, share, f32, i16, sbi, note): every awkward case
ROWS = [
    ("POINT (155000.25 463000.5)", 1, 2 ** 40, 4711.0, 0.1, 3, "2611", "Café €"),
    (None, 2, None, None, None, None, None, None),
    ("POINT EMPTY", 3, -7, 0.5, 1.5, -4, "2611.0", "  spaces  "),
    ("MULTIPOINT ((1000.1 2000.2))", 4, 0, 1e-300, -2.5, 0, " 47.11 ", ""),
    ("MULTIPOINT ((0.1 0.2),(0.2 0.3),(0.3 0.7))", 5, 5, 2611.0, 2.5, 12, "4711", "ünïcödé ✓"),
    ("POINT (1 1)", 6, 6, 6.0, 6.0, 6, "deleted", "this row is deleted: a gap in the fids"),
    ("MULTIPOINT ((10 20),(10 20))", 7, 7, 0.1, 0.1, 7, "G", "two equal parts"),
    ("POINT Z (120000.5 480000.25 12.5)", 8, 8, -0.0, 8.0, 8, "2611", "3D"),
    ("POINT M (120001 480001 7)", 9, 9, 9.0, 9.0, 9, "2611", "M"),
    ("POINT ZM (120002 480002 1 2)", 10, 10, 10.0, 10.0, 10, "2611", "ZM"),
    ("MULTIPOINT Z ((130000 470000 5))", 11, 11, 11.0, 11.0, 11, "26", "one 3D part"),
    ("MULTIPOINT EMPTY", 12, 12, 12.0, 12.0, 12, "26", "empty multi-point"),
    ("POINT (-0.0 0.0)", 13, 13, 13.0, 13.0, 13, "2611", "negative zero"),
    ("POINT (0.30000000000000004 1e-310)", 14, -2 ** 62, 1.7976931348623157e308, 3.4e38, -32768, "x", "extremes"),
]
DELETED = 6


class CancelOnProgress(DebugLog):
    """Cancels the run as soon as the first batch reports progress."""

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        super().setProgress(value)
        self.cancel()


# -- layers -------------------------------------------------------------------------------
def write_ogr(path, rows=ROWS, geometry=ogr.wkbUnknown, fid="fid", fields=FIELDS, layer_name="firms"):
    """A GeoPackage written with OGR itself (QGIS's writer cannot mix points, multi-points,
    3D, M and empty geometries); the row with id 6 is deleted again."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(layer_name, srs, geometry, ["FID=" + fid, "SPATIAL_INDEX=NO"])
    for name, kind, subtype in fields:
        definition = ogr.FieldDefn(name, kind)
        definition.SetSubType(subtype)
        assert layer.CreateField(definition) == 0
    for wkt, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for k, v in enumerate(values):
            if v is not None:
                feature.SetField(k, v)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        assert layer.CreateFeature(feature) == 0
    deleted = [f.GetFID() for f in layer if fields[0][0] == "id" and f.GetField("id") == DELETED]
    for f in deleted:
        assert layer.DeleteFeature(f) == 0
    ds = None
    return str(path)


def translate(src, dst, driver, **options):
    """A copy of src made by gdal.VectorTranslate; skipped when GDAL has no such driver."""
    if gdal.GetDriverByName(driver) is None:
        pytest.skip("GDAL %s has no %s driver" % (gdal.__version__, driver))
    result = gdal.VectorTranslate(str(dst), src, options=gdal.VectorTranslateOptions(format=driver, **options))
    assert result is not None, gdal.GetLastErrorMsg()
    result = None
    return str(dst)


def qgis_layer(source):
    layer = QgsVectorLayer(source, "firms", "ogr")
    assert layer.isValid(), source
    return layer


# -- reading both ways ---------------------------------------------------------------------
def project_context():
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


def read(value, params, roles=ROLES, feedback=None):
    """(Establishments, feedback) of INPUT=value read by reading.read in a regionprofile run."""
    log = feedback or DebugLog()
    run = run_of("clusterindex:regionprofile", dict(params, INPUT=value), log, project_context())
    est = reading.open_establishments(run, {r: p for r, p in roles.items() if params.get(p)}, points_only=False)
    reading.read(run, est, (10.0, 20.0))
    return est, log


def used_arrow(log):
    return any(line.startswith("Read ") and "Arrow stream" in line for line in log.debug)


def read_both(monkeypatch, value, params, roles=ROLES, required=True):
    """(fast, slow): read with the Arrow path (asserted to have been taken when `required`)
    and with it switched off."""
    monkeypatch.delenv(arrowread.SWITCH, raising=False)
    fast, log = read(value, params, roles)
    assert used_arrow(log) or not required, ("the Arrow path did not apply", log.debug)
    monkeypatch.setenv(arrowread.SWITCH, "1")
    slow, log = read(value, params, roles)
    assert not used_arrow(log)
    monkeypatch.delenv(arrowread.SWITCH)
    return fast, slow


def typed(values):
    """Values with their types, -0.0 told from 0.0."""
    return [(type(v).__name__, repr(v)) for v in values]


def assert_same(fast, slow):
    assert fast.fids.dtype == slow.fids.dtype == np.int64
    assert fast.fids.tolist() == slow.fids.tolist()
    for name in ("x", "y", "jobs"):
        a, b = getattr(fast, name), getattr(slow, name)
        assert a.dtype == b.dtype == np.float64, name
        assert a.tobytes() == b.tobytes(), (name, a.tolist(), b.tolist())  # bit for bit, NaN and -0.0 too
    assert list(fast.values) == list(slow.values)
    for name in slow.values:
        assert typed(fast.values[name]) == typed(slow.values[name]), name
    assert (fast.n_no_geometry, fast.n_multipart) == (slow.n_no_geometry, slow.n_multipart)


def params_for(assignment, fid="fid"):
    return {p: fid if v == "<fid>" else v for p, v in assignment.items()}


# -- the same result -----------------------------------------------------------------------
@pytest.mark.parametrize("fid", ["fid", "firm_id"])
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_geopackage_with_every_awkward_case_reads_the_same_both_ways(plugin, tmp_path, monkeypatch, fid,
                                                                       assignment):
    layer = qgis_layer(write_ogr(tmp_path / "firms.gpkg", fid=fid))
    fast, slow = read_both(monkeypatch, layer, params_for(assignment, fid))
    assert_same(fast, slow)
    assert len(fast) == len(ROWS) - 1 and DELETED + 1 in fast.fids.tolist() and DELETED not in fast.fids.tolist()
    assert fast.n_no_geometry == 3 and fast.n_multipart == 2  # NULL, empty point, empty multi-point
    x, y = dict(zip(fast.fids.tolist(), fast.x.tolist())), dict(zip(fast.fids.tolist(), fast.y.tolist()))
    assert (x[5], y[5]) == (sum([0.1, 0.2, 0.3]) / 3, sum([0.2, 0.3, 0.7]) / 3)
    assert (x[8], y[8]) == (120000.5, 480000.25) and (x[11], y[11]) == (130000.0, 470000.0)


def test_values_are_plain_python_as_qgis_gives_them(plugin, tmp_path, monkeypatch):
    layer = qgis_layer(write_ogr(tmp_path / "firms.gpkg"))
    fast, slow = read_both(monkeypatch, layer, params_for(ASSIGNMENTS[0]))
    assert_same(fast, slow)
    assert fast.values["sbi"][:4] == ["2611", None, "2611.0", " 47.11 "]
    assert fast.values["big"][0] == 2 ** 40 and isinstance(fast.values["big"][0], int)
    assert fast.values["share"][0] == 4711.0 and isinstance(fast.values["share"][0], float)
    assert fast.values["id"][:3] == [1, 2, 3] and fast.values["note"][0] == "Café €"


def test_a_multipoint_geopackage_of_qgis_reads_the_same_both_ways(plugin, tmp_path, monkeypatch):
    rows = [([(0.0, 0.0), (2000.0, 0.0), (1000.0, 3000.0)], 1, "a", 5), ([(10.0, 20.0)], 2, "a", 1),
            (None, 3, "b", 2), ([(500.0, 700.0), (500.0, 700.0)], 4, "b", None), ([(-0.0, 5.0)], 5, "b", 1)]
    layer = write_points(tmp_path / "multi.gpkg", rows, multi=True)
    fast, slow = read_both(monkeypatch, layer, {"SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs"})
    assert_same(fast, slow)
    assert fast.x[4] == 0.0 and np.signbit(slow.x[4]) == np.signbit(fast.x[4])


@pytest.mark.parametrize("batch", [7, arrowread.BATCH])
def test_points_of_one_size_are_decoded_in_batches(plugin, sector_firms, monkeypatch, batch):
    layer, rows = sector_firms  # 360 2D points without NULLs: one fixed-size WKB column
    monkeypatch.setattr(arrowread, "BATCH", batch)
    fast, slow = read_both(monkeypatch, layer, {"SBI_FIELD": "sbi", "JOBS_FIELD": "jobs"})
    assert_same(fast, slow)
    assert fast.x.tolist() == [r[0][0] for r in rows]


def test_the_mixed_layer_reads_the_same_both_ways(plugin, mixed_layer, monkeypatch):
    layer, _ = mixed_layer
    assert_same(*read_both(monkeypatch, layer, {"SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs", "SBI_FIELD": "id"}))


@pytest.mark.parametrize("encoding", ["", "UTF-8"])
def test_shapefile_fids_from_zero_and_its_text_read_the_same_both_ways(plugin, tmp_path, monkeypatch, encoding):
    points = [r for r in ROWS if r[0] is None or (r[0].startswith("POINT (") and "EMPTY" not in r[0])]
    src = write_ogr(tmp_path / "points.gpkg", rows=points, geometry=ogr.wkbPoint)
    shp = translate(src, tmp_path / "firms.shp", "ESRI Shapefile",
                    layerCreationOptions=["ENCODING=" + encoding] if encoding else [])
    fast, slow = read_both(monkeypatch, qgis_layer(shp), params_for(ASSIGNMENTS[0]))
    assert_same(fast, slow)
    assert fast.fids.tolist() == list(range(len(points) - 1))
    assert fast.values["sbi"][0] == "2611"


def test_multipoint_shapefile_reads_the_same_both_ways(plugin, tmp_path, monkeypatch):
    src = write_ogr(tmp_path / "all.gpkg")
    shp = translate(src, tmp_path / "multi.shp", "ESRI Shapefile", geometryType="MULTIPOINT", dim="XY",
                    where="id IN (1, 2, 4, 5, 7, 13)")
    fast, slow = read_both(monkeypatch, qgis_layer(shp), params_for(ASSIGNMENTS[1], "id"))
    assert_same(fast, slow)
    assert fast.n_multipart == 2


@pytest.mark.parametrize("driver, suffix, options, required", [
    # GDAL 3.10 cannot hand a FlatGeobuf batch with NULL geometries to numpy (SystemError):
    # then QGIS reads it
    ("FlatGeobuf", "fgb", {"layerCreationOptions": ["SPATIAL_INDEX=NO"]}, False),
    # with its spatial index: features in another order; no NULL or empty geometries there
    ("FlatGeobuf", "fgb", {"where": "id NOT IN (2, 3, 12)"}, True),
    ("Parquet", "parquet", {}, True),
])
def test_other_formats_read_the_same_both_ways(plugin, tmp_path, monkeypatch, driver, suffix, options, required):
    copy = translate(write_ogr(tmp_path / "firms.gpkg"), tmp_path / ("firms." + suffix), driver, **options)
    assert_same(*read_both(monkeypatch, qgis_layer(copy), params_for(ASSIGNMENTS[0]), required=required))


@pytest.mark.parametrize("subset", ['"i16" > 2', "sbi LIKE '26%' AND big <> 9", "substr(sbi, 1, 2) = '26'",
                                    "note IS NULL OR note = 'Café €'"])
def test_a_plain_subset_string_is_applied_by_ogr(plugin, tmp_path, monkeypatch, subset):
    layer = qgis_layer(write_ogr(tmp_path / "firms.gpkg"))
    assert layer.setSubsetString(subset)
    fast, slow = read_both(monkeypatch, layer, params_for(ASSIGNMENTS[0]))
    assert_same(fast, slow)
    assert 0 < len(fast) < len(ROWS) - 1


def test_a_table_without_geometry_reads_the_same_both_ways(plugin, tmp_path, monkeypatch):
    path = write_ogr(tmp_path / "table.gpkg", rows=[(None,) + r[1:] for r in ROWS], geometry=ogr.wkbNone)
    fast, slow = read_both(monkeypatch, qgis_layer(path), params_for(ASSIGNMENTS[0]))
    assert_same(fast, slow)
    assert fast.n_no_geometry == len(fast) == len(ROWS) - 1


@pytest.mark.parametrize("geometry", [ogr.wkbUnknown, ogr.wkbMultiPoint])
def test_a_line_among_the_points_is_the_same_error_both_ways(plugin, tmp_path, monkeypatch, geometry):
    rows = [("POINT (1 2)",) + ROWS[0][1:], ("LINESTRING (0 0, 1 1)",) + ROWS[2][1:]]
    layer = qgis_layer(write_ogr(tmp_path / "lines.gpkg", rows=rows, geometry=geometry))
    errors = []
    for switch in ("", "1"):
        monkeypatch.setenv(arrowread.SWITCH, switch)
        with pytest.raises(QgsProcessingException, match="not a point") as caught:
            read(layer, params_for(ASSIGNMENTS[0]))
        errors.append(str(caught.value))
    assert errors[0] == errors[1]


@pytest.mark.slow
def test_thirty_thousand_random_points_read_the_same_both_ways(plugin, tmp_path, monkeypatch):
    rng = np.random.default_rng(5)
    rows = []
    for k in range(30000):
        x, y = rng.uniform(0, 300000), rng.uniform(300000, 620000)
        kind = k % 97
        wkt = (None if kind == 0 else "POINT EMPTY" if kind == 1 else
               "MULTIPOINT ((%r %r),(%r %r))" % (x, y, y, x) if kind == 2 else "POINT (%r %r)" % (x, y))
        rows.append((wkt, k, int(rng.integers(-2 ** 40, 2 ** 40)), float(rng.normal()), float(rng.normal()),
                     int(rng.integers(-100, 100)), str(rng.integers(100, 9999)), None if kind == 3 else "n%d" % k))
    layer = qgis_layer(write_ogr(tmp_path / "many.gpkg", rows=rows))
    fast, slow = read_both(monkeypatch, layer, params_for(ASSIGNMENTS[0]))
    assert_same(fast, slow)
    assert fast.n_multipart == len(range(2, 30000, 97))


# -- when it does not apply ---------------------------------------------------------------------
def fast_only(value, params, feedback=None):
    """What read_arrow returns for INPUT=value (None: the fast path does not apply)."""
    run = run_of("clusterindex:regionprofile", dict(params, INPUT=value), feedback or DebugLog(), project_context())
    est = reading.open_establishments(run, {r: p for r, p in ROLES.items() if params.get(p)}, points_only=False)
    return arrowread.read_arrow(run, est, (0.0, 10.0)), est


def test_selections_and_feature_limits_fall_back_to_qgis(plugin, tmp_path):
    layer = qgis_layer(write_ogr(tmp_path / "firms.gpkg"))
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([1, 4, 5])
        params = params_for(ASSIGNMENTS[0])
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        limited = QgsProcessingFeatureSourceDefinition(layer.id(), False, 4)
        cases = [(selected, 3), (limited, 4)]
        if hasattr(limited, "filterExpression"):  # QGIS 3.32 on: a filter on the parameter itself
            filtered = QgsProcessingFeatureSourceDefinition(layer.id())
            filtered.filterExpression = '"id" > 10'
            cases.append((filtered, 4))
        for value, n in cases:
            got, est = fast_only(value, params)
            assert got is None and est.fids is None
            assert len(read(value, params)[0]) == n
        assert fast_only(layer.id(), params)[0] is not None  # the whole layer: the fast path
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_memory_layers_edits_select_subsets_and_the_switch_fall_back(plugin, tmp_path, monkeypatch):
    params = {"SECTOR_FIELD": "sbi", "JOBS_FIELD": "jobs"}
    memory = QgsVectorLayer("Point?crs=EPSG:28992&field=sbi:string&field=jobs:integer", "m", "memory")
    feature = QgsFeature(memory.fields())
    feature.setAttributes(["a", 3])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1.0, 2.0)))
    assert memory.dataProvider().addFeature(feature)
    assert fast_only(memory, params)[0] is None
    layer = write_points(tmp_path / "e.gpkg", [((1.0, 2.0), 1, "a", 3), ((3.0, 4.0), 2, "b", 5)])
    assert layer.startEditing() and layer.changeAttributeValue(1, layer.fields().lookupField("sbi"), "edited")
    try:
        assert fast_only(layer, params)[0] is None
        assert read(layer, params)[0].values["sbi"] == ["edited", "b"]
    finally:
        layer.rollBack()
    selecting = qgis_layer(layer.source())
    assert selecting.setSubsetString("SELECT * FROM e WHERE jobs > 4")
    assert fast_only(selecting, params)[0] is None
    monkeypatch.setenv(arrowread.SWITCH, "1")
    assert fast_only(layer, params)[0] is None
    monkeypatch.setenv(arrowread.SWITCH, "0")
    assert fast_only(layer, params)[0] is not None


def test_date_float32_and_int16_fields_fall_back(plugin, tmp_path):
    """Dates are no plain values; the stream gives Float32 and Int16 fields narrowed (a
    GeoPackage's FLOAT column holding 0.1 as 0.10000000149011612), QGIS as stored."""
    fields = FIELDS + (("opened", ogr.OFTDate, ogr.OFSTNone),)
    layer = qgis_layer(write_ogr(tmp_path / "d.gpkg", rows=[r + (None,) for r in ROWS[:3]], fields=fields))
    for params in ({"SECTOR_FIELD": "opened"}, {"D_SCORE_FIELD": "f32"}, {"JOBS_FIELD": "i16"}):
        assert fast_only(layer, params)[0] is None, params
    assert fast_only(layer, {"SECTOR_FIELD": "sbi"})[0] is not None
    assert read(layer, {"D_SCORE_FIELD": "f32"})[0].values["f32"][0] == 0.1


# -- progress and cancel ------------------------------------------------------------------
def test_progress_between_batches_within_the_span(plugin, tmp_path, monkeypatch):
    layer = qgis_layer(write_ogr(tmp_path / "firms.gpkg"))
    log = DebugLog()
    run = run_of("clusterindex:regionprofile", dict(params_for(ASSIGNMENTS[0]), INPUT=layer), log)
    est = reading.open_establishments(run, ROLES, points_only=False)
    assert arrowread.read_arrow(run, est, (30.0, 40.0), batch=4) is est
    assert len(log.progress) == 4 and log.progress == sorted(log.progress)
    assert 30.0 < log.progress[0] and log.progress[-1] == 40.0


def test_cancel_between_batches_raises_canceled(plugin, tmp_path):
    layer = qgis_layer(write_ogr(tmp_path / "firms.gpkg"))
    log = CancelOnProgress()
    run = run_of("clusterindex:regionprofile", dict(params_for(ASSIGNMENTS[0]), INPUT=layer), log)
    est = reading.open_establishments(run, ROLES, points_only=False)
    with pytest.raises(Canceled):
        arrowread.read_arrow(run, est, (0.0, 10.0), batch=2)
    assert len(log.progress) == 1 and est.fids is None


# -- the WKB decoder on its own -------------------------------------------------------------
DECODED = ["POINT (155000.25 463000.5)", "POINT (-0.0 0.0)", "POINT EMPTY", "POINT Z (1 2 3)", "POINT M (4 5 6)",
           "POINT ZM (7 8 9 10)", "MULTIPOINT ((1000.1 2000.2))", "MULTIPOINT ((-0.0 -0.0))",
           "MULTIPOINT Z ((3 4 5))", "MULTIPOINT M ((3 4 5))", "MULTIPOINT ZM ((3 4 5 6))",
           "MULTIPOINT ((0.1 0.2),(0.2 0.3),(0.3 0.7))", "MULTIPOINT EMPTY", "GEOMETRYCOLLECTION (POINT (1 2))"]


def wkb(wkt, order=ogr.wkbNDR):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(order))


def one_by_one(wkbs, multi_layer):
    """(x, y, multipart) per WKB the way the QGIS path takes them (None: NULL geometry)."""
    out = []
    for w in wkbs:
        geometry = QgsGeometry()
        if w is not None:
            geometry.fromWkb(w)
            if multi_layer and not geometry.isMultipart():
                geometry.convertToMultiType()
        out.append(reading._point_of(geometry, "firms", 0))
    return out


def decoded(column, multi_layer):
    x, y, n_multi = arrowread.points(column, np.arange(len(column)), "firms", multi_layer)
    return x, y, n_multi


@pytest.mark.parametrize("multi_layer", [False, True])
@pytest.mark.parametrize("order", [ogr.wkbNDR, ogr.wkbXDR])
def test_wkb_decoding_is_qgis_geometry_bit_for_bit(plugin, order, multi_layer):
    wkbs = [wkb(w, order) for w in DECODED[:-1]] + [None]
    columns = {
        "objects": np.array(wkbs + [b""], dtype=object),
        "masked": np.ma.masked_array(np.array(wkbs, dtype=object), [w is None for w in wkbs]),
        "fixed 2D": np.array([wkb(DECODED[0], order), wkb(DECODED[1], order)], dtype="V21"),
        "fixed one part": np.array([wkb(DECODED[6], order), wkb(DECODED[7], order)], dtype="V30"),
        "fixed, one masked": np.ma.masked_array(np.array([wkb(DECODED[0], order)] * 3, dtype="V21"),
                                                [False, True, False]),
        "fixed, other size": np.array([wkb(DECODED[11], order)], dtype="V72"),
        "all empty": np.array([b"", b""], dtype="V0"),
    }
    for label, column in columns.items():
        given = [None if m or w is None or not bytes(w) else bytes(w)
                 for w, m in zip(np.ma.getdata(column).tolist(), np.ma.getmaskarray(column).tolist())]
        expected = one_by_one(given, multi_layer) if given else []
        x, y, n_multi = decoded(column, multi_layer)
        assert x.tobytes() == np.array([e[0] for e in expected]).tobytes(), label
        assert y.tobytes() == np.array([e[1] for e in expected]).tobytes(), label
        assert n_multi == sum(e[2] for e in expected), label


def test_a_geometry_collection_is_not_a_point_on_either_path(plugin):
    column = np.array([wkb("POINT (1 2)"), wkb(DECODED[-1])], dtype=object)
    with pytest.raises(QgsProcessingException, match="Feature 1 of layer “firms” is a GeometryCollection"):
        decoded(column, False)
