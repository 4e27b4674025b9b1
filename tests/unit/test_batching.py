"""The cycle collector waits while a transcript is coded and scored, and runs again after."""

import gc

import pytest

from simulator.scoring import build_scorecard
from simulator.scoring.batching import cycles_later


def test_the_collector_waits_inside_and_runs_again_after_even_on_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), cycles_later():
        assert not gc.isenabled()
        with cycles_later():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer batch is still at work
        raise ValueError
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with cycles_later():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_scoring_leaves_the_collector_on():
    card = build_scorecard([("manager", "Wat geeft je energie?"), ("employee", "De klanten.")],
                           language="nl")
    assert card.metrics.open_questions == 1
    assert gc.isenabled()


def test_batches_in_two_threads_leave_the_collector_on_in_any_order():
    # A begins, B begins, A ends, B ends: the collector stays off until B ends, then is on.
    import threading

    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def a() -> None:
        with cycles_later():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def b() -> None:
        a_in.wait(5)
        with cycles_later():
            b_in.set()
            a_out.wait(5)
            seen.append(gc.isenabled())  # A has ended, B is still at work

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()
