"""Writes the QML styles in resources/styles/ (run with QGIS's Python: make styles).

Styles are built with the QGIS API rather than by hand, so that they load in every
QGIS from the minimum version on."""
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsDataDefinedSizeLegend,
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererRange,
    QgsSizeScaleTransformer,
    QgsVectorLayer,
)

STYLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                      "resources", "styles")
# ColorBrewer RdYlGn, reversed: green = low, red = high
DECILE_COLOURS = ["#006837", "#1a9850", "#66bd63", "#a6d96a", "#d9ef8b",
                  "#fee08b", "#fdae61", "#f46d43", "#d73027", "#a50026"]
# symbol area proportional to jobs: 1.2 mm for one job up to 9 mm for 2,000 or more
JOBS_RANGE = (1.0, 2000.0)
SIZE_RANGE = (1.2, 9.0)
CATEGORIES = QgsMapLayer.Symbology | QgsMapLayer.Rendering | QgsMapLayer.MapTips


def save(layer, path, categories=CATEGORIES):
    message, ok = layer.saveNamedStyle(path, categories=categories)
    if not ok:
        sys.exit("could not write %s: %s" % (path, message))


def marker(colour):
    symbol = QgsMarkerSymbol.createSimple({
        "name": "circle", "color": colour, "outline_color": "35,35,35,90",
        "outline_width": "0.1", "size": "1.2"})
    size = QgsProperty.fromField("jobs")
    size.setTransformer(QgsSizeScaleTransformer(
        QgsSizeScaleTransformer.Area, JOBS_RANGE[0], JOBS_RANGE[1], SIZE_RANGE[0], SIZE_RANGE[1],
        SIZE_RANGE[0], 1.0))
    symbol.setDataDefinedSize(size)
    return symbol


def jobs_legend():
    legend = QgsDataDefinedSizeLegend()
    legend.setTitle("Jobs")
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendCollapsed)
    legend.setClasses([QgsDataDefinedSizeLegend.SizeClass(v, "%d" % v) for v in (2000, 500, 50, 1)])
    return legend


def dscore_style(path):
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=d_score:double&field=d_decile:integer"
                           "&field=jobs:double", "d", "memory")
    ranges = []
    for k, colour in enumerate(DECILE_COLOURS, 1):
        label = "Decile %d within sector%s" % (k, {1: " (lowest)", 10: " (highest)"}.get(k, ""))
        ranges.append(QgsRendererRange(k - 0.5, k + 0.5, marker(colour), label))
    renderer = QgsGraduatedSymbolRenderer("d_decile", ranges)
    renderer.setClassAttribute("d_decile")
    renderer.setSourceSymbol(marker("#888888"))
    renderer.setDataDefinedSizeLegend(jobs_legend())
    # draw high deciles on top
    renderer.setOrderByEnabled(True)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("d_score", True)]))
    layer.setRenderer(renderer)
    layer.setMapTipTemplate('D-score [% format_number("d_score", 4) %], decile [% "d_decile" %], '
                            'jobs [% "jobs" %]')
    save(layer, path)


def clusters_style(path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=cluster:string&field=jobs:double", "c", "memory")
    categories = [QgsRendererCategory("very strong", marker("#a50026"), "Very strong cluster (D > P95)"),
                  QgsRendererCategory("strong", marker("#f46d43"), "Strong cluster (P90 < D ≤ P95)"),
                  QgsRendererCategory(None, marker("#bdbdbd"), "Below P90")]
    renderer = QgsCategorizedSymbolRenderer("cluster", categories)
    renderer.setSourceSymbol(marker("#888888"))
    renderer.setDataDefinedSizeLegend(jobs_legend())
    layer.setRenderer(renderer)
    save(layer, path)


def region_type_style(path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory
    sys.path.insert(0, os.path.join(os.path.dirname(STYLES), "..", "algorithms"))
    from definitions import NO_TYPE_COLOUR, REGION_TYPES  # plain Python: importable on its own

    def fill(colour):
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#606060",
                                           "outline_width": "0.2"})
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=region_type:integer&field=lq:double"
                           "&field=mean_d:double&field=jobs_sector:double", "r", "memory")
    categories = [QgsRendererCategory(t, fill(colour), label) for t, (label, colour) in sorted(REGION_TYPES.items())]
    categories.append(QgsRendererCategory(None, fill(NO_TYPE_COLOUR), "No type (no establishments "
                                                                      "of the sector, or no benchmark)"))
    renderer = QgsCategorizedSymbolRenderer("region_type", categories)
    layer.setRenderer(renderer)
    layer.setMapTipTemplate('[% "type_label" %]<br>LQ [% format_number("lq", 3) %], mean D '
                            '[% format_number("mean_d", 4) %], jobs [% format_number("jobs_sector", 0) %]')
    save(layer, path)


