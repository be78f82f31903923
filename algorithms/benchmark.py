"""clusterindex:benchmark — D-scores within a benchmark population and its thresholds."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink)
from qgis.PyQt.QtCore import QVariant

from ..plugin.styling import style_output_when_loaded
from . import points, sectors
from .core import benchmark as bm
from .core import dscore as core
from .scored import ScoredSubsetAlgorithm, class_labels, log_stats, stats_row


class BenchmarkAlgorithm(ScoredSubsetAlgorithm):
    BENCHMARK = "BENCHMARK"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def name(self):
        return "benchmark"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Benchmark population and thresholds")

    def help_html(self):
        return self.tr(
            "<p>Computes the D-score of every establishment of a <b>benchmark population</b>, "
            "within that population, and its statistics: N, mean, median, maximum, and the 90th "
            "and 95th percentiles that mark strong and very strong clusters.</p>"
            "<p><b>Industry benchmark</b>: SBI 10–32 and 383. <b>Services benchmark</b>: SBI 09, "
            "33, 58–63, 69, 70–74, 80–82 (consumer services, utilities, government, education and "
            "trade follow population and are left out). Definitions come from the sector "
            "definitions file (sectors “Benchmark industry” and “Benchmark services”).</p>"
            "<p><b>SBI codes</b> are read as they come: 4711, 47.11, 47110, 0113, 01.13, 113 (a "
            "a leading zero lost: 0113; but 383 is group 38.3, as no class 0383 exists), G4711, numbers stored as "
            "integers or reals. Unreadable codes are in no sector and counted in the log.</p>"
            "<p><b>Outputs</b>: the benchmark's establishments with <code>d_score</code>, "
            "<code>d_decile</code> and <code>cluster</code> (strong: D above P90; very strong: "
            "above P95; percentiles by linear interpolation); and a one-row table "
            "(n, mean_d, median_d, max_d, p90, p95). Establishments outside the benchmark are "
            "not in the output (the log counts them). Published values for the Netherlands 2011: "
            "industry P90 0.0203 / P95 0.0269, services 0.0403 / 0.0579 (1/km).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_input_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            self.BENCHMARK, self.tr("Benchmark population"),
            options=[self.tr("Industry (SBI 10–32, 383)"),
                     self.tr("Services (SBI 09, 33, 58–63, 69–74, 80–82)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Benchmark establishments"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Benchmark statistics"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source, label, table, sbi_field, jobs, floor, metric, factor, path = \
            self.read_input(parameters, context, feedback)
        name = sectors.BENCHMARKS[self.parameterAsEnum(parameters, self.BENCHMARK, context)]
        definition = sectors.find_definition(sectors.load_definitions(path), name, path)
        mask = sectors.members(table.values[sbi_field], definition, feedback, label)
        feedback.pushInfo(self.tr("{0}: {1} of {2} establishments ({3}).").format(
            name, int(mask.sum()), len(table), ", ".join(definition.items)))
        if not mask.any():
            raise QgsProcessingException(self.tr("No establishment of layer “{0}” is in the {1} "
                                                 "(SBI {2}).").format(label, name, ", ".join(definition.items)))
        d = sectors.score_subset(table, mask, floor, metric, factor, feedback, (10.0, 85.0),
                                 self.method(parameters, context))
        if d is None:
            return {}
        row = stats_row(d[mask])
        log_stats(self, feedback, name, row)
        classes = bm.cluster_classes(d, row["p90"], row["p95"])
        no_score = mask & ~np.isfinite(d)
        if no_score.any():
            feedback.pushWarning(self.tr("{0} benchmark establishments without a location: NULL score.")
                                 .format(int(no_score.sum())))
        decile = core.deciles_within_groups(np.where(mask, d, np.nan))
        dest = self.write_subset(parameters, self.OUTPUT, context, feedback, source, table, mask, [
            ("d_score", QVariant.Double, points.as_attribute_list(d)),
            ("d_decile", QVariant.Int, points.as_attribute_list(decile, True, decile == 0)),
            ("cluster", QVariant.String, class_labels(classes)),
            ("jobs", QVariant.Double, points.as_attribute_list(jobs))], (85.0, 99.0))
        row["benchmark"] = name
        table_id = self.write_stats_table(parameters, self.OUTPUT_TABLE, context, [row],
                                          (("benchmark", QVariant.String),))
        style_output_when_loaded(context, dest, "dscore")
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: table_id}
