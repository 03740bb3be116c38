"""The knowledge base: loading, the look-ups, the user's additions file, and the data
checked against an independent list of who held which office on which day."""

from __future__ import annotations

import json
from datetime import date

import pytest

from factcheck.kb import (
    KnowledgeBaseError,
    add_user_person,
    check_consistency,
    fold,
    load_kb,
    mark_different_person,
    user_file_for,
)

D = date.fromisoformat


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# -- loading ------------------------------------------------------------------------------


def test_loads_with_date_and_source(kb):
    assert kb.as_of == date(2026, 11, 1)
    assert "official" in kb.source.lower()
    assert len(kb.people) > 50 and len(kb.offices) > 10 and len(kb.terms) > 50


def test_repeated_loads_are_cached(kb):
    assert load_kb() is kb
    assert load_kb(None) is kb


def test_data_is_consistent(kb):
    assert check_consistency(kb) == []


def test_every_term_names_a_known_person_and_office_and_ends_after_it_starts(kb):
    for term in kb.terms:
        assert term.person_id in kb.people, term
        assert term.office_id in kb.offices, term
        assert term.end is None or term.start <= term.end, term
        assert term.start <= kb.as_of, term


def test_terms_of_one_office_do_not_overlap_except_documented_acting_ones(kb):
    from factcheck.kb.base import YEAR_OVERLAP_NOTE

    for office_id in kb.offices:
        terms = kb.office_terms(office_id)
        for i, first in enumerate(terms):
            for second in terms[i + 1 :]:
                if first.end is not None and first.end <= second.start:
                    continue
                if YEAR_OVERLAP_NOTE in first.note and first.end is not None:
                    # Days given only as years: the two share the handover's year, no more.
                    assert first.end.year == second.start.year, (first, second)
                    continue
                acting = first if first.acting else second if second.acting else None
                assert acting is not None, (first, second)
                assert first.note or second.note, (first, second)


def test_overlap_check_reports_an_undocumented_overlap(kb):
    from dataclasses import replace

    bad = replace(kb.terms[0], start=kb.terms[0].start, end=None, note="")
    broken = type(kb)(kb.as_of, kb.source, kb.people, kb.offices, [*kb.terms, bad])
    assert any("overlap" in p for p in check_consistency(broken))


def test_ids_are_slugs(kb):
    for key in [*kb.people, *kb.offices]:
        assert key == key.lower() and " " not in key and fold(key) == key


# -- the API --------------------------------------------------------------------------------


def test_fold_drops_accents_and_case():
    assert fold("Rodríguez PARRILLA") == "rodriguez parrilla"
    assert fold("Erdoğan") == "erdogan"
    assert fold("Díaz-Canel") == "diaz-canel"


def test_terms_of_a_person_who_held_an_office_twice_are_separate_and_sorted(kb):
    trump = [t for t in kb.terms_of("donald-trump") if t.office_id == "us-president"]
    assert [(t.start, t.end) for t in trump] == [
        (D("2017-01-20"), D("2021-01-20")),
        (D("2025-01-20"), None),
    ]
    chavez = [t for t in kb.terms_of("hugo-chavez") if t.office_id == "venezuela-president"]
    assert len(chavez) == 2 and chavez[0].end == D("2002-04-12")
    starts = [t.start for t in kb.terms_of("nicolas-maduro")]
    assert starts == sorted(starts)


def test_holders_covers_days_and_handover_days(kb):
    assert [t.person_id for t in kb.holders("us-president", D("2022-06-01"))] == ["joe-biden"]
    handover = {t.person_id for t in kb.holders("us-president", D("2025-01-20"))}
    assert handover == {"joe-biden", "donald-trump"}
    assert kb.holders("us-president", D("1900-01-01")) == []
    assert kb.holders("no-such-office", D("2020-01-01")) == []


def test_recent_facts_the_project_relies_on(kb):
    day = D("2026-02-01")
    assert _holder(kb, "venezuela-president", day) == "delcy-rodriguez"
    delcy = kb.holders("venezuela-president", day)[0]
    assert delcy.acting and delcy.start == D("2026-01-03")
    maduro = [t for t in kb.terms_of("nicolas-maduro") if t.office_id == "venezuela-president"]
    assert maduro[-1].end == D("2026-01-03")
    assert _holder(kb, "us-secretary-of-state", day) == "marco-rubio"
    assert _holder(kb, "us-vice-president", day) == "jd-vance"
    assert _holder(kb, "cuba-foreign-minister", day) == "bruno-rodriguez-parrilla"
    assert _holder(kb, "cuba-president", day) == "miguel-diaz-canel"


