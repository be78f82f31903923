"""The one variety step (Frenken, Van Oort & Verburg 2007), shared by clusterindex:variety
and clusterindex:change: its parameters, the classes and groups read from the SBI codes,
the variety per region, the regions that share a border and the means over them, the
output columns, and the style of a variety map."""
import time

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsSpatialIndex,
)

from . import parameters as params
from .core import sbi
from .core import variety as core
from .definitions import QT_TRANSLATE_NOOP
from .i18n import tr
from .outputs import Column, values
from .styling import StylePostProcessor

FINE_LEVEL = "FINE_LEVEL"
COARSE_LEVEL = "COARSE_LEVEL"
VARIETY_WEIGHT = "VARIETY_WEIGHT"

# FINE_LEVEL options: the option index is the public value; digits of the class (0: auto)
FINE_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "5 digits (SBI subclass); 4 when most codes have no 5 digits"),
                QT_TRANSLATE_NOOP("definitions", "5 digits (SBI subclass)"),
                QT_TRANSLATE_NOOP("definitions", "4 digits (class)"),
                QT_TRANSLATE_NOOP("definitions", "3 digits (group)"))
FINE_DIGITS = (0, 5, 4, 3)
COARSE_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "2 digits (division)"),
                  QT_TRANSLATE_NOOP("definitions", "Section (letter)"),
                  QT_TRANSLATE_NOOP("definitions", "3 digits (group)"))
COARSE_DIGITS = (2, 1, 3)  # 1: the section letter
WEIGHT_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Jobs"),
                  QT_TRANSLATE_NOOP("definitions", "Establishments"))
FIELDS = ("tv", "uv", "rv")


def add_parameters(alg, advanced=False):
    params.add(alg, QgsProcessingParameterEnum(FINE_LEVEL, tr("Variety: fine level (classes)"),
                                               options=params.options(FINE_OPTIONS), defaultValue=0),
               tr("The classes whose shares p_i make total variety: 5-digit SBI (4 digits when most codes have "
                  "no 5 digits), 4 or 3 digits. Codes less detailed than this level are left out (counted)."),
               advanced=advanced)
    params.add(alg, QgsProcessingParameterEnum(COARSE_LEVEL, tr("Variety: coarse level (groups)"),
                                               options=params.options(COARSE_OPTIONS), defaultValue=0),
               tr("The groups whose shares P_g make unrelated variety: 2-digit divisions (Frenken et al.), "
                  "sections, or 3-digit groups. Must be coarser than the fine level."), advanced=advanced)
    params.add(alg, QgsProcessingParameterEnum(VARIETY_WEIGHT, tr("Variety: shares of"),
                                               options=params.options(WEIGHT_OPTIONS), defaultValue=0),
               tr("Shares of jobs (Frenken et al.; NULL jobs count as 1) or of establishments."), advanced=advanced)


def check(run):
    """Before reading: the SBI field, and a coarse level coarser than the fine level.
    Returns (fine digits, 0 for auto; coarse digits, 1 for the section)."""
    fine, coarse = FINE_DIGITS[run.enum(FINE_LEVEL)], COARSE_DIGITS[run.enum(COARSE_LEVEL)]
    if not run.string(params.SBI_FIELD):
        raise QgsProcessingException(tr("Variety is read from SBI codes: choose the SBI code field."))
    if fine and coarse >= fine:
        raise QgsProcessingException(tr("The coarse level ({0} digits) must be coarser than the fine level ({1} "
                                        "digits).").format(coarse, fine))
    return fine, coarse


def classes(run, codes, fine, coarse):
    """(fine class id, coarse group id) of every establishment from its SBI value (−1:
    unreadable, or less detailed than the fine level), logging the level and the left-out."""
    parsed = {v: sbi.parse_sbi(v) for v in set(codes)}
    found = [parsed[v] for v in codes]
    digits = [len(c) if c else 0 for c, _ in found]
    readable = sum(1 for d in digits if d)
    if not fine:
        fine = 5 if readable and sum(1 for d in digits if d == 5) * 2 >= readable else 4
    run.info(tr("Variety: classes of {0} digits within {1}.").format(
        fine, tr("sections") if coarse == 1 else tr("{0}-digit groups").format(coarse)))
    fine_keys, coarse_keys = {}, {}
    fine_id = np.full(len(codes), -1, dtype=np.int64)
    coarse_id = np.full(len(codes), -1, dtype=np.int64)
    for k, ((code, section), d) in enumerate(zip(found, digits)):
        if d >= fine:
            fine_id[k] = fine_keys.setdefault(code[:fine], len(fine_keys))
            coarse_id[k] = coarse_keys.setdefault(section if coarse == 1 else code[:coarse], len(coarse_keys))
    unreadable = len(codes) - readable
    coarser = readable - int((fine_id >= 0).sum())
    if unreadable:
        run.warn(tr("Variety: {0} establishments have no readable SBI code: left out.").format(unreadable))
    if coarser:
        run.warn(tr("Variety: {0} establishments have an SBI code of fewer than {1} digits: left out (choose a "
                    "coarser fine level to count them).").format(coarser, fine))
    return fine_id, coarse_id


