"""Text repair before cleaning: mojibake, line endings, odd spaces, invisible characters.

Mojibake ("FÃ¼r", "â€žZitatâ€œ": UTF-8 read as Windows-1252 somewhere upstream) is
repaired with ftfy. ftfy is only called when the text shows a telltale sequence,
because most text is fine and ftfy's checks cost more than the rest of cleaning.
"""

from __future__ import annotations

import re
import unicodedata

# Windows-1252 readings of UTF-8 lead bytes followed by a continuation-byte reading:
# "Ã¼" (ü), "Ã©" (é), "â€ž" („), "Â " (no-break space), "Ã\x9f" (ß).
_MOJIBAKE = re.compile(
    "[ÂÃÅâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_SPACES = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\t": " "}
)
# Zero-width characters, the soft hyphen and the byte-order mark: invisible, and they
# split words ("Minis\u00adterin") for the tokenizer and for search.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_ODD = re.compile("[\u00a0\u202f\u2007\u2009\u200a\t\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\u000b\u000c]")


def has_mojibake(text: str) -> bool:
    return _MOJIBAKE.search(text) is not None


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8-read-as-Windows-1252 sequences decoded again (ftfy)."""
    if not has_mojibake(text):
        return text
    import ftfy  # imported here: most text never needs it

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


def normalise(text: str) -> str:
    """Repaired, with "\\n" line ends, plain spaces, no invisible characters, NFC.

    Text copied on a Mac often spells "ü" as "u" plus a combining mark; the
    tokenizer composes it, so without NFC tokens and the text would disagree.
    """
    text = _LINE_BREAKS.sub("\n", repair_mojibake(text))
    if _ODD.search(text):  # translate() is slow on long text; most text needs none of it
        text = text.translate(_SPACES).translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)
