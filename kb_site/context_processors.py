from django.conf import settings

from .sections import home_sections


def site(request):
    """Values every page template needs: the site name and the areas that are open."""
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        # Search has its own box in the header, so it is not repeated in the menu.
        "main_nav": [s for s in home_sections() if s["url"] and s["key"] != "search"],
    }
