"""clusterindex:variety through processing.run on real layers: a 3 × 3 grid of square
regions, establishments with 5-digit SBI codes; against the pandas computation of
oracles.py (TV, UV, RV from their definitions, neighbours sharing an edge)."""
import os

import numpy as np
import pandas as pd
import processing
import pytest
from conftest import REPO, Log, run_of, value
from layers import square, write_points, write_polygons
from oracles import expected_variety, rook_neighbours
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

X0, Y0, SIZE, N = 100000.0, 400000.0, 10000.0, 3
CODES = ("62010", "62020", "62090", "47110", "47190", "47710", "10110", "10130", "26110", "4711", "G", None)


def grid_rows():
    """3 × 3 squares, named G1 … G9 by row from the lower left; the centre one (G5) is
    written last, so that layer order and grid order differ."""
    rows = [(square(X0 + i * SIZE, Y0 + j * SIZE, SIZE), "G%d" % (1 + i + N * j), "Square %d" % (1 + i + N * j))
            for j in range(N) for i in range(N)]
    return rows[:4] + rows[5:] + [rows[4]]


def firm_rows(n=900, seed=4):
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n):
        x, y = rng.uniform([X0 + 1, Y0 + 1], [X0 + N * SIZE - 1, Y0 + N * SIZE - 1])
        # each square its own mix: some codes much more likely in some squares
        cell = int((x - X0) // SIZE) + N * int((y - Y0) // SIZE)
        p = np.ones(len(CODES))
        p[cell % len(CODES)] += 6
        p[(cell * 5) % len(CODES)] += 3
        code = CODES[rng.choice(len(CODES), p=p / p.sum())]
        rows.append(((float(x), float(y)), k, code, int(rng.integers(1, 60)),
                     "G%d" % (cell + 1)))
    rows.append((None, n, "62010", 5, None))  # no location: in no region
    return rows


FIELDS = (("id", QVariant.Int), ("sbi", QVariant.String), ("jobs", QVariant.Int), ("square", QVariant.String))


@pytest.fixture
def grid(tmp_path):
    return write_polygons(tmp_path / "grid.gpkg", grid_rows())


@pytest.fixture
def firms(tmp_path):
    rows = firm_rows()
    return write_points(tmp_path / "firms.gpkg", rows, fields=FIELDS), rows


def oracle(rows, fine_digits=5, coarse_digits=2, jobs=True):
    df = pd.DataFrame({"region": [r[4] for r in rows], "code": [r[2] for r in rows],
                       "w": [float(r[3]) if jobs else 1.0 for r in rows]})
    ok = df.code.notna() & (df.code.str.len() >= fine_digits) & df.code.str.isdigit()
    df["fine"] = df.code.where(ok).str[:fine_digits]
    df["coarse"] = df.code.where(ok).str[:coarse_digits]
    return expected_variety(df)


def run_variety(layer, grid, tmp_path, log=None, **extra):
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "REGIONS": grid, "REGION_ID_FIELD": "code",
              "REGION_NAME_FIELD": "name", "OUTPUT": str(tmp_path / "variety.gpkg"), "OUTPUT_TABLE": "memory:",
              "OUTPUT_HTML": str(tmp_path / "variety.html")}
    params.update(extra)
    return processing.run("clusterindex:variety", params, feedback=log or Log())


@pytest.mark.parametrize("weight", [0, 1])
def test_variety_against_pandas_with_neighbour_means(plugin, firms, grid, tmp_path, weight):
    layer, rows = firms
    log = Log()
    result = run_variety(layer, grid, tmp_path, log, VARIETY_WEIGHT=weight)
    want = oracle(rows, jobs=weight == 0)
    out = QgsVectorLayer(result["OUTPUT"], "variety", "ogr")
    got = {f["code"]: f for f in out.getFeatures()}
    assert sorted(got) == ["G%d" % k for k in range(1, 10)]
    for code, f in got.items():
        for key in ("tv", "uv", "rv"):
            assert f[key] == pytest.approx(want.loc[code, key], rel=1e-12), (code, key)
        assert f["tv"] == pytest.approx(f["uv"] + f["rv"], rel=1e-12)
    near = rook_neighbours(N, N)
    for k, others in near.items():
        f = got["G%d" % (k + 1)]
        assert f["n_neighbours"] == len(others)
        for key in ("tv", "uv", "rv"):
            mean = np.mean([want.loc["G%d" % (o + 1), key] for o in others])
            assert f[key + "_nb"] == pytest.approx(mean, rel=1e-12), (k, key)
    assert got["G5"]["n_neighbours"] == 4 and got["G1"]["n_neighbours"] == 2  # corners do not count
    counted = [r for r in rows if r[4] and r[2] and r[2].isdigit() and len(r[2]) == 5]
    assert sum(f["n_counted"] for f in got.values()) == len(counted)
    text = log.text()
    assert "classes of 5 digits" in text and "fewer than 5 digits" in text and "no readable SBI code" in text
    assert result["OUTPUT_TABLE"].featureCount() == 9
    with open(result["OUTPUT_HTML"], encoding="utf-8") as f:
        page = f.read()
    assert "Square 5" in page and "Frenken" in page


