"""What every Clusterindex algorithm shares: naming, translation, icon, help, and one
processAlgorithm that refuses outputs onto inputs, catches cancellation in one place and
never leaves a partial output behind."""
import traceback

from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..resources import help as helptexts
from . import outputs
from .core.canceled import Canceled
from .definitions import icon_path


class Run:
    """One execution of an algorithm: its parameters, context and feedback, and the
    outputs it has begun to write (removed again if the run is canceled or fails)."""

    def __init__(self, alg, parameters, context, feedback):
        self.alg = alg
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.started = []  # outputs.Started, in the order they were begun
        self.cache = {}

    def tr(self, text):
        return QCoreApplication.translate("run", text)

    # -- parameters -----------------------------------------------------------------
    def has(self, name):
        """Whether the algorithm has parameter `name` and it is given (not empty)."""
        if self.alg.parameterDefinition(name) is None:
            return False
        value = self.parameters.get(name)
        return value is not None and value != ""

    def string(self, name):
        if self.alg.parameterDefinition(name) is None:
            return ""
        return (self.alg.parameterAsString(self.parameters, name, self.context) or "").strip()

    def expression(self, name):
        """The expression's text as given: parameterAsExpression returns the default for
        one that does not parse, which would hide the error (checked by the caller)."""
        if self.alg.parameterDefinition(name) is None:
            return ""
        return (self.alg.parameterAsString(self.parameters, name, self.context) or "").strip()

    def enum(self, name):
        return self.alg.parameterAsEnum(self.parameters, name, self.context)

    def number(self, name):
        return self.alg.parameterAsDouble(self.parameters, name, self.context)

    def integer(self, name):
        return self.alg.parameterAsInt(self.parameters, name, self.context)

    def file(self, name):
        if self.alg.parameterDefinition(name) is None:
            return ""
        return self.alg.parameterAsFile(self.parameters, name, self.context) or ""

    def source(self, name, required=True):
        source = self.alg.parameterAsSource(self.parameters, name, self.context)
        if source is None and required:
            raise QgsProcessingException(self.alg.invalidSourceError(self.parameters, name))
        return source

    # -- feedback -------------------------------------------------------------------
    def info(self, text):
        self.feedback.pushInfo(text)

    def warn(self, text):
        self.feedback.pushWarning(text)

    def check_canceled(self):
        if self.feedback.isCanceled():
            raise Canceled()

    def progress(self, start, stop):
        """A callback f ∈ [0, 1] → progress between start and stop (percent)."""
        return lambda f: self.feedback.setProgress(start + (stop - start) * f)


class ClusterIndexAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ID (the public id), NAME and TAGS (marked for
    translation in their own context), declare parameters in initAlgorithm() and compute
    in compute(Run) → results."""
    ID = ""
    NAME = ""
    TAGS = ""

    def name(self):
        return self.ID

    def displayName(self):
        return self.tr(self.NAME)

    def tags(self):
        return self.tr(self.TAGS).split(",")

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def group(self):
        return QCoreApplication.translate("ClusterIndexAlgorithm", "Cluster index")

    def groupId(self):
        return "clusterindex"

    def icon(self):
        return QIcon(icon_path())

    def helpUrl(self):
        return helptexts.url(self.name())

    def shortHelpString(self):
        text = helptexts.text(self.name())
        # qgis_process prints the help as it is: give it text, not HTML
        return helptexts.plain(text) if QgsApplication.platform() == "qgis_process" else text

    def shortDescription(self):
        return helptexts.summary(self.name())

    def checkParameterValues(self, parameters, context):
        """The distance floor must be positive (0 passes the parameter's own minimum)."""
        if self.parameterDefinition("DISTANCE_FLOOR") is not None and parameters.get("DISTANCE_FLOOR") is not None:
            floor = self.parameterAsDouble(parameters, "DISTANCE_FLOOR", context)
            if not floor > 0:
                return False, QCoreApplication.translate(
                    "ClusterIndexAlgorithm", "The distance floor must be more than 0 metres (it is {0}).").format(floor)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        run = Run(self, parameters, context, feedback)
        outputs.refuse_outputs_onto_inputs(run)
        try:
            results = self.compute(run)
            outputs.finish(run)
            return results
        except Canceled:
            outputs.discard(run)
            feedback.reportError(QCoreApplication.translate("ClusterIndexAlgorithm",
                                                            "Canceled: no output was written."))
            return {}
        except QgsProcessingException:
            outputs.discard(run)
            raise
        except Exception as e:  # a defect: reported as a clear error, never a raw traceback
            outputs.discard(run)
            feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(QCoreApplication.translate(
                "ClusterIndexAlgorithm", "Clusterindex failed unexpectedly ({0}: {1}). Please "
                "report this with the log.").format(type(e).__name__, e)) from e

    def compute(self, run):
        raise NotImplementedError
