"""What every Clusterindex algorithm shares: naming, translation, icon, help."""
from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.resources import icon_path

SOURCES_HTML = (
    "<p><b>Method</b>: PBL/CBS, Raspe, Weterings, Geurden-Slis &amp; Van Gessel-Dabekaussen "
    "(2012), <i>De ratio van ruimtelijk-economisch topsectorenbeleid</i>, appendix 1; "
    "Sorenson &amp; Audia (2000); Scholl &amp; Brenner (2011).</p>")


class ClusterIndexAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set the public id in name() and implement the rest."""

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def group(self):
        return self.tr("Cluster index")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "clusterindex"

    def icon(self):
        return QIcon(icon_path())

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return ""

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.help_html() + SOURCES_HTML

    def help_html(self):
        raise NotImplementedError
