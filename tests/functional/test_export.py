"""Exports: scorecard JSON, Markdown and self-contained HTML, all with inert text."""

import json
import os
import re
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from simulator import paths
from simulator.cli import main
from simulator.domain.scorecard import (
    Actions,
    Coverage,
    Disclosures,
    Finding,
    Metrics,
    Scorecard,
)
from simulator.domain.session import Session, Turn
from simulator.export import bars, export_session, inert, md_escape
from simulator.store import Store

SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(2)>'
ANSI = "\x1b[31mrood\x1b[0m\x1b]8;;http://evil.example\x07link\x1b]8;;\x07"
RICH = "[bold red]vet[/] [link=http://evil.example]klik[/link]"
HOSTILE = f"{SCRIPT} {ATTR} {ANSI} {RICH} *nadruk* `code` [a](javascript:alert(3))"


def _scorecard(text: str = HOSTILE) -> Scorecard:
    return Scorecard(
        scenario="tess-basis",
        language="nl",
        score=58,
        metrics=Metrics(
            manager_talk_share=0.42,
            open_questions=3,
            closed_questions=1,
            open_question_share=0.75,
            reflections=2,
            reflection_to_question=0.5,
            defensive=1,
        ),
        coverage=Coverage(explored=["energy"], missed=["leave"]),
        actions=Actions(manager=True, follow_up=True),
        findings=[Finding(turn=2, code="defensive", quote=text, tip=f"Probeer {SCRIPT}")],
        disclosures=Disclosures(revealed=[f"Recruiter {SCRIPT}"], total=3),
        transcript=[
            {"speaker": "manager", "text": "Wat geeft je energie?", "codes": ["open_question"]},
            {"speaker": "employee", "text": text, "codes": []},
            {"speaker": "manager", "text": "Ja maar dat klopt niet.", "codes": ["defensive"]},
            {"speaker": "employee", "text": "Nou ja, ik", "codes": []},
        ],
    )


def _session(card: Scorecard | None = None) -> Session:
    card = card or _scorecard()
    return Session(
        id=7,
        scenario="tess-basis",
        backend="offline",
        language="nl",
        started=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
        ended=datetime(2026, 1, 5, 9, 50, tzinfo=UTC),
        turns=[
            Turn(index=i, speaker=line.speaker, text=line.text, status=status)
            for i, (line, status) in enumerate(
                zip(card.transcript, ["complete"] * 3 + ["interrupted"], strict=True)
            )
        ],
        scorecard=card,
        score=card.score,
    )


def test_inert_strips_escape_sequences_and_controls():
    assert inert(ANSI) == "roodlink"
    assert inert("a\x00b\x07c\x9bd\u202eе\r\nf\tg") == "abcdе\nf\tg"
    assert inert("gewoon Nederlands: één café") == "gewoon Nederlands: één café"


def test_json_export_is_the_scorecard_and_nothing_else():
    card = _scorecard()
    data = json.loads(export_session(_session(card), "json"))
    assert Scorecard.model_validate(data) == card
    assert set(data) == {
        "scenario", "language", "score", "metrics", "coverage", "actions",
        "findings", "disclosures", "transcript",
    }  # fmt: skip
    # Raw escape characters never reach the file; JSON escapes them.
    raw = export_session(_session(card), "json")
    assert "\x1b" not in raw and "\\u001b" in raw


def _live_tags(markup: str) -> list[str]:
    pattern = r"<\s*(script|img|iframe|object|embed|svg|a\s+href=\"?javascript)"
    return re.findall(pattern, markup, re.I)


def test_html_export_has_no_live_script_and_is_self_contained():
    page = export_session(_session(), "html")
    assert page.startswith("<!DOCTYPE html>")
    assert _live_tags(page) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "\x1b" not in page and "\x07" not in page
    assert RICH.replace('"', "&quot;") in page or "[bold red]vet[/]" in page
    # Nothing loaded from elsewhere, and a policy that forbids scripts even if one slipped in.
    assert not re.search(r"(src|href)\s*=\s*\"?(https?:|//)", page, re.I)
    assert "default-src 'none'" in page
    # The scorecard is all there: score, bars, findings linked to turns, annotated transcript.
    assert ">58<small>/100</small>" in page
    assert page.count('class="bar"') == len(bars(_scorecard())) >= 4
    assert 'style="width:42%"' in page  # the manager's talk share, without dimensions
    # Findings count turns from 0 like the transcript list; the page shows them from 1.
    assert 'href="#turn-2">beurt 3</a>' in page
    turn = page[page.index('id="turn-2"') :].split("</div>")[0]
    assert "3. Leidinggevende" in turn and 'class="tip">Probeer &lt;script&gt;' in turn
    assert '<span class="code warn">verdedigend</span>' in page
    assert "(onderbroken)" in page
    assert page.count('class="turn ') == 4


