"""algorithms/outputs.py on its own: which files an output value names, the refusal of
outputs onto inputs (before anything is written), attribute values from numpy, text
files written beside and moved into place, begun outputs removed again."""
import os
from pathlib import Path

import numpy as np
import pytest
from conftest import run_of
from layers import field, write_points
from osgeo import gdal
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)
from qgis.PyQt.QtCore import QVariant

from clusterindex.algorithms import outputs

ROWS = [((100000.0 + 500 * k, 400000.0), k, "2611", 1 + k) for k in range(5)]


@pytest.fixture
def gpkg(tmp_path):
    """A GeoPackage of five establishments, its path."""
    path = tmp_path / "in.gpkg"
    write_points(path, ROWS)
    return str(path)


@pytest.fixture
def shapefile(gpkg, tmp_path):
    """The same establishments as a shapefile (.shp, .shx, .dbf, .prj), its path."""
    path = str(tmp_path / "in.shp")
    assert gdal.VectorTranslate(path, gpkg, format="ESRI Shapefile") is not None
    assert os.path.isfile(path[:-4] + ".dbf")
    return path


# -- the file an output value names -----------------------------------------------------
@pytest.mark.parametrize("value, want", [
    ("/data/out.gpkg", "/data/out.gpkg"),
    ("/data/out.gpkg|layername=a", "/data/out.gpkg"),
    ("ogr:dbname='/data/in.gpkg' table=\"scores\" (geom)", "/data/in.gpkg"),
    ("/data/out.shp", "/data/out.shp"),
    ("memory:", ""),
    ("memory:scores", ""),
    ("postgres:dbname='gis' host=localhost table=\"public\".\"scores\"", ""),
    (QgsProcessing.TEMPORARY_OUTPUT, ""),
    ("", ""),
    (None, ""),
])
def test_destination_path(value, want):
    assert outputs._destination_path(value) == want


def test_destination_path_of_an_output_layer_definition():
    assert outputs._destination_path(QgsProcessingOutputLayerDefinition("/data/def.gpkg")) == "/data/def.gpkg"
    assert outputs._destination_path(QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT)) == ""


def test_files_of_a_shapefile_are_all_its_sidecars(tmp_path):
    stem = os.path.realpath(str(tmp_path / "a"))
    for ext in (".shp", ".dbf", ".DBF", ".prj"):
        files = outputs._files_of(str(tmp_path / ("a" + ext)))
        for sidecar in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".SHP", ".DBF"):
            assert stem + sidecar in files, (ext, sidecar)
    assert outputs._files_of(str(tmp_path / "a.gpkg")) == {stem + ".gpkg"}
    assert outputs._files_of("") == set()


def test_files_of_resolve_symbolic_links(gpkg, tmp_path):
    link = str(tmp_path / "link.gpkg")
    os.symlink(gpkg, link)
    assert outputs._files_of(link) == outputs._files_of(gpkg)


# -- never onto an input --------------------------------------------------------------------
def refuse(alg, parameters):
    outputs.refuse_outputs_onto_inputs(run_of("clusterindex:" + alg, parameters))


@pytest.mark.parametrize("output", [
    "{gpkg}",
    "{gpkg}|layername=scores",
    "ogr:dbname='{gpkg}' table=\"scores\" (geom)",
])
def test_output_onto_the_input_geopackage_is_refused(plugin, gpkg, output):
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("dscore", {"INPUT": gpkg, "OUTPUT": output.format(gpkg=gpkg)})


def test_input_given_with_its_layer_name_is_still_its_file(plugin, gpkg):
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("dscore", {"INPUT": gpkg + "|layername=in", "OUTPUT": gpkg})


@pytest.mark.parametrize("ext", [".dbf", ".DBF", ".shx", ".prj", ".shp"])
def test_output_onto_a_sidecar_of_the_input_shapefile_is_refused(plugin, shapefile, ext):
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("dscore", {"INPUT": shapefile, "OUTPUT": shapefile[:-4] + ext})


