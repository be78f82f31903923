"""The fast way to read establishments: GDAL's Arrow stream (feature ids, geometries as WKB
and only the fields needed, a batch of columns at a time) instead of QGIS feature by
feature — for 2.5 million points and two fields 1.0–1.6 s instead of 17–26 s
(tools/bench.py read), with the same arrays and the same values.

It applies when INPUT is a whole OGR file layer (fastwrite's test: no selection, no feature
limit, no geometry-check flags, a file on disk), with or without a subset string that is
a plain WHERE clause (QGIS hands that one to OGR's SetAttributeFilter too; a full SELECT or
one with comments is left to QGIS), without unsaved edits, without a geometry-type filter
or open options in its source, whose needed fields are OGR Integer, Integer64, Real or
String fields without subtype (the stream narrows Int16 and Float32 fields; text in an
encoding Python knows), and when the GDAL bindings have GetArrowStreamAsNumPy (GDAL 3.6
on). Otherwise — also when GDAL fails on the way, with a debug line saying why —
read_arrow returns None and reading.read reads feature by feature through QGIS.

Coordinates are those of the WKB, in the layer's own CRS. Single points (2D, Z, M, ZM) and
one-part multi-points are decoded with numpy; any other geometry (several parts, other byte
order, lines …) goes through QgsGeometry and reading's point rule one by one, so every
rule and message is the QGIS path's.

CLUSTERINDEX_NO_ARROW=1 in the environment switches the fast path off (the benchmark and
the tests use it to compare both paths)."""
import codecs
import os
import re
from collections import namedtuple

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsGeometry, QgsWkbTypes

from . import fastwrite, reading

SWITCH = "CLUSTERINDEX_NO_ARROW"
BATCH = 65536
# OGR (type, subtype) pairs whose values QGIS gives as plain int, float or str and the
# stream gives alike (not Float32 or Int16: the stream narrows what a GeoPackage may hold,
# 0.1 in a FLOAT column comes as 0.10000000149011612, where QGIS gives 0.1)
_PLAIN = {(ogr.OFTInteger, ogr.OFSTNone), (ogr.OFTInteger64, ogr.OFSTNone), (ogr.OFTReal, ogr.OFSTNone),
          (ogr.OFTString, ogr.OFSTNone)}
# WKB size → type codes (little-endian) of a point (2D; Z or M; ZM) and of a multi-point of one part
_POINT = {21: (1,), 29: (1001, 2001, 0x80000001), 37: (3001,)}
_ONE_PART = {30: (4,), 38: (1004, 2004, 0x80000004), 46: (3004,)}

Plan = namedtuple("Plan", "path layer subset codec multi")
Spec = namedtuple("Spec", "fid geometry columns codec multi label")  # columns: (name, Arrow column or None = fid)


class _Unavailable(Exception):
    """GDAL could not give the stream (or the layer is not what QGIS reads): QGIS reads it."""


def enabled():
    """Whether the fast path may be tried: not switched off, and the bindings have it."""
    return os.environ.get(SWITCH, "").strip() in ("", "0") and hasattr(ogr.Layer, "GetArrowStreamAsNumPy")


def read_arrow(run, est, span, batch=None):
    """Fill est.fids, x, y, values and n_multipart as reading.read's QGIS loop does (the
    shared tail — locations without a finite coordinate, jobs, degrees — stays there);
    None (est untouched) when the fast path does not apply. batch: features per batch
    (default BATCH); progress and cancel are checked between batches."""
    if not enabled():
        return None
    plan = _plan(run, est)
    if plan is None:
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        got = _read(run, est, plan, span, batch or BATCH)
    except _Unavailable as e:
        run.feedback.pushDebugInfo("GDAL's Arrow stream of %s is not available (%s): reading through QGIS." % (
            plan.path, repr(e.__cause__) if e.__cause__ else gdal.GetLastErrorMsg() or e))
        return None
    finally:
        gdal.PopErrorHandler()
    est.fids, est.x, est.y, est.values, est.n_multipart = got
    run.feedback.pushDebugInfo("Read %d features of %s through GDAL's Arrow stream." % (len(est.fids), plan.path))
    return est


# -- when it applies ----------------------------------------------------------------------
def _plain_where(subset):
    """Whether a layer's subset string is a WHERE clause QGIS hands to OGR's attribute filter
    as it is (QGIS runs one starting with SELECT as SQL, and strips -- comments first)."""
    return re.match(r"select\s", subset, re.IGNORECASE) is None and "--" not in subset


def _plan(run, est):
    """Where and how to read INPUT through the stream; None when that does not apply."""
    found = fastwrite.whole_file_layer(run, est.source_parameter, allow_subset=True)
    if found is None:
        return None
    layer = found[2]
    subset = (layer.subsetString() or "").strip()
    if subset and not _plain_where(subset):
        return None
    return Plan(found[0], found[1], subset, _codec(layer.dataProvider().encoding()),
                QgsWkbTypes.isMultiType(layer.wkbType()))


