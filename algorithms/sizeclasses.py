"""clusterindex:sizeclasses — establishments per region by size class of jobs (METHOD.md §5)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from . import charts, compat, outputs, parameters, reading, regions, reports, sectors
from .base import ClusterIndexAlgorithm
from .core import regions as core
from .definitions import QT_TRANSLATE_NOOP
from .outputs import Column

CLASS_BOUNDS = "CLASS_BOUNDS"
OUTPUT = "OUTPUT"
OUTPUT_CHART = "OUTPUT_CHART"
OUTPUT_SVG = "OUTPUT_SVG"
OUTPUT_HTML = "OUTPUT_HTML"
ROLES = {"sbi": parameters.SBI_FIELD, "sector": parameters.SECTOR_FIELD, "jobs": parameters.JOBS_FIELD,
         "region_code": parameters.REGION_CODE_FIELD}


class SizeClassesAlgorithm(ClusterIndexAlgorithm):

    ID = "sizeclasses"
    NAME = QT_TRANSLATE_NOOP("SizeClassesAlgorithm", "Size classes per region")
    TAGS = QT_TRANSLATE_NOOP("SizeClassesAlgorithm",
                             "size class,jobs,working persons,small firms,"
                             "hub and spoke,region,cluster")

    def initAlgorithm(self, config=None):
        parameters.sector_inputs(self, "", tables_too=True)
        parameters.regions(self)
        parameters.add(self, QgsProcessingParameterString(
            CLASS_BOUNDS, self.tr("Class bounds (jobs, separated by commas)"), defaultValue="5, 50"),
            self.tr("“5, 50” makes the classes < 5, 5 – < 50 and ≥ 50 jobs; a bound belongs to the class above it."))
        parameters.definitions_file(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Size classes per region"), compat.ANY_LAYER),
            self.tr("Per region: establishments, shares and jobs per size class."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_CHART, self.tr("Size-class chart (PNG; an SVG is written beside it)"),
            self.tr("PNG files (*.png)"), optional=True),
            self.tr("The shares per size class of the 40 regions with most establishments. An SVG is "
                               "written beside it."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True),
            self.tr("A report with the chart and the table."))
        self.addOutput(QgsProcessingOutputFile(OUTPUT_SVG, self.tr("Size-class chart (SVG)")))

    def checkParameterValues(self, parameters_, context):
        try:
            core.parse_bounds(self.parameterAsString(parameters_, CLASS_BOUNDS, context))
        except ValueError as e:
            return False, self.tr("Class bounds: {0}").format(e)
        return super().checkParameterValues(parameters_, context)

    def compute(self, run):
        try:
            bounds = core.parse_bounds(run.string(CLASS_BOUNDS))
        except ValueError as e:
            raise QgsProcessingException(self.tr("Class bounds: {0}").format(e)) from e
        if not run.string(parameters.JOBS_FIELD):
            raise QgsProcessingException(self.tr("Size classes need the jobs field."))
        est = reading.open_establishments(run, ROLES, points_only=False, metric=False)
        how = sectors.plan(run, required=False)
        region_source = regions.check(run)
        reading.read(run, est, (0.0, 15.0))

        sector = sectors.choose(run, est, how)
        run.info(self.tr("{0}: {1} establishments.").format(sector.label, int(sector.mask.sum())))
        found, index = regions.assign(run, region_source, est, (15.0, 80.0))
        counts, sums = core.size_classes(index, len(found), est.jobs, bounds, sector.mask)
        names, labels = core.class_names(bounds)
        totals = counts.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = counts / totals[:, None]
        columns = [Column("n_total", "int", totals.tolist()),
                   Column("jobs_total", "double", outputs.values(sums.sum(axis=1)))]
        for k, name in enumerate(names):
            columns += [Column("n_" + name, "int", counts[:, k].tolist()),
                        Column("share_" + name, "double", outputs.values(shares[:, k])),
                        Column("jobs_" + name, "double", outputs.values(sums[:, k]))]
        run.info(self.tr("All regions: {0}.").format(", ".join(
            self.tr("{0} jobs: {1}").format(lab, int(n)) for lab, n in zip(labels, counts.sum(axis=0)))))
        results = {OUTPUT: outputs.write_region_table(run, OUTPUT, found, columns)}
        results.update(self.chart_and_report(run, sector.label, est.label, found, counts, labels))
        return results

    def chart_and_report(self, run, sector_label, layer_label, found, counts, labels):
        title = self.tr("{0}: establishments by size class of jobs").format(sector_label)
        note = self.tr("Establishments: {0}. In brackets: number of establishments.").format(layer_label)

        def draw(png, svg_path):
            return charts.size_class_chart(png, svg_path, found.names, counts, labels, title, note,
                                           texts=charts.texts())

        def report(svg):
            totals = counts.sum(axis=1)
            head = [self.tr("Region id"), self.tr("Region"), self.tr("Establishments")] + [
                self.tr("{0} jobs").format(lab) for lab in labels]
            rows = [[reports.fmt(found.ids[r]), reports.fmt(found.names[r]), reports.fmt(int(totals[r]))] +
                    ["{0} ({1} %)".format(reports.fmt(int(counts[r, k])),
                                          reports.fmt(100.0 * counts[r, k] / totals[r], 1) if totals[r] else "")
                     for k in range(len(labels))] for r in np.argsort(-totals, kind="stable")]
            return reports.page(title, svg + reports.table(head, rows, set(range(2, 3 + len(labels)))), note)
        return outputs.chart_and_report(run, (OUTPUT_CHART, OUTPUT_SVG, OUTPUT_HTML), draw, report)
