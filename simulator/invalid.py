"""What a pydantic validation error says about a field, in the user's language."""

from typing import Any

from simulator.errors import message
from simulator.vocabulary import VOICE_PATTERN


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Pydantic's error types that need no value to be said, by message key.
_PLAIN = {
    "missing": "errors_library.missing",
    "extra_forbidden": "errors_library.unknown_field",
    "string_type": "errors_library.text",
    "string_sub_type": "errors_library.text",
    "float_parsing": "errors_library.number",
    "float_type": "errors_library.number",
    "int_parsing": "errors_library.number",
    "int_type": "errors_library.number",
    "list_type": "errors_library.list",
    "tuple_type": "errors_library.list",
    "dict_type": "errors_library.mapping",
    "model_type": "errors_library.mapping",
    "model_attributes_type": "errors_library.mapping",
    "bool_parsing": "errors_library.bool",
    "bool_type": "errors_library.bool",
}


# A number out of bounds: the message and the bound it names.
_BOUNDS = {
    "less_than_equal": ("errors_library.at_most", "le"),
    "less_than": ("errors_library.below", "lt"),
    "greater_than_equal": ("errors_library.at_least", "ge"),
    "greater_than": ("errors_library.above", "gt"),
}


def field_problem(error: dict[str, Any]) -> str:
    """What is wrong with a field, in the user's language: pydantic's error type said plainly;
    a validator's own message as it was raised (in the user's language too)."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in _PLAIN:
        return message(_PLAIN[kind])
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "")
        return message("errors_library.one_of", choices=expected.replace(" or ", ", "))
    if kind in _BOUNDS:
        wording, bound = _BOUNDS[kind]
        return message(wording, limit=_number(ctx.get(bound)))
    if kind == "string_pattern_mismatch":
        voice = ctx.get("pattern") == VOICE_PATTERN
        return message("errors_library.voice_pattern" if voice else "errors_library.id_pattern")
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        key = "errors_library.too_short_one" if least == 1 else "errors_library.too_short_many"
        return message(key, count=least)
    if kind == "too_long":
        return message("errors_library.too_long", limit=ctx.get("max_length"))
    said = str(error.get("msg") or message("errors_library.invalid"))
    return said.removeprefix("Value error, ")
