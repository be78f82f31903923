"""clusterindex:regionprofile — specialisation (LQ), concentration (mean D) and mass (jobs)
of a sector per region, the region types and the bubble chart (METHOD.md §3–§4)."""
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputFile,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QVariant

from ..plugin.styling import style_output_when_loaded
from . import charts, points, sectors
from .core import benchmark as bm
from .core import regions as core
from .regional import (REGION_RULES_HTML, SECTOR_HTML, RegionalAlgorithm, column, fmt, html_page,
                       html_table)

BENCHMARK_CHOICES = (None, "Benchmark industry", "Benchmark services")


class RegionProfileAlgorithm(RegionalAlgorithm):
    LQ_BASIS = "LQ_BASIS"
    D_SCORE_FIELD = "D_SCORE_FIELD"
    DISTANCE_FLOOR = "DISTANCE_FLOOR"
    BENCHMARK = "BENCHMARK"
    BENCHMARK_MEAN = "BENCHMARK_MEAN"
    BENCHMARK_MEAN_D = "BENCHMARK_MEAN_D"
    LARGE_VOLUME = "LARGE_VOLUME"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_CHART = "OUTPUT_CHART"
    OUTPUT_SVG = "OUTPUT_SVG"
    OUTPUT_HTML = "OUTPUT_HTML"

    def name(self):
        return "regionprofile"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Regional profile of a sector (LQ, mean D-score, jobs, bubble chart)")

    def tags(self):
        return self.tr("location quotient,LQ,specialisation,concentration,mass,region type,bubble chart,"
                       "COROP,cluster,PBL,CBS").split(",")

    def help_html(self):
        return self.tr(
            "<p>For one sector, per region: <b>specialisation</b> — the location quotient "
            "LQ = (E(s,r)/E(r)) / (E(s)/E) —, <b>concentration</b> — the mean D-score of the "
            "sector's establishments in the region — and <b>mass</b> — the sector's jobs in the "
            "region; the region types and the bubble chart of the PBL/CBS reports (appendix 3).</p>"
            "<p><b>LQ basis</b>: establishments (the reports' choice: clustering is about many firms, "
            "not one big employer) or jobs. E(s) and E, the national totals, are those of the whole "
            "input layer, also its establishments outside every region. LQ = 1 is the national "
            "average, above 1 the sector is over-represented. Known weaknesses: the LQ depends on "
            "the region division (the modifiable areal unit problem) and underrates clusters in "
            "large, diverse cities — which is why the D-score exists.</p>") + SECTOR_HTML + self.tr(
            "<p><b>D-scores</b>: a field holding them (from <i>Cluster index (D-score)</i>), or empty: "
            "computed here within the sector, with the distance floor. NULL scores are left out of "
            "the mean.</p>"
            "<p><b>Region types</b> (top-sector note, table 1), with <i>clustered</i> = mean D above "
            "the benchmark's mean D, <i>specialised</i> = LQ > 1, <i>large volume</i> = sector jobs "
            "at least the threshold (the reports fix no number; empty: the median of the regions "
            "that have the sector): 1 clustered, large, specialised (big bubbles top right); "
            "2 clustered, small, specialised (many small firms); 3 clustered, large, not specialised "
            "(big diverse agglomerations); 4 clustered, small, not specialised; 5 specialised, not "
            "clustered (often one large firm); 6 neither. NULL where LQ or mean D is undefined. "
            "The benchmark mean D is computed from the benchmark population in the input (needs the "
            "SBI field), the published value for the Netherlands 2011 (industry 0.0185, services "
            "0.0257; national data, d0 = 1 km only), or entered.</p>") + REGION_RULES_HTML + self.tr(
            "<p><b>Outputs</b>: the regions with <code>n_sector</code>, <code>n_total</code>, "
            "<code>jobs_sector</code>, <code>jobs_total</code>, <code>jobs_share</code> (share of "
            "the national sector jobs, 0–1), <code>lq</code>, <code>mean_d</code>, "
            "<code>n_scored</code> (establishments in the mean), <code>region_type</code> and "
            "<code>type_label</code>, styled by type; the same as a table; the bubble chart "
            "(x = LQ, y = mean D, area ∝ jobs, lines at LQ = 1 and the benchmark mean) as PNG, "
            "with an SVG beside it; and an HTML report with chart and table.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_establishment_parameters("Brainport activities")
        self.add_region_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            self.LQ_BASIS, self.tr("LQ basis"), options=[self.tr("Establishments"), self.tr("Jobs")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.D_SCORE_FIELD, self.tr("D-score field (empty: computed within the sector)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE_FLOOR, self.tr("Distance floor d0 (metres)"),
            QgsProcessingParameterNumber.Double, defaultValue=1000.0, minValue=0.0))
        self.add_method_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            self.BENCHMARK, self.tr("Benchmark"),
            options=[self.tr("As the sector's definition says"), self.tr("Industry"), self.tr("Services")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.BENCHMARK_MEAN, self.tr("Benchmark mean D"),
            options=[self.tr("Computed from the benchmark population in the input"),
                     self.tr("Published, the Netherlands 2011"), self.tr("Entered below")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BENCHMARK_MEAN_D, self.tr("Benchmark mean D (1/km)"), QgsProcessingParameterNumber.Double,
            optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LARGE_VOLUME, self.tr("Large job volume: at least this many sector jobs (empty: median)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Regional profile"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Regional profile table"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Bubble chart (PNG; an SVG is written beside it)"),
            self.tr("PNG files (*.png)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True))
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_SVG, self.tr("Bubble chart (SVG)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        read = self.read_establishments(parameters, context, feedback, (self.D_SCORE_FIELD,))
        if read is None:
            return {}
        source, label, table, jobs = read
        mask, sector_label, definition = self.sector_selection(parameters, context, feedback, source,
                                                               table, label)
        if feedback.isCanceled():
            return {}
        if not mask.any():
            raise QgsProcessingException(self.tr("No establishment of layer “{0}” is in the sector “{1}”.")
                                         .format(label, sector_label))
        feedback.pushInfo(self.tr("Sector “{0}”: {1} of {2} establishments.").format(
            sector_label, int(mask.sum()), len(table)))
        regions, index = self.assign_regions(parameters, context, feedback, source, table)
        if regions is None or feedback.isCanceled():
            return {}

        d = self.sector_scores(parameters, context, feedback, source, table, mask, label)
        if d is False:
            return {}
        basis = ("establishments", "jobs")[self.parameterAsEnum(parameters, self.LQ_BASIS, context)]
        result = core.profile(index, len(regions), mask, jobs, d, basis)

        bench_mean, bench_label = np.nan, ""
        if d is not None and np.isfinite(result["mean_d"]).any():
            bench_mean, bench_label = self.benchmark_mean(parameters, context, feedback, source, table,
                                                          definition, label)
            if bench_mean is None:
                return {}
        if parameters.get(self.LARGE_VOLUME) is not None:
            large = self.parameterAsDouble(parameters, self.LARGE_VOLUME, context)
        else:
            large = core.default_large_volume(result["jobs_sector"], result["n_sector"])
        types = core.region_types(result["lq"], result["mean_d"], result["jobs_sector"],
                                  bench_mean if np.isfinite(bench_mean) else np.inf, large)
        if not np.isfinite(bench_mean):
            types[:] = 0
        feedback.pushInfo(self.tr("Large job volume: at least {0:,.1f} sector jobs.").format(large))
        self.log_summary(feedback, regions, result, types)

        labels = [core.TYPE_LABELS.get(int(t)) for t in types]
        columns = [("n_sector", QVariant.Int, result["n_sector"].tolist()),
                   ("n_total", QVariant.Int, result["n_total"].tolist()),
                   ("jobs_sector", QVariant.Double, column(result["jobs_sector"])),
                   ("jobs_total", QVariant.Double, column(result["jobs_total"])),
                   ("jobs_share", QVariant.Double, column(result["jobs_share"])),
                   ("lq", QVariant.Double, column(result["lq"])),
                   ("mean_d", QVariant.Double, column(result["mean_d"])),
                   ("n_scored", QVariant.Int, result["n_scored"].tolist()),
                   ("region_type", QVariant.Int, [int(t) if t else None for t in types.tolist()]),
                   ("type_label", QVariant.String, labels)]
        results = {self.OUTPUT: self.write_regions(parameters, self.OUTPUT, context, feedback, regions,
                                                   columns)}
        style_output_when_loaded(context, results[self.OUTPUT], "regionprofile")
        results[self.OUTPUT_TABLE] = self.write_table(parameters, self.OUTPUT_TABLE, context, regions,
                                                      columns)
        feedback.setProgress(92)

        png = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if png or html_path:
            svg_path = os.path.splitext(png)[0] + ".svg" if png else ""
            title = self.tr("{0}: specialisation, concentration and jobs per region").format(sector_label)
            note = self.tr("Establishments: {0}. Bubble area ∝ sector jobs; LQ basis: {1}. {2}").format(
                label, basis, bench_label)
            svg, drawn, labelled = charts.bubble_chart(
                png, svg_path, regions.names, result["lq"], result["mean_d"], result["jobs_sector"],
                types, bench_mean, title, note, type_labels=core.TYPE_LABELS)
            feedback.pushInfo(self.tr("Bubble chart: {0} regions drawn, {1} labelled.").format(drawn, labelled))
            if png:
                results[self.OUTPUT_CHART] = png
                results[self.OUTPUT_SVG] = svg_path
            if html_path:
                write_report(html_path, title, note, svg, regions, result, types, labels)
                results[self.OUTPUT_HTML] = html_path
        return results

    def sector_scores(self, parameters, context, feedback, source, table, mask, label):
        """D-scores: from the field, or computed within the sector; None when there are
        none (no locations); False when canceled."""
        field = self.parameterAsString(parameters, self.D_SCORE_FIELD, context)
        if field:
            values = table.values[field]
            return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
        if not np.isfinite(table.x[mask]).any():
            feedback.pushWarning(self.tr("The sector's establishments have no locations and no D-score "
                                         "field is given: mean D and region types are NULL."))
            return None
        metric, factor = self.metric(source, table, label, feedback)
        floor = self.parameterAsDouble(parameters, self.DISTANCE_FLOOR, context)
        d = sectors.score_subset(table, mask, floor, metric, factor, feedback, (40.0, 70.0),
                                 self.method(parameters, context))
        return False if d is None else d

    def metric(self, source, table, label, feedback):
        metric, factor, how = points.distance_metric(source.sourceCrs(), label)
        feedback.pushInfo(how)
        points.check_degrees(table, metric, source.sourceCrs(), label)
        return metric, factor

    def benchmark_mean(self, parameters, context, feedback, source, table, definition, label):
        """(mean D of the benchmark, text for the chart); NaN when no benchmark can be
        named (types stay NULL); None when canceled."""
        mode = self.parameterAsEnum(parameters, self.BENCHMARK_MEAN, context)
        if mode == 2:
            if parameters.get(self.BENCHMARK_MEAN_D) is None:
                raise QgsProcessingException(self.tr("Enter the benchmark mean D, or choose another "
                                                     "benchmark mean."))
            value = self.parameterAsDouble(parameters, self.BENCHMARK_MEAN_D, context)
            return value, self.tr("Benchmark mean D entered: {0:.4f}.").format(value)
        name = BENCHMARK_CHOICES[self.parameterAsEnum(parameters, self.BENCHMARK, context)] or (
            definition.benchmark if definition is not None else None)
        if name not in sectors.BENCHMARKS:
            feedback.pushWarning(self.tr("No benchmark is known for this sector (it has no definition "
                                         "naming one): choose Industry or Services, or enter the "
                                         "benchmark mean D. Region types are NULL."))
            return np.nan, ""
        if mode == 1:
            value = bm.PUBLISHED_MEAN_NL_2011["industry" if name == sectors.BENCHMARKS[0] else "services"]
            feedback.pushInfo(self.tr("{0}: published mean D, the Netherlands 2011: {1}.").format(name, value))
            return value, self.tr("{0}, mean D published for NL 2011: {1:.4f}.").format(name, value)
        sbi_field = self.parameterAsString(parameters, self.SBI_FIELD, context)
        if not sbi_field:
            raise QgsProcessingException(self.tr("Computing the benchmark mean D needs the SBI code field "
                                                 "(or choose the published or an entered value)."))
        path = self.parameterAsFile(parameters, self.DEFINITIONS, context)
        benchmark = sectors.find_definition(sectors.load_definitions(path), name, path)
        bmask = sectors.members(table.values[sbi_field], benchmark, feedback, label, log=False)
        bmask &= np.isfinite(table.x)
        if bmask.sum() < 2:
            raise QgsProcessingException(self.tr("The {0} has fewer than two located establishments in "
                                                 "layer “{1}”: its mean D cannot be computed.").format(name, label))
        metric, factor = self.metric(source, table, label, feedback)
        floor = self.parameterAsDouble(parameters, self.DISTANCE_FLOOR, context)
        d = sectors.score_subset(table, bmask, floor, metric, factor, feedback, (70.0, 88.0),
                                 self.method(parameters, context))
        if d is None:
            return None, ""
        value = float(np.nanmean(d[bmask]))
        feedback.pushInfo(self.tr("{0}: {1} establishments, mean D {2:.5f} (1/km).").format(
            name, int(bmask.sum()), value))
        return value, self.tr("{0} (computed, N = {1}): mean D {2:.4f}.").format(name, int(bmask.sum()), value)

    def log_summary(self, feedback, regions, result, types):
        empty = int((result["n_total"] == 0).sum())
        if empty:
            feedback.pushInfo(self.tr("{0} regions have no establishments: zeros, LQ NULL.").format(empty))
        none = int(((result["n_total"] > 0) & (result["n_sector"] == 0)).sum())
        if none:
            feedback.pushInfo(self.tr("{0} regions have none of the sector: LQ 0, mean D NULL.").format(none))
        counts = np.bincount(types, minlength=7)
        feedback.pushInfo(self.tr("Region types: {0}.").format(
            ", ".join("{0}: {1}".format(t, counts[t]) for t in range(1, 7)) + ", NULL: {0}".format(counts[0])))


def write_report(path, title, note, svg, regions, result, types, labels):
    head = ("Region id", "Region", "Establishments (sector)", "Establishments (all)", "Jobs (sector)",
            "Share of national sector jobs", "LQ", "Mean D (1/km)", "Type")
    order = np.argsort(-result["jobs_sector"], kind="stable")
    rows = [[fmt(regions.ids[k]), fmt(regions.names[k]), fmt(int(result["n_sector"][k])),
             fmt(int(result["n_total"][k])), fmt(float(result["jobs_sector"][k]), 0),
             fmt(float(result["jobs_share"][k]), 4), fmt(float(result["lq"][k]), 3),
             fmt(float(result["mean_d"][k]), 4), fmt(labels[k] or "")] for k in order]
    body = "<p>%s</p>%s<h2>Regions, by sector jobs</h2>%s" % (fmt(note), svg, html_table(head, rows))
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page(title, body))
