"""Failures of the voice path: WAV files, speech detection, the speech server, faster-whisper,
espeak-ng and the sound card (`errors_voice.X`). A server's 401 and an unexpected failure say
it with the engine's words (`errors_engine.unauthorized_*`, `errors_engine.unexpected`)."""


NL: dict[str, str] = {
    "errors_voice.speech_server": "de spraakserver op {url} ({endpoint})",
    "errors_voice.not_found": "{where} heeft geen model '{model}' of niet dit endpoint (404)",
    "errors_voice.rate_limited":
        "{where} bleef verzoeken afremmen (429); probeer het over een minuut opnieuw",
    "errors_voice.failing": "{where} gaf een fout ({status}); probeer het later opnieuw",
    "errors_voice.rejected": "{where} wees het verzoek voor model '{model}' af ({status})",
    "errors_voice.timeout": "{where} gaf binnen {seconds} s geen antwoord; draait de server?",
    "errors_voice.unreachable": "kan {where} niet bereiken; draait de server?",
    "errors_voice.empty_transcription": "{name}: de transcriptie kwam leeg terug",
    "errors_voice.not_wav": "{name}: geen WAV-bestand ({reason})",
    "errors_voice.ends_early": "het bestand houdt te vroeg op",
    "errors_voice.unsupported_wav":
        "{name}: deze WAV wordt niet ondersteund ({bits} bits, {channels} kanalen)",
    "errors_voice.needs_vad":
        "spraakdetectie heeft webrtcvad nodig (pip install webrtcvad-wheels)",
    "errors_voice.no_speech": "{name}: geen spraak gevonden ({seconds} s geluid)",
    "errors_voice.needs_faster_whisper":
        "STAYSIM_STT=local heeft faster-whisper nodig (pip install faster-whisper)",
    "errors_voice.whisper_folder":
        "de faster-whisper-map '{model}' kan niet worden geladen ({error}); zet "
        "STAYSIM_STT_MODEL op een gedownload model",
    "errors_voice.whisper_model":
        "het faster-whisper-model '{model}' kan niet worden geladen ({error}); zet "
        "STAYSIM_STT_MODEL op een gedownload model",
    "errors_voice.whisper_failed": "faster-whisper gaf een fout ({error})",
    "errors_voice.needs_stt_model":
        "STAYSIM_STT=local heeft STAYSIM_STT_MODEL nodig: een map met een faster-whisper-model "
        "of de naam van een model dat al gedownload is",
    "errors_voice.stt_needs_server":
        "STAYSIM_STT=openai heeft OPENAI_BASE_URL (een spraakserver zoals speaches) of "
        "OPENAI_API_KEY nodig; of zet STAYSIM_STT=local met een faster-whisper-model",
    "errors_voice.no_wav_audio": "{error}: er kwam geen WAV-geluid",
    "errors_voice.needs_espeak":
        "STAYSIM_TTS=espeak heeft espeak-ng nodig (bijv. apt install espeak-ng)",
    "errors_voice.espeak_failed": "espeak-ng gaf een fout ({error})",
    "errors_voice.espeak_voice": "espeak-ng kan niet spreken met stem '{voice}': {detail}",
    "errors_voice.espeak_no_audio": "geen geluid",
    "errors_voice.espeak_output": "de uitvoer van espeak-ng",
    "errors_voice.tts_needs_server":
        "STAYSIM_TTS=openai heeft OPENAI_BASE_URL (een spraakserver) of OPENAI_API_KEY nodig; "
        "of zet STAYSIM_TTS=espeak",
    "errors_voice.cannot_play": "kan het antwoord niet afspelen",
    "errors_voice.no_microphone": "geen microfoon gevonden",
    "errors_voice.cannot_record": "kan niet opnemen met de microfoon",
    "errors_voice.no_audio_support":
        "geen geluidsondersteuning geïnstalleerd: pip install 'staysim[voice]' (sounddevice)",
    "errors_voice.no_portaudio":
        "PortAudio ontbreekt: installeer het (Debian/Ubuntu: apt install libportaudio2)",
    "errors_voice.cannot_keep": "{path}: kan het geluid niet bewaren ({reason})",
    "errors_voice.run_needs_stt":
        "run --audio heeft spraak-naar-tekst nodig; STAYSIM_STT (of --stt) staat op none",
    "errors_voice.no_folder": "{folder}: map bestaat niet",
    "errors_voice.not_a_folder":
        "{folder}: is geen map (geef een map met één WAV per beurt van de leidinggevende)",
    "errors_voice.no_wavs":
        "{folder}: geen .wav-bestanden (één WAV per beurt van de leidinggevende, op "
        "volgorde van naam)",
    "errors_voice.voice_input": "--voice-input: {error}",
}


