"""Talk time in voice sessions: the findings of interrupting the employee or letting no
silence fall."""

from collections.abc import Sequence

from simulator.domain.scorecard import Finding
from simulator.scoring.turns import Timing

NO_PAUSE = 0.5  # seconds: a natural gap between speakers is about 0.2 s
MOST = 0.5  # the no-silence finding needs more than this share of the timed turns


def pause_findings(
    turns: Sequence[tuple[str, str]], timings: Sequence[Timing] | None, language: str
) -> list[Finding]:
    """Each manager turn that began while the employee still spoke; and, once, letting no
    silence fall after most answers. Only measured pauses count; typed turns have none."""
    from simulator.locale.words import tip_text

    if not timings or len(timings) != len(turns):
        return []
    found: list[Finding] = []
    quick: list[int] = []
    timed = 0
    for index, ((speaker, text), (_, pause)) in enumerate(zip(turns, timings, strict=True)):
        if speaker != "manager" or pause is None or index == 0:
            continue
        timed += 1
        if pause < 0:
            found.append(Finding(turn=index, code="interruption", quote=_opening(text),
                                 tip=tip_text("interruption", {}, language),
                                 tip_id="interruption"))
        if pause < NO_PAUSE:
            quick.append(index)
    # An interruption let no silence fall either, but is already a finding of its own.
    first = next((i for i in quick if (timings[i][1] or 0) >= 0), None)
    if first is not None and len(quick) / timed > MOST:
        values = {"count": str(len(quick)), "turns": str(timed)}
        found.append(Finding(turn=first, code="no_pause", quote=_opening(turns[first][1]),
                             tip=tip_text("no_pause", values, language), tip_id="no_pause",
                             values=values))
    return found


def _opening(text: str) -> str:
    """The first words of the turn: where the timing shows."""
    words = text.split()
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")
