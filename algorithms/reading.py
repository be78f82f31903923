"""The one reader of establishments. Everything that can be checked without the data is
checked first (layer, geometry type, fields and their types, CRS); then every feature is
read once into arrays, in feature order (through GDAL's Arrow stream where that applies,
arrowread.py; else feature by feature through QGIS), with the jobs parsed and logged once.

Rules: a feature without a (valid) geometry has no location (NaN); a multi-point with
several parts stands at the mean of its parts; NULL and negative jobs count as 1."""
import math
import re
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsUnitTypes, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from . import arrowread, compat
from . import parameters as params
from .i18n import tr

_JOBS_LIKE = re.compile(r"(job|banen|baan|werkz|employ|person|staff|fte|wp\b|size)", re.IGNORECASE)



def py_value(value):
    """A QGIS attribute value as plain Python, NULL as None."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


@dataclass
class Establishments:
    """The establishments of a run: arrays in feature order."""
    source: object
    source_parameter: str
    label: str
    fields: dict  # role → field name ('' when not given)
    fids: np.ndarray = None
    x: np.ndarray = None
    y: np.ndarray = None
    values: dict = field(default_factory=dict)  # field name → list of values
    jobs: np.ndarray = None
    n_no_geometry: int = 0
    n_multipart: int = 0
    metric: str = ""
    factor: float = 1.0

    def __len__(self):
        return 0 if self.fids is None else self.fids.shape[0]

    def column(self, role):
        """The values of the field given for `role` (None when it was not given)."""
        name = self.fields.get(role)
        return self.values[name] if name else None

    def located(self):
        return np.isfinite(self.x)

    def coordinates(self):
        """(x, y) in metres for projected layers, in degrees for geographic ones."""
        if self.metric == "euclidean":
            return self.x * self.factor, self.y * self.factor
        return self.x, self.y


def open_establishments(run, roles, points_only=True, metric=True):
    """The INPUT layer, checked before reading. roles: {role: parameter id} of its fields;
    the roles "jobs" and "d_score" must be numeric fields."""
    source = run.source(params.INPUT)
    label = source.sourceName() or tr("Establishments")
    geometry = QgsWkbTypes.geometryType(source.wkbType())
    allowed = (compat.POINT_GEOMETRY, compat.UNKNOWN_GEOMETRY) + (
        () if points_only else (compat.NULL_GEOMETRY,))
    if geometry not in allowed:
        raise QgsProcessingException(tr(
            "Layer “{0}” holds {1} geometries: establishments must be points{2}.").format(
                label, QgsWkbTypes.geometryDisplayString(geometry),
                "" if points_only else tr(" (or a table with a region-code field)")))
    names = {role: run.string(param) for role, param in roles.items()}
    check_fields(source, label, names)
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer “{0}” has no features.").format(label))
    est = Establishments(source, params.INPUT, label, names)
    if metric and geometry != compat.NULL_GEOMETRY:
        est.metric, est.factor = distance_metric(run, source.sourceCrs(), label)
    return est


def check_fields(source, label, names):
    """Every named field exists; jobs and D-score fields are numeric; a sector field that
    looks like a jobs field is warned about (by the caller, through the returned list)."""
    fields = source.fields()
    for role, name in names.items():
        if not name:
            continue
        index = fields.lookupField(name)
        if index < 0:
            raise QgsProcessingException(tr("Field “{0}” does not exist in layer “{1}”. Its fields are: {2}.")
                                         .format(name, label, ", ".join(fields.names())))
        if role in ("jobs", "d_score") and not fields.at(index).isNumeric():
            raise QgsProcessingException(tr(
                "Field “{0}” of layer “{1}” is {2}, but the {3} field must be numeric. Convert it first "
                "(for example with Refactor fields).").format(
                    name, label, fields.at(index).typeName(), tr("jobs") if role == "jobs" else tr("D-score")))


def warn_sector_field(run, est, role):
    """A warning when the SBI or sector field looks like a jobs field."""
    name = est.fields.get(role)
    if not name:
        return
    same = name == est.fields.get("jobs")
    fields = est.source.fields()
    numeric = fields.at(fields.lookupField(name)).isNumeric()  # field names match without case, as QGIS does
    if same or (numeric and _JOBS_LIKE.search(name)):
        run.warn(tr("Field “{0}” of layer “{1}” is used as sector or SBI code, but it looks like a jobs "
                    "field: check that this is the field you meant.").format(name, est.label))


def distance_metric(run, crs, label):
    """(metric, factor to metres): "euclidean" for projected layers, "greatcircle" for
    geographic ones (coordinates stay degrees). Logs how distances are measured."""
    what = crs.authid() or crs.description()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("Layer “{0}” has no coordinate reference system: set one (Layer Properties ▸ Source) so "
               "that distances can be measured in metres.").format(label))
    if crs.isGeographic() or crs.mapUnits() == compat.DEGREES:
        run.info(tr("{0} is a geographic CRS (degrees): distances are great-circle distances on a "
                    "sphere of radius 6371.0088 km, never degrees.").format(what))
        return "greatcircle", 1.0
    unit = crs.mapUnits()
    if unit == compat.UNKNOWN_UNIT:
        raise QgsProcessingException(
            tr("The CRS of layer “{0}” ({1}) has unknown distance units: reproject the layer to a projected "
               "CRS in metres, such as EPSG:28992 (RD New) for the Netherlands.").format(label, what))
    factor = metres_per_unit(crs) or QgsUnitTypes.fromUnitToUnitFactor(unit, compat.METERS)
    run.info(tr("{0} is projected ({1}): distances are straight-line distances in that plane.").format(
        what, QgsUnitTypes.toString(unit)))
    if "mercator" in crs.description().lower():
        run.warn(tr("Mercator projections stretch distances (by about 1.6 in the Netherlands); use a "
                    "local projected CRS or a geographic CRS instead."))
    return "euclidean", factor


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


def _point_of(geometry, label, fid):
    """(x, y, multipart) of a point geometry; NaN for a missing or empty geometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan, False
    if QgsWkbTypes.geometryType(geometry.wkbType()) != compat.POINT_GEOMETRY:
        raise QgsProcessingException(tr("Feature {0} of layer “{1}” is a {2}, not a point: establishments "
                                        "must be points.").format(
                                            fid, label, QgsWkbTypes.displayString(geometry.wkbType())))
    g = geometry.constGet()
    if QgsWkbTypes.isMultiType(g.wkbType()):
        n = g.numGeometries()
        xs = [g.geometryN(i).x() for i in range(n)]
        ys = [g.geometryN(i).y() for i in range(n)]
        return sum(xs) / n, sum(ys) / n, n > 1
    return g.x(), g.y(), False


