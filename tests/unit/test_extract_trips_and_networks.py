"""A trip told as a span of days and then stop by stop; networks joined; governors and people named
beside places; what an agreement is for. The texts are written for the tests, on the patterns
the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys
from tests.helpers.extraction import record_keys as _keys


def test_a_trips_summary_is_the_one_signing_told_below_and_each_stop_keeps_its_day(gazetteer):
    text = ("전북도, 베트남·태국 순방 마무리\n"
            "전북도 대표단은 지난 3일부터 8일까지 베트남 하노이와 태국 방콕을 방문해 수출상담회 개최, 주정부와의 "
            "업무협약 체결 등 일정을 소화했다고 9일 밝혔다.\n"
            "대표단은 4일 하노이의 한 호텔에서 현지 바이어 40여 개사와 수출상담회를 열었다.\n"
            "6일에는 방콕 시청에서 방콕시와 관광 교류 업무협약을 체결했다.\n"
            "이어 7일 방콕 시내 호텔에서 두 번째 수출상담회를 열었다.")
    assert _keys(text, gazetteer, "2024-05-09") == [
        ("mou", 2024, ("kr-jeollabuk-do",), ("th-bangkok",)),
        ("roadshow", 2024, ("kr-jeollabuk-do",), ("th-bangkok",)),
        ("roadshow", 2024, ("kr-jeollabuk-do",), ("vn-hanoi",)),
    ]


def test_an_mou_in_one_city_is_not_the_tie_made_in_another_on_the_trip(gazetteer):
    text = ("충북도는 도지사 등 대표단이 지난 10일부터 14일까지 우즈베키스탄 사마르칸트주와 카자흐스탄 알마티를 방문해 "
            "우호협력 협정 체결, 업무협약 체결 등의 성과를 거뒀다고 15일 밝혔다.\n"
            "대표단은 11일 사마르칸트주 청사에서 주정부와 우호협력 협정을 체결했다.\n"
            "마지막 방문지인 알마티에서는 13일 알마티시와 의료관광 업무협약을 체결했다.")
    assert _keys(text, gazetteer, "2024-06-15") == [
        ("friendship_city", 2024, ("kr-chungcheongbuk-do",), ("adm1-uz-samarqand",)),
        ("mou", 2024, ("kr-chungcheongbuk-do",), ("kz-almaty",)),
    ]


def test_joining_a_network_is_with_the_city_of_its_secretariat(gazetteer):
    text = ("서산시, 국제환경도시연합 '이클레이(ICLEI)' 정회원 됐다\n"
            "서산시가 세계 지방정부 환경 네트워크인 이클레이에 정식 회원으로 이름을 올렸다.\n"
            "독일 본에 있는 이클레이 세계사무국이 심사 끝에 지난 8일 가입을 최종 승인했다.\n"
            "이클레이는 1990년 유엔 회의에서 출범한 연합체로, 현재 2,500여 개 도시가 참여하고 있다.")
    assert _keys(text, gazetteer, "2016-06-13") == [("alliance", 2016, ("kr-seosan",), ("de-bonn",))]


def test_a_governor_by_the_provinces_short_name_and_a_person_glossed_in_latin(gazetteer):
    text = ("제주도는 원 지사가 19일(현지시간) 호놀룰루 시청에서 커크 콜드웰(Kirk Caldwell) 호놀룰루 시장과 전기차 "
            "협력 업무협약(MOU)을 체결했다고 21일 밝혔다.\n"
            "▲ 제주지사(왼쪽)와 호놀룰루 시장이 19일 협약서에 서명한 뒤 악수하고 있다.")
    assert _keys(text, gazetteer, "2015-05-21") == [("mou", 2015, ("kr-jeju-do",), ("us-honolulu",))]


def test_what_a_graduate_school_or_a_described_firm_signs_and_what_an_agreement_is_for(gazetteer):
    text = ("인천시는 19일 프랑스 르아브르시와 항만 협력 업무협약을 체결했다.\n"
            "한편 같은 날 인하대학교 물류전문대학원은 벨기에 앤트워프대학교와 학생 교류를 위한 업무협약을 체결했다. "
            "국내 디지털 트윈 기업 에이치사는 벨기에 건설사와 양해각서를 체결했다.")
    assert _keys(text, gazetteer, "2021-10-21") == [("mou", 2021, ("kr-incheon",), ("fr-le-havre",))]


def test_an_award_winning_city_invited_for_next_year_wins_no_second_award(gazetteer):
    text = ("청주시는 7일(현지시간) 중국 광저우에서 열린 국제도시혁신상 시상식에서 우수 도시상을 수상했다.\n"
            "청주시는 수상 도시 자격으로 내년 광저우에서 열리는 정상회의에 초청됐다.")
    assert _keys(text, gazetteer, "2018-12-09") == [("award", 2018, ("kr-cheongju-si",), ("cn-guangzhou",))]


def test_a_tie_to_grow_into_later_is_no_record_and_a_city_glossed_in_characters_is_the_city(gazetteer):
    text = ("보성군, 중국 차 산지 푸얼시와 우호교류 의향서\n"
            "보성군은 이날 군청에서 중국 윈난성 푸얼(普洱)시와 우호교류 의향서를 체결했다.\n"
            "두 지역은 교류 성과를 점검한 뒤 정식 우호도시 협정으로 관계를 발전시켜 나가기로 했다.")
    assert _keys(text, gazetteer, "2025-10-30") == [("loi", 2025, ("kr-boseong",), ("cn-pu-er",))]


def test_the_governor_as_subject_signs_for_the_province_the_article_names_later(gazetteer):
    text = ("도정 소식\n"
            "【춘천】도지사가 순방을 마치고 5일 귀국했다.\n"
            "도지사는 지난달 28일 출국해 29일 강원도와 자매결연 20주년을 맞은 중국 지린성을 찾았다.\n"
            "러시아로 넘어간 도지사는 2일 연해주 주지사와 항로 활성화 양해각서에 서명했다.")
    keys = [k for k in record_keys(text, gazetteer, "2011-09-06") if k[0] == "mou"]
    assert keys and all(k[2] == ("kr-gangwon-do",) for k in keys)


def test_a_report_taken_back_in_a_correction_is_no_signing(gazetteer):
    text = ("경남도는 28일 인도 구자라트주 정부와 그린수소 협력 업무협약을 체결했다고 30일 밝혔다.\n"
            "[바로잡습니다] 본지 2일자 기사에서 '인도 식품가공산업부와 MOU를 체결했다'고 보도했으나, "
            "실제로는 협약 체결 없이 면담만 진행된 것으로 확인돼 바로잡습니다.")
    assert [(k[0], k[3]) for k in record_keys(text, gazetteer, "2026-01-30")] == [("mou", ("adm1-in-gujarat",))]
