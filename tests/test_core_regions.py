"""algorithms/core/regions.py against independent computations (oracles.py): matplotlib's
C++ point-in-polygon test and pandas group-bys."""
import numpy as np
import pandas as pd
import pytest
from oracles import assign_even_odd, expected_profile

from clusterindex.algorithms.core import regions as core


def star(cx, cy, r_out, r_in, n=7, phase=0.0):
    t = np.linspace(0, 2 * np.pi, 2 * n, endpoint=False) + phase
    r = np.where(np.arange(2 * n) % 2 == 0, r_out, r_in)
    return np.column_stack([cx + r * np.cos(t), cy + r * np.sin(t)])


def test_assignment_matches_matplotlib_on_stars_with_holes_and_duplicates():
    rng = np.random.default_rng(3)
    regions = []
    for _ in range(30):
        cx, cy = rng.uniform(0, 100, 2)
        outer = star(cx, cy, 6, 3, n=int(rng.integers(3, 9)), phase=rng.uniform(0, 1))
        hole = star(cx, cy, 1.2, 0.8, n=4)
        regions.append([outer, hole])
    pts = rng.uniform(-5, 105, (20000, 2))
    pts = np.vstack([pts, pts[:3000]])  # duplicates
    got, n_overlap = core.assign_points(pts[:, 0], pts[:, 1], regions)
    want, want_overlap = assign_even_odd(pts, regions)
    assert (got == want).all()
    assert n_overlap == want_overlap > 0


def test_shared_edges_give_each_point_exactly_one_region():
    # a 4 × 4 grid of unit squares; points on every edge and corner
    regions = [[np.array([[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]], float)]
               for i in range(4) for j in range(4)]
    g = np.arange(0.0, 4.01, 0.5)
    x, y = np.meshgrid(g, g)
    x, y = x.ravel(), y.ravel()
    got, n_overlap = core.assign_points(x, y, regions)
    assert n_overlap == 0
    interior = (x < 4) & (y < 4)
    assert (got[interior] >= 0).all()
    # the half-open rule: the square whose lower-left corner is floor(x), floor(y)
    want = (np.floor(x) * 4 + np.floor(y)).astype(int)
    assert (got[interior] == want[interior]).all()


def test_nan_points_regions_without_geometry_and_bowtie():
    bowtie = [np.array([[0, 0], [2, 2], [2, 0], [0, 2]], float)]
    x = np.array([1.0, 1.0, 1.9, np.nan, 0.1])
    y = np.array([0.5, 1.5, 1.0, 1.0, 1.0])
    got, _ = core.assign_points(x, y, [[], bowtie])
    # even-odd: the two triangles left and right of the crossing are inside
    assert got.tolist() == [-1, -1, 1, -1, 1]


def test_profile_against_pandas():
    rng = np.random.default_rng(5)
    n, n_regions = 5000, 12
    region = rng.integers(-1, n_regions - 1, n)  # region 11 stays empty; -1 none
    sector = rng.random(n) < 0.2
    jobs = rng.lognormal(1, 1, n)
    d = np.where(rng.random(n) < 0.1, np.nan, rng.uniform(0.01, 0.03, n))
    frame = pd.DataFrame({"region": [r if r >= 0 else None for r in region.tolist()], "sector": sector,
                          "jobs": jobs, "d": d})
    for basis in ("establishments", "jobs"):
        got = core.profile(region, n_regions, sector, jobs, d, basis)
        want = expected_profile(frame, basis)
        for r in range(n_regions):
            if r in want.index:
                assert got["lq"][r] == pytest.approx(want.lq[r], rel=1e-12)
            else:
                assert np.isnan(got["lq"][r]) and got["n_total"][r] == 0
        for r in range(n_regions):  # pandas skips NaN
            if r in want.index and np.isfinite(want.mean_d[r]):
                assert got["mean_d"][r] == pytest.approx(want.mean_d[r], rel=1e-12)
            else:
                assert np.isnan(got["mean_d"][r])
        share = want.jobs_share.reindex(range(11)).to_numpy()
        assert got["jobs_share"][:11] == pytest.approx(share, rel=1e-12)


def test_region_types_every_quadrant():
    lq = np.array([1.5, 1.5, 0.8, 0.8, 1.5, 0.8, np.nan, 1.2])
    mean_d = np.array([0.03, 0.03, 0.03, 0.03, 0.01, 0.01, 0.03, np.nan])
    jobs = np.array([900, 10, 900, 10, 900, 10, 900, 900])
    types = core.region_types(lq, mean_d, jobs, benchmark_mean=0.02, large_volume=100)
    assert types.tolist() == [1, 2, 3, 4, 5, 6, 0, 0]
    # at the threshold is large; at LQ = 1 exactly is not specialised
    assert core.region_types([1.0], [0.03], [100], 0.02, 100).tolist() == [3]


def test_size_classes_and_bounds():
    assert core.parse_bounds("5, 50") == [5.0, 50.0]
    assert core.class_names([5, 50])[0] == ["lt5", "5_50", "ge50"]
    assert core.class_names([2.5])[0] == ["lt2_5", "ge2_5"]
    for bad in ("", "a,b", "50,5", "0,5", "5,5"):
        with pytest.raises(ValueError):
            core.parse_bounds(bad)
    region = np.array([0, 0, 0, 1, 1, -1, 2])
    jobs = np.array([1, 5, 60, 4.99, 50, 100, 7])
    counts, sums = core.size_classes(region, 4, jobs, [5, 50])
    assert counts.tolist() == [[1, 1, 1], [1, 0, 1], [0, 1, 0], [0, 0, 0]]
    assert sums[1].tolist() == [4.99, 0, 50]
    counts, _ = core.size_classes(region, 4, jobs, [5, 50], mask=jobs > 4)
    assert counts[0].tolist() == [0, 1, 1]
