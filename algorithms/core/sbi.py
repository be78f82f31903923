"""SBI 2008 / NACE Rev. 2 codes as they come in real files, and sector definitions.

Reading an SBI value (documented in the help). A value is an optional section letter,
then a code, then optionally text ("4711 Supermarkets", "C - Industry"):

- The section letter (A–U, any case) may be followed by a space, "-", ":" or "."
  ("G4711", "G 47.11", "G-4711", "G: 4711"); a letter alone gives only the section.
  Nothing else may come before the code: "-1", "-47.11", ":4711" are unreadable, and so
  are negative numbers.
- Plain digits are read by their number: 1 digit is a division that lost its leading
  zero ("1" → 01); 2 a division; 3 a class of divisions 01–09 that lost its leading
  zero when "0" + the digits is such a class ("113" → 0113), otherwise a group
  ("383" → group 38.3); 4 a class; 5 an SBI subclass.
- Dotted: 1–2 digits, then one or two parts of 1–3 digits separated by "." or by a
  decimal comma, the same separator throughout ("47.11" → 4711, "38,32" → 3832,
  "1.13" → 0113, "38.3" → group 383, "47.11.0" → 47110).
- Spaced: 1–2 digits, a single space, exactly 2 digits, and optionally a single space
  and 1 digit ("26 11" → 2611, "47 11 0" → 47110). A space after 3 or more digits
  ends the code ("4711 Supermarkets" → 4711); so does a space after a section letter
  ("G 47.11").
- A real number written as text: 3–6 digits followed by "." or "," and only zeros is
  read as the digits ("2611.0" → 2611, "26110.0" → 26110, "383.0" → group 383,
  "113.0" → 0113, "2611,0" → 2611); 1–2 digits followed by exactly ".0" (or ",0") are
  a division ("47.0" → 47, "1.0" → 01), while "47.11" stays class 4711 and "12.00"
  class 1200 (the official spelling of class 12.00).
- Numbers stored as reals are read the same way (4711.0 → 4711, 47.11 → 4711,
  47.0 → 47); integers by their digits (113 → 0113).
- The code must be followed by the end of the value, whitespace, or one of - : , ; / (
- The division must exist in SBI/NACE Rev. 2 (01–03, 05–33, 35–39, 41–43, 45–47,
  49–53, 55–56, 58–66, 68–75, 77–82, 84–88, 90–99). Groups and classes are not
  checked: a mistyped class still counts in its division.
Anything else is unreadable: in no sector, counted and reported with a few examples
(`classify(..., examples=[])`, `unreadable_examples`).

Sector definitions (`read_definitions`): see its docstring; `check_definitions` lists
what is suspicious in a set of definitions.
"""
import collections
import csv
import re

# division ranges of the SBI/NACE sections
SECTIONS = (("A", 1, 3), ("B", 5, 9), ("C", 10, 33), ("D", 35, 35), ("E", 36, 39),
            ("F", 41, 43), ("G", 45, 47), ("H", 49, 53), ("I", 55, 56), ("J", 58, 63),
            ("K", 64, 66), ("L", 68, 68), ("M", 69, 75), ("N", 77, 82), ("O", 84, 84),
            ("P", 85, 85), ("Q", 86, 88), ("R", 90, 93), ("S", 94, 96), ("T", 97, 98),
            ("U", 99, 99))
SECTION_LETTERS = {s for s, _, _ in SECTIONS}

