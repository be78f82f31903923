"""SBI 2008 / NACE Rev. 2 codes as they come in real files, and sector definitions.

Parsing rule (documented in the help): a code is read as its digits, by length —
1 digit: a division that lost its leading zero ("1" → "01"); 2: division; 3: a class of
divisions 01–09 that lost its leading zero when "0" + the number is such a class ("113"
→ "0113"), otherwise a group ("383" → group 38.3); 4: class; 5: SBI subclass. Dots separate division and the rest ("47.11" → "4711", "1.13" →
"0113", "47.11.0" → "47110"). Numbers stored as reals are read the same way (4711.0 →
"4711", 47.11 → "4711"). A leading section letter is accepted ("G4711", "G 47.11"); a
letter alone gives only the section. Text after the code ("4711 Supermarkets") is
ignored. Anything else is unparseable: in no sector, counted and reported.
"""
import csv
import io
import math
import re

# division ranges of the SBI/NACE sections
SECTIONS = (("A", 1, 3), ("B", 5, 9), ("C", 10, 33), ("D", 35, 35), ("E", 36, 39),
            ("F", 41, 43), ("G", 45, 47), ("H", 49, 53), ("I", 55, 56), ("J", 58, 63),
            ("K", 64, 66), ("L", 68, 68), ("M", 69, 75), ("N", 77, 82), ("O", 84, 84),
            ("P", 85, 85), ("Q", 86, 88), ("R", 90, 93), ("S", 94, 96), ("T", 97, 98),
            ("U", 99, 99))
SECTION_LETTERS = {s for s, _, _ in SECTIONS}
_CODE = re.compile(r"^([A-Ua-u])?(?:\s*[-:.]?\s*)?(\d{1,2}(?:\.\d{1,3}){1,2}|\d{1,6})?(?:$|[\s\-:,;/(])")


def section_of(code):
    """Section letter of a code of 2 or more digits, None if its division is not in SBI."""
    if not code or len(code) < 2:
        return None
    division = int(code[:2])
    for letter, low, high in SECTIONS:
        if low <= division <= high:
            return letter
    return None


# every NACE Rev. 2 class of the divisions 01-09: the codes that lose a leading zero
CLASSES_01_09 = frozenset(
    "0111 0112 0113 0114 0115 0116 0119 0121 0122 0123 0124 0125 0126 0127 0128 0129 0130 "
    "0141 0142 0143 0144 0145 0146 0147 0149 0150 0161 0162 0163 0164 0170 0210 0220 0230 "
    "0240 0311 0312 0321 0322 0510 0520 0610 0620 0710 0721 0729 0811 0812 0891 0892 0893 "
    "0899 0910 0990".split())


def _digits(text):
    if "." in text:
        head, *rest = text.split(".")
        return head.zfill(2) + "".join(rest)
    if len(text) == 1 or (len(text) == 3 and "0" + text in CLASSES_01_09):
        return "0" + text
    return text


def parse_sbi(value):
    """(code, section) of an SBI value; (None, section) for a bare section letter;
    (None, None) if unparseable or NULL."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, None
    if isinstance(value, int):
        text = str(value) if value >= 0 else ""
    elif isinstance(value, float):
        if not math.isfinite(value) or value < 0:
            return None, None
        text = str(int(value)) if value == int(value) else repr(value)
    else:
        text = str(value).strip()
    if not text:
        return None, None
    m = _CODE.match(text)
    if not m or (m.group(1) is None and m.group(2) is None):
        return None, None
    letter = m.group(1).upper() if m.group(1) else None
    if m.group(2) is None:  # a section letter, alone or followed by a description
        return None, letter
    code = _digits(m.group(2))
    if len(code) > 5 or len(code) < 2:
        return None, None
    section = section_of(code)
    if section is None:
        return None, None
    return code, section


class SectorDefinition:
    """A named set of SBI codes and ranges, with the benchmark it is compared with."""

    def __init__(self, name, items, benchmark="", approximate=False, note=""):
        self.name = name
        self.items = [i.strip().upper() for i in items if i.strip()]
        self.benchmark = benchmark
        self.approximate = approximate
        self.note = note
        self._rules = [self._rule(i) for i in self.items]

    def _rule(self, item):
        if item in SECTION_LETTERS:
            return ("section", item)
        parts = [p.strip() for p in item.split("-")]
        if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == len(parts[1]):
            low, high = parts
        elif len(parts) == 1 and parts[0].replace(".", "").isdigit():
            low = high = parts[0]
        else:
            raise ValueError("sector “%s”: cannot read “%s” (use codes like 10-32, 383, 4711 or "
                             "a section letter)" % (self.name, item))
        low, high = low.replace(".", ""), high.replace(".", "")
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
        return "SectorDefinition(%r, %r, benchmark=%r)" % (self.name, self.items, self.benchmark)


DEFINITION_COLUMNS = ("sector", "benchmark", "codes", "approximate", "note")


def read_definitions(text):
    """Sector definitions from CSV text with the columns sector, benchmark, codes
    (separated by ';' or spaces), approximate (yes/no, optional), note (optional).
    Lines starting with '#' are comments."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    missing = {"sector", "codes"} - set(reader.fieldnames or ())
    if missing:
        raise ValueError("sector definitions need the columns sector and codes (missing: %s)"
                         % ", ".join(sorted(missing)))
    out = []
    for row in reader:
        name = (row.get("sector") or "").strip()
        if not name:
            continue
        items = re.split(r"[;\s]+", row.get("codes") or "")
        out.append(SectorDefinition(
            name, items, (row.get("benchmark") or "").strip(),
            (row.get("approximate") or "").strip().lower() in ("yes", "y", "true", "1"),
            (row.get("note") or "").strip()))
    names = [d.name for d in out]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError("sector names must be unique: %s" % ", ".join(duplicates))
    return out


def classify(values, definition):
    """Boolean membership of each raw SBI value in `definition`, and the number of
    unparseable values."""
    member = []
    unparseable = 0
    cache = {}
    for value in values:
        key = (type(value), value)
        if key not in cache:
            cache[key] = parse_sbi(value)
        code, section = cache[key]
        if code is None and section is None:
            unparseable += value is not None
            member.append(False)
        else:
            member.append(definition.contains(code, section))
    return member, unparseable
