"""clusterindex:significance through processing.run, against the independent brute force of
random labelling; and the options it adds to clusters (significant clusters only) and
sectorsummary (the sector-level Monte Carlo test)."""
import math

import numpy as np
import processing
import pytest
from conftest import Log, value
from layers import by_id, is_brainport, is_services, members, reference
from oracles import bh_adjusted
from oracles import random_labelling as brute_labelling
from qgis.core import NULL, QgsApplication, QgsProcessingException, QgsProcessingFeedback

SECTOR_62 = "\"sbi\" LIKE '62%'"


def expected(rows, in_sector, in_control, alpha=0.05):
    """The brute force of every sector establishment, by id, with its BH class."""
    points = [r[0] for r in rows]
    sector = [r[2] is not None and in_sector(r[2]) for r in rows]
    control = [r[2] is not None and in_control(r[2]) for r in rows]
    want = brute_labelling(points, sector, control)
    keys = sorted(want)
    q = bh_adjusted([want[k]["p"] for k in keys])
    for k, qk in zip(keys, q):
        want[k]["class"] = "significant" if qk <= alpha else "not significant"
    return {rows[k][1]: v for k, v in want.items()}


def test_significance_against_brute_force(plugin, sector_firms):
    layer, rows = sector_firms
    log = Log()
    out = processing.run("clusterindex:significance", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR_EXPRESSION": SECTOR_62, "BENCHMARK": 2, "MONTE_CARLO": 2,
        "OUTPUT": "memory:"}, feedback=log)["OUTPUT"]
    want = expected(rows, lambda c: c.startswith("62"), is_services)
    got = by_id(out)
    assert len(got) == len(rows)  # every input feature
    assert len(want) > 30
    for fid, f in got.items():
        if fid not in want:
            assert all(value(f[k]) is None for k in ("d_score", "d_expected", "d_z", "d_p", "d_class", "n_sector"))
            continue
        ref = want[fid]
        assert f["d_score"] == pytest.approx(ref["d"], rel=1e-9)
        assert f["d_expected"] == pytest.approx(ref["mu"], rel=1e-9)
        assert f["d_sd"] == pytest.approx(math.sqrt(ref["var"]), rel=1e-8)
        assert f["d_ratio"] == pytest.approx(ref["ratio"], rel=1e-9)
        assert f["d_z"] == pytest.approx(ref["z"], rel=1e-7, abs=1e-9)
        assert f["d_p"] == pytest.approx(ref["p"], rel=1e-6, abs=1e-12)
        assert f["d_class"] == ref["class"]
        assert f["n_sector"] == len(want)
        assert f["n_control"] == len(members(rows, lambda c: c.startswith("62") or is_services(c)))
    assert "Random labelling: J = {0}".format(len(want)) in log.text()


def test_monte_carlo_for_a_small_sector_is_reproducible_and_logged(plugin, sector_firms):
    layer, rows = sector_firms
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "CONTROL": 1,
              "DRAWS": 199, "SEED": 5, "MONTE_CARLO_BELOW": 50, "OUTPUT": "memory:"}
    logs = [Log(), Log()]
    outs = [by_id(processing.run("clusterindex:significance", params, feedback=log)["OUTPUT"]) for log in logs]
    sector = reference(members(rows, is_brainport))
    assert 30 < len(sector) < 50  # automatic, below 50: Monte Carlo
    assert "seed 5" in logs[0].text() and "199 draws" in logs[0].text()
    for fid in sector:
        p = outs[0][fid]["d_p"]
        assert p == outs[1][fid]["d_p"]
        assert 1 / 200 <= p <= 1 and abs(p * 200 - round(p * 200)) < 1e-9
        assert outs[0][fid]["d_score"] == pytest.approx(sector[fid], rel=1e-9)
    # the whole layer as control population: μ is each establishment's D-score within the layer
    layer_d = reference(rows)
    for fid in sector:
        assert outs[0][fid]["d_expected"] == pytest.approx(layer_d[fid], rel=1e-9)
        assert outs[0][fid]["n_control"] == len(rows)


def test_control_population_by_expression(plugin, sector_firms):
    layer, rows = sector_firms
    out = processing.run("clusterindex:significance", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR_EXPRESSION": SECTOR_62, "CONTROL": 2,
        "CONTROL_EXPRESSION": "\"sbi\" IN ('4711', '8610')", "MONTE_CARLO": 2, "OUTPUT": "memory:"})["OUTPUT"]
    want = expected(rows, lambda c: c.startswith("62"), lambda c: c in ("4711", "8610"))
    got = by_id(out)
    for fid, ref in want.items():
        assert got[fid]["d_expected"] == pytest.approx(ref["mu"], rel=1e-9)
        assert got[fid]["d_z"] == pytest.approx(ref["z"], rel=1e-7, abs=1e-9)


