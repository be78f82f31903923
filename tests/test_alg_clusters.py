"""clusterindex:clusters through processing.run, against brute-force D-scores."""
import numpy as np
import processing
import pytest
from layers import by_id, is_brainport, is_services, members, reference
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback


def test_clusters_against_computed_benchmark(plugin, sector_firms):
    layer, rows = sector_firms
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


def test_clusters_with_entered_and_published_thresholds(plugin, sector_firms):
    layer, rows = sector_firms
    sector = reference(members(rows, is_brainport))
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
def test_clusters_bad_input(plugin, sector_firms, params, message):
    layer, _ = sector_firms
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:clusters", {"INPUT": layer, "SBI_FIELD": "sbi", "OUTPUT": "memory:",
                                                 **params}, feedback=QgsProcessingFeedback())


def test_an_invalid_sector_expression_is_refused_not_replaced_by_the_default_sector(plugin, sector_firms):
    layer, _ = sector_firms
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "SECTOR_EXPRESSION": "\"sbi\" LIKE", "THRESHOLDS": 1,
              "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="Sector expression"):
        processing.run("clusterindex:clusters", params, feedback=QgsProcessingFeedback())
