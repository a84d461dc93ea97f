"""The f01 development article (Incheon-Nairobi friendship city) and a valid record for it,
shared by the intake tests of the file and database paths."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
F01 = ROOT / "eval" / "dev" / "f01_incheon_nairobi_press.txt"
F01_TEXT = F01.read_text(encoding="utf-8")
# eval/dev/f01_incheon_nairobi_press.txt: the agreement sentence.
F01_SENTENCE = "□ 인천광역시는 16일 시청 접견실에서 케냐 나이로비시와 우호협력도시 협약을 체결했다고 17일 밝혔다."


def record(**changes) -> dict:
    """A valid record for the f01 article (Incheon-Nairobi friendship city)."""
    d = {
        "id": "2023-incheon-nairobi-friendship-city",
        "title_en": "Incheon and Nairobi become friendship cities",
        "title_ko": "인천–나이로비 우호협력도시 협약",
        "type": "friendship_city", "sectors": ["smart_city"], "date": "2023-05-16", "year": 2023,
        "date_basis": "stated", "korean_places": ["kr-incheon"], "partner_places": ["ke-nairobi"],
        "venue": None, "parties": [], "summary_en": "Incheon and Nairobi signed.", "summary_ko": "협약 체결.",
        "source": {"file": "", "publisher": "press release", "published": "2023-05-17", "url": None},
        "evidence": [F01_SENTENCE], "status": "proposed", "confidence": 0.9,
        "support": {"type": [{"text": "우호협력도시 협약", "start": 0, "end": 9}]},
    }
    d.update(changes)
    return d
