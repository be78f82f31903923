"""The part clusterindex:benchmark and clusterindex:clusters share: parameters for the
establishments, SBI field, definitions and floor; reading; writing a scored subset."""
import numpy as np
from qgis.core import (QgsFeatureSink, QgsField, QgsFields, QgsFeature, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from . import points
from .base import ClusterIndexAlgorithm
from .core import benchmark as bm

STAT_FIELDS = (("n", QVariant.Int), ("mean_d", QVariant.Double), ("median_d", QVariant.Double),
               ("max_d", QVariant.Double), ("p90", QVariant.Double), ("p95", QVariant.Double))


class ScoredSubsetAlgorithm(ClusterIndexAlgorithm):
    INPUT = "INPUT"
    SBI_FIELD = "SBI_FIELD"
    DEFINITIONS = "DEFINITIONS"
    JOBS_FIELD = "JOBS_FIELD"
    DISTANCE_FLOOR = "DISTANCE_FLOOR"

    def add_input_parameters(self, sbi_optional=False):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Establishments"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.SBI_FIELD, self.tr("SBI code field"), parentLayerParameterName=self.INPUT,
            optional=sbi_optional))
        self.addParameter(QgsProcessingParameterFile(
            self.DEFINITIONS, self.tr("Sector definitions (CSV; empty: the bundled set)"),
            extension="csv", optional=True))
        self.add_jobs_and_floor_parameters()

    def read_input(self, parameters, context, feedback):
        """(source, label, table, sbi field, jobs, floor, metric, factor, definitions path)"""
        source, label, (sbi_field, jobs_field), floor, metric, factor = self.open_points(
            parameters, context, feedback, self.SBI_FIELD, self.JOBS_FIELD)
        table = points.read_points(source, [sbi_field, jobs_field], feedback, (0.0, 10.0))
        points.check_degrees(table, metric, source.sourceCrs(), label)
        if jobs_field:
            jobs, _, _ = points.numbers_or_default(table.values[jobs_field])
        else:
            jobs = np.ones(len(table))
        path = self.parameterAsFile(parameters, self.DEFINITIONS, context)
        return source, label, table, sbi_field, jobs, floor, metric, factor, path

    def write_subset(self, parameters, output, context, feedback, source, table, include, extra,
                     span):
        """Write the features in `include` with their attributes plus `extra`
        ((name, QVariant type, list of values) ...). Returns the destination id."""
        new_fields = QgsFields()
        for name, kind, _ in extra:
            new_fields.append(QgsField(name, kind))
        fields, keep, _ = points.output_fields(source.fields(), new_fields)
        sink, dest_id = self.parameterAsSink(parameters, output, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, output))
        points.write_features(source, sink, table, keep, [values for _, _, values in extra],
                              feedback, span, include=include)
        return dest_id

    def write_stats_table(self, parameters, output, context, rows, first_fields=(), last_fields=()):
        """A table (no geometry) of statistics rows: dicts with the STAT_FIELDS keys."""
        fields = QgsFields()
        for name, kind in tuple(first_fields) + STAT_FIELDS + tuple(last_fields):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, output, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, output))
        for row in rows:
            f = QgsFeature(fields)
            f.setAttributes([none_if_nan(row.get(name)) for name in fields.names()])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest_id


def none_if_nan(value):
    return None if isinstance(value, float) and value != value else value


def stats_row(d):
    s = bm.summary(d)
    return {"n": s["n"], "mean_d": s["mean"], "median_d": s["median"], "max_d": s["max"],
            "p90": s["p90"], "p95": s["p95"]}


def log_stats(alg, feedback, name, row):
    feedback.pushInfo(alg.tr("{0}: N {1}, mean {2:.4f}, median {3:.4f}, max {4:.4f}, P90 {5:.4f}, "
                             "P95 {6:.4f} (1/km).").format(name, row["n"], row["mean_d"],
                                                          row["median_d"], row["max_d"],
                                                          row["p90"], row["p95"]))


def class_labels(classes):
    return [None if c < 0 else (bm.CLASS_LABELS[int(c)] or None) for c in classes]
