"""The review page in a real headless Chromium: paste a draft, check it, see the contradiction
highlighted where it stands with its message and the seed evidence beside it."""

from __future__ import annotations

import os
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
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


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


def open_page(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}/")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "draft").is_enabled())


def set_date(browser: WebDriver, value: str) -> None:
    # What typing into <input type=date> means depends on the browser's locale; set the value
    # and send the same input event typing would.
    field = browser.find_element(By.ID, "date")
    browser.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", field, value
    )


def check(browser: WebDriver) -> list[WebElement]:
    """Press the button, wait for the answer, return the marks in the draft."""
    browser.find_element(By.ID, "check").click()
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element(By.ID, "status").text.startswith(("Checked", "Not checked", "The draft"))
    )
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
