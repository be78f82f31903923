"""The one sector choice: sector definitions (read and checked once per run), membership
by SBI code, by a sector field and value, or by an expression.

Precedence, the same in every algorithm: a sector expression; else a sector field with
its value; else a sector name from the definitions, read from the SBI code field."""
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProcessingException,
)

from . import compat
from . import definitions as defs
from . import parameters as params
from .core import sbi
from .definitions import QT_TRANSLATE_NOOP
from .i18n import sector_name, tr

_REASONS = {
    "reversed_range": QT_TRANSLATE_NOOP("@default", "the range runs backwards (write the low end first)"),
    "range_lengths": QT_TRANSLATE_NOOP("@default", "the two ends of the range have different lengths"),
    "cannot_read": QT_TRANSLATE_NOOP("@default", "not a code (use codes like 10-32, 383, 4711 or a section letter)"),
}



@dataclass
class Sector:
    mask: np.ndarray
    label: str
    definition: object = None


def definitions_path(run):
    return run.file(params.DEFINITIONS) or defs.DEFAULT_DEFINITIONS


def load_definitions(run):
    """The sector definitions of the run (the bundled set when none is given), read and
    checked once; problems that do not stop the run are logged with their line."""
    if "definitions" in run.cache:
        return run.cache["definitions"]
    path = definitions_path(run)
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
    except OSError as e:
        raise QgsProcessingException(tr("Cannot read the sector definitions “{0}”: {1}").format(path, e)) from e
    try:
        definitions = sbi.read_definitions(text)
    except sbi.DefinitionError as e:
        reason = _REASONS.get(e.kind)
        if reason and e.line is not None:
            raise QgsProcessingException(tr("Sector definitions “{0}”, line {1}: sector “{2}”, “{3}”: {4}.").format(
                path, e.line, e.sector, e.item, tr(reason))) from e
        raise QgsProcessingException(tr("Sector definitions “{0}”: {1}").format(path, e)) from e
    except ValueError as e:
        raise QgsProcessingException(tr("Sector definitions “{0}”: {1}").format(path, e)) from e
    for w in sbi.check_definitions(definitions):
        run.warn(_warning_text(path, w))
    run.cache["definitions"] = definitions
    return definitions


def _warning_text(path, w):
    if w.kind == "unknown_benchmark":
        return tr("Sector definitions “{0}”, line {1}: sector “{2}” names the benchmark “{3}”, which is not "
                  "defined: it has no benchmark (defined are: {4}).").format(
                      path, w.line, w.sector, w.item, ", ".join(defs.BENCHMARKS))
    if w.kind == "no_such_code":
        return tr("Sector definitions “{0}”, line {1}: sector “{2}”: “{3}” matches no SBI code.").format(
            path, w.line, w.sector, w.item)
    return tr("Sector definitions “{0}”, line {1}: sector “{2}” has no codes.").format(path, w.line, w.sector)


def find_definition(run, name):
    for definition in load_definitions(run):
        if definition.name.strip().lower() == name.strip().lower():
            return definition
    raise QgsProcessingException(tr("No sector “{0}” in the sector definitions “{1}”. Defined: {2}.").format(
        name, definitions_path(run), "; ".join(d.name for d in load_definitions(run))))


def plan(run, required=True):
    """Decide, before reading, how the sector is given: ("expression", text),
    ("field", (field, value)), ("definition", SectorDefinition) or None (every
    establishment; only when not required). Raises for every incomplete choice."""
    expression = run.expression(params.SECTOR_EXPRESSION)
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(tr("Sector expression “{0}”: {1}").format(
                expression, parsed.parserErrorString()))
        return "expression", expression
    field = run.string(params.SECTOR_FIELD)
    if field:
        value = run.string(params.SECTOR_VALUE)
        if not value:
            raise QgsProcessingException(tr("Give the sector value to look for in field “{0}”.").format(field))
        return "field", (field, value)
    name = run.string(params.SECTOR)
    if name:
        if not run.string(params.SBI_FIELD):
            raise QgsProcessingException(tr(
                "Sector “{0}” is read from SBI codes: choose the SBI code field (or give a sector expression, "
                "or a sector field and value).").format(name))
        return "definition", find_definition(run, name)
    if required:
        raise QgsProcessingException(tr("Choose a sector: a sector name, a sector field and value, or a sector "
                                        "expression."))
    return None


def choose(run, est, how):
    """The Sector of a plan: membership of every establishment, label, definition."""
    if how is None:
        return Sector(np.ones(len(est), dtype=bool), tr("all establishments"))
    kind, what = how
    if kind == "expression":
        return Sector(expression_members(run, est, what), what)
    if kind == "field":
        field, value = what
        mask = np.array([_text(v) == value for v in est.values[field]], dtype=bool)
        return Sector(mask, "{0} = {1}".format(field, value))
    return Sector(members(run, est, what), sector_name(what.name), what)


def members(run, est, definition):
    """Membership by SBI code; unreadable codes are logged once per run, with examples."""
    examples = []
    mask, unreadable = sbi.classify(est.column("sbi"), definition, examples)
    if unreadable and not run.cache.get("sbi_logged"):
        run.cache["sbi_logged"] = True
        run.warn(tr("{0} values of the SBI code field “{1}” of layer “{2}” could not be read as SBI codes: "
                    "those establishments are in no sector. Examples: {3}.").format(
                        unreadable, est.fields["sbi"], est.label, ", ".join(repr(v) for v in examples)))
    return np.asarray(mask, dtype=bool)


def expression_members(run, est, text):
    """Membership by a QGIS expression, in the layer's feature order."""
    expression = QgsExpression(text)
    context = QgsExpressionContext()
    context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    expression.prepare(context)
    out = []
    request = QgsFeatureRequest().setFlags(compat.NO_GEOMETRY_REQUEST)
    for k, feature in enumerate(est.source.getFeatures(request)):
        if k % 10000 == 0:
            run.check_canceled()
        context.setFeature(feature)
        value = expression.evaluate(context)
        if expression.hasEvalError():
            raise QgsProcessingException(tr("Sector expression “{0}”: {1}").format(text, expression.evalErrorString()))
        out.append(bool(value))
    return np.asarray(out, dtype=bool)


def _text(value):
    """A code as text: integers without '.0', stripped; None for NULL."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def log_sector(run, est, sector):
    run.info(tr("Sector “{0}”: {1} of {2} establishments.").format(sector.label, int(sector.mask.sum()), len(est)))
    if not sector.mask.any():
        raise QgsProcessingException(tr("No establishment of layer “{0}” is in the sector “{1}”.").format(
            est.label, sector.label))


def group_ids(values):
    """Integer ids for the distinct non-empty values of a sector field (-1 for NULL or
    blank), in the order of first appearance, and the values. Each distinct value is
    looked at once (a national layer has millions of rows and a few dozen values)."""
    keys, lookup = {}, {}
    for value in dict.fromkeys(values):  # the distinct values, in order of first appearance
        key = value.strip() if isinstance(value, str) else value
        if key is None or key == "" or (isinstance(key, float) and key != key):
            lookup[value] = -1
        else:
            lookup[value] = keys.setdefault(key, len(keys))
    ids = np.fromiter(map(lookup.__getitem__, values), dtype=np.int64, count=len(values))
    return ids, list(keys)
