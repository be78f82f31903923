"""clusterindex:benchmark — D-scores within a benchmark population and its thresholds."""
import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)

from . import benchmarking, compat, outputs, parameters, reading, scoring, sectors, styling
from . import definitions as defs
from .base import ClusterIndexAlgorithm
from .core import benchmark as bm
from .core import dscore as core
from .definitions import QT_TRANSLATE_NOOP
from .outputs import Column
from .styling import style_output_when_loaded

BENCHMARK = "BENCHMARK"
OUTPUT = "OUTPUT"
OUTPUT_TABLE = "OUTPUT_TABLE"
# numeric outputs, for the Model Builder (clusters' P90 and P95, regionprofile's mean)
STAT_OUTPUTS = (("N", "n"), ("MEAN_D", "mean_d"), ("MEDIAN_D", "median_d"), ("MAX_D", "max_d"),
                ("P90", "p90"), ("P95", "p95"))


class BenchmarkAlgorithm(ClusterIndexAlgorithm):

    ID = "benchmark"
    NAME = QT_TRANSLATE_NOOP("BenchmarkAlgorithm", "Benchmark population and thresholds")
    TAGS = QT_TRANSLATE_NOOP("BenchmarkAlgorithm", "benchmark,percentile,P90,P95,threshold,industry,services,cluster")

    def initAlgorithm(self, config=None):
        parameters.establishments(self)
        parameters.sbi_field(self)
        parameters.add(self, QgsProcessingParameterEnum(
            BENCHMARK, self.tr("Benchmark population"),
            options=parameters.options(defs.BENCHMARK_POPULATION_OPTIONS), defaultValue=0),
            self.tr("Industry: SBI 10–32 and 383. Services: SBI 09, 33, 58–63, 69–74, 80–82."))
        parameters.jobs_field(self)
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Benchmark establishments"), compat.POINT_LAYER),
            self.tr("The benchmark population's establishments with d_score, d_decile, cluster and jobs."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_TABLE, self.tr("Benchmark statistics"), compat.ANY_LAYER),
            self.tr("One row: benchmark, n, mean_d, median_d, max_d, p90, p95."))
        for name, field in STAT_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr("Benchmark {0}").format(field)))

    def compute(self, run):
        est = reading.open_establishments(run, {"sbi": parameters.SBI_FIELD, "jobs": parameters.JOBS_FIELD})
        scoring.floor(run)
        name = defs.BENCHMARKS[run.enum(BENCHMARK)]
        sectors.find_definition(run, name)
        reading.read(run, est, (0.0, 10.0))

        stats, d, mask = benchmarking.compute(run, est, name, (10.0, 85.0))
        no_score = mask & ~np.isfinite(d)
        if no_score.any():
            run.warn(self.tr("{0} benchmark establishments without a location: NULL score.").format(
                int(no_score.sum())))
        classes = bm.cluster_classes(d, stats.p90, stats.p95)
        decile = core.deciles_within_groups(np.where(mask, d, np.nan))
        columns = [Column(defs.D_SCORE, "double", outputs.values(d)),
                   Column(defs.D_DECILE, "int", outputs.values(decile, integer=True, null_when=decile == 0)),
                   Column(defs.CLUSTER, "string", benchmarking.cluster_labels(classes)),
                   Column(defs.JOBS, "double", outputs.values(est.jobs))]
        dest = outputs.write_points(run, OUTPUT, est, columns, (85.0, 99.0), include=mask)
        style_output_when_loaded(run.context, dest, "dscore", name, styling.decile_labels(name))
        row = stats.row()
        table = outputs.write_table(run, OUTPUT_TABLE, [Column("benchmark", "string", [name])] + [
            Column(f, "int" if f == "n" else "double", [row[f]]) for f in defs.STAT_FIELDS])
        results = {OUTPUT: dest, OUTPUT_TABLE: table}
        results.update({key: row[field] for key, field in STAT_OUTPUTS})
        return results