def test_four_digit_level_and_sections(plugin, firms, grid, tmp_path):
    layer, rows = firms
    log = Log()
    result = run_variety(layer, grid, tmp_path, log, FINE_LEVEL=2, COARSE_LEVEL=0, OUTPUT="memory:")
    want = oracle(rows, fine_digits=4)
    got = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    for code, f in got.items():
        assert f["rv"] == pytest.approx(want.loc[code, "rv"], rel=1e-12)
    assert "classes of 4 digits" in log.text()


def test_auto_level_is_four_digits_when_codes_have_four(plugin, grid, tmp_path):
    rows = [(r[0], r[1], r[2][:4] if r[2] else r[2], r[3], r[4]) for r in firm_rows(300, seed=8)]
    layer = write_points(tmp_path / "four.gpkg", rows, fields=FIELDS)
    log = Log()
    result = run_variety(layer, grid, tmp_path, log, OUTPUT="memory:", OUTPUT_HTML=None)
    want = oracle(rows, fine_digits=4)
    got = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    assert got["G2"]["tv"] == pytest.approx(want.loc["G2", "tv"], rel=1e-12)
    assert "classes of 4 digits" in log.text() and "fewer than" not in log.text()


def test_region_codes_have_no_neighbours(plugin, firms, tmp_path):
    layer, rows = firms
    log = Log()
    result = processing.run("clusterindex:variety", {
        "INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "REGION_CODE_FIELD": "square",
        "OUTPUT": "memory:"}, feedback=log)
    want = oracle(rows)
    got = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(got) == 9
    for code, f in got.items():
        assert f["tv"] == pytest.approx(want.loc[code, "tv"], rel=1e-12)
        assert value(f["tv_nb"]) is None and value(f["n_neighbours"]) is None
    assert "have no borders" in log.text()


def test_neighbours_of_the_corop_regions(plugin, tmp_path):
    """The 40 COROP regions (CBS 2022): every one shares a border with another except
    Zeeuwsch-Vlaanderen (across the Westerschelde, it borders only Belgium); none with
    itself; the relation is symmetric."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource

    from clusterindex.algorithms import varieties
    from clusterindex.algorithms.regions import read_polygons
    corop = QgsVectorLayer(os.path.join(REPO, "data", "nl_regions_2022.gpkg") + "|layername=corop", "corop", "ogr")
    context = QgsProcessingContext()
    run = run_of("clusterindex:variety", {}, context=context)
    found = read_polygons(run, QgsProcessingFeatureSource(corop, context), "statcode", "statnaam")
    near = varieties.neighbours(run, found)
    assert len(near) == 40
    assert [found.names[k] for k, others in enumerate(near) if not others] == ["Zeeuwsch-Vlaanderen"]
    assert all(k in near[j] for k, others in enumerate(near) for j in others)
    assert all(k not in others for k, others in enumerate(near))
    ams = found.names.index("Groot-Amsterdam")
    assert "Zaanstreek" in [found.names[j] for j in near[ams]]


@pytest.mark.parametrize("bad, message", [
    ({"SBI_FIELD": None}, "SBI_FIELD"),
    ({"FINE_LEVEL": 3, "COARSE_LEVEL": 2}, "coarser than the fine level"),
    ({"REGIONS": None}, "region polygon layer or a region-code field"),
])
def test_variety_bad_input(plugin, firms, grid, tmp_path, bad, message):
    layer, _ = firms
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "REGIONS": grid, "OUTPUT": "memory:"}
    params.update(bad)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:variety", params)


def test_variety_is_styled_in_quantiles_when_loaded(plugin, firms, grid, tmp_path):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsProject
    layer, _ = firms
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("clusterindex:variety", {
        "INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "REGIONS": grid, "REGION_ID_FIELD": "code",
        "OUTPUT": str(tmp_path / "styled.gpkg")})
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    assert len(added) == 1
    renderer = added[0].renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "rv"
    values = sorted(f["rv"] for f in added[0].getFeatures())
    ranges = renderer.ranges()
    assert len(ranges) == 5
    assert ranges[0].lowerValue() == pytest.approx(values[0]) and ranges[-1].upperValue() == pytest.approx(values[-1])
    project.removeMapLayers([a.id() for a in added])
