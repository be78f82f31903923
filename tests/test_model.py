"""The example model resources/models/cluster_profile.model3 through the real qgis_process:
D-scores → benchmark → clusters (P90, P95 from the benchmark's numeric outputs) →
regional profile (benchmark mean D from the benchmark). The chained results must equal
those of the algorithms run on their own with the benchmark computed inside them."""
import os
import shutil
import subprocess

import processing
import pytest
from conftest import PLUGIN_PATH, REPO, value
from qgis.core import QgsVectorLayer

MODEL = os.path.join(REPO, "resources", "models", "cluster_profile.model3")


@pytest.mark.slow
def test_example_model_through_qgis_process(plugin, region_firms, regions, tmp_path):
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    layer, _ = region_firms
    env = dict(os.environ, QGIS_PLUGINPATH=PLUGIN_PATH, QT_QPA_PLATFORM="offscreen")
    subprocess.run([exe, "plugins", "enable", "clusterindex"], env=env, capture_output=True, timeout=300)
    out = {k: str(tmp_path / (k + ".gpkg")) for k in ("d", "c", "r")}
    proc = subprocess.run([
        exe, "run", MODEL, "--", "establishments=" + layer.source(), "sbi_field=sbi", "jobs_field=jobs",
        "sector=Brainport activities", "regions=" + regions.source(), "region_id=code", "region_name=name",
        "dscore:D-scores per SBI code=" + out["d"], "clusters:Strong and very strong clusters=" + out["c"],
        "regionprofile:Regional profile=" + out["r"], "benchmark:Benchmark statistics=" + str(tmp_path / "b.csv")],
        env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Thresholds entered: P90" in proc.stdout  # P90 and P95 came from the benchmark step

    alone = processing.run("clusterindex:clusters", {
        "INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities",
        "THRESHOLDS": 0, "OUTPUT": "memory:"})["OUTPUT"]
    chained = QgsVectorLayer(out["c"], "c", "ogr")
    assert chained.featureCount() > 0
    assert ({f["id"]: f["cluster"] for f in chained.getFeatures()} ==
            {f["id"]: f["cluster"] for f in alone.getFeatures()})

    profile = processing.run("clusterindex:regionprofile", {
        "INPUT": layer, "SBI_FIELD": "sbi", "JOBS_FIELD": "jobs", "SECTOR": "Brainport activities",
        "REGIONS": regions, "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name", "BENCHMARK_MEAN": 0,
        "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"})["OUTPUT"]
    want = {f["code"]: (value(f["region_type"]), value(f["lq"])) for f in profile.getFeatures()}
    got = {f["code"]: (value(f["region_type"]), value(f["lq"]))
           for f in QgsVectorLayer(out["r"], "r", "ogr").getFeatures()}
    assert got.keys() == want.keys()
    for code, (region_type, lq) in want.items():
        assert got[code][0] == region_type, code
        assert got[code][1] == pytest.approx(lq, nan_ok=True) if lq is not None else got[code][1] is None
