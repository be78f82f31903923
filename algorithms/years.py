"""The establishments of two years, t0 and t1: two layers (the same field names in both),
or one layer with a year field and the two values. Everything that can be checked
before reading is checked first; each layer is read once with the shared reader, then
split into the two years (`Year`: the records of one year, as Establishments of their
own, and where they are in the layer that was read)."""
import dataclasses
import math
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from . import compat, reading, regions
from . import parameters as params
from .base import Run
from .i18n import tr

INPUT_T1 = "INPUT_T1"
YEAR_FIELD = "YEAR_FIELD"
YEAR_T0 = "YEAR_T0"
YEAR_T1 = "YEAR_T1"
PERIOD = "PERIOD"


@dataclass
class Plan:
    """How the two years are given, decided before reading."""
    two_layers: bool
    labels: tuple   # what the years are called in logs, fields and charts
    values: tuple   # the year field's values of t0 and t1 (one layer)
    years: float    # the period T in years; NaN when unknown


@dataclass(eq=False)
class Year:
    """One year's establishments: `est` holds only them; `layer` is the Establishments
    that was read (the whole layer) and `rows` their positions in it."""
    label: str
    est: object
    layer: object
    rows: np.ndarray
    layer_index: int = 0       # which of the layers read holds this year
    region: np.ndarray = None  # per establishment of the year: region index (−1: none)
    sector: np.ndarray = None  # in the sector
    d: np.ndarray = None       # D-score within the year's sector (NaN: none)


def add_parameters(alg):
    """INPUT (t0, or both years), INPUT_T1, YEAR_FIELD, YEAR_T0, YEAR_T1 and PERIOD."""
    types = [compat.POINT_LAYER, compat.ANY_LAYER]
    params.add(alg, QgsProcessingParameterFeatureSource(
        params.INPUT, tr("Establishments at t0 (or both years, with a year field)"), types),
        tr("One feature per establishment (points, or a table with a region-code field): the first year, or "
           "both years in one layer told apart by the year field."))
    params.add(alg, QgsProcessingParameterFeatureSource(
        INPUT_T1, tr("Establishments at t1 (empty: one layer with a year field)"), types, optional=True),
        tr("The second year as a layer of its own, with the same field names as the first."))
    params.add(alg, QgsProcessingParameterField(YEAR_FIELD, tr("Year field (one layer with both years)"),
                                                parentLayerParameterName=params.INPUT, optional=True),
               tr("Instead of a second layer: the field that tells the years apart, with the values below."))
    params.add(alg, QgsProcessingParameterString(YEAR_T0, tr("Year t0 (value in the year field, or a label)"),
                                                 optional=True),
               tr("The first year, e.g. 2018: the value of the year field, or with two layers the year they "
                  "hold (for labels and the period)."))
    params.add(alg, QgsProcessingParameterString(YEAR_T1, tr("Year t1 (value in the year field, or a label)"),
                                                 optional=True),
               tr("The second year, e.g. 2023."))
    period = QgsProcessingParameterNumber(PERIOD, tr("Period T in years (empty: t1 − t0)"), compat.DOUBLE,
                                          optional=True, minValue=0.0)
    period.setMetadata({"widget_wrapper": {"decimals": 2}})
    params.add(alg, period, tr("The years between t0 and t1, for the annual growth (1 + g)^(1/T) − 1. Empty: "
                               "the difference of the two years when both are numbers."))


def year_text(value):
    """A year value as text: 2018, 2018.0 and "2018" are all "2018"."""
    text = regions.text(value)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if number.is_integer() else text


def plan(run):
    """Before reading: two layers or one with a year field, the year values, the period."""
    two = run.has(INPUT_T1)
    field = run.string(YEAR_FIELD)
    if two and field:
        raise QgsProcessingException(tr("Give either a second layer (t1) or a year field, not both."))
    if not two and not field:
        raise QgsProcessingException(tr("Give the establishments at t1 as a second layer, or a year field with the "
                                        "values of t0 and t1."))
    values = (year_text(run.string(YEAR_T0)), year_text(run.string(YEAR_T1)))
    if not two and not all(values):
        raise QgsProcessingException(tr("Give the values of the year field “{0}” that mark t0 and t1.").format(field))
    if not two and values[0] == values[1]:
        raise QgsProcessingException(tr("Years t0 and t1 are the same ({0}).").format(values[0]))
    labels = (values[0] or "t0", values[1] or "t1")
    return Plan(two, labels, values, period(run, values))


