"""The exact parts of the fast method (fastpairs): the mid pairs as rows (cells with few
points) and as blocks (cells with many), each against an independent brute force, with
and without the second level, at every point and at targets only."""
import numpy as np
import pytest

from clusterindex.algorithms.core import fastd, fastpairs


def _brute(pts, w, power, floor_m=1000.0, rows=None):
    rows = np.arange(len(pts)) if rows is None else rows
    d = np.maximum(np.hypot(pts[rows, None, 0] - pts[None, :, 0], pts[rows, None, 1] - pts[None, :, 1]), floor_m)
    return (w[None, :] / d ** power).sum(axis=1)


def _points():
    """A dense town (cells of dozens of points) in a sparse country (cells of one or two)."""
    rng = np.random.default_rng(41)
    pts = np.vstack([rng.normal(20000, 900, (7000, 2)), rng.uniform(0, 45000, (1500, 2))])
    return np.unique(np.round(pts), axis=0)


@pytest.mark.slow
@pytest.mark.parametrize("level2", [False, True])
@pytest.mark.parametrize("block_min", [1, 8, 10 ** 9])
def test_rows_and_blocks_within_the_bound(monkeypatch, block_min, level2):
    """Every cell as a block (1), the mix (8), every cell as rows (10⁹): the same sums, each
    within its certified bound of the brute force, for both kernels and several channels."""
    monkeypatch.setattr(fastpairs, "BLOCK_MIN", block_min)
    pts = _points()
    rng = np.random.default_rng(42)
    w = rng.integers(1, 4, len(pts)).astype(np.float64)
    part = w * (rng.random(len(pts)) < 0.4)
    channels = [(1, w), (2, w), (1, part)]
    sums, bounds, info = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], channels, 1000.0, scale=1, level2=level2)
    assert info["level2"] == level2 and info["mid_pairs"] > 0
    for (power, weights), got, bound in zip(channels, sums, bounds):
        want = _brute(pts, weights, power)
        assert (np.abs(got - want) <= bound * (1 + 1e-9) + 1e-13 * want).all()


@pytest.mark.slow
@pytest.mark.parametrize("block_min", [1, 10 ** 9])
def test_rows_and_blocks_for_targets_only(monkeypatch, block_min):
    """As the significance uses them: the sums at the targets, from every point (the
    targets' own pairs both ways, the others' one way)."""
    monkeypatch.setattr(fastpairs, "BLOCK_MIN", block_min)
    pts = _points()
    rng = np.random.default_rng(43)
    w = rng.integers(1, 3, len(pts)).astype(np.float64)
    targets = rng.random(len(pts)) < 0.3
    sums, bounds, _ = fastd.fast_kernel_sums(pts[:, 0], pts[:, 1], [(1, w), (2, w)], 1000.0, scale=1,
                                             level2=True, targets=targets)
    rows = np.flatnonzero(targets)
    for power, got, bound in zip((1, 2), sums, bounds):
        want = _brute(pts, w, power, rows=rows)
        assert (np.abs(got[rows] - want) <= bound[rows] * (1 + 1e-9) + 1e-13 * want).all()


def test_blocks_are_the_cells_with_many_points():
    """Which target cells take blocks: those with at least BLOCK_MIN points; every mid row
    is in exactly one job."""
    pts = _points()
    grid = fastpairs.Grid(pts[:, 0], pts[:, 1], 250.0, (0.0, 0.0))
    near = fastpairs.near_reach(*fastpairs.near_offsets(250.0, 1000.0))
    rows = fastpairs._mid_rows(grid, near, 2, 36)
    many = grid.count[rows[0]] >= fastpairs.BLOCK_MIN
    assert many.any() and (~many).any()
    _, blocks = fastpairs._block_jobs(grid, [v[many] for v in rows])
    assert sum(job[-1] for job in blocks) == int((grid.count[rows[0]] * (rows[2] - rows[1]))[many].sum())
    assert {job[2] for job in blocks} >= {fastpairs.BLOCK_MIN}.intersection(grid.count.tolist())
    assert min(job[2] for job in blocks) >= fastpairs.BLOCK_MIN
