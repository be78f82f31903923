"""Charts of the reports, drawn with matplotlib (which QGIS ships).

Every chart is written as PNG and SVG; the SVG text is returned for HTML outputs."""
import io

import numpy as np

from .definitions import NO_TYPE_COLOUR, REGION_TYPES
from .i18n import tr

TYPE_COLOURS = {0: NO_TYPE_COLOUR, **{t: colour for t, (_, colour) in REGION_TYPES.items()}}


def texts():
    """The charts' fixed texts, in the user's language."""
    return {"lq_line": tr(" LQ = 1 (national average)"), "bench_line": tr("benchmark mean D {0:.4f} "),
            "x": tr("Specialisation: location quotient (LQ)"),
            "y": tr("Concentration: mean D-score of the sector's establishments (1/km)"),
            "legend": tr("Region type"), "small": tr("* fewer establishments than the minimum"),
            "size_key": tr("Sector jobs (bubble area)"),
            "share": tr("Share of establishments (%), by size class of jobs"),
            "jobs_per": tr("Jobs per establishment"),
            "mean_d": tr("Mean D-score of the sector's establishments (1/km)")}


def _figure(width, height):
    """A figure on its own Agg canvas: no pyplot, whose global state is not safe in the
    background threads Processing runs algorithms in."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(1, 1, 1)


def _overlaps(box, boxes):
    return any(box.x0 < b.x1 and b.x0 < box.x1 and box.y0 < b.y1 and b.y0 < box.y1 for b in boxes)


def place_labels(ax, xs, ys, texts, radii_pt, fontsize=8, bubbles=()):
    """Labels next to their points without overlapping each other, another bubble or
    leaving the axes: for each label (in the given order, most important first) the first
    of eight positions around its bubble that is free; a label with no free position is
    left out. bubbles: (x, y, radius in points) of every bubble drawn. Returns the number
    placed."""
    from matplotlib import patheffects
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    obstacles = _bubble_boxes(ax, bubbles)
    placed = []
    n = 0
    directions = [(1, 1), (1, -1), (-1, 1), (-1, -1), (1, 0), (-1, 0), (0, 1), (0, -1)]
    for x, y, text, r in zip(xs, ys, texts, radii_pt):
        own = _bubble_boxes(ax, [(x, y, r)])[0]
        others = [b for b in obstacles if not _same_box(b, own)]
        # eight positions around the bubble, then the same further out
        for dx, dy, far in [(dx, dy, far) for far in (0.75, 1.6) for dx, dy in directions]:
            offset = (dx * (r * far + 2), dy * (r * far + 2))
            ha = "left" if dx > 0 else "right" if dx < 0 else "center"
            va = "bottom" if dy > 0 else "top" if dy < 0 else "center"
            leader = {"arrowprops": {"arrowstyle": "-", "color": "#909090", "lw": 0.5}} if far > 1 else {}
            label = ax.annotate(text, (x, y), xytext=offset, textcoords="offset points",
                                ha=ha, va=va, fontsize=fontsize, color="#202020", zorder=5,
                                path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")], **leader)
            box = label.get_window_extent(renderer).expanded(1.05, 1.15)
            inside = (box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0
                      and box.y1 <= frame.y1)
            if inside and not _overlaps(box, placed) and not _overlaps(box, others):
                placed.append(box)
                n += 1
                break
            label.remove()
    return n


def _bubble_boxes(ax, bubbles):
    """Display-space boxes of bubbles (x, y, radius in points), shrunk to the square
    inside the circle plus a little: a label may touch a bubble's rim, not cover it."""
    from matplotlib.transforms import Bbox
    scale = ax.figure.dpi / 72.0 * 0.8
    out = []
    for x, y, r in bubbles:
        px, py = ax.transData.transform((x, y))
        out.append(Bbox.from_extents(px - r * scale, py - r * scale, px + r * scale, py + r * scale))
    return out


def _same_box(a, b):
    return abs(a.x0 - b.x0) < 1e-6 and abs(a.y0 - b.y0) < 1e-6 and abs(a.x1 - b.x1) < 1e-6


