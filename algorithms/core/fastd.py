"""Fast kernel sums with a certified error bound (planar coordinates only): the D-score's
inverse distance and, for its significance, the inverse square distance.

For weighted points (distinct locations, weight = establishments there) it computes

    S(p) = sum_v w_v / max(|p - v|, d0)            (kernel power 1: the D-score)
    Q(p) = sum_v w_v / max(|p - v|, d0)^2          (kernel power 2: its variance)

at every point p, for one or several weight vectors ("channels") in one pass, splitting the
pairs by a grid of cells of size h:

- *near* cell pairs, entirely within d0 of each other: the kernel is exactly 1/d0 (1/d0²),
  so their contribution is d0^-1 (d0^-2) times a sum of weights (exact);
- *mid* cell pairs, neither near nor far: summed point by point (exact), every kernel and
  channel from one distance evaluation (fastpairs: blocks for cells with many points,
  rows for the others);
- *far* cell pairs, whose centres are at least R apart: 1/|R + u| (1/|R + u|²) is expanded
  in a Taylor series of order p in u = t - s (t, s the offsets of target and source from
  their cell centres), source moments times derivatives of the kernel, evaluated for all
  cells at once by FFT convolutions (scipy.fft); the source moments of a weight vector
  are shared by both kernels.

When only the sums at some points (the targets) are needed, the mid pairs among the targets
are summed both ways and those of the other points one way, for the targets only; the pairs
among the other points are skipped (fast_kernel_sums(targets=…)).

The cells (h, the far-field cells and the far distance together) grow by a factor chosen
per population from a cost model (choose_scale, steps of √2): a sparse sector spread over
the country pays a transform 2^k times smaller for up to 2^k times its few mid pairs; a
dense one keeps small cells. The far field is computed on a thread of its own while the mid
pairs are summed. Where the points are dense, the cost model also takes a second expansion
level (fastlevel2): the pairs of fine cells that are far while their coarse cells are not
(for every parity of the target cell), by one small convolution on the fine grid, so that
about a third of the mid pairs are left to sum point by point. None of this changes the
certificate.

Error bound, power 1. 1/|R + u| = sum_n |u|^n / |R|^(n+1) P_n(cos θ) with |P_n| ≤ 1, so
cutting the series after order p errs by at most ρ^(p+1) / ((1 - ρ)|R|), ρ = |u|/|R| ≤
√2 h/|R|. The bound for every point is that kernel convolved with the weights (one more
FFT), plus an upper estimate of float64 rounding in the FFTs. Because each far pair's true
kernel is at least 1/((1 + ρ)|R|), the *relative* error is also at most
ρmax^(p+1) (1 + ρmax) / (1 - ρmax); the order p is chosen from the tolerance so that
this a-priori bound is below it. Nothing else is approximated.

Error bound, power 2. |R + u|² = |R|² (1 - 2ρ cos θ + ρ²) with cos θ the cosine between R
and -u, and 1/(1 - 2xt + t²) = sum_n U_n(x) t^n generates the Chebyshev polynomials of the
second kind, so

    1/|R + u|² = |R|^-2 sum_n U_n(cos θ) ρ^n,   |U_n(cos θ)| = |sin((n+1)θ)/sin θ| ≤ n + 1.

The term of order n is the homogeneous part of degree n of the Taylor series in u, so
cutting it after order p errs by at most

    sum_{n>p} (n+1) ρ^n / |R|² = d/dρ [ρ^(p+2)/(1 - ρ)] / |R|²
                               = ρ^(p+1) (p + 2 - (p+1) ρ) / ((1 - ρ)² |R|²),

attained when u points against R (θ = 0: every term positive; tests/test_core_significance).
The true kernel is at least 1/((1 + ρ)²|R|²), so the relative error is at most
ρ^(p+1) (p + 2 - (p+1) ρ) (1 + ρ)² / (1 - ρ)². Bound field and rounding as for power 1.
"""
import math
import threading

import numpy as np
from scipy import fft as sfft

from .canceled import Canceled
from .fastpairs import Grid, all_mid_sums, near_offsets, near_parts, near_reach

EPS = np.finfo(np.float64).eps
# the largest far-field transform (cells): the Netherlands in 500 m cells take 1.35 million;
# its spectra then take about 1.2 GB
MAX_FFT_CELLS = 2500000
# the local expansions: spectra multiplied in pieces of this many values (they stay in the
# cache), for groups of this many terms at once
_PIECE = 16384
_GROUP = 8


