"""A snapshot of the public API of the provider `clusterindex`: algorithm ids, parameter
ids and types, output ids and types, and the field names each algorithm writes.

Saved models, scripts and qgis_process command lines depend on these names. The checks
are superset checks: adding algorithms, parameters, outputs or fields is allowed;
removing or renaming one, or changing a parameter's type, is not. An optional parameter
must stay optional (a saved model that leaves it out would stop running)."""
import processing
import pytest
from layers import square, write_points, write_polygons
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QVariant

PROVIDER = "clusterindex"

# parameter id -> parameter type (QgsProcessingParameterDefinition.type())
PARAMETERS = {
    "dscore": {
        "INPUT": "source",
        "SECTOR_FIELD": "field",
        "JOBS_FIELD": "field",
        "DISTANCE_FLOOR": "number",
        "METHOD": "enum",
        "TOLERANCE": "number",
        "OUTPUT": "sink",
    },
    "benchmark": {
        "INPUT": "source",
        "SBI_FIELD": "field",
        "DEFINITIONS": "file",
        "JOBS_FIELD": "field",
        "DISTANCE_FLOOR": "number",
        "METHOD": "enum",
        "TOLERANCE": "number",
        "BENCHMARK": "enum",
        "OUTPUT": "sink",
        "OUTPUT_TABLE": "sink",
    },
    "clusters": {
        "INPUT": "source",
        "SBI_FIELD": "field",
        "DEFINITIONS": "file",
        "JOBS_FIELD": "field",
        "DISTANCE_FLOOR": "number",
        "METHOD": "enum",
        "TOLERANCE": "number",
        "SECTOR": "string",
        "SECTOR_EXPRESSION": "expression",
        "BENCHMARK": "enum",
        "THRESHOLDS": "enum",
        "P90": "number",
        "P95": "number",
        "OUTPUT": "sink",
        "OUTPUT_ALL": "sink",
    },
    "sectorsummary": {
        "INPUT": "source",
        "SBI_FIELD": "field",
        "DEFINITIONS": "file",
        "JOBS_FIELD": "field",
        "DISTANCE_FLOOR": "number",
        "METHOD": "enum",
        "TOLERANCE": "number",
        "OUTPUT": "sink",
        "OUTPUT_HTML": "fileDestination",
    },
    "regionprofile": {
        "INPUT": "source",
        "SBI_FIELD": "field",
        "DEFINITIONS": "file",
        "SECTOR": "string",
        "SECTOR_FIELD": "field",
        "SECTOR_VALUE": "string",
        "SECTOR_EXPRESSION": "expression",
        "JOBS_FIELD": "field",
        "REGIONS": "source",
        "REGION_ID_FIELD": "field",
        "REGION_NAME_FIELD": "field",
        "REGION_CODE_FIELD": "field",
        "LQ_BASIS": "enum",
        "D_SCORE_FIELD": "field",
        "DISTANCE_FLOOR": "number",
        "METHOD": "enum",
        "TOLERANCE": "number",
        "BENCHMARK": "enum",
        "BENCHMARK_MEAN": "enum",
        "BENCHMARK_MEAN_D": "number",
        "LARGE_VOLUME": "number",
        "OUTPUT": "sink",
        "OUTPUT_TABLE": "sink",
        "OUTPUT_CHART": "fileDestination",
        "OUTPUT_HTML": "fileDestination",
        "Y_AXIS": "enum",
    },
    "sizeclasses": {
        "INPUT": "source",
        "SBI_FIELD": "field",
        "DEFINITIONS": "file",
        "SECTOR": "string",
        "SECTOR_FIELD": "field",
        "SECTOR_VALUE": "string",
        "SECTOR_EXPRESSION": "expression",
        "JOBS_FIELD": "field",
        "REGIONS": "source",
        "REGION_ID_FIELD": "field",
        "REGION_NAME_FIELD": "field",
        "REGION_CODE_FIELD": "field",
        "CLASS_BOUNDS": "string",
        "OUTPUT": "sink",
        "OUTPUT_CHART": "fileDestination",
        "OUTPUT_HTML": "fileDestination",
    },
    "neighbourhoods": {
        "INPUT": "source",
        "SBI_FIELD": "field",
        "DEFINITIONS": "file",
        "SECTOR": "string",
        "SECTOR_FIELD": "field",
        "SECTOR_VALUE": "string",
        "SECTOR_EXPRESSION": "expression",
        "JOBS_FIELD": "field",
        "REGIONS": "source",
        "REGION_FIELD": "field",
        "REGION_VALUE": "string",
        "AREAS": "source",
        "MIN_COUNT": "number",
        "OUTPUT": "sink",
    },
    "sectorprofiles": {
        "INPUT": "source", "SBI_FIELD": "field", "SECTORS": "string", "SECTOR_FIELD": "field", "JOBS_FIELD": "field",
        "REGIONS": "source", "REGION_ID_FIELD": "field", "REGION_NAME_FIELD": "field", "REGION_CODE_FIELD": "field",
        "PARENT_FIELD": "field", "LQ_BASIS": "enum", "D_SCORE_FIELD": "field", "BENCHMARK": "enum",
        "BENCHMARK_MEAN": "enum", "BENCHMARK_MEAN_INDUSTRY": "number", "BENCHMARK_MEAN_SERVICES": "number",
        "LARGE_VOLUME_MODE": "enum", "LARGE_VOLUME": "number", "MIN_COUNT": "number", "REFERENCE_TOTALS": "file",
        "DEFINITIONS": "file", "DISTANCE_FLOOR": "number", "METHOD": "enum", "TOLERANCE": "number",
        "OUTPUT": "sink", "OUTPUT_WIDE": "sink", "OUTPUT_TABLE1": "sink", "OUTPUT_TABLE2": "sink",
        "OUTPUT_FIGURE": "fileDestination", "OUTPUT_HTML": "fileDestination",
    },
    "change": {
        "INPUT": "source", "INPUT_T1": "source", "YEAR_FIELD": "field", "YEAR_T0": "string", "YEAR_T1": "string",
        "PERIOD": "number", "SBI_FIELD": "field", "SECTOR_EXPRESSION": "expression", "SECTOR_FIELD": "field",
        "SECTOR_VALUE": "string", "SECTOR": "string", "JOBS_FIELD": "field", "ID_FIELD": "field",
        "MOVE_DISTANCE": "number", "REGIONS": "source", "REGION_ID_FIELD": "field", "REGION_NAME_FIELD": "field",
        "REGION_CODE_FIELD": "field", "GROWTH_BASIS": "enum", "LQ_BASIS": "enum", "CHART_X": "enum",
        "BENCHMARK": "enum", "BENCHMARK_MEAN": "enum", "BENCHMARK_MEAN_D": "number", "ADD_VARIETY": "boolean",
        "FINE_LEVEL": "enum", "COARSE_LEVEL": "enum", "VARIETY_WEIGHT": "enum", "DEFINITIONS": "file",
        "DISTANCE_FLOOR": "number", "METHOD": "enum", "TOLERANCE": "number", "OUTPUT": "sink", "OUTPUT_TABLE": "sink",
        "OUTPUT_POINTS": "sink", "OUTPUT_POINTS_T0": "sink", "OUTPUT_CHART": "fileDestination",
        "OUTPUT_HTML": "fileDestination",
    },
    "variety": {
        "INPUT": "source", "SBI_FIELD": "field", "JOBS_FIELD": "field", "REGIONS": "source",
        "REGION_ID_FIELD": "field", "REGION_NAME_FIELD": "field", "REGION_CODE_FIELD": "field",
        "FINE_LEVEL": "enum", "COARSE_LEVEL": "enum", "VARIETY_WEIGHT": "enum", "OUTPUT": "sink",
        "OUTPUT_TABLE": "sink", "OUTPUT_HTML": "fileDestination",
    },
}

