"""Database ids read from a request: the `<id:...>` path converter and a range check.

An id no column holds (more than a bigint) went on to the database and failed there, a 500:
"Python int too large to convert to SQLite INTEGER", or out of range on PostgreSQL. Django
guards its integer lookups but not `pk__in` or a lookup through a parent page's link
(`EventPage.pk`), so the check is made where the number comes in.
"""

from django.urls import register_converter

BIGINT_MAX = 2**63 - 1  # the largest id a column holds (PostgreSQL bigint, SQLite INTEGER)


def out_of_range(value) -> bool:
    """Whether `value` reads as an integer (as int() reads it) that no id column holds."""
    try:
        return abs(int(value)) > BIGINT_MAX
    except (TypeError, ValueError):
        return False


class IdConverter:
    """`<id:pk>`: digits, like `<int:...>`, but a number no column holds does not match, so
    it is a 404. (Registering over Django's own "int" is deprecated in Django 5.1.)"""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        if out_of_range(value):
            raise ValueError  # the resolver takes it as "no match"
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(IdConverter, "id")
