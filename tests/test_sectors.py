"""algorithms/sectors.py on its own: the one sector choice. Precedence, the same in every
algorithm: a sector expression; else a sector field with its value; else a sector name
from the definitions, read from the SBI code field. And group_ids for dscore's sectors."""
import math

import pytest
from conftest import Log, run_of
from layers import write_points
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from clusterindex.algorithms import reading, sectors

FIELDS = (("id", QVariant.Int), ("sbi", QVariant.String), ("code", QVariant.Double))
ROWS = [((0.0, 0.0), 1, "2611", 2611.0),
        ((100.0, 0.0), 2, " 2611 ", 2611.5),
        ((200.0, 0.0), 3, "4711", None),
        ((300.0, 0.0), 4, None, 4711.0),
        ((400.0, 0.0), 5, "garbage", 26.0)]
NO_SECTOR = {"SECTOR": "", "SECTOR_FIELD": "", "SECTOR_VALUE": "", "SECTOR_EXPRESSION": ""}


@pytest.fixture
def layer(tmp_path):
    return write_points(tmp_path / "codes.gpkg", ROWS, fields=FIELDS)


def run_with(layer, log=None, **params):
    """A regionprofile run (it has every way of giving a sector) with only `params` given."""
    return run_of("clusterindex:regionprofile", dict(NO_SECTOR, INPUT=layer, **params), log)


def chosen(layer, required=True, **params):
    """(plan, Sector) of the run with `params`."""
    run = run_with(layer, **params)
    how = sectors.plan(run, required)
    est = reading.open_establishments(run, {"sbi": "SBI_FIELD", "sector": "SECTOR_FIELD"}, metric=False)
    reading.read(run, est, (0.0, 10.0))
    return how, sectors.choose(run, est, how)


# -- plan: precedence and incomplete choices ------------------------------------------------
EVERYTHING = {"SECTOR_EXPRESSION": "\"sbi\" LIKE '47%'", "SECTOR_FIELD": "code", "SECTOR_VALUE": "2611",
              "SECTOR": "Brainport activities", "SBI_FIELD": "sbi"}


def test_an_expression_takes_precedence_over_everything(plugin, layer):
    how, sector = chosen(layer, **EVERYTHING)
    assert how == ("expression", "\"sbi\" LIKE '47%'")
    assert sector.mask.tolist() == [False, False, True, False, False]
    assert sector.label == "\"sbi\" LIKE '47%'" and sector.definition is None


def test_a_field_and_value_take_precedence_over_a_name(plugin, layer):
    params = dict(EVERYTHING, SECTOR_EXPRESSION="")
    how, sector = chosen(layer, **params)
    assert how == ("field", ("code", "2611"))
    assert sector.mask.tolist() == [True, False, False, False, False]  # 2611.0 reads 2611; 2611.5 does not
    assert sector.label == "code = 2611"


def test_a_text_field_value_is_compared_stripped(plugin, layer):
    _, sector = chosen(layer, SECTOR_FIELD="sbi", SECTOR_VALUE="2611")
    assert sector.mask.tolist() == [True, True, False, False, False]


def test_a_name_is_read_from_the_sbi_codes(plugin, layer):
    params = dict(EVERYTHING, SECTOR_EXPRESSION="", SECTOR_FIELD="", SECTOR="brainport ACTIVITIES")
    how, sector = chosen(layer, **params)
    assert how[0] == "definition" and how[1].name == "Brainport activities"
    assert sector.mask.tolist() == [True, True, False, False, False]
    assert sector.label == "Brainport activities" and sector.definition is how[1]


def test_nothing_given_is_every_establishment_where_not_required(plugin, layer):
    how, sector = chosen(layer, required=False)
    assert how is None
    assert sector.mask.tolist() == [True] * 5 and sector.label == "all establishments"


