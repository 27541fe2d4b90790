"""Text analysis done in Python, identically for both engines.

The Elasticsearch distribution on Maven Central lacks the analysis-common module (no ASCII
folding, no stemmers, no edge n-grams), and SQLite has none of them either. So words are
folded, stemmed and expanded here, at index and at query time, and both engines only match
the resulting terms: `energoefektivitāte` and `energoefektivitate` become the same term, and
`iepirkums`, `iepirkumi` and `iepirkumiem` the same stem.
"""

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Endings stripped by the light stemmer, longest first, after folding. Latvian noun and
# adjective endings, and the English plural and verb endings; a stem keeps 3+ letters.
SUFFIXES = (
    "iem", "ies", "ing", "am", "em", "im", "as", "es", "is", "os", "us", "ai", "ei", "um",
    "ed", "a", "e", "i", "u", "s", "o",
)  # fmt: skip
MIN_STEM = 3
# Words too common to help, left out at index and query time alike (folded).
_STOP_WORDS = """
a an and are as at be by for from has have in is it its of on or that the this to was were
will with un ar par no uz ka ir pie vai lai ta to tas ko kas ari bet jo
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())

# Domain words people look for in one language on pages written in the other. Both sides are
# folded and stemmed before use, so any inflection of either word finds both.
SYNONYMS = [
    ("procurement", "iepirkums"), ("tender", "iepirkums"), ("purchase", "iepirkums"),
    ("green", "zalais"), ("energy", "energija"), ("efficiency", "efektivitate"),
    ("energy efficiency", "energoefektivitate"), ("electricity", "elektroenergija"),
    ("lighting", "apgaismojums"), ("street", "iela"), ("school", "skola"), ("meal", "edinasana"),
    ("catering", "edinasana"), ("food", "partika"), ("furniture", "mebeles"),
    ("cleaning", "uzkopsana"), ("cleaning", "tirisana"), ("bus", "autobuss"),
    ("transport", "transports"), ("vehicle", "transportlidzeklis"), ("building", "eka"),
    ("renovation", "renovacija"), ("municipality", "pasvaldiba"), ("criteria", "kriteriji"),
    ("criterion", "kriterijs"), ("supplier", "piegadatajs"), ("computer", "dators"),
    ("laptop", "klepjdators"), ("textile", "tekstils"), ("workwear", "darba apgerbs"),
    ("organic", "biologisks"), ("waste", "atkritumi"), ("strategy", "strategija"),
    ("guide", "vadlinijas"), ("training", "macibas"), ("template", "paraugs"),
    ("working group", "darba grupa"), ("support unit", "atbalsta vieniba"),
    ("agency", "agentura"), ("region", "regions"), ("park", "parks"),
    ("maintenance", "uzturesana"), ("ecolabel", "ekomarkejums"), ("market", "tirgus"),
    ("lifecycle", "aprites cikls"), ("cost", "izmaksas"), ("heat", "siltums"),
    ("solar", "saules"), ("water", "udens"), ("road", "cels"), ("paint", "krasa"),
]  # fmt: skip


def fold(text: str) -> str:
    """Lower case without diacritics: `Energoefektivitāte` -> `energoefektivitate`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """A light stemmer for folded Latvian and English words (not a linguist's: it only has to
    map a word's common inflections to one term, the same way at index and query time)."""
    if word.isdigit() or len(word) <= MIN_STEM:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    return WORD.findall(fold(text or ""))


def terms(text: str) -> list[str]:
    """The stems of a text, in order (phrases keep their order for phrase matching)."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


@lru_cache(maxsize=1)
def _synonym_map() -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    mapping: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for english, latvian in SYNONYMS:
        a, b = tuple(terms(english)), tuple(terms(latvian))
        mapping.setdefault(a, set()).add(b)
        mapping.setdefault(b, set()).add(a)
    return mapping


def query_groups(text: str) -> list[set[str]]:
    """The query as groups of alternative terms: every group must match (AND), any term of a
    group may (OR). A word's group holds its stem and its translations' stems; a two-word
    phrase with a one-word translation (`energy efficiency`) adds that word to both groups."""
    stems = terms(text)
    groups = [{s} for s in stems]
    synonyms = _synonym_map()
    for size in (2, 1):
        for start in range(len(stems) - size + 1):
            key = tuple(stems[start : start + size])
            for translation in synonyms.get(key, ()):
                for position in range(start, start + size):
                    groups[position].update(translation)
    return groups
