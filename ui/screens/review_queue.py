"""The Review page's pieces: merge offers, the queue of proposed records (each with its evidence
highlighted in its article), and the actions: publish, edit then publish, reject, bulk publish.

Each form remembers the version of the record it was opened on; a save names that version, so a
change made meanwhile by another reviewer is reported (both versions shown, the form kept) instead
of being written over.
"""

from __future__ import annotations

import contextlib

import streamlit as st

from partnerships import date_basis, review, review_merges, review_reasons, source_edit, store
from partnerships.evidence import highlight, sentence_spans
from partnerships.merge_match import MERGE_DAYS
from partnerships.roles import NotAllowed
from partnerships.tables.rows import parse_row_line, table_file
from ui.map import cards
from ui.screens import review_fields
from ui.screens.review_fields import edits_of, form_key, open_form, shown
from ui.shell import data
from ui.shell.auth import DONE, SignedIn
from ui.shell.i18n import t, type_label
from ui.shell.markup import link_host, md_code, md_escape

PAGE_SIZE = 25  # forms drawn on one run of the page: a long queue is read a page at a time
MERGES_SHOWN = 10  # merge offers drawn at once: hundreds of copies of one report stay one short list
PAGE_KEPT = "rv_page_kept"  # the queue's page the reviewer is on, kept when the number of pages changes
OPEN_KEY = "rv_open"  # ids of the records whose forms this session opened in the queue
DONE_KEY = DONE  # what the last action did: shown once in the sidebar's staff box (ui.shell.auth)
_CSS = ("<style>.rv-article{font-size:.9rem;line-height:1.7;overflow-wrap:anywhere}"
        "mark.ev{background:#fff1a8;color:#1f2328}</style>")