def _save(fig, png_path, svg_path, strip=()):
    """Write the PNG and SVG files (either may be empty) and return the SVG text for a
    report, without the `strip` texts (title and note, which the report shows itself)."""
    # "tight": the legends right of the axes are inside the picture
    if png_path:
        fig.savefig(png_path, dpi=150, bbox_inches="tight", pad_inches=0.15)
    if svg_path:
        fig.savefig(svg_path, format="svg", bbox_inches="tight", pad_inches=0.15)
    for text in strip:
        text.set_visible(False)
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.15)
    svg = buffer.getvalue()
    return svg[svg.find("<svg"):]


def _nice_sizes(jmax):
    """Up to three round job numbers for the bubble-size key: the largest 1-2-5 number
    not above the largest bubble, and a tenth and a hundredth of it."""
    if not jmax > 0:
        return []
    top = 10 ** np.floor(np.log10(jmax))
    top = max(m * top for m in (1, 2, 5) if m * top <= jmax)
    return [v for v in (top, top / 10, top / 100) if v >= 1]


def _legends(ax, type_labels, jmax, texts, any_flagged=False):
    """The region-type legend (with the hollow bubbles of small numbers, if any) and,
    below it, the key of bubble sizes."""
    if any_flagged:
        ax.scatter([], [], s=40, facecolors="none", edgecolors="#606060", linewidths=1.2, linestyles="--",
                   label=texts.get("small", "* fewer establishments than the minimum"))
    if not type_labels or not ax.get_legend_handles_labels()[0]:
        return
    _class_and_size_legends(ax, jmax, texts.get("legend", "Region type"),
                            texts.get("size_key", "Sector jobs (bubble area)"), 0.45)


def _class_and_size_legends(ax, jmax, class_title, size_title, size_top):
    """The legend of the bubbles' classes (colours) and below it, from `size_top` (axes
    fraction), the key of bubble sizes: area 2,000 pt² for the largest (jmax) jobs."""
    first = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False,
                      title=class_title, title_fontsize=7)
    for handle in first.legend_handles if hasattr(first, "legend_handles") else first.legendHandles:
        handle.set_sizes([40])
    ax.add_artist(first)
    handles = [ax.scatter([], [], s=max(2000.0 * v / jmax, 6.0), c="none", edgecolors="#404040",
                          linewidths=0.8, label="{0:,.0f}".format(v).replace(",", "\u202f")) for v in _nice_sizes(jmax)]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, size_top), fontsize=7, frameon=False,
                  title=size_title, title_fontsize=7, labelspacing=2.2, borderpad=1.2, handletextpad=2.0)


def _limits(ax, lq, mean_d, ok, benchmark_mean):
    if not ok.any():
        return
    xlo, xhi = min(lq[ok].min(), 1.0), max(lq[ok].max(), 1.0)
    ylist = mean_d[ok].tolist() + ([benchmark_mean] if np.isfinite(benchmark_mean) else [])
    ylo, yhi = min(ylist), max(ylist)
    # room for the largest bubbles (up to ~25 pt) at the edges: the axes may start below 0
    xpad = (xhi - xlo) * 0.16 or 0.5
    ypad = (yhi - ylo) * 0.16 or max(yhi * 0.1, 1e-3)
    ax.set_xlim(xlo - xpad, xhi + xpad)
    ax.set_ylim(ylo - ypad, yhi + ypad)


def _reference_lines(ax, benchmark_mean, texts):
    ax.axvline(1.0, color="#404040", lw=1, ls="--", zorder=2)
    ax.text(1.0, 0.985, texts.get("lq_line", " LQ = 1 (national average)"), transform=ax.get_xaxis_transform(),
            va="top", ha="left", fontsize=7, color="#404040")
    if np.isfinite(benchmark_mean):
        ax.axhline(benchmark_mean, color="#404040", lw=1, ls=":", zorder=2)
        ax.text(0.99, benchmark_mean, texts.get("bench_line", "benchmark mean D {0:.4f} ").format(benchmark_mean),
                transform=ax.get_yaxis_transform(), va="bottom", ha="right", fontsize=7, color="#404040")


