"""Which session a weekday names: the one summed up, an older one, another market's, a day ahead, or none."""
import datetime as dt

import pytest

from verifier import check
from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def roles(lexicon, text, date="2026-03-04"):
    document = parse_document(text, "t", date=dt.date.fromisoformat(date))
    return [(f.span.text, f.role) for f in extract(document, lexicon).facts if f.kind == "date_ref" and f.weekday is not None]


def weekday_findings(text, date):
    return [f for f in check(text, dt.date.fromisoformat(date)).findings if f.rule == "weekday-date-mismatch"]


@pytest.mark.parametrize("text", [
    "The Kospi closed 0.4 percent lower on Tuesday as chipmakers slid.",
    "On Tuesday, the Straits Times Index gained 0.6 percent to 3,905.10.",
    "Seoul shares Tuesday ended 0.4 percent lower.",
    "The Hang Seng rose 210.40 points or 0.9 percent on Tuesday to close at 23,400.10.",
    "The London markets saw on Tuesday a drop in the FTSE 100 of 0.5 percent.",
])
def test_a_weekday_its_clause_ties_to_a_market_move_is_the_session_summed_up(lexicon, text):
    assert roles(lexicon, text) == [("Tuesday", "session")]


@pytest.mark.parametrize("text", [
    "Asian bourses look set for a weaker open on Thursday after a soft lead.",
    "The Nikkei may extend its gains on Thursday, strategists said.",
    "Tokyo shares are expected to open higher on Thursday.",
    "The Korean bourse will be closed on Thursday for a national holiday.",
])
def test_a_day_still_ahead_in_its_clause_is_no_session(lexicon, text):
    assert [role for _, role in roles(lexicon, text)] == ["ahead"]


@pytest.mark.parametrize("text, role", [
    ("The Sensex rose 0.3 percent from Monday's close of 74,210.50.", "prior_close"),
    ("The KLCI ended 2.1 points above its Monday close.", "prior_close"),
    ("The Nikkei slipped back from Monday's three-week high.", "prior"),
    ("The Taiex stayed below the level it reached last Monday.", "prior"),
    ("The PSEi had climbed 0.8 percent to close at 6,410.20 on Monday.", "prior"),
])
def test_a_day_before_the_session_is_a_prior(lexicon, text, role):
    assert [r for _, r in roles(lexicon, text)] == [role]


def test_a_move_to_a_close_on_that_day_is_still_the_session_not_a_prior(lexicon):
    assert roles(lexicon, "The Sensex rose 0.3 percent on Monday to close at 74,210.50.") == [("Monday", "session")]


def test_a_day_of_news_without_a_market_move_is_a_mention(lexicon):
    assert roles(lexicon, "The central bank governor said on Monday that rates were on hold.") == [("Monday", "mention")]


def test_a_later_day_of_a_market_already_summed_up_narrates_an_older_session(lexicon):
    text = "The ASX 200 ended 0.2 percent firmer at 8,120.40. On Monday, the index closed 0.5 percent lower."
    assert roles(lexicon, text) == [("Monday", "earlier_session")]


def test_a_run_of_sessions_before_the_day_does_not_make_the_day_an_older_one(lexicon):
    text = ("Tokyo shares have risen in back-to-back sessions, gaining 800 points in all. "
            "The Nikkei finished higher on Tuesday.")
    assert roles(lexicon, text) == [("Tuesday", "session")]


def test_a_foreign_market_in_a_local_wrap_is_an_overnight_session(lexicon):
    text = "The Hang Seng fell 0.6 percent on Tuesday. The S&P 500 slid 1.1 percent on Monday on growth worries."
    assert roles(lexicon, text) == [("Tuesday", "session"), ("Monday", "overnight_session")]


def test_a_holiday_named_in_the_text_marks_the_session_as_after_a_holiday(lexicon):
    text = "Tokyo shares climbed 1.2 percent on Friday, the last session before the Golden Week break."
    assert roles(lexicon, text) == [("Friday", "session_after_holiday")]


def test_a_market_trading_sunday_to_thursday_is_not_read_against_a_monday_week(lexicon):
    assert roles(lexicon, "The Tadawul All Share Index rose 0.4 percent on Sunday.") == [("Sunday", "mention")]


# end to end: the rule on these readings

def test_a_preview_of_the_next_open_is_no_slip():
    assert weekday_findings("Regional markets look set for a firmer open on Wednesday as US futures edged up.", "2026-03-03") == []


def test_a_foreign_session_one_older_than_the_local_one_is_no_slip():
    text = ("Hong Kong shares Thursday fell 0.8 percent to 22,410.30. The index was dragged lower by the Dow's "
            "slide Wednesday on weak housing data.")
    assert weekday_findings(text, "2026-03-06") == []


def test_a_foreign_session_two_older_is_a_slip():
    text = ("Hong Kong shares Thursday fell 0.8 percent to 22,410.30. The index was dragged lower by the Dow's "
            "slide Tuesday on weak housing data.")
    assert [f.suspect.text for f in weekday_findings(text, "2026-03-06")] == ["Tuesday"]