# parameters that are optional now: they must stay optional
OPTIONAL = {
    "dscore": {"SECTOR_FIELD", "JOBS_FIELD"},
    "benchmark": {"DEFINITIONS", "JOBS_FIELD"},
    "clusters": {"SBI_FIELD", "DEFINITIONS", "JOBS_FIELD", "SECTOR", "SECTOR_EXPRESSION", "P90", "P95",
                 "OUTPUT_ALL"},
    "sectorsummary": {"DEFINITIONS", "JOBS_FIELD", "OUTPUT_HTML"},
    "regionprofile": {"SBI_FIELD", "DEFINITIONS", "SECTOR", "SECTOR_FIELD", "SECTOR_VALUE",
                      "SECTOR_EXPRESSION", "JOBS_FIELD", "REGIONS", "REGION_ID_FIELD", "REGION_NAME_FIELD",
                      "REGION_CODE_FIELD", "D_SCORE_FIELD", "BENCHMARK_MEAN_D", "LARGE_VOLUME",
                      "OUTPUT_CHART", "OUTPUT_HTML"},
    "sizeclasses": {"SBI_FIELD", "DEFINITIONS", "SECTOR", "SECTOR_FIELD", "SECTOR_VALUE", "SECTOR_EXPRESSION",
                    "JOBS_FIELD", "REGIONS", "REGION_ID_FIELD", "REGION_NAME_FIELD", "REGION_CODE_FIELD",
                    "OUTPUT_CHART", "OUTPUT_HTML"},
    "neighbourhoods": {"SBI_FIELD", "DEFINITIONS", "SECTOR", "SECTOR_FIELD", "SECTOR_VALUE",
                       "SECTOR_EXPRESSION", "JOBS_FIELD"},
    "sectorprofiles": {"SBI_FIELD", "SECTORS", "SECTOR_FIELD", "JOBS_FIELD", "REGIONS", "PARENT_FIELD",
                       "D_SCORE_FIELD", "BENCHMARK_MEAN_INDUSTRY", "BENCHMARK_MEAN_SERVICES", "LARGE_VOLUME",
                       "REFERENCE_TOTALS", "OUTPUT_WIDE", "OUTPUT_TABLE1", "OUTPUT_TABLE2", "OUTPUT_FIGURE",
                       "OUTPUT_HTML"},
    "change": {"INPUT_T1", "YEAR_FIELD", "YEAR_T0", "YEAR_T1", "PERIOD", "SBI_FIELD", "SECTOR_EXPRESSION",
               "SECTOR_FIELD", "SECTOR_VALUE", "SECTOR", "JOBS_FIELD", "ID_FIELD", "REGIONS", "REGION_ID_FIELD",
               "REGION_NAME_FIELD", "REGION_CODE_FIELD", "BENCHMARK_MEAN_D", "DEFINITIONS", "OUTPUT_TABLE",
               "OUTPUT_POINTS", "OUTPUT_POINTS_T0", "OUTPUT_CHART", "OUTPUT_HTML"},
    "variety": {"JOBS_FIELD", "REGIONS", "REGION_ID_FIELD", "REGION_NAME_FIELD", "REGION_CODE_FIELD",
                "OUTPUT_TABLE", "OUTPUT_HTML"},
}

