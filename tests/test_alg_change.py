"""clusterindex:change through processing.run on real layers: two years of establishments
on the grid of region squares (layers.py), linked by an id, with births, deaths, movers
and stayers; checked against independent pandas computations and brute-force D-scores
(oracles.py)."""
import hashlib
import xml.etree.ElementTree as ElementTree

import numpy as np
import pandas as pd
import processing
import pytest
from conftest import Log, value
from layers import SIZE, X0, Y0, expected_region, region_rows, write_points, write_polygons
from oracles import dscores, expected_demography, expected_growth, expected_profile
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QImage

BRAINPORT = ("2611", "2812", "2910")
OTHER = ("4711", "6201", "1011", "7010")
FIELDS = (("id", QVariant.Int), ("est_id", QVariant.Int), ("sbi", QVariant.String), ("jobs", QVariant.Int),
          ("year", QVariant.Int))


def in_r4(x, y):
    return x >= X0 + SIZE and y >= Y0 + SIZE


def two_years(seed=5):
    """Rows (geometry, id, est_id, sbi, jobs, year) of 2018 and 2023. No brainport firm in
    R4 at t0 (births there at t1: growth undefined); deaths more likely in R1, growth of
    jobs by sector; movers anywhere on the grid, stayers within 200 m; locations on a
    100 m raster (shared coordinates)."""
    rng = np.random.default_rng(seed)
    lo, hi = [X0 - 800, Y0 - 800], [X0 + 2 * SIZE + 800, Y0 + 2 * SIZE + 800]
    t0 = []
    for k in range(420):
        x, y = np.round(rng.uniform(lo, hi), -2)
        codes = OTHER if in_r4(x, y) else (BRAINPORT + OTHER)
        t0.append(((float(x), float(y)), k, k + 1, str(rng.choice(codes)), int(rng.integers(1, 50)), 2018))
    t0[0] = (None, 0, 1, "2611", 4, 2018)             # no location
    t0[1] = (t0[1][0], 1, 2, "2611", None, 2018)      # NULL jobs
    t0[2] = (t0[2][0], 2, None, "2611", 7, 2018)      # no id
    t1 = []
    for (xy, _, est_id, code, jobs, _) in t0:
        if xy is not None and rng.random() < (0.35 if expected_region(*xy) == "R1" else 0.12):
            continue  # death
        if xy is not None and rng.random() < 0.2:
            xy = tuple(float(v) for v in np.round(rng.uniform(lo, hi), -2))   # mover (mostly > 500 m)
        elif xy is not None:
            xy = (xy[0] + float(rng.choice([0, 100, 200])), xy[1])           # stayer
        code = str(rng.choice(BRAINPORT + OTHER)) if rng.random() < 0.05 else code
        factor = 1.3 if code in BRAINPORT else 0.95
        jobs = None if jobs is None else max(1, int(round(jobs * factor * rng.lognormal(0, 0.2))))
        t1.append((xy, len(t1), est_id, code, jobs, 2023))
    for _ in range(90):  # births, also of brainport in R4
        x, y = np.round(rng.uniform(lo, hi), -2)
        t1.append(((float(x), float(y)), len(t1), 10000 + len(t1), str(rng.choice(BRAINPORT + OTHER)),
                   int(rng.integers(1, 20)), 2023))
    t1.append(((X0 + 5000.0, Y0 + 5000.0), len(t1), None, "2611", 3, 2023))  # no id
    return t0, t1


def frame(rows):
    """One row per establishment: id, x, y, region, sector, jobs (NULL: 1), d (brute force
    within that year's sector)."""
    df = pd.DataFrame({"id": [r[2] for r in rows], "x": [r[0][0] if r[0] else np.nan for r in rows],
                       "y": [r[0][1] if r[0] else np.nan for r in rows],
                       "region": [expected_region(*r[0]) if r[0] else None for r in rows],
                       "sector": [r[3] in BRAINPORT for r in rows],
                       "jobs": [1.0 if r[4] is None else float(r[4]) for r in rows]})
    df["d"] = dscores([r[0] for r in rows], [1 if s else None for s in df.sector])
    return df


