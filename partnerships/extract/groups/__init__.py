"""Mention groups: one per distinct agreement the article reports as done (records.py turns
each group into a candidate record).

Each agreement word (types.find_types) in a content sentence is a *mention*.  A mention counts
when its sentence reports it done (types.status == 'signed'; 'named' when only the headline or
a photo caption names it; a signing reported in the present tense on the day; a programme also when announced
in the present tense, '265억원을 투자한다').  Its date is the one in brackets right after the word
('업무협약(3.13)', '전시(2015년 및 2019년)' gives one mention per year) or else the nearest date in
the sentence; its places are those the sentence names, else those of the article's headline and
lead.  In one sentence, a setting word (박람회, 상담회, 포럼 ...) yields to a signed agreement
without its own date.  Mentions of the same type, year and places in different sentences are one
agreement; two signings in one sentence stay two.
"""

from __future__ import annotations

import datetime as dt
import time

from partnerships.extract import asides, background
from partnerships.extract import dates as dates_mod
from partnerships.extract.clean import Article
from partnerships.extract.dates import Published
from partnerships.extract.errors import ArticleError
from partnerships.extract.groups.context import Context, LazyPlaces, is_headline
from partnerships.extract.groups.fitting import assemble
from partnerships.extract.groups.folds import fold_city_ties, fold_exchanges, fold_founding_declarations
from partnerships.extract.groups.group_checks import stands_alone
from partnerships.extract.groups.model import DOMESTIC_TYPES, NEEDS_PARTNER, RANK, Group, Mention, country_of
from partnerships.extract.groups.reading import ArticleReading, sentence_mentions
from partnerships.extract.groups.settle import settle_sentence
from partnerships.extract.groups.word_checks import firm_names
from partnerships.extract.places import GazetteerLike
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import find_types

READ_SECONDS = 30.0  # an article the reader has not finished by then is refused, with a message


def build(article: Article, sentences: list[Sentence], gazetteer: GazetteerLike, *,
          published: dt.date | None = None, seconds: float = READ_SECONDS) -> tuple[list[Group], list[Published]]:
    """Groups of mentions (one per candidate record) and the article's publication dates.

    ArticleError when the sentences take longer than `seconds` to read (a page of thousands of
    agreement words would hold the page that asked for minutes)."""
    deadline = time.monotonic() + seconds
    pubs = dates_mod.publication_dates(article, sentences, given=published)
    places = LazyPlaces(sentences, gazetteer)
    context = Context(sentences, places, pubs, article, gazetteer)
    words_of = [find_types(s) for s in sentences]  # each sentence's agreement words, read once
    r = ArticleReading(sentences, context, places, words_of,
                 mission=any(t.type == "roadshow" for words in words_of for t in words),
                 firms=firm_names(sentences))
    for k, (s, words) in enumerate(zip(sentences, words_of, strict=True)):
        if time.monotonic() > deadline:
            raise _too_slow(seconds, f"stopped at sentence {k + 1} of {len(sentences)}")
        if (k < 4 or is_headline(s, context)) and asides.marks_tie_age(s):
            r.celebrated.update(RANK)  # the page tells a tie's history: its past events are that history
        if not words:
            continue
        r.mentions.extend(settle_sentence(sentence_mentions(s, words, r)))
    assembled = assemble(r.mentions, on_time=lambda: time.monotonic() <= deadline)
    if assembled is None:
        raise _too_slow(seconds, f"stopped gathering its {len(r.mentions)} agreement mentions")
    groups = fold_founding_declarations(fold_city_ties(fold_exchanges(assembled)))
    def pub_date(x):  # (the page part's day, when known to the day)
        return (p := context.published(x)).exact and p.date or None

    drop = background.background_groups(groups, lambda x: context.published(x).year, celebrated=r.celebrated,
                                        pub_date=pub_date)
    for g in background.past_experience(groups, lambda x: context.published(x).year, pub_date=pub_date):
        g.history = True
    return [g for g in groups if g not in drop and stands_alone(g, groups, r)], pubs


def _too_slow(seconds: float, where: str) -> ArticleError:
    return ArticleError(f"too slow to read: the article is too long or too crowded with agreement words to read "
                        f"in {seconds:.0f} seconds ({where}); split it into its articles and add them one by one")


__all__ = ["DOMESTIC_TYPES", "NEEDS_PARTNER", "READ_SECONDS", "Group", "Mention", "build", "country_of"]
