"""Reading point layers into numpy arrays and writing them back with new fields.

The thin layer between QGIS features and the qgis-free core: every input feature is
read once into arrays and written once to the output, in the same order, so that no
feature is ever dropped."""
import math

import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink,
                       QgsProcessingException, QgsUnitTypes, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant


def tr(text):
    return QCoreApplication.translate("points", text)


def py_value(value):
    """A QGIS attribute value as plain Python, NULL as None."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def check_fields(source, layer_label, *names):
    """Raise a clear error naming the layer and the field if a field is missing."""
    fields = source.fields()
    for name in names:
        if name and fields.lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Field “{0}” does not exist in layer “{1}”. Its fields are: {2}.").format(
                    name, layer_label, ", ".join(fields.names())))


def distance_metric(crs, layer_label):
    """How to measure distance in metres for a layer in `crs`.

    Returns (metric, factor, description): metric "euclidean" with the factor from map
    units to metres, or "greatcircle" (coordinates stay in degrees)."""
    if not crs.isValid():
        raise QgsProcessingException(
            tr("Layer “{0}” has no coordinate reference system: set one (Layer Properties ▸ "
               "Source) so that distances can be measured in metres.").format(layer_label))
    if crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees:
        return ("greatcircle", 1.0, tr(
            "{0} is a geographic CRS (degrees): distances are great-circle distances on a "
            "sphere of radius 6371.0088 km, never degrees.").format(crs.authid() or crs.description()))
    unit = crs.mapUnits()
    if unit == QgsUnitTypes.DistanceUnknownUnit:
        raise QgsProcessingException(
            tr("The CRS of layer “{0}” ({1}) has unknown distance units: reproject the layer to "
               "a projected CRS in metres, such as EPSG:28992 (RD New) for the Netherlands.").format(
                   layer_label, crs.authid() or crs.description()))
    factor = metres_per_unit(crs) or QgsUnitTypes.fromUnitToUnitFactor(unit, QgsUnitTypes.DistanceMeters)
    text = tr("{0} is projected ({1}): distances are straight-line distances in that plane.").format(
        crs.authid() or crs.description(), QgsUnitTypes.toString(unit))
    if "mercator" in crs.description().lower():
        text += " " + tr("Warning: Mercator projections stretch distances (by about 1.6 in the "
                         "Netherlands); use a local projected CRS or a geographic CRS instead.")
    return "euclidean", factor, text


# PROJ unit names whose length QGIS's unit enum does not tell exactly (it reports the US
# survey foot, 1200/3937 m, as the international foot, 0.3048 m)
_PROJ_UNITS = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "us-ft": 1200.0 / 3937.0,
               "yd": 0.9144, "us-yd": 3600.0 / 3937.0, "mi": 1609.344, "us-mi": 6336000.0 / 3937.0,
               "ind-ft": 0.30479841, "link": 0.201168, "ch": 20.1168}


def metres_per_unit(crs):
    """Exact length of the CRS's unit from its PROJ definition, or None if not stated."""
    for token in crs.toProj().split():
        if token.startswith("+to_meter="):
            try:
                return float(token.split("=", 1)[1])
            except ValueError:
                return None
        if token.startswith("+units="):
            return _PROJ_UNITS.get(token.split("=", 1)[1])
    return None


def check_degrees(table, metric, crs, layer_label):
    """A layer in a geographic CRS must hold longitudes and latitudes."""
    if metric != "greatcircle":
        return
    ok = np.isfinite(table.x)
    if ok.any() and (np.abs(table.x[ok]).max() > 540 or np.abs(table.y[ok]).max() > 90):
        raise QgsProcessingException(
            tr("Layer “{0}” is in a geographic CRS ({1}) but its coordinates are not longitudes "
               "and latitudes (up to {2:.0f}, {3:.0f}): its CRS is wrong. Assign the right CRS "
               "(for Dutch metre coordinates: EPSG:28992, RD New).").format(
                   layer_label, crs.authid() or crs.description(), np.abs(table.x[ok]).max(),
                   np.abs(table.y[ok]).max()))


class PointTable:
    """Arrays of the features of a point source, in feature order."""

    def __init__(self, n):
        self.fids = np.empty(n, dtype=np.int64)
        self.x = np.full(n, np.nan)
        self.y = np.full(n, np.nan)
        self.values = {}
        self.n_no_geometry = 0
        self.n_multipart = 0

    def __len__(self):
        return self.fids.shape[0]


