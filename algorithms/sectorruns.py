"""The sectors of a whole-economy run (sectorprofiles): which sectors, their members, their
D-scores — each within its sector, computed once for all sectors that do not overlap, so
that they share the grid and the far field's kernel spectra — the benchmark means and
each sector's regional profile."""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException

from . import benchmarking, profiling, scoring, sectors, totals
from . import definitions as defs
from . import parameters as params
from .core import profiles as core
from .i18n import tr


@dataclass
class SectorProfile:
    """One sector's regional profile, and what it was read against."""
    name: str
    benchmark: str
    n: int
    mean_d: float
    bench_mean: float
    result: dict
    types: np.ndarray
    small: np.ndarray
    large: float


def plan(run):
    """Before reading: ("field", name) or ("definitions", [SectorDefinition…])."""
    field = run.string(params.SECTOR_FIELD)
    if field:
        return "field", field
    if not run.string(params.SBI_FIELD):
        raise QgsProcessingException(tr("Sectors from the sector definitions are read from SBI codes: choose the "
                                        "SBI code field (or a sector field)."))
    names = [n.strip() for n in run.string("SECTORS").split(";") if n.strip()]
    if names:
        return "definitions", [sectors.find_definition(run, n) for n in names]
    chosen = [d for d in sectors.load_definitions(run) if d.name not in defs.BENCHMARKS]
    if not chosen:
        raise QgsProcessingException(tr("The sector definitions hold no sector besides the benchmarks."))
    return "definitions", chosen


def check_benchmarks(run, chosen, entered):
    """{benchmark name: mean D or None (computed from the input)}, checked before reading."""
    mode = run.enum(benchmarking.BENCHMARK_MEAN)
    if mode == defs.BenchmarkSource.ENTERED:
        if any(not run.has(p) for p in entered):
            raise QgsProcessingException(tr("Enter both benchmark means D, or choose another source."))
        return dict(zip(defs.BENCHMARKS, (run.number(p) for p in entered)))
    if mode == defs.BenchmarkSource.PUBLISHED:
        return dict(defs.PUBLISHED_MEAN_NL_2011)
    if not run.string(params.SBI_FIELD):
        raise QgsProcessingException(tr("Computing the benchmark means needs the SBI code field (or choose the "
                                        "published or entered values)."))
    return {name: None for name in defs.BENCHMARKS if _defined(run, name)}


def _defined(run, name):
    return any(d.name.lower() == name.lower() for d in sectors.load_definitions(run))


def members(run, est, chosen, means):
    """[(name, benchmark, mask, is_sector)]: the sectors, then the benchmarks whose mean D
    is computed from the input and that are not among the sectors."""
    kind, what = chosen
    forced = benchmarking.chosen_name(run, None)  # BENCHMARK: industry or services for all, else None
    if kind == "field":
        groups, keys = sectors.group_ids(est.values[what])
        out = [(str(key), forced, groups == k, True) for k, key in enumerate(keys)]
    else:
        out = [(d.name, forced or d.benchmark or None, sectors.members(run, est, d), True) for d in what]
    names = {n.lower() for n, _, _, _ in out}
    for name, value in means.items():
        if value is None and name.lower() not in names:
            out.append((name, None, sectors.members(run, est, sectors.find_definition(run, name)), False))
    run.info(tr("{0} sectors: {1}.").format(
        sum(1 for e in out if e[3]), "; ".join("{0} ({1})".format(n, int(m.sum())) for n, _, m, s in out if s)))
    if any(e[1] is None for e in out if e[3]):
        run.warn(tr("Sectors without a benchmark (no definition naming one; choose Industry or Services as "
                    "benchmark): their region types are NULL."))
    return out


def scores(run, est, population, d_field, span):
    """D-scores per sector (arrays over all establishments, NaN outside the sector)."""
    if d_field:
        run.info(tr("D-scores read from field “{0}”, not computed here: they must have been computed within each "
                    "sector, which only holds for sectors that do not overlap.").format(d_field))
        d = scoring.numbers(run, est, "d_score")
        return [np.where(mask, d, np.nan) for _, _, mask, _ in population]
    masks = [mask & est.located() for _, _, mask, _ in population]
    layers = core.disjoint_layers(masks)
    run.info(tr("D-scores of {0} sectors in {1} computations (sectors that do not overlap share one).").format(
        len(masks), len(layers)))
    out = [None] * len(masks)
    for k, layer in enumerate(layers):
        groups = np.full(len(est), -1, dtype=np.int64)
        for g, s in enumerate(layer):
            groups[masks[s]] = g
        step = (span[1] - span[0]) / len(layers)
        d, _, _ = scoring.score_groups(run, est, groups, (span[0] + k * step, span[0] + (k + 1) * step))
        for s in layer:
            out[s] = np.where(masks[s], d, np.nan)
    return out


def benchmark_means(run, population, d_scores, means):
    """{benchmark: mean D}: entered, published, or the mean of its own D-scores."""
    out = dict(means)
    for (name, _, _, _), d in zip(population, d_scores):
        if name in out and out[name] is None:
            out[name] = float(np.nanmean(d)) if np.isfinite(d).any() else np.nan
            run.info(tr("{0}: mean D {1:.5f} (1/km), computed from the input.").format(name, out[name]))
    return out


def profiles(run, est, index, found, population, d_scores, bench_means, options):
    """A SectorProfile per sector (benchmarks computed only for their means are left out)."""
    basis, reference, mode, minimum = options
    out = []
    for (name, benchmark, mask, is_sector), d in zip(population, d_scores):
        if not is_sector:
            continue
        run.check_canceled()
        result = profiling.profile(run, index, len(found), mask, est.jobs, d, basis,
                                   totals.national(reference, name, basis))
        bench = bench_means.get(benchmark) if benchmark else None
        bench = np.nan if bench is None else bench
        large, types, small = profiling.classify(run, result, bench, mode, minimum)
        mean_d = float(np.nanmean(d)) if np.isfinite(d).any() else np.nan
        out.append(SectorProfile(name, benchmark or "", int(mask.sum()), mean_d, bench, result, types, small, large))
        counts = np.bincount(types, minlength=7)
        run.info(tr("{0}: {1} establishments, mean D {2:.4f}; regions of type 1, 2, 3: {3}, {4}, {5}.").format(
            name, int(mask.sum()), mean_d, counts[1], counts[2], counts[3]))
    return out