def read(run, est, span):
    """Read every feature: location, fid and the fields' values — through GDAL's Arrow
    stream where it applies (arrowread), else feature by feature through QGIS; then the
    locations without finite coordinates, the jobs and the degree check, for both. Warns
    before reading about a sector or SBI field that looks like jobs, and logs the features
    without a location after."""
    for role in ("sbi", "sector"):
        warn_sector_field(run, est, role)
    if arrowread.read_arrow(run, est, span) is None:
        _read_features(run, est, span)
    bad = ~(np.isfinite(est.x) & np.isfinite(est.y))
    est.x[bad] = est.y[bad] = np.nan
    est.n_no_geometry = int(bad.sum())
    est.jobs = _jobs(run, est)
    _check_degrees(est)
    log_locations(run, est)
    return est


def _read_features(run, est, span):
    """est.fids, x, y, values and n_multipart, feature by feature through QGIS."""
    names = [n for n in dict.fromkeys(est.fields.values()) if n]
    fields = est.source.fields()
    indices = [fields.lookupField(n) for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    expected = est.source.featureCount()
    xs, ys, fids, cols = [], [], [], [[] for _ in names]
    n_multi = 0
    step = max(1, expected // 100) if expected > 0 else 10000
    for k, feature in enumerate(est.source.getFeatures(request)):
        if k % step == 0:
            run.check_canceled()
            if expected > 0:
                run.feedback.setProgress(span[0] + (span[1] - span[0]) * k / expected)
        x, y, multi = _point_of(feature.geometry(), est.label, feature.id())
        n_multi += multi
        xs.append(x)
        ys.append(y)
        fids.append(feature.id())
        attrs = feature.attributes()
        for col, idx in zip(cols, indices):
            col.append(py_value(attrs[idx]))
    est.fids = np.array(fids, dtype=np.int64)
    est.x, est.y = np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)
    est.n_multipart = n_multi
    est.values = dict(zip(names, cols))


def _jobs(run, est):
    values = est.column("jobs")
    if values is None:
        return np.ones(len(est))
    values = np.array(values, dtype=object)  # numbers and None: compared and converted in C
    null = np.equal(values, None).astype(bool)
    values[null] = math.nan
    jobs = values.astype(np.float64)
    bad = ~null & ~(jobs >= 0)
    jobs[null | bad] = 1.0
    if null.any():
        run.info(tr("{0} NULL jobs values counted as 1.").format(int(null.sum())))
    if bad.any():
        run.warn(tr("{0} negative or invalid jobs values in field “{1}” counted as 1.").format(
            int(bad.sum()), est.fields["jobs"]))
    return jobs


def _check_degrees(est):
    """A layer in a geographic CRS must hold longitudes and latitudes."""
    if est.metric != "greatcircle":
        return
    ok = np.isfinite(est.x)
    if ok.any() and (np.abs(est.x[ok]).max() > 540 or np.abs(est.y[ok]).max() > 90):
        crs = est.source.sourceCrs()
        raise QgsProcessingException(
            tr("Layer “{0}” is in a geographic CRS ({1}) but its coordinates are not longitudes and latitudes "
               "(up to {2:.0f}, {3:.0f}): its CRS is wrong. Assign the right CRS (for Dutch metre coordinates: "
               "EPSG:28992, RD New).").format(est.label, crs.authid() or crs.description(),
                                               np.abs(est.x[ok]).max(), np.abs(est.y[ok]).max()))


def log_locations(run, est):
    """Say how many features have no location or several parts."""
    if est.n_no_geometry:
        run.warn(tr("{0} features have no (valid) geometry: kept, without a location.").format(est.n_no_geometry))
    if est.n_multipart:
        run.info(tr("{0} multi-point features with several parts: each stands at the mean of its parts.")
                 .format(est.n_multipart))
