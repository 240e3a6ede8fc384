"""The review page in a real headless Chromium: paste a draft, check it, see the contradiction
highlighted where it stands with its message and the seed evidence beside it."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette

from lint.run.project import Project
from lint.service.app import create_app
from tests.live_server import live_server

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def find(names: tuple[str, ...], fallbacks: tuple[str, ...]) -> str | None:
    for name in names:
        if found := shutil.which(name):
            return found
    return next((p for p in fallbacks if os.access(p, os.X_OK)), None)


CHROMIUM = find(("chromium", "chromium-browser", "google-chrome"), ("/usr/bin/chromium", "/usr/lib/chromium/chromium"))
CHROMEDRIVER = find(("chromedriver",), ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"))
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no Chromium and chromedriver on this machine (Debian: apt-get install chromium chromium-driver)",
)

TREATY = "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023."
SEED = "000_89031a1fd86b0abb.txt"  # the seed that puts the signing in 2024 ("tahun lalu", 2025-02-27)


@pytest.fixture(scope="module")
def base_url(project: Project) -> Iterator[str]:
    app: Starlette = create_app(project)
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager is not asked to find or download anything.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(browser: WebDriver, base_url: str, lang: str = "en") -> None:
    """The page in ``lang`` (?lang= outweighs the language an earlier test chose and stored)."""
    browser.get(f"{base_url}/?lang={lang}")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "lang").get_attribute("value") == lang)


def set_date(browser: WebDriver, value: str) -> None:
    # What typing into <input type=date> means depends on the browser's locale; set the value
    # and send the same input event typing would.
    field = browser.find_element(By.ID, "date")
    browser.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", field, value
    )


def answers(browser: WebDriver) -> int:
    return int(browser.find_element(By.ID, "status").get_attribute("data-answers") or 0)


def check(browser: WebDriver) -> list[WebElement]:
    """Press the button, wait for the service's answer, return the marks in the draft."""
    before = answers(browser)
    browser.find_element(By.ID, "check").click()
    WebDriverWait(browser, 20).until(lambda d: answers(d) > before)
    marks: list[WebElement] = browser.find_elements(By.CSS_SELECTOR, "#annotated mark.finding")
    return marks


def severe_console_messages(browser: WebDriver) -> list[Any]:
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_pasted_contradiction_is_highlighted_with_its_evidence(browser: WebDriver, base_url: str) -> None:
    open_page(browser, base_url)
    draft = browser.find_element(By.ID, "draft")
    draft.send_keys("Pasukan Korea Utara tiba di Kursk.\n\n" + TREATY)
    set_date(browser, "2025-07-01")
    marks = check(browser)

    assert browser.find_element(By.ID, "status").text == "Checked: 1 finding."
    assert [m.text for m in marks] == ["Juni 2023"]
    mark = marks[0]
    assert "sev-error" in (mark.get_attribute("class") or "")
    assert mark.is_displayed()
    background = mark.value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the highlight must be visible"

    (card,) = browser.find_elements(By.CSS_SELECTOR, "#findings > li")
    assert card.is_displayed()
    assert card.find_element(By.CSS_SELECTOR, ".badge").text.lower() == "error"
    assert card.find_element(By.CSS_SELECTOR, ".kind").text == "contradiction"
    assert card.find_element(By.CSS_SELECTOR, ".where").text == "line 3, column 65"
    message = card.find_element(By.CSS_SELECTOR, ".message").text
    assert message.startswith("Juni 2023 (= 2023-06) contradicts the settled date")
    card.find_element(By.CSS_SELECTOR, ".evidence summary").click()
    seeds = [e.text for e in card.find_elements(By.CSS_SELECTOR, ".evidence .seed")]
    assert SEED in seeds and all(s.is_displayed() for s in card.find_elements(By.CSS_SELECTOR, ".evidence .seed"))
    quotes = [q.text for q in card.find_elements(By.CSS_SELECTOR, ".evidence blockquote")]
    assert any("perjanjian pertahanan bersama pada tahun lalu" in q for q in quotes)

    # Keyboard: Enter on the mark selects its card; "Show in draft" takes focus back to the mark.
    mark.send_keys(Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda d: "active" in (card.get_attribute("class") or ""))
    card.find_element(By.CSS_SELECTOR, "button.show").click()
    WebDriverWait(browser, 5).until(lambda d: d.switch_to.active_element == mark)
    assert severe_console_messages(browser) == []


