"""The steps of clusterindex:change after reading: growth and shift-share per region, the
demography of establishments, the output columns (regions and points), the log summary,
the portfolio chart and the report."""
import numpy as np

from . import charts, outputs, regions, reports, varieties
from .core import growth as core
from .i18n import tr
from .outputs import Column


def weights(year, jobs):
    return year.est.jobs if jobs else np.ones(len(year.rows))


def growth_per_region(run, n_regions, t0, t1, years, jobs):
    """Growth and shift-share of the sector per region (jobs or establishments), the
    national growth of the sector and of all sectors, and each region's own growth."""
    e_rs0, e_s0, e_r0, e0 = core.region_totals(t0.region, n_regions, t0.sector, weights(t0, jobs))
    e_rs1, e_s1, e_r1, e1 = core.region_totals(t1.region, n_regions, t1.sector, weights(t1, jobs))
    result = core.growth(e_rs0, e_rs1, e_s0, e_s1, e0, e1, years)
    result["growth_region"] = core.rate(e_r1, e_r0)
    result["e0"], result["e1"] = e_rs0, e_rs1
    result["national"] = (e_s0, e_s1, e0, e1)
    result["jobs_basis"] = jobs
    return result


def _keys(values, known):
    """Integer keys of ids (−1 for NULL), shared across the years through `known`."""
    out = np.full(len(values), -1, dtype=np.int64)
    for k, v in enumerate(values):
        text = regions.text(v)
        if text:
            out[k] = known.setdefault(text, len(known))
    return out


def demography(run, t0, t1, n_regions, move_distance):
    """Births, deaths, movers and stayers (all establishments), logged, and their counts
    per region for the sector."""
    known = {}
    key0, key1 = _keys(t0.est.column("id"), known), _keys(t1.est.column("id"), known)
    for year, key in ((t0, key0), (t1, key1)):
        null = int((key < 0).sum())
        repeated = int((key >= 0).sum()) - len(np.unique(key[key >= 0]))
        if null or repeated:
            run.warn(run.tr("At {0}: {1} establishments without an id and {2} with an id used before in that year: "
                            "neither born, dead, moved nor stayed (status NULL).").format(year.label, null, repeated))
    metric = t0.est.metric or "euclidean"
    demo = core.demography(key0, key1, t0.est.coordinates(), t1.est.coordinates(), move_distance, metric)
    both = demo["partner1"] >= 0
    unknown = int((both & ~np.isfinite(demo["moved1"])).sum())
    run.info(run.tr("Establishments (all sectors): {0} births, {1} deaths, {2} movers (more than {3:g} m), {4} "
                    "stayers.").format(int((demo["status1"] == core.BIRTH).sum()),
                                       int((demo["status0"] == core.DEATH).sum()),
                                       int((demo["status1"] == core.MOVER).sum()), move_distance,
                                       int((demo["status1"] == core.STAYER).sum())))
    if unknown:
        run.warn(run.tr("{0} establishments of both years have no location in one of them: counted as stayers (the "
                        "distance moved is unknown).").format(unknown))
    demo["counts"] = core.demography_counts(demo, t0.region, t1.region, t0.sector, t1.sector, t0.est.jobs,
                                            t1.est.jobs, n_regions)
    return demo


def log_summary(run, label, both, change, demo):
    t0, t1 = both
    e_s0, e_s1, e0, e1 = change["national"]
    what = tr("jobs") if change["jobs_basis"] else tr("establishments")
    run.info(run.tr("National growth {0}–{1} ({2}): sector “{3}” {4:+.2%} ({5:,.0f} → {6:,.0f}), all sectors "
                    "{7:+.2%} ({8:,.0f} → {9:,.0f}).").format(t0.label, t1.label, what, label,
                                                            float(core.rate(e_s1, e_s0)), e_s0, e_s1,
                                                            float(core.rate(e1, e0)), e0, e1))
    undefined = int((~(change["e0"] > 0)).sum())
    if undefined:
        run.info(run.tr("{0} regions have no {1} of the sector at {2}: growth and shift-share are NULL there.").format(
            undefined, what, t0.label))