def test_html_uses_the_scorecards_own_dimensions_when_present():
    card = _scorecard().model_copy(update={})
    data = card.model_dump()
    data["dimensions"] = [
        {"name": "listening", "score": 80, "weight": 15},
        {"name": "coverage", "score": 25, "weight": 10},
        {"name": f"x{SCRIPT}", "score": 50, "weight": 1},
    ]
    page = export_session(_session(Scorecard.model_validate(data)), "html")
    assert 'style="width:80%"' in page and 'style="width:25%"' in page
    assert page.count('class="bar"') == 3
    assert _live_tags(page) == []
    data["dimensions"] = [
        {"name": "listening", "label": "Luisteren", "score": 64, "weight": 15},
        {"name": "actions", "score": 10, "weight": 10},
    ]
    page = export_session(_session(Scorecard.model_validate(data)), "html")
    assert "<span>Luisteren</span>" in page and 'style="width:64%"' in page
    assert page.count('class="bar"') == 2


def test_markdown_export_reads_well_and_renders_inert():
    text = export_session(_session(), "md")
    assert text.startswith("# Blijfgesprek: scorecard\n")
    assert "**Score: 58/100**" in text
    assert "- [x] Actie voor de leidinggevende" in text
    assert "\x1b" not in text
    assert "*(onderbroken)*" in text
    assert "- **beurt 3** · verdedigend" in text
    rendered = MarkdownIt("commonmark").render(text)
    assert _live_tags(rendered) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    # Emphasis and links typed by a user stay literal text.
    assert "<em>nadruk</em>" not in rendered and "*nadruk*" in rendered
    assert "<a " not in rendered and "<code>code</code>" not in rendered
    assert "[bold red]vet[/]" in rendered


def test_markdown_escape_keeps_words_readable():
    assert md_escape("Wat geeft je energie?") == "Wat geeft je energie?"
    assert md_escape("1. eerst\n- dan") == "1\\. eerst\n\\- dan"
    hostile = "# kop\n* lijst\n+ plus\n2) twee\n> quote\n<b>x</b>\nkop\n===\n<http://x.nl>"
    rendered = MarkdownIt("commonmark").render(md_escape(hostile))
    for tag in ("<h1>", "<ul>", "<ol>", "<blockquote>", "<b>", "<a "):
        assert tag not in rendered, tag
    assert "Pas op (1): a_b" in MarkdownIt("commonmark").render(md_escape("Pas op (1): a_b"))


def test_english_session_gets_english_labels():
    card = _scorecard("fine").model_copy(update={"language": "en"})
    assert "# Stay interview: scorecard" in export_session(_session(card), "md")
    assert "<html lang=\"en\">" in export_session(_session(card), "html")


