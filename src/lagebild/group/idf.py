"""Document frequencies that grow with the stream, so IDF needs no second pass.

A term's weight is the smoothed IDF log((1 + n) / (1 + df)) + 1 over the n
articles observed so far. A one-shot run observes its whole batch first; a
stream observes each article as it arrives. Weights change slowly as n grows,
which is what lets stories built early be compared with articles arriving late.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any


class DocumentFrequency:
    def __init__(self) -> None:
        self.documents = 0
        self.counts: dict[str, int] = {}
        # idf(key) = top - logs.get(key, 0.0); kept apart so that hot loops can inline it.
        self.logs: dict[str, float] = {}
        self.top = 1.0

    def observe(self, keys: Iterable[str]) -> None:
        counts, logs = self.counts, self.logs
        for key in keys:
            count = counts.get(key, 0) + 1
            counts[key] = count
            logs[key] = math.log(1 + count)
        self.documents += 1
        self.top = math.log(1 + self.documents) + 1.0

    def idf(self, key: str) -> float:
        return self.top - self.logs.get(key, 0.0)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "counts": dict(self.counts)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentFrequency:
        frequency = cls()
        frequency.documents = int(data["documents"])
        frequency.counts = {str(k): int(v) for k, v in data["counts"].items()}
        frequency.logs = {k: math.log(1 + v) for k, v in frequency.counts.items()}
        frequency.top = math.log(1 + frequency.documents) + 1.0
        return frequency