def region_columns(change, profiles, demo, variety):
    p0, p1 = profiles
    out = [Column("n_t0", "int", p0["n_sector"].tolist()), Column("n_t1", "int", p1["n_sector"].tolist()),
           Column("jobs_t0", "double", outputs.values(p0["jobs_sector"])),
           Column("jobs_t1", "double", outputs.values(p1["jobs_sector"])),
           Column("change", "double", outputs.values(change["change"]))]
    for name, key in (("growth", "growth"), ("growth_ann", "annual"), ("growth_nat", "growth_sector"),
                      ("growth_all", "growth_all"), ("growth_rel", "relative"), ("growth_region", "growth_region"),
                      ("national_share", "national_share"), ("industry_mix", "industry_mix"),
                      ("regional_shift", "regional_shift")):
        out.append(Column(name, "double", outputs.values(change[key])))
    for name in ("lq", "mean_d"):
        with np.errstate(invalid="ignore"):
            diff = p1[name] - p0[name]
        out += [Column(name + "_t0", "double", outputs.values(p0[name])),
                Column(name + "_t1", "double", outputs.values(p1[name])),
                Column(name + "_diff", "double", outputs.values(diff))]
    if demo is not None:
        counts = demo["counts"]
        for name in ("births", "deaths", "movers_in", "movers_out", "stayers"):
            out.append(Column("n_" + name, "int", counts["n_" + name].tolist()))
            for key in ("jobs_" + name, "jobs_" + name + "_t0", "jobs_" + name + "_t1"):
                if key in counts:
                    out.append(Column(key, "double", outputs.values(counts[key])))
    if variety is not None:
        out += varieties.columns(variety, full=False)
    return out


def point_columns(est, here, both, demo, found):
    """Per feature of the layer `est`: period, status, in_sector, region_id, d_score_t0,
    d_score_t1, moved_m and jobs (NULL for the features of neither year)."""
    n = len(est)
    period, status, region_id = [None] * n, [None] * n, [None] * n
    in_sector = [None] * n
    d = [np.full(n, np.nan), np.full(n, np.nan)]
    moved = np.full(n, np.nan)
    for year in here:
        p = both.index(year)
        rows = year.rows.tolist()
        for k, row in enumerate(rows):
            period[row] = year.label
            in_sector[row] = int(year.sector[k])
            region_id[row] = found.ids[year.region[k]] if year.region[k] >= 0 else None
        d[p][year.rows] = year.d
        if demo is not None:
            names = [core.STATUS_NAMES.get(int(s)) for s in demo["status%d" % p]]
            for k, row in enumerate(rows):
                status[row] = names[k]
            moved[year.rows] = demo["moved%d" % p]
            partner = demo["partner%d" % p]
            linked = partner >= 0
            d[1 - p][year.rows[linked]] = both[1 - p].d[partner[linked]]
    return [Column("period", "string", period), Column("status", "string", status),
            Column("in_sector", "int", in_sector), Column("region_id", "string", region_id),
            Column("d_score_t0", "double", outputs.values(d[0])), Column("d_score_t1", "double", outputs.values(d[1])),
            Column("moved_m", "double", outputs.values(moved)), Column("jobs", "double", outputs.values(est.jobs))]


def relative_growth_labels():
    """The legend of the change style, in the order of its rules (core.RELATIVE_BREAKS)."""
    b = [100 * v for v in core.RELATIVE_BREAKS]
    labels = [tr("Less than {0:+.0f} percentage points: much slower than the sector nationally").format(b[0])]
    labels += [tr("{0:+.0f} to {1:+.0f} percentage points").format(lo, hi) for lo, hi in zip(b, b[1:])]
    labels.append(tr("{0:+.0f} percentage points or more: much faster than the sector nationally").format(b[-1]))
    return labels + [tr("No growth rate (none of the sector at t0)")]


def chart_texts(x_is_d, labels):
    t0, t1 = labels
    return {"x": tr("Concentration in {0}: mean D-score of the sector's establishments (1/km)").format(t0) if x_is_d
            else tr("Specialisation in {0}: location quotient (LQ)").format(t0),
            "y": tr("Growth of the sector in the region, {0}–{1} (%)").format(t0, t1),
            "x_line": tr(" benchmark mean D {0:.4f}") if x_is_d else tr(" LQ = 1 (national average)"),
            "growth_line": tr("the sector nationally {0:+.1f} % "),
            "faster": tr("Faster than the sector nationally"), "slower": tr("Slower than the sector nationally"),
            "edge": tr("Beyond the axis (drawn on its edge)"), "legend": tr("Growth of the sector in the region"),
            "size_key": tr("Sector jobs in {0} (bubble area)").format(t1)}


def chart_and_report(run, names, label, both, found, data, bench_mean, x_is_d):
    """The portfolio chart (PNG + SVG) and the HTML report, when requested."""
    change, profiles, demo, variety = data
    t0, t1 = both
    e_s0, e_s1, e0, e1 = change["national"]
    g_s, g = float(core.rate(e_s1, e_s0)), float(core.rate(e1, e0))
    title = run.tr("{0}: growth {1}–{2} per region against {3} in {1}").format(
        label, t0.label, t1.label, run.tr("concentration") if x_is_d else run.tr("specialisation"))
    note = run.tr("Growth of {0}. Bubble area ∝ sector jobs in {1}. National growth of the sector {2:+.1%}, of all "
                  "sectors {3:+.1%}. Regions without the sector in {4} have no growth rate and are not drawn.").format(
                      tr("jobs") if change["jobs_basis"] else tr("establishments"), t1.label, g_s, g, t0.label)
    x = profiles[0]["mean_d" if x_is_d else "lq"]

    def draw(png, svg_path):
        svg, drawn, labelled, edge = charts.portfolio_chart(
            png, svg_path, found.names, x, change["growth"], profiles[1]["jobs_sector"],
            bench_mean if x_is_d else 1.0, g_s, title, note, texts=chart_texts(x_is_d, (t0.label, t1.label)))
        run.info(run.tr("Portfolio chart: {0} regions drawn, {1} labelled, {2} beyond the growth axis (drawn on its "
                        "edge).").format(drawn, labelled, edge))
        return svg
    return outputs.chart_and_report(run, names, draw, lambda svg: report(run, title, note, svg, found, data))


