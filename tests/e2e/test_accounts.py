"""A visitor signs up, verifies from the e-mail, logs in and out, and switches language."""

import re

from django.core import mail
from playwright.sync_api import expect

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def test_sign_up_verify_log_in_and_log_out(page):
    page.goto("/en/")
    page.get_by_role("link", name="Sign up").first.click()
    page.get_by_label("Email").fill("anna@example.lv")
    page.get_by_label("Display name").fill("Anna Bērziņa")
    page.locator("#id_password1").fill("round-table-riga-77")
    page.locator("#id_password2").fill("round-table-riga-77")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verify Your Email Address")

    assert len(mail.outbox) == 1
    page.goto(LINK.search(mail.outbox[0].body).group(1))
    page.get_by_role("button", name="Confirm").click()

    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill("anna@example.lv")
    page.locator("#id_password").fill("round-table-riga-77")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("link", name="My account (Anna Bērziņa)")).to_be_visible()

    page.get_by_role("button", name="Log out").click()  # a POST form: no confirm page
    expect(page.get_by_role("link", name="Log in").first).to_be_visible()


def test_wrong_input_is_explained_next_to_the_field_and_kept(page):
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_label("Display name").fill("Pēteris")
    page.locator("#id_password1").fill("round-table-riga-77")
    page.locator("#id_password2").fill("something-else-entirely")
    page.get_by_role("button", name="Sign up").click()
    email = page.get_by_label("Email")
    expect(email).to_have_value("not-an-email")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Display name")).to_have_value("Pēteris")
    expect(page.locator(".field__errors").first).to_contain_text("valid email")


def test_language_switch_keeps_the_page(page):
    page.goto("/en/accounts/login/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Latviešu").click()
    expect(page).to_have_url(re.compile(r"/lv/accounts/login/$"))
    expect(page.locator("html")).to_have_attribute("lang", "lv")
    expect(page.get_by_role("link", name="Reģistrēties").first).to_be_visible()
    page.get_by_role("navigation", name="Valoda").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/accounts/login/$"))


def test_keyboard_user_skips_to_the_content(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_pages_work_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/organisations/")
    page.get_by_label("Kind").select_option("energy_agency")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"kind=energy_agency"))
    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill("nobody@example.org")
    page.locator("#id_password").fill("wrong-password")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("body")).to_contain_text("not correct")
    context.close()
