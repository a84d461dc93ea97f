"""Words the place finder never takes for a place on their own."""

# words news uses that are no place, though a place is named or spelt like them (Corona, California;
# Godhra, read from '코트라', KOTRA; the South Sea, '남해', and Namhae County): a place only with
# the suffix given ('코로나시', '남해군')
ALSO_COMMON = {"코로나": "시", "코로나바이러스": "시", "코트라": "시", "남해": "군"}
# ... or just after its province ('경남 남해에서')
PROVINCE_BEFORE = {"남해": ("경남", "경상남도")}


def common_here(word: str, before: str, after: str) -> bool:
    """`word` (between `before` and `after` in its sentence) is the common word, not the place."""
    if word not in ALSO_COMMON or after.startswith(ALSO_COMMON[word]):
        return False
    return not before.rstrip().endswith(PROVINCE_BEFORE.get(word, ("\0",)))
