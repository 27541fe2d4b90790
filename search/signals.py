"""Content changes queue an index update for the object (and for objects whose visibility
follows it, such as a supplier's offers). Connected in SearchConfig.ready."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .registry import sources


def _queue(obj) -> None:
    from .tasks import index_object

    label = obj._meta.label
    pk = str(obj.pk)
    transaction.on_commit(lambda: index_object.enqueue(label, pk))


def _changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _queue(instance)
    for source in sources():
        for model, related in source.get("depends_on", {}).items():
            if isinstance(instance, model):
                for obj in related(instance):
                    _queue(obj)


def _page_changed(sender, instance, **kwargs):
    _queue(instance.specific)


def connect() -> None:
    models = {source["model"] for source in sources()}
    for source in sources():
        models.update(source.get("depends_on", {}))
    for model in models:
        uid = f"search-{model._meta.label}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
        # A page's tags and product groups are saved with its revision, so publishing (not the
        # first save of a draft) is what must reach the index.
        page_published.connect(_page_changed, sender=model, dispatch_uid=f"{uid}-published")
        page_unpublished.connect(_page_changed, sender=model, dispatch_uid=f"{uid}-unpublished")
