"""Help texts of the algorithms, keyed by algorithm id: out of the classes, translatable
(context "help"; pylupdate collects the QT_TRANSLATE_NOOP marks). Each paragraph is one
message, so that translators see whole paragraphs."""
import os

from qgis.PyQt.QtCore import QCoreApplication, QUrl


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name pylupdate looks for)
    return text


README = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")

SOURCES = QT_TRANSLATE_NOOP("help", '<p><b>Method</b>: PBL/CBS, Raspe, Weterings, Geurden-Slis &amp; Van Gessel-Dabekaussen (2012), <i>De ratio van ruimtelijk-economisch topsectorenbeleid</i>, appendix 1; Sorenson &amp; Audia (2000); Scholl &amp; Brenner (2011).</p>')

SUMMARIES = {
    'dscore': QT_TRANSLATE_NOOP("help", 'The cluster index (D-score) of every establishment: the mean inverse distance to the other establishments of its sector.'),
    'benchmark': QT_TRANSLATE_NOOP("help", 'D-scores within a benchmark population (industry or services) and its thresholds P90 and P95.'),
    'clusters': QT_TRANSLATE_NOOP("help", 'The establishments of a sector in strong (above P90) and very strong (above P95) clusters.'),
    'sectorsummary': QT_TRANSLATE_NOOP("help", 'Every defined sector and both benchmarks: number of establishments and mean, median and maximum D-score.'),
    'regionprofile': QT_TRANSLATE_NOOP("help", 'Per region: specialisation (LQ), concentration (mean D-score), jobs and region type of a sector; bubble chart.'),
    'sizeclasses': QT_TRANSLATE_NOOP("help", 'Establishments per region and size class of jobs: many small firms or a few large ones.'),
    'neighbourhoods': QT_TRANSLATE_NOOP("help", "Within one region, the sector's establishments per wijk or buurt, highlighting areas with at least N."),
    'sectorprofiles': QT_TRANSLATE_NOOP("help", 'Every sector in every region in one run: the long table, appendix 3, tables 1 and 2, figure 1 and a report.'),
}

