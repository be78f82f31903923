"""clusterindex:neighbourhoods — within one region, the sector's establishments per small
area (wijk or buurt), highlighting areas with at least N (METHOD.md §5, the zoom maps)."""
import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessing,
                       QgsProcessingException, QgsProcessingFeatureSource,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)
from qgis.PyQt.QtCore import QVariant

from ..plugin.styling import style_output_when_loaded
from . import points
from .core import regions as core
from .regional import SECTOR_HTML, RegionalAlgorithm, _text, column


class NeighbourhoodsAlgorithm(RegionalAlgorithm):
    REGION_FIELD = "REGION_FIELD"
    REGION_VALUE = "REGION_VALUE"
    AREAS = "AREAS"
    MIN_COUNT = "MIN_COUNT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "neighbourhoods"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Zoom into neighbourhoods of a region")

    def tags(self):
        return self.tr("wijk,buurt,neighbourhood,district,zoom,count,region,cluster").split(",")

    def help_html(self):
        return self.tr(
            "<p>Within one chosen region, counts the sector's establishments per small area (wijk "
            "or buurt) and highlights the areas with at least N of them — the zoom maps of the "
            "PBL/CBS article (≥ 14 for brainport in Zuidoost-Noord-Brabant, ≥ 225 for creative "
            "services in Groot-Amsterdam).</p>") + SECTOR_HTML + self.tr(
            "<p><b>Region</b>: the polygon(s) of the region layer whose region field equals the "
            "region value (for example field <code>statnaam</code>, value "
            "<code>Zuidoost-Noord-Brabant</code>; several matching polygons form one region). "
            "<b>Small areas</b>: a polygon layer; an area belongs to the region when a point on its "
            "surface lies inside the region. Establishments are assigned to areas as in the other "
            "regional algorithms: at most one area each (the first of overlapping areas), "
            "invalid polygons repaired, other CRSs transformed; those in the region but in no area "
            "are counted in the log.</p>"
            "<p><b>Output</b>: the region's areas with all their fields plus <code>n_sector</code>, "
            "<code>jobs_sector</code>, <code>n_total</code> (all establishments) and "
            "<code>highlight</code> (1 when n_sector ≥ N), styled: highlighted areas dark red and "
            "labelled with their count.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_establishment_parameters("Brainport activities")
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGIONS, self.tr("Region layer (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region field"), parentLayerParameterName=self.REGIONS))
        self.addParameter(QgsProcessingParameterString(self.REGION_VALUE, self.tr("Region value")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Small areas (wijken or buurten)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COUNT, self.tr("Highlight areas with at least N establishments of the sector"),
            QgsProcessingParameterNumber.Integer, defaultValue=14, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Neighbourhoods"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        region_geometry, region_crs = self.chosen_region(parameters, context)
        area_source = self.parameterAsSource(parameters, self.AREAS, context)
        if area_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        to_region = None
        if area_source.sourceCrs().isValid() and region_crs.isValid() and area_source.sourceCrs() != region_crs:
            to_region = QgsCoordinateTransform(area_source.sourceCrs(), region_crs, context.transformContext())
        engine = QgsGeometry.createGeometryEngine(region_geometry.constGet())
        engine.prepareGeometry()

        def in_region(feature):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                return False
            point = geometry.pointOnSurface()
            if point.isNull():
                return False
            if to_region is not None:
                point.transform(to_region)
            return engine.intersects(point.constGet())

        areas = self.read_polygons(feedback, area_source, "", "", in_region)
        value = self.parameterAsString(parameters, self.REGION_VALUE, context)
        feedback.pushInfo(self.tr("{0} small areas lie in region “{1}”.").format(len(areas), value))

        read = self.read_establishments(parameters, context, feedback, span=(10.0, 40.0))
        if read is None:
            return {}
        source, label, table, jobs = read
        mask, sector_label, _ = self.sector_selection(parameters, context, feedback, source, table, label)
        rings = self.region_rings(context, feedback, areas, source.sourceCrs())
        try:
            index, n_overlap = core.assign_points(
                table.x, table.y, rings, lambda f: feedback.setProgress(40 + 50 * f), feedback.isCanceled)
        except core.Canceled:
            return {}
        if n_overlap:
            feedback.pushWarning(self.tr("{0} establishments lie in more than one area (overlapping "
                                         "polygons): each is counted in the first only.").format(n_overlap))
        self.log_outside_areas(context, feedback, source, table, mask, index, region_geometry, region_crs)
        result = core.profile(index, len(areas), mask, jobs)
        minimum = self.parameterAsInt(parameters, self.MIN_COUNT, context)
        highlight = (result["n_sector"] >= minimum).astype(int)
        feedback.pushInfo(self.tr("{0}: {1} establishments in the region's areas; {2} areas have at "
                                  "least {3}.").format(sector_label, int(result["n_sector"].sum()),
                                                       int(highlight.sum()), minimum))
        columns = [("n_sector", QVariant.Int, result["n_sector"].tolist()),
                   ("jobs_sector", QVariant.Double, column(result["jobs_sector"])),
                   ("n_total", QVariant.Int, result["n_total"].tolist()),
                   ("highlight", QVariant.Int, highlight.tolist())]
        dest = self.write_regions(parameters, self.OUTPUT, context, feedback, areas, columns)
        style_output_when_loaded(context, dest, "neighbourhoods")
        return {self.OUTPUT: dest}

    def chosen_region(self, parameters, context):
        """The union of the region polygons whose field equals the value, and their CRS."""
        source = self.parameterAsSource(parameters, self.REGIONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.REGIONS))
        label = source.sourceName() or self.tr("Regions")
        field = self.parameterAsString(parameters, self.REGION_FIELD, context)
        value = self.parameterAsString(parameters, self.REGION_VALUE, context).strip()
        points.check_fields(source, label, field)
        parts, seen = [], []
        for feature in source.getFeatures(QgsFeatureRequest(),
                                          QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            key = _text(feature[field])
            if key is not None and len(seen) < 30:
                seen.append(key)
            if key == value and not feature.geometry().isEmpty():
                geometry = feature.geometry()
                if not geometry.isGeosValid():
                    geometry = geometry.makeValid()
                parts.append(geometry)
        if not parts:
            raise QgsProcessingException(self.tr("No region with {0} = “{1}” in layer “{2}”. Values are, "
                                                 "for example: {3}.").format(field, value, label,
                                                                             ", ".join(seen[:30])))
        return QgsGeometry.unaryUnion(parts), source.sourceCrs()

    def log_outside_areas(self, context, feedback, source, table, mask, index, region_geometry, region_crs):
        """Count the sector's establishments inside the region but in none of its areas."""
        loose = np.flatnonzero(mask & (index < 0) & np.isfinite(table.x))
        if len(loose) == 0:
            return
        to_region = None
        if source.sourceCrs().isValid() and region_crs.isValid() and source.sourceCrs() != region_crs:
            to_region = QgsCoordinateTransform(source.sourceCrs(), region_crs, context.transformContext())
        bbox = region_geometry.boundingBox()
        if to_region is None:
            x, y = table.x[loose], table.y[loose]
            loose = loose[(x >= bbox.xMinimum()) & (x <= bbox.xMaximum()) &
                          (y >= bbox.yMinimum()) & (y <= bbox.yMaximum())]
        engine = QgsGeometry.createGeometryEngine(region_geometry.constGet())
        engine.prepareGeometry()
        n = 0
        for k in loose.tolist():
            point = QgsGeometry.fromPointXY(QgsPointXY(table.x[k], table.y[k]))
            if to_region is not None:
                point.transform(to_region)
            p = point.asPoint()
            if bbox.contains(p) and engine.intersects(point.constGet()):
                n += 1
        if n:
            feedback.pushWarning(self.tr("{0} establishments of the sector lie in the region but in none of "
                                         "its small areas: not counted.").format(n))
