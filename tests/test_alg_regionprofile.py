"""clusterindex:regionprofile through processing.run, checked against independent pandas
computations and brute-force D-scores (oracles.py)."""
import os
import xml.etree.ElementTree as ElementTree

import numpy as np
import pandas as pd
import processing
import pytest
from conftest import REPO, Log, value
from layers import SIZE, X0, Y0, expected_region, region_frame, square, write_points, write_polygons
from oracles import dscores as brute
from oracles import expected_profile
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QImage


def profile_params(layer, regions, tmp_path, **extra):
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities",
              "REGIONS": regions, "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name",
              "BENCHMARK_MEAN": 2, "BENCHMARK_MEAN_D": 0.02, "LARGE_VOLUME": 500,
              "OUTPUT": str(tmp_path / "profile.gpkg"), "OUTPUT_TABLE": "memory:",
              "OUTPUT_CHART": str(tmp_path / "bubble.png"), "OUTPUT_HTML": str(tmp_path / "report.html")}
    params.update(extra)
    return params


@pytest.mark.parametrize("basis", [0, 1])
def test_regionprofile_against_pandas(plugin, region_firms, regions, tmp_path, basis):
    layer, rows = region_firms
    log = Log()
    result = processing.run("clusterindex:regionprofile",
                            profile_params(layer, regions, tmp_path, LQ_BASIS=basis), feedback=log)
    want = expected_profile(region_frame(rows), ("establishments", "jobs")[basis])
    out = QgsVectorLayer(result["OUTPUT"], "profile", "ogr")
    got = {f["code"]: f for f in out.getFeatures()}
    assert sorted(got) == ["R1", "R2", "R3", "R4", "R5", "R6"]  # every region, also empty ones
    for code in ("R1", "R2", "R3", "R4"):
        f, w = got[code], want.loc[code]
        assert f["n_sector"] == w.n_sector and f["n_total"] == w.n_total
        assert f["jobs_sector"] == pytest.approx(w.jobs_sector)
        assert f["jobs_share"] == pytest.approx(w.jobs_share, rel=1e-12)
        assert f["lq"] == pytest.approx(w.lq, rel=1e-12)
        assert f["mean_d"] == pytest.approx(w.mean_d, rel=1e-9)
        clustered, special, large = w.mean_d > 0.02, w.lq > 1, w.jobs_sector >= 500
        want_type = (1 if large else 2) if clustered and special else (3 if large else 4) if clustered \
            else 5 if special else 6
        assert f["region_type"] == want_type
    for code in ("R5", "R6"):  # no establishments (R6 only overlaps R1, which comes first)
        assert got[code]["n_total"] == 0 and got[code]["n_sector"] == 0
        assert value(got[code]["lq"]) is None and value(got[code]["mean_d"]) is None
        assert value(got[code]["region_type"]) is None
    text = log.text()
    assert "inside more than one region" in text
    assert "outside every region" in text and "no location" in text
    table = result["OUTPUT_TABLE"]
    assert table.featureCount() == 6 and "region_name" in table.fields().names()


def test_chart_files_are_readable(plugin, region_firms, regions, tmp_path):
    layer, _ = region_firms
    result = processing.run("clusterindex:regionprofile", profile_params(layer, regions, tmp_path))
    image = QImage(result["OUTPUT_CHART"])
    assert not image.isNull() and image.width() > 800
    assert result["OUTPUT_SVG"].endswith(".svg")
    root = ElementTree.parse(result["OUTPUT_SVG"]).getroot()
    assert root.tag.endswith("svg")
    with open(result["OUTPUT_HTML"], encoding="utf-8") as f:
        page = f.read()
    assert "<svg" in page and "Region 1" in page and "R5" in page


def test_benchmark_mean_computed_from_the_input(plugin, region_firms, regions, tmp_path):
    layer, rows = region_firms
    log = Log()
    processing.run("clusterindex:regionprofile",
                   profile_params(layer, regions, tmp_path, BENCHMARK_MEAN=0), feedback=log)
    industry = [r[0] if r[2].replace(".", "")[:2] in {str(k) for k in range(10, 33)} else None for r in rows]
    d = [v for v in brute(industry, [1] * len(rows)) if v is not None]
    assert "mean D {0:.5f}".format(np.mean(d)) in log.text()