def neighbourhoods_style(path):
    from qgis.core import (
        QgsFillSymbol,
        QgsPalLayerSettings,
        QgsRuleBasedRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=n_sector:integer&field=highlight:integer",
                           "n", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, label in (
            ('"highlight" = 1', "#b2182b", "At least the chosen number of establishments"),
            ('"n_sector" > 0 AND "highlight" = 0', "#fddbc7", "Fewer establishments of the sector"),
            ('"n_sector" = 0 OR "n_sector" IS NULL', "#f7f7f7", "None")):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#808080",
                                             "outline_width": "0.15"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = 'CASE WHEN "highlight" = 1 THEN "n_sector" END'
    settings.isExpression = True
    text = QgsTextFormat()
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    save(layer, path, CATEGORIES | QgsMapLayer.Labeling)


def _growth_breaks():
    """The class bounds of relative growth, from algorithms/core/growth.py (numpy only)."""
    import importlib.util
    path = os.path.join(os.path.dirname(STYLES), "..", "algorithms", "core", "growth.py")
    spec = importlib.util.spec_from_file_location("growth", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.RELATIVE_BREAKS


# ColorBrewer RdBu (7 classes): red = slower than the sector nationally, blue = faster
GROWTH_COLOURS = ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"]


def change_style(path):
    """Regions by relative growth g_rs − g_s: diverging around 0, NULL (no growth rate) grey."""
    from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=growth_rel:double&field=growth:double"
                           "&field=jobs_t1:double&field=lq_t0:double", "c", "memory")
    b = _growth_breaks()
    rules = [('"growth_rel" < %r' % b[0], "Less than %+.0f percentage points" % (100 * b[0]))]
    rules += [('"growth_rel" >= %r AND "growth_rel" < %r' % (lo, hi), "%+.0f to %+.0f percentage points"
               % (100 * lo, 100 * hi)) for lo, hi in zip(b, b[1:])]
    rules.append(('"growth_rel" >= %r' % b[-1], "%+.0f percentage points or more" % (100 * b[-1])))
    root = QgsRuleBasedRenderer.Rule(None)
    for (expression, label), colour in zip(rules, GROWTH_COLOURS):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#707070", "outline_width": "0.2"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    symbol = QgsFillSymbol.createSimple({"color": "#d9d9d9", "outline_color": "#909090", "outline_width": "0.2",
                                         "style": "b_diagonal"})
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "ELSE", "No growth rate (none of the sector at t0)"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setMapTipTemplate('Growth [% format_number(100 * "growth", 1) %] %, relative to the sector nationally '
                            '[% format_number(100 * "growth_rel", 1) %] points; LQ at t0 '
                            '[% format_number("lq_t0", 2) %]; jobs at t1 [% format_number("jobs_t1", 0) %]')
    save(layer, path)


def variety_style(path):
    """Regions by related variety, five classes; the plugin recomputes them as quantiles
    of each output when it loads it."""
    from qgis.core import QgsClassificationQuantile, QgsFillSymbol, QgsGradientColorRamp, QgsStyle
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=rv:double&field=uv:double&field=tv:double",
                           "v", "memory")
    ramp = QgsStyle.defaultStyle().colorRamp("YlGnBu") or QgsGradientColorRamp()
    ranges = []
    for k, (lo, hi) in enumerate(zip((0.0, 0.5, 1.0, 1.5, 2.0), (0.5, 1.0, 1.5, 2.0, 3.0))):
        colour = ramp.color(0.1 + 0.85 * k / 4).name()
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#707070", "outline_width": "0.2"})
        ranges.append(QgsRendererRange(lo, hi, symbol, "%.2f – %.2f" % (lo, hi)))
    renderer = QgsGraduatedSymbolRenderer("rv", ranges)
    renderer.setSourceColorRamp(ramp)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    layer.setRenderer(renderer)
    layer.setMapTipTemplate('Related variety [% format_number("rv", 3) %], unrelated [% format_number("uv", 3) %], '
                            'total [% format_number("tv", 3) %] bits')
    save(layer, path)


def significance_style(path):
    """clusterindex:significance: significant, not significant, not tested (d_class NULL)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=d_class:string&field=d_ratio:double&field=d_p:double"
                           "&field=jobs:double", "s", "memory")
    quiet = marker("#d9d9d9")
    quiet.setOpacity(0.5)
    categories = [QgsRendererCategory("significant", marker("#b2182b"), "Significant: more clustered than random "
                                                                        "labelling"),
                  QgsRendererCategory("not significant", marker("#6baed6"), "Not significant"),
                  QgsRendererCategory(None, quiet, "Not tested (outside the sector, or undefined)")]
    renderer = QgsCategorizedSymbolRenderer("d_class", categories)
    renderer.setSourceSymbol(marker("#888888"))
    renderer.setDataDefinedSizeLegend(jobs_legend())
    # significant establishments drawn on top
    renderer.setOrderByEnabled(True)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(
        "CASE WHEN \"d_class\" = 'significant' THEN 2 WHEN \"d_class\" IS NOT NULL THEN 1 ELSE 0 END", True)]))
    layer.setRenderer(renderer)
    layer.setMapTipTemplate('[% "d_class" %]: d_ratio [% format_number("d_ratio", 2) %], p '
                            '[% format_number("d_p", 4) %], jobs [% "jobs" %]')
    save(layer, path)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(STYLES, exist_ok=True)
    dscore_style(os.path.join(STYLES, "dscore.qml"))
    clusters_style(os.path.join(STYLES, "clusters.qml"))
    region_type_style(os.path.join(STYLES, "regionprofile.qml"))
    neighbourhoods_style(os.path.join(STYLES, "neighbourhoods.qml"))
    change_style(os.path.join(STYLES, "change.qml"))
    variety_style(os.path.join(STYLES, "variety.qml"))
    significance_style(os.path.join(STYLES, "significance.qml"))
    print("styles written to", STYLES)
    app.exitQgis()


if __name__ == "__main__":
    main()