EN: dict[str, str] = {
    "errors_voice.speech_server": "the speech server at {url} ({endpoint})",
    "errors_voice.not_found": "{where} has no model '{model}' or no such endpoint (404)",
    "errors_voice.rate_limited": "{where} kept rate limiting requests (429); try again in a minute",
    "errors_voice.failing": "{where} failed ({status}); try again later",
    "errors_voice.rejected": "{where} rejected the request for model '{model}' ({status})",
    "errors_voice.timeout": "{where} did not answer within {seconds}s; is it running?",
    "errors_voice.unreachable": "could not reach {where}; is it running?",
    "errors_voice.empty_transcription": "{name}: the transcription came back empty",
    "errors_voice.not_wav": "{name}: not a WAV file ({reason})",
    "errors_voice.ends_early": "the file ends too early",
    "errors_voice.unsupported_wav": "{name}: unsupported WAV ({bits}-bit, {channels} channels)",
    "errors_voice.needs_vad": "speech detection needs webrtcvad (pip install webrtcvad-wheels)",
    "errors_voice.no_speech": "{name}: no speech detected ({seconds}s of audio)",
    "errors_voice.needs_faster_whisper":
        "STAYSIM_STT=local needs faster-whisper (pip install faster-whisper)",
    "errors_voice.whisper_folder":
        "the faster-whisper folder '{model}' cannot be loaded ({error}); set "
        "STAYSIM_STT_MODEL to a downloaded model",
    "errors_voice.whisper_model":
        "the faster-whisper model '{model}' cannot be loaded ({error}); set "
        "STAYSIM_STT_MODEL to a downloaded model",
    "errors_voice.whisper_failed": "faster-whisper failed ({error})",
    "errors_voice.needs_stt_model":
        "STAYSIM_STT=local needs STAYSIM_STT_MODEL: a faster-whisper model folder or the name "
        "of a model already downloaded",
    "errors_voice.stt_needs_server":
        "STAYSIM_STT=openai needs OPENAI_BASE_URL (a speech server such as speaches) or "
        "OPENAI_API_KEY; or set STAYSIM_STT=local with a faster-whisper model",
    "errors_voice.no_wav_audio": "{error}: it sent no WAV audio",
    "errors_voice.needs_espeak": "STAYSIM_TTS=espeak needs espeak-ng (e.g. apt install espeak-ng)",
    "errors_voice.espeak_failed": "espeak-ng failed ({error})",
    "errors_voice.espeak_voice": "espeak-ng cannot speak with voice '{voice}': {detail}",
    "errors_voice.espeak_no_audio": "no audio",
    "errors_voice.espeak_output": "espeak-ng output",
    "errors_voice.tts_needs_server":
        "STAYSIM_TTS=openai needs OPENAI_BASE_URL (a speech server) or OPENAI_API_KEY; "
        "or set STAYSIM_TTS=espeak",
    "errors_voice.cannot_play": "cannot play the reply",
    "errors_voice.no_microphone": "no microphone found",
    "errors_voice.cannot_record": "cannot record from the microphone",
    "errors_voice.no_audio_support":
        "no audio support installed: pip install 'staysim[voice]' (sounddevice)",
    "errors_voice.no_portaudio":
        "PortAudio is missing: install it (Debian/Ubuntu: apt install libportaudio2)",
    "errors_voice.cannot_keep": "{path}: cannot keep the audio ({reason})",
    "errors_voice.run_needs_stt":
        "run --audio needs speech to text; STAYSIM_STT (or --stt) is none",
    "errors_voice.no_folder": "{folder}: no such folder",
    "errors_voice.not_a_folder":
        "{folder}: not a folder (give a folder with one WAV per manager turn)",
    "errors_voice.no_wavs": "{folder}: no .wav files (one WAV per manager turn, in name order)",
    "errors_voice.voice_input": "--voice-input: {error}",
}
