"""Skipping SoMaJo's emoji pass on emoji-free text must not change a single token."""

from __future__ import annotations

import json
import subprocess
import sys

from lagebild.analyze.sentences import split_sentences

from support import EXAMPLES

SAMPLES = [
    "Am 5. März sagte Dr. Kessler: „Das ist gut.“ Die Zahl stieg auf 1.500 Menschen.",
    "Freude 😀 und Herz ❤️ – © 2026 dpa ™, 5 € und „Zitat“ … ok 👍🏽 Familie 👨‍👩‍👧.",
    *(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:3]),
]

_UNPATCHED = """
import json, sys
from somajo import SoMaJo
tokenizer = SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)
out = []
for text in json.loads(sys.stdin.read()):
    for paragraph in text.split("\\n\\n"):
        if paragraph.strip():
            for sentence in tokenizer.tokenize_text([paragraph]):
                out.append([[t.text, list(t.character_offset), t.token_class] for t in sentence])
print(json.dumps(out))
"""


def _patched() -> list[list[list[object]]]:
    return [
        [[t.text, [t.start, t.end], t.kind] for t in sentence.tokens]
        for text in SAMPLES
        for paragraph in text.split("\n\n")
        if paragraph.strip()
        for sentence in split_sentences(paragraph, "de")
    ]


def test_tokens_identical_with_and_without_the_fast_path() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _UNPATCHED],
        input=json.dumps(SAMPLES),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == _patched()
