"""The exact parts of the fast kernel sums (fastd): the points binned into cells (Grid), the
near pairs (within d0: the kernel is exactly 1/d0^power) and the mid pairs, summed point by
point. A target cell with few points takes its mid pairs as rows (each target point with a
contiguous run of sources, padded to a common length); a cell with many takes them as one
block: its points × the sources of all its rows, one distance matrix (scipy's cdist, which
releases the GIL) and one product per channel each way. numpy and scipy only."""
import math

import numpy as np

from .canceled import Canceled


class Grid:
    """Points binned into square cells of size h (metres)."""

    def __init__(self, x, y, h, origin, shape=None):
        self.h = h
        self.x0, self.y0 = origin
        ix = np.floor((x - self.x0) / h).astype(np.int64)
        iy = np.floor((y - self.y0) / h).astype(np.int64)
        self.nx, self.ny = shape or (int(ix.max()) + 1, int(iy.max()) + 1)
        self.ix, self.iy = ix, iy
        cell = ix * self.ny + iy
        self.order = np.argsort(cell, kind="stable")
        sorted_cells = cell[self.order]
        new = np.empty(len(sorted_cells), dtype=bool)
        new[:1] = True
        np.not_equal(sorted_cells[1:], sorted_cells[:-1], out=new[1:])
        self.start = np.flatnonzero(new)
        self.cells = sorted_cells[self.start]
        self.count = np.diff(np.append(self.start, len(sorted_cells)))
        self.lookup = np.full(self.nx * self.ny, -1, dtype=np.int64)
        self.lookup[self.cells] = np.arange(len(self.cells))
        self.cx = self.cells // self.ny
        self.cy = self.cells % self.ny
        # offsets from the cell centre, in units of h
        self.tx = (x - self.x0) / h - ix - 0.5
        self.ty = (y - self.y0) / h - iy - 0.5


def near_offsets(h, floor_m):
    """Fine-cell offsets (dx, dy) whose every pair of points is within d0."""
    reach = int(math.ceil(floor_m / h))
    ox, oy = np.meshgrid(np.arange(-reach, reach + 1), np.arange(-reach, reach + 1), indexing="ij")
    near = h * np.hypot(np.abs(ox) + 1, np.abs(oy) + 1) <= floor_m
    return ox[near], oy[near]


def _near_sums(grid, w, ox, oy):
    """For each occupied cell: sum of weights of the cells at the near offsets."""
    dense = np.zeros((grid.nx, grid.ny))
    cell_w = np.add.reduceat(w[grid.order], grid.start)
    dense[grid.cx, grid.cy] = cell_w
    out = np.zeros(len(grid.cells))
    for dx, dy in zip(ox.tolist(), oy.tolist()):
        sx, sy = grid.cx - dx, grid.cy - dy
        ok = (sx >= 0) & (sx < grid.nx) & (sy >= 0) & (sy < grid.ny)
        out[ok] += dense[sx[ok], sy[ok]]
    return out, cell_w


def near_reach(near_ox, near_oy):
    """For each column offset |dx|: the largest |dy| of a near offset (-1: none)."""
    reach = {}
    for dx, dy in zip(np.abs(near_ox).tolist(), np.abs(near_oy).tolist()):
        reach[dx] = max(reach.get(dx, -1), dy)
    return reach


def _pieces(dx, n, lo, hi, cy, cross):
    """The source rows (first, last, both ways) of one column offset dx, outside the near
    offsets (|dy| ≤ n; n < 0: none)."""
    if cross:  # one way, every source cell, the target's own cell too
        if n < 0:
            return [(lo, hi, False)]
        return [(lo, np.minimum(hi, cy - n - 1), False), (np.maximum(lo, cy + n + 1), hi, False)]
    if dx == 0:
        return [(lo, np.minimum(hi, cy - max(n, 0) - 1), True)] + ([(cy, cy, False)] if n < 0 else [])
    if n < 0:
        return [(lo, hi, True)]
    return [(lo, np.minimum(hi, cy - n - 1), True), (np.maximum(lo, cy + n + 1), hi, True)]