# Every class of NACE Rev. 2 (= the first four digits of SBI 2008): division, then the
# last two digits of its classes. 615 classes in 272 groups and 88 divisions.
_NACE_CLASSES = """
01: 11 12 13 14 15 16 19 21 22 23 24 25 26 27 28 29 30 41 42 43 44 45 46 47 49 50
    61 62 63 64 70
02: 10 20 30 40  03: 11 12 21 22  05: 10 20  06: 10 20  07: 10 21 29
08: 11 12 91 92 93 99  09: 10 90
10: 11 12 13 20 31 32 39 41 42 51 52 61 62 71 72 73 81 82 83 84 85 86 89 91 92
11: 01 02 03 04 05 06 07  12: 00  13: 10 20 30 91 92 93 94 95 96 99
14: 11 12 13 14 19 20 31 39  15: 11 12 20  16: 10 21 22 23 24 29
17: 11 12 21 22 23 24 29  18: 11 12 13 14 20  19: 10 20
20: 11 12 13 14 15 16 17 20 30 41 42 51 52 53 59 60  21: 10 20  22: 11 19 21 22 23 29
23: 11 12 13 14 19 20 31 32 41 42 43 44 49 51 52 61 62 63 64 65 69 70 91 99
24: 10 20 31 32 33 34 41 42 43 44 45 46 51 52 53 54
25: 11 12 21 29 30 40 50 61 62 71 72 73 91 92 93 94 99
26: 11 12 20 30 40 51 52 60 70 80  27: 11 12 20 31 32 33 40 51 52 90
28: 11 12 13 14 15 21 22 23 24 25 29 30 41 49 91 92 93 94 95 96 99  29: 10 20 31 32
30: 11 12 20 30 40 91 92 99  31: 01 02 03 09  32: 11 12 13 20 30 40 50 91 99
33: 11 12 13 14 15 16 17 19 20  35: 11 12 13 14 21 22 23 30  36: 00  37: 00
38: 11 12 21 22 31 32  39: 00  41: 10 20  42: 11 12 13 21 22 91 99
43: 11 12 13 21 22 29 31 32 33 34 39 91 99  45: 11 19 20 31 32 40
46: 11 12 13 14 15 16 17 18 19 21 22 23 24 31 32 33 34 35 36 37 38 39 41 42 43 44 45
    46 47 48 49 51 52 61 62 63 64 65 66 69 71 72 73 74 75 76 77 90
47: 11 19 21 22 23 24 25 26 29 30 41 42 43 51 52 53 54 59 61 62 63 64 65 71 72 73 74
    75 76 77 78 79 81 82 89 91 99
49: 10 20 31 32 39 41 42 50  50: 10 20 30 40  51: 10 21 22  52: 10 21 22 23 24 29
53: 10 20  55: 10 20 30 90  56: 10 21 29 30  58: 11 12 13 14 19 21 29
59: 11 12 13 14 20  60: 10 20  61: 10 20 30 90  62: 01 02 03 09  63: 11 12 91 99
64: 11 19 20 30 91 92 99  65: 11 12 20 30  66: 11 12 19 21 22 29 30  68: 10 20 31 32
69: 10 20  70: 10 21 22  71: 11 12 20  72: 11 19 20  73: 11 12 20  74: 10 20 30 90
75: 00  77: 11 12 21 22 29 31 32 33 34 35 39 40  78: 10 20 30  79: 11 12 90
80: 10 20 30  81: 10 21 22 29 30  82: 11 19 20 30 91 92 99
84: 11 12 13 21 22 23 24 25 30  85: 10 20 31 32 41 42 51 52 53 59 60
86: 10 21 22 23 90  87: 10 20 30 90  88: 10 91 99  90: 01 02 03 04  91: 01 02 03 04
92: 00  93: 11 12 13 19 21 29  94: 11 12 20 91 92 99  95: 11 12 21 22 23 24 25 29
96: 01 02 03 04 09  97: 00  98: 10 20  99: 00
"""


def _read_class_table(table):
    out, division = set(), None
    for token in table.split():
        if token.endswith(":"):
            division = token[:-1]
        else:
            out.add(division + token)
    return frozenset(out)


CLASSES = _read_class_table(_NACE_CLASSES)           # "0111" … "9900"
GROUPS = frozenset(c[:3] for c in CLASSES)           # "011" … "990"
DIVISIONS = frozenset(c[:2] for c in CLASSES)        # "01" … "99"
# the classes that lose a leading zero when stored as numbers
CLASSES_01_09 = frozenset(c for c in CLASSES if c < "10")


def section_of(code):
    """Section letter of a code of 2 or more digits, None if its division is not in SBI."""
    if not code or len(code) < 2:
        return None
    division = int(code[:2])
    for letter, low, high in SECTIONS:
        if low <= division <= high:
            return letter
    return None


