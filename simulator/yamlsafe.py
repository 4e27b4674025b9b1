"""Bounded YAML loading with line numbers for validation errors."""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1_000_000
MAX_NODES = 50_000
MAX_DEPTH = 40


class YamlProblem(Exception):
    """A YAML file that cannot be read; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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


def _check_size(root: yaml.Node) -> None:
    """Refuse documents whose aliases or nesting expand beyond sane bounds, or that hold
    control characters."""
    count = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise YamlProblem(
                f"too large: more than {MAX_NODES} values once anchors and aliases are expanded"
            )
        if depth > MAX_DEPTH:
            raise YamlProblem(
                f"nested too deeply (more than {MAX_DEPTH} levels)", node.start_mark.line + 1
            )
        control = _CONTROL.search(node.value) if isinstance(node, yaml.ScalarNode) else None
        if control is not None:
            raise YamlProblem(
                f"control character U+{ord(control.group()):04X} in a text "
                "(e.g. a terminal escape); remove it",
                node.start_mark.line + 1,
            )
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


class _Loader(yaml.SafeLoader):
    """SafeLoader with depth and size bounds checked while scanning, and located scalar errors.

    PyYAML's scanner is quadratic in flow nesting depth (50,000 `[` take minutes), so the
    depth is refused as it is read rather than after the document is composed.
    """

    _composed = 0

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:  # noqa: N803 - PyYAML's name
        if self.flow_level >= MAX_DEPTH:
            raise YamlProblem(
                f"nested too deeply (more than {MAX_DEPTH} levels)", self.get_mark().line + 1
            )
        super().fetch_flow_collection_start(TokenClass)

    def add_indent(self, column: int) -> bool:
        if len(self.indents) >= MAX_DEPTH:
            raise YamlProblem(
                f"nested too deeply (more than {MAX_DEPTH} levels)", self.get_mark().line + 1
            )
        added: bool = super().add_indent(column)
        return added

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self._composed += 1
        if self._composed > MAX_NODES:
            raise YamlProblem(f"too large: more than {MAX_NODES} values")
        node: yaml.Node | None = super().compose_node(parent, index)
        return node

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid value ({str(exc).split(';')[0]})", node.start_mark
            ) from None


def load_text(text: str) -> LoadedYaml:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return LoadedYaml(None, None)
        _check_size(root)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(f"YAML syntax error: {reason}", line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise YamlProblem(f"nested too deeply (more than {MAX_DEPTH} levels)") from None
    finally:
        loader.dispose()
    return LoadedYaml(data, root)


def load_file(path: Path) -> LoadedYaml:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise YamlProblem(f"file is too large ({size} bytes; at most {MAX_BYTES})")
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlProblem(f"cannot read file: {exc.strerror or exc}") from None
    if b"\x00" in raw:
        raise YamlProblem("not a text file (binary data)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlProblem(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    return load_text(text)
