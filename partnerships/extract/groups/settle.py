"""Settling several agreement words of one sentence: a setting yields to the agreement signed at
it, one tie named twice is one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerships.extract.groups.context import FOUNDING, SUBJECT_AFTER
from partnerships.extract.groups.model import RANK
from partnerships.extract.types import STRONG_TYPES, is_pavilion

if TYPE_CHECKING:
    from partnerships.extract.groups.model import Mention


_SETTING_AFTER = re.compile(r"^\S{0,2}\s?(?:\S+\s)?(?:에서|현장|기간|중에?\s|을\s?계기|를\s?계기|의\s?일환)")


def settle_sentence(found: list[Mention]) -> list[Mention]:
    """In one sentence, agreement words without their own date describe one event: keep the
    strong ones (each a separate signing), or else the best-ranked setting word."""
    if any(m.type == "alliance" and FOUNDING.search(m.word.text) for m in found):
        # '창립 회의를 열고 공동 선언문을 채택했다': the declaration is the founding act
        found = [m for m in found if m.type != "declaration"]
    if any(m.type == "alliance" for m in found):
        # '얼라이언스 출범식에 참석해 … 창립 회원 도시로 협약서에 서명했다': the alliance's own paper
        found = [m for m in found if m.type != "agreement"]
    if any(m.type in STRONG_TYPES and m.type != "agreement" for m in found):
        # '… MOU 체결식에서 협약서를 들어 보이고 있다': the paper of the agreement named
        found = [m for m in found if not (m.type == "agreement" and m.word.text.endswith("서"))]
    if any(m.type == "institution" for m in found):
        # '타슈켄트시와 공동 설립한 … 협력센터 개소식': the founding's opening, not an office of one's own
        found = [m for m in found if m.type != "office"]
    found = _renamed_strong(_ceremony_of_strong(found))
    own = [m for m in found if m.own_date]
    # '무역사절단은 10일 … 멕시코시티에서, 13일에는 … 보고타에서 … 상담회를 열었다': the mission and
    # its consultations are one event a city
    firsts: dict[tuple, Mention] = {}
    for m in own:
        firsts.setdefault((m.type, tuple(m.partner), m.date), m)
    own = list(firsts.values())
    rest = [m for m in found if not m.own_date]
    strong_words = [m.word.start for m in found if m.type in STRONG_TYPES]
    # a setting word with a predicate of its own before the next agreement ('상담회를 열고 ...
    # 계약을 체결했다') is an event of its own; '박람회 현장에서 ... 체결했다' is only the setting
    independent = [m for m in rest if m.type not in STRONG_TYPES and strong_words and not _acting_delegation(m)
                   and not _SETTING_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:])
                   and m.word.start <= m.predicate < min((w for w in strong_words if w > m.word.start),
                                              default=m.sentence.end)]
    strong = [m for m in rest if m.type in STRONG_TYPES]
    if any(m.type in STRONG_TYPES for m in own) and not strong:
        rest = []
    elif strong:
        keep: list[Mention] = []
        for m in strong:  # the same type twice in one clause ('업무협약(MOU)') is one signing, and
            # a city tie twice in one sentence is one tie ('협정서에 서명하고 … 자매도시 관계를 선포했다')
            # (one word told as a signing with each partner stays one a partner: each_their_own)
            # (and a bare 협약 twice with one partner is one: '협약서에 … 서명하고 … 협약을 마무리했다')
            if not any(k.type == m.type and (_same_clause(k, m) or _one_tie(k, m) or (
                    m.type == "agreement" and k.partner == m.partner and k.korean == m.korean))
                       and not (k.word is m.word and k.partner != m.partner) for k in keep):
                keep.append(m)
        rest = keep
    elif rest:
        best = min(rest, key=lambda m: (RANK.index(m.type), not is_pavilion(m.word.text)))
        rest = [best]
    kept_types = {m.type for m in own + rest}
    extra = []
    for m in independent:
        if m.type not in kept_types:
            extra.append(m)
            kept_types.add(m.type)
    return sorted(own + rest + extra, key=lambda m: m.word.start)


def _acting_delegation(m: Mention) -> bool:
    """A delegation that is the sentence's subject ('투자유치단이 … 업무협약을 체결한다'): it acts
    in the signing, no event of its own."""
    return m.word.text.endswith("단") and bool(SUBJECT_AFTER.match(m.sentence.text[m.word.end - m.sentence.start:]))


def _one_tie(a: Mention, b: Mention) -> bool:
    """Two words of one city tie with the same partner (or one naming none) in a sentence."""
    return a.type in ("sister_city", "friendship_city") and (
        not a.partner or not b.partner or bool(set(a.partner) & set(b.partner)))


def _ceremony_of_strong(found: list[Mention]) -> list[Mention]:
    """'11일 … 열린 협약식에서 … 양해각서를 들어 보이고 있다': the ceremony is that signing's,
    and so is the date the sentence gives it."""
    strong = [m for m in found if m.type in STRONG_TYPES]
    ceremonies = [m for m in found if m.type == "agreement" and m.word.text.endswith("식")]
    if not strong or not ceremonies:
        return found
    if len(strong) == 1 and not strong[0].own_date and ceremonies[0].own_date:
        strong[0].date, strong[0].own_date = ceremonies[0].date, True
    return [m for m in found if m not in ceremonies]


# what may stand between an agreement's name and a bare 협약 that is the same paper: a bracket,
# a quote, and what is done with it ('양해각서(MOU)' 갱신 협약', 'MOU 이행 협약')
_RENAMED_BETWEEN = re.compile(r"^[)\]'’\"」』\s]*(?:\([^()]{0,20}\))?[)\]'’\"」』\s]*"
                              r"(?:갱신|재|연장|개정|변경|이행|체결)?\s?$")


def _renamed_strong(found: list[Mention]) -> list[Mention]:
    """'… 양해각서(MOU)' 갱신 협약을 체결했다': the bare 협약 right after a named agreement is
    that agreement, not a second one."""
    s = found[0].sentence if found else None
    return [m for m in found if not (m.type == "agreement" and any(
        k.type in STRONG_TYPES and k.type != "agreement" and k.word.end <= m.word.start
        and _RENAMED_BETWEEN.match(s.text[k.word.end - s.start:m.word.start - s.start]) for k in found))]


def _same_clause(a: Mention, b: Mention) -> bool:
    s = a.sentence
    lo, hi = sorted((a.word.end, b.word.start))
    between = s.text[lo - s.start:hi - s.start]
    if _NEXT_OBJECT.search(between):
        return False  # 'A와 ... 업무협약을, B와 ... 업무협약을 각각 체결했다': two signings
    # (a clause closed before the next is told: '… 맺은 데 이어 5일에는 …', '… 맺은 뒤 …')
    return not re.search(r"(하고|했고|하며|했으며|하는 등|함으로써|하였고|하였으며|되었고|됐고|"
                         r"[은ㄴ]\s데\s?이어|[가-힣]\s데\s?이어|[은ㄴ]\s?(?:뒤|후)\s|맺고|체결하고|교환하고)", between)


# the first agreement closed as an object ('…양해각서(MOU)'를,') and a new party named with 와/과
# before the second
_NEXT_OBJECT = re.compile(r"^(?:\([^()]{1,20}\))?\S{0,2}?\s?['’\"”)]?\s?(?:을|를),\s.*[가-힣A-Za-z0-9'’\")](?:와|과)\s")
