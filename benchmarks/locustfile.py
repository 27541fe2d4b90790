"""Load test (run by scripts/load_test.sh, not by hand): simulated people reading, searching
and posting against gunicorn on loopback.

Readers (most users) browse the home page, case studies, the directory and the catalogue;
forum readers open the forum index and threads (among them the thread of 200 posts);
searchers use the search page; posters log in as demo members, comment on a case study
(comments by members wait for moderation, so posting writes rows without flooding pages) and
reply in forum threads. Run alone, for the ratios: `ThreadReader` (visitors: served from the
page cache as in production), `RenderedThreadReader` (visitors whose stale session cookie
passes the page cache by, so every page is rendered), `MemberThreadReader` (logged-in
members: always rendered, with their own reaction forms and read state) and `Bare` (only the
bare reference view).
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
THREAD_LINK = re.compile(r'href="(/en/forum/t/(\d+)/[\w-]+/)"')
LOAD_CATEGORY = "/en/forum/c/load-talk/"
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


def load_threads(client) -> list[tuple[str, str]]:
    """(URL, pk) of the load threads listed first in their category (the 200-post one too)."""
    page = client.get(LOAD_CATEGORY, name="forum category")
    return THREAD_LINK.findall(page.text) or [("/en/forum/", "")]


class ThreadReader(FastHttpUser):
    """Reads forum threads, 20 posts a page."""

    weight = 2
    wait_time = between(0, 0.1)  # near-saturating: the figures are capacity

    def on_start(self):
        self.threads = load_threads(self.client)

    @task(4)
    def thread(self):
        self.client.get(random.choice(self.threads)[0], name="thread")


class RenderedThreadReader(ThreadReader):
    """A visitor with a stale session cookie: the page cache lets it by, the page is rendered
    (the shared fragments still serve it, as they serve everyone)."""

    @task(4)
    def thread(self):
        self.client.get(
            random.choice(self.threads)[0], name="thread", headers={"Cookie": "sessionid=stale"}
        )


def log_in(user: FastHttpUser) -> None:
    """As one of the demo members, in turn."""
    email = POSTERS[next(_serial) % len(POSTERS)]
    page = user.client.get("/en/accounts/login/")
    token = dict(HIDDEN.findall(page.text)).get("csrfmiddlewaretoken", "")
    user.client.post(
        "/en/accounts/login/",
        data={"login": email, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": user.host + "/en/accounts/login/"},
        name="log in",
    )


class MemberThreadReader(ThreadReader):
    def on_start(self):
        log_in(self)
        super().on_start()


class ForumReader(ThreadReader):
    @task(1)
    def forum_index(self):
        self.client.get("/en/forum/", name="forum index")


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
        self.threads = load_threads(self.client)
        log_in(self)

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

    @task
    def reply(self):
        url, pk = random.choice(self.threads)
        page = self.client.get(url, name="thread (member)")
        token = dict(HIDDEN.findall(page.text)).get("csrfmiddlewaretoken")
        if not token or not pk:
            return
        self.client.post(
            f"/en/forum/t/{pk}/reply/",
            data={"body": f"Load-test reply {random.randint(0, 10**9)}.",
                  "csrfmiddlewaretoken": token},
            headers={"Referer": self.host + url},
            name="post reply",
        )  # fmt: skip


class Bare(FastHttpUser):
    """Run alone (scripts/load_test.sh names the classes of each run)."""

    wait_time = between(0, 0.1)  # near-saturating: the figures are capacity

    @task
    def bare(self):
        self.client.get("/bench/bare/", name="bare view")