def test_draft_text_is_shown_as_text_never_as_html(browser: WebDriver, base_url: str) -> None:
    open_page(browser, base_url)
    hostile = '<img src=x onerror="window.__pwned = 1"><b>tebal</b> ' + TREATY
    browser.find_element(By.ID, "draft").send_keys(hostile)
    set_date(browser, "2025-07-01")
    marks = check(browser)
    assert [m.text for m in marks] == ["Juni 2023"]
    annotated = browser.find_element(By.ID, "annotated")
    assert annotated.find_elements(By.CSS_SELECTOR, "img, b") == []
    assert annotated.text.startswith('<img src=x onerror="window.__pwned = 1"><b>tebal</b>')
    assert browser.execute_script("return window.__pwned === undefined")


def test_uploaded_file_uses_its_front_matter_date(browser: WebDriver, base_url: str, tmp_path: Path) -> None:
    draft = tmp_path / "kursk.md"
    draft.write_text(
        "---\ntitle: Kursk\ndate: 2025-03-10\n---\n\nKedua negara menandatangani pakta pertahanan bersama dua tahun lalu.\n",
        encoding="utf-8",
    )
    open_page(browser, base_url)
    browser.find_element(By.ID, "file").send_keys(str(draft))
    WebDriverWait(browser, 10).until(
        lambda d: "dua tahun lalu" in (d.find_element(By.ID, "draft").get_attribute("value") or "")
    )
    assert browser.find_element(By.ID, "date").get_attribute("value") == "2025-03-10"
    marks = check(browser)
    assert [m.text for m in marks] == ["dua tahun lalu"]
    card = browser.find_element(By.CSS_SELECTOR, "#findings > li")
    assert "as of the draft's date 2025-03-10" in card.find_element(By.CSS_SELECTOR, ".message").text
    assert card.find_element(By.CSS_SELECTOR, ".where").text == "line 6, column 54"


def test_clean_draft_says_so(browser: WebDriver, base_url: str) -> None:
    open_page(browser, base_url)
    browser.find_element(By.ID, "draft").send_keys("Cuaca di Pyongyang cerah.")
    assert check(browser) == []
    assert browser.find_element(By.ID, "summary").text.startswith("No findings")


def test_each_findings_evidence_is_shown_once(browser: WebDriver, base_url: str) -> None:
    """The message names each record's source and date; the seed passages wait behind one click."""
    open_page(browser, base_url)
    browser.find_element(By.ID, "draft").send_keys(TREATY)
    set_date(browser, "2025-07-01")
    check(browser)
    card = browser.find_element(By.CSS_SELECTOR, "#findings > li")
    assert "TVRINews, 2025-06-19" in card.find_element(By.CSS_SELECTOR, ".message").text
    (evidence,) = card.find_elements(By.CSS_SELECTOR, ".evidence")
    quotes = evidence.find_elements(By.CSS_SELECTOR, "blockquote")
    assert len(quotes) == 3 and not any(q.is_displayed() for q in quotes)
    assert evidence.find_element(By.CSS_SELECTOR, "summary").text == "Evidence from the seeds (3)"
    evidence.find_element(By.CSS_SELECTOR, "summary").click()
    assert all(q.is_displayed() for q in quotes)
    assert card.text.count("tahun 2024 akan menyebabkan Rusia") == 1


def test_the_date_is_written_year_month_day(browser: WebDriver, base_url: str) -> None:
    """A text box for YYYY-MM-DD, never the browser's month/day order; another order is refused
    before anything is sent."""
    open_page(browser, base_url)
    field = browser.find_element(By.ID, "date")
    assert field.get_attribute("type") == "text"
    assert field.get_attribute("placeholder") == "YYYY-MM-DD"
    browser.find_element(By.ID, "draft").send_keys(TREATY)
    field.send_keys("07/01/2025")
    before = answers(browser)
    browser.find_element(By.ID, "check").click()
    status = browser.find_element(By.ID, "status")
    WebDriverWait(browser, 5).until(lambda d: "2025-07-01" in status.text)
    assert status.text == "Write the date as year-month-day: 2025-07-01, not 07/01/2025."
    assert field.get_attribute("aria-invalid") == "true"
    assert answers(browser) == before
    field.clear()
    field.send_keys("2025-07-01")
    assert [m.text for m in check(browser)] == ["Juni 2023"]
    assert field.get_attribute("aria-invalid") == "false"


