"""Importing conversations: our JSON export, plain text, WebVTT and SRT."""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.errors import message
from simulator.sanitize import writable

MAX_BYTES = 20 * 1024 * 1024


class TranscriptError(Exception):
    """The file cannot be read as a conversation; the message names the file and line, in the
    user's language; `code` is the catalogue key that said it."""

    def __init__(self, said: str, code: str | None = None) -> None:
        super().__init__(said)
        self.code = code

    @classmethod
    def of(cls, key: str, **values: Any) -> "TranscriptError":
        return cls(message(key, **values), key)


@dataclass(slots=True)
class Utterance:
    """One speaker turn as found in the file, with the line it starts on."""

    speaker: str
    text: str
    line: int


# Every pattern runs in time linear in the line: a tag's body stops at the next "<" as well
# as at ">", so a line of 100,000 unclosed "<a" is not rescanned from each one of them.
_TIMING = re.compile(
    r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[^\s<>]*)?\s+([^<>]+)>(.*?)(?:</v>|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-z][^<>]*>", re.IGNORECASE)
_STAMP = re.compile(r"\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*")
# Whitespace that is not a single space: most text has none, so most lines are left as is.
_MESSY_SPACE = re.compile(r"[^\S ]\s*| \s+")
_CHUNK = 1 << 20
_NOT_IN_NAME = frozenset(".,?!")