_CODE = re.compile(r"""
    (?:(?P<letter>[A-U])\s*[-:.]?\s*)?           # a section letter, then maybe - : or .
    (?:
        (?P<whole>\d{3,6})[.,]0+                 # 2611.0, 26110,0: a real number's zeros
      | (?P<division>\d{1,2})[.,]0               # 47.0: a real number, division 47
      | (?P<dotted>\d{1,2}(?P<sep>[.,])\d{1,3}(?:(?P=sep)\d{1,3})?)   # 47.11 38,32 47.11.0
      | (?P<spaced>\d{1,2}\ \d{2}(?:\ \d)?)      # 26 11, 47 11 0
      | (?P<plain>\d{1,6})                       # 4711, 113, 1
    )?
    (?:$|[\s\-:,;/(])                            # then the end, or text after the code
""", re.VERBOSE | re.IGNORECASE)


def _digits(text):
    """Digits of a code written without separators: the lost leading zeros restored."""
    if len(text) == 1 or (len(text) == 3 and "0" + text in CLASSES_01_09):
        return "0" + text
    return text


def _code_digits(m):
    if m.group("whole"):
        return _digits(m.group("whole"))
    if m.group("division"):
        return m.group("division").zfill(2)
    for name, sep in (("dotted", m.group("sep")), ("spaced", " ")):
        if m.group(name):
            head, *rest = m.group(name).split(sep)
            return head.zfill(2) + "".join(rest)
    return _digits(m.group("plain"))


