"""clusterindex:benchmark through processing.run, against brute-force D-scores."""
import numpy as np
import processing
import pytest
from layers import by_id, is_industry, members, reference
from qgis.core import NULL


def test_benchmark_scores_and_statistics(plugin, sector_firms):
    layer, rows = sector_firms
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
