"""The database engine's index: one row per searchable object, its terms already analysed in
Python (search/analysis.py). It is kept up to date whatever the engine, because it is also
the fallback when Elasticsearch is down."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=80, unique=True)
    type = models.CharField(max_length=30, db_index=True)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300)
    language = models.CharField(max_length=5, blank=True, db_index=True)
    country = models.CharField(max_length=2, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, blank=True)
    date = models.DateTimeField(db_index=True)
    boost = models.FloatField(default=0)
    audience = models.CharField(max_length=30, default="public", db_index=True)
    suggest = models.BooleanField(default=False)
    # Space-separated stems with a space at each end, so " stem" finds a term's start.
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    title_folded = models.CharField(max_length=300, blank=True)
    # PostgreSQL only (NULL elsewhere): the terms as a tsvector, GIN-indexed (migration 0002),
    # written by the engine's index(): title weight A, the body's first RANKED_BODY characters
    # B, the rest D (ranked at 0, matched all the same). The match reads it instead of LIKE.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"

    def __str__(self) -> str:
        return self.key


class SearchFacet(models.Model):
    """A many-valued facet of an entry (product groups, tags), one row per value, so counts
    are one GROUP BY."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=20)
    value = models.CharField(max_length=120)

    class Meta:
        indexes = [models.Index(fields=["name", "value"])]

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
