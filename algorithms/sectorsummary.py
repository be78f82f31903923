"""clusterindex:sectorsummary — every defined sector and both benchmarks in one table."""
import numpy as np
from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination

from . import benchmarking, compat, outputs, parameters, reading, reports, scoring, sectors
from . import definitions as defs
from .base import ClusterIndexAlgorithm
from .definitions import QT_TRANSLATE_NOOP
from .i18n import tr
from .outputs import Column

OUTPUT = "OUTPUT"
OUTPUT_HTML = "OUTPUT_HTML"


class SectorSummaryAlgorithm(ClusterIndexAlgorithm):

    ID = "sectorsummary"
    NAME = QT_TRANSLATE_NOOP("SectorSummaryAlgorithm", "Sector summary (D-score per sector)")
    TAGS = QT_TRANSLATE_NOOP("SectorSummaryAlgorithm", "sector,summary,appendix 2,mean,median,benchmark,concentration")

    def initAlgorithm(self, config=None):
        parameters.establishments(self)
        parameters.sbi_field(self)
        parameters.jobs_field(self)
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(OUTPUT, self.tr("Sector summary"),
                                                            compat.ANY_LAYER),
                       self.tr("One row per sector and benchmark: n, mean_d, median_d, max_d, p90, p95 and the "
                               "comparison with its benchmark."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_HTML, self.tr("Sector summary (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True),
            self.tr("The same table as a web page."))

    def compute(self, run):
        est = reading.open_establishments(run, {"sbi": parameters.SBI_FIELD, "jobs": parameters.JOBS_FIELD})
        scoring.floor(run)
        definitions = sectors.load_definitions(run)
        reading.warn_sector_field(run, est, "sbi")
        reading.read(run, est, (0.0, 10.0))
        reading.log_locations(run, est)

        ordered = sorted(definitions, key=lambda d: d.name not in defs.BENCHMARKS)
        rows = {}
        for k, definition in enumerate(ordered):
            span = (10.0 + 85.0 * k / len(ordered), 10.0 + 85.0 * (k + 1) / len(ordered))
            mask = sectors.members(run, est, definition)
            d = scoring.score_subset(run, est, mask, span)
            stats = benchmarking.Stats.of(definition.name, d[mask])
            stats.log(run)
            rows[definition.name.lower()] = dict(stats.row(), sector=definition.name, benchmark=definition.benchmark,
                                                 approximate="yes" if definition.approximate else "no")
        compare_with_benchmarks(run, rows)
        ordered_rows = [rows[d.name.lower()] for d in ordered]
        names = ("sector", "benchmark", "approximate") + defs.STAT_FIELDS + ("benchmark_mean_d", "vs_benchmark")
        kinds = {"n": "int", "sector": "string", "benchmark": "string", "approximate": "string",
                 "vs_benchmark": "string"}
        results = {OUTPUT: outputs.write_table(run, OUTPUT, [
            Column(n, kinds.get(n, "double"), [r[n] for r in ordered_rows]) for n in names])}
        html_path = outputs.file_output(run, OUTPUT_HTML)
        if html_path:
            outputs.write_text(html_path, report(run, ordered_rows, est.label))
            results[OUTPUT_HTML] = html_path
        return results


def compare_with_benchmarks(run, rows):
    """Each sector's benchmark mean D and whether it is more or less concentrated."""
    for row in rows.values():
        bench = rows.get(row["benchmark"].lower()) if row["benchmark"] else None
        row["benchmark_mean_d"] = bench["mean_d"] if bench else np.nan
        if bench is None or row["n"] == 0 or not np.isfinite(bench["mean_d"]):
            row["vs_benchmark"] = None
        elif row is bench:
            row["vs_benchmark"] = "benchmark"
        else:
            row["vs_benchmark"] = "more" if row["mean_d"] > bench["mean_d"] else "less"


def report(run, rows, label):
    head = (tr("Sector"), tr("Benchmark"), tr("Establishments"), tr("Mean D"), tr("Median D"), tr("Max D"), "P90",
            "P95", tr("Benchmark mean D"), tr("Concentration vs benchmark"))
    words = {"more": tr("more"), "less": tr("less"), "benchmark": tr("benchmark")}
    cells = []
    for row in rows:
        name = reports.fmt(row["sector"]) + (" *" if row["approximate"] == "yes" else "")
        cells.append([name, reports.fmt(row["benchmark"]), reports.fmt(row["n"])] + [
            reports.fmt(row[k]) for k in ("mean_d", "median_d", "max_d", "p90", "p95", "benchmark_mean_d")] + [
            words.get(row["vs_benchmark"], "")])
    note = tr("Establishments: {0}. D-scores in 1/km, each sector's computed within the sector. Sectors marked * "
              "are approximate SBI definitions.").format(label)
    return reports.page(tr("Sector summary: D-scores"), reports.table(head, cells, numeric=set(range(2, 9))), note)
