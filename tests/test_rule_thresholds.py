"""Every numeric threshold of the built-in rules is pinned on both sides: a text on one side of it raises
nothing, the same text one step across raises the rule. Moving a threshold in rules/*.toml (a size, a
tolerance, a window of sentences or paragraphs) breaks one of the two.

The expected behaviour is written here by hand, never read from the rule files, so a changed
threshold is a failing test and a deliberate edit of both. Sentences and figures are invented; each
pair differs only in the figure (or the distance) that crosses the threshold, with the arithmetic of
the rest kept consistent so no other rule fires.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from conftest import findings

# Two thresholds cannot be pinned from text today, and are left to their rules' owners: the 0.5 and 3
# percent of state-intensity-mismatch for subjects other than an index (its `when` admits only
# indexes, so they never apply), and the two-sentence window of weekday-date-mismatch (a weekday
# gives a summary its session only inside the summary's own sentence, so no text sets them apart).
MONDAY = "2026-03-02"  # a Monday wrap: it sums up Friday's session
FILLER = " Chipmakers led the way."
MORE_FILLER = " Chipmakers led the way. Carmakers lagged."


@dataclass(frozen=True)
class Pin:
    """One threshold: the rule, a text on the side of it that raises nothing and one, a step away, on
    the side that raises the rule (for a window: the figures one sentence too far apart, and in reach)."""

    threshold: str
    rule: str
    silent: str
    raised: str


def _run(percent: str, points: str) -> str:
    """An unnamed market's run of two sessions before the Nikkei 225's day (0.36 percent to 58,583.12)."""
    return (f"TOKYO - The Japan stock market has moved higher in back-to-back sessions, advancing {points} points or "
            f"{percent} percent along the way. The Nikkei 225 rose 212.48 points or 0.36 percent to close at 58,583.12.")


def _results(current: str, prior: str) -> str:
    return (f"Investors weighed results from Apple. The company's earnings came in at ${current} billion, or $10.00 "
            f"per share compared to ${prior} billion, or $10.00 per share, last year.")


def _uk_run(gap: str) -> str:
    """A run the lexicon cannot name, 40 points below the FTSE 100's own day of 52.30, `gap` later."""
    return (f"LONDON - The U.K. stock market has moved higher in back-to-back sessions, gaining 40 points or 0.9 "
            f"percent along the way.{gap}The FTSE 100 rose 52.30 points or 0.66 percent to close at 7,981.40.")


def _financials(*moves: str) -> str:
    return ("TOKYO - Tokyo stocks ended lower on Friday, and the financial sector was soft. "
            + ", ".join(moves[:-1]) + (" and " if len(moves) > 1 else "") + moves[-1] + ".")