def test_find_person_by_name_alias_without_accents_or_case(kb):
    assert kb.find_person("Bruno Rodríguez Parrilla").id == "bruno-rodriguez-parrilla"
    assert kb.find_person("bruno rodriguez parrilla").id == "bruno-rodriguez-parrilla"
    assert kb.find_person("Nicolas  Maduro").id == "nicolas-maduro"
    assert kb.find_person("Kim Jong Un").id == "kim-jong-un"
    assert kb.find_person("Kim Jong-il").id == "kim-jong-il"
    assert kb.find_person("Bruno Rodríguez Padilla") is None


def test_kim_jong_un_and_kim_jong_il_are_different_people(kb):
    assert kb.find_person("Kim Jong-un") != kb.find_person("Kim Jong-il")
    kims = {p.id for p in kb.surname_index()["kim"]}
    assert {"kim-jong-un", "kim-jong-il", "kim-il-sung"} <= kims


def test_surname_index_covers_spanish_double_surnames(kb):
    index = kb.surname_index()
    rodriguez = {p.id for p in index["rodriguez"]}
    assert {"delcy-rodriguez", "jorge-rodriguez", "bruno-rodriguez-parrilla"} <= rodriguez
    assert [p.id for p in index["rodriguez parrilla"]] == ["bruno-rodriguez-parrilla"]
    assert "nicolas-maduro" in {p.id for p in index["maduro"]}
    assert "miguel-diaz-canel" in {p.id for p in index["diaz-canel"]}


def test_all_names_lists_every_name_and_alias(kb):
    names = kb.all_names()
    assert ("Bruno Rodríguez Parrilla", kb.people["bruno-rodriguez-parrilla"]) in names
    assert ("Kim Jong Un", kb.people["kim-jong-un"]) in names
    assert len(names) >= len(kb.people)


def test_offices_by_title(kb):
    assert [o.id for o in kb.offices_by_title("Cuban Foreign Minister")] == [
        "cuba-foreign-minister"
    ]
    assert [o.id for o in kb.offices_by_title("foreign minister of cuba")] == [
        "cuba-foreign-minister"
    ]
    presidents = {o.id for o in kb.offices_by_title("President")}
    assert {"us-president", "venezuela-president", "cuba-president"} <= presidents
    assert [o.id for o in kb.offices_by_title("President", person_id="miguel-diaz-canel")] == [
        "cuba-president"
    ]
    assert [o.id for o in kb.offices_by_title("U.S. President")] == ["us-president"]
    assert [o.id for o in kb.offices_by_title("Secretary of State", country="United States")] == [
        "us-secretary-of-state"
    ]
    assert kb.offices_by_title("Grand Vizier") == []


def test_us_presidents_are_named_by_administration(kb):
    assert kb.offices["us-president"].administration
    assert kb.offices["venezuela-president"].administration
    assert not kb.offices["uk-prime-minister"].administration
    assert set(kb.offices["us-president"].roles) == {"head_of_state", "head_of_government"}
    assert not kb.offices["us-secretary-of-state"].administration


def test_offices_of_kind_counts_every_role(kb):
    heads = {o.id for o in kb.offices_of_kind("head_of_government", "United States")}
    assert heads == {"us-president"}
    assert {o.id for o in kb.offices_of_kind("foreign_minister", "Cuba")} == {
        "cuba-foreign-minister"
    }


def test_people_of_the_seed_article_are_known(kb):
    for name in [
        "Delcy Rodríguez",
        "Jorge Rodríguez",
        "Nicolás Maduro",
        "Hugo Chávez",
        "Miguel Díaz-Canel",
        "Bruno Rodríguez Parrilla",
        "Raúl Castro",
        "Fidel Castro",
        "Frank Mora",
    ]:
        assert kb.find_person(name) is not None, name
    assert "Organization of American States" in kb.find_person("Frank Mora").description


# -- the user's additions file ------------------------------------------------------------


