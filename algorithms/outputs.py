"""Every output of every algorithm goes through here: refused when it would write onto an
input, folders created, removed again when the run is canceled or fails, and written in
one way per kind (point layer plus columns, regions plus columns, table, text file)."""
import os
import re
import sqlite3
from collections import namedtuple

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from . import compat, fastwrite
from . import definitions as defs
from .i18n import tr

Column = namedtuple("Column", "name kind values")  # kind: "int", "double" or "string"
_SHAPEFILE = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qix", ".sbn", ".sbx")
_INPUT_TYPES = {"source", "vector", "layer", "raster", "file", "multilayer", "mesh", "pointcloud"}



# -- field types: QMetaType from QGIS 3.38 on (QVariant types are deprecated there) ------
if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType
    _TYPES = {"int": QMetaType.Type.Int, "double": QMetaType.Type.Double, "string": QMetaType.Type.QString}
else:
    _TYPES = {"int": QVariant.Int, "double": QVariant.Double, "string": QVariant.String}


def field(name, kind):
    return QgsField(name, _TYPES[kind])


def values(array, integer=False, null_when=None):
    """A numpy column as attribute values: NaN (or where `null_when` is true) as NULL."""
    arr = np.asarray(array)
    missing = ~np.isfinite(arr.astype(np.float64)) if null_when is None else np.asarray(null_when)
    plain = arr.astype(np.int64).tolist() if integer else arr.astype(np.float64).tolist()
    for k in np.flatnonzero(missing).tolist():
        plain[k] = None
    return plain


# -- never onto an input -----------------------------------------------------------------
def _files_of(path):
    """The files writing `path` may touch (a shapefile is several)."""
    if not path:
        return set()
    path = os.path.realpath(path)
    stem, ext = os.path.splitext(path)
    if ext.lower() in _SHAPEFILE:
        return {stem + e for e in _SHAPEFILE} | {stem + e.upper() for e in _SHAPEFILE}
    return {path}


