"""Writes the example model resources/models/cluster_profile.model3 with the QGIS API
(run with QGIS's Python: make models): Cluster index (D-score) → benchmark → strong
clusters (P90/P95 from the benchmark) → regional profile (benchmark mean D from the
benchmark), all on the D-scored establishments."""
import os
import sys
import tempfile

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.core import QgsProcessingModelChildParameterSource as Source
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "models", "cluster_profile.model3")


def inputs(model):
    params = [
        QgsProcessingParameterFeatureSource("establishments", "Establishments (points)",
                                            [QgsProcessing.TypeVectorPoint]),
        QgsProcessingParameterField("sbi_field", "SBI code field", parentLayerParameterName="establishments"),
        QgsProcessingParameterField("jobs_field", "Jobs field", parentLayerParameterName="establishments",
                                    type=QgsProcessingParameterField.Numeric, optional=True),
        QgsProcessingParameterString("sector", "Sector (name in the sector definitions)",
                                     defaultValue="Brainport activities"),
        QgsProcessingParameterFeatureSource("regions", "Regions (polygons)", [QgsProcessing.TypeVectorPolygon]),
        QgsProcessingParameterField("region_id", "Region id field", parentLayerParameterName="regions"),
        QgsProcessingParameterField("region_name", "Region name field", parentLayerParameterName="regions"),
    ]
    for k, p in enumerate(params):
        component = QgsProcessingModelParameter(p.name())
        component.setPosition(QPointF(120, 60 + 70 * k))
        model.addModelParameter(p, component)


def child(model, alg_id, cid, y, sources, outputs=()):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(cid)
    c.setDescription(QgsApplication.processingRegistry().algorithmById(alg_id).displayName())
    c.setPosition(QPointF(480, y))
    for name, source in sources.items():
        c.addParameterSources(name, [source])
    outs = {}
    for name, label in outputs:
        out = QgsProcessingModelOutput(label)
        out.setChildOutputName(name)
        out.setChildId(cid)
        outs[label] = out
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    package = tempfile.mkdtemp()  # the repository importable as the package clusterindex
    os.symlink(ROOT, os.path.join(package, "clusterindex"))
    sys.path.insert(0, package)
    import clusterindex
    plugin = clusterindex.classFactory(None)
    plugin.initProcessing()

    model = QgsProcessingModelAlgorithm("Cluster profile of a sector", "Clusterindex examples")
    model.setHelpContent({"ALG_DESC": "D-scores per SBI code, the sector's benchmark, its strong and very "
                          "strong clusters (P90 and P95 passed from the benchmark) and its regional profile "
                          "(benchmark mean D passed from the benchmark). Example model of Clusterindex."})
    inputs(model)
    est, sbi, jobs = (Source.fromModelParameter(n) for n in ("establishments", "sbi_field", "jobs_field"))
    scored = Source.fromChildOutput("dscore", "OUTPUT")
    child(model, "clusterindex:dscore", "dscore", 60, {"INPUT": est, "SECTOR_FIELD": sbi, "JOBS_FIELD": jobs},
          [("OUTPUT", "D-scores per SBI code")])
    child(model, "clusterindex:benchmark", "benchmark", 200,
          {"INPUT": scored, "SBI_FIELD": sbi, "JOBS_FIELD": Source.fromStaticValue("jobs"),
           "BENCHMARK": Source.fromStaticValue(0)},
          [("OUTPUT_TABLE", "Benchmark statistics")])
    child(model, "clusterindex:clusters", "clusters", 340,
          {"INPUT": scored, "SBI_FIELD": sbi, "SECTOR": Source.fromModelParameter("sector"),
           "JOBS_FIELD": Source.fromStaticValue("jobs"), "THRESHOLDS": Source.fromStaticValue(2),
           "P90": Source.fromChildOutput("benchmark", "P90"), "P95": Source.fromChildOutput("benchmark", "P95")},
          [("OUTPUT", "Strong and very strong clusters")])
    child(model, "clusterindex:regionprofile", "regionprofile", 480,
          {"INPUT": scored, "SBI_FIELD": sbi, "SECTOR": Source.fromModelParameter("sector"),
           "JOBS_FIELD": Source.fromStaticValue("jobs"), "REGIONS": Source.fromModelParameter("regions"),
           "REGION_ID_FIELD": Source.fromModelParameter("region_id"),
           "REGION_NAME_FIELD": Source.fromModelParameter("region_name"),
           "BENCHMARK_MEAN": Source.fromStaticValue(2),
           "BENCHMARK_MEAN_D": Source.fromChildOutput("benchmark", "MEAN_D")},
          [("OUTPUT", "Regional profile")])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if not model.toFile(OUT):
        sys.exit("could not write " + OUT)
    print("model written to", OUT)


if __name__ == "__main__":
    main()
