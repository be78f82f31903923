"""The QGIS API names that changed between the QGIS versions Clusterindex runs on: the
scoped enums (Qgis.*) from QGIS 3.36 on, the names of QGIS 3.22 before. One place, so
that the plugin uses no deprecated name on new QGIS, still runs on 3.22, and moves to
QGIS 4 (where only the scoped names remain) by this file alone."""
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)

SCOPED = Qgis.QGIS_VERSION_INT >= 33600

if SCOPED:
    POINT_LAYER = Qgis.ProcessingSourceType.VectorPoint
    POLYGON_LAYER = Qgis.ProcessingSourceType.VectorPolygon
    ANY_LAYER = Qgis.ProcessingSourceType.Vector  # with or without geometry
    ANY_GEOMETRY_LAYER = Qgis.ProcessingSourceType.VectorAnyGeometry
    DOUBLE = Qgis.ProcessingNumberParameterType.Double
    INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMERIC_FIELD = Qgis.ProcessingFieldParameterDataType.Numeric
    ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    SKIP_GEOMETRY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
    NO_GEOMETRY_REQUEST = Qgis.FeatureRequestFlag.NoGeometry
    FAST_INSERT = QgsFeatureSink.Flag.FastInsert
    POINT_GEOMETRY, POLYGON_GEOMETRY = Qgis.GeometryType.Point, Qgis.GeometryType.Polygon
    NULL_GEOMETRY, UNKNOWN_GEOMETRY = Qgis.GeometryType.Null, Qgis.GeometryType.Unknown
    NO_GEOMETRY = Qgis.WkbType.NoGeometry
    DEGREES, METERS, UNKNOWN_UNIT = Qgis.DistanceUnit.Degrees, Qgis.DistanceUnit.Meters, Qgis.DistanceUnit.Unknown
else:
    POINT_LAYER = QgsProcessing.TypeVectorPoint
    POLYGON_LAYER = QgsProcessing.TypeVectorPolygon
    ANY_LAYER = QgsProcessing.TypeVector
    ANY_GEOMETRY_LAYER = QgsProcessing.TypeVectorAnyGeometry
    DOUBLE = QgsProcessingParameterNumber.Double
    INTEGER = QgsProcessingParameterNumber.Integer
    NUMERIC_FIELD = QgsProcessingParameterField.Numeric
    ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced
    SKIP_GEOMETRY_CHECKS = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    NO_GEOMETRY_REQUEST = QgsFeatureRequest.NoGeometry
    FAST_INSERT = QgsFeatureSink.FastInsert
    POINT_GEOMETRY, POLYGON_GEOMETRY = QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry
    NULL_GEOMETRY, UNKNOWN_GEOMETRY = QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry
    NO_GEOMETRY = QgsWkbTypes.NoGeometry
    DEGREES, METERS, UNKNOWN_UNIT = (QgsUnitTypes.DistanceDegrees, QgsUnitTypes.DistanceMeters,
                                     QgsUnitTypes.DistanceUnknownUnit)