@pytest.mark.parametrize("params, message", [
    ({}, "Choose a sector"),
    ({"SECTOR_FIELD": "sbi"}, "Give the sector value to look for in field “sbi”"),
    ({"SECTOR": "Brainport activities"}, "choose the SBI code field"),
    ({"SECTOR": "Bakeries", "SBI_FIELD": "sbi"}, "No sector “Bakeries”"),
])
def test_incomplete_choices_are_refused_before_reading(plugin, layer, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        sectors.plan(run_with(layer, **params))


def test_an_expression_that_does_not_parse_is_refused(plugin, layer):
    run = run_with(layer, SECTOR_EXPRESSION="\"sbi\" LIKE", SECTOR="Brainport activities", SBI_FIELD="sbi")
    with pytest.raises(QgsProcessingException, match="Sector expression"):
        sectors.plan(run)


def test_an_empty_sector_is_refused(plugin, layer):
    log = Log()
    run = run_with(layer, log, SECTOR_FIELD="sbi", SECTOR_VALUE="9999")
    est = reading.open_establishments(run, {"sector": "SECTOR_FIELD"}, metric=False)
    reading.read(run, est, (0.0, 10.0))
    sector = sectors.choose(run, est, sectors.plan(run))
    with pytest.raises(QgsProcessingException, match="No establishment"):
        sectors.log_sector(run, est, sector)
    assert "Sector “sbi = 9999”: 0 of 5 establishments." in log.infos


# -- definitions ------------------------------------------------------------------------------
def test_definitions_are_read_once_per_run(plugin, layer):
    run = run_with(layer)
    first = sectors.load_definitions(run)
    assert sectors.load_definitions(run) is first
    assert sectors.find_definition(run, "  benchmark INDUSTRY ").name == "Benchmark industry"


def test_definitions_errors_name_the_file_and_line(plugin, layer, tmp_path):
    path = tmp_path / "sectors.csv"
    path.write_text("# mine\nsector,benchmark,codes\nElectronics,Benchmark industry,26-27;32-10\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"sectors.csv”, line 3: sector “Electronics”, “32-10”"):
        sectors.load_definitions(run_with(layer, DEFINITIONS=str(path)))
    with pytest.raises(QgsProcessingException, match="Cannot read the sector definitions"):
        sectors.load_definitions(run_with(layer, DEFINITIONS=str(tmp_path / "missing.csv")))


def test_definitions_warnings_name_the_line(plugin, layer, tmp_path):
    path = tmp_path / "sectors.csv"
    path.write_text("sector,benchmark,codes\nBenchmark industry,,10-32\nMine,Benchmark industri,26\n",
                    encoding="utf-8")
    log = Log()
    sectors.load_definitions(run_with(layer, log, DEFINITIONS=str(path)))
    assert any("line 3" in w and "Benchmark industri" in w for w in log.warnings), log.warnings


def test_unreadable_sbi_codes_are_logged_once_per_run(plugin, layer):
    log = Log()
    run = run_with(layer, log, SBI_FIELD="sbi")
    est = reading.open_establishments(run, {"sbi": "SBI_FIELD"}, metric=False)
    reading.read(run, est, (0.0, 10.0))
    for name in ("Brainport activities", "Benchmark industry"):
        sectors.members(run, est, sectors.find_definition(run, name))
    unreadable = [w for w in log.warnings if "could not be read as SBI codes" in w]
    assert len(unreadable) == 1 and "'garbage'" in unreadable[0] and "“sbi”" in unreadable[0]


# -- group_ids ----------------------------------------------------------------------------------
def test_group_ids():
    values = ["b", " a", "a ", None, "", "  ", math.nan, 3, 3.0, "b", "B"]
    ids, keys = sectors.group_ids(values)
    assert ids.tolist() == [0, 1, 1, -1, -1, -1, -1, 2, 2, 0, 3]
    assert keys == ["b", "a", 3, "B"]


def test_group_ids_of_nothing():
    ids, keys = sectors.group_ids([])
    assert ids.tolist() == [] and keys == []
