"""The one regional-profile step shared by regionprofile and sectorprofiles: the profile
of a sector per region (LQ, mean D, jobs, with national reference totals where given),
the large-volume threshold, the small-number flag, the region types, and the columns and
log lines that present them (PBL/CBS, Raspe et al. 2012, appendix 3 and table 1)."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import charts, compat, outputs, parameters, reports, totals
from . import definitions as defs
from .core import regions as core
from .i18n import tr
from .outputs import Column

LARGE_VOLUME_MODE = "LARGE_VOLUME_MODE"
LARGE_VOLUME = "LARGE_VOLUME"
MIN_COUNT = "MIN_COUNT"
MODE_OPTIONS = (defs.QT_TRANSLATE_NOOP("definitions", "Median of the regions (or the number below when given)"),
                defs.QT_TRANSLATE_NOOP("definitions", "Sector jobs: the number below"),
                defs.QT_TRANSLATE_NOOP("definitions", "Share of the sector's national jobs: the percentage below"))


def add_parameters(alg, min_count_id=MIN_COUNT):
    """LARGE_VOLUME_MODE, LARGE_VOLUME, the small-number minimum and REFERENCE_TOTALS."""
    parameters.add(alg, QgsProcessingParameterEnum(
        LARGE_VOLUME_MODE, tr("Large job volume"), options=parameters.options(MODE_OPTIONS), defaultValue=0),
        tr("What “large volume” means in the region types (the reports fix no number): the median sector jobs "
           "of the regions that have the sector, a number of sector jobs, or a share of the sector's national jobs."))
    large = QgsProcessingParameterNumber(LARGE_VOLUME, tr("Large job volume: jobs, or percent of the national sector "
                                                          "jobs"), compat.DOUBLE, optional=True, minValue=0.0)
    large.setMetadata({"widget_wrapper": {"decimals": 1}})
    parameters.add(alg, large, tr("Sector jobs (or, with the share, percent of the sector's national jobs) from "
                                  "which a region counts as large. Empty with the median: the median."))
    parameters.add(alg, QgsProcessingParameterNumber(
        min_count_id, tr("Fewer establishments than this: flagged as small numbers"), compat.INTEGER,
        defaultValue=10, minValue=1),
        tr("A region whose sector has fewer establishments gets small_n = 1: its LQ and type rest on too few "
           "firms (one large firm makes a region “specialised”)."), advanced=True)
    parameters.add(alg, QgsProcessingParameterFile(
        totals.REFERENCE_TOTALS, tr("National reference totals (CSV; for a layer of one province)"), extension="csv",
        optional=True),
        tr("When the layer holds only part of the country: national totals per sector (columns sector, "
           "establishments, jobs; a row “all”) for the LQ's E(s) and E and the jobs shares."), advanced=True)


def large_volume_mode(run):
    mode = run.enum(LARGE_VOLUME_MODE) if run.alg.parameterDefinition(LARGE_VOLUME_MODE) else 0
    if mode == 0:
        return ("jobs", run.number(LARGE_VOLUME)) if run.has(LARGE_VOLUME) else ("median", None)
    if not run.has(LARGE_VOLUME):
        raise QgsProcessingException(tr("Give the large job volume (jobs or percent), or choose the median."))
    return ("jobs", "share")[mode - 1], run.number(LARGE_VOLUME)


def classify(run, result, bench_mean, mode, minimum):
    """(large-volume threshold in jobs, region type per region (0 undefined), small_n)."""
    national_jobs = result.get("national_jobs", np.nansum(result["jobs_sector"]))
    large = core.large_volume(mode[0], mode[1], result["jobs_sector"], result["n_sector"], national_jobs)
    types = core.region_types(result["lq"], result["mean_d"], result["jobs_sector"],
                              bench_mean if np.isfinite(bench_mean) else np.inf, large)
    if not np.isfinite(bench_mean):
        types[:] = 0
    return large, types, core.small_numbers(result["n_sector"], minimum)


def profile(run, index, n_regions, mask, jobs, d, basis, reference):
    """core.regions.profile with national totals from the reference table when given."""
    result = core.profile(index, n_regions, mask, jobs, d, basis, reference)
    result["national_jobs"] = reference["jobs_sector"] if reference else float(jobs[mask].sum())
    return result


def type_labels():
    """The region types' labels in the user's language."""
    return {t: QCoreApplication.translate("definitions", label) for t, (label, _) in defs.REGION_TYPES.items()}


def columns(result, types, small, large):
    """The profile's output columns (public API: saved models read them)."""
    labels = {t: label for t, (label, _) in defs.REGION_TYPES.items()}
    return [Column("n_sector", "int", result["n_sector"].tolist()),
            Column("n_total", "int", result["n_total"].tolist()),
            Column("jobs_sector", "double", outputs.values(result["jobs_sector"])),
            Column("jobs_total", "double", outputs.values(result["jobs_total"])),
            Column("jobs_share", "double", outputs.values(result["jobs_share"])),
            Column("lq", "double", outputs.values(result["lq"])),
            Column("mean_d", "double", outputs.values(result["mean_d"])),
            Column("n_scored", "int", result["n_scored"].tolist()),
            Column("region_type", "int", [int(t) if t else None for t in types.tolist()]),
            Column("type_label", "string", [_label(labels, t, s) for t, s in zip(types.tolist(), small.tolist())]),
            Column("small_n", "int", small.tolist()),
            Column("large_volume", "double", [float(large)] * len(types))]


