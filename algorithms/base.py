"""What every Clusterindex algorithm shares: naming, translation, icon, help."""
from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterField, QgsProcessingParameterNumber)
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

    def add_jobs_and_floor_parameters(self):
        """JOBS_FIELD (of INPUT) and DISTANCE_FLOOR, the same in every algorithm."""
        self.addParameter(QgsProcessingParameterField(
            "JOBS_FIELD", self.tr("Jobs field (NULL counts as 1)"),
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "DISTANCE_FLOOR", self.tr("Distance floor d0 (metres)"),
            QgsProcessingParameterNumber.Double, defaultValue=1000.0, minValue=0.0))
        self.add_method_parameters()

    def add_method_parameters(self):
        """METHOD (fast, exact) and TOLERANCE, wherever D-scores are computed."""
        self.addParameter(QgsProcessingParameterEnum(
            "METHOD", self.tr("D-score method"),
            options=[self.tr("Fast, certified to the tolerance"), self.tr("Exact (all pairs)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", self.tr("Tolerance of the fast method (largest relative error)"),
            QgsProcessingParameterNumber.Double, defaultValue=1e-5, minValue=1e-12, maxValue=0.01))

    def method(self, parameters, context):
        """(method, tolerance) for core.dscore."""
        method = ("fast", "exact")[self.parameterAsEnum(parameters, "METHOD", context)]
        return method, self.parameterAsDouble(parameters, "TOLERANCE", context)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        if self.parameterDefinition("DISTANCE_FLOOR") is not None:
            floor = self.parameterAsDouble(parameters, "DISTANCE_FLOOR", context)
            if not floor > 0:
                return False, self.floor_message(floor)
        return super().checkParameterValues(parameters, context)

    def floor_message(self, floor):
        return self.tr("The distance floor must be more than 0 metres (it is {0}).").format(floor)

    def open_points(self, parameters, context, feedback, *field_params):
        """The INPUT point source, checked: (source, label, field names, floor in metres,
        metric, factor to metres). Raises a clear error for every bad input."""
        from . import points

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        label = source.sourceName() or self.tr("Establishments")
        names = [self.parameterAsString(parameters, p, context) for p in field_params]
        floor = self.parameterAsDouble(parameters, "DISTANCE_FLOOR", context)
        if not floor > 0:
            raise QgsProcessingException(self.floor_message(floor))
        points.check_fields(source, label, *names)
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("Layer “{0}” has no features.").format(label))
        metric, factor, how = points.distance_metric(source.sourceCrs(), label)
        feedback.pushInfo(how)
        return source, label, names, floor, metric, factor
