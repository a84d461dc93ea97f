"""Each city a national tie names resolves to a place of that name, not a neighbour or a namesake
(Shimanto in Kōchi had resolved to Shimoda, Satsumasendai showed as Sendai, Oda as Ōdachō-ōda)."""

import csv
import re
import unicodedata

import pytest

from partnerships.national import table_path
from partnerships.tables.places import resolve_partner

# the table's short form of a longer official name
SHORT_FORMS = {"Frankfurt": "Frankfurt am Main", "Washington, D.C.": "Washington", "Queretaro": "Santiago de Querétaro"}


def key(name: str) -> str:
    name = re.sub(r"\b(?:city|county|district|prefecture|province|state|municipality|town|ward)\b", "", name.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalpha())


def test_every_city_partner_is_shown_by_the_name_the_table_gives(gazetteer):
    wrong = []
    with open(table_path(), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            name = row["partner_name_en"]
            names = [name] + ([row["partner_name_ko"]] if row["partner_name_ko"] else [])
            place = resolve_partner(gazetteer, names, country=row["partner_country_iso2"],
                                    admin=row["partner_admin_en"]).place
            if place is not None and place.kind == "city" and key(place.name_en) != key(SHORT_FORMS.get(name, name)):
                wrong.append(f"{name} ({row['partner_admin_en']}) -> {place.id} {place.name_en}")
    assert wrong == []


# partners still named in Latin letters on Korean pages: no Korean name checked yet for these
NO_KOREAN_NAME_YET = {"id-south-tangerang", "ma-fes"}


def test_partners_have_korean_names_for_korean_pages(gazetteer):
    # a title such as '수원–Hải Dương 우호도시' on a Korean page: the place had no Korean name
    latin = set()
    with open(table_path(), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            names = [row["partner_name_en"]] + ([row["partner_name_ko"]] if row["partner_name_ko"] else [])
            place = resolve_partner(gazetteer, names, country=row["partner_country_iso2"],
                                    admin=row["partner_admin_en"]).place
            if place is not None and not re.search("[가-힣]", place.name_ko):
                latin.add(place.id)
    assert latin == NO_KOREAN_NAME_YET


def test_a_namesake_is_taken_in_the_state_the_table_names(gazetteer):
    # 'Oregon' is also a town: Ulsan's sister city Portland had been put in Maine
    place = resolve_partner(gazetteer, ["Portland"], country="US", admin="Oregon").place
    assert place is not None and place.lon < -120 and 42 < place.lat < 46.3
    maine = resolve_partner(gazetteer, ["Portland"], country="US", admin="Maine").place
    assert maine is not None and maine.lon > -71


def test_no_division_carries_another_divisions_name():
    # Iran's divisions had been joined to their centres by renumbered codes: 'Tehran' sat on
    # Fars with 'Fars' among its names, and Hormozgan on Tehran
    from geo.gazetteer import default_divisions_csv

    with open(default_divisions_csv(), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = {(r["country"], key(r["name_en"])) for r in rows}
    wrong = [f"{r['id']}: {a}" for r in rows for a in r["aliases_en"].split("|")
             if a and key(a) != key(r["name_en"]) and (r["country"], key(a)) in names]
    assert wrong == []


@pytest.mark.parametrize("place_id, name, lat_range", [
    ("adm1-ma-souss-massa", "Souss-Massa", (29.0, 31.5)),  # Agadir's region
    ("adm1-ma-chaouia-ouardigha", "Casablanca-Settat", (32.5, 34.0)),  # a former region, inside it
    ("adm1-ma-tangier-tetouan", "Tanger-Tétouan-Al Hoceïma", (34.5, 36.0)),
])
def test_a_redrawn_countrys_divisions_are_its_current_ones_at_their_own_centres(gazetteer, place_id, name,
                                                                                lat_range):
    # Morocco's 16 regions of 1997 had been named on the centres of its 12 of 2015 (joined by a
    # reused code): 'Chaouia-Ouardigha' sat on Agadir, and Souss-Massa was not there at all
    place = gazetteer.get(place_id)
    assert place.name_en == name and lat_range[0] < place.lat < lat_range[1]


def test_a_states_name_is_the_state_unless_a_city_of_it_bears_it(gazetteer):
    # Jeollanam-do's sister region 'Oregon' had been drawn at Oregon, Ohio, a town of 20,000
    assert resolve_partner(gazetteer, ["Oregon"], country="US").place.id == "adm1-us-oregon"
    # ... while a city inside the province of its name stays the city
    assert resolve_partner(gazetteer, ["Yalova"], country="TR").place.kind == "city"
    assert resolve_partner(gazetteer, ["Luang Prabang"], country="LA").place.kind == "city"


def test_a_city_named_like_the_state_the_table_gives_is_the_city(gazetteer):
    # 'Nara' in Nara, 'Osaka' in Osaka: the partner had been the prefecture; the table names the
    # state apart, so the partner is the city in it
    for name, country in (("Nara", "JP"), ("Osaka", "JP"), ("Fukui", "JP"), ("Aguascalientes", "MX")):
        assert resolve_partner(gazetteer, [name], country=country, admin=name).place.kind == "city", name
    # ... and a city the gazetteer spells another way is found by the common spelling
    assert resolve_partner(gazetteer, ["Nizhny Novgorod"], country="RU").place.id == "ru-nizhniy-novgorod"
