"""clusterindex:neighbourhoods through processing.run, against the layer's construction
(oracles.py: the half-open rule on the grid of squares)."""
import processing
import pytest
from conftest import Log
from layers import SIZE, X0, Y0, region_frame, square, write_polygons
from qgis.core import QgsProcessingException


def test_neighbourhoods(plugin, region_firms, tmp_path):
    layer, rows = region_firms
    # the region is the whole 20 km block; its areas are the four squares; an area
    # outside the block is left out
    big = write_polygons(tmp_path / "big.gpkg", [(square(X0, Y0, 2 * SIZE), "B", "Block"),
                                                 (square(0, 0, SIZE), "O", "Other")])
    areas = [(square(X0 + i * SIZE, Y0 + j * SIZE, SIZE), "W%d" % (1 + i + 2 * j), "") for i in (0, 1) for j in (0, 1)]
    areas.append((square(300000, 300000, SIZE), "FAR", ""))
    areas = write_polygons(tmp_path / "areas.gpkg", areas)
    log = Log()
    result = processing.run("clusterindex:neighbourhoods", {
        "INPUT": layer, "SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "REGIONS": big,
        "REGION_FIELD": "name", "REGION_VALUE": "Block", "AREAS": areas, "MIN_COUNT": 60,
        "OUTPUT": "memory:"}, feedback=log)
    got = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(got) == ["W1", "W2", "W3", "W4"]
    df = region_frame(rows)
    counts = df[df.sector].region.value_counts()
    for code in got:
        want = counts.get("R" + code[1:], 0)
        assert got[code]["n_sector"] == want
        assert got[code]["highlight"] == int(want >= 60)
    with pytest.raises(QgsProcessingException, match="No region"):
        processing.run("clusterindex:neighbourhoods", {
            "INPUT": layer, "SBI_FIELD": "sbi", "REGIONS": big, "REGION_FIELD": "name",
            "REGION_VALUE": "Nowhere", "AREAS": areas, "OUTPUT": "memory:"})
