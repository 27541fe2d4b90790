"""manage.py generate_load_data --scale N: the benchmark data set, with a progress bar."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from kb_site.load_data import load_steps


class Command(BaseCommand):
    help = (
        "Generate the benchmark data set (scale 1: 1,000 case studies, 1,000 supplier offers, "
        "...); idempotent, a second run tops up."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1, help="Multiply every count by N.")

    def handle(self, *args, scale=1, **options):
        for step in load_steps(scale):
            with tqdm(total=step.total, desc=step.label, unit="row", file=self.stderr) as bar:
                for done in step.run():
                    bar.update(done)
        self.stdout.write(f"Load data ready at scale {scale}.")