def test_the_svg_beside_a_chart_must_not_be_an_input(plugin, gpkg, tmp_path):
    """A PNG chart writes an SVG of the same name beside it: that SVG is an output too."""
    definitions = tmp_path / "chart.svg"
    definitions.write_text("sector,benchmark,codes\n", encoding="utf-8")
    params = {"INPUT": gpkg, "DEFINITIONS": str(definitions), "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"}
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        refuse("regionprofile", dict(params, OUTPUT_CHART=str(tmp_path / "chart.png")))
    refuse("regionprofile", dict(params, OUTPUT_CHART=str(tmp_path / "other.png")))


def test_outputs_elsewhere_are_accepted(plugin, gpkg, shapefile, tmp_path):
    refuse("dscore", {"INPUT": gpkg, "OUTPUT": str(tmp_path / "out.gpkg")})
    refuse("dscore", {"INPUT": gpkg, "OUTPUT": "memory:"})
    refuse("dscore", {"INPUT": gpkg, "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT})
    refuse("dscore", {"INPUT": shapefile, "OUTPUT": str(tmp_path / "other.dbf")})


# -- attribute values ------------------------------------------------------------------------
def test_values_nan_and_infinity_are_null():
    got = outputs.values(np.array([1.5, np.nan, np.inf, -np.inf, -2.0]))
    assert got == [1.5, None, None, None, -2.0]
    assert all(type(v) is float for v in got if v is not None)


def test_values_as_integers_with_null_where_told():
    got = outputs.values(np.array([0, 3, 7]), integer=True, null_when=np.array([True, False, False]))
    assert got == [None, 3, 7]
    assert all(type(v) is int for v in got if v is not None)
    assert outputs.values(np.array([2.0, 4.0]), integer=True) == [2, 4]


def test_output_fields_replace_input_fields_of_the_same_name_ignoring_case():
    source = QgsFields()
    for name in ("id", "D_SCORE", "jobs", "sbi"):
        source.append(field(name, QVariant.String))
    columns = [outputs.Column("d_score", "double", []), outputs.Column("jobs", "double", [])]
    fields, keep, replaced = outputs.output_fields(source, columns)
    assert fields.names() == ["id", "sbi", "d_score", "jobs"]
    assert keep == [0, 3]
    assert replaced == ["D_SCORE", "jobs"]


# -- text files and begun outputs ------------------------------------------------------------
def test_write_text_leaves_no_partial_file(tmp_path):
    path = str(tmp_path / "report.html")
    outputs.write_text(path, "first")
    outputs.write_text(path, "D ≥ 0.05 µ")
    assert Path(path).read_text(encoding="utf-8") == "D ≥ 0.05 µ"
    assert os.listdir(str(tmp_path)) == ["report.html"]


def test_file_output_makes_its_folder_and_is_removed_on_discard(plugin, tmp_path):
    target = tmp_path / "new" / "sub" / "summary.html"
    run = run_of("clusterindex:sectorsummary", {"OUTPUT_HTML": str(target)})
    assert outputs.file_output(run, "OUTPUT_HTML") == str(target)
    assert target.parent.is_dir()
    assert outputs.file_output(run, "NO_SUCH_OUTPUT") == ""
    outputs.write_text(str(target), "<html></html>")
    outputs.discard(run)
    assert not target.exists() and run.started == []


def test_discard_removes_begun_files_and_does_not_load_them(plugin, tmp_path):
    path = str(tmp_path / "begun.gpkg")
    with open(path, "w") as f:
        f.write("partial")
    context = QgsProcessingContext()
    context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails("begun", None, "OUTPUT"))
    run = run_of("clusterindex:dscore", {}, context=context)
    run.started.append(outputs.Started("OUTPUT", [path, ""]))
    outputs.discard(run)
    assert not os.path.exists(path)
    assert path not in context.layersToLoadOnCompletion()


def test_finish_keeps_what_was_written(plugin, tmp_path):
    path = str(tmp_path / "done.html")
    outputs.write_text(path, "done")
    run = run_of("clusterindex:dscore", {})
    run.started.append(outputs.Started("OUTPUT", [path]))
    outputs.finish(run)
    assert Path(path).read_text(encoding="utf-8") == "done"
