"""The dev corpus keeps its findings: the same real slips, on the same figures, in the same words.

Any change to extraction, pairing, rule evaluation or errorlocate that moves, adds or drops a finding
on the dev articles fails here. Positions and a digest of each message are pinned, never corpus text.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from verifier.checking import build, check_document
from verifier.sources import read_inputs

# (file, rule, severity, spans, suspect, expected, sha256 of the message, first 12 hex digits)
DEV_FINDINGS = [
    ("004.txt", "malformed-number", "error", ((514, 523),), (514, 523), None, "3d935a9707d2"),
    ("072.txt", "language-not-checked", "info", (), None, None, "a48ce3e7ea2b"),
    ("114.txt", "number-format-mixed", "warning", ((1034, 1040),), (1034, 1040), None, "36b01965e910"),
    ("137.txt", "direction-level-mismatch", "error", ((522, 530), (557, 565)), None, None, "d512fb4ca12d"),
    ("137.txt", "malformed-number", "error", ((1747, 1754),), (1747, 1754), None, "c41d01a50239"),
    ("137.txt", "malformed-number", "error", ((2043, 2052),), (2043, 2052), None, "d3dd2e9b83a1"),
    ("207.txt", "weekday-date-mismatch", "error", ((256, 264),), (256, 264), None, "c692f829ec2c"),
]


def test_the_dev_corpus_gives_exactly_its_known_findings(corpus_dir: Path) -> None:
    ruleset, lexicon = build()
    found = []
    for document in read_inputs([str(corpus_dir)]):
        assert hasattr(document, "text"), document
        for f in check_document(document, ruleset, lexicon).findings:
            found.append((Path(document.id).name, f.rule, str(f.severity), tuple((s.start, s.end) for s in f.spans),
                          (f.suspect.start, f.suspect.end) if f.suspect else None, f.expected,
                          hashlib.sha256(f.message.encode("utf-8")).hexdigest()[:12]))
    assert found == DEV_FINDINGS
