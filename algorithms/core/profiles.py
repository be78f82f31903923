"""The whole economy at once (PBL/CBS top-sector note: appendix 3, tables 1 and 2): which
sectors can share one D-score computation, field-safe column names per sector, and the
regions of type 1–3 per sector and per parent region (landsdeel, province). numpy only."""
import re

import numpy as np

TOP_TYPES = (1, 2, 3)  # the types of the note's tables 1 and 2


def disjoint_layers(masks):
    """Groups of sectors (indices into `masks`, boolean membership arrays) whose members
    do not overlap: each group's D-scores come from one computation (groups within it),
    sharing the grid and the far field's kernel spectra. Largest sectors first."""
    order = sorted(range(len(masks)), key=lambda k: -int(np.count_nonzero(masks[k])))
    layers, unions = [], []
    for k in order:
        for layer, union in zip(layers, unions):
            if not (union & masks[k]).any():
                layer.append(k)
                union |= masks[k]
                break
        else:
            layers.append([k])
            unions.append(np.array(masks[k], dtype=bool, copy=True))
    return layers


def column_keys(names, width=24):
    """Short, unique, field-safe keys for sector names ("Brainport activities" →
    "brainport_activities"), for the wide table's columns (key_jobs, key_lq, key_mean_d)."""
    keys, seen = [], set()
    for name in names:
        base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:width].strip("_") or "sector"
        if base[0].isdigit():
            base = "s_" + base
        key, k = base, 2
        while key in seen:
            key, k = "%s_%d" % (base, k), k + 1
        seen.add(key)
        keys.append(key)
    return keys


def regions_by_type(region_names, types, order=None):
    """{type: [region names]} for the types 1–3, regions in the given order (default:
    as they come)."""
    index = range(len(region_names)) if order is None else order
    return {t: [region_names[r] for r in index if int(types[r]) == t] for t in TOP_TYPES}


def sectors_by_parent(parents, profiles):
    """Table 2: {(parent, type): ["sector (region, region)", …]} over the sectors'
    profiles, a list of (sector name, region names, types); parents: the parent region of
    each region (None: left out). Parents and sectors in the order they come."""
    out = {}
    for sector, names, types in profiles:
        by_parent = {}
        for r, name in enumerate(names):
            t = int(types[r])
            if t in TOP_TYPES and parents[r] is not None:
                by_parent.setdefault((parents[r], t), []).append(name)
        for key, regions in by_parent.items():
            out.setdefault(key, []).append("%s (%s)" % (sector, ", ".join(regions)))
    return out
