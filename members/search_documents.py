"""What the network gives the site search (read by search's registry; nothing here imports
search). A document is a plain dict; None means "not searchable" (hidden, deleted).

A `url` without a leading slash is language-neutral: search puts the reader's language in
front of it.
"""

from kb_site.translation import translations

from .models import Organisation, SupplierOffer, WorkingGroup


def organisation_document(organisation: Organisation) -> dict | None:
    if not organisation.is_public:
        return None
    return {
        "title": organisation.name,
        "body": " ".join(
            filter(
                None,
                [
                    organisation.get_kind_display(),
                    organisation.region,
                    *translations(organisation, "description"),
                ],
            )
        ),
        "url": f"organisations/{organisation.slug}/",
        "country": organisation.country,
        "date": organisation.updated_at,
        "suggest": True,
    }


def offer_document(offer: SupplierOffer) -> dict | None:
    supplier = offer.organisation
    if not supplier.is_public:
        return None
    return {
        "title": f"{' / '.join(translations(offer, 'title'))} — {supplier.name}",
        "body": " ".join([*translations(offer, "description"), offer.regions, supplier.name]),
        "url": f"organisations/{supplier.slug}/offers/",
        "country": offer.country,
        "product_groups": [offer.product_group.slug],
        "date": offer.updated_at,
    }


def working_group_document(group: WorkingGroup) -> dict:
    return {
        "title": " / ".join(translations(group, "name")),  # either language finds it
        "body": " ".join([group.region, *translations(group, "description")]),
        "url": f"working-groups/{group.slug}/",
        "country": group.country,
        "date": group.updated_at,
    }


SOURCES = [
    {
        "type": "organisation",
        "model": Organisation,
        "items": lambda: Organisation.objects.all(),
        "document": organisation_document,
    },
    {
        "type": "supplier_offer",
        "model": SupplierOffer,
        "items": lambda: SupplierOffer.objects.select_related("organisation", "product_group"),
        "document": offer_document,
        # An offer's visibility follows its supplier's.
        "depends_on": {Organisation: lambda organisation: organisation.offers.all()},
    },
    {
        "type": "working_group",
        "model": WorkingGroup,
        "items": lambda: WorkingGroup.objects.all(),
        "document": working_group_document,
    },
]
