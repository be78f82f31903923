"""Makes the repository importable as the package `clusterindex` (its installed name),
provides the real plugin, loaded through classFactory like QGIS does, and the small
layers several test files share (their rows: layers.py)."""
import gc
import os
import sys
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PKG_ROOT = tempfile.mkdtemp(prefix="clusterindex-pkg-")
os.symlink(REPO, os.path.join(_PKG_ROOT, "clusterindex"))
sys.path.insert(0, _PKG_ROOT)
PLUGIN_PATH = _PKG_ROOT  # a folder holding the plugin folder `clusterindex`

import layers  # noqa: E402 (after the package path: layers imports qgis only)
from qgis.core import NULL, QgsProcessingFeedback  # noqa: E402


@pytest.fixture(scope="session")
def plugin(qgis_iface, qgis_processing):
    """The real Clusterindex plugin with its provider registered."""
    import clusterindex

    instance = clusterindex.classFactory(qgis_iface)
    instance.initProcessing()
    yield instance
    instance.unload()
    # collect what the runs left (algorithms, contexts) while QGIS is still alive:
    # collected after QgsApplication.exitQgis() they crash the interpreter
    gc.collect()


@pytest.fixture(autouse=True)
def _no_layer_tree_of_the_stub_iface(monkeypatch):
    """From QGIS 3.30 on, Processing's result loading hands iface.layerTreeView() to C++;
    pytest-qgis's stub iface returns a MagicMock there. Without iface it loads into the
    project, as qgis_process does."""
    monkeypatch.setattr("processing.gui.Postprocessing.iface", None, raising=False)


# -- shared layers: (layer, rows) ------------------------------------------------------------
@pytest.fixture
def mixed_layer(tmp_path):
    """300 clustered establishments in 4 sectors, with every awkward case."""
    rows = layers.mixed_rows()
    return layers.write_points(tmp_path / "mixed.gpkg", rows), rows


@pytest.fixture
def sector_firms(tmp_path):
    """360 establishments: both benchmarks' codes in several spellings, and others."""
    rows = layers.sector_firm_rows()
    return layers.write_points(tmp_path / "firms.gpkg", rows), rows


@pytest.fixture
def regions(tmp_path):
    """Four 10 km squares (R1–R4), an empty far-away square (R5) and, last, a square
    overlapping the lower-left quarter of R1 (R6)."""
    return layers.write_polygons(tmp_path / "regions.gpkg", layers.region_rows())


@pytest.fixture
def region_firms(tmp_path):
    """700 establishments over the region squares, with a point on a shared edge, one on
    the outer edge, one without a location and one with NULL jobs."""
    rows = layers.region_firm_rows()
    return layers.write_points(tmp_path / "firms.gpkg", rows), rows


# -- shared helpers --------------------------------------------------------------------------
class Log(QgsProcessingFeedback):
    """A feedback that records the info and warning lines (in `lines`, and apart in
    `infos` and `warnings`) and the progress; cancels once progress exceeds
    `cancel_above`."""

    def __init__(self, cancel_above=None):
        super().__init__()
        self.lines, self.infos, self.warnings, self.progress = [], [], [], []
        self.cancel_above = cancel_above

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)
        self.warnings.append(text)

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        self.progress.append(value)
        super().setProgress(value)
        if self.cancel_above is not None and value > self.cancel_above:
            self.cancel()

    def text(self):
        return "\n".join(self.lines)


class DebugLog(Log):
    """A Log that also records the debug lines (where a fast path says it ran)."""

    def __init__(self, cancel_above=None):
        super().__init__(cancel_above)
        self.debug = []

    def pushDebugInfo(self, text):  # noqa: N802 (QGIS API)
        self.debug.append(text)


def run_of(alg_id, parameters, feedback=None, context=None):
    """A Run (one execution: parameters, context, feedback) of the real algorithm
    `alg_id`, for testing the shared modules on their own; needs the plugin fixture."""
    from qgis.core import QgsApplication, QgsProcessingContext

    from clusterindex.algorithms.base import Run
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None, alg_id
    return Run(alg, parameters, context or QgsProcessingContext(), feedback or Log())


def value(v):
    """An attribute value with NULL as None."""
    return None if v == NULL else v
