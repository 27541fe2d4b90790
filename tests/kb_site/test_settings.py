"""Settings: production passes `check --deploy`, bad variables fail in one line naming them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "kb_site.settings.production",
    "SECRET_KEY": "k8$Zq2!vT7wLr5@pXe9#nB3yHc6^mJ4uFd1&sGa0*oWi8%tEbN",
    "ALLOWED_HOSTS": "gpp-commons.example.eu",
    "DATABASE_URL": "sqlite:////tmp/gpp-check.sqlite3",
    "SITE_URL": "https://gpp-commons.example.eu",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    ignored = {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_processes_share_one_cache_by_default():
    """The page and fragment caches' generation must be the same in every gunicorn worker."""
    result = manage(
        "shell", "-c", "from django.conf import settings; print(settings.CACHES['default'])",
        env=PRODUCTION,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "FileBasedCache" in result.stdout
    assert str(ROOT / "var" / "cache") in result.stdout


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SECRET_KEY", "", "SECRET_KEY is not set"),
        ("DATABASE_URL", "mysqlx://what?", "DATABASE_URL is not a valid URL"),
        ("EMAIL_URL", "carrier-pigeon://", "EMAIL_URL is not a valid URL"),
        ("DEBUG", "true", "DEBUG must be false in production"),
    ],
)
def test_a_bad_variable_fails_at_start_up_in_one_line_naming_it(variable, value, message):
    result = manage("check", env={**PRODUCTION, variable: value})
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # one line, no traceback
    assert "Traceback" not in result.stderr


def test_security_headers_on_a_page(client, db):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