def period(run, values):
    """T: as given, else t1 − t0 when both years are numbers; NaN (and a warning) else."""
    if run.has(PERIOD):
        years = run.number(PERIOD)
        if not years > 0:
            raise QgsProcessingException(tr("The period must be more than 0 years (it is {0}).").format(years))
        return years
    try:
        years = float(values[1]) - float(values[0])
    except (TypeError, ValueError):
        run.warn(tr("The period is not given and the years are not numbers: annual growth is NULL. Give the "
                    "period T in years."))
        return math.nan
    if not years > 0:
        raise QgsProcessingException(tr("Year t1 ({1}) must come after year t0 ({0}).").format(*values))
    return years


def second_run(run):
    """A Run that reads the t1 layer as its INPUT (same fields, same cache, same feedback)."""
    second = Run(run.alg, dict(run.parameters, **{params.INPUT: run.parameters[INPUT_T1]}), run.context,
                 run.feedback)
    second.cache = run.cache
    return second


def open_layers(run, roles, the_plan):
    """[(run, Establishments)] of the layer(s), checked before reading: fields (the same
    names in both layers), geometry types, CRSs."""
    roles = dict(roles, **({} if the_plan.two_layers else {"year": YEAR_FIELD}))
    first = reading.open_establishments(run, roles, points_only=False, metric=True)
    layers = [(run, first)]
    if the_plan.two_layers:
        run1 = second_run(run)
        second = reading.open_establishments(run1, roles, points_only=False, metric=True)
        second.source_parameter = INPUT_T1
        crs0, crs1 = first.source.sourceCrs(), second.source.sourceCrs()
        if crs0.isValid() and crs1.isValid() and crs0 != crs1:
            raise QgsProcessingException(tr(
                "The layers of t0 (“{0}”, {1}) and t1 (“{2}”, {3}) are in different CRSs: reproject one of them "
                "(for example with Reproject layer) so that locations and distances compare.").format(
                    first.label, crs0.authid(), second.label, crs1.authid()))
        layers.append((run1, second))
    return layers


def read(layers, the_plan):
    """Read the layer(s) and split them into the two Years."""
    spans = ((0.0, 8.0), (8.0, 16.0))
    for (run, est), span in zip(layers, spans):
        reading.read(run, est, span)
    if the_plan.two_layers:
        return [Year(label, est, est, np.arange(len(est)), k)
                for k, (label, (_, est)) in enumerate(zip(the_plan.labels, layers))]
    run, est = layers[0]
    texts = {}
    found = [texts[v] if v in texts else texts.setdefault(v, year_text(v)) for v in est.column("year")]
    out = []
    for label, value in zip(the_plan.labels, the_plan.values):
        rows = np.array([k for k, v in enumerate(found) if v == value], dtype=np.int64)
        if not len(rows):
            raise QgsProcessingException(tr("No feature of layer “{0}” has the year {1} in field “{2}”.").format(
                est.label, value, est.fields["year"]))
        out.append(Year(label, subset(est, rows), est, rows))
    other = len(est) - sum(len(y.rows) for y in out)
    if other:
        run.info(tr("{0} features of layer “{1}” are of neither year (or have a NULL year): they are left out, and "
                    "written with NULL values.").format(other, est.label))
    return out


def subset(est, rows):
    """The Establishments of `rows` only (the same source, fields and metric)."""
    x, y = est.x[rows], est.y[rows]
    return dataclasses.replace(est, fids=est.fids[rows], x=x, y=y, jobs=est.jobs[rows],
                               values={k: [v[i] for i in rows.tolist()] for k, v in est.values.items()},
                               n_no_geometry=int((~np.isfinite(x)).sum()))


def assign_regions(run, source, layers, span):
    """(Regions, region index per record of each layer): the layers share one set of
    regions; regions from a code field are the codes of both years."""
    found, indices = None, []
    for k, (_, est) in enumerate(layers):
        part = (span[0] + (span[1] - span[0]) * k / len(layers), span[0] + (span[1] - span[0]) * (k + 1) / len(layers))
        regions_k, index = regions.assign(run, source, est, part)
        indices.append((regions_k, index))
        if found is None:
            found = regions_k
    if found.features is not None or len(indices) == 1:
        return found, [index for _, index in indices]
    keys = sorted(set().union(*(r.ids for r, _ in indices)))
    position = {key: i for i, key in enumerate(keys)}
    remapped = [np.array([position[r.ids[i]] if i >= 0 else -1 for i in index.tolist()], dtype=np.int64)
                for r, index in indices]
    return regions.Regions(keys, keys), remapped