def test_user_additions_add_a_person_and_a_different_name(tmp_path, kb):
    user_file = user_file_for(tmp_path / "reviews.sqlite3")
    assert user_file.parent == tmp_path
    assert load_kb(user_file) is kb  # no file yet: the shipped data

    person = add_user_person(user_file, "Ana  Pérez", aliases=["Ana Perez G."], description="Mayor")
    loaded = load_kb(user_file)
    assert loaded.find_person("ana perez") == person
    assert loaded.find_person("Ana Perez G.").user_added
    assert person.id not in kb.people  # the shipped data is untouched
    assert "perez" in loaded.surname_index()

    mark_different_person(user_file, "Bruno Rodríguez Padilla", "bruno-rodriguez-parrilla")
    mark_different_person(user_file, "Bruno Rodríguez Padilla", "bruno-rodriguez-parrilla")
    again = load_kb(user_file)
    assert again.is_different("bruno rodriguez padilla", "bruno-rodriguez-parrilla")
    assert not again.is_different("Bruno Rodríguez Padilla", "delcy-rodriguez")
    assert not kb.is_different("Bruno Rodríguez Padilla", "bruno-rodriguez-parrilla")
    data = json.loads(user_file.read_text(encoding="utf-8"))
    assert len(data["different"]) == 1 and len(data["people"]) == 1


def test_adding_the_same_user_person_twice_merges_aliases(tmp_path):
    user_file = tmp_path / "kb-additions.json"
    first = add_user_person(user_file, "Ana Pérez")
    second = add_user_person(user_file, "ana perez", aliases=["A. Pérez"])
    assert first.id == second.id and second.aliases == ("A. Pérez",)
    assert load_kb(user_file).find_person("A. Perez").id == first.id


def test_a_user_person_never_takes_a_shipped_id(tmp_path, kb):
    person = add_user_person(tmp_path / "kb-additions.json", "Joe Biden")
    assert person.id != "joe-biden" and kb.people["joe-biden"].name == "Joe Biden"


def test_a_broken_user_file_is_one_clear_error(tmp_path):
    user_file = tmp_path / "kb-additions.json"
    user_file.write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="not valid JSON"):
        load_kb(user_file)
    user_file.write_text('{"terms": [{"office": "us-president"}]}', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="no 'person'"):
        load_kb(user_file)


def test_user_terms_and_offices_are_added(tmp_path):
    user_file = tmp_path / "kb-additions.json"
    user_file.write_text(
        json.dumps(
            {
                "people": [{"id": "user-ana-perez", "name": "Ana Pérez"}],
                "offices": [
                    {
                        "id": "user-mayor-x",
                        "title": "Mayor of X",
                        "country": "Cuba",
                        "kind": "mayor",
                        "titles": ["Mayor"],
                    }
                ],
                "terms": [
                    {"office": "user-mayor-x", "person": "user-ana-perez", "start": "2020-01-01"}
                ],
            }
        ),
        encoding="utf-8",
    )
    loaded = load_kb(user_file)
    assert _holder(loaded, "user-mayor-x", D("2024-01-01")) == "user-ana-perez"
    assert "Cuban Mayor" in loaded.offices["user-mayor-x"].titles


# -- coverage against an independent list ---------------------------------------------------

