"""Leading eigenvectors per connected component, for :mod:`~graphkit.analysis.centrality`.

Two ways to the same values: numpy/scipy (dense ``eigh``/``eig`` up to
:data:`DENSE_MAX` nodes, ARPACK above) and plain-Python power iteration
(:func:`per_component_python`, used for an article's graph so that
``graphkit centrality`` loads neither numpy nor scipy). numpy and scipy are
imported inside the functions that need them.

>>> per_component_python([{1: 1.0}, {0: 1.0}], 2, gram=False)
([1.0, 1.0], [0.0, 0.0])
"""

from __future__ import annotations

import math
from collections.abc import Iterable

# Dense linear algebra is exact and fast below this size; ARPACK above.
DENSE_MAX = 400


def _power(M, n: int):
    """Leading eigenpair by shifted power iteration, the last resort."""
    import numpy as np
    import scipy.sparse as sp

    x = np.full(n, 1.0 / math.sqrt(n))
    shift = sp.identity(n, format="csr")
    lam = 0.0
    for _ in range(2000):
        y = M @ x + shift @ x  # the shift damps the oscillation of bipartite graphs
        norm = np.linalg.norm(y)
        if norm == 0:
            return 0.0, np.zeros(n)
        y /= norm
        done = np.abs(y - x).max() < 1e-12
        x = y
        if done:
            break
    lam = float(x @ (M @ x))
    return lam, x


def _dense(M):
    return M.toarray() if hasattr(M, "toarray") else M


def _leading(M, symmetric: bool, notes: list[str], what: str):
    """Leading eigenvalue and non-negative eigenvector of a non-negative matrix.

    ``M`` is a dense numpy array or a scipy sparse matrix.
    """
    import numpy as np

    n = M.shape[0]
    if n <= DENSE_MAX or n < 3:  # ARPACK needs k < n - 1
        A = _dense(M)
        if symmetric:
            vals, vecs = np.linalg.eigh(A)
            i = int(np.argmax(vals))
        else:
            vals, vecs = np.linalg.eig(A)
            i = int(np.argmax(vals.real))
        return float(vals[i].real), np.abs(vecs[:, i].real)
    from scipy.sparse.linalg import ArpackError, ArpackNoConvergence, eigs, eigsh

    v0 = np.full(n, 1.0 / math.sqrt(n))  # ARPACK starts at random otherwise
    try:
        if symmetric:
            vals, vecs = eigsh(M, k=1, which="LA", v0=v0, maxiter=10 * n)
        else:
            vals, vecs = eigs(M, k=1, which="LR", v0=v0, maxiter=10 * n)
        return float(vals[0].real), np.abs(vecs[:, 0].real)
    except (ArpackNoConvergence, ArpackError):
        notes.append(f"{what}: ARPACK did not converge on {n} nodes; used power iteration")
        lam, x = _power(M, n)
        return lam, np.abs(x)


def _weak_labels(M):
    """Weakly connected component labels of the non-zero pattern of ``M``."""
    import numpy as np

    if hasattr(M, "toarray"):
        from scipy.sparse import csgraph

        return csgraph.connected_components(M, directed=True, connection="weak")
    n = M.shape[0]
    adj: list[set[int]] = [set() for _ in range(n)]
    for i, j in zip(*np.nonzero(M)):
        adj[int(i)].add(int(j))
        adj[int(j)].add(int(i))
    labels = np.full(n, -1)
    count = 0
    for start in range(n):
        if labels[start] >= 0:
            continue
        labels[start] = count
        stack = [start]
        while stack:
            for j in adj[stack.pop()]:
                if labels[j] < 0:
                    labels[j] = count
                    stack.append(j)
        count += 1
    return count, labels


def per_component(M, directed: bool, notes: list[str], what: str, gram: bool = False):
    """Leading eigenvector per (weakly) connected component.

    The eigenvector of a disconnected graph lives on one component only and
    is not unique when two components tie, so each component is solved on
    its own, its vector scaled to a maximum of 1 and then by its leading
    eigenvalue over the largest one (the square root of it for ``gram``,
    where eigenvalues are squared singular values). Returns ``(scores,
    x)``; with ``gram`` ``M`` is the adjacency matrix and the vector is that
    of ``M.T @ M`` (authorities); ``x`` is then ``M @ authorities`` (hubs),
    scaled the same way. ``M`` is dense (small graphs) or CSR.
    """
    import numpy as np

    sparse = hasattr(M, "toarray")
    n = M.shape[0]
    scores = np.zeros(n)
    other = np.zeros(n)
    nnz = (lambda A: A.nnz) if sparse else np.count_nonzero
    if n == 0 or nnz(M) == 0:
        return scores, other
    # Components are weak for both: a symmetric matrix has the same ones.
    n_comp, labels = _weak_labels(M)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(n_comp + 1))
    # (nodes, vector) pairs of authorities (or eigenvector scores) and hubs, with their eigenvalue
    parts = []
    for c in range(n_comp):
        idx = order[bounds[c] : bounds[c + 1]]
        if len(idx) < 2:
            continue
        sub = M[idx][:, idx]
        if nnz(sub) == 0:
            continue
        if gram:
            # Authorities cited together form the connected parts of
            # M.T @ M; each part has its own leading vector (a chain
            # A -> B -> C has two, of equal weight), so each is solved alone
            # rather than letting LAPACK pick one vector of the tie.
            g = sub.T @ sub
            g = g.tocsr() if sparse else g
            n_g, g_labels = _weak_labels(g)
            for gc in range(n_g):
                pos = np.flatnonzero(g_labels == gc)
                block = g[pos][:, pos]
                if nnz(block) == 0:
                    continue  # cited by nobody: no authority
                lam, a_pos = _leading(block, True, notes, what)
                a = np.zeros(len(idx))
                a[pos] = a_pos
                h = sub @ a
                lam = math.sqrt(max(lam, 0.0))
                if lam > 1e-12:
                    cited = h > 0
                    parts.append((lam, idx[pos], a_pos, idx[cited], h[cited]))
            continue
        if directed:
            # In-edges: an actor is central when central actors point to it.
            lam, a = _leading(sub.T.tocsr() if sparse else sub.T, False, notes, what)
        else:
            lam, a = _leading(sub, True, notes, what)
        if lam <= 1e-12:
            continue  # acyclic directed part: no eigenvector centrality
        parts.append((lam, idx, a, idx[:0], a[:0]))
    if not parts:
        return scores, other
    top = max(part[0] for part in parts)
    for lam, a_idx, a, h_idx, h in parts:
        for where, vec, out in ((a_idx, a, scores), (h_idx, h, other)):
            m = vec.max() if len(vec) else 0.0
            if m > 0:
                out[where] = vec / m * (lam / top)
    # Clip float noise so values stay in [0, 1] and zeros are exact.
    scores[scores < 1e-12] = 0.0
    other[other < 1e-12] = 0.0
    return np.minimum(scores, 1.0), np.minimum(other, 1.0)


