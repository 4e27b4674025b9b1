"""`staysim practice` refuses bad arguments with one line and exit 2, before the app starts."""

import pytest

from simulator.cli import main as cli

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["practice", "--scenario", "nope"], "unknown scenario 'nope' (known: "),
        (["practice", "--resume", "99"], "no session 99 (see: staysim history)"),
        (["practice", "--backend", "openai"], "the openai backend needs OPENAI_API_KEY"),
        (["practice", "--resume", "1", "--scenario", "stille-senior"], "either --scenario or"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(argv, message, capsys):
    assert cli(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("staysim: ") and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_resuming_a_finished_session_points_to_its_scorecard(capsys):
    from simulator import paths
    from simulator.domain.scorecard import Actions, Metrics, Scorecard
    from simulator.store import Store

    store = Store.open(paths.database_path())
    sid = store.create_session("stille-senior", "offline")
    card = Scorecard(
        scenario="stille-senior",
        language="nl",
        score=50,
        metrics=Metrics(manager_talk_share=0.5),
        actions=Actions(),
    )
    store.finish_session(sid, card)
    store.close()
    assert cli(["practice", "--resume", str(sid)]) == 2
    assert f"staysim export {sid} --format md" in capsys.readouterr().err


def test_the_app_without_a_terminal_says_what_to_use_instead():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "simulator", "practice", "--scenario", "stille-senior"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30,
    )
    assert done.returncode == 2
    assert "the app needs a terminal" in done.stderr and "staysim run" in done.stderr
