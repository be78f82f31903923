"""SBI parsing and sector definitions (no QGIS)."""
import importlib.util
import os

import pytest
from conftest import REPO

from clusterindex.algorithms.core import sbi
from clusterindex.algorithms.core.sbi import (
    CLASSES,
    DIVISIONS,
    GROUPS,
    SECTIONS,
    DefinitionError,
    DefinitionWarning,
    SectorDefinition,
    check_definitions,
    classify,
    parse_sbi,
    read_definitions,
    unreadable_examples,
)

SPELLINGS = [
    ("4711", "4711", "G"), ("47.11", "4711", "G"), ("47110", "47110", "G"), ("01.13", "0113", "A"),
    ("0113", "0113", "A"), ("113", "0113", "A"), (113, "0113", "A"), ("G4711", "4711", "G"),
    ("G 47.11", "4711", "G"), ("g4711", "4711", "G"), ("G: 4711", "4711", "G"), (4711, "4711", "G"),
    (4711.0, "4711", "G"), (47.11, "4711", "G"), (1.13, "0113", "A"), ("  6201 ", "6201", "J"),
    ("4711 Supermarkten", "4711", "G"), ("62", "62", "J"), ("9", "09", "B"), (1, "01", "A"),
    ("47.1", "471", "G"), ("G", None, "G"), ("C - Industrie", None, "C"), ("383", "383", "E"), (383, "383", "E"),
    ("130", "0130", "A"), ("990", "0990", "B"), ("620", "0620", "B"), ("631", "631", "J"),
    ("38.3", "383", "E"), ("3831", "3831", "E"),
]


@pytest.mark.parametrize("raw, code, section", SPELLINGS)
def test_real_world_spellings(raw, code, section):
    assert parse_sbi(raw) == (code, section)


# a real-number column written as text
FLOAT_TEXT = [
    ("2611.0", "2611", "C"), ("26110.0", "26110", "C"), ("383.0", "383", "E"), ("113.0", "0113", "A"),
    ("990.0", "0990", "B"), ("0113.0", "0113", "A"), ("2611.00", "2611", "C"), ("47.0", "47", "G"),
    ("1.0", "01", "A"), ("9.0", "09", "B"), ("62.0", "62", "J"), ("G 2611.0", "2611", "C"),
    ("2611.0 Vervaardiging", "2611", "C"),
    # unchanged: dotted codes with digits after the dot
    ("47.11", "4711", "G"), ("47.11.0", "47110", "G"), ("47.10", "4710", "G"), ("12.00", "1200", "C"),
    ("47.01", "4701", "G"),
]


@pytest.mark.parametrize("raw, code, section", FLOAT_TEXT)
def test_real_numbers_written_as_text(raw, code, section):
    assert parse_sbi(raw) == (code, section)


DECIMAL_COMMA = [
    ("38,32", "3832", "E"), ("47,11", "4711", "G"), ("2611,0", "2611", "C"), ("26110,0", "26110", "C"),
    ("47,0", "47", "G"), ("38,3", "383", "E"), ("47,11,0", "47110", "G"), ("1,13", "0113", "A"),
    ("G 47,11", "4711", "G"),
    # a comma after a code of 3 or more digits still ends it
    ("4711,4719", "4711", "G"), ("4711, Supermarkten", "4711", "G"),
]


@pytest.mark.parametrize("raw, code, section", DECIMAL_COMMA)
def test_decimal_comma(raw, code, section):
    assert parse_sbi(raw) == (code, section)


SPACES = [
    ("26 11", "2611", "C"), ("47 11 0", "47110", "G"), ("01 13", "0113", "A"), ("G 47 11", "4711", "G"),
    ("62 01 Software", "6201", "J"), ("47 11 0 Supermarkten", "47110", "G"),
    # a space after 3 or more digits, or after a section letter, is not inside the code
    ("4711 Supermarkten", "4711", "G"), ("G 47.11", "4711", "G"), ("G 4711", "4711", "G"),
    ("47 Detailhandel", "47", "G"), ("4711 5", "4711", "G"), ("47 110", "47", "G"),
]


@pytest.mark.parametrize("raw, code, section", SPACES)
def test_space_between_parts(raw, code, section):
    assert parse_sbi(raw) == (code, section)


@pytest.mark.parametrize("raw", ["-1", -1, -4711, "-47.11", "-4711", " -1", "-1.0", -1.0, -47.11,
                                 "- 47", ".5", ":4711", "--1"])
