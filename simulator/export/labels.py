"""The words of an export by name, in Dutch and English, from the locale catalogue."""

from simulator.language import LANGS
from simulator.locale import messages
from simulator.locale.words import code_label as code_label
from simulator.locale.words import theme_label as theme_label


def _area(prefix: str) -> dict[str, dict[str, str]]:
    return {
        lang: {k.removeprefix(prefix): v for k, v in messages(lang).items() if k.startswith(prefix)}
        for lang in LANGS
    }


LABELS = _area("export.label.")
ACTION_LABELS = _area("export.action.")
METRIC_LABELS = _area("export.metric.")