def _destination_path(value):
    """The file an output parameter value names, '' for temporary, memory or database ones."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if not isinstance(value, str) or not value or value == QgsProcessing.TEMPORARY_OUTPUT:
        return ""
    if value.startswith(("memory:", "postgres:", "mssql:", "oracle:")):
        return ""
    m = re.search(r"dbname='([^']+)'", value)
    if m:
        return m.group(1)
    return value.split("|", 1)[0]


def _input_paths(run):
    """(label, file path) of every input parameter that is a file."""
    out = []
    for definition in run.alg.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or definition.type() not in _INPUT_TYPES or not run.has(name):
            continue
        paths = []
        if definition.type() == "file":
            paths.append(run.file(name))
        else:
            layer = run.alg.parameterAsVectorLayer(run.parameters, name, run.context)
            if layer is not None:
                paths.append(QgsProviderRegistry.instance().decodeUri(
                    layer.providerType(), layer.source()).get("path") or "")
            elif isinstance(run.parameters.get(name), str):
                paths.append(run.parameters[name].split("|", 1)[0])
        out += [(definition.description(), p) for p in paths if p and os.path.exists(p)]
    return out


def refuse_outputs_onto_inputs(run):
    """Raise before anything is written when an output would write a file of an input."""
    inputs = [(label, _files_of(path)) for label, path in _input_paths(run)]
    for definition in run.alg.destinationParameterDefinitions():
        path = _destination_path(run.parameters.get(definition.name()))
        touched = _files_of(path)
        if path.lower().endswith(".png"):  # the SVG written beside a chart
            touched |= _files_of(os.path.splitext(path)[0] + ".svg")
        for label, files in inputs:
            if touched & files:
                raise QgsProcessingException(tr(
                    "The output “{0}” ({1}) would overwrite the input “{2}”: choose another file. "
                    "Clusterindex never writes over its inputs.").format(definition.description(), path, label))


# -- begun outputs: removed again on cancel or failure -----------------------------------
class Started:
    """A begun output: its files, its open sink, the ids QGIS is to load it by besides its
    paths (a memory sink's or a temporary output's layer id) and, for a temporary output
    written by fastwrite, the folder made for it (removed when empty)."""

    def __init__(self, name, paths, sink=None, keys=(), folder=""):
        self.name = name
        self.paths = [p for p in paths if p]
        self.sink = sink
        self.keys = [k for k in keys if k]
        self.folder = folder


def _sink_files(dest_id):
    if not dest_id or dest_id.startswith("memory:"):
        return []
    path = _destination_path(dest_id)
    return sorted(_files_of(path)) if path and os.path.isabs(path) else []


def finish(run):
    """The run succeeded: close the sinks (flushing them)."""
    for started in run.started:
        started.sink = None


def discard(run):
    """The run was canceled or failed: close the sinks, remove what they wrote and do
    not load it."""
    layers = run.context.layersToLoadOnCompletion()
    store = run.context.temporaryLayerStore()
    for started in run.started:
        started.sink = None
        for key in started.keys:
            layers.pop(key, None)
            # a temporary output's layer closes its file; a memory sink's layer stays with
            # the run (the sink, still referred to by the exception's frames, writes to it)
            if started.folder and store.mapLayer(key) is not None:
                store.removeMapLayer(key)
        for path in started.paths:
            layers.pop(path, None)
            if os.path.isfile(path):
                os.remove(path)
        if started.folder:
            fastwrite.remove_folder(started.folder)
    run.context.setLayersToLoadOnCompletion(layers)
    run.started = []


def file_output(run, name):
    """The path of a file output (HTML, PNG, CSV …), its folder created; '' when not
    requested. The file is removed again if the run does not finish."""
    if run.alg.parameterDefinition(name) is None:
        return ""
    path = run.alg.parameterAsFileOutput(run.parameters, name, run.context)
    if not path:
        return ""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as e:
        raise QgsProcessingException(tr("Cannot create the folder “{0}” for the output “{1}”: {2}").format(
            folder, run.alg.parameterDefinition(name).description(), e)) from e
    extra = [os.path.splitext(path)[0] + ".svg"] if path.lower().endswith(".png") else []
    run.started.append(Started(name, [path] + extra))
    return path


def write_text(path, text):
    """Write beside the file, then move it into place."""
    partial = path + ".partial"
    with open(partial, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(partial, path)


# -- feature outputs ---------------------------------------------------------------------
def sink(run, name, fields, wkb_type, crs=None):
    """parameterAsSink, remembered for cleanup."""
    folder_of(run, name)
    args = (run.parameters, name, run.context, fields, wkb_type) + ((crs,) if crs is not None else ())
    created, dest_id = run.alg.parameterAsSink(*args)
    if created is None:
        raise QgsProcessingException(run.alg.invalidSinkError(run.parameters, name))
    # keys: a memory layer is to be loaded by its id (discarded: not loaded, half-filled)
    run.started.append(Started(name, _sink_files(dest_id), created, keys=[dest_id]))
    return created, dest_id


def folder_of(run, name):
    path = _destination_path(run.parameters.get(name))
    if path and os.path.isabs(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)


def add_feature(run, created, feature, what):
    if not created.addFeature(feature, compat.FAST_INSERT):
        raise QgsProcessingException(tr("Could not write {0} to the output: {1}").format(
            what, created.lastError() if hasattr(created, "lastError") else ""))


def output_fields(source_fields, columns):
    """Input fields followed by the columns' fields; an input field with the name of a
    column is replaced by it. Returns (fields, kept input indices, replaced names)."""
    names = {c.name.lower() for c in columns}
    out = QgsFields()
    keep, replaced = [], []
    for i, f in enumerate(source_fields):
        if f.name().lower() in names:
            replaced.append(f.name())
            continue
        out.append(f)
        keep.append(i)
    for c in columns:
        out.append(field(c.name, c.kind))
    return out, keep, replaced


def write_points(run, name, est, columns, span, include=None):
    """Every feature of the establishments (or those where `include` is true) with its
    attributes plus `columns`; the fast GeoPackage write where it applies. Returns the
    destination id."""
    fields, keep, replaced = output_fields(est.source.fields(), columns)
    replaced = [r for r in replaced if r.lower() != (est.fields.get("jobs") or "").lower()]
    if replaced:
        run.warn(tr("Input fields replaced by the output's: {0}.").format(", ".join(replaced)))
    if include is None:
        dest_id = _write_fast(run, name, est, columns, span)
        if dest_id is not None:
            return dest_id
    created, dest_id = sink(run, name, fields, est.source.wkbType(), est.source.sourceCrs())
    position = {fid: i for i, fid in enumerate(est.fids.tolist())}
    step = max(1, len(est) // 100)
    written = 0
    for k, feature in enumerate(est.source.getFeatures()):
        if k % step == 0:
            run.check_canceled()
            run.feedback.setProgress(span[0] + (span[1] - span[0]) * k / max(len(est), 1))
        row = position[feature.id()]
        if include is not None and not include[row]:
            continue
        attrs = feature.attributes()
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        out.setAttributes([attrs[i] for i in keep] + [c.values[row] for c in columns])
        add_feature(run, created, out, tr("feature {0}").format(feature.id()))
        written += 1
    run.info(tr("{0} features written to {1}.").format(written, written_where(run, name, dest_id)))
    return dest_id


def _write_fast(run, name, est, columns, span):
    """fastwrite where it applies: the destination id (for a temporary output the id of
    its layer), else None (the sink path writes it)."""
    plan = fastwrite.plan(run, est.source_parameter, name, [c.name for c in columns])
    if plan is None:
        return None
    folder_of(run, name)
    folder = os.path.dirname(plan.dest) if plan.temporary else ""
    try:
        route = fastwrite.write(plan, est.fids, columns, run.feedback, span, _extent(est))
        dest_id = _temporary_layer(run, name, plan) if plan.temporary else plan.dest
    except (RuntimeError, sqlite3.Error) as e:
        run.warn(tr("Fast GeoPackage writing failed ({0}); writing feature by feature instead.").format(e))
        fastwrite.forget(run.context, plan)
        if plan.temporary and os.path.isfile(plan.dest):
            os.remove(plan.dest)
        fastwrite.remove_folder(folder)
        return None
    except BaseException:  # canceled: the planned file is not to be loaded (nor was it written)
        fastwrite.forget(run.context, plan)
        raise
    run.started.append(Started(name, [plan.dest], keys=[dest_id], folder=folder))
    run.feedback.pushDebugInfo("Written by fastwrite (%s route): %s" % (route, plan.dest))
    if plan.temporary:
        run.info(tr("{0} features written to a temporary layer: {1} (a GeoPackage without spatial index in "
                    "the temporary folder of QGIS).").format(len(est), plan.dest))
    else:
        run.info(tr("{0} features written to {1} (GeoPackage without spatial index: add one with "
                    "Create spatial index if needed).").format(len(est), plan.dest))
    return dest_id


def _extent(est):
    """The extent of the establishments' geometries when the coordinates read are exactly
    theirs (no multi-point of several parts, read at the mean of its parts), else None."""
    located = est.located()
    if est.n_multipart or not located.any():
        return None
    x, y = est.x[located], est.y[located]
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def _temporary_layer(run, name, plan):
    """A temporary output's GeoPackage as a layer of the run's temporary layers, as QGIS
    keeps a temporary memory output, registered for loading on completion as QGIS
    registers a sink's (when the output asks for it: a destination project); its layer id
    is the output's value (processing.run returns the layer, a model passes the id on)."""
    value = run.parameters.get(name)
    definition = isinstance(value, QgsProcessingOutputLayerDefinition)
    label = (value.destinationName if definition else "") or run.alg.parameterDefinition(name).description()
    options = QgsVectorLayer.LayerOptions(run.context.transformContext())
    options.loadDefaultStyle = False
    layer = QgsVectorLayer("%s|layername=%s" % (plan.dest, plan.dest_layer), label, "ogr", options)
    if not layer.isValid():
        raise RuntimeError("QGIS cannot open %s" % plan.dest)
    run.context.temporaryLayerStore().addMapLayer(layer)
    if definition and value.destinationProject is not None:
        details = QgsProcessingContext.LayerDetails(label, value.destinationProject, name,
                                                    QgsProcessingUtils.LayerHint.Vector)
        details.forceName = True  # the output's name, as a memory layer gets it, not the file's
        run.context.addLayerToLoadOnCompletion(layer.id(), details)
    return layer.id()


