"""`collections_paused()`: no cyclic collection inside, collections back when the last holder leaves (threads
overlap: a sync page and a rating), and never switched on when they were off before."""

from __future__ import annotations

import gc
import threading

from shipdesk.gc_pause import collections_paused


def test_collections_are_off_inside_and_back_after_the_last_overlapping_holder():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def other_holder() -> None:
        with collections_paused():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=other_holder)
    worker.start()
    assert inside.wait(5)
    with collections_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread still holds them off
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_collections_that_were_off_stay_off_and_an_error_inside_still_ends_the_pause():
    gc.disable()
    try:
        with collections_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with collections_paused():
            raise ValueError("page failed")
    except ValueError:
        pass
    assert gc.isenabled()
