"""clusterindex:change — growth of a sector per region between two years, set against its
specialisation and clustering at t0: growth, shift-share (Dunn), LQ and mean D in both
years, births, deaths, movers and stayers, and the portfolio chart (METHOD.md §10; the
PBL 2008 study of clustering and growth)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from . import benchmarking, compat, outputs, parameters, regions, scoring, sectors, varieties, years
from . import definitions as defs
from .base import ClusterIndexAlgorithm
from .benchmarking import BENCHMARK_MEAN, BENCHMARK_MEAN_D
from .changeparts import (
    chart_and_report,
    demography,
    growth_per_region,
    log_summary,
    point_columns,
    region_columns,
    relative_growth_labels,
)
from .core import regions as core_regions
from .definitions import QT_TRANSLATE_NOOP
from .styling import style_output_when_loaded

ID_FIELD = "ID_FIELD"
MOVE_DISTANCE = "MOVE_DISTANCE"
GROWTH_BASIS = "GROWTH_BASIS"
LQ_BASIS = "LQ_BASIS"
CHART_X = "CHART_X"
ADD_VARIETY = "ADD_VARIETY"
OUTPUT = "OUTPUT"
OUTPUT_TABLE = "OUTPUT_TABLE"
OUTPUT_POINTS = "OUTPUT_POINTS"
OUTPUT_POINTS_T0 = "OUTPUT_POINTS_T0"
OUTPUT_CHART = "OUTPUT_CHART"
OUTPUT_SVG = "OUTPUT_SVG"
OUTPUT_HTML = "OUTPUT_HTML"
ROLES = {"sbi": parameters.SBI_FIELD, "sector": parameters.SECTOR_FIELD, "jobs": parameters.JOBS_FIELD,
         "region_code": parameters.REGION_CODE_FIELD, "id": ID_FIELD}
GROWTH_BASIS_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Jobs"),
                        QT_TRANSLATE_NOOP("definitions", "Establishments"))
CHART_X_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Location quotient at t0"),
                   QT_TRANSLATE_NOOP("definitions", "Mean D-score at t0"))


class ChangeAlgorithm(ClusterIndexAlgorithm):

    ID = "change"
    NAME = QT_TRANSLATE_NOOP("ChangeAlgorithm", "Change between two years")
    TAGS = QT_TRANSLATE_NOOP("ChangeAlgorithm",
                             "growth,change,shift-share,Dunn,births,deaths,movers,stayers,portfolio,"
                             "location quotient,concentration,variety,region,PBL")

    def initAlgorithm(self, config=None):
        years.add_parameters(self)
        parameters.sbi_field(self, optional=True)
        parameters.sector_choice(self, "Brainport activities")
        parameters.jobs_field(self)
        parameters.add(self, QgsProcessingParameterField(
            ID_FIELD, self.tr("Establishment id field (links the two years)"),
            parentLayerParameterName=parameters.INPUT, optional=True),
            self.tr("An id each establishment keeps from t0 to t1 (the same field name in both layers): births, "
                    "deaths, movers and stayers per region, and each establishment's D-score in both years."))
        distance = QgsProcessingParameterNumber(MOVE_DISTANCE, self.tr("Moved: more than (metres)"), compat.DOUBLE,
                                                defaultValue=500.0, minValue=0.0)
        distance.setMetadata({"widget_wrapper": {"decimals": 0}})
        parameters.add(self, distance, self.tr("An establishment in both years whose locations lie further apart "
                                               "than this is a mover, else a stayer."))
        parameters.regions(self)
        self.add_choices()
        parameters.add(self, QgsProcessingParameterBoolean(
            ADD_VARIETY, self.tr("Add the variety of each region at t0"), defaultValue=False),
            self.tr("Adds total, unrelated and related variety of all establishments at t0 (and their means over the "
                    "neighbouring regions) to the output, to set growth against them. Needs the SBI code field."))
        varieties.add_parameters(self, advanced=True)
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        self.add_outputs()

    def add_choices(self):
        parameters.add(self, QgsProcessingParameterEnum(
            GROWTH_BASIS, self.tr("Growth of"), options=parameters.options(GROWTH_BASIS_OPTIONS), defaultValue=0),
            self.tr("Growth and shift-share of jobs (the 2008 study) or of establishments."))
        parameters.add(self, QgsProcessingParameterEnum(
            LQ_BASIS, self.tr("LQ basis"), options=parameters.options(defs.LQ_BASIS_OPTIONS), defaultValue=0),
            self.tr("Count establishments (the reports' choice) or jobs in the location quotient."))
        parameters.add(self, QgsProcessingParameterEnum(
            CHART_X, self.tr("Portfolio chart: x axis"), options=parameters.options(CHART_X_OPTIONS), defaultValue=0),
            self.tr("Growth against specialisation (LQ at t0, a line at LQ = 1) or against concentration (mean "
                    "D-score at t0, a line at the benchmark's mean D)."))
        parameters.benchmark_choice(self)
        parameters.add(self, QgsProcessingParameterEnum(
            BENCHMARK_MEAN, self.tr("Benchmark mean D (chart line)"),
            options=parameters.options(defs.THRESHOLD_OPTIONS), defaultValue=int(defs.BenchmarkSource.COMPUTED)),
            self.tr("With mean D on the x axis: the benchmark population's mean D at t0 computed from the input, "
                    "published (NL 2011), or entered."), advanced=True)
        mean_d = QgsProcessingParameterNumber(BENCHMARK_MEAN_D, self.tr("Benchmark mean D (1/km)"), compat.DOUBLE,
                                              optional=True, minValue=0.0)
        mean_d.setMetadata({"widget_wrapper": {"decimals": 4}})
        parameters.add(self, mean_d, self.tr("Used when the benchmark mean D is entered."), advanced=True)

    def add_outputs(self):
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Change per region"), compat.ANY_GEOMETRY_LAYER),
            self.tr("The regions with growth, shift-share, LQ and mean D in both years (and births, deaths, movers, "
                    "stayers; variety), styled by growth relative to the sector's national growth."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_TABLE, self.tr("Change table"), compat.ANY_LAYER, optional=True),
            self.tr("The same as a table without geometry (region_id, region_name first)."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_POINTS, self.tr("Establishments at t1 (one layer: both years)"), compat.ANY_LAYER, optional=True),
            self.tr("Every feature of the t1 layer (or of the one layer) with period, status (birth, stayer, mover, "
                    "death), in_sector, region_id, d_score_t0, d_score_t1 and moved_m."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_POINTS_T0, self.tr("Establishments at t0 (two layers)"), compat.ANY_LAYER, optional=True),
            self.tr("With two layers: every feature of the t0 layer with the same fields (deaths among them)."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_CHART, self.tr("Portfolio chart (PNG; an SVG is written beside it)"), self.tr("PNG files (*.png)"),
            optional=True),
            self.tr("x = LQ (or mean D) at t0, y = growth, bubble area = sector jobs at t1; lines at LQ = 1 (or the "
                    "benchmark mean D) and at the sector's national growth."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True),
            self.tr("A report with the portfolio chart and the tables."))
        self.addOutput(QgsProcessingOutputFile(OUTPUT_SVG, self.tr("Portfolio chart (SVG)")))

    def compute(self, run):
        the_plan = years.plan(run)
        layers = years.open_layers(run, ROLES, the_plan)
        how = sectors.plan(run)
        region_source = regions.check(run)
        bench_name, choice = check(run, how)
        t0, t1 = years.read(layers, the_plan)
        found, indices = years.assign_regions(run, region_source, layers, (16.0, 30.0))
        label = classify(run, layers, how, indices, (t0, t1))
        for year, span in ((t0, (30.0, 50.0)), (t1, (50.0, 70.0))):
            year.d = year_scores(run, year, label, span)
        basis = ("establishments", "jobs")[run.enum(LQ_BASIS)]
        profiles = [core_regions.profile(y.region, len(found), y.sector, y.est.jobs, y.d, basis) for y in (t0, t1)]
        change = growth_per_region(run, len(found), t0, t1, the_plan.years, run.enum(GROWTH_BASIS) == 0)
        demo = demography(run, t0, t1, len(found), run.number(MOVE_DISTANCE)) if run.string(ID_FIELD) else None
        variety = None
        if choice is not None:
            weights = t0.est.jobs if run.enum(varieties.VARIETY_WEIGHT) == 0 else np.ones(len(t0.est))
            variety = varieties.compute(run, found, t0.region, t0.est.column("sbi"), weights, choice)
        log_summary(run, label, (t0, t1), change, demo)
        columns = region_columns(change, profiles, demo, variety)
        results = {OUTPUT: outputs.write_regions(run, OUTPUT, found, columns)}
        style_output_when_loaded(run.context, results[OUTPUT], "change", self.tr("Change {0}–{1}: {2}").format(
            t0.label, t1.label, label), relative_growth_labels())
        if run.has(OUTPUT_TABLE):
            results[OUTPUT_TABLE] = outputs.write_region_table(run, OUTPUT_TABLE, found, columns)
        results.update(write_points(run, layers, (t0, t1), demo, found))
        run.feedback.setProgress(90)
        bench_mean = np.nan
        if run.enum(CHART_X) == 1 and (run.has(OUTPUT_CHART) or run.has(OUTPUT_HTML)):
            bench_mean, _ = benchmarking.mean(run, t0.est, bench_name, (90.0, 95.0))
        results.update(chart_and_report(run, (OUTPUT_CHART, OUTPUT_SVG, OUTPUT_HTML), label, (t0, t1), found,
                                        (change, profiles, demo, variety), bench_mean, run.enum(CHART_X) == 1))
        return results


def check(run, how):
    """Before reading: the benchmark (for mean D on the chart's x axis), the variety's
    levels, the distance floor. Returns (benchmark name or None, variety choice or None)."""
    definition = how[1] if how[0] == "definition" else None
    name = benchmarking.chosen_name(run, definition)
    if run.enum(CHART_X) == 1 and (run.enum(BENCHMARK_MEAN) == defs.BenchmarkSource.ENTERED or name is not None):
        benchmarking.check(run, run.enum(BENCHMARK_MEAN), name, (BENCHMARK_MEAN_D,), run.tr("the benchmark mean D"))
    choice = None
    if run.alg.parameterAsBoolean(run.parameters, ADD_VARIETY, run.context):
        choice = varieties.check(run)
    scoring.floor(run)
    return name, choice


def classify(run, layers, how, indices, both):
    """Each year's sector membership and regions; returns the sector's label."""
    chosen = [sectors.choose(r, est, how) for r, est in layers]
    for year in both:
        year.sector = chosen[year.layer_index].mask[year.rows]
        year.region = indices[year.layer_index][year.rows]
        run.info(run.tr("Sector “{0}” at {1}: {2} of {3} establishments.").format(
            chosen[0].label, year.label, int(year.sector.sum()), len(year.rows)))
    if not any(year.sector.any() for year in both):
        raise QgsProcessingException(run.tr("No establishment is in the sector “{0}” in either year.").format(
            chosen[0].label))
    return chosen[0].label


def year_scores(run, year, label, span):
    """D-scores of the year's sector establishments, within that year's sector."""
    if not (year.sector & year.est.located()).any():
        run.warn(run.tr("The sector has no located establishments at {0}: mean D is NULL for that year.").format(
            year.label))
        return np.full(len(year.rows), np.nan)
    run.info(run.tr("D-scores at {0} computed within the sector “{1}” of that year.").format(year.label, label))
    return scoring.score_subset(run, year.est, year.sector, span)


def write_points(run, layers, both, demo, found):
    """The establishments with their status and D-scores: the t1 layer (or the one layer)
    to OUTPUT_POINTS, the t0 layer (two layers) to OUTPUT_POINTS_T0."""
    out = {}
    targets = [(OUTPUT_POINTS, len(layers) - 1)] + ([(OUTPUT_POINTS_T0, 0)] if len(layers) == 2 else [])
    for name, k in targets:
        if run.has(name):
            est = layers[k][1]
            columns = point_columns(est, [y for y in both if y.layer_index == k], both, demo, found)
            out[name] = outputs.write_points(run, name, est, columns, (70.0 + 8 * len(out), 78.0 + 8 * len(out)))
    if len(layers) == 1 and run.has(OUTPUT_POINTS_T0):
        run.warn(run.tr("One layer holds both years: all its features are in the output Establishments at t1 (one "
                        "layer: both years); nothing is written to Establishments at t0."))
    return out