def bubble_chart(png_path, svg_path, names, lq, mean_d, jobs, types, benchmark_mean, title,
                 subtitle="", max_labels=15, type_labels=None, texts=None, flagged=None):
    """x = LQ, y = mean D, bubble area ∝ jobs, a vertical line at LQ = 1 and a horizontal
    line at the benchmark's mean D (if finite); the notable regions labelled (types 1–3
    first, then by jobs), never over another bubble; a key of bubble sizes. Regions with
    an undefined LQ or mean D are not drawn; `flagged` regions (small numbers) are drawn
    hollow with a dashed rim and their names marked *.
    Returns (svg text for a report, number of regions drawn, number labelled)."""
    lq, mean_d, jobs = (np.asarray(v, dtype=float) for v in (lq, mean_d, jobs))
    types = np.asarray(types, dtype=int)
    texts = texts or {}
    ok = np.isfinite(lq) & np.isfinite(mean_d)
    fig, ax = _figure(11, 7)
    # bubble area ∝ jobs: the largest region gets 2,000 pt²
    jmax = jobs[ok].max() if ok.any() and jobs[ok].max() > 0 else 1.0
    area = np.maximum(2000.0 * jobs / jmax, 6.0)
    idx = np.flatnonzero(ok)
    idx = idx[np.argsort(-jobs[idx], kind="stable")]  # small bubbles drawn on top
    flagged = np.zeros(len(lq), dtype=bool) if flagged is None else np.asarray(flagged, dtype=bool)
    for t in sorted(set(types[idx].tolist())):
        sel = idx[(types[idx] == t) & ~flagged[idx]]
        ax.scatter(lq[sel], mean_d[sel], s=area[sel], c=TYPE_COLOURS.get(t, "#999999"), alpha=0.75,
                   edgecolors="#404040", linewidths=0.5, label=(type_labels or {}).get(t), zorder=3)
        few = idx[(types[idx] == t) & flagged[idx]]
        ax.scatter(lq[few], mean_d[few], s=area[few], facecolors="none", edgecolors=TYPE_COLOURS.get(t, "#999999"),
                   linewidths=1.2, linestyles="--", zorder=3)
    names = [n + " *" if f else n for n, f in zip(names, flagged)]
    _limits(ax, lq, mean_d, ok, benchmark_mean)
    _reference_lines(ax, benchmark_mean, texts)
    ax.set_xlabel(texts.get("x", "Specialisation: location quotient (LQ)"))
    ax.set_ylabel(texts.get("y", "Concentration: mean D-score of the sector's establishments (1/km)"))
    heading = ax.set_title(title, fontsize=11)
    note = fig.text(0.5, 0.005, subtitle, ha="center", va="bottom", fontsize=7, color="#505050", wrap=True)
    ax.grid(True, color="#e8e8e8", zorder=0)
    _legends(ax, type_labels, jmax, texts, bool(flagged[idx].any()))
    fig.tight_layout(rect=(0, 0.04, 0.78 if type_labels else 1, 1))  # the legends right of the axes
    notable = sorted(idx.tolist(), key=lambda i: (not 1 <= types[i] <= 3, -jobs[i]))[:max_labels]
    radii = np.sqrt(area / np.pi)
    n_labels = place_labels(ax, lq[notable], mean_d[notable], [names[i] for i in notable], radii[notable],
                            bubbles=[(lq[i], mean_d[i], radii[i]) for i in idx])
    svg = _save(fig, png_path, svg_path, strip=(heading, note))
    return svg, int(ok.sum()), n_labels


def size_class_chart(png_path, svg_path, names, counts, labels, title, subtitle="", max_regions=40, texts=None):
    """Stacked horizontal bars: share of establishments per size class, per region (the
    regions with most establishments, at most max_regions). Returns the SVG text."""
    from matplotlib import colormaps
    counts = np.asarray(counts, dtype=float)
    totals = counts.sum(axis=1)
    order = [i for i in np.argsort(-totals, kind="stable") if totals[i] > 0][:max_regions]
    order = order[::-1]
    height = max(3.0, 0.22 * len(order) + 1.6)
    fig, ax = _figure(9, height)
    left = np.zeros(len(order))
    colours = colormaps["YlGnBu"](np.linspace(0.25, 0.95, counts.shape[1]))
    for k, label in enumerate(labels):
        share = counts[order, k] / totals[order] * 100 if order else np.zeros(0)
        ax.barh(range(len(order)), share, left=left, color=colours[k], label=label,
                edgecolor="white", linewidth=0.3)
        left += share
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(["%s (%d)" % (names[i], totals[i]) for i in order], fontsize=7)
    ax.set_xlim(0, 100)
    texts = texts or {}
    ax.set_xlabel(texts.get("share", "Share of establishments (%), by size class of jobs"))
    heading = ax.set_title(title, fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False,
              title=texts.get("jobs_per", "Jobs per establishment"), title_fontsize=7)
    note = fig.text(0.5, 0.005, subtitle, ha="center", va="bottom", fontsize=7, color="#505050")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return _save(fig, png_path, svg_path, strip=(heading, note))