@pytest.fixture
def years(tmp_path):
    t0, t1 = two_years()
    return (write_points(tmp_path / "t0.gpkg", t0, fields=FIELDS),
            write_points(tmp_path / "t1.gpkg", t1, fields=FIELDS), t0, t1)


@pytest.fixture
def grid(tmp_path):
    return write_polygons(tmp_path / "regions.gpkg", region_rows())


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def change_params(layer0, layer1, regions, tmp_path, **extra):
    params = {"INPUT": layer0, "INPUT_T1": layer1, "YEAR_T0": "2018", "YEAR_T1": "2023", "SBI_FIELD": "sbi",
              "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities", "REGIONS": regions, "REGION_ID_FIELD": "code",
              "REGION_NAME_FIELD": "name", "ID_FIELD": "est_id", "OUTPUT": str(tmp_path / "change.gpkg"),
              "OUTPUT_TABLE": "memory:", "OUTPUT_POINTS": "memory:", "OUTPUT_POINTS_T0": "memory:",
              "OUTPUT_CHART": str(tmp_path / "portfolio.png"), "OUTPUT_HTML": str(tmp_path / "change.html")}
    params.update(extra)
    return params


def regions_of(result):
    out = result["OUTPUT"]
    layer = out if hasattr(out, "getFeatures") else QgsVectorLayer(out, "change", "ogr")
    return {f["code"] if "code" in f.fields().names() else f["region_id"]: f for f in layer.getFeatures()}


@pytest.mark.parametrize("basis", [0, 1])
def test_growth_and_shift_share_against_pandas(plugin, years, grid, tmp_path, basis):
    layer0, layer1, t0, t1 = years
    log = Log()
    result = processing.run("clusterindex:change", change_params(layer0, layer1, grid, tmp_path, GROWTH_BASIS=basis),
                            feedback=log)
    f0, f1 = frame(t0), frame(t1)
    want = expected_growth(f0, f1, ("jobs", "establishments")[basis], years=5)
    got = regions_of(result)
    assert sorted(got) == ["R1", "R2", "R3", "R4", "R5", "R6"]
    for code in ("R1", "R2", "R3"):
        f, w = got[code], want.loc[code]
        for field, key in (("growth", "growth"), ("growth_ann", "annual"), ("growth_nat", "g_s"),
                           ("growth_all", "g"), ("growth_rel", "relative"), ("national_share", "national_share"),
                           ("industry_mix", "industry_mix"), ("regional_shift", "regional_shift")):
            assert f[field] == pytest.approx(w[key], rel=1e-10), (code, field)
        parts = f["national_share"] + f["industry_mix"] + f["regional_shift"]
        assert parts == pytest.approx(w.e1 - w.e0, rel=1e-10) and f["change"] == pytest.approx(w.e1 - w.e0)
    assert want.loc["R4", "e0"] == 0 and want.loc["R4", "e1"] > 0
    for code in ("R4", "R5", "R6"):  # nothing of the sector at t0: NULL, never 0
        for field in ("growth", "growth_ann", "growth_rel", "national_share", "industry_mix", "regional_shift"):
            assert value(got[code][field]) is None, (code, field)
    assert got["R4"]["change"] == pytest.approx(want.loc["R4", "e1"])
    what = ("jobs", "establishments")[basis]
    assert "3 regions have no {0} of the sector at 2018: growth and shift-share are NULL there.".format(what) \
        in log.infos, log.text()


def test_lq_and_mean_d_in_both_years(plugin, years, grid, tmp_path):
    layer0, layer1, t0, t1 = years
    result = processing.run("clusterindex:change", change_params(layer0, layer1, grid, tmp_path, LQ_BASIS=1))
    got = regions_of(result)
    p0 = expected_profile(frame(t0), "jobs")
    p1 = expected_profile(frame(t1), "jobs")
    for code in ("R1", "R2", "R3", "R4"):
        f = got[code]
        assert f["n_t0"] == p0.loc[code, "n_sector"] and f["n_t1"] == p1.loc[code, "n_sector"]
        assert f["jobs_t1"] == pytest.approx(p1.loc[code, "jobs_sector"])
        assert f["lq_t0"] == pytest.approx(p0.loc[code, "lq"], rel=1e-12)
        assert f["lq_t1"] == pytest.approx(p1.loc[code, "lq"], rel=1e-12)
        assert f["lq_diff"] == pytest.approx(p1.loc[code, "lq"] - p0.loc[code, "lq"], rel=1e-9, abs=1e-12)
        assert f["mean_d_t1"] == pytest.approx(p1.loc[code, "mean_d"], rel=1e-9)
    for code in ("R1", "R2", "R3"):
        assert got[code]["mean_d_t0"] == pytest.approx(p0.loc[code, "mean_d"], rel=1e-9)
    assert value(got["R4"]["mean_d_t0"]) is None and got["R4"]["lq_t0"] == 0


