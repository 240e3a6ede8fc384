"""Known people: which spellings are accepted, and the titles written beside their names."""

from __future__ import annotations

import pytest

from lint.facts.story import Story
from lint.reading.document import PartialDate, parse_document
from lint.reading.language import Lexicon
from lint.reading.people import PersonMention, find_people, norm_title
from tests.conftest import reader_for


def people(text: str, story: Story, lexicon: Lexicon) -> list[PersonMention]:
    return find_people(reader_for(lexicon, story), text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "written", "person", "canonical"),
    [
        ("Kim Jong Un tiba di Vladivostok.", "Kim Jong Un", "kim-jong-un", True),
        ("KIM JONG UN tiba di Vladivostok.", "KIM JONG UN", "kim-jong-un", True),
        ("Kim tiba di Vladivostok.", "Kim", "kim-jong-un", True),
        ("Kim Jong-un tiba di Vladivostok.", "Kim Jong-un", "kim-jong-un", False),
        ("Kim Jong-Un tiba di Vladivostok.", "Kim Jong-Un", "kim-jong-un", False),
        ("Kim Jongun tiba di Vladivostok.", "Kim Jongun", "kim-jong-un", False),
        ("kim jong un tiba di Vladivostok.", "kim jong un", "kim-jong-un", False),
        ("Vladimir Putin menyambutnya.", "Vladimir Putin", "vladimir-putin", True),
        ("Putin menyambutnya.", "Putin", "vladimir-putin", True),
        ("Wladimir Putin menyambutnya.", "Wladimir Putin", "vladimir-putin", False),
        ("Vladimir Poetin menyambutnya.", "Vladimir Poetin", "vladimir-putin", False),
        ("Sergei Shoigu tiba.", "Sergei Shoigu", "sergei-shoigu", True),
        ("Shoigu tiba.", "Shoigu", "sergei-shoigu", True),
        ("Sergey Shoigu tiba.", "Sergey Shoigu", "sergei-shoigu", False),
        ("Sergei Shoygu tiba.", "Sergei Shoygu", "sergei-shoigu", False),
        ("Kyrylo Budanov berbicara.", "Kyrylo Budanov", "kyrylo-budanov", True),
        ("Kirill Budanov berbicara.", "Kirill Budanov", "kyrylo-budanov", False),
        ("Kyrylo Budanow berbicara.", "Kyrylo Budanow", "kyrylo-budanov", False),
        ("Ra Jong-yil berbicara.", "Ra Jong-yil", "ra-jong-yil", True),
        ("Ra Jong Yil berbicara.", "Ra Jong Yil", "ra-jong-yil", False),
        ("Shigeru Ishiba berbicara.", "Shigeru Ishiba", "shigeru-ishiba", True),
        # a name wrapped onto the next line is still written right
        ("Pemimpin Korea Utara Kim Jong\nUn tiba.", "Kim Jong\nUn", "kim-jong-un", True),
        # near misses of a full name around its short form: a letter or two off
        ("Kirilo Budanov berbicara.", "Kirilo Budanov", "kyrylo-budanov", False),
        ("Vladimr Putin menyambutnya.", "Vladimr Putin", "vladimir-putin", False),
        ("Sergai Shoigu tiba.", "Sergai Shoigu", "sergei-shoigu", False),
        ("Kim Jung Un tiba di Vladivostok.", "Kim Jung Un", "kim-jong-un", False),
        ("Kim Jung-un tiba di Vladivostok.", "Kim Jung-un", "kim-jong-un", False),
        # ... and of the rest of the name after a known first name
        ("Sergei Soigu tiba.", "Sergei Soigu", "sergei-shoigu", False),
        ("Ihor Solovei berbicara.", "Ihor Solovei", "ihor-solovey", False),
        ("Shigeru Ishibah berbicara.", "Shigeru Ishibah", "shigeru-ishiba", False),
    ],
)
def test_spellings(text: str, written: str, person: str, canonical: bool, story: Story, lexicon: Lexicon) -> None:
    (mention,) = people(text, story, lexicon)
    assert (mention.text, mention.person, mention.canonical) == (written, person, canonical)
    assert text[mention.start : mention.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "Kimchi dijual oleh Kimberly.",
        "Putinisme meningkat di kawasan itu.",
        "Kim Yo Jong mengecam latihan itu.",
        "Kim Jong-il memimpin sebelumnya.",
        "Jenderal Kim Dong-hwan berbicara.",
        "Anti-Putin berdemo di jalan.",
        # someone else two letters from a known name, and words before a short form
        "Kim Jong Il memimpin sebelumnya.",
        "Kim Jong Nam tewas di Kuala Lumpur.",
        "Sergei Lavrov juga datang.",
        "Menteri Luar Negeri Rusia, Sergei Lavrov, juga datang.",
        # a hashtag or a handle
        "Tagar #KimJongUn ramai di media sosial.",
        "Akun @Putin tidak aktif.",
    ],
)
def test_other_people_and_other_words_are_not_mentions(text: str, story: Story, lexicon: Lexicon) -> None:
    assert people(text, story, lexicon) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Presiden Putin menyambutnya.", "Putin"),
        ("Menurut Budanov, pasukan itu tiba.", "Budanov"),
        ("Jenderal Budanov berbicara.", "Budanov"),
        ("Kepada Shoigu, Kim berjanji.", "Shoigu"),
    ],
)
def test_a_word_before_a_short_form_is_no_misspelled_name(
    text: str, written: str, story: Story, lexicon: Lexicon
) -> None:
    found = [m for m in people(text, story, lexicon) if m.text == written]
    assert len(found) == 1 and found[0].canonical