# output id -> output type (QgsProcessingOutputDefinition.type())
OUTPUTS = {
    "dscore": {"OUTPUT": "outputVector"},
    "benchmark": {"OUTPUT": "outputVector", "OUTPUT_TABLE": "outputVector"},
    "clusters": {"OUTPUT": "outputVector", "OUTPUT_ALL": "outputVector"},
    "sectorsummary": {"OUTPUT": "outputVector", "OUTPUT_HTML": "outputHtml"},
    "regionprofile": {"OUTPUT": "outputVector", "OUTPUT_TABLE": "outputVector", "OUTPUT_CHART": "outputFile",
                      "OUTPUT_HTML": "outputHtml", "OUTPUT_SVG": "outputFile"},
    "sizeclasses": {"OUTPUT": "outputVector", "OUTPUT_CHART": "outputFile", "OUTPUT_HTML": "outputHtml",
                    "OUTPUT_SVG": "outputFile"},
    "neighbourhoods": {"OUTPUT": "outputVector"},
    "sectorprofiles": {"OUTPUT": "outputVector", "OUTPUT_WIDE": "outputVector", "OUTPUT_TABLE1": "outputVector",
                       "OUTPUT_TABLE2": "outputVector", "OUTPUT_FIGURE": "outputFile",
                       "OUTPUT_FIGURE_SVG": "outputFile", "OUTPUT_HTML": "outputHtml"},
    "change": {"OUTPUT": "outputVector", "OUTPUT_TABLE": "outputVector", "OUTPUT_POINTS": "outputVector",
               "OUTPUT_POINTS_T0": "outputVector", "OUTPUT_CHART": "outputFile", "OUTPUT_SVG": "outputFile",
               "OUTPUT_HTML": "outputHtml"},
    "variety": {"OUTPUT": "outputVector", "OUTPUT_TABLE": "outputVector", "OUTPUT_HTML": "outputHtml"},
}

