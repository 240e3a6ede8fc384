"""The review page in a real headless Chromium: a finding's card shows its fact's timeline, and an
editor dismisses the finding with a reason; the decision is recorded and the finding is gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lint.run.decisions import DECISIONS_FILE, load_decisions
from lint.run.project import Project
from lint.service.app import create_app
from tests.live_server import live_server
from tests.test_review_page import browser, check, open_page, set_date, severe_console_messages
from tests.test_review_page import pytestmark as browser_needed

pytestmark = browser_needed
__all__ = ["browser"]  # the fixture, shared with the page's other tests

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

DRAFT = (
    "Menurut NIS, sekitar 2.000 tentara Korea Utara tewas di Rusia.\n\n"
    "NIS menyebutkan sekitar 1.500 tentara Korea Utara telah dikerahkan ke Rusia.\n"
)


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    return tmp_path


@pytest.fixture
def story_url(project: Project, newsroom: Path) -> Iterator[str]:
    """A service of its own for each test: its decisions start empty."""
    with live_server(create_app(project, decisions=newsroom / DECISIONS_FILE)) as url:
        yield url


def cards(browser: WebDriver) -> list[str]:
    """The kinds of the findings listed (read in one go: the list is redrawn after a dismissal)."""
    kinds: list[str] = browser.execute_script(
        "return [...document.querySelectorAll('#findings > li .kind')].map((e) => e.textContent)"
    )
    return kinds


def test_a_findings_card_shows_its_facts_timeline(browser: WebDriver, story_url: str) -> None:
    open_page(browser, story_url)
    browser.find_element(By.ID, "draft").send_keys(DRAFT)
    set_date(browser, "2025-09-20")
    check(browser)
    card = browser.find_elements(By.CSS_SELECTOR, "#findings > li")[1]
    assert card.find_element(By.CSS_SELECTOR, ".kind").text == "outdated"
    timeline = card.find_element(By.CSS_SELECTOR, "details.timeline")
    timeline.find_element(By.TAG_NAME, "summary").click()
    WebDriverWait(browser, 10).until(lambda d: timeline.find_elements(By.CSS_SELECTOR, ".said-list li"))
    said = timeline.find_elements(By.CSS_SELECTOR, ".said-list > li")
    assert [s.find_element(By.TAG_NAME, "time").text for s in said] == [
        "2024-10-22",
        "2025-02-27",
        "2025-06-19",
        "2025-07",
    ]
    first = said[0]
    assert "sekitar 1.500 tentara" in first.find_element(By.TAG_NAME, "strong").text
    assert "South Korea's National Intelligence Service (NIS)" in first.text  # the page's language: English
    assert "Medcom (medcom.id), 2024-10-22" in first.find_element(By.CSS_SELECTOR, ".cite").text
    assert first.find_element(By.TAG_NAME, "blockquote").text.startswith("Sebelum video ini muncul")
    assert "Replaced as of 2025-02-27" in first.find_element(By.CSS_SELECTOR, ".newer").text
    assert all(s.is_displayed() for s in said)
    assert severe_console_messages(browser) == []


def test_the_timeline_speaks_the_pages_language(browser: WebDriver, story_url: str) -> None:
    open_page(browser, story_url, "id")
    browser.find_element(By.ID, "draft").send_keys(DRAFT)
    set_date(browser, "2025-09-20")
    check(browser)
    card = browser.find_elements(By.CSS_SELECTOR, "#findings > li")[1]
    timeline = card.find_element(By.CSS_SELECTOR, "details.timeline")
    timeline.find_element(By.TAG_NAME, "summary").click()
    WebDriverWait(browser, 10).until(lambda d: timeline.find_elements(By.CSS_SELECTOR, ".said-list li"))
    assert "tentara Korea Utara yang dikirim ke Rusia" in timeline.find_element(By.CSS_SELECTOR, ".about").text
    first = timeline.find_elements(By.CSS_SELECTOR, ".said-list > li")[0]
    assert "Badan Intelijen Nasional Korea Selatan (NIS)" in first.text
    assert severe_console_messages(browser) == []


def test_an_editor_dismisses_a_finding_with_a_reason(browser: WebDriver, story_url: str, newsroom: Path) -> None:
    open_page(browser, story_url)
    browser.find_element(By.ID, "draft").send_keys(DRAFT)
    set_date(browser, "2025-09-20")
    check(browser)
    assert cards(browser) == ["unverified", "outdated"]
    card = browser.find_elements(By.CSS_SELECTOR, "#findings > li")[0]
    card.find_element(By.CSS_SELECTOR, "details.dismiss summary").click()
    form = card.find_element(By.CSS_SELECTOR, "form.dismiss-form")
    Select(form.find_element(By.TAG_NAME, "select")).select_by_value("fact-base-out-of-date")
    form.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("NIS, 15 September 2025")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

    WebDriverWait(browser, 20).until(lambda d: cards(d) == ["outdated"])
    note = browser.find_element(By.ID, "dismissed-note").text
    assert note.startswith("Dismissed: unverified [figure-unverified] “sekitar 2.000” on line 1")
    assert f"recorded in {DECISIONS_FILE}" in note
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "status").text == "Checked: 1 finding.")
    (decision,) = load_decisions(newsroom / DECISIONS_FILE).entries
    assert (decision.key.rule, decision.key.fact, decision.reason, decision.note) == (
        "figure-unverified",
        "troops-killed",
        "fact-base-out-of-date",
        "NIS, 15 September 2025",
    )
    assert severe_console_messages(browser) == []


def test_another_reason_is_the_editors_own_words(browser: WebDriver, story_url: str, newsroom: Path) -> None:
    open_page(browser, story_url)
    browser.find_element(By.ID, "draft").send_keys(DRAFT)
    set_date(browser, "2025-09-20")
    check(browser)
    card = next(c for c in browser.find_elements(By.CSS_SELECTOR, "#findings > li") if "outdated" in c.text)
    card.find_element(By.CSS_SELECTOR, "details.dismiss summary").click()
    form = card.find_element(By.CSS_SELECTOR, "form.dismiss-form")
    Select(form.find_element(By.TAG_NAME, "select")).select_by_value("other")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    status = form.find_element(By.CSS_SELECTOR, ".dismiss-status")
    WebDriverWait(browser, 5).until(lambda d: status.text == "Write the reason in the note.")
    form.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("kutipan sejarah, bukan angka kini")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda d: "outdated" not in cards(d))
    reasons = {d.key.rule: d.reason for d in load_decisions(newsroom / DECISIONS_FILE).entries}
    assert reasons["figure-outdated"] == "kutipan sejarah, bukan angka kini"
