"""What the whole plugin names once: resource paths, output field names, benchmark names and
their published values, region types with their labels and colours, the options of every
enum parameter. The bottom of the import graph: plain Python, no qgis, no numpy.

Texts meant for users are marked with QT_TRANSLATE_NOOP (pylupdate collects them) and
translated where they are shown, with the context given here."""
import os
from enum import IntEnum


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name pylupdate looks for)
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


# -- resources -------------------------------------------------------------------------
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(PLUGIN_DIR, "resources")
DEFAULT_DEFINITIONS = os.path.join(RESOURCES, "sectors_default.csv")


def icon_path(name="icon.svg"):
    return os.path.join(RESOURCES, "icons", name)


def translation_path(code):
    """The compiled translation (.qm, built by make from the .ts) of a language code."""
    return os.path.join(RESOURCES, "i18n", "clusterindex_%s.qm" % code)


def style_path(name):
    """The QML file of a named output style, e.g. style_path("dscore")."""
    return os.path.join(RESOURCES, "styles", name + ".qml")


# -- output fields (public API: saved models and scripts read them) ---------------------
D_SCORE = "d_score"
D_DECILE = "d_decile"
D_BOUND = "d_bound"
N_SECTOR = "n_sector"
JOBS = "jobs"
CLUSTER = "cluster"
REGION_ID = "region_id"
REGION_NAME = "region_name"
STAT_FIELDS = ("n", "mean_d", "median_d", "max_d", "p90", "p95")

# -- benchmark populations (PBL/CBS, Raspe et al. 2012, appendix 1 and 2) ---------------
BENCHMARK_INDUSTRY = "Benchmark industry"
BENCHMARK_SERVICES = "Benchmark services"
BENCHMARKS = (BENCHMARK_INDUSTRY, BENCHMARK_SERVICES)
# the Netherlands, 31-12-2011, d0 = 1 km: (P90, P95) and the mean D
PUBLISHED_THRESHOLDS_NL_2011 = {BENCHMARK_INDUSTRY: (0.0203, 0.0269), BENCHMARK_SERVICES: (0.0403, 0.0579)}
PUBLISHED_MEAN_NL_2011 = {BENCHMARK_INDUSTRY: 0.0185, BENCHMARK_SERVICES: 0.0257}

# the names of the bundled sector definitions, for display in the user's language (the data
# and the SECTOR parameter keep the names as defined)
BUNDLED_SECTOR_NAMES = (
    QT_TRANSLATE_NOOP("sectornames", 'Benchmark industry'),
    QT_TRANSLATE_NOOP("sectornames", 'Benchmark services'),
    QT_TRANSLATE_NOOP("sectornames", 'Brainport activities'),
    QT_TRANSLATE_NOOP("sectornames", 'Agro & food (narrow)'),
    QT_TRANSLATE_NOOP("sectornames", 'Horticulture and propagation materials'),
    QT_TRANSLATE_NOOP("sectornames", 'Chemicals'),
    QT_TRANSLATE_NOOP("sectornames", 'Life sciences & health'),
    QT_TRANSLATE_NOOP("sectornames", 'HTSM manufacturing'),
    QT_TRANSLATE_NOOP("sectornames", 'Logistics'),
    QT_TRANSLATE_NOOP("sectornames", 'Energy'),
    QT_TRANSLATE_NOOP("sectornames", 'Water'),
    QT_TRANSLATE_NOOP("sectornames", 'HTSM services'),
    QT_TRANSLATE_NOOP("sectornames", 'Creative industry: arts and heritage'),
    QT_TRANSLATE_NOOP("sectornames", 'Creative industry: media and entertainment'),
    QT_TRANSLATE_NOOP("sectornames", 'Creative industry: creative business services'),
)

# cluster classes of an establishment (D above the benchmark's P90 / P95)
CLUSTER_LABELS = {1: QT_TRANSLATE_NOOP("definitions", "strong"),
                  2: QT_TRANSLATE_NOOP("definitions", "very strong")}

# -- region types (top-sector note, table 1) and the other quadrants ---------------------
REGION_TYPES = {
    1: (QT_TRANSLATE_NOOP("definitions", "Type 1: clustered, large volume, specialised"), "#b2182b"),
    2: (QT_TRANSLATE_NOOP("definitions", "Type 2: clustered, small volume, specialised"), "#ef8a62"),
    3: (QT_TRANSLATE_NOOP("definitions", "Type 3: clustered, large volume, not specialised"), "#7b3294"),
    4: (QT_TRANSLATE_NOOP("definitions", "Type 4: clustered, small volume, not specialised"), "#c2a5cf"),
    5: (QT_TRANSLATE_NOOP("definitions", "Type 5: specialised, not clustered"), "#67a9cf"),
    6: (QT_TRANSLATE_NOOP("definitions", "Type 6: neither specialised nor clustered"), "#bdbdbd"),
}
NO_TYPE_COLOUR = "#f0f0f0"


# -- enum parameters: the option index is the public value ------------------------------
class Method(IntEnum):
    FAST = 0
    EXACT = 1


METHOD_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Fast, certified to the tolerance"),
                  QT_TRANSLATE_NOOP("definitions", "Exact (all pairs)"))


class BenchmarkPopulation(IntEnum):
    INDUSTRY = 0
    SERVICES = 1


BENCHMARK_POPULATION_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Industry (SBI 10–32, 383)"),
                                QT_TRANSLATE_NOOP("definitions", "Services (SBI 09, 33, 58–63, 69–74, 80–82)"))


class BenchmarkChoice(IntEnum):
    AS_DEFINED = 0
    INDUSTRY = 1
    SERVICES = 2


BENCHMARK_CHOICE_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "As the sector's definition says"),
                            QT_TRANSLATE_NOOP("definitions", "Industry"),
                            QT_TRANSLATE_NOOP("definitions", "Services"))


class BenchmarkSource(IntEnum):
    """Where thresholds (clusters) or the benchmark mean (regionprofile) come from."""
    COMPUTED = 0
    PUBLISHED = 1
    ENTERED = 2


THRESHOLD_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Computed from the benchmark population in the input"),
                     QT_TRANSLATE_NOOP("definitions", "Published, the Netherlands 2011"),
                     QT_TRANSLATE_NOOP("definitions", "Entered below"))


class LqBasis(IntEnum):
    ESTABLISHMENTS = 0
    JOBS = 1


LQ_BASIS_OPTIONS = (QT_TRANSLATE_NOOP("definitions", "Establishments"),
                    QT_TRANSLATE_NOOP("definitions", "Jobs"))
