from django.core.management.base import BaseCommand

from kb_site.demo_loader import DEMO_PASSWORD
from members.demo import ROLES
from members.models import User


class Command(BaseCommand):
    help = "Print the site's address and the demo log-ins that exist in this database."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")

    def handle(self, *args, url, **options):
        existing = set(User.objects.filter(email__in=ROLES).values_list("email", flat=True))
        lines = [
            "",
            f"GPP Commons is starting at {url}en/ (English) and {url}lv/ (Latviešu)",
            f"Editor admin: {url}admin/",
            f"Demo log-ins (password for all: {DEMO_PASSWORD}):",
        ]
        lines += [f"  {email:32} {role}" for email, role in ROLES.items() if email in existing]
        lines.append("E-mails (verification, password reset) are printed on this console.")
        self.stdout.write("\n".join(lines) + "\n")
