"""States, level claims, dates, earnings and forecasts: the facts around the moves."""
import datetime as dt

import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def facts(lexicon, text, kind, date=None):
    return [f for f in extract(parse_document(text, "t", date=date), lexicon).facts if f.kind == kind]


def test_finished_sharply_higher_is_a_strong_upward_state(lexicon):
    (state,) = facts(lexicon, "The Nikkei finished sharply higher on Wednesday.", "state")
    assert state.subject.entity == "nikkei-225" and state.claim == "direction"
    assert (state.direction, state.intensity) == (1, 3)


def test_ending_at_session_highs_is_a_session_high_claim(lexicon):
    states = facts(lexicon, "The Dow remained in the green all day, ending at session highs.", "state")
    assert any(s.claim == "session_high" and s.subject.entity == "dow" for s in states)


def test_lowest_in_ten_months_carries_its_count(lexicon):
    (state,) = [s for s in facts(lexicon, "The KOSPI slid to its lowest closing level in ten months.", "state") if s.claim == "period_low"]
    assert state.quantity.value == 10 and state.quantity.span.text == "ten"


def test_just_above_a_plateau_is_a_level_claim(lexicon):
    (claim,) = facts(lexicon, "The Nikkei 225 now rests just above the 61,740-point plateau.", "level_claim")
    assert (claim.relation, claim.proximity) == ("above", "just")
    assert claim.threshold.span.text == "61,740-point" and claim.subject.entity == "nikkei-225"


def test_below_the_mark_is_a_level_claim(lexicon):
    (claim,) = facts(lexicon, "The Shanghai Composite slipped below the 3,000 mark.", "level_claim")
    assert claim.relation == "below" and claim.threshold.value == 3000


def test_weekdays_resolve_to_the_latest_such_day(lexicon):
    (ref,) = facts(lexicon, "The Topix fell on Monday.", "date_ref", date=dt.date(2026, 2, 26))
    assert ref.weekday == 0 and ref.resolved == dt.date(2026, 2, 23) and ref.role == "session"


def test_a_calendar_date_with_weekday(lexicon):
    (ref,) = facts(lexicon, "Trading resumes Wednesday, February 24.", "date_ref", date=dt.date(2021, 2, 20))
    assert (ref.weekday, ref.month, ref.day, ref.resolved) == (2, 2, 24, dt.date(2021, 2, 24))


def test_a_contract_month_is_a_delivery_date(lexicon):
    refs = facts(lexicon, "Brent for April delivery fell.", "date_ref")
    assert [(r.role, r.month) for r in refs] == [("delivery", 4)]


def test_earnings_with_per_share_and_prior_year(lexicon):
    text = ("Nvidia reported after the bell. The company's earnings came in at $31.910 billion, or $1.30 per share "
            "compared to $12.285 billion, or $0.49 per share, last year.")
    (result,) = facts(lexicon, text, "earnings")
    assert result.subject.entity == "nvidia"
    assert result.current.span.text == "$31.910 billion" and result.eps_current.span.text == "$1.30"
    assert result.prior.span.text == "$12.285 billion" and result.eps_prior.span.text == "$0.49"


def test_a_forecast_with_up_from(lexicon):
    (forecast,) = facts(lexicon, "Industrial output is expected to rise 0.6 percent on month, up from 0.2 percent in March.", "forecast")
    assert forecast.direction == 1 and forecast.comparison == "up from" and forecast.comparison_direction == 1
    assert (forecast.expected.span.text, forecast.previous.span.text) == ("0.6 percent", "0.2 percent")
    assert forecast.subject.text == "Industrial output"


def test_a_forecast_called_lower_after_a_fall(lexicon):
    (forecast,) = facts(lexicon, "The coincident is called lower by 0.7 percent after slipping 0.9 percent a month earlier.", "forecast")
    assert forecast.direction == -1 and forecast.previous_direction == -1 and forecast.comparison == "after"


def test_every_figure_of_a_full_wrap_is_bound(lexicon):
    text = ("date: 2026-02-26\n\nThe Nikkei finished higher on Wednesday. For the day, the index rallied 812.30 points "
            "or 1.45 percent to finish at 56,810.02 after trading between 56,020.40 and 56,900.33. "
            "West Texas Intermediate crude for April delivery slipped $0.31 or 0.5 percent to $64.70 a barrel.")
    extraction = extract(parse_document(text, "t"), lexicon)
    assert len(bound(extraction)) == len(extraction.mentions) == 8
    assert [f.id for f in extraction.facts] == [f"f{i}" for i in range(1, len(extraction.facts) + 1)]
    starts = [f.span.start for f in extraction.facts]
    assert starts == sorted(starts)
