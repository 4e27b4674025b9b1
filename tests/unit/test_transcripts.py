"""Importing conversations: JSON export, plain text, WebVTT and SRT, with clear errors."""

import json
from pathlib import Path

import pytest

from simulator.transcripts import TranscriptError, load_conversation, parse

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

DATA = Path(__file__).parents[1] / "data" / "transcripts"


def test_plain_text_with_continuation_lines():
    fmt, manager, turns = load_conversation(DATA / "poor.txt")
    assert (fmt, manager) == ("text", "Marieke")
    assert turns[0] == ("manager", "Hoi Daan. Loopt alles nog?")
    assert turns[3][1].endswith("te wachten op Hans, dat remt me behoorlijk af.")
    assert len(turns) == 8


def test_webvtt_voice_tags_and_multiline_cues():
    fmt, manager, turns = load_conversation(DATA / "good.vtt")
    assert (fmt, manager) == ("vtt", "Marieke de Wit")
    assert turns[3] == ("employee", "Het wachten op reviews. Ik sta vaak een week stil omdat "
                                    "Hans geen tijd heeft.")
    assert all("<" not in text for _, text in turns)


def test_srt_with_name_prefixes_and_chosen_manager():
    fmt, manager, turns = load_conversation(DATA / "interview.srt", manager="priya")
    assert (fmt, manager) == ("srt", "Priya")
    assert turns[0] == ("employee", "Thanks for making time. What keeps you here?")
    assert turns[1][0] == "manager"


def test_our_json_export_reads_back(tmp_path):
    path = tmp_path / "card.json"
    path.write_text(json.dumps({"transcript": [
        {"speaker": "employee", "text": "Hoi."},
        {"speaker": "manager", "text": "Wat geeft je energie?", "codes": []}]}),
        encoding="utf-8")
    fmt, manager, turns = load_conversation(path)
    assert (fmt, manager) == ("json", "manager")
    assert turns == [("employee", "Hoi."), ("manager", "Wat geeft je energie?")]


def test_vtt_speaker_prefix_without_voice_tags():
    text = "WEBVTT\n\n00:00.000 --> 00:02.000\nAnna: Hoe gaat het?\n\n" \
           "00:02.000 --> 00:04.000\nBram: Goed.\n"
    fmt, found = parse(text)
    assert fmt == "vtt" and [u.speaker for u in found] == ["Anna", "Bram"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"Hoi\nwat fijn\n", ":1: expected 'Name: text'"),
        ("Anna: één\nAnna: twee\n".encode(), "only one speaker"),
        ("Anna: caf\xe9\n".encode("latin-1"), ":1: not UTF-8"),
        (b'{"transcript": 3}', "transcript"),
        (b'{"transcript": [{"speaker": "manager"}]}', "transcript[0].text"),
        # Valid JSON, but no character: it could not be written back out.
        (b'{"transcript": [{"speaker": "manager", "text": "Hoe \\ud800 gaat het?"}]}',
         "transcript[0].text: holds a lone surrogate escape"),
        (b'{"transcript": [', ":1: not valid JSON"),
        (b"WEBVTT\n\n00:00.000 --> 00:01.000\nzonder naam\n", ":4: WebVTT cue without a speaker"),
    ],
)
def test_unreadable_input_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "talk.txt"
    path.write_bytes(content)
    with pytest.raises(TranscriptError) as info:
        load_conversation(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_and_unknown_manager(tmp_path):
    with pytest.raises(TranscriptError, match="no such file"):
        load_conversation(tmp_path / "nope.txt")
    with pytest.raises(TranscriptError, match="no speaker named 'Zoe'; speakers are: Alex, Priya"):
        load_conversation(DATA / "interview.srt", manager="Zoe")


BROKEN_VTT = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:03.000\n<v Anna>Wat geeft je energie?\n\n"
    "2\n00:00:0x.000 --> 00:00:06.000\n<v Jan>Het team.\n\n"
    "3\n00:00:07.000 --> 00:00:09.000\n<v Anna>Vertel eens meer.\n"
)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (BROKEN_VTT, ":8: WebVTT cue timing not understood"),
        (BROKEN_VTT.replace("00:00:0x.000 -->", "00:00:04.000 ->"), ":8: WebVTT cue without a "),
        (BROKEN_VTT.replace("2\n00:00:0x.000 --> 00:00:06.000\n", "00:00:04 - 00:00:06\n"),
         ":8: WebVTT cue without a valid timing line"),
    ],
    ids=["bad-digit", "single-arrow", "no-identifier"],
)
def test_a_vtt_cue_with_a_broken_timing_is_refused_not_dropped(tmp_path, text, where):
    path = tmp_path / "meeting.vtt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TranscriptError) as info:
        load_conversation(path)
    assert str(info.value).startswith(f"{path}{where}"), info.value
    assert "00:00:01.000 --> 00:00:04.000" in str(info.value)


def test_an_srt_cue_with_a_broken_timing_names_the_line_not_one_speaker(tmp_path):
    path = tmp_path / "meeting.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nAnna: Wat geeft je energie?\n\n"
        "2\n00:00:04,000 --> 00:00:0?,000\nJan: Het team.\n",
        encoding="utf-8",
    )
    with pytest.raises(TranscriptError) as info:
        load_conversation(path)
    assert str(info.value).startswith(f"{path}:6: SRT cue timing not understood")


def test_many_new_speakers_and_merged_turns_keep_their_order(tmp_path):
    lines = ["Anna: hoi"] + [f"Spreker {i}: dag {i}" for i in range(3)] + ["en verder"]
    path = tmp_path / "talk.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, manager, turns = load_conversation(path)
    assert manager == "Anna"
    assert turns == [("manager", "hoi"), ("employee", "dag 0 dag 1 dag 2 en verder")]


def test_one_named_speaker_in_srt_says_how_turns_are_assigned(tmp_path):
    path = tmp_path / "meeting.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nAnna: Wat geeft je energie?\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nHet team, eigenlijk.\n",
        encoding="utf-8",
    )
    with pytest.raises(TranscriptError) as info:
        load_conversation(path)
    assert str(info.value) == (
        f"{path}: only one speaker (Anna); a conversation needs two; "
        "a cue without 'Name: ' continues the previous speaker"
    )
