"""Writes to the search indexes: one object at a time (through a task, when content
changes) or everything (`manage.py search_reindex`). The database index is always written,
because it is the fallback; Elasticsearch too when ELASTICSEARCH_URL is set."""

import logging
from collections.abc import Callable, Iterator

from django.apps import apps
from django.conf import settings
from django.db import transaction

from .engines import database, elastic
from .registry import Document, document_for, key_for, source_for, sources

log = logging.getLogger(__name__)
BATCH = 500


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def index_object(*, model_label: str, pk) -> str:
    """Index one object again, or drop it from the indexes if it is no longer searchable."""
    model = apps.get_model(model_label)
    source = source_for(model)
    if source is None:
        return "not searchable"
    obj = source["items"]().filter(pk=pk).first()
    document = document_for(source, obj) if obj is not None else None
    key = key_for(source, pk)
    with transaction.atomic():
        if document is None:
            database.remove([key])
        else:
            database.index([document])
    if elasticsearch_enabled():
        # A failure propagates so the task is retried (the database index is already right).
        if document is None:
            elastic.remove([key])
        else:
            elastic.index([document])
    return "removed" if document is None else "indexed"


def all_documents() -> Iterator[list[Document]]:
    """Every searchable object, as documents, in batches."""
    for source in sources():
        batch = []
        for obj in source["items"]().iterator(chunk_size=BATCH):
            document = document_for(source, obj)
            if document is not None:
                batch.append(document)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def count_objects() -> int:
    return sum(source["items"]().count() for source in sources())


def reindex(*, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Rebuild both indexes. The database index is replaced in one transaction; the
    Elasticsearch one is built beside the live one and swapped in by alias."""
    counts = {"database": 0, "elasticsearch": 0}
    batches = list(all_documents())
    with transaction.atomic():
        database.clear()
        for batch in batches:
            database.index(batch)
            counts["database"] += len(batch)
            if progress and not elasticsearch_enabled():
                progress(len(batch))
    if elasticsearch_enabled():
        counts["elasticsearch"] = elastic.rebuild(batches, progress=progress)
    return counts