# Who held the office on the day, written down separately from the data files (mostly
# mid-term days, so the list checks who, not the exact handover day).
EXPECTED_HOLDERS = [
    # United States
    ("us-president", "1990-06-01", "george-h-w-bush"),
    ("us-president", "1995-01-01", "bill-clinton"),
    ("us-president", "2003-03-20", "george-w-bush"),
    ("us-president", "2014-07-01", "barack-obama"),
    ("us-president", "2019-05-05", "donald-trump"),
    ("us-president", "2023-09-09", "joe-biden"),
    ("us-president", "2026-01-03", "donald-trump"),
    ("us-vice-president", "1999-01-01", "al-gore"),
    ("us-vice-president", "2005-01-01", "dick-cheney"),
    ("us-vice-president", "2012-01-01", "joe-biden"),
    ("us-vice-president", "2018-01-01", "mike-pence"),
    ("us-vice-president", "2022-01-01", "kamala-harris"),
    ("us-vice-president", "2026-03-01", "jd-vance"),
    ("us-secretary-of-state", "1999-03-24", "madeleine-albright"),
    ("us-secretary-of-state", "2003-02-05", "colin-powell"),
    ("us-secretary-of-state", "2007-01-01", "condoleezza-rice"),
    ("us-secretary-of-state", "2011-05-01", "hillary-clinton"),
    ("us-secretary-of-state", "2015-07-14", "john-kerry"),
    ("us-secretary-of-state", "2017-06-01", "rex-tillerson"),
    ("us-secretary-of-state", "2019-06-01", "mike-pompeo"),
    ("us-secretary-of-state", "2023-01-01", "antony-blinken"),
    ("us-secretary-of-state", "2025-06-01", "marco-rubio"),
    # Venezuela and Cuba
    ("venezuela-president", "1996-01-01", "rafael-caldera"),
    ("venezuela-president", "2001-01-01", "hugo-chavez"),
    ("venezuela-president", "2010-01-01", "hugo-chavez"),
    ("venezuela-president", "2015-01-01", "nicolas-maduro"),
    ("venezuela-president", "2025-12-31", "nicolas-maduro"),
    ("venezuela-president", "2026-06-01", "delcy-rodriguez"),
    ("venezuela-foreign-minister", "2010-01-01", "nicolas-maduro"),
    ("venezuela-foreign-minister", "2016-01-01", "delcy-rodriguez"),
    ("venezuela-foreign-minister", "2019-01-01", "jorge-arreaza"),
    ("venezuela-vice-president", "2020-01-01", "delcy-rodriguez"),
    ("venezuela-assembly-president", "2024-01-01", "jorge-rodriguez"),
    ("cuba-president", "1999-01-01", "fidel-castro"),
    ("cuba-president", "2012-01-01", "raul-castro"),
    ("cuba-president", "2021-01-01", "miguel-diaz-canel"),
    ("cuba-foreign-minister", "2005-01-01", "felipe-perez-roque"),
    ("cuba-foreign-minister", "2015-01-01", "bruno-rodriguez-parrilla"),
    ("cuba-foreign-minister", "2026-01-15", "bruno-rodriguez-parrilla"),
    ("north-korea-leader", "2005-01-01", "kim-jong-il"),
    ("north-korea-leader", "2015-01-01", "kim-jong-un"),
    # United Kingdom
    ("uk-monarch", "2000-01-01", "elizabeth-ii"),
    ("uk-monarch", "2023-01-01", "charles-iii"),
    ("uk-prime-minister", "1990-06-01", "margaret-thatcher"),
    ("uk-prime-minister", "1994-01-01", "john-major"),
    ("uk-prime-minister", "2003-03-20", "tony-blair"),
    ("uk-prime-minister", "2009-01-01", "gordon-brown"),
    ("uk-prime-minister", "2015-01-01", "david-cameron"),
    ("uk-prime-minister", "2018-01-01", "theresa-may"),
    ("uk-prime-minister", "2021-01-01", "boris-johnson"),
    ("uk-prime-minister", "2022-10-01", "liz-truss"),
    ("uk-prime-minister", "2023-06-01", "rishi-sunak"),
    ("uk-prime-minister", "2025-01-01", "keir-starmer"),
    ("uk-foreign-secretary", "2003-01-01", "jack-straw"),
    ("uk-foreign-secretary", "2012-01-01", "william-hague"),
    ("uk-foreign-secretary", "2017-01-01", "boris-johnson"),
    ("uk-foreign-secretary", "2020-06-01", "dominic-raab"),
    ("uk-foreign-secretary", "2024-03-01", "david-cameron"),
    ("uk-foreign-secretary", "2025-01-01", "david-lammy"),
    # Germany, France, Italy
    ("germany-chancellor", "1995-01-01", "helmut-kohl"),
    ("germany-chancellor", "2002-01-01", "gerhard-schroder"),
    ("germany-chancellor", "2015-01-01", "angela-merkel"),
    ("germany-chancellor", "2023-01-01", "olaf-scholz"),
    ("germany-chancellor", "2025-06-01", "friedrich-merz"),
    ("germany-president", "2020-01-01", "frank-walter-steinmeier"),
    ("germany-foreign-minister", "2003-01-01", "joschka-fischer"),
    ("germany-foreign-minister", "2022-06-01", "annalena-baerbock"),
    ("france-president", "1992-01-01", "francois-mitterrand"),
    ("france-president", "2000-01-01", "jacques-chirac"),
    ("france-president", "2010-01-01", "nicolas-sarkozy"),
    ("france-president", "2015-01-01", "francois-hollande"),
    ("france-president", "2020-01-01", "emmanuel-macron"),
    ("france-prime-minister", "2019-01-01", "edouard-philippe"),
    ("france-prime-minister", "2025-01-01", "francois-bayrou"),
    ("france-prime-minister", "2026-01-01", "sebastien-lecornu"),
    ("france-foreign-minister", "2003-02-14", "dominique-de-villepin"),
    ("italy-prime-minister", "2003-01-01", "silvio-berlusconi"),
    ("italy-prime-minister", "2007-01-01", "romano-prodi"),
    ("italy-prime-minister", "2010-01-01", "silvio-berlusconi"),
    ("italy-prime-minister", "2012-01-01", "mario-monti"),
    ("italy-prime-minister", "2015-01-01", "matteo-renzi"),
    ("italy-prime-minister", "2020-01-01", "giuseppe-conte"),
    ("italy-prime-minister", "2022-01-01", "mario-draghi"),
    ("italy-prime-minister", "2024-01-01", "giorgia-meloni"),
    ("italy-president", "2020-01-01", "sergio-mattarella"),
    ("italy-foreign-minister", "2024-01-01", "antonio-tajani"),
    # European Union
    ("eu-commission-president", "2010-01-01", "jose-manuel-barroso"),
    ("eu-commission-president", "2017-01-01", "jean-claude-juncker"),
    ("eu-commission-president", "2022-01-01", "ursula-von-der-leyen"),
    ("eu-council-president", "2017-01-01", "donald-tusk"),
    ("eu-council-president", "2022-01-01", "charles-michel"),
    ("eu-council-president", "2025-06-01", "antonio-costa"),
    ("eu-high-representative", "2021-01-01", "josep-borrell"),
    # Russia, Ukraine
    ("russia-president", "1995-01-01", "boris-yeltsin"),
    ("russia-president", "2005-01-01", "vladimir-putin"),
    ("russia-president", "2010-01-01", "dmitry-medvedev"),
    ("russia-president", "2020-01-01", "vladimir-putin"),
    ("russia-prime-minister", "2010-01-01", "vladimir-putin"),
    ("russia-prime-minister", "2015-01-01", "dmitry-medvedev"),
    ("russia-prime-minister", "2022-01-01", "mikhail-mishustin"),
    ("russia-foreign-minister", "2002-01-01", "igor-ivanov"),
    ("russia-foreign-minister", "2022-02-24", "sergey-lavrov"),
    ("soviet-president", "1991-01-01", "mikhail-gorbachev"),
    ("ukraine-president", "2000-01-01", "leonid-kuchma"),
    ("ukraine-president", "2008-01-01", "viktor-yushchenko"),
    ("ukraine-president", "2012-01-01", "viktor-yanukovych"),
    ("ukraine-president", "2016-01-01", "petro-poroshenko"),
    ("ukraine-president", "2022-02-24", "volodymyr-zelenskyy"),
    ("ukraine-prime-minister", "2015-01-01", "arseniy-yatsenyuk"),
    ("ukraine-prime-minister", "2022-01-01", "denys-shmyhal"),
    ("ukraine-foreign-minister", "2022-03-01", "dmytro-kuleba"),
    # Israel, Iran
    ("israel-prime-minister", "1994-01-01", "yitzhak-rabin"),
    ("israel-prime-minister", "1998-01-01", "benjamin-netanyahu"),
    ("israel-prime-minister", "2000-01-01", "ehud-barak"),
    ("israel-prime-minister", "2004-01-01", "ariel-sharon"),
    ("israel-prime-minister", "2008-01-01", "ehud-olmert"),
    ("israel-prime-minister", "2015-01-01", "benjamin-netanyahu"),
    ("israel-prime-minister", "2022-01-01", "naftali-bennett"),
    ("israel-prime-minister", "2022-10-01", "yair-lapid"),
    ("israel-prime-minister", "2024-01-01", "benjamin-netanyahu"),
    ("israel-president", "2010-01-01", "shimon-peres"),
    ("israel-president", "2023-01-01", "isaac-herzog"),
    ("iran-supreme-leader", "2000-01-01", "ali-khamenei"),
    ("iran-president", "2000-01-01", "mohammad-khatami"),
    ("iran-president", "2010-01-01", "mahmoud-ahmadinejad"),
    ("iran-president", "2015-07-14", "hassan-rouhani"),
    ("iran-president", "2023-01-01", "ebrahim-raisi"),
    ("iran-president", "2025-01-01", "masoud-pezeshkian"),
    ("iran-foreign-minister", "2015-07-14", "mohammad-javad-zarif"),
    ("iran-foreign-minister", "2025-01-01", "abbas-araghchi"),
    # Asia and Pacific
    ("japan-prime-minister", "1995-01-01", "tomiichi-murayama"),
    ("japan-prime-minister", "2003-01-01", "junichiro-koizumi"),
    ("japan-prime-minister", "2007-01-01", "shinzo-abe"),
    ("japan-prime-minister", "2010-01-01", "yukio-hatoyama"),
    ("japan-prime-minister", "2016-01-01", "shinzo-abe"),
    ("japan-prime-minister", "2021-01-01", "yoshihide-suga"),
    ("japan-prime-minister", "2023-01-01", "fumio-kishida"),
    ("japan-prime-minister", "2025-03-01", "shigeru-ishiba"),
    ("japan-prime-minister", "2026-01-01", "sanae-takaichi"),
    ("japan-emperor", "2010-01-01", "akihito"),
    ("japan-emperor", "2020-01-01", "naruhito"),
    ("china-president", "2000-01-01", "jiang-zemin"),
    ("china-president", "2008-01-01", "hu-jintao"),
    ("china-president", "2020-01-01", "xi-jinping"),
    ("china-premier", "2010-01-01", "wen-jiabao"),
    ("china-premier", "2020-01-01", "li-keqiang"),
    ("china-premier", "2024-01-01", "li-qiang"),
    ("china-foreign-minister", "2020-01-01", "wang-yi"),
    ("india-prime-minister", "2000-01-01", "atal-bihari-vajpayee"),
    ("india-prime-minister", "2010-01-01", "manmohan-singh"),
    ("india-prime-minister", "2020-01-01", "narendra-modi"),
    ("india-president", "2005-01-01", "a-p-j-abdul-kalam"),
    ("india-president", "2024-01-01", "droupadi-murmu"),
    ("india-foreign-minister", "2022-01-01", "s-jaishankar"),
    ("indonesia-president", "2010-01-01", "susilo-bambang-yudhoyono"),
    ("indonesia-president", "2020-01-01", "joko-widodo"),
    ("indonesia-president", "2025-01-01", "prabowo-subianto"),
    ("indonesia-foreign-minister", "2020-01-01", "retno-marsudi"),
    ("south-korea-president", "2000-01-01", "kim-dae-jung"),
    ("south-korea-president", "2010-01-01", "lee-myung-bak"),
    ("south-korea-president", "2015-01-01", "park-geun-hye"),
    ("south-korea-president", "2020-01-01", "moon-jae-in"),
    ("south-korea-president", "2023-01-01", "yoon-suk-yeol"),
    ("south-korea-president", "2025-07-01", "lee-jae-myung"),
    ("australia-prime-minister", "2000-01-01", "john-howard"),
    ("australia-prime-minister", "2011-01-01", "julia-gillard"),
    ("australia-prime-minister", "2020-01-01", "scott-morrison"),
    ("australia-prime-minister", "2024-01-01", "anthony-albanese"),
    ("australia-foreign-minister", "2023-01-01", "penny-wong"),
    ("australia-monarch", "2024-01-01", "charles-iii"),
    # The Americas
    ("canada-prime-minister", "2000-01-01", "jean-chretien"),
    ("canada-prime-minister", "2010-01-01", "stephen-harper"),
    ("canada-prime-minister", "2020-01-01", "justin-trudeau"),
    ("canada-prime-minister", "2025-06-01", "mark-carney"),
    ("canada-monarch", "2024-01-01", "charles-iii"),
    ("canada-foreign-minister", "2023-01-01", "melanie-joly"),
    ("brazil-president", "2000-01-01", "fernando-henrique-cardoso"),
    ("brazil-president", "2005-01-01", "luiz-inacio-lula-da-silva"),
    ("brazil-president", "2013-01-01", "dilma-rousseff"),
    ("brazil-president", "2018-01-01", "michel-temer"),
    ("brazil-president", "2021-01-01", "jair-bolsonaro"),
    ("brazil-president", "2024-01-01", "luiz-inacio-lula-da-silva"),
    ("brazil-foreign-minister", "2005-01-01", "celso-amorim"),
    ("argentina-president", "1995-01-01", "carlos-menem"),
    ("argentina-president", "2005-01-01", "nestor-kirchner"),
    ("argentina-president", "2012-01-01", "cristina-fernandez-de-kirchner"),
    ("argentina-president", "2017-01-01", "mauricio-macri"),
    ("argentina-president", "2021-01-01", "alberto-fernandez"),
    ("argentina-president", "2024-06-01", "javier-milei"),
    ("mexico-president", "2003-01-01", "vicente-fox"),
    ("mexico-president", "2010-01-01", "felipe-calderon"),
    ("mexico-president", "2015-01-01", "enrique-pena-nieto"),
    ("mexico-president", "2020-01-01", "andres-manuel-lopez-obrador"),
    ("mexico-president", "2025-01-01", "claudia-sheinbaum"),
    ("mexico-foreign-minister", "2020-01-01", "marcelo-ebrard"),
    # Middle East, Africa, Turkey
    ("saudi-king", "2010-01-01", "abdullah-bin-abdulaziz-al-saud"),
    ("saudi-king", "2020-01-01", "salman-bin-abdulaziz-al-saud"),
    ("saudi-crown-prince", "2020-01-01", "mohammed-bin-salman"),
    ("saudi-prime-minister", "2024-01-01", "mohammed-bin-salman"),
    ("saudi-foreign-minister", "2010-01-01", "saud-al-faisal"),
    ("south-africa-president", "1996-01-01", "nelson-mandela"),
    ("south-africa-president", "2005-01-01", "thabo-mbeki"),
    ("south-africa-president", "2015-01-01", "jacob-zuma"),
    ("south-africa-president", "2020-01-01", "cyril-ramaphosa"),
    ("turkey-president", "2010-01-01", "abdullah-gul"),
    ("turkey-president", "2020-01-01", "recep-tayyip-erdogan"),
    ("turkey-prime-minister", "2010-01-01", "recep-tayyip-erdogan"),
    ("turkey-foreign-minister", "2020-01-01", "mevlut-cavusoglu"),
    ("turkey-foreign-minister", "2024-01-01", "hakan-fidan"),
]