def _common_reach(dx, far_cells2):
    """The largest |dy| of the fine offsets (dx, dy) whose coarse cells (2h) are not far for
    every parity class of the target (-1: none): 2·min over the column parities of the
    largest coarse |offset| in y (a class's rows span [c - 2M - 1, 2M + c])."""
    largest = []
    for cx in (0, 1):
        kx = -((cx - dx) // 2)  # ceil((dx - cx) / 2): the coarse column offset
        rest = far_cells2 - 1 - kx * kx
        if rest < 0:
            return -1
        largest.append(math.isqrt(rest))
    return 2 * min(largest)


def _level2_pieces(dx, n, lo, hi, cy, cross, far_cells2):
    """With the second level (fastlevel2 takes the fine-far offsets common to every class,
    |dy| ≤ _common_reach): the source rows of one column offset that are left, the fine
    cells that are not far (outside the near offsets) and, beyond the common rows, the
    rows of the target's own coarse range (lo, hi)."""
    inner = math.isqrt(far_cells2 - 1 - dx * dx) if dx * dx < far_cells2 else -1
    edge = max(_common_reach(dx, far_cells2), inner)
    out = _pieces(dx, n, np.maximum(lo, cy - inner), np.minimum(hi, cy + inner), cy, cross) if inner >= 0 else []
    out.append((lo, np.minimum(hi, cy - edge - 1), not cross))
    if cross or dx != 0:  # in the target's column, the rows above are listed from the cells there
        out.append((np.maximum(lo, cy + max(edge, 0) + 1), hi, not cross))  # (edge -1: row cy is below)
    return out


def _mid_rows(grid, near, ratio, far_cells2, sources=None, level2=False):
    """The mid pairs as rows: (target cell, first source point, end source point, both
    ways). Points are sorted by cell, cell = ix·ny + iy, so the sources of one target cell
    in one column of cells form contiguous runs of points: within the coarse cell pairs
    that are not far (c² < far_cells2), outside the near offsets. Every unordered pair of
    distinct cells is listed once (source column left of the target, or in the target's
    column below it) and summed both ways; a target cell's own pairs, when its own cell is
    not near (d0 below the cell diagonal), are listed one way. With `sources` (a Grid of
    other points on the same lattice), every pair of a target cell and a source cell is
    listed, one way: the runs are of the sources' points. With level2 (ratio 2), the pairs
    of the second level's offsets are left out (_level2_pieces)."""
    nx, ny = grid.nx, grid.ny
    src = grid if sources is None else sources
    counts = np.zeros(nx * ny + 1, dtype=np.int64)
    counts[src.cells + 1] = src.count
    first = np.cumsum(counts)  # first[c]: the first point of cell c (sorted order)
    cx, cy = grid.cx, grid.cy
    ccx, ccy = cx // ratio, cy // ratio
    m_c = int(math.isqrt(max(far_cells2 - 1, 0)))  # largest |coarse offset| per axis
    reach = ratio * (m_c + 1)
    out = []
    for dx in range(0 if sources is None else 1 - reach, reach):
        sx = cx - dx
        ok = (sx >= 0) & (sx < nx)
        cdx = ccx - sx // ratio
        rest = far_cells2 - 1 - cdx * cdx
        ok &= rest >= 0
        m = np.sqrt(np.maximum(rest, 0)).astype(np.int64)
        m -= (m * m > rest)  # isqrt, exact for these small integers
        m += ((m + 1) * (m + 1) <= rest)
        lo = np.maximum(ratio * (ccy - m), 0)
        hi = np.minimum(ratio * (ccy + m) + ratio - 1, ny - 1)
        pieces = (_level2_pieces if level2 else _pieces)(dx, near.get(abs(dx), -1), lo, hi, cy, sources is not None,
                                                         *([far_cells2] if level2 else []))
        for a, b, both in pieces:
            good = ok & (b >= a)
            cell = np.flatnonzero(good)
            base = sx[good] * ny
            s0 = first[base + a[good]]
            s1 = first[base + b[good] + 1]
            keep = s1 > s0
            out.append((cell[keep], s0[keep], s1[keep], np.full(int(keep.sum()), both)))
    if not out:
        return [np.zeros(0, dtype=np.int64)] * 3 + [np.zeros(0, dtype=bool)]
    return [np.concatenate(v) for v in zip(*out)]


# target cells with at least this many points take their mid pairs as one block (cdist);
# below it, as rows padded to a common length
BLOCK_MIN = 8


def _row_jobs(grid, rows, chunk):
    """The mid pairs of the rows (target cell, first source, end source, both ways) as one
    row per target point (t, sources s0 .. s0 + length, both ways or not), grouped by
    padded length `cap` into jobs ("rows", cap, first row, end row, pairs)."""
    cell, s0, s1, both = rows
    length = s1 - s0
    # rows grouped by length: exact up to 15, then padded by at most 1/8
    if int(length.sum()):
        step = np.left_shift(1, np.maximum(np.floor(np.log2(length)).astype(np.int64) - 3, 0))
        cap = -(-length // step) * step
    else:
        cap = length
    # the distinct caps in increasing order and each row's rank among them (np.unique's
    # inverse, without sorting the rows)
    present = np.bincount(cap) > 0 if cap.size else np.zeros(1, dtype=bool)
    caps = np.flatnonzero(present)
    klass = (np.cumsum(present) - 1)[cap]
    # sorted per pair of cells, then one row per target point: the same order as sorting the
    # rows of the points (stable)
    order = np.argsort(klass.astype(np.int16 if len(caps) < 32000 else np.int64), kind="stable")
    cell, s0, length, both, klass = cell[order], s0[order], length[order], both[order], klass[order]
    # one row per target point: its sources are the contiguous points s0 .. s0 + length
    na = grid.count[cell]
    t = np.repeat(grid.start[cell] - (np.cumsum(na) - na), na) + np.arange(int(na.sum()))
    s0, length, both = np.repeat(s0, na), np.repeat(length, na), np.repeat(both, na)
    per_class = np.bincount(klass, weights=na, minlength=len(caps)).astype(np.int64)
    bounds = np.concatenate(([0], np.cumsum(per_class)))
    jobs = []
    for k, c in enumerate(caps.tolist()):
        rows = max(1, chunk // c)
        jobs.extend(("rows", c, lo, min(lo + rows, bounds[k + 1]), (min(lo + rows, bounds[k + 1]) - lo) * c)
                    for lo in range(bounds[k], bounds[k + 1], rows))
    return (t, s0, length, both), int(caps.max()) if len(caps) else 1, jobs


def _block_jobs(grid, rows):
    """The mid pairs of the rows (target cell, first source, end source, both ways) as one
    block per target cell, its rows sorted with the both-way runs first: (first source,
    length) of the rows and jobs ("block", first target point, targets, first row, end row,
    both-way sources, pairs)."""
    cell, s0, s1, both = rows
    order = np.lexsort((~both, cell))
    cell, s0, length, both = cell[order], s0[order], (s1 - s0)[order], both[order]
    if not cell.size:
        return (s0, length), []
    new = np.flatnonzero(np.diff(cell, prepend=-1))
    ends = np.append(new[1:], cell.size)
    sources = np.add.reduceat(length, new)
    both_ways = np.add.reduceat(length * both, new)
    owner = cell[new]
    targets = grid.count[owner]
    jobs = [("block", f, n, r0, r1, nb, n * ns) for f, n, r0, r1, nb, ns in zip(
        grid.start[owner].tolist(), targets.tolist(), new.tolist(), ends.tolist(), both_ways.tolist(),
        sources.tolist())]
    return (s0, length), jobs


def _mid_kernels(xs, ys, xt, yt, t, s, length, c, floor2, powers):
    """{power: kernel} of the pairs of rows (target t at (xt, yt), sources s .. s + c of
    (xs, ys)), padding set to 0; and a spare array of the same shape."""
    from numpy.lib.stride_tricks import sliding_window_view
    kx = sliding_window_view(xs, c)[s]
    kx -= xt[t, None]
    ky = sliding_window_view(ys, c)[s]
    ky -= yt[t, None]
    kx *= kx
    ky *= ky
    kx += ky
    np.maximum(kx, floor2, out=kx)
    kernels = {}
    if 2 in powers:  # 1/max(d, d0)²
        kernels[2] = np.reciprocal(kx) if 1 in powers else np.reciprocal(kx, out=kx)
    if 1 in powers:  # 1/max(d, d0)
        np.sqrt(kx, out=kx)
        np.reciprocal(kx, out=kx)
        kernels[1] = kx
    if length.min() < c:
        pad = np.arange(c) >= length[:, None]
        for kernel in kernels.values():
            kernel[pad] = 0.0
    return kernels, ky


def _row_sums(outs, pairs, job):
    """Add the pairs of a rows job (rows t, s0, length, both with c sources each, padded) to
    outs, one output per channel (power, weights in sorted order, padded). With the
    targets' own coordinates (pairs.target_xy), the rows are one way: sources for the targets."""
    from numpy.lib.stride_tricks import sliding_window_view
    _, c, lo, hi, _ = job
    t, s, length, both = (v[lo:hi] for v in pairs.rows)
    xs, ys = pairs.xs, pairs.ys
    xt, yt = (xs, ys) if pairs.target_xy is None else pairs.target_xy
    kernels, tmp = _mid_kernels(xs, ys, xt, yt, t, s, length, c, pairs.floor2, pairs.powers)
    sources = None if pairs.target_xy is not None else (s[:, None] + np.arange(c)).ravel()
    gathered = {}  # the weights of the sources and of the targets, once per weight vector
    for out, (power, ws) in zip(outs, pairs.channels):
        kernel = kernels[power]
        if id(ws) not in gathered:
            gathered[id(ws)] = (sliding_window_view(ws, c)[s],
                                None if sources is None else (ws[t] * both)[:, None])
        at_sources, at_targets = gathered[id(ws)]
        # the sources for the targets (row by row, without a product array)
        out += np.bincount(t, weights=np.einsum("ij,ij->i", kernel, at_sources), minlength=out.shape[0])
        if sources is not None:  # the targets for the sources (pairs listed once for both ways)
            np.multiply(kernel, at_targets, out=tmp)
            out += np.bincount(sources, weights=tmp.ravel(), minlength=out.shape[0])


def _block_sums(outs, pairs, job):
    """Add the pairs of a block job (the target cell's points × the sources of its rows) to
    outs: distances by cdist, a piece of targets at a time; the both-way sources (listed
    first) also get the targets' weights."""
    from scipy.spatial.distance import cdist
    _, first, n_t, r0, r1, n_both, _ = job
    s0, length = (v[r0:r1] for v in pairs.runs)
    idx = np.repeat(s0 - (np.cumsum(length) - length), length) + np.arange(int(length.sum()))
    src = pairs.xy[idx]
    at_sources = {}
    for _, w in pairs.channels:
        at_sources.setdefault(id(w), w[idx])
    step = max(1, pairs.chunk // idx.size)
    for lo in range(first, first + n_t, step):
        hi = min(lo + step, first + n_t)
        k2 = cdist(pairs.target_xy_2d[lo:hi], src, "sqeuclidean")
        np.maximum(k2, pairs.floor2, out=k2)
        np.reciprocal(k2, out=k2)  # 1/max(d, d0)²
        kernels = {2: k2}
        if 1 in pairs.powers:  # 1/max(d, d0)
            kernels[1] = np.sqrt(k2) if 2 in pairs.powers else np.sqrt(k2, out=k2)
        for out, (power, w) in zip(outs, pairs.channels):
            out[lo:hi] += np.einsum("ij,j->i", kernels[power], at_sources[id(w)])
            if n_both:
                out[idx[:n_both]] += np.einsum("i,ij->j", w[lo:hi], kernels[power][:, :n_both])


class _MidPairs:
    """What the mid-pair jobs share: the sources' coordinates and channels in sorted order
    (padded for the rows), the targets' coordinates, the rows and the blocks' runs."""

    def __init__(self, grid, x, y, channels, floor_m, rows, runs, pad, chunk, sources=None):
        src_grid, src_x, src_y, src_channels = (grid, x, y, channels) if sources is None else sources
        # windows of c points from each point on: the sources of a row without a gather per
        # pair (padding points beyond the last, never paired: their kernel is set to 0)
        self.xs = np.concatenate([src_x[src_grid.order], np.zeros(pad)])
        self.ys = np.concatenate([src_y[src_grid.order], np.zeros(pad)])
        self.xy = np.column_stack([self.xs, self.ys])
        self.target_xy = None if sources is None else (x[grid.order], y[grid.order])
        self.target_xy_2d = self.xy if sources is None else np.column_stack(self.target_xy)
        padded = {id(w): np.concatenate([w[src_grid.order], np.zeros(pad)]) for _, w in src_channels}
        self.channels = [(power, padded[id(w)]) for power, w in src_channels]
        self.powers = {power for power, _ in src_channels}
        self.floor2, self.rows, self.runs, self.chunk = floor_m * floor_m, rows, runs, chunk


def _mid_sums(grid, x, y, channels, floor_m, near, is_canceled, progress, ratio, far_cells2, threads=2,
              chunk=1 << 18, sources=None, level2=False):
    """Exact point-by-point sums over the mid pairs: neither near, nor in a coarse cell
    pair (cells of ratio × h) at least far_cells2**0.5 coarse cells apart; one array per
    channel (power, weights). With sources = (Grid, x, y, channels) of other points on the
    same lattice: the sums of their channels at the points of `grid`, one way."""
    from concurrent.futures import ThreadPoolExecutor
    rows = _mid_rows(grid, near, ratio, far_cells2, None if sources is None else sources[0], level2)
    many = grid.count[rows[0]] >= BLOCK_MIN
    row_pairs, pad, jobs = _row_jobs(grid, [v[~many] for v in rows], chunk)
    runs, blocks = _block_jobs(grid, [v[many] for v in rows])
    jobs = sorted(jobs + blocks, key=lambda j: -j[-1])  # largest first, taken in turn by the threads
    pairs = _MidPairs(grid, x, y, channels, floor_m, row_pairs, runs, pad, chunk, sources)
    outs = [[np.zeros(len(x) + pad) for _ in pairs.channels] for _ in range(max(1, threads))]
    done, total, queue = [0], float(sum(j[-1] for j in jobs)) or 1.0, iter(jobs)

    def work(k):
        for job in queue:  # one shared queue: next() is atomic
            if is_canceled is not None and is_canceled():
                return False
            (_row_sums if job[0] == "rows" else _block_sums)(outs[k], pairs, job)
            done[0] += job[-1]
            if progress is not None and k == 0:
                progress(min(1.0, done[0] / total))
        return True

    with ThreadPoolExecutor(max_workers=len(outs)) as pool:
        finished = list(pool.map(work, range(len(outs))))
    if not all(finished):
        raise Canceled()
    results = []
    for m in range(len(pairs.channels)):
        total_sums = sum(out[m] for out in outs[1:]) + outs[0][m]
        result = np.empty(len(x))
        result[grid.order] = total_sums[:len(x)]
        results.append(result)
    return results, int((grid.count[rows[0]] * (rows[2] - rows[1])).sum())


def _part(progress, lo, hi):
    return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))


def _target_mid_sums(fine, x, y, channels, targets, floor_m, near, is_canceled, progress, ratio, far_cells2,
                     threads, level2=False):
    """The mid sums at the targets only: the pairs among the targets summed both ways, and
    the other points for the targets one way (the pairs among the other points are not
    needed). The sums at the other points are left 0."""
    h, origin, shape = fine.h, (fine.x0, fine.y0), (fine.nx, fine.ny)
    inner = np.flatnonzero(targets)
    outer = np.flatnonzero(~targets)
    mids = [np.zeros(len(x)) for _ in channels]
    if not inner.size:
        return mids, 0
    grid = Grid(x[inner], y[inner], h, origin, shape)
    weights = {}
    own_channels = [(power, weights.setdefault(id(w), w[inner])) for power, w in channels]
    own, n_pairs = _mid_sums(grid, x[inner], y[inner], own_channels, floor_m, near, is_canceled,
                             _part(progress, 0.0, 0.4), ratio, far_cells2, threads, level2=level2)
    for total, value in zip(mids, own):
        total[inner] = value
    reaching = [k for k, (_, w) in enumerate(channels) if outer.size and np.any(w[outer])]
    if reaching:
        weights = {}
        src = [(channels[k][0], weights.setdefault(id(channels[k][1]), channels[k][1][outer])) for k in reaching]
        cross, n_cross = _mid_sums(grid, x[inner], y[inner], src, floor_m, near, is_canceled,
                                   _part(progress, 0.4, 1.0), ratio, far_cells2, threads, level2=level2,
                                   sources=(Grid(x[outer], y[outer], h, origin, shape), x[outer], y[outer], src))
        for k, value in zip(reaching, cross):
            mids[k][inner] += value
        n_pairs += n_cross
    return mids, n_pairs


def near_parts(fine, channels, near_ox, near_oy, floor_m):
    """The near pairs of every channel: d0^-power times the weights of the near cells."""
    sums = []
    for power, w in channels:
        near_cells, _ = _near_sums(fine, w, near_ox, near_oy)
        sums.append(near_cells[fine.lookup[fine.ix * fine.ny + fine.iy]] / (floor_m if power == 1 else floor_m ** 2))
    return sums


def all_mid_sums(fine, x, y, channels, targets, floor_m, near, is_canceled, progress, ratio, far_cells2,
                 threads, level2=False):
    """The mid sums at every point, or at the targets only (a mask)."""
    if targets is None:
        return _mid_sums(fine, x, y, channels, floor_m, near, is_canceled, progress, ratio, far_cells2, threads,
                         level2=level2)
    return _target_mid_sums(fine, x, y, channels, np.asarray(targets, dtype=bool), floor_m, near, is_canceled,
                            progress, ratio, far_cells2, threads, level2)
