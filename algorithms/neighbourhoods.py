"""clusterindex:neighbourhoods — within one region, the sector's establishments per small
area (wijk or buurt), highlighting areas with at least N (METHOD.md §5, the zoom maps)."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from . import compat, outputs, parameters, reading, regions, sectors, styling
from .base import ClusterIndexAlgorithm
from .core import regions as core
from .definitions import QT_TRANSLATE_NOOP
from .outputs import Column
from .styling import style_output_when_loaded

REGION_FIELD = "REGION_FIELD"
REGION_VALUE = "REGION_VALUE"
AREAS = "AREAS"
MIN_COUNT = "MIN_COUNT"
OUTPUT = "OUTPUT"
ROLES = {"sbi": parameters.SBI_FIELD, "sector": parameters.SECTOR_FIELD, "jobs": parameters.JOBS_FIELD}


class NeighbourhoodsAlgorithm(ClusterIndexAlgorithm):

    ID = "neighbourhoods"
    NAME = QT_TRANSLATE_NOOP("NeighbourhoodsAlgorithm", "Zoom into neighbourhoods")
    TAGS = QT_TRANSLATE_NOOP("NeighbourhoodsAlgorithm", "wijk,buurt,neighbourhood,district,zoom,count,region,cluster")

    def initAlgorithm(self, config=None):
        parameters.sector_inputs(self, "Brainport activities")
        parameters.add(self, QgsProcessingParameterFeatureSource(
            parameters.REGIONS, self.tr("Region layer (polygons)"), [compat.POLYGON_LAYER]),
            self.tr("The layer holding the region to zoom into, e.g. the COROP regions."))
        parameters.add(self, QgsProcessingParameterField(
            REGION_FIELD, self.tr("Region field"), parentLayerParameterName=parameters.REGIONS),
            self.tr("The field that names the region, e.g. statnaam."))
        parameters.add(self, QgsProcessingParameterString(REGION_VALUE, self.tr("Region value")),
                       self.tr("The region's value in that field, e.g. Zuidoost-Noord-Brabant."))
        parameters.add(self, QgsProcessingParameterFeatureSource(
            AREAS, self.tr("Small areas (wijken or buurten)"), [compat.POLYGON_LAYER]),
            self.tr("The small areas; those with a point on their surface inside the region are counted."))
        parameters.add(self, QgsProcessingParameterNumber(
            MIN_COUNT, self.tr("Highlight areas with at least N establishments of the sector"),
            compat.INTEGER, defaultValue=14, minValue=1),
            self.tr("The article uses 14 for brainport in Zuidoost-Noord-Brabant, 225 for creative services in "
                    "Groot-Amsterdam."))
        parameters.definitions_file(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Neighbourhoods"), compat.POLYGON_LAYER),
            self.tr("The region's small areas with n_sector, jobs_sector, n_total and highlight."))

    def compute(self, run):
        est = reading.open_establishments(run, ROLES, metric=False)
        how = sectors.plan(run)
        region_geometry, region_crs = chosen_region(run)
        area_source = run.source(AREAS)
        areas = regions.read_polygons(run, area_source, "", "", in_region(run, area_source, region_geometry,
                                                                             region_crs))
        value = run.string(REGION_VALUE)
        run.info(self.tr("{0} small areas lie in region “{1}”.").format(len(areas), value))
        reading.read(run, est, (10.0, 40.0))

        sector = sectors.choose(run, est, how)
        index = regions.assign_points(run, areas, est, (40.0, 90.0), what=self.tr("area"))
        log_outside_areas(run, est, sector.mask, index, region_geometry, region_crs)
        result = core.profile(index, len(areas), sector.mask, est.jobs)
        minimum = run.integer(MIN_COUNT)
        highlight = (result["n_sector"] >= minimum).astype(int)
        run.info(self.tr("{0}: {1} establishments in the region's areas; {2} areas have at least {3}.").format(
            sector.label, int(result["n_sector"].sum()), int(highlight.sum()), minimum))
        columns = [Column("n_sector", "int", result["n_sector"].tolist()),
                   Column("jobs_sector", "double", outputs.values(result["jobs_sector"])),
                   Column("n_total", "int", result["n_total"].tolist()),
                   Column("highlight", "int", highlight.tolist())]
        dest = outputs.write_regions(run, OUTPUT, areas, columns)
        style_output_when_loaded(run.context, dest, "neighbourhoods", self.tr("{0} in {1}: areas with at least {2}")
                                 .format(sector.label, value, minimum),
                                 styling.neighbourhood_labels(sector.label, minimum))
        return {OUTPUT: dest}


def chosen_region(run):
    """The union of the region polygons whose field equals the value, and their CRS."""
    source = run.source(parameters.REGIONS)
    label = source.sourceName() or run.tr("Regions")
    field = run.string(REGION_FIELD)
    value = run.string(REGION_VALUE)
    reading.check_fields(source, label, {"region": field})
    parts, seen = [], []
    for feature in source.getFeatures(QgsFeatureRequest(), compat.SKIP_GEOMETRY_CHECKS):
        key = regions.text(feature[field])
        if key is not None and len(seen) < 30:
            seen.append(key)
        if key == value and not feature.geometry().isEmpty():
            geometry = feature.geometry()
            parts.append(geometry if geometry.isGeosValid() else geometry.makeValid())
    if not parts:
        raise QgsProcessingException(run.tr("No region with {0} = “{1}” in layer “{2}”. Values are, for example: "
                                            "{3}.").format(field, value, label, ", ".join(seen[:30])))
    return QgsGeometry.unaryUnion(parts), source.sourceCrs()


def in_region(run, area_source, region_geometry, region_crs):
    """A test: does a point on the area's surface lie inside the region?"""
    to_region = None
    if area_source.sourceCrs().isValid() and region_crs.isValid() and area_source.sourceCrs() != region_crs:
        to_region = QgsCoordinateTransform(area_source.sourceCrs(), region_crs, run.context.transformContext())
    engine = QgsGeometry.createGeometryEngine(region_geometry.constGet())
    engine.prepareGeometry()

    def accept(feature):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            return False
        point = geometry.pointOnSurface()
        if point.isNull():
            return False
        if to_region is not None:
            point.transform(to_region)
        return engine.intersects(point.constGet())
    return accept


def log_outside_areas(run, est, mask, index, region_geometry, region_crs):
    """Count the sector's establishments inside the region but in none of its areas."""
    loose = np.flatnonzero(mask & (index < 0) & est.located())
    if len(loose) == 0:
        return
    crs = est.source.sourceCrs()
    to_region = None
    if crs.isValid() and region_crs.isValid() and crs != region_crs:
        to_region = QgsCoordinateTransform(crs, region_crs, run.context.transformContext())
    bbox = region_geometry.boundingBox()
    if to_region is None:
        x, y = est.x[loose], est.y[loose]
        loose = loose[(x >= bbox.xMinimum()) & (x <= bbox.xMaximum()) & (y >= bbox.yMinimum()) & (y <= bbox.yMaximum())]
    engine = QgsGeometry.createGeometryEngine(region_geometry.constGet())
    engine.prepareGeometry()
    n = 0
    for k in loose.tolist():
        point = QgsGeometry.fromPointXY(QgsPointXY(est.x[k], est.y[k]))
        if to_region is not None:
            point.transform(to_region)
        if bbox.contains(point.asPoint()) and engine.intersects(point.constGet()):
            n += 1
    if n:
        run.warn(run.tr("{0} establishments of the sector lie in the region but in none of its small areas: not "
                        "counted.").format(n))
