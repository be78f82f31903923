"""clusterindex:sectorsummary through processing.run, against brute-force D-scores."""
from pathlib import Path

import numpy as np
import processing
import pytest
from layers import is_brainport, is_industry, members, reference
from qgis.core import NULL


def test_sector_summary(plugin, sector_firms, tmp_path):
    layer, rows = sector_firms
    html_path = str(tmp_path / "summary.html")
    out = processing.run("clusterindex:sectorsummary", {
        "INPUT": layer, "SBI_FIELD": "sbi", "OUTPUT": "memory:", "OUTPUT_HTML": html_path})
    table = {f["sector"]: f for f in out["OUTPUT"].getFeatures()}
    assert list(table)[:2] == ["Benchmark industry", "Benchmark services"]
    assert len(table) == 15
    industry = np.array(list(reference(members(rows, is_industry)).values()))
    brainport = np.array(list(reference(members(rows, is_brainport)).values()))
    assert table["Benchmark industry"]["n"] == len(industry)
    assert table["Benchmark industry"]["mean_d"] == pytest.approx(industry.mean(), rel=1e-9)
    assert table["Benchmark industry"]["vs_benchmark"] == "benchmark"
    row = table["Brainport activities"]
    assert row["n"] == len(brainport)
    assert row["median_d"] == pytest.approx(np.median(brainport), rel=1e-9)
    assert row["benchmark"] == "Benchmark industry"
    assert row["vs_benchmark"] == ("more" if brainport.mean() > industry.mean() else "less")
    assert table["Water"]["n"] == 0 and table["Water"]["vs_benchmark"] == NULL
    text = Path(html_path).read_text(encoding="utf-8")
    assert "Brainport activities" in text and "%.4f" % brainport.mean() in text
