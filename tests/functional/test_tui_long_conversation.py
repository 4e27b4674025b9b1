"""A long conversation keeps a bounded number of turn widgets, so typing stays immediate."""

from textual.app import App, ComposeResult
from textual.widgets import Static
from tui_helpers import say, scripted_app

from simulator.domain.session import Turn
from simulator.tui.widgets.conversation import MAX_VIEWS, Conversation
from simulator.tui.widgets.turn import TurnView


class _Host(App[None]):
    def __init__(self, max_views: int) -> None:
        super().__init__()
        self.max_views = max_views

    def compose(self) -> ComposeResult:
        yield Conversation("nl", "Sanne", id="conversation", max_views=self.max_views)


async def test_the_oldest_turns_leave_the_view_and_a_line_says_how_many():
    app = _Host(max_views=5)
    async with app.run_test(size=(100, 30)) as pilot:
        conversation = app.query_one(Conversation)
        earlier = conversation.query_one("#earlier", Static)
        assert not earlier.display
        for number in range(8):
            await conversation.add(conversation.manager(f"vraag {number}"))
        await pilot.pause()
        views = list(conversation.query(TurnView))
        assert [v.text for v in views] == [f"vraag {n}" for n in range(3, 8)]
        assert earlier.display
        assert "3 eerdere beurten" in str(earlier.render())
        # The notice stays first, above the turns still shown.
        assert conversation.children[0] is earlier


async def test_a_resumed_session_mounts_only_the_newest_turns():
    app = _Host(max_views=4)
    async with app.run_test(size=(100, 30)) as pilot:
        conversation = app.query_one(Conversation)
        turns = [
            Turn(index=n, speaker="manager" if n % 2 else "employee", text=f"beurt {n}")
            for n in range(10)
        ]
        await conversation.add(*(conversation.view_for(turn) for turn in turns))
        await pilot.pause()
        assert [v.text for v in conversation.query(TurnView)] == [
            f"beurt {n}" for n in range(6, 10)
        ]
        assert conversation.hidden_turns == 6


async def test_the_practice_screen_uses_the_bounded_view(tmp_path):
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        conversation = app.screen.query_one(Conversation)
        assert conversation.max_views == MAX_VIEWS
        conversation.max_views = 4
        for number in range(3):
            await say(pilot, f"Wat geeft je energie, deel {number}?")
        views = list(conversation.query(TurnView))
        assert len(views) == 4
        assert views[-2].text == "Wat geeft je energie, deel 2?"
        assert conversation.hidden_turns >= 2


async def test_the_practice_screen_reads_the_model_and_freezes_the_heap_before_the_first_turn(
    tmp_path,
):
    import gc

    from simulator.scoring.model import load_model

    gc.unfreeze()
    load_model.cache_clear()
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert load_model.cache_info().currsize == 1
        assert gc.get_freeze_count() > 0


async def test_each_reply_freezes_the_heap_and_leaving_the_room_collects_what_it_left(tmp_path):
    """A turn view scrolled out of a frozen heap is cyclic garbage the collector no longer
    walks; closing the practice room thaws and collects it, so no session leaks into the
    next one."""
    import gc
    import weakref

    gc.collect()
    gc.freeze()
    app = scripted_app(tmp_path, scenario_id="tess-basis")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        conversation = app.screen.query_one(Conversation)
        conversation.max_views = 2
        await say(pilot, "Wat geeft je energie?")
        first = [weakref.ref(view) for view in conversation.query(TurnView)]
        frozen = gc.get_freeze_count()
        await say(pilot, "Wat houdt je hier?")
        assert gc.get_freeze_count() > frozen  # the turn's objects left the collector's walk
        await say(pilot, "Wat zou je veranderen?")
        assert all(view is None or not view.is_attached for view in (ref() for ref in first))
        gc.collect()
        assert any(ref() is not None for ref in first)  # frozen: the collector left them
        await pilot.press("escape")
        app.screen.action_leave()
        await pilot.pause()
        await pilot.pause()
        assert all(ref() is None for ref in first)
