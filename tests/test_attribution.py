"""Who is credited with a figure: reporting cues, source aliases, passives, vague agents,
relays and pronouns that point back to a source named earlier in the paragraph."""

from __future__ import annotations

import pytest

from lint.facts.story import Story
from lint.reading.attribution import Attribution, sentence_attributions
from lint.reading.claims import FigureClaim
from lint.reading.document import PartialDate, parse_document
from lint.reading.language import Lexicon
from tests.conftest import reader_for

FIGURE = "11.000 tentara Korea Utara telah dikerahkan ke Rusia"


def claims(text: str, story: Story, lexicon: Lexicon) -> list[FigureClaim]:
    return reader_for(lexicon, story).analyse(parse_document(text, "t.md", PartialDate(2025, 7, 1))).figures


def the_claim(text: str, story: Story, lexicon: Lexicon) -> FigureClaim:
    found = claims(text, story, lexicon)
    assert len(found) == 1, [c.figure.text for c in found]
    return found[0]


def cues(text: str, story: Story, lexicon: Lexicon) -> list[Attribution]:
    doc = parse_document(text, "t.md", PartialDate(2025, 7, 1))
    (sentence,) = doc.sentences(lexicon)
    return sentence_attributions(reader_for(lexicon, story), doc.text, sentence)


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # cue before the source
        (f"Menurut NIS, sekitar {FIGURE}.", "nis", "NIS"),
        (f"Menurut Kyrylo Budanov, {FIGURE}.", "kyrylo-budanov", "Kyrylo Budanov"),
        (
            f"Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar {FIGURE}.",
            "joint-assessment",
            "penilaian Korea Selatan, AS, dan Ukraina",
        ),
        (f"Menurut Korea Selatan, AS, dan Ukraina, {FIGURE}.", "joint-assessment", "Korea Selatan, AS, dan Ukraina"),
        (f"Menurut data Pentagon, {FIGURE}.", "united-states", "Pentagon"),
        (f"Menurut Kementerian Pertahanan Rusia, {FIGURE}.", "russia", "Kementerian Pertahanan Rusia"),
        (f"Berdasarkan laporan NIS, {FIGURE}.", "nis", "NIS"),
        (f"Berdasarkan data intelijen Barat, {FIGURE}.", "western-intelligence", "intelijen Barat"),
        # whose statement
        (f"Menurut pernyataan Kremlin, {FIGURE}.", "russia", "Kremlin"),
        # where it was said
        (f"Dalam laporan NIS, {FIGURE}.", "nis", "NIS"),
        (
            f"Dalam keterangan Badan Intelijen Nasional Korea Selatan, {FIGURE}.",
            "nis",
            "Badan Intelijen Nasional Korea Selatan",
        ),
        (f"Dalam pernyataan tertulis Kyrylo Budanov, {FIGURE}.", "kyrylo-budanov", "Kyrylo Budanov"),
        # the source after the figure
        (f"Sekitar {FIGURE}, kata Budanov.", "kyrylo-budanov", "Budanov"),
        (f"Sekitar {FIGURE}, ujar Kyrylo Budanov.", "kyrylo-budanov", "Kyrylo Budanov"),
        (f"Sekitar {FIGURE}, tutur Budanov kepada wartawan.", "kyrylo-budanov", "Budanov"),
        (f"Sekitar {FIGURE}, demikian laporan intelijen Barat.", "western-intelligence", "intelijen Barat"),
        (f"Sekitar {FIGURE}, lapor NIS.", "nis", "NIS"),
        (f"Sekitar {FIGURE}, demikian keterangan NIS.", "nis", "NIS"),
        # a quotation followed by "kata X"
        (f'"Sebanyak {FIGURE}," kata Budanov.', "kyrylo-budanov", "Budanov"),
        (
            f"“Sebanyak {FIGURE},” kata Kyrylo Budanov, Kepala intelijen militer Ukraina.",
            "kyrylo-budanov",
            "Kyrylo Budanov",
        ),
        (
            f"“Kami memperkirakan {FIGURE},” ujar juru bicara militer Ukraina.",
            "ukraine-military",
            "juru bicara militer Ukraina",
        ),
        # the source before a reporting verb
        (
            f"Badan Intelijen Nasional Korea Selatan mengatakan {FIGURE}.",
            "nis",
            "Badan Intelijen Nasional Korea Selatan",
        ),
        (f"Intelijen Korea Selatan menyatakan {FIGURE}.", "nis", "Intelijen Korea Selatan"),
        (f"NIS menyebut {FIGURE}.", "nis", "NIS"),
        (f"Budanov mengklaim {FIGURE}.", "kyrylo-budanov", "Budanov"),
        (f"Kyrylo Budanov mengeklaim bahwa saat ini {FIGURE}.", "kyrylo-budanov", "Kyrylo Budanov"),
        (f"Pentagon melaporkan {FIGURE}.", "united-states", "Pentagon"),
        (f"Dinas intelijen Korea Selatan mengungkapkan {FIGURE}.", "nis", "Dinas intelijen Korea Selatan"),
        (f"Intelijen Barat memperkirakan {FIGURE}.", "western-intelligence", "Intelijen Barat"),
        (f"Laporan NIS menyebutkan {FIGURE}.", "nis", "NIS"),
        (f"Laporan intelijen Barat menyebutkan sekitar {FIGURE}.", "western-intelligence", "Laporan intelijen Barat"),
        (
            f"Seorang pejabat dari Badan Intelijen Nasional Korea Selatan mengatakan {FIGURE}.",
            "nis",
            "Badan Intelijen Nasional Korea Selatan",
        ),
        (
            f"Badan Intelijen Korea Selatan pada Kamis (27/2/2025) mengungkapkan {FIGURE}.",
            "nis",
            "Badan Intelijen Korea Selatan",
        ),
        (f"Kepala intelijen militer Ukraina, Kyrylo Budanov, mengeklaim {FIGURE}.", "kyrylo-budanov", "Kyrylo Budanov"),
        (f"Sekretaris Dewan Keamanan Rusia, Sergei Shoigu, menyebutkan {FIGURE}.", "sergei-shoigu", "Sergei Shoigu"),
        (f"Juru bicara militer Ukraina mengatakan {FIGURE}.", "ukraine-military", "Juru bicara militer Ukraina"),
        (f"Staf Umum Ukraina mencatat {FIGURE}.", "ukraine-military", "Staf Umum Ukraina"),
        (f"Kantor berita KCNA melaporkan {FIGURE}.", "north-korea", "Kantor berita KCNA"),
    ],
)
def test_named_sources(text: str, source: str, name: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.name, claim.attribution.identified) == (source, name, True)
    assert claim.via is None and claim.hedged is False
    assert claim.source_key == source


