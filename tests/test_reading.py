"""algorithms/reading.py on its own: the one reader of establishments, on small real
GeoPackage layers, through a Run of a real algorithm."""
import math

import numpy as np
import pytest
from conftest import Log, run_of
from layers import write_points
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from clusterindex.algorithms import reading

FIELDS = (("id", QVariant.Int), ("sbi", QVariant.String), ("jobs", QVariant.Int),
          ("werkzame_personen", QVariant.Int))


def read(layer, alg="dscore", roles=None, **params):
    """(Establishments, Log) of `layer` read by `alg`'s run with `params`."""
    log = Log()
    run = run_of("clusterindex:" + alg, dict(params, INPUT=layer), log)
    est = reading.open_establishments(run, roles or {"sector": "SECTOR_FIELD", "jobs": "JOBS_FIELD"})
    reading.read(run, est, (0.0, 10.0))
    return est, log


def test_multipoint_stands_at_the_mean_of_its_parts_and_null_geometry_has_no_location(plugin, tmp_path):
    rows = [([(0.0, 0.0), (2000.0, 0.0), (1000.0, 3000.0)], 1, "a", 5),
            ([(10.0, 20.0)], 2, "a", 1),
            (None, 3, "b", 2),
            ([(500.0, 700.0), (500.0, 700.0)], 4, "b", 1)]
    layer = write_points(tmp_path / "multi.gpkg", rows, multi=True)
    est, log = read(layer, SECTOR_FIELD="sbi", JOBS_FIELD="jobs")
    assert len(est) == 4
    assert est.x[0] == pytest.approx(1000.0) and est.y[0] == pytest.approx(1000.0)
    assert (est.x[1], est.y[1]) == (10.0, 20.0)
    assert math.isnan(est.x[2]) and math.isnan(est.y[2])
    assert (est.x[3], est.y[3]) == (500.0, 700.0)
    assert est.located().tolist() == [True, True, False, True]
    assert est.n_no_geometry == 1 and est.n_multipart == 2
    assert est.column("sector") == ["a", "a", "b", "b"]
    assert est.jobs.tolist() == [5.0, 1.0, 2.0, 1.0]
    assert any(w.startswith("1 features have no (valid) geometry") for w in log.warnings), log.warnings
    assert any(i.startswith("2 multi-point features") for i in log.infos), log.infos


def test_features_are_read_in_feature_order_with_their_ids(plugin, tmp_path):
    rows = [((1000.0 * k, 0.0), 10 - k, "a", k) for k in range(6)]
    layer = write_points(tmp_path / "order.gpkg", rows)
    est, _ = read(layer, SECTOR_FIELD="sbi")
    assert est.fids.tolist() == [f.id() for f in layer.getFeatures()]
    assert est.x.tolist() == [1000.0 * k for k in range(6)]
    assert est.jobs.tolist() == [1.0] * 6  # no jobs field: every establishment counts 1
    assert est.column("jobs") is None


def test_null_and_negative_jobs_count_as_one_and_are_counted(plugin, tmp_path):
    jobs = [None, 7, -4, 0, None, 12]
    rows = [((1000.0 * k, 0.0), k, "a", j) for k, j in enumerate(jobs)]
    layer = write_points(tmp_path / "jobs.gpkg", rows)
    est, log = read(layer, SECTOR_FIELD="sbi", JOBS_FIELD="jobs")
    assert est.jobs.tolist() == [1.0, 7.0, 1.0, 0.0, 1.0, 12.0]
    assert "2 NULL jobs values counted as 1." in log.infos
    assert any(w.startswith("1 negative or invalid jobs values in field “jobs”") for w in log.warnings), \
        log.warnings
    assert not any("NULL jobs" in w for w in log.warnings)


def test_valid_jobs_are_not_logged(plugin, tmp_path):
    layer = write_points(tmp_path / "fine.gpkg", [((0.0, 0.0), 1, "a", 3), ((10.0, 0.0), 2, "a", 0)])
    _, log = read(layer, SECTOR_FIELD="sbi", JOBS_FIELD="jobs")
    assert not any("jobs values" in line for line in log.lines), log.lines


def test_a_text_jobs_field_is_refused_before_reading(plugin, tmp_path):
    rows = [((0.0, 0.0), 1, "a", "twelve"), ((10.0, 0.0), 2, "a", "3")]
    layer = write_points(tmp_path / "text.gpkg", rows, fields=(
        ("id", QVariant.Int), ("sbi", QVariant.String), ("staff", QVariant.String)))
    run = run_of("clusterindex:dscore", {"INPUT": layer, "SECTOR_FIELD": "sbi", "JOBS_FIELD": "staff"})
    with pytest.raises(QgsProcessingException, match="Field “staff” of layer .* must be numeric"):
        reading.open_establishments(run, {"sector": "SECTOR_FIELD", "jobs": "JOBS_FIELD"})


def test_a_missing_field_is_refused_with_the_fields_there_are(plugin, tmp_path):
    layer = write_points(tmp_path / "f.gpkg", [((0.0, 0.0), 1, "a", 3)])
    run = run_of("clusterindex:dscore", {"INPUT": layer, "SECTOR_FIELD": "nace"})
    with pytest.raises(QgsProcessingException, match="“nace” does not exist.*id, sbi, jobs"):
        reading.open_establishments(run, {"sector": "SECTOR_FIELD"})


def sbi_warnings(layer, **params):
    log = Log()
    run = run_of("clusterindex:benchmark", dict(params, INPUT=layer), log)
    est = reading.open_establishments(run, {"sbi": "SBI_FIELD", "jobs": "JOBS_FIELD"})
    reading.warn_sector_field(run, est, "sbi")
    return [w for w in log.warnings if "SBI code" in w]