def test_regions_in_another_crs_and_invalid_polygons(plugin, region_firms, tmp_path):
    layer, rows = region_firms
    # the same squares in WGS 84, shrunk by 50 m so that no point is near an edge
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    wgs = []
    for k, (i, j) in enumerate([(0, 0), (1, 0), (0, 1), (1, 1)]):
        g = QgsGeometry.fromWkt(square(X0 + i * SIZE + 50, Y0 + j * SIZE + 50, SIZE - 100)).densifyByCount(20)
        g.transform(transform)
        wgs.append((g.asWkt(), "R%d" % (k + 1), "Region %d" % (k + 1)))
    # a self-intersecting bow tie: reported and repaired, never a crash
    wgs.append(("POLYGON((4.9 52.0,5.0 52.1,5.0 52.0,4.9 52.1,4.9 52.0))", "BOW", "Bow tie"))
    wgs.append((None, "NOGEOM", "No geometry"))
    regions = write_polygons(tmp_path / "wgs.gpkg", wgs, crs="EPSG:4326")
    log = Log()
    result = processing.run("clusterindex:regionprofile", profile_params(
        layer, regions, tmp_path, OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None), feedback=log)
    got = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(got) == 6

    def inner(x, y):
        code = expected_region(x, y)
        if code is None:
            return None
        fx, fy = (x - X0) % SIZE, (y - Y0) % SIZE
        return code if 50 < fx < SIZE - 50 and 50 < fy < SIZE - 50 else None
    counts = pd.Series([inner(*r[0]) for r in rows if r[0] is not None]).value_counts()
    for code in ("R1", "R2", "R3", "R4"):
        assert got[code]["n_total"] == counts[code]
    assert "invalid" in log.text() and "no geometry" in log.text()


