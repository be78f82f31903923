"""clusterindex:sectorsummary — every defined sector and both benchmarks in one table."""
import html

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination)
from qgis.PyQt.QtCore import QVariant

from . import sectors
from .scored import ScoredSubsetAlgorithm, log_stats, stats_row

FIRST = (("sector", QVariant.String), ("benchmark", QVariant.String), ("approximate", QVariant.String))
LAST = (("benchmark_mean_d", QVariant.Double), ("vs_benchmark", QVariant.String))


class SectorSummaryAlgorithm(ScoredSubsetAlgorithm):
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"

    def name(self):
        return "sectorsummary"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Sector summary (D-score per sector and benchmark)")

    def help_html(self):
        return self.tr(
            "<p>For every sector in the sector definitions and both benchmark populations: "
            "the number of establishments and the mean, median and maximum D-score (each "
            "sector's scores computed within the sector), the P90 and P95, the benchmark it "
            "is read against, and whether it is <b>more or less concentrated</b> than that "
            "benchmark (its mean D above or below the benchmark's) — the table of appendix 2 of "
            "PBL/CBS (Raspe et al. 2012).</p>"
            "<p><b>Outputs</b>: a table (save it as CSV, GeoPackage or XLSX) and an HTML page. "
            "Sectors without establishments in the input are listed with n = 0. Sectors marked "
            "approximate are SBI approximations of official definitions that add firm lists.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_input_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Sector summary"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Sector summary (HTML)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source, label, table, sbi_field, _, floor, metric, factor, path = \
            self.read_input(parameters, context, feedback)
        definitions = sectors.load_definitions(path)
        ordered = sorted(definitions, key=lambda d: d.name not in sectors.BENCHMARKS)
        rows = {}
        for k, definition in enumerate(ordered):
            if feedback.isCanceled():
                return {}
            span = (10.0 + 85.0 * k / len(ordered), 10.0 + 85.0 * (k + 1) / len(ordered))
            mask = sectors.members(table.values[sbi_field], definition, feedback, label, log=k == 0)
            d = sectors.score_subset(table, mask, floor, metric, factor, feedback, span,
                                     self.method(parameters, context))
            if d is None:
                return {}
            row = stats_row(d[mask])
            row.update(sector=definition.name, benchmark=definition.benchmark,
                       approximate="yes" if definition.approximate else "no")
            rows[definition.name] = row
            log_stats(self, feedback, definition.name, row)
        for row in rows.values():
            bench = rows.get(row["benchmark"])
            row["benchmark_mean_d"] = bench["mean_d"] if bench else np.nan
            if bench is None or row["n"] == 0 or not np.isfinite(bench["mean_d"]):
                row["vs_benchmark"] = None
            elif row["sector"] == row["benchmark"]:
                row["vs_benchmark"] = "benchmark"
            else:
                row["vs_benchmark"] = "more" if row["mean_d"] > bench["mean_d"] else "less"
        ordered_rows = [rows[d.name] for d in ordered]
        results = {self.OUTPUT: self.write_stats_table(parameters, self.OUTPUT, context, ordered_rows,
                                                       FIRST, LAST)}
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            write_html(html_path, ordered_rows, label)
            results[self.OUTPUT_HTML] = html_path
        return results


def _fmt(value, digits=4):
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return ""
    return "{0:.{1}f}".format(value, digits) if isinstance(value, float) else html.escape(str(value))


def write_html(path, rows, label):
    head = ("Sector", "Benchmark", "Establishments", "Mean D", "Median D", "Max D", "P90", "P95",
            "Benchmark mean D", "Concentration vs benchmark")
    keys = ("sector", "benchmark", "n", "mean_d", "median_d", "max_d", "p90", "p95",
            "benchmark_mean_d", "vs_benchmark")
    lines = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Sector summary</title>",
             "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
             "td:first-child,td:nth-child(2){text-align:left}</style></head><body>",
             "<h1>Sector summary: D-scores (1/km)</h1><p>Establishments: %s. Sectors marked * are "
             "approximate SBI definitions.</p><table><tr>" % html.escape(label)]
    lines.append("".join("<th>%s</th>" % h for h in head) + "</tr>")
    for row in rows:
        cells = [_fmt(row[k]) for k in keys]
        if row["approximate"] == "yes":
            cells[0] += " *"
        lines.append("<tr>" + "".join("<td>%s</td>" % c for c in cells) + "</tr>")
    lines.append("</table><p>Method: PBL/CBS, Raspe et al. (2012); Sorenson &amp; Audia (2000); "
                 "Scholl &amp; Brenner (2011).</p></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
