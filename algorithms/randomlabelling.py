"""The one significance step (random labelling, METHOD.md §12), shared by significance,
clusters (its "significant" option), sectorsummary (the sector-level test) and, for the
mean d_ratio per region, regionprofile: the control population, the parameters, the test
with the run's floor, method and tolerance, its log lines and output columns.

The values written into the data (d_class: "significant" / "not significant") stay English,
as the cluster labels do, so that expressions and models do not depend on the language."""
import numpy as np
from qgis.core import (
    QgsExpression,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterNumber,
)

from . import benchmarking, compat, outputs, scoring, sectors
from . import definitions as defs
from . import parameters as params
from .core import significance as core
from .definitions import QT_TRANSLATE_NOOP
from .i18n import sector_name, tr
from .outputs import Column

# parameter ids (public API)
CONTROL = "CONTROL"
CONTROL_EXPRESSION = "CONTROL_EXPRESSION"
ALPHA = "ALPHA"
MONTE_CARLO = "MONTE_CARLO"
DRAWS = "DRAWS"
SEED = "SEED"
SMALL_J = "MONTE_CARLO_BELOW"
DEFAULT_SEED = 2012
MC_BUDGET = 4e9  # kernel evaluations of a per-establishment Monte Carlo test (about a minute)

# output fields (public API)
D_EXPECTED = "d_expected"
D_SD = "d_sd"
D_RATIO = "d_ratio"
D_Z = "d_z"
D_P = "d_p"
D_CLASS = "d_class"
N_CONTROL = "n_control"
MEAN_D_P = "mean_d_p"
SIGNIFICANT, NOT_SIGNIFICANT = "significant", "not significant"

# enum options: the option index is the public value
CONTROL_BENCHMARK, CONTROL_LAYER, CONTROL_BY_EXPRESSION = 0, 1, 2
CONTROL_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "The sector's benchmark population, with the sector"),
                   QT_TRANSLATE_NOOP("definitions", "The whole layer"),
                   QT_TRANSLATE_NOOP("definitions", "The establishments of the control expression, with the sector"))
MONTE_CARLO_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Automatic: for sectors smaller than the size below"),
                       QT_TRANSLATE_NOOP("definitions", "Always"),
                       QT_TRANSLATE_NOOP("definitions", "Never (normal approximation)"))


# -- parameters ---------------------------------------------------------------------------
def add_control(alg):
    """CONTROL and CONTROL_EXPRESSION (with BENCHMARK, which the caller adds)."""
    params.add(alg, QgsProcessingParameterEnum(CONTROL, tr("Control population"),
                                               options=params.options(CONTROL_OPTIONS),
                                               defaultValue=CONTROL_BENCHMARK),
               tr("The establishments the sector's labels are drawn from under the null hypothesis: the sector's "
                  "benchmark population together with the sector (default), the whole layer, or those of the "
                  "control expression together with the sector."))
    params.add(alg, QgsProcessingParameterExpression(CONTROL_EXPRESSION, tr("Control expression"),
                                                     parentLayerParameterName=params.INPUT, optional=True),
               tr("With the control population by expression: a QGIS expression true for its establishments, "
                  "e.g. \"sbi\" LIKE '6%' or \"a10\" = 'J'."))


def add_test_settings(alg):
    """ALPHA, MONTE_CARLO, DRAWS, SEED and MONTE_CARLO_BELOW."""
    alpha = number(ALPHA, tr("Significance level α (Benjamini–Hochberg over the sector)"), 0.05, 1e-6, 0.5)
    alpha.setMetadata({"widget_wrapper": {"decimals": 4}})
    params.add(alg, alpha, tr("The false discovery rate controlled over the sector's establishments (Benjamini & "
                              "Hochberg 1995): of the establishments called significant, at most this share is "
                              "expected to be so by chance."))
    params.add(alg, QgsProcessingParameterEnum(MONTE_CARLO, tr("Monte Carlo p-values"),
                                               options=params.options(MONTE_CARLO_OPTIONS), defaultValue=0),
               tr("Rank-based p-values from random draws instead of the normal approximation, which is poor for "
                  "small sectors. Its cost grows with the square of the sector's size."))
    add_draws_and_seed(alg, advanced=True)
    params.add(alg, number(SMALL_J, tr("Monte Carlo automatically below this many establishments"), 30, 3, 100000,
                           integer=True),
               tr("With the automatic choice: sectors with fewer located establishments get Monte Carlo p-values."),
               advanced=True)


