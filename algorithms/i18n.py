"""Translation of the texts in module-level functions. pylupdate files a bare tr("…")
call outside a class under the context "@default", so that is the context looked up here;
methods use self.tr (their class's context) and Run.tr (the context "run")."""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("@default", text)