def test_births_deaths_movers_and_stayers(plugin, years, grid, tmp_path):
    layer0, layer1, t0, t1 = years
    log = Log()
    before = {name: digest(tmp_path / name) for name in ("t0.gpkg", "t1.gpkg", "regions.gpkg")}
    result = processing.run("clusterindex:change", change_params(
        layer0, layer1, grid, tmp_path, OUTPUT_POINTS=str(tmp_path / "points_t1.gpkg")), feedback=log)
    assert {name: digest(tmp_path / name) for name in before} == before  # inputs never altered
    f0, f1 = frame(t0), frame(t1)
    status, counts = expected_demography(f0.dropna(subset=["id"]), f1.dropna(subset=["id"]), 500.0)
    got = regions_of(result)
    for code in ("R1", "R2", "R3", "R4"):
        for key in counts.columns:
            assert got[code][key] == pytest.approx(counts.loc[code, key] if code in counts.index else 0), (code, key)
    assert sum(got[c]["n_births"] for c in got) > 0 and sum(got[c]["n_movers_in"] for c in got) > 0
    # every feature of both layers in the point outputs, with its status and D-scores
    points1, points0 = QgsVectorLayer(result["OUTPUT_POINTS"], "t1", "ogr"), result["OUTPUT_POINTS_T0"]
    assert points1.featureCount() == len(t1) and points0.featureCount() == len(t0)
    d0 = dict(zip(f0.id, f0.d))
    for feature in points1.getFeatures():
        est_id = value(feature["est_id"])
        assert feature["period"] == "2023"
        if est_id is None:
            assert value(feature["status"]) is None
            continue
        assert feature["status"] == status.loc[est_id, "status"]
        row = f1[f1.id == est_id].iloc[0]
        assert value(feature["d_score_t1"]) == (pytest.approx(row.d, rel=1e-9) if pd.notna(row.d) else None)
        if feature["status"] in ("stayer", "mover") and pd.notna(d0[est_id]):
            assert feature["d_score_t0"] == pytest.approx(d0[est_id], rel=1e-9)
    deaths = [f for f in points0.getFeatures() if f["status"] == "death"]
    assert len(deaths) == (status.status == "death").sum() and all(value(f["d_score_t1"]) is None for f in deaths)
    assert "no location in one of them: counted as stayers" in log.text()
    assert "without an id" in log.text()


def test_one_layer_with_a_year_field_gives_the_same(plugin, years, grid, tmp_path):
    layer0, layer1, t0, t1 = years
    two = regions_of(processing.run("clusterindex:change", change_params(
        layer0, layer1, grid, tmp_path, OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None)))
    other = [((X0 + 100.0, Y0 + 100.0), 9000, 9000, "2611", 5, 2020)]  # a year of neither
    rows = t0 + [(r[0], len(t0) + r[1]) + r[2:] for r in t1] + other
    both = write_points(tmp_path / "both.gpkg", rows, fields=FIELDS)
    log = Log()
    result = processing.run("clusterindex:change", change_params(
        both, None, grid, tmp_path, YEAR_FIELD="year", OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None),
        feedback=log)
    one = regions_of(result)
    for code in two:
        for name in two[code].fields().names():
            if name not in ("fid", "code", "name"):
                a, b = value(two[code][name]), value(one[code][name])
                assert (a is None and b is None) or a == pytest.approx(b, rel=1e-12), (code, name)
    points = result["OUTPUT_POINTS"]
    assert points.featureCount() == len(rows)  # every feature, also of the other year
    stray = [f for f in points.getFeatures() if f["year"] == 2020][0]
    assert value(stray["period"]) is None and value(stray["status"]) is None
    assert "1 features of layer" in log.text() and "neither year" in log.text()
    assert "nothing is written to Establishments at t0" in log.text()