def _point_of(geometry):
    """(x, y, multipart) of a point geometry; NaN for a missing or empty geometry.
    A multi-point with several parts stands for the mean of its parts."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan, False
    g = geometry.constGet()
    if QgsWkbTypes.isMultiType(g.wkbType()):
        n = g.numGeometries()
        xs = [g.geometryN(i).x() for i in range(n)]
        ys = [g.geometryN(i).y() for i in range(n)]
        return sum(xs) / n, sum(ys) / n, n > 1
    return g.x(), g.y(), False


def read_points(source, field_names, feedback, progress_span=(0.0, 20.0)):
    """Read every feature of `source`: location, fid and the named fields' values."""
    names = [n for n in dict.fromkeys(field_names) if n]
    fields = source.fields()
    indices = [fields.lookupField(n) for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    expected = source.featureCount()
    rows_x, rows_y, fids = [], [], []
    cols = [[] for _ in names]
    n_multi = 0
    start, stop = progress_span
    step = max(1, expected // 100) if expected > 0 else 10000
    for k, feature in enumerate(source.getFeatures(request)):
        if k % step == 0:
            if feedback.isCanceled():
                break
            if expected > 0:
                feedback.setProgress(start + (stop - start) * k / expected)
        x, y, multi = _point_of(feature.geometry())
        n_multi += multi
        rows_x.append(x)
        rows_y.append(y)
        fids.append(feature.id())
        attrs = feature.attributes()
        for col, idx in zip(cols, indices):
            col.append(py_value(attrs[idx]))
    table = PointTable(len(fids))
    table.fids[:] = fids
    table.x[:] = rows_x
    table.y[:] = rows_y
    bad = ~(np.isfinite(table.x) & np.isfinite(table.y))
    table.x[bad] = np.nan
    table.y[bad] = np.nan
    table.n_no_geometry = int(bad.sum())
    table.n_multipart = n_multi
    table.values = dict(zip(names, cols))
    return table


def group_ids(values):
    """Integer ids for the distinct non-empty values (-1 for NULL or blank), and the keys."""
    keys = {}
    ids = np.full(len(values), -1, dtype=np.int64)
    for k, value in enumerate(values):
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
            continue
        ids[k] = keys.setdefault(value, len(keys))
    return ids, list(keys)


def numbers_or_default(values, default=1.0):
    """Numeric values (numbers or numeric text); NULL, negative or unreadable → default.
    Returns (array, n_null, n_invalid)."""
    out = np.empty(len(values))
    n_null = n_invalid = 0
    for k, value in enumerate(values):
        if value is None:
            out[k] = default
            n_null += 1
            continue
        try:
            number = float(value.replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number) or number < 0:
            out[k] = default
            n_invalid += 1
        else:
            out[k] = number
    return out, n_null, n_invalid


def output_fields(source_fields, new_fields):
    """Input fields followed by `new_fields`; an input field with the name of a new field
    is replaced by it. Returns (fields, kept input indices, replaced names)."""
    new_names = {f.name().lower() for f in new_fields}
    out = type(new_fields)()
    keep, replaced = [], []
    for i, field in enumerate(source_fields):
        if field.name().lower() in new_names:
            replaced.append(field.name())
            continue
        out.append(field)
        keep.append(i)
    for field in new_fields:
        out.append(field)
    return out, keep, replaced


def as_attribute_list(array, integer=False, null_when=None):
    """A numpy column as Python values for QGIS, NaN (or `null_when` true) as NULL."""
    arr = np.asarray(array)
    missing = ~np.isfinite(arr.astype(np.float64)) if null_when is None else np.asarray(null_when)
    values = arr.astype(np.int64).tolist() if integer else arr.astype(np.float64).tolist()
    return [None if m else v for v, m in zip(values, missing.tolist())]


def write_features(source, sink, table, keep, columns, feedback, progress_span=(80.0, 100.0),
                   include=None):
    """Write every feature of `source` (or those whose row is true in `include`) with its
    kept attributes plus `columns` (lists aligned with `table`). Features are matched to
    rows by feature id."""
    start, stop = progress_span
    n = len(table)
    position = None  # built only if the source returns features in another order
    step = max(1, n // 100)
    written = 0
    for k, feature in enumerate(source.getFeatures()):
        if k % step == 0:
            if feedback.isCanceled():
                return written
            feedback.setProgress(start + (stop - start) * k / max(n, 1))
        row = k
        if position is None and (k >= n or table.fids[k] != feature.id()):
            position = {fid: i for i, fid in enumerate(table.fids.tolist())}
        if position is not None:
            row = position[feature.id()]
        if include is not None and not include[row]:
            continue
        attrs = feature.attributes()
        out = QgsFeature()
        out.setGeometry(feature.geometry())
        out.setAttributes([attrs[i] for i in keep] + [col[row] for col in columns])
        if not sink.addFeature(out, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(tr("Could not write feature {0} to the output.").format(
                feature.id()))
        written += 1
    return written