FAR_FIELD_THREAD = "clusterindex far field"
POWERS = (1, 2)  # the kernels: 1/max(d, d0) and 1/max(d, d0)²


def taylor_kernels(dx, dy, p, power=1):
    """a_n(R) = ∂^n (|R|^-power) / n! for all n = (n1, n2), n1 + n2 ≤ p, on offset arrays
    (R = 0 must be masked by the caller). Cartesian recurrence for |R|^-2ν, power = 2ν:
    from |R + u|² ∂F/∂u = -2ν (R + u) F, F(u) = |R + u|^-2ν, by total degree k,

        k |R|² a_n = -(2k - 2 + 2ν) (R_x a_(n-e1) + R_y a_(n-e2)) - (k - 2 + 2ν) (a_(n-2e1) + a_(n-2e2))."""
    r2 = dx * dx + dy * dy
    r2 = np.where(r2 == 0, 1.0, r2)
    a = {(0, 0): 1.0 / np.sqrt(r2) if power == 1 else 1.0 / r2}
    for k in range(1, p + 1):
        c1, c2 = 2 * k - 2 + power, k - 2 + power
        for n1 in range(k + 1):
            n2 = k - n1
            s = np.zeros_like(r2)
            if n1 >= 1:
                s += c1 * dx * a[(n1 - 1, n2)]
            if n2 >= 1:
                s += c1 * dy * a[(n1, n2 - 1)]
            if n1 >= 2:
                s += c2 * a[(n1 - 2, n2)]
            if n2 >= 2:
                s += c2 * a[(n1, n2 - 2)]
            a[(n1, n2)] = -s / (k * r2)
    return a


def multi_indices(p):
    return [(k - j, j) for k in range(p + 1) for j in range(k + 1)]


def truncation_bound(rho, r, p, power=1):
    """The largest error of the expansion of order p of 1/|R + u|^power, |R| = r,
    ρ = |u|/r < 1: Legendre (power 1) or Chebyshev U (power 2), see the module's text."""
    if power == 1:
        return rho ** (p + 1) / ((1 - rho) * r)
    return rho ** (p + 1) * (p + 2 - (p + 1) * rho) / ((1 - rho) ** 2 * (r * r))


def apriori_bound(rho, p, power=1):
    """The truncation bound relative to the smallest true kernel of a far pair."""
    if power == 1:
        return rho ** (p + 1) * (1 + rho) / (1 - rho)
    return rho ** (p + 1) * (p + 2 - (p + 1) * rho) * (1 + rho) ** 2 / (1 - rho) ** 2


def choose_order(rho, tol, max_order=24, power=1):
    """Smallest p whose a-priori relative bound (ρ^(p+1)(1+ρ)/(1-ρ) for power 1) is
    ≤ tol/2 (the other half is left for rounding)."""
    for p in range(0, max_order + 1):
        if apriori_bound(rho, p, power) <= tol / 2:
            return p
    raise ValueError("tolerance %g is too small for the fast method" % tol)


def _factorial2(n):
    return math.factorial(n[0]) * math.factorial(n[1])


def offset_powers(grid, w, p):
    """The weights in the grid's sorted point order and the powers 0..p of the points'
    offsets from their cell centres (units of the cell): (sw, [tx^k], [ty^k])."""
    sw = w[grid.order]
    stx, sty = grid.tx[grid.order], grid.ty[grid.order]
    powx, powy = [np.ones_like(stx)], [np.ones_like(sty)]
    for _ in range(p):
        powx.append(powx[-1] * stx)
        powy.append(powy[-1] * sty)
    return sw, powx, powy


def cell_moment(grid, sw, powx, powy, beta):
    """The source moment β of every occupied cell, scaled for the local expansions
    ((-1)^|β| / β!, see FarField), and the absolute sum of the unscaled moments."""
    m = np.add.reduceat(sw * powx[beta[0]] * powy[beta[1]], grid.start)
    norm = float(np.abs(m).sum())
    m *= (-1.0 if (beta[0] + beta[1]) % 2 else 1.0) / _factorial2(beta)
    return m, norm


