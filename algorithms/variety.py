"""clusterindex:variety — total, related and unrelated variety of the sector mix per region
and the means over neighbouring regions (METHOD.md §11; Frenken, Van Oort & Verburg 2007)."""
import numpy as np
from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination

from . import compat, outputs, parameters, reading, regions, reports, varieties
from .base import ClusterIndexAlgorithm
from .definitions import QT_TRANSLATE_NOOP
from .i18n import tr
from .outputs import Column

OUTPUT = "OUTPUT"
OUTPUT_TABLE = "OUTPUT_TABLE"
OUTPUT_HTML = "OUTPUT_HTML"
ROLES = {"sbi": parameters.SBI_FIELD, "jobs": parameters.JOBS_FIELD, "region_code": parameters.REGION_CODE_FIELD}


class VarietyAlgorithm(ClusterIndexAlgorithm):

    ID = "variety"
    NAME = QT_TRANSLATE_NOOP("VarietyAlgorithm", "Sector variety per region")
    TAGS = QT_TRANSLATE_NOOP("VarietyAlgorithm",
                             "variety,related variety,unrelated variety,entropy,diversity,sector mix,"
                             "Frenken,Jacobs,region,neighbours,growth")

    def initAlgorithm(self, config=None):
        parameters.establishments(self, tables_too=True)
        parameters.sbi_field(self)
        parameters.jobs_field(self)
        parameters.regions(self)
        varieties.add_parameters(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("Variety per region"), compat.ANY_GEOMETRY_LAYER),
            self.tr("The regions with tv, uv, rv (bits), their means over the neighbouring regions (tv_nb, uv_nb, "
                    "rv_nb, n_neighbours) and what was counted; styled by related variety."))
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT_TABLE, self.tr("Variety table"), compat.ANY_LAYER, optional=True),
            self.tr("The same as a table without geometry (region_id, region_name first)."))
        parameters.add(self, QgsProcessingParameterFileDestination(
            OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True),
            self.tr("A report with the table of the regions."))

    def compute(self, run):
        choice = varieties.check(run)
        est = reading.open_establishments(run, ROLES, points_only=False, metric=False)
        region_source = regions.check(run)
        reading.read(run, est, (0.0, 30.0))
        found, index = regions.assign(run, region_source, est, (30.0, 70.0))
        weights = est.jobs if run.enum(varieties.VARIETY_WEIGHT) == 0 else np.ones(len(est))
        if run.enum(varieties.VARIETY_WEIGHT) == 0 and not est.fields.get("jobs"):
            run.warn(self.tr("Shares of jobs, but no jobs field: every establishment counts 1 job."))
        result = varieties.compute(run, found, index, est.column("sbi"), weights, choice)
        run.feedback.setProgress(85)
        ok = np.isfinite(result["tv"])
        if ok.any():
            run.info(self.tr("Variety over {0} regions (bits): total {1:.3f} – {2:.3f}, unrelated {3:.3f} – {4:.3f}, "
                             "related {5:.3f} – {6:.3f}.").format(
                                 int(ok.sum()), *(float(f(result[k][ok])) for k in varieties.FIELDS
                                                  for f in (np.min, np.max))))
        n_total = np.bincount(index[index >= 0], minlength=len(found)).astype(np.int64)
        columns = [Column("n_total", "int", n_total.tolist())] + varieties.columns(result)
        results = {OUTPUT: outputs.write_regions(run, OUTPUT, found, columns)}
        varieties.style_quantiles_when_loaded(run.context, results[OUTPUT], "variety",
                                              self.tr("Related variety (quintiles)"))
        if run.has(OUTPUT_TABLE):
            results[OUTPUT_TABLE] = outputs.write_region_table(run, OUTPUT_TABLE, found, columns)
        html_path = outputs.file_output(run, OUTPUT_HTML)
        if html_path:
            outputs.write_text(html_path, report(run, est.label, found, n_total, result))
            results[OUTPUT_HTML] = html_path
        return results


def report(run, label, found, n_total, result):
    title = run.tr("Sector variety per region")
    note = run.tr("Establishments: {0}. Total (TV), unrelated (UV) and related variety (RV) in bits, TV = UV + RV; "
                  "“nb”: mean over the regions sharing a border. Method: Frenken, Van Oort & Verburg (2007), "
                  "Regional Studies 41(5).").format(label)
    head = (tr("Region id"), tr("Region"), tr("Establishments"), tr("Counted (jobs or establishments)"),
            tr("Classes"), tr("Groups"), "TV", "UV", "RV", "TV nb", "UV nb", "RV nb")
    fmt = reports.fmt
    order = np.argsort(-result["weight"], kind="stable")
    rows = [[fmt(found.ids[k]), fmt(found.names[k]), fmt(int(n_total[k])), fmt(float(result["weight"][k]), 0),
             fmt(int(result["n_classes"][k])), fmt(int(result["n_groups"][k]))] +
            [fmt(float(result[name][k]), 3) for name in ("tv", "uv", "rv", "tv_nb", "uv_nb", "rv_nb")]
            for k in order]
    return reports.page(title, reports.table(head, rows, set(range(2, 12))), note)
