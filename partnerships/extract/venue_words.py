"""Words a venue's name ends with, defined once for every check that reads a place as where
something happened ('… 국제전시센터에서', '리옹 직물장식미술관에서')."""

BUILDINGS = r"(?:센터|호텔|청사|회관|홀|타워|컨벤션|전시장|회의장)"
# ... and the sites an exhibition or a performance is held in
SITES = r"(?:센터|호텔|청사|회관|홀|타워|컨벤션|전시장|회의장|극장|박물관|미술관)"
# ... and what a university's name adds to its city's ('드레스덴공대', '하노이국립대학교')
UNIVERSITY = r"(?:국립|주립|시립|공과|공업|기술|의과)?(?:대학교|대학|공대|대)"
