"""clusterindex:dscore — the cluster index ("D-score") of every establishment."""
import numpy as np
from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterField

from . import compat, outputs, parameters, reading, scoring, styling
from . import definitions as defs
from .base import ClusterIndexAlgorithm
from .core import dscore as core
from .definitions import QT_TRANSLATE_NOOP
from .i18n import tr
from .outputs import Column
from .sectors import group_ids
from .styling import style_output_when_loaded

OUTPUT = "OUTPUT"


class DScoreAlgorithm(ClusterIndexAlgorithm):

    ID = "dscore"
    NAME = QT_TRANSLATE_NOOP("DScoreAlgorithm", "Cluster index (D-score)")
    TAGS = QT_TRANSLATE_NOOP("DScoreAlgorithm",
                             "cluster,clustering,d-score,concentration,establishments,firms,sector,"
                             "SBI,NACE,PBL,CBS,Scholl,Brenner,inverse distance")

    def initAlgorithm(self, config=None):
        parameters.establishments(self)
        parameters.add(self, QgsProcessingParameterField(
            parameters.SECTOR_FIELD, self.tr("Sector field (empty: one population)"),
            parentLayerParameterName=parameters.INPUT, optional=True),
            self.tr("Scores are computed within each distinct value of this field (an SBI code, a "
                    "division, a sector you made). Empty: the whole layer is one population."))
        parameters.jobs_field(self)
        parameters.floor_and_method(self)
        parameters.add(self, QgsProcessingParameterFeatureSink(
            OUTPUT, self.tr("D-scores"), compat.POINT_LAYER),
            self.tr("Every input feature with d_score, d_bound, d_decile, n_sector and jobs added."))

    def compute(self, run):
        est = reading.open_establishments(run, {"sector": parameters.SECTOR_FIELD, "jobs": parameters.JOBS_FIELD})
        scoring.floor(run)
        reading.read(run, est, (0.0, 10.0))

        sector_values = est.column("sector")
        groups, keys = group_ids(sector_values) if sector_values is not None else (np.zeros(len(est), int), [None])
        d, n_group, bound = scoring.score_groups(run, est, groups, (10.0, 85.0))
        decile = core.deciles_within_groups(d, groups)
        log_scores(run, est, d, groups, n_group, len(keys))

        has_sector = groups >= 0
        columns = [Column(defs.D_SCORE, "double", outputs.values(d)),
                   Column(defs.D_DECILE, "int", outputs.values(decile, integer=True, null_when=decile == 0)),
                   Column(defs.N_SECTOR, "int", outputs.values(n_group, integer=True, null_when=~has_sector)),
                   Column(defs.JOBS, "double", outputs.values(est.jobs)),
                   Column(defs.D_BOUND, "double", outputs.values(bound))]
        dest = outputs.write_points(run, OUTPUT, est, columns, (85.0, 100.0))
        within = self.tr("its sector") if est.fields["sector"] else self.tr("the layer")
        style_output_when_loaded(run.context, dest, "dscore", self.tr("D-scores ({0})").format(
            est.fields["sector"] or self.tr("one population")), styling.decile_labels(within))
        return {OUTPUT: dest}


def log_scores(run, est, d, groups, n_group, n_keys):
    """Every NULL score and why, and the range of the scores."""
    n_no_sector = int((groups < 0).sum())
    if n_no_sector and est.fields.get("sector"):
        run.warn(tr("{0} features have a NULL or blank sector: kept, with a NULL score.").format(n_no_sector))
    single = est.located() & (groups >= 0) & (n_group == 1)
    if single.any():
        run.warn(tr("{0} establishments are alone in their sector (J = 1): their score is undefined (NULL).")
                 .format(int(single.sum())))
    scored = int(np.isfinite(d).sum())
    run.info(tr("{0} of {1} features scored in {2} sectors; {3} have a NULL score.").format(
        scored, len(est), n_keys, len(est) - scored))
    if scored:
        run.info(tr("D-score: min {0:.5f}, mean {1:.5f}, max {2:.5f} (1/km).").format(
            np.nanmin(d), np.nanmean(d), np.nanmax(d)))
