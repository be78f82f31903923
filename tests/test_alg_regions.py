"""clusterindex:regionprofile, sizeclasses and neighbourhoods through processing.run,
checked against independent pandas computations and brute-force D-scores."""
import math
import os
import xml.etree.ElementTree as ElementTree

import numpy as np
import pandas as pd
import pytest
from brute import dscores as brute
from layers import square, write_points, write_polygons
from qgis.core import (NULL, QgsFeature, QgsProcessingException, QgsProcessingFeedback,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QImage

import processing

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRAINPORT = ("2611", "27.11", "2812", "2910")
INDUSTRY_OTHER = ("1011", "2011", "3299")
OTHER = ("6201", "4711", "8610")
X0, Y0, SIZE = 100000.0, 400000.0, 10000.0


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)

    def text(self):
        return "\n".join(self.lines)


def value(v):
    return None if v == NULL else v


@pytest.fixture
def regions(tmp_path):
    """Four 10 km squares (R1–R4), an empty far-away square (R5) and, last, a square
    overlapping the lower-left quarter of R1 (R6)."""
    rows = []
    for k, (i, j) in enumerate([(0, 0), (1, 0), (0, 1), (1, 1)]):
        rows.append((square(X0 + i * SIZE, Y0 + j * SIZE, SIZE), "R%d" % (k + 1), "Region %d" % (k + 1)))
    rows.append((square(200000, 500000, SIZE), "R5", "Empty"))
    rows.append((square(X0, Y0, SIZE / 2), "R6", "Overlap"))
    return write_polygons(tmp_path / "regions.gpkg", rows)


def expected_region(x, y):
    """The half-open rule on the grid of squares: an independent statement of it."""
    if x is None:
        return None
    i, j = math.floor((x - X0) / SIZE), math.floor((y - Y0) / SIZE)
    if 0 <= i <= 1 and 0 <= j <= 1:
        return "R%d" % (1 + i + 2 * j)
    return None


@pytest.fixture
def firms(tmp_path):
    rng = np.random.default_rng(11)
    codes = list(BRAINPORT * 2 + INDUSTRY_OTHER + OTHER)
    rows = []
    for k in range(700):
        x, y = np.round(rng.uniform([X0 - 1000, Y0 - 1000], [X0 + 2 * SIZE + 1000, Y0 + 2 * SIZE + 1000]), -2)
        rows.append(((float(x), float(y)), k, codes[k % len(codes)], int(rng.integers(1, 80))))
    rows[0] = (None, 0, "2611", 5)                      # no location
    rows[1] = ((X0 + SIZE, Y0 + 5000.0), 1, "2611", 3)   # on the edge R1 | R2: R2
    rows[2] = ((X0 + 2 * SIZE, Y0 + 5000.0), 2, "2611", 3)  # on the outer right edge: none
    rows[3] = (rows[3][0], 3, "2611", None)               # NULL jobs count as 1
    return write_points(tmp_path / "firms.gpkg", rows), rows


def frame_of(rows):
    df = pd.DataFrame({"id": [r[1] for r in rows], "sbi": [r[2] for r in rows],
                       "jobs": [1 if r[3] is None else r[3] for r in rows],
                       "x": [None if r[0] is None else r[0][0] for r in rows],
                       "y": [None if r[0] is None else r[0][1] for r in rows]})
    df["region"] = [expected_region(*(r[0] or (None, None))) for r in rows]
    df["sector"] = df.sbi.isin(BRAINPORT)
    points = [r[0] for r in rows]
    df["d"] = brute(points, [1 if s else None for s in df.sector])
    return df


def expected_profile(df, basis="establishments"):
    w = df.jobs if basis == "jobs" else pd.Series(1.0, index=df.index)
    df = df.assign(w=w)
    e, e_s = df.w.sum(), df[df.sector].w.sum()
    by = df.dropna(subset=["region"]).groupby("region")
    out = pd.DataFrame({"e_r": by.w.sum(), "e_sr": by.apply(lambda g: g.w[g.sector].sum())})
    out["lq"] = (out.e_sr / out.e_r) / (e_s / e)
    out["n_sector"] = by.sector.sum()
    out["n_total"] = by.size()
    out["jobs_sector"] = by.apply(lambda g: g.jobs[g.sector].sum())
    out["jobs_share"] = out.jobs_sector / df[df.sector].jobs.sum()
    out["mean_d"] = by.apply(lambda g: g.d[g.sector].astype(float).mean())
    return out


def profile_params(layer, regions, tmp_path, **extra):
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities",
              "REGIONS": regions, "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name",
              "BENCHMARK_MEAN": 2, "BENCHMARK_MEAN_D": 0.02, "LARGE_VOLUME": 500,
              "OUTPUT": str(tmp_path / "profile.gpkg"), "OUTPUT_TABLE": "memory:",
              "OUTPUT_CHART": str(tmp_path / "bubble.png"), "OUTPUT_HTML": str(tmp_path / "report.html")}
    params.update(extra)
    return params


@pytest.mark.parametrize("basis", [0, 1])
def test_regionprofile_against_pandas(plugin, firms, regions, tmp_path, basis):
    layer, rows = firms
    log = Log()
    result = processing.run("clusterindex:regionprofile",
                            profile_params(layer, regions, tmp_path, LQ_BASIS=basis), feedback=log)
    want = expected_profile(frame_of(rows), ("establishments", "jobs")[basis])
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


