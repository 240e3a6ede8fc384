"""Help, usage errors and every command in the editor's language: ``--locale`` on each command
that speaks, help and click's own words from the catalog, and the story's words (a fact's
``about``, a source's ``name``) in the language facts.yaml gives them in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from lint import i18n
from lint.cli.main import main
from lint.facts.story import load_story
from tests.conftest import SEEDS, copy_story

# What `archive` prints is in English by design (docs/translating.md): its findings are
# compared across runs made anywhere, and its workers do not share the run's language.
ENGLISH_ONLY = {"archive"}


def invoke(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, prog_name="factlint")


def commands(
    group: click.Group = main, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        path = (*prefix, name)
        yield path, command
        if isinstance(command, click.Group):
            yield from commands(command, path)


def test_every_command_that_speaks_takes_locale() -> None:
    missing = [
        " ".join(path)
        for path, command in commands()
        if not isinstance(command, click.Group)
        and path[0] not in ENGLISH_ONLY
        and "--locale" not in {opt for p in command.params for opt in p.opts}
    ]
    assert missing == []


@pytest.mark.parametrize("path", [p for p, c in commands() if p[0] not in ENGLISH_ONLY], ids=" ".join)
def test_help_is_translated_whole(path: tuple[str, ...]) -> None:
    english = invoke(*path, "--help")
    group = isinstance(main.get_command(click.Context(main), path[0]), click.Group) and len(path) == 1
    # a group takes no --locale: its help speaks the environment's language
    indonesian = (
        invoke(*path, "--help", env={"LANG": "id_ID.UTF-8"}) if group else invoke(*path, "--locale", "id", "--help")
    )
    assert english.exit_code == indonesian.exit_code == 0
    assert english.stdout.startswith("Usage: factlint")
    assert indonesian.stdout.startswith("Penggunaan: factlint")
    assert "Opsi:" in indonesian.stdout and "Options:" not in indonesian.stdout
    assert "Tampilkan pesan ini lalu keluar." in indonesian.stdout
    # every help text of the command and of its options came from the catalog
    i18n.use("id")
    try:
        command = main
        for name in path:
            assert isinstance(command, click.Group)
            command = command.get_command(click.Context(command), name)  # type: ignore[assignment]
        texts = [command.help, command.epilog, *(getattr(p, "help", None) for p in command.params)]
        untranslated = [t for t in texts if t and i18n._(t) == t]
        assert untranslated == []
    finally:
        i18n.use(i18n.SOURCE)


def test_the_environment_chooses_the_language_of_help() -> None:
    result = invoke("lint", "--help", env={"LC_ALL": None, "LC_MESSAGES": None, "LANG": "id_ID.UTF-8"})
    assert "Periksa draf: berkas, direktori" in result.stdout
    assert "--locale LANG" in result.stdout  # option names are never translated


def test_the_command_list_is_translated() -> None:
    result = invoke("--help", env={"LANG": "id_ID.UTF-8"})
    assert "Perintah:" in result.stdout
    assert "Bangun basis fakta dari artikel rujukan" in result.stdout


def test_help_in_english_is_unchanged_by_another_language_shown_first() -> None:
    invoke("lint", "--locale", "id", "--help")
    assert "Lint drafts: files, directories" in invoke("lint", "--help").stdout


def test_usage_errors_speak_the_language_asked_for() -> None:
    result = invoke("lint", "--locale", "id", "--nope", "x.md")
    assert result.exit_code == 2
    assert "Galat: Tidak ada opsi '--nope'." in result.stderr
    assert "Coba 'factlint lint --help' untuk bantuan." in result.stderr
    assert "(Maksud Anda: '--ignore'?)" in result.stderr
    missing = invoke("lint", env={"LANG": "id_ID.UTF-8"})
    assert "Galat: Argumen tidak ada 'PATHS...'." in missing.stderr
    choice = invoke("lint", "--locale", "id", "--format", "xml", "x.md")
    assert "Nilai tidak sah untuk '--format': 'xml' bukan salah satu dari" in choice.stderr
    english = invoke("lint", "--nope", "x.md", env={"LANG": "C.UTF-8"})
    assert "Error: No such option '--nope'." in english.stderr


def test_an_unknown_locale_on_any_command_names_the_languages() -> None:
    result = invoke("facts", "--locale", "fr")
    assert result.exit_code == 2
    assert "no messages in 'fr' (locales: en, id)" in result.stderr


# --- the story's words in each language -----------------------------------------------------


def test_facts_and_sources_are_described_in_the_messages_language() -> None:
    story = load_story(SEEDS)
    fact, nis = story.facts["troops-deployed"], story.sources["nis"]
    i18n.use("id")
    try:
        assert fact.described() == "tentara Korea Utara yang dikirim ke Rusia"
        assert nis.shown() == "Badan Intelijen Nasional Korea Selatan (NIS)"
    finally:
        i18n.use(i18n.SOURCE)
    assert fact.described() == fact.about == "North Korean troops sent to Russia"
    assert nis.shown() == "South Korea's National Intelligence Service (NIS)"


DRAFT = """---
date: 2025-07-01
---
Kyrylo Budanov mengatakan lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.

Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.
"""


def test_findings_use_the_story_words_of_the_messages_language(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    indonesian = invoke("lint", "--locale", "id", "--format", "json", str(draft))
    english = invoke("lint", "--locale", "en", "--format", "json", str(draft))
    id_report, en_report = json.loads(indonesian.stdout), json.loads(english.stdout)
    assert (id_report["locale"], en_report["locale"]) == ("id", "en")
    id_text = " ".join(f["message"] for f in id_report["findings"])
    en_text = " ".join(f["message"] for f in en_report["findings"])
    assert "penandatanganan perjanjian pertahanan bersama Rusia dan Korea Utara" in id_text
    assert "Russia and North Korea sign their mutual defence treaty" in en_text
    assert "Badan Intelijen Nasional Korea Selatan (NIS)" in id_text
    assert "South Korea's National Intelligence Service (NIS)" in en_text
    assert "Russia and North Korea" not in id_text and "Badan Intelijen" not in en_text


def story_copy(tmp_path: Path) -> Path:
    return copy_story(tmp_path / "story")


def with_about(tmp_path: Path, about: str) -> tuple[Path, int]:
    """A copy of the story whose troops-deployed fact has ``about`` as its description, and
    that key's line."""
    story = story_copy(tmp_path)
    facts = story / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    start = text.index("    about:\n      en: North Korean troops sent to Russia\n")
    end = text.index("\n", text.index("      id:", start)) + 1
    facts.write_text(text[:start] + f"    about: {about}\n" + text[end:], encoding="utf-8")
    return story, text[:start].count("\n") + 1