def _growth_table(found, change, profiles, order):
    fmt = reports.fmt
    p0, p1 = profiles
    head = (tr("Region id"), tr("Region"), tr("Establishments t0"), tr("Establishments t1"), tr("Jobs t0"),
            tr("Jobs t1"), tr("Growth (%)"), tr("Annual growth (%)"), tr("Relative growth (points)"),
            tr("National share"), tr("Industry mix"), tr("Regional shift"), "LQ t0", "LQ t1", tr("Mean D t0"),
            tr("Mean D t1"))
    rows = [[fmt(found.ids[k]), fmt(found.names[k]), fmt(int(p0["n_sector"][k])), fmt(int(p1["n_sector"][k])),
             fmt(float(p0["jobs_sector"][k]), 0), fmt(float(p1["jobs_sector"][k]), 0),
             fmt(100 * float(change["growth"][k]), 1), fmt(100 * float(change["annual"][k]), 2),
             fmt(100 * float(change["relative"][k]), 1), fmt(float(change["national_share"][k]), 1),
             fmt(float(change["industry_mix"][k]), 1), fmt(float(change["regional_shift"][k]), 1),
             fmt(float(p0["lq"][k]), 3), fmt(float(p1["lq"][k]), 3), fmt(float(p0["mean_d"][k]), 4),
             fmt(float(p1["mean_d"][k]), 4)] for k in order]
    return reports.table(head, rows, set(range(2, 16)))


def _demography_table(found, counts, order):
    fmt = reports.fmt
    head = (tr("Region"), tr("Births"), tr("Jobs of births"), tr("Deaths"), tr("Jobs of deaths"), tr("Movers in"),
            tr("Movers out"), tr("Stayers"), tr("Jobs of stayers t0"), tr("Jobs of stayers t1"))
    rows = [[fmt(found.names[k]), fmt(int(counts["n_births"][k])), fmt(float(counts["jobs_births"][k]), 0),
             fmt(int(counts["n_deaths"][k])), fmt(float(counts["jobs_deaths"][k]), 0),
             fmt(int(counts["n_movers_in"][k])), fmt(int(counts["n_movers_out"][k])), fmt(int(counts["n_stayers"][k])),
             fmt(float(counts["jobs_stayers_t0"][k]), 0), fmt(float(counts["jobs_stayers_t1"][k]), 0)]
            for k in order]
    return reports.table(head, rows, set(range(1, 10)))


def _variety_table(found, variety, change, order):
    fmt = reports.fmt
    head = (tr("Region"), "TV", "UV", "RV", "TV nb", "UV nb", "RV nb", tr("Growth of the region, all sectors (%)"))
    rows = [[fmt(found.names[k])] + [fmt(float(variety[name][k]), 3) for name in
                                     ("tv", "uv", "rv", "tv_nb", "uv_nb", "rv_nb")] +
            [fmt(100 * float(change["growth_region"][k]), 1)] for k in order]
    return reports.table(head, rows, set(range(1, 8)))


def report(run, title, note, svg, found, data):
    change, profiles, demo, variety = data
    order = np.argsort(-profiles[1]["jobs_sector"], kind="stable")
    body = svg + "<h2>%s</h2>%s" % (tr("Growth and shift-share (Dunn 1960), by sector jobs at t1"),
                                   _growth_table(found, change, profiles, order))
    if demo is not None:
        body += "<h2>%s</h2>%s" % (tr("Births, deaths, movers and stayers of the sector"),
                                   _demography_table(found, demo["counts"], order))
    if variety is not None:
        body += "<h2>%s</h2>%s" % (tr("Variety of the region at t0 (bits; nb: mean over the neighbouring regions)"),
                                   _variety_table(found, variety, change, order))
    body += '<p class="note">%s</p>' % tr("Shift-share: Dunn (1960). Clustering against growth: PBL (2008), "
                                          "Clusters en economische groei. Variety: Frenken, Van Oort &amp; Verburg "
                                          "(2007), Regional Studies 41(5).")
    return reports.page(title, body, note)
