"""The second expansion level of the fast kernel sums (fastd), for dense populations.

fastd splits the pairs by coarse cells (2h): far pairs (coarse offset |Δc|² ≥ F) go to the
Taylor far field, the others are summed point by point. Where the points are dense those
point-by-point pairs, out to about 3.7 km, take nearly all the time. This level takes the
pairs whose *fine* cells (h) are far (|Δf|² ≥ F, the same ρ = √2/√F as the coarse level)
but whose coarse cells are not. For a target fine cell of parity class c = (its index mod 2),
the coarse offset of a source at fine offset Δf is ceil((Δf − c)/2): a function of (Δf, c)
only. This level takes the offsets that are fine-far and coarse-not-far for *every* class
(common_offsets): one convolution on the fine grid with a small kernel (|Δf| ≤ 2m+2,
m² < F), evaluated at every fine cell. The thin ring of offsets that are coarse-far for
some classes only is left to the point-by-point sums (fastpairs: up to four runs of source
rows per column), so that those pairs are about half of the coarse level's. The set is
symmetric (Δf is common iff −Δf is), so every pair of cells goes to one part both ways.
Taylor expansion, moments, error bound (Legendre for 1/r, Chebyshev for 1/r², convolved
with the weights, plus float64 rounding) exactly as in fastd.FarField, in units of h.
numpy and scipy only."""
import math

import numpy as np
from scipy import fft as sfft

from .canceled import Canceled
from .fastd import EPS, _factorial2, cell_moment, multi_indices, offset_powers, taylor_kernels, truncation_bound

CLASSES = ((0, 0), (0, 1), (1, 0), (1, 1))


def usable(h, far_cells2, floor_m):
    """Whether the fine level is exact in its kernel: every pair it takes is at least d0
    apart (its fine cells' centres at least √F·h apart), so that max(d, d0) = d there."""
    return (math.sqrt(far_cells2) - math.sqrt(2.0)) * h >= floor_m


