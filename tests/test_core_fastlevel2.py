"""The second expansion level of the fast method (fastlevel2): the pairs it takes, and its
sums within their certified bounds against brute force."""
import numpy as np
import pytest

from clusterindex.algorithms.core import fastd, fastlevel2


def test_every_pair_of_fine_cells_goes_to_exactly_one_part():
    """For every target and source fine cell of a window: near (exact counts), mid (fine
    cells not far: point by point), the second level (its class's offsets) or the coarse
    far field (coarse cells far) — exactly one, for every parity of the target."""
    far_cells2 = 36
    near_ox, near_oy = fastd._near_offsets(250.0, 1000.0)
    near = set(zip(near_ox.tolist(), near_oy.tolist()))
    offsets, _ = fastlevel2.class_offsets(far_cells2, near_ox, near_oy)
    level2 = {cls: set(zip(ox.tolist(), oy.tolist())) for cls, (ox, oy) in offsets.items()}
    span = range(-30, 31)
    for tx in (40, 41):
        for ty in (40, 41):
            for sx in (tx - d for d in span):
                for sy in (ty - d for d in span):
                    df = (tx - sx, ty - sy)
                    dc = (tx // 2 - sx // 2, ty // 2 - sy // 2)
                    parts = [df in near,
                             df not in near and df[0] ** 2 + df[1] ** 2 < far_cells2,
                             df in level2[(tx % 2, ty % 2)],
                             dc[0] ** 2 + dc[1] ** 2 >= far_cells2]
                    assert sum(parts) == 1, (tx, ty, sx, sy, parts)


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