def test_chart_report_and_variety(plugin, years, grid, tmp_path):
    layer0, layer1, _, _ = years
    log = Log()
    result = processing.run("clusterindex:change", change_params(
        layer0, layer1, grid, tmp_path, ADD_VARIETY=True, CHART_X=1, BENCHMARK=1, BENCHMARK_MEAN=2,
        BENCHMARK_MEAN_D=0.02), feedback=log)
    image = QImage(result["OUTPUT_CHART"])
    assert not image.isNull() and image.width() > 800
    assert ElementTree.parse(result["OUTPUT_SVG"]).getroot().tag.endswith("svg")
    with open(result["OUTPUT_HTML"], encoding="utf-8") as f:
        page = f.read()
    assert "<svg" in page and "Dunn" in page and "Region 1" in page and "Births" in page and "RV nb" in page
    assert "Portfolio chart: 3 regions drawn" in log.text()
    variety = processing.run("clusterindex:variety", {
        "INPUT": layer0, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "REGIONS": grid, "REGION_ID_FIELD": "code",
        "OUTPUT": "memory:"})
    want = {f["code"]: f for f in variety["OUTPUT"].getFeatures()}
    got = regions_of(result)
    for code in got:
        for name in ("tv", "uv", "rv", "tv_nb", "uv_nb", "rv_nb", "n_neighbours"):
            assert value(got[code][name]) == value(want[code][name]), (code, name)


def test_tables_with_region_codes(plugin, tmp_path):
    """Tables without geometry and a region code: the regions are the codes of both years
    (RC appears only at t1); no D-scores, and linked establishments without a location
    count as stayers."""
    def table(rows):
        layer = QgsVectorLayer("None?field=est_id:integer&field=sector:string&field=jobs:double&field=region:string",
                               "t", "memory")
        features = []
        for row in rows:
            f = QgsFeature(layer.fields())
            f.setAttributes(list(row))
            features.append(f)
        layer.dataProvider().addFeatures(features)
        return layer
    t0 = [(1, "A", 10.0, "RA"), (2, "A", 5.0, "RB"), (3, "B", 20.0, "RA"), (4, "B", 1.0, "RB")]
    t1 = [(1, "A", 14.0, "RA"), (3, "B", 30.0, "RA"), (5, "A", 2.0, "RC"), (4, "A", 1.0, "RB")]
    log = Log()
    result = processing.run("clusterindex:change", {
        "INPUT": table(t0), "INPUT_T1": table(t1), "YEAR_T0": "2010", "YEAR_T1": "2020", "SECTOR_FIELD": "sector",
        "SECTOR_VALUE": "A", "JOBS_FIELD": "jobs", "REGION_CODE_FIELD": "region", "ID_FIELD": "est_id",
        "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:"}, feedback=log)
    got = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(got) == ["RA", "RB", "RC"]
    # sector A: 15 → 17 jobs nationally (g_s = 2/15); all: 36 → 47 (g = 11/36)
    assert got["RA"]["growth"] == pytest.approx(0.4) and got["RA"]["growth_nat"] == pytest.approx(2 / 15)
    assert got["RA"]["national_share"] == pytest.approx(10 * 11 / 36)
    assert got["RB"]["growth"] == pytest.approx(1 / 5 - 1) and value(got["RC"]["growth"]) is None
    assert got["RC"]["n_births"] == 1 and got["RB"]["n_deaths"] == 1 and got["RB"]["n_stayers"] == 1
    assert value(got["RA"]["mean_d_t0"]) is None
    statuses = [f["status"] for f in result["OUTPUT_POINTS"].getFeatures()]
    assert statuses == ["stayer", "stayer", "birth", "stayer"]
    assert "no located establishments" in log.text() and "counted as stayers" in log.text()


