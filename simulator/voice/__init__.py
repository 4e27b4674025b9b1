"""Voice: audio clips, speech segments, speech to text, text to speech and talk timing.

Core code: no Textual. Audio libraries (sounddevice, the VAD, faster-whisper) are imported
only inside the functions that use them, so startup without voice imports none of them.
"""
