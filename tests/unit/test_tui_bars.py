"""A dimension's goal sits under its bar: every wrapped line starts where the bar starts."""

from simulator.tui.widgets.bars import dimension_bar

GOAL = "doel: 2 reflecties per vraag die teruggeven wat er gezegd is, de helft complex"


def test_a_long_goal_wraps_under_the_bar_not_under_the_label():
    lines = dimension_bar("Reflecties", 11, 80, GOAL, label_width=29).plain.split("\n")
    bar, goal = lines[0], lines[1:]
    assert len(goal) >= 2
    for line in goal:
        assert line.startswith(" " * 30) and line[30] != " "
        assert len(line) <= len(bar)
    assert " ".join(line.strip() for line in goal) == GOAL


def test_no_goal_no_second_line():
    assert "\n" not in dimension_bar("Luisteren", 26, 70).plain
