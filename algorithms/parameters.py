"""The parameters several algorithms share, declared once: ids (public API), labels, help
tooltips, which are advanced. Each function adds its parameters to `alg`."""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import compat
from . import definitions as defs
from .i18n import tr

INPUT = "INPUT"
SBI_FIELD = "SBI_FIELD"
DEFINITIONS = "DEFINITIONS"
JOBS_FIELD = "JOBS_FIELD"
DISTANCE_FLOOR = "DISTANCE_FLOOR"
METHOD = "METHOD"
TOLERANCE = "TOLERANCE"
SECTOR = "SECTOR"
SECTOR_FIELD = "SECTOR_FIELD"
SECTOR_VALUE = "SECTOR_VALUE"
SECTOR_EXPRESSION = "SECTOR_EXPRESSION"
BENCHMARK = "BENCHMARK"
REGIONS = "REGIONS"
REGION_ID_FIELD = "REGION_ID_FIELD"
REGION_NAME_FIELD = "REGION_NAME_FIELD"
REGION_CODE_FIELD = "REGION_CODE_FIELD"



def options(texts):
    """Enum option labels from definitions, translated."""
    return [QCoreApplication.translate("definitions", t) for t in texts]


def add(alg, parameter, help_text, advanced=False):
    parameter.setHelp(help_text)
    if advanced:
        parameter.setFlags(parameter.flags() | compat.ADVANCED)
    alg.addParameter(parameter)
    return parameter


def establishments(alg, tables_too=False):
    types = [compat.POINT_LAYER] + ([compat.ANY_LAYER] if tables_too else [])
    label = tr("Establishments (points, or a table with a region-code field)") if tables_too \
        else tr("Establishments (points)")
    add(alg, QgsProcessingParameterFeatureSource(INPUT, label, types),
        tr("One feature per establishment (vestiging), with a sector or SBI code and, optionally, jobs."))


def sbi_field(alg, optional=False):
    label = tr("SBI code field (for a sector name)") if optional else tr("SBI code field")
    add(alg, QgsProcessingParameterField(SBI_FIELD, label, parentLayerParameterName=INPUT, optional=optional),
        tr("The SBI 2008 / NACE code of each establishment: 4711, 47.11, 47110, 0113, G4711 … "
           "Unreadable codes are in no sector and counted in the log."))


def definitions_file(alg):
    add(alg, QgsProcessingParameterFile(DEFINITIONS, tr("Sector definitions (CSV; empty: the bundled set)"),
                                        extension="csv", optional=True),
        tr("A CSV with the columns sector, benchmark, codes, approximate, note. Empty: the bundled "
           "definitions (both benchmarks, brainport, the top sectors)."), advanced=True)


def jobs_field(alg):
    add(alg, QgsProcessingParameterField(JOBS_FIELD, tr("Jobs field (NULL counts as 1)"),
                                         parentLayerParameterName=INPUT,
                                         type=compat.NUMERIC_FIELD, optional=True),
        tr("A numeric field of jobs or working persons; NULL and negative values count as 1 "
           "(mostly self-employed). Empty: every establishment counts 1."))


def floor_and_method(alg):
    """DISTANCE_FLOOR, METHOD and TOLERANCE: wherever D-scores are computed."""
    floor = QgsProcessingParameterNumber(DISTANCE_FLOOR, tr("Distance floor d0 (metres)"),
                                         compat.DOUBLE, defaultValue=1000.0,
                                         minValue=0.0)
    floor.setMetadata({"widget_wrapper": {"decimals": 0}})
    add(alg, floor, tr("Distances below d0 count as d0 (1000 m in the reports); always metres, "
                       "whatever the layer's CRS."), advanced=True)
    add(alg, QgsProcessingParameterEnum(METHOD, tr("D-score method"), options=options(defs.METHOD_OPTIONS),
                                        defaultValue=int(defs.Method.FAST)),
        tr("Fast: every score certified to the tolerance (falls back to exact where needed). "
           "Exact: all pairs; its time grows with the square of the sector's locations."), advanced=True)
    tolerance = QgsProcessingParameterNumber(TOLERANCE, tr("Tolerance of the fast method (largest relative error)"),
                                             compat.DOUBLE, defaultValue=1e-5,
                                             minValue=1e-12, maxValue=0.01)
    tolerance.setMetadata({"widget_wrapper": {"decimals": 8}})
    add(alg, tolerance, tr("The largest relative error the fast method may leave in any D-score "
                           "(default 0.00001, far below the four digits the reports publish)."), advanced=True)


