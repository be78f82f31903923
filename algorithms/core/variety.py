"""Sectoral variety per region (METHOD.md §11; Frenken, Van Oort & Verburg 2007, Regional
Studies 41(5)): total, unrelated and related variety, and their means over neighbouring
regions. numpy only.

With p_i the share of fine class i in the region's total (jobs or establishments) and
P_g = Σ_{i∈g} p_i the share of coarse group g, in bits (log2), 0 · log 0 = 0:

    TV = Σ_i p_i log2(1/p_i)                     total variety (entropy)
    UV = Σ_g P_g log2(1/P_g)                     unrelated variety (between groups)
    RV = Σ_g P_g H_g,  H_g = Σ_{i∈g} (p_i/P_g) log2(P_g/p_i)   related variety (within)

and TV = UV + RV (the entropy decomposition theorem)."""
import numpy as np


def _plogp(p):
    """p · log2(1/p) with 0 · log 0 = 0."""
    p = np.asarray(p, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(p > 0, -p * np.log2(np.where(p > 0, p, 1.0)), 0.0)


def _groups(keys):
    """(distinct rows of the integer array `keys`, index of each row among them)."""
    if len(keys) == 0:
        return np.zeros((0, keys.shape[1]), dtype=np.int64), np.zeros(0, dtype=np.int64)
    distinct, inverse = np.unique(keys, axis=0, return_inverse=True)
    return distinct, np.asarray(inverse, dtype=np.int64).reshape(-1)


def variety(region, n_regions, fine, coarse, weights):
    """TV, UV and RV per region.

    region: region index per establishment (−1: in no region); fine, coarse: integer
    class and group of each establishment (−1: unknown; such establishments are left
    out). A class is the pair (group, class), so classes always nest in groups; weights:
    jobs, or 1 per establishment. Returns a dict of arrays of length n_regions: tv, uv,
    rv, weight (the total counted), n (establishments counted), n_classes, n_groups
    (with a positive share); tv, uv and rv are NaN where the region's total is 0."""
    region = np.asarray(region, dtype=np.int64)
    w = np.asarray(weights, dtype=np.float64)
    fine = np.asarray(fine, dtype=np.int64)
    coarse = np.asarray(coarse, dtype=np.int64)
    use = (region >= 0) & (fine >= 0) & (coarse >= 0) & np.isfinite(w) & (w >= 0)
    # (region, group, class) cells with their weights, then (region, group) cells
    cells, inverse = _groups(np.column_stack([region[use], coarse[use], fine[use]]))
    w_i = np.bincount(inverse, weights=w[use], minlength=len(cells))
    r_i = cells[:, 0]
    total = np.bincount(r_i, weights=w_i, minlength=n_regions).astype(np.float64)
    groups, group_of = _groups(cells[:, :2])
    w_g = np.bincount(group_of, weights=w_i, minlength=len(groups))
    r_g = groups[:, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        p = w_i / total[r_i]
        big_p = w_g / total[r_g]
        # RV = Σ_g P_g Σ_{i∈g} (p_i/P_g) log2(P_g/p_i) = Σ_i p_i log2(P_g(i)/p_i)
        safe = np.where(p > 0, p, 1.0)
        rv_terms = np.where(p > 0, p * np.log2(big_p[group_of] / safe), 0.0)
    defined = total > 0
    tv = np.bincount(r_i, weights=_plogp(p), minlength=n_regions)
    uv = np.bincount(r_g, weights=_plogp(big_p), minlength=n_regions)
    rv = np.bincount(r_i, weights=rv_terms, minlength=n_regions)
    return {"tv": np.where(defined, tv, np.nan), "uv": np.where(defined, uv, np.nan),
            "rv": np.where(defined, rv, np.nan), "weight": total,
            "n": np.bincount(region[use], minlength=n_regions).astype(np.int64),
            "n_classes": np.bincount(r_i[w_i > 0], minlength=n_regions).astype(np.int64),
            "n_groups": np.bincount(r_g[w_g > 0], minlength=n_regions).astype(np.int64)}


def neighbour_means(values, neighbours):
    """The mean of `values` over each region's neighbours (those with a defined value);
    NaN for a region without neighbours, or whose neighbours have no value.
    neighbours: for each region, a sequence of the indices of its neighbours (or None
    when neighbours are unknown: then every mean is NaN)."""
    values = np.asarray(values, dtype=np.float64)
    out = np.full(len(values), np.nan)
    if neighbours is None:
        return out
    for k, near in enumerate(neighbours):
        v = values[np.asarray(list(near), dtype=np.int64)] if len(near) else np.zeros(0)
        v = v[np.isfinite(v)]
        if v.size:
            out[k] = v.mean()
    return out
