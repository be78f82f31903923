"""What the regional algorithms share (regionprofile, sizeclasses, neighbourhoods):
establishments with a sector selection, and their regions — polygons or a code field.

Rules, stated once and in every help text:
- a point belongs to at most one region: inside by the even-odd rule over the region's
  rings; on the shared edge of two neighbours it goes to exactly one of them; inside two
  overlapping regions it goes to the first in the region layer (counted in the log);
- points outside every region and points without a location are in no region (counted);
- regions without establishments are in the output with zeros;
- region polygons in another CRS are transformed to the points' CRS; invalid polygons are
  repaired (Make valid) for the assignment, and counted."""
import html
import math

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsFeatureSink,
                       QgsField, QgsFields, QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingFeatureSource,
                       QgsProcessingParameterExpression, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from . import points, sectors
from .base import ClusterIndexAlgorithm
from .core import regions as core

REGION_RULES_HTML = (
    "<p><b>Regions</b>: a polygon layer (COROP regions, municipalities, wijken, provinces…) "
    "with optional id and name fields, or a region-code field on the establishments. With both, "
    "establishments are matched to the polygon whose id equals their code (no spatial test). "
    "A point belongs to at most one region: inside a polygon by the even-odd rule (holes and "
    "multi-part regions work); on the shared edge of two neighbouring regions it goes to exactly "
    "one of them; inside two overlapping regions it goes to the region that comes first in the "
    "layer. Points outside every region and points without a location belong to no region; the "
    "log counts them, and overlaps. Regions without establishments are kept, with zeros. Region "
    "polygons in another CRS than the points are transformed; invalid polygons are repaired "
    "(Make valid) for the assignment and counted in the log, and the output keeps them as they "
    "were.</p>")

SECTOR_HTML = (
    "<p><b>Sector</b>, the first of these that is given: a <b>sector expression</b> (for example "
    "<code>\"sbi\" LIKE '62%'</code>); a <b>sector field</b> with the <b>sector value</b> "
    "(for example field <code>a10</code>, value <code>BE</code>); a <b>sector name</b> from the "
    "sector definitions, read from the <b>SBI code field</b>.</p>")


class Regions:
    """The regions of a run: ids, names, the features to write back (None for codes)."""

    def __init__(self, ids, names, features=None, fields=None, wkb_type=None, crs=None):
        self.ids = ids
        self.names = names
        self.features = features
        self.fields = fields
        self.wkb_type = wkb_type
        self.crs = crs

    def __len__(self):
        return len(self.ids)


