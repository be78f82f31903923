"""SBI parsing, sector definitions, benchmark statistics and classes (no QGIS)."""
import math
import statistics

import numpy as np
import pytest

from clusterindex.algorithms.core import benchmark as bm
from clusterindex.algorithms.core.sbi import SectorDefinition, parse_sbi, read_definitions

SPELLINGS = [
    ("4711", "4711", "G"), ("47.11", "4711", "G"), ("47110", "47110", "G"), ("01.13", "0113", "A"),
    ("0113", "0113", "A"), ("113", "0113", "A"), (113, "0113", "A"), ("G4711", "4711", "G"),
    ("G 47.11", "4711", "G"), ("g4711", "4711", "G"), ("G: 4711", "4711", "G"), (4711, "4711", "G"),
    (4711.0, "4711", "G"), (47.11, "4711", "G"), (1.13, "0113", "A"), ("  6201 ", "6201", "J"),
    ("4711 Supermarkten", "4711", "G"), ("62", "62", "J"), ("9", "09", "B"), (1, "01", "A"),
    ("47.1", "471", "G"), ("G", None, "G"), ("C - Industrie", None, "C"), ("383", "383", "E"), (383, "383", "E"),
    ("130", "0130", "A"), ("990", "0990", "B"), ("620", "0620", "B"), ("631", "631", "J"),
    ("38.3", "383", "E"), ("3831", "3831", "E"),
]


@pytest.mark.parametrize("raw, code, section", SPELLINGS)
def test_real_world_spellings(raw, code, section):
    assert parse_sbi(raw) == (code, section)


@pytest.mark.parametrize("raw", [None, "", "   ", "garbage", "X12", -5, "1234567", "00", "04",
                                 float("nan"), True, "Garbage"])
def test_unparseable_values(raw):
    assert parse_sbi(raw) == (None, None)


def test_definition_ranges_and_prefixes():
    industry = SectorDefinition("Benchmark industry", ["10-32", "383"])
    for code in ("1011", "10", "3299", "32", "3831", "38320", "383"):
        assert industry.contains(*parse_sbi(code)), code
    for code in ("0910", "33", "3811", "38", "4711", "C"):
        assert not industry.contains(*parse_sbi(code)), code
    sections = SectorDefinition("Trade", ["G"])
    assert sections.contains(*parse_sbi("4711")) and sections.contains(*parse_sbi("G"))


def test_bundled_definitions():
    import os
    from conftest import REPO
    with open(os.path.join(REPO, "resources", "sectors_default.csv"), encoding="utf-8") as f:
        defs = {d.name: d for d in read_definitions(f.read())}
    assert defs["Benchmark industry"].items == ["10-32", "383"]
    assert defs["Benchmark services"].items == ["09", "33", "58-63", "69", "70-74", "80-82"]
    assert defs["Brainport activities"].items == ["26-29"]
    for d in defs.values():
        assert d.benchmark in ("Benchmark industry", "Benchmark services")
        assert d.approximate == (d.name not in ("Benchmark industry", "Benchmark services",
                                                "Brainport activities"))


def test_bad_definitions():
    with pytest.raises(ValueError, match="codes"):
        read_definitions("name,benchmark\nx,y\n")
    with pytest.raises(ValueError, match="unique"):
        read_definitions("sector,codes\na,10\na,11\n")
    with pytest.raises(ValueError, match="cannot read"):
        read_definitions("sector,codes\na,ten\n")


def percentile_type7(values, p):
    """Independent: linear interpolation between order statistics (Hyndman & Fan 7)."""
    v = sorted(values)
    h = (len(v) - 1) * p / 100
    lo = math.floor(h)
    return v[lo] + (h - lo) * (v[min(lo + 1, len(v) - 1)] - v[lo])


def test_summary_matches_independent_statistics():
    rng = np.random.default_rng(4)
    d = rng.lognormal(-3.5, 0.4, 1001)
    d[[3, 50]] = np.nan
    s = bm.summary(d)
    finite = [x for x in d.tolist() if not math.isnan(x)]
    assert s["n"] == 999
    assert s["mean"] == pytest.approx(statistics.fmean(finite), rel=1e-12)
    assert s["median"] == pytest.approx(statistics.median(finite), rel=1e-12)
    assert s["max"] == max(finite)
    assert s["p90"] == pytest.approx(percentile_type7(finite, 90), rel=1e-12)
    assert s["p95"] == pytest.approx(percentile_type7(finite, 95), rel=1e-12)
    assert s["p90"] == pytest.approx(statistics.quantiles(finite, n=10, method="inclusive")[8], rel=1e-12)


def test_cluster_classes():
    d = np.array([0.01, 0.0203, 0.0204, 0.0269, 0.027, np.nan])
    assert bm.cluster_classes(d, 0.0203, 0.0269).tolist() == [0, 0, 1, 1, 2, -1]
    with pytest.raises(ValueError):
        bm.cluster_classes(d, 0.03, 0.02)


def test_published_thresholds():
    assert bm.PUBLISHED_NL_2011 == {"industry": (0.0203, 0.0269), "services": (0.0403, 0.0579)}
