"""Messages in the editor's language: the catalogs are complete and compiled, the language is
chosen as documented, and an Indonesian run says nothing in English."""

from __future__ import annotations

import gettext
import json
import os
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po
from click.testing import CliRunner

from lint import i18n
from lint.checks.registry import KINDS as KINDS_BY_NAME
from lint.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "lint" / "locale"
TEMPLATE = LOCALE / "factlint.pot"
TRANSLATED = [p.parent.parent.name for p in sorted(LOCALE.glob("*/LC_MESSAGES/factlint.po"))]
PAGE_CATALOGS = ROOT / "lint" / "service" / "static" / "locale"
UPDATE = os.environ.get("FACTLINT_UPDATE_CATALOGS") == "1"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")

# A draft with a finding of every kind (each sentence from the shared examples).
DRAFT = """---
title: Pasukan Korea Utara
date: 2025-07-01
lang: id
---

Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.

Menurut Badan Intelijen Nasional Korea Selatan, 25.000 tentara Korea Utara telah dikerahkan ke Rusia.

Sekitar 15.000 tentara Korea Utara kini berada di Rusia.

Sebanyak 600 tentara Korea Utara dilaporkan tewas.

Kyrylo Budanov mengatakan lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.

Shoigu tiba di Pyongyang pada Senin (17/6/2025).

Pemimpin Korea Utara Kim Jong-Un menyatakan dukungan tanpa syarat bagi Rusia.

Menurut juru bicara militer Ukraina, 40 tentara Korea Utara ditangkap di wilayah Kursk.

Juru bicara militer Ukraina kemudian menyebut 45 tentara Korea Utara ditangkap di wilayah Kursk.

Menurut Shoigu, 1.000 sapper dan 5.000 pekerja konstruksi militer, atau total 8.000 personel, akan dikirim.

Menurut Badan Intelijen Nasional Korea Selatan, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.

Kedua negara menandatangani pakta pertahanan bersama pada 31/4/2025.
"""
KINDS = {
    "contradiction",
    "misattribution",
    "unverified",
    "unattributed",
    "inconsistent",
    "date-mismatch",
    "spelling",
    "outdated",
}


def catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def messages(cat: Catalog) -> list[Message]:
    return [m for m in cat if m.id]


def forms(text: str | tuple[str, ...]) -> tuple[str, ...]:
    return (text,) if isinstance(text, str) else tuple(text)


