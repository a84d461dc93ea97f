"""Values the browser sends back as their old language's labels are read as the values they label."""

from __future__ import annotations

from ui.shell.i18n import sector_label, type_label
from ui.shell.relabel import unlabel


def test_a_list_keeps_its_values_and_reads_old_labels_back():
    chosen = ["robotics", "energy"]
    sent = [sector_label("robotics", "en"), "energy", "water"]
    assert unlabel(sent, chosen, lambda v: sector_label(v, "en")) == ["robotics", "energy", "water"]


def test_a_single_value_is_read_back_and_an_unknown_label_stays_as_sent():
    assert unlabel(type_label("loi", "en"), "loi", lambda v: type_label(v, "en")) == "loi"
    assert unlabel("Letter of nothing", "loi", lambda v: type_label(v, "en")) == "Letter of nothing"
    assert unlabel(None, "", lambda v: "—") is None


def test_a_label_that_is_itself_a_known_value_is_left_alone():
    assert unlabel(["b"], ["a", "b"], {"a": "b", "b": "c"}.__getitem__) == ["b"]


def test_a_label_function_that_fails_on_a_value_costs_only_that_value():
    def label(v):
        if v == "bad":
            raise LookupError(v)
        return v.upper()

    assert unlabel(["A", "bad"], ["a", "bad"], label) == ["a", "bad"]
