"""Exports: scorecard JSON, Markdown and self-contained HTML, all with inert text."""

import json
import re
from datetime import UTC, datetime

from export_helpers import ANSI, RICH, SCRIPT, scorecard
from markdown_it import MarkdownIt

from simulator.domain.scorecard import Scorecard
from simulator.domain.session import Session, Turn
from simulator.export import bars, export_session, inert, md_escape


def _session(card: Scorecard | None = None) -> Session:
    card = card or scorecard()
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
    card = scorecard()
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
    assert page.count('class="bar"') == len(bars(scorecard())) >= 4
    assert 'style="width:42%"' in page  # the manager's talk share, without dimensions
    # Findings count turns from 0 like the transcript list; the page shows them from 1.
    assert 'href="#turn-2">beurt 3</a>' in page
    turn = page[page.index('id="turn-2"') :].split("</div>")[0]
    assert "3. Leidinggevende" in turn and 'class="tip">Probeer &lt;script&gt;' in turn
    assert '<span class="code warn">verdedigend</span>' in page
    assert "(onderbroken)" in page
    assert page.count('class="turn ') == 4


def test_html_uses_the_scorecards_own_dimensions_when_present():
    card = scorecard().model_copy(update={})
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
    card = scorecard("fine").model_copy(update={"language": "en"})
    assert "# Stay interview: scorecard" in export_session(_session(card), "md")
    assert "<html lang=\"en\">" in export_session(_session(card), "html")


def test_pass_mark_dimensions_themes_and_facts_are_shown():
    data = scorecard("fine").model_dump()
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
    card = scorecard("fine").model_dump()
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

