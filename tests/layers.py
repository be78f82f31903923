"""Small real layers (GeoPackage files) for the algorithm tests: the writers, and the rows
of the layers several test files share (the fixtures in conftest.py write them), with
what is known about them by construction."""
import numpy as np
from oracles import dscores, frame_of, grid_region
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

if Qgis.QGIS_VERSION_INT >= 33800:  # QgsField with a QVariant type is deprecated from 3.38 on
    from qgis.PyQt.QtCore import QMetaType
    _META = {QVariant.Int: QMetaType.Type.Int, QVariant.Double: QMetaType.Type.Double,
             QVariant.String: QMetaType.Type.QString, QVariant.LongLong: QMetaType.Type.LongLong}
else:
    _META = {}


def field(name, kind):
    """A QgsField of a QVariant type, made the way the running QGIS wants."""
    return QgsField(name, _META.get(kind, kind))


def write_points(path, rows, crs="EPSG:28992", fields=(("id", QVariant.Int), ("sbi", QVariant.String),
                                                       ("jobs", QVariant.Int)), multi=False):
    """rows: (geometry, *attributes); geometry a (x, y) tuple, a list of (x, y) parts, or None."""
    qfields = QgsFields()
    for name, kind in fields:
        qfields.append(field(name, kind))
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
        qfields.append(field(name, kind))
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


# -- mixed_layer: 300 clustered establishments in 4 sectors, with every awkward case ---------
def mixed_rows():
    rng = np.random.default_rng(42)
    centres = np.array([[120000, 480000], [155000, 463000], [90000, 440000]])
    pts = centres[rng.integers(0, 3, 300)] + rng.normal(0, 1500, (300, 2))
    pts = np.round(pts / 250) * 250  # shared coordinates
    sbi = rng.choice(["6201", "4711", "0113", "2611"], 300).tolist()
    jobs = rng.integers(1, 50, 300).tolist()
    rows = [((float(x), float(y)), i, s, int(j)) for i, ((x, y), s, j) in enumerate(zip(pts, sbi, jobs))]
    rows[0] = (None, 0, "6201", 3)            # no geometry
    rows[1] = (rows[1][0], 1, None, 2)        # NULL sector
    rows[2] = (rows[2][0], 2, "  ", 2)        # blank sector
    rows[3] = (rows[3][0], 3, "9999", 1)      # alone in its sector
    rows[4] = (rows[4][0], 4, "6201", None)   # NULL jobs
    rows[5] = (rows[5][0], 5, "6201", -4)     # invalid jobs
    return rows


# -- sector_firms: 360 establishments of both benchmarks and other sectors -----------------
INDUSTRY = ("1011", "10.13", 2611, "383", "3299", "2932")
SERVICES = ("6201", "62.02", "7010", "0910", "33.12", "8211")
OTHER = ("4711", "8610", "G", "garbage", None)


def sector_firm_rows():
    rng = np.random.default_rng(9)
    codes = list(INDUSTRY + SERVICES + OTHER)
    rows = []
    for i in range(360):
        x, y = rng.normal([150000, 450000], 4000)
        code = codes[i % len(codes)]
        rows.append(((round(x, -2), round(y, -2)), i, None if code is None else str(code), int(rng.integers(1, 9))))
    return rows


def members(rows, accept):
    return [r for r in rows if r[2] is not None and accept(r[2])]


def is_industry(code):
    return code in {str(c) for c in INDUSTRY}


def is_services(code):
    return code in {str(c) for c in SERVICES}


def is_brainport(code):
    """Brainport activities (SBI 26–29) among the codes of sector_firm_rows."""
    return code.startswith("26") or code == "2932"


def reference(rows):
    """Brute-force D-scores of rows as one population, by id."""
    ids = [r[1] for r in rows]
    return dict(zip(ids, dscores([r[0] for r in rows], [0] * len(rows))))


# -- regions and region_firms: a grid of four 10 km squares and 700 establishments ---------
BRAINPORT = ("2611", "27.11", "2812", "2910")
_GRID_INDUSTRY = ("1011", "2011", "3299")
_GRID_OTHER = ("6201", "4711", "8610")
X0, Y0, SIZE = 100000.0, 400000.0, 10000.0


def region_rows():
    """Four 10 km squares (R1–R4), an empty far-away square (R5) and, last, a square
    overlapping the lower-left quarter of R1 (R6)."""
    rows = []
    for k, (i, j) in enumerate([(0, 0), (1, 0), (0, 1), (1, 1)]):
        rows.append((square(X0 + i * SIZE, Y0 + j * SIZE, SIZE), "R%d" % (k + 1), "Region %d" % (k + 1)))
    rows.append((square(200000, 500000, SIZE), "R5", "Empty"))
    rows.append((square(X0, Y0, SIZE / 2), "R6", "Overlap"))
    return rows


def region_firm_rows():
    rng = np.random.default_rng(11)
    codes = list(BRAINPORT * 2 + _GRID_INDUSTRY + _GRID_OTHER)
    rows = []
    for k in range(700):
        x, y = np.round(rng.uniform([X0 - 1000, Y0 - 1000], [X0 + 2 * SIZE + 1000, Y0 + 2 * SIZE + 1000]), -2)
        rows.append(((float(x), float(y)), k, codes[k % len(codes)], int(rng.integers(1, 80))))
    rows[0] = (None, 0, "2611", 5)                      # no location
    rows[1] = ((X0 + SIZE, Y0 + 5000.0), 1, "2611", 3)   # on the edge R1 | R2: R2
    rows[2] = ((X0 + 2 * SIZE, Y0 + 5000.0), 2, "2611", 3)  # on the outer right edge: none
    rows[3] = (rows[3][0], 3, "2611", None)               # NULL jobs count as 1
    return rows


def expected_region(x, y):
    """The region of a point among R1–R4 (the half-open rule; R6 overlaps R1, which
    comes first)."""
    return grid_region(x, y, X0, Y0, SIZE)


def region_frame(rows):
    """region_firm_rows as a pandas frame: region, Brainport sector, brute-force D."""
    return frame_of(rows, expected_region, lambda code: code in BRAINPORT)