def test_a_weekday_after_a_short_name_does_not_hide_it(story: Story, lexicon: Lexicon) -> None:
    text = "Putin Selasa (17/6) menyambut Kim Senin lalu."
    assert [(m.text, m.person) for m in people(text, story, lexicon)] == [
        ("Putin", "vladimir-putin"),
        ("Kim", "kim-jong-un"),
    ]


def test_several_mentions_in_order(story: Story, lexicon: Lexicon) -> None:
    text = "Pemimpin Korea Utara Kim Jong-un bertemu Presiden Rusia Vladimir Putin, lalu Kim dan Putin makan."
    got = [(m.text, m.person, m.canonical) for m in people(text, story, lexicon)]
    assert got == [
        ("Kim Jong-un", "kim-jong-un", False),
        ("Vladimir Putin", "vladimir-putin", True),
        ("Kim", "kim-jong-un", True),
        ("Putin", "vladimir-putin", True),
    ]


@pytest.mark.parametrize(
    ("text", "written", "title"),
    [
        ("Sekretaris Dewan Keamanan Rusia, Sergei Shoigu, tiba.", "Sergei Shoigu", "Sekretaris Dewan Keamanan Rusia"),
        (
            "Kepala Dewan Keamanan Rusia, Sergei Shoigu, menyebutkan hal itu.",
            "Sergei Shoigu",
            "Kepala Dewan Keamanan Rusia",
        ),
        ("Menteri Pertahanan Rusia Sergei Shoigu hadir.", "Sergei Shoigu", "Menteri Pertahanan Rusia"),
        ("Presiden Rusia Vladimir Putin berkunjung.", "Vladimir Putin", "Presiden Rusia"),
        ("Presiden Rusia, Vladimir Putin, berkunjung.", "Vladimir Putin", "Presiden Rusia"),
        ("Pemimpin Korea Utara Kim Jong Un menegaskan dukungannya.", "Kim Jong Un", "Pemimpin Korea Utara"),
        (
            "Kepala intelijen militer Ukraina, Kyrylo Budanov, mengeklaim hal itu.",
            "Kyrylo Budanov",
            "Kepala intelijen militer Ukraina",
        ),
        (
            "Kepala intelijen militer Ukraina Kyrylo Budanov mengatakan hal itu.",
            "Kyrylo Budanov",
            "Kepala intelijen militer Ukraina",
        ),
        ("Perdana Menteri Jepang Shigeru Ishiba menyuarakan keprihatinan.", "Shigeru Ishiba", "Perdana Menteri Jepang"),
        # a title after the name
        (
            "Kyrylo Budanov, Kepala intelijen militer Ukraina, berbicara.",
            "Kyrylo Budanov",
            "Kepala intelijen militer Ukraina",
        ),
        (
            "Menurut Peter Zalmayev, Direktur Inisiatif Demokrasi Eurasia, hal itu wajar.",
            "Peter Zalmayev",
            "Direktur Inisiatif Demokrasi Eurasia",
        ),
        ("Ihor Solovey, Kepala Pusat Komunikasi, berbicara.", "Ihor Solovey", "Kepala Pusat Komunikasi"),
        (
            "Menurut Ra Jong-yil, mantan diplomat dan perwira intelijen Korea Selatan, hal itu wajar.",
            "Ra Jong-yil",
            "mantan diplomat dan perwira intelijen Korea Selatan",
        ),
    ],
)
def test_titles_beside_names(text: str, written: str, title: str, story: Story, lexicon: Lexicon) -> None:
    (mention,) = people(text, story, lexicon)
    assert (mention.text, mention.title) == (written, title)
    assert text[mention.title_start : mention.title_end] == title


@pytest.mark.parametrize(
    "text",
    [
        "Putin menyambut tamunya.",
        "Ketika Putin tiba, Kim menyambutnya.",  # 'Ketika' ends no title
        "Hal itu dibahas bersama Kyrylo Budanov kemarin.",
        "Presiden tiba, lalu kami menunggu Vladimir Putin.",  # a clause, not a title
    ],
)
def test_no_title_where_none_is_written(text: str, story: Story, lexicon: Lexicon) -> None:
    assert all(m.title is None for m in people(text, story, lexicon))


@pytest.mark.parametrize(
    ("title", "normal"),
    [("Presiden  Rusia", "presiden rusia"), (" Kepala intelijen militer Ukraina ", "kepala intelijen militer ukraina")],
)
def test_norm_title(title: str, normal: str) -> None:
    assert norm_title(title) == normal


def test_analysis_collects_people_from_every_sentence(story: Story, lexicon: Lexicon) -> None:
    text = "Kim Jong Un tiba.\n\nSergey Shoigu menyambutnya. Putin menunggu."
    analysis = reader_for(lexicon, story).analyse(parse_document(text, "t.md", PartialDate(2025, 7, 1)))
    assert [(p.text, p.person, p.canonical) for p in analysis.people] == [
        ("Kim Jong Un", "kim-jong-un", True),
        ("Sergey Shoigu", "sergei-shoigu", False),
        ("Putin", "vladimir-putin", True),
    ]
