"""lagebild's shortcuts in SoMaJo (sentences.py) must not change a single token or boundary."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest

from lagebild.analyze.sentences import _tokenize_paragraph

from support import EXAMPLES

# Contexts around an abbreviation: start and end of a paragraph, after and before
# punctuation, glued to letters, periods and digits, two abbreviations in a row.
_CONTEXTS = (
    "{} steht am Anfang.",
    "Er sagte ({}) nichts.",
    "Das war „{}“, so die Agentur.",
    "Am Ende steht {}",
    "Vorher{} und {}Nachher.",
    "Zwei in Folge: {}{} und {} {}.",
    "Nach 5 {} kam 12.{} und x.{}",
    "Die {}-Regel gilt ab 1.3.{}.",
)


def _listed_samples(language: str) -> list[str]:
    """Every abbreviation and every token with + or & SoMaJo knows, in the contexts above."""
    data = resources.files("somajo").joinpath("data")
    names = (
        f"abbreviations_{language}.txt",
        f"single_token_abbreviations_{language}.txt",
        "tokens_with_plus_or_ampersand.txt",
    )
    words = [
        line.strip()
        for name in names
        for line in data.joinpath(name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    paragraphs = []
    for start in range(0, len(words), 40):
        chunk = words[start : start + 40]
        sentences = []
        for index, word in enumerate(chunk):
            context = _CONTEXTS[index % len(_CONTEXTS)]
            following = chunk[(index + 1) % len(chunk)]
            sentences.append(context.format(word, following, word.lower(), word.upper()))
        paragraphs.append(" ".join(sentences))
    return ["\n\n".join(paragraphs)]


SAMPLES = {
    "de": [
        "Am 5. März sagte Dr. Kessler: „Das ist gut.“ Die Zahl stieg auf 1.500 Menschen.",
        "Freude 😀 und Herz ❤️ – © 2026 dpa ™, 5 € und „Zitat“ … ok 👍🏽 Familie 👨‍👩‍👧.",
        "Laut Prof. Dr.med. Weber (vgl. S. 5 u. Abs. 2) gilt z.B. Art. 3 GG usw. "
        "– d. h. ca. 20 Mio. Euro. Die Hauptstr. 5 bzw. Nr. 7a; u.a. die Bundes-Nr. 4.\n\n"
        "Dr. Kessler.\n\nz.B. am Anfang, am Ende z. B.",
        # One clue of sentences._CLUES a paragraph, so that a missing one shows.
        "\n\n".join(
            (
                "Lehrer*innen und Student/innen.",
                "Die Bürger:innen kamen.",
                "Die Kd.-Nr. 12 fehlt.",
                "Die Haus.nr. 3 fehlt.",
                "Schreiben an info@example.org bitte.",
                "Oder an name [at] example [dot] org schreiben.",
                "A -> B gilt.",
                "C <-- D gilt.",
                "Von x → y.",
                "H&M, AT&T und Forschung & Lehre.",
                "C++ und 3+4.",
            )
        ),
        *(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:3]),
        *_listed_samples("de"),
    ],
    "en": [
        "Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3, i.e. a Wed. in the U.S. Senate.",
        "The co. said (approx. 20 mln. dollars) etc. and Gov. Lee's No. 2 aide agreed.",
        "\n\n".join(
            (
                "Write to info@example.org now.",
                "Or write to name [at] example [dot] org instead.",
                "A -> B holds.",
                "C <-- D holds.",
                "From x → y.",
                "H&M, AT&T and R&D.",
                "C++ and 3+4 for Mr./Mrs. Lee.",
                "Item Reg.-Nr. 5 is gone.",
            )
        ),
        *(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*reuters*.txt"))),
        *_listed_samples("en"),
    ],
}

_UNPATCHED = """
import json, sys
from somajo import SoMaJo
model = "en_PTB" if sys.argv[1] == "en" else "de_CMC"
tokenizer = SoMaJo(model, split_camel_case=False, character_offsets=True)
out = []
for text in json.loads(sys.stdin.read()):
    for paragraph in text.split("\\n\\n"):
        if paragraph.strip():
            for sentence in tokenizer.tokenize_text([paragraph]):
                out.append([[t.text, list(t.character_offset), t.token_class] for t in sentence])
print(json.dumps(out))
"""


def _patched(language: str) -> list[list[list[object]]]:
    """SoMaJo's tokens through the fast path, before ``split_sentences`` mends its
    sentence ends."""
    return [
        [[word, [start, end], kind] for word, start, end, kind in sentence]
        for text in SAMPLES[language]
        for paragraph in text.split("\n\n")
        if paragraph.strip()
        for sentence in _tokenize_paragraph(paragraph, language)
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_tokens_identical_with_and_without_the_fast_path(language: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _UNPATCHED, language],
        input=json.dumps(SAMPLES[language]),
        capture_output=True,
        text=True,
        check=True,
    )
    unpatched = json.loads(result.stdout)
    assert any(t[2] == "abbreviation" for s in unpatched for t in s)
    assert unpatched == _patched(language)
