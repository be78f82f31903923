"""The plugin object QGIS creates through classFactory."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..algorithms.definitions import translation_path
from .provider import ClusterIndexProvider

_translators = []  # installed QTranslators (QCoreApplication holds only pointers)


def install_translator(locale=None):
    """Install the Clusterindex translation of `locale` (default: QGIS's locale, e.g.
    "nl" or "nl_NL"); English stays when there is none. Returns the path loaded or ''."""
    code = (locale or QgsApplication.locale() or "").split("_")[0].lower()
    path = translation_path(code)
    if not code or not os.path.isfile(path):
        return ""
    translator = QTranslator()
    if not translator.load(path):
        return ""
    QCoreApplication.installTranslator(translator)
    _translators.append(translator)
    return path


def remove_translators():
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())


class ClusterIndexPlugin:
    """Registers the Processing provider; the algorithms live in the toolbox."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        if not _translators:
            install_translator()

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