@pytest.mark.parametrize(
    "alias",
    [
        "NIS",
        "Badan Intelijen Nasional Korea Selatan",
        "Badan Intelijen Nasional (NIS)",
        "Layanan Intelijen Nasional Korea Selatan",
        "badan intelijen Korsel",
        "intelijen Korea Selatan",
        "intelijen Korsel",
        "dinas intelijen Korea Selatan",
        "National Intelligence Service",
    ],
)
def test_aliases_normalise_to_one_source(alias: str, story: Story, lexicon: Lexicon) -> None:
    for text in (f"Menurut {alias}, {FIGURE}.", f"{alias[0].upper()}{alias[1:]} menyatakan {FIGURE}."):
        claim = the_claim(text, story, lexicon)
        assert claim.attribution is not None and claim.attribution.source == "nis", text


@pytest.mark.parametrize(
    "text",
    [
        f"Sebanyak {FIGURE} disebut telah tiba.",
        "Sebanyak 11.000 tentara Korea Utara dilaporkan telah dikerahkan ke Rusia.",
        "Sebanyak 11.000 tentara Korea Utara diperkirakan telah dikerahkan ke Rusia.",
        "Sebanyak 11.000 tentara Korea Utara dikabarkan telah dikerahkan ke Rusia.",
        "Sebanyak 11.000 tentara Korea Utara diyakini berada di Rusia.",
        "Sebanyak 11.000 tentara Korea Utara diduga berada di Rusia.",
        "Konon 11.000 tentara Korea Utara berada di Rusia.",
        f"Disebutkan bahwa {FIGURE}.",
    ],
)
def test_agentless_passives_attribute_nothing_and_hedge(text: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is None and claim.source_key is None
    assert claim.hedged is True


def test_a_named_source_outweighs_a_passive(story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(f"Menurut NIS, {FIGURE} dan diperkirakan bertahan lama.", story, lexicon)
    assert claim.attribution is not None and claim.attribution.source == "nis"
    assert claim.hedged is False


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the agent right after a passive reporting verb, "oleh" left out
        (f"Sebanyak {FIGURE}, demikian disampaikan NIS kepada anggota parlemen.", "nis"),
        (f"Hal itu dikatakan Budanov: {FIGURE}.", "kyrylo-budanov"),
        (f"Sebanyak {FIGURE}, seperti diungkapkan Kyrylo Budanov.", "kyrylo-budanov"),
        (f"Sebanyak {FIGURE}, dilaporkan Badan Intelijen Nasional Korea Selatan.", "nis"),
        (f"Sebanyak {FIGURE}, demikian ditegaskan  NIS.", "nis"),
        ("Sekitar 600 tentara Korea Utara diperkirakan NIS tewas di Kursk.", "nis"),
        ("Sekitar 11.000 tentara Korea Utara diyakini Pentagon berada di Rusia.", "united-states"),
        ("Lebih dari 10.000 tentara Korea Utara diklaim Budanov telah dikerahkan.", "kyrylo-budanov"),
        # and with "oleh", as before
        (f"Sebanyak {FIGURE}, dilaporkan oleh NIS.", "nis"),
    ],
)
def test_a_passive_with_its_agent_after_it_attributes(text: str, source: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None and claim.attribution.source == source, claim.attribution
    assert claim.hedged is False


@pytest.mark.parametrize(
    "text",
    [
        # what follows the passive is no source: it still names nobody
        f"Korea Utara disebut mengirim {FIGURE}.",
        f"Sebanyak {FIGURE}, dilaporkan Kamis lalu.",
        f"Sebanyak {FIGURE}, demikian disampaikan kepada wartawan.",
        f"Sebanyak {FIGURE}, dikatakan Seorang Pejabat.",
    ],
)
def test_a_passive_without_a_known_source_after_it_still_names_nobody(
    text: str, story: Story, lexicon: Lexicon
) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.source_key is None, claim.attribution


def test_where_it_was_said_with_nya_points_back_to_the_source_named_before(story: Story, lexicon: Lexicon) -> None:
    claim = claims(f"Kyrylo Budanov berbicara di Kyiv. Dalam laporannya, {FIGURE}.", story, lexicon)[0]
    assert claim.attribution is not None and claim.attribution.source == "kyrylo-budanov"


def test_a_report_with_no_one_named_still_names_nobody(story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(f"Dalam laporan terbaru, {FIGURE}.", story, lexicon)
    assert claim.source_key is None


def test_a_passive_with_nya_points_back_to_the_source_named_before(story: Story, lexicon: Lexicon) -> None:
    claim = claims(f"Kyrylo Budanov berbicara di Kyiv. Hal itu disampaikannya: {FIGURE}.", story, lexicon)[0]
    assert claim.attribution is not None and claim.attribution.source == "kyrylo-budanov"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Menurut sumber, {FIGURE}.", "sumber"),
        (f"Menurut sumber-sumber di Seoul, {FIGURE}.", "sumber-sumber"),
        (f"Menurut seorang pejabat, {FIGURE}.", "seorang pejabat"),
        (f"Menurut pejabat yang tidak disebutkan namanya, {FIGURE}.", "pejabat"),
        (f"Menurut pengamat, {FIGURE}.", "pengamat"),
        (f"Menurut media, {FIGURE}.", "media"),
        (f"Sebuah laporan menyebutkan {FIGURE}.", "Sebuah laporan"),
        (f"Seorang pejabat mengatakan {FIGURE}.", "Seorang pejabat"),
        (f"Para analis memperkirakan {FIGURE}.", "Para analis"),
        (f"Sumber-sumber militer menyebut {FIGURE}.", "Sumber-sumber militer"),
    ],
)
def test_vague_agents_are_not_identified(text: str, name: str, story: Story, lexicon: Lexicon) -> None:
    (cue,) = cues(text, story, lexicon)
    assert (cue.source, cue.name, cue.identified) == (None, name, False)
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is None and claim.source_key is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Menurut Jenderal Kim Dong-hwan, {FIGURE}.", "Jenderal Kim Dong-hwan"),
        (f"Kim Yo Jong mengatakan {FIGURE}.", "Kim Yo Jong"),
        (f"Menurut Profesor Andrei Lankov, {FIGURE}.", "Profesor Andrei Lankov"),
        (f"Analis Institut Asan Go Myong-hyun memperkirakan {FIGURE}.", "Analis Institut Asan Go Myong-hyun"),
    ],
)
def test_unknown_named_sources_are_identified_by_name(text: str, name: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.name, claim.attribution.identified) == (None, name, True)
    assert claim.source_key == name.lower()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (f"Menurut Kim, {FIGURE}.", "kim-jong-un"),
        (f"Menurut Kim Jong-un, {FIGURE}.", "kim-jong-un"),  # misspelled, still him
        (f"Putin Selasa (17/6) mengatakan {FIGURE}.", "vladimir-putin"),
        (f"Shoigu mengklaim {FIGURE}.", "sergei-shoigu"),
        (f"Menurut Sergey Shoigu, {FIGURE}.", "sergei-shoigu"),
    ],
)
def test_short_and_variant_names_credit_the_person(text: str, source: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None and claim.attribution.source == source


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        (f"Seperti dikutip dari Yonhap, {FIGURE}.", "yonhap"),
        (f"Seperti dilansir Reuters, {FIGURE}.", "reuters"),
        (f"Laporan yang diperoleh AFP menyebutkan {FIGURE}.", "afp"),
        (f"Kantor berita AFP melaporkan {FIGURE}.", "afp"),
        (f"Sebanyak {FIGURE}, demikian laporan kantor berita Tass.", "tass"),
    ],
)
def test_a_relay_alone_is_credited_itself(text: str, relay: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.relay) == (relay, True)
    assert claim.via is None


