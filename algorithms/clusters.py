"""clusterindex:clusters — establishments of a sector in strong and very strong clusters."""
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from . import benchmarking, compat, outputs, parameters, reading, scoring, sectors, styling
from . import definitions as defs
from . import randomlabelling as rl
from .base import ClusterIndexAlgorithm
from .benchmarking import P90, P95, THRESHOLDS
from .core import benchmark as bm
from .definitions import QT_TRANSLATE_NOOP
from .i18n import tr
from .outputs import Column
from .styling import style_output_when_loaded

OUTPUT = "OUTPUT"
OUTPUT_ALL = "OUTPUT_ALL"
SIGNIFICANT = "SIGNIFICANT"


class ClustersAlgorithm(ClusterIndexAlgorithm):

    ID = "clusters"
    NAME = QT_TRANSLATE_NOOP("ClustersAlgorithm", "Strong and very strong clusters of a sector")
    TAGS = QT_TRANSLATE_NOOP("ClustersAlgorithm", "cluster,strong,very strong,P90,P95,benchmark,sector,map")

    def initAlgorithm(self, config=None):
        parameters.sector_inputs(self, "Brainport activities", by_field=False)
        parameters.benchmark_choice(self)
        parameters.add(self, QgsProcessingParameterEnum(
            THRESHOLDS, self.tr("Thresholds (P90, P95)"), options=parameters.options(defs.THRESHOLD_OPTIONS),
            defaultValue=int(defs.BenchmarkSource.COMPUTED)),
            self.tr("Computed from the benchmark population in the input; the published values for the "
                    "Netherlands 2011 (national data, d0 = 1 km only); or entered below."))
        for name, label in ((P90, self.tr("P90 (strong), 1/km")), (P95, self.tr("P95 (very strong), 1/km"))):
            number = QgsProcessingParameterNumber(name, label, compat.DOUBLE, optional=True,
                                                  minValue=0.0)
            number.setMetadata({"widget_wrapper": {"decimals": 4}})
            parameters.add(self, number, self.tr("Used when the thresholds are entered; in a model, the output "
                                                 "of Benchmark population and thresholds."))
        parameters.add(self, QgsProcessingParameterBoolean(
            SIGNIFICANT, self.tr("Significant clusters only (random labelling)"), defaultValue=False, optional=True),
            self.tr("Keep only the cluster establishments whose D-score is also significant by random labelling "
                    "within the benchmark population together with the sector (Benjamini–Hochberg, α = 0.05); "
                    "adds d_p."))
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Cluster establishments"), compat.POINT_LAYER),
            self.tr("The sector's establishments in strong or very strong clusters, with d_score and "
                    "cluster."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_ALL, self.tr("All establishments of the sector"), compat.POINT_LAYER,
            optional=True, createByDefault=False),
            self.tr("Optional: every establishment of the sector with its d_score and cluster (NULL "
                               "below P90)."))

    def compute(self, run):
        est = reading.open_establishments(run, {"sbi": parameters.SBI_FIELD, "jobs": parameters.JOBS_FIELD})
        scoring.floor(run)
        how = sectors.plan(run)
        name = benchmarking.chosen_name(run, how[1] if how[0] == "definition" else None)
        benchmarking.check(run, run.enum(THRESHOLDS), name, (P90, P95), self.tr("both P90 and P95"))
        reading.read(run, est, (0.0, 10.0))

        sector = sectors.choose(run, est, how)
        sectors.log_sector(run, est, sector)
        p90, p95 = benchmarking.thresholds(run, est, name, (10.0, 45.0))
        significant = self.parameterAsBoolean(run.parameters, SIGNIFICANT, run.context)
        d = scoring.score_subset(run, est, sector.mask, (45.0, 65.0 if significant else 85.0))
        benchmarking.Stats.of(sector.label, d[sector.mask]).log(run, percentiles=False)
        classes = bm.cluster_classes(d, p90, p95)
        strong = sector.mask & (classes == bm.STRONG)
        very_strong = sector.mask & (classes == bm.VERY_STRONG)
        run.info(self.tr("Strong (P90 {0:.4f} < D ≤ P95 {1:.4f}): {2}; very strong (D > P95): {3}.").format(
            p90, p95, int(strong.sum()), int(very_strong.sum())))

        columns = [Column(defs.D_SCORE, "double", outputs.values(d)),
                   Column(defs.CLUSTER, "string", benchmarking.cluster_labels(classes)),
                   Column(defs.JOBS, "double", outputs.values(est.jobs))]
        if significant:
            strong, very_strong, p = significant_only(run, est, sector, name, strong, very_strong)
            columns.append(Column(rl.D_P, "double", outputs.values(p)))
        layer_name = self.tr("Clusters: {0} (P90 {1:.4f}, P95 {2:.4f})").format(sector.label, p90, p95)
        results = {OUTPUT: outputs.write_points(run, OUTPUT, est, columns, (85.0, 92.0), include=strong | very_strong)}
        labels = styling.cluster_labels(sector.label, p90, p95)
        style_output_when_loaded(run.context, results[OUTPUT], "clusters", layer_name, labels)
        if run.parameters.get(OUTPUT_ALL) is not None:
            results[OUTPUT_ALL] = outputs.write_points(run, OUTPUT_ALL, est, columns, (92.0, 100.0),
                                                       include=sector.mask)
            style_output_when_loaded(run.context, results[OUTPUT_ALL], "clusters",
                                     self.tr("{0}: all establishments").format(sector.label), labels)
        return results


def significant_only(run, est, sector, name, strong, very_strong):
    """The strong and very strong cluster establishments that are also significant by random
    labelling within the benchmark population with the sector (without a benchmark: the
    whole layer); and every establishment's p-value."""
    if name is None or not est.fields.get("sbi"):
        run.warn(tr("No benchmark population to test against (the sector names no benchmark, or no SBI code field "
                    "is given): the significance is tested within the whole layer."))
        control = ("layer", None)
    else:
        control = ("benchmark", name)
    result = rl.labelling(run, est, sector.mask, rl.control_mask(run, est, control, sector.mask), (65.0, 85.0),
                          (0.05, "auto", 99, rl.DEFAULT_SEED, 30))
    keep = result.significant
    run.info(tr("Significant clusters only: {0} strong and {1} very strong cluster establishments of {2} and {3} "
                "are significant.").format(int((strong & keep).sum()), int((very_strong & keep).sum()),
                                          int(strong.sum()), int(very_strong.sum())))
    return strong & keep, very_strong & keep, result.p