def test_chart_files_are_readable(plugin, firms, regions, tmp_path):
    layer, _ = firms
    result = processing.run("clusterindex:regionprofile", profile_params(layer, regions, tmp_path))
    image = QImage(result["OUTPUT_CHART"])
    assert not image.isNull() and image.width() > 800
    assert result["OUTPUT_SVG"].endswith(".svg")
    root = ElementTree.parse(result["OUTPUT_SVG"]).getroot()
    assert root.tag.endswith("svg")
    with open(result["OUTPUT_HTML"], encoding="utf-8") as f:
        page = f.read()
    assert "<svg" in page and "Region 1" in page and "R5" in page


def test_benchmark_mean_computed_from_the_input(plugin, firms, regions, tmp_path):
    layer, rows = firms
    log = Log()
    processing.run("clusterindex:regionprofile",
                   profile_params(layer, regions, tmp_path, BENCHMARK_MEAN=0), feedback=log)
    industry = [r[0] if r[2].replace(".", "")[:2] in {str(k) for k in range(10, 33)} else None for r in rows]
    d = [v for v in brute(industry, [1] * len(rows)) if v is not None]
    assert "mean D {0:.5f}".format(np.mean(d)) in log.text()


def test_regions_in_another_crs_and_invalid_polygons(plugin, firms, tmp_path):
    layer, rows = firms
    # the same squares in WGS 84, shrunk by 50 m so that no point is near an edge
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                           QgsProject)
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
def test_regionprofile_bad_input(plugin, firms, regions, tmp_path, bad, message):
    layer, _ = firms
    params = profile_params(layer, regions, tmp_path, OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None)
    params.update(bad)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:regionprofile", params)


def test_polygon_layer_is_not_establishments(plugin, regions, tmp_path):
    with pytest.raises(QgsProcessingException):
        processing.run("clusterindex:regionprofile", {
            "INPUT": regions, "SECTOR_FIELD": "code", "SECTOR_VALUE": "R1", "REGIONS": regions,
            "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"})


def test_sizeclasses_against_pandas(plugin, firms, regions, tmp_path):
    layer, rows = firms
    result = processing.run("clusterindex:sizeclasses", {
        "INPUT": layer, "JOBS_FIELD": "jobs", "REGIONS": regions, "REGION_ID_FIELD": "code",
        "CLASS_BOUNDS": "5, 20, 50", "OUTPUT": "memory:", "OUTPUT_CHART": str(tmp_path / "sizes.png"),
        "OUTPUT_HTML": str(tmp_path / "sizes.html")})
    df = frame_of(rows).dropna(subset=["region"])
    df["cls"] = pd.cut(df.jobs, [0, 5, 20, 50, np.inf], right=False, labels=["lt5", "5_20", "20_50", "ge50"])
    want = df.groupby(["region", "cls"]).size().unstack(fill_value=0)
    got = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(got) == 6
    for code in ("R1", "R2", "R3", "R4"):
        for cls in ("lt5", "5_20", "20_50", "ge50"):
            assert got[code]["n_" + cls] == want.loc[code, cls]
            assert got[code]["share_" + cls] == pytest.approx(want.loc[code, cls] / want.loc[code].sum())
        assert got[code]["n_total"] == want.loc[code].sum()
    assert got["R5"]["n_total"] == 0
    assert not QImage(result["OUTPUT_CHART"]).isNull()
    with pytest.raises(QgsProcessingException, match="bounds"):
        processing.run("clusterindex:sizeclasses", {
            "INPUT": layer, "JOBS_FIELD": "jobs", "REGIONS": regions, "CLASS_BOUNDS": "50, 5",
            "OUTPUT": "memory:"})


def test_neighbourhoods(plugin, firms, tmp_path):
    layer, rows = firms
    # the region is the whole 20 km block; its areas are the four squares; an area
    # outside the block is left out
    big = write_polygons(tmp_path / "big.gpkg", [(square(X0, Y0, 2 * SIZE), "B", "Block"),
                                                 (square(0, 0, SIZE), "O", "Other")])
    areas = [(square(X0 + i * SIZE, Y0 + j * SIZE, SIZE), "W%d" % (1 + i + 2 * j), "") for i in (0, 1) for j in (0, 1)]
    areas.append((square(300000, 300000, SIZE), "FAR", ""))
    areas = write_polygons(tmp_path / "areas.gpkg", areas)
    log = Log()
    result = processing.run("clusterindex:neighbourhoods", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "REGIONS": big,
        "REGION_FIELD": "name", "REGION_VALUE": "Block", "AREAS": areas, "MIN_COUNT": 60,
        "OUTPUT": "memory:"}, feedback=log)
    got = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(got) == ["W1", "W2", "W3", "W4"]
    df = frame_of(rows)
    counts = df[df.sector].region.value_counts()
    for code in got:
        want = counts.get("R" + code[1:], 0)
        assert got[code]["n_sector"] == want
        assert got[code]["highlight"] == int(want >= 60)
    with pytest.raises(QgsProcessingException, match="No region"):
        processing.run("clusterindex:neighbourhoods", {
            "INPUT": layer, "SBI_FIELD": "sbi", "REGIONS": big, "REGION_FIELD": "name",
            "REGION_VALUE": "Nowhere", "AREAS": areas, "OUTPUT": "memory:"})


def test_profile_is_styled_by_region_type_when_loaded(plugin, firms, regions, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsRenderContext
    layer, _ = firms
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
