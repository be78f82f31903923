"""A fast, exact way to write "the input layer plus new columns" to a GeoPackage.

Writing features one by one through a Processing sink costs about 20 µs each (a minute
for 2.5 million). When the input is a whole OGR file layer and the output a plain
.gpkg file, GDAL copies the layer in C++ keeping every feature id (ogr2ogr
-preserve_fid), and the new columns are filled by feature id in one SQLite
transaction. Anything else (selections, filters, other formats, memory or database
outputs, field names that would be replaced) takes the ordinary sink path."""
import os
import sqlite3
from collections import namedtuple

from osgeo import gdal
from qgis.core import (
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProviderRegistry,
)

from .core.canceled import Canceled

SQL_TYPES = {"double": "REAL", "int": "INTEGER", "string": "TEXT"}
_TRIGGER_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")


def _never_called(_):
    raise sqlite3.DatabaseError("a geometry trigger fired during an attribute update")


Plan = namedtuple("Plan", "src src_layer dest dest_layer")


def whole_file_layer(run, input_name, allow_subset=False):
    """(path, layer name, layer) of an input that is a whole OGR file layer as it is on disk,
    else None: not for selections, feature limits, filters, unsaved edits, virtual file
    systems or open options (with allow_subset, a layer subset string is the caller's)."""
    value = run.parameters.get(input_name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if (value.selectedFeaturesOnly or value.featureLimit != -1 or value.flags
                or getattr(value, "filterExpression", "")):  # QGIS 3.32 on: a filter on the parameter
            return None
    layer = run.alg.parameterAsVectorLayer(run.parameters, input_name, run.context)
    if layer is None or layer.providerType() != "ogr" or layer.isModified():
        return None
    if layer.subsetString() and not allow_subset:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not os.path.isfile(path) or parts.get("layerId") not in (None, ""):
        return None
    if any(parts.get(key) for key in ("geometryType", "openOptions", "vsiPrefix", "vsiSuffix")):
        return None
    src_layer = parts.get("layerName")
    if not src_layer:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        if dataset is None or dataset.GetLayerCount() != 1:
            return None
        src_layer = dataset.GetLayer(0).GetName()
        dataset = None
    return path, src_layer, layer


def _plain_gpkg_destination(run, output_name):
    """The output's value when it is a plain .gpkg path, decided without asking QGIS for
    the destination (asking registers it for loading)."""
    target = run.parameters.get(output_name)
    if isinstance(target, QgsProcessingOutputLayerDefinition):
        if set(target.createOptions) - {"fileEncoding"}:  # GeoPackages are UTF-8 anyway
            return None
        target = target.sink.staticValue()
    if not isinstance(target, str) or target == QgsProcessing.TEMPORARY_OUTPUT:
        return None  # temporary outputs are memory layers
    if not target.lower().endswith(".gpkg") or "|" in target or target.lower().startswith(
            ("memory:", "ogr:", "postgres:", "spatialite:")):
        return None
    return target


def plan(run, input_name, output_name, new_names):
    """A Plan when the fast path applies, else None."""
    if "fid" in {n.lower() for n in new_names}:
        return None
    source = whole_file_layer(run, input_name)
    if source is None or _plain_gpkg_destination(run, output_name) is None:
        return None
    dest = run.alg.parameterAsOutputLayer(run.parameters, output_name, run.context)
    if not dest or not dest.lower().endswith(".gpkg") or os.path.abspath(dest) == os.path.abspath(source[0]):
        forget(run.context, Plan(None, None, dest, None))
        return None
    return Plan(source[0], source[1], dest, os.path.splitext(os.path.basename(dest))[0])


def forget(context, plan_):
    """After a failed fast write: QGIS is not to load the planned destination."""
    layers = context.layersToLoadOnCompletion()
    layers.pop(plan_.dest, None)
    context.setLayersToLoadOnCompletion(layers)


def write(plan_, fids, columns, feedback, progress_span=(85.0, 100.0)):
    """Copy the layer and add `columns` (outputs.Column, values aligned with fids); an
    input column of the same name is replaced. Written beside the destination and moved
    into place at the end: a cancel (Canceled) or failure leaves nothing at its path."""
    start, stop = progress_span
    partial = os.path.join(os.path.dirname(os.path.abspath(plan_.dest)),
                           ".%s.partial.gpkg" % os.path.basename(plan_.dest))
    try:
        _copy(plan_, partial, feedback, start, start + (stop - start) * 0.7)
        _fill_columns(partial, plan_.dest_layer, fids, columns)
        os.replace(partial, plan_.dest)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(partial + suffix):
                os.remove(partial + suffix)
    feedback.setProgress(stop)


def _copy(plan_, partial, feedback, start, stop):
    last = [0.0]

    def callback(fraction, *_):
        # GDAL calls this for every feature: report only every whole percent
        if fraction - last[0] < 0.01:
            return 1
        last[0] = fraction
        feedback.setProgress(start + (stop - start) * fraction)
        return 0 if feedback.isCanceled() else 1

    # without a spatial index: SQLite builds the R-tree of 2.5 million points in about a
    # minute, five times the copy itself (QGIS's "Create spatial index" adds it later)
    options = gdal.VectorTranslateOptions(format="GPKG", layers=[plan_.src_layer], layerName=plan_.dest_layer,
                                          options=["-preserve_fid", "-gt", "65536"],
                                          layerCreationOptions=["SPATIAL_INDEX=NO"], callback=callback)
    result = gdal.VectorTranslate(partial, plan_.src, options=options)
    if feedback.isCanceled():
        raise Canceled()
    if result is None:
        raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not copy %s" % plan_.src)
    result = None  # closes the dataset


def _fill_columns(path, layer_name, fids, columns):
    con = sqlite3.connect(path)
    try:
        for name in _TRIGGER_FUNCTIONS:
            # GeoPackage triggers name these; the ones an attribute update fires never call
            # them (their WHEN clause is false), but SQLite needs them to exist
            con.create_function(name, 1, _never_called)
        table = '"%s"' % layer_name.replace('"', '""')
        info = con.execute("PRAGMA table_info(%s)" % table).fetchall()
        existing = {row[1].lower(): row[1] for row in info}
        # the feature id column keeps the source's name (fid, or e.g. an "id" of the input)
        key = [row[1] for row in info if row[5] == 1]
        if len(key) != 1:
            raise sqlite3.DatabaseError("no single primary key in the copied layer")
        for column in columns:
            if column.name.lower() in existing:
                # replaced, as the sink path replaces it: dropped here, added at the end
                con.execute('ALTER TABLE %s DROP COLUMN "%s"' % (table, existing[column.name.lower()]))
            con.execute('ALTER TABLE %s ADD COLUMN "%s" %s' % (table, column.name, SQL_TYPES[column.kind]))
        sets = ", ".join('"%s" = ?' % c.name for c in columns)
        rows = zip(*[c.values for c in columns], fids)
        con.executemany('UPDATE %s SET %s WHERE "%s" = ?' % (table, sets, key[0].replace('"', '""')), rows)
        con.commit()
    finally:
        con.close()
