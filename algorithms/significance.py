"""clusterindex:significance — is an establishment's clustering more than its background?
Random labelling within a control population (METHOD.md §12; the shared step in
randomlabelling.py, the numbers in core/significance.py)."""
from qgis.core import QgsProcessingParameterFeatureSink

from . import compat, outputs, parameters, reading, scoring, sectors
from . import definitions as defs
from . import randomlabelling as rl
from .base import ClusterIndexAlgorithm
from .definitions import QT_TRANSLATE_NOOP
from .outputs import Column
from .styling import style_output_when_loaded

OUTPUT = "OUTPUT"


class SignificanceAlgorithm(ClusterIndexAlgorithm):

    ID = "significance"
    NAME = QT_TRANSLATE_NOOP("SignificanceAlgorithm", "Significance of the D-score")
    TAGS = QT_TRANSLATE_NOOP("SignificanceAlgorithm",
                             "significance,p-value,z-score,random labelling,Monte Carlo,null hypothesis,"
                             "Benjamini-Hochberg,false discovery rate,cluster,d-score,Scholl,Brenner")

    def initAlgorithm(self, config=None):
        parameters.sector_inputs(self, "Brainport activities", by_field=False)
        rl.add_control(self)
        parameters.benchmark_choice(self)
        rl.add_test_settings(self)
        parameters.definitions_file(self)
        parameters.floor_and_method(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(OUTPUT, self.tr("Significance"), compat.POINT_LAYER),
                       self.tr("Every input feature with d_score, d_expected, d_sd, d_ratio, d_z, d_p, d_class, "
                               "n_sector, n_control and jobs (NULL outside the sector)."))

    def compute(self, run):
        est = reading.open_establishments(run, {"sbi": parameters.SBI_FIELD, "jobs": parameters.JOBS_FIELD})
        scoring.floor(run)
        how = sectors.plan(run)
        control_plan = rl.plan_control(run, how)
        reading.read(run, est, (0.0, 10.0))

        sector = sectors.choose(run, est, how)
        sectors.log_sector(run, est, sector)
        control = rl.control_mask(run, est, control_plan, sector.mask)
        result = rl.labelling(run, est, sector.mask, control, (10.0, 85.0))
        members = sector.mask & est.located()
        columns = rl.columns(result) + [
            Column(defs.N_SECTOR, "int", outputs.values([result.j] * len(est), integer=True, null_when=~members)),
            Column(rl.N_CONTROL, "int", outputs.values([result.n] * len(est), integer=True, null_when=~members)),
            Column(defs.JOBS, "double", outputs.values(est.jobs))]
        dest = outputs.write_points(run, OUTPUT, est, columns, (85.0, 100.0))
        alpha = run.number(rl.ALPHA)
        labels = [self.tr("Significant (Benjamini–Hochberg, α = {0:g}): more clustered than random labelling "
                          "({1})").format(alpha, sector.label),
                  self.tr("Not significant ({0})").format(sector.label),
                  self.tr("Not tested (outside the sector, or undefined)")]
        style_output_when_loaded(run.context, dest, "significance",
                                 self.tr("Significance: {0}").format(sector.label), labels)
        return {OUTPUT: dest}