CHANGE_FIELDS = ["n_t0", "n_t1", "jobs_t0", "jobs_t1", "change", "growth", "growth_ann", "growth_nat", "growth_all",
                 "growth_rel", "growth_region", "national_share", "industry_mix", "regional_shift", "lq_t0", "lq_t1",
                 "lq_diff", "mean_d_t0", "mean_d_t1", "mean_d_diff", "n_births", "jobs_births", "n_deaths",
                 "jobs_deaths", "n_movers_in", "jobs_movers_in", "n_movers_out", "jobs_movers_out", "n_stayers",
                 "jobs_stayers_t0", "jobs_stayers_t1", "tv", "uv", "rv", "tv_nb", "uv_nb", "rv_nb", "n_neighbours"]
CHANGE_POINT_FIELDS = ["period", "status", "in_sector", "region_id", "d_score_t0", "d_score_t1", "moved_m", "jobs"]
VARIETY_FIELDS = ["n_total", "n_counted", "weight", "n_classes", "n_groups", "tv", "uv", "rv", "tv_nb", "uv_nb",
                  "rv_nb", "n_neighbours"]

# output id -> the fields the algorithm writes there. Point outputs also keep every input
# field (id, sbi, werkzame_personen); region outputs every region field (code, name):
# see KEPT below.
FIELDS = {
    "dscore": {
        "OUTPUT": ["d_score", "d_decile", "n_sector", "jobs", "d_bound"],
    },
    "benchmark": {
        "OUTPUT": ["d_score", "d_decile", "cluster", "jobs"],
        "OUTPUT_TABLE": ["benchmark", "n", "mean_d", "median_d", "max_d", "p90", "p95"],
    },
    "clusters": {
        "OUTPUT": ["d_score", "cluster", "jobs"],
        "OUTPUT_ALL": ["d_score", "cluster", "jobs"],
    },
    "sectorsummary": {
        "OUTPUT": ["sector", "benchmark", "approximate", "n", "mean_d", "median_d", "max_d", "p90", "p95",
                   "benchmark_mean_d", "vs_benchmark"],
    },
    "regionprofile": {
        "OUTPUT": ["n_sector", "n_total", "jobs_sector", "jobs_total", "jobs_share", "lq", "mean_d",
                   "n_scored", "region_type", "type_label", "small_n", "large_volume"],
        "OUTPUT_TABLE": ["region_id", "region_name", "n_sector", "n_total", "jobs_sector", "jobs_total",
                         "jobs_share", "lq", "mean_d", "n_scored", "region_type", "type_label", "small_n",
                         "large_volume"],
    },
    "sizeclasses": {  # CLASS_BOUNDS "5, 50", the default
        "OUTPUT": ["region_id", "region_name", "n_total", "jobs_total", "n_lt5", "share_lt5", "jobs_lt5",
                   "n_5_50", "share_5_50", "jobs_5_50", "n_ge50", "share_ge50", "jobs_ge50"],
    },
    "neighbourhoods": {
        "OUTPUT": ["n_sector", "jobs_sector", "n_total", "highlight"],
    },
    "sectorprofiles": {
        "OUTPUT": ["sector", "benchmark", "region_id", "region_name", "parent", "n_sector", "n_total", "jobs_sector",
                   "jobs_total", "jobs_share", "lq", "mean_d", "n_scored", "region_type", "type_label", "small_n",
                   "large_volume"],
        "OUTPUT_WIDE": ["region_id", "region_name", "brainport_activities_jobs", "brainport_activities_lq",
                        "brainport_activities_mean_d"],
        "OUTPUT_TABLE1": ["sector", "type1", "type2", "type3"],
        "OUTPUT_TABLE2": ["parent", "type1", "type2", "type3"],
    },
    "change": {  # with ID_FIELD and ADD_VARIETY
        "OUTPUT": CHANGE_FIELDS,
        "OUTPUT_TABLE": ["region_id", "region_name"] + CHANGE_FIELDS,
        "OUTPUT_POINTS": CHANGE_POINT_FIELDS,
        "OUTPUT_POINTS_T0": CHANGE_POINT_FIELDS,
    },
    "variety": {
        "OUTPUT": VARIETY_FIELDS,
        "OUTPUT_TABLE": ["region_id", "region_name"] + VARIETY_FIELDS,
    },
}

