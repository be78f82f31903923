"""Run inside QGIS (qgis --code tools/gui_check.py): shows the Processing toolbox filtered
on "cluster" and the D-score dialog, prints the provider's algorithms, takes screenshots
into $GUI_CHECK_DIR and quits. Used by `make guicheck` under Xvfb."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLineEdit
from qgis.utils import iface, plugins

OUT = os.environ.get("GUI_CHECK_DIR", "/tmp")
state = {}


def shoot(name):
    QApplication.primaryScreen().grabWindow(0).save(os.path.join(OUT, name))
    print("SCREENSHOT", os.path.join(OUT, name))


def toolbox():
    print("PLUGINS", sorted(plugins))
    print("ALGORITHMS", [a.id() for a in QgsApplication.processingRegistry().algorithms()
                         if a.provider().id() == "clusterindex"])
    dock = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    dock.setVisible(True)
    for edit in dock.findChildren(QLineEdit):
        edit.setText("cluster")
    QTimer.singleShot(2000, dialog)


def dialog():
    shoot("gui_toolbox.png")
    import processing
    state["dialog"] = processing.createAlgorithmDialog("clusterindex:dscore")
    state["dialog"].resize(1100, 700)
    state["dialog"].show()
    QTimer.singleShot(2000, finish)


def finish():
    shoot("gui_dialog.png")
    state["dialog"].close()
    QgsApplication.exit(0)


QTimer.singleShot(6000, toolbox)