def test_in_a_long_draft_each_card_stands_beside_its_mark(browser: WebDriver, base_url: str) -> None:
    filler = "\n\n".join(["Cuaca di Pyongyang cerah sepanjang hari dan warga berjalan di taman kota yang ramai."] * 25)
    draft = f"{TREATY}\n\n{filler}\n\nPemimpin Korea Utara Kim Jong-Un menyambut tamunya.\n\n{filler}\n\nKim Jong-Un tersenyum."
    open_page(browser, base_url)
    browser.execute_script(
        "const d = document.getElementById('draft'); d.value = arguments[0]; d.dispatchEvent(new Event('input'));",
        draft,
    )
    set_date(browser, "2025-07-01")
    marks = check(browser)
    assert [m.text for m in marks] == ["Juni 2023", "Kim Jong-Un", "Kim Jong-Un"]
    cards = browser.find_elements(By.CSS_SELECTOR, "#findings > li")
    for mark, card in zip(marks, cards, strict=True):
        assert abs(card.rect["y"] - mark.rect["y"]) < 40, (mark.text, mark.rect, card.rect)
    assert marks[2].rect["y"] - marks[0].rect["y"] > 1500  # far apart in the draft, and so are their cards


def english_words_of_the_catalog() -> list[str]:
    """Every stretch of two English words or more between the placeholders of factlint's messages."""
    from tests.test_translations import english_fragments

    return sorted(english_fragments())


def test_the_page_in_indonesian_says_nothing_in_english(browser: WebDriver, base_url: str) -> None:
    from tests.test_translations import DRAFT, KINDS

    open_page(browser, base_url, "id")
    assert browser.find_element(By.ID, "check").text == "Periksa draf"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    browser.execute_script(
        "const d = document.getElementById('draft'); d.value = arguments[0]; d.dispatchEvent(new Event('input'));",
        DRAFT,
    )
    check(browser)
    kinds = browser.execute_script(
        "return [...document.querySelectorAll('#findings .kind')].map((e) => e.dataset.kind)"
    )
    assert set(kinds) == KINDS
    assert browser.find_element(By.ID, "status").text == "Selesai diperiksa: 12 temuan."
    for summary in browser.find_elements(By.CSS_SELECTOR, "#findings details summary"):
        summary.click()  # the evidence, the timeline and the dismissal form too
    shown: str = browser.execute_script(
        "const page = document.body.cloneNode(true);"
        "page.querySelector('#annotated').remove();"
        "page.querySelectorAll('.evidence blockquote, .said-list, .about').forEach((e) => e.remove());"
        "return page.innerText + ' ' + document.title;"
    )
    words = " ".join(re.findall(r"[A-Za-z'-]+", shown))
    leaked = [f for f in english_words_of_the_catalog() if re.search(rf"\b{re.escape(f)}\b", words)]
    assert leaked == []
    assert "bertentangan dengan" in shown and "Bukti dari artikel rujukan" in shown
    assert severe_console_messages(browser) == []


def test_the_language_selector_switches_the_page_and_the_findings(browser: WebDriver, base_url: str) -> None:
    open_page(browser, base_url)
    browser.find_element(By.ID, "draft").send_keys(TREATY)
    set_date(browser, "2025-07-01")
    check(browser)
    message = browser.find_element(By.CSS_SELECTOR, "#findings .message")
    assert "contradicts" in message.text
    before = answers(browser)
    Select(browser.find_element(By.ID, "lang")).select_by_value("id")
    WebDriverWait(browser, 20).until(lambda d: answers(d) > before)  # checked again, in Indonesian
    assert browser.find_element(By.ID, "results-title").text == "Temuan"
    assert "bertentangan dengan" in browser.find_element(By.CSS_SELECTOR, "#findings .message").text
    browser.get(f"{base_url}/")  # the choice is remembered
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "check").text == "Periksa draf")
    Select(browser.find_element(By.ID, "lang")).select_by_value("en")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "check").text == "Check draft")


def test_at_phone_width_nothing_is_wider_than_the_screen(browser: WebDriver, base_url: str) -> None:
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 375, "height": 740, "deviceScaleFactor": 2, "mobile": True}
    )
    try:
        open_page(browser, base_url, "id")
        browser.find_element(By.ID, "draft").send_keys(TREATY)
        set_date(browser, "2025-07-01")
        (mark,) = check(browser)
        width = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1] == 375
        card = browser.find_element(By.CSS_SELECTOR, "#findings > li")
        assert card.rect["x"] >= 0 and card.rect["x"] + card.rect["width"] <= 375
        assert card.rect["y"] > mark.rect["y"]  # one column: the cards follow the draft
        font = browser.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
        assert font >= 14
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