def add_draws_and_seed(alg, advanced=False, optional=False):
    params.add(alg, number(DRAWS, tr("Monte Carlo draws"), 99, 9, 99999, integer=True, optional=optional),
               tr("Random draws per test; the smallest p-value is 1/(draws + 1)."), advanced=advanced)
    params.add(alg, number(SEED, tr("Random seed"), DEFAULT_SEED, 0, 2 ** 31 - 1, integer=True, optional=optional),
               tr("The seed of the random draws: the same seed gives the same p-values. It is written to the log."),
               advanced=advanced)


def number(name, label, default, low, high, integer=False, optional=False):
    return QgsProcessingParameterNumber(name, label, compat.INTEGER if integer else compat.DOUBLE,
                                        defaultValue=default, minValue=low, maxValue=high, optional=optional)


# -- the control population ---------------------------------------------------------------
def plan_control(run, how, mode=None):
    """Before reading: ("benchmark", name), ("layer", None) or ("expression", text), checked."""
    mode = run.enum(CONTROL) if mode is None else mode
    if mode == CONTROL_LAYER:
        return "layer", None
    if mode == CONTROL_BY_EXPRESSION:
        text = run.expression(CONTROL_EXPRESSION)
        if not text:
            raise QgsProcessingException(tr("Give the control expression, or choose another control population."))
        parsed = QgsExpression(text)
        if parsed.hasParserError():
            raise QgsProcessingException(tr("Control expression “{0}”: {1}").format(text, parsed.parserErrorString()))
        return "expression", text
    name = benchmarking.chosen_name(run, how[1] if how and how[0] == "definition" else None)
    if name is None:
        raise QgsProcessingException(tr("The sector has no definition naming its benchmark: choose Industry or "
                                        "Services as benchmark, or another control population."))
    if not run.string(params.SBI_FIELD):
        raise QgsProcessingException(tr("The {0} as control population needs the SBI code field.").format(
            sector_name(name)))
    sectors.find_definition(run, name)
    return "benchmark", name


def control_mask(run, est, control, sector_mask):
    """The control population C ∪ S of a plan, logged."""
    kind, what = control
    if kind == "layer":
        mask, label = np.ones(len(est), dtype=bool), tr("the whole layer")
    elif kind == "expression":
        mask, label = sectors.expression_members(run, est, what), what
    else:
        mask, label = sectors.members(run, est, sectors.find_definition(run, what)), sector_name(what)
    mask = mask | sector_mask
    run.info(tr("Control population: {0} together with the sector, {1} establishments ({2} with a location).").format(
        label, int(mask.sum()), int((mask & est.located()).sum())))
    return mask


# -- the test -------------------------------------------------------------------------------
def settings(run):
    """(alpha, Monte Carlo mode, draws, seed, small J) of the run's parameters."""
    return (run.number(ALPHA), core.MONTE_CARLO_MODES[run.enum(MONTE_CARLO)], run.integer(DRAWS),
            run.integer(SEED), run.integer(SMALL_J))