def _save(card: Scorecard, finished: bool = True) -> int:
    store = Store.open(paths.database_path())
    sid = store.create_session(card.scenario, "offline", None, card.language)
    for line in card.transcript:
        store.append_turn(sid, line.speaker, line.text)
    if finished:
        store.finish_session(sid, card)
    store.close()
    return sid


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_export_command_to_stdout_and_private_file(tmp_path, capsys, fmt):
    sid = _save(_scorecard())
    assert main(["export", str(sid), "--format", fmt]) == 0
    printed = capsys.readouterr().out
    target = tmp_path / f"out.{fmt}"
    assert main(["export", str(sid), "--format", fmt, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == printed
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staysim-export-")]


def test_export_last(capsys):
    _save(_scorecard("eerste"))
    _save(_scorecard("tweede"))
    assert main(["export", "last", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["transcript"][1]["text"] == "tweede"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "1"], "no saved sessions yet"),
        (["export", "abc"], "SESSION must be a session number"),
        (["export", "0"], "no session 0"),
    ],
)
def test_export_mistakes_are_one_line_exit_2(argv, message, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "en")
    result = subprocess.run(
        [sys.executable, "-m", "simulator", *argv], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert message in result.stderr and "Traceback" not in result.stderr


def test_export_unknown_session_and_unwritable_target(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STAYSIM_LANG", "en")
    _save(_scorecard())
    assert main(["export", "99"]) == 2
    assert "no session 99" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path / "missing" / "x.md")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_export_speaks_the_app_language(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("STAYSIM_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert main(["export", "1"]) == 2
    assert "nog geen opgeslagen gesprekken" in capsys.readouterr().err
    _save(_scorecard())
    target = tmp_path / "r.md"
    assert main(["export", "1", "-o", str(target)]) == 0
    assert capsys.readouterr().err.strip() == f"Gesprek 1 geëxporteerd naar {target}"
    assert main(["export", "99"]) == 2
    assert "geen gesprek 99 (zie: staysim history)" in capsys.readouterr().err
    assert main(["export", "abc"]) == 2
    assert "SESSION moet een gespreksnummer" in capsys.readouterr().err
    assert main(["export", "1", "-o", str(tmp_path)]) == 2
    assert "is een map" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["export", "1", "-o", str(target)]) == 0
    assert capsys.readouterr().err.strip() == f"Exported session 1 to {target}"


# Round trips through the real engine (offline) and `staysim score`

SCRIPTS = sorted((Path(__file__).parents[1] / "scripts").glob("*.txt"))


async def _practise(script: Path, finish: bool) -> tuple[int, Scorecard | None]:
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    library = load_library(include_user=False)
    scenario = library.scenarios[script.name.split(".")[0]]
    store = Store.open(paths.database_path())
    session = PracticeSession.start(
        store, scenario, library.persona_for(scenario), choose_backend("offline")
    )
    for line in script.read_text(encoding="utf-8").splitlines():
        if line.strip():
            async for _ in session.reply(line):
                pass
    card = session.finish() if finish else None
    store.close()
    return session.session_id, card


def _score_file(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["score", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
async def test_score_of_the_json_export_gives_the_same_metrics(tmp_path, capsys, script):
    sid, card = await _practise(script, finish=True)
    assert card is not None
    target = tmp_path / "export.json"
    assert main(["export", str(sid), "--format", "json", "-o", str(target)]) == 0
    rescored = _score_file(target, capsys)
    assert rescored["metrics"] == card.model_dump(mode="json")["metrics"]
    assert rescored["score"] == card.score
    assert rescored["language"] == card.language


async def test_an_unfinished_session_is_scored_on_export_like_the_live_session(tmp_path, capsys):
    script = SCRIPTS[0]
    sid, _ = await _practise(script, finish=False)
    store = Store.open(paths.database_path())
    saved = store.load_session(sid)
    store.close()
    assert saved is not None and saved.ended is None
    on_export = json.loads(export_session(saved, "json"))
    # What the live session would have scored had it been finished.
    from simulator.engine import PracticeSession, choose_backend
    from simulator.library import load_library

    store = Store.open(paths.database_path())
    live = PracticeSession.resume(
        store, sid, load_library(include_user=False), choose_backend("offline")
    ).finish()
    store.close()
    expected = live.model_dump(mode="json")
    for key in ("score", "metrics", "actions", "findings", "disclosures", "transcript", "facts"):
        assert on_export[key] == expected[key], key
    target = tmp_path / "unfinished.json"
    target.write_text(json.dumps(on_export), encoding="utf-8")
    assert _score_file(target, capsys)["metrics"] == expected["metrics"]
    page = export_session(saved, "html")
    assert "niet afgerond" in page or "unfinished" in page


def test_pass_mark_dimensions_themes_and_facts_are_shown():
    data = _scorecard("fine").model_dump()
    data.update(
        pass_score=60,
        passed=False,
        dimensions=[{"name": "listening", "label": "Luist```<b>", "score": 69, "goal": "≤ 30%",
                     "weight": 15}],
        coverage={"explored": ["energy", "leave"], "missed": ["growth"]},
        facts=[
            {"id": "a", "label": "Benaderd door recruiter", "theme": "leave", "revealed": True},
            {"id": "b", "label": f"Wil {SCRIPT} groeien", "theme": "growth", "revealed": False},
        ],
    )
    session = _session(Scorecard.model_validate(data))
    text = export_session(session, "md")
    assert "**Score: 58/100 · nog niet gehaald (grens 60)**" in text
    assert "Luist'''<b>" in text and " 69/100  (doel ≤ 30%)" in text and "69%" not in text
    assert "- Verkend: energie, vertrekredenen" in text and "- Niet aan bod: groei" in text
    assert "- [x] Benaderd door recruiter" in text
    assert "- [ ] Wil \\<script\\>" in text and "(nog verborgen)" in text
    rendered = MarkdownIt("commonmark").render(text)
    assert _live_tags(rendered) == [] and "<b>" not in rendered
    page = export_session(session, "html")
    assert "nog niet gehaald (grens 60)" in page and 'title="doel ≤ 30%"' in page
    assert "<span>69/100</span>" in page
    assert "✘ Wil &lt;script&gt;alert(1)&lt;/script&gt; groeien (nog verborgen)" in page
    assert _live_tags(page) == []


def _stille_senior(language: str = "nl", backend: str = "offline") -> Session:
    card = _scorecard("fine").model_dump()
    card.update(scenario="stille-senior", language=language)
    card["metrics"]["reflection_to_question"] = 1.3333
    card["findings"][0]["code"] = "advice"
    card["transcript"][0]["codes"] = ["closed_question", "affirmation"]
    session = _session(Scorecard.model_validate(card))
    return session.model_copy(
        update={"scenario": "stille-senior", "language": language, "backend": backend}
    )


def test_dutch_exports_speak_dutch_and_name_scenario_and_employee():
    session = _stille_senior()
    text = export_session(session, "md")
    assert "- Scenario: De stille senior *(id stille-senior)*" in text
    assert "- Medewerker: Sanne de Vries (offline oefenmodus)" in text
    assert "Gesprekspartner" not in text
    assert "| Reflecties per vraag | 1,33 |" in text and "1.33" not in text
    assert "**beurt 3** · ongevraagd advies" in text and "advice" not in text
    assert "`gesloten vraag` `bevestiging`" in text and "closed_question" not in text
    page = export_session(session, "html")
    assert "De stille senior <small>(id stille-senior)</small>" in page
    assert "<title>Blijfgesprek: scorecard: De stille senior</title>" in page
    assert "Sanne de Vries (offline oefenmodus)" in page
    assert '<span class="code warn">ongevraagd advies</span>' in page
    assert ">gesloten vraag</span>" in page and "closed_question" not in page
    assert "1,33" in page


def test_english_exports_keep_the_decimal_point_and_name_the_model():
    session = _stille_senior("en", "openai").model_copy(update={"model": "qwen2.5"})
    text = export_session(session, "md")
    assert "| Reflections per question | 1.33 |" in text
    assert "- Employee: Sanne de Vries (language model qwen2.5)" in text
    assert "**turn 3** · unasked-for advice" in text


def test_an_export_of_a_removed_scenario_shows_its_id():
    text = export_session(_session(), "md")
    assert "- Scenario: tess-basis\n" in text
    assert "- Medewerker: offline oefenmodus\n" in text


def test_an_unfinished_session_of_a_removed_scenario_is_still_scored(capsys):
    store = Store.open(paths.database_path())
    sid = store.create_session("verwijderd-scenario", "openai", "m", "nl")
    store.append_turn(sid, "employee", "Hoi.")
    store.append_turn(sid, "manager", "Waar kijk je elke werkdag het meest naar uit?")
    store.append_turn(sid, "manager", "Loopt alles nog?")  # the reply in between failed
    store.append_turn(sid, "employee", "Het team, eigenlijk", "interrupted")
    store.close()
    assert main(["export", str(sid), "--format", "json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["scenario"] == "verwijderd-scenario" and card["disclosures"] is None
    assert card["metrics"]["open_questions"] == 1 and card["metrics"]["closed_questions"] == 1
    assert card["transcript"][-1] == {
        "speaker": "employee", "text": "Het team, eigenlijk", "codes": []
    }  # fmt: skip
    assert main(["export", str(sid), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "(onderbroken)" in page and "niet afgerond" in page


def test_export_into_a_link_or_a_pipe_keeps_them(tmp_path):
    import os
    import stat
    import threading

    from simulator.export import write_private

    real = tmp_path / "real.md"
    real.write_text("original", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_private(link, "export")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "export"

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_private(fifo, "through the pipe")
    reader.join(timeout=5)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