def written_where(run, name, dest_id):
    """Where an output went, for the log: its file, "a temporary layer" or its id."""
    value = run.parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value == QgsProcessing.TEMPORARY_OUTPUT or (isinstance(value, str) and value.startswith("memory:")):
        return tr("a temporary layer")
    return _destination_path(value) or dest_id


def write_rows(run, name, fields, rows, wkb_type=compat.NO_GEOMETRY, crs=None):
    """Rows of attribute lists (with a geometry each when rows are (geometry, list))."""
    created, dest_id = sink(run, name, fields, wkb_type, crs)
    written = 0
    for k, row in enumerate(rows):
        if k % 1000 == 0:
            run.check_canceled()
        out = QgsFeature(fields)
        if wkb_type != compat.NO_GEOMETRY:
            geometry, row = row
            out.setGeometry(geometry)
        out.setAttributes([None if isinstance(v, float) and v != v else v for v in row])
        add_feature(run, created, out, tr("row {0}").format(k + 1))
        written += 1
    run.info(tr("{0} features written to {1}.").format(written, written_where(run, name, dest_id)))
    return dest_id


def write_table(run, name, columns):
    """A table (no geometry) of columns."""
    fields = QgsFields()
    for c in columns:
        fields.append(field(c.name, c.kind))
    n = len(columns[0].values) if columns else 0
    return write_rows(run, name, fields, ([c.values[k] for c in columns] for k in range(n)))


