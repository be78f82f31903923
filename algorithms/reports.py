"""The one HTML report writer: a page with a title, a note, charts (inline SVG) and
tables whose text columns are left-aligned and number columns right-aligned."""
import html
import math

import numpy as np

from .i18n import tr

_THIN = "\u202f"  # thousands grouped by a narrow space: unambiguous in Dutch and English
_STYLE = ("body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}"
          "table{border-collapse:collapse;margin:0.5em 0 1.5em}"
          "td,th{border:1px solid #ccc;padding:2px 7px;vertical-align:top}th{background:#f4f4f4}"
          "td.t,th.t{text-align:left}td.n,th.n{text-align:right}"
          "svg{max-width:100%;height:auto}p.note{color:#555;font-size:90%}")



def fmt(value, digits=4):
    """A cell: numbers with thousands separators and `digits` decimals, NULL empty."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return html.escape(str(value))
    if isinstance(value, (int, np.integer)):
        return "{0:,}".format(int(value)).replace(",", _THIN)
    if isinstance(value, (float, np.floating)):
        return "{0:,.{1}f}".format(float(value), digits).replace(",", _THIN)
    return html.escape(str(value))


def table(head, rows, numeric=()):
    """head: header texts; rows: lists of formatted cells; numeric: indices of the
    columns to right-align."""
    def cls(k):
        return "n" if k in numeric else "t"
    lines = ["<table><tr>" + "".join('<th class="%s">%s</th>' % (cls(k), html.escape(h))
                                     for k, h in enumerate(head)) + "</tr>"]
    for row in rows:
        lines.append("<tr>" + "".join('<td class="%s">%s</td>' % (cls(k), c) for k, c in enumerate(row)) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def page(title, body, note=""):
    """A whole HTML page: the title once, the note once, the body, the sources."""
    sources = tr("Method: PBL/CBS, Raspe et al. (2012); Sorenson &amp; Audia (2000); Scholl &amp; Brenner (2011). "
                 "Made with Clusterindex.")
    note_html = '<p class="note">%s</p>' % html.escape(note) if note else ""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "<h1>%s</h1>%s%s<p class=\"note\">%s</p></body></html>") % (
                html.escape(title), _STYLE, html.escape(title), note_html, body, sources)
