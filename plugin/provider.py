"""The Processing provider `clusterindex`."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..algorithms.benchmark import BenchmarkAlgorithm
from ..algorithms.change import ChangeAlgorithm
from ..algorithms.clusters import ClustersAlgorithm
from ..algorithms.definitions import icon_path
from ..algorithms.dscore import DScoreAlgorithm
from ..algorithms.neighbourhoods import NeighbourhoodsAlgorithm
from ..algorithms.regionprofile import RegionProfileAlgorithm
from ..algorithms.sectorprofiles import SectorProfilesAlgorithm
from ..algorithms.sectorsummary import SectorSummaryAlgorithm
from ..algorithms.significance import SignificanceAlgorithm
from ..algorithms.sizeclasses import SizeClassesAlgorithm
from ..algorithms.variety import VarietyAlgorithm


class ClusterIndexProvider(QgsProcessingProvider):

    def id(self):
        return "clusterindex"

    def name(self):
        return QCoreApplication.translate("ClusterIndexProvider", "Clusterindex")

    def longName(self):
        return QCoreApplication.translate(
            "ClusterIndexProvider", "Clusterindex: business clusters (D-score, PBL/CBS method)")

    def icon(self):
        return QIcon(icon_path())

    def loadAlgorithms(self):
        for alg in (DScoreAlgorithm(), BenchmarkAlgorithm(), ClustersAlgorithm(),
                    SectorSummaryAlgorithm(), RegionProfileAlgorithm(), SectorProfilesAlgorithm(),
                    SizeClassesAlgorithm(),
                    NeighbourhoodsAlgorithm(), ChangeAlgorithm(), VarietyAlgorithm(), SignificanceAlgorithm()):
            self.addAlgorithm(alg)