class FarField:
    """Taylor far field on a grid by FFT; kernel spectra made once per grid shape and
    reused (the national run shares one grid across sectors).

    The Taylor coefficients are scaled by factorials so that each term of the local
    expansion is one product of spectra: with a'_n = n! a_n and q'_β = q_β / β!,
    L_α = Σ_β C(α+β, α) a_{α+β} q_β = (1/α!) Σ_β a'_{α+β} q'_β  (n! = n1! n2!).
    The transforms run on `threads` threads, one transform each. `power` 1: the kernel
    1/r, power 2: 1/r²; the source moments of a weight vector (moments()) serve both."""

    def __init__(self, nx, ny, h, far_cells2, p, threads=2, power=1):
        self.nx, self.ny, self.p, self.threads, self.power = nx, ny, p, max(1, threads), power
        self.shape = (sfft.next_fast_len(2 * nx - 1, real=True), sfft.next_fast_len(2 * ny - 1, real=True))
        # the kernels on the quadrant of offsets ≥ 0, mirrored with the parity of the
        # derivative: a_n(-x, y) = (-1)^n1 a_n(x, y), likewise in y
        qx = np.arange(nx, dtype=float)[:, None] * np.ones((1, ny))
        qy = np.arange(ny, dtype=float)[None, :] * np.ones((nx, 1))
        r2 = qx * qx + qy * qy
        far = r2 >= far_cells2
        self.spectra, self.kmax = {}, {}
        kernels = taylor_kernels(qx, qy, p, power)
        for n, v in kernels.items():
            v = np.where(far, v, 0.0)
            self.kmax[n] = float(np.abs(v).max())
            kernels[n] = v * _factorial2(n)
        # bound kernel (units of 1/h^power): ρ^(p+1) / ((1 - ρ)|R|) for power 1, ρ = √2/|R|
        r = np.sqrt(np.where(far, r2, 1.0))
        rho = math.sqrt(2.0) / r
        bound = np.where(far, truncation_bound(rho, r, p, power), 0.0)
        self.bound_max = float(bound.max())
        jobs = [(n, v, (-1) ** n[0], (-1) ** n[1]) for n, v in kernels.items()]
        jobs.append(("bound", bound, 1, 1))
        for key, spectrum in self._map(lambda j: (j[0], self._spectrum(j[1], j[2], j[3])), jobs):
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
        """The rows x ≥ 0 of the kernel on the whole wrapped offset grid, from its quadrant
        (x, y ≥ 0): offset -j at column py - j; on the axes the mirrored value (as if x < 0
        and y < 0 were written last). The rows x < 0 are sign_x times these."""
        py = self.shape[1]
        nx, ny = self.nx, self.ny
        half = np.zeros((nx, py))
        left, right = slice(0, ny), slice(py - ny + 1, py)
        half[:, left] = quadrant
        half[:, right] = (sign_y * quadrant)[:, :0:-1]
        half[:, 0] = sign_y * quadrant[:, 0]
        half[0, left] = sign_x * quadrant[0]
        half[0, right] = (sign_x * sign_y * quadrant[0])[:0:-1]
        half[0, 0] = sign_x * sign_y * quadrant[0, 0]
        return half

    def _spectrum(self, quadrant, sign_x, sign_y):
        """rfft2 of the mirrored kernel: the rows x < 0 are ±(the rows x > 0), so are their
        transforms along y; the rows between are 0."""
        rows = sfft.rfft(self._mirror(quadrant, sign_x, sign_y), axis=1)
        spectrum = np.zeros((self.shape[0], rows.shape[1]), dtype=rows.dtype)
        spectrum[:self.nx] = rows
        spectrum[self.shape[0] - self.nx + 1:] = rows[:0:-1] if sign_x == 1 else -rows[:0:-1]
        return sfft.fft(spectrum, axis=0, overwrite_x=True)

    def _forward(self, dense):
        """rfft2 of a (nx, ny) array zero-padded to the transform's shape: along y only for
        its nx rows (the others are 0)."""
        rows = sfft.rfft(dense, n=self.shape[1], axis=1)
        spectrum = np.zeros((self.shape[0], rows.shape[1]), dtype=rows.dtype)
        spectrum[:self.nx] = rows
        return sfft.fft(spectrum, axis=0, overwrite_x=True)

    def _inverse(self, spectrum, grid):
        """The convolution back on the occupied cells: the inverse transform along x,
        then along y only for the rows of the grid (the others are padding). The spectrum
        is a temporary: transformed in place."""
        rows = sfft.ifft(spectrum, axis=0, overwrite_x=True)[:self.nx]
        return sfft.irfft(rows, n=self.shape[1], axis=1)[grid.cx, grid.cy]

    def _moment_spectra(self, grid, sw, powx, powy, is_canceled, p):
        """Spectra and absolute sums of the source moments of every cell, per multi-index."""
        buffers = {}  # one dense grid per thread, reused

        def forward(beta):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            m, norm = cell_moment(grid, sw, powx, powy, beta)
            dense = buffers.setdefault(threading.get_ident(), np.empty((self.nx, self.ny)))
            dense.fill(0.0)
            dense[grid.cx, grid.cy] = m
            return self._forward(dense), norm

        betas = multi_indices(p)
        spectra_q, norm_q = {}, {}
        for beta, (spectrum, norm) in zip(betas, self._map(forward, betas)):
            spectra_q[beta], norm_q[beta] = spectrum, norm
        return spectra_q, norm_q

    def _locals(self, group, spectra_q, norm_q, grid, is_canceled, buffers):
        """The local expansions L_α of the multi-indices in `group` on the occupied cells, with
        their rounding-error scales: Σ_β a'_(α+β) q'_β multiplied piece by piece, every α
        of the group on one piece before the next (the pieces stay in the cache). The
        spectra are summed in `buffers` (the thread's own, reused: fresh memory costs page
        faults) and transformed back in place."""
        terms, errs = [], []
        for alpha in group:
            pairs, err = [], 0.0
            for beta in multi_indices(self.p - alpha[0] - alpha[1]):
                n = (alpha[0] + beta[0], alpha[1] + beta[1])
                pairs.append((self.spectra[n].reshape(-1), spectra_q[beta].reshape(-1)))
                err += math.comb(n[0], alpha[0]) * math.comb(n[1], alpha[1]) * self.kmax[n] * norm_q[beta]
            terms.append(pairs)
            errs.append(err)
        shape = spectra_q[(0, 0)].shape
        size = spectra_q[(0, 0)].size
        accs = buffers.setdefault(threading.get_ident(), [])
        accs.extend(np.empty(size, dtype=spectra_q[(0, 0)].dtype) for _ in range(len(group) - len(accs)))
        accs = accs[:len(group)]
        for acc in accs:
            acc.fill(0.0)
        tmp = np.empty(_PIECE, dtype=accs[0].dtype)
        for lo in range(0, size, _PIECE):
            if is_canceled is not None and lo % (64 * _PIECE) == 0 and is_canceled():
                raise Canceled()
            hi = min(lo + _PIECE, size)
            piece = tmp[:hi - lo]
            for acc, pairs in zip(accs, terms):
                into = acc[lo:hi]
                for kernel, moment in pairs:
                    np.multiply(kernel[lo:hi], moment[lo:hi], out=piece)
                    into += piece
        return [(self._inverse(acc.reshape(shape), grid) / _factorial2(alpha), err)
                for alpha, acc, err in zip(group, accs, errs)]

    def moments(self, grid, w, p=None, is_canceled=None):
        """The source moments of the weights w up to order p (default: this kernel's), for
        evaluate(): (sorted weights, powers of the offsets, moment spectra, their norms).
        Any FarField of the same grid and order at most p may use them."""
        p = self.p if p is None else p
        sw, powx, powy = offset_powers(grid, w, p)
        spectra_q, norm_q = self._moment_spectra(grid, sw, powx, powy, is_canceled, p)
        return sw, powx, powy, spectra_q, norm_q

    def evaluate(self, grid, w, is_canceled=None, moments=None):
        """(far sums at every point, absolute error bound at every point), in units
        1/h^power; `moments` from moments() (made here when not given)."""
        p = self.p
        nx, ny = self.nx, self.ny
        sw, powx, powy, spectra_q, norm_q = moments or self.moments(grid, w, p, is_canceled)

        buffers = {}

        def local(group):
            return self._locals(group, spectra_q, norm_q, grid, is_canceled, buffers)

        def bound_field(_):
            dense = np.zeros((nx, ny))
            dense[grid.cx, grid.cy] = np.add.reduceat(sw, grid.start)
            return self._inverse(sfft.rfft2(dense, s=self.shape) * self.bound_spectrum, grid), 0.0

        alphas = multi_indices(p)
        n_groups = max(2 * self.threads, -(-len(alphas) // _GROUP))
        groups = [alphas[k::n_groups] for k in range(n_groups)]  # each a mix of cheap and costly terms
        parts = self._map(lambda g: [bound_field(g)] if g is None else local(g), [None] + groups)
        by_alpha = {alpha: value for group, part in zip(groups, parts[1:]) for alpha, value in zip(group, part)}
        results = parts[0] + [by_alpha[alpha] for alpha in alphas]
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
              is_canceled=None, cache=None, extent=None, order=None, scale=None):
    """S(p) = Σ_v w_v / max(|p - v|, d0) at every point (metres in, 1/metre out), and
    a rigorous absolute error bound per point. x, y distinct planar points (metres).

    Near and mid pairs use cells of h; the far field cells of ratio × h, whose centres
    are at least far_m apart. `extent` (x0, y0, x1, y1) fixes the grids (to share the
    kernel spectra, kept in the dict `cache`, between populations of one run).
    Returns (sums, bound, info)."""
    sums, bounds, info = fast_kernel_sums(x, y, [(1, w)], floor_m, tol, h, ratio, far_m, threads, progress,
                                          is_canceled, cache, extent, order, scale=scale)
    return sums[0], bounds[0], info


# the cost model of a layout (CPU seconds per unit, fitted by least squares to tools/bench.py's
# populations, sectors and benchmarks, clustered and at addresses of their own, at scales 1
# to 8 with and without the second level, and to the significance's three channels at
# targets; only their ratios matter): one mid pair as _estimated_pairs_of counts them (about
# twice the pairs summed) of a target cell with many points (fastpairs' blocks) or few (its
# rows), for one channel, and the share each further channel adds; one cell of the
# far-field transform times one Taylor term: the source moments of a weight vector, the
# local expansions of a channel, a kernel spectrum (when not cached); the second level:
# one fine cell × one Taylor term × one channel, and its ring of mid pairs (a share of the
# pairs it takes). The per-point work is the same at every scale and left out.
_BLOCK_PAIR_COST, _ROW_PAIR_COST = 2.1e-9, 1.36e-8
_BLOCK_CHANNEL_SHARE, _ROW_CHANNEL_SHARE = 0.0, 0.5
_MOMENT_COST, _LOCAL_COST, _SPECTRUM_COST = 1.3e-8, 1.95e-8, 1.3e-8
_LEVEL2_COST, _RING_SHARE = 6e-8, 0.3
_MAX_SCALE_STEPS = 6  # the cells grow by at most 2^6 for the cost's sake


def _cell_index(v, v0, size, n=None):
    """The cells of size `size` from v0 of the values v ≥ v0 (the last n - 1 at most): for
    the cost model, truncation instead of floor division (several times faster)."""
    index = ((v - v0) * (1.0 / size)).astype(np.int64)
    return np.clip(index, 0, None if n is None else n - 1, out=index)


def _cell_table(x, y, extent, size, far_cells2, memo=None):
    """For cells of `size` from the extent's corner: every point's cell, the occupied cells,
    and for each of those the points in the square of cells around it that are not far,
    scaled by the share of that square within the far distance (a disc); the box sums from
    a summed-area table in float32 (exact up to 2^24 points). Kept in `memo` (a dict) per
    size: the scales of a search share them."""
    if memo is not None and (size, far_cells2) in memo:
        return memo[(size, far_cells2)]
    x0, y0, x1, y1 = extent
    nx, ny = int((x1 - x0) // size) + 1, int((y1 - y0) // size) + 1
    cell = _cell_index(x, x0, size, nx) * ny + _cell_index(y, y0, size, ny)
    counts = np.bincount(cell, minlength=nx * ny)
    occupied = np.flatnonzero(counts)
    m = int(math.isqrt(max(far_cells2 - 1, 0)))
    w = 2 * m + 1
    box = np.zeros((nx + w, ny + w), dtype=np.float32)
    box[m + 1:m + 1 + nx, m + 1:m + 1 + ny] = counts.reshape(nx, ny)
    np.cumsum(box, axis=0, out=box)
    np.cumsum(box, axis=1, out=box)
    i, j = occupied // ny, occupied % ny
    around = (box[i + w, j + w].astype(np.float64) - box[i, j + w] - box[i + w, j] + box[i, j])
    ox, oy = np.meshgrid(np.arange(-m, m + 1), np.arange(-m, m + 1))
    around *= np.count_nonzero(ox * ox + oy * oy < far_cells2) / float(w * w)
    table = (cell, counts, occupied, around)
    if memo is not None:
        memo[(size, far_cells2)] = table
    return table


def _estimated_pairs_of(x, y, masks, extent, big, far_cells2, memo=None):
    """About how many mid pairs the coarse cells of size `big` give, for each target mask
    (None: all points): for every coarse cell, its targets times the points in the square
    of cells around it that are not far, scaled by the share of those cells within the far
    distance (a disc)."""
    cell, counts, occupied, around = _cell_table(x, y, extent, big, far_cells2, memo)
    out = []
    for mask in masks:
        own = counts[occupied] if mask is None else np.bincount(cell[mask], minlength=counts.size)[occupied]
        out.append(float(np.dot(own, around)))
    return out


def _orders(rho, tol, powers, order=None):
    """The expansion order of each kernel power. The a-posteriori bound is far below the
    a-priori one (about 20× at equal order on clustered data for 1/r, 8× for 1/r²): p is
    chosen from 20·tol (1/r) or 5·tol (1/r²) and the caller refines the rare points whose
    own bound still exceeds tol."""
    return {power: choose_order(rho, (40.0 if power == 1 else 10.0) * tol, power=power) if order is None else order
            for power in powers}


def _in_full_cells(cell, targets, size):
    """The targets (all points: None) whose cell (of `size` cells) holds at least
    fastpairs.BLOCK_MIN targets: their mid pairs are summed as blocks."""
    from .fastpairs import BLOCK_MIN
    mine = np.ones(len(cell), dtype=bool) if targets is None else targets
    return mine & (np.bincount(cell[mine], minlength=size)[cell] >= BLOCK_MIN)


def _pair_estimates(x, y, targets, extent, layout, memo=None):
    """The estimated mid pairs of a layout, of all targets and of those in full fine cells
    (summed as blocks), at its coarse cells and at its fine cells (the second level's)."""
    big, far_cells2 = layout[1], layout[2]
    fine_cell, fine_counts = _cell_table(x, y, extent, big / 2.0, far_cells2, memo)[:2]
    full = _in_full_cells(fine_cell, targets, fine_counts.size)
    return {cell: _estimated_pairs_of(x, y, [targets, full], extent, cell, far_cells2, memo)
            for cell in (big, big / 2.0)}


def _pair_cost(estimates, layout, n_channels, level2):
    """The modelled cost of the mid pairs (estimates: _pair_estimates): those of targets in
    full cells (blocks) and the others (rows); with the second level, those of the fine
    cells and the ring (_RING_SHARE of the pairs the second level takes)."""
    big = layout[1]
    every, in_blocks = estimates[big]
    if level2:
        fine_every, fine_blocks = estimates[big / 2.0]
        every = fine_every + _RING_SHARE * (every - fine_every)
        in_blocks = fine_blocks + _RING_SHARE * (in_blocks - fine_blocks)
    block = _BLOCK_PAIR_COST * (1 + _BLOCK_CHANNEL_SHARE * (n_channels - 1))
    row = _ROW_PAIR_COST * (1 + _ROW_CHANNEL_SHARE * (n_channels - 1))
    return in_blocks * block + (every - in_blocks) * row


def _layout_cost(estimates, layout, channels, cached, tol, level2=False):
    """The modelled CPU cost of computing the channels (power, w) with this layout (and the
    second level); estimates: its _pair_estimates."""
    h, big, far_cells2, rho, origin, ncx, ncy = layout
    cells = sfft.next_fast_len(2 * ncx - 1, real=True) * sfft.next_fast_len(2 * ncy - 1, real=True)
    powers = {power for power, _ in channels}
    orders = _orders(rho, tol, powers)

    def terms(p):
        return (p + 1) * (p + 2) // 2

    far = sum(terms(orders[power]) for power, _ in channels) * cells * _LOCAL_COST
    by_weights = {}
    for power, w in channels:
        by_weights[id(w)] = max(by_weights.get(id(w), 0), orders[power])
    far += sum(terms(p) for p in by_weights.values()) * cells * _MOMENT_COST
    far += sum(terms(orders[p]) + 1 for p in powers if (ncx, ncy, big, p) not in cached) * cells * _SPECTRUM_COST
    if level2:
        reach = 2 * int(math.isqrt(max(far_cells2 - 1, 0))) + 3
        fine_cells = sfft.next_fast_len(2 * ncx + reach) * sfft.next_fast_len(2 * ncy + reach, real=True)
        far += sum(terms(orders[power]) for power, _ in channels) * fine_cells * _LEVEL2_COST
    return far + _pair_cost(estimates, layout, len(channels), level2)


def choose_scale(x, y, channels, extent, floor_m, h=250.0, ratio=2, far_m=3000.0, targets=None, cache=None,
                 tol=1e-5, with_level2=False):
    """The cell scale of the least modelled cost, in steps of √2: larger cells make the
    far-field transform smaller (2× per step) and the mid pairs more (up to 2×), so a
    sparse population takes larger cells than a dense one. Never below grid_scale (the
    memory bound); the search stops after two steps in a row that cost more than the best.
    The certificate does not depend on the scale. with_level2: returns (scale, whether the
    second level pays)."""
    from .fastlevel2 import usable
    base = grid_scale(extent, floor_m, h, ratio)
    cached = {(k[0], k[1], k[2], k[5]) for k in (cache or {}) if len(k) == 6}
    best, rises, memo = None, 0, {}
    for step in range(2 * _MAX_SCALE_STEPS + 1):
        scale = base * 2.0 ** (step / 2.0)
        layout = _layout(extent, floor_m, h, ratio, far_m, scale)
        if step and min(layout[5], layout[6]) < 4:
            break
        options = [False] + ([True] if with_level2 and ratio == 2 and usable(layout[0], layout[2], floor_m) else [])
        estimates = _pair_estimates(x, y, targets, extent, layout, memo)
        cost, level2 = min((_layout_cost(estimates, layout, channels, cached, tol, lv), lv) for lv in options)
        if best is None or cost < best[0]:
            best, rises = (cost, scale, level2), 0
        else:
            rises += 1
            if rises == 2:
                break
    return (best[1], best[2]) if with_level2 else best[1]


def _layout(extent, floor_m, h, ratio, far_m, scale=None):
    """The grids of an extent: (fine cell h, far-field cell, far_cells2, ρ, origin, ncx, ncy);
    the cells grow by `scale` (default: grid_scale, the least the memory bound allows)."""
    scale = grid_scale(extent, floor_m, h, ratio) if scale is None else scale
    h, far_m = h * scale, far_m * scale
    big = h * ratio
    far_m = max(far_m, floor_m + 2 * math.sqrt(2.0) * big)
    far_cells2 = math.ceil((far_m / big) ** 2)
    rho = math.sqrt(2.0) / math.sqrt(far_cells2)
    x0, y0, x1, y1 = extent
    x0 -= 1e-9 * max(1.0, abs(x0)) + 1e-6
    y0 -= 1e-9 * max(1.0, abs(y0)) + 1e-6
    return h, big, far_cells2, rho, (x0, y0), int((x1 - x0) // big) + 1, int((y1 - y0) // big) + 1


def _far_field(cache, key, threads):
    """The FarField of key (ncx, ncy, cell, far_cells2, order, power), from the cache (which
    keeps one per power and cell size: a run's populations may take different scales) or
    made."""
    far_field = None if cache is None else cache.get(key)
    if far_field is None:
        ncx, ncy, big, far_cells2, p, power = key
        far_field = FarField(ncx, ncy, big, far_cells2, p, threads, power)
        if cache is not None:
            for old in [k for k in cache if len(k) != len(key) or (k[-1] == power and k[2] == big)]:
                del cache[old]
            cache[key] = far_field
    return far_field


class _FarJob:
    """The far field of every channel, computed on a thread of its own while the caller
    sums the mid pairs (both release the GIL in their numpy and FFT work). result():
    (far sums, absolute bounds, the FarFields by power); the far field's exceptions
    (Canceled) are raised there."""

    def __init__(self, cache, layout, orders, coarse, channels, threads, is_canceled, fine_level=None):
        self.error, self.out = None, None
        self.args = (cache, layout, orders, coarse, channels, threads, is_canceled)
        self.fine_level = fine_level  # (fine grid, far_cells2, near offsets): the second level
        self.thread = threading.Thread(target=self._run, name=FAR_FIELD_THREAD, daemon=True)
        self.thread.start()

    def _run(self):
        cache, (ncx, ncy, big, far_cells2), orders, coarse, channels, threads, is_canceled = self.args
        try:
            fields = {power: _far_field(cache, (ncx, ncy, big, far_cells2, p, power), threads)
                      for power, p in orders.items()}
            fars = [np.zeros(len(coarse.tx)) for _ in channels]
            bounds = _far_sums(coarse, channels, fields, fars, big, is_canceled)
            if self.fine_level is not None:
                _fine_level_sums(self.fine_level, channels, orders, fars, bounds, big / 2.0, threads, is_canceled)
            self.out = (fars, bounds, fields)
        except BaseException as e:  # noqa: BLE001 (re-raised on the caller's thread)
            self.error = e

    def result(self):
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.out


def _add_level(channels, orders, sums, bounds, cell, moments_of, evaluate):
    """Add one expansion level of every channel (power, w) to its sums and bounds (units of
    the level's cell). The moments of a weight vector are made once, at the highest order of
    the kernels that use it: moments_of(w, p); evaluate(w, power, moments) gives the level's
    (sums, absolute bounds) in 1/cell^power."""
    for w in {id(w): w for _, w in channels}.values():
        mine = [k for k, (_, v) in enumerate(channels) if v is w]
        moments = moments_of(w, max(orders[channels[k][0]] for k in mine))
        for k in mine:
            power = channels[k][0]
            value, bound = evaluate(w, power, moments)
            sums[k] += value / cell ** power
            bounds[k] = bound / cell ** power if bounds[k] is None else bounds[k] + bound / cell ** power
        moments = None


def _fine_level_sums(fine_level, channels, orders, sums, bounds, h, threads, is_canceled):
    """Add the second level (fastlevel2) of every channel to its sums and bounds."""
    from .fastlevel2 import FineLevel
    fine, far_cells2, near_ox, near_oy = fine_level
    level = FineLevel(fine, far_cells2, near_ox, near_oy, threads)
    _add_level(channels, orders, sums, bounds, h, lambda w, p: level.moments(fine, w, p, is_canceled),
               lambda w, power, moments: level.evaluate(fine, w, orders[power], power, moments, is_canceled))


def _far_sums(coarse, channels, fields, sums, big, is_canceled):
    """Add the far field of every channel to its sums; the absolute bounds."""
    bounds = [None] * len(channels)
    any_field = next(iter(fields.values()))  # the moments depend on the grid only
    orders = {power: field.p for power, field in fields.items()}
    _add_level(channels, orders, sums, bounds, big, lambda w, p: any_field.moments(coarse, w, p, is_canceled),
               lambda w, power, moments: fields[power].evaluate(coarse, w, is_canceled, moments))
    return bounds


def fast_kernel_sums(x, y, channels, floor_m, tol=1e-5, h=250.0, ratio=2, far_m=3000.0, threads=2,
                     progress=None, is_canceled=None, cache=None, extent=None, order=None, targets=None,
                     scale=None, level2=None):
    """For each channel (power, w): Σ_v w_v / max(|p - v|, d0)^power at every point p (metres
    in, 1/metre^power out), power 1 or 2, and a rigorous absolute error bound per point; all
    channels in one pass over the pairs. x, y distinct planar points (metres). With
    `targets` (a mask), only the sums at the targets are needed (the others are partial).
    The cells grow by `scale` (default: choose_scale, the least modelled cost for these
    points, which also decides `level2`, the second expansion level of fastlevel2; with a
    scale given, level2 only when asked). Otherwise as fast_sums. Returns (list of sums,
    list of bounds, info)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    arrays = {}
    channels = [(int(power), arrays.setdefault(id(w), np.asarray(w, dtype=np.float64))) for power, w in channels]
    if not channels or any(power not in POWERS for power, _ in channels):
        raise ValueError("channels must be (power, weights) with power in %s" % (POWERS,))
    if extent is None:
        extent = (x.min(), y.min(), x.max(), y.max())
    if scale is None:
        scale, chosen = choose_scale(x, y, channels, extent, floor_m, h, ratio, far_m,
                                     None if targets is None else np.asarray(targets, dtype=bool), cache, tol, True)
        level2 = chosen if level2 is None else level2
    h, big, far_cells2, rho, origin, ncx, ncy = _layout(extent, floor_m, h, ratio, far_m, scale)
    powers = sorted({power for power, _ in channels})
    orders = _orders(rho, tol, powers, order)
    fine = Grid(x, y, h, origin, (ncx * ratio, ncy * ratio))
    coarse = Grid(x, y, big, origin, (ncx, ncy))
    near_ox, near_oy = near_offsets(h, floor_m)

    def part(lo, hi):
        return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))

    sums = near_parts(fine, channels, near_ox, near_oy, floor_m)
    from . import fastlevel2
    level2 = bool(level2) and ratio == 2 and fastlevel2.usable(h, far_cells2, floor_m)
    far = _FarJob(cache, (ncx, ncy, big, far_cells2), orders, coarse, channels, threads, is_canceled,
                  (fine, far_cells2, near_ox, near_oy) if level2 else None)
    try:
        mids, n_pairs = all_mid_sums(fine, x, y, channels, targets, floor_m, near_reach(near_ox, near_oy),
                                     is_canceled, part(0.0, 0.6), ratio, far_cells2, threads, level2)
    except BaseException:
        far.thread.join()  # it stops at its next check when canceled
        raise
    if progress is not None:
        progress(0.7)
    fars, bounds, fields = far.result()
    for total, mid, far_sum in zip(sums, mids, fars):
        total += mid
        total += far_sum
    if progress is not None:
        progress(1.0)
    first = channels[0][0]
    info = {"order": orders[first], "orders": orders, "rho": rho, "mid_pairs": n_pairs, "cells": len(fine.cells),
            "cell_m": h, "scale": scale, "level2": level2, "fft": fields[first].shape,
            "apriori": apriori_bound(rho, orders[first], first)}
    return sums, bounds, info
