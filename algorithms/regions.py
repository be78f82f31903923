"""The one region assignment: region polygons (read, repaired, transformed to the points'
CRS) or a region-code field on the establishments, and each establishment's region.

Rules, stated once (and in the help): a point belongs to at most one region — inside by
the even-odd rule over the region's rings; on the shared edge of two neighbours it goes to
exactly one of them; inside two overlapping regions to the first in the layer (counted);
points outside every region and points without a location are in no region (counted);
regions without establishments are kept, with zeros."""
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from . import compat
from . import parameters as params
from .core import regions as core
from .i18n import tr
from .reading import check_fields, py_value


@dataclass
class Regions:
    """The regions of a run: ids, names, and the features to write back (None when
    the regions come from a code field)."""
    ids: list
    names: list
    features: list = None
    fields: object = None
    wkb_type: int = None
    crs: object = None

    def __len__(self):
        return len(self.ids)


def text(value):
    """A code or name as text: integers without '.0', stripped; None for NULL."""
    value = py_value(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def check(run):
    """Before reading the establishments: regions given, their fields present."""
    source = run.source(params.REGIONS, required=False)
    code_field = run.string(params.REGION_CODE_FIELD)
    if source is None and not code_field:
        raise QgsProcessingException(tr("Give a region polygon layer or a region-code field on the "
                                        "establishments (Regions, or Region-code field)."))
    if source is not None:
        label = source.sourceName() or tr("Regions")
        check_fields(source, label, {"id": run.string(params.REGION_ID_FIELD),
                                     "name": run.string(params.REGION_NAME_FIELD)})
        if code_field and not run.string(params.REGION_ID_FIELD):
            raise QgsProcessingException(tr("To match the region codes of field “{0}” to the region polygons, "
                                            "choose the region id field.").format(code_field))
    return source


def read_polygons(run, source, id_field, name_field, accept=None):
    """Regions of a polygon source (those features for which `accept` is true)."""
    label = source.sourceName() or tr("Regions")
    features = []
    request = QgsFeatureRequest()
    # invalid polygons are repaired for the assignment, not refused by the geometry check
    for k, f in enumerate(source.getFeatures(request, compat.SKIP_GEOMETRY_CHECKS)):
        if k % 1000 == 0:
            run.check_canceled()
        if accept is None or accept(f):
            features.append(f)
    if not features:
        raise QgsProcessingException(tr("Region layer “{0}” has no features.").format(label))
    ids = [(text(f[id_field]) or "") if id_field else str(f.id()) for f in features]
    names = [text(f[name_field]) if name_field else i for f, i in zip(features, ids)]
    names = [n if n else (i or "") for n, i in zip(names, ids)]
    if id_field:
        seen, dupes = set(), set()
        for key in ids:
            (dupes if key in seen else seen).add(key)
        if dupes:
            run.warn(tr("Region ids occurring more than once in field “{0}”: {1}. Each polygon is a region of its "
                        "own.").format(id_field, ", ".join(sorted(dupes)[:20])))
    return Regions(ids, names, features, source.fields(), source.wkbType(), source.sourceCrs())


def assign(run, source, est, span):
    """(Regions, region index per establishment, -1 for none), from the REGIONS
    polygons, the REGION_CODE_FIELD, or both (codes matched to the polygons' ids)."""
    code_field = est.fields.get("region_code")
    if source is None:
        codes = [text(v) for v in est.values[code_field]]
        keys = sorted({c for c in codes if c})
        regions = Regions(keys, keys)
        index = _match_codes(codes, keys)
        _log_unassigned(run, index, tr("with a NULL region code"))
        run.info(tr("{0} regions from field “{1}”.").format(len(keys), code_field))
        return regions, index
    regions = read_polygons(run, source, run.string(params.REGION_ID_FIELD), run.string(params.REGION_NAME_FIELD))
    if code_field:
        codes = [text(v) for v in est.values[code_field]]
        index = _match_codes(codes, regions.ids)
        unknown = sorted({c for c, i in zip(codes, index.tolist()) if c and i < 0})
        if unknown:
            run.warn(tr("Region codes without a region polygon: {0}.").format(
                ", ".join(unknown[:20]) + (" …" if len(unknown) > 20 else "")))
        _log_unassigned(run, index, tr("whose region code matches no region id (or is NULL)"))
        return regions, index
    return regions, assign_points(run, regions, est, span)


def _match_codes(codes, keys):
    lookup = {}
    for i, key in enumerate(keys):
        lookup.setdefault(key, i)
    return np.array([lookup.get(c, -1) if c else -1 for c in codes], dtype=np.int64)


def assign_points(run, regions, est, span, what=None):
    """Region index of every located establishment by its point; logs the unassigned."""
    rings = region_rings(run, regions, est.source.sourceCrs())
    index, n_overlap = core.assign_points(est.x, est.y, rings, run.progress(*span), run.feedback.isCanceled)
    if n_overlap:
        run.warn(tr("{0} establishments lie inside more than one {1} (overlapping polygons): each is counted in "
                    "the first of them only.").format(n_overlap, what or tr("region")))
    if est.n_no_geometry:
        run.warn(tr("{0} establishments have no location: they are in no region.").format(est.n_no_geometry))
    outside = int((est.located() & (index < 0)).sum())
    if outside and what is None:
        run.warn(tr("{0} establishments lie outside every region: they are in no region, but count in the "
                    "national totals.").format(outside))
    return index


def _log_unassigned(run, index, why):
    n = int((index < 0).sum())
    if n:
        run.warn(tr("{0} establishments {1}: they are in no region, but count in the national totals.").format(n, why))


def region_rings(run, regions, target_crs):
    """Rings (arrays) of each region polygon in the points' CRS, invalid ones repaired."""
    transform = None
    if regions.crs.isValid() and target_crs.isValid() and regions.crs != target_crs:
        transform = QgsCoordinateTransform(regions.crs, target_crs, run.context.transformContext())
        run.info(tr("Region polygons transformed from {0} to the establishments' {1}.").format(
            regions.crs.authid(), target_crs.authid()))
    elif regions.crs.isValid() != target_crs.isValid():
        run.warn(tr("The regions or the establishments have no CRS: both are taken to be in the same coordinates."))
    out, counts = [], {"empty": 0, "invalid": 0, "unrepaired": 0}
    for k, feature in enumerate(regions.features):
        if k % 100 == 0:
            run.check_canceled()
        geometry = _usable_geometry(feature.geometry(), counts)
        if geometry is not None and transform is not None:
            try:
                geometry.transform(transform)
            except QgsCsException as e:
                raise QgsProcessingException(tr("Cannot transform region “{0}” to the CRS of the establishments: "
                                                "{1}").format(regions.names[k], e)) from e
        out.append([] if geometry is None else _polygon_rings(geometry))
    if counts["empty"]:
        run.warn(tr("{0} regions have no geometry: they get zeros.").format(counts["empty"]))
    if counts["invalid"]:
        run.warn(tr("{0} region polygons are invalid; {1} were repaired with Make valid for the assignment (the "
                    "output keeps the original geometry), {2} are used as they are (even-odd rule).").format(
                        counts["invalid"], counts["invalid"] - counts["unrepaired"], counts["unrepaired"]))
    return out


def _usable_geometry(geometry, counts):
    geometry = QgsGeometry(geometry)
    if geometry.isNull() or geometry.isEmpty():
        counts["empty"] += 1
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if not geometry.isGeosValid():
        counts["invalid"] += 1
        repaired = geometry.makeValid()
        if repaired.isNull() or repaired.isEmpty():
            counts["unrepaired"] += 1
        else:
            geometry = repaired
    return geometry


def _polygon_rings(geometry):
    """Every ring of a (multi)polygon geometry as an (n, 2) array."""
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    if not polygons or not any(polygons):
        # collections (from Make valid): keep their polygon parts
        polygons = []
        for part in geometry.asGeometryCollection():
            if QgsWkbTypes.geometryType(part.wkbType()) == compat.POLYGON_GEOMETRY:
                polygons.extend(part.asMultiPolygon() if part.isMultipart() else [part.asPolygon()])
    return [np.array([(p.x(), p.y()) for p in ring], dtype=np.float64)
            for polygon in polygons for ring in polygon if len(ring) >= 3]
