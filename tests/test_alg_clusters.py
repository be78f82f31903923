"""clusterindex:benchmark and clusterindex:clusters through processing.run."""
import numpy as np
import pytest
from brute import dscores as brute
from layers import by_id, write_points
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback

import processing

INDUSTRY = ("1011", "10.13", 2611, "383", "3299", "2932")
SERVICES = ("6201", "62.02", "7010", "0910", "33.12", "8211")
OTHER = ("4711", "8610", "G", "garbage", None)


@pytest.fixture
def firms(tmp_path):
    rng = np.random.default_rng(9)
    codes = list(INDUSTRY + SERVICES + OTHER)
    rows = []
    for i in range(360):
        x, y = rng.normal([150000, 450000], 4000)
        code = codes[i % len(codes)]
        rows.append(((round(x, -2), round(y, -2)), i, None if code is None else str(code), int(rng.integers(1, 9))))
    return write_points(tmp_path / "firms.gpkg", rows), rows


def members(rows, accept):
    return [r for r in rows if r[2] is not None and accept(r[2])]


def is_industry(code):
    return code in {str(c) for c in INDUSTRY}


def is_services(code):
    return code in {str(c) for c in SERVICES}


def reference(rows):
    ids = [r[1] for r in rows]
    return dict(zip(ids, brute([r[0] for r in rows], [0] * len(rows))))


def test_benchmark_scores_and_statistics(plugin, firms):
    layer, rows = firms
    out = processing.run("clusterindex:benchmark", {
        "INPUT": layer, "SBI_FIELD": "sbi", "BENCHMARK": 0, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"})
    industry = members(rows, is_industry)
    ref = reference(industry)
    scored = by_id(out["OUTPUT"])
    assert set(scored) == set(ref)
    for fid, want in ref.items():
        assert scored[fid]["d_score"] == pytest.approx(want, rel=1e-9)
    stats = next(out["OUTPUT_TABLE"].getFeatures())
    values = np.array(list(ref.values()))
    assert stats["n"] == len(values)
    assert stats["mean_d"] == pytest.approx(values.mean(), rel=1e-9)
    assert stats["p90"] == pytest.approx(np.percentile(values, 90), rel=1e-9)
    assert stats["p95"] == pytest.approx(np.percentile(values, 95), rel=1e-9)
    for fid, want in ref.items():
        expected = "very strong" if want > stats["p95"] else "strong" if want > stats["p90"] else NULL
        assert scored[fid]["cluster"] == expected


def test_clusters_against_computed_benchmark(plugin, firms):
    layer, rows = firms
    out = processing.run("clusterindex:clusters", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR_EXPRESSION": "\"sbi\" LIKE '62%'",
        "BENCHMARK": 2, "THRESHOLDS": 0, "OUTPUT": "memory:", "OUTPUT_ALL": "memory:"})
    bench = reference(members(rows, is_services))
    p90, p95 = np.percentile(list(bench.values()), [90, 95])
    sector = reference(members(rows, lambda c: c.startswith("62")))
    everyone = by_id(out["OUTPUT_ALL"])
    assert set(everyone) == set(sector)
    expected_clusters = set()
    for fid, want in sector.items():
        assert everyone[fid]["d_score"] == pytest.approx(want, rel=1e-9)
        label = "very strong" if want > p95 else "strong" if want > p90 else NULL
        assert everyone[fid]["cluster"] == label
        if label != NULL:
            expected_clusters.add(fid)
    assert set(by_id(out["OUTPUT"])) == expected_clusters


def test_clusters_with_entered_and_published_thresholds(plugin, firms):
    layer, rows = firms
    sector = reference(members(rows, lambda c: c.startswith("26") or c == "2932"))
    out = processing.run("clusterindex:clusters", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "THRESHOLDS": 2,
        "P90": 0.2, "P95": 0.3, "OUTPUT": "memory:"})["OUTPUT"]
    assert set(by_id(out)) == {fid for fid, d in sector.items() if d > 0.2}
    out = processing.run("clusterindex:clusters", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "THRESHOLDS": 1,
        "OUTPUT": "memory:"})["OUTPUT"]
    assert set(by_id(out)) == {fid for fid, d in sector.items() if d > 0.0203}


@pytest.mark.parametrize("params, message", [
    ({"SECTOR": "Bakeries"}, "Bakeries"),
    ({"THRESHOLDS": 2, "P90": 0.05}, "P95"),
    ({"THRESHOLDS": 2, "P90": 0.05, "P95": 0.01}, "below"),
    ({"SECTOR_EXPRESSION": "\"sbi\" = '6201'", "BENCHMARK": 0}, "Industry or Services"),
    ({"DEFINITIONS": "/nonexistent/sectors.csv"}, "sectors.csv"),
])
def test_clusters_bad_input(plugin, firms, params, message):
    layer, _ = firms
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:clusters", {"INPUT": layer, "SBI_FIELD": "sbi", "OUTPUT": "memory:",
                                                 **params}, feedback=QgsProcessingFeedback())


def test_sector_summary(plugin, firms, tmp_path):
    layer, rows = firms
    html_path = str(tmp_path / "summary.html")
    out = processing.run("clusterindex:sectorsummary", {
        "INPUT": layer, "SBI_FIELD": "sbi", "OUTPUT": "memory:", "OUTPUT_HTML": html_path})
    table = {f["sector"]: f for f in out["OUTPUT"].getFeatures()}
    assert list(table)[:2] == ["Benchmark industry", "Benchmark services"]
    assert len(table) == 15
    industry = np.array(list(reference(members(rows, is_industry)).values()))
    brainport = np.array(list(reference(members(rows, lambda c: c.startswith("26") or c == "2932")).values()))
    assert table["Benchmark industry"]["n"] == len(industry)
    assert table["Benchmark industry"]["mean_d"] == pytest.approx(industry.mean(), rel=1e-9)
    assert table["Benchmark industry"]["vs_benchmark"] == "benchmark"
    row = table["Brainport activities"]
    assert row["n"] == len(brainport)
    assert row["median_d"] == pytest.approx(np.median(brainport), rel=1e-9)
    assert row["benchmark"] == "Benchmark industry"
    assert row["vs_benchmark"] == ("more" if brainport.mean() > industry.mean() else "less")
    assert table["Water"]["n"] == 0 and table["Water"]["vs_benchmark"] == NULL
    text = open(html_path, encoding="utf-8").read()
    assert "Brainport activities" in text and "%.4f" % brainport.mean() in text
