"""Search benchmark (not a test): index N generated documents into Elasticsearch, report the
rebuild time, then run 200 mixed queries through the site's query layer and the same request
bodies straight to Elasticsearch, side by side in one run, and print p50/p95 and the ratio.

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python benchmarks/search_bench.py \
        --docs 100000

(`source scripts/services.sh && start_elasticsearch` starts one.) The documents go to a
separate alias (gpp-bench), never the site's.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.dev")

import django

django.setup()

from search.engines import elastic  # noqa: E402
from search.query import Query  # noqa: E402
from search.registry import Document  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


WORDS_EN = _words("""
green public procurement street lighting led school meals organic food electric buses
furniture refurbished cleaning ecolabel renovation heat pumps renewable electricity
laptops repairable textiles recycled parks pesticide criteria tender award contract
municipality energy agency efficiency lifecycle cost market dialogue supplier
""")
WORDS_LV = _words("""
zaļais publiskais iepirkums ielu apgaismojums skolu ēdināšana bioloģiska pārtika
elektriskie autobusi mēbeles atjaunotas uzkopšana ekomarķējums renovācija siltumsūkņi
elektroenerģija klēpjdatori tekstils parki kritēriji līgums pašvaldība energoefektivitāte
""")
COUNTRIES = ["LV", "HR", "ES", "EL", "IT", "PT", "CY", "EE"]
GROUPS = ["furniture", "electricity", "food", "road-transport", "cleaning", "office-buildings"]
TYPES = ["case_study", "resource", "strategy", "organisation", "supplier_offer", "thread"]
QUERIES = [
    "street lighting", "ielu apgaismojums", "energoefektivitate", "school meals",
    "elektriskie autobusi", "refurbished furniture", "ecolabel cleaning", "iepirkumi",
    "renewable electricity", "mebeles", "heat pumps renovation", "organic", "laptops",
    "pašvaldība", "market dialogue supplier", "lifecycle cost", "parks pesticide",
    "recycled textiles", "led", "kriteriji",
]  # fmt: skip


def generate(count: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    start = datetime(2018, 1, 1, tzinfo=UTC)
    docs = []
    for number in range(count):
        words = WORDS_LV if number % 4 == 0 else WORDS_EN
        docs.append(
            Document(
                key=f"bench:{number}",
                type=TYPES[number % len(TYPES)],
                title=" ".join(rng.choices(words, k=6)).capitalize(),
                body=" ".join(rng.choices(words, k=60)),
                url=f"/en/bench/{number}/",
                language="lv" if number % 4 == 0 else "en",
                country=rng.choice(COUNTRIES),
                year=2018 + number % 8,
                product_groups=[rng.choice(GROUPS)],
                tags=[rng.choice(words)],
                date=start + timedelta(hours=number),
                boost=rng.random() * 500,
                audience="public" if number % 10 else "members",
                suggest=number % 3 == 0,
            )
        )
    return docs


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    if not os.environ.get("ELASTICSEARCH_URL"):
        sys.exit("Set ELASTICSEARCH_URL (source scripts/services.sh && start_elasticsearch).")
    elastic.INDEX_ALIAS = "gpp-bench"
    client = elastic.client()

    print(f"generating {args.docs} documents…", flush=True)
    docs = generate(args.docs)
    batches = [docs[i : i + 2000] for i in range(0, len(docs), 2000)]
    started = time.perf_counter()
    elastic.rebuild(batches)
    rebuild_seconds = time.perf_counter() - started
    print(f"rebuild: {args.docs} documents in {rebuild_seconds:.1f} s "
          f"({args.docs / rebuild_seconds:.0f} documents/s)")  # fmt: skip

    rng = random.Random(11)
    queries = []
    for number in range(args.queries):
        text = QUERIES[number % len(QUERIES)]
        filters = {"country": rng.choice(COUNTRIES)} if number % 3 == 0 else {}
        sort = "date" if number % 5 == 0 else "relevance"
        queries.append(Query(text=text, filters=filters, sort=sort, page=1 + number % 3))

    def layer(query):
        elastic.search(query)

    def raw(query):
        search = elastic._filtered(query).query(elastic._text_query(query))
        if query.sort == "date":
            search = search.sort("-date")
        start = (query.page - 1) * query.page_size
        search = search[start : start + query.page_size]
        for name in ("type", "country", "product_group", "kind", "year", "language", "tag"):
            search.aggs.bucket(name, "terms", field=elastic.MULTI_VALUED.get(name, name), size=20)
        body = search.to_dict()
        return lambda: client.search(index=elastic.INDEX_ALIAS, body=body)

    for query in queries[:20]:  # warm caches on both paths
        layer(query)
        raw(query)()
    ours, direct = [], []
    for query in queries:  # alternate, so both paths see the same machine state
        send = raw(query)
        t0 = time.perf_counter()
        layer(query)
        t1 = time.perf_counter()
        send()
        t2 = time.perf_counter()
        ours.append((t1 - t0) * 1000)
        direct.append((t2 - t1) * 1000)

    print(f"\n{len(queries)} mixed queries over {args.docs} documents (ms)")
    print(f"{'':28}{'p50':>8}{'p95':>8}")
    for name, values in (
        ("query layer (elasticsearch)", ours),
        ("straight to Elasticsearch", direct),
    ):
        print(f"{name:28}{statistics.median(values):8.1f}{percentile(values, 0.95):8.1f}")
    print(f"{'ratio':28}{statistics.median(ours) / statistics.median(direct):8.2f}"
          f"{percentile(ours, 0.95) / percentile(direct, 0.95):8.2f}")  # fmt: skip
    client.indices.delete(index=list(client.indices.get_alias(name=elastic.INDEX_ALIAS)))


if __name__ == "__main__":
    main()
