"""Sector definitions and sector selection for the algorithms (QGIS side)."""
import numpy as np
from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsFeatureRequest, QgsProcessingException)
from qgis.PyQt.QtCore import QCoreApplication

from ..plugin.resources import RESOURCES
from .core import dscore as core
from .core import sbi

DEFAULT_DEFINITIONS = RESOURCES + "/sectors_default.csv"
BENCHMARKS = ("Benchmark industry", "Benchmark services")


def tr(text):
    return QCoreApplication.translate("sectors", text)


def load_definitions(path):
    """The sector definitions of a CSV file (the bundled default set if path is empty)."""
    path = path or DEFAULT_DEFINITIONS
    try:
        with open(path, encoding="utf-8-sig") as f:
            return sbi.read_definitions(f.read())
    except OSError as e:
        raise QgsProcessingException(tr("Cannot read the sector definitions “{0}”: {1}").format(path, e))
    except ValueError as e:
        raise QgsProcessingException(tr("Sector definitions “{0}”: {1}").format(path, e))


def find_definition(definitions, name, path=""):
    for definition in definitions:
        if definition.name.lower() == name.strip().lower():
            return definition
    raise QgsProcessingException(tr("No sector “{0}” in the sector definitions {1}. Defined: {2}.").format(
        name, path or tr("(bundled)"), "; ".join(d.name for d in definitions)))


def members(values, definition, feedback, label, log=True):
    """Membership of each raw SBI value; logs the unparseable codes."""
    mask, unparseable = sbi.classify(values, definition)
    if unparseable and log:
        feedback.pushWarning(tr("{0} SBI codes could not be read: in no sector ({1}).").format(
            unparseable, label))
    return np.asarray(mask, dtype=bool)


def expression_members(source, expression_text, context, feedback):
    """Membership by a QGIS expression, in the source's feature order."""
    expression = QgsExpression(expression_text)
    if expression.hasParserError():
        raise QgsProcessingException(tr("Sector expression “{0}”: {1}").format(
            expression_text, expression.parserErrorString()))
    expr_context = QgsExpressionContext()
    expr_context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    expression.prepare(expr_context)
    out = []
    for feature in source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        if feedback.isCanceled():
            break
        expr_context.setFeature(feature)
        value = expression.evaluate(expr_context)
        if expression.hasEvalError():
            raise QgsProcessingException(tr("Sector expression “{0}”: {1}").format(
                expression_text, expression.evalErrorString()))
        out.append(bool(value))
    return np.asarray(out, dtype=bool)


def score_subset(table, mask, floor, metric, factor, feedback, span, how=("exact", 1e-5)):
    """D-scores of the located establishments in `mask`, within that population; NaN
    elsewhere. how = (method, tolerance). None when canceled."""
    x = table.x * factor if metric == "euclidean" else table.x
    y = table.y * factor if metric == "euclidean" else table.y
    groups = np.where(mask, 0, -1)
    start, stop = span
    try:
        d, _, bound = core.dscore(x, y, groups, floor, metric,
                                  lambda f: feedback.setProgress(start + (stop - start) * f),
                                  feedback.isCanceled, method=how[0], tol=how[1], return_bound=True)
    except core.Canceled:
        return None
    log_bound(feedback, bound, how)
    return d


def log_bound(feedback, bound, how):
    """Say how exact the D-scores are."""
    ok = np.isfinite(bound)
    if not ok.any():
        return
    if how[0] == "exact" or not (bound[ok] > 0).any():
        feedback.pushInfo(tr("D-scores computed exactly (all pairs, float64)."))
    else:
        feedback.pushInfo(tr("Fast method: every D-score certified; largest certified relative error "
                             "{0:.1e} (tolerance {1:g}); {2} computed exactly.").format(
                                 float(bound[ok].max()), how[1], int((bound[ok] == 0).sum())))
