"""The cohort report: a coach's view of many trainees' submitted results, re-scored here.

Reading (`results`), re-scoring and flagging (`rescoring`), the figures (`summary`) and the
renderings (`html`, `markdown`, `table`) are plain code: no Textual, no terminal.
"""
