"""Help: a text for every algorithm (out of the classes, keyed by id), a tooltip on every
parameter, a Help button, and plain text (not HTML) in qgis_process help."""
import os
import shutil
import subprocess

import pytest
from conftest import PLUGIN_PATH
from qgis.core import QgsApplication

IDS = ("dscore", "benchmark", "clusters", "sectorsummary", "regionprofile", "sizeclasses", "neighbourhoods",
       "sectorprofiles", "change", "variety")


@pytest.mark.parametrize("alg_id", IDS)
def test_every_algorithm_and_parameter_has_help(plugin, alg_id):
    alg = QgsApplication.processingRegistry().createAlgorithmById("clusterindex:" + alg_id)
    assert len(alg.shortHelpString()) > 300 and "Raspe" in alg.shortHelpString()
    assert alg.shortDescription()
    assert alg.helpUrl().startswith("file://") and alg.helpUrl().endswith("#" + alg_id)
    missing = [p.name() for p in alg.parameterDefinitions() if not p.help().strip()]
    assert not missing, missing


@pytest.mark.slow
def test_qgis_process_help_is_text(plugin):
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    env = dict(os.environ, QGIS_PLUGINPATH=PLUGIN_PATH, QT_QPA_PLATFORM="offscreen")
    subprocess.run([exe, "plugins", "enable", "clusterindex"], env=env, capture_output=True, timeout=300)
    proc = subprocess.run([exe, "help", "clusterindex:regionprofile"], env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "location quotient" in proc.stdout.lower()
    assert "<p>" not in proc.stdout and "<b>" not in proc.stdout and "&amp;" not in proc.stdout
