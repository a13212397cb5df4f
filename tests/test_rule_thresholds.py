"""Every numeric threshold of the built-in rules is pinned on both sides: a text on one side of it does
not raise the rule, the same text one step across does. Moving a threshold in rules/*.toml (a size, a
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

# Three thresholds cannot be pinned from text today, and are left to their rules' owners: the one
# percent spread of quote-offer-below-bid (a shortened offer is rolled before it is compared), the 0.5 and 3
# percent of state-intensity-mismatch for subjects other than an index (its `when` admits only
# indexes, so they never apply), and the two-sentence window of weekday-date-mismatch (a weekday
# gives a summary its session only inside the summary's own sentence, so no text sets them apart).
MONDAY = "2026-03-02"  # a Monday wrap: it sums up Friday's session
FILLER = " Chipmakers led the way."
MORE_FILLER = " Chipmakers led the way. Carmakers lagged."


@dataclass(frozen=True)
class Pin:
    """One threshold: the rule, a text on the side of it where the rule holds and one, a step away, on
    the side that raises it (for a window: the figures one sentence too far apart, and in reach)."""

    threshold: str
    rule: str
    silent: str
    raised: str


def _run(percent: str, points: str) -> str:
    """A market's run of two sessions before the Nikkei 225's day (0.45 percent to 40,938.27)."""
    return (f"TOKYO - The Japan stock market has gained in two consecutive sessions, adding {points} points or "
            f"{percent} percent over that span. The Nikkei 225 rose 183.40 points or 0.45 percent to close at 40,938.27.")


def _results(current: str, prior: str) -> str:
    return (f"Investors weighed results from Apple. The company's earnings came in at ${current} billion, or $10.00 "
            f"per share compared to ${prior} billion, or $10.00 per share, last year.")


def _uk_run(gap: str) -> str:
    """A run the lexicon cannot name, 40 points below the FTSE 100's own day of 52.30, `gap` later."""
    return (f"LONDON - The U.K. stock market has gained in two consecutive sessions, adding 40 points or 0.9 "
            f"percent over that span.{gap}The FTSE 100 rose 52.30 points or 0.66 percent to close at 7,981.40.")


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
    # rules/moves.toml, change-percent-mismatch: the printed percent may be a unit and a half off in its
    # last place (nearer misses are change-percent-imprecise's warning). 464.00 on 40,000.00 is 1.16
    # percent, 0.14 below a printed 1.3; 456.00 is 1.14 percent, 0.16 below it.
    Pin("percent slack (a unit and a half)", "change-percent-mismatch",
        "TOKYO - The Nikkei 225 rose 464.00 points or 1.3 percent to finish at 40,464.00.",
        "TOKYO - The Nikkei 225 rose 456.00 points or 1.3 percent to finish at 40,456.00."),
    Pin("percent slack below (a unit and a half)", "change-percent-mismatch",
        "TOKYO - The Nikkei 225 rose 456.00 points or 1.0 percent to finish at 40,456.00.",
        "TOKYO - The Nikkei 225 rose 464.00 points or 1.0 percent to finish at 40,464.00."),
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
    # (365 points to 40,938.27 is 0.90 percent).
    Pin("run percent slack above (one unit)", "multi-session-percent-mismatch", _run("1.0", "365"), _run("1.1", "365")),
    # 1.1 percent to 40,938.27 is 425 to 465 points; a unit more either way allows 405 to 485.
    Pin("run percent slack, no wider than one unit", "multi-session-percent-mismatch",
        _run("1.1", "415"), _run("1.1", "395")),
    Pin("run percent slack below (one unit)", "multi-session-percent-mismatch", _run("0.8", "365"), _run("0.7", "365")),
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
        "TOKYO - The Nikkei 225 is holding just above the 40,000-point mark. The index rose 181.00 points or 0.45 "
        "percent to close at 40,400.00.",
        "TOKYO - The Nikkei 225 is holding just above the 40,000-point mark. The index rose 181.00 points or 0.45 "
        "percent to close at 40,401.00."),
    Pin("plain claim window (2 sentences)", "level-claim-mismatch",
        "TOKYO - The Nikkei 225 is holding above the 41,030-point mark. Exporters led. Banks lagged. The index rose "
        "183.40 points or 0.45 percent to close at 40,938.27.",
        "TOKYO - The Nikkei 225 is holding above the 41,030-point mark. Exporters led. The index rose 183.40 points "
        "or 0.45 percent to close at 40,938.27."),
    # rules/statements.toml, session-extreme-mismatch: the claim and the close at most two sentences apart.
    Pin("session extreme window (2 sentences)", "session-extreme-mismatch",
        "TOKYO - The Nikkei 225 finished higher, ending at session highs. Exporters led. Banks lagged. The index rose "
        "183.40 points or 0.45 percent to close at 40,938.27 after trading between 40,702.15 and 41,011.80.",
        "TOKYO - The Nikkei 225 finished higher, ending at session highs. Exporters led. The index rose 183.40 "
        "points or 0.45 percent to close at 40,938.27 after trading between 40,702.15 and 41,011.80."),
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
    # rules/statements.toml, move-told-twice-direction-conflict: the percent and the close told in
    # neighbouring sentences only.
    Pin("move told twice window (1 sentence)", "move-told-twice-direction-conflict",
        "Dealers saw a fall in the Nikkei 225 by 0.42 percent. Exporters led. The Nikkei 225 closed at 40,938.27 "
        "after gaining 171.20 points.",
        "Dealers saw a fall in the Nikkei 225 by 0.42 percent. The Nikkei 225 closed at 40,938.27 after gaining "
        "171.20 points."),
    # rules/statements.toml, restated-level-conflict: two closes of one subject are compared only when
    # neither is more than twice the other (farther apart they are two different quantities).
    Pin("restated close, at most twice apart", "restated-level-conflict",
        "The FTSE MIB rose 0.67% to 24,600.0 points on Monday.\n\nIn Milan, the FTSE MIB gained 0.67% to 12,299.0 "
        "points on Monday.",
        "The FTSE MIB rose 0.67% to 24,600.0 points on Monday.\n\nIn Milan, the FTSE MIB gained 0.67% to 12,300.0 "
        "points on Monday."),
    # rules/statements.toml, restated-percent-conflict: each of the two percents may be a unit off.
    Pin("restated percent, a unit each way (below)", "restated-percent-conflict",
        "The KOSPI lost 2.0 percent today.\n\nIn Seoul, the KOSPI slipped 1.8 percent to 2,451.30 points.",
        "The KOSPI lost 2.0 percent today.\n\nIn Seoul, the KOSPI slipped 1.7 percent to 2,451.30 points."),
    Pin("restated percent, a unit each way (above)", "restated-percent-conflict",
        "The KOSPI lost 2.0 percent today.\n\nIn Seoul, the KOSPI slipped 2.2 percent to 2,451.30 points.",
        "The KOSPI lost 2.0 percent today.\n\nIn Seoul, the KOSPI slipped 2.3 percent to 2,451.30 points."),
    # rules/sizes.toml, implausible-move: a percent told alone (no change, no close) may be a doubling.
    Pin("cap of a percent told alone (100)", "implausible-move",
        "Closing levels:\n  * KOSPI, +0.80%\n  * Kosdaq, +100%\n  * Nikkei 225, -0.40%",
        "Closing levels:\n  * KOSPI, +0.80%\n  * Kosdaq, +101%\n  * Nikkei 225, -0.40%"),
    # rules/tables.toml, table-change-percent-mismatch: a unit and a half in the percent's last place
    # (3.41 to 314.60 is 1.096 percent, 3.40 is 1.0925; printed 1.11).
    Pin("table percent slack (a unit and a half)", "table-change-percent-mismatch",
        "Open High Low Last Chg %Chg\nCOCOA\nMay 311.20 315.80 309.10 314.60 +3.41 +1.11%\n"
        "Jul 309.00 312.90 307.50 311.80 +2.95 +0.95%\n",
        "Open High Low Last Chg %Chg\nCOCOA\nMay 311.20 315.80 309.10 314.60 +3.40 +1.11%\n"
        "Jul 309.00 312.90 307.50 311.80 +2.95 +0.95%\n"),
    # rules/market.toml, breadth-share-over-total: the three shares add up to at most 100, beyond the
    # rounding of three whole percents.
    Pin("breadth total (100)", "breadth-share-over-total",
        "On the main board, 58% of shares rose and 41% fell, with 2% trading flat.",
        "On the main board, 58% of shares rose and 42% fell, with 2% trading flat."),
    # rules/scales.toml: two amounts compared in one breath stay within 200 times of each other (5.00
    # million against 1.000 billion is 200 within rounding; 4.90 million is 204).
    Pin("turnover shares scale (200)", "turnover-shares-scale-slip",
        "During the week, trading volume reached 1.000 billion securities, compared to 5.00 million.",
        "During the week, trading volume reached 1.000 billion securities, compared to 4.90 million."),
    Pin("turnover value scale (200)", "turnover-value-scale-slip",
        "Turnover was 1.000 billion dinars against 5.00 million dinars on Monday.",
        "Turnover was 1.000 billion dinars against 4.90 million dinars on Monday."),
    Pin("market value scale (200)", "market-value-scale-slip",
        "Market capitalisation ended at 1.000 trillion pounds on Thursday, compared to 5.00 billion pounds a week earlier.",
        "Market capitalisation ended at 1.000 trillion pounds on Thursday, compared to 4.90 billion pounds a week earlier."),
    Pin("market value told twice (200)", "market-value-restated-scale",
        "The market capitalisation stood at 1.000 trillion naira at the close.\n\nMarket Cap: 5.00 billion naira",
        "The market capitalisation stood at 1.000 trillion naira at the close.\n\nMarket Cap: 4.90 billion naira"),
]


@pytest.mark.parametrize("pin", PINS, ids=lambda p: p.threshold)
def test_the_quiet_side_of_each_threshold_does_not_raise_its_rule(pin: Pin) -> None:
    assert [(f.rule, f.message) for f in findings(pin.silent, MONDAY) if f.rule == pin.rule] == []


@pytest.mark.parametrize("pin", PINS, ids=lambda p: p.threshold)
def test_one_step_across_each_threshold_raises_its_rule(pin: Pin) -> None:
    assert pin.rule in {f.rule for f in findings(pin.raised, MONDAY)}
