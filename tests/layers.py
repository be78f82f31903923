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