@pytest.mark.parametrize(
    ("text", "source", "relay"),
    [
        (
            "Badan Intelijen Korea Selatan mengungkap bahwa pasukan Korea Utara tiba di Kursk. "
            "Laporan yang diperoleh AFP menyebutkan bahwa lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
            "nis",
            "afp",
        ),
        (
            "Kyrylo Budanov mengatakan pasukan Korea Utara berlatih di Rusia timur. "
            f"Seperti dikutip dari Reuters, {FIGURE}.",
            "kyrylo-budanov",
            "reuters",
        ),
        (
            "Sergei Shoigu mengatakan bantuan akan datang. Kantor berita Tass melaporkan 1.000 sapper akan dikirim ke Kursk.",
            "sergei-shoigu",
            "tass",
        ),
        # a relay named in the same sentence as the source: the source keeps the figure
        (f"Sekitar {FIGURE}, ujar Budanov seperti dikutip Reuters.", "kyrylo-budanov", "reuters"),
        (f"NIS, seperti dikutip Yonhap, menyatakan {FIGURE}.", "nis", "yonhap"),
    ],
)
def test_a_relay_credits_the_source_named_earlier_in_the_paragraph(
    text: str, source: str, relay: str, story: Story, lexicon: Lexicon
) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None and claim.via is not None
    assert (claim.attribution.source, claim.via.source, claim.attribution.relay) == (source, relay, False)


