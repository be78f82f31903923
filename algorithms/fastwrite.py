"""A fast, exact way to write "the input layer plus new columns" to a GeoPackage.

Writing features one by one through a Processing sink costs about 25 µs each (a minute
for 2.5 million). When the input is a whole OGR file layer and the output a plain .gpkg
file or a temporary output (TEMPORARY_OUTPUT: then a GeoPackage in QGIS's temporary
folder, loaded like a temporary layer by outputs.py), the output is written without QGIS
features, keeping every feature id:

- from a GeoPackage, in SQL ("sql"): GDAL creates the empty layer as ogr2ogr
  -preserve_fid would (same fields, feature id and geometry column names, metadata; no
  spatial index), the replaced input columns are dropped from the still empty table and
  the new ones added; the new values go into a temporary table keyed by feature id, and
  INSERT … SELECT copies every row of the input (attached read-only) with its new values,
  in slices of feature ids for progress and cancel: every row is written once, its
  geometry as stored (2.5 million points with two new columns in about 5 s, where
  ogr2ogr alone takes 8). The extent is the caller's (from the coordinates read) or GDAL
  computes it from the written geometries;
- from any other file (a shapefile …) ("copy"): GDAL copies the layer (ogr2ogr
  -preserve_fid, no spatial index) and SQLite fills the new columns by feature id.

Both write beside the destination and move the file into place at the end. Anything
else (selections, filters, other formats, memory or database outputs, appending to a
layer) takes the ordinary sink path."""
import itertools
import os
import queue
import sqlite3
import threading
from collections import namedtuple
from urllib.request import pathname2url

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProviderRegistry,
)

from .core.canceled import Canceled

SQL_TYPES = {"double": "REAL", "int": "INTEGER", "string": "TEXT"}
SLICE = 100000  # rows per statement: progress and cancel are checked between slices
ROWS_PER_INSERT = 50  # rows per INSERT statement of the values table (at most 999 parameters)
_TRIGGER_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")
_COUNT_TRIGGERS = ("trigger_insert_feature_count_", "trigger_delete_feature_count_")
_SOURCE = "clusterindex_input"  # the attached input's schema
_VALUES = "clusterindex_values"  # the temporary table of new values (fid, c0, c1 …)

# temporary: the destination is a file of its own in QGIS's temporary folder
Plan = namedtuple("Plan", "src src_layer dest dest_layer temporary", defaults=(False,))
Source = namedtuple("Source", "fid geometry srs_id columns")  # of an input GeoPackage table


class _NotSql(Exception):
    """The SQL route does not apply to this input: the copy route writes it."""


def _never_called(_):
    raise sqlite3.DatabaseError("a geometry trigger fired during an attribute update")


def _quote(name):
    return '"%s"' % name.replace('"', '""')


def _uri(path, read_only=False):
    return "file:%s%s" % (pathname2url(os.path.abspath(path)), "?mode=ro" if read_only else "")


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


def _destination(run, output_name):
    """The output's value when it is a plain .gpkg path or QgsProcessing.TEMPORARY_OUTPUT,
    else None; decided without asking QGIS for the destination (asking registers it for
    loading, and for a temporary output that is a memory layer nobody creates)."""
    target = run.parameters.get(output_name)
    if isinstance(target, QgsProcessingOutputLayerDefinition):
        if set(target.createOptions) - {"fileEncoding"}:  # GeoPackages are UTF-8 anyway
            return None
        if target.useRemapping():  # appending to an existing layer: the sink's
            return None
        target = target.sink.staticValue()
    if not isinstance(target, str):
        return None
    if target == QgsProcessing.TEMPORARY_OUTPUT:
        return target
    if not target.lower().endswith(".gpkg") or "|" in target or target.lower().startswith(
            ("memory:", "ogr:", "postgres:", "spatialite:")):
        return None
    return target


def plan(run, input_name, output_name, new_names):
    """A Plan when the fast path applies, else None. For a temporary output, a new folder
    in QGIS's temporary folder holds the file (write removes it again on failure)."""
    if "fid" in {n.lower() for n in new_names}:
        return None
    source = whole_file_layer(run, input_name)
    target = _destination(run, output_name) if source is not None else None
    if target is None:
        return None
    if target == QgsProcessing.TEMPORARY_OUTPUT:
        dest = QgsProcessingUtils.generateTempFilename(output_name + ".gpkg")
        return Plan(source[0], source[1], dest, output_name, True)
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


