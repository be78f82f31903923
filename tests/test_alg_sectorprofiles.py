"""clusterindex:sectorprofiles: every sector in every region in one run — row for row what
regionprofile gives per sector, appendix 3 and tables 1 and 2 against pandas, a province's
own frame with national reference totals, small numbers, the large-volume modes, charts."""
import csv
from pathlib import Path

import numpy as np
import processing
import pytest
from conftest import Log, value
from layers import BRAINPORT, region_frame
from oracles import expected_profile
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage

FIELDS = ("n_sector", "n_total", "jobs_sector", "jobs_total", "jobs_share", "lq", "mean_d", "n_scored",
          "region_type", "small_n", "large_volume")


def params(layer, regions, **extra):
    out = {"INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "REGIONS": regions,
           "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name", "METHOD": 1, "OUTPUT": "memory:"}
    out.update(extra)
    return out


def same(a, b):
    return a is None and b is None or (a is not None and b is not None and a == pytest.approx(b, rel=1e-12))


def rows_of(layer):
    return [{name: value(f[name]) for name in layer.fields().names()} for f in layer.getFeatures()]


@pytest.fixture
def run_all(plugin, region_firms, regions, tmp_path):
    layer, rows = region_firms
    log = Log()
    result = processing.run("clusterindex:sectorprofiles", params(
        layer, regions, OUTPUT_WIDE="memory:", OUTPUT_TABLE1="memory:", OUTPUT_FIGURE=str(tmp_path / "fig.png"),
        OUTPUT_HTML=str(tmp_path / "all.html")), feedback=log)
    return result, log, rows


def test_every_sector_row_for_row_as_regionprofile(run_all, region_firms, regions):
    result, log, _ = run_all
    long = rows_of(result["OUTPUT"])
    sectors = list(dict.fromkeys(r["sector"] for r in long))
    assert "Brainport activities" in sectors and "Benchmark industry" not in sectors and len(sectors) >= 10
    layer, _ = region_firms
    for sector in sectors:
        got = {r["region_id"]: r for r in long if r["sector"] == sector}
        if not any(r["n_sector"] for r in got.values()):  # none in the layer: zeros (regionprofile refuses it)
            assert all(r["mean_d"] is None and r["region_type"] is None for r in got.values())
            continue
        single = processing.run("clusterindex:regionprofile", params(layer, regions, SECTOR=sector,
                                                                      OUTPUT_TABLE="memory:"))["OUTPUT_TABLE"]
        want = {r["region_id"]: r for r in rows_of(single)}
        assert got.keys() == want.keys(), sector
        for region, w in want.items():
            for name in FIELDS:
                assert same(got[region][name], w[name]), (sector, region, name, got[region][name], w[name])


def test_brainport_against_pandas(run_all):
    result, _, rows = run_all
    want = expected_profile(region_frame(rows), "establishments")
    got = {r["region_id"]: r for r in rows_of(result["OUTPUT"]) if r["sector"] == "Brainport activities"}
    for code in ("R1", "R2", "R3", "R4"):
        w = want.loc[code]
        assert got[code]["n_sector"] == w.n_sector and got[code]["lq"] == pytest.approx(w.lq, rel=1e-12)
        assert got[code]["mean_d"] == pytest.approx(w.mean_d, rel=1e-9)


def test_appendix3_and_table1_against_the_long_table(run_all):
    import pandas as pd
    result, _, _ = run_all
    long = pd.DataFrame(rows_of(result["OUTPUT"]))
    wide = rows_of(result["OUTPUT_WIDE"])
    assert [r["region_id"] for r in wide] == ["R1", "R2", "R3", "R4", "R5", "R6", "NL"]
    brainport = long[long.sector == "Brainport activities"].set_index("region_id")
    for r in wide[:-1]:
        assert r["brainport_activities_jobs"] == pytest.approx(brainport.loc[r["region_id"], "jobs_sector"])
        want_lq = brainport.loc[r["region_id"], "lq"]
        assert same(r["brainport_activities_lq"], None if want_lq != want_lq else want_lq)
    national = wide[-1]
    assert national["brainport_activities_lq"] == 1.0
    assert national["brainport_activities_jobs"] == pytest.approx(brainport.jobs_sector.sum() + _outside(long))
    table1 = {r["sector"]: r for r in rows_of(result["OUTPUT_TABLE1"])}
    for sector, group in long.groupby("sector"):
        for t in (1, 2, 3):
            chosen = group[(group.region_type == t) & (group.small_n == 0)].sort_values("jobs_sector", ascending=False,
                                                                                        kind="stable")
            assert (table1[sector]["type%d" % t] or "") == "; ".join(chosen.region_name), (sector, t)