def queue_page(eng, user: SignedIn, lang: str) -> list[review.Stored]:
    """The records of the queue's page the reviewer is on (PAGE_SIZE, oldest first), under the
    queue's length; with a page picker when the queue is longer than one page."""
    n = review.proposed_count(eng, user.name)
    st.subheader(t("review_count", lang, n=n), anchor=False)
    pages = max(1, -(-n // PAGE_SIZE))
    page = 1
    if pages > 1:
        # (a new page count makes a new picker: it starts on the page the reviewer was on, or the last)
        kept = min(int(st.session_state.get(PAGE_KEPT, 1)), pages)
        page = int(st.columns([1, 3])[0].number_input(t("review_page", lang, pages=pages), min_value=1,
                                                      max_value=pages, value=kept, step=1, key="rv_page"))
        st.session_state[PAGE_KEPT] = page
        first = (page - 1) * PAGE_SIZE
        st.caption(t("review_showing", lang, first=first + 1, last=min(n, first + PAGE_SIZE), n=n))
    return review.proposed(eng, user.name, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)


_SOURCE_SHOWN = "rv_source_shown"


def reject_source(eng, user: SignedIn, lang: str) -> None:
    """Reject every waiting record of one source at once (an import's rows, an archive's
    articles), saying why: a wrong sheet of hundreds of rows is not rejected one by one."""
    sources = [(f, n) for f, n in review.proposed_sources(eng, user.name) if n >= 2]
    shown = st.session_state.pop(_SOURCE_SHOWN, None)  # (file, its records) the reviewer saw
    if not sources:
        return
    with st.expander(t("review_reject_source", lang)):
        counts = dict(sources)
        chosen = st.selectbox(t("review_reject_source_pick", lang), list(counts), key="rv_source",
                              format_func=lambda f: f"{table_file(f) or f} · {counts[f]}")
        reason = st.text_input(t("review_reason", lang), key="rv_source_reason")
        st.session_state[_SOURCE_SHOWN] = (chosen, review.waiting_in_source(eng, user.name, chosen))
        if st.button(t("review_reject_source_go", lang, n=counts[chosen]), key="rv_source_reject"):
            seen = shown[1] if shown and shown[0] == chosen else review.waiting_in_source(eng, user.name, chosen)
            try:
                n = review.reject_source(eng, user.name, chosen, reason=reason, expected=seen)
            except NotAllowed as exc:
                st.error(t("auth_not_allowed", lang, action=md_escape(exc.action)))
                return
            except (review.ReviewError, store.StoreUnavailable) as exc:
                failed(exc, lang)
                return
            data.changed()
            done = t("review_rejected_n", lang, n=n, file=table_file(chosen) or chosen)
            st.session_state[DONE_KEY] = ("reject", done)
            st.rerun()


def with_open_forms(eng, items: list[review.Stored]) -> list[review.Stored]:
    """The queue, plus the records this session opened in it that someone else has meanwhile
    published or rejected: their forms stay, so the reviewer is told and keeps what they wrote."""
    shown = {i.id for i in items}
    out = list(items)
    for rid in sorted(st.session_state.get(OPEN_KEY, set()) - shown):
        got = None
        with contextlib.suppress(review.NotFound):
            got = review.get(eng, rid)
        wrote = edits_of(got) if got is not None else None
        reason = str(st.session_state.get(form_key(rid, "reason")) or "").strip()  # a reason typed counts too
        if got is not None and (wrote or reason or st.session_state.get(form_key(rid, "conflict"))):
            out.append(got)
        else:  # nothing written in it: nothing to keep
            st.session_state[OPEN_KEY].discard(rid)
    return out


def failed(exc: Exception, lang: str) -> None:
    """One line saying why nothing was written, in the page's language (shown as text)."""
    detail = review_reasons.in_korean(str(exc)) if lang == "ko" else str(exc)
    st.error(t("review_error", lang, detail=md_escape(detail)))


def act(lang: str, rid: str, action: str, call, *, title: str | None = None) -> None:
    """Run one review action; report a conflict, a refusal or a bad edit without losing the form.
    The confirmation names the record by `title` (else the title of the record the call returns)."""
    try:
        got = call()
    except review.Changed as exc:
        if action in ("merge", "unmerge"):  # no form to draw both versions in: said, and the lists move on
            st.warning(t("review_merge_gone" if action == "merge" else "review_unmerge_gone", lang))
            return
        st.session_state[form_key(rid, "conflict")] = (exc.current, exc.yours)
        st.session_state[form_key(rid, "version")] = exc.current.version  # the next save is made on top of it
        st.rerun()  # the form is drawn again with both versions above it
    except NotAllowed as exc:
        st.error(t("auth_not_allowed", lang, action=md_escape(exc.action)))
        return
    except (review.ReviewError, store.StoreUnavailable) as exc:
        failed(exc, lang)
        return
    data.changed()  # the next run reads the change counter afresh and shows the change
    st.session_state.get(OPEN_KEY, set()).discard(rid)
    for key in [k for k in st.session_state if str(k).startswith(f"rv_{rid}_")]:
        del st.session_state[key]
    record = getattr(got, "record", None)  # (a merge answers with its number: no record)
    title = title or (record.get("title_ko" if lang == "ko" else "title_en") if isinstance(record, dict) else None)
    st.session_state[DONE_KEY] = (action, title or getattr(got, "id", rid))  # its title, not its id
    st.rerun()


def conflict(item: review.Stored, lang: str) -> None:
    """Both versions, when the record changed since the form was opened (seen at a save that was
    refused, or now: the stored version moved on); the form keeps what the reviewer wrote, and
    its next save is made on top of the stored version."""
    ss = st.session_state
    got = ss.get(form_key(item.id, "conflict"))
    if not got and ss.get(form_key(item.id, "version"), item.version) != item.version:
        got = ss[form_key(item.id, "conflict")] = (item, edits_of(item))
        ss[form_key(item.id, "version")] = item.version
    if not got:
        return
    current, yours = got
    st.warning(t("review_changed", lang))
    theirs_col, yours_col = st.columns(2)
    theirs_col.caption(t("review_theirs", lang, v=current.version))
    theirs_col.json({"status": current.status, **shown(current.record)}, expanded=True)
    yours_col.caption(t("review_yours", lang))
    yours_col.json(yours or {}, expanded=True)


def _article(eng, item: review.Stored, lang: str) -> None:
    text = store.article_text(eng, item.record["source"]["file"])
    if text is None:
        return
    evidence = item.record.get("evidence") or []
    rows = [parse_row_line(e) for e in evidence]
    if evidence and all(rows):  # a sheet's row: that row's cells, not the whole sheet to scroll through
        for r in rows:
            st.caption(t("record_row_evidence", lang, file=md_escape(r.file), row=r.row))
            cards.row_table(r, lang)
        return
    spans = sentence_spans(text, evidence)
    with st.container(height=260, key=form_key(item.id, "article")):
        st.html(f'{_CSS}<div class="rv-article" lang="ko">{highlight(text, spans)}</div>')
    quotes = "\n".join(f"> “{md_escape(x)}”\n>" for x in evidence)  # the marked sentences, at a glance
    st.markdown(f"*{t('add_article_evidence', lang)}*\n\n{quotes.rstrip('>').rstrip()}")


def record_form(eng, item: review.Stored, user: SignedIn, lang: str) -> None:
    """One proposed record: what it says, its evidence in its article, and the actions. A record
    someone else published meanwhile (still open here) offers to save the edits on top instead."""
    open_form(item)
    version = st.session_state[form_key(item.id, "version")]  # read before `conflict` moves it on
    st.session_state.setdefault(OPEN_KEY, set()).add(item.id)
    d = item.record
    src = d.get("source") or {}
    with st.container(border=True, key=form_key(item.id, "box")):
        top, pick = st.columns([6, 1], vertical_alignment="center")
        top.markdown(f"**{md_escape(d.get('title_ko') if lang == 'ko' else d.get('title_en'))}** · "
                     f"{md_escape(type_label(d['type'], lang))} · {md_escape(d.get('date'))}")
        top.caption(t("review_from", lang, file=md_escape(table_file(str(src.get("file"))) or src.get("file")),
                      publisher=md_escape(src.get("publisher") or "—"),
                      published=md_escape(src.get("published") or "—")))
        if date_basis.kind(str(d.get("date_basis") or "stated")) != "stated":  # where the year came from
            top.caption(t("review_date_basis", lang, basis=md_escape(date_basis.describe(str(d["date_basis"]), lang))))
        incomplete = source_edit.incomplete(d)  # (a folder of articles may come without them)
        if incomplete:
            top.warning(t("review_source_missing", lang))
        if src.get("url"):  # the address the public pages will link: its host first, so a stranger one shows
            top.caption(t("review_address", lang, host=md_escape(link_host(src["url"]) or "?"),
                          url=md_code(src["url"])))
        pick.checkbox(t("review_select", lang), key=form_key(item.id, "pick"))
        conflict(item, lang)
        left, right = st.columns([1, 1], gap="medium")
        with left:
            _article(eng, item, lang)
        with right:
            review_fields.draw(item.id, lang, from_table="table_row" in d)
            reason = st.text_input(t("review_reason", lang), key=form_key(item.id, "reason")).strip()
        _actions(eng, item, user, lang, version=version, reason=reason, incomplete=incomplete)


def _actions(eng, item: review.Stored, user: SignedIn, lang: str, *, version: int, reason: str,
             incomplete: bool) -> None:
    """Publish, save the edits and publish (or save them on top of a record published meanwhile),
    reject: each asks the server, which checks the role and the version again."""
    proposed, d = item.status == "proposed", item.record
    b1, b2, b3 = st.columns(3)
    edits = edits_of(item)
    if b1.button(t("review_publish", lang), key=form_key(item.id, "publish"), type="primary",
                 disabled=edits is not None or not proposed or incomplete, width="stretch"):
        act(lang, item.id, "publish", lambda: review.publish(eng, user.name, item.id, version=version))
    if not proposed:  # published meanwhile: the edits can still be saved, with a reason
        if b2.button(t("history_save", lang), key=form_key(item.id, "edit_publish"), disabled=edits is None,
                     width="stretch"):
            if not reason:
                st.error(t("review_need_reason", lang))
            else:
                act(lang, item.id, "edit", lambda: review.edit(eng, user.name, item.id, edits, version=version,
                                                               reason=reason))
    elif b2.button(t("review_edit_publish", lang), key=form_key(item.id, "edit_publish"), disabled=edits is None,
                   width="stretch"):
        if not reason and edits and review_reasons.fills_blanks(edits, d):
            reason = review_reasons.FILLED_BLANKS  # (a missing publisher typed in needs no why)
        if not reason:
            st.error(t("review_need_reason", lang))
        else:
            act(lang, item.id, "publish", lambda: review.publish(eng, user.name, item.id, version=version,
                                                                  new=edits, reason=reason))
    if edits is not None and proposed:  # (why Publish went grey)
        st.caption(t("review_edits_hint", lang))
    if b3.button(t("review_reject", lang), key=form_key(item.id, "reject"), disabled=not proposed,
                 width="stretch"):
        if not reason:
            st.error(t("review_need_reason", lang))
        else:
            act(lang, item.id, "reject",
                 lambda: review.reject(eng, user.name, item.id, version=version, reason=reason))


_HELD = "rv_bulk_held"  # titles of the selected records the last bulk publish left for the reviewer


def _title(item: review.Stored, lang: str) -> str:
    return str(item.record.get("title_ko" if lang == "ko" else "title_en") or item.id)


def bulk_publish(eng, items: list[review.Stored], user: SignedIn, lang: str, *,
                 merging: set[str] = frozenset()) -> None:
    """Publish every selected record, as it was when its form was opened (all or none of those
    that can be published as they are); one that cannot (an article's record without its source's
    publisher and date) stays selected, and the reviewer is told which, by title."""
    picked = [i for i in items if st.session_state.get(form_key(i.id, "pick"))]
    held = st.session_state.pop(_HELD, None)
    if held:
        st.warning(t("review_bulk_held", lang, titles=md_escape(" · ".join(held))))
    publish_col, all_col = st.columns([3, 2], vertical_alignment="center")
    # (a record offered as a merge above is left to that offer: published alone, it would be a second record)
    alone = [i.id for i in items if i.id not in merging]
    every = bool(alone) and {i.id for i in picked} >= set(alone)
    all_col.button(t("review_pick_none" if every else "review_pick_all", lang, n=len(alone)), key="review_pick_all",
                   disabled=not alone, on_click=_pick_all,
                   args=(alone if not every else [i.id for i in items], not every))
    if publish_col.button(t("review_bulk", lang, n=len(picked)), key="review_bulk", disabled=not picked,
                          type="primary"):
        ready = [i for i in picked if not source_edit.incomplete(i.record)]
        if len(ready) < len(picked):
            st.session_state[_HELD] = [_title(i, lang) for i in picked if i not in ready]
            if not ready:
                st.rerun()
        picked = ready
        chosen = [(i.id, st.session_state.get(form_key(i.id, "version"), i.version)) for i in picked]
        try:
            review.publish_many(eng, user.name, chosen)
        except review.Changed as exc:
            st.session_state[form_key(exc.current.id, "conflict")] = (exc.current, None)
            st.session_state[form_key(exc.current.id, "version")] = exc.current.version
            st.rerun()
        except NotAllowed as exc:
            st.error(t("auth_not_allowed", lang, action=md_escape(exc.action)))
            return
        except (review.ReviewError, store.StoreUnavailable) as exc:
            failed(exc, lang)
            return
        data.changed()
        for i in picked:
            st.session_state.get(OPEN_KEY, set()).discard(i.id)
            for key in [k for k in st.session_state if str(k).startswith(f"rv_{i.id}_")]:
                del st.session_state[key]
        st.session_state[DONE_KEY] = ("publish", " · ".join(_title(i, lang) for i in picked))
        st.rerun()


def _pick_all(ids: list[str], on: bool) -> None:
    """Tick (or clear) every record of the page's queue for publishing at once."""
    for rid in ids:
        st.session_state[form_key(rid, "pick")] = on


def _gone_click(kind: str, live: set[str], lang: str) -> None:
    """Say so when a merge or undo button clicked is no longer drawn (another reviewer merged, or
    undid, first: Streamlit drops a click on a button the run does not draw); remember `live`."""
    shown = f"rv_shown_{kind}"
    if any(st.session_state.get(k) is True for k in st.session_state.get(shown, ()) if k not in live):
        st.warning(t(f"review_{kind}_gone", lang))
    st.session_state[shown] = tuple(live)


def merges_done(eng, user: SignedIn, lang: str) -> None:
    """Merges not undone, each with an undo button (a reason is required)."""
    done = review_merges.active_merges(eng, user.name)
    _gone_click("unmerge", {f"rv_unmerge_{m['id']}" for m in done}, lang)
    if not done:
        return
    with st.expander(t("review_merges_done", lang, n=len(done))):
        reason = st.text_input(t("review_reason", lang), key="rv_unmerge_reason").strip()
        for m in done:  # by their titles, as the offers name them (an id says nothing to a reviewer)
            st.text(f"{_title_of(eng, m['kept_id'], lang)} ← {_title_of(eng, m['absorbed_id'], lang)} · {m['who']}")
            if st.button(t("review_unmerge", lang, n=m["id"]), key=f"rv_unmerge_{m['id']}"):
                if not reason:
                    st.error(t("review_need_reason", lang))
                else:
                    act(lang, m["kept_id"], "unmerge",
                        lambda n=m["id"]: review_merges.unmerge(eng, user.name, n, reason=reason)[0],
                        title=_title_of(eng, m["kept_id"], lang))


def _title_of(eng, rid: str, lang: str) -> str:
    """A record's title in the page's language (its id when it has none or is gone)."""
    try:
        return _title(review.get(eng, rid), lang) or rid
    except review.NotFound:
        return rid


def merge_offers(eng, user: SignedIn, lang: str) -> set[str]:
    """Pairs of records that report the same agreement, each with a merge button; then the merges
    made so far, to undo. Returns the ids offered to be merged into another."""
    merges_done(eng, user, lang)
    pairs = review_merges.candidates_for(eng, user.name)
    _gone_click("merge", {f"rv_merge_{k.id}_{a.id}" for k, a in pairs[:MERGES_SHOWN]}, lang)
    if not pairs:
        return set()
    st.subheader(t("review_merge_title", lang), anchor=False)
    st.caption(t("review_merge_help", lang, days=MERGE_DAYS))
    if len(pairs) > MERGES_SHOWN:
        st.caption(t("review_merge_more", lang, shown=MERGES_SHOWN, n=len(pairs)))
    for kept, absorbed in pairs[:MERGES_SHOWN]:
        label = t("review_merge", lang)
        with st.container(border=True):
            for one in (kept, absorbed):  # by title and where it comes from (a sheet by its name and row)
                src = one.record["source"]
                row = parse_row_line((one.record.get("evidence") or [""])[0])
                where = t("tour_row_source", lang, file=row.file, row=row.row) if row else src["file"]
                st.text(f"{_title(one, lang)} · {t('status_' + one.status, lang)} · {one.record['date']} · "
                        f"{src.get('publisher') or '—'} · {where}")
            if st.button(label, key=f"rv_merge_{kept.id}_{absorbed.id}"):
                act(lang, kept.id, "merge", lambda k=kept, a=absorbed: review_merges.merge(
                    eng, user.name, (k.id, k.version), (a.id, a.version)), title=_title(kept, lang))
    return {absorbed.id for _, absorbed in pairs}