def _codec(name):
    """The Python codec of the encoding QGIS decodes the layer's text with, None if unknown."""
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError):
        return None


def _spec(layer, est, plan):
    """Which Arrow columns hold the fid, the geometry and each needed field; None when a
    field is not a plain OGR field of the same name or its text cannot be decoded as QGIS does."""
    fields, defn = est.source.fields(), layer.GetLayerDefn()
    if defn.GetGeomFieldCount() > 1:
        return None
    fid = layer.GetFIDColumn() or "OGC_FID"
    geometry = (layer.GetGeometryColumn() or "wkb_geometry") if defn.GetGeomFieldCount() else None
    codec = "utf-8" if layer.TestCapability(ogr.OLCStringsAsUTF8) else plan.codec
    columns = []
    for name in dict.fromkeys(n for n in est.fields.values() if n):
        if fields.lookupField(name) < 0:
            return None
        exact = fields.at(fields.lookupField(name)).name()
        if exact == layer.GetFIDColumn():  # a GeoPackage's fid column, a field in QGIS
            columns.append((name, None))
            continue
        index = defn.GetFieldIndex(exact)
        field = defn.GetFieldDefn(index) if index >= 0 else None
        if field is None or field.GetName() != exact or exact in (fid, geometry) or \
                (field.GetType(), field.GetSubType()) not in _PLAIN:
            return None
        if field.GetType() == ogr.OFTString and (codec is None or codec != plan.codec):
            return None  # QGIS would decode the text otherwise than OGR gives it
        columns.append((name, exact))
    return Spec(fid, geometry, columns, codec, plan.multi, est.label)


# -- the stream ---------------------------------------------------------------------------
def _open(plan, est):
    """(dataset, layer, Spec) with only the needed fields and the subset as attribute filter."""
    try:
        dataset = gdal.OpenEx(plan.path, gdal.OF_VECTOR | gdal.OF_READONLY)
        layer = dataset.GetLayerByName(plan.layer) if dataset is not None else None
        spec = _spec(layer, est, plan) if layer is not None else None
        if spec is None:
            raise _Unavailable("no such layer" if layer is None else "fields or geometries not as QGIS reads them")
        keep = {exact for _, exact in spec.columns if exact}
        defn = layer.GetLayerDefn()
        ignored = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if layer.SetIgnoredFields([n for n in ignored if n not in keep] + ["OGR_STYLE"]) != 0:
            raise _Unavailable("SetIgnoredFields: %s" % gdal.GetLastErrorMsg())
        if plan.subset and layer.SetAttributeFilter(plan.subset) != 0:
            raise _Unavailable("SetAttributeFilter: %s" % gdal.GetLastErrorMsg())
    except RuntimeError as e:  # GDAL's errors, when its bindings raise them
        raise _Unavailable() from e
    return dataset, layer, spec


def _read(run, est, plan, span, batch):
    dataset, layer, spec = _open(plan, est)
    try:
        stream = layer.GetArrowStreamAsNumPy(["MAX_FEATURES_IN_BATCH=%d" % batch])
    except Exception as e:  # the bindings raise a bare Exception when there is no stream
        raise _Unavailable() from e
    with stream:
        got = _batches(run, est, stream, spec, span)
    del stream, layer, dataset  # the stream before its layer, the layer before its dataset
    return got


def _next(stream, spec):
    try:
        batch = stream.GetNextRecordBatch()
    except (RuntimeError, SystemError) as e:
        # SystemError: GDAL 3.10's numpy conversion of a FlatGeobuf batch with NULL geometries
        raise _Unavailable() from e
    if batch is not None and (spec.fid not in batch or (spec.geometry and spec.geometry not in batch)):
        raise _Unavailable("columns %s" % sorted(batch))
    return batch


def _batches(run, est, stream, spec, span):
    """(fids, x, y, values, multi-points with several parts), the stream read to its end."""
    fids, xs, ys = [], [], []
    values = {name: [] for name, _ in spec.columns}
    n_multi = done = 0
    expected = est.source.featureCount()
    while True:
        run.check_canceled()
        batch = _next(stream, spec)
        if batch is None:
            break
        fid = np.array(batch[spec.fid], dtype=np.int64)
        if spec.geometry:
            x, y, multi = points(batch[spec.geometry], fid, spec.label, spec.multi)
        else:
            x, y, multi = np.full(len(fid), np.nan), np.full(len(fid), np.nan), 0
        for name, column in spec.columns:
            values[name] += fid.tolist() if column is None else _values(batch[column], spec.codec)
        batch = None
        fids.append(fid)
        xs.append(x)
        ys.append(y)
        n_multi += multi
        done += len(fid)
        if expected > 0:
            run.feedback.setProgress(span[0] + (span[1] - span[0]) * min(1.0, done / expected))
    if not fids:
        return np.empty(0, dtype=np.int64), np.empty(0), np.empty(0), values, 0
    return np.concatenate(fids), np.concatenate(xs), np.concatenate(ys), values, n_multi


