"""Renders the styled D-score map to PNG with QGIS's own print layout.

Usage: python3 tools/render_map.py DSCORE.gpkg REGIONS.gpkg OUT.png [--title T] [--filter EXPR]
"""
import argparse
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = os.path.join(HERE, "resources", "styles", "dscore.qml")


def label(layout, text, x, y, w, h, size, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(item)
    return item


def page(project, title, subtitle):
    """An A4-wide print layout with the title and subtitle."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(297, 232, QgsUnitTypes.LayoutMillimeters))
    label(layout, title, 8, 5, 280, 9, 15, bold=True)
    label(layout, subtitle, 8, 14, 280, 6, 9)
    return layout


def map_item(layout, layers, extent):
    """The map frame, 200 × 202 mm, showing `extent` whole: the extent is widened to the
    frame's shape (setExtent would otherwise resize the frame, and the south — Zuid-Limburg —
    would fall off the page)."""
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(8, 22, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(200, 202, QgsUnitTypes.LayoutMillimeters))
    item.setLayers(layers)
    extent.scale(1.03)
    aspect = 200.0 / 202.0
    center = extent.center()
    width, height = max(extent.width(), aspect * extent.height()), max(extent.height(), extent.width() / aspect)
    item.setExtent(QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                                center.y() + height / 2))
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    return item


def legend_and_scale(layout, item_map, layer, sources):
    """The layer's legend, a 50 km scale bar and the sources, right of the map."""
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item_map)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    root.addLayer(layer)
    legend.setTitle("")
    legend.attemptMove(QgsLayoutPoint(212, 22, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item_map)
    bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setUnitsPerSegment(25)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(2)
    bar.update()
    bar.attemptMove(QgsLayoutPoint(212, 186, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(bar)
    label(layout, sources, 212, 208, 82, 20, 5.5)


def export(layout, out):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    if QgsLayoutExporter(layout).exportToImage(out, settings) != QgsLayoutExporter.Success:
        sys.exit("export failed")
    print("map written to", out)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("scores")
    parser.add_argument("regions")
    parser.add_argument("out")
    parser.add_argument("--title", default="Cluster index (D-score) per establishment")
    parser.add_argument("--subtitle", default="Colour: decile of the D-score within the sector. "
                        "Symbol area: jobs.")
    parser.add_argument("--filter", default="")
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    provinces = QgsVectorLayer(args.regions + "|layername=provincie", "Provinces", "ogr")
    provinces.setRenderer(provinces.renderer().clone())
    provinces.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "242,242,238", "outline_color": "120,120,120", "outline_width": "0.3"}))
    corop = QgsVectorLayer(args.regions + "|layername=corop", "COROP regions", "ogr")
    corop.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "170,170,170", "outline_width": "0.15"}))
    scores = QgsVectorLayer(args.scores, "D-score decile (within sector)", "ogr")
    if not scores.isValid():
        sys.exit("cannot open " + args.scores)
    if args.filter:
        scores.setSubsetString(args.filter)
    message, ok = scores.loadNamedStyle(STYLE)
    if not ok:
        sys.exit("cannot load style: " + message)
    project.setCrs(provinces.crs())
    for layer in (provinces, corop, scores):
        project.addMapLayer(layer)

    layout = page(project, args.title, args.subtitle)
    item_map = map_item(layout, [scores, corop, provinces], provinces.extent())
    legend_and_scale(layout, item_map, scores, (
        "Establishments: SYNTHETIC, generated by tools/make_sample.py (seeded); not real firms.\nRegions and "
        "population: CBS Wijk- en buurtkaart 2022, CC BY 4.0. Jobs per COROP: CBS StatLine 83582NED, CC BY 4.0.\n"
        "Method: PBL/CBS, Raspe et al. (2012); Sorenson & Audia (2000); Scholl & Brenner (2011)."))
    export(layout, args.out)
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main()
