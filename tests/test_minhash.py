from __future__ import annotations

import numpy as np

from lagebild.group.minhash import LSHIndex, MinHasher, bands_for


def _set(prefix: str, n: int) -> set[str]:
    return {f"{prefix}{i}" for i in range(n)}


def test_signature_agreement_estimates_jaccard() -> None:
    hasher = MinHasher(256)
    a = _set("w", 200)
    b = _set("w", 150) | _set("x", 50)  # Jaccard 150 / 250 = 0.6
    agreement = float(np.mean(hasher.signature(a) == hasher.signature(b)))
    assert abs(agreement - 0.6) < 0.1


def test_signatures_are_deterministic() -> None:
    words = _set("w", 30)
    assert np.array_equal(MinHasher(64).signature(words), MinHasher(64).signature(words))


def test_bands_put_the_threshold_on_the_s_curve() -> None:
    bands, rows = bands_for(0.5, 128)
    assert bands * rows <= 128
    assert abs((1 / bands) ** (1 / rows) - 0.5) < 0.1


def test_index_finds_near_copies_and_not_strangers() -> None:
    hasher = MinHasher(128)
    index = LSHIndex(0.5, 128)
    index.insert("original", hasher.signature(_set("w", 100)))
    index.insert("other", hasher.signature(_set("z", 100)))
    near = _set("w", 90) | _set("q", 10)
    assert index.query(hasher.signature(near)) == {"original"}
    assert index.query(hasher.signature(_set("y", 100))) == set()