def neighbours(run, found):
    """For every region the indices of the regions sharing a border with it (a line, not
    only a point), from the polygons with a spatial index; None for regions from a code
    field (they have no borders)."""
    if found.features is None:
        run.warn(tr("Regions from a region-code field have no borders: the means over neighbouring regions are "
                    "NULL."))
        return None
    geometries, index = [], QgsSpatialIndex()
    for k, feature in enumerate(found.features):
        g = QgsGeometry(feature.geometry())
        if g.isNull() or g.isEmpty():
            geometries.append(None)
            continue
        if not g.isGeosValid():
            g = g.makeValid()
        geometries.append(g)
        index.addFeature(k, g.boundingBox())
    near = [[] for _ in geometries]
    for k, g in enumerate(geometries):
        if k % 50 == 0:
            run.check_canceled()
        if g is None:
            continue
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        for j in index.intersects(g.boundingBox()):
            if j > k and engine.intersects(geometries[j].constGet()) and _shares_border(g, geometries[j]):
                near[k].append(j)
                near[j].append(k)
    alone = sum(1 for n in near if not n)
    if alone:
        run.info(tr("{0} regions share a border with no other region: their neighbour means are NULL.").format(alone))
    return [sorted(n) for n in near]


def _shares_border(a, b):
    shared = a.intersection(b)
    return shared.length() > 0 or shared.area() > 0


def compute(run, found, region, codes, weights, choice):
    """Variety per region of the establishments (region index, SBI values, weights) and
    the means over neighbouring regions. choice: (fine, coarse) from check()."""
    fine_id, coarse_id = classes(run, codes, *choice)
    result = core.variety(region, len(found), fine_id, coarse_id, weights)
    near = neighbours(run, found)
    for name in FIELDS:
        result[name + "_nb"] = core.neighbour_means(result[name], near)
    result["n_neighbours"] = np.array([len(n) for n in near], dtype=np.int64) if near is not None else None
    empty = int((~np.isfinite(result["tv"])).sum())
    if empty:
        run.info(tr("Variety: {0} regions have no establishments with a readable code: NULL.").format(empty))
    return result


def columns(result, full=True):
    """The variety fields; `full` adds what was counted (the variety algorithm's own output)."""
    out = []
    if full:
        out += [Column("n_counted", "int", result["n"].tolist()),
                Column("weight", "double", values(result["weight"])),
                Column("n_classes", "int", result["n_classes"].tolist()),
                Column("n_groups", "int", result["n_groups"].tolist())]
    out += [Column(name, "double", values(result[name])) for name in FIELDS]
    out += [Column(name + "_nb", "double", values(result[name + "_nb"])) for name in FIELDS]
    n = result["n_neighbours"]
    out.append(Column("n_neighbours", "int", [None] * len(result["tv"]) if n is None else n.tolist()))
    return out


class QuantileStylePostProcessor(StylePostProcessor):
    """The bundled style, its graduated classes recomputed as quantiles of the layer."""

    def postProcessLayer(self, layer, context, feedback):
        super().postProcessLayer(layer, context, feedback)
        renderer = layer.renderer()
        if isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.ranges():
            renderer = renderer.clone()
            renderer.updateClasses(layer, len(renderer.ranges()))
            layer.setRenderer(renderer)  # a new renderer: the layer tree rebuilds the legend
            layer.emitStyleChanged()
            layer.triggerRepaint()


def style_quantiles_when_loaded(context, dest_id, style_name, layer_name):
    """Style the output `dest_id` when QGIS loads it, classes as quantiles of its values."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.setPostProcessor(QuantileStylePostProcessor.create(style_name))
        details.name = "{0} ({1})".format(layer_name, time.strftime("%H:%M:%S"))