def test_negative_and_leading_punctuation_unreadable(raw):
    assert parse_sbi(raw) == (None, None)


@pytest.mark.parametrize("raw, code, section", [("G-4711", "4711", "G"), ("G - 47.11", "4711", "G"),
                                                ("g-47", "47", "G"), ("A.0113", "0113", "A")])
def test_hyphen_after_a_section_letter(raw, code, section):
    assert parse_sbi(raw) == (code, section)


@pytest.mark.parametrize("raw", [None, "", "   ", "garbage", "X12", -5, "1234567", "00", "04",
                                 float("nan"), float("inf"), True, "Garbage", "4711.5", "471.1",
                                 "2611.01", "4.0", "0", 0, 0.0, "34", "1234567.0"])
def test_unparseable_values(raw):
    assert parse_sbi(raw) == (None, None)


@pytest.mark.parametrize("number", [47.0, 2611.0, 26110.0, 383.0, 113.0, 47.11, 1.13, 38.3, 1.0])
def test_real_numbers_read_like_their_text(number):
    expected = parse_sbi(number)
    assert expected[0] is not None
    assert parse_sbi(str(number)) == expected
    assert parse_sbi(str(number).replace(".", ",")) == expected


# -- the NACE Rev. 2 table -----------------------------------------------------------------

def test_nace_table_counts():
    """Official counts of NACE Rev. 2: 88 divisions, 272 groups, 615 classes."""
    assert (len(DIVISIONS), len(GROUPS), len(CLASSES)) == (88, 272, 615)
    assert all(len(c) == 4 and c.isdigit() for c in CLASSES)


def test_nace_divisions_are_the_sections():
    covered = {"%02d" % d for _, low, high in SECTIONS for d in range(low, high + 1)}
    assert covered == DIVISIONS
    listed = ("01-03,05-09,10-33,35,36-39,41-43,45-47,49-53,55-56,58-63,64-66,68,69-75,77-82,84,85,"
              "86-88,90-93,94-96,97-98,99")
    official = set()
    for part in listed.split(","):
        low, _, high = part.partition("-")
        official |= {"%02d" % d for d in range(int(low), int(high or low) + 1)}
    assert official == DIVISIONS


def test_nace_known_classes():
    for code in ("0111", "0170", "1200", "2611", "3600", "4711", "4791", "6201", "7500", "8130", "9900",
                 "3832", "4622", "9609", "2060"):
        assert code in CLASSES, code
    for code in ("0100", "4700", "4710", "1201", "2610", "6200", "9901", "0410", "3411"):
        assert code not in CLASSES, code
    # the list used before the full table: the classes of divisions 01-09
    old = set("0111 0112 0113 0114 0115 0116 0119 0121 0122 0123 0124 0125 0126 0127 0128 0129 0130 "
              "0141 0142 0143 0144 0145 0146 0147 0149 0150 0161 0162 0163 0164 0170 0210 0220 0230 "
              "0240 0311 0312 0321 0322 0510 0520 0610 0620 0710 0721 0729 0811 0812 0891 0892 0893 "
              "0899 0910 0990".split())
    assert sbi.CLASSES_01_09 == old


def test_generator_classes_exist():
    """The synthetic generator's sample of classes (tools/sbi.py) are real classes."""
    spec = importlib.util.spec_from_file_location("tools_sbi", os.path.join(REPO, "tools", "sbi.py"))
    tools_sbi = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools_sbi)
    for division, (section, _, classes) in tools_sbi.DIVISIONS.items():
        assert division in DIVISIONS
        for code in classes.split():
            assert code in CLASSES, code
            assert parse_sbi(code) == (code, section)


# -- membership and unreadable values --------------------------------------------------------

def test_definition_ranges_and_prefixes():
    industry = SectorDefinition("Benchmark industry", ["10-32", "383"])
    for code in ("1011", "10", "3299", "32", "3831", "38320", "383"):
        assert industry.contains(*parse_sbi(code)), code
    for code in ("0910", "33", "3811", "38", "4711", "C"):
        assert not industry.contains(*parse_sbi(code)), code
    sections = SectorDefinition("Trade", ["G"])
    assert sections.contains(*parse_sbi("4711")) and sections.contains(*parse_sbi("G"))


def test_new_spellings_classified():
    brainport = SectorDefinition("Brainport", ["26-29"])
    values = ["2611.0", "26 11", "26,11", 2611.0, "-26", "26110.0", None, "4711", "G 26 11"]
    member, unreadable = classify(values, brainport)
    assert member == [True, True, True, True, False, True, False, False, True]
    assert unreadable == 1


