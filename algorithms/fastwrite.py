"""A fast, exact way to write "the input layer plus new columns" to a GeoPackage.

Writing features one by one through a Processing sink costs about 20 µs each (a minute
for 2.5 million). When the input is a whole OGR file layer and the output a plain
.gpkg file, GDAL copies the layer in C++ keeping every feature id (ogr2ogr
-preserve_fid), and the new columns are filled by feature id in one SQLite
transaction. Anything else (selections, filters, other formats, memory or database
outputs, field names that would be replaced) takes the ordinary sink path."""
import os
import sqlite3

from osgeo import gdal
from qgis.core import (QgsProcessing, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsProviderRegistry)

SQL_TYPES = {"double": "REAL", "int": "INTEGER"}
_TRIGGER_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")


def _never_called(_):
    raise sqlite3.DatabaseError("a geometry trigger fired during an attribute update")


def plan(alg, parameters, context, input_name, output_name, new_names):
    """(source path, source layer name, destination path, destination layer name) when
    the fast path applies, else None."""
    value = parameters.get(input_name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or value.flags:
            return None
    layer = alg.parameterAsVectorLayer(parameters, input_name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not os.path.isfile(path) or parts.get("subset") or parts.get("layerId") not in (None, ""):
        return None
    if "fid" in {n.lower() for n in new_names}:
        return None
    src_layer = parts.get("layerName")
    if not src_layer:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        if dataset is None or dataset.GetLayerCount() != 1:
            return None
        src_layer = dataset.GetLayer(0).GetName()
        dataset = None
    # look at the destination before asking QGIS for it: asking registers it for loading
    target = parameters.get(output_name)
    if isinstance(target, QgsProcessingOutputLayerDefinition):
        if set(target.createOptions) - {"fileEncoding"}:  # GeoPackages are UTF-8 anyway
            return None
        target = target.sink.staticValue()
    if not isinstance(target, str):
        return None
    if target == QgsProcessing.TEMPORARY_OUTPUT:
        if QgsProcessingUtils.defaultVectorExtension().lower() != "gpkg":
            return None
    elif not target.lower().endswith(".gpkg") or "|" in target or target.lower().startswith(
            ("memory:", "ogr:", "postgres:", "spatialite:")):
        return None
    dest = alg.parameterAsOutputLayer(parameters, output_name, context)
    if not dest or not dest.lower().endswith(".gpkg") or os.path.abspath(dest) == os.path.abspath(path):
        return None
    return path, src_layer, dest, os.path.splitext(os.path.basename(dest))[0]


def forget(context, plan_):
    """After a failed fast write: QGIS is not to load the planned destination."""
    layers = context.layersToLoadOnCompletion()
    layers.pop(plan_[2], None)
    context.setLayersToLoadOnCompletion(layers)


def write(plan_, fids, columns, feedback, progress_span=(85.0, 100.0)):
    """Copy the layer and add `columns` ((name, "double"|"int", values aligned with
    fids)); an input column of the same name is replaced. Returns True, or False when
    canceled."""
    src, src_layer, dest, dest_layer = plan_
    start, stop = progress_span
    if os.path.exists(dest):
        os.remove(dest)

    last = [0.0]

    def callback(fraction, *_):
        # GDAL calls this for every feature: report only every whole percent
        if fraction - last[0] < 0.01:
            return 1
        last[0] = fraction
        feedback.setProgress(start + (stop - start) * 0.7 * fraction)
        return 0 if feedback.isCanceled() else 1

    # without a spatial index: SQLite builds the R-tree of 2.5 million points in about a
    # minute, five times the copy itself (QGIS's "Create spatial index" adds it later)
    options = gdal.VectorTranslateOptions(format="GPKG", layers=[src_layer], layerName=dest_layer,
                                          options=["-preserve_fid", "-gt", "65536"],
                                          layerCreationOptions=["SPATIAL_INDEX=NO"], callback=callback)
    result = gdal.VectorTranslate(dest, src, options=options)
    if result is None:
        if feedback.isCanceled():
            return False
        raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not copy %s" % src)
    result = None  # closes the dataset
    con = sqlite3.connect(dest)
    try:
        for name in _TRIGGER_FUNCTIONS:
            # GeoPackage triggers name these; the ones an attribute update fires never call
            # them (their WHEN clause is false), but SQLite needs them to exist
            con.create_function(name, 1, _never_called)
        table = '"%s"' % dest_layer.replace('"', '""')
        info = con.execute("PRAGMA table_info(%s)" % table).fetchall()
        existing = {row[1].lower(): row[1] for row in info}
        # the feature id column keeps the source's name (fid, or e.g. an "id" of the input)
        key = [row[1] for row in info if row[5] == 1]
        if len(key) != 1:
            raise sqlite3.DatabaseError("no single primary key in the copied layer")
        for name, kind, _ in columns:
            if name.lower() in existing:
                # replaced, as the sink path replaces it: dropped here, added at the end
                con.execute('ALTER TABLE %s DROP COLUMN "%s"' % (table, existing[name.lower()]))
            con.execute('ALTER TABLE %s ADD COLUMN "%s" %s' % (table, name, SQL_TYPES[kind]))
        sets = ", ".join('"%s" = ?' % name for name, _, _ in columns)
        rows = zip(*[values for _, _, values in columns], fids)
        con.executemany('UPDATE %s SET %s WHERE "%s" = ?' % (table, sets, key[0].replace('"', '""')), rows)
        con.commit()
    finally:
        con.close()
    feedback.setProgress(stop)
    return True
