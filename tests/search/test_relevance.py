"""What a newcomer expects near the top, in English and Latvian, on both engines."""

import pytest

from search.engines import database, elastic
from search.query import Query
from search.selectors import search
from tests.search.corpus import documents

pytestmark = pytest.mark.django_db

# query -> a key expected among the first three results
EXPECTED = [
    ("street lighting", "case_study:1"),
    ("LED street lighting", "case_study:1"),
    ("street lighting tender template", "resource:1"),
    ("ielu apgaismojums", "case_study:2"),
    ("apgaismojumu", "case_study:2"),
    ("ielu apgaismojuma", "case_study:2"),
    ("Jelgava", "case_study:1"),
    ("Jelgavā", "case_study:2"),
    ("energoefektivitāte", "case_study:2"),
    ("energoefektivitate", "case_study:2"),
    ("ENERGOEFEKTIVITĀTE", "case_study:2"),
    ("energy efficiency", "case_study:9"),
    ("school meals", "case_study:3"),
    ("organic food", "case_study:3"),
    ("skolu ēdināšana", "case_study:4"),
    ("skolu edinasana", "case_study:4"),
    ("bioloģiska", "case_study:4"),
    ("electric buses", "case_study:5"),
    ("bus", "case_study:5"),
    ("autobusi", "case_study:6"),
    ("elektriskie autobusi", "case_study:6"),
    ("autobusu", "case_study:6"),
    ("buses", "case_study:6"),  # English finds the Latvian page too
    ("furniture", "product_group:1"),
    ("mēbeles", "case_study:8"),
    ("mebeles", "case_study:8"),
    ("refurbished furniture", "case_study:7"),
    ("renovation", "case_study:9"),
    ("renovācija", "case_study:9"),  # Latvian finds the English page
    ("heat pumps", "case_study:9"),
    ("renewable electricity", "case_study:10"),
    ("elektroenerģija", "case_study:10"),
    ("ecolabel cleaning", "case_study:11"),
    ("tīrīšanas līdzekļi", "resource:2"),
    ("tirisanas lidzekli", "resource:2"),
    ("iepirkums", "resource:2"),
    ("iepirkumi", "resource:2"),
    ("laptops", "case_study:12"),
    ("repairable laptop", "case_study:12"),
    ("life-cycle costing", "resource:3"),
    ("support unit strategy", "strategy:1"),
    ("atbalsta vienība", "strategy:1"),
    ("Zemgale energy agency", "organisation:1"),
    ("eco furniture", "organisation:2"),
]


@pytest.fixture
def corpus(engine):
    docs = documents()
    database.index(docs)
    if engine == "elasticsearch":
        elastic.index(docs)
    return engine


def test_the_set_has_at_least_40_queries():
    assert len(EXPECTED) >= 40
    languages = {"lv" if any(c in q for c in "āēīūčšžģķļņ") or q in {"iepirkums", "autobusi"}
                 else "en" for q, _ in EXPECTED}  # fmt: skip
    assert languages == {"en", "lv"}


def test_expected_results_are_in_the_top_three(corpus):
    misses = []
    for text, key in EXPECTED:
        top = [hit.key for hit in search(Query(text=text)).hits[:3]]
        if key not in top:
            misses.append(f"{text!r}: expected {key} in {top}")
    assert not misses, "\n".join(misses)


def test_title_matches_rank_above_body_matches(corpus):
    keys = [hit.key for hit in search(Query(text="furniture")).hits]
    # "furniture" in the title (product group, case study 7, supplier) before body-only.
    assert keys.index("case_study:7") < len(keys)
    assert keys[0] in {"product_group:1", "case_study:7", "organisation:2"}


def test_an_exact_phrase_ranks_above_scattered_words(corpus):
    keys = [hit.key for hit in search(Query(text="street lighting")).hits]
    assert keys.index("case_study:1") < keys.index("case_study:2")
