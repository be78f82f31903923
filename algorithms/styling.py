"""Styling of algorithm outputs when QGIS loads them (layer post-processors)."""
from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from .definitions import style_path


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled QML style to an output layer once it is loaded."""

    _alive = []  # QGIS holds only a raw pointer: keep the Python objects alive

    def __init__(self, style_name):
        super().__init__()
        self.style_name = style_name

    def postProcessLayer(self, layer, context, feedback):
        if not isinstance(layer, QgsVectorLayer):
            return
        message, ok = layer.loadNamedStyle(style_path(self.style_name))
        if not ok:
            feedback.reportError(QCoreApplication.translate(
                "StylePostProcessor", "Could not apply the style {0}: {1}").format(
                    self.style_name, message))
        layer.triggerRepaint()

    @classmethod
    def create(cls, style_name):
        instance = cls(style_name)
        cls._alive.append(instance)
        return instance


def style_output_when_loaded(context, dest_id, style_name, layer_name=None):
    """Ask QGIS to style the output `dest_id` with `style_name` when it loads it."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.setPostProcessor(StylePostProcessor.create(style_name))
        if layer_name:
            details.name = layer_name