def _text(value):
    value = points.py_value(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class RegionalAlgorithm(ClusterIndexAlgorithm):
    INPUT = "INPUT"
    SBI_FIELD = "SBI_FIELD"
    DEFINITIONS = "DEFINITIONS"
    SECTOR = "SECTOR"
    SECTOR_FIELD = "SECTOR_FIELD"
    SECTOR_VALUE = "SECTOR_VALUE"
    SECTOR_EXPRESSION = "SECTOR_EXPRESSION"
    JOBS_FIELD = "JOBS_FIELD"
    REGIONS = "REGIONS"
    REGION_ID_FIELD = "REGION_ID_FIELD"
    REGION_NAME_FIELD = "REGION_NAME_FIELD"
    REGION_CODE_FIELD = "REGION_CODE_FIELD"

    # -- parameters ---------------------------------------------------------------
    def add_establishment_parameters(self, default_sector):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Establishments (points, or a table with a region-code field)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.SBI_FIELD, self.tr("SBI code field"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.DEFINITIONS, self.tr("Sector definitions (CSV; empty: the bundled set)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SECTOR, self.tr("Sector (name in the sector definitions)"),
            defaultValue=default_sector, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SECTOR_FIELD, self.tr("Sector field (instead of a sector name)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SECTOR_VALUE, self.tr("Sector value in the sector field"), optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.SECTOR_EXPRESSION, self.tr("Sector expression (instead of a sector name)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.JOBS_FIELD, self.tr("Jobs field (NULL counts as 1)"),
            parentLayerParameterName=self.INPUT, optional=True))

    def add_region_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGIONS, self.tr("Regions (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_ID_FIELD, self.tr("Region id field"), parentLayerParameterName=self.REGIONS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_NAME_FIELD, self.tr("Region name field"), parentLayerParameterName=self.REGIONS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_CODE_FIELD, self.tr("Region-code field on the establishments (instead of, "
                                            "or matched to the id of, region polygons)"),
            parentLayerParameterName=self.INPUT, optional=True))

    # -- establishments -----------------------------------------------------------
    def read_establishments(self, parameters, context, feedback, extra_fields=(), span=(0.0, 15.0)):
        """(source, label, table, jobs) of INPUT; table.values holds the named fields."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        label = source.sourceName() or self.tr("Establishments")
        geometry = QgsWkbTypes.geometryType(source.wkbType())
        if geometry not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.NullGeometry,
                            QgsWkbTypes.UnknownGeometry):
            raise QgsProcessingException(self.tr(
                "Layer “{0}” holds {1} geometries: establishments must be points (or a table "
                "with a region-code field).").format(label, QgsWkbTypes.geometryDisplayString(geometry)))
        params = (self.SBI_FIELD, self.SECTOR_FIELD, self.JOBS_FIELD, self.REGION_CODE_FIELD) + tuple(extra_fields)
        names = [self.parameterAsString(parameters, p, context) for p in params]
        points.check_fields(source, label, *names)
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("Layer “{0}” has no features.").format(label))
        table = points.read_points(source, names, feedback, span)
        if feedback.isCanceled():
            return None
        jobs_field = names[2]
        if jobs_field:
            jobs, n_null, n_bad = points.numbers_or_default(table.values[jobs_field])
            if n_null:
                feedback.pushInfo(self.tr("{0} NULL jobs values counted as 1.").format(n_null))
            if n_bad:
                feedback.pushWarning(self.tr("{0} negative or unreadable jobs values counted as 1.")
                                     .format(n_bad))
        else:
            jobs = np.ones(len(table))
        return source, label, table, jobs

    def sector_selection(self, parameters, context, feedback, source, table, label, required=True):
        """(membership per establishment, sector label, definition or None). With
        required=False and no sector given: every establishment, label None."""
        expression = self.parameterAsExpression(parameters, self.SECTOR_EXPRESSION, context)
        field = self.parameterAsString(parameters, self.SECTOR_FIELD, context)
        value = self.parameterAsString(parameters, self.SECTOR_VALUE, context).strip()
        name = self.parameterAsString(parameters, self.SECTOR, context).strip()
        sbi_field = self.parameterAsString(parameters, self.SBI_FIELD, context)
        if expression:
            return sectors.expression_members(source, expression, context, feedback), expression, None
        if field:
            if not value:
                raise QgsProcessingException(self.tr("Give the sector value to look for in field “{0}”.")
                                             .format(field))
            mask = np.array([_text(v) == value for v in table.values[field]], dtype=bool)
            return mask, "{0} = {1}".format(field, value), None
        if name:
            if not sbi_field:
                raise QgsProcessingException(self.tr(
                    "Sector “{0}” is read from SBI codes: choose the SBI code field (or give a sector "
                    "field and value, or an expression).").format(name))
            path = self.parameterAsFile(parameters, self.DEFINITIONS, context)
            definition = sectors.find_definition(sectors.load_definitions(path), name, path)
            return sectors.members(table.values[sbi_field], definition, feedback, label), definition.name, definition
        if required:
            raise QgsProcessingException(self.tr("Choose a sector: a sector name, a sector field and "
                                                 "value, or a sector expression."))
        return np.ones(len(table), dtype=bool), None, None

    # -- regions ------------------------------------------------------------------
    def assign_regions(self, parameters, context, feedback, source, table, span=(15.0, 40.0)):
        """(Regions, region index per establishment, -1 for none). Logs every point in no
        region, overlaps and invalid polygons."""
        region_source = self.parameterAsSource(parameters, self.REGIONS, context)
        code_field = self.parameterAsString(parameters, self.REGION_CODE_FIELD, context)
        if region_source is None and not code_field:
            raise QgsProcessingException(self.tr("Give a region polygon layer or a region-code field "
                                                 "on the establishments."))
        if region_source is None:
            codes = [_text(v) for v in table.values[code_field]]
            keys = sorted({c for c in codes if c})
            lookup = {k: i for i, k in enumerate(keys)}
            index = np.array([lookup.get(c, -1) if c else -1 for c in codes], dtype=np.int64)
            regions = Regions(keys, keys)
            self._log_unassigned(feedback, index, table, self.tr("with a NULL region code"))
            feedback.pushInfo(self.tr("{0} regions from field “{1}”.").format(len(keys), code_field))
            return regions, index
        regions = self._read_regions(parameters, context, feedback, region_source)
        if code_field:
            if not self.parameterAsString(parameters, self.REGION_ID_FIELD, context):
                raise QgsProcessingException(self.tr(
                    "To match the region codes of field “{0}” to the region polygons, choose the "
                    "region id field.").format(code_field))
            lookup = {}
            for i, key in enumerate(regions.ids):
                lookup.setdefault(key, i)
            codes = [_text(v) for v in table.values[code_field]]
            index = np.array([lookup.get(c, -1) if c else -1 for c in codes], dtype=np.int64)
            unknown = sorted({c for c, i in zip(codes, index.tolist()) if c and i < 0})
            if unknown:
                feedback.pushWarning(self.tr("Region codes without a region polygon: {0}.").format(
                    ", ".join(unknown[:20]) + (" …" if len(unknown) > 20 else "")))
            self._log_unassigned(feedback, index, table, self.tr("whose region code matches no "
                                                                 "region id (or is NULL)"))
            return regions, index
        rings = self.region_rings(context, feedback, regions, source.sourceCrs())
        start, stop = span
        try:
            index, n_overlap = core.assign_points(
                table.x, table.y, rings, lambda f: feedback.setProgress(start + (stop - start) * f),
                feedback.isCanceled)
        except core.Canceled:
            return None, None
        if n_overlap:
            feedback.pushWarning(self.tr("{0} establishments lie inside more than one region (overlapping "
                                         "polygons): each is counted in the first of them only.")
                                 .format(n_overlap))
        if table.n_no_geometry:
            feedback.pushWarning(self.tr("{0} establishments have no location: they are in no region.")
                                 .format(table.n_no_geometry))
        located = np.isfinite(table.x)
        outside = int((located & (index < 0)).sum())
        if outside:
            feedback.pushWarning(self.tr("{0} establishments lie outside every region: they are in no "
                                         "region, but count in the national totals.").format(outside))
        return regions, index

    def _log_unassigned(self, feedback, index, table, why):
        n = int((index < 0).sum())
        if n:
            feedback.pushWarning(self.tr("{0} establishments {1}: they are in no region, but count in "
                                         "the national totals.").format(n, why))

    def _read_regions(self, parameters, context, feedback, region_source):
        id_field = self.parameterAsString(parameters, self.REGION_ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.REGION_NAME_FIELD, context)
        return self.read_polygons(feedback, region_source, id_field, name_field)

    def read_polygons(self, feedback, region_source, id_field, name_field, accept=None):
        """Regions of a polygon source (those features for which `accept` is true)."""
        rlabel = region_source.sourceName() or self.tr("Regions")
        points.check_fields(region_source, rlabel, id_field, name_field)
        # invalid polygons are repaired below, not refused by the context's geometry check
        features = [f for f in region_source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
            if accept is None or accept(f)]
        if not features:
            raise QgsProcessingException(self.tr("Region layer “{0}” has no features.").format(rlabel))
        ids = [(_text(f[id_field]) or "") if id_field else str(f.id()) for f in features]
        names = [_text(f[name_field]) if name_field else i for f, i in zip(features, ids)]
        names = [n if n else (i or "") for n, i in zip(names, ids)]
        if id_field:
            seen, dupes = set(), set()
            for key in ids:
                (dupes if key in seen else seen).add(key)
            if dupes:
                feedback.pushWarning(self.tr("Region ids occurring more than once in field “{0}”: {1}. "
                                             "Each polygon is a region of its own.").format(
                                                 id_field, ", ".join(sorted(str(d) for d in dupes)[:20])))
        return Regions(ids, names, features, region_source.fields(), region_source.wkbType(),
                       region_source.sourceCrs())

    def region_rings(self, context, feedback, regions, target_crs):
        """Rings (arrays) of each region polygon, in the points' CRS, invalid ones repaired."""
        transform = None
        source_crs = regions.crs
        if source_crs.isValid() and target_crs.isValid() and source_crs != target_crs:
            transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
            feedback.pushInfo(self.tr("Region polygons transformed from {0} to the establishments' {1}.")
                              .format(source_crs.authid(), target_crs.authid()))
        elif source_crs.isValid() != target_crs.isValid():
            feedback.pushWarning(self.tr("The regions or the establishments have no CRS: both are taken "
                                         "to be in the same coordinates."))
        out = []
        n_empty = n_invalid = n_unrepaired = 0
        for feature in regions.features:
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                n_empty += 1
                out.append([])
                continue
            if QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())
            if not geometry.isGeosValid():
                n_invalid += 1
                repaired = geometry.makeValid()
                if repaired.isNull() or repaired.isEmpty():
                    n_unrepaired += 1
                else:
                    geometry = repaired
            if transform is not None:
                try:
                    geometry.transform(transform)
                except Exception as e:  # QgsCsException: a polygon the transform cannot reach
                    raise QgsProcessingException(self.tr("Cannot transform region “{0}” to the CRS of "
                                                         "the establishments: {1}").format(
                                                             regions.names[len(out)], e))
            out.append(_polygon_rings(geometry))
        if n_empty:
            feedback.pushWarning(self.tr("{0} regions have no geometry: they get zeros.").format(n_empty))
        if n_invalid:
            feedback.pushWarning(self.tr("{0} region polygons are invalid; {1} were repaired with Make "
                                         "valid for the assignment (the output keeps the original "
                                         "geometry), {2} are used as they are (even-odd rule).").format(
                                             n_invalid, n_invalid - n_unrepaired, n_unrepaired))
        return out

    # -- writing --------------------------------------------------------------------
    def write_regions(self, parameters, output, context, feedback, regions, columns):
        """The region polygons with their attributes plus `columns` ((name, QVariant type,
        values)); for regions from a code field, a table with region_id. Returns dest id."""
        new_fields = QgsFields()
        for name, kind, _ in columns:
            new_fields.append(QgsField(name, kind))
        if regions.features is None:
            fields = QgsFields()
            fields.append(QgsField("region_id", QVariant.String))
            for f in new_fields:
                fields.append(f)
            keep = []
            wkb, crs = QgsWkbTypes.NoGeometry, None
        else:
            fields, keep, replaced = points.output_fields(regions.fields, new_fields)
            if replaced:
                feedback.pushWarning(self.tr("Region fields replaced by the output's: {0}.").format(
                    ", ".join(replaced)))
            wkb, crs = regions.wkb_type, regions.crs
        if crs is None:
            sink, dest_id = self.parameterAsSink(parameters, output, context, fields, wkb)
        else:
            sink, dest_id = self.parameterAsSink(parameters, output, context, fields, wkb, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, output))
        for k in range(len(regions)):
            out = QgsFeature(fields)
            values = [col[k] for _, _, col in columns]
            if regions.features is None:
                out.setAttributes([regions.ids[k]] + values)
            else:
                feature = regions.features[k]
                attrs = feature.attributes()
                out.setGeometry(feature.geometry())
                out.setAttributes([attrs[i] for i in keep] + values)
            if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Could not write region {0}.").format(regions.ids[k]))
        return dest_id

    def write_table(self, parameters, output, context, regions, columns):
        """A table: region_id, region_name and `columns`."""
        fields = QgsFields()
        fields.append(QgsField("region_id", QVariant.String))
        fields.append(QgsField("region_name", QVariant.String))
        for name, kind, _ in columns:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, output, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, output))
        for k in range(len(regions)):
            out = QgsFeature(fields)
            out.setAttributes([regions.ids[k], regions.names[k]] + [col[k] for _, _, col in columns])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest_id