PINS = [
    # rules/sizes.toml, intensity-mismatch: a strong verb needs 0.3 percent on an index, 0.5 elsewhere;
    # a slight one allows at most 1.5 percent on an index, 10 elsewhere.
    Pin("strong_floor of an index (0.3)", "intensity-mismatch",
        "SEOUL - The KOSPI soared 7.50 points or 0.30 percent to finish at 2,507.50.",
        "SEOUL - The KOSPI soared 7.25 points or 0.29 percent to finish at 2,507.25."),
    Pin("strong_floor of a stock (0.5)", "intensity-mismatch",
        "TOKYO - Among the actives, Toyota Motor soared 0.50 percent, while Honda Motor declined 1.20 percent.",
        "TOKYO - Among the actives, Toyota Motor soared 0.49 percent, while Honda Motor declined 1.20 percent."),
    Pin("slight_ceiling of an index (1.5)", "intensity-mismatch",
        "SEOUL - The KOSPI edged up 37.50 points or 1.50 percent to finish at 2,537.50.",
        "SEOUL - The KOSPI edged up 37.75 points or 1.51 percent to finish at 2,537.75."),
    Pin("slight_ceiling of a stock (10)", "intensity-mismatch",
        "TOKYO - Among the actives, Toyota Motor edged up 10.0 percent, while Honda Motor declined 1.20 percent.",
        "TOKYO - Among the actives, Toyota Motor edged up 10.1 percent, while Honda Motor declined 1.20 percent."),
    # rules/sizes.toml, implausible-move: one session's cap is 15 percent for an index, 25 for a
    # currency or a sector, 40 for anything else (a commodity).
    Pin("cap of an index (15)", "implausible-move",
        "SEOUL - The KOSPI soared 300.00 points or 15.0 percent to finish at 2,300.00.",
        "SEOUL - The KOSPI soared 302.00 points or 15.1 percent to finish at 2,302.00."),
    Pin("cap of a currency (25)", "implausible-move",
        "The euro rose 0.2500 or 25.0 percent to $1.2500.",
        "The euro rose 0.2510 or 25.1 percent to $1.2510."),
    Pin("cap of a commodity (40)", "implausible-move",
        "Silver for May delivery soared $8.00 or 40.0 percent to $28.00 an ounce.",
        "Silver for May delivery soared $8.02 or 40.1 percent to $28.02 an ounce."),
    # rules/moves.toml, change-percent-mismatch: one unit in the percent's last place is allowed
    # (31.25 on 2,500.00 is exactly 1.25 percent).
    Pin("percent slack above (one unit)", "change-percent-mismatch",
        "SEOUL - The KOSPI rose 31.25 points or 1.26 percent to finish at 2,531.25.",
        "SEOUL - The KOSPI rose 31.25 points or 1.27 percent to finish at 2,531.25."),
    Pin("percent slack below (one unit)", "change-percent-mismatch",
        "SEOUL - The KOSPI rose 31.25 points or 1.24 percent to finish at 2,531.25.",
        "SEOUL - The KOSPI rose 31.25 points or 1.23 percent to finish at 2,531.25."),
    # 499.40 on 40,000.00 is 1.2485 percent: 1.24 is within one unit, 1.26 a unit and a half away.
    Pin("percent slack, no wider than one unit", "change-percent-mismatch",
        "TOKYO - The Nikkei 225 rose 499.40 points or 1.24 percent to finish at 40,499.40.",
        "TOKYO - The Nikkei 225 rose 499.40 points or 1.26 percent to finish at 40,499.40."),
    # rules/statements.toml, direction-conflict: a summary and a move at most two sentences apart.
    Pin("direction-conflict window (2 sentences)", "direction-conflict",
        "SEOUL - The KOSPI finished higher on Friday." + MORE_FILLER
        + " The index fell 31.25 points or 1.23 percent to finish at 2,508.75.",
        "SEOUL - The KOSPI finished higher on Friday." + FILLER
        + " The index fell 31.25 points or 1.23 percent to finish at 2,508.75."),
    # rules/statements.toml, state-intensity-mismatch: "sharply" needs 0.3 percent on an index,
    # "slightly" allows at most 1.5.
    Pin("sharp_floor of an index (0.3)", "state-intensity-mismatch",
        "SEOUL - The KOSPI finished sharply higher on Friday. The index rose 7.50 points or 0.30 percent to "
        "finish at 2,507.50.",
        "SEOUL - The KOSPI finished sharply higher on Friday. The index rose 7.25 points or 0.29 percent to "
        "finish at 2,507.25."),
    Pin("modest_ceiling of an index (1.5)", "state-intensity-mismatch",
        "SEOUL - The KOSPI finished slightly higher on Friday. The index rose 37.50 points or 1.50 percent to "
        "finish at 2,537.50.",
        "SEOUL - The KOSPI finished slightly higher on Friday. The index rose 37.75 points or 1.51 percent to "
        "finish at 2,537.75."),
    # rules/statements.toml, multi-session-inconsistent: a run no entity names pairs with an index's
    # day at most two paragraphs and six sentences later.
    Pin("unnamed run, paragraph window (2)", "multi-session-inconsistent",
        _uk_run("\n\nMiners were strong.\n\nBanks were mixed.\n\n"),
        _uk_run("\n\nMiners were strong.\n\n")),
    Pin("unnamed run, sentence window (6)", "multi-session-inconsistent",
        _uk_run(" Miners were strong. Banks were mixed. Energy firmed. Tech eased. Gold miners rose. "
                "Utilities slipped. "),
        _uk_run(" Miners were strong. Banks were mixed. Energy firmed. Tech eased. Gold miners rose. ")),
    # rules/statements.toml, multi-session-percent-mismatch: one unit in the run's percent is allowed
    # (1,750 points to 58,583.12 is 3.08 percent).
    Pin("run percent slack above (one unit)", "multi-session-percent-mismatch", _run("3.1", "1,750"), _run("3.2", "1,750")),
    Pin("run percent slack below (one unit)", "multi-session-percent-mismatch", _run("3.0", "1,750"), _run("2.9", "1,750")),
    # rules/statements.toml, duplicate-figure-conflict: a restatement within two sentences, at most a
    # tenth of the level away (farther is another quantity, not a slip).
    Pin("restatement window (2 sentences)", "duplicate-figure-conflict",
        "SEOUL - The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94." + MORE_FILLER
        + " The KOSPI finished at 2,736.94.",
        "SEOUL - The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94." + FILLER
        + " The KOSPI finished at 2,736.94."),
    Pin("restatement below, a tenth of the level", "duplicate-figure-conflict",
        "SEOUL - The KOSPI climbed 50.00 points or 2.04 percent to finish at 2,500.00. The KOSPI finished at 2,249.00.",
        "SEOUL - The KOSPI climbed 50.00 points or 2.04 percent to finish at 2,500.00. The KOSPI finished at 2,250.00."),
    Pin("restatement above, a tenth of the level", "duplicate-figure-conflict",
        "SEOUL - The KOSPI climbed 50.00 points or 2.04 percent to finish at 2,500.00. The KOSPI finished at 2,751.00.",
        "SEOUL - The KOSPI climbed 50.00 points or 2.04 percent to finish at 2,500.00. The KOSPI finished at 2,750.00."),
    # rules/statements.toml, level-claim-mismatch: "just above" is within one percent of the mark; a
    # plain claim describes a close at most two sentences away.
    Pin("'just above', one percent", "level-claim-mismatch",
        "TOKYO - The Nikkei 225 now sits just above the 58,000-point plateau. The index rose 212.48 points or 0.36 "
        "percent to close at 58,580.00.",
        "TOKYO - The Nikkei 225 now sits just above the 58,000-point plateau. The index rose 212.48 points or 0.36 "
        "percent to close at 58,581.00."),
    Pin("plain claim window (2 sentences)", "level-claim-mismatch",
        "TOKYO - The Nikkei 225 now sits above the 58,680-point plateau. Exporters led. Banks lagged. The index rose "
        "212.48 points or 0.36 percent to close at 58,583.12.",
        "TOKYO - The Nikkei 225 now sits above the 58,680-point plateau. Exporters led. The index rose 212.48 points "
        "or 0.36 percent to close at 58,583.12."),
    # rules/statements.toml, session-extreme-mismatch: the claim and the close at most two sentences apart.
    Pin("session extreme window (2 sentences)", "session-extreme-mismatch",
        "TOKYO - The Nikkei 225 finished higher, ending at session highs. Exporters led. Banks lagged. The index rose "
        "212.48 points or 0.36 percent to close at 58,583.12 after trading between 58,256.50 and 58,675.17.",
        "TOKYO - The Nikkei 225 finished higher, ending at session highs. Exporters led. The index rose 212.48 "
        "points or 0.36 percent to close at 58,583.12 after trading between 58,256.50 and 58,675.17."),
    # rules/statements.toml, sector-summary-conflict: a summary stands against one dissenting company,
    # or against up to twice as many dissenters as supporters.
    Pin("dissenters allowed alone (fewer than 2)", "sector-summary-conflict",
        _financials("Mizuho Financial rose 1.4 percent"),
        _financials("Mizuho Financial rose 1.4 percent", "Nomura Holdings gained 0.9 percent")),
    Pin("dissenters at most twice the supporters", "sector-summary-conflict",
        _financials("Mizuho Financial rose 1.4 percent", "Nomura Holdings gained 0.9 percent",
                    "Mitsubishi UFJ Financial fell 0.6 percent"),
        _financials("Mizuho Financial rose 1.4 percent", "Nomura Holdings gained 0.9 percent",
                    "Sumitomo Mitsui Financial rose 0.2 percent", "Mitsubishi UFJ Financial fell 0.6 percent")),
    Pin("dissenters at most twice the supporters, two supporters", "sector-summary-conflict",
        _financials("Mizuho Financial rose 1.4 percent", "Nomura Holdings gained 0.9 percent",
                    "Sumitomo Mitsui Financial rose 0.2 percent", "KB Financial added 0.5 percent",
                    "Mitsubishi UFJ Financial fell 0.6 percent", "Shinhan Financial lost 0.3 percent"),
        _financials("Mizuho Financial rose 1.4 percent", "Nomura Holdings gained 0.9 percent",
                    "Sumitomo Mitsui Financial rose 0.2 percent", "KB Financial added 0.5 percent",
                    "Hana Financial climbed 0.7 percent", "Mitsubishi UFJ Financial fell 0.6 percent",
                    "Shinhan Financial lost 0.3 percent")),
    # rules/earnings.toml, per-share-mismatch: a share count may move by a third (1.33) either way.
    Pin("share count growth (1.33)", "per-share-mismatch", _results("133.000", "100.000"), _results("134.000", "100.000")),
    Pin("share count shrinkage (1.33)", "per-share-mismatch", _results("100.000", "133.000"), _results("100.000", "134.000")),
    # rules/earnings.toml, earnings-percent-mismatch: one unit in the percent's last place (60 on 50 is 20%).
    Pin("result percent slack above (one unit)", "earnings-percent-mismatch",
        "The brewer said net profit rose 21% to 60.0 million euros from 50.0 million euros a year earlier.",
        "The brewer said net profit rose 22% to 60.0 million euros from 50.0 million euros a year earlier."),
    # 60.3 on 50.0 is 20.6 percent: 21 rounds it, 22 is a unit and a half away.
    Pin("result percent slack, no wider than one unit", "earnings-percent-mismatch",
        "The brewer said net profit rose 21% to 60.3 million euros from 50.0 million euros a year earlier.",
        "The brewer said net profit rose 22% to 60.3 million euros from 50.0 million euros a year earlier."),
    Pin("result percent slack below (one unit)", "earnings-percent-mismatch",
        "The brewer said net profit rose 19% to 60.0 million euros from 50.0 million euros a year earlier.",
        "The brewer said net profit rose 18% to 60.0 million euros from 50.0 million euros a year earlier."),
    # rules/market.toml, breadth-share-over-total: the three shares add up to at most 100, beyond the
    # rounding of three whole percents.
    Pin("breadth total (100)", "breadth-share-over-total",
        "On the main board, 58% of shares rose and 41% fell, with 2% trading flat.",
        "On the main board, 58% of shares rose and 42% fell, with 2% trading flat."),
]


@pytest.mark.parametrize("pin", PINS, ids=lambda p: p.threshold)
def test_the_quiet_side_of_each_threshold_raises_nothing(pin: Pin) -> None:
    assert [(f.rule, f.message) for f in findings(pin.silent, MONDAY)] == []


@pytest.mark.parametrize("pin", PINS, ids=lambda p: p.threshold)
def test_one_step_across_each_threshold_raises_its_rule(pin: Pin) -> None:
    assert pin.rule in {f.rule for f in findings(pin.raised, MONDAY)}