def sector_choice(alg, default_sector, by_field=True, sbi_optional=True):
    """The sector, in order of precedence: expression, field + value, name of a definition
    (with the SBI code field it is read from, just before it)."""
    add(alg, QgsProcessingParameterExpression(SECTOR_EXPRESSION, tr("Sector expression (takes precedence)"),
                                              parentLayerParameterName=INPUT, optional=True),
        tr("A QGIS expression true for the sector's establishments, e.g. \"sbi\" LIKE '62%'. When given, "
           "it is used instead of a sector field or name."))
    if by_field:
        add(alg, QgsProcessingParameterField(SECTOR_FIELD, tr("Sector field (instead of a sector name)"),
                                             parentLayerParameterName=INPUT, optional=True),
            tr("A field holding a sector code of your own; with the sector value below."))
        add(alg, QgsProcessingParameterString(SECTOR_VALUE, tr("Sector value in the sector field"), optional=True),
            tr("The value of the sector field that marks the sector, e.g. BE."))
    if alg.parameterDefinition(SBI_FIELD) is None:
        sbi_field(alg, optional=sbi_optional)
    add(alg, QgsProcessingParameterString(SECTOR, tr("Sector (name in the sector definitions)"),
                                          defaultValue=default_sector, optional=True),
        tr("A sector name from the sector definitions, read from the SBI code field, e.g. "
           "Brainport activities."))


def sector_inputs(alg, default_sector, tables_too=False, by_field=True, sbi_optional=True):
    """The establishments, their SBI field, the sector and the jobs field."""
    establishments(alg, tables_too)
    sector_choice(alg, default_sector, by_field, sbi_optional)
    jobs_field(alg)


def benchmark_choice(alg):
    add(alg, QgsProcessingParameterEnum(BENCHMARK, tr("Benchmark"), options=options(defs.BENCHMARK_CHOICE_OPTIONS),
                                        defaultValue=int(defs.BenchmarkChoice.AS_DEFINED)),
        tr("The benchmark population the sector is read against: industry (SBI 10–32, 383) or "
           "services (SBI 09, 33, 58–63, 69–74, 80–82), as the sector's definition says or chosen."))


def regions(alg):
    add(alg, QgsProcessingParameterFeatureSource(REGIONS, tr("Regions (polygons; or give a region-code field)"),
                                                 [compat.POLYGON_LAYER], optional=True),
        tr("Region polygons (COROP regions, municipalities, wijken …). Required unless the establishments "
           "carry a region-code field."))
    add(alg, QgsProcessingParameterField(REGION_ID_FIELD, tr("Region id field"), parentLayerParameterName=REGIONS,
                                         optional=True),
        tr("The regions' id (e.g. statcode); empty: the feature id."))
    add(alg, QgsProcessingParameterField(REGION_NAME_FIELD, tr("Region name field"),
                                         parentLayerParameterName=REGIONS, optional=True),
        tr("The regions' name, used in charts and reports; empty: the id."))
    add(alg, QgsProcessingParameterField(REGION_CODE_FIELD, tr("Region-code field on the establishments"),
                                         parentLayerParameterName=INPUT, optional=True),
        tr("Instead of region polygons, or matched to their id field: each establishment's region code."))