def test_a_relay_does_not_reach_into_an_earlier_paragraph(story: Story, lexicon: Lexicon) -> None:
    text = "Badan Intelijen Korea Selatan mengungkap hal itu.\n\nLaporan yang diperoleh AFP menyebutkan lebih dari 10.000 tentara Korea Utara dikerahkan."
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None and claim.attribution.source == "afp" and claim.via is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (f"Kyrylo Budanov mengatakan pasukan Korea Utara sudah tiba. Menurutnya, {FIGURE}.", "kyrylo-budanov"),
        (f"NIS menyatakan pasukan Korea Utara sudah tiba. Menurutnya, {FIGURE}.", "nis"),
        (f"Kyrylo Budanov mengatakan pasukan Korea Utara sudah tiba. Sebanyak {FIGURE}, katanya.", "kyrylo-budanov"),
        (f"Kyrylo Budanov mengatakan pasukan Korea Utara sudah tiba. Sebanyak {FIGURE}, ujarnya.", "kyrylo-budanov"),
        (f"Kyrylo Budanov mengatakan pasukan Korea Utara sudah tiba. Ia menambahkan, {FIGURE}.", "kyrylo-budanov"),
        (f"Sergei Shoigu mengklaim bantuan itu tulus. Dia mengatakan {FIGURE}.", "sergei-shoigu"),
        # the nearest earlier source wins
        (f"NIS menyatakan hal itu. Budanov juga mengatakan hal serupa. Menurutnya, {FIGURE}.", "kyrylo-budanov"),
        # a relay is skipped when looking back
        (f"NIS menyatakan hal itu, seperti dikutip Yonhap. Menurutnya, {FIGURE}.", "nis"),
        # a quotation paragraph after the paragraph that named the speaker
        (f"Kyrylo Budanov mengatakan pasukan Korea Utara sudah tiba.\n\nMenurutnya, {FIGURE}.", "kyrylo-budanov"),
        (f'Kyrylo Budanov mengatakan pasukan itu sudah tiba.\n\n"Ada {FIGURE} di sana," ujarnya.', "kyrylo-budanov"),
    ],
)
def test_pronouns_resolve_to_the_previous_source_in_the_paragraph(
    text: str, source: str, story: Story, lexicon: Lexicon
) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.identified, claim.attribution.pronoun) == (source, True, True)


