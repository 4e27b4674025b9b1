"""How each code is named wherever people read it; the JSON keeps the ids."""

from simulator.language import LANGS
from simulator.locale import messages
from simulator.locale.words import code_label as code_label

# "bevestiging" (affirmation) never clashes with the recognition theme "waardering".
CODE_LABELS: dict[str, dict[str, str]] = {
    lang: {
        key.removeprefix("label.code."): text
        for key, text in messages(lang).items()
        if key.startswith("label.code.")
    }
    for lang in LANGS
}