def write_regions(run, name, regions, columns):
    """The region polygons with their attributes plus `columns`; for regions from a
    code field, a table with region_id and the columns."""
    if regions.features is None:
        fields = QgsFields()
        fields.append(field(defs.REGION_ID, "string"))
        for c in columns:
            fields.append(field(c.name, c.kind))
        rows = ([regions.ids[k]] + [c.values[k] for c in columns] for k in range(len(regions)))
        return write_rows(run, name, fields, rows)
    fields, keep, replaced = output_fields(regions.fields, columns)
    if replaced:
        run.warn(tr("Region fields replaced by the output's: {0}.").format(", ".join(replaced)))
    rows = ((f.geometry(), [f.attributes()[i] for i in keep] + [c.values[k] for c in columns])
            for k, f in enumerate(regions.features))
    return write_rows(run, name, fields, rows, regions.wkb_type, regions.crs)


def write_region_table(run, name, regions, columns):
    """A table: region_id, region_name and `columns`."""
    return write_table(run, name, [Column(defs.REGION_ID, "string", regions.ids),
                                   Column(defs.REGION_NAME, "string", regions.names)] + list(columns))


def chart_and_report(run, names, draw, report):
    """The chart (PNG with an SVG beside it) and the HTML report, when requested.
    names: (chart, svg, html) output ids; draw(png, svg_path) → SVG text; report(svg) →
    HTML text. Returns the results to add."""
    chart_name, svg_name, html_name = names
    png = file_output(run, chart_name)
    html_path = file_output(run, html_name)
    if not (png or html_path):
        return {}
    svg_path = os.path.splitext(png)[0] + ".svg" if png else ""
    svg = draw(png, svg_path)
    out = {chart_name: png, svg_name: svg_path} if png else {}
    if html_path:
        write_text(html_path, report(svg))
        out[html_name] = html_path
    return out
