"""`staysim run --audio DIR`: each WAV one manager turn, heard, coded and timed."""

import asyncio
from pathlib import Path
from typing import Any, TextIO

from simulator.cli import UsageError
from simulator.errors import message
from simulator.sanitize import inert


class AudioRun:
    """The WAVs of a run, heard before the session starts (so a bad file or a server that is
    down costs no half session), and the employee's replies spoken when TTS is on."""

    def __init__(self, args: Any, scenario: Any, persona: Any) -> None:
        from simulator.voice.errors import VoiceError
        from simulator.voice.options import voice_settings
        from simulator.voice.stt import make_transcriber
        from simulator.voice.tts import make_synthesiser

        self.scenario = scenario
        self.persona = persona
        try:
            self.settings = voice_settings(args)
            transcriber = make_transcriber(self.settings)
            self.synthesiser = make_synthesiser(self.settings)
        except VoiceError as exc:
            raise UsageError(exc.message) from None
        if transcriber is None:
            raise UsageError(message("errors_voice.run_needs_stt"))
        files = wav_files(Path(args.audio))
        self.heard = [self._hear(path, transcriber) for path in files]

    def _hear(self, path: Path, transcriber: Any) -> Any:
        from simulator.voice.errors import VoiceError
        from simulator.voice.spoken import hear_file

        try:
            return hear_file(path, transcriber, self.scenario.language)
        except VoiceError as exc:
            raise UsageError(exc.message) from None

    @property
    def texts(self) -> list[str]:
        return [heard.text for heard in self.heard]

    def describe(self) -> str:
        stt = f"speech to text: {self.settings.stt}"
        return f"{stt}, text to speech: {self.settings.tts}"

    async def opening(self, session: Any, out: TextIO | None) -> None:
        await self._speak(session, session.turns[0])

    async def after(self, session: Any, number: int, out: TextIO | None) -> None:
        """Time the manager's turn `number` and speak the reply to it."""
        heard = self.heard[number]
        manager = next(t for t in reversed(session.turns) if t.speaker == "manager")
        manager = await asyncio.to_thread(
            session.time_turn, manager, heard.timing.seconds, heard.timing.pause
        )
        if self.settings.keep_audio:
            await asyncio.to_thread(self._keep, session, manager.index, "manager", heard.clip)
        reply = session.turns[-1]
        spoken = await self._speak(session, reply) if reply.speaker == "employee" else None
        if out:
            print(inert(self._line(heard.timing, spoken)), file=out)

    async def _speak(self, session: Any, turn: Any) -> float | None:
        from simulator.voice.spoken import say

        if self.synthesiser is None:
            return None
        said = await asyncio.to_thread(
            say, self.synthesiser, turn.text, self.scenario.language, self.persona.voice
        )
        await asyncio.to_thread(session.time_turn, turn, said.seconds, None)
        if self.settings.keep_audio:
            await asyncio.to_thread(self._keep, session, turn.index, "employee", said.clip)
        return float(said.seconds)

    def _keep(self, session: Any, index: int, speaker: str, clip: Any) -> None:
        from simulator.voice.keep import keep

        keep(session.session_id, index, speaker, clip)

    def _line(self, timing: Any, spoken: float | None) -> str:
        from simulator.locale import t

        lang = self.scenario.language

        def shown(value: float) -> str:
            return f"{value:.1f}".replace(".", "," if lang == "nl" else ".")

        line = t("talk.run_manager", lang, seconds=shown(timing.seconds),
                 pause=shown(timing.pause))
        if spoken is not None:
            line += t("talk.run_employee", lang, seconds=shown(spoken))
        return f"  ({line})"


def wav_files(folder: Path) -> list[Path]:
    """The folder's WAV files in file-name order; one line when there are none."""
    if not folder.exists():
        raise UsageError(message("errors_voice.no_folder", folder=folder))
    if not folder.is_dir():
        raise UsageError(message("errors_voice.not_a_folder", folder=folder))
    files = sorted(
        (p for p in folder.iterdir() if p.suffix.lower() == ".wav" and not p.name.startswith(".")),
        key=lambda p: p.name,
    )
    if not files:
        raise UsageError(message("errors_voice.no_wavs", folder=folder))
    return files
