"""clusterindex:dscore — the cluster index ("D-score") of every establishment."""
import sqlite3

import numpy as np
from qgis.core import (QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)
from qgis.PyQt.QtCore import QVariant

from ..plugin.styling import style_output_when_loaded
from . import fastwrite, points, sectors
from .base import ClusterIndexAlgorithm
from .core import dscore as core

FIELD_D = "d_score"
FIELD_DECILE = "d_decile"
FIELD_J = "n_sector"
FIELD_JOBS = "jobs"
FIELD_BOUND = "d_bound"


class DScoreAlgorithm(ClusterIndexAlgorithm):
    INPUT = "INPUT"
    SECTOR_FIELD = "SECTOR_FIELD"
    JOBS_FIELD = "JOBS_FIELD"
    DISTANCE_FLOOR = "DISTANCE_FLOOR"
    OUTPUT = "OUTPUT"

    def name(self):
        return "dscore"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Cluster index (D-score)")

    def tags(self):
        return self.tr("cluster,clustering,d-score,concentration,establishments,firms,sector,"
                       "SBI,NACE,PBL,CBS,Scholl,Brenner,inverse distance").split(",")

    def help_html(self):
        return self.tr(
            "<p>Computes the cluster index (“D-score”) of every establishment: the mean inverse "
            "distance, in 1/km, to all other establishments of the same sector.</p>"
            "<p><code>D = 1/(J−1) · Σ 1 / max(d, d0)</code>, summed over the J−1 other "
            "establishments of the sector, with d in kilometres and d0 the distance floor "
            "(1 km in the reports: firms on the same estate or postcode would otherwise "
            "dominate). Typical Dutch values lie between 0.015 and 0.05; a score of 0.05 means "
            "the sector's firms lie on average at a harmonic distance of 20 km.</p>"
            "<h3>Parameters</h3>"
            "<p><b>Establishments</b>: a point layer, one point per establishment.<br>"
            "<b>Sector field</b> (optional): scores are computed within each distinct value "
            "(for example a 4-digit SBI code, or a field you made for your sector). Empty: the "
            "whole layer is one population. NULL or blank sector: the score is NULL.<br>"
            "<b>Jobs field</b> (optional): jobs or working persons; NULL, negative or unreadable "
            "values count as 1 (mostly self-employed). Jobs do not change the score; they size "
            "the symbols and are copied to the output.<br>"
            "<b>Distance floor</b>: d0 in metres (default 1000), always in metres whatever the "
            "layer's CRS.</p>"
            "<h3>Output</h3>"
            "<p>Every input feature with all its attributes, plus <code>d_score</code>, "
            "<code>d_bound</code> (the certified bound on the relative error of d_score: 0 when "
            "computed exactly), <code>d_decile</code> (1–10 within the sector: 1 + ⌊10 × share of the sector's "
            "scores that are lower⌋, so equal scores share a decile), <code>n_sector</code> (J, "
            "the sector's establishments with a location) and <code>jobs</code> (the value used). "
            "An input field with one of these names is replaced. Styled by decile, green (low) "
            "to red (high), symbol area proportional to jobs.</p>"
            "<p><b>NULL scores</b>: features without a geometry, without a sector, or alone in "
            "their sector (J = 1: the index is undefined). They are kept and counted in the log. "
            "A multi-point with several parts counts as one establishment at the mean of its "
            "parts.</p>"
            "<p><b>Distances</b>: projected layers use straight-line distance in their plane (the "
            "reports use RD New, EPSG:28992); layers in a geographic CRS use great-circle "
            "distance (as Scholl &amp; Brenner 2011) — degrees are never taken for metres. "
            "Establishments sharing a coordinate are at distance 0, floored to d0.</p>"
            "<p><b>Method</b>: <i>fast</i> (default) or <i>exact</i>. Exact sums every pair in "
            "float64; its cost grows with the square of the number of distinct locations. The fast "
            "method (projected layers, sectors of at least 12,000 distinct locations; others are "
            "exact) sums pairs within about 3 km exactly — within d0 the kernel is exactly 1/d0 — "
            "and expands the far field in a Taylor series evaluated by FFT, with a rigorous "
            "(Legendre) bound on the truncation and rounding error of every establishment. Where "
            "that bound exceeds the <b>tolerance</b> (default 1e-5 relative, far below the four "
            "digits the reports publish) the score is computed exactly: no value is ever "
            "uncertified.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Establishments"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.SECTOR_FIELD, self.tr("Sector field (empty: one population)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.add_jobs_and_floor_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("D-scores"), QgsProcessing.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source, label, (sector_field, jobs_field), floor, metric, factor = self.open_points(
            parameters, context, feedback, self.SECTOR_FIELD, self.JOBS_FIELD)

        table = points.read_points(source, [sector_field, jobs_field], feedback, (0.0, 10.0))
        if feedback.isCanceled():
            return {}
        if len(table) == 0:
            raise QgsProcessingException(self.tr("Layer “{0}” has no features.").format(label))
        points.check_degrees(table, metric, source.sourceCrs(), label)
        scores = score_table(self, table, sector_field, jobs_field, floor, metric, factor,
                             feedback, (10.0, 85.0), self.method(parameters, context))
        if scores is None:
            return {}

        d, decile, n_group, jobs, has_sector, bound = scores
        columns = [points.as_attribute_list(d),
                   points.as_attribute_list(decile, integer=True, null_when=decile == 0),
                   points.as_attribute_list(n_group, integer=True, null_when=~has_sector),
                   points.as_attribute_list(jobs), points.as_attribute_list(bound)]
        kinds = ((FIELD_D, QVariant.Double), (FIELD_DECILE, QVariant.Int), (FIELD_J, QVariant.Int),
                 (FIELD_JOBS, QVariant.Double), (FIELD_BOUND, QVariant.Double))
        plan = fastwrite.plan(self, parameters, context, self.INPUT, self.OUTPUT, [n for n, _ in kinds])
        if plan is not None:
            # the whole file layer to a GeoPackage: GDAL copies it, SQLite adds the columns
            sql_kinds = ["int" if k == QVariant.Int else "double" for _, k in kinds]
            try:
                if not fastwrite.write(plan, table.fids.tolist(), [
                        (n, k, col) for (n, _), k, col in zip(kinds, sql_kinds, columns)], feedback):
                    return {}
                dest_id = plan[2]
                feedback.pushInfo(self.tr("{0} features written (GeoPackage without spatial index: "
                                          "add one with Create spatial index if needed).").format(len(table)))
            except (RuntimeError, sqlite3.Error) as e:
                feedback.pushWarning(self.tr("Fast GeoPackage writing failed ({0}); writing feature by "
                                             "feature instead.").format(e))
                fastwrite.forget(context, plan)
                plan = None
        if plan is None:
            dest_id = self.write_sink(parameters, context, feedback, source, table, kinds, columns)
            if dest_id is None:
                return {}
        style_output_when_loaded(context, dest_id, "dscore")
        return {self.OUTPUT: dest_id}

    def write_sink(self, parameters, context, feedback, source, table, kinds, columns):
        new_fields = QgsFields()
        for name, kind in kinds:
            new_fields.append(QgsField(name, kind))
        fields, keep, replaced = points.output_fields(source.fields(), new_fields)
        if replaced:
            feedback.pushWarning(self.tr("Input fields replaced by the output's: {0}.").format(
                ", ".join(replaced)))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        written = points.write_features(source, sink, table, keep, columns, feedback, (85.0, 100.0))
        if feedback.isCanceled():
            return None
        feedback.pushInfo(self.tr("{0} features written.").format(written))
        return dest_id


def score_table(alg, table, sector_field, jobs_field, floor, metric, factor, feedback, span,
                how=("exact", 1e-5)):
    """D-scores, deciles, J and jobs for a PointTable; logs every NULL and why.
    Returns None when canceled."""
    n = len(table)
    if sector_field:
        groups, keys = points.group_ids(table.values[sector_field])
    else:
        groups, keys = np.zeros(n, dtype=np.int64), [None]
    has_sector = groups >= 0
    if jobs_field:
        jobs, n_null_jobs, n_bad_jobs = points.numbers_or_default(table.values[jobs_field])
        if n_null_jobs:
            feedback.pushInfo(alg.tr("{0} NULL jobs values counted as 1.").format(n_null_jobs))
        if n_bad_jobs:
            feedback.pushWarning(alg.tr("{0} negative or unreadable jobs values counted as 1.").format(
                n_bad_jobs))
    else:
        jobs = np.ones(n)
    x = table.x * factor if metric == "euclidean" else table.x
    y = table.y * factor if metric == "euclidean" else table.y

    start, stop = span

    def progress(f):
        feedback.setProgress(start + (stop - start) * f)

    if how[0] == "fast" and metric != "euclidean":
        # said before the work starts: exact sums over a large sector take minutes
        feedback.pushWarning(alg.tr(
            "Geographic coordinates (degrees): the fast method needs a projected CRS, so every "
            "D-score is computed exactly, over all pairs — minutes for sectors of 100,000 "
            "locations or more. For the fast method, reproject the layer to a local projected "
            "CRS in metres first (EPSG:28992, RD New, in the Netherlands)."))
    try:
        d, n_group, bound = core.dscore(x, y, groups, floor, metric, progress, feedback.isCanceled,
                                        method=how[0], tol=how[1], return_bound=True)
    except core.Canceled:
        return None
    decile = core.deciles_within_groups(d, groups)

    located = np.isfinite(table.x)
    if table.n_no_geometry:
        feedback.pushWarning(alg.tr("{0} features have no (valid) geometry: kept, with a NULL score.")
                             .format(table.n_no_geometry))
    if table.n_multipart:
        feedback.pushInfo(alg.tr("{0} multi-point features with several parts: each scored at the "
                                 "mean of its parts.").format(table.n_multipart))
    n_no_sector = int((~has_sector).sum())
    if n_no_sector:
        feedback.pushWarning(alg.tr("{0} features have a NULL or blank sector: kept, with a NULL score.")
                             .format(n_no_sector))
    single = located & has_sector & (n_group == 1)
    if single.any():
        feedback.pushWarning(alg.tr("{0} establishments are alone in their sector (J = 1): their "
                                    "score is undefined (NULL).").format(int(single.sum())))
    scored = int(np.isfinite(d).sum())
    feedback.pushInfo(alg.tr("{0} of {1} features scored in {2} sectors; {3} have a NULL score.")
                      .format(scored, n, len(keys), n - scored))
    if scored:
        feedback.pushInfo(alg.tr("D-score: min {0:.5f}, mean {1:.5f}, max {2:.5f} (1/km).").format(
            np.nanmin(d), np.nanmean(d), np.nanmax(d)))
    sectors.log_bound(feedback, bound, how)
    return d, decile, n_group, jobs, has_sector, bound
