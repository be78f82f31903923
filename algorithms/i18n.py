"""Translation of the texts in module-level functions. pylupdate files a bare tr("…")
call outside a class under the context "@default", so that is the context looked up here;
methods use self.tr (their class's context) and Run.tr (the context "run")."""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("@default", text)


def sector_name(name):
    """A sector's name for display: the bundled definitions' names in the user's language
    (the data keep the name as defined)."""
    return QCoreApplication.translate("sectornames", name) if name else name