# Every country of the brief has its heads and foreign minister (as of 2000 at least).
COUNTRIES = [
    "Argentina",
    "Australia",
    "Brazil",
    "Canada",
    "China",
    "France",
    "Germany",
    "India",
    "Indonesia",
    "Italy",
    "Japan",
    "Mexico",
    "Russia",
    "Saudi Arabia",
    "South Africa",
    "South Korea",
    "Turkey",
    "United Kingdom",
    "United States",
    "Venezuela",
    "Cuba",
    "Ukraine",
    "Israel",
    "Iran",
]
# Russia and Ukraine as independent states; before, the Soviet offices hold the heads.
SINCE = {"Russia": date(1992, 1, 1), "Ukraine": date(1992, 1, 1)}


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_country_has_heads_and_a_foreign_minister_twice_a_year_since_1990(kb, country):
    for kind in ("head_of_state", "head_of_government", "foreign_minister"):
        offices = kb.offices_of_kind(kind, country)
        assert offices, (country, kind)
        first_year = max(
            SINCE.get(country, date(1990, 1, 1)),
            date(2000, 1, 1) if kind == "foreign_minister" else date(1990, 1, 1),
        )
        for year in range(first_year.year, kb.as_of.year + 1):
            for day in (date(year, 1, 15), date(year, 7, 15)):
                if day <= kb.as_of:
                    assert any(kb.holders(o.id, day) for o in offices), (country, kind, day)


