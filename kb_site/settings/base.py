"""Settings shared by every environment. Environment files only override.

Every value that differs between machines comes from the environment through the one
``env`` object below; the README lists each variable.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()


def env_url(name: str, parse, default: str):
    """Read a URL variable; a malformed value fails naming the variable."""
    value = env.str(name, default=default)
    try:
        return parse(name, default=default)
    except (ImproperlyConfigured, ValueError, KeyError) as exc:
        raise ImproperlyConfigured(f"{name} is not a valid URL ({value!r}): {exc}") from None


DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")  # dev.py supplies a default; production requires it
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Apps: Django, third-party, then local (in dependency order: kb_site <- members <- ...).
DJANGO_APPS = [
    "modeltranslation",  # before the apps whose models it registers (translation.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
]
THIRD_PARTY_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "members.wagtail_users.MembersWagtailUsersConfig",  # wagtail.users with our user fields
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # Editors translate pages side by side, kept in sync with the source, PO in and out.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_comments_xtd",
    "django_comments",
    "django_tasks",
    "django_tasks_db",
]
LOCAL_APPS = [
    "kb_site",
    "members",
    "practices",
    "forum",
    "events",
    "search",
]
INSTALLED_APPS = LOCAL_APPS[:1] + DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS[1:]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "kb_site.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "kb_site.interface_language.InterfaceLanguageMiddleware",  # ?lang=, after LocaleMiddleware
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "kb_site.urls"
WSGI_APPLICATION = "kb_site.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "kb_site.context_processors.site",
                "members.context_processors.notifications",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise.
DATABASES = {
    "default": env_url("DATABASE_URL", env.db_url, f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"].get("ENGINE") not in {
    "django.db.backends.sqlite3",
    "django.db.backends.postgresql",
}:
    raise ImproperlyConfigured(
        "DATABASE_URL is not a valid URL: use sqlite:///path or postgres://user:pw@host/db"
    )
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A kept connection is tested before reuse, so the site recovers by itself after the database
# restarts (tests/services/test_database_restart.py).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env_url("CACHE_URL", env.cache_url, "locmemcache://")}
# Whole pages for visitors who are not logged in (kb_site/page_cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
# Expensive parts of pages for everyone, logged in or not ({% fragment %}); 0 turns it off.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=300)

# E-mail: printed to the console unless EMAIL_URL names an SMTP relay (smtp://user:pw@host:port).
_email = env_url("EMAIL_URL", env.email_url, "consolemail://")
globals().update(_email)  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, ...
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="GPP Commons <no-reply@gpp-commons.eu>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = 10

# Background tasks: run at once unless TASKS_BACKEND=database (then `manage.py db_worker`).
TASKS_BACKEND = env.str("TASKS_BACKEND", default="immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND],
        "QUEUES": ["default", "email", "search"],
    }
}

# Search: Elasticsearch when ELASTICSEARCH_URL is set, the database otherwise.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")

# Users and log-in
AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
ACCOUNT_FORMS = {"signup": "members.account_forms.SignupForm"}  # the same work for every address
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[GPP Commons] "
# Repeated failures are slowed down per address and, for log-in, per e-mail from one address
# (members/adapters.py: a stranger cannot lock a member out); allauth answers with a message.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env.str("RATE_LIMIT_LOGIN_FAILED", default="10/m/ip,5/5m/key"),
    "signup": env.str("RATE_LIMIT_SIGNUP", default="5/h/ip"),
    "reset_password": "5/m/ip,3/5m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
# Our own limits (kb_site/ratelimit.py): action -> (count, seconds), per member or address.
RATE_LIMITS = {
    "search": (60, 60),
    "autocomplete": (240, 60),
    "comment": (10, 600),
    "forum-thread": (5, 3600),
    "forum-post": (20, 3600),
    "forum-flag": (10, 86400),
    "newsletter": (5, 3600),  # sign-ups: each sends a confirmation e-mail
    "guest-registration": (5, 3600),  # likewise
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "GPP Commons"

# Internationalisation: English and Latvian, every string in both.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("lv", "Latviešu")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Riga"
# One date style per language ("17 December 2026, 11:00" / "2026. gada 17. decembris, 11:00").
# No USE_THOUSAND_SEPARATOR: it would group every number a template prints, ids in URLs too;
# figures are grouped where shown (|floatformat:"0g", |money).
FORMAT_MODULE_PATH = ["kb_site.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A page submitted for translation starts as a draft, even when its source is live: the
# translation goes live through the review workflow like any new page (wagtail-localize would
# otherwise publish it at once, in the source's words, for whoever submitted it).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Plain models (categories, working groups, product groups...) get a column per language from
# django-modeltranslation (the translation.py modules); an empty one shows the other language.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "lv")


def MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME(verbose_name, language):
    """Form labels of the per-language columns: "Name (English)", "Nosaukums (latviski)"."""
    from django.utils.translation import pgettext

    names = {"en": pgettext("in a language", "English"), "lv": pgettext("in a language", "Latvian")}
    return f"{verbose_name} ({names[language]})"


# Static files and media; whitenoise serves static files in production.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Files only some people may open (working-group documents): never served as static media.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
STORAGES = {
    # Every upload is stored under a random name with the extension its content shows.
    "default": {"BACKEND": "kb_site.storage.ServerNamedStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# The largest document anyone may upload (case-study and resource documents, working-group
# files), in MB; each upload is also checked by its content.
DOCUMENT_MAX_MB = env.int("DOCUMENT_MAX_MB", default=20)

# Wagtail
WAGTAIL_SITE_NAME = "GPP Commons"
# The site's public address, for links in e-mails (invitations, notifications).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# Editors log in through allauth, with their second factor: /admin/login/ (members.views.
# admin_login) sends visitors there and tells a member without admin access so (403).
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
# Passwords and addresses change, and passwords are reset, through allauth only (its rate
# limits, re-authentication and verification of a new address), not the admin's account page.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"  # pages restricted to members, the same way
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "pptx", "zip"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "kb_site.forms.DocumentForm"  # checks content and size
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []  # documents download, PDFs too (kb_site/media.py)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Comments (django-comments-xtd, used by case studies)
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2
COMMENTS_XTD_CONFIRM_EMAIL = False

# Security headers that hold everywhere; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Scripts only from this site: no inline script, no CDN. The Wagtail admin needs inline
# styles and scripts of its own, so it is left out of the policy.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/cms/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},  # one line per task is noise; failures still show
        "wagtail": {"level": "WARNING"},  # page actions are in Wagtail's own audit log
    },
}

# The API is read-only and public: no browsable HTML forms, JSON only. It takes no password
# (DRF's default HTTP Basic could be guessed without limit or second factor) and no session:
# everyone reads it as a visitor (kb_site/api.py).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
