"""clusterindex:regionprofile — specialisation (LQ), concentration (mean D) and mass (jobs)
of a sector per region, the region types and the bubble chart (METHOD.md §3–§4)."""
import numpy as np
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from . import (
    benchmarking,
    compat,
    outputs,
    parameters,
    profiling,
    randomlabelling,
    reading,
    regions,
    reports,
    scoring,
    sectors,
    styling,
    totals,
)
from . import definitions as defs
from .base import ClusterIndexAlgorithm
from .benchmarking import BENCHMARK_MEAN, BENCHMARK_MEAN_D
from .core import regions as core
from .definitions import QT_TRANSLATE_NOOP
from .i18n import tr
from .styling import style_output_when_loaded

LQ_BASIS = "LQ_BASIS"
D_SCORE_FIELD = "D_SCORE_FIELD"
LARGE_VOLUME = "LARGE_VOLUME"
OUTPUT = "OUTPUT"
OUTPUT_TABLE = "OUTPUT_TABLE"
OUTPUT_CHART = "OUTPUT_CHART"
OUTPUT_SVG = "OUTPUT_SVG"
OUTPUT_HTML = "OUTPUT_HTML"
Y_AXIS = "Y_AXIS"
ROLES = {"sbi": parameters.SBI_FIELD, "sector": parameters.SECTOR_FIELD, "jobs": parameters.JOBS_FIELD,
         "region_code": parameters.REGION_CODE_FIELD, "d_score": D_SCORE_FIELD}


class RegionProfileAlgorithm(ClusterIndexAlgorithm):

    ID = "regionprofile"
    NAME = QT_TRANSLATE_NOOP("RegionProfileAlgorithm", "Regional profile of a sector")
    TAGS = QT_TRANSLATE_NOOP("RegionProfileAlgorithm",
                             "location quotient,LQ,specialisation,concentration,mass,"
                             "region type,bubble chart,COROP,cluster,PBL,CBS")

    def initAlgorithm(self, config=None):
        parameters.sector_inputs(self, "Brainport activities", tables_too=True)
        parameters.regions(self)
        parameters.add(self, QgsProcessingParameterEnum(
            LQ_BASIS, self.tr("LQ basis"), options=parameters.options(defs.LQ_BASIS_OPTIONS), defaultValue=0),
            self.tr("Count establishments (the reports' choice) or jobs in the location quotient."))
        parameters.add(self, QgsProcessingParameterField(
            D_SCORE_FIELD, self.tr("D-score field (empty: computed within the sector)"),
            parentLayerParameterName=parameters.INPUT, type=compat.NUMERIC_FIELD, optional=True),
            self.tr("D-scores computed before, e.g. by Cluster index (D-score) with this sector as sector field. "
                    "Empty: computed here within the sector."))
        parameters.benchmark_choice(self)
        parameters.add(self, QgsProcessingParameterEnum(
            BENCHMARK_MEAN, self.tr("Benchmark mean D: source"), options=parameters.options(defs.THRESHOLD_OPTIONS),
            defaultValue=int(defs.BenchmarkSource.COMPUTED)),
            self.tr("The line that separates clustered from not clustered regions: the benchmark population's "
                    "mean D computed from the input, published (NL 2011: industry 0.0185, services 0.0257), or "
                    "entered."))
        mean_d = QgsProcessingParameterNumber(BENCHMARK_MEAN_D, self.tr("Benchmark mean D, entered (1/km)"),
                                              compat.DOUBLE, optional=True, minValue=0.0)
        mean_d.setMetadata({"widget_wrapper": {"decimals": 4}})
        parameters.add(self, mean_d, self.tr("Used when the benchmark mean D is entered; in a model, the mean "
                                             "of Benchmark population and thresholds."))
        profiling.add_parameters(self)
        parameters.add(self, QgsProcessingParameterEnum(
            Y_AXIS, self.tr("Bubble chart's y axis"), options=[
                self.tr("Mean D-score (concentration)"),
                self.tr("Mean d_ratio: D against random labelling within the benchmark population")], defaultValue=0),
            self.tr("The mean d_ratio (D / D expected when the sector's labels are drawn at random from the benchmark "
                    "population and the sector; see Significance of the D-score) is added as mean_d_ratio and drawn "
                    "with its line at 1. Region types stay those of the mean D."), advanced=True)
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        self.add_outputs()

    def add_outputs(self):
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Regional profile"), compat.ANY_GEOMETRY_LAYER),
            self.tr("The regions with n_sector, n_total, jobs, jobs_share, lq, mean_d, region_type and "
                               "type_label."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_TABLE, self.tr("Regional profile table"), compat.ANY_LAYER),
            self.tr("The same as a table without geometry (region_id, region_name first)."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_CHART, self.tr("Bubble chart (PNG; an SVG is written beside it)"), self.tr("PNG files (*.png)"),
            optional=True),
            self.tr("The bubble chart: x = LQ, y = mean D, bubble area = sector jobs. An SVG is written "
                               "beside it."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True),
            self.tr("A report with the bubble chart and the table, for printing or sending."))
        self.addOutput(QgsProcessingOutputFile(OUTPUT_SVG, self.tr("Bubble chart (SVG)")))

    def compute(self, run):
        d_field = run.string(D_SCORE_FIELD)
        est = reading.open_establishments(run, ROLES, points_only=False, metric=not d_field)
        how = sectors.plan(run)
        region_source = regions.check(run)
        definition = how[1] if how[0] == "definition" else None
        name = benchmarking.chosen_name(run, definition)
        if run.enum(BENCHMARK_MEAN) == defs.BenchmarkSource.ENTERED or name is not None:
            benchmarking.check(run, run.enum(BENCHMARK_MEAN), name, (BENCHMARK_MEAN_D,),
                               self.tr("the benchmark mean D"))
        if not d_field:
            scoring.floor(run)
        mode = profiling.large_volume_mode(run)
        reference = totals.read(run)
        reading.read(run, est, (0.0, 15.0))

        sector = sectors.choose(run, est, how)
        sectors.log_sector(run, est, sector)
        found, index = regions.assign(run, region_source, est, (15.0, 40.0))
        d = sector_scores(run, est, sector, d_field)
        basis = ("establishments", "jobs")[run.enum(LQ_BASIS)]
        if reference is not None:
            totals.log_frame(run, est)
        name_in_totals = sector.definition.name if sector.definition else sector.label
        result = profiling.profile(run, index, len(found), sector.mask, est.jobs, d, basis,
                                   totals.national(reference, name_in_totals, basis))
        bench_mean, bench_note = np.nan, ""
        if d is not None and np.isfinite(result["mean_d"]).any():
            bench_mean, bench_note = benchmarking.mean(run, est, name, (70.0, 88.0))
        large, types, small = profiling.classify(run, result, bench_mean, mode, run.integer(profiling.MIN_COUNT))
        profiling.log_summary(run, result, types, small, large)
        columns = profiling.columns(result, types, small, large)
        ratio = mean_ratio(run, est, index, len(found), sector, name, d_field)
        if ratio is not None:
            columns.append(outputs.Column("mean_d_ratio", "double", outputs.values(ratio)))
        results = {OUTPUT: outputs.write_regions(run, OUTPUT, found, columns)}
        style_output_when_loaded(run.context, results[OUTPUT], "regionprofile",
                                 self.tr("Regional profile: {0}").format(sector.label), styling.region_type_labels())
        results[OUTPUT_TABLE] = outputs.write_region_table(run, OUTPUT_TABLE, found, columns)
        run.feedback.setProgress(92)
        note = self.tr("Establishments: {0}. Bubble area ∝ sector jobs; LQ basis: {1}; large volume: at least "
                       "{2:.1f} sector jobs. {3}").format(
            est.label, parameters.options(defs.LQ_BASIS_OPTIONS)[run.enum(LQ_BASIS)], large, bench_note)
        results.update(write_chart_and_report(run, sector.label, note, found, result, (types, small), bench_mean,
                                              ratio))
        return results