def _values(column, codec):
    """One batch of a field as QGIS gives it: int, float or str, None for NULL."""
    data = np.ma.getdata(column)
    if data.dtype.kind in "SO":
        out = _texts(data, codec)
    else:
        out = data.tolist()
    missing = np.ma.getmaskarray(column)
    if missing.any():
        for i in np.flatnonzero(missing).tolist():
            out[i] = None
    return out


def _texts(data, codec):
    if data.dtype.kind == "S" and codec == "utf-8":
        try:
            return data.astype("U").tolist()  # all ASCII: numpy decodes at once
        except UnicodeDecodeError:
            pass
    return [b.decode(codec, "replace") if isinstance(b, bytes) else b for b in data.tolist()]


# -- points from WKB ------------------------------------------------------------------------
def points(column, fids, label, multi_layer=False):
    """(x, y, multi-points with several parts) of one batch of WKB geometries (NULL: NaN).
    multi_layer: the QGIS layer is of a multi type (QGIS makes every geometry multi then)."""
    data, missing = np.ma.getdata(column), np.ma.getmaskarray(column)
    n = len(data)
    x, y = np.full(n, np.nan), np.full(n, np.nan)
    if data.dtype.kind == "V":  # every WKB of the same size
        wkbs, size = None, data.dtype.itemsize
        at = np.flatnonzero(~missing) if size else np.empty(0, dtype=np.int64)
        rows = np.frombuffer(data.tobytes(), np.uint8).reshape(n, size)[at]
        odd = _decode(rows, at, x, y, multi_layer) if size in _POINT or size in _ONE_PART else at.tolist()
    elif data.dtype.kind == "O":  # bytes of any size, None (or b"") for NULL
        wkbs = data.tolist()
        sizes = np.fromiter((len(w) if isinstance(w, bytes) else 0 for w in wkbs), dtype=np.int64, count=n)
        sizes[missing] = 0
        odd = []
        for size in np.unique(sizes[sizes > 0]).tolist():
            at = np.flatnonzero(sizes == size)
            if size in _POINT or size in _ONE_PART:
                rows = np.frombuffer(b"".join([wkbs[i] for i in at.tolist()]), np.uint8).reshape(len(at), size)
                odd += _decode(rows, at, x, y, multi_layer)
            else:
                odd += at.tolist()
    else:  # fixed-size bytes ("S") would lose trailing zero bytes
        raise _Unavailable("a geometry column of type %s" % data.dtype)
    n_multi = 0
    for i in sorted(odd):
        wkb = bytes(data[i]) if wkbs is None else wkbs[i]
        x[i], y[i], multi = _one(wkb, label, int(fids[i]), multi_layer)
        n_multi += multi
    return x, y, n_multi


def _decode(rows, at, x, y, multi_layer):
    """Decode the rows (WKBs of one size, one per row) that are a little-endian point or
    one-part multi-point into x[at], y[at]; the indices (in at) of the others."""
    size = rows.shape[1]
    kind = rows[:, 1:5].copy().view("<u4")[:, 0]
    if size in _POINT:
        ok = (rows[:, 0] == 1) & np.isin(kind, _POINT[size])
        start, multi = 5, multi_layer
    else:
        parts = rows[:, 5:9].copy().view("<u4")[:, 0]
        inner = rows[:, 10:14].copy().view("<u4")[:, 0]
        ok = (rows[:, 0] == 1) & np.isin(kind, _ONE_PART[size]) & (parts == 1) & (rows[:, 9] == 1) & \
            (inner == kind - 3)
        start, multi = 14, True
    xy = rows[ok, start:start + 16].copy().view("<f8")
    if multi:
        # the mean of one part as reading._point_of takes it, sum([v]) / 1: -0.0 becomes 0.0
        xy = xy + 0.0
    x[at[ok]], y[at[ok]] = xy[:, 0], xy[:, 1]
    return at[~ok].tolist()


def _one(wkb, label, fid, multi_layer):
    """(x, y, multipart) of one WKB as the QGIS path takes it: QGIS's OGR provider makes
    geometries multi in a multi-type layer; then reading's point rule (and its error)."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if multi_layer and not geometry.isNull() and not geometry.isMultipart():
        geometry.convertToMultiType()
    return reading._point_of(geometry, label, fid)
