"""clusterindex:sectorprofiles — the regional profile of every sector in one run: the long
table, the note's appendix 3 (jobs, specialisation, concentration per region and sector),
table 1 (regions of type 1–3 per sector), table 2 (per parent region), figure 1 (mean D
per sector against both benchmarks) and a report (PBL/CBS top-sector note, seed 003)."""
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from . import compat, parameters, profiling, reading, regions, scoring, sectorruns, totals, wholeeconomy
from . import definitions as defs
from .base import ClusterIndexAlgorithm
from .benchmarking import BENCHMARK_MEAN
from .definitions import QT_TRANSLATE_NOOP

SECTORS = "SECTORS"
PARENT_FIELD = "PARENT_FIELD"
LQ_BASIS = "LQ_BASIS"
D_SCORE_FIELD = "D_SCORE_FIELD"
MEAN_INDUSTRY = "BENCHMARK_MEAN_INDUSTRY"
MEAN_SERVICES = "BENCHMARK_MEAN_SERVICES"
OUTPUTS = ("OUTPUT", "OUTPUT_WIDE", "OUTPUT_TABLE1", "OUTPUT_TABLE2", "OUTPUT_FIGURE", "OUTPUT_FIGURE_SVG",
           "OUTPUT_HTML")
ROLES = {"sbi": parameters.SBI_FIELD, "sector": parameters.SECTOR_FIELD, "jobs": parameters.JOBS_FIELD,
         "region_code": parameters.REGION_CODE_FIELD, "d_score": D_SCORE_FIELD}


class SectorProfilesAlgorithm(ClusterIndexAlgorithm):
    ID = "sectorprofiles"
    NAME = QT_TRANSLATE_NOOP("SectorProfilesAlgorithm", "Regional profiles of all sectors")
    TAGS = QT_TRANSLATE_NOOP("SectorProfilesAlgorithm",
                             "whole economy,all sectors,appendix 3,top sectors,landsdeel,province,location quotient,"
                             "LQ,specialisation,concentration,region type,COROP,PBL,CBS")

    def initAlgorithm(self, config=None):
        parameters.establishments(self, tables_too=True)
        parameters.sbi_field(self, optional=True)
        parameters.add(self, QgsProcessingParameterString(
            SECTORS, self.tr("Sectors (names in the sector definitions, separated by ;)"), optional=True),
            self.tr("Empty: every sector of the definitions except the two benchmarks."))
        parameters.add(self, QgsProcessingParameterField(
            parameters.SECTOR_FIELD, self.tr("Sector field (every value a sector; instead of the definitions)"),
            parentLayerParameterName=parameters.INPUT, optional=True),
            self.tr("For example an A10 field: every distinct value is a sector of its own."))
        parameters.jobs_field(self)
        parameters.regions(self)
        parameters.add(self, QgsProcessingParameterField(
            PARENT_FIELD, self.tr("Parent region field (province, landsdeel) for table 2"),
            parentLayerParameterName=parameters.REGIONS, optional=True),
            self.tr("A field of the regions naming the larger region they belong to, e.g. landsdeel in the "
                    "bundled COROP layer."))
        parameters.add(self, QgsProcessingParameterEnum(
            LQ_BASIS, self.tr("LQ basis"), options=parameters.options(defs.LQ_BASIS_OPTIONS), defaultValue=0),
            self.tr("Count establishments (the reports' choice) or jobs in the location quotient."))
        parameters.add(self, QgsProcessingParameterField(
            D_SCORE_FIELD, self.tr("D-score field (empty: computed within each sector)"),
            parentLayerParameterName=parameters.INPUT, type=compat.NUMERIC_FIELD, optional=True),
            self.tr("Only for sectors that do not overlap (a sector field), with D-scores computed within them."),
            advanced=True)
        parameters.benchmark_choice(self)
        self.add_benchmark_parameters()
        profiling.add_parameters(self)
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        wholeeconomy.add_outputs(self, OUTPUTS)

    def add_benchmark_parameters(self):
        parameters.add(self, QgsProcessingParameterEnum(
            BENCHMARK_MEAN, self.tr("Benchmark means D"), options=parameters.options(defs.THRESHOLD_OPTIONS),
            defaultValue=int(defs.BenchmarkSource.COMPUTED)),
            self.tr("The lines between clustered and not clustered: both benchmark populations' mean D computed "
                    "from the input, published (NL 2011: industry 0.0185, services 0.0257), or entered."))
        for name, label in ((MEAN_INDUSTRY, self.tr("Benchmark mean D, industry (1/km)")),
                            (MEAN_SERVICES, self.tr("Benchmark mean D, services (1/km)"))):
            number = QgsProcessingParameterNumber(name, label, compat.DOUBLE, optional=True, minValue=0.0)
            number.setMetadata({"widget_wrapper": {"decimals": 4}})
            parameters.add(self, number, self.tr("Used when the benchmark means are entered."))
        self.addOutput(QgsProcessingOutputFile("OUTPUT_FIGURE_SVG", self.tr("Figure 1 (SVG)")))

    def compute(self, run):
        d_field = run.string(D_SCORE_FIELD)
        est = reading.open_establishments(run, ROLES, points_only=False, metric=not d_field)
        chosen = sectorruns.plan(run)
        region_source = regions.check(run)
        means = sectorruns.check_benchmarks(run, chosen, (MEAN_INDUSTRY, MEAN_SERVICES))
        if not d_field:
            scoring.floor(run)
        mode = profiling.large_volume_mode(run)
        reference = totals.read(run)
        reading.read(run, est, (0.0, 10.0))

        found, index = regions.assign(run, region_source, est, (10.0, 20.0))
        population = sectorruns.members(run, est, chosen, means)
        scores = sectorruns.scores(run, est, population, d_field, (20.0, 85.0))
        bench_means = sectorruns.benchmark_means(run, population, scores, means)
        if reference is not None:
            totals.log_frame(run, est)
        basis = ("establishments", "jobs")[run.enum(LQ_BASIS)]
        profiles = sectorruns.profiles(run, est, index, found, population, scores, bench_means,
                                       (basis, reference, mode, run.integer(profiling.MIN_COUNT)))
        parents = wholeeconomy.parents(run, found, PARENT_FIELD)
        return wholeeconomy.write(run, OUTPUTS, found, parents, profiles, bench_means, est.label)