HELP = {
    'dscore': (
        QT_TRANSLATE_NOOP("help", '<p>Computes the cluster index (“D-score”) of every establishment: the mean inverse distance, in 1/km, to all other establishments of the same sector.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><code>D = 1/(J−1) · Σ 1 / max(d, d0)</code>, summed over the J−1 other establishments of the sector, with d in kilometres and d0 the distance floor (1 km in the reports: firms on the same estate or postcode would otherwise dominate). Typical Dutch values lie between 0.015 and 0.05; a score of 0.05 means the sector's firms lie on average at a harmonic distance of 20 km.</p>"),
        QT_TRANSLATE_NOOP("help", '<h3>Parameters</h3>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Establishments</b>: a point layer, one point per establishment.<br><b>Sector field</b> (optional): scores are computed within each distinct value (for example a 4-digit SBI code, or a field you made for your sector). Empty: the whole layer is one population. NULL or blank sector: the score is NULL.<br><b>Jobs field</b> (optional): jobs or working persons; NULL, negative or unreadable values count as 1 (mostly self-employed). Jobs do not change the score; they size the symbols and are copied to the output.<br><b>Distance floor</b>: d0 in metres (default 1000), always in metres whatever the layer's CRS.</p>"),
        QT_TRANSLATE_NOOP("help", '<h3>Output</h3>'),
        QT_TRANSLATE_NOOP("help", "<p>Every input feature with all its attributes, plus <code>d_score</code>, <code>d_bound</code> (the certified bound on the relative error of d_score: 0 when computed exactly), <code>d_decile</code> (1–10 within the sector: 1 + ⌊10 × share of the sector's scores that are lower⌋, so equal scores share a decile), <code>n_sector</code> (J, the sector's establishments with a location) and <code>jobs</code> (the value used). An input field with one of these names is replaced. Styled by decile, green (low) to red (high), symbol area proportional to jobs.</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>NULL scores</b>: features without a geometry, without a sector, or alone in their sector (J = 1: the index is undefined). They are kept and counted in the log. A multi-point with several parts counts as one establishment at the mean of its parts.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Distances</b>: projected layers use straight-line distance in their plane (the reports use RD New, EPSG:28992); layers in a geographic CRS use great-circle distance (as Scholl &amp; Brenner 2011) — degrees are never taken for metres. Establishments sharing a coordinate are at distance 0, floored to d0.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Method</b>: <i>fast</i> (default) or <i>exact</i>. Exact sums every pair in float64; its cost grows with the square of the number of distinct locations. The fast method (projected layers, sectors of at least 12,000 distinct locations; others are exact) sums pairs within about 3 km exactly — within d0 the kernel is exactly 1/d0 — and expands the far field in a Taylor series evaluated by FFT, with a rigorous (Legendre) bound on the truncation and rounding error of every establishment. Where that bound exceeds the <b>tolerance</b> (default 1e-5 relative, far below the four digits the reports publish) the score is computed exactly: no value is ever uncertified.</p>'),
    ),
    'benchmark': (
        QT_TRANSLATE_NOOP("help", '<p>Computes the D-score of every establishment of a <b>benchmark population</b>, within that population, and its statistics: N, mean, median, maximum, and the 90th and 95th percentiles that mark strong and very strong clusters.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Industry benchmark</b>: SBI 10–32 and 383. <b>Services benchmark</b>: SBI 09, 33, 58–63, 69, 70–74, 80–82 (consumer services, utilities, government, education and trade follow population and are left out). Definitions come from the sector definitions file (sectors “Benchmark industry” and “Benchmark services”).</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>SBI codes</b> are read as they come: 4711, 47.11, 47110, 0113, 01.13, 113 (a a leading zero lost: 0113; but 383 is group 38.3, as no class 0383 exists), G4711, numbers stored as integers or reals. Unreadable codes are in no sector and counted in the log.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Outputs</b>: the benchmark's establishments with <code>d_score</code>, <code>d_decile</code> and <code>cluster</code> (strong: D above P90; very strong: above P95; percentiles by linear interpolation); and a one-row table (n, mean_d, median_d, max_d, p90, p95). Establishments outside the benchmark are not in the output (the log counts them). Published values for the Netherlands 2011: industry P90 0.0203 / P95 0.0269, services 0.0403 / 0.0579 (1/km).</p>"),
    ),
    'clusters': (
        QT_TRANSLATE_NOOP("help", "<p>Finds the establishments of a sector that lie in <b>strong</b> clusters (D-score above the benchmark's 90th percentile) or <b>very strong</b> clusters (above the 95th), as on the cluster maps of PBL/CBS.</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Sector</b>: a sector name from the sector definitions (default file: the two benchmarks, brainport SBI 26–29 and the top sectors, those marked approximate where official lists add firms), or a <b>sector expression</b> (for example <code>"sbi" LIKE \'62%\'</code>) which then takes precedence. The sector\'s D-scores are computed within the sector.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Benchmark</b>: as the sector's definition says (industry sectors against the industry benchmark, services against services), or chosen. <b>Thresholds</b>: computed from the benchmark population in the same input (its D-scores within itself; percentiles by linear interpolation), the published values for the Netherlands 2011 (industry 0.0203 / 0.0269, services 0.0403 / 0.0579 — valid only for national data with d0 = 1 km), or the P90 and P95 entered here.</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Outputs</b>: the cluster establishments with <code>d_score</code> and <code>cluster</code> (“strong” or “very strong”), styled in two classes; optionally every establishment of the sector with its class (NULL below P90).</p>'),
    ),
    'sectorsummary': (
        QT_TRANSLATE_NOOP("help", "<p>For every sector in the sector definitions and both benchmark populations: the number of establishments and the mean, median and maximum D-score (each sector's scores computed within the sector), the P90 and P95, the benchmark it is read against, and whether it is <b>more or less concentrated</b> than that benchmark (its mean D above or below the benchmark's) — the table of appendix 2 of PBL/CBS (Raspe et al. 2012).</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Outputs</b>: a table (save it as CSV, GeoPackage or XLSX) and an HTML page. Sectors without establishments in the input are listed with n = 0. Sectors marked approximate are SBI approximations of official definitions that add firm lists.</p>'),
    ),
    'regionprofile': (
        QT_TRANSLATE_NOOP("help", "<p>For one sector, per region: <b>specialisation</b> — the location quotient LQ = (E(s,r)/E(r)) / (E(s)/E) —, <b>concentration</b> — the mean D-score of the sector's establishments in the region — and <b>mass</b> — the sector's jobs in the region; the region types and the bubble chart of the PBL/CBS reports (appendix 3).</p>"),
        QT_TRANSLATE_NOOP("help", "<p><b>LQ basis</b>: establishments (the reports' choice: clustering is about many firms, not one big employer) or jobs. E(s) and E, the national totals, are those of the whole input layer, also its establishments outside every region. LQ = 1 is the national average, above 1 the sector is over-represented. Known weaknesses: the LQ depends on the region division (the modifiable areal unit problem) and underrates clusters in large, diverse cities — which is why the D-score exists.</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Sector</b>, the first of these that is given: a <b>sector expression</b> (for example <code>"sbi" LIKE \'62%\'</code>); a <b>sector field</b> with the <b>sector value</b> (for example field <code>a10</code>, value <code>BE</code>); a <b>sector name</b> from the sector definitions, read from the <b>SBI code field</b>.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>D-scores</b>: a field holding them (from <i>Cluster index (D-score)</i>), or empty: computed here within the sector, with the distance floor. NULL scores are left out of the mean.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Region types</b> (top-sector note, table 1), with <i>clustered</i> = mean D above the benchmark's mean D, <i>specialised</i> = LQ > 1, <i>large volume</i> = sector jobs at least the threshold (the reports fix no number; empty: the median of the regions that have the sector): 1 clustered, large, specialised (big bubbles top right); 2 clustered, small, specialised (many small firms); 3 clustered, large, not specialised (big diverse agglomerations); 4 clustered, small, not specialised; 5 specialised, not clustered (often one large firm); 6 neither. NULL where LQ or mean D is undefined. The benchmark mean D is computed from the benchmark population in the input (needs the SBI field), the published value for the Netherlands 2011 (industry 0.0185, services 0.0257; national data, d0 = 1 km only), or entered.</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Regions</b>: a polygon layer (COROP regions, municipalities, wijken, provinces…) with optional id and name fields, or a region-code field on the establishments. With both, establishments are matched to the polygon whose id equals their code (no spatial test). A point belongs to at most one region: inside a polygon by the even-odd rule (holes and multi-part regions work); on the shared edge of two neighbouring regions it goes to exactly one of them; inside two overlapping regions it goes to the region that comes first in the layer. Points outside every region and points without a location belong to no region; the log counts them, and overlaps. Regions without establishments are kept, with zeros. Region polygons in another CRS than the points are transformed; invalid polygons are repaired (Make valid) for the assignment and counted in the log, and the output keeps them as they were.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Outputs</b>: the regions with <code>n_sector</code>, <code>n_total</code>, <code>jobs_sector</code>, <code>jobs_total</code>, <code>jobs_share</code> (share of the national sector jobs, 0–1), <code>lq</code>, <code>mean_d</code>, <code>n_scored</code> (establishments in the mean), <code>region_type</code> and <code>type_label</code>, styled by type; the same as a table; the bubble chart (x = LQ, y = mean D, area ∝ jobs, lines at LQ = 1 and the benchmark mean) as PNG, with an SVG beside it; and an HTML report with chart and table.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Small numbers and a province's frame</b>: a region whose sector has fewer establishments than the <b>minimum</b> (default 10) gets <code>small_n</code> = 1 and its type label says so; its LQ and type rest on too few firms. <b>Large job volume</b> can be the median, a number of jobs or a percentage of the sector's national jobs (<code>large_volume</code> holds the threshold used). For a layer of one province, give the <b>national reference totals</b> (CSV: <code>sector</code>, <code>establishments</code>, <code>jobs</code>, a row <code>all</code>) and a published or entered benchmark mean; the log says how many establishments lie within 20 km of the layer's edge, where D-scores miss the firms across the border.</p>"),
    ),
    'sizeclasses': (
        QT_TRANSLATE_NOOP("help", '<p>Counts the establishments of a sector (or all establishments, when no sector is given) per region and size class of jobs: clusters of many small firms versus hub-and-spoke clusters around a few large ones (PBL/CBS).</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Class bounds</b>: jobs values separated by commas; “5, 50” (the default) makes the classes &lt; 5, 5 – &lt; 50 and ≥ 50 jobs; “2, 5, 10, 20, 50, 100” gives CBS-like classes. A bound belongs to the class above it. The jobs field is required; NULL jobs count as 1.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Sector</b>, the first of these that is given: a <b>sector expression</b> (for example <code>"sbi" LIKE \'62%\'</code>); a <b>sector field</b> with the <b>sector value</b> (for example field <code>a10</code>, value <code>BE</code>); a <b>sector name</b> from the sector definitions, read from the <b>SBI code field</b>.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Regions</b>: a polygon layer (COROP regions, municipalities, wijken, provinces…) with optional id and name fields, or a region-code field on the establishments. With both, establishments are matched to the polygon whose id equals their code (no spatial test). A point belongs to at most one region: inside a polygon by the even-odd rule (holes and multi-part regions work); on the shared edge of two neighbouring regions it goes to exactly one of them; inside two overlapping regions it goes to the region that comes first in the layer. Points outside every region and points without a location belong to no region; the log counts them, and overlaps. Regions without establishments are kept, with zeros. Region polygons in another CRS than the points are transformed; invalid polygons are repaired (Make valid) for the assignment and counted in the log, and the output keeps them as they were.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Outputs</b>: a table with <code>region_id</code>, <code>region_name</code>, <code>n_total</code>, <code>jobs_total</code> and per class <code>n_…</code>, <code>share_…</code> (of the region's establishments, 0–1) and <code>jobs_…</code>, the class names made from the bounds (<code>lt5</code>, <code>5_50</code>, <code>ge50</code>); a chart of the shares for the 40 regions with most establishments (PNG, with an SVG beside it); an HTML report.</p>"),
    ),
    'neighbourhoods': (
        QT_TRANSLATE_NOOP("help", "<p>Within one chosen region, counts the sector's establishments per small area (wijk or buurt) and highlights the areas with at least N of them — the zoom maps of the PBL/CBS article (≥ 14 for brainport in Zuidoost-Noord-Brabant, ≥ 225 for creative services in Groot-Amsterdam).</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Sector</b>, the first of these that is given: a <b>sector expression</b> (for example <code>"sbi" LIKE \'62%\'</code>); a <b>sector field</b> with the <b>sector value</b> (for example field <code>a10</code>, value <code>BE</code>); a <b>sector name</b> from the sector definitions, read from the <b>SBI code field</b>.</p>'),
        QT_TRANSLATE_NOOP("help", '<p><b>Region</b>: the polygon(s) of the region layer whose region field equals the region value (for example field <code>statnaam</code>, value <code>Zuidoost-Noord-Brabant</code>; several matching polygons form one region). <b>Small areas</b>: a polygon layer; an area belongs to the region when a point on its surface lies inside the region. Establishments are assigned to areas as in the other regional algorithms: at most one area each (the first of overlapping areas), invalid polygons repaired, other CRSs transformed; those in the region but in no area are counted in the log.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Output</b>: the region's areas with all their fields plus <code>n_sector</code>, <code>jobs_sector</code>, <code>n_total</code> (all establishments) and <code>highlight</code> (1 when n_sector ≥ N), styled: highlighted areas dark red and labelled with their count.</p>"),
    ),
    'sectorprofiles': (
        QT_TRANSLATE_NOOP("help", "<p>The regional profile of every sector in one run, as the PBL/CBS top-sector note publishes it for the whole economy (Raspe et al. 2012): per region and sector the jobs (<b>mass</b>), the location quotient (<b>specialisation</b>) and the mean D-score (<b>concentration</b>), and the region types. Each sector's rows are those <i>Regional profile of a sector</i> gives for it.</p>"),
        QT_TRANSLATE_NOOP("help", '<p><b>Sectors</b>: every sector of the sector definitions except the two benchmarks (the bundled set: brainport and the top sectors), or those named in <b>Sectors</b> (separated by ;), read from the <b>SBI code field</b>; or every value of a <b>sector field</b> (for example an A10 field). D-scores are computed within each sector; sectors that do not overlap share one computation (grid and far-field spectra), so the whole economy costs little more than one run of <i>Cluster index (D-score)</i>. A <b>D-score field</b> can be used instead only for sectors that do not overlap.</p>'),
        QT_TRANSLATE_NOOP("help", "<p><b>Region types</b> (note, table 1): clustered = mean D above the mean D of the sector's benchmark (computed from both benchmark populations in the input, published for NL 2011, or entered), specialised = LQ &gt; 1, large volume = sector jobs at least the <b>large job volume</b>: the median of the regions that have the sector, a number of jobs, or a percentage of the sector's national jobs (named in every output). Regions whose sector has fewer establishments than the <b>minimum</b> (default 10) are flagged (<code>small_n</code> = 1, * in reports) and left out of tables 1 and 2: one large firm can make a region “specialised”.</p>"),
        QT_TRANSLATE_NOOP("help", "<p><b>A province's own frame</b>: when the layer holds only part of the country, give the <b>national reference totals</b> (a CSV with the columns <code>sector</code>, <code>establishments</code>, <code>jobs</code> and a row <code>all</code>; national counts such as CBS StatLine's) so that the LQ uses the national E(s) and E and the jobs shares the national sector jobs, and use published or entered benchmark means. The log then says how many establishments lie within 20 km of the edge of the layer's extent: their D-scores miss the firms across the border and are lower than in a national run, and so is the mean D of regions along the edge.</p>"),
        QT_TRANSLATE_NOOP("help", "<p><b>Outputs</b>: the long table (<code>sector</code>, <code>benchmark</code>, <code>region_id</code>, <code>region_name</code>, <code>parent</code> and the profile's fields: <code>n_sector</code>, <code>n_total</code>, <code>jobs_sector</code>, <code>jobs_total</code>, <code>jobs_share</code>, <code>lq</code>, <code>mean_d</code>, <code>n_scored</code>, <code>region_type</code>, <code>type_label</code>, <code>small_n</code>, <code>large_volume</code>); <b>appendix 3</b> (one row per region and a national row; per sector <code>…_jobs</code>, <code>…_lq</code>, <code>…_mean_d</code>); <b>table 1</b> (per sector the regions of type 1, 2 and 3, by jobs); <b>table 2</b> (per parent region — the <b>parent region field</b>, e.g. <code>landsdeel</code> or <code>provincie</code> of the bundled COROP layer — and type: “sector (regions)”); <b>figure 1</b> (mean D per sector, coloured by benchmark, both benchmark means marked; PNG and SVG); and one HTML report with all of it and every sector's bubble chart.</p>"),
    ),
}


def _tr(text):
    return QCoreApplication.translate("help", text)


def text(algorithm_id):
    """The help of an algorithm as HTML, in the user's language."""
    return "".join(_tr(p) for p in HELP.get(algorithm_id, ())) + _tr(SOURCES)


def summary(algorithm_id):
    """One sentence for the toolbox tooltip."""
    return _tr(SUMMARIES[algorithm_id]) if algorithm_id in SUMMARIES else ""


def url(algorithm_id):
    """The Help button: the README section of the algorithm."""
    return QUrl.fromLocalFile(README).toString() + "#" + algorithm_id


def plain(html_text):
    """HTML help as plain text, for qgis_process help (which prints it as it is)."""
    import html
    import re
    text = re.sub(r"</?(p|h\d)[^>]*>", "\n\n", html_text)
    text = re.sub(r"<br\s*/?>|</li>", "\n", text)
    text = re.sub(r"<li[^>]*>", "- ", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
