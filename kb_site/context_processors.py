from django.conf import settings

from .sections import home_sections


def site(request):
    """Values every page template needs: the site name and the areas that are open."""
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "main_nav": [section for section in home_sections() if section["url"]],
    }