@pytest.mark.parametrize(
    "text",
    [
        f"Menurutnya, {FIGURE}.",
        f"Menurut sumber, pasukan sudah tiba. Menurutnya, {FIGURE}.",
        # only the paragraph just before is looked at
        f"Kyrylo Budanov mengatakan hal itu.\n\nPasukan sudah tiba.\n\nMenurutnya, {FIGURE}.",
    ],
)
def test_a_pronoun_with_nobody_to_point_to_identifies_nobody(text: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is None and claim.source_key is None


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Badan Intelijen Nasional Korea Selatan telah melaporkan bahwa Korea Utara mengirim sekitar 1.500 tentara ke Rusia. "
            "Kepala intelijen militer Ukraina, Kyrylo Budanov, mengeklaim bahwa saat ini terdapat 11.000 tentara Korea Utara di Rusia.",
            ["nis", "kyrylo-budanov"],
        ),
        (
            "Menurut Korea Selatan, AS, dan Ukraina, sekitar 15.000 tentara Korea Utara telah dikerahkan. "
            "Badan intelijen Korea Selatan bahkan menyatakan sekitar 600 tentara Korea Utara tewas.",
            ["joint-assessment", "nis"],
        ),
        (
            "Menurut NIS, 1.500 tentara dikirim, sedangkan Budanov mengatakan 11.000 tentara dikirim.",
            ["nis", "kyrylo-budanov"],
        ),
    ],
)
def test_each_figure_takes_its_own_source(text: str, sources: list[str], story: Story, lexicon: Lexicon) -> None:
    found = claims(text, story, lexicon)
    assert [c.attribution.source if c.attribution else None for c in found] == sources


