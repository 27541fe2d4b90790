"""Benchmark data for the network: organisations of every kind and 1,000 supplier offers per
scale step, with criteria and evidence (half verified), made with bulk inserts."""

from datetime import timedelta

from django.utils import timezone

from kb_site.load_data import PREFIX, LoadStep, batches
from kb_site.taxonomy import COUNTRIES, Criterion, ProductGroup

from .models import Evidence, Organisation, SupplierOffer

ORGANISATIONS = 200
OFFERS = 1000
KINDS = [kind for kind, _label in Organisation.Kind.choices]
COUNTRY_CODES = [code for code, _name in COUNTRIES]


def _organisations(total: int):
    existing = set(
        Organisation.objects.filter(slug__startswith=PREFIX).values_list("slug", flat=True)
    )
    for batch in batches(total):
        rows = [
            Organisation(
                slug=f"{PREFIX}org-{n}",
                name=f"Load organisation {n}",
                kind=KINDS[n % len(KINDS)] if n % 3 else Organisation.Kind.MANUFACTURER,
                country=COUNTRY_CODES[n % len(COUNTRY_CODES)],
                region=f"Region {n % 12}",
                description=f"An organisation made for benchmarks, number {n}.",
                is_public=True,
            )
            for n in batch
            if f"{PREFIX}org-{n}" not in existing
        ]
        Organisation.objects.bulk_create(rows)
        yield len(batch)


def _offers(total: int):
    suppliers = list(
        Organisation.objects.filter(
            slug__startswith=PREFIX, kind__in=Organisation.SUPPLIER_KINDS
        ).order_by("pk")
    )
    groups = list(ProductGroup.objects.order_by("pk"))
    criteria = {}
    for criterion in Criterion.objects.order_by("pk"):
        criteria.setdefault(criterion.product_group_id, []).append(criterion.pk)
    have = SupplierOffer.objects.filter(organisation__slug__startswith=PREFIX).count()
    today = timezone.localdate()
    for batch in batches(total):
        wanted = [n for n in batch if n >= have]
        offers = SupplierOffer.objects.bulk_create(  # with primary keys (SQLite 3.35+, PostgreSQL)
            [
                SupplierOffer(
                    organisation=suppliers[n % len(suppliers)],
                    title=f"Load offer {n}",
                    description="Products for **public buyers**.",
                    product_group=groups[n % len(groups)],
                    country=COUNTRY_CODES[n % len(COUNTRY_CODES)],
                    regions=f"Region {n % 12}",
                    valid_until=today + timedelta(days=365),
                )
                for n in wanted
            ]
        )
        links = [
            SupplierOffer.criteria.through(supplieroffer_id=offer.pk, criterion_id=criterion)
            for offer in offers
            for criterion in criteria.get(offer.product_group_id, [])[:3]
        ]
        SupplierOffer.criteria.through.objects.bulk_create(links)
        Evidence.objects.bulk_create(
            [
                Evidence(
                    offer=offer,
                    kind=Evidence.Kind.ECOLABEL,
                    name="EU Ecolabel",
                    valid_until=today + timedelta(days=400),
                    verified_at=timezone.now() if offer.pk % 2 else None,
                )
                for offer in offers
            ]
        )
        yield len(batch)


def load_steps(scale: int):
    yield LoadStep(
        "organisations", ORGANISATIONS * scale, lambda: _organisations(ORGANISATIONS * scale)
    )
    yield LoadStep("supplier offers", OFFERS * scale, lambda: _offers(OFFERS * scale))
