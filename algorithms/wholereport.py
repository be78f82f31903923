"""The report of a whole-economy run: one page a province can print or send — figure 1,
appendix 3, tables 1 and 2, then sector by sector its bubble chart and key numbers."""
import html

import numpy as np

from . import profiling, reports
from .core import profiles as core
from .i18n import sector_name, tr


def reliable_types(p):
    """The types for tables 1 and 2: regions with small numbers are left out (0)."""
    return np.where(p.small > 0, 0, p.types)


def page(run, figure_svg, found, parent_of, profiles, label):
    body = [figure_svg, "<h2>%s</h2>" % html.escape(tr("Appendix 3: jobs, specialisation (LQ) and concentration "
                                                         "(mean D) per region and sector")),
            appendix3(found, profiles),
            "<h2>%s</h2>" % html.escape(tr("Table 1: regions of type 1, 2 and 3 per sector")), table1(found, profiles)]
    if parent_of is not None:
        body += ["<h2>%s</h2>" % html.escape(tr("Table 2: sectors per parent region and type")),
                 table2(parent_of, found, profiles)]
    for p in profiles:
        run.check_canceled()
        body.append(sector_section(run, found, p))
    note = tr("Establishments: {0}. Region types: 1 clustered, large volume, specialised; 2 clustered, small volume, "
              "specialised; 3 clustered, large volume, not specialised. * fewer establishments than the minimum.") \
        .format(label)
    return reports.page(tr("Regional profiles of all sectors"), "\n".join(body), note)


def appendix3(found, profiles):
    fmt = reports.fmt
    head = ('<tr><th class="t" rowspan="2">%s</th>' % html.escape(tr("Region")) +
            "".join('<th colspan="3">%s</th>' % html.escape(sector_name(p.name)) for p in profiles) + "</tr><tr>" +
            "".join('<th class="n">%s</th><th class="n">LQ</th><th class="n">D</th>' % html.escape(tr("jobs"))
                    for _ in profiles) + "</tr>")
    rows = []
    for r in range(len(found)):
        cells = "".join('<td class="n">%s</td><td class="n">%s</td><td class="n">%s</td>' % (
            fmt(float(p.result["jobs_sector"][r]), 0), fmt(float(p.result["lq"][r]), 2) + ("*" if p.small[r] else ""),
            fmt(float(p.result["mean_d"][r]), 4)) for p in profiles)
        rows.append('<tr><td class="t">%s</td>%s</tr>' % (fmt(found.names[r]), cells))
    total = "".join('<td class="n">%s</td><td class="n">1.00</td><td class="n">%s</td>' % (
        fmt(float(p.result["national_jobs"]), 0), fmt(p.mean_d, 4)) for p in profiles)
    rows.append('<tr><th class="t">%s</th>%s</tr>' % (html.escape(tr("National total")), total))
    return '<div style="overflow-x:auto"><table>%s%s</table></div>' % (head, "".join(rows))


def table1(found, profiles):
    head = [tr("Sector"), tr("Type 1"), tr("Type 2"), tr("Type 3")]
    rows = []
    for p in profiles:
        order = np.argsort(-p.result["jobs_sector"], kind="stable")
        by_type = core.regions_by_type(found.names, reliable_types(p), order)
        rows.append([reports.fmt(sector_name(p.name))] + [reports.fmt("; ".join(by_type[t])) for t in core.TOP_TYPES])
    return reports.table(head, rows)


def table2(parent_of, found, profiles):
    cells = core.sectors_by_parent(parent_of, [(p.name, found.names, reliable_types(p)) for p in profiles])
    head = [tr("Parent region"), tr("Type 1"), tr("Type 2"), tr("Type 3")]
    rows = [[reports.fmt(parent)] + ["<br>".join(html.escape(c) for c in cells.get((parent, t), []))
                                     for t in core.TOP_TYPES]
            for parent in dict.fromkeys(p for p in parent_of if p is not None)]
    return reports.table(head, rows)


def sector_section(run, found, p):
    counts = np.bincount(p.types, minlength=7)
    key = tr("{0} establishments, {1} jobs; mean D {2} (benchmark {3}: {4}); regions of type 1, 2, 3: {5}, {6}, {7}; "
             "large volume: at least {8} sector jobs.").format(
        reports.fmt(p.n), reports.fmt(float(p.result["national_jobs"]), 0), reports.fmt(p.mean_d, 4),
        p.benchmark or "–", reports.fmt(float(p.bench_mean), 4), counts[1], counts[2], counts[3],
        reports.fmt(float(p.large), 0))
    title = tr("{0}: specialisation, concentration and jobs per region").format(sector_name(p.name))
    svg = profiling.bubble_chart(run, "", "", title, "", found.names, p.result, (p.types, p.small), p.bench_mean)
    return '<h2>%s</h2><p>%s</p>%s' % (html.escape(sector_name(p.name)), html.escape(key), svg)
