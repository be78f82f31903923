"""The second expansion level of the fast method (fastlevel2): the pairs it takes, and its
sums within their certified bounds against brute force."""
import numpy as np
import pytest

from clusterindex.algorithms.core import fastd, fastlevel2, fastpairs


def _listed_mid_pairs(grid, near, far_cells2):
    """{(target cell, source cell): times listed} of fastpairs' mid rows with the second
    level, both-way rows counted for both cells (one point per cell)."""
    cell, s0, s1, both = fastpairs._mid_rows(grid, near, 2, far_cells2, level2=True)
    listed = {}
    for c, a, b, two in zip(cell.tolist(), s0.tolist(), s1.tolist(), both.tolist()):
        for s in range(a, b):
            t, src = (int(grid.cx[c]), int(grid.cy[c])), (int(grid.ix[grid.order[s]]), int(grid.iy[grid.order[s]]))
            listed[(t, src)] = listed.get((t, src), 0) + 1
            if two:
                listed[(src, t)] = listed.get((src, t), 0) + 1
    return listed


def test_every_pair_of_fine_cells_goes_to_exactly_one_part():
    """For every target and source fine cell of a window (a point in every cell): near
    (exact counts), mid (as fastpairs lists them: point by point), the second level (the
    offsets common to every parity class) or the coarse far field (coarse cells far) —
    exactly one, for every parity of the target."""
    far_cells2, n = 36, 44
    near_ox, near_oy = fastpairs.near_offsets(250.0, 1000.0)
    near = set(zip(near_ox.tolist(), near_oy.tolist()))
    ox, oy, _ = fastlevel2.common_offsets(far_cells2, near_ox, near_oy)
    level2 = set(zip(ox.tolist(), oy.tolist()))
    assert level2 == {(-a, -b) for a, b in level2}  # symmetric: one part both ways
    gx, gy = np.meshgrid(np.arange(n) * 250.0 + 125.0, np.arange(n) * 250.0 + 125.0, indexing="ij")
    grid = fastpairs.Grid(gx.ravel(), gy.ravel(), 250.0, (0.0, 0.0), (n, n))
    listed = _listed_mid_pairs(grid, fastpairs.near_reach(near_ox, near_oy), far_cells2)
    assert set(listed.values()) == {1}  # no pair twice
    classes = {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 0}
    for tx in range(14, 30):
        for ty in range(14, 30):
            for sx in range(n):
                for sy in range(n):
                    df = (tx - sx, ty - sy)
                    dc = (tx // 2 - sx // 2, ty // 2 - sy // 2)
                    parts = [df in near, ((tx, ty), (sx, sy)) in listed, df in level2,
                             dc[0] ** 2 + dc[1] ** 2 >= far_cells2]
                    assert sum(parts) == 1, (tx, ty, sx, sy, parts)
                    classes[(tx % 2, ty % 2)] += parts[1]
    # the ring of offsets that are coarse-far for some classes only is mid: about half as
    # many pairs as the fine cells that are not far, for every class
    assert all(85 * 256 // 4 < v < 140 * 256 // 4 for v in classes.values()), classes


def _brute(pts, w, power, floor_m=1000.0, rows=None):
    rows = np.arange(len(pts)) if rows is None else rows
    d = np.maximum(np.hypot(pts[rows, None, 0] - pts[None, :, 0], pts[rows, None, 1] - pts[None, :, 1]), floor_m)
    return (w[None, :] / d ** power).sum(axis=1)


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1, 2 ** 0.5])
def test_both_kernels_within_their_bounds_with_the_second_level(scale):
    rng = np.random.default_rng(31)
    pts = np.vstack([rng.normal(30000, 1500, (9000, 2)), rng.uniform(0, 60000, (2500, 2))])
    pts = np.unique(np.round(pts), axis=0)
    w = rng.integers(1, 4, len(pts)).astype(np.float64)
    channels = [(1, w), (2, w), (1, np.ones(len(pts)))]
    sums, bounds, info = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], channels, 1000.0, scale=scale, level2=True)
    assert info["level2"]
    plain = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], channels[:1], 1000.0, scale=scale, level2=False)[2]
    assert info["mid_pairs"] < plain["mid_pairs"] / 2  # the point of it
    for (power, weights), got, bound in zip(channels, sums, bounds):
        want = _brute(pts, weights, power)
        assert (np.abs(got - want) <= bound * (1 + 1e-9) + 1e-15 * want).all()
        assert (bound / want).max() < 1e-4


@pytest.mark.slow
def test_the_second_level_for_targets_only():
    """As the significance uses it: sums at the targets only, from all points."""
    rng = np.random.default_rng(32)
    pts = np.unique(np.round(rng.normal(20000, 1200, (10000, 2))), axis=0)
    w = rng.integers(1, 3, len(pts)).astype(np.float64)
    targets = rng.random(len(pts)) < 0.4
    sums, bounds, info = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], [(1, w), (2, w)], 1000.0, scale=1,
                                                level2=True, targets=targets)
    assert info["level2"]
    rows = np.flatnonzero(targets)
    for power, got, bound in zip((1, 2), sums, bounds):
        want = _brute(pts, w, power, rows=rows)
        assert (np.abs(got[rows] - want) <= bound[rows] * (1 + 1e-9) + 1e-15 * want).all()


def test_not_used_where_its_pairs_could_be_closer_than_the_floor():
    """With d0 = 5 km the fine cells' far pairs may lie within d0 (where the kernel is
    1/d0, not 1/d): the second level is not used, asked or not."""
    assert not fastlevel2.usable(250.0 * 2.5, 36, 5000.0)
    assert fastlevel2.usable(250.0, 36, 1000.0)
    rng = np.random.default_rng(33)
    pts = rng.uniform(0, 60000, (3000, 2))
    w = np.ones(len(pts))
    sums, bounds, info = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], [(1, w)], 5000.0, scale=1, level2=True)
    assert not info["level2"]
    want = _brute(pts, w, 1, floor_m=5000.0)
    assert (np.abs(sums[0] - want) <= bounds[0] * (1 + 1e-9) + 1e-15 * want).all()