def test_a_date_claim_is_credited_to_the_source_of_its_sentence(story: Story, lexicon: Lexicon) -> None:
    text = "Media pemerintah Korea Utara pada 28 April 2025 mengumumkan bahwa pasukan mereka telah dikerahkan ke Kursk."
    analysis = reader_for(lexicon, story).analyse(parse_document(text, "t.md", PartialDate(2025, 7, 1)))
    (claim,) = [c for c in analysis.date_claims if c.fact == "north-korea-confirms-deployment"]
    assert claim.mention.text == "28 April 2025"
    assert claim.attribution is not None and claim.attribution.source == "north-korea"


@pytest.mark.parametrize(
    "text",
    [
        '"Sekitar 11.000 tentara Korea Utara ada di Rusia timur. Mereka sedang berlatih," kata Kyrylo Budanov.',
        "“Sekitar 11.000 tentara Korea Utara ada di Rusia timur. Mereka sedang berlatih. Jumlahnya bisa bertambah,” ujar Kyrylo Budanov.",
    ],
)
def test_a_quotation_spanning_sentences_takes_the_source_after_it_closes(
    text: str, story: Story, lexicon: Lexicon
) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.attribution is not None and claim.attribution.source == "kyrylo-budanov"


def test_a_closed_quotation_does_not_lend_its_source_to_the_next_sentence(story: Story, lexicon: Lexicon) -> None:
    text = '"Pasukan itu tiba," kata Kyrylo Budanov. Sekitar 11.000 tentara Korea Utara ada di Rusia timur.'
    assert the_claim(text, story, lexicon).attribution is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"Sekitar 600 tentara Korea Utara tewas," tulis NIS dalam laporannya.', "nis"),
        ("Sekitar 600 tentara Korea Utara tewas, tulisnya.", None),
    ],
)
def test_tulis_is_a_reporting_cue(text: str, source: str | None, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert (claim.attribution.source if claim.attribution else None) == source


def test_a_verb_cue_covers_what_follows_its_source_not_an_earlier_clause(story: Story, lexicon: Lexicon) -> None:
    doc = parse_document(
        "Meski hanya enam peti mati ditampilkan, laporan intelijen Barat menyebutkan sekitar 11.000 tentara Korea Utara terlibat.",
        "t.md",
        PartialDate(2025, 7, 1),
    )
    claims = reader_for(lexicon, story).analyse(doc).figures
    assert [(c.figure.value, c.attribution.source if c.attribution else None) for c in claims] == [
        (6, None),
        (11000, "western-intelligence"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body right before the verb is its subject, not a person named earlier
        (f"Budanov menyebut 11.000 tentara berlatih, sedangkan NIS menyebut sekitar {FIGURE}.", "nis"),
        (f"Usai pertemuan Kim Jong Un dan Putin, NIS mengatakan {FIGURE}.", "nis"),
        (f"Saat Kim Jong Un berkunjung ke Kursk, Pentagon memperkirakan {FIGURE}.", "united-states"),
        # ... unless it is the person's own body or title, set off by commas
        (f"Kyrylo Budanov dari intelijen militer Ukraina mengatakan {FIGURE}.", "kyrylo-budanov"),
        (f"Budanov, kepala intelijen militer Ukraina, mengatakan {FIGURE}.", "kyrylo-budanov"),
        # a place after "di" or "ke" is not the speaker
        (f"Wartawan AFP di Kyiv melaporkan {FIGURE}.", "afp"),
        (f"Juru bicara NIS yang berada di Kyiv mengatakan {FIGURE}.", "nis"),
        # an aside about the subject names no source of the figure
        (f"Budanov, yang membantah klaim NIS, mengatakan {FIGURE}.", "kyrylo-budanov"),
        (f"Menurut NIS, yang membantah klaim Budanov, sekitar {FIGURE}.", "nis"),
        # a name in brackets after an unknown one; a list label in bold
        (f"Menurut Layanan Intelijen Nasional (NIS), {FIGURE}.", "nis"),
        (f"* **Budanov**: {FIGURE}.", "kyrylo-budanov"),
        # cues that only follow a clause
        (f"Sebanyak {FIGURE}, jelas Budanov.", "kyrylo-budanov"),
        (f"Sebanyak {FIGURE}, tegas NIS.", "nis"),
        (f"Berdasarkan informasi NIS, {FIGURE}.", "nis"),
        (f"Berdasarkan NIS, {FIGURE}.", "nis"),
        (f"Angka itu berbeda dengan perkiraan NIS, yakni sekitar {FIGURE}.", "nis"),
        # a known source in brackets closing the sentence, as lists write it
        (f"- Sekitar {FIGURE} (NIS).", "nis"),
        # a sentence inside a quotation that a source opened in an earlier sentence
        (f'Budanov mengatakan, "Pasukan itu berlatih di Rusia timur. Sekitar {FIGURE}."', "kyrylo-budanov"),
    ],
)
def test_whose_figure_it_is_in_a_crowded_sentence(text: str, source: str, story: Story, lexicon: Lexicon) -> None:
    claim = claims(text, story, lexicon)[-1]
    assert claim.attribution is not None and claim.attribution.source == source, claim.attribution


@pytest.mark.parametrize(
    "text",
    [
        # a denied verb, and words that are reporting cues only elsewhere
        f"Budanov tidak menyebut jumlah pasti, tetapi {FIGURE}.",
        f"Sudah jelas Korea Utara mengirim {FIGURE}.",
        f"Meski mendapat kecaman tegas Korea Selatan, Korea Utara mengirim {FIGURE}.",
        f"Berdasarkan perjanjian dengan Rusia, Korea Utara mengirim {FIGURE}.",
        # a cue the words before turn away from the figure
        f"Di luar perkiraan Kremlin, {FIGURE}.",
        f"Menanggapi penilaian NIS, Korea Utara mengirim {FIGURE}.",
        # a bare verb's form used as a noun
        f"NIS membantah klaim Budanov soal {FIGURE}.",
        # no one named
        f"Sebanyak {FIGURE}, kata seorang diplomat Eropa.",
        f"Sebanyak {FIGURE}, ujar Sumber Tempo.",
        # brackets that credit no known source
        f"Sebanyak {FIGURE} (foto: AFP).",
    ],
)
def test_no_source_of_the_figure_is_named(text: str, story: Story, lexicon: Lexicon) -> None:
    claim = the_claim(text, story, lexicon)
    assert claim.source_key is None or not claim.attribution.identified, claim.attribution


@pytest.mark.parametrize(
    "text",
    [
        f"NIS memberi pengarahan setelah kunjungan Kim Jong Un ke Moskow. Lembaga itu menyebut {FIGURE}.",
        f"Laporan NIS dikritik Budanov. Menurut laporan itu, {FIGURE}.",
        f"NIS memberi pengarahan. Kim Jong Un mengunjungi keluarga korban. Lembaga tersebut menyebut {FIGURE}.",
    ],
)
def test_a_noun_for_a_body_points_back_to_a_body(text: str, story: Story, lexicon: Lexicon) -> None:
    claim = claims(text, story, lexicon)[-1]
    assert claim.attribution is not None and claim.attribution.source == "nis", claim.attribution