def test_an_sbi_field_that_is_the_jobs_field_is_warned(plugin, tmp_path):
    layer = write_points(tmp_path / "w.gpkg", [((0.0, 0.0), 1, "2611", 3, 3)], fields=FIELDS)
    warned = sbi_warnings(layer, SBI_FIELD="jobs", JOBS_FIELD="jobs")
    assert len(warned) == 1 and "“jobs”" in warned[0]
    # a numeric field named like jobs, without a jobs field given
    warned = sbi_warnings(layer, SBI_FIELD="werkzame_personen")
    assert len(warned) == 1 and "“werkzame_personen”" in warned[0]
    # the control: a text SBI field is not warned about
    assert sbi_warnings(layer, SBI_FIELD="sbi", JOBS_FIELD="jobs") == []


def test_a_sector_field_that_is_the_jobs_field_is_warned(plugin, tmp_path):
    layer = write_points(tmp_path / "w.gpkg", [((0.0, 0.0), 1, "2611", 3, 3)], fields=FIELDS)
    log = Log()
    run = run_of("clusterindex:dscore", {"INPUT": layer, "SECTOR_FIELD": "jobs", "JOBS_FIELD": "jobs"}, log)
    est = reading.open_establishments(run, {"sector": "SECTOR_FIELD", "jobs": "JOBS_FIELD"})
    reading.warn_sector_field(run, est, "sector")
    assert any("“jobs”" in w and "looks like a jobs field" in w for w in log.warnings), log.warnings


def test_lines_are_not_establishments(plugin):
    lines = QgsVectorLayer("LineString?crs=EPSG:28992&field=sbi:string", "roads", "memory")
    run = run_of("clusterindex:dscore", {"INPUT": lines})
    with pytest.raises(QgsProcessingException, match="roads.*must be points"):
        reading.open_establishments(run, {})


def test_a_table_is_read_without_locations_where_tables_are_allowed(plugin):
    table = QgsVectorLayer("None?field=corop:string&field=jobs:double", "cbs", "memory")
    from qgis.core import QgsFeature
    for code, jobs in (("CR01", 2.5), ("CR02", None)):
        feature = QgsFeature(table.fields())
        feature.setAttributes([code, jobs])
        table.dataProvider().addFeature(feature)
    run = run_of("clusterindex:regionprofile", {"INPUT": table, "JOBS_FIELD": "jobs"})
    with pytest.raises(QgsProcessingException, match="must be points"):
        reading.open_establishments(run, {"jobs": "JOBS_FIELD"})
    est = reading.open_establishments(run, {"jobs": "JOBS_FIELD"}, points_only=False, metric=False)
    reading.read(run, est, (0.0, 10.0))
    assert len(est) == 2 and not est.located().any() and est.n_no_geometry == 2
    assert est.jobs.tolist() == [2.5, 1.0]


def test_an_empty_layer_is_refused(plugin, tmp_path):
    layer = write_points(tmp_path / "empty.gpkg", [])
    run = run_of("clusterindex:dscore", {"INPUT": layer})
    with pytest.raises(QgsProcessingException, match="no features"):
        reading.open_establishments(run, {})


def test_invalid_crs_raises(plugin):
    run = run_of("clusterindex:dscore", {})
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        reading.distance_metric(run, QgsCoordinateReferenceSystem(), "shops")


@pytest.mark.parametrize("crs, metric, factor", [
    ("EPSG:28992", "euclidean", 1.0),
    ("EPSG:2277", "euclidean", 1200 / 3937),   # US survey feet, not international feet
    ("EPSG:4326", "greatcircle", 1.0),
])
def test_distance_metric_and_metres_per_unit(plugin, crs, metric, factor):
    log = Log()
    got = reading.distance_metric(run_of("clusterindex:dscore", {}, log), QgsCoordinateReferenceSystem(crs), "x")
    assert got[0] == metric and got[1] == pytest.approx(factor, rel=1e-12)
    assert log.infos and ("great-circle" in log.infos[0]) == (metric == "greatcircle")


def test_projected_coordinates_in_metres(plugin, tmp_path):
    rows = [((1000.0, 2000.0), 1, "a", 1)]
    layer = write_points(tmp_path / "ft.gpkg", rows, crs="EPSG:2277")
    est, _ = read(layer)
    x, y = est.coordinates()
    assert (x[0], y[0]) == pytest.approx((1000.0 * 1200 / 3937, 2000.0 * 1200 / 3937), rel=1e-12)


def test_metre_coordinates_in_a_geographic_crs_are_refused(plugin, tmp_path):
    layer = write_points(tmp_path / "wrong.gpkg", [((120000.0, 480000.0), 1, "a", 1)], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="not longitudes and latitudes"):
        read(layer)
    ok = write_points(tmp_path / "right.gpkg", [((5.1, 52.1), 1, "a", 1)], crs="EPSG:4326")
    est, _ = read(ok)
    assert np.array_equal(est.coordinates()[0], [5.1])


def test_reading_warns_about_a_sector_field_named_in_another_case(plugin, tmp_path):
    """read() warns about a sector field that looks like jobs, also when the field is named in
    another case than the layer's (QGIS matches field names without case; the warning looked
    the field up with case and raised KeyError)."""
    layer = write_points(tmp_path / "w.gpkg", [((0.0, 0.0), 1, "2611", 3, 3), ((10.0, 0.0), 2, "2611", 4, 4)],
                         fields=FIELDS)
    est, log = read(layer, SECTOR_FIELD="WERKZAME_PERSONEN")
    assert len(est) == 2
    assert any("WERKZAME_PERSONEN" in w and "looks like a jobs field" in w for w in log.warnings), log.warnings