def test_a_plain_description_serves_every_language(tmp_path: Path) -> None:
    story, _ = with_about(tmp_path, "Pasukan yang dikirim")
    fact = load_story(story).facts["troops-deployed"]
    i18n.use("id")
    try:
        assert fact.described() == "Pasukan yang dikirim"
    finally:
        i18n.use(i18n.SOURCE)
    assert fact.described() == fact.about == "Pasukan yang dikirim"


@pytest.mark.parametrize(
    ("about", "said"),
    [
        ("{}", "'about' in fact 'troops-deployed' must be a string, or a mapping of language codes to strings"),
        ("{en: 3}", "'en' in 'about' of fact 'troops-deployed' must be a non-empty string"),
    ],
)
def test_a_wrong_description_names_its_line(tmp_path: Path, about: str, said: str) -> None:
    story, line = with_about(tmp_path, about)
    result = invoke("rules", "check", "--story", str(story))
    assert result.exit_code == 2
    assert f"facts.yaml:{line}: {said}" in result.stderr


def test_rules_are_described_in_the_messages_language() -> None:
    indonesian = invoke("rules", "list", "--locale", "id")
    english = invoke("rules", "list", "--locale", "en")
    assert "Nama hari yang ditulis di samping tanggal" in indonesian.stdout
    assert "A weekday written beside a date" in english.stdout
    assert "A weekday written beside a date" not in indonesian.stdout


def test_a_rules_message_can_be_given_per_language(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "names.yaml").write_text(
        "rules:\n"
        "  - id: house-names\n"
        "    kind: spelling\n"
        "    message:\n"
        "      en: 'house style: write {expected}'\n"
        "      id: 'gaya redaksi: tulis {expected}'\n"
        "    description: {en: Names as the house writes them., id: Nama seperti yang ditulis redaksi.}\n"
        "    examples:\n"
        "      flag: [Kim Jong-Un tiba., Sergey Shoigu tiba.]\n"
        "      pass: [Kim Jong Un tiba., Sergei Shoigu tiba.]\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: 2025-07-01\n---\nKim Jong-Un tiba di Moskow.\n", encoding="utf-8")
    said = {
        lang: invoke("lint", "--locale", lang, "--rules", str(rules), "--format", "json", str(draft)).stdout
        for lang in ("en", "id")
    }
    assert json.loads(said["en"])["findings"][0]["message"] == "house style: write Kim Jong Un"
    assert json.loads(said["id"])["findings"][0]["message"] == "gaya redaksi: tulis Kim Jong Un"


def test_a_rules_message_in_any_language_is_checked_at_its_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "names.yaml").write_text(
        "rules:\n  - id: house-names\n    kind: spelling\n    message:\n      en: 'write {expected}'\n"
        "      id: 'tulis {diharapkan}'\n",
        encoding="utf-8",
    )
    result = invoke("rules", "check", "--rules", str(rules))
    assert result.exit_code == 2
    assert "names.yaml:6: unknown field '{diharapkan}' in message of rule 'house-names'" in result.stderr


def test_every_command_speaks_the_language_asked_for(tmp_path: Path) -> None:
    story = story_copy(tmp_path)
    checked = invoke("rules", "check", "--story", str(story), "--locale", "id")
    assert checked.exit_code == 0 and checked.stdout.startswith("ok: 9 aturan")
    seed = next(iter(sorted(story.glob("*.txt"))))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nSatu kalimat lagi.\n", encoding="utf-8")
    stale = invoke("facts", "troops-deployed", "--story", str(story), "--locale", "id")
    assert "factlint: warning: " in stale.stderr and "basis fakta" in stale.stderr and str(story) in stale.stderr
    assert stale.stdout.startswith(
        "troops-deployed: tentara Korea Utara yang dikirim ke Rusia (angka dari banyak sumber)"
    )
    built = invoke("build", "--story", str(story), "--check", "--locale", "id")
    assert built.exit_code == 1 and "factlint build --story" in built.stderr
    assert "out of date" not in built.stderr


def test_a_config_error_speaks_the_language_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".factlint.yaml").write_text("fail-on: sometimes\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text("Kim Jong Un tiba.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    english = invoke("lint", "draft.md", "--locale", "en")
    indonesian = invoke("lint", "draft.md", "--locale", "id")
    assert english.exit_code == indonesian.exit_code == 2
    assert ".factlint.yaml:1: 'fail-on' must be one of" in english.stderr
    assert ".factlint.yaml:1: " in indonesian.stderr and "'fail-on' harus" in indonesian.stderr