def _components(adj: list[set[int]], members: Iterable[int]) -> list[list[int]]:
    """Connected components of ``members`` (lowest first) under the links ``adj``."""
    seen: set[int] = set()
    out = []
    for start in members:
        if start in seen:
            continue
        seen.add(start)
        comp, stack = [start], [start]
        while stack:
            for j in adj[stack.pop()]:
                if j not in seen:
                    seen.add(j)
                    comp.append(j)
                    stack.append(j)
        out.append(sorted(comp))
    return out


def _power_python(B: dict[int, dict[int, float]], idx: list[int]) -> tuple[float, list[float]] | None:
    """Leading eigenpair of the symmetric non-negative ``B`` on ``idx`` (connected), or None.

    Shifted by half the mean row sum (at most half the leading eigenvalue),
    so a bipartite component's ``-lambda`` does not stall the iteration;
    stops when no entry moves by 1e-13, which within the 3,000 steps allowed
    leaves an error below 1e-10. None when it does not get there (numpy then).
    """
    k = len(idx)
    pos = {v: t for t, v in enumerate(idx)}
    R = [[(pos[j], w) for j, w in B.get(v, {}).items()] for v in idx]
    c = 0.5 * sum(w for row in R for _, w in row) / k
    x = [1.0 / math.sqrt(k)] * k
    for _ in range(3000):
        y = [c * x[t] + sum(w * x[u] for u, w in R[t]) for t in range(k)]
        norm = math.sqrt(sum(v * v for v in y))
        if norm == 0:
            return 0.0, [0.0] * k
        y = [v / norm for v in y]
        moved = max(abs(a - b) for a, b in zip(y, x))
        x = y
        if moved < 1e-13:
            break
    else:
        return None
    lam = sum(x[t] * sum(w * x[u] for u, w in R[t]) for t in range(k))
    return lam, [abs(v) for v in x]


def per_component_python(
    rows: list[dict[int, float]], n: int, gram: bool
) -> tuple[list[float], list[float]] | None:
    """:func:`per_component` for a symmetric matrix or a HITS Gram matrix, in plain Python.

    ``rows[i][j]`` is the weight of ``i -> j``. Each part solved is
    connected, so its leading eigenvector is unique and equals numpy's.
    None when the iteration is slow (or a weight is not positive): numpy
    then decides.
    """
    if any(w <= 0 for row in rows for w in row.values()):
        return None
    adj: list[set[int]] = [set(row) for row in rows]
    for i, row in enumerate(rows):
        for j in row:
            adj[j].add(i)
    scores, other = [0.0] * n, [0.0] * n
    parts = []
    for comp in _components(adj, range(n)):
        if len(comp) < 2 or not any(rows[i] for i in comp):
            continue
        if gram:
            # Authorities cited together: the connected parts of M.T @ M (as above).
            B: dict[int, dict[int, float]] = {}
            for i in comp:
                for a_, wa in rows[i].items():
                    row = B.setdefault(a_, {})
                    for b, wb in rows[i].items():
                        row[b] = row.get(b, 0.0) + wa * wb
            linked = [set(B.get(v, {})) for v in range(n)]
            for group in _components(linked, sorted(B)):
                found = _power_python(B, group)
                if found is None:
                    return None
                lam, a = found
                at = dict(zip(group, a))
                hubs = [i for i in comp if any(j in at for j in rows[i])]
                h = [sum(w * at.get(j, 0.0) for j, w in rows[i].items()) for i in hubs]
                lam = math.sqrt(max(lam, 0.0))
                if lam > 1e-12:
                    parts.append((lam, group, a, hubs, h))
            continue
        found = _power_python({i: rows[i] for i in comp}, comp)
        if found is None:
            return None
        lam, a = found
        if lam > 1e-12:
            parts.append((lam, comp, a, [], []))
    if not parts:
        return scores, other
    top = max(part[0] for part in parts)
    for lam, a_idx, a, h_idx, h in parts:
        for where, vec, out in ((a_idx, a, scores), (h_idx, h, other)):
            m = max(vec, default=0.0)
            if m > 0:
                for i, v in zip(where, vec):
                    out[i] = v / m * (lam / top)
    return (
        [0.0 if v < 1e-12 else min(v, 1.0) for v in scores],
        [0.0 if v < 1e-12 else min(v, 1.0) for v in other],
    )