def sector_means_chart(png_path, svg_path, names, means, benchmark_means, title, texts=None, benchmarks=None):
    """Figure 1 of the top-sector note: the mean D of every sector as horizontal bars in
    the colour of the benchmark it is read against, the benchmarks' mean D as vertical
    lines of the same colours. Returns the SVG text for a report."""
    texts = texts or {}
    means = np.asarray(means, dtype=float)
    palette = ("#4f7cac", "#d0803c", "#7a7a7a")
    bench_names = sorted(benchmark_means or {})
    colour = {name: palette[k % 2] for k, name in enumerate(bench_names)}
    order = np.argsort(np.where(np.isfinite(means), means, -np.inf), kind="stable")
    fig, ax = _figure(9, max(3.0, 0.32 * len(names) + 1.4))
    bars = [colour.get((benchmarks or [None] * len(names))[i], palette[2]) for i in order]
    ax.barh(range(len(order)), np.nan_to_num(means[order]), color=bars, edgecolor="white", height=0.7, zorder=3)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([names[i] for i in order], fontsize=8)
    for k, name in enumerate(bench_names):
        value = benchmark_means[name]
        if value is not None and np.isfinite(value):
            ax.axvline(value, color=colour[name], lw=1.4, ls=(":", "--")[k % 2], zorder=4,
                       label="{0}: {1:.4f}".format(name, value))
    ax.set_xlabel(texts.get("mean_d", "Mean D-score of the sector's establishments (1/km)"))
    heading = ax.set_title(title, fontsize=11)
    ax.grid(True, axis="x", color="#e8e8e8", zorder=0)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower right", fontsize=7, frameon=True)
    fig.tight_layout()
    return _save(fig, png_path, svg_path, strip=(heading,))


# -- the portfolio chart (clusterindex:change) ---------------------------------------------
FASTER_COLOUR, SLOWER_COLOUR = "#2166ac", "#b2182b"


def _growth_limits(y):
    """y-axis limits that show the bulk of the regions: the data's range, but at most
    three interquartile ranges beyond the quartiles (tiny regions can grow by 1,000 %)."""
    q1, q3 = np.percentile(y, [25, 75])
    spread = max(q3 - q1, 1.0)
    lo, hi = max(y.min(), q1 - 3 * spread), min(y.max(), q3 + 3 * spread)
    pad = (hi - lo) * 0.1 or 5.0
    return lo - pad, hi + pad


def _portfolio_legend(ax, jmax, texts):
    _class_and_size_legends(ax, jmax, texts.get("legend", "Growth of the region"),
                            texts.get("size_key", "Sector jobs at t1 (bubble area)"), 0.55)


def _portfolio_lines(ax, x_line, growth_line, texts):
    if np.isfinite(x_line):
        ax.axvline(x_line, color="#404040", lw=1, ls="--", zorder=2)
        ax.text(x_line, 0.01, texts.get("x_line", " {0:.4g}").format(x_line), transform=ax.get_xaxis_transform(),
                va="bottom", ha="left", fontsize=7, color="#404040")
    if np.isfinite(growth_line):
        ax.axhline(100.0 * growth_line, color="#404040", lw=1, ls=":", zorder=2)
        ax.text(1.0, 100.0 * growth_line, texts.get("growth_line", "national growth {0:+.1f} % ").format(
            100.0 * growth_line), transform=ax.get_yaxis_transform(), va="bottom", ha="right", fontsize=7,
            color="#404040")