def parse_sbi(value):
    """(code, section) of an SBI value; (None, section) for a bare section letter;
    (None, None) if unreadable or NULL. The code is a string of 2 (division), 3 (group),
    4 (class) or 5 digits (SBI subclass). The rules are in the module docstring."""
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, int):
        if value < 0:
            return None, None
        text = str(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or value < 0:
            return None, None
        text = str(int(value)) if value == int(value) else repr(value)
    else:
        text = str(value).strip()
    if not text:
        return None, None
    m = _CODE.match(text)
    if not m:
        return None, None
    letter = m.group("letter").upper() if m.group("letter") else None
    if m.group("whole") is None and m.group("division") is None and m.group("dotted") is None \
            and m.group("spaced") is None and m.group("plain") is None:
        return None, letter  # a section letter, alone or followed by a description (or nothing)
    code = _code_digits(m)
    if not 2 <= len(code) <= 5:
        return None, None
    section = section_of(code)
    if section is None:
        return None, None
    return code, section


class DefinitionError(ValueError):
    """A sector definition that cannot be used. `kind` is one of "columns", "csv",
    "no_name", "duplicate", "cannot_read", "range_lengths", "reversed_range"; `line` is
    the 1-based line in the definitions text (None if unknown), `sector` and `item`
    name what is wrong ("" where they do not apply). str() is an English message that
    names the line, the sector and the item."""

    def __init__(self, kind, message, line=None, sector="", item=""):
        prefix = "line %d: " % line if line is not None else ""
        super().__init__(prefix + message)
        self.kind = kind
        self.line = line
        self.sector = sector
        self.item = item


# an item code: 1–5 digits, or dotted like 47.11, 38.3, 47.11.0, 1.13
_ITEM_CODE = re.compile(r"^(?:\d{1,5}|\d{1,2}\.\d{1,2}(?:\.\d)?)$")


def _item_digits(text):
    """Digits of a code in a sector definition, None if it is not one. Read as written
    (383 is group 38.3, 0113 class 01.13, 113 group 11.3) except that one digit is a
    division (1 → 01) and a dotted head gets its zero (1.13 → 0113)."""
    if not _ITEM_CODE.match(text):
        return None
    if "." in text:
        head, *rest = text.split(".")
        return head.zfill(2) + "".join(rest)
    return text.zfill(2)


class SectorDefinition:
    """A named set of SBI codes and ranges, with the benchmark it is compared with.

    name: the sector's name; items: the codes as written (stripped, upper case): a
    section letter ("G"), a division ("47"), group ("383", "38.3"), class ("4711",
    "47.11", "0113"), SBI subclass ("47110"), or a range of codes of the same length
    ("10-32", "4621-4639"); benchmark: the name of the sector whose percentiles it is
    compared with ("" if none); approximate: whether the SBI codes only approximate the
    official definition; note: free text; line: the 1-based line of the definitions
    text it came from (None when made in code). Raises DefinitionError for an item it
    cannot read, a range whose ends differ in length or a reversed range."""

    def __init__(self, name, items, benchmark="", approximate=False, note="", line=None):
        self.name = name
        self.items = [i.strip().upper() for i in items if i.strip()]
        self.benchmark = benchmark
        self.approximate = approximate
        self.note = note
        self.line = line
        self._rules = [self._rule(i) for i in self.items]

    def _error(self, kind, message, item):
        return DefinitionError(kind, "sector “%s”: %s" % (self.name, message), self.line,
                               self.name, item)

    def _rule(self, item):
        if item in SECTION_LETTERS:
            return ("section", item)
        parts = item.split("-")
        ends = [_item_digits(p) for p in parts]
        if len(parts) > 2 or None in ends:
            raise self._error("cannot_read", "cannot read “%s” (use codes like 10-32, 383, 4711 "
                              "or a section letter)" % item, item)
        low, high = ends[0], ends[-1]
        if len(low) != len(high):
            raise self._error("range_lengths", "the ends of the range “%s” differ in length "
                              "(write 10-32 or 1000-3299)" % item, item)
        if int(low) > int(high):
            raise self._error("reversed_range", "reversed range “%s” (write the lower code "
                              "first: %s-%s)" % (item, parts[1], parts[0]), item)
        return ("range", len(low), int(low), int(high))

    def contains(self, code, section=None):
        """Whether a parsed code (or a bare section) is in this sector. A code less
        detailed than a rule (a division for a class rule) does not match it."""
        for rule in self._rules:
            if rule[0] == "section":
                if section == rule[1]:
                    return True
            elif code is not None and len(code) >= rule[1] and rule[2] <= int(code[:rule[1]]) <= rule[3]:
                return True
        return False

    def __repr__(self):
        return "SectorDefinition(%r, %r, benchmark=%r, line=%r)" % (
            self.name, self.items, self.benchmark, self.line)


DEFINITION_COLUMNS = ("sector", "benchmark", "codes", "approximate", "note")


def read_definitions(text):
    """Sector definitions (SectorDefinition, in file order) from CSV text with the
    columns sector, benchmark, codes, approximate (yes/no, optional) and note
    (optional); column names are read without case and surrounding spaces. Codes are
    separated by ';', ',' or spaces; a range may be written with spaces around its
    '-' ("10 - 32"). Lines starting with '#' and blank lines are skipped; every
    definition remembers the line it starts on (1-based, counting all lines of `text`)
    as `.line`. Rows without a sector name and without codes are skipped.

    Raises DefinitionError (a ValueError) naming the line, sector and item for: missing
    columns, codes without a sector name, an item that cannot be read (including a
    section letter with digits, "G4711"), a range whose ends differ in length, a
    reversed range ("32-10"), and sector names that are not unique (ignoring case)."""
    text = text.lstrip("\ufeff")
    numbered = [(n, line) for n, line in enumerate(re.split(r"\r\n|\r|\n", text), 1)
                if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.reader(line + "\n" for _, line in numbered)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        missing = {"sector", "codes"} - set(header)
        if missing:
            raise DefinitionError("columns", "sector definitions need the columns sector and "
                                  "codes (missing: %s)" % ", ".join(sorted(missing)),
                                  numbered[0][0] if numbered else None)
        column = {name: header.index(name) for name in DEFINITION_COLUMNS if name in header}
        out = []
        consumed = reader.line_num
        for row in reader:
            line = numbered[consumed][0]
            consumed = reader.line_num

            def get(key, row=row):
                i = column.get(key)
                return row[i].strip() if i is not None and i < len(row) else ""

            name, codes = get("sector"), get("codes")
            if not name:
                if codes:
                    raise DefinitionError("no_name", "codes “%s” without a sector name" % codes,
                                          line, "", codes)
                continue
            items = re.split(r"[;,\s]+", re.sub(r"\s*-\s*", "-", codes))
            out.append(SectorDefinition(
                name, items, get("benchmark"),
                get("approximate").lower() in ("yes", "y", "true", "1"), get("note"), line))
    except csv.Error as e:
        at = min(reader.line_num, len(numbered))
        raise DefinitionError("csv", "cannot read the CSV: %s" % e,
                              numbered[at - 1][0] if at else None) from e
    first = {}
    for d in out:
        key = d.name.lower()
        if key in first:
            raise DefinitionError("duplicate", "sector names must be unique: “%s” (line %d) "
                                  "and “%s”" % (first[key].name, first[key].line, d.name),
                                  d.line, d.name)
        first[key] = d
    return out


DefinitionWarning = collections.namedtuple("DefinitionWarning", "kind line sector item")
DefinitionWarning.__doc__ = """A suspicious sector definition: kind, line (1-based, None
if unknown), sector (its name) and item (what is suspicious). Kinds:
unknown_benchmark (item: the benchmark column's text, which names no definition),
no_such_code (item: a code or range as written that matches no SBI/NACE Rev. 2
division, group or class), no_codes (item: ""; the sector has no codes)."""

_LEVELS = {2: sorted(int(c) for c in DIVISIONS), 3: sorted(int(c) for c in GROUPS),
           4: sorted(int(c) for c in CLASSES)}


def _rule_exists(rule):
    """Whether a range rule covers at least one real division, group or class (for SBI
    subclasses: their class; the SBI's own 5th digits are not checked)."""
    _, length, low, high = rule
    if length == 5:
        length, low, high = 4, low // 10, high // 10
    return any(low <= c <= high for c in _LEVELS[length])


def check_definitions(definitions):
    """Warnings about sector definitions that can be read but are probably wrong, as a
    list of DefinitionWarning(kind, line, sector, item) in file order; no text to show,
    the caller formats them. Benchmark names are compared ignoring case and spaces
    around them. A code is checked against the complete list of NACE Rev. 2 classes
    (= SBI 2008 to four digits); a range is only reported when nothing in it exists."""
    names = {d.name.strip().lower() for d in definitions}
    out = []
    for d in definitions:
        line = getattr(d, "line", None)
        if d.benchmark.strip() and d.benchmark.strip().lower() not in names:
            out.append(DefinitionWarning("unknown_benchmark", line, d.name, d.benchmark))
        if not d.items:
            out.append(DefinitionWarning("no_codes", line, d.name, ""))
        for item, rule in zip(d.items, d._rules):
            if rule[0] == "range" and not _rule_exists(rule):
                out.append(DefinitionWarning("no_such_code", line, d.name, item))
    return out


MAX_EXAMPLES = 5


def _example_key(value):
    return type(value).__name__, str(value)


def classify(values, definition, examples=None):
    """Boolean membership of each raw SBI value in `definition`, and the number of
    unreadable values (NULL/None is not counted): (list of bool, int). If `examples`
    is a list, distinct unreadable raw values are appended to it, in the order met,
    until it holds MAX_EXAMPLES (5) values (values already in it count and are not
    repeated), so that a caller can show them."""
    member = []
    unparseable = 0
    cache = {}
    seen = {_example_key(v) for v in examples} if examples is not None else set()
    for value in values:
        key = (type(value), value)
        if key not in cache:
            cache[key] = parse_sbi(value)
        code, section = cache[key]
        if code is None and section is None:
            if value is not None:
                unparseable += 1
                if examples is not None and len(examples) < MAX_EXAMPLES:
                    example = _example_key(value)
                    if example not in seen:
                        seen.add(example)
                        examples.append(value)
            member.append(False)
        else:
            member.append(definition.contains(code, section))
    return member, unparseable


def unreadable_examples(values, k=MAX_EXAMPLES):
    """Up to k distinct raw values (not None) that parse_sbi cannot read, in the order
    met."""
    out, seen = [], set()
    for value in values:
        if len(out) >= k:
            break
        if value is None or _example_key(value) in seen:
            continue
        if parse_sbi(value) == (None, None):
            seen.add(_example_key(value))
            out.append(value)
    return out
