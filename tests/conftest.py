"""Makes the repository importable as the package `clusterindex` (its installed name)
and provides the real plugin, loaded through classFactory like QGIS does."""
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