def portfolio_chart(png_path, svg_path, names, x, growth, jobs, x_line, growth_line, title, subtitle="",
                    max_labels=15, texts=None):
    """The portfolio chart: x = LQ (or mean D) at t0, y = growth in %, bubble area ∝ jobs
    at t1; a vertical line at x_line (LQ = 1, or the benchmark mean D) and a horizontal
    one at growth_line (the sector's national growth); bubbles blue where the region grew
    faster than that, red where slower. Regions beyond the y-limits are drawn on the edge
    as triangles. The largest regions and the extremes are labelled, never over another
    bubble. Returns (svg text for a report, regions drawn, labelled, drawn on the edge)."""
    x, growth, jobs = (np.asarray(v, dtype=float) for v in (x, growth, jobs))
    texts = texts or {}
    ok = np.isfinite(x) & np.isfinite(growth)
    fig, ax = _figure(11, 7)
    y = 100.0 * growth
    jmax = jobs[ok].max() if ok.any() and jobs[ok].max() > 0 else 1.0
    area = np.maximum(2000.0 * np.nan_to_num(jobs) / jmax, 6.0)
    idx = np.flatnonzero(ok)
    idx = idx[np.argsort(-jobs[idx], kind="stable")]
    lo, hi = _growth_limits(y[ok]) if ok.any() else (-10.0, 10.0)
    shown = np.clip(y, lo, hi)
    edge = ok & (shown != y)
    faster = y >= 100.0 * growth_line if np.isfinite(growth_line) else y >= 0
    for select, colour, key, default in ((faster, FASTER_COLOUR, "faster", "faster than the sector nationally"),
                                         (~faster, SLOWER_COLOUR, "slower", "slower than the sector nationally")):
        sel = idx[select[idx] & ~edge[idx]]
        ax.scatter(x[sel], shown[sel], s=area[sel], c=colour, alpha=0.7, edgecolors="#404040", linewidths=0.5,
                   label=texts.get(key, default), zorder=3)
        out = idx[select[idx] & edge[idx]]
        for side, marker in ((shown[out] >= hi, "^"), (shown[out] <= lo, "v")):
            ax.scatter(x[out[side]], shown[out[side]], s=60, c=colour, marker=marker, edgecolors="#404040",
                       linewidths=0.5, zorder=4, clip_on=False)
    if edge.any():
        ax.scatter([], [], s=40, c="#909090", marker="^", edgecolors="#404040", linewidths=0.5,
                   label=texts.get("edge", "beyond the axis (drawn on its edge)"))
    if ok.any():
        xlo, xhi = min(x[ok].min(), x_line if np.isfinite(x_line) else x[ok].min()), max(
            x[ok].max(), x_line if np.isfinite(x_line) else x[ok].max())
        xpad = (xhi - xlo) * 0.12 or max(abs(xhi) * 0.1, 0.5)
        ax.set_xlim(max(0.0, xlo - xpad), xhi + xpad)
    ax.set_ylim(lo, hi)
    _portfolio_lines(ax, x_line, growth_line, texts)
    ax.set_xlabel(texts.get("x", "Specialisation at t0: location quotient (LQ)"))
    ax.set_ylabel(texts.get("y", "Growth of the sector in the region, t0–t1 (%)"))
    heading = ax.set_title(title, fontsize=11)
    note = fig.text(0.5, 0.005, subtitle, ha="center", va="bottom", fontsize=7, color="#505050", wrap=True)
    ax.grid(True, color="#e8e8e8", zorder=0)
    _portfolio_legend(ax, jmax, texts)
    fig.tight_layout(rect=(0, 0.04, 0.8, 1))
    extremes = sorted(idx.tolist(), key=lambda i: -abs(y[i] - 100.0 * growth_line if np.isfinite(growth_line)
                                                       else y[i]))[:max(3, max_labels // 3)]
    notable = list(dict.fromkeys(idx.tolist()[:max_labels - len(extremes)] + extremes))
    radii = np.sqrt(area / np.pi)
    n_labels = place_labels(ax, x[notable], shown[notable], [names[i] for i in notable], radii[notable],
                            bubbles=[(x[i], shown[i], radii[i]) for i in idx])
    svg = _save(fig, png_path, svg_path, strip=(heading, note))
    return svg, int(ok.sum()), n_labels, int(edge.sum())
