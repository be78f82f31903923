"""Fast D-score sums with a certified error bound (planar coordinates only).

For weighted points (distinct locations, weight = establishments there) it computes

    S(p) = sum_v w_v / max(|p - v|, d0)

at every point p, splitting the pairs by a grid of cells of size h:

- *near* cell pairs, entirely within d0 of each other: the kernel is exactly 1/d0, so
  their contribution is d0^-1 times a sum of weights (exact);
- *mid* cell pairs, neither near nor far: summed point by point (exact);
- *far* cell pairs, whose centres are at least R apart: 1/|R + u| is expanded in a
  Taylor series of order p in u = t - s (t, s the offsets of target and source from
  their cell centres), source moments times derivatives of 1/r, evaluated for all cells
  at once by FFT convolutions (scipy.fft).

Error bound. 1/|R + u| = sum_n |u|^n / |R|^(n+1) P_n(cos θ) with |P_n| ≤ 1, so cutting
the series after order p errs by at most ρ^(p+1) / ((1 - ρ)|R|), ρ = |u|/|R| ≤ √2 h/|R|.
The bound for every point is that kernel convolved with the weights (one more FFT),
plus an upper estimate of float64 rounding in the FFTs. Because each far pair's true
kernel is at least 1/((1 + ρ)|R|), the *relative* error is also at most
ρmax^(p+1) (1 + ρmax) / (1 - ρmax); the order p is chosen from the tolerance so that
this a-priori bound is below it. Nothing else is approximated.
"""
import math

import numpy as np
from scipy import fft as sfft

from .canceled import Canceled

EPS = np.finfo(np.float64).eps
# the largest far-field transform (cells): the Netherlands in 500 m cells take 1.35 million;
# its spectra then take about 1.2 GB
MAX_FFT_CELLS = 2500000


def taylor_kernels(dx, dy, p):
    """a_n(R) = ∂^n (1/|R|) / n! for all n = (n1, n2), n1 + n2 ≤ p, on offset arrays
    (Cartesian recurrence for 1/r; R = 0 must be masked by the caller)."""
    r2 = dx * dx + dy * dy
    r2 = np.where(r2 == 0, 1.0, r2)
    a = {(0, 0): 1.0 / np.sqrt(r2)}
    for k in range(1, p + 1):
        for n1 in range(k + 1):
            n2 = k - n1
            s = np.zeros_like(r2)
            if n1 >= 1:
                s += (2 * k - 1) * dx * a[(n1 - 1, n2)]
            if n2 >= 1:
                s += (2 * k - 1) * dy * a[(n1, n2 - 1)]
            if n1 >= 2:
                s += (k - 1) * a[(n1 - 2, n2)]
            if n2 >= 2:
                s += (k - 1) * a[(n1, n2 - 2)]
            a[(n1, n2)] = -s / (k * r2)
    return a


def multi_indices(p):
    return [(k - j, j) for k in range(p + 1) for j in range(k + 1)]


def choose_order(rho, tol, max_order=24):
    """Smallest p whose a-priori relative bound ρ^(p+1)(1+ρ)/(1-ρ) is ≤ tol/2 (the
    other half is left for rounding)."""
    for p in range(0, max_order + 1):
        if rho ** (p + 1) * (1 + rho) / (1 - rho) <= tol / 2:
            return p
    raise ValueError("tolerance %g is too small for the fast method" % tol)


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


def _near_offsets(h, floor_m):
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


def _near_reach(near_ox, near_oy):
    """For each column offset |dx|: the largest |dy| of a near offset (-1: none)."""
    reach = {}
    for dx, dy in zip(np.abs(near_ox).tolist(), np.abs(near_oy).tolist()):
        reach[dx] = max(reach.get(dx, -1), dy)
    return reach