def _polygon_rings(geometry):
    """Every ring of a (multi)polygon geometry as an (n, 2) array."""
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    if not polygons or not any(polygons):
        # collections (from Make valid): keep their polygon parts
        polygons = []
        for part in geometry.asGeometryCollection():
            if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.PolygonGeometry:
                polygons.extend(part.asMultiPolygon() if part.isMultipart() else [part.asPolygon()])
    return [np.array([(p.x(), p.y()) for p in ring], dtype=np.float64)
            for polygon in polygons for ring in polygon if len(ring) >= 3]


def column(values, integer=False):
    """numpy values as attribute values, NaN as NULL."""
    return points.as_attribute_list(values, integer=integer,
                                    null_when=None if not integer else ~np.isfinite(np.asarray(values, float)))


def fmt(value, digits=4):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, (int, np.integer)):
        return "{0:,}".format(int(value))
    if isinstance(value, float):
        return "{0:,.{1}f}".format(value, digits)
    return html.escape(str(value))


def html_table(head, rows):
    """rows: lists of already formatted cells; head: header texts."""
    lines = ["<table><tr>" + "".join("<th>%s</th>" % html.escape(h) for h in head) + "</tr>"]
    for row in rows:
        lines.append("<tr>" + "".join("<td>%s</td>" % c for c in row) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def html_page(title, body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>"
            "body{font-family:sans-serif;max-width:70em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:2px 7px;text-align:right}"
            "td:first-child,td:nth-child(2){text-align:left}svg{max-width:100%%;height:auto}"
            "</style></head><body><h1>%s</h1>%s<p>Method: PBL/CBS, Raspe et al. (2012); Sorenson "
            "&amp; Audia (2000); Scholl &amp; Brenner (2011). Made with Clusterindex.</p>"
            "</body></html>") % (html.escape(title), html.escape(title), body)