def sector_scores(run, est, sector, d_field):
    """D-scores: from the field, or computed within the sector; None when there are none."""
    if d_field:
        run.info(run.tr("D-scores read from field “{0}” of layer “{1}”, not computed here: they should have been "
                        "computed within this sector.").format(d_field, est.label))
        return scoring.numbers(run, est, "d_score")
    if not np.isfinite(est.x[sector.mask]).any():
        run.warn(run.tr("The sector's establishments have no locations and no D-score field is given: mean D and "
                        "region types are NULL."))
        return None
    run.info(run.tr("D-scores computed within the sector “{0}”.").format(sector.label))
    return scoring.score_subset(run, est, sector.mask, (40.0, 70.0))


def mean_ratio(run, est, index, n_regions, sector, benchmark, d_field):
    """The mean d_ratio (D against random labelling within the benchmark population and the
    sector) per region, when Y_AXIS asks for it; None otherwise."""
    if run.enum(Y_AXIS) != 1:
        return None
    if d_field:
        run.warn(tr("The mean d_ratio needs the D-scores computed here (no D-score field): the chart shows mean D."))
        return None
    control = randomlabelling.control_mask(run, est, ("benchmark", benchmark) if benchmark else ("layer", None),
                                           sector.mask)
    ratio = randomlabelling.d_ratio(run, est, sector.mask & est.located(), control, (88.0, 91.0))
    return core.profile(index, n_regions, sector.mask, est.jobs, ratio)["mean_d"]


def write_chart_and_report(run, sector_label, note, found, result, types_small, bench_mean, ratio=None):
    title = run.tr("{0}: specialisation, concentration and jobs per region").format(sector_label)
    return outputs.chart_and_report(
        run, (OUTPUT_CHART, OUTPUT_SVG, OUTPUT_HTML),
        lambda png, svg_path: profiling.bubble_chart(run, png, svg_path, title, note, found.names, result,
                                                     types_small, bench_mean, ratio),
        lambda svg: reports.page(title, "%s<h2>%s</h2>%s" % (svg, tr("Regions, by sector jobs"), profiling.table(
            found, result, types_small)), note))