def labelling(run, est, sector_mask, control, span, setup=None):
    """The random-labelling test of every establishment of the sector (core Labelling), with
    the run's floor, method, tolerance and `setup` (alpha, mode, draws, seed, small J;
    default the parameters'); logged."""
    alpha, mode, draws, seed, small_j = setup or settings(run)
    x, y = est.coordinates()
    located = sector_mask & est.located()
    j = int(located.sum())
    use_mc = mode == "always" or (mode == "auto" and j < small_j)
    if use_mc and core.monte_carlo_cost(j, draws) > MC_BUDGET:
        raise QgsProcessingException(tr(
            "Monte Carlo p-values for {0} establishments with {1} draws would take {2:.0e} distance evaluations "
            "(hours): choose the automatic mode, the normal approximation or fewer draws.").format(
                j, draws, core.monte_carlo_cost(j, draws)))
    how, tol = scoring.method(run)
    if how == "fast" and est.metric != "euclidean":
        run.warn(tr("Geographic coordinates (degrees): the fast method needs a projected CRS, so the sums over the "
                    "control population are computed exactly — long for large sectors. Reproject the layer to a "
                    "local projected CRS in metres first (EPSG:28992, RD New, in the Netherlands)."))
    result = core.random_labelling(x, y, sector_mask, control, scoring.floor(run), est.metric, how, tol, alpha, mode,
                                   draws, seed, small_j, run.progress(*span), run.feedback.isCanceled)
    log(run, result, alpha, use_mc, draws, seed, tol)
    return result


def log(run, result, alpha, use_mc, draws, seed, tol):
    sector = np.isfinite(result.d)
    run.info(tr("Random labelling: J = {0} establishments of the sector within a control population of N = {1}; "
                "null hypothesis: the J − 1 others of each are a random draw from the N − 1 others.").format(
                    result.j, result.n))
    if result.method == "fast":
        run.info(tr("Σk and Σk² by the fast method, certified: largest relative error bound {0:.1e} (tolerance "
                    "{1:g}).").format(float(np.nanmax(result.bound)) if sector.any() else 0.0, tol))
    if use_mc:
        run.info(tr("Monte Carlo p-values: {0} draws per establishment, seed {1}.").format(draws, seed))
    elif result.j < 30:
        run.warn(tr("Only {0} establishments: the normal approximation is poor for small sectors; choose Monte "
                    "Carlo p-values.").format(result.j))
    untested = int((sector & ~np.isfinite(result.p)).sum())
    if untested:
        run.warn(tr("{0} establishments cannot be tested: their D-score is fixed under the null hypothesis (the "
                    "sector is the whole control population, or every kernel value is equal).").format(untested))
    run.info(tr("Significant at α = {0:g} (Benjamini–Hochberg over the sector): {1} of {2}; mean d_ratio {3:.3f}.")
             .format(alpha, int(result.significant.sum()), int(sector.sum()),
                     float(np.nanmean(result.ratio)) if sector.any() else float("nan")))


def classes(result):
    """The d_class values: "significant", "not significant", or None where not tested."""
    tested = np.isfinite(result.p)
    return [None if not t else (SIGNIFICANT if s else NOT_SIGNIFICANT)
            for t, s in zip(tested.tolist(), result.significant.tolist())]


def columns(result):
    """The output columns of the test (NULL outside the sector and where undefined)."""
    return [Column(defs.D_SCORE, "double", outputs.values(result.d)),
            Column(D_EXPECTED, "double", outputs.values(result.expected)),
            Column(D_SD, "double", outputs.values(core.sqrt_or_nan(result.variance))),
            Column(D_RATIO, "double", outputs.values(result.ratio)),
            Column(D_Z, "double", outputs.values(result.z)),
            Column(D_P, "double", outputs.values(result.p)),
            Column(D_CLASS, "string", classes(result))]


def d_ratio(run, est, sector_mask, control_mask, span):
    """d_ratio = D / μ of every establishment of the sector (NaN elsewhere): its D-score
    against the D-score expected under random labelling within the control population (for
    the mean d_ratio per region). The normal approximation only: no draws."""
    return labelling(run, est, sector_mask, control_mask, span, (0.05, "never", 1, DEFAULT_SEED, 0)).ratio


def sector_p(run, est, sector_mask, control_mask, draws, seed, span):
    """The sector-level Monte Carlo test: (p, observed mean D, mean of the null means)."""
    x, y = est.coordinates()
    how, tol = scoring.method(run)
    out = core.sector_test(x, y, sector_mask, control_mask, scoring.floor(run), est.metric, how, tol, draws, seed,
                           run.progress(*span), run.feedback.isCanceled)
    return out["p"], out["mean_d"], out["null_mean"]