def test_classify_examples():
    agri = SectorDefinition("Agri", ["01"])
    values = ["-1", "x", None, "x", "0113", "", -1, "-1", "4711.5", "y", "z", "w", float("nan")]
    examples = []
    member, unreadable = classify(values, agri, examples=examples)
    assert unreadable == 11  # None is not counted
    assert examples == ["-1", "x", "", -1, "4711.5"]
    assert member == [False] * 4 + [True] + [False] * 8
    # without a list: the same result
    assert classify(values, agri) == (member, unreadable)
    # a list already holding values: they count and are not repeated
    more = ["x"]
    classify(values, agri, examples=more)
    assert more == ["x", "-1", "", -1, "4711.5"]
    assert classify([], agri, examples=[]) == ([], 0)


def test_unreadable_examples():
    values = ["4711", None, "-1", "-1", "garbage", 47.0, "", "a", "x1", "y1", "z1"]  # "a": section A
    assert unreadable_examples(values) == ["-1", "garbage", "", "x1", "y1"]
    assert unreadable_examples(values, k=2) == ["-1", "garbage"]
    assert unreadable_examples(["4711", None, 113]) == []
    # 1 and "1" are different raw values, and both readable; "-1" and -1 both unreadable
    assert unreadable_examples(["-1", -1]) == ["-1", -1]


# -- sector definitions -------------------------------------------------------------------

def bundled_text():
    with open(os.path.join(REPO, "resources", "sectors_default.csv"), encoding="utf-8") as f:
        return f.read()


def test_bundled_definitions():
    defs = {d.name: d for d in read_definitions(bundled_text())}
    assert defs["Benchmark industry"].items == ["10-32", "383"]
    assert defs["Benchmark services"].items == ["09", "33", "58-63", "69", "70-74", "80-82"]
    assert defs["Brainport activities"].items == ["26-29"]
    for d in defs.values():
        assert d.benchmark in ("Benchmark industry", "Benchmark services")
        assert d.approximate == (d.name not in ("Benchmark industry", "Benchmark services",
                                                "Brainport activities"))


def test_bundled_definitions_lines_and_no_warnings():
    text = bundled_text()
    definitions = read_definitions(text)
    lines = text.splitlines()
    for d in definitions:
        assert lines[d.line - 1].startswith(d.name + ",") or lines[d.line - 1].startswith('"' + d.name)
    assert check_definitions(definitions) == []


def test_bad_definitions():
    with pytest.raises(ValueError, match="codes"):
        read_definitions("name,benchmark\nx,y\n")
    with pytest.raises(ValueError, match="unique"):
        read_definitions("sector,codes\na,10\na,11\n")
    with pytest.raises(ValueError, match="cannot read"):
        read_definitions("sector,codes\na,ten\n")


DEFINITIONS = """\
# a comment

sector,benchmark,codes,approximate,note
Alpha,Alpha,10-32,no,first
# another comment
Beta,alpha,26-29;383,yes,"a note
over two lines"

Gamma,,G;4711,,
"""


def test_definition_lines():
    defs = read_definitions(DEFINITIONS)
    assert [(d.name, d.line) for d in defs] == [("Alpha", 4), ("Beta", 6), ("Gamma", 9)]
    assert defs[1].note == "a note\nover two lines"
    assert defs[1].approximate and not defs[0].approximate
    # Windows line ends, a byte order mark, old Mac line ends: the same lines
    assert [d.line for d in read_definitions("\ufeff" + DEFINITIONS.replace("\n", "\r\n"))] == [4, 6, 9]
    assert [d.line for d in read_definitions(DEFINITIONS.replace("\n", "\r"))] == [4, 6, 9]
    # made in code: no line
    assert SectorDefinition("x", ["10"]).line is None


def test_column_names_without_case_and_spaces():
    defs = read_definitions("Sector , Codes,Benchmark\nA,10-12 ; 383,A\n")
    assert defs[0].items == ["10-12", "383"] and defs[0].benchmark == "A" and defs[0].line == 2