def test_people_who_held_an_office_twice_have_two_terms(kb):
    for person_id, office_id in [
        ("vladimir-putin", "russia-president"),
        ("benjamin-netanyahu", "israel-prime-minister"),
        ("shinzo-abe", "japan-prime-minister"),
        ("silvio-berlusconi", "italy-prime-minister"),
        ("luiz-inacio-lula-da-silva", "brazil-president"),
        ("kevin-rudd", "australia-prime-minister"),
    ]:
        full = [t for t in kb.terms_of(person_id) if t.office_id == office_id and not t.acting]
        assert len(full) >= 2, person_id


def test_recent_heads_from_the_brief(kb):
    expected = {
        ("uk-prime-minister", "keir-starmer"): "2024-07-05",
        ("japan-prime-minister", "sanae-takaichi"): "2025-10-21",
        ("germany-chancellor", "friedrich-merz"): "2025-05-06",
        ("canada-prime-minister", "mark-carney"): "2025-03-14",
        ("south-korea-president", "lee-jae-myung"): "2025-06-04",
        ("france-prime-minister", "sebastien-lecornu"): "2025-09-09",
        ("us-secretary-of-state", "marco-rubio"): "2025-01-21",
    }
    for (office_id, person_id), start in expected.items():
        starts = [t.start for t in kb.terms_of(person_id) if t.office_id == office_id]
        assert min(starts) == D(start), (office_id, person_id)
        assert any(t.person_id == person_id for t in kb.holders(office_id, kb.as_of))
    ishiba = [t for t in kb.terms_of("shigeru-ishiba") if t.office_id == "japan-prime-minister"]
    assert (ishiba[0].start, ishiba[0].end) == (D("2024-10-01"), D("2025-10-21"))


