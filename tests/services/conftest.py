import os

import pytest
from django.db import connection


@pytest.fixture
def postgresql(db):
    """The test database, which in the services suite must be PostgreSQL."""
    if connection.vendor != "postgresql":
        missing = os.environ.get("GPP_SERVICES_MISSING", "DATABASE_URL is not a PostgreSQL URL")
        pytest.skip(f"needs PostgreSQL: {missing}")
    return connection
