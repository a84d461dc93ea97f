"""The reader on what heldout22's writer saw: a portal toolbar that starts with the comment count,
what both parties put in a document told before, the year of a plan a dateless page calls this
year's, a field's exchange agreement, a prefecture's office in its capital, a letter exchanged
before a tie, names Kiwi reads with their particle or apart, a firm that signs for itself, and
Chinese cities written by the Korean standard for Chinese.  Each case is a short invented
article."""

from __future__ import annotations

import pytest

from geo.chinese import hangul_of_pinyin
from geo.gazetteer import default_gazetteer
from partnerships.extract import extract
from partnerships.extract.clean import load_article
from tests.helpers.extraction import record_keys as _records


def test_a_toolbar_with_the_comment_count_does_not_end_the_article():
    text = ("Daum 뉴스\n한라매일  입력 2025. 3. 21. 11:07\n오승민 기자\n"
            "  댓글 6   번역 설정   글씨크기 조절하기   인쇄하기\n\n"
            "제주특별자치도가 멕시코 킨타나로오주와 자매결연을 맺었다고 21일 밝혔다.\n")
    article = load_article(text.encode())
    assert any("자매결연" in line.text for line in article.content)
    (record,) = extract(text.encode()).candidates
    assert record["type"] == "sister_city" and record["partner_places"] == ["adm1-mx-quintana-roo"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 'both sides, in the letter, promised …': the letter told before, not a second one
        ("광주시가 인도 구자라트주와 AI 협력 의향서(LOI)를 체결했다.\n"
         "광주시는 20일(현지시간) 구자라트주 주도 간디나가르의 'GIFT City'에서 구자라트주 과학기술부와 "
         "의향서에 서명했다고 21일 밝혔다.\n양측은 의향서에서 인재 교류를 약속했다.", "2024-11-21",
         [("loi", 2024, ("kr-gwangju",), ("adm1-in-gujarat",))]),
        # a field's exchange agreement ('청소년 교류 협정') is another formal tie; a prefecture's
        # office in its capital ('가나자와시의 현청에서') is only where it was signed
        ("전북특별자치도는 지난 25일 일본 이시카와현 가나자와시의 현청에서 '전북-이시카와현 청소년 교류 "
         "협정'을 체결했다.", "2024-10-28",
         [("other_tie", 2024, ("kr-jeollabuk-do",), ("adm1-jp-ishikawa",))]),
        # a letter exchanged years before the tie ('2017년 … 의향서를 교환한 뒤') is its history
        ("제주도는 지난 18일 멕시코 킨타나로오주와 자매결연을 맺었다고 21일 밝혔다. 두 지역은 2017년 "
         "우호협력 의향서를 교환한 뒤 관광 교류를 이어왔다.", "2025-03-21",
         [("sister_city", 2025, ("kr-jeju-do",), ("adm1-mx-quintana-roo",))]),
        # a firm introduced as a firm ('전문기업 대성정밀(주)이') signs for itself, not its city
        ("경북 경주의 자동차 차체부품 전문기업 대성정밀(주)이 멕시코 누에보레온주의 완성차 공장과 1천200억 원 "
         "규모의 공급 계약을 맺었다.", "2025-04-09", []),
        # ... and so does one named in quotes ("스타트업 '딥비전랩'이")
        ("광주 첨단3지구 인공지능 집적단지에 입주한 스타트업 '딥비전랩'이 아랍에미리트(UAE) 아부다비의 물류 "
         "기업과 50억 원 규모의 공급계약을 맺었다고 14일 밝혔다.", "2025-03-14", []),
        # a Chinese county-level city the gazetteer spells only in pinyin, its characters in brackets
        ("순천시는 지난 14일 일본 홋카이도 구시로시, 중국 장쑤성 창수(常熟)시와 '동아시아 습지도시 "
         "네트워크' 협약을 체결하고 출범식을 가졌다.", "2025-05-16",
         [("alliance", 2025, ("kr-suncheon",), ("jp-kushiro", "cn-changshu"))]),
        # a facility completed abroad is the project; the agreement it follows is its history
        ("서울 강동구는 케냐 키수무 카운티에 정수시설을 준공했다고 17일 밝혔다. 준공식은 지난 11일(현지시간) "
         "키수무 카운티 니안도 지역에서 열렸다. 강동구는 2023년 키수무 카운티와 국제개발협력 업무협약을 "
         "맺었으며, 이번 정수시설은 협약에 따른 첫 사업이다.", "2025-02-17",
         [("program", 2025, ("kr-seoul-gangdong-gu",), ("adm1-ke-kisumu",))]),
        # a facility completed at home by a foreign firm is no project of the city's
        ("덴마크 기업 노르스케 윈드서비스는 2일 군산 새만금 산업단지에서 '아시아 정비센터' 준공식을 열었다.",
         "2025-06-03", []),
        # exchanges that have gone on for years ('청소년 교류를 이어왔으며') are the tie's history
        ("경기도와 가나가와현은 1990년 우호교류 협정을 맺은 뒤 공무원 상호 파견과 청소년 교류를 이어왔다. "
         "이번 행사에서는 새로운 협약 체결 없이 그간의 교류를 기념했다.", "2025-10-20", []),
    ],
)
def test_what_heldout22_taught(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_a_dateless_page_takes_the_year_of_the_plan_it_calls_this_years():
    text = ("경기도 뉴스포털 > 보도자료\n\n경기도가 캐나다 토론토에 '경기비즈니스센터(GBC) 토론토'를 열었다.\n"
            "개소식은 현지시간 24일 토론토 센터 사무실에서 열렸다.\n"
            "GBC 토론토는 '2025년 경기도 해외 통상거점 확충 계획'에 따라 올해 새로 문을 연 거점이다.\n")
    out = extract(text.encode())
    assert out.published == "2025" and [c["year"] for c in out.candidates] == [2025]
    # 'until this year' names no year of writing
    later = text.replace("올해 새로 문을 연", "올해까지 문을 열")
    assert [c["year"] for c in extract(later.encode()).candidates] == [None]


@pytest.mark.parametrize(
    ("pinyin", "hangul"),
    [("Changshu", "창수"), ("Suzhou", "쑤저우"), ("Dalian", "다롄"), ("Yantai", "옌타이"), ("Jinan", "지난"),
     ("Xi'an", "시안"), ("Guilin", "구이린"), ("Jiaxing", "자싱"), ("Lianyungang", "롄윈강"), ("Zibo", "쯔보")],
)
def test_chinese_names_in_standard_hangul(pinyin, hangul):
    assert hangul_of_pinyin(pinyin) == hangul


def test_a_chinese_name_hangul_cannot_tell_apart_is_no_guess():
    # ㄹ writes both l and r: 룽청 is Rongcheng or Longcheng, so no guess is made by sound
    assert hangul_of_pinyin("Longcheng") == hangul_of_pinyin("Rongcheng") == "룽청"
    assert hangul_of_pinyin("Longcheng", distinct=True) is None
    assert hangul_of_pinyin("Harbin") is None  # not pinyin
    gaz = default_gazetteer()
    assert gaz.find_sounding("창수시", country="CN").id == "cn-changshu"
    assert gaz.find_sounding("룽청시", country="CN") is None