class _Progress:
    """The write's progress within its span of the algorithm's, and its cancel."""

    def __init__(self, feedback, span):
        self.feedback = feedback
        self.start, self.stop = span

    def __call__(self, part, fraction):
        """`fraction` done of the `part` (from, to: fractions of the whole write)."""
        done = part[0] + (part[1] - part[0]) * min(max(fraction, 0.0), 1.0)
        self.feedback.setProgress(self.start + (self.stop - self.start) * done)

    def check(self):
        if self.feedback.isCanceled():
            raise Canceled()


def write(plan_, fids, columns, feedback, progress_span=(85.0, 100.0), extent=None):
    """Write the layer with `columns` (outputs.Column, values aligned with fids) added; an
    input column of the same name is replaced. extent: (min x, min y, max x, max y) of the
    layer's geometries when the caller knows it exactly (else GDAL computes it from the
    written geometries). Written beside the destination and moved into place at the end: a
    cancel (Canceled) or failure leaves nothing at its path (nor the folder of a temporary
    output). Returns the route taken: "sql" or "copy"."""
    fids = np.asarray(fids, dtype=np.int64)
    if any(len(c.values) != len(fids) for c in columns):
        raise RuntimeError("a column has %s values for %d features" % (
            "/".join(str(len(c.values)) for c in columns), len(fids)))
    partial = os.path.join(os.path.dirname(os.path.abspath(plan_.dest)),
                           ".%s.partial.gpkg" % os.path.basename(plan_.dest))
    progress = _Progress(feedback, progress_span)
    done = False
    try:
        try:
            _write_sql(plan_, partial, fids, columns, progress, extent)
            route = "sql"
        except _NotSql:
            _remove(partial)
            _write_copy(plan_, partial, fids, columns, progress)
            route = "copy"
        os.replace(partial, plan_.dest)
        done = True
    finally:
        _remove(partial)
        if plan_.temporary and not done:
            remove_folder(os.path.dirname(os.path.abspath(plan_.dest)))
    progress((0.0, 1.0), 1.0)
    return route