def test_the_session_before_a_holiday_the_text_names_is_no_slip():
    text = ("The Nikkei is sharply lower on reopening after a holiday on Tuesday. "
            "Tokyo shares closed 0.3 percent higher on Friday.")
    assert weekday_findings(text, "2026-03-10") == []


def test_without_a_holiday_the_same_day_is_a_slip():
    assert len(weekday_findings("Tokyo shares closed 0.3 percent higher on Thursday.", "2026-03-10")) == 1
    late = [f.rule for f in check("Tokyo shares closed 0.3 percent higher on Friday.", dt.date(2026, 3, 10)).findings]
    assert late == ["weekday-date-late"]  # one session older than the last: a late page or a slip


def test_a_weekday_named_for_the_session_anywhere_in_its_sentence_is_read():
    assert len(weekday_findings("On Friday, the Kospi added 0.7 percent to 2,650.40 as chipmakers rallied.", "2026-03-11")) == 1
    assert len(weekday_findings("The Kospi added 0.7 percent on Friday to finish at 2,650.40.", "2026-03-11")) == 1


@pytest.mark.parametrize("written", ["Wednesday, March 5", "Wednesday (March 5)", "Wed, Mar 5", "Wednesday, the 5th of March"])
def test_a_weekday_beside_a_date_it_does_not_fall_on_is_a_slip_however_the_pair_is_written(written):
    findings = check(f"Stocks rallied on {written}, the central bank said.", dt.date(2020, 3, 9)).findings
    assert [f.rule for f in findings] == ["calendar-weekday-mismatch"]


def test_a_newspaper_named_before_a_date_is_no_weekday():
    assert check("The Sun, March 5, said stocks rallied.", dt.date(2020, 3, 9)).findings == ()


def test_a_full_date_a_market_moved_on_is_a_session_date_read_against_publication(lexicon):
    text = "The Taiex closed 0.8 percent higher on March 12."
    assert [(f.span.text, f.role) for f in extract(parse_document(text, "t", date=dt.date(2026, 3, 9)), lexicon).facts
            if f.kind == "date_ref"] == [("March 12", "session_date")]
    (finding,) = check(text, dt.date(2026, 3, 9)).findings
    assert finding.rule == "session-date-in-week-after"  # later that week: maybe a page dated by its week's Monday
    (finding,) = check(text.replace("March 12", "March 19"), dt.date(2026, 3, 9)).findings
    assert finding.rule == "session-date-after-publication"


@pytest.mark.parametrize("text, date", [
    ("The Taiex closed 0.8 percent higher on March 10.", "2026-03-09"),  # the next session: another time zone
    ("The Taiex is expected to rebound on March 12.", "2026-03-09"),  # a day ahead
    ("The Taiex closed 0.8 percent higher on April 12.", "2026-03-09"),  # no year, another month: last year's
    ("The Taiex closed 0.8 percent higher on April 12, 2025.", "2026-03-09"),
])
def test_a_date_not_after_the_next_session_or_not_told_as_past_is_no_slip(text, date):
    assert check(text, dt.date.fromisoformat(date)).findings == ()


def test_a_prior_day_in_the_sentence_does_not_make_a_move_anothers_session():
    text = ("The Kospi finished higher on Tuesday. For the day, the index fell 10.20 points or 0.4 percent from "
            "Monday's close to finish at 2,600.10.")
    assert [f.rule for f in check(text, dt.date(2026, 3, 3)).findings] == ["direction-conflict"]


def test_the_days_a_weekly_review_names_after_its_week_are_the_weeks(lexicon):
    text = "The FBM KLCI rose 1.2 percent for the week. On Monday, the index fell 3.1 points to 1,602.40."
    assert roles(lexicon, text, "2026-03-07") == [("Monday", "earlier_session")]


def test_an_asian_session_the_day_after_a_story_dated_in_the_americas_is_that_next_day(lexicon):
    text = "Seoul shares were trading 0.5 percent higher on Tuesday."
    (ref,) = [f for f in extract(parse_document(text, "t", date=dt.date(2026, 3, 2)), lexicon).facts if f.kind == "date_ref"]
    assert (ref.role, ref.resolved) == ("session", dt.date(2026, 3, 3))
    assert weekday_findings(text, "2026-03-02") == []
    assert len(weekday_findings("Wall Street stocks were trading 0.5 percent higher on Tuesday.", "2026-03-02")) == 1


@pytest.mark.parametrize("clause", ["slipped 3.1% in Q2 2024", "slipped 3.1% in the second quarter", "slipped 3.1% during 2Q"])
def test_a_move_over_a_named_quarter_is_the_quarters_not_a_sessions(clause):
    from verifier.extract.periods import period_of
    assert period_of(clause) == ("quarter", None)
    assert check(f"The ASX 200 {clause}, then recovered.").findings == ()
