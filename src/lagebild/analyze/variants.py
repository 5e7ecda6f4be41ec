"""Variants of one entity within a story, filed under one canonical name.

``canonical_names(mentions)`` takes the mentions of all analyses of a story and
returns, for every (name, type) among them, the name the entity is filed under
(``canonical_by_name`` gives the same by name alone, for quote speakers).
Names are joined (union-find) when one of these holds, and their types agree
(or one of them is MISC, or they are ORG and EVENT); the same name typed two ways
is one entity when one of the types was only guessed (``Mention.guessed``):

- spelling: the same letters once case, spaces and hyphens are ignored ("Moon
  Jae-in", "Moon Jae In");
- short reference: a name is the end of exactly one longer name ("Scholz" ->
  "Olaf Scholz", "von der Leyen"), or the first part of a longer name of three
  words or an organisation ("Kim" -> "Kim Jong Un", "Fraunhofer" ->
  "Fraunhofer-Gesellschaft");
- transliteration: persons and places whose words sound alike ("Selenskyj",
  "Selensky", "Zelensky"; "Lawrow", "Lavrov"): the consonant skeletons after
  folding the usual German/English transliteration differences (w/v, z/s, ch/kh/h,
  j/y) are equal and the folded spellings are close (edit distance), which the
  story as context confirms;
- the same place in the gazetteer ("Charkiw", "Charkow", "Kharkiv"; "Genf",
  "Geneva");
- acronym and full name: the letters of the acronym start the words (or the
  parts of compounds) of the full name in order ("FAZ" -> "Frankfurter Allgemeine
  Zeitung", "THW" -> "Technisches Hilfswerk", "dpa" -> "Deutsche Presse-Agentur");
- translation: German and English names of an organisation or event whose words
  translate into each other, place words by their gazetteer entry ("Münchner
  Sicherheitskonferenz" -> "Munich Security Conference"); the word table is data
  (``translations.toml``).

The canonical name of a group is its longest name (persons: most words; others:
most letters, acronyms last), ties going to the most mentioned.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import combinations

from lagebild.analyze.gazetteer import gazetteer
from lagebild.records import EntityType, Mention

_FUNCTION_WORDS = frozenset(
    ["für", "und", "vom", "von", "der", "des", "the", "of", "and", "for", "am", "an", "in"]
)


def canonical_names(
    mentions: Sequence[Mention], articles: Sequence[str] = ()
) -> dict[tuple[str, EntityType], str]:
    """The canonical name of every (name, type) among ``mentions`` of one story;
    ``articles``, when given, names each mention's article, and of two names mentioned
    equally often the one more articles use is canonical ("Russland" in three German
    reports over "Russia" in one English report)."""
    counts = Counter((m.name, m.type) for m in mentions)
    # without ``articles`` no name has a spread
    named_in = set(zip(((m.name, m.type) for m in mentions), articles, strict=False))
    spread = Counter(key for key, _ in named_in)
    keys = sorted(counts, key=lambda k: (-counts[k], k))
    parent = {key: key for key in keys}

    def find(key: tuple[str, EntityType]) -> tuple[str, EntityType]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: tuple[str, EntityType], b: tuple[str, EntityType]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    guessed = {(m.name, m.type) for m in mentions if m.guessed}
    for a, b in combinations(keys, 2):
        if a[0] == b[0] and (a in guessed or b in guessed):
            union(a, b)  # one name, its type only guessed in some articles: one entity
        elif _compatible(a[1], b[1]) and _same(a, b):
            union(a, b)
    for short in keys:
        owners = [
            k
            for k in keys
            if k != short
            and (_compatible(k[1], short[1]) or k[1] == "PER")
            and _part_of(short[0], k)
        ]
        if len({find(o) for o in owners}) == 1:
            union(owners[0], short)

    groups: dict[tuple[str, EntityType], list[tuple[str, EntityType]]] = {}
    for key in keys:
        groups.setdefault(find(key), []).append(key)
    mapping: dict[tuple[str, EntityType], str] = {}
    for members in groups.values():
        name = _choose(members, counts, spread)
        for key in members:
            mapping[key] = name
    return mapping


def canonical_by_name(
    mentions: Sequence[Mention], mapping: Mapping[tuple[str, EntityType], str] | None = None
) -> dict[str, str]:
    """The same mapping by name alone, for names that come without a type (a quote's
    speaker): a name typed several ways takes the canonical name of its commonest type,
    persons first on a tie. ``mapping`` is ``canonical_names(mentions)`` when known."""
    mapping = canonical_names(mentions) if mapping is None else mapping
    counts = Counter((m.name, m.type) for m in mentions)
    best: dict[str, tuple[str, EntityType]] = {}
    for key in sorted(counts, key=lambda k: (-counts[k], k[1] != "PER", k)):
        best.setdefault(key[0], key)
    return {name: mapping[key] for name, key in best.items()}


def _compatible(a: EntityType, b: EntityType) -> bool:
    return a == b or "MISC" in (a, b) or {a, b} == {"ORG", "EVENT"}


def _same(a: tuple[str, EntityType], b: tuple[str, EntityType]) -> bool:
    (x, tx), (y, ty) = a, b
    if _spelling(x) == _spelling(y):
        return True
    types = {tx, ty}
    if types <= {"PER", "LOC", "MISC"} and _sounds_alike(x, y):
        return True
    places = gazetteer()
    px, py = places.place(x), places.place(y)
    if px is not None and py is not None and px.id == py.id:
        return True
    if _acronym_of(x, y) or _acronym_of(y, x):
        return True
    return bool(types & {"ORG", "EVENT", "MISC"}) and _translates(x, y)


def _spelling(name: str) -> str:
    return re.sub(r"[\s\-‐]", "", name.casefold())


def _part_of(short: str, key: tuple[str, EntityType]) -> bool:
    """``short`` refers to the longer name of ``key`` ("Scholz", "von der Leyen", "Kim")."""
    name, entity_type = key
    words, parts = name.split(), short.split()
    if len(parts) >= len(words):
        return False
    if [w.lower() for w in words[-len(parts) :]] == [p.lower() for p in parts]:
        return True
    if len(parts) == 1 and entity_type == "PER" and _sounds_alike(words[-1], short):
        return True  # "Selensky" for "Wolodymyr Selenskyj"
    east_asian = any("-" in w and w.split("-")[-1].islower() for w in words)
    if len(parts) == 1 and (len(words) >= 3 or east_asian or entity_type in ("ORG", "EVENT")):
        return words[0] == short or words[0].split("-")[0] == short
    if len(parts) == 1 and len(words) == 1 and "-" in name and entity_type in ("ORG", "EVENT"):
        return name.split("-")[0] == short
    return False


# --- transliteration ------------------------------------------------------------------

_FOLDS = (
    ("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("yj", "y"), ("ij", "i"),
    ("ie", "i"), ("w", "v"), ("z", "s"), ("j", "y"), ("ph", "f"), ("ck", "k"), ("c", "k"),
    ("g", "h"),  # Cyrillic г: Russian g, Ukrainian h ("Synegubow", "Synjehubow")
)  # fmt: skip


@cache
def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    for old, new in _FOLDS:
        plain = plain.replace(old, new)
    return re.sub(r"y$", "", re.sub(r"(.)\1", r"\1", plain))


def _skeleton(folded: str) -> str:
    return re.sub(r"[aeiouy\W]", "", folded)


def _sounds_alike(x: str, y: str) -> bool:
    xs, ys = x.split(), y.split()
    if len(xs) != len(ys):
        return False
    for a, b in zip(xs, ys, strict=True):
        fa, fb = _fold(a), _fold(b)
        if fa == fb:
            continue
        sa, sb = _skeleton(fa), _skeleton(fb)
        if len(sa) < 3 or sa != sb or _distance(fa, fb) > max(1, len(fa) // 3):
            return False
    return True


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# --- acronyms -------------------------------------------------------------------------


def _acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name``: each word gives its first letter and
    may give more from inside (the parts of a compound: "Hilfs-werk" -> HW)."""
    letters = acronym.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and " " not in acronym):
        return False
    if letters.upper() != letters and letters.lower() != letters:
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FUNCTION_WORDS]
    if len(words) < 2 and "-" not in name:
        return False
    return _match(letters.lower(), [w.lower() for w in words])