def _label(labels, t, small):
    label = labels.get(int(t))
    return label + " (n < min)" if label and small else label


def log_summary(run, result, types, small, large):
    empty = int((result["n_total"] == 0).sum())
    if empty:
        run.info(tr("{0} regions have no establishments: zeros, LQ NULL.").format(empty))
    none = int(((result["n_total"] > 0) & (result["n_sector"] == 0)).sum())
    if none:
        run.info(tr("{0} regions have none of the sector: LQ 0, mean D NULL.").format(none))
    run.info(tr("Large job volume: at least {0:.1f} sector jobs.").format(large))
    counts = np.bincount(types, minlength=7)
    run.info(tr("Region types: {0}.").format(
        ", ".join("{0}: {1}".format(t, counts[t]) for t in range(1, 7)) + ", NULL: {0}".format(counts[0])))
    if small.any():
        run.warn(tr("{0} regions have fewer establishments of the sector than the minimum: flagged (small_n = 1); "
                    "their LQ and type are not reliable.").format(int(small.sum())))


def bubble_chart(run, png, svg_path, title, note, names, result, types_small, bench_mean, y_ratio=None):
    """The report's bubble chart of one sector (regions with small numbers hollow, *); with
    y_ratio the y axis is the mean d_ratio per region, with its line at 1."""
    types, small = types_small
    texts, y = charts.texts(), result["mean_d"]
    if y_ratio is not None:
        y, bench_mean = y_ratio, 1.0
        texts.update(y=tr("Mean d_ratio: D against the D expected under random labelling"),
                     bench_line=tr("random labelling: {0:.0f} "))
    svg, drawn, labelled = charts.bubble_chart(png, svg_path, names, result["lq"], y,
                                               result["jobs_sector"], types, bench_mean, title, note,
                                               type_labels=type_labels(), texts=texts, flagged=small)
    run.info(tr("Bubble chart: {0} regions drawn, {1} labelled.").format(drawn, labelled))
    return svg


def table(found, result, types_small):
    """The profile as an HTML table, regions by sector jobs; * marks small numbers."""
    types, small = types_small
    head = (tr("Region id"), tr("Region"), tr("Establishments (sector)"), tr("Establishments (all)"),
            tr("Jobs (sector)"), tr("Share of national sector jobs (%)"), "LQ", tr("Mean D (1/km)"), tr("Type"))
    labels = type_labels()
    fmt = reports.fmt
    rows = [[fmt(found.ids[k]), fmt(found.names[k]) + (" *" if small[k] else ""), fmt(int(result["n_sector"][k])),
             fmt(int(result["n_total"][k])), fmt(float(result["jobs_sector"][k]), 0),
             fmt(100 * float(result["jobs_share"][k]), 1), fmt(float(result["lq"][k]), 3),
             fmt(float(result["mean_d"][k]), 4), fmt(labels.get(int(types[k]), ""))]
            for k in np.argsort(-result["jobs_sector"], kind="stable")]
    footnote = '<p class="note">%s</p>' % tr("* fewer establishments of the sector than the minimum: LQ and type "
                                            "not reliable.") if small.any() else ""
    return reports.table(head, rows, set(range(2, 8))) + footnote
