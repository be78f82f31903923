"""The Dutch translation: complete, placeholders and tags intact, and used when QGIS runs
in Dutch — a parameter label, a log line and a chart title of a real run."""
import os
import re
import xml.etree.ElementTree as ET

import processing
import pytest
from conftest import REPO, Log
from qgis.core import QgsApplication

TS = os.path.join(REPO, "resources", "i18n", "clusterindex_nl.ts")
QM = os.path.join(REPO, "resources", "i18n", "clusterindex_nl.qm")


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message.find("source").text, message.find("translation")


def test_every_message_is_translated():
    unfinished = [(c, s) for c, s, t in messages() if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert not unfinished, unfinished[:10]


@pytest.mark.parametrize("pattern", [r"\{\d+[^}]*\}", r"</?[a-zA-Z][^<>]*>", r"&\w+;"])
def test_placeholders_tags_and_entities_survive(pattern):
    wrong = [(c, s) for c, s, t in messages()
             if sorted(re.findall(pattern, s)) != sorted(re.findall(pattern, t.text or ""))]
    assert not wrong, wrong[:10]


@pytest.fixture
def dutch(plugin):
    """QGIS in Dutch: the plugin's translator installed (as classFactory does for the
    nl locale), removed afterwards."""
    from clusterindex.plugin.plugin import install_translator, remove_translators
    assert os.path.isfile(QM), "make translations builds " + QM
    loaded = install_translator("nl_NL")
    try:
        assert loaded and os.path.samefile(loaded, QM)
        yield
    finally:
        remove_translators()


def test_labels_log_and_chart_in_dutch(dutch, region_firms, regions, tmp_path):
    alg = QgsApplication.processingRegistry().createAlgorithmById("clusterindex:regionprofile")
    assert alg.displayName() == "Regioprofiel van een sector"
    assert alg.parameterDefinition("INPUT").description().startswith("Vestigingen")
    assert "vestigingen" in ",".join(alg.tags()) and "locatiequotiënt" in ",".join(alg.tags())
    layer, rows = region_firms
    n_brainport = sum(1 for r in rows if r[2][:2] in ("26", "27", "28", "29"))
    log = Log()
    html = str(tmp_path / "profiel.html")
    processing.run("clusterindex:regionprofile", {
        "INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities",
        "REGIONS": regions, "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name",
        "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:", "OUTPUT_CHART": str(tmp_path / "bel.png"),
        "OUTPUT_HTML": html}, feedback=log)
    # the bundled sector's name in Dutch too (the SECTOR value stays as defined)
    assert "Sector “Brainportactiviteiten”: {0} van 700 vestigingen.".format(n_brainport) in log.infos, log.text()
    with open(html, encoding="utf-8") as f:
        page = f.read()
    assert "<h1>Brainportactiviteiten: specialisatie, concentratie en banen per regio</h1>" in page
    assert "Specialisatie: locatiequotiënt (LQ)" in page  # the chart's axis, in the SVG


def test_english_stays_the_default(plugin):
    alg = QgsApplication.processingRegistry().createAlgorithmById("clusterindex:regionprofile")
    assert alg.displayName() == "Regional profile of a sector"
