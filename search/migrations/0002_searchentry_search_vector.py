"""A stored tsvector of each entry's terms with a GIN index, on PostgreSQL only: the match
was a LIKE scan of every entry and the ranking built each match's vector again per query.
On SQLite the column stays NULL and the engine keeps matching with LIKE."""

import django.contrib.postgres.search
from django.db import migrations

RANKED_BODY = 3000  # as search/engines/database.py had it when this migration was written
# The same statement as the engine's (frozen here, as migrations should be).
STORE = """
UPDATE search_searchentry AS entry SET search_vector =
    setweight(to_tsvector('simple', entry.title_terms), 'A')
    || setweight(to_tsvector('simple', part.head), 'B')
    || setweight(to_tsvector('simple', part.tail), 'D')
FROM unnest(%s::bigint[], %s::text[], %s::text[]) AS part(id, head, tail)
WHERE entry.id = part.id
"""


def _split(body_terms: str) -> tuple[str, str]:
    if len(body_terms) <= RANKED_BODY:
        return body_terms, ""
    cut = body_terms.rfind(" ", 0, RANKED_BODY + 1)
    cut = cut if cut > 0 else RANKED_BODY
    return body_terms[:cut], body_terms[cut:]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (search_vector)"
    )
    entry = apps.get_model("search", "SearchEntry")
    rows = list(entry.objects.values_list("pk", "body_terms"))
    for start in range(0, len(rows), 1000):
        batch = rows[start : start + 1000]
        parts = [_split(body) for _pk, body in batch]
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                STORE,
                [[pk for pk, _body in batch], [p[0] for p in parts], [p[1] for p in parts]],
            )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
