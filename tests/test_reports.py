"""algorithms/reports.py on its own: the one HTML report writer."""
import math

import numpy as np
import pytest

from clusterindex.algorithms import reports

THIN = "\u202f"  # thousands are grouped by a narrow no-break space


@pytest.mark.parametrize("value, digits, want", [
    (None, 4, ""),
    (math.nan, 4, ""),
    (np.float64("nan"), 4, ""),
    (math.inf, 4, ""),
    (-math.inf, 4, ""),
    (True, 4, "True"),
    (np.bool_(False), 4, "False"),
    (0, 4, "0"),
    (1234567, 4, "1{0}234{0}567".format(THIN)),
    (np.int64(-12345), 4, "-12{0}345".format(THIN)),
    (1234.5, 4, "1{0}234.5000".format(THIN)),
    (np.float64(0.0185), 4, "0.0185"),
    (np.float32(0.25), 2, "0.25"),
    (1234.56, 0, "1{0}235".format(THIN)),
    (0.05, 1, "0.1"),
    ("R01", 4, "R01"),
    ("<b>Eindhoven & Helmond</b>", 4, "&lt;b&gt;Eindhoven &amp; Helmond&lt;/b&gt;"),
])
def test_fmt(value, digits, want):
    assert reports.fmt(value, digits) == want


def test_table_aligns_text_left_and_numbers_right():
    text = reports.table(["Region", "N", "Mean D"], [["R<1>", "1 234", "0.0185"], ["R2", "7", ""]], numeric={1, 2})
    assert '<th class="t">Region</th><th class="n">N</th><th class="n">Mean D</th>' in text
    assert '<td class="t">R<1></td><td class="n">1 234</td><td class="n">0.0185</td>' in text  # cells as given
    assert '<td class="t">R2</td><td class="n">7</td><td class="n"></td>' in text
    assert text.count("<tr>") == 3 and text.startswith("<table>") and text.endswith("</table>")


def test_table_escapes_its_header():
    text = reports.table(["Jobs < 5 & more"], [])
    assert '<th class="t">Jobs &lt; 5 &amp; more</th>' in text
    assert text.count("<tr>") == 1


def test_page_has_the_title_once_and_the_note_once():
    text = reports.page("Brainport & more: <regions>", "<p>body</p>", note="Establishments: firms.gpkg")
    title = "Brainport &amp; more: &lt;regions&gt;"
    assert text.count("<title>%s</title>" % title) == 1
    assert text.count("<h1>") == 1 and text.count("<h1>%s</h1>" % title) == 1
    assert text.count(title) == 2  # the window title and the heading, nothing else
    assert text.count("Establishments: firms.gpkg") == 1
    assert text.count("<p>body</p>") == 1
    assert text.index("<h1>") < text.index("Establishments: firms.gpkg") < text.index("<p>body</p>")
    assert text.startswith("<!DOCTYPE html>") and text.endswith("</html>")


def test_page_without_a_note_has_only_the_sources_note():
    with_note = reports.page("T", "", note="n")
    without = reports.page("T", "")
    assert with_note.count('<p class="note">') == 2
    assert without.count('<p class="note">') == 1 and "Raspe" in without