def read_text(path: Path) -> str:
    """The file as text, or a one-line reason why not."""
    from simulator.paths import Unreadable, read_regular

    try:
        data = read_regular(path, MAX_BYTES)
    except Unreadable as exc:
        raise TranscriptError(f"{path}: {exc}") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16 with a byte order mark, as some Windows tools save transcripts.
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise TranscriptError.of("errors_transcripts.utf16", path=path) from None
    if b"\x00" in data[:8192]:
        raise TranscriptError.of("errors_transcripts.binary", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TranscriptError.of("errors_transcripts.not_utf8", path=path, line=line) from None
    if not text.strip():
        raise TranscriptError.of("errors_transcripts.empty", path=path)
    return text


def parse(text: str, name: str = "<input>") -> tuple[str, list[Utterance]]:
    """(format, utterances) of a conversation in any supported format."""
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        return "json", parse_json(text, name)
    if stripped.startswith("WEBVTT"):
        return "vtt", parse_cues(text, name, vtt=True)
    lines = text.splitlines()
    if any(_TIMING.match(line) for line in lines[:50]):
        return "srt", parse_cues(text, name, vtt=False)
    return "text", parse_plain(text, name)


def parse_json(text: str, name: str) -> list[Utterance]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError.of(
            "errors_transcripts.json_at", name=name, line=exc.lineno, reason=exc.msg
        ) from None
    except RecursionError:
        raise TranscriptError.of("errors_transcripts.json_deep", name=name) from None
    except ValueError as exc:  # e.g. a number of more than 4,300 digits
        reason = str(exc).split(":")[0]
        raise TranscriptError.of("errors_transcripts.json", name=name, reason=reason) from None
    items = data.get("transcript") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise TranscriptError.of("errors_transcripts.json_no_list", name=name)
    result: list[Utterance] = []
    for index, item in enumerate(items):
        where = f"{name}: transcript[{index}]"
        if not isinstance(item, dict):
            raise TranscriptError.of("errors_transcripts.json_item", where=where)
        speaker, said = item.get("speaker"), item.get("text")
        if not isinstance(speaker, str) or not speaker.strip():
            raise TranscriptError.of("errors_transcripts.json_field", where=where, field="speaker")
        if not isinstance(said, str):
            raise TranscriptError.of("errors_transcripts.json_field", where=where, field="text")
        for field, value in (("speaker", speaker), ("text", said)):
            if not writable(value):
                raise TranscriptError.of("errors_transcripts.json_surrogate", where=where,
                                         field=field)
        if said.strip():
            result.append(Utterance(speaker.strip(), said.strip(), index + 1))
    return result


def _one_line(text: str) -> str:
    """`text` with every run of whitespace one space, in bounded memory: a substitution
    keeps a piece per match, so a 19 MB line is done a megabyte at a time."""
    if len(text) <= _CHUNK:
        return _MESSY_SPACE.sub(" ", text).strip()
    pieces = [_MESSY_SPACE.sub(" ", text[i : i + _CHUNK]) for i in range(0, len(text), _CHUNK)]
    # Only where two pieces meet can a double space be left.
    return _MESSY_SPACE.sub(" ", "".join(pieces)).strip()


class _Turns:
    """Utterances as they are found, consecutive lines of one speaker joined once at the end
    (appending to a growing string would copy it per line: 100,000 lines took minutes)."""

    def __init__(self) -> None:
        self._items: list[Utterance] = []
        self._more: dict[int, list[str]] = {}

    @property
    def last_speaker(self) -> str | None:
        return self._items[-1].speaker if self._items else None

    def add(self, speaker: str, said: str, line: int) -> None:
        said = _one_line(said)
        if not said:
            return
        if self._items and self._items[-1].speaker == speaker:
            self._more.setdefault(len(self._items) - 1, []).append(said)
        else:
            self._items.append(Utterance(speaker, said, line))

    def utterances(self) -> list[Utterance]:
        for index, more in self._more.items():
            item = self._items[index]
            item.text = " ".join([item.text, *more])
        self._more = {}
        return self._items


def _named(line: str) -> tuple[str, str] | None:
    """(name, text) of a `Name: text` line: a name of at most 41 characters and 4 words that
    starts with no digit and holds no `.,?!`; found with one scan, never a backtracking one."""
    line = line.lstrip()
    colon = line.find(":")
    if colon < 1 or not line[colon + 1 : colon + 2].isspace():
        return None
    name = line[:colon].rstrip()
    if len(name) > 41 or line[0].isdecimal() or _NOT_IN_NAME.intersection(name):
        return None
    if len(name.split()) > 4:
        return None
    return name, line[colon + 1 :].strip()


def parse_plain(text: str, name: str) -> list[Utterance]:
    """`Name: text` per line; other lines continue the previous speaker's turn."""
    turns = _Turns()
    for number, raw in enumerate(text.splitlines(), start=1):
        stamp = _STAMP.match(raw)
        line = (raw[stamp.end() :] if stamp else raw).strip()
        if not line:
            continue
        named = _named(line)
        if named:
            turns.add(named[0], named[1], number)
        elif turns.last_speaker is None:
            raise TranscriptError.of("errors_transcripts.plain", name=name, line=number)
        else:
            turns.add(turns.last_speaker, line, number)
    return turns.utterances()


def _payload(text: str, name: str, vtt: bool) -> Iterator[tuple[int, str, int]]:
    """(line number, text line, the line its cue starts on) for every line of cue text.

    A cue whose timing line is broken is refused, not skipped: its text would be lost and
    every later turn would move to the other speaker.
    """
    kind = "WebVTT" if vtt else "SRT"
    in_cue = skip_block = False
    cue_start = before_timing = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            in_cue = skip_block = False
            before_timing = 0
        elif skip_block:
            continue
        elif _TIMING.match(line):
            in_cue, cue_start = True, number
        elif "-->" in line:
            raise TranscriptError.of(
                "errors_transcripts.cue_timing", name=name, line=number, kind=kind
            )
        elif in_cue:
            yield number, line, cue_start
        elif vtt and line.split(" ", 1)[0] in ("NOTE", "STYLE", "REGION", "WEBVTT"):
            skip_block = True
        else:
            # Only one line, the cue identifier or SRT counter, may come before the timing.
            before_timing += 1
            if before_timing > 1:
                raise TranscriptError.of(
                    "errors_transcripts.cue_no_timing", name=name, line=number, kind=kind
                )


def parse_cues(text: str, name: str, vtt: bool) -> list[Utterance]:
    """WebVTT (`<v Name>` voice tags or `Name:` prefixes) and SRT cues."""
    turns = _Turns()
    for number, line, cue_start in _payload(text, name, vtt):
        voices = _VOICE.findall(line)
        for speaker, said in voices:
            turns.add(speaker.strip(), _TAG.sub("", said), cue_start)
        if voices:
            continue
        clean = _TAG.sub("", line)
        named = _named(clean)
        if named:
            turns.add(named[0], named[1], cue_start)
        elif turns.last_speaker is not None:
            turns.add(turns.last_speaker, clean, cue_start)
        else:
            kind = "WebVTT" if vtt else "SRT"
            raise TranscriptError.of(
                "errors_transcripts.cue_no_speaker", name=name, line=number, kind=kind
            )
    return turns.utterances()


def _manager_of(path: Path, speakers: list[str], wanted: str) -> str:
    """The speaker named `wanted`, case-insensitively, or an error listing who speaks."""
    match = [s for s in speakers if s.casefold() == wanted.casefold().strip()]
    if match:
        return match[0]
    listed = ", ".join(speakers)
    raise TranscriptError.of(
        "errors_transcripts.no_speaker", path=path, wanted=repr(wanted), speakers=listed
    )


# Why a cue file may seem to have one speaker: a cue without a name continues the last one.
_ONE_SPEAKER_HINT = {"srt": "errors_transcripts.hint_srt", "vtt": "errors_transcripts.hint_vtt"}


def load_conversation(
    path: Path, manager: str | None = None
) -> tuple[str, str, list[tuple[str, str]]]:
    """(format, manager name, (speaker role, text) turns) of a conversation file."""
    text = read_text(path)
    fmt, utterances = parse(text, str(path))
    if not utterances:
        raise TranscriptError.of("errors_transcripts.no_turns", path=path)
    speakers = list(dict.fromkeys(item.speaker for item in utterances))
    if fmt == "json" and set(speakers) <= {"manager", "employee"} and manager is None:
        manager = "manager"
    manager = speakers[0] if manager is None else _manager_of(path, speakers, manager)
    if len(speakers) < 2:
        hint = message(_ONE_SPEAKER_HINT[fmt]) if fmt in _ONE_SPEAKER_HINT else ""
        raise TranscriptError.of(
            "errors_transcripts.one_speaker", path=path, speaker=speakers[0], hint=hint
        )
    turns: list[tuple[str, str]] = []
    more: dict[int, list[str]] = {}
    for item in utterances:
        role = "manager" if item.speaker == manager else "employee"
        if turns and turns[-1][0] == role:
            more.setdefault(len(turns) - 1, []).append(item.text)
        else:
            turns.append((role, item.text))
    for index, texts in more.items():
        turns[index] = (turns[index][0], " ".join([turns[index][1], *texts]))
    return fmt, manager, turns
