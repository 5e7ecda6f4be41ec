"""What was said, and who said it: direct quotes and reported speech.

A direct quote is text between matching quotation marks („…“ "…" «…» »…« “…”
‚…‘) of at least ``MIN_WORDS`` words; shorter ones are scare quotes or titles.
Its speaker, first found wins:

1. a person (else an organisation) named in the quote's own sentences, outside
   the quote, the nearest ("sagte Baerbock:", "…, so Scholz"); a person known as
   such before one whose type is only a guess;
2. a description there ("der Gouverneur", "ein Sprecher des Ministeriums"); a
   definite one ("der Kanzler", "die FDP-Politikerin") or a pronoun ("sagte sie")
   stands for the person named last in the sentences before, if any;
3. for a quote that is a sentence of its own: the person named in the next
   sentence when it has a verb of saying ("Das sagte Baerbock am Donnerstag."),
   else the person named last in the sentence before.

Reported speech (German): a sentence outside quotation marks with a verb of
saying, a named speaker and a verb in the subjunctive ("Beide seien sich einig,
sagte Baerbock") or a "dass" clause ("Scholz sagte, dass …"). It is kept with
``kind="indirect"`` and the sentence as its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.records import Mention, Quote, Sentence

MIN_WORDS = 4
_QUOTE = re.compile(r"„([^“”\"]+)[“”\"]|\"([^\"]+)\"|«([^»]+)»|»([^«]+)«|“([^”]+)”|‚([^‘’]+)[‘’]")
_ROLE_WORDS = (
    r"sprecher|sprecherin|minister|ministerin|gouverneur|präsident|präsidentin|chef|chefin|"
    r"experte|expertin|vorsitzende|vorsitzender|bürgermeister|bürgermeisterin|politiker|"
    r"politikerin|generalsekretär|generalsekretärin|kanzler|kanzlerin|forscher|forscherin|"
    r"leiter|leiterin|ökonom|ökonomin|regierungsvertreter|sekretär"
)
_ROLE = re.compile(
    r"\b(?:der|die|ein|eine|eines|einer|the|a|an)\s+"
    rf"((?:[A-ZÄÖÜ][\wäöüß-]*(?:{_ROLE_WORDS})|Sprecher|Sprecherin|Gouverneur|Ministerin|"
    r"Minister|Experte|Expertin|spokesman|spokeswoman|governor|analysts?|officials?)"
    r"(?:\s+(?:des|der|von|of the|of|at)\s+"
    r"(?-i:(?:[A-ZÄÖÜ][\wäöüß.-]+\s+){0,2}[A-ZÄÖÜ][\wäöüß.-]+))?)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(?:sagte|erklärte|betonte|schrieb|fügte|said|told|added)\s+(?:er|sie|he|she)\b|\b(?:er|sie|he|she)\s+(?:sagte|erklärte|said|told|added)\b"
)
_SPEECH = re.compile(
    r"\b(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|schrieb|warnte|warnt|forderte|"
    r"sprach|verteidigte|konterte|mahnte|kündigte|teilte|zitierte|reagierte|meinte|so|laut|"
    r"zufolge|said|says|told|wrote|added|warned)\b"
)
# "sagte, dass …", "kündigte an, … zu …": reported speech without a subjunctive.
_REPORTING = re.compile(r"\b(?:sagte|erklärte|betonte)\s*,\s*dass\b|\bkündigte\s+an\s*,")
_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|werde|müsse|müssten|könne|dürfe|solle|wolle|gebe|stehe|bewege|"
    r"komme|liege|gehe|wisse|brauche|fehle)\b"
)


def find_quotes(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> list[Quote]:
    quotes: list[Quote] = []
    quoted: set[int] = set()
    for match in _QUOTE.finditer(text):
        group = next(i for i in range(1, 7) if match.group(i) is not None)
        start, end = _trim(text, match.start(group), match.end(group))
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        around = [s for s in sentences if s.start < match.end() and s.end > match.start()]
        if not around:
            continue
        quoted.update(s.index for s in around)
        first, last = around[0], around[-1]
        speaker = _speaker(text, sentences, first, last, match.start(), match.end(), mentions)
        quotes.append(Quote(text[start:end], speaker, start, end, first.index))
    quotes.extend(_reported(text, sentences, mentions, quoted))
    quotes.sort(key=lambda q: q.start)
    return quotes


def continues_reported_speech(text: str) -> bool:
    """A sentence in the subjunctive with no verb of saying outside quotation marks: it goes
    on reporting what someone named before it said ("Die Lage sei ernst.")."""
    outside = _QUOTE.sub(" ", text)
    return bool(_SUBJUNCTIVE.search(outside)) and not _SPEECH.search(outside)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote without surrounding spaces and without the comma that English puts
    inside the marks ("We will rebuild," he said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _named(
    mentions: Sequence[Mention], lo: int, hi: int, outside: tuple[int, int]
) -> list[Mention]:
    """Who is named in ``lo:hi`` outside the quote: people whose type is certain, else
    people by guess ("schrieb auf Telegram" guesses a person), else organisations."""
    found = [m for m in mentions if lo <= m.start < hi and not outside[0] <= m.start < outside[1]]
    people = [m for m in found if m.type == "PER"]
    return (
        [m for m in people if not m.guessed]
        or people
        or [m for m in found if m.type in ("ORG", "MISC")]
    )


def _speaker(
    text: str,
    sentences: Sequence[Sentence],
    first: Sentence,
    last: Sentence,
    q_start: int,
    q_end: int,
    mentions: Sequence[Mention],
) -> str | None:
    lo, hi = first.start, last.end
    people = _named(mentions, lo, hi, (q_start, q_end))
    context = text[lo:q_start] + " " + text[q_end:hi]
    role = _ROLE.search(context)
    if people and not (role and role.start() < len(text[lo:q_start]) and _indefinite(role)):
        nearest = min(people, key=lambda m: min(abs(m.start - q_end), abs(q_start - m.end)))
        return nearest.name
    if role is not None:
        description = role.group(0)
        if description.split()[0].lower() in ("der", "die", "the"):
            earlier = _last_person(mentions, sentences, first, q_start)
            if earlier is not None and not _named(mentions, lo, hi, (q_start, q_end)):
                return earlier
        return description
    if _PRONOUN.search(context):
        return _last_speaker(text, mentions, sentences, first, q_start) or _last_description(
            text, sentences, first
        )
    if context.strip(" .,:;!?\"'“”„«»") == "":
        following = next((s for s in sentences if s.index == last.index + 1), None)
        if following is not None and _SPEECH.search(following.text):
            named = _named(mentions, following.start, following.end, (0, 0))
            if named:
                return named[0].name
        return _last_person(mentions, sentences, first, q_start)
    return None


def _indefinite(role: re.Match[str]) -> bool:
    """A description like "ein Sprecher von … Guterres" names who spoke, not the person in it."""
    return role.group(0).split()[0].lower() in ("ein", "eine", "a", "an") and " " in role.group(1)


def _last_person(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], first: Sentence, before: int
) -> str | None:
    window = [s for s in sentences if first.index - 2 <= s.index <= first.index]
    if not window:
        return None
    people = [m for m in mentions if window[0].start <= m.start < before and m.type == "PER"]
    return people[-1].name if people else None


def _last_speaker(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[Sentence],
    first: Sentence,
    before: int,
) -> str | None:
    """For "he said": the person named last, else a name that said something last
    ("Ortberg said …" with Ortberg taken for a company)."""
    person = _last_person(mentions, sentences, first, before)
    if person is not None:
        return person
    window = [s for s in sentences if first.index - 2 <= s.index <= first.index]
    speaking = [
        m
        for m in mentions
        if window
        and window[0].start <= m.start < before
        and m.type != "LOC"
        and _SPEECH.match(text, m.end + 1)
    ]
    return speaking[-1].name if speaking else None


def _last_description(text: str, sentences: Sequence[Sentence], first: Sentence) -> str | None:
    previous = next((s for s in sentences if s.index == first.index - 1), None)
    if previous is None:
        return None
    role = _ROLE.search(previous.text)
    return role.group(0) if role else None


def _reported(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], quoted: set[int]
) -> list[Quote]:
    found: list[Quote] = []
    for sentence in sentences:
        if sentence.index in quoted or not _SPEECH.search(sentence.text):
            continue
        body = sentence.text
        if not (_SUBJUNCTIVE.search(body) or _REPORTING.search(body)):
            continue
        people = _named(mentions, sentence.start, sentence.end, (0, 0))
        speaker = people[0].name if people else None
        if speaker is None and re.search(r"\b(?:sagte|erklärte)\s+(?:er|sie)\b", body):
            speaker = _last_person(mentions, sentences, sentence, sentence.start)
        if speaker is None:
            role = _ROLE.search(body)
            speaker = role.group(0) if role else None
        if speaker is not None:
            found.append(
                Quote(body, speaker, sentence.start, sentence.end, sentence.index, "indirect")
            )
    return found
