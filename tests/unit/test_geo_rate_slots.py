"""The shared rate limit: a sender woken late never lets the next one go too soon."""

from __future__ import annotations

import threading
import time

import pytest

from geo import web_fetch
from geo.errors import GeocoderUnavailable
from geo.web_fetch import RateSlots


def test_a_late_sender_pushes_the_next_one_back(tmp_path, monkeypatch):
    """Two senders wait for their turn; the first is woken 0.6 s late (a busy machine). The
    second must still go a full delay after the first actually went, not at its old turn."""
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        real_sleep(seconds + (0.6 if threading.current_thread().name == "late" else 0.0))

    monkeypatch.setattr(web_fetch.time, "sleep", sleep)
    slots = RateSlots(tmp_path / "rate.lock", 0.5)
    slots.take(deadline=time.time() + 10)  # the slot now is taken: both senders must wait
    sent: list[float] = []

    def send() -> None:
        slots.take(deadline=time.time() + 10)
        sent.append(time.time())

    senders = [threading.Thread(target=send, name="late"), threading.Thread(target=send, name="on time")]
    senders[0].start()
    real_sleep(0.05)
    senders[1].start()
    for sender in senders:
        sender.join()
    sent.sort()
    assert sent[1] - sent[0] >= 0.5 - 0.01, sent


def test_no_turn_before_the_deadline_is_a_clear_refusal(tmp_path):
    slots = RateSlots(tmp_path / "rate.lock", 5.0)
    slots.take(deadline=time.time() + 1)
    with pytest.raises(GeocoderUnavailable, match="busy"):
        slots.take(deadline=time.time() + 1)


def test_a_broken_lock_file_does_not_block_anyone(tmp_path):
    path = tmp_path / "rate.lock"
    path.write_text("not a time")
    started = time.time()
    RateSlots(path, 5.0).take(deadline=time.time() + 1)
    assert time.time() - started < 2.5  # a wait would be 5 s
    assert float(path.read_text()) > started
