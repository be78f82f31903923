"""The outputs of a whole-economy run (sectorprofiles), as the PBL/CBS top-sector note
shows them: the long table (one row per sector and region), appendix 3 (one row per
region and a national row, jobs / specialisation / concentration per sector), table 1
(the regions of type 1–3 per sector), table 2 (per parent region: "sector (regions)"),
figure 1 (mean D per sector against both benchmarks) and one report page."""
import os

import numpy as np
from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination

from . import charts, compat, outputs, parameters, profiling
from . import definitions as defs
from .core import profiles as core
from .i18n import sector_name, tr
from .outputs import Column
from .wholereport import page, reliable_types


def add_outputs(alg, names):
    long, wide, table1, table2, figure, _, html = names
    for name, label, help_text in (
            (long, tr("Profiles (one row per sector and region)"),
             tr("sector, benchmark, region, parent, and the fields of the regional profile.")),
            (wide, tr("Appendix 3: jobs, specialisation and concentration"),
             tr("One row per region and a national row; per sector its jobs, LQ and mean D.")),
            (table1, tr("Table 1: regions of type 1, 2 and 3 per sector"), tr("The region names per type.")),
            (table2, tr("Table 2: sectors per parent region and type"),
             tr("Per parent region (landsdeel, province) and type: “sector (regions)”. Needs the parent field."))):
        parameters.add(alg, QgsProcessingParameterFeatureSink(name, label, compat.ANY_LAYER, optional=name != long),
                       help_text)
    parameters.add(alg, QgsProcessingParameterFileDestination(
        figure, tr("Figure 1: mean D per sector (PNG; an SVG beside it)"), tr("PNG files (*.png)"), optional=True),
        tr("Horizontal bars of each sector's mean D, with both benchmark means marked."))
    parameters.add(alg, QgsProcessingParameterFileDestination(
        html, tr("Report (HTML)"), tr("HTML files (*.html)"), optional=True),
        tr("One page: figure 1, appendix 3, tables 1 and 2, and every sector's bubble chart with its key numbers."))


def parents(run, found, field):
    """The parent region of every region (from the regions' field), or None."""
    name = run.string(field)
    if not name or found.features is None:
        return None
    from .regions import text
    return [text(f[name]) for f in found.features]


def write(run, names, found, parent_of, profiles, bench_means, label):
    long, wide, table1, table2, figure, figure_svg, html = names
    results = {long: outputs.write_table(run, long, long_columns(found, parent_of, profiles))}
    if run.parameters.get(wide) is not None:
        results[wide] = outputs.write_table(run, wide, wide_columns(found, profiles))
    if run.parameters.get(table1) is not None:
        results[table1] = outputs.write_table(run, table1, table1_columns(found, profiles))
    if run.parameters.get(table2) is not None:
        if parent_of is None:
            run.warn(tr("Table 2 needs the parent region field: not written."))
        else:
            results[table2] = outputs.write_table(run, table2, table2_columns(parent_of, found, profiles))
    results.update(figure_and_report(run, (figure, figure_svg, html), found, parent_of, profiles, bench_means,
                                     label))
    return results


def long_columns(found, parent_of, profiles):
    rows = {k: [] for k in ("sector", "benchmark", "region_id", "region_name", "parent")}
    cols = {}
    for p in profiles:
        for k, v in (("sector", p.name), ("benchmark", p.benchmark)):
            rows[k] += [v] * len(found)
        rows["region_id"] += list(found.ids)
        rows["region_name"] += list(found.names)
        rows["parent"] += list(parent_of) if parent_of else [None] * len(found)
        for c in profiling.columns(p.result, p.types, p.small, p.large):
            cols.setdefault(c.name, (c.kind, []))[1].extend(c.values)
    return ([Column(k, "string", v) for k, v in rows.items()] +
            [Column(name, kind, values) for name, (kind, values) in cols.items()])


def wide_columns(found, profiles):
    """Appendix 3: regions, then the national row (jobs: national sector jobs; LQ 1;
    concentration: the sector's mean D)."""
    keys = core.column_keys([p.name for p in profiles])
    out = [Column(defs.REGION_ID, "string", list(found.ids) + ["NL"]),
           Column(defs.REGION_NAME, "string", list(found.names) + [tr("National total")])]
    for key, p in zip(keys, profiles):
        r = p.result
        out += [Column(key + "_jobs", "double", outputs.values(np.append(r["jobs_sector"], r["national_jobs"]))),
                Column(key + "_lq", "double", outputs.values(np.append(r["lq"], 1.0))),
                Column(key + "_mean_d", "double", outputs.values(np.append(r["mean_d"], p.mean_d)))]
    return out


def table1_columns(found, profiles):
    by_type = [core.regions_by_type(found.names, reliable_types(p), _by_jobs(p)) for p in profiles]
    return [Column("sector", "string", [p.name for p in profiles])] + [
        Column("type%d" % t, "string", ["; ".join(b[t]) for b in by_type]) for t in core.TOP_TYPES]


def table2_columns(parent_of, found, profiles):
    cells = core.sectors_by_parent(parent_of, [(p.name, found.names, reliable_types(p)) for p in profiles])
    order = list(dict.fromkeys(p for p in parent_of if p is not None))
    return [Column("parent", "string", order)] + [
        Column("type%d" % t, "string", ["; ".join(cells.get((parent, t), [])) for parent in order])
        for t in core.TOP_TYPES]


def _by_jobs(p):
    return np.argsort(-p.result["jobs_sector"], kind="stable")


def figure_and_report(run, names, found, parent_of, profiles, bench_means, label):
    figure, figure_svg, html = names
    png = outputs.file_output(run, figure)
    html_path = outputs.file_output(run, html)
    out = {}
    svg_path = os.path.splitext(png)[0] + ".svg" if png else ""
    svg = charts.sector_means_chart(png, svg_path, [sector_name(p.name) for p in profiles],
                                    [p.mean_d for p in profiles],
                                    bench_means, tr("Mean D-score per sector"), charts.texts(),
                                    [p.benchmark for p in profiles]) \
        if (png or html_path) else ""
    if png:
        out[figure], out[figure_svg] = png, svg_path
    if html_path:
        outputs.write_text(html_path, page(run, svg, found, parent_of, profiles, label))
        out[html] = html_path
    return out