@pytest.mark.parametrize("codes, kind, item", [
    ("10;32-10", "reversed_range", "32-10"), ("4639-4621", "reversed_range", "4639-4621"),
    ("10-321", "range_lengths", "10-321"), ("383-3899", "range_lengths", "383-3899"),
    ("1-321", "range_lengths", "1-321"),
    ("10-ab", "cannot_read", "10-AB"), ("ten", "cannot_read", "TEN"), ("G4711", "cannot_read", "G4711"),
    ("G-47", "cannot_read", "G-47"), ("4711G", "cannot_read", "4711G"), ("V", "cannot_read", "V"),
    ("10-20-30", "cannot_read", "10-20-30"), ("123456", "cannot_read", "123456"), ("-10", "cannot_read", "-10"),
    ("47.11.00", "cannot_read", "47.11.00"),
])
def test_item_errors_name_line_sector_and_item(codes, kind, item):
    text = "# comment\nsector,codes\nFine,10\n\nBroken sector,%s\n" % codes
    with pytest.raises(ValueError) as info:
        read_definitions(text)
    error = info.value
    assert isinstance(error, DefinitionError)
    assert (error.kind, error.line, error.sector, error.item) == (kind, 5, "Broken sector", item)
    message = str(error)
    assert "line 5" in message and "Broken sector" in message and item in message


def test_reversed_range_in_code():
    with pytest.raises(DefinitionError, match="reversed range “32-10”") as info:
        SectorDefinition("x", ["32-10"])
    assert info.value.line is None and "line" not in str(info.value)


def test_other_definition_errors_name_the_line():
    with pytest.raises(DefinitionError, match="line 3") as info:
        read_definitions("sector,codes\na,10\n,11\n")
    assert info.value.kind == "no_name"
    with pytest.raises(DefinitionError, match="line 4") as info:
        read_definitions("sector,codes\nChemicals,20\n# x\nchemicals,22\n")
    assert info.value.kind == "duplicate" and "line 2" in str(info.value)
    # a row with neither a name nor codes is skipped
    assert [d.line for d in read_definitions("sector,codes\n,\na,10\n")] == [3]


def test_item_spellings():
    agri = SectorDefinition("Agri", ["1"])           # one digit: division 01, not 10-19
    assert agri.contains(*parse_sbi("0111")) and not agri.contains(*parse_sbi("1011"))
    early = SectorDefinition("Early", ["1-3"])
    assert early.contains(*parse_sbi("0311")) and not early.contains(*parse_sbi("1011"))
    dotted = SectorDefinition("Dotted", ["47.11", "38.3", "1.13", "46.21-46.39"])
    for code in ("4711", "47110", "3831", "0113", "4630"):
        assert dotted.contains(*parse_sbi(code)), code
    assert not dotted.contains(*parse_sbi("4719"))
    defs = read_definitions("sector,codes\nA,\"10 - 32, 383\"\n")
    assert defs[0].items == ["10-32", "383"]


def test_check_definitions():
    text = """\
sector,benchmark,codes
Benchmark industry,Benchmark industry,10-32;383
Services,benchmark industry ,58-63
Own,Benchmark services,26
Odd codes,,04;34;113;4710;47100;34-34;4700-4710;40-44;01-05;99;9900;1200;12;47110;G;3-9;1;0113
Empty,,
"""
    warnings = check_definitions(read_definitions(text))
    assert all(isinstance(w, DefinitionWarning) for w in warnings)
    assert warnings == [
        ("unknown_benchmark", 4, "Own", "Benchmark services"),
        ("no_such_code", 5, "Odd codes", "04"),
        ("no_such_code", 5, "Odd codes", "34"),
        ("no_such_code", 5, "Odd codes", "113"),        # group 11.3: write 0113 for the class
        ("no_such_code", 5, "Odd codes", "4710"),
        ("no_such_code", 5, "Odd codes", "47100"),
        ("no_such_code", 5, "Odd codes", "34-34"),
        ("no_such_code", 5, "Odd codes", "4700-4710"),
        ("no_codes", 6, "Empty", ""),
    ]
    w = warnings[0]
    assert (w.kind, w.line, w.sector, w.item) == ("unknown_benchmark", 4, "Own", "Benchmark services")
    # definitions made in code: no line
    assert check_definitions([SectorDefinition("x", ["04"], benchmark="y")]) == [
        ("unknown_benchmark", None, "x", "y"), ("no_such_code", None, "x", "04")]


def test_csv_error_names_the_line():
    import csv
    old = csv.field_size_limit(10)
    try:
        with pytest.raises(DefinitionError, match="line 4") as info:
            read_definitions("# c\nsector,codes\nabc,10\nx,\"%s\"\n" % ("1;" * 20))
    finally:
        csv.field_size_limit(old)
    assert info.value.kind == "csv"