POINT_FIELDS = ["id", "sbi", "werkzame_personen"]
REGION_FIELDS = ["code", "name"]
# the input fields each output keeps
KEPT = {
    ("dscore", "OUTPUT"): POINT_FIELDS,
    ("benchmark", "OUTPUT"): POINT_FIELDS,
    ("clusters", "OUTPUT"): POINT_FIELDS,
    ("clusters", "OUTPUT_ALL"): POINT_FIELDS,
    ("regionprofile", "OUTPUT"): REGION_FIELDS,
    ("neighbourhoods", "OUTPUT"): REGION_FIELDS,
    ("change", "OUTPUT"): REGION_FIELDS,
    ("change", "OUTPUT_POINTS"): POINT_FIELDS,
    ("change", "OUTPUT_POINTS_T0"): POINT_FIELDS,
    ("variety", "OUTPUT"): REGION_FIELDS,
}

# significance (random labelling), and the options it adds to clusters and sectorsummary
PARAMETERS["significance"] = {
    "INPUT": "source", "SBI_FIELD": "field", "SECTOR_EXPRESSION": "expression", "SECTOR": "string",
    "JOBS_FIELD": "field", "CONTROL": "enum", "CONTROL_EXPRESSION": "expression", "BENCHMARK": "enum",
    "ALPHA": "number", "MONTE_CARLO": "enum", "DRAWS": "number", "SEED": "number", "MONTE_CARLO_BELOW": "number",
    "DEFINITIONS": "file", "DISTANCE_FLOOR": "number", "METHOD": "enum", "TOLERANCE": "number", "OUTPUT": "sink",
}
PARAMETERS["clusters"]["SIGNIFICANT"] = "boolean"
PARAMETERS["sectorsummary"].update({"SECTOR_TEST": "boolean", "DRAWS": "number", "SEED": "number"})
OPTIONAL["significance"] = {"SBI_FIELD", "SECTOR_EXPRESSION", "SECTOR", "JOBS_FIELD", "CONTROL_EXPRESSION",
                            "DEFINITIONS"}
