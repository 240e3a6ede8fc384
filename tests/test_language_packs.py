"""Language packs: data validated when loaded, chosen per draft, looked for in the story first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli import main
from lint.errors import FactlintError
from lint.reading.language import LANG_DIR, load_lexicon, pack_path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "---\ndate: 2025-07-01\n{front}---\n\nMenurut NIS, sekitar 12 rebu tentara Korea Utara dikerahkan ke Rusia.\n"


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped story with a language pack of its own (a copy of factlint's)."""
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    root = tmp_path / "story"
    shutil.copytree(ROOT / "seeds", root)
    (root / "lang").mkdir()
    shutil.copy(LANG_DIR / "id.yaml", root / "lang" / "id.yaml")
    return root


def lint(*args: str) -> Result:
    return CliRunner().invoke(main, ["lint", "--format", "json", *args])


def edit_pack(story: Path, old: str, new: str) -> Path:
    pack = story / "lang" / "id.yaml"
    text = pack.read_text(encoding="utf-8")
    assert old in text
    pack.write_text(text.replace(old, new, 1), encoding="utf-8")
    return pack


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_an_unknown_language_is_one_line_exit_2_and_the_other_files_still_run(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(DRAFT.format(front="lang: fr\n"), encoding="utf-8")
    (tmp_path / "b.md").write_text(DRAFT.format(front=""), encoding="utf-8")
    result = lint(str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path / 'a.md'}:3: unknown language 'fr' (factlint reads: " in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(result.stdout)["summary"]["files"] == 1


def test_a_misspelt_key_names_the_file_and_line(story: Path, tmp_path: Path) -> None:
    pack = edit_pack(story, "\nmonths:", "\nmonts:")
    (tmp_path / "d.md").write_text(DRAFT.format(front=""), encoding="utf-8")
    result = lint("--story", str(story), str(tmp_path / "d.md"))
    assert result.exit_code == 2
    line = line_of(pack, "monts:")
    assert f"{pack}:{line}: unknown key 'monts' in the language pack (did you mean 'months'?)" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  complementizers: [bahwa]\n", "", "missing key 'complementizers' in 'grammar'"),
        ("\nweekdays:\n", "\nweekdays: {}\nunused_weekdays:\n", "unknown key 'unused_weekdays'"),
        ("day_parts: [pagi,", "day_parts: [7, pagi,", "'day_parts' must be a list of words"),
        ("  ribu: 1000\n", "  ribu: seribu\n", "'scales': 'ribu' must map to a int"),
        ('{words: "lebih dari", bound: lower}', '{words: "lebih dari", bound: above}', "'bound' in an entry of"),
        ("numeric_date_order: dmy", "numeric_date_order: dym", "'grammar.numeric_date_order' must be one of"),
    ],
)
def test_a_pack_that_breaks_the_schema_is_refused_with_its_line(story: Path, old: str, new: str, message: str) -> None:
    edit_pack(story, old, new)
    load_lexicon.cache_clear()
    with pytest.raises(FactlintError) as caught:
        load_lexicon("id", (story / "lang",))
    assert message in caught.value.message
    assert caught.value.where is not None and caught.value.where.startswith(f"{story / 'lang' / 'id.yaml'}:")


def test_a_list_a_language_cannot_do_without_may_not_be_empty(story: Path) -> None:
    pack = story / "lang" / "id.yaml"
    text = pack.read_text(encoding="utf-8")
    start = text.index("\nmonths:\n")
    end = text.index("\n\n", start + 1)
    pack.write_text(text[:start] + "\nmonths: {}" + text[end:], encoding="utf-8")
    load_lexicon.cache_clear()
    with pytest.raises(FactlintError, match="'months' must not be empty"):
        load_lexicon("id", (story / "lang",))


def test_an_empty_word_list_matches_nothing_rather_than_everything(story: Path, tmp_path: Path) -> None:
    """No reporting cues at all: every figure is unattributed, none credited by accident."""
    pack = story / "lang" / "id.yaml"
    text = pack.read_text(encoding="utf-8")
    start = text.index("  prefix: [")
    end = text.index("  # passive reporting verbs")
    pack.write_text(text[:start] + "  prefix: []\n" + text[end:], encoding="utf-8")
    (tmp_path / "d.md").write_text(
        "---\ndate: 2025-07-01\n---\n\nMenurut NIS, sekitar 600 tentara Korea Utara tewas.\n", encoding="utf-8"
    )
    result = lint("--story", str(story), str(tmp_path / "d.md"))
    assert '"kind": "unattributed"' in result.stdout


