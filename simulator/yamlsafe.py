"""Bounded YAML loading with line numbers for validation errors."""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from simulator.errors import message
from simulator.paths import Unreadable, read_regular

MAX_BYTES = 1_000_000
MAX_NODES = 50_000
MAX_DEPTH = 40


class YamlProblem(Exception):
    """A YAML file that cannot be read; `line` is 1-based when known, `field` a dotted path."""

    def __init__(self, message: str, line: int | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.field = field


@dataclass
class LoadedYaml:
    data: Any
    root: yaml.Node | None

    def line_of(self, loc: tuple[int | str, ...]) -> int | None:
        """The 1-based line of the node at a pydantic error location, as deep as it resolves."""
        node = self.root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for part in loc:
            child = _child(node, part)
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        return line


def _child(node: yaml.Node, part: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        if 0 <= part < len(node.value):
            item: yaml.Node = node.value[part]
            return item
    return None


# Escaped control characters ("\e[31m" in a double-quoted string) would reach the terminal
# as live escape sequences wherever the text is shown; tab and newline are fine.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _control_message(char: str) -> str:
    return message("errors_files.yaml_control", code=f"{ord(char):04X}")


def _too_deep(line: int | None = None) -> YamlProblem:
    return YamlProblem(message("errors_files.yaml_too_deep", limit=MAX_DEPTH), line)


def _check_size(root: yaml.Node) -> None:
    """Refuse documents whose aliases or nesting expand beyond sane bounds, or that hold
    control characters."""
    count = 0
    stack: list[tuple[yaml.Node, tuple[str, ...]]] = [(root, ())]
    while stack:
        node, where = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise YamlProblem(message("errors_files.yaml_expanded", limit=MAX_NODES))
        if len(where) >= MAX_DEPTH:
            raise _too_deep(node.start_mark.line + 1)
        control = _CONTROL.search(node.value) if isinstance(node, yaml.ScalarNode) else None
        if control is not None:
            field = ".".join(where) or None
            raise YamlProblem(_control_message(control.group()), node.start_mark.line + 1, field)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
                stack.append((key, where + (name,)))
                stack.append((value, where + (name,)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, where + (str(i),)) for i, item in enumerate(node.value))


class _Located:
    """Scalar values that do not convert (a 5,000-digit int, 2024-13-45) as located errors."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except (ValueError, OverflowError) as exc:
            reason = str(exc).split(";")[0]
            problem = message("errors_files.yaml_invalid_value", reason=reason)
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None


class _Loader(_Located, yaml.SafeLoader):
    """SafeLoader with depth and size bounds checked while scanning, and located scalar errors.

    PyYAML's scanner is quadratic in flow nesting depth (50,000 `[` take minutes), so the
    depth is refused as it is read rather than after the document is composed.
    """

    _composed = 0

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:  # noqa: N803 - PyYAML's name
        if self.flow_level >= MAX_DEPTH:
            raise _too_deep(self.get_mark().line + 1)
        super().fetch_flow_collection_start(TokenClass)

    def add_indent(self, column: int) -> bool:
        if len(self.indents) >= MAX_DEPTH:
            raise _too_deep(self.get_mark().line + 1)
        added: bool = super().add_indent(column)
        return added

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self._composed += 1
        if self._composed > MAX_NODES:
            raise YamlProblem(message("errors_files.yaml_too_many", limit=MAX_NODES))
        node: yaml.Node | None = super().compose_node(parent, index)
        return node



_CSafe: Any = getattr(yaml, "CSafeLoader", None)
# libyaml composes every node before _check_size can count them; above this size the
# Python loader, which counts while composing, keeps a hostile file's memory bounded.
_FAST_MAX_CHARS = 64_000


class _CFast(_Located, _CSafe or yaml.SafeLoader):  # type: ignore[misc]
    """libyaml's parser (nesting limit 1,000) with the same construction and bounds."""


_CLoader: type[Any] | None = _CFast if _CSafe is not None else None


def _field_at(text: str, index: int) -> str | None:
    """The dotted field path of the value holding character `index`, when the rest parses."""
    # Only to locate: the reader refuses the character before anything is parsed, so parse a
    # copy where every unreadable character is a harmless letter of the same length.
    cleaned = _UNREADABLE.sub("x", text)
    try:
        root = _compose(_Loader, cleaned)
    except (YamlProblem, yaml.YAMLError, RecursionError):
        return None
    where: list[str] = []
    node = root
    while node is not None:
        children: list[tuple[str, yaml.Node]] = []
        if isinstance(node, yaml.MappingNode):
            children = [(str(k.value), v) for k, v in node.value if isinstance(k, yaml.Node)]
        elif isinstance(node, yaml.SequenceNode):
            children = [(str(i), v) for i, v in enumerate(node.value)]
        node = next((v for _, v in children if _spans(v, index)), None)
        where += [name for name, v in children if v is node]
    return ".".join(where) or None


def _spans(node: yaml.Node, index: int) -> bool:
    return bool(node.start_mark.index <= index < max(node.end_mark.index, index))


# What PyYAML's reader refuses outright (C0/C1 controls, U+FFFE, U+FFFF, lone surrogates).
_UNREADABLE = yaml.reader.Reader.NON_PRINTABLE


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
    line = text.count("\n", 0, exc.position) + 1
    if _CONTROL.match(char):
        said = _control_message(char)
    else:
        said = message("errors_files.yaml_not_allowed", code=f"{ord(char):04X}")
    return YamlProblem(said, line, _field_at(text, exc.position))


def _compose(loader_class: type[Any], text: str) -> yaml.Node | None:
    loader = loader_class(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _load(loader_class: type[Any], text: str) -> LoadedYaml:
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return LoadedYaml(None, None)
        _check_size(root)
        return LoadedYaml(loader.construct_document(root), root)
    finally:
        loader.dispose()


def load_text(text: str) -> LoadedYaml:
    """The document and its node tree; YamlProblem with the line (and field) when refused."""
    if _CLoader is not None and len(text) <= _FAST_MAX_CHARS:
        # libyaml is some ten times faster; any refusal is redone by the line-tracking
        # loader below, so messages and bounds are the same with or without it.
        try:
            return _load(_CLoader, text)
        except (YamlProblem, yaml.YAMLError, RecursionError, ValueError, TypeError):
            pass
    try:
        return _load(_Loader, text)
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(text, exc) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(message("errors_files.yaml_syntax", reason=reason), line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(message("errors_files.yaml_invalid", reason=exc)) from None
    except RecursionError:
        raise _too_deep() from None


def load_file(path: Path) -> LoadedYaml:
    try:
        raw = read_regular(path, MAX_BYTES)
    except Unreadable as exc:
        raise YamlProblem(str(exc)) from None
    if b"\x00" in raw:
        raise YamlProblem(message("errors_files.yaml_binary"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlProblem(message("errors_files.yaml_not_utf8", offset=exc.start)) from None
    return load_text(text)