@pytest.mark.parametrize("bad, message", [
    ({"INPUT_T1": None}, "second layer"),
    ({"YEAR_FIELD": "year"}, "either a second layer"),
    ({"INPUT_T1": None, "YEAR_FIELD": "year", "YEAR_T1": None}, "values of the year field"),
    ({"INPUT_T1": None, "YEAR_FIELD": "year", "YEAR_T1": "2018"}, "are the same"),
    ({"YEAR_T0": "2023", "YEAR_T1": "2018"}, "must come after"),
    ({"ID_FIELD": "id_in_t0_only"}, "does not exist in layer"),
    ({"SECTOR": "No such sector"}, "No sector"),
    ({"REGIONS": None}, "region polygon layer or a region-code field"),
    ({"ADD_VARIETY": True, "SBI_FIELD": None, "SECTOR_FIELD": "sbi", "SECTOR_VALUE": "2611"}, "SBI code field"),
])
def test_change_bad_input(plugin, years, grid, tmp_path, bad, message):
    layer0, layer1, t0, _ = years
    if bad.get("ID_FIELD") == "id_in_t0_only":
        layer0 = write_points(tmp_path / "extra.gpkg", [r + (1,) for r in t0], fields=FIELDS + (
            ("id_in_t0_only", QVariant.Int),))
    params = change_params(layer0, layer1, grid, tmp_path, OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None)
    params.update(bad)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:change", params)


def test_layers_in_different_crs_are_refused(plugin, years, grid, tmp_path):
    layer0, _, _, t1 = years
    moved = write_points(tmp_path / "t1_3857.gpkg", t1, crs="EPSG:3857", fields=FIELDS)
    with pytest.raises(QgsProcessingException, match="different CRSs"):
        processing.run("clusterindex:change", change_params(layer0, moved, grid, tmp_path, OUTPUT="memory:"))


def test_period_unknown_gives_null_annual_growth(plugin, years, grid, tmp_path):
    layer0, layer1, _, _ = years
    log = Log()
    result = processing.run("clusterindex:change", change_params(
        layer0, layer1, grid, tmp_path, YEAR_T0="before", YEAR_T1="after", OUTPUT="memory:", OUTPUT_CHART=None,
        OUTPUT_HTML=None, ID_FIELD=None), feedback=log)
    got = regions_of(result)
    assert value(got["R1"]["growth_ann"]) is None and got["R1"]["growth"] is not None
    assert "annual growth is NULL" in log.text()
    assert "n_births" not in result["OUTPUT"].fields().names()
    result = processing.run("clusterindex:change", change_params(
        layer0, layer1, grid, tmp_path, PERIOD=2.5, OUTPUT="memory:", OUTPUT_CHART=None, OUTPUT_HTML=None))
    f = regions_of(result)["R1"]
    assert f["growth_ann"] == pytest.approx((1 + f["growth"]) ** (1 / 2.5) - 1)


def test_change_is_styled_by_relative_growth_when_loaded(plugin, years, grid, tmp_path):
    from qgis.core import QgsProject, QgsRenderContext, QgsRuleBasedRenderer
    layer0, layer1, _, _ = years
    project = QgsProject.instance()
    before = set(project.mapLayers())
    params = change_params(layer0, layer1, grid, tmp_path)
    for name in ("OUTPUT_TABLE", "OUTPUT_POINTS", "OUTPUT_POINTS_T0", "OUTPUT_CHART", "OUTPUT_HTML"):
        del params[name]
    processing.runAndLoadResults("clusterindex:change", params)
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    assert len(added) == 1
    renderer = added[0].renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert len(rules) == 8 and rules[-1].isElse() and "percentage points" in rules[3].label()
    context = QgsRenderContext()
    renderer.startRender(context, added[0].fields())
    colours = {}
    for feature in added[0].getFeatures():
        symbols = renderer.symbolsForFeature(feature, context)
        colours[feature["code"]] = (value(feature["growth_rel"]), symbols[0].color().name())
    renderer.stopRender(context)
    assert colours["R5"][1] == "#d9d9d9"  # NULL: grey
    for rel, colour in colours.values():
        if rel is not None and rel > 0.3:
            assert colour == "#2166ac"
        if rel is not None and rel < -0.3:
            assert colour == "#b2182b"
    project.removeMapLayers([a.id() for a in added])
