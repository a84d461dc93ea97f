"""Words the place finder never takes for a place abroad on their own."""

# words news uses that are no place, though a small place abroad is named or spelt like them (Corona,
# California; Godhra, read from '코트라', KOTRA): a place only with its suffix ('코로나시')
ALSO_COMMON = frozenset({"코로나", "코로나바이러스", "코트라"})