@pytest.mark.parametrize("params, message", [
    ({"CONTROL": 2}, "control expression"),
    ({"CONTROL": 2, "CONTROL_EXPRESSION": "\"sbi\" LIKE"}, "Control expression"),
    ({"SECTOR_EXPRESSION": SECTOR_62, "BENCHMARK": 0}, "Industry or Services"),
    ({"SECTOR": "Bakeries"}, "Bakeries"),
])
def test_bad_input(plugin, sector_firms, params, message):
    layer, _ = sector_firms
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("clusterindex:significance", {"INPUT": layer, "SBI_FIELD": "sbi", "OUTPUT": "memory:",
                                                     **params}, feedback=QgsProcessingFeedback())


def test_help_and_parameters(plugin):
    alg = QgsApplication.processingRegistry().createAlgorithmById("clusterindex:significance")
    text = alg.shortHelpString()
    assert "Raspe" in text and "Scholl" in text and "Benjamini" in text and "exchangeable" in text
    assert alg.shortDescription()
    assert not [p.name() for p in alg.parameterDefinitions() if not p.help().strip()]
    assert alg.parameterDefinition("ALPHA").defaultValue() == 0.05
    assert alg.parameterDefinition("DRAWS").defaultValue() == 99
    assert alg.parameterDefinition("MONTE_CARLO_BELOW").defaultValue() == 30


# -- clusters: significant clusters only -----------------------------------------------------
def test_clusters_significant_only(plugin, sector_firms):
    layer, rows = sector_firms
    base = {"INPUT": layer, "SBI_FIELD": "sbi", "SECTOR_EXPRESSION": SECTOR_62, "BENCHMARK": 2, "THRESHOLDS": 0}
    plain = processing.run("clusterindex:clusters", dict(base, OUTPUT="memory:"))["OUTPUT"]
    assert "d_p" not in plain.fields().names()
    sig = processing.run("clusterindex:clusters", dict(base, SIGNIFICANT=True, OUTPUT="memory:",
                                                       OUTPUT_ALL="memory:"))
    want = expected(rows, lambda c: c.startswith("62"), is_services)
    clusters = set(by_id(plain))
    kept = by_id(sig["OUTPUT"])
    assert set(kept) == {fid for fid in clusters if want[fid]["class"] == "significant"}
    everyone = by_id(sig["OUTPUT_ALL"])
    for fid, f in everyone.items():
        assert f["d_p"] == pytest.approx(want[fid]["p"], rel=1e-6, abs=1e-12)
    assert "d_p" in sig["OUTPUT"].fields().names()


# -- sectorsummary: the sector-level test ------------------------------------------------------
def test_sector_summary_with_the_sector_level_test(plugin, sector_firms, tmp_path):
    layer, rows = sector_firms
    params = {"INPUT": layer, "SBI_FIELD": "sbi", "SECTOR_TEST": True, "DRAWS": 19, "SEED": 3, "OUTPUT": "memory:",
              "OUTPUT_HTML": str(tmp_path / "summary.html")}
    runs = [{f["sector"]: f for f in processing.run("clusterindex:sectorsummary", params)["OUTPUT"].getFeatures()}
            for _ in range(2)]
    table = runs[0]
    assert table["Benchmark industry"]["mean_d_p"] == NULL and table["Benchmark services"]["mean_d_p"] == NULL
    p = table["Brainport activities"]["mean_d_p"]
    assert p == runs[1]["Brainport activities"]["mean_d_p"]
    assert 1 / 20 <= p <= 1 and abs(p * 20 - round(p * 20)) < 1e-9
    assert table["Water"]["mean_d_p"] == NULL  # no establishments
    plain = processing.run("clusterindex:sectorsummary", {"INPUT": layer, "SBI_FIELD": "sbi", "OUTPUT": "memory:"})
    assert "mean_d_p" not in plain["OUTPUT"].fields().names()
    assert "p (random labelling)" in (tmp_path / "summary.html").read_text(encoding="utf-8")
    brainport = np.array(list(reference(members(rows, is_brainport)).values()))
    assert table["Brainport activities"]["mean_d"] == pytest.approx(brainport.mean(), rel=1e-9)