def test_iran_2026_succession(kb):
    ali = [t for t in kb.terms_of("ali-khamenei") if t.office_id == "iran-supreme-leader"]
    assert ali[-1].end == D("2026-02-28")
    assert [t.person_id for t in kb.holders("iran-supreme-leader", D("2026-06-01"))] == [
        "mojtaba-khamenei"
    ]
    khameneis = {p.id for p in kb.surname_index()["khamenei"]}
    assert khameneis == {"ali-khamenei", "mojtaba-khamenei"}


def test_transliterations_and_spellings(kb):
    for spelling, person_id in [
        ("Volodymyr Zelensky", "volodymyr-zelenskyy"),
        ("Volodymyr Zelenskiy", "volodymyr-zelenskyy"),
        ("Tayyip Erdogan", "recep-tayyip-erdogan"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Ayatollah Ali Khamenei", "ali-khamenei"),
        ("Lula", "luiz-inacio-lula-da-silva"),
        ("Luiz Inácio Lula da Silva", "luiz-inacio-lula-da-silva"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("MBS", "mohammed-bin-salman"),
        ("AMLO", "andres-manuel-lopez-obrador"),
        ("Jokowi", "joko-widodo"),
        ("Shinzō Abe", "shinzo-abe"),
        ("Yoon Suk-yeol", "yoon-suk-yeol"),
    ]:
        person = kb.find_person(spelling)
        assert person is not None and person.id == person_id, spelling
    # A bare surname is not a name but a reference, found through the surname index.
    assert kb.find_person("Erdogan") is None
    assert [p.id for p in kb.surname_index()["erdogan"]] == ["recep-tayyip-erdogan"]
    assert {"volodymyr-zelenskyy"} == {p.id for p in kb.surname_index()["zelensky"]}


@pytest.mark.parametrize(("office_id", "day", "person_id"), EXPECTED_HOLDERS)
def test_expected_holder(kb, office_id, day, person_id):
    assert office_id in kb.offices, f"missing office {office_id}"
    terms = kb.holders(office_id, D(day))
    # Beside a disputed or provisional acting holder, the expected holder is the full one.
    holders = [t.person_id for t in terms if not t.acting] or [t.person_id for t in terms]
    assert person_id in holders, (office_id, day, holders)


def _holder(kb, office_id, day):
    terms = kb.holders(office_id, day)
    assert len(terms) == 1, terms
    return terms[0].person_id


def test_the_status_bar_date_is_the_knowledge_base_date_read_without_loading_it():
    from factcheck import kb_as_of
    from factcheck.kb import load_kb, shipped_as_of

    assert kb_as_of.shipped_as_of() == shipped_as_of() == load_kb().as_of