def _remove(path):
    for suffix in ("", "-journal", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def remove_folder(folder):
    """A temporary output's own folder, when it is empty."""
    try:
        if folder:
            os.rmdir(folder)
    except OSError:
        pass


# -- the SQL route: from a GeoPackage ------------------------------------------------------
def _write_sql(plan_, partial, fids, columns, progress, extent):
    source = _sql_source(plan_)
    _translate(plan_, partial, ["-limit", "0"])  # the empty layer, as the copy would create it
    con = sqlite3.connect(_uri(partial), uri=True, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous = OFF")  # a partial file: thrown away unless complete
        con.execute("ATTACH DATABASE ? AS %s" % _SOURCE, (_uri(plan_.src, read_only=True),))
        con.execute("BEGIN")
        names, selects, triggers = _prepare_table(con, plan_, columns, source)
        table = (names, selects, source)
        if len(fids) > SLICE and bool(np.all(fids[1:] > fids[:-1])):  # in feature id order: pipelined
            con.execute("COMMIT")
            written = _pipelined(con, plan_, table, fids, columns, progress, partial + ".values")
            con.execute("BEGIN")
        else:
            _fill_values(con, fids, columns, progress, (0.0, 0.35))
            written = _insert_rows(con, plan_, table, fids, progress, (0.35, 0.9))
        if con.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            con.execute("UPDATE main.gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                        (written, plan_.dest_layer))
        for _, sql in triggers:
            con.execute(sql)
        if extent is not None:
            con.execute("UPDATE main.gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                        "WHERE lower(table_name) = lower(?)", tuple(extent) + (plan_.dest_layer,))
        con.execute("COMMIT")
        con.execute("DETACH DATABASE %s" % _SOURCE)
    finally:
        con.close()
    progress.check()
    if extent is None:
        _recompute_extent(partial, plan_.dest_layer)


def _recompute_extent(partial, layer_name):
    """GDAL computes the extent of the written geometries (as ogr2ogr writes it)."""
    dataset = gdal.OpenEx(partial, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if dataset is None:
        raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not open %s" % partial)
    dataset.ExecuteSQL("RECOMPUTE EXTENT ON %s" % layer_name)
    dataset = None


def _sql_source(plan_):
    """The input's feature id column (the rowid), geometry column, SRS id and columns when
    it is a table of a GeoPackage; else _NotSql."""
    with open(plan_.src, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise _NotSql("not an SQLite file")
    try:
        con = sqlite3.connect(_uri(plan_.src, read_only=True), uri=True)
        try:
            row = con.execute(
                "SELECT g.table_name, g.column_name, g.srs_id FROM gpkg_geometry_columns g JOIN gpkg_contents c "
                "ON lower(c.table_name) = lower(g.table_name) WHERE lower(g.table_name) = lower(?) "
                "AND c.data_type = 'features'", (plan_.src_layer,)).fetchone()
            kind = con.execute("SELECT type FROM sqlite_master WHERE lower(name) = lower(?)",
                               (plan_.src_layer,)).fetchone()
            info = con.execute("PRAGMA table_info(%s)" % _quote(row[0])).fetchall() if row else []
        finally:
            con.close()
    except sqlite3.Error as e:
        raise _NotSql(str(e)) from e
    keys = [r for r in info if r[5]]
    if row is None or kind != ("table",) or len(keys) != 1 or keys[0][2].upper() != "INTEGER":
        raise _NotSql("not a GeoPackage feature table with an integer feature id")
    return Source(keys[0][1], row[1], row[2], [r[1] for r in info])


def _prepare_table(con, plan_, columns, source):
    """Replace and add the columns of the (empty) new table; drop its feature count
    triggers (put back by the caller). Returns its column names, the SELECT expression of
    each (s: the input, v: the new values) and the triggers (name, sql)."""
    _replace_columns(con, plan_.dest_layer, columns)
    info = con.execute("PRAGMA main.table_info(%s)" % _quote(plan_.dest_layer)).fetchall()
    geometry = con.execute("SELECT column_name, srs_id FROM main.gpkg_geometry_columns "
                           "WHERE lower(table_name) = lower(?)", (plan_.dest_layer,)).fetchone()
    if geometry is None or geometry[1] != source.srs_id:
        raise _NotSql("the geometries' SRS id differs")  # stored in every geometry blob
    new = {c.name.lower(): "v.c%d" % k for k, c in enumerate(columns)}
    kept = {name.lower(): name for name in source.columns}
    selects = []
    for _, name, _, _, _, key in info:
        if key:
            selects.append("s." + _quote(source.fid))
        elif name == geometry[0]:
            selects.append("s." + _quote(source.geometry))
        elif name.lower() in new:
            selects.append(new[name.lower()])
        elif name.lower() in kept:
            selects.append("s." + _quote(kept[name.lower()]))
        else:
            raise _NotSql("column %s is not the input's" % name)
    triggers = con.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                           "AND lower(tbl_name) = lower(?)", (plan_.dest_layer,)).fetchall()
    if any(not name.startswith(_COUNT_TRIGGERS) for name, _ in triggers):
        raise _NotSql("the new table has triggers")
    for name, _ in triggers:  # one UPDATE per inserted row otherwise: the count is set once
        con.execute("DROP TRIGGER main.%s" % _quote(name))
    return [r[1] for r in info], selects, triggers


def _replace_columns(con, layer_name, columns):
    """Drop the table's columns named like `columns` (ignoring case), add `columns`."""
    table = _quote(layer_name)
    info = con.execute("PRAGMA main.table_info(%s)" % table).fetchall()
    existing = {row[1].lower(): row[1] for row in info}
    for column in columns:
        if column.name.lower() in existing:
            # replaced, as the sink path replaces it: dropped here, added at the end
            con.execute("ALTER TABLE main.%s DROP COLUMN %s" % (table, _quote(existing[column.name.lower()])))
        con.execute("ALTER TABLE main.%s ADD COLUMN %s %s" % (table, _quote(column.name), SQL_TYPES[column.kind]))


def _fill_values(con, fids, columns, progress, part):
    """The temporary table of the new values by feature id: ROWS_PER_INSERT rows per
    statement (a third less time than one row per statement)."""
    names = ["c%d" % k for k in range(len(columns))]
    con.execute("CREATE TEMP TABLE %s (fid INTEGER PRIMARY KEY%s)" % (_VALUES, "".join(", " + n for n in names)))
    _by_fid(con, "INSERT INTO temp.%s VALUES (?%s)" % (_VALUES, ", ?" * len(columns)), fids, columns, progress,
            part, ROWS_PER_INSERT)


_Slice = namedtuple("_Slice", "values")  # a slice of a Column's values, as _by_fid reads them


class _Filler(threading.Thread):
    """Fills the values table in a WAL database of its own, one committed slice at a time
    (fids increasing), telling each through `done`; stops early when `stop` is set."""

    def __init__(self, path, fids, columns, slices):
        super().__init__(name="clusterindex values", daemon=True)
        self.path, self.fids, self.columns, self.slices = path, fids, columns, slices
        self.done, self.stop, self.error = queue.Queue(), threading.Event(), None

    def run(self):
        con = None
        try:
            con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = OFF")
            names = "".join(", c%d" % k for k in range(len(self.columns)))
            con.execute("CREATE TABLE v (fid INTEGER PRIMARY KEY%s)" % names)
            sql = "INSERT INTO v VALUES (?%s)" % (", ?" * len(self.columns))
            for start, stop in self.slices:
                if self.stop.is_set():
                    break
                con.execute("BEGIN")
                _by_fid(con, sql, self.fids[start:stop], [_Slice(c.values[start:stop]) for c in self.columns],
                        None, None, ROWS_PER_INSERT)
                con.execute("COMMIT")
                self.done.put((start, stop))
        except BaseException as e:  # noqa: BLE001 (re-raised by the caller)
            self.error = e
        finally:
            if con is not None:
                con.close()
            self.done.put(None)  # always: the caller waits for it


def _pipelined(con, plan_, table, fids, columns, progress, values_path):
    """The values filled on a thread (_Filler) while the rows of the slices already filled
    are copied here (the thread binds the values, this one copies inside SQLite without the
    GIL), each slice in a transaction of its own: a read of the values database sees what
    was committed before it began. fids increasing. Returns the number of rows written."""
    slices = [(start, min(start + SLICE, len(fids))) for start in range(0, len(fids), SLICE)]
    filler = _Filler(values_path, fids, columns, slices)
    filler.start()
    sql = _copy_sql(plan_, table, "vals.v")
    written, attached = 0, False
    try:
        for start, stop in iter(filler.done.get, None):
            progress.check()
            if not attached:
                con.execute("ATTACH DATABASE ? AS vals", (_uri(values_path),))
                attached = True
            written += con.execute(sql, (int(fids[start]), int(fids[stop - 1]))).rowcount
            progress((0.0, 0.9), stop / len(fids))
    finally:
        filler.stop.set()
        filler.join()
        if attached:
            con.execute("DETACH DATABASE vals")
        _remove(values_path)
    if filler.error is not None:
        raise filler.error
    _check_written(written, fids, plan_)
    return written


def _by_fid(con, sql, fids, columns, progress, part, rows=1):
    """sql executed for every feature with the parameters (fid, its value of each column),
    a slice of features at a time: progress and cancel between slices. rows > 1: sql is
    an INSERT … VALUES (…) of one row, run with that many rows per statement."""
    ids = fids.tolist()
    width = 1 + len(columns)
    rows = max(1, min(rows, 999 // width))  # SQLite before 3.32 takes at most 999 parameters
    many = sql + (", (?" + ", ?" * len(columns) + ")") * (rows - 1)
    for start in range(0, len(ids), SLICE):
        if progress is not None:
            progress.check()
        stop = min(start + SLICE, len(ids))
        params = zip(ids[start:stop], *[c.values[start:stop] for c in columns])
        full = start + (stop - start) // rows * rows
        if rows > 1 and full > start:
            flat = list(itertools.chain.from_iterable(itertools.islice(params, full - start)))
            con.executemany(many, (flat[k:k + rows * width] for k in range(0, len(flat), rows * width)))
        con.executemany(sql, params)  # the rest, one row per statement
        if progress is not None:
            progress(part, stop / len(ids))


def _copy_sql(plan_, table, values):
    """INSERT … SELECT of the rows with feature ids in [?, ?] (both included) into the new
    table, with their new values from the table `values` (v.fid, v.c0 …)."""
    names, selects, source = table
    return ("INSERT INTO main.%s (%s) SELECT %s FROM %s AS v CROSS JOIN %s.%s AS s ON s.%s = v.fid "
            "WHERE v.fid >= ? AND v.fid <= ?") % (
        _quote(plan_.dest_layer), ", ".join(_quote(n) for n in names), ", ".join(selects), values, _SOURCE,
        _quote(plan_.src_layer), _quote(source.fid))


def _insert_rows(con, plan_, table, fids, progress, part):
    """Every input row with its new values into the new table, a slice of feature ids at
    a time; returns the number of rows (every feature id must be found)."""
    if not len(fids):
        return 0
    ordered = np.sort(fids)
    sql = _copy_sql(plan_, table, "temp.%s" % _VALUES)
    written = 0
    for start in range(0, len(ordered), SLICE):
        progress.check()
        stop = min(start + SLICE, len(ordered))
        written += con.execute(sql, (int(ordered[start]), int(ordered[stop - 1]))).rowcount
        progress(part, stop / len(ordered))
    _check_written(written, fids, plan_)
    return written


def _check_written(written, fids, plan_):
    if written != len(fids):
        raise sqlite3.DatabaseError("%d of %d features found in %s" % (written, len(fids), plan_.src))


# -- the copy route: from any other file -------------------------------------------------
def _write_copy(plan_, partial, fids, columns, progress):
    _translate(plan_, partial, ["-gt", "65536"], progress, (0.0, 0.7))
    _fill_columns(partial, plan_.dest_layer, fids, columns, progress, (0.7, 1.0))


def _translate(plan_, partial, options, progress=None, part=None):
    """ogr2ogr -preserve_fid of the input layer to `partial`, without spatial index (SQLite
    builds the R-tree of 2.5 million points in about a minute: QGIS's "Create spatial
    index" adds it later)."""
    last = [0.0]

    def callback(fraction, *_):
        # GDAL calls this for every feature: report only every whole percent
        if fraction - last[0] < 0.01:
            return 1
        last[0] = fraction
        progress(part, fraction)
        return 0 if progress.feedback.isCanceled() else 1

    translate = gdal.VectorTranslateOptions(
        format="GPKG", layers=[plan_.src_layer], layerName=plan_.dest_layer, options=["-preserve_fid"] + options,
        layerCreationOptions=["SPATIAL_INDEX=NO"], callback=callback if progress else None)
    result = gdal.VectorTranslate(partial, plan_.src, options=translate)
    if progress:
        progress.check()
    if result is None:
        raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not copy %s" % plan_.src)
    result = None  # closes the dataset


def _fill_columns(path, layer_name, fids, columns, progress, part):
    con = sqlite3.connect(path)
    try:
        for name in _TRIGGER_FUNCTIONS:
            # GeoPackage triggers name these; the ones an attribute update fires never call
            # them (their WHEN clause is false), but SQLite needs them to exist
            con.create_function(name, 1, _never_called)
        info = con.execute("PRAGMA table_info(%s)" % _quote(layer_name)).fetchall()
        # the feature id column keeps the source's name (fid, or e.g. an "id" of the input)
        key = [row[1] for row in info if row[5] == 1]
        if len(key) != 1:
            raise sqlite3.DatabaseError("no single primary key in the copied layer")
        _replace_columns(con, layer_name, columns)
        sql = "UPDATE %s SET %s WHERE %s = ?1" % (
            _quote(layer_name), ", ".join("%s = ?%d" % (_quote(c.name), k + 2) for k, c in enumerate(columns)),
            _quote(key[0]))
        _by_fid(con, sql, fids, columns, progress, part)
        con.commit()
    finally:
        con.close()