def test_the_template_holds_every_message_in_the_code() -> None:
    """A message added or changed in the code and not extracted would be shown untranslated."""
    found = {
        message if isinstance(message, str) else message[0]
        for _, _, message, _, _ in extract_from_dir(
            ROOT,
            method_map=[("lint/**.py", "python"), ("lint/service/static/**.js", "javascript")],
            keywords={**DEFAULT_KEYWORDS, "N_plural": (1, 2)},  # as docs/translating.md extracts
        )
        if message
    }
    template = {forms(m.id)[0] for m in messages(catalog(TEMPLATE))}
    assert found == template, "run the commands in docs/translating.md"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    template = {m.id for m in messages(catalog(TEMPLATE))}
    translated = catalog(LOCALE / lang / "LC_MESSAGES" / "factlint.po", lang)
    assert {m.id for m in messages(translated)} == template
    for m in messages(translated):
        assert not m.fuzzy, m.id
        assert all(forms(m.string)), f"untranslated: {m.id!r}"
        wanted = set(PLACEHOLDER.findall(forms(m.id)[-1]))
        for form in forms(m.string):
            assert set(PLACEHOLDER.findall(form)) == wanted, (m.id, form)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_kinds_message_is_translated(lang: str) -> None:
    """A kind added to the registry with its template not marked (N_) would speak English."""
    translated = {m.id: m.string for m in messages(catalog(LOCALE / lang / "LC_MESSAGES" / "factlint.po", lang))}
    assert [kind.name for kind in KINDS_BY_NAME.values() if not translated.get(kind.message)] == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalog_is_the_translations(lang: str) -> None:
    directory = LOCALE / lang / "LC_MESSAGES"
    with (directory / "factlint.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for m in messages(catalog(directory / "factlint.po", lang)):
        if isinstance(m.id, str):
            assert compiled.gettext(m.id) == m.string
        else:
            for n, form in zip((1, 2, 5), forms(m.string) * 3, strict=False):
                assert compiled.ngettext(m.id[0], m.id[1], n) == form


def page_catalog(lang: str) -> str:
    """The review page's messages in ``lang`` (those of the page's scripts), as it loads them."""
    cat = catalog(LOCALE / lang / "LC_MESSAGES" / "factlint.po", lang)
    found = {
        forms(m.id)[0]: m.string if isinstance(m.id, str) else list(m.string)
        for m in messages(cat)
        if any(where.startswith("lint/service/static/") for where, _ in m.locations)
    }
    return (
        json.dumps({"nplurals": cat.num_plurals, "messages": found}, ensure_ascii=False, indent=1, sort_keys=True)
        + "\n"
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_review_pages_catalog_is_the_translations(lang: str) -> None:
    """One source of truth: the page's catalog is made from the .po (FACTLINT_UPDATE_CATALOGS=1 remakes it)."""
    path = PAGE_CATALOGS / f"{lang}.json"
    made = page_catalog(lang)
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(made, encoding="utf-8")
    assert path.exists() and path.read_text(encoding="utf-8") == made, "see docs/translating.md"


def english_fragments(lang: str = "id") -> set[str]:
    """The English words of every message: each stretch of two words or more between
    placeholders, but for the terms the ``lang`` translation keeps ("front matter")."""
    out = set()
    for m in messages(catalog(LOCALE / lang / "LC_MESSAGES" / "factlint.po", lang)):
        kept = " ".join(re.findall(r"[A-Za-z'-]+", " ".join(forms(m.string))))
        for text in forms(m.id):
            for part in PLACEHOLDER.split(text):
                words = " ".join(re.findall(r"[A-Za-z'-]+", part))
                if " " in words and not re.search(rf"\b{re.escape(words)}\b", kept):
                    out.add(words)
    return out


def run(tmp_path: Path, *args: str, env: dict[str, str | None] | None = None) -> tuple[int, str, str]:
    draft = tmp_path / "draft.md"
    if not draft.exists():
        draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", *args, str(draft)], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_an_indonesian_run_shows_no_english_message_text(tmp_path: Path) -> None:
    code, json_out, _ = run(tmp_path, "--locale", "id", "--format", "json")
    assert {f["kind"] for f in json.loads(json_out)["findings"]} == KINDS
    code, out, _ = run(tmp_path, "--locale", "id")
    assert code == 1
    words = " ".join(re.findall(r"[A-Za-z'-]+", out))
    leaked = sorted(f for f in english_fragments() if re.search(rf"\b{re.escape(f)}\b", words))
    assert leaked == []
    for said in ("bertentangan dengan", "belum terverifikasi", "tidak ada dalam basis fakta", "tanpa sumber"):
        assert said in out
    for said in ("bukan ejaan baku", "sudah kedaluwarsa", "tidak sesuai dengan isi draf sendiri"):
        assert said in out


def test_the_json_report_keeps_its_codes_and_localizes_the_message(tmp_path: Path) -> None:
    _, english, _ = run(tmp_path, "--format", "json")
    _, indonesian, _ = run(tmp_path, "--format", "json", "--locale", "id")
    en, id_ = json.loads(english)["findings"], json.loads(indonesian)["findings"]
    keys = ("path", "line", "column", "rule", "kind", "severity", "fact", "expected", "evidence", "suggestion")
    assert [[f[k] for k in keys] for f in en] == [[f[k] for k in keys] for f in id_]
    assert [f["message"] for f in en] != [f["message"] for f in id_]


def test_counts_are_plural_in_english_and_plain_in_indonesian(tmp_path: Path) -> None:
    assert run(tmp_path)[1].endswith("1 file checked: 7 errors, 3 warnings, 2 info\n")
    assert run(tmp_path, "--locale", "id")[1].endswith("1 berkas diperiksa: 7 kesalahan, 3 peringatan, 2 info\n")
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "a.md").write_text("Cuaca cerah.\n", encoding="utf-8")
    (clean / "b.md").write_text("Cuaca cerah.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(clean)])
    assert result.stdout == "2 files checked: no findings\n"


def test_an_unknown_locale_is_a_usage_error(tmp_path: Path) -> None:
    code, out, err = run(tmp_path, "--locale", "xx")
    assert code == 2
    assert out == ""
    assert "no messages in 'xx' (locales: en, id)" in err


@pytest.mark.parametrize(
    ("env", "wanted"),
    [
        ({"LANG": "id_ID.UTF-8"}, "berkas diperiksa"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8"}, "berkas diperiksa"),
        ({"LANG": "id_ID.UTF-8", "LC_ALL": "C"}, "file checked"),
        ({"LANG": "fr_FR.UTF-8"}, "file checked"),  # no French: the messages as written
        ({"LANG": None}, "berkas diperiksa"),  # nothing asked: the story's language (id)
    ],
)
def test_the_environment_chooses_the_language(tmp_path: Path, env: dict[str, str | None], wanted: str) -> None:
    assert wanted in run(tmp_path, env=env)[1]


def test_the_config_chooses_over_the_environment_and_the_option_over_both(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factlint.yaml").write_text("locale: id\n", encoding="utf-8")
    assert "berkas diperiksa" in run(tmp_path, env={"LANG": "en_US.UTF-8"})[1]
    assert "file checked" in run(tmp_path, "--locale", "en")[1]


def test_a_config_naming_a_language_without_messages_fails(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factlint.yaml").write_text("locale: xx\n", encoding="utf-8")
    code, _, err = run(tmp_path)
    assert code == 2
    assert "'locale' must be one of en, id" in err


def test_explain_speaks_the_language_asked_for(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", f"{draft}:9", "--locale", "id"])
    assert result.exit_code == 0, result.output
    assert "tanggal draf: 2025-07-01" in result.stdout
    assert "sumber: Badan Intelijen Nasional Korea Selatan (NIS) lewat 'Menurut'" in result.stdout


@pytest.mark.parametrize(
    ("tag", "code"),
    [("id_ID.UTF-8", "id"), ("id-ID", "id"), ("en_GB@euro", "en"), ("C.UTF-8", "en"), ("POSIX", "en"), ("", None)],
)
def test_locale_names_are_read_as_languages(tag: str, code: str | None) -> None:
    assert i18n.language_of(tag) == code
