"""Small real layers (GeoPackage files) for the algorithm tests."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature,
                       QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsVectorFileWriter,
                       QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant


def write_points(path, rows, crs="EPSG:28992", fields=(("id", QVariant.Int), ("sbi", QVariant.String),
                                                       ("jobs", QVariant.Int)), multi=False):
    """rows: (geometry, *attributes); geometry a (x, y) tuple, a list of (x, y) parts, or None."""
    qfields = QgsFields()
    for name, kind in fields:
        qfields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(
        str(path), qfields, QgsWkbTypes.MultiPoint if multi else QgsWkbTypes.Point,
        QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext(), options)
    assert writer.hasError() == QgsVectorFileWriter.NoError, writer.errorMessage()
    for geom, *attrs in rows:
        f = QgsFeature(qfields)
        f.setAttributes(list(attrs))
        if isinstance(geom, list):
            f.setGeometry(QgsGeometry.fromMultiPointXY([QgsPointXY(*p) for p in geom]))
        elif geom is not None:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*geom)))
        assert writer.addFeature(f)
    del writer
    layer = QgsVectorLayer(str(path), "establishments", "ogr")
    assert layer.isValid()
    return layer


def by_id(layer, key="id"):
    return {f[key]: f for f in layer.getFeatures()}


def write_polygons(path, rows, crs="EPSG:28992", fields=(("code", QVariant.String), ("name", QVariant.String)),
                   layer_name="regions"):
    """rows: (WKT or None, *attributes)."""
    qfields = QgsFields()
    for name, kind in fields:
        qfields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    writer = QgsVectorFileWriter.create(str(path), qfields, QgsWkbTypes.MultiPolygon,
                                        QgsCoordinateReferenceSystem(crs),
                                        QgsCoordinateTransformContext(), options)
    assert writer.hasError() == QgsVectorFileWriter.NoError, writer.errorMessage()
    for wkt, *attrs in rows:
        f = QgsFeature(qfields)
        f.setAttributes(list(attrs))
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        assert writer.addFeature(f)
    del writer
    layer = QgsVectorLayer(str(path), "regions", "ogr")
    assert layer.isValid()
    return layer


def square(x0, y0, size):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0)
