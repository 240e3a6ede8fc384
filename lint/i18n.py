"""Messages in the editor's language: gettext catalogs in lint/locale/, one language per run.

English is the language the messages are written in; another language is a compiled catalog,
``lint/locale/<code>/LC_MESSAGES/factlint.mo``, read with the standard library's gettext (no
Babel at run time: the pre-commit hook starts factlint on every commit). A run chooses its
language once, before any draft is read (``use``); messages are translated as they are made.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext

DOMAIN = "factlint"
SOURCE = "en"  # the language msgids are written in: no catalog needed
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
# The environment variables that name the user's language for messages, in POSIX order.
ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")

_catalog: gettext.NullTranslations | None = None  # None: English, the msgids themselves
_code = SOURCE


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined (a kind's template); ``_`` translates
    it where it is used, once the run's language is known."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Marks a message with a plural for extraction where it is defined; ``ngettext``
    translates it where the count is known."""
    return singular, plural


def _(message: str) -> str:
    return message if _catalog is None else _catalog.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if _catalog is None:
        return singular if n == 1 else plural
    return _catalog.ngettext(singular, plural, n)


# Words for people that a story's or a rule's file gives per language (a fact's ``about``, a
# source's ``name``, a rule's ``description``): (language code, text) pairs.
Texts = tuple[tuple[str, str], ...]


def in_language(texts: Texts, default: str) -> str:
    """The text in the language messages are being written in, else ``default``."""
    for code, text in texts:
        if code == _code:
            return text
    return default


def active() -> str:
    """The language messages are being written in."""
    return _code


def available() -> tuple[str, ...]:
    """English and every language with a compiled catalog."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE, *(code for code in found if code != SOURCE))


def language_of(tag: str | None) -> str | None:
    """The language code of a locale name: ``id_ID.UTF-8`` and ``id-ID`` are ``id``; ``C`` and
    ``POSIX`` are English, as for every gettext program (the untranslated messages). None for
    no name."""
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if code in ("c", "posix"):
        return SOURCE
    return code or None


def from_environment() -> str | None:
    """The language the environment asks for (the first of LC_ALL, LC_MESSAGES, LANG that is
    set), or None when none is set."""
    for name in ENVIRONMENT:
        if os.environ.get(name):
            return language_of(os.environ[name])
    return None


def choose(explicit: str | None, configured: str | None, story_lang: str | None) -> str:
    """The run's language: ``--locale``, else the config's ``locale:``, else the environment's
    language (English when factlint has no catalog for it), else the story's language."""
    if explicit or configured:
        return str(explicit or configured)
    wanted = from_environment()
    if wanted is not None:
        return wanted if wanted in available() else SOURCE
    lang = language_of(story_lang)
    return lang if lang in available() else SOURCE


def early(explicit: str | None) -> str:
    """The language before any config or story is read (help, usage errors, option checks):
    ``explicit`` when given, else the environment's when there are messages in it, else English."""
    if explicit:
        return language_of(explicit) or SOURCE
    wanted = from_environment()
    return wanted if wanted in available() else SOURCE


def use(code: str) -> None:
    """Write messages in ``code`` from now on; ValueError names the languages there are."""
    global _catalog, _code
    code = language_of(code) or SOURCE
    if code == _code:
        return
    if code == SOURCE:
        _catalog, _code = None, SOURCE
        return
    if code not in available():
        raise ValueError(unknown(code))
    _catalog, _code = _load(code), code


@functools.cache
def _load(code: str) -> gettext.GNUTranslations:
    """A compiled catalog, read once per process (a service's worker switches per request)."""
    import gettext

    with (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as f:
        return gettext.GNUTranslations(f)


@contextmanager
def in_source() -> Iterator[None]:
    """English for a while, whatever the run's language: for text made once and kept (a
    project's index, cached on disk), which another run may show in another language."""
    global _catalog, _code
    saved = _catalog, _code
    _catalog, _code = None, SOURCE
    try:
        yield
    finally:
        _catalog, _code = saved


def unknown(code: str) -> str:
    return _("no messages in '{locale}' (locales: {known})").format(locale=code, known=", ".join(available()))
