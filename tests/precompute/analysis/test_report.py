"""The report folder: self-contained, and whole in a real headless Chromium."""

from __future__ import annotations

import html.parser
import json
import shutil
import tempfile
from pathlib import Path

import pytest

from precompute.analysis.knobmap import KNOBS_FORMAT
from precompute.perturb import N_Z

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

#: Headless Chromium that reaches for nothing on the network: without the networking
#: flags it tries to call Google and logs the refused connections.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class _Links(html.parser.HTMLParser):
    """Every src and href of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.links += [(tag, value) for name, value in attrs if name in ("src", "href")]


def test_the_report_refers_only_to_its_own_files(planted) -> None:
    report = planted.folder / "report"
    parser = _Links()
    parser.feed((report / "index.html").read_text(encoding="utf-8"))
    tags = {tag for tag, _ in parser.links}
    assert {"img", "audio", "a"} <= tags
    for _, link in parser.links:
        assert "://" not in link and not link.startswith("/"), link
        assert (report / link).is_file(), link


def test_knobs_json_answers_every_component(planted) -> None:
    data = json.loads((planted.folder / "report" / "knobs.json").read_text(encoding="utf-8"))
    assert data["format"] == KNOBS_FORMAT
    assert [k["component"] for k in data["knobs"]] == list(range(N_Z))
    assert data["model"]["fingerprint"] == "planted-c0-pitch-c1-loudness"


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.fail("Debian's chromium and chromium-driver are needed (apt-get install them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


_AUDIO_DURATIONS = """
const done = arguments[arguments.length - 1];
const players = Array.from(document.querySelectorAll('audio'));
Promise.all(players.map(a => new Promise(resolve => {
  const report = () => resolve([a.getAttribute('src'), a.duration, a.error ? a.error.code : 0]);
  if (a.readyState >= 1 || a.error) return report();
  a.addEventListener('loadedmetadata', report);
  a.addEventListener('error', report);
  a.load();
}))).then(done);
"""


def test_the_report_opens_whole_in_chromium(planted, browser, tmp_path: Path) -> None:
    # Opened where it was copied to, as a user double-clicks it: relative paths only.
    report = tmp_path / "copied-report"
    shutil.copytree(planted.folder / "report", report)
    browser.get((report / "index.html").as_uri())
    assert browser.title == "What the 16 knobs do"
    images = browser.execute_script(
        "return Array.from(document.images)"
        ".map(i => [i.getAttribute('src'), i.complete, i.naturalWidth])"
    )
    assert len(images) >= 8
    assert [src for src, complete, width in images if not (complete and width > 0)] == []
    audio = browser.execute_async_script(_AUDIO_DURATIONS)
    assert len(audio) >= 10
    broken = [(src, duration, error) for src, duration, error in audio
              if error or not duration or duration != duration]  # fmt: skip
    assert broken == []
    assert all((report / src).is_file() for src, _, _ in audio)
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
