"""Runs the browser asks for around a language switch carry the labels it still shows: the page keeps
what the person chose (the Tour's story and step, the map's focus)."""

from __future__ import annotations

from tests.app.test_national_layer import national_on  # noqa: F401
from tests.helpers.apptest import held_states, run_app, send_held_next_run
from ui.screens import tour_settings

OWN = "2024-seoul-odense-robotics-mou,2014-seoul-odense-friendship-city,2019-busan-smart-city-convergence-alliance"


def test_labels_sent_back_from_before_a_language_switch_leave_the_tour_where_it_was():
    """The browser may ask for a run before the switched page reached it: it then sends the scope
    and the story as the labels it still shows, in the language before. Those are the same choice,
    not a person's change: the tour keeps its story and its step (it went back to step 1 and wrote
    the Korean labels into the address)."""
    at = run_app({"lang": "ko", "steps": OWN, "step": "3"}, page="pages/2_Tour.py")
    ids = {at.radio(key=tour_settings.SCOPE).id, at.selectbox(key=tour_settings.ORDER).id}
    korean = held_states(at, ids)
    assert sorted(w.string_value for w in korean) == ["나만의 둘러보기 (3건)", "모든 기록"]
    at.radio(key="lang").set_value("en").run()
    assert "3 of 3" in " ".join(m.value for m in at.markdown)
    send_held_next_run(at, korean)
    at.run()
    assert not at.exception
    assert at.session_state[tour_settings.SCOPE] == "all" and at.session_state[tour_settings.ORDER] == "own"
    assert "3 of 3" in " ".join(m.value for m in at.markdown)
    assert at.query_params.get("step") == "3" and "scope" not in at.query_params
    assert at.query_params.get("tour", "own") == "own"


def test_an_old_presentation_toggle_sent_back_after_esc_does_not_turn_the_look_back_on():
    """Esc draws the toggle anew under a new key; a browser that still holds the old toggle (on) may
    send it with a later run, a language switch's: Streamlit still calls that toggle's callback."""
    at = run_app({"steps": OWN, "step": "3"}, page="pages/2_Tour.py")
    at.toggle(key=tour_settings.switch_key(at.session_state)).set_value(True).run()
    assert at.query_params.get("present") == "1"
    old = at.toggle(key=tour_settings.switch_key(at.session_state)).id
    held = held_states(at, {old})
    assert held and held[0].bool_value
    at.button(key="tour_exit").click().run()  # Esc
    assert "present" not in at.query_params
    send_held_next_run(at, held)
    at.radio(key="lang").set_value("ko").run()
    assert not at.exception
    assert "present" not in at.query_params and not at.session_state[tour_settings.PRESENT]
    assert "3건 중 3번째" in " ".join(m.value for m in at.markdown)


def test_the_maps_focus_sent_back_as_its_label_from_before_a_switch_stays_in_focus(national_on):  # noqa: F811
    at = run_app({"focus": "JP", "lang": "ko"})
    box = next(s for s in at.selectbox if s.label == "강조해서 보기")
    korean = held_states(at, {box.id})
    assert [w.string_value for w in korean] == ["일본"]
    at.radio(key="lang").set_value("en").run()
    send_held_next_run(at, korean)
    at.run()
    assert not at.exception
    assert [s.value for s in at.selectbox if s.label == "Bring forward"] == ["JP"]
    assert at.query_params["focus"] == "JP"


def test_switching_the_language_there_and_back_with_nothing_in_focus_keeps_the_map():
    # (the second switch read back an empty focus box by its label, and the page failed)
    at = run_app({"lang": "ko"})
    for lang in ("en", "ko", "en"):
        at.radio(key="lang").set_value(lang).run()
        assert not at.exception, [e.value for e in at.exception]
        assert len(at.get("deck_gl_json_chart")) == 1
