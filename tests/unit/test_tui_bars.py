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


def test_what_was_measured_comes_before_the_goal():
    shown = "gemeten: 61% van de woorden van jou (kort gesprek: telt voor 2/6)"
    lines = dimension_bar("Luisteren", 7, 100, "doel: spreek ≤ 30% van de tijd", label_width=10,
                          shown=shown).plain.split("\n")
    text = " ".join(line.strip() for line in lines[1:])
    assert text.startswith(shown) and text.endswith("doel: spreek ≤ 30% van de tijd")
    assert all(line.startswith(" " * 11) for line in lines[1:])