def test_the_story_s_own_pack_comes_before_factlint_s(story: Path, tmp_path: Path) -> None:
    """A newsroom's spelling of a scale word ('12 rebu') read through its story's own pack."""
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT.format(front=""), encoding="utf-8")
    assert '"text": "sekitar 12 rebu' not in lint("--story", str(story), str(draft)).stdout
    edit_pack(story, "  ribu: 1000\n", "  ribu: 1000\n  rebu: 1000\n")
    load_lexicon.cache_clear()  # a process reads a pack once; this test edits it between runs
    assert pack_path("id", (story / "lang", LANG_DIR)) == story / "lang" / "id.yaml"
    assert '"text": "sekitar 12 rebu"' in lint("--story", str(story), str(draft)).stdout


def test_the_config_names_the_language_of_drafts_without_one(tmp_path: Path) -> None:
    (tmp_path / ".factlint.yaml").write_text("lang: xx\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DRAFT.format(front=""), encoding="utf-8")
    (tmp_path / "b.md").write_text(DRAFT.format(front="lang: id\n"), encoding="utf-8")
    result = lint(str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path / 'a.md'}: unknown language 'xx'" in result.stderr
    assert json.loads(result.stdout)["summary"]["files"] == 1


LANGUAGES = """
languages:
  en:
    aliases:
      nis: [South Korea's spy agency]
    nouns:
      troops: [troops, soldiers]
    events:
      killed: [killed, dead]
    keywords:
      treaty-signed: [[treaty, pact], [signed, signing]]
    exclude:
      treaty-signed: [anniversary]
"""


def _without_languages(text: str) -> str:
    """facts.yaml less its own languages: section (the test gives one of its own)."""
    lines = text.splitlines(keepends=True)
    out, inside = [], False
    for line in lines:
        if line.startswith("languages:"):
            inside = True
            continue
        if inside and line.strip() and not line.startswith((" ", "#")):
            inside = False
        if not inside:
            out.append(line)
    return "".join(out)


def test_a_story_gives_its_words_in_other_languages(story: Path) -> None:
    from lint.facts.story import load_story

    facts = story / "facts.yaml"
    facts.write_text(_without_languages(facts.read_text(encoding="utf-8")) + LANGUAGES, encoding="utf-8")
    loaded = load_story(story)
    english = loaded.vocabulary("en")
    assert english.noun_by_word["soldiers"] == "troops" and "tentara" not in english.noun_by_word
    assert english.source_id("South Korea's spy agency") == "nis" and english.source_id("NIS") == "nis"
    assert loaded.vocabulary("id").source_id("South Korea's spy agency") is None
    (treaty,) = english.date_facts
    assert treaty.fact.id == "treaty-signed" and treaty.match("The pact was signed in June 2024.") is not None
    assert treaty.match("The treaty's signing anniversary.") is None
    assert loaded.vocabulary("fr") is loaded.vocabulary("id")  # no words given: the story's own


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "      troops: [troops, soldiers]",
            "      troop: [troops]",
            "language 'en' gives words for unknown noun class 'troop'",
        ),
        (
            "      nis: [South Korea's spy agency]",
            "      nsa: [NSA]",
            "language 'en' gives words for unknown source 'nsa'",
        ),
        (
            "      treaty-signed: [[treaty",
            "      troops-deployed: [[treaty",
            "gives keywords for 'troops-deployed', which is no date fact",
        ),
        ("    nouns:", "    noun:", "unknown key 'noun' in language 'en'"),
    ],
)
def test_a_language_s_words_must_name_the_story_s_classes_and_facts(
    story: Path, old: str, new: str, message: str
) -> None:
    from lint.facts.story import load_story

    facts = story / "facts.yaml"
    facts.write_text(
        _without_languages(facts.read_text(encoding="utf-8")) + LANGUAGES.replace(old, new), encoding="utf-8"
    )
    with pytest.raises(FactlintError) as caught:
        load_story(story)
    assert message in caught.value.message
    assert caught.value.where is not None and caught.value.where.startswith(f"{facts}:")
