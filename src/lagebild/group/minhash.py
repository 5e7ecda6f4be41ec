"""MinHash signatures and banded LSH, vectorised with NumPy.

A signature keeps, for each of ``num_perm`` random hash functions
h(x) = (a·x + b) mod p, the minimum over a document's shingle hashes; two
signatures agree in a position with probability equal to the Jaccard
similarity of the shingle sets. Banding (b bands of r rows) turns that into
candidate pairs: documents sharing any whole band are compared exactly.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1


class MinHasher:
    def __init__(self, num_perm: int, seed: int = 1) -> None:
        generator = np.random.RandomState(seed)
        self.a = generator.randint(1, 1 << 31, size=num_perm, dtype=np.uint64)
        self.b = generator.randint(0, 1 << 31, size=num_perm, dtype=np.uint64)

    def signature(self, shingles: Iterable[str]) -> np.ndarray:
        hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64)
        if hashes.size == 0:
            return np.full(self.a.shape, _MAX_HASH, dtype=np.uint64)
        # (a·x + b) mod p with x < 2^32 and a, b < 2^31 stays below 2^64.
        values = (np.outer(hashes, self.a) + self.b) % np.uint64(_PRIME) & np.uint64(_MAX_HASH)
        minimum: np.ndarray = values.min(axis=0)
        return minimum


def bands_for(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) whose S-curve (1/b)^(1/r) lies closest to ``threshold``."""
    best = (num_perm, 1)
    best_gap = float("inf")
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        gap = abs((1 / bands) ** (1 / rows) - threshold)
        if gap < best_gap:
            best, best_gap = (bands, rows), gap
    return best


class LSHIndex:
    """Finds the stored keys whose signatures share at least one band with a query."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        # Lean to recall: the exact comparison after the lookup removes false candidates.
        self.bands, self.rows = bands_for(threshold * 0.8, num_perm)
        self.buckets: list[defaultdict[bytes, list[str]]] = [
            defaultdict(list) for _ in range(self.bands)
        ]

    def _keys(self, signature: np.ndarray) -> list[bytes]:
        return [signature[i * self.rows : (i + 1) * self.rows].tobytes() for i in range(self.bands)]

    def query(self, signature: np.ndarray) -> set[str]:
        found: set[str] = set()
        for band, key in zip(self.buckets, self._keys(signature), strict=True):
            found.update(band.get(key, ()))
        return found

    def insert(self, key: str, signature: np.ndarray) -> None:
        for band, band_key in zip(self.buckets, self._keys(signature), strict=True):
            band[band_key].append(key)
