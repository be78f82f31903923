"""clusterindex:sizeclasses through processing.run, against pandas (oracles.py)."""
import processing
import pytest
from layers import region_frame
from oracles import size_classes
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage


def test_sizeclasses_against_pandas(plugin, region_firms, regions, tmp_path):
    layer, rows = region_firms
    result = processing.run("clusterindex:sizeclasses", {
        "INPUT": layer, "JOBS_FIELD": "jobs", "REGIONS": regions, "REGION_ID_FIELD": "code",
        "CLASS_BOUNDS": "5, 20, 50", "OUTPUT": "memory:", "OUTPUT_CHART": str(tmp_path / "sizes.png"),
        "OUTPUT_HTML": str(tmp_path / "sizes.html")})
    want = size_classes(region_frame(rows), [5, 20, 50], ["lt5", "5_20", "20_50", "ge50"])
    got = {f["region_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(got) == 6
    for code in ("R1", "R2", "R3", "R4"):
        for cls in ("lt5", "5_20", "20_50", "ge50"):
            assert got[code]["n_" + cls] == want.loc[code, cls]
            assert got[code]["share_" + cls] == pytest.approx(want.loc[code, cls] / want.loc[code].sum())
        assert got[code]["n_total"] == want.loc[code].sum()
    assert got["R5"]["n_total"] == 0
    assert not QImage(result["OUTPUT_CHART"]).isNull()
    with pytest.raises(QgsProcessingException, match="bounds"):
        processing.run("clusterindex:sizeclasses", {
            "INPUT": layer, "JOBS_FIELD": "jobs", "REGIONS": regions, "CLASS_BOUNDS": "50, 5",
            "OUTPUT": "memory:"})
