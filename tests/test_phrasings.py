"""Realistic Indonesian news phrasings of the story's facts, and sentences about other things
that must stay clean: each draft with its date and the findings a careful editor expects,
as (line, kind). Reporting cues before and after the figure, quotations, passives with and
without an agent, pronouns and "X itu" pointing back, numbers in words and "15.000-an",
abbreviations (Korut, Korsel, AS, NIS), date forms, titles, headlines and lists."""

from __future__ import annotations

import pytest

from tests.conftest import LintFn

CASES: list[tuple[str, str, list[tuple[int, str]]]] = [
    # where the source stands: the joint assessment of 15.000 troops
    (
        "Sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia, menurut penilaian Korea Selatan, AS, dan Ukraina.",
        "2025-07-01",
        [],
    ),
    (
        "Korea Selatan, AS, dan Ukraina memperkirakan sekitar 15.000 tentara Korut telah dikerahkan ke Rusia.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut penilaian Korsel, AS, dan Ukraina, sekitar 15 ribu tentara Korea Utara kini berada di Rusia.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar lima belas ribu tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-07-01",
        [],
    ),
    ("Sebanyak 15.000-an tentara Korea Utara kini berada di Rusia.", "2025-07-01", [(1, "unattributed")]),
    ("Sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-07-01", [(1, "unattributed")]),
    (
        "Jumlah tentara Korut yang dikirim ke Rusia diperkirakan mencapai 15.000 orang.",
        "2025-07-01",
        [(1, "unattributed")],
    ),
    ("Menurut Korsel, sekitar 15.000 tentara Korut telah dikerahkan ke Rusia.", "2025-07-01", []),
    ("Menurut Rusia, sekitar 15.000 tentara Korea Utara dikerahkan ke Kursk.", "2025-07-01", [(1, "misattribution")]),
    # Ukraine took part in the joint assessment: its intelligence chief is a part of it (members)
    ("Menurut Budanov, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-07-01", []),
    (
        "Menurut Shoigu, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        "2025-07-01",
        [(1, "misattribution")],
    ),
    # passives with and without agents
    ("Sekitar 1.500 tentara Korea Utara dilaporkan oleh NIS telah dikirim ke Rusia.", "2024-11-01", []),
    (
        "Pengiriman sekitar 1.500 tentara Korea Utara ke Rusia dilaporkan oleh Badan Intelijen Nasional Korea Selatan.",
        "2024-11-01",
        [],
    ),
    ("Sekitar 1.500 tentara Korea Utara disebut telah dikirim ke Rusia.", "2024-11-01", [(1, "unattributed")]),
    ("Sekitar 600 tentara Korea Utara tewas, seperti diungkapkan NIS.", "2025-07-01", []),
    (
        "Sekitar 600 tentara Korea Utara tewas di medan perang, sebagaimana disampaikan NIS kepada parlemen.",
        "2025-07-01",
        [],
    ),
    ("Sekitar 600 tentara Korut tewas dalam pertempuran, ungkap NIS.", "2025-07-01", []),
    ("Sekitar 600 tentara Korut tewas, kata NIS.", "2025-07-01", []),
    ("NIS menyebut sekitar 600 tentara Korut tewas di medan perang.", "2025-07-01", []),
    ("Sekitar 600 tentara Korea Utara tewas di medan perang, menurut Budanov.", "2025-07-01", [(1, "misattribution")]),
    # people, titles before/after
    ("Menurut Kyrylo Budanov, 11.000 tentara Korea Utara berlatih di Rusia timur.", "2024-11-01", []),
    (
        "Kepala intelijen militer Ukraina Kyrylo Budanov mengatakan, 11.000 tentara Korut tengah berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kyrylo Budanov, kepala intelijen militer Ukraina, mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    ("Sergei Shoigu, Kepala intelijen militer Ukraina, tiba di Pyongyang.", "2025-07-01", [(1, "contradiction")]),
    ("Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang.", "2025-07-01", [(1, "contradiction")]),
    ("Presiden Korut Kim Jong-un menghadiri upacara pemulangan jenazah tentara.", "2025-07-01", [(1, "spelling")]),
    ("Vladimir Poetin menyambut Kim di Vladivostok.", "2025-07-01", [(1, "spelling")]),
    # quotes
    ('"Sekitar 15.000 tentara Korea Utara sudah berada di Rusia," kata seorang pejabat AS.', "2025-07-01", []),
    (
        '"Sekitar 15.000 tentara Korea Utara sudah berada di Rusia," ujar seorang pejabat.',
        "2025-07-01",
        [(1, "unattributed")],
    ),
    ("“Kami memperkirakan 11.000 tentara Korea Utara berlatih di Rusia timur,” kata Budanov.", "2024-11-01", []),
    # pronouns across sentences
    (
        "Kyrylo Budanov memberikan keterangan di Kyiv. Ia mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Badan Intelijen Nasional Korea Selatan menggelar pengarahan tertutup. Menurutnya, sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [],
    ),
    # contradictions
    ("Menurut NIS, sekitar 2.000 tentara Korea Utara telah dikirim ke Rusia.", "2024-11-01", [(1, "contradiction")]),
    ("Korea Utara telah mengirim 12 ribu tentara ke Rusia, kata Budanov.", "2024-11-01", [(1, "unverified")]),
    (
        "Menurut intelijen Korea Selatan, Korea Utara telah memasok lebih dari 20 juta peluru artileri ke Rusia.",
        "2025-07-01",
        [(1, "contradiction")],
    ),
    ("Shoigu mengatakan Pyongyang akan mengirim 2.000 sapper ke Kursk.", "2025-07-01", [(1, "contradiction")]),
    (
        "Menurut Shoigu, Korea Utara akan mengirim seribu penjinak ranjau dan lima ribu pekerja konstruksi militer ke Kursk.",
        "2025-07-01",
        [],
    ),
    (
        "Sekitar 15.000 pekerja konstruksi militer akan dikirim ke Kursk, kata Shoigu.",
        "2025-07-01",
        [(1, "contradiction")],
    ),
    ("Menurut Shoigu, 15.000 pekerja Korut dikirim ke Rusia.", "2025-07-01", [(1, "misattribution")]),
    ("NIS juga mengungkapkan 15.000 pekerja Korea Utara telah dikirim ke Rusia.", "2025-07-01", []),
    # dates
    ("Perjanjian pertahanan Rusia-Korea Utara diteken pada Juni 2024.", "2025-07-01", []),
    ("Kim dan Putin meneken pakta pertahanan pada 19 Juni 2024 di Pyongyang.", "2025-07-01", []),
    ("Pakta pertahanan itu ditandatangani tahun lalu.", "2025-07-01", []),
    ("Pakta pertahanan itu ditandatangani dua tahun lalu.", "2025-07-01", [(1, "contradiction")]),
    # a weekday "lalu" is a day before the draft's date: not the treaty's June 2024
    ("Perjanjian pertahanan kedua negara ditandatangani Selasa lalu.", "2025-07-01", [(1, "contradiction")]),
    ("Perjanjian pertahanan kedua negara ditandatangani Rabu lalu.", "2024-06-20", []),
    ("Pakta pertahanan kedua negara ditandatangani pada pertengahan 2024.", "2025-07-01", []),
    ("Rusia menginvasi Ukraina pada Februari 2022.", "2025-07-01", []),
    ("Invasi Rusia ke Ukraina dimulai pada 24 Februari 2023.", "2025-07-01", [(1, "contradiction")]),
    ("Shoigu mengumumkan pengiriman 1.000 penjinak ranjau pada Selasa (17/6).", "2025-06-20", []),
    ("Shoigu mengumumkan pengiriman 1.000 penjinak ranjau pada Senin (17/6).", "2025-06-20", [(1, "date-mismatch")]),
    ("Shoigu mengumumkan bantuan pekerja konstruksi itu pada 16 Juni 2025.", "2025-07-01", [(1, "contradiction")]),
    (
        "Shoigu mengumumkan rencana pengiriman penjinak ranjau pada Rabu, 17 Juni 2025.",
        "2025-07-01",
        [(1, "date-mismatch")],
    ),
    ("Shoigu pekan lalu mengumumkan pengiriman pekerja konstruksi militer ke Kursk.", "2025-06-24", []),
    ("KCNA mengonfirmasi kerja sama dengan Rusia soal Kursk pada Rabu (18/6).", "2025-06-20", []),
    ("KCNA mengonfirmasi kerja sama dengan Rusia soal Kursk pada Kamis (19/6).", "2025-06-20", [(1, "contradiction")]),
    ("Pasukan Korea Utara ditarik dari Kursk pada pertengahan Januari 2025.", "2025-07-01", []),
    ("Pasukan Korut ditarik dari garis depan Kursk pada Maret 2025.", "2025-07-01", [(1, "contradiction")]),
    ("Pada 28/4/2025, Korea Utara mengakui telah mengirim pasukan ke Kursk.", "2025-07-01", []),
    ("Korea Utara baru mengakui pengiriman pasukan ke Kursk pada awal Mei 2025.", "2025-07-01", [(1, "contradiction")]),
    ("Delegasi militer senior Korea Utara bertolak ke Moskow pada Rabu (30/7).", "2025-08-01", []),
    ("Latihan udara trilateral Korsel, AS, dan Jepang digelar pada 18 Juni 2025.", "2025-07-01", []),
    (
        "Latihan udara trilateral Korsel, AS, dan Jepang digelar pada Jumat (20/6/2025).",
        "2025-07-01",
        [],  # exercises recur: another date may be another exercise
    ),
    ("Pasukan Korea Utara ditarik dari Kursk pada awal tahun ini.", "2025-03-01", []),
    ("Perjanjian pertahanan kedua negara ditandatangani pada awal tahun ini.", "2025-07-01", [(1, "contradiction")]),
    ("Pertemuan itu digelar pada Rabu (31/6).", "2025-07-01", [(1, "date-mismatch")]),
    # headlines and lists
    ("15.000 Tentara Korea Utara Dikerahkan ke Rusia", "2025-07-01", []),
    # an unsourced figure no record has: a headline states it, nothing to judge it by
    ("Korut Kirim 25.000 Tentara ke Rusia", "2025-07-01", []),
    ("## Korut Kirim 15 Ribu Tentara ke Rusia", "2025-07-01", []),
    # headlines credit with the bare verb: "X Sebut", "X Ungkap", "X Perkirakan"
    ("# Shoigu Sebut 15.000 Tentara Korea Utara di Rusia", "2025-07-01", [(1, "misattribution")]),
    ("# Budanov Sebut 11.000 Tentara Korea Utara Dikerahkan ke Rusia", "2024-11-01", []),
    ("## Korsel, AS, dan Ukraina Perkirakan 15.000 Tentara Korut di Rusia", "2025-07-01", []),
    ("## Rusia Akui 600 Tentara Korea Utara Tewas", "2025-07-01", [(1, "misattribution")]),
    ("Shoigu sebut 15.000 tentara Korea Utara berada di Rusia.", "2025-07-01", [(1, "misattribution")]),
    # "sebut saja" (say, for instance) credits nobody
    ("Sebut saja 15.000 tentara Korea Utara, jumlah yang tidak kecil.", "2025-07-01", [(1, "unattributed")]),
    ("Kim Jong-Un Kirim Ribuan Tentara ke Rusia", "2025-07-01", [(1, "spelling")]),
    (
        "- Sekitar 15.000 tentara Korea Utara dikerahkan ke Rusia, menurut penilaian Korsel, AS, dan Ukraina.\n- 1.000 penjinak ranjau akan dikirim ke Kursk, kata Shoigu.",
        "2025-07-01",
        [],
    ),
    (
        "- Sekitar 15.000 tentara Korea Utara dikerahkan ke Rusia (penilaian Korea Selatan, AS, dan Ukraina).",
        "2025-07-01",
        [],
    ),
    # outdated figures, and dated history that is not
    ("Korea Utara telah mengirim lebih dari 10.000 tentara ke Rusia, menurut NIS.", "2025-07-01", [(1, "outdated")]),
    ("Menurut NIS, sekitar 1.500 tentara Korut berada di Rusia.", "2025-03-01", [(1, "outdated")]),
    ("Pada Oktober 2024, NIS menyebut sekitar 1.500 tentara Korut telah dikirim ke Rusia.", "2025-07-01", []),
    ("Lebih dari 10.000 tentara Korea Utara dikerahkan, kata NIS, Kamis (27/2).", "2025-03-01", []),
    ("Menurut NIS, 10.000 lebih tentara Korea Utara telah dikerahkan ke Rusia sejak tahun lalu.", "2025-03-01", []),
    # other things that must stay clean
    ("Sebanyak 3.000 tentara Ukraina tewas dalam pertempuran di Kursk.", "2025-07-01", []),
    ("Rusia mengerahkan 50.000 tentara ke Kursk untuk merebut kembali wilayah itu.", "2025-07-01", []),
    ("Amerika Serikat menempatkan 28.500 tentara di Korea Selatan.", "2025-07-01", []),
    ("Sebanyak 28.500 tentara AS ditempatkan di Korea Selatan.", "2025-07-01", []),
    ("Harga beras naik menjadi Rp 15.000 per kilogram.", "2025-07-01", []),
    ("Sekitar 15.000 warga sipil mengungsi dari Kursk.", "2025-07-01", []),
    ("Serangan rudal itu menewaskan 12 warga sipil di Kharkiv.", "2025-07-01", []),
    ("Sebanyak 45 persen responden mendukung bantuan militer untuk Ukraina.", "2025-07-01", []),
    ("Hubungi redaksi di 021-5551234 atau datang ke Jl. Merdeka No. 15, Jakarta.", "2025-07-01", []),
    ("Konferensi pers digelar pukul 10.00 WIB di Gedung Merdeka lantai 3.", "2025-07-01", []),
    ("Pada 2023, Korea Utara meluncurkan 30 rudal balistik.", "2025-07-01", []),
    ("Rusia kehilangan lebih dari 600 tank di Ukraina.", "2025-07-01", []),
    ("Sekitar 10.000 orang menghadiri unjuk rasa di Seoul.", "2025-07-01", []),
    ("Kim Jong Un berusia 41 tahun.", "2025-07-01", []),
    ("Belasan ribu tentara Korut dikirim ke Rusia.", "2025-07-01", []),
    # misc attribution
    ("Berdasarkan data NIS, sekitar 600 tentara Korea Utara tewas.", "2025-07-01", []),
    ("Data intelijen Korsel menunjukkan sekitar 600 tentara Korut tewas di Kursk.", "2025-07-01", []),
    ("Dokumen itu menyebut sekitar 15.000 tentara Korut berada di Rusia.", "2025-07-01", [(1, "unattributed")]),
    ("Seperti dilansir Yonhap, NIS menyatakan sekitar 600 tentara Korea Utara tewas.", "2025-07-01", []),
    (
        "Menurut sumber intelijen, sekitar 15.000 tentara Korut kini berada di Rusia.",
        "2025-07-01",
        [(1, "unattributed")],
    ),
    (
        "Menurut seorang pejabat Korea Selatan yang tidak mau disebutkan namanya, sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [],
    ),
    ("NIS: Sekitar 600 tentara Korea Utara tewas di Kursk.", "2025-07-01", []),
    ("Menurut NIS, enam ratus tentara Korea Utara tewas.", "2025-07-01", []),
    ("Menurut NIS, 1,5 ribu tentara Korut telah dikirim ke Rusia.", "2024-11-01", []),
    (
        "Menurut NIS, sekitar 600 tentara Korut tewas.\n\nNIS kemudian menyebut sekitar 700 tentara Korut tewas.",
        "2025-07-01",
        [(3, "unverified"), (3, "inconsistent")],
    ),
    (
        "Badan Intelijen Nasional Korea Selatan dalam pengarahan tertutup pada Rabu (30/4) mengatakan sekitar 600 tentara Korut tewas.",
        "2025-05-02",
        [],
    ),
    (
        "Dalam tayangan itu, hanya delapan peti mati yang ditampilkan.",
        "2025-07-01",
        [(1, "contradiction"), (1, "unattributed")],
    ),
    ("Sebanyak 600 prajurit Korut gugur di Kursk.", "2025-07-01", [(1, "unattributed")]),
    # qualifiers and numbers written in other ways
    ("Menurut NIS, sedikitnya 600 tentara Korut tewas di Kursk.", "2025-07-01", []),
    ("Menurut NIS, kurang lebih 1.500 tentara Korea Utara telah dikirim ke Rusia.", "2024-11-01", []),
    ("Menurut NIS, hampir 1.500 tentara Korea Utara telah dikirim ke Rusia.", "2024-11-01", []),
    ("Menurut Budanov, hampir 11 ribu tentara Korea Utara berlatih di Rusia timur.", "2024-11-01", []),
    ("Menurut NIS, lebih dari 10 juta butir peluru artileri telah dipasok Korea Utara ke Rusia.", "2025-07-01", []),
    ("Menurut NIS, Pyongyang telah mengirim sekitar 1,5 ribu tentara ke Rusia.", "2024-11-01", []),
    ("Menurut NIS, sekitar seribu lima ratus tentara Korea Utara dikirim ke Rusia.", "2024-11-01", []),
    ("NIS memperkirakan sekitar 1.500-an tentara Korea Utara telah tiba di Rusia.", "2024-11-01", []),
    ("Sekitar 1.500-an tentara Korea Utara telah tiba di Rusia.", "2024-11-01", [(1, "unattributed")]),
    # more date forms
    ("Perjanjian pertahanan itu diteken Juni lalu.", "2025-07-01", [(1, "contradiction")]),
    ("Shoigu mengumumkan pengiriman penjinak ranjau pada 17 Juni lalu.", "2025-07-01", []),
    ("Shoigu mengumumkan pengiriman penjinak ranjau pada awal Juni 2025.", "2025-07-01", []),
    ("Shoigu mengumumkan pengiriman penjinak ranjau pada Selasa, 17/6/2025.", "2025-07-01", []),
    ("Shoigu mengumumkan pengiriman penjinak ranjau pada Selasa (17/6/25).", "2025-07-01", []),
    (
        "Shoigu pekan lalu mengumumkan pengiriman pekerja konstruksi militer ke Kursk.",
        "2025-07-10",
        [(1, "contradiction")],
    ),
    ("Shoigu mengumumkan pengiriman penjinak ranjau bulan lalu.", "2025-07-15", []),
    ("Rusia menginvasi Ukraina tiga tahun lalu.", "2025-03-10", []),
    ("Invasi skala penuh Rusia ke Ukraina dimulai pada 24/2/2022.", "2025-07-01", []),
    ("NIS menggelar pengarahan tertutup pada 30 April 2025.", "2025-07-01", []),
    # briefings recur: another date may be another briefing
    ("NIS menggelar pengarahan tertutup pada 29 April 2025.", "2025-07-01", []),
    ("Kementerian Luar Negeri Korea Selatan menyatakan kekhawatiran serius pada Kamis (19/6).", "2025-06-20", []),
    (
        "Kementerian Luar Negeri Korea Selatan menyatakan kekhawatiran serius pada Jumat (20/6).",
        "2025-06-20",
        [],  # it voices concern again and again: another date may be another time
    ),
    ("Pertemuan itu berlangsung pada Selasa (17/6) pukul 14.30 waktu setempat.", "2025-06-20", []),
    # more attribution: relays, "X itu", colons, estimates
    ("Sekitar 600 tentara Korea Utara tewas, seperti dilaporkan kantor berita Yonhap.", "2025-07-01", []),
    ("Menurut laporan yang dikutip Yonhap, NIS memperkirakan sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    (
        "Menurut Korea Selatan, AS, dan Ukraina, sekitar 15.000 tentara Korut dikerahkan.\n\nPenilaian itu menyebut sebagian besar dari 15.000 tentara itu berada di Kursk.",
        "2025-07-01",
        [],
    ),
    ("Pejabat itu mengatakan sekitar 600 tentara Korut tewas.", "2025-07-01", [(1, "unattributed")]),
    (
        "Menurut Budanov, 11.000 tentara Korut berlatih di Rusia timur. Pejabat itu juga mengatakan sekitar 600 tentara Korut tewas.",
        "2025-07-01",  # NIS's 600 dead is from April 2025: before it, no record says who gave it
        [(1, "misattribution"), (1, "outdated")],
    ),
    ("Intelijen Korsel: 600 Tentara Korut Tewas di Kursk", "2025-07-01", []),
    ("Shoigu: 15.000 Tentara Korut Sudah di Rusia", "2025-07-01", [(1, "misattribution")]),
    ("Kata NIS, sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    ("Sekitar 600 tentara Korut tewas, tulis NIS dalam laporannya.", "2025-07-01", []),
    ("Pentagon memperkirakan sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-07-01", []),
    ("Gedung Putih menyebut sekitar 600 tentara Korea Utara tewas.", "2025-07-01", [(1, "misattribution")]),
    ("Menurut NIS, yang mengutip sumber di Moskow, sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    ("Sekitar 600 tentara Korut tewas, papar NIS kepada anggota parlemen.", "2025-07-01", []),
    ("Sekitar 600 tentara Korut tewas, menurut perkiraan NIS.", "2025-07-01", []),
    ("Perkiraan NIS menyebut sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    ("Video itu menunjukkan sekitar 600 tentara Korut tewas.", "2025-07-01", [(1, "unattributed")]),
    ("Citra satelit menunjukkan sekitar 15.000 tentara Korut berada di Rusia.", "2025-07-01", [(1, "unattributed")]),
    # more sentences about other things that must stay clean
    ("Pada 1950-an, Tiongkok mengerahkan sekitar 1 juta tentara ke Semenanjung Korea.", "2025-07-01", []),
    ("Sebanyak 28.500 tentara Amerika ditempatkan di Korea Selatan.", "2025-07-01", []),
    ("Rusia kehilangan sekitar 3.000 tentara di Kursk, menurut Ukraina.", "2025-07-01", []),
    ("Korea Selatan menempatkan 500.000 tentara aktif di perbatasan.", "2025-07-01", []),
    ("Nilai ekspor Korea Utara ke Rusia mencapai US$ 20 juta pada 2024.", "2025-07-01", []),
    ("Inflasi Rusia mencapai 10 persen tahun ini.", "2025-07-01", []),
    ("Acara dimulai pukul 19.00 WIB dan berakhir pukul 21.30.", "2025-07-01", []),
    ("Kantor redaksi berada di Jalan Gatot Subroto Kav. 52, Jakarta Selatan 12710.", "2025-07-01", []),
    ("Hubungi 0812-3456-7890 untuk informasi lebih lanjut.", "2025-07-01", []),
    ("Sebanyak 2 orang tewas dan 15 lainnya luka-luka dalam serangan drone di Kyiv.", "2025-07-01", []),
    # a measure the seeds never gave a figure for (captured, wounded): nothing to judge it by
    ("Ukraina menangkap dua tentara Korea Utara di Kursk, kata Presiden Volodymyr Zelensky.", "2025-07-01", []),
    # cues after the clause, "jumlah X ... N orang", subjects that own the figure, pronouns, "-an", years after a day
    ("NIS Ungkap 600 Tentara Korut Tewas di Kursk", "2025-07-01", []),
    ("Catatan: sebagian data belum diverifikasi secara independen.", "2025-07-01", []),
    ('"Sekitar 600 tentara Korut tewas," ungkap seorang pejabat NIS.', "2025-07-01", []),
    ("Korut telah mengirim 15.000 tentara ke Rusia, klaim Shoigu.", "2025-07-01", [(1, "misattribution")]),
    ("Sekitar 600 tentara Korut tewas, sebut laporan itu.", "2025-07-01", [(1, "unattributed")]),
    ("Sekitar 600 tentara Korea Utara tewas, tambah NIS.", "2025-07-01", []),
    ("Jumlah tentara Korut yang tewas mencapai 700 orang, menurut NIS.", "2025-07-01", [(1, "unverified")]),
    ("Jumlah tentara Korut yang tewas mencapai 600 orang.", "2025-07-01", [(1, "unattributed")]),
    ("Jumlah pekerja Korea Utara di Rusia mencapai 15.000, menurut NIS.", "2025-07-01", []),
    ("Jumlah tentara Rusia yang tewas di Kursk mencapai 3.000 orang.", "2025-07-01", []),
    ("Jumlah tentara Korut yang dikirim belum diketahui, tetapi 20 tank juga dikirim.", "2025-07-01", []),
    ("Jumlah tentara Korut yang tewas naik 30 persen.", "2025-07-01", []),
    ("Korut kehilangan sekitar 600 tentara di Kursk, menurut NIS.", "2025-07-01", []),
    (
        "Pyongyang telah mengirim sekitar 15.000 tentara ke Rusia, menurut penilaian Korsel, AS, dan Ukraina.",
        "2025-07-01",
        [],
    ),
    ("Ukraina mengerahkan 5.000 tentara ke Kursk.", "2025-07-01", []),
    ("Rusia menempatkan sekitar 11.000 tentara Korea Utara di Kursk, kata Budanov.", "2024-11-01", []),
    (
        "Di Kyiv, Budanov memberikan keterangan pers. Ia menyebut 11.000 tentara Korut berlatih di Rusia timur.",
        "2024-11-01",
        [],
    ),
    (
        "Kim Jong Un mengunjungi akademi militer. Ia mengatakan 600 tentara Korut gugur sebagai pahlawan.",
        "2025-07-01",
        [(1, "misattribution")],
    ),
    (
        "NIS merilis laporan terbaru pada Rabu.\n\nLaporan tersebut menyebutkan sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [],
    ),
    ("Laporan tersebut menyebutkan sekitar 600 tentara Korut tewas.", "2025-07-01", [(1, "unattributed")]),
    ("Oleh karena itu, pejabat mengatakan sekitar 600 tentara Korut tewas.", "2025-07-01", [(1, "unattributed")]),
    ("Selain itu, NIS menyebut sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    ("Sekitar 600-an tentara Korut tewas, kata NIS.", "2025-07-01", []),
    ("Pada tahun 1990-an, Korea Utara dilanda kelaparan hebat.", "2025-07-01", []),
    ("Sekitar 10 ribuan tentara Korut dikirim ke Rusia, kata NIS.", "2025-03-01", []),
    ("Sekitar 10 ribuan tentara Korut kini berada di Rusia.", "2025-03-01", [(1, "unattributed")]),
    ("Shoigu mengumumkan pengiriman penjinak ranjau pada 17 Jun 2025.", "2025-07-01", []),
    ("Shoigu mengumumkan pengiriman penjinak ranjau pada tanggal 16 Juni.", "2025-06-20", [(1, "contradiction")]),
    ("Pakta pertahanan ditandatangani pada 19 Juni tahun lalu.", "2025-07-01", []),
    ("Pakta pertahanan ditandatangani pada Juni tahun lalu.", "2025-07-01", []),
    ("Pakta pertahanan ditandatangani pada 19 Juni 2024 lalu.", "2025-07-01", []),
    ("Menurut NIS, sekitar 600 tentara Korea Utara tewas dan 2.000 lainnya terluka.", "2025-07-01", []),
    ("Sekitar 600 tentara Korea Utara tewas dan sekitar 2.000 tentara terluka, menurut NIS.", "2025-07-01", []),
    # a body the story does not know, with a round figure a known source gave days before: it
    # may well have said it too; not a misattribution (that takes the very occasion of the record)
    ("Kementerian Pertahanan Inggris memperkirakan 11.000 tentara Korea Utara berada di Kursk.", "2024-11-01", []),
    ("Menurut data Badan Intelijen Nasional (NIS) Korea Selatan, sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    (
        "Sekretaris Dewan Keamanan Rusia Sergei Shoigu mengatakan 1.000 sapper dan 5.000 pekerja konstruksi militer akan dikirim ke Kursk.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut Shoigu, Korut akan mengirim 1.000 sapper dan 5.000 pekerja konstruksi, atau total 6.000 personel.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut Shoigu, Korut akan mengirim 1.000 sapper dan 5.000 pekerja konstruksi, atau total 7.000 personel.",
        "2025-07-01",
        [(1, "inconsistent")],  # (it contradicts Shoigu's 6.000 too: one finding on one span)
    ),
    ("Korea Utara: Pasukan Kami Bantu Rusia Usir Ukraina dari Kursk", "2025-07-01", []),
    (
        "Lebih dari 10 juta peluru artileri dan rudal telah dikirim Korut ke Rusia, menurut laporan intelijen Korsel.",
        "2025-07-01",
        [],
    ),
    ("Menurut Kremlin, Korut mengirim 10 juta peluru artileri.", "2025-07-01", [(1, "misattribution")]),
    (
        "Menurut laporan intelijen Korea Selatan, Korea Utara telah mengirimkan lebih dari sepuluh juta peluru artileri dan rudal ke Rusia.",
        "2025-07-01",
        [],
    ),
    # other people's names, repeated figures, outdated ones, numbers in headlines, weekdays
    ("Kim Yo Jong, adik Kim Jong Un, mengecam latihan militer itu.", "2025-07-01", []),
    ("Kim Jong-il meninggal pada 2011.", "2025-07-01", []),
    ("Sergey Shoigu tiba di Pyongyang pada Selasa (17/6).", "2025-06-20", [(1, "spelling")]),
    ("Kyrylo Budanow mengatakan 11.000 tentara Korut berlatih di Rusia timur.", "2024-11-01", [(1, "spelling")]),
    ("Menurut Kepala BIN, situasi di Semenanjung Korea perlu dicermati.", "2025-07-01", []),
    (
        "Menurut NIS, sekitar 600 tentara Korut tewas.\n\nNIS juga menyebut 600 tentara Korea Utara tewas di Kursk.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut NIS, sekitar 600 tentara Korut tewas.\n\nBudanov menyebut 1.000 tentara Korut tewas.",
        "2025-07-01",
        [(3, "unverified")],
    ),
    ("Menurut NIS, sekitar 1.500 tentara Korea Utara telah tiba di Rusia per Oktober 2024.", "2025-07-01", []),
    (
        "NIS, dalam laporan terbarunya, memperkirakan lebih dari 10.000 tentara Korut telah dikerahkan ke Rusia.",
        "2025-03-15",
        [],
    ),
    (
        "NIS, dalam laporan terbarunya, memperkirakan lebih dari 10.000 tentara Korut telah dikerahkan ke Rusia.",
        "2025-07-01",
        [(1, "outdated")],
    ),
    ("Budanov mengatakan saat ini ada 11.000 tentara Korut di Rusia timur.", "2025-07-01", [(1, "outdated")]),
    ("Sebelas ribu tentara Korea Utara berlatih di Rusia timur, ujar Budanov, Selasa (22/10/2024).", "2025-07-01", []),
    ("Korut Kirim Seribu Penjinak Ranjau ke Kursk", "2025-07-01", []),
    ("Korut Kirim Dua Ribu Penjinak Ranjau ke Kursk", "2025-07-01", [(1, "contradiction")]),
    ("Pada Senin (30/6/2025), Ukraina mengklaim telah menembak jatuh 12 drone Rusia.", "2025-07-01", []),
    (
        "Pada Selasa (30/6/2025), Ukraina mengklaim telah menembak jatuh 12 drone Rusia.",
        "2025-07-01",
        [(1, "date-mismatch")],
    ),
    ("Invasi Rusia ke Ukraina yang dimulai Februari tiga tahun lalu belum berakhir.", "2025-03-01", []),
    ("Sejumlah 600 tentara Korut tewas, menurut NIS.", "2025-07-01", []),
    ("Menurut NIS, tak kurang dari 600 tentara Korut tewas.", "2025-07-01", []),
    ("Seorang tentara Korea Utara yang ditangkap mengaku dikirim ke Rusia pada November 2024.", "2025-07-01", []),
    ("Harga gas di Seoul naik menjadi 2.000 won per liter.", "2025-07-01", []),
    (
        "Sebanyak 1.200 personel militer Korut telah tiba di Vladivostok, menurut laporan kantor berita Yonhap.",
        "2025-07-01",
        [(1, "unverified")],
    ),
    # a name after 'terhadap' is the topic, not the source; a news agency alone relays
    ("Penilaian terhadap Korea Utara menyebut sekitar 600 tentaranya tewas, menurut NIS.", "2025-07-01", []),
    (
        "Perkiraan terhadap kekuatan Korea Utara menunjukkan 15.000 tentara Korut berada di Rusia.",
        "2025-07-01",
        [(1, "unattributed")],
    ),
    ("Sekitar 15.000 tentara Korut berada di Rusia, menurut perkiraan Pentagon.", "2025-07-01", []),
    ("Menurut AFP, sekitar 600 tentara Korut tewas.", "2025-07-01", []),
    # a bare noun for a source named before points back to it; an anonymous one does not
    (
        "Menurut NIS, Pyongyang menambah pasukannya.\n\nDinas intelijen menyebut sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [],
    ),
    (
        "Badan Intelijen Nasional Korea Selatan menggelar rapat tertutup.\n\n"
        "Berdasarkan analisis intelijen, sekitar 600 tentara Korea Utara tewas.",
        "2025-07-01",
        [],
    ),
    (
        "Menurut NIS, Pyongyang menambah pasukannya.\n\nMenurut pejabat, sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [(3, "unattributed")],
    ),
    (
        "Seorang sumber intelijen menyebut Pyongyang menambah pasukannya.\n\n"
        "Menurut intelijen, sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [(3, "unattributed")],
    ),
    (
        "Menurut Budanov, Pyongyang menambah pasukannya.\n\nMenurut intelijen, sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [(3, "unattributed")],
    ),
    # a few soldiers of one incident are not the deployment, nor the dead of the war
    ("Insiden itu dilaporkan melibatkan tiga personel militer Korea Utara.", "2025-01-24", []),
    ("Dua tentara Korea Utara tewas dalam serangan drone di Kursk pekan lalu.", "2025-01-24", []),
    ("Sebuah unit berisi 40 tentara Korut disebut menyerbu desa itu.", "2025-01-24", []),
    ("Sekitar 300 tentara Korea Utara tewas dalam pertempuran di Kursk.", "2025-01-24", [(1, "unattributed")]),
    # a sentence opening on a noun for the event before it, pointing back, dates that event
    (
        "Korea Utara akhirnya mengakui telah mengirim pasukan ke Kursk. Pengumuman itu disiarkan KCNA pada Senin (28/4/2025).",
        "2025-05-02",
        [],
    ),
    (
        "Korea Utara akhirnya mengakui telah mengirim pasukan ke Kursk. Pengakuan resmi tersebut disiarkan KCNA pada 26 April 2025.",
        "2025-05-02",
        [(1, "contradiction")],
    ),
    (
        "Putin dan Kim Jong Un meneken perjanjian pertahanan bersama di Pyongyang.\n\n"
        "Penandatanganan itu berlangsung pada Juni 2023, saat Putin berkunjung.",
        "2025-05-02",
        [(3, "contradiction")],
    ),
    (
        "Korea Utara akhirnya mengakui telah mengirim pasukan ke Kursk. Kota itu direbut kembali pada 26 April 2025.",
        "2025-05-02",
        [],
    ),
    (
        "Pada 28 April 2025, Korea Utara mengakui telah mengirim pasukan ke Kursk. Pengakuan itu diulang KCNA pada 30 April 2025.",
        "2025-05-02",
        [],
    ),
    # a total in the sentence after its parts, when they count what the total is made of
    (
        "Menurut NIS, sekitar 300 tentara Korea Utara tewas dan 2.700 lainnya terluka.\n"
        "Dengan demikian, total korban di pihak Korut mencapai 3.300 orang.",
        "2025-01-15",
        [(1, "unverified"), (2, "inconsistent")],
    ),
    (
        "Menurut NIS, sekitar 300 tentara Korea Utara tewas dan 2.700 lainnya terluka.\n"
        "Dengan demikian, total korban di pihak Korut mencapai 3.000 orang.",
        "2025-01-15",
        [(1, "unverified")],
    ),
    (
        "Menurut NIS, sekitar 300 tentara Korea Utara tewas dan 2.700 lainnya terluka.\n"
        "Secara keseluruhan, Korea Utara telah mengirim 12.000 tentara ke Rusia, kata NIS.",
        "2025-01-15",
        [(1, "unverified"), (2, "unverified")],
    ),
    # the country after a body is the body's: the body is the subject
    (
        "Badan Intelijen Nasional (NIS) Korea Selatan memperkirakan sekitar 600 tentara Korut tewas.",
        "2025-07-01",
        [],
    ),
    # a count over a year is no figure of one day's record; a month's may be
    (
        "Menurut NIS, Pyongyang mengirim sekitar 3.000 tentara ke Rusia sepanjang 2024.",
        "2025-05-30",
        [(1, "unverified")],
    ),
    (
        "Menurut NIS, Pyongyang mengirim sekitar 3.000 tentara ke Rusia pada Oktober 2024.",
        "2025-05-30",
        [(1, "contradiction")],
    ),
    # "N lainnya": more beside the figure before, not another count of it
    (
        "Menurut NIS, Pyongyang mengirim lebih dari 10.000 tentara dan sekitar 3.000 lainnya menyusul tahun ini.",
        "2025-03-01",
        [],
    ),
    (
        "Menurut Zelensky, sekitar 3.000 prajurit Korut sudah berada di Rusia, sementara 9.000 lainnya akan menyusul.",
        "2024-10-30",
        [(1, "unverified")],
    ),
    # a dateline is where and by whom the story was filed, not who says what
    (
        "SEOUL, Kompas.com - Sebuah tim pemantau sanksi merilis laporan pertamanya pada Kamis.\n\n"
        "Menurut laporan itu, sekitar 2.000 tentara Korea Utara dikirim ke Rusia.",
        "2025-05-30",
        [(3, "unattributed")],
    ),
    ("SEOUL - Sekitar 600 tentara Korea Utara tewas, kata NIS.", "2025-07-01", []),
    # an office a person of the story is given, checked against its holder on the draft's date
    ("Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang.", "2025-06-19", [(1, "contradiction")]),
    ("Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang.", "2023-07-26", []),
    ("Mantan Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang.", "2025-06-19", []),
    ("Sergei Shoigu, mantan Menteri Pertahanan Rusia, tiba di Pyongyang.", "2025-06-19", []),
    ("Sekretaris Dewan Keamanan Rusia Sergei Shoigu tiba di Pyongyang.", "2025-06-19", []),
    ("Sekretaris Dewan Keamanan Rusia Sergei Shoigu tiba di Pyongyang.", "2023-07-26", [(1, "contradiction")]),
    ("Perdana Menteri Rusia Vladimir Putin menerima Kim Jong Un di Moskow.", "2024-06-19", [(1, "contradiction")]),
    ("Presiden Rusia Vladimir Putin menerima Kim Jong Un di Pyongyang.", "2024-06-19", []),
    ("Menteri Pertahanan Ukraina Kyrylo Budanov berbicara di Kyiv.", "2025-02-05", [(1, "contradiction")]),
    (
        "Kyrylo Budanov, Kepala Staf Umum Angkatan Bersenjata Ukraina, berbicara di Kyiv.",
        "2025-12-19",
        [(1, "contradiction")],
    ),
    ("Kyrylo Budanov, kepala intelijen militer Ukraina, berbicara di Kyiv.", "2025-02-05", []),
    ("Perdana Menteri Jepang Shigeru Ishiba menyuarakan keprihatinan.", "2025-06-19", []),
    ("Perdana Menteri Jepang Shigeru Ishiba menyuarakan keprihatinan.", "2026-02-01", [(1, "contradiction")]),
    # an affiliation: another person's in the seeds, or not the person's own
    (
        "Ron Huisken, pakar strategi dari Universitas Sydney, menilai hal itu wajar.",
        "2024-10-22",
        [(1, "contradiction")],
    ),
    (
        "Ron Huisken, ahli strategi dari Universitas Nasional Australia, menilai hal itu wajar.",
        "2024-10-22",
        [],
    ),
    ("Ron Huisken, seorang pakar strategi, menilai hal itu wajar.", "2024-10-22", []),
    ("Yakov Zinberg, pengamat asal Jepang, menilai hal itu wajar.", "2024-10-22", []),
    ("Olga Boichak, akademisi dari Universitas Sydney, menilai hal itu wajar.", "2024-10-22", []),
    # a place and a time after a name, or a byline under a headline, is no affiliation
    ("Shoigu tiba usai bertemu Kim Jong Un di Pyongyang pada Selasa (17/6).", "2025-06-19", []),
    ("Perjanjian itu diteken Putin dan Kim di Pyongyang pada Juni lalu.", "2025-06-19", []),
    ("Kim Jong Un di Garis Depan\nPenulis Redaksi\n\nIsi berita.", "2025-06-19", []),
    ("Putin Berterima Kasih saat Bertemu Kim di Beijing\n\nBEIJING - Isi berita.", "2025-09-04", []),
    (
        "Ron Huisken dari Universitas Sydney menilai hal itu wajar.",
        "2024-10-22",
        [(1, "contradiction")],
    ),
    # a group counted again as all of it ("ketiga") is the group counted before
    (
        "Ukraina menangkap dua tentara Korea Utara di Kursk, kata Zelensky.\n\nKetiga tawanan itu kini ditahan di Kyiv.",
        "2025-01-20",
        [(3, "inconsistent")],
    ),
    (
        "Ukraina menangkap dua tentara Korea Utara di Kursk, kata Zelensky.\n\nKedua tawanan itu kini ditahan di Kyiv.",
        "2025-01-20",
        [],
    ),
    (
        "Ukraina menangkap dua tentara Korea Utara di Kursk, kata Zelensky.\n\nKedua negara membahas pertukaran tawanan.",
        "2025-01-20",
        [],
    ),
    (
        "Ukraina menangkap dua tentara Korea Utara di Kursk, kata Zelensky. Ini penangkapan ketiga sejak Desember.",
        "2025-01-20",
        [],
    ),
    # a prefix cue before a figure names no one; the verb before it has the subject
    ("Pada Senin, NIS menyampaikan taksiran 600 tentara Korut tewas.", "2025-05-01", []),
    # a passive's agent with a title: the person the title is of
    (
        "Hal tersebut disampaikan Sekretaris Dewan Keamanan Rusia Sergei Shoigu: 1.000 sapper akan dikirim.",
        "2025-06-20",
        [],
    ),
    # a body the story does not know, whose name ends with a country it knows
    (
        "Dinas Intelijen Pertahanan Korea Selatan memperkirakan lebih dari 13 juta peluru artileri dikirim ke Rusia.",
        "2025-07-15",
        [(1, "unverified")],
    ),
    # the source's own record, dated after the draft: it may well have said it before
    ("Intelijen Barat memperkirakan sekitar 11.000 tentara Korut berada di Kursk.", "2025-02-01", []),
    # a plan told after the counted noun
    ("Menurut NIS, sekitar 25.000 tentara Korut akan dikerahkan ke Rusia.", "2024-11-01", [(1, "unverified")]),
    # "demikian X" credits the clause before it; "Dengan demikian" credits no one
    ("Sebanyak 600 tentara Korut tewas, demikian disampaikan NIS kepada parlemen.", "2025-07-01", []),
    ("Dengan demikian, 600 tentara Korut tewas.", "2025-07-01", [(1, "unattributed")]),
    # each clause of a list may open with its own source
    ("Korsel: 1.500 tentara; Budanov: 11.000 tentara.", "2024-10-25", []),
    # a name, then an aside about when, then the verb: the name is the speaker
    (
        "Menlu Rusia Sergei Lavrov, seusai bertemu Kim di Wonsan, mengumumkan 5.000 pekerja konstruksi militer "
        "akan dikirim.",
        "2025-07-12",
        [(1, "misattribution")],
    ),
    # a sentence speaking from inside what the one before told of takes its author
    (
        "NIS menggelar pengarahan tertutup di parlemen. Dalam pengarahan itu disebutkan sekitar 600 tentara Korut tewas.",
        "2025-05-01",
        [],
    ),
    (
        "Zelensky berbicara di Kyiv pada Selasa. Ia menyebut sekitar 15.000 tentara Korut telah dikerahkan ke Rusia.",
        "2025-07-01",
        [],
    ),
    # a total with its parts after it
    ("Menurut NIS, ada 3.000 korban, terdiri dari 300 tewas dan 2.500 terluka.", "2025-01-15", [(1, "inconsistent")]),
    ("Menurut NIS, ada 3.000 korban, terdiri dari 300 tewas dan 2.700 terluka.", "2025-01-15", []),
    # a scale word slipped: a thousandfold off the credited source's own record
    (
        "Menurut NIS, Korut telah mengirim lebih dari 10 ribu peluru artileri dan rudal ke Rusia.",
        "2025-07-15",
        [(1, "contradiction")],
    ),
    # a headline in title case: another's name and a verb before a name are no title
    ("Menlu Korut Choe Son Hui Bertemu Putin di Moskow", "2025-07-15", []),
]


@pytest.mark.parametrize(("draft", "date", "expected"), CASES)
def test_phrasing(lint: LintFn, draft: str, date: str, expected: list[tuple[int, str]]) -> None:
    found = sorted((f.line, f.kind) for f in lint(draft, date=date))
    assert found == sorted(expected), [f"{f.line}:{f.column} {f.kind}: {f.message}" for f in lint(draft, date=date)]
