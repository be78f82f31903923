"""The one benchmark step (PBL/CBS, Raspe et al. 2012, appendix 1): the benchmark
population, the check that it has located establishments, its D-scores within itself,
its statistics; or the published (NL 2011) or entered values instead. Shared by
benchmark, clusters, sectorsummary and regionprofile."""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException

from . import definitions as defs
from . import parameters as params
from . import scoring, sectors
from .core import benchmark as bm
from .i18n import sector_name, tr

THRESHOLDS = "THRESHOLDS"
P90 = "P90"
P95 = "P95"
BENCHMARK_MEAN = "BENCHMARK_MEAN"
BENCHMARK_MEAN_D = "BENCHMARK_MEAN_D"



@dataclass
class Stats:
    """N, mean, median, max, P90 and P95 of D-scores (NaN when N = 0)."""
    name: str
    n: int
    mean: float
    median: float
    max: float
    p90: float
    p95: float

    @classmethod
    def of(cls, name, d):
        s = bm.summary(d)
        return cls(name, s["n"], s["mean"], s["median"], s["max"], s["p90"], s["p95"])

    def row(self):
        """As the statistics fields (n, mean_d, median_d, max_d, p90, p95)."""
        return dict(zip(defs.STAT_FIELDS, (self.n, self.mean, self.median, self.max, self.p90, self.p95)))

    def log(self, run, percentiles=True):
        if not percentiles:  # a sector read against a benchmark: its own percentiles would confuse
            run.info(tr("{0}: N {1}, mean {2:.4f}, median {3:.4f}, max {4:.4f} (1/km).").format(
                sector_name(self.name), self.n, self.mean, self.median, self.max))
            return
        run.info(tr("{0}: N {1}, mean {2:.4f}, median {3:.4f}, max {4:.4f}, P90 {5:.4f}, P95 {6:.4f} (1/km).")
                 .format(sector_name(self.name), self.n, self.mean, self.median, self.max, self.p90, self.p95))


def chosen_name(run, definition):
    """The benchmark population's name: as BENCHMARK says, or the sector definition's."""
    choice = run.enum(params.BENCHMARK)
    if choice == defs.BenchmarkChoice.INDUSTRY:
        return defs.BENCHMARK_INDUSTRY
    if choice == defs.BenchmarkChoice.SERVICES:
        return defs.BENCHMARK_SERVICES
    return definition.benchmark if definition is not None and definition.benchmark else None


def _published_key(name):
    for key in defs.BENCHMARKS:
        if name and key.lower() == name.strip().lower():
            return key
    raise QgsProcessingException(tr("Published values exist only for {0}, not for “{1}”: compute the benchmark "
                                    "from the input or enter the values.").format(", ".join(defs.BENCHMARKS), name))


def check(run, mode, name, entered, what):
    """Before reading: what the chosen source of benchmark values needs. `entered`: the
    parameter ids that must be given when the values are entered, `what` their name."""
    if mode == defs.BenchmarkSource.ENTERED:
        if any(not run.has(p) for p in entered):
            raise QgsProcessingException(tr("Enter {0}, or choose another source of benchmark values.").format(what))
        return
    if name is None:
        raise QgsProcessingException(tr("The sector has no definition naming its benchmark: choose Industry or "
                                        "Services as benchmark, or enter the values."))
    if mode == defs.BenchmarkSource.PUBLISHED:
        _published_key(name)
        return
    if not run.string(params.SBI_FIELD):
        raise QgsProcessingException(tr("Computing the {0} from the input needs the SBI code field (or choose the "
                                        "published or entered values).").format(name))
    sectors.find_definition(run, name)


def compute(run, est, name, span):
    """(Stats, D-scores within the population, membership) of the benchmark `name`,
    computed from the input."""
    definition = sectors.find_definition(run, name)
    mask = sectors.members(run, est, definition)
    located = mask & est.located()
    run.info(tr("{0}: {1} establishments of {2} ({3}).").format(sector_name(name), int(mask.sum()), len(est),
                                                               ", ".join(definition.items)))
    if located.sum() < 2:
        raise QgsProcessingException(tr(
            "The {0} has {1} located establishments in layer “{2}”: at least two are needed to compute its D-scores "
            "and statistics. Choose the published or entered values instead.").format(name, int(located.sum()),
                                                                                     est.label))
    d = scoring.score_subset(run, est, located, span)
    stats = Stats.of(name, d[located])
    stats.log(run)
    return stats, d, mask


def thresholds(run, est, name, span):
    """(P90, P95) as THRESHOLDS says: computed, published NL 2011, or entered."""
    mode = run.enum(THRESHOLDS)
    if mode == defs.BenchmarkSource.ENTERED:
        p90, p95 = run.number(P90), run.number(P95)
        if p95 < p90:
            raise QgsProcessingException(tr("P95 ({0}) must not be below P90 ({1}).").format(p95, p90))
        run.info(tr("Thresholds entered: P90 {0}, P95 {1}.").format(p90, p95))
        return p90, p95
    if mode == defs.BenchmarkSource.PUBLISHED:
        p90, p95 = defs.PUBLISHED_THRESHOLDS_NL_2011[_published_key(name)]
        run.info(tr("Published thresholds (the Netherlands 2011, d0 = 1 km), {0}: P90 {1}, P95 {2}.").format(
            sector_name(name), p90, p95))
        return p90, p95
    stats, _, _ = compute(run, est, name, span)
    return stats.p90, stats.p95


def mean(run, est, name, span):
    """(benchmark mean D, a note for charts) as BENCHMARK_MEAN says; NaN when no
    benchmark is known (region types stay NULL)."""
    mode = run.enum(BENCHMARK_MEAN)
    if mode == defs.BenchmarkSource.ENTERED:
        value = run.number(BENCHMARK_MEAN_D)
        return value, tr("Benchmark mean D entered: {0:.4f}.").format(value)
    if name is None:
        run.warn(tr("No benchmark is known for this sector (it has no definition naming one): choose Industry or "
                    "Services, or enter the benchmark mean D. Region types are NULL."))
        return np.nan, ""
    if mode == defs.BenchmarkSource.PUBLISHED:
        value = defs.PUBLISHED_MEAN_NL_2011[_published_key(name)]
        run.info(tr("{0}: published mean D, the Netherlands 2011: {1}.").format(sector_name(name), value))
        return value, tr("{0}, mean D published for NL 2011: {1:.4f}.").format(sector_name(name), value)
    stats, _, _ = compute(run, est, name, span)
    run.info(tr("{0}: {1} establishments, mean D {2:.5f} (1/km).").format(sector_name(name), stats.n, stats.mean))
    return stats.mean, tr("{0} (computed, N = {1}): mean D {2:.4f}.").format(sector_name(name), stats.n, stats.mean)


def cluster_labels(classes):
    """The cluster field's values: "strong", "very strong" or NULL (kept in English in
    the data, so that expressions and models do not depend on the language)."""
    return [defs.CLUSTER_LABELS.get(int(c)) for c in classes]