def _match(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    first, rest = words[0], words[1:]
    # This word gives its first letter and possibly more letters from inside it.
    for taken in range(1, len(letters) + 1):
        if taken > 1:
            inside = letters[1:taken]
            position = 1
            ok = True
            for ch in inside:
                position = first.find(ch, position)
                if position < 0:
                    ok = False
                    break
                position += 1
            if not ok:
                break
        if _match(letters[taken:], rest):
            return True
    return False


# --- translations ---------------------------------------------------------------------


@cache
def _table() -> dict[str, str]:
    raw = resources.files("lagebild.analyze").joinpath("translations.toml").read_text()
    pairs: dict[str, str] = tomllib.loads(raw)["words"]
    return {k.lower(): v.lower() for k, v in pairs.items()}


@cache
def _meaning(name: str) -> frozenset[str]:
    """What the words of a name mean: place ids and English words."""
    table = _table()
    english = set(table.values())
    meaning: set[str] = set()
    for word in re.split(r"[\s-]+", name):
        if not word or word.lower() in _FUNCTION_WORDS:
            continue
        place = _place_of(word)
        if place is not None:
            meaning.add(place)
            continue
        lower = word.lower()
        parts = _split(lower, table)
        if parts is not None:
            for part in parts:
                meaning.update(table[part].split())
        elif lower in english:
            meaning.add(lower)
        else:
            return frozenset()  # a word we cannot translate: no claim
    return frozenset(meaning)


def _place_of(word: str) -> str | None:
    places = gazetteer()
    for candidate in (word, re.sub(r"ner$", "en", word), re.sub(r"er$", "", word)):
        place = places.place(candidate)
        if place is not None and candidate[:1].isupper():
            return place.id
    return None


def _split(word: str, table: dict[str, str]) -> list[str] | None:
    """A word as a sequence of table entries, with linking "s" allowed between them."""
    if word in table:
        return [word]
    for cut in range(len(word) - 2, 2, -1):
        head, tail = word[:cut], word[cut:]
        if tail in table:
            for stem in (head, head[:-1] if head.endswith("s") else None):
                if stem:
                    rest = _split(stem, table)
                    if rest is not None:
                        return [*rest, tail]
    return None


def _translates(x: str, y: str) -> bool:
    meaning = _meaning(x)
    return len(meaning) >= 2 and meaning == _meaning(y)


def _choose(
    members: list[tuple[str, EntityType]],
    counts: Counter[tuple[str, EntityType]],
    spread: Counter[tuple[str, EntityType]],
) -> str:
    types = {t for _, t in members}
    person, place = "PER" in types, types <= {"LOC", "MISC"}

    def weight(key: tuple[str, EntityType]) -> tuple[int, int, int, int, int]:
        name, _ = key
        acronym = name.replace("-", "").isupper() or (name.islower() and " " not in name)
        family = sum(counts[k] for k in members if k[0].split()[-1] == name.split()[-1])
        size = len(name.split()) if person else len(name)
        return (not acronym, 0 if place else size, family, counts[key], spread[key])

    return max(members, key=weight)[0]