def _outside(long):
    """Brainport jobs of establishments in no region: in the national total, not in a region."""
    b = long[long.sector == "Brainport activities"]
    return (b.jobs_sector / b.jobs_share).dropna().iloc[0] - b.jobs_sector.sum()


def test_table2_groups_by_parent(plugin, region_firms, regions, tmp_path):
    layer, _ = region_firms
    # the parent: the regions' own name field stands in for a landsdeel (every region its own parent)
    result = processing.run("clusterindex:sectorprofiles", params(
        layer, regions, PARENT_FIELD="name", OUTPUT_TABLE2="memory:", MIN_COUNT=1))
    long = rows_of(result["OUTPUT"])
    table2 = {r["parent"]: r for r in rows_of(result["OUTPUT_TABLE2"])}
    for r in long:
        if r["region_type"] in (1, 2, 3):
            assert "%s (%s)" % (r["sector"], r["region_name"]) in table2[r["region_name"]]["type%d" % r["region_type"]]


def test_a_province_with_national_reference_totals(plugin, region_firms, regions, tmp_path):
    layer, rows = region_firms
    national = {r["region_id"]: r for r in rows_of(processing.run("clusterindex:sectorprofiles", params(
        layer, regions, SECTORS="Brainport activities", LQ_BASIS=1))["OUTPUT"])}
    # the reference totals, independently from the rows: all establishments and Brainport's
    jobs = [1 if r[3] is None else r[3] for r in rows]
    brainport = [r[2] in BRAINPORT for r in rows]
    path = tmp_path / "totals.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sector", "establishments", "jobs"])
        w.writerow(["all", len(rows), sum(jobs)])
        w.writerow(["Brainport activities", sum(brainport), sum(j for j, b in zip(jobs, brainport) if b)])
    subset = QgsVectorLayer(layer.source(), "province", "ogr")
    subset.setSubsetString('"id" > 3 AND ST_X(geom) < 110000')  # the establishments of R1 and R3 only
    assert 0 < subset.featureCount() < len(rows)
    log = Log()
    province = {r["region_id"]: r for r in rows_of(processing.run("clusterindex:sectorprofiles", params(
        subset, regions, SECTORS="Brainport activities", LQ_BASIS=1, REFERENCE_TOTALS=str(path),
        BENCHMARK_MEAN=1), feedback=log)["OUTPUT"])}
    for code in ("R1", "R3"):
        assert province[code]["lq"] == pytest.approx(national[code]["lq"], rel=1e-12)
        assert province[code]["jobs_share"] == pytest.approx(national[code]["jobs_share"], rel=1e-12)
    assert "within 20 km of the edge" in log.text()


def test_small_numbers_and_large_volume_as_a_share(plugin, region_firms, regions):
    layer, _ = region_firms
    result = rows_of(processing.run("clusterindex:sectorprofiles", params(
        layer, regions, MIN_COUNT=100, LARGE_VOLUME_MODE=2, LARGE_VOLUME=25.0))["OUTPUT"])
    for r in result:
        assert r["small_n"] == int(0 < r["n_sector"] < 100)
        if r["jobs_share"] is not None and r["jobs_share"] > 0:
            national = r["jobs_sector"] / r["jobs_share"]
            assert r["large_volume"] == pytest.approx(0.25 * national, rel=1e-12)


def test_figure_and_report(run_all, tmp_path):
    result, _, _ = run_all
    image = QImage(result["OUTPUT_FIGURE"])
    assert not image.isNull() and image.width() > 500
    assert Path(result["OUTPUT_FIGURE_SVG"]).read_text(encoding="utf-8").lstrip().startswith("<?xml")
    page = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    sectors = {r["sector"] for r in rows_of(result["OUTPUT"])}
    assert page.count("<svg") == len(sectors) + 1  # figure 1 and every sector's bubble chart
    assert "Appendix 3" in page and "Table 1" in page and np.isfinite(len(page))