def test_region_codes_with_official_cbs_jobs(plugin, tmp_path):
    """LQs from a table without geometry: one row per COROP region and A10 sector, jobs
    (× 1000, CBS 2023) as weights, against pandas on the CSV itself."""
    cbs = pd.read_csv(os.path.join(REPO, "data", "cbs_jobs_corop_a10_2023.csv"))
    layer = QgsVectorLayer("None?field=corop:string&field=a10:string&field=jobs:double", "cbs", "memory")
    features = []
    for _, row in cbs.iterrows():
        for a10 in cbs.columns[1:]:
            f = QgsFeature(layer.fields())
            f.setAttributes([row.corop, a10, float(row[a10])])
            features.append(f)
    layer.dataProvider().addFeatures(features)
    result = processing.run("clusterindex:regionprofile", {
        "INPUT": layer, "SECTOR_FIELD": "a10", "SECTOR_VALUE": "BE", "JOBS_FIELD": "jobs",
        "REGION_CODE_FIELD": "corop", "LQ_BASIS": 1, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"})
    table = cbs.set_index("corop")
    want = (table.BE / table.sum(axis=1)) / (table.BE.sum() / table.values.sum())
    got = {f["region_id"]: f for f in result["OUTPUT_TABLE"].getFeatures()}
    assert len(got) == 40
    for code, lq in want.items():
        assert got[code]["lq"] == pytest.approx(lq, rel=1e-12)
        assert got[code]["jobs_sector"] == pytest.approx(table.BE[code])
        assert value(got[code]["mean_d"]) is None


def test_region_codes_matched_to_polygons(plugin, tmp_path):
    corop = QgsVectorLayer(os.path.join(REPO, "data", "nl_regions_2022.gpkg") + "|layername=corop", "corop", "ogr")
    # establishments without a location, coded CR01–CR03, three with an unknown code
    rows = [(None, k, "2611" if k % 3 else "4711", "CR%02d" % (1 + k % 3) if k < 87 else "XX99")
            for k in range(90)]
    layer = write_points(tmp_path / "coded.gpkg", rows, fields=(
        ("id", QVariant.Int), ("sbi", QVariant.String), ("corop", QVariant.String)))
    log = Log()
    result = processing.run("clusterindex:regionprofile", {
        "INPUT": layer, "SBI_FIELD": "sbi", "REGIONS": corop, "REGION_ID_FIELD": "statcode",
        "REGION_NAME_FIELD": "statnaam", "REGION_CODE_FIELD": "corop", "OUTPUT": "memory:",
        "OUTPUT_TABLE": "memory:"}, feedback=log)
    got = {f["statcode"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(got) == 40 and result["OUTPUT"].geometryType() == 2
    assert got["CR01"]["n_total"] == 29 and got["CR04"]["n_total"] == 0
    assert "XX99" in log.text()


@pytest.mark.parametrize("bad, message", [
    ({"REGIONS": None}, "region polygon layer or a region-code field"),
    ({"SECTOR_FIELD": "sbi", "SECTOR_VALUE": ""}, "sector value"),
    ({"SECTOR": "No such sector"}, "No sector"),
    ({"SECTOR": "", "SECTOR_FIELD": "", "SECTOR_EXPRESSION": ""}, "Choose a sector"),
    ({"REGION_CODE_FIELD": "sbi", "REGION_ID_FIELD": None}, "region id field"),
    ({"BENCHMARK_MEAN": 2, "BENCHMARK_MEAN_D": None}, "benchmark mean D"),
])
def test_regionprofile_bad_input(plugin, region_firms, regions, tmp_path, bad, message):
    layer, _ = region_firms
    params = profile_params(layer, regions, tmp_path, OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None)
    params.update(bad)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:regionprofile", params)


def test_polygon_layer_is_not_establishments(plugin, regions, tmp_path):
    with pytest.raises(QgsProcessingException):
        processing.run("clusterindex:regionprofile", {
            "INPUT": regions, "SECTOR_FIELD": "code", "SECTOR_VALUE": "R1", "REGIONS": regions,
            "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"})


def test_profile_is_styled_by_region_type_when_loaded(plugin, region_firms, regions, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsRenderContext
    layer, _ = region_firms
    project = QgsProject.instance()
    before = set(project.mapLayers())
    params = profile_params(layer, regions, tmp_path, OUTPUT_CHART=None, OUTPUT_HTML=None)
    params["OUTPUT_TABLE"] = str(tmp_path / "table.gpkg")
    processing.runAndLoadResults("clusterindex:regionprofile", params)
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    polygons = [a for a in added if a.geometryType() == 2]
    assert len(polygons) == 1
    renderer = polygons[0].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "region_type"
    from clusterindex.algorithms.charts import TYPE_COLOURS
    context = QgsRenderContext()
    renderer.startRender(context, polygons[0].fields())
    seen = set()
    for feature in polygons[0].getFeatures():
        t = value(feature["region_type"]) or 0
        symbol = renderer.symbolForFeature(feature, context)
        assert symbol.color().name() == TYPE_COLOURS[t]
        seen.add(t)
    renderer.stopRender(context)
    assert len(seen) >= 2
    project.removeMapLayers([a.id() for a in added])


def test_mean_d_ratio_per_region_against_brute_force(plugin, region_firms, regions, tmp_path):
    """Y_AXIS 1: the mean d_ratio per region (D against random labelling within the
    benchmark population and the sector), against the brute-force oracle."""
    from layers import BRAINPORT, expected_region
    from oracles import random_labelling
    layer, rows = region_firms
    out = processing.run("clusterindex:regionprofile", profile_params(
        layer, regions, tmp_path, Y_AXIS=1, OUTPUT_CHART=str(tmp_path / "ratio.png")))
    located = [r for r in rows if r[0] is not None]
    industry = [r[2][:2].isdigit() and 10 <= int(r[2][:2]) <= 32 or r[2].startswith("383") for r in located]
    sector = [r[2] in BRAINPORT for r in located]
    got_ratios = random_labelling([r[0] for r in located], sector, industry)
    by_region = {}
    for i, r in enumerate(located):
        if i in got_ratios:
            by_region.setdefault(expected_region(*r[0]), []).append(got_ratios[i]["ratio"])
    got = {f["code"]: value(f["mean_d_ratio"]) for f in QgsVectorLayer(out["OUTPUT"], "p", "ogr").getFeatures()}
    for code in ("R1", "R2", "R3", "R4"):
        assert got[code] == pytest.approx(sum(by_region[code]) / len(by_region[code]), rel=1e-9)
    assert QgsVectorLayer(out["OUTPUT"], "p", "ogr").fields().lookupField("mean_d_ratio") >= 0