def _mid_rows(grid, near, ratio, far_cells2):
    """The mid pairs as rows: (target cell, first source point, end source point, both
    ways). Points are sorted by cell, cell = ix·ny + iy, so the sources of one target cell
    in one column of cells form contiguous runs of points: within the coarse cell pairs
    that are not far (c² < far_cells2), outside the near offsets. Every unordered pair of
    distinct cells is listed once (source column left of the target, or in the target's
    column below it) and summed both ways; a target cell's own pairs, when its own cell is
    not near (d0 below the cell diagonal), are listed one way."""
    nx, ny = grid.nx, grid.ny
    counts = np.zeros(nx * ny + 1, dtype=np.int64)
    counts[grid.cells + 1] = grid.count
    first = np.cumsum(counts)  # first[c]: the first point of cell c (sorted order)
    cx, cy = grid.cx, grid.cy
    ccx, ccy = cx // ratio, cy // ratio
    m_c = int(math.isqrt(max(far_cells2 - 1, 0)))  # largest |coarse offset| per axis
    out = []
    for dx in range(0, ratio * (m_c + 1)):
        sx = cx - dx
        ok = sx >= 0
        cdx = ccx - sx // ratio
        rest = far_cells2 - 1 - cdx * cdx
        ok &= rest >= 0
        m = np.sqrt(np.maximum(rest, 0)).astype(np.int64)
        m -= (m * m > rest)  # isqrt, exact for these small integers
        m += ((m + 1) * (m + 1) <= rest)
        lo = np.maximum(ratio * (ccy - m), 0)
        hi = np.minimum(ratio * (ccy + m) + ratio - 1, ny - 1)
        n = near.get(dx, -1)
        pieces = []
        if dx == 0:
            pieces.append((lo, np.minimum(hi, cy - max(n, 0) - 1), True))
            if n < 0:
                pieces.append((cy, cy, False))
        elif n < 0:
            pieces.append((lo, hi, True))
        else:
            pieces.append((lo, np.minimum(hi, cy - n - 1), True))
            pieces.append((np.maximum(lo, cy + n + 1), hi, True))
        for a, b, both in pieces:
            good = ok & (b >= a)
            cell = np.flatnonzero(good)
            base = sx[good] * ny
            s0 = first[base + a[good]]
            s1 = first[base + b[good] + 1]
            keep = s1 > s0
            out.append((cell[keep], s0[keep], s1[keep], np.full(int(keep.sum()), both)))
    return [np.concatenate(v) for v in zip(*out)]


