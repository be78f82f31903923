"""The plugin object QGIS creates through classFactory."""
from qgis.core import QgsApplication

from .provider import ClusterIndexProvider


class ClusterIndexPlugin:
    """Registers the Processing provider; the algorithms live in the toolbox."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):
        """Called by QGIS (and by qgis_process) to register the provider."""
        if self.provider is None:
            self.provider = ClusterIndexProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
