"""D-scores for the algorithms: the core's dscore() with the run's floor, method and
tolerance, its progress and cancel, and the log lines that say how exact they are."""
import numpy as np
from qgis.core import QgsProcessingException

from . import definitions as defs
from . import parameters as params
from .core import dscore as core
from .i18n import tr


def floor(run):
    value = run.number(params.DISTANCE_FLOOR)
    if not value > 0:
        raise QgsProcessingException(tr("The distance floor must be more than 0 metres (it is {0}).").format(value))
    return value


def method(run):
    """(method, tolerance) for core.dscore."""
    fast = run.enum(params.METHOD) == defs.Method.FAST
    return ("fast" if fast else "exact"), run.number(params.TOLERANCE)


def score_groups(run, est, groups, span):
    """D-scores within each group (negative: none): (d, J per establishment, bound)."""
    how = method(run)
    if how[0] == "fast" and est.metric != "euclidean" and not run.cache.get("degrees_warned"):
        run.cache["degrees_warned"] = True  # said before the work: exact sums take minutes
        run.warn(tr("Geographic coordinates (degrees): the fast method needs a projected CRS, so every D-score is "
                    "computed exactly, over all pairs — minutes for sectors of 100,000 locations or more. For the "
                    "fast method, reproject the layer to a local projected CRS in metres first (EPSG:28992, "
                    "RD New, in the Netherlands)."))
    x, y = est.coordinates()
    d, n_group, bound = core.dscore(x, y, groups, floor(run), est.metric, run.progress(*span),
                                    run.feedback.isCanceled, method=how[0], tol=how[1], return_bound=True)
    log_bound(run, bound, how)
    return d, n_group, bound


def score_subset(run, est, mask, span):
    """D-scores of the located establishments in `mask`, within that population; NaN
    elsewhere."""
    d, _, _ = score_groups(run, est, np.where(mask, 0, -1), span)
    return d


def log_bound(run, bound, how):
    """Say how exact the D-scores are."""
    ok = np.isfinite(bound)
    if not ok.any():
        return
    if how[0] == "exact" or not (bound[ok] > 0).any():
        run.info(tr("D-scores computed exactly (all pairs, float64)."))
    else:
        run.info(tr("Fast method: every D-score certified; largest certified relative error {0:.1e} (tolerance "
                    "{1:g}); {2} computed exactly.").format(float(bound[ok].max()), how[1],
                                                            int((bound[ok] == 0).sum())))


def numbers(run, est, role):
    """The values of a numeric field (D-scores) as floats, NULL as NaN."""
    return np.array([np.nan if v is None else float(v) for v in est.column(role)], dtype=np.float64)