OPTIONAL["clusters"] = OPTIONAL["clusters"] | {"SIGNIFICANT"}
OPTIONAL["sectorsummary"] = OPTIONAL["sectorsummary"] | {"SECTOR_TEST", "DRAWS", "SEED"}
OUTPUTS["significance"] = {"OUTPUT": "outputVector"}
FIELDS["significance"] = {"OUTPUT": ["d_score", "d_expected", "d_sd", "d_ratio", "d_z", "d_p", "d_class", "n_sector",
                                     "n_control", "jobs"]}
KEPT[("significance", "OUTPUT")] = POINT_FIELDS

CODES = ("2611", "2812", "1011", "6201", "7010", "4711")


def algorithm(name):
    alg = QgsApplication.processingRegistry().algorithmById("%s:%s" % (PROVIDER, name))
    assert alg is not None, "algorithm %s:%s is gone" % (PROVIDER, name)
    return alg


@pytest.fixture(scope="module")
def layers(tmp_path_factory):
    """48 establishments on a grid (6 SBI codes, 1-40 jobs), two 5 km regions covering
    part of them, and a block around everything."""
    folder = tmp_path_factory.mktemp("api")
    rows = []
    for k in range(48):
        x = 100000.0 + (k % 8) * 1200 + 100
        y = 400000.0 + (k // 8) * 1500 + 100
        rows.append(((x, y), k, CODES[k % len(CODES)], 1 + k % 40))
    points = write_points(folder / "firms.gpkg", rows, fields=(
        ("id", QVariant.Int), ("sbi", QVariant.String), ("werkzame_personen", QVariant.Int)))
    regions = write_polygons(folder / "regions.gpkg", [(square(100000, 400000, 5000), "R1", "West"),
                                                       (square(105000, 400000, 5000), "R2", "East")])
    block = write_polygons(folder / "block.gpkg", [(square(99000, 399000, 12000), "B", "Block")],
                           layer_name="block")
    return folder, points, regions, block


def run_once(name, layers):
    """Run the algorithm on the small layers with every output it has; returns
    {output id: list of field names} of its vector outputs."""
    folder, points, regions, block = layers
    common = {"INPUT": points, "JOBS_FIELD": "werkzame_personen"}
    params = {
        "dscore": {"SECTOR_FIELD": "sbi", "OUTPUT": "memory:"},
        "benchmark": {"SBI_FIELD": "sbi", "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"},
        "clusters": {"SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "OUTPUT": "memory:",
                     "OUTPUT_ALL": "memory:"},
        "sectorsummary": {"SBI_FIELD": "sbi", "OUTPUT": "memory:",
                          "OUTPUT_HTML": str(folder / "summary.html")},
        "regionprofile": {"SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "REGIONS": regions,
                          "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name", "OUTPUT": "memory:",
                          "OUTPUT_TABLE": "memory:", "OUTPUT_CHART": str(folder / "bubble.png"),
                          "OUTPUT_HTML": str(folder / "profile.html")},
        "sizeclasses": {"REGIONS": regions, "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name",
                        "OUTPUT": "memory:", "OUTPUT_CHART": str(folder / "sizes.png"),
                        "OUTPUT_HTML": str(folder / "sizes.html")},
        "sectorprofiles": {"SBI_FIELD": "sbi", "REGIONS": regions, "REGION_ID_FIELD": "code",
                           "REGION_NAME_FIELD": "name", "PARENT_FIELD": "name", "OUTPUT": "memory:",
                           "OUTPUT_WIDE": "memory:", "OUTPUT_TABLE1": "memory:", "OUTPUT_TABLE2": "memory:",
                           "OUTPUT_FIGURE": str(folder / "figure1.png"), "OUTPUT_HTML": str(folder / "all.html")},
        "neighbourhoods": {"SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "REGIONS": block,
                           "REGION_FIELD": "name", "REGION_VALUE": "Block", "AREAS": regions,
                           "OUTPUT": "memory:"},
        "change": {"INPUT_T1": points, "YEAR_T0": "2018", "YEAR_T1": "2023", "SBI_FIELD": "sbi",
                   "SECTOR": "Brainport activities", "ID_FIELD": "id", "REGIONS": regions, "REGION_ID_FIELD": "code",
                   "REGION_NAME_FIELD": "name", "ADD_VARIETY": True, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:",
                   "OUTPUT_POINTS": "memory:", "OUTPUT_POINTS_T0": "memory:",
                   "OUTPUT_CHART": str(folder / "portfolio.png"), "OUTPUT_HTML": str(folder / "change.html")},
        "variety": {"SBI_FIELD": "sbi", "REGIONS": regions, "REGION_ID_FIELD": "code", "REGION_NAME_FIELD": "name",
                    "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:", "OUTPUT_HTML": str(folder / "variety.html")},
        "significance": {"SBI_FIELD": "sbi", "SECTOR": "Brainport activities", "OUTPUT": "memory:"},
    }[name]
    results = processing.run("%s:%s" % (PROVIDER, name), dict(common, **params),
                             feedback=QgsProcessingFeedback())
    return {key: value.fields().names() for key, value in results.items() if hasattr(value, "fields")}


def test_provider_keeps_every_algorithm(plugin):
    provider = QgsApplication.processingRegistry().providerById(PROVIDER)
    assert provider is not None, "provider %s is gone" % PROVIDER
    ids = {alg.id() for alg in provider.algorithms()}
    missing = {"%s:%s" % (PROVIDER, name) for name in PARAMETERS} - ids
    assert not missing, "algorithms removed or renamed: %s" % sorted(missing)


@pytest.mark.parametrize("name", sorted(PARAMETERS))
def test_parameter_ids_and_types(plugin, name):
    alg = algorithm(name)
    actual = {p.name(): p.type() for p in alg.parameterDefinitions()}
    missing = sorted(set(PARAMETERS[name]) - set(actual))
    assert not missing, "%s: parameters removed or renamed: %s" % (name, missing)
    changed = {p: (t, actual[p]) for p, t in PARAMETERS[name].items() if actual[p] != t}
    assert not changed, "%s: parameter types changed (was, now): %s" % (name, changed)


@pytest.mark.parametrize("name", sorted(OPTIONAL))
def test_optional_parameters_stay_optional(plugin, name):
    alg = algorithm(name)
    required = sorted(p.name() for p in alg.parameterDefinitions()
                      if p.name() in OPTIONAL[name] and not p.flags() & QgsProcessingParameterDefinition.FlagOptional)
    assert not required, "%s: optional parameters made required: %s" % (name, required)


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_output_ids_and_types(plugin, name):
    alg = algorithm(name)
    actual = {o.name(): o.type() for o in alg.outputDefinitions()}
    missing = sorted(set(OUTPUTS[name]) - set(actual))
    assert not missing, "%s: outputs removed or renamed: %s" % (name, missing)
    changed = {o: (t, actual[o]) for o, t in OUTPUTS[name].items() if actual[o] != t}
    assert not changed, "%s: output types changed (was, now): %s" % (name, changed)


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_output_field_names(plugin, layers, name):
    written = run_once(name, layers)
    for output, fields in FIELDS[name].items():
        assert output in written, "%s: no vector output %s in the results %s" % (name, output, sorted(written))
        missing = [f for f in fields if f not in written[output]]
        assert not missing, "%s %s: fields removed or renamed: %s (it has %s)" % (
            name, output, missing, written[output])
        kept = KEPT.get((name, output), [])
        lost = [f for f in kept if f not in written[output]]
        assert not lost, "%s %s: input fields no longer kept: %s" % (name, output, lost)
