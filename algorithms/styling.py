"""Styling of algorithm outputs when QGIS loads them (layer post-processors): the bundled
QML style, legend labels that say what the classes mean in this run (in the user's
language), and a layer name that carries the sector and the time of the run."""
import time

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDataDefinedSizeLegend,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .definitions import REGION_TYPES, style_path
from .i18n import tr


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled QML style to an output layer once it is loaded, then its
    legend labels (in the renderer's order of classes)."""

    _alive = []  # QGIS holds only a raw pointer: keep the Python objects alive

    def __init__(self, style_name, labels=None):
        super().__init__()
        self.style_name = style_name
        self.labels = labels

    def postProcessLayer(self, layer, context, feedback):
        if not isinstance(layer, QgsVectorLayer):
            return
        message, ok = layer.loadNamedStyle(style_path(self.style_name))
        if not ok:
            feedback.reportError(QCoreApplication.translate(
                "StylePostProcessor", "Could not apply the style {0}: {1}").format(
                    self.style_name, message))
        elif self.labels:
            renderer = layer.renderer().clone()
            relabel(renderer, self.labels)
            layer.setRenderer(renderer)  # a new renderer: the layer tree rebuilds the legend
            layer.emitStyleChanged()
        layer.triggerRepaint()

    @classmethod
    def create(cls, style_name, labels=None):
        instance = cls(style_name, labels)
        cls._alive.append(instance)
        return instance


def relabel(renderer, labels):
    """Legend labels in the order of the renderer's classes; the jobs size legend titled."""
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for k in range(min(len(labels), len(renderer.categories()))):
            renderer.updateCategoryLabel(k, labels[k])
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for k in range(min(len(labels), len(renderer.ranges()))):
            renderer.updateRangeLabel(k, labels[k])
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule, label in zip(renderer.rootRule().children(), labels):
            rule.setLabel(label)
    size_legend = renderer.dataDefinedSizeLegend() if hasattr(renderer, "dataDefinedSizeLegend") else None
    if size_legend is not None:
        size_legend = QgsDataDefinedSizeLegend(size_legend)
        size_legend.setTitle(tr("Jobs"))
        renderer.setDataDefinedSizeLegend(size_legend)


def style_output_when_loaded(context, dest_id, style_name, layer_name=None, labels=None):
    """Ask QGIS to style the output `dest_id` with `style_name` when it loads it, name it
    `layer_name` (with the time of the run, so that repeated runs can be told apart) and
    label its legend with `labels`."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.setPostProcessor(StylePostProcessor.create(style_name, labels))
        if layer_name:
            details.name = "{0} ({1})".format(layer_name, time.strftime("%H:%M:%S"))


def decile_labels(population):
    """The D-score legend: deciles within the sector (or benchmark population)."""
    return [tr("Decile {0} within {1}{2}").format(k, population, {1: tr(" (lowest)"), 10: tr(" (highest)")}.get(k, ""))
            for k in range(1, 11)]


def cluster_labels(sector, p90, p95):
    """The clusters legend: very strong, strong, below P90, with the thresholds and sector."""
    return [tr("Very strong cluster: D > P95 = {0:.4f} ({1})").format(p95, sector),
            tr("Strong cluster: P90 = {0:.4f} < D ≤ P95 ({1})").format(p90, sector),
            tr("Below P90 ({0})").format(sector)]


def neighbourhood_labels(sector, minimum):
    return [tr("At least {0} establishments of {1}").format(minimum, sector),
            tr("Fewer than {0} establishments of {1}").format(minimum, sector),
            tr("None of {0}").format(sector)]


def region_type_labels():
    return [QCoreApplication.translate("definitions", label) for _, (label, _) in sorted(REGION_TYPES.items())] + [
        tr("No type (no establishments of the sector, or no benchmark)")]
