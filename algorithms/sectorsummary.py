"""clusterindex:sectorsummary — every defined sector and both benchmarks in one table."""
import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from . import benchmarking, compat, outputs, parameters, reading, reports, scoring, sectors
from . import definitions as defs
from . import randomlabelling as rl
from .base import ClusterIndexAlgorithm
from .definitions import QT_TRANSLATE_NOOP
from .i18n import sector_name, tr
from .outputs import Column

OUTPUT = "OUTPUT"
OUTPUT_HTML = "OUTPUT_HTML"
SECTOR_TEST = "SECTOR_TEST"


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
        parameters.add(self, QgsProcessingParameterBoolean(
            SECTOR_TEST, self.tr("Sector-level significance test (Monte Carlo random labelling)"), defaultValue=False,
            optional=True),
            self.tr("Each sector's mean D against the mean D of random sets of as many establishments of its "
                    "benchmark population together with the sector: the p-value mean_d_p. Takes about as many "
                    "D-score computations of each sector as there are draws."))
        rl.add_draws_and_seed(self, advanced=True, optional=True)
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
        reading.read(run, est, (0.0, 10.0))

        ordered = sorted(definitions, key=lambda d: d.name not in defs.BENCHMARKS)
        rows = {}
        test = self.parameterAsBoolean(run.parameters, SECTOR_TEST, run.context)
        masks, share = {}, 30.0 if test else 85.0
        for k, definition in enumerate(ordered):
            span = (10.0 + share * k / len(ordered), 10.0 + share * (k + 1) / len(ordered))
            mask = masks[definition.name.lower()] = sectors.members(run, est, definition)
            d = scoring.score_subset(run, est, mask, span)
            stats = benchmarking.Stats.of(definition.name, d[mask])
            stats.log(run)
            rows[definition.name.lower()] = dict(stats.row(), sector=definition.name, benchmark=definition.benchmark,
                                                 approximate="yes" if definition.approximate else "no")
        compare_with_benchmarks(run, rows)
        if test:
            sector_tests(run, est, ordered, rows, masks, (40.0, 95.0))
        ordered_rows = [rows[d.name.lower()] for d in ordered]
        names = ("sector", "benchmark", "approximate") + defs.STAT_FIELDS + ("benchmark_mean_d", "vs_benchmark") + (
            (rl.MEAN_D_P,) if test else ())
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
    tested = bool(rows) and rl.MEAN_D_P in rows[0]
    head += (tr("p (random labelling)"),) if tested else ()
    words = {"more": tr("more"), "less": tr("less"), "benchmark": tr("benchmark")}
    cells = []
    for row in rows:
        name = reports.fmt(row["sector"]) + (" *" if row["approximate"] == "yes" else "")
        cells.append([name, reports.fmt(row["benchmark"]), reports.fmt(row["n"])] + [
            reports.fmt(row[k]) for k in ("mean_d", "median_d", "max_d", "p90", "p95", "benchmark_mean_d")] + [
            words.get(row["vs_benchmark"], "")] + ([reports.fmt(row[rl.MEAN_D_P], 3)] if tested else []))
    note = tr("Establishments: {0}. D-scores in 1/km, each sector's computed within the sector. Sectors marked * "
              "are approximate SBI definitions.").format(label)
    return reports.page(tr("Sector summary: D-scores"), reports.table(head, cells, numeric=set(range(2, 9))), note)


def sector_tests(run, est, ordered, rows, masks, span):
    """mean_d_p of every sector with a benchmark (NULL for the benchmarks themselves, for
    sectors without a benchmark or with fewer than two located establishments)."""
    draws, seed = run.integer(rl.DRAWS), run.integer(rl.SEED)
    run.info(tr("Sector-level test: each sector's mean D against {0} random sets of as many establishments of its "
                "benchmark population together with the sector; seed {1}.").format(draws, seed))
    todo = [d for d in ordered if d.name not in defs.BENCHMARKS and d.benchmark and d.benchmark.lower() in masks]
    for row in rows.values():
        row[rl.MEAN_D_P] = np.nan
    for k, definition in enumerate(todo):
        sector_mask = masks[definition.name.lower()]
        if int((sector_mask & est.located()).sum()) < 2:
            continue
        part = (span[0] + (span[1] - span[0]) * k / len(todo), span[0] + (span[1] - span[0]) * (k + 1) / len(todo))
        control = masks[definition.benchmark.lower()] | sector_mask
        p, mean_d, null_mean = rl.sector_p(run, est, sector_mask, control, draws, seed, part)
        rows[definition.name.lower()][rl.MEAN_D_P] = p
        run.info(tr("{0}: mean D {1:.4f}, mean of the random sets {2:.4f}, p = {3:.3f}.").format(
            sector_name(definition.name), mean_d, null_mean, p))
