"""Words after an agreement word that say no tie is made by it: a council's bill for it, what it
costs, a tie made all along, its age, its end, a wish to make it, or its signing called off."""

from __future__ import annotations

import re

# a council's consent bill for the agreement, passed or held back ('자매결연 동의안을
# 의결했다', '동의안 처리를 미뤘다'): a step before the signing, not the signing
_BILL_AFTER = re.compile(r"^\s?(?:체결\s?)?(?:동의안|승인안)"
                         # ... or the agreement itself past the council ('자매결연이 군의회 문턱을 넘었다')
                         r"|^\s?(?:이|가|은|는)\s(?:[가-힣]{0,6}의회)\s?(?:의\s)?(?:문턱을\s넘|동의를\s(?:받|얻)|를\s통과)")
# ties a body has been making all along ('해외 지방정부와 경제협력 협정을 맺어 왔습니다'), not one
_HABITUAL_AFTER = re.compile(r"^\s?(?:을|를)?\s?(?:맺어|체결해|체결하여|교환해)\s?(?:오고|오며|온|왔)")
# a tie's age ('자매결연 40주년을 맞아'), not a tie signed again ('자매결연 10주년 교류협력 갱신 협약')
_ANNIVERSARY_AFTER = re.compile(r"^\s?(?:\d+|[일이삼사오육칠팔구십]{1,3})\s?(?:주년|돌)"
                                r"(?!\s?(?:기념\s?)?(?:교류|협력)?\s?(?:갱신|연장))")
# a tie ended or put on hold ('자매결연을 공식 해지했다', '자매결연 해지 동의안'), not a tie made
_ENDED_AFTER = re.compile(r"^\s?(?:을|를|이|가|은|는|의)?\s?(?:(?:지난|올해|이날|최근|\d{1,2}\s?(?:일|월))\s?){0,3}"
                          r"(?:공식\s?|공식적으로\s?|일방적으로\s?)?"
                          r"(?:해지|파기|폐기|종료|단절|철회|중단|중지|해제|끝내기로|끝냈|끝내)(?![가-힣]*\s?(?:이후|후|뒤)\s?(?:다시|재))")
# a signing called off ('업무협약이 체결식을 하루 앞두고 무산됐다', '협약식이 취소됐다'), not made, unless
# it was then made after all ('연기돼 … 다시 체결')
_CALLED_OFF_AFTER = re.compile(r"^\s?(?:식|체결식|서명식)?(?:이|가|은|는)\s(?:[^.,\s]+\s){0,4}?"
                               r"(?:무산|취소|불발|보류|연기)(?:됐|되었|되|돼|했|하기로)(?![^.]*(?:다시|재차|끝에)\s?(?:체결|서명))")
# a wish to make it, told ('자매결연 의사를 전달했다', '우호협력 희망을 밝혔다'), or agreed on as an aim
# ('우호도시 관계를 맺자는 데 뜻을 모았다')
_WISH_AFTER = re.compile(r"^\s?(?:체결\s?)?(?:의사|의향|의지|희망)(?:를|을|가|도)?\s|"
                         r"^\s?(?:을|를)?\s?(?:맺자는|맺자고|체결하자는|체결하자고|추진하자는)\s?(?:데|것에|데에)?\s?"
                         r"(?:뜻을\s?모|합의|공감|의견을\s?모|의견을\s?같이)")
# a tie that was there, not one made ('오사카부와는 예전에 우호 관계가 있었던 것으로 안다')
_WAS_THERE_AFTER = re.compile(r"^\s?(?:가|이)\s(?:(?:예전에|이미|오래전에?|과거에)\s)?(?:있었던|있었|있던|있는지)")
# what an event costs, not the event ('현지 판촉 행사 비용 일부를 지원하고')
_COST_AFTER = re.compile(r"^\s?(?:비용|경비|참가비|운영비|개최비|행사비)")


def no_tie_made(type_: str, rest: str) -> tuple[str, int] | None:
    """('mention' or 'planned', offset in `rest` of what says so) when the words after an
    agreement word of `type_` say no tie is made by it; None otherwise."""
    if bill := _BILL_AFTER.match(rest):
        return "mention", bill.start()
    if _COST_AFTER.match(rest) or _HABITUAL_AFTER.match(rest) or _ENDED_AFTER.match(rest) \
            or _WAS_THERE_AFTER.match(rest) or (
            type_ in ("sister_city", "friendship_city") and _ANNIVERSARY_AFTER.match(rest)):
        return "mention", 0  # ('자매결연 40주년을 맞아': the tie's age, no new tie)
    if _WISH_AFTER.match(rest) or _CALLED_OFF_AFTER.match(rest):
        return "planned", 0
    return None
