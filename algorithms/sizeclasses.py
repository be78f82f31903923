"""clusterindex:sizeclasses — establishments per region by size class of jobs (METHOD.md §5)."""
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputFile,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)
from qgis.PyQt.QtCore import QVariant

from . import charts
from .core import regions as core
from .regional import (REGION_RULES_HTML, SECTOR_HTML, RegionalAlgorithm, column, fmt, html_page,
                       html_table)


class SizeClassesAlgorithm(RegionalAlgorithm):
    CLASS_BOUNDS = "CLASS_BOUNDS"
    OUTPUT = "OUTPUT"
    OUTPUT_CHART = "OUTPUT_CHART"
    OUTPUT_SVG = "OUTPUT_SVG"
    OUTPUT_HTML = "OUTPUT_HTML"

    def name(self):
        return "sizeclasses"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Size classes of establishments per region")

    def tags(self):
        return self.tr("size class,jobs,working persons,small firms,hub and spoke,region,cluster").split(",")

    def help_html(self):
        return self.tr(
            "<p>Counts the establishments of a sector (or all establishments, when no sector is "
            "given) per region and size class of jobs: clusters of many small firms versus "
            "hub-and-spoke clusters around a few large ones (PBL/CBS).</p>"
            "<p><b>Class bounds</b>: jobs values separated by commas; “5, 50” (the default) makes "
            "the classes &lt; 5, 5 – &lt; 50 and ≥ 50 jobs; “2, 5, 10, 20, 50, 100” gives CBS-like "
            "classes. A bound belongs to the class above it. The jobs field is required; NULL jobs "
            "count as 1.</p>") + SECTOR_HTML + REGION_RULES_HTML + self.tr(
            "<p><b>Outputs</b>: a table with <code>region_id</code>, <code>region_name</code>, "
            "<code>n_total</code>, <code>jobs_total</code> and per class <code>n_…</code>, "
            "<code>share_…</code> (of the region's establishments, 0–1) and <code>jobs_…</code>, the "
            "class names made from the bounds (<code>lt5</code>, <code>5_50</code>, <code>ge50</code>); "
            "a chart of the shares for the 40 regions with most establishments (PNG, with an SVG "
            "beside it); an HTML report.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_establishment_parameters("")
        self.add_region_parameters()
        self.addParameter(QgsProcessingParameterString(
            self.CLASS_BOUNDS, self.tr("Class bounds (jobs, separated by commas)"), defaultValue="5, 50"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Size classes per region"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Size-class chart (PNG; an SVG is written beside it)"),
            self.tr("PNG files (*.png)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True))
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_SVG, self.tr("Size-class chart (SVG)")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        try:
            core.parse_bounds(self.parameterAsString(parameters, self.CLASS_BOUNDS, context))
        except ValueError as e:
            return False, self.tr("Class bounds: {0}").format(e)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        try:
            bounds = core.parse_bounds(self.parameterAsString(parameters, self.CLASS_BOUNDS, context))
        except ValueError as e:
            raise QgsProcessingException(self.tr("Class bounds: {0}").format(e))
        if not self.parameterAsString(parameters, self.JOBS_FIELD, context):
            raise QgsProcessingException(self.tr("Size classes need the jobs field."))
        read = self.read_establishments(parameters, context, feedback)
        if read is None:
            return {}
        source, label, table, jobs = read
        mask, sector_label, _ = self.sector_selection(parameters, context, feedback, source, table,
                                                      label, required=False)
        sector_label = sector_label or self.tr("all establishments")
        feedback.pushInfo(self.tr("{0}: {1} establishments.").format(sector_label, int(mask.sum())))
        regions, index = self.assign_regions(parameters, context, feedback, source, table, (15.0, 80.0))
        if regions is None or feedback.isCanceled():
            return {}
        counts, sums = core.size_classes(index, len(regions), jobs, bounds, mask)
        names, labels = core.class_names(bounds)
        totals = counts.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = counts / totals[:, None]
        columns = [("n_total", QVariant.Int, totals.tolist()),
                   ("jobs_total", QVariant.Double, column(sums.sum(axis=1)))]
        for k, name in enumerate(names):
            columns += [("n_" + name, QVariant.Int, counts[:, k].tolist()),
                        ("share_" + name, QVariant.Double, column(shares[:, k])),
                        ("jobs_" + name, QVariant.Double, column(sums[:, k]))]
        national = counts.sum(axis=0)
        feedback.pushInfo(self.tr("All regions: {0}.").format(", ".join(
            "{0} jobs: {1}".format(lab, int(n)) for lab, n in zip(labels, national))))
        results = {self.OUTPUT: self.write_table(parameters, self.OUTPUT, context, regions, columns)}
        png = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if png or html_path:
            svg_path = os.path.splitext(png)[0] + ".svg" if png else ""
            title = self.tr("{0}: establishments by size class of jobs").format(sector_label)
            note = self.tr("Establishments: {0}. In brackets: number of establishments.").format(label)
            svg = charts.size_class_chart(png, svg_path, regions.names, counts, labels, title, note)
            if png:
                results[self.OUTPUT_CHART] = png
                results[self.OUTPUT_SVG] = svg_path
            if html_path:
                head = [self.tr("Region id"), self.tr("Region"), self.tr("Establishments")] + [
                    "{0} ({1})".format(lab, self.tr("share")) for lab in labels]
                order = np.argsort(-totals, kind="stable")
                rows = [[fmt(regions.ids[r]), fmt(regions.names[r]), fmt(int(totals[r]))] +
                        ["{0} ({1})".format(fmt(int(counts[r, k])), fmt(float(shares[r, k]), 3))
                         for k in range(len(labels))] for r in order]
                with open(html_path, "w", encoding="utf-8") as f:
                    f.write(html_page(title, "<p>%s</p>%s%s" % (fmt(note), svg, html_table(head, rows))))
                results[self.OUTPUT_HTML] = html_path
        return results