def _mid_jobs(grid, near, ratio, far_cells2, chunk):
    """The mid pairs as rows (target t, sources s0 .. s0 + length, both ways or not),
    grouped by padded length `cap` into jobs (cap, first row, end row), largest first."""
    cell, s0, s1, both = _mid_rows(grid, near, ratio, far_cells2)
    # one row per target point: its sources are the contiguous points s0 .. s0 + length
    na = grid.count[cell]
    t = np.repeat(grid.start[cell] - (np.cumsum(na) - na), na) + np.arange(int(na.sum()))
    s0, length, both = np.repeat(s0, na), np.repeat(s1 - s0, na), np.repeat(both, na)
    # rows grouped by length: exact up to 15, then padded by at most 1/8
    if int(length.sum()):
        step = np.left_shift(1, np.maximum(np.floor(np.log2(length)).astype(np.int64) - 3, 0))
        cap = -(-length // step) * step
    else:
        cap = length
    caps, klass = np.unique(cap, return_inverse=True)
    order = np.argsort(klass.astype(np.int16 if len(caps) < 32000 else np.int64), kind="stable")
    t, s0, length, both = t[order], s0[order], length[order], both[order]
    bounds = np.searchsorted(klass[order], np.arange(len(caps) + 1))
    jobs = []
    for k, c in enumerate(caps.tolist()):
        rows = max(1, chunk // c)
        jobs.extend((c, lo, min(lo + rows, bounds[k + 1])) for lo in range(bounds[k], bounds[k + 1], rows))
    jobs.sort(key=lambda j: -(j[2] - j[1]) * j[0])
    return t, s0, length, both, caps, jobs


def _mid_block(out, xs, ys, ws, rows, c, floor2):
    """Add the pairs of rows (t, s0, length, both) with c sources each (padded) to out."""
    from numpy.lib.stride_tricks import sliding_window_view
    t, s, length, both = rows
    kx = sliding_window_view(xs, c)[s]
    kx -= xs[t, None]
    ky = sliding_window_view(ys, c)[s]
    ky -= ys[t, None]
    kx *= kx
    ky *= ky
    kx += ky
    np.maximum(kx, floor2, out=kx)
    np.sqrt(kx, out=kx)
    np.reciprocal(kx, out=kx)
    ar = np.arange(c)
    if length.min() < c:
        kx[ar >= length[:, None]] = 0.0
    # the sources for the targets
    np.multiply(kx, sliding_window_view(ws, c)[s], out=ky)
    out += np.bincount(t, weights=ky.sum(axis=1), minlength=out.shape[0])
    # the targets for the sources (pairs listed once for both ways)
    np.multiply(kx, (ws[t] * both)[:, None], out=ky)
    out += np.bincount((s[:, None] + ar).ravel(), weights=ky.ravel(), minlength=out.shape[0])


def _mid_sums(grid, x, y, w, floor_m, near, is_canceled, progress, ratio, far_cells2, threads=2,
              chunk=1 << 18):
    """Exact point-by-point sums over the mid pairs: neither near, nor in a coarse cell
    pair (cells of ratio × h) at least far_cells2**0.5 coarse cells apart."""
    from concurrent.futures import ThreadPoolExecutor
    n_pts = len(x)
    t, s0, length, both, caps, jobs = _mid_jobs(grid, near, ratio, far_cells2, chunk)
    n_pairs = int(length.sum())
    # windows of c points from each point on: the sources of a row without a gather per
    # pair (padding points beyond the last, never paired: their kernel is set to 0)
    pad = int(caps.max()) if len(caps) else 1
    xs = np.concatenate([x[grid.order], np.zeros(pad)])
    ys = np.concatenate([y[grid.order], np.zeros(pad)])
    ws = np.concatenate([w[grid.order], np.zeros(pad)])
    outs = [np.zeros(n_pts + pad) for _ in range(max(1, threads))]
    done = [0]
    total = float(sum((j[2] - j[1]) * j[0] for j in jobs)) or 1.0

    def work(k):
        for c, lo, hi in jobs[k::len(outs)]:
            if is_canceled is not None and is_canceled():
                return False
            _mid_block(outs[k], xs, ys, ws, (t[lo:hi], s0[lo:hi], length[lo:hi], both[lo:hi]), c,
                       floor_m * floor_m)
            done[0] += (hi - lo) * c
            if progress is not None and k == 0:
                progress(min(1.0, done[0] / total))
        return True

    with ThreadPoolExecutor(max_workers=len(outs)) as pool:
        finished = list(pool.map(work, range(len(outs))))
    if not all(finished):
        raise Canceled()
    total_sums = outs[0]
    for extra in outs[1:]:
        total_sums += extra
    result = np.empty(n_pts)
    result[grid.order] = total_sums[:n_pts]
    return result, n_pairs


def _factorial2(n):
    return math.factorial(n[0]) * math.factorial(n[1])


class FarField:
    """Taylor far field on a grid by FFT; kernel spectra made once per grid shape and
    reused (the national run shares one grid across sectors).

    The Taylor coefficients are scaled by factorials so that each term of the local
    expansion is one product of spectra: with a'_n = n! a_n and q'_β = q_β / β!,
    L_α = Σ_β C(α+β, α) a_{α+β} q_β = (1/α!) Σ_β a'_{α+β} q'_β  (n! = n1! n2!).
    The transforms run on `threads` threads, one transform each."""

    def __init__(self, nx, ny, h, far_cells2, p, threads=2):
        self.nx, self.ny, self.p, self.threads = nx, ny, p, max(1, threads)
        self.shape = (sfft.next_fast_len(2 * nx - 1, real=True), sfft.next_fast_len(2 * ny - 1, real=True))
        # the kernels on the quadrant of offsets ≥ 0, mirrored with the parity of the
        # derivative: a_n(-x, y) = (-1)^n1 a_n(x, y), likewise in y
        qx = np.arange(nx, dtype=float)[:, None] * np.ones((1, ny))
        qy = np.arange(ny, dtype=float)[None, :] * np.ones((nx, 1))
        r2 = qx * qx + qy * qy
        far = r2 >= far_cells2
        self.spectra, self.kmax = {}, {}
        kernels = taylor_kernels(qx, qy, p)
        for n, v in kernels.items():
            v = np.where(far, v, 0.0)
            self.kmax[n] = float(np.abs(v).max())
            kernels[n] = v * _factorial2(n)
        # bound kernel (units of 1/h): ρ^(p+1) / ((1 - ρ)|R|), ρ = √2/|R|
        r = np.sqrt(np.where(far, r2, 1.0))
        rho = math.sqrt(2.0) / r
        bound = np.where(far, rho ** (p + 1) / ((1 - rho) * r), 0.0)
        self.bound_max = float(bound.max())
        jobs = [(n, v, (-1) ** n[0], (-1) ** n[1]) for n, v in kernels.items()]
        jobs.append(("bound", bound, 1, 1))
        for key, spectrum in self._map(lambda j: (j[0], sfft.rfft2(self._mirror(j[1], j[2], j[3]))), jobs):
            if key == "bound":
                self.bound_spectrum = spectrum
            else:
                self.spectra[key] = spectrum

    def _map(self, fn, items):
        from concurrent.futures import ThreadPoolExecutor
        if self.threads == 1:
            return [fn(i) for i in items]
        with ThreadPoolExecutor(max_workers=self.threads) as pool:
            return list(pool.map(fn, items))

    def _mirror(self, quadrant, sign_x, sign_y):
        """The kernel on the whole wrapped offset grid from its quadrant (x, y ≥ 0)."""
        px, py = self.shape
        full = np.zeros(self.shape)
        ix = np.arange(self.nx)
        iy = np.arange(self.ny)
        for sx, fx in ((1, 1), (-1, sign_x)):
            for sy, fy in ((1, 1), (-1, sign_y)):
                full[np.ix_((sx * ix) % px, (sy * iy) % py)] = (fx * fy) * quadrant
        return full

    def _inverse(self, spectrum, grid):
        """The convolution back on the occupied cells: the inverse transform along x,
        then along y only for the rows of the grid (the others are padding)."""
        rows = sfft.ifft(spectrum, axis=0)[:self.nx]
        return sfft.irfft(rows, n=self.shape[1], axis=1)[grid.cx, grid.cy]

    def _moment_spectra(self, grid, sw, powx, powy, is_canceled):
        """Spectra and absolute sums of the source moments of every cell, per multi-index."""
        def forward(beta):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            m = np.add.reduceat(sw * powx[beta[0]] * powy[beta[1]], grid.start)
            norm = float(np.abs(m).sum())
            m *= (-1.0 if (beta[0] + beta[1]) % 2 else 1.0) / _factorial2(beta)
            dense = np.zeros((self.nx, self.ny))
            dense[grid.cx, grid.cy] = m
            return sfft.rfft2(dense, s=self.shape), norm

        betas = multi_indices(self.p)
        spectra_q, norm_q = {}, {}
        for beta, (spectrum, norm) in zip(betas, self._map(forward, betas)):
            spectra_q[beta], norm_q[beta] = spectrum, norm
        return spectra_q, norm_q

    def evaluate(self, grid, w, is_canceled=None):
        """(far sums at every point, absolute error bound at every point), in units 1/h."""
        p = self.p
        nx, ny = self.nx, self.ny
        sw = w[grid.order]
        stx, sty = grid.tx[grid.order], grid.ty[grid.order]
        powx = [np.ones_like(stx)]
        powy = [np.ones_like(sty)]
        for _ in range(p):
            powx.append(powx[-1] * stx)
            powy.append(powy[-1] * sty)

        spectra_q, norm_q = self._moment_spectra(grid, sw, powx, powy, is_canceled)

        def local(alpha):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            acc = np.zeros_like(spectra_q[(0, 0)])
            tmp = np.empty_like(acc)
            err = 0.0
            for beta in multi_indices(p - alpha[0] - alpha[1]):
                n = (alpha[0] + beta[0], alpha[1] + beta[1])
                np.multiply(self.spectra[n], spectra_q[beta], out=tmp)
                acc += tmp
                err += math.comb(n[0], alpha[0]) * math.comb(n[1], alpha[1]) * self.kmax[n] * norm_q[beta]
            return self._inverse(acc, grid) / _factorial2(alpha), err

        def bound_field(_):
            dense = np.zeros((nx, ny))
            dense[grid.cx, grid.cy] = np.add.reduceat(sw, grid.start)
            return self._inverse(sfft.rfft2(dense, s=self.shape) * self.bound_spectrum, grid), 0.0

        alphas = multi_indices(p)
        results = self._map(lambda a: bound_field(a) if a is None else local(a), [None] + alphas)
        spectra_q = None
        # evaluated in sorted point order, with the powers the moments used
        cell_of_point = np.repeat(np.arange(len(grid.cells)), grid.count)
        log_n = math.log2(self.shape[0] * self.shape[1])
        far = np.zeros(len(w))
        rounding = np.zeros(len(w))
        for alpha, (values, err) in zip(alphas, results[1:]):
            mono = powx[alpha[0]] * powy[alpha[1]]
            far += mono * values[cell_of_point]
            # float64 FFT convolution: error ≤ c·ε·log2(N)·Σ|q|·max|k| per term; c = 8
            rounding += (8.0 * EPS * log_n * err) * np.abs(mono)
        b = results[0][0]
        total_w = float(w.sum())
        b = b + 8.0 * EPS * log_n * total_w * self.bound_max
        far_out, bound_out = np.empty(len(w)), np.empty(len(w))
        far_out[grid.order] = far
        bound_out[grid.order] = b[cell_of_point] + rounding
        return far_out, bound_out


def grid_scale(extent, floor_m, h, ratio, max_fft_cells=MAX_FFT_CELLS):
    """The power of two by which the cells (and the far distance) grow: cells of at least
    d0/8, so that the near offsets stay few, and a far-field transform of at most
    max_fft_cells cells, so that its memory stays bounded (a stray point thousands of
    kilometres away, or a continent, makes the cells larger: slower, still certified)."""
    x0, y0, x1, y1 = extent
    scale = 1
    while h * scale < floor_m / 8.0:
        scale *= 2
    while (2 * ((x1 - x0) // (h * ratio * scale) + 2)) * (2 * ((y1 - y0) // (h * ratio * scale) + 2)) > max_fft_cells:
        scale *= 2
    return scale


def fast_sums(x, y, w, floor_m, tol=1e-5, h=250.0, ratio=2, far_m=3000.0, threads=2, progress=None,
              is_canceled=None, cache=None, extent=None, order=None):
    """S(p) = Σ_v w_v / max(|p - v|, d0) at every point (metres in, 1/metre out), and
    a rigorous absolute error bound per point. x, y distinct planar points (metres).

    Near and mid pairs use cells of h; the far field cells of ratio × h, whose centres
    are at least far_m apart. `extent` (x0, y0, x1, y1) fixes the grids (to share the
    kernel spectra, kept in the dict `cache`, between populations of one run).
    Returns (sums, bound, info)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    if extent is None:
        extent = (x.min(), y.min(), x.max(), y.max())
    scale = grid_scale(extent, floor_m, h, ratio)
    h, far_m = h * scale, far_m * scale
    big = h * ratio
    far_m = max(far_m, floor_m + 2 * math.sqrt(2.0) * big)
    far_cells2 = math.ceil((far_m / big) ** 2)
    rho = math.sqrt(2.0) / math.sqrt(far_cells2)
    # the a-posteriori bound is far below the a-priori one (about 20× at equal order on
    # clustered data): choose p from 20·tol and let the caller refine the rare points
    # whose own bound still exceeds tol
    p = choose_order(rho, 40.0 * tol) if order is None else order
    x0, y0, x1, y1 = extent
    x0 -= 1e-9 * max(1.0, abs(x0)) + 1e-6
    y0 -= 1e-9 * max(1.0, abs(y0)) + 1e-6
    ncx = int((x1 - x0) // big) + 1
    ncy = int((y1 - y0) // big) + 1
    fine = Grid(x, y, h, (x0, y0), (ncx * ratio, ncy * ratio))
    coarse = Grid(x, y, big, (x0, y0), (ncx, ncy))
    near_ox, near_oy = _near_offsets(h, floor_m)

    def part(lo, hi):
        return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))

    near_cells, _ = _near_sums(fine, w, near_ox, near_oy)
    sums = near_cells[fine.lookup[fine.ix * fine.ny + fine.iy]] / floor_m
    mid, n_pairs = _mid_sums(fine, x, y, w, floor_m, _near_reach(near_ox, near_oy), is_canceled,
                             part(0.0, 0.6), ratio, far_cells2, threads)
    sums += mid
    key = (ncx, ncy, big, far_cells2, p)
    far_field = None if cache is None else cache.get(key)
    if far_field is None:
        far_field = FarField(ncx, ncy, big, far_cells2, p, threads)
        if cache is not None:
            cache.clear()
            cache[key] = far_field
    if progress is not None:
        progress(0.7)
    far, bound = far_field.evaluate(coarse, w, is_canceled)
    sums += far / big
    bound = bound / big
    if progress is not None:
        progress(1.0)
    info = {"order": p, "rho": rho, "mid_pairs": n_pairs, "cells": len(fine.cells), "cell_m": h,
            "fft": far_field.shape, "apriori": rho ** (p + 1) * (1 + rho) / (1 - rho)}
    return sums, bound, info
