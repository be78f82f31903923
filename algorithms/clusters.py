"""clusterindex:clusters — establishments of a sector in strong and very strong clusters."""
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterExpression, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QVariant

from ..plugin.styling import style_output_when_loaded
from . import points, sectors
from .core import benchmark as bm
from .scored import ScoredSubsetAlgorithm, class_labels, log_stats, stats_row

BENCHMARK_CHOICES = (None, "Benchmark industry", "Benchmark services")


class ClustersAlgorithm(ScoredSubsetAlgorithm):
    SECTOR = "SECTOR"
    SECTOR_EXPRESSION = "SECTOR_EXPRESSION"
    BENCHMARK = "BENCHMARK"
    THRESHOLDS = "THRESHOLDS"
    P90 = "P90"
    P95 = "P95"
    OUTPUT = "OUTPUT"
    OUTPUT_ALL = "OUTPUT_ALL"

    def name(self):
        return "clusters"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Strong and very strong clusters of a sector")

    def help_html(self):
        return self.tr(
            "<p>Finds the establishments of a sector that lie in <b>strong</b> clusters (D-score "
            "above the benchmark's 90th percentile) or <b>very strong</b> clusters (above the "
            "95th), as on the cluster maps of PBL/CBS.</p>"
            "<p><b>Sector</b>: a sector name from the sector definitions (default file: the two "
            "benchmarks, brainport SBI 26–29 and the top sectors, those marked approximate where "
            "official lists add firms), or a <b>sector expression</b> (for example "
            "<code>\"sbi\" LIKE '62%'</code>) which then takes precedence. The sector's D-scores "
            "are computed within the sector.</p>"
            "<p><b>Benchmark</b>: as the sector's definition says (industry sectors against the "
            "industry benchmark, services against services), or chosen. <b>Thresholds</b>: "
            "computed from the benchmark population in the same input (its D-scores within "
            "itself; percentiles by linear interpolation), the published values for the "
            "Netherlands 2011 (industry 0.0203 / 0.0269, services 0.0403 / 0.0579 — valid only "
            "for national data with d0 = 1 km), or the P90 and P95 entered here.</p>"
            "<p><b>Outputs</b>: the cluster establishments with <code>d_score</code> and "
            "<code>cluster</code> (“strong” or “very strong”), styled in two classes; optionally "
            "every establishment of the sector with its class (NULL below P90).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_input_parameters(sbi_optional=True)
        self.addParameter(QgsProcessingParameterString(
            self.SECTOR, self.tr("Sector (name in the sector definitions)"),
            defaultValue="Brainport activities", optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.SECTOR_EXPRESSION, self.tr("Sector expression (instead of a sector name)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.BENCHMARK, self.tr("Benchmark"),
            options=[self.tr("As the sector's definition says"), self.tr("Industry"),
                     self.tr("Services")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.THRESHOLDS, self.tr("Thresholds (P90, P95)"),
            options=[self.tr("Computed from the benchmark population in the input"),
                     self.tr("Published, the Netherlands 2011"), self.tr("Entered below")],
            defaultValue=0))
        for name, label in ((self.P90, self.tr("P90 (strong), 1/km")),
                            (self.P95, self.tr("P95 (very strong), 1/km"))):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Cluster establishments"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ALL, self.tr("All establishments of the sector"), QgsProcessing.TypeVectorPoint,
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source, label, table, sbi_field, jobs, floor, metric, factor, path = \
            self.read_input(parameters, context, feedback)
        expression = self.parameterAsExpression(parameters, self.SECTOR_EXPRESSION, context)
        sector_name = self.parameterAsString(parameters, self.SECTOR, context)
        choice = self.parameterAsEnum(parameters, self.BENCHMARK, context)
        thresholds = self.parameterAsEnum(parameters, self.THRESHOLDS, context)
        definitions = None
        if expression:
            mask = sectors.expression_members(source, expression, context, feedback)
            sector_label = expression
            benchmark_name = BENCHMARK_CHOICES[choice]
            if benchmark_name is None and thresholds != 2:
                raise QgsProcessingException(self.tr(
                    "A sector given by an expression has no definition naming its benchmark: "
                    "choose Industry or Services as benchmark."))
        else:
            if not sbi_field:
                raise QgsProcessingException(self.tr("Choose the SBI code field, or give a sector expression."))
            definitions = sectors.load_definitions(path)
            definition = sectors.find_definition(definitions, sector_name, path)
            mask = sectors.members(table.values[sbi_field], definition, feedback, label)
            sector_label = definition.name
            benchmark_name = BENCHMARK_CHOICES[choice] or definition.benchmark
        if feedback.isCanceled():
            return {}
        if not mask.any():
            raise QgsProcessingException(self.tr("No establishment of layer “{0}” is in the sector “{1}”.")
                                         .format(label, sector_label))
        feedback.pushInfo(self.tr("Sector “{0}”: {1} establishments.").format(sector_label, int(mask.sum())))

        p90, p95 = self.thresholds(parameters, context, feedback, thresholds, benchmark_name,
                                   definitions, path, table, sbi_field, floor, metric, factor, label)
        if p90 is None:
            return {}
        d = sectors.score_subset(table, mask, floor, metric, factor, feedback, (45.0, 85.0),
                                 self.method(parameters, context))
        if d is None:
            return {}
        log_stats(self, feedback, sector_label, stats_row(d[mask]))
        classes = bm.cluster_classes(d, p90, p95)
        in_cluster = mask & (classes >= bm.STRONG)
        feedback.pushInfo(self.tr("Strong (P90 {0:.4f} < D ≤ P95 {1:.4f}): {2}; very strong (D > P95): {3}.")
                          .format(p90, p95, int((mask & (classes == bm.STRONG)).sum()),
                                  int((mask & (classes == bm.VERY_STRONG)).sum())))
        extra = [("d_score", QVariant.Double, points.as_attribute_list(d)),
                 ("cluster", QVariant.String, class_labels(classes)),
                 ("jobs", QVariant.Double, points.as_attribute_list(jobs))]
        results = {self.OUTPUT: self.write_subset(parameters, self.OUTPUT, context, feedback, source,
                                                  table, in_cluster, extra, (85.0, 92.0))}
        style_output_when_loaded(context, results[self.OUTPUT], "clusters")
        if self.OUTPUT_ALL in parameters and parameters[self.OUTPUT_ALL] is not None:
            all_id = self.write_subset(parameters, self.OUTPUT_ALL, context, feedback, source,
                                       table, mask, extra, (92.0, 100.0))
            if all_id:
                results[self.OUTPUT_ALL] = all_id
                style_output_when_loaded(context, all_id, "clusters")
        return results

    def thresholds(self, parameters, context, feedback, mode, benchmark_name, definitions, path,
                   table, sbi_field, floor, metric, factor, label):
        if mode == 2:
            if parameters.get(self.P90) is None or parameters.get(self.P95) is None:
                raise QgsProcessingException(self.tr("Enter both P90 and P95, or choose other thresholds."))
            p90 = self.parameterAsDouble(parameters, self.P90, context)
            p95 = self.parameterAsDouble(parameters, self.P95, context)
            if p95 < p90:
                raise QgsProcessingException(self.tr("P95 ({0}) must not be below P90 ({1}).").format(p95, p90))
            return p90, p95
        if benchmark_name not in sectors.BENCHMARKS:
            raise QgsProcessingException(self.tr("Unknown benchmark “{0}”: use {1}.").format(
                benchmark_name, " or ".join(sectors.BENCHMARKS)))
        if mode == 1:
            p90, p95 = bm.PUBLISHED_NL_2011["industry" if benchmark_name == sectors.BENCHMARKS[0] else "services"]
            feedback.pushInfo(self.tr("Published thresholds (the Netherlands 2011, d0 = 1 km), {0}: "
                                      "P90 {1}, P95 {2}.").format(benchmark_name, p90, p95))
            return p90, p95
        if not sbi_field:
            raise QgsProcessingException(self.tr("Computing the benchmark needs the SBI code field."))
        definitions = definitions or sectors.load_definitions(path)
        benchmark = sectors.find_definition(definitions, benchmark_name, path)
        mask = sectors.members(table.values[sbi_field], benchmark, feedback, label)
        if mask.sum() < 2:
            raise QgsProcessingException(self.tr("The {0} has fewer than two establishments in layer "
                                                 "“{1}”: thresholds cannot be computed.").format(benchmark_name, label))
        d = sectors.score_subset(table, mask, floor, metric, factor, feedback, (10.0, 45.0),
                                 self.method(parameters, context))
        if d is None:
            return None, None
        row = stats_row(d[mask])
        log_stats(self, feedback, benchmark_name, row)
        return row["p90"], row["p95"]
