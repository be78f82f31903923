"""National reference totals for a layer that holds only part of the country (a
province's own establishments): E(s) and E of the location quotient and the national
sector jobs come from a CSV instead of the layer.

The CSV (UTF-8, comma- or semicolon-separated) has the columns `sector` (a sector name
as in the sector definitions, or a value of the sector field; `all` for the whole
economy), `establishments` and `jobs` (national totals; either may be empty when the
other basis is used). Example:

    sector,establishments,jobs
    all,2150000,10480000
    Brainport activities,15500,312000
"""
import csv
import io

import numpy as np
from qgis.core import QgsProcessingException

from .i18n import tr

REFERENCE_TOTALS = "REFERENCE_TOTALS"
EDGE_KM = 20.0
ALL = "all"


def read(run):
    """{sector name (lower case): {"establishments": float or None, "jobs": …}} from the
    REFERENCE_TOTALS file, or None when none is given. Checked before the points are read."""
    path = run.file(REFERENCE_TOTALS)
    if not path:
        return None
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
    except OSError as e:
        raise QgsProcessingException(tr("Cannot read the reference totals “{0}”: {1}").format(path, e)) from e
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
    rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    if not rows or not {"sector", "establishments", "jobs"} <= {k.strip().lower() for k in rows[0]}:
        raise QgsProcessingException(tr("Reference totals “{0}” need the columns sector, establishments and jobs "
                                        "(see the help).").format(path))
    out = {}
    for line, row in enumerate(rows, 2):
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        out[row["sector"].lower()] = {k: _number(row[k], path, line, k) for k in ("establishments", "jobs")}
    if ALL not in out:
        raise QgsProcessingException(tr("Reference totals “{0}” need a row “all” with the totals of the whole "
                                        "economy.").format(path))
    return out


def _number(text, path, line, column):
    if not text:
        return None
    try:
        value = float(text.replace(" ", "").replace(",", "."))
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise QgsProcessingException(tr("Reference totals “{0}”, line {1}: “{2}” is not a number of {3}.").format(
            path, line, text, column))
    return value


def national(reference, sector, basis):
    """The reference dict for core.regions.profile, or None without reference totals.
    Raises a clear error when the sector or the basis's column is missing."""
    if reference is None:
        return None
    row, total = reference.get(sector.strip().lower()), reference[ALL]
    if row is None:
        raise QgsProcessingException(tr("The reference totals have no row for the sector “{0}”.").format(sector))
    column = "establishments" if basis == "establishments" else "jobs"
    if row[column] is None or total[column] is None:
        raise QgsProcessingException(tr("The reference totals give no {0} for “{1}” (or for all): needed for the "
                                        "LQ on {0}.").format(column, sector))
    return {"n_sector": row["establishments"] or 0.0, "n_total": total["establishments"] or 0.0,
            "jobs_sector": row["jobs"] if row["jobs"] is not None else np.nan,
            "jobs_total": total["jobs"] if total["jobs"] is not None else np.nan}


def log_frame(run, est):
    """With reference totals the layer holds part of the country: say so, and how many
    establishments lie near the edge of its extent (their D-scores miss neighbours)."""
    run.info(tr("National totals from the reference table: the layer is taken to hold part of the country; "
                "LQs use the national E(s) and E, jobs shares the national sector jobs."))
    x, y = est.coordinates()
    ok = np.isfinite(x)
    if not ok.any() or est.metric != "euclidean":
        return
    x, y = x[ok], y[ok]
    edge = np.minimum.reduce([x - x.min(), x.max() - x, y - y.min(), y.max() - y])
    share = float((edge < EDGE_KM * 1000.0).mean())
    run.warn(tr("{0:.0%} of the located establishments lie within {1:.0f} km of the edge of the layer's extent: their "
                "D-scores miss the establishments across the edge and are lower than a national run would give "
                "(the mean D of regions at the edge too).").format(share, EDGE_KM))
