"""Importing conversations: our JSON export, plain text, WebVTT and SRT."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024


class TranscriptError(Exception):
    """The file cannot be read as a conversation; the message names the file and line."""


@dataclass
class Utterance:
    """One speaker turn as found in the file, with the line it starts on."""

    speaker: str
    text: str
    line: int


_TIMING = re.compile(
    r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>(.*?)(?:</v>|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-z][^>]*>", re.IGNORECASE)
_NAMED = re.compile(r"^\s*([^\s:.,?!\d][^:.,?!]{0,40}?)\s*:\s+(.*)$")
_STAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*")


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
            raise TranscriptError(f"{path}: not valid UTF-16 text; save it as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise TranscriptError(f"{path}: binary file, not a transcript")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TranscriptError(f"{path}:{line}: not UTF-8 text; save it as UTF-8") from None
    if not text.strip():
        raise TranscriptError(f"{path}: empty file")
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
        raise TranscriptError(f"{name}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise TranscriptError(f"{name}: JSON nested too deeply to be a transcript") from None
    except ValueError as exc:  # e.g. a number of more than 4,300 digits
        raise TranscriptError(f"{name}: not valid JSON ({str(exc).split(':')[0]})") from None
    items = data.get("transcript") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise TranscriptError(f"{name}: JSON without a \"transcript\" list of turns")
    result: list[Utterance] = []
    for index, item in enumerate(items):
        where = f"{name}: transcript[{index}]"
        if not isinstance(item, dict):
            raise TranscriptError(f"{where}: must be an object with \"speaker\" and \"text\"")
        speaker, said = item.get("speaker"), item.get("text")
        if not isinstance(speaker, str) or not speaker.strip():
            raise TranscriptError(f"{where}.speaker: missing or not a string")
        if not isinstance(said, str):
            raise TranscriptError(f"{where}.text: missing or not a string")
        if said.strip():
            result.append(Utterance(speaker.strip(), said.strip(), index + 1))
    return result


def _append(result: list[Utterance], speaker: str, said: str, line: int) -> None:
    said = " ".join(said.split())
    if not said:
        return
    if result and result[-1].speaker == speaker:
        result[-1].text += " " + said
    else:
        result.append(Utterance(speaker, said, line))


def parse_plain(text: str, name: str) -> list[Utterance]:
    """`Name: text` per line; other lines continue the previous speaker's turn."""
    result: list[Utterance] = []
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _STAMP.sub("", raw).strip()
        if not line:
            continue
        match = _NAMED.match(line)
        if match and len(match.group(1).split()) <= 4:
            current = match.group(1).strip()
            _append(result, current, match.group(2), number)
        elif current is None:
            raise TranscriptError(
                f"{name}:{number}: expected 'Name: text' (unknown format; use our JSON "
                "export, 'Name: text' lines, WebVTT or SRT)"
            )
        else:
            _append(result, current, line, number)
    return result


def parse_cues(text: str, name: str, vtt: bool) -> list[Utterance]:
    """WebVTT (`<v Name>` voice tags or `Name:` prefixes) and SRT cues."""
    result: list[Utterance] = []
    lines = text.splitlines()
    number = 0
    in_cue = False
    skip_block = False
    cue_start = 0
    while number < len(lines):
        raw = lines[number]
        number += 1
        line = raw.strip()
        if not line:
            in_cue = False
            skip_block = False
            continue
        if skip_block:
            continue
        if vtt and not in_cue and line.split(" ")[0] in ("NOTE", "STYLE", "REGION", "WEBVTT"):
            skip_block = True
            continue
        if _TIMING.match(line):
            in_cue = True
            cue_start = number
            continue
        if not in_cue:
            continue  # cue identifiers and SRT counters
        voices = _VOICE.findall(line)
        if voices:
            for speaker, said in voices:
                _append(result, speaker.strip(), _TAG.sub("", said), cue_start)
            continue
        clean = _TAG.sub("", line)
        match = _NAMED.match(clean)
        if match and len(match.group(1).split()) <= 4:
            _append(result, match.group(1).strip(), match.group(2), cue_start)
        elif result:
            _append(result, result[-1].speaker, clean, cue_start)
        else:
            kind = "WebVTT" if vtt else "SRT"
            raise TranscriptError(
                f"{name}:{number}: {kind} cue without a speaker; use '<v Name>' or 'Name: text'"
            )
    return result


def load_conversation(
    path: Path, manager: str | None = None
) -> tuple[str, str, list[tuple[str, str]]]:
    """(format, manager name, (speaker role, text) turns) of a conversation file."""
    text = read_text(path)
    fmt, utterances = parse(text, str(path))
    if not utterances:
        raise TranscriptError(f"{path}: no turns found")
    speakers: list[str] = []
    for item in utterances:
        if item.speaker not in speakers:
            speakers.append(item.speaker)
    if fmt == "json" and set(speakers) <= {"manager", "employee"} and manager is None:
        manager = "manager"
    if manager is None:
        manager = speakers[0]
    else:
        wanted = manager.casefold().strip()
        match = [s for s in speakers if s.casefold() == wanted]
        if not match:
            from simulator.scoring.coder import detect_language

            # Said in the file's own language: a Dutch transcript gets a Dutch message.
            said = " ".join(item.text for item in utterances[:40])
            if detect_language(said) == "nl":
                raise TranscriptError(
                    f"{path}: geen spreker met de naam {manager!r}; sprekers: "
                    f"{', '.join(speakers)}"
                )
            raise TranscriptError(
                f"{path}: no speaker named {manager!r}; speakers are: {', '.join(speakers)}"
            )
        manager = match[0]
    if len(speakers) < 2:
        raise TranscriptError(
            f"{path}: only one speaker ({speakers[0]}); a conversation needs two"
        )
    turns: list[tuple[str, str]] = []
    for item in utterances:
        role = "manager" if item.speaker == manager else "employee"
        if turns and turns[-1][0] == role:
            turns[-1] = (role, turns[-1][1] + " " + item.text)
        else:
            turns.append((role, item.text))
    return fmt, manager, turns
