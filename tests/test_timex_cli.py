"""The `kg timex` command: the JSON contract of DESIGN 5.2 and one-line errors for bad input.

Expected values worked out by hand; publication date Thursday 2024-10-03.
"""

from __future__ import annotations

import json

import pytest

from kg.cli import main

DCT = "2024-10-03"


def test_cli_prints_the_json_contract(tmp_path, capsys):
    path = tmp_path / "article.txt"
    text = "Ministers met on Wednesday and agreed to meet again in two weeks."
    path.write_text(text, encoding="utf-8")
    assert main(["timex", "--dct", DCT, str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    day, span = text.index("Wednesday"), text.index("two weeks")
    assert rows == [
        {"start": day, "end": day + 9, "text": "Wednesday", "type": "DATE", "value": "2024-10-02"},
        {"start": span, "end": span + 9, "text": "two weeks", "type": "DURATION", "value": "P2W"},
    ]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (["timex"], "On Friday.", "give --dct"),
        (["timex", "--dct", "2024-13-45"], "On Friday.", "invalid publication date"),
        (["timex", "--dct", DCT], "", "empty"),
        (["timex", "--dct", DCT], b"\xff\xfeO\x00n\x00", "binary"),
        (["timex", "--dct", DCT], b"caf\xe9 on Friday", "UTF-8"),
    ],
)
def test_cli_reports_bad_input_in_one_line(tmp_path, capsys, args, content, message):
    path = tmp_path / "input.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    assert main([*args, str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
