"""A wider audit of phrasings, each with its draft date and what a careful editor expects:
who is credited with a figure (cues, verbs, aliases, relays, pronouns, quotations, anonymous
and agentless sources, names and their misspellings), and how figures and dates are read
(number forms, qualifiers, ranges, what is no figure, date forms, relative dates, weekdays).

Expected findings are (kind, part of the finding's text); ``None`` stands for any text.
``SOURCES`` is judged on the kinds that say who said it (the others, such as outdated, are
left to their own tests); ``READINGS`` on every kind."""

from __future__ import annotations

import pytest

from tests.conftest import LintFn

Expected = list[tuple[str, str | None]]

SOURCES: list[tuple[str, str, Expected]] = [
    ("Menurut NIS, sekitar 600 tentara Korea Utara tewas di medan perang.", "2025-08-01", []),
    (
        "Lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia, kata Badan Intelijen Nasional Korea Selatan.",
        "2025-08-01",
        [],
    ),
    ("Sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia, ujar pejabat Pentagon.", "2025-08-01", []),
    ("Sebanyak 11.000 tentara Korea Utara berlatih di Rusia timur, ungkap Budanov.", "2025-08-01", []),
    (
        "Sekitar 600 tentara Korea Utara tewas di Kursk, tutur seorang pejabat intelijen Korea Selatan.",
        "2025-08-01",
        [],
    ),
    ("Sekitar 600 tentara Korea Utara tewas, jelas Badan Intelijen Nasional.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, tegas NIS dalam pengarahan tertutup.", "2025-08-01", []),
    ("Lebih dari 10 juta peluru artileri dan rudal telah dikirim ke Rusia, imbuh NIS.", "2025-08-01", []),
    ("Korea Utara juga mengirim 15.000 pekerja ke Rusia, papar NIS.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, ucap juru bicara NIS.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, terang NIS kepada parlemen.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, sebut NIS.", "2025-08-01", []),
    ("Kata Budanov, 11.000 tentara Korea Utara sedang berlatih di Rusia timur.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, demikian keterangan NIS.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, menurut keterangan tertulis NIS.", "2025-08-01", []),
    ("Berdasarkan data NIS, sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("NIS mengatakan sekitar 600 tentara Korea Utara tewas di medan perang.", "2025-08-01", []),
    ("Budanov menyebut 11.000 tentara Korea Utara berlatih di Rusia timur.", "2025-08-01", []),
    ("Kremlin mengklaim 1.000 sapper akan dikirim ke Kursk.", "2025-08-01", []),
    ("Pentagon memperkirakan sekitar 15.000 tentara Korea Utara berada di Rusia.", "2025-08-01", []),
    ("Yonhap melaporkan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Intelijen militer Ukraina mencatat 11.000 tentara Korea Utara berada di Rusia timur.", "2025-08-01", []),
    ("HUR menilai 11.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    ("Dinas intelijen Seoul menyampaikan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    (
        "Kepala intelijen militer Ukraina mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [],
    ),
    ("Laporan NIS menyebutkan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Data Badan Intelijen Nasional menunjukkan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    (
        "Budanov kepada wartawan di Kyiv mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [],
    ),
    (
        "Budanov, dalam wawancara dengan televisi nasional, mengatakan 11.000 tentara Korea Utara berlatih di "
        "Rusia timur.",
        "2025-08-01",
        [],
    ),
    (
        "Korea Selatan, AS, dan Ukraina memperkirakan sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Seoul, Washington, dan Kyiv memperkirakan sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    ("Intelijen Barat memperkirakan sekitar 11.000 tentara Korea Utara terlibat di medan perang.", "2025-08-01", []),
    (
        "Menurut Budanov, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Kyrylo Budanov mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", [("misattribution", "600")]),
    ("Menurut NIS, 11.000 tentara Korea Utara berlatih di Rusia timur.", "2025-08-01", [("misattribution", "11.000")]),
    (
        "Lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia, kata Budanov.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara dikerahkan ke Rusia, menurut Kremlin.",
        "2025-08-01",
        [("misattribution", "15.000")],
    ),
    ("Shoigu mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", [("misattribution", "600")]),
    ("Sekitar 600 tentara Korea Utara tewas, ungkap Shoigu.", "2025-08-01", [("misattribution", "600")]),
    (
        "Lebih dari 10.000 tentara Korea Utara telah dikerahkan, demikian dikatakan Budanov.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Menurut intelijen militer Ukraina, sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Badan Intelijen Nasional Korea Selatan mengklaim 11.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2025-08-01",
        [("misattribution", "11.000")],
    ),
    (
        "Menurut Pentagon, sekitar 1.500 tentara Korea Utara dikirim ke Rusia.",
        "2025-08-01",
        [("misattribution", "1.500")],
    ),
    ("Menurut KCNA, 1.000 sapper akan dikirim ke Kursk.", "2025-08-01", [("misattribution", "1.000")]),
    (
        "Menurut Yonhap, Budanov mengatakan lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Seperti dikutip Reuters, Budanov mengatakan sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Dilansir AFP, NIS menyebut 11.000 tentara Korea Utara berada di Rusia.",
        "2025-08-01",
        [("misattribution", "11.000")],
    ),
    (
        "Menurut Yonhap, yang mengutip Budanov, lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Mengutip Budanov, Yonhap melaporkan sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Yonhap, mengutip Budanov, melaporkan sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Menurut kepala intelijen militer Ukraina Kyrylo Budanov, lebih dari 10.000 tentara Korea Utara telah "
        "dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Menurut KCNA, 15.000 pekerja Korea Utara telah dikirim ke Rusia.", "2025-08-01", [("misattribution", "15.000")]),
    (
        "Menurut intelijen Barat, sekitar 15.000 tentara Korea Utara dikerahkan ke Rusia.",
        "2025-08-01",
        [("misattribution", "15.000")],
    ),
    (
        "Sekitar 600 tentara Korea Utara tewas, ujar Kepala Intelijen Militer Ukraina Kyrylo Budanov.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    ("Moskow menyebut sekitar 600 tentara Korea Utara tewas.", "2025-08-01", [("misattribution", "600")]),
    (
        "Sekitar 600 tentara Korea Utara tewas, kata Budanov seperti dikutip Reuters.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    ("Putin mengatakan 1.000 sapper akan dikirim ke Kursk.", "2025-08-01", [("misattribution", "1.000")]),
    ("Seperti dikutip Yonhap, NIS mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("NIS, seperti dikutip Yonhap, menyatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Mengutip Reuters, Budanov menyebut 11.000 tentara Korea Utara berlatih di Rusia timur.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, seperti dilaporkan oleh Yonhap.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, kata NIS seperti dilansir Yonhap.", "2025-08-01", []),
    ("Mengutip NIS, Yonhap melaporkan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, lapor kantor berita Yonhap mengutip NIS.", "2025-08-01", []),
    (
        "Kyrylo Budanov berbicara di Kyiv pada Selasa. Ia mengatakan 11.000 tentara Korea Utara berlatih di Rusia "
        "timur.",
        "2025-08-01",
        [],
    ),
    (
        "Kyrylo Budanov berbicara di Kyiv. Ia mengatakan lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("NIS menggelar pengarahan tertutup. Menurutnya, sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    (
        "Budanov menggelar konferensi pers. Menurutnya, sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Badan Intelijen Nasional Korea Selatan memberi pengarahan kepada parlemen. Sekitar 600 tentara Korea "
        "Utara tewas, katanya.",
        "2025-08-01",
        [],
    ),
    (
        "Budanov berbicara kepada wartawan. Sekitar 600 tentara Korea Utara tewas, katanya.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    ("Sekitar 600 tentara Korea Utara tewas, katanya.", "2025-08-01", [("unattributed", "600")]),
    (
        "Badan Intelijen Nasional Korea Selatan memberi pengarahan kepada parlemen. Lembaga itu menyebut sekitar "
        "600 tentara Korea Utara tewas.",
        "2025-08-01",
        [],
    ),
    (
        "Kyrylo Budanov diwawancarai televisi Ukraina. Pejabat tersebut menyebut lebih dari 10.000 tentara Korea "
        "Utara telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Kyrylo Budanov diwawancarai televisi Ukraina. Pejabat tersebut menyebut 11.000 tentara Korea Utara "
        "berlatih di Rusia timur.",
        "2025-08-01",
        [],
    ),
    (
        "Budanov memberi keterangan di Kyiv.\n\nIa mengatakan lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Kim Jong Un mengunjungi akademi militer. Ia mengatakan sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas. Badan itu juga menyebut 15.000 pekerja Korea Utara "
        "telah dikirim ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "NIS memberi pengarahan setelah kunjungan Kim Jong Un ke Moskow. Lembaga itu menyebut sekitar 600 tentara "
        "Korea Utara tewas.",
        "2025-08-01",
        [],
    ),
    (
        "Badan Intelijen Nasional Korea Selatan menanggapi klaim Kim Jong Un. Lembaga itu menyebut sekitar 600 "
        "tentara Korea Utara tewas.",
        "2025-08-01",
        [],
    ),
    ("Laporan NIS dikritik Budanov. Menurut laporan itu, sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    (
        "NIS memberi pengarahan kepada parlemen pada Rabu. Sekitar 600 tentara Korea Utara tewas, ungkapnya.",
        "2025-08-01",
        [],
    ),
    (
        "NIS memberi pengarahan kepada parlemen pada Rabu. Sekitar 600 tentara Korea Utara tewas, tambahnya.",
        "2025-08-01",
        [],
    ),
    (
        "Budanov berbicara di Kyiv. Dia menyebut sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Kepala intelijen militer Ukraina Kyrylo Budanov berbicara di Kyiv. Pejabat itu menyebut 11.000 tentara "
        "Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [],
    ),
    (
        '"Sekitar 11.000 tentara Korea Utara berlatih di Rusia timur. Mereka akan segera dikirim ke Kursk," kata '
        "Budanov.",
        "2025-08-01",
        [],
    ),
    (
        '"Lebih dari 10.000 tentara Korea Utara sudah dikerahkan. Mereka bertempur di Kursk," kata Budanov.',
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("“Sekitar 600 tentara Korea Utara tewas. Jumlahnya bisa bertambah,” ujar seorang pejabat NIS.", "2025-08-01", []),
    ('"Sekitar 600 tentara Korea Utara tewas," kata Budanov.', "2025-08-01", [("misattribution", "600")]),
    (
        'Budanov mengatakan: "Lebih dari 10.000 tentara Korea Utara sudah di Kursk."',
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("“Kami memperkirakan sekitar 600 tentara Korea Utara tewas,” kata juru bicara NIS.", "2025-08-01", []),
    (
        "“Kami memperkirakan sekitar 600 tentara Korea Utara tewas. Angka ini bisa naik. Kami terus memantau,” "
        "kata Budanov.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    ("Sekitar 15.000 tentara Korea Utara berada di Rusia, menurut sumber.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Seorang pejabat mengatakan sekitar 15.000 tentara Korea Utara berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, kata seorang pejabat yang tidak disebutkan namanya.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Menurut analis, sekitar 15.000 tentara Korea Utara dikerahkan ke Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sumber diplomatik mengatakan sekitar 15.000 tentara Korea Utara berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Para pengamat menilai sekitar 15.000 tentara Korea Utara berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sebuah laporan menyebutkan sekitar 15.000 tentara Korea Utara dikerahkan.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Media lokal melaporkan sekitar 15.000 tentara Korea Utara dikerahkan.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, kata seorang pejabat senior yang enggan disebut namanya.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, kata para analis militer.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, menurut sejumlah sumber diplomatik.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Pejabat senior mengatakan sekitar 15.000 tentara Korea Utara berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, ujar Sumber Tempo.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara disebut telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("Sekitar 600 tentara Korea Utara dilaporkan tewas.", "2025-08-01", [("unattributed", "600")]),
    ("Sekitar 15.000 tentara Korea Utara diperkirakan berada di Rusia.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Sekitar 15.000 tentara Korea Utara diyakini telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("Kabarnya, sekitar 15.000 tentara Korea Utara telah dikerahkan.", "2025-08-01", [("unattributed", "15.000")]),
    ("Konon sekitar 15.000 tentara Korea Utara sudah berada di Rusia.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Sekitar 15.000 tentara Korea Utara dikabarkan sudah berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("Sekitar 15.000 tentara Korea Utara diduga telah dikerahkan.", "2025-08-01", [("unattributed", "15.000")]),
    ("Sekitar 15.000 tentara Korea Utara ditaksir berada di Rusia.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Disebutkan bahwa sekitar 15.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("Dilaporkan, sekitar 15.000 tentara Korea Utara berada di Rusia.", "2025-08-01", [("unattributed", "15.000")]),
    ("Diberitakan sekitar 15.000 tentara Korea Utara berada di Rusia.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Sekitar 15.000 tentara Korea Utara dilaporkan Senin berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("Sekitar 600 tentara Korea Utara dilaporkan tewas di Kursk, Rusia.", "2025-08-01", [("unattributed", "600")]),
    ("Sekitar 600 tentara Korea Utara tewas, demikian disampaikan NIS.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, dilaporkan oleh Yonhap.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara tewas, seperti diungkapkan Badan Intelijen Nasional.", "2025-08-01", []),
    (
        "Sekitar 600 tentara Korea Utara tewas, sebagaimana disampaikan Budanov.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "Lebih dari 10.000 tentara Korea Utara dikerahkan, seperti dikatakan Budanov.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Sekitar 600 tentara Korea Utara tewas, disampaikan oleh NIS.", "2025-08-01", []),
    ("Angka 11.000 tentara itu disebut Budanov sebagai perkiraan awal.", "2025-08-01", []),
    (
        "Lebih dari 10.000 tentara Korea Utara disebut Budanov telah tiba di Kursk.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Sekitar 600 tentara Korea Utara diperkirakan NIS tewas di Kursk.", "2025-08-01", []),
    ("Sekitar 15.000 tentara Korea Utara diyakini Pentagon berada di Rusia.", "2025-08-01", []),
    (
        "Lebih dari 10.000 tentara Korea Utara diklaim Budanov telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Sekitar 600 tentara Korea Utara dilaporkan NIS tewas di Kursk.", "2025-08-01", []),
    ("Sekitar 600 tentara Korea Utara dilaporkan oleh NIS tewas di Kursk.", "2025-08-01", []),
    ("Sekitar 15.000 tentara Korea Utara ditaksir Pentagon berada di Rusia.", "2025-08-01", []),
    (
        "Budanov menyebut 11.000 tentara Korea Utara berlatih di Rusia timur, sedangkan NIS menyebut sekitar 1.500 "
        "tentara.",
        "2025-08-01",
        [],
    ),
    (
        "Budanov menyebut sekitar 1.500 tentara, sedangkan NIS menyebut 11.000 tentara Korea Utara.",
        "2025-08-01",
        [("misattribution", "1.500"), ("misattribution", "11.000")],
    ),
    (
        "Menurut NIS, sekitar 1.500 tentara Korea Utara dikirim ke Rusia, sementara menurut Budanov, 11.000 "
        "tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut NIS, 11.000 tentara Korea Utara berlatih di Rusia timur, sementara menurut Budanov, sekitar 1.500 "
        "tentara Korea Utara dikirim.",
        "2025-08-01",
        [("misattribution", "11.000"), ("misattribution", "1.500")],
    ),
    (
        "NIS memperkirakan sekitar 1.500 tentara, tetapi Budanov mengatakan 11.000 tentara Korea Utara.",
        "2025-08-01",
        [],
    ),
    (
        "Sekitar 1.500 tentara dikirim ke Rusia, kata NIS, sedangkan Budanov menyebut 11.000 tentara Korea Utara.",
        "2025-08-01",
        [],
    ),
    (
        "11.000 tentara Korea Utara berlatih di Rusia timur, kata Budanov, sedangkan NIS menyebut sekitar 1.500 "
        "tentara.",
        "2025-08-01",
        [],
    ),
    (
        "Sekitar 1.500 tentara dikirim ke Rusia, kata Budanov, sedangkan NIS menyebut 11.000 tentara Korea Utara.",
        "2025-08-01",
        [("misattribution", "1.500"), ("misattribution", "11.000")],
    ),
    ("Angka itu jauh di atas perkiraan NIS, yakni sekitar 1.500 tentara, kata Budanov.", "2025-08-01", []),
    (
        "Sekitar 1.500 tentara Korea Utara menurut NIS dan 11.000 menurut Budanov telah dikirim ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "# Budanov: Lebih dari 10.000 Tentara Korea Utara Dikerahkan ke Rusia\n\nIsi berita.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "# NIS Sebut 11.000 Tentara Korea Utara Berlatih di Rusia\n\nIsi berita.",
        "2025-08-01",
        [("misattribution", "11.000")],
    ),
    ("# Budanov Sebut 11.000 Tentara Korea Utara Berlatih di Rusia\n\nIsi berita.", "2025-08-01", []),
    ("# 15.000 Tentara Korea Utara Dikerahkan ke Rusia\n\nIsi berita.", "2025-08-01", []),
    ("# Kremlin Klaim 15.000 Tentara Korut di Rusia\n\nIsi berita.", "2025-08-01", [("misattribution", "15.000")]),
    ("Budanov Sebut 11.000 Tentara Korea Utara Berlatih di Rusia\n\nIsi berita.", "2025-08-01", []),
    ("## NIS: Sekitar 600 Tentara Korea Utara Tewas\n\nIsi berita.", "2025-08-01", []),
    (
        "Perkiraan jumlah tentara Korea Utara di Rusia:\n"
        "\n"
        "- Budanov: 11.000 tentara.\n"
        "- NIS: lebih dari 10.000 tentara.\n"
        "- Korea Selatan, AS, dan Ukraina: sekitar 15.000 tentara.",
        "2025-08-01",
        [],
    ),
    (
        "Perkiraan jumlah tentara Korea Utara di Rusia:\n"
        "\n"
        "- Budanov: lebih dari 10.000 tentara.\n"
        "- NIS: 11.000 tentara.",
        "2025-08-01",
        [("misattribution", "10.000"), ("misattribution", "11.000")],
    ),
    ("Perkiraan terbaru:\n\n- Sekitar 600 tentara Korea Utara tewas (NIS).", "2025-08-01", []),
    (
        "Perkiraan terbaru:\n"
        "\n"
        "1. Menurut NIS, sekitar 600 tentara Korea Utara tewas.\n"
        "2. Menurut Budanov, lebih dari 10.000 tentara Korea Utara dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Perkiraan terbaru:\n\n* **Budanov**: lebih dari 10.000 tentara Korea Utara dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Sudah jelas Korea Utara mengirim sekitar 15.000 tentara ke Rusia.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Berdasarkan perjanjian dengan Rusia, Korea Utara mengirim sekitar 15.000 tentara ke Kursk.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Setelah pernyataan Putin, sekitar 15.000 tentara Korea Utara tiba di Kursk.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Meski mendapat kecaman tegas Korea Selatan, Korea Utara mengirim sekitar 15.000 tentara ke Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Dengan kata lain, sekitar 15.000 tentara Korea Utara kini berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Menanggapi klaim Kremlin, sekitar 15.000 tentara Korea Utara disebut telah tiba di Kursk.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sesuai perkiraan Rusia, sekitar 15.000 tentara Korea Utara tiba di Kursk.",
        "2025-08-01",
        [("misattribution", "15.000")],
    ),
    (
        "Budanov tidak menyebut jumlah pasti, tetapi sekitar 15.000 tentara Korea Utara diperkirakan berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Kunjungan Shoigu ke Pyongyang terjadi setelah sekitar 15.000 tentara Korea Utara dikerahkan ke Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Putin berterima kasih kepada Kim Jong Un, dan sekitar 15.000 tentara Korea Utara kini berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("Kim Jong-un mengunjungi pabrik amunisi.", "2025-08-01", [("spelling", "Kim Jong-un")]),
    ("Kim Jong-Un mengunjungi pabrik amunisi.", "2025-08-01", [("spelling", "Kim Jong-Un")]),
    ("# KIM JONG UN KIRIM PASUKAN KE RUSIA\n\nIsi berita.", "2025-08-01", []),
    ("KIM JONG-UN KIRIM PASUKAN KE RUSIA.", "2025-08-01", [("spelling", "KIM JONG-UN")]),
    ("Kim Jong Il memimpin Korea Utara hingga 2011.", "2025-08-01", []),
    ("Kim Yo Jong, adik Kim Jong Un, mengecam Seoul.", "2025-08-01", []),
    ("Kim Jong-il memimpin Korea Utara hingga 2011.", "2025-08-01", []),
    ("Kim Jong-nam tewas di Kuala Lumpur pada 2017.", "2025-08-01", []),
    ("Kim Jung Un mengunjungi pabrik amunisi.", "2025-08-01", [("spelling", "Kim Jung Un")]),
    ("Kim Jong Eun mengunjungi pabrik amunisi.", "2025-08-01", [("spelling", "Kim Jong Eun")]),
    ("Vladimir Poetin menerima Kim Jong Un di Kremlin.", "2025-08-01", [("spelling", "Vladimir Poetin")]),
    ("Wladimir Putin menerima Kim Jong Un di Kremlin.", "2025-08-01", [("spelling", "Wladimir Putin")]),
    ("Vladmir Putin menerima Kim Jong Un di Kremlin.", "2025-08-01", [("spelling", "Vladmir Putin")]),
    ("Sergey Shoigu tiba di Pyongyang.", "2025-08-01", [("spelling", "Sergey Shoigu")]),
    ("Sergei Shoygu tiba di Pyongyang.", "2025-08-01", [("spelling", "Sergei Shoygu")]),
    ("Sergei Soigu tiba di Pyongyang.", "2025-08-01", [("spelling", "Sergei Soigu")]),
    ("Kirill Budanov berbicara di Kyiv.", "2025-08-01", [("spelling", "Kirill Budanov")]),
    ("Kyrylo Budanow berbicara di Kyiv.", "2025-08-01", [("spelling", "Kyrylo Budanow")]),
    ("Kyrillo Budanov berbicara di Kyiv.", "2025-08-01", [("spelling", "Kyrillo Budanov")]),
    ("Igor Solovey berbicara kepada ABC.", "2025-08-01", [("spelling", "Igor Solovey")]),
    ("Olha Boichak berbicara kepada wartawan.", "2025-08-01", [("spelling", "Olha Boichak")]),
    ("Ra Jong Yil berbicara kepada wartawan.", "2025-08-01", [("spelling", "Ra Jong Yil")]),
    ("Shigeru Ishibah menyuarakan keprihatinan.", "2025-08-01", [("spelling", "Shigeru Ishibah")]),
    ("Pemimpin Korea Utara Kim Jong\nUn mengunjungi pabrik amunisi.", "2025-08-01", []),
    ("Pemimpin Korea Utara Kim\xa0Jong\xa0Un mengunjungi pabrik amunisi.", "2025-08-01", []),
    ("Kim Il-sung mendirikan Korea Utara.", "2025-08-01", []),
    ("Kim Ju Ae mendampingi ayahnya.", "2025-08-01", []),
    ("Sergei Lavrov dan Sergei Shoigu bertemu Kim Jong Un.", "2025-08-01", []),
    ("Vladimir Solovyov memuji Vladimir Putin.", "2025-08-01", []),
    ("Kim Jong Un’s visit was covered widely.", "2025-08-01", []),
    ("Presiden Vladimir Putin dan Kim Jong Un bertemu.", "2025-08-01", []),
    ("**Kyrylo Budanov** berbicara di Kyiv.", "2025-08-01", []),
    ("KYRYLO BUDANOV berbicara di Kyiv.", "2025-08-01", []),
    ("Kim Jong Un-lah yang memutuskan pengiriman itu.", "2025-08-01", []),
    ("Kim Jongun mengunjungi pabrik amunisi.", "2025-08-01", [("spelling", "Kim Jongun")]),
    ("Kim Jong-Un's regime sent troops.", "2025-08-01", [("spelling", "Kim Jong-Un")]),
    ("Kim Jong Un dan Kim Yo-jong menghadiri upacara.", "2025-08-01", []),
    ("Kim Jong-un, Kim Yo Jong, dan Kim Jong Il disebut dalam laporan.", "2025-08-01", [("spelling", "Kim Jong-un")]),
    ("Vladimir Putin's visit.", "2025-08-01", []),
    ("Sergei Shoigu, Sergey Shoigu, dan Shoigu.", "2025-08-01", [("spelling", "Sergey Shoigu")]),
    ("Pertemuan Putin–Kim Jong-un berlangsung di Vostochny.", "2025-08-01", [("spelling", "Kim Jong-un")]),
    ("Kim Jong Un (KJU) mengunjungi pabrik.", "2025-08-01", []),
    ("Ihor Solovei berbicara kepada ABC.", "2025-08-01", [("spelling", "Ihor Solovei")]),
    ("Kim Jong-un’s sister Kim Yo Jong.", "2025-08-01", [("spelling", "Kim Jong-un")]),
    ("Kim Jong Un mengunjungi pabrik. Kim Jong Il, ayahnya, wafat pada 2011.", "2025-08-01", []),
    ("Shigeru Ishiba dan Fumio Kishida berbicara.", "2025-08-01", []),
    ("Wakil Menlu Kim Jong-gyu menerima delegasi Rusia.", "2025-08-01", []),
    ("Kim Jong Uns ambisi nuklir.", "2025-08-01", [("spelling", "Kim Jong Uns")]),
    ("Kyrylo Budanov dan Kyrylo Budanov.", "2025-08-01", []),
    (
        "Shoigu mengumumkan 1.000 sapper akan dikirim ke Kursk, sementara NIS menyebut sekitar 600 tentara Korea "
        "Utara tewas.",
        "2025-08-01",
        [],
    ),
    (
        "Kim Jong Un terus mengirim pasukan, dan NIS memperkirakan sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [],
    ),
    ("Usai pertemuan Kim Jong Un dan Putin, NIS mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    (
        "Budanov menyebut 11.000 tentara Korea Utara berlatih di Rusia timur; NIS menyebut sekitar 1.500 tentara.",
        "2025-08-01",
        [],
    ),
    (
        "Saat Kim Jong Un berkunjung ke Kursk, Pentagon memperkirakan sekitar 15.000 tentara Korea Utara berada di "
        "Rusia.",
        "2025-08-01",
        [],
    ),
    ("Sekitar 600 tentara Korea Utara tewas, ujar seorang pejabat dari NIS.", "2025-08-01", []),
    (
        "NIS tidak mengonfirmasi laporan bahwa sekitar 15.000 tentara Korea Utara berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        'Budanov mengatakan, "Lebih dari 10.000 tentara sudah dikerahkan. Sekitar 600 tentara Korea Utara tewas."',
        "2025-08-01",
        [("misattribution", "10.000"), ("misattribution", "600")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, kata seorang diplomat Eropa.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Sekitar 15.000 tentara Korea Utara berada di Rusia, kata seorang analis Barat.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Baca juga: [Kim Jong Un kunjungi Rusia](https://contoh.co.id/internasional/kim-jong-un-kunjungi-rusia)",
        "2025-08-01",
        [],
    ),
    ("Tagar #KimJongUn ramai di media sosial.", "2025-08-01", []),
    (
        "Di luar perkiraan Kremlin, sekitar 15.000 tentara Korea Utara sudah tiba di Kursk.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Kata kunci pencarian warganet: sekitar 15.000 tentara Korea Utara di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    (
        "Budanov, yang membantah klaim NIS, mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut NIS, yang membantah klaim Budanov, sekitar 1.500 tentara Korea Utara dikirim ke Rusia.",
        "2025-08-01",
        [],
    ),
    ("Lanjut ke Kursk, sekitar 15.000 tentara Korea Utara dikerahkan.", "2025-08-01", [("unattributed", "15.000")]),
    (
        "Pernyataan Kremlin tidak menyebut angka, tetapi sekitar 15.000 tentara Korea Utara diyakini berada di Rusia.",
        "2025-08-01",
        [("unattributed", "15.000")],
    ),
    ("**Budanov:** lebih dari 10.000 tentara Korea Utara dikerahkan.", "2025-08-01", [("misattribution", "10.000")]),
    ("Budanov: lebih dari 10.000 tentara Korea Utara dikerahkan.", "2025-08-01", [("misattribution", "10.000")]),
    (
        "Laporan yang diperoleh AFP menyebutkan bahwa lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [],
    ),
    ("Kim Jon Un mengunjungi pabrik amunisi.", "2025-08-01", [("spelling", "Kim Jon Un")]),
    ("Ra Jong-il berbicara kepada wartawan.", "2025-08-01", [("spelling", "Ra Jong-il")]),
    (
        "Menurut Budanov, 11.000 tentara Korea Utara berlatih di Rusia timur. Ia menambahkan, sekitar 600 tentara "
        "Korea Utara tewas.",
        "2025-08-01",
        [("misattribution", "600")],
    ),
    (
        "NIS memperkirakan sekitar 600 tentara Korea Utara tewas. Namun Budanov, yang berbicara kemudian, menyebut "
        "angka itu terlalu rendah. Ia mengatakan lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas. Kim Jong Un mengunjungi keluarga korban. Lembaga "
        "tersebut juga menyebut 15.000 pekerja Korea Utara dikirim ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas. Putin berterima kasih kepada Kim Jong Un. Ia juga "
        "menyebut 1.000 sapper akan dikirim ke Kursk.",
        "2025-08-01",
        [("misattribution", "1.000")],
    ),
    ("Pejabat Korea Selatan itu mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Wartawan AFP di Kyiv melaporkan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Juru bicara NIS yang berada di Kyiv mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Koresponden Reuters di Moskow melaporkan sekitar 15.000 tentara Korea Utara berada di Rusia.", "2025-08-01", []),
    (
        "Menurut Layanan Intelijen Nasional (NIS), 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [("misattribution", "11.000")],
    ),
    (
        "NIS, dalam pengarahan kepada parlemen di Seoul, mengatakan sekitar 600 tentara Korea Utara tewas.",
        "2025-08-01",
        [],
    ),
    ("Seorang pejabat NIS yang ditemui di Moskow mengatakan sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Berbicara di Pyongyang, Shoigu mengatakan 1.000 sapper akan dikirim ke Kursk.", "2025-08-01", []),
    (
        "Pejabat Pentagon yang mendampingi delegasi ke Seoul mengatakan sekitar 15.000 tentara Korea Utara berada "
        "di Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Pejabat Pentagon yang mendampingi delegasi ke Moskow mengatakan sekitar 15.000 tentara Korea Utara berada "
        "di Rusia.",
        "2025-08-01",
        [],
    ),
    ("Sekitar 600 tentara Korea Utara tewas, kata pejabat NIS kepada Yonhap di Seoul.", "2025-08-01", []),
    (
        "Badan Intelijen Nasional Korea Selatan (NIS) mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [("misattribution", "11.000")],
    ),
    (
        "Kyrylo Budanov, Kepala Direktorat Intelijen Utama Kementerian Pertahanan Ukraina (HUR), mengatakan lebih "
        "dari 10.000 tentara Korea Utara dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    (
        "Menurut Direktorat Intelijen Utama Ukraina, lebih dari 10.000 tentara Korea Utara dikerahkan.",
        "2025-08-01",
        [("misattribution", "10.000")],
    ),
    ("Menurut Korea Selatan, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    ("Menurut Ukraina, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    (
        "Menurut intelijen Korea Selatan, 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2025-08-01",
        [("misattribution", "11.000")],
    ),
]

READINGS: list[tuple[str, str, Expected]] = [
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, lebih dari 10 ribu tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, lebih dari sepuluh ribu tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, 10.000 lebih tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, lebih dari 10000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [],
    ),
    ("Kyrylo Budanov mengatakan sebelas ribu tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    ("Kyrylo Budanov mengatakan 11 ribu tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    ("Kyrylo Budanov mengatakan 11rb tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    ("Kyrylo Budanov mengatakan 11,0 ribu tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar 15.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, lima belas ribu tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 15.000-an tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 15 ribuan tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, kurang lebih 15.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, ± 15.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, enam ratus tentara Korea Utara tewas di medan perang.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, sekitar 600 orang tentara Korea Utara tewas di medan perang.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan lebih dari 10 juta peluru artileri dan "
        "rudal ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan lebih dari sepuluh juta peluru artileri "
        "dan rudal ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan lebih dari 10.000.000 peluru artileri dan "
        "rudal ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan 10 juta lebih peluru artileri dan rudal ke "
        "Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Menurut Shoigu, seribu sapper dan lima ribu pekerja konstruksi militer, atau total enam ribu personel, "
        "akan dikirim ke Kursk.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut Shoigu, 1 ribu sapper dan 5 ribu pekerja konstruksi militer, atau total 6 ribu personel, akan "
        "dikirim ke Kursk.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar 25.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [("unverified", "25.000")],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar 25 ribu tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [("unverified", "25 ribu")],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, dua puluh lima ribu tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-08-01",
        [("unverified", "dua puluh lima ribu")],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar 25rb tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unverified", "25rb")],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, satu setengah juta tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, setengah juta tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 1,5 juta tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, sekitar 6.000 tentara Korea Utara tewas di medan perang.",
        "2025-08-01",
        [("unverified", "6.000")],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 25.000-an tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, dua belas ribu tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 12.500 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unverified", "12.500")],
    ),
    (
        "Menurut Shoigu, seribu sapper dan lima ribu pekerja konstruksi militer, atau total tujuh ribu personel, "
        "akan dikirim ke Kursk.",
        "2025-07-01",
        [("inconsistent", "tujuh ribu")],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 20-25 ribu tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, 20.000-25.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut NIS, Korea Utara telah mengirim pasukan sebanyak 25.000 orang ke Rusia.",
        "2025-08-01",
        [("unverified", "25.000")],
    ),
    (
        "Menurut NIS, jumlah tentara Korea Utara yang tewas di Kursk mencapai 6.000 orang.",
        "2025-08-01",
        [("unverified", "6.000")],
    ),
    (
        "Menurut NIS, korban tewas dari pihak Korea Utara mencapai 6.000 tentara.",
        "2025-08-01",
        [("unverified", "6.000")],
    ),
    (
        "Menurut NIS, jumlah pasukan Korea Utara di Rusia naik dari 10.000 ke 25.000 tentara.",
        "2025-08-01",
        [("unverified", "25.000")],
    ),
    ("Menurut NIS, 15 000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, kurang dari 10.000 tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, di bawah 10.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, hampir 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, nyaris 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, mendekati 10.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, hampir mencapai 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, belum mencapai 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tidak sampai 10.000 tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tak sampai 10 ribu tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tidak lebih dari 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tak lebih dari 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tidak kurang dari 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tak kurang dari 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, setidaknya 10.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, sedikitnya 10.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, paling tidak 10.000 tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, di atas 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, paling banyak 10.000 tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, maksimal 10.000 tentara Korea Utara telah dikerahkan ke "
        "Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, Kurang Dari 10.000 tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, kurang dari sepuluh ribu tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, tidak mencapai 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, sekitar 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, sebanyak-banyaknya 10.000 tentara Korea Utara telah "
        "dikerahkan ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan hampir 10 juta peluru artileri dan rudal "
        "ke Rusia.",
        "2025-08-01",
        [("contradiction", None)],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan nyaris mencapai 10 juta peluru artileri "
        "dan rudal ke Rusia.",
        "2025-08-01",
        [("contradiction", None)],
    ),
    (
        "Menurut Badan Intelijen Nasional Korea Selatan, kurang dari 10 ribu tentara Korea Utara telah dikerahkan "
        "ke Rusia.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Kyrylo Budanov mengatakan 10.000 hingga 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan antara 10.000 dan 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    ("Kyrylo Budanov mengatakan 10.000–12.000 tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    ("Kyrylo Budanov mengatakan 10.000-12.000 tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    (
        "Kyrylo Budanov mengatakan 10 hingga 12 ribu tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan 10.000 s.d. 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan 10.000 s/d 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    ("Kyrylo Budanov mengatakan 10-12 ribu tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    (
        "Kyrylo Budanov mengatakan antara 10.000 hingga 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan berkisar 10.000 sampai 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan sepuluh hingga dua belas ribu tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan 20.000 hingga 25.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [("contradiction", None)],
    ),
    (
        "Kyrylo Budanov mengatakan antara 20 ribu dan 25 ribu tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [("contradiction", None)],
    ),
    (
        "Kyrylo Budanov mengatakan 10.000 sampai dengan 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    ("Kyrylo Budanov mengatakan 10.000 – 12.000 tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    (
        "Kyrylo Budanov mengatakan sekitar 10.000 hingga 12.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan 10 sampai 12 ribu tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov mengatakan 10 ribu hingga 12 ribu tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    ("Pada pukul 09.15 WIB, NIS mengatakan 600 tentara Korea Utara tewas di medan perang.", "2025-08-01", []),
    ("Menurut NIS, tentara Korea Utara di Kursk dipersenjatai senapan AK-12 dan jet Su-27.", "2025-08-01", []),
    ("Pengiriman itu melanggar Resolusi 1718 Dewan Keamanan PBB, kata Korea Selatan.", "2025-08-01", []),
    ("Menurut NIS, 40 persen tentara Korea Utara yang dikerahkan ke Rusia tewas atau terluka.", "2025-08-01", []),
    ("Menurut NIS, 40% tentara Korea Utara yang dikerahkan ke Rusia tewas atau terluka.", "2025-08-01", []),
    ("Menurut NIS, Rusia membayar Rp 30.000.000 per bulan kepada tiap tentara Korea Utara.", "2025-08-01", []),
    ("Menurut NIS, gelombang ke-3 tentara Korea Utara tiba di Rusia.", "2025-08-01", []),
    ("Laporan NIS (halaman 12) menyebut sekitar 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Untuk informasi, hubungi 021 5555 1234 atau 0812 3456 7890.", "2025-08-01", []),
    ("Menurut NIS, 2025 tentara Korea Utara masih berada di Kursk.", "2025-08-01", []),
    ("Pada 2024 tentara Korea Utara mulai dikirim ke Rusia, menurut NIS.", "2025-08-01", []),
    ("Menurut NIS, Rusia membayar 2.000 dolar AS per tentara Korea Utara per bulan.", "2025-08-01", []),
    ("Sekitar pukul 10.00, 600 tentara Korea Utara tewas, menurut NIS.", "2025-08-01", []),
    (
        "Menurut militer Ukraina, rudal KN-23 dan Hwasong-11 buatan Korea Utara ditembakkan ke Kharkiv.",
        "2025-08-01",
        [],
    ),
    ("Menurut NIS, tentara berusia 18 hingga 25 tahun dikirim ke Kursk.", "2025-08-01", []),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, atau total 100 "
        "tentara.",
        "2025-07-01",
        [("inconsistent", "100")],
    ),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, sehingga "
        "totalnya menjadi 100 tentara.",
        "2025-07-01",
        [("inconsistent", "100")],
    ),
    (
        "Menurut Shoigu, seribu sapper dan lima ribu pekerja konstruksi militer, sehingga jumlahnya 6.000 "
        "personel, akan dikirim ke Kursk.",
        "2025-07-01",
        [],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada 19 Juni 2024.", "2025-08-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Rabu (19/6/2024).", "2025-08-01", []),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Kamis (19/6/2024).",
        "2025-08-01",
        [("date-mismatch", "Kamis")],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni tahun lalu.", "2025-08-01", []),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni tahun lalu.",
        "2026-03-01",
        [("contradiction", None)],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani dua tahun lalu.", "2026-06-01", []),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada 2023.",
        "2025-08-01",
        [("contradiction", "2023")],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada pertengahan 2024.", "2025-08-01", []),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani setahun lalu.",
        "2026-08-01",
        [("contradiction", None)],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani setahun lalu.", "2025-06-25", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani tahun kemarin.", "2025-08-01", []),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani tahun kemarin.",
        "2026-02-01",
        [("contradiction", None)],
    ),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni lalu.",
        "2025-08-01",
        [("contradiction", None)],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni lalu.", "2025-05-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani bulan lalu.", "2024-07-15", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani kemarin.", "2024-06-20", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Rabu lalu.", "2024-06-21", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani tahun lalu.", "2025-01-10", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani tahun lalu.", "2026-01-10", [("contradiction", None)]),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani beberapa bulan lalu.", "2024-09-01", []),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani sebulan lalu.",
        "2026-09-01",
        [("contradiction", None)],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada 19-6-2024.", "2025-08-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada 19 Jun 2024.", "2025-08-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada 19.6.2024.", "2025-08-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada tahun 2024 silam.", "2025-08-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada akhir tahun lalu.", "2025-08-01", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada 2024 lalu.", "2025-08-01", []),
    ("Rusia menginvasi Ukraina pada 24 Februari 2022.", "2025-08-01", []),
    ("Rusia menginvasi Ukraina pada Kamis (24/2/2022).", "2025-08-01", []),
    ("Rusia menginvasi Ukraina pada Jumat (24/2/2022).", "2025-08-01", [("date-mismatch", "Jumat")]),
    ("Rusia menginvasi Ukraina pada Februari 2023.", "2025-08-01", [("contradiction", None)]),
    ("Rusia menginvasi Ukraina tepat tiga tahun lalu.", "2025-02-24", []),
    ("Rusia menginvasi Ukraina beberapa tahun lalu.", "2025-08-01", []),
    ("Sejak invasi skala penuh pada awal 2022, Korea Utara memasok amunisi ke Rusia.", "2025-08-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada 24/2/2022.", "2025-08-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada 24/02/22.", "2025-08-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada Kamis, 24 Februari 2022.", "2025-08-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada 24 Februari 2022 (Kamis).", "2025-08-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada 24 Februari 2022 (Jumat).", "2025-08-01", [("date-mismatch", "Jumat")]),
    ("Invasi Rusia ke Ukraina dimulai pada Jumat, 24 Februari 2022.", "2025-08-01", [("date-mismatch", "Jumat")]),
    ("Rusia menginvasi Ukraina pada 24 Feb. 2022.", "2025-08-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada 2021.", "2025-08-01", [("contradiction", None)]),
    ("Rusia menginvasi Ukraina tiga setengah tahun lalu.", "2025-08-01", []),
    ("Rusia menginvasi Ukraina pada Februari 2022, lebih dari tiga tahun lalu.", "2025-08-01", []),
    ("KCNA pada Rabu (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    (
        "KCNA pada Kamis (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", "Kamis")],
    ),
    ("KCNA pada Rabu lalu mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu kemarin mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA beberapa hari lalu mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-22", []),
    ("KCNA dua hari lalu mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu malam (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2026-01-10", []),
    ("KCNA pada 18 Juni mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2026-01-10", []),
    ("Shoigu pada Selasa kemarin mengumumkan pengiriman 1.000 penjinak ranjau ke Kursk.", "2025-06-20", []),
    (
        "Shoigu pada Senin (16/6/2025) mengumumkan pengiriman 1.000 penjinak ranjau ke Kursk.",
        "2025-06-20",
        [("contradiction", None)],
    ),
    ("KCNA pada Rabu, 18/6 mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada 18/6 mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu (18/06/2025) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu 18 Juni mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu pekan ini mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada Rabu (18/6) lalu mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada RABU (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    (
        "KCNA pada Jum'at (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    ("Laporan NIS dirilis pada 30 Februari 2025.", "2025-08-01", [("date-mismatch", "30 Februari 2025")]),
    ("Laporan NIS dirilis pada 31/4/2025.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada Kamis (31/4).", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada 29/2/2025.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada 29/2/2024.", "2025-08-01", []),
    ("Laporan NIS dirilis pada 31 Juni.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada 13/13/2025.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada Selasa (31/12).", "2025-01-03", []),
    ("Laporan NIS dirilis pada Selasa, 31 Desember.", "2025-01-03", []),
    ("Laporan NIS dirilis pada 31-4-2025.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada 2025-04-31.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada 30 Pebruari 2025.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada 31 Nopember 2024.", "2025-08-01", [("date-mismatch", None)]),
    ("Laporan NIS dirilis pada Selasa (1/7/2025) dan Rabu (2/7/2025).", "2025-08-01", []),
    ("Laporan NIS dirilis pada Senin-Selasa (30/6-1/7/2025).", "2025-08-01", []),
    (
        "Menurut NIS, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [("outdated", None)],
    ),
    (
        "NIS pada Februari 2025 menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "NIS pada Kamis (27/2) menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    ("NIS awal tahun ini menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    (
        "NIS pada akhir Februari lalu menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    ("NIS enam bulan lalu menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    ("NIS pada 27-2-2025 menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-08-01", []),
    (
        "Per Februari 2025, NIS menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "NIS menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia hingga Februari 2025.",
        "2025-08-01",
        [],
    ),
    (
        "Dalam laporan 27 Februari, NIS menyebut lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-08-01",
        [],
    ),
    (
        "Kurang dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia, menurut NIS.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Hampir 10.000 tentara Korea Utara telah dikerahkan ke Rusia, menurut NIS.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    (
        "Di bawah 10.000 tentara Korea Utara telah dikerahkan ke Rusia, menurut NIS.",
        "2025-03-01",
        [("contradiction", None)],
    ),
    ("Lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia, menurut NIS.", "2025-03-01", []),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, sehingga "
        "totalnya menjadi 90 tentara.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, sehingga jumlah "
        "korban menjadi 90 tentara.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan 25 jt peluru artileri dan rudal ke Rusia.",
        "2025-08-01",
        [("contradiction", None)],
    ),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah mengirimkan 25jt peluru artileri dan rudal ke Rusia.",
        "2025-08-01",
        [("contradiction", None)],
    ),
    (
        "Kyrylo Budanov mengatakan 20.000 - 25.000 tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [("contradiction", None)],
    ),
    (
        "Menurut NIS, jumlah pasukan Korea Utara di Rusia bertambah menjadi 25.000 tentara.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani bulan kemarin.",
        "2025-08-01",
        [("contradiction", None)],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani minggu kemarin.", "2024-06-26", []),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani sepekan lalu.", "2024-06-26", []),
    ("KCNA sehari sebelumnya mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA beberapa hari yang lalu mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-22", []),
    ("Rusia menginvasi Ukraina bertahun-tahun lalu.", "2025-08-01", []),
    ("Rusia menginvasi Ukraina lebih dari tiga tahun lalu.", "2025-08-01", []),
    (
        "Rusia menginvasi Ukraina pada Februari 2022, beberapa bulan setelah Kim berkunjung ke Moskow pada 2021.",
        "2025-08-01",
        [],
    ),
    (
        "Perjanjian pertahanan ditandatangani pada Juni 2024, tak lama setelah pemilu Rusia pada Maret 2024.",
        "2025-08-01",
        [],
    ),
    (
        "Pada September 2023 Kim mengunjungi Rusia; perjanjian pertahanan baru ditandatangani pada 2024.",
        "2025-08-01",
        [],
    ),
    ("KCNA pada Selasa (31/12) mengonfirmasi latihan militer.", "2025-01-03", []),
    ("Kyrylo Budanov mengatakan 11000 tentara Korea Utara sedang berlatih di Rusia timur.", "2024-11-01", []),
    ("Menurut NIS, sekitar 600an tentara Korea Utara tewas di medan perang.", "2025-08-01", []),
    ("Menurut NIS, enam ratusan tentara Korea Utara tewas di medan perang.", "2025-08-01", []),
    ("Menurut NIS, 15 ribu pekerja Korea Utara telah dikirim ke Rusia.", "2025-08-01", []),
    ("Menurut NIS, lima belas ribu pekerja Korea Utara telah dikirim ke Rusia.", "2025-08-01", []),
    ("Menurut NIS, 15 rb pekerja Korea Utara telah dikirim ke Rusia.", "2025-08-01", []),
    ("Menurut NIS, 12rb pekerja Korea Utara telah dikirim ke Rusia.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, 12 rb pekerja Korea Utara telah dikirim ke Rusia.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, kurang lebih 600 tentara Korea Utara tewas di medan perang.", "2025-08-01", []),
    (
        "Menurut NIS, kira-kira 6.000 tentara Korea Utara tewas di medan perang.",
        "2025-08-01",
        [("unverified", None)],
    ),
    ("Menurut NIS, ± 6.000 tentara Korea Utara tewas di medan perang.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, ±6.000 tentara Korea Utara tewas di medan perang.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, 6.000-an tentara Korea Utara tewas di medan perang.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, sekitar 6 ribu tentara Korea Utara tewas di medan perang.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, tentara Korea Utara yang tewas mencapai 6.000 orang.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, tentara Korea Utara yang tewas sekitar 6.000 orang.", "2025-08-01", [("unverified", None)]),
    (
        "Menurut NIS, jumlah korban tewas tentara Korea Utara mencapai 6.000 orang.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut NIS, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia pada pukul 10.00.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut NIS, pada pukul 10 malam lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-03-01",
        [],
    ),
    ("Menurut NIS, pada jam 10 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Menurut NIS, sekitar 600 tentara Korea Utara tewas dalam 24 jam.", "2025-08-01", []),
    ("Menurut NIS, dalam 3 bulan 600 tentara Korea Utara tewas.", "2025-08-01", []),
    ("Menurut NIS, tentara Korea Utara ditarik dari Kursk sejak pertengahan Januari 2025.", "2025-02-01", []),
    ("Menurut NIS, tentara Korea Utara ditarik dari Kursk sejak pertengahan bulan lalu.", "2025-02-01", []),
    ("Menurut NIS, tentara Korea Utara ditarik dari Kursk sejak medio Januari.", "2025-02-01", []),
    (
        "Menurut NIS, tentara Korea Utara ditarik dari Kursk pada Desember 2024.",
        "2025-02-01",
        [("contradiction", None)],
    ),
    ("Menurut NIS, tentara Korea Utara ditarik dari Kursk sejak 15/1.", "2025-02-01", []),
    ("Korea Utara mengonfirmasi pengerahan pasukan ke Kursk pada Senin (28/4).", "2025-05-01", []),
    (
        "Korea Utara mengonfirmasi pengerahan pasukan ke Kursk pada Selasa (28/4).",
        "2025-05-01",
        [("date-mismatch", None)],
    ),
    ("Korea Utara mengonfirmasi pengerahan pasukan ke Kursk pada Senin lalu.", "2025-05-01", []),
    ("Korea Utara mengonfirmasi pengerahan pasukan ke Kursk tiga hari lalu.", "2025-05-01", []),
    ("Korea Utara mengonfirmasi pengerahan pasukan ke Kursk pada Senin (28/4) lalu.", "2025-05-01", []),
    ("Korea Utara mengonfirmasi pengerahan pasukan ke Kursk pada awal pekan ini.", "2025-05-01", []),
    ("Korea Utara mengonfirmasi pengerahan pasukan ke Kursk pada 27 April.", "2025-05-01", [("contradiction", None)]),
    (
        "KCNA pada Jum’at (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    (
        "KCNA pada Kamis, 18/6 mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    (
        "KCNA pada Kamis 18/6/2025 mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    (
        "Menurut Shoigu, 1.000 sapper dan 5.000 pekerja konstruksi militer, atau total sekitar 7.000 personel, "
        "akan dikirim ke Kursk.",
        "2025-07-01",
        [("inconsistent", "sekitar 7.000")],
    ),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, dengan total 90 "
        "tentara.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, total mencapai "
        "100 tentara.",
        "2025-07-01",
        [("inconsistent", None)],
    ),
    (
        "Menurut militer Ukraina, 40 tentara Korea Utara tewas dan 50 tentara Korea Utara terluka, sehingga total "
        "menjadi 90 tentara.",
        "2025-07-01",
        [],
    ),
    ("Kyrylo Budanov memperkirakan jumlahnya dari 10.000 hingga 12.000 tentara Korea Utara.", "2024-11-01", []),
    ("Laporan NIS dirilis pada 31 Agst 2025.", "2025-08-01", []),
    (
        "Menurut NIS, tentara Korea Utara ditarik dari Kursk pada penghujung 2024.",
        "2025-02-01",
        [("contradiction", None)],
    ),
    (
        "Kyrylo Budanov mengatakan 11,5 ribu tentara Korea Utara sedang berlatih di Rusia timur.",
        "2024-11-01",
        [("contradiction", None)],
    ),
    ("KCNA pada Rabu (18/6/2025) lalu mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    ("KCNA pada hari Rabu (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.", "2025-06-20", []),
    (
        "KCNA pada hari Kamis (18/6) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    (
        "KCNA pada Kamis (18 Juni) mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    (
        "KCNA pada Kamis, 18 Juni 2025 mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    (
        "KCNA pada Kamis tanggal 18 Juni mengonfirmasi kerja sama dengan Rusia terkait situasi Kursk.",
        "2025-06-20",
        [("date-mismatch", None)],
    ),
    ("Menurut NIS, Korea Utara telah mengirim 25.000 prajurit ke Rusia.", "2025-08-01", [("unverified", None)]),
    (
        "Menurut NIS, Korea Utara telah mengirim 25.000 orang prajurit ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    (
        "Menurut NIS, Korea Utara telah mengirim 25.000 personel militernya ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    ("Menurut NIS, Korea Utara telah mengirim 25.000 serdadunya ke Rusia.", "2025-08-01", [("unverified", None)]),
    ("Menurut NIS, Korea Utara telah mengirim 25.000 tentaranya ke Rusia.", "2025-08-01", [("unverified", None)]),
    (
        "Menurut NIS, Korea Utara telah mengirim sekitar 25.000 tentara lagi ke Rusia.",
        "2025-08-01",
        [("unverified", None)],
    ),
    ("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Rabu (19/6) pekan lalu.", "2024-06-30", []),
    ("Invasi Rusia ke Ukraina genap berusia tiga tahun pada 24 Februari lalu.", "2025-03-01", []),
    ("Menurut NIS, 600 tentara Korea Utara tewas dan 4.000 lainnya terluka.", "2025-08-01", []),
    ("Tiga tahun setelah invasi Rusia ke Ukraina pada 2022, Korea Utara masih memasok amunisi.", "2025-08-01", []),
    ("Setahun setelah perjanjian pertahanan ditandatangani pada 2024, Kim memperkuat kerja sama.", "2025-08-01", []),
    (
        "Dua tahun setelah invasi Rusia pada Februari 2022, yaitu pada 2024, Pyongyang menandatangani perjanjian "
        "pertahanan dengan Moskow.",
        "2025-08-01",
        [],
    ),
]


SOURCE_KINDS = {"unattributed", "misattribution", "spelling", "contradiction"}


def _matches(expected: tuple[str, str | None], found: tuple[str, str]) -> bool:
    kind, text = expected
    return kind == found[0] and (text is None or text in found[1] or found[1] in text)


def _same(expected: Expected, found: list[tuple[str, str]]) -> None:
    assert all(any(_matches(e, f) for f in found) for e in expected), (expected, found)
    assert all(any(_matches(e, f) for e in expected) for f in found), (expected, found)


@pytest.mark.parametrize(("text", "date", "expected"), SOURCES)
def test_who_is_credited(lint: LintFn, text: str, date: str, expected: Expected) -> None:
    _same(expected, [(f.kind, f.text) for f in lint(text, date=date) if f.kind in SOURCE_KINDS])


@pytest.mark.parametrize(("text", "date", "expected"), READINGS)
def test_how_figures_and_dates_are_read(lint: LintFn, text: str, date: str, expected: Expected) -> None:
    _same(expected, [(f.kind, f.text) for f in lint(text, date=date)])