def class_offsets(far_cells2, near_ox, near_oy):
    """For each parity class c of the target fine cell: the fine offsets Δf (target −
    source) whose pairs this level takes: fine-far, coarse-not-far, not near."""
    m = int(math.isqrt(max(far_cells2 - 1, 0)))
    reach = 2 * m + 2
    dx, dy = np.meshgrid(np.arange(-reach, reach + 1), np.arange(-reach, reach + 1), indexing="ij")
    near = np.zeros(dx.shape, dtype=bool)
    inside = (np.abs(near_ox) <= reach) & (np.abs(near_oy) <= reach)
    near[near_ox[inside] + reach, near_oy[inside] + reach] = True
    out = {}
    for cx, cy in CLASSES:
        kx, ky = -((cx - dx) // 2), -((cy - dy) // 2)  # ceil((Δf − c)/2)
        take = (dx * dx + dy * dy >= far_cells2) & (kx * kx + ky * ky < far_cells2) & ~near
        out[(cx, cy)] = (dx[take], dy[take])
    return out, reach


def common_offsets(far_cells2, near_ox, near_oy):
    """The fine offsets Δf (target − source) that this level takes for every target: those
    of class_offsets that every parity class has; and the largest |Δf| per axis."""
    offsets, reach = class_offsets(far_cells2, near_ox, near_oy)
    sets = [set(zip(ox.tolist(), oy.tolist())) for ox, oy in offsets.values()]
    common = sorted(set.intersection(*sets))
    ox = np.array([o[0] for o in common], dtype=np.int64)
    oy = np.array([o[1] for o in common], dtype=np.int64)
    return ox, oy, reach


def _summed_products(pairs, piece=16384):
    """Σ kernel × moment over the (kernel, moment) pairs, a cache-sized piece at a time (the
    sum's piece stays in the cache while the pairs stream through)."""
    out = np.zeros(pairs[0][0].shape[0], dtype=np.complex128)
    tmp = np.empty(piece, dtype=np.complex128)
    for lo in range(0, out.shape[0], piece):
        hi = min(lo + piece, out.shape[0])
        into, t = out[lo:hi], tmp[:hi - lo]
        for kernel, moment in pairs:
            np.multiply(kernel[lo:hi], moment[lo:hi], out=t)
            into += t
    return out


class FineLevel:
    """The fine level's transforms for one fine grid: shape and the common offsets."""

    def __init__(self, fine, far_cells2, near_ox, near_oy, threads=2):
        self.ox, self.oy, reach = common_offsets(far_cells2, near_ox, near_oy)
        self.shape = (sfft.next_fast_len(fine.nx + reach + 1, real=True),
                      sfft.next_fast_len(fine.ny + reach + 1, real=True))
        self.threads = max(1, threads)

    def _rfft(self, dense):
        return sfft.rfft2(dense, s=self.shape, workers=self.threads)

    def _on_grid(self, values):
        """rfft2 of a kernel on the offsets: along y only for its rows."""
        ox, oy = self.ox, self.oy
        rows = np.unique(ox % self.shape[0])
        dense = np.zeros((rows.shape[0], self.shape[1]))
        dense[np.searchsorted(rows, ox % self.shape[0]), oy % self.shape[1]] = values
        spectrum = np.zeros((self.shape[0], self.shape[1] // 2 + 1), dtype=np.complex128)
        spectrum[rows] = sfft.rfft(dense, axis=1, workers=self.threads)
        return sfft.fft(spectrum, axis=0, overwrite_x=True, workers=self.threads)

    def _back(self, spectrum, cx, cy):
        """The inverse of an rfft2 spectrum at the cells (cx, cy): along y only for their rows."""
        rows = np.unique(cx)
        full = sfft.ifft(spectrum, axis=0, overwrite_x=True, workers=self.threads)[rows]
        return sfft.irfft(full, n=self.shape[1], axis=1, workers=self.threads)[np.searchsorted(rows, cx), cy]

    def moments(self, fine, w, p, is_canceled):
        """(sorted weights, powers of the offsets, moment spectra, their absolute sums)."""
        sw, powx, powy = offset_powers(fine, w, p)
        spectra, norms = {}, {}
        for beta in multi_indices(p):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            m, norms[beta] = cell_moment(fine, sw, powx, powy, beta)
            dense = np.zeros(self.shape)
            dense[fine.cx, fine.cy] = m
            spectra[beta] = self._rfft(dense)
        return sw, powx, powy, spectra, norms

    def evaluate(self, fine, w, p, power, moments, is_canceled):
        """(sums at every point, absolute bound at every point) of this level, units 1/h^power."""
        sw, powx, powy, spectra_q, norm_q = moments
        cell_of_point = np.repeat(np.arange(len(fine.cells)), fine.count)
        total, bound = np.zeros(len(sw)), np.zeros(len(sw))
        if self.ox.size:
            self._expansions(fine, cell_of_point, p, power, (powx, powy, spectra_q, norm_q), (total, bound),
                             is_canceled)
            dense = np.zeros(self.shape)
            dense[fine.cx, fine.cy] = np.add.reduceat(sw, fine.start)
            r = np.hypot(self.ox, self.oy)
            kernel = truncation_bound(math.sqrt(2.0) / r, r, p, power)
            field = self._back(self._on_grid(kernel) * self._rfft(dense), fine.cx, fine.cy)
            log_n = math.log2(self.shape[0] * self.shape[1])
            bound += field[cell_of_point] + 8.0 * EPS * log_n * float(sw.sum()) * kernel.max()
        out, out_bound = np.empty(len(sw)), np.empty(len(sw))
        out[fine.order], out_bound[fine.order] = total, bound
        return out, out_bound

    def _expansions(self, fine, cell_of_point, p, power, moments, into, is_canceled):
        """Add the local expansions at every point (sorted order) to into (sums, bounds)."""
        powx, powy, spectra_q, norm_q = moments
        total, bound = into
        kernels = taylor_kernels(self.ox.astype(np.float64), self.oy.astype(np.float64), p, power)
        alphas = multi_indices(p)
        spectra, kmax = {}, {}
        for n, values in kernels.items():
            if is_canceled is not None and is_canceled():
                raise Canceled()
            kmax[n] = float(np.abs(values).max())
            spectra[n] = self._on_grid(values * _factorial2(n)).reshape(-1)
        acc, errs = {}, {}
        for alpha in alphas:
            betas = multi_indices(p - alpha[0] - alpha[1])
            ns = [(alpha[0] + b[0], alpha[1] + b[1]) for b in betas]
            acc[alpha] = _summed_products([(spectra[n], spectra_q[b].reshape(-1)) for n, b in zip(ns, betas)])
            errs[alpha] = sum(math.comb(n[0], alpha[0]) * math.comb(n[1], alpha[1]) * kmax[n] * norm_q[b]
                              for n, b in zip(ns, betas))
        spectra = None
        acc = {alpha: a.reshape(self.shape[0], self.shape[1] // 2 + 1) for alpha, a in acc.items()}
        log_n = math.log2(self.shape[0] * self.shape[1])
        for alpha in alphas:
            if is_canceled is not None and is_canceled():
                raise Canceled()
            values = self._back(acc.pop(alpha), fine.cx, fine.cy)[cell_of_point] / _factorial2(alpha)
            mono = powx[alpha[0]] * powy[alpha[1]]
            total += mono * values
            bound += (8.0 * EPS * log_n * errs[alpha]) * np.abs(mono)
