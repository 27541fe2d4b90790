"""Index updates run as tasks, so a page publish never waits on (or fails with) the search
engine; with the database task backend a failure is retried with back-off."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

log = logging.getLogger(__name__)
RETRY_DELAYS = [10, 60, 300, 1800]  # seconds


@task()
def index_object(model_label: str, pk: str, attempt: int = 0) -> str:
    from . import services

    try:
        return services.index_object(model_label=model_label, pk=pk)
    except Exception as error:
        log.warning("search: indexing %s %s failed (%s)", model_label, pk, error)
        if attempt >= len(RETRY_DELAYS):
            raise
        if not index_object.get_backend().supports_defer:
            return "database index updated; Elasticsearch will catch up at the next reindex"
        index_object.using(
            run_after=timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt])
        ).enqueue(model_label, pk, attempt + 1)
        return "retry queued"
