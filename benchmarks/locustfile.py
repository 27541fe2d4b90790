"""Load test (run by scripts/load_test.sh, not by hand): simulated people reading, searching
and posting against gunicorn on loopback.

Readers (most users) browse the home page, case studies, the directory and the catalogue;
searchers use the search page; posters log in as demo members and comment on a case study
(comments by members wait for moderation, so posting writes rows without flooding pages).
The `Bare` class, run alone, requests only the bare reference view, for the ratio.
"""

import random
import re
from itertools import count

from locust import FastHttpUser, between, task

CASE_STUDY_SLUGS = [f"load-case-{n}" for n in range(0, 1000, 7)]
QUERIES = ["street lighting", "ielu apgaismojums", "furniture", "energoefektivitate",
           "electric buses", "school meals", "cleaning products", "heat pumps"]  # fmt: skip
POSTERS = ["member@demo.gpp-commons.eu", "orgadmin@demo.gpp-commons.eu",
           "support@demo.gpp-commons.eu"]  # fmt: skip
PASSWORD = "gpp-demo-2026"  # noqa: S105 - the demo password, printed by make run
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
_serial = count()


class Reader(FastHttpUser):
    weight = 7
    wait_time = between(0, 0.1)  # near-saturating: the figures are capacity

    @task(3)
    def home(self):
        self.client.get("/en/")

    @task(3)
    def case_study_index(self):
        self.client.get(f"/en/case-studies/?page={random.randint(1, 20)}", name="case-study index")

    @task(4)
    def case_study(self):
        self.client.get(f"/en/case-studies/{random.choice(CASE_STUDY_SLUGS)}/", name="case study")

    @task(1)
    def directory(self):
        self.client.get("/en/organisations/")

    @task(1)
    def catalogue(self):
        self.client.get("/en/suppliers/")


class Searcher(FastHttpUser):
    weight = 2
    wait_time = between(0, 0.1)  # near-saturating: the figures are capacity

    @task
    def search(self):
        self.client.get("/en/search/", params={"q": random.choice(QUERIES)}, name="search")


class Poster(FastHttpUser):
    weight = 1
    wait_time = between(0, 0.1)  # near-saturating: the figures are capacity

    def on_start(self):
        email = POSTERS[next(_serial) % len(POSTERS)]
        page = self.client.get("/en/accounts/login/")
        token = dict(HIDDEN.findall(page.text)).get("csrfmiddlewaretoken", "")
        self.client.post(
            "/en/accounts/login/",
            data={"login": email, "password": PASSWORD, "csrfmiddlewaretoken": token},
            headers={"Referer": self.host + "/en/accounts/login/"},
            name="log in",
        )

    @task
    def comment(self):
        slug = random.choice(CASE_STUDY_SLUGS)
        page = self.client.get(f"/en/case-studies/{slug}/", name="case study (member)")
        fields = dict(HIDDEN.findall(page.text))
        if "security_hash" not in fields:
            return
        fields.update(comment=f"Load-test comment {random.randint(0, 10**9)}.", honeypot="")
        self.client.post(
            "/en/practices/comments/post/",
            data=fields,
            headers={"Referer": f"{self.host}/en/case-studies/{slug}/"},
            name="post comment",
        )


class Bare(FastHttpUser):
    """Run alone (scripts/load_test.sh names the classes of each run)."""

    wait_time = between(0, 0.1)  # near-saturating: the figures are capacity

    @task
    def bare(self):
        self.client.get("/bench/bare/", name="bare view")
