"""The wording of generated wraps: verbs by polarity and size, and one template per phrasing family.

Templates are data: `{field}` slots in a sentence, filled by `render.Builder`. Each family is a way
real wraps order the same figures ("rose N points or P percent to finish at L", "ended at L, up N or
P%", "a rise of N, or P%, to L", a bullet "Name, +$N (+P%) to $L"); they are written for the project.
"""
from __future__ import annotations

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# Verbs by polarity and intensity (1 slight, 2 plain, 3 strong), all from the issues' lexicon.
VERBS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("edged up", "inched higher"),
    (1, 2): ("rose", "gained", "climbed", "advanced", "added"),
    (1, 3): ("soared", "surged", "spiked"),
    (-1, 1): ("edged down", "inched lower", "slipped"),
    (-1, 2): ("fell", "lost", "declined", "dropped", "shed", "retreated"),
    (-1, 3): ("plunged", "tumbled", "plummeted", "tanked", "slumped"),
}
# The most extreme verbs, for planting an intensity slip that no threshold can excuse.
EXTREME_VERBS: dict[int, tuple[str, ...]] = {1: ("soared", "surged", "spiked"), -1: ("plunged", "plummeted", "tanked")}
# Yields move in basis points; only the plainest verbs are idiomatic there.
YIELD_VERBS: dict[int, tuple[str, ...]] = {1: ("rose", "climbed"), -1: ("fell", "declined")}
RUN_VERBS: dict[int, tuple[str, ...]] = {1: ("adding", "advancing"), -1: ("shedding", "losing")}
# How a run's direction is told: "has gained in two consecutive sessions".
RUN_WAYS = {1: "gained", -1: "lost ground"}
FINISH_WORDS = ("finish", "close", "end", "settle")
# "finished at L, up N": the past tense of the verb that puts the close first.
CLOSED_WORDS = ("finished", "ended", "closed", "settled")
# Present tense of a close, for a plural subject ("futures settle at") and a singular one ("ends at").
PRESENT_PLURAL = ("settle", "end", "close")
PRESENT_SINGULAR = ("ends", "closes", "finishes")
HIGHER = {1: "higher", -1: "lower"}
UP_DOWN = {1: "up", -1: "down"}
SIGNS = {1: "+", -1: "-"}
# A move named by its noun: "posted a rise of 31.25 points".
MOVE_NOUNS: dict[int, tuple[str, ...]] = {1: ("rise", "gain"), -1: ("fall", "drop", "decline", "loss")}
# Present-tense verbs of a headline: "KOSPI rises 1.25%".
HEADLINE_VERBS: dict[int, tuple[str, ...]] = {1: ("rises", "gains", "climbs"), -1: ("falls", "drops", "declines")}
# Adverbs of a session summary by intensity of the day's move; "" is the plain "finished higher".
STATE_ADVERBS: dict[int, tuple[str, ...]] = {2: ("",), 3: ("sharply",)}
MODEST_ADVERB = "modestly"
COMPARISONS = {1: "up from", -1: "down from"}
# How a percent is written after its figure; one way per article.
PERCENT_WORDS = (" percent", " per cent", "%", " pct")

# The day's move of an index, one template per phrasing family. The verb slot of "ended_up" and
# "level_first" holds a direction word ("ended up", "up"), of "rise_of" a noun ("rise").
DAY_TEMPLATES: dict[str, tuple[str, ...]] = {
    # "rose 31.25 points or 1.25 percent to finish at 2,531.25"
    "to_finish": ("{subject} {verb} {change} points or {percent}{pc} to {finish} at {level}",),
    # "ended up 31.25 points, or 1.25 percent, at 2,531.25"
    "ended_up": ("{subject} {verb} {change} points, or {percent}{pc}, at {level}",),
    # the close first: "finished at 2,531.25, up 31.25 points or 1.25%" (the points word is often dropped)
    "level_first": ("{subject} {closed} at {level}, {verb} {change} points or {percent}{pc}",
                    "{subject} {closed} at {level}, {verb} {change} or {percent}{pc}"),
    # the move as a noun: "posted a rise of 31.25 points, or 1.25%, to 2,531.25"
    "rise_of": ("{subject} posted a {verb} of {change} points, or {percent}{pc}, to {level}",
                "{subject} {closed} with a {verb} of {change}, or {percent}{pc}, at {level}"),
    # the session's weekday inside the clause: "rose 31.25 points or 1.25 percent on Friday to close at"
    "weekday_inside": ("{subject} {verb} {change} points or {percent}{pc} on {day} to {finish} at {level}",),
    # the weekday first: "On Friday, the KOSPI rose ..."
    "weekday_lead": ("On {day}, {subject_lower} {verb} {change} points or {percent}{pc} to {finish} at {level}",),
}
DAY_STYLES = tuple(DAY_TEMPLATES)
# The trio of Wall Street is joined in one sentence, so only the families that read as a clause.
CLAUSE_STYLES = ("to_finish", "ended_up", "level_first")
STYLE_WORDS: dict[str, dict[int, str]] = {"ended_up": {1: "ended up", -1: "ended down"},
                                          "level_first": UP_DOWN}
# The opposite of every direction word a slot may hold that is not a plain verb.
FLIPPED_WORDS = {"ended up": "ended down", "ended down": "ended up", "up": "down", "down": "up",
                 "rise": "fall", "gain": "loss", "fall": "rise", "drop": "gain", "decline": "rise", "loss": "gain",
                 "higher": "lower", "lower": "higher", "rises": "falls", "gains": "drops", "climbs": "declines",
                 "falls": "rises", "declines": "climbs", "drops": "gains"}

# Intraday ranges: "between" reads in either order, so a wrap may give the high first; only a
# labelled pair ("a low of L and a high of H") has an order a slip can reverse.
RANGE_TEMPLATES: dict[str, str] = {
    "between": " after trading between {low} and {high}",
    "between_high_first": " after trading between {high} and {low}",
    "low_high": " after trading between a low of {low} and a high of {high}",
    "high_low": " after touching a high of {high} and a low of {low}",
    "moving": " after moving between {low} and {high}",
}
RANGE_STYLES = tuple(RANGE_TEMPLATES)
LABELLED_RANGES = ("low_high", "high_low")
EXTREME_SUFFIXES = {"high": ", ending at session highs", "low": ", ending at session lows"}
# The week's move beside the day's, in the day's own sentence: "..., and down 1.6 percent on the week".
WEEK_TAIL = ", and {way} {week_percent}{pc} on the week"
# The week's move in a sentence of its own, after the day's.
WEEK_TEMPLATE = "For the week, the index {verb} {change} points or {percent}{pc}."

# A title line above the body, in three shapes: a direction, a close, a percent with a present-tense verb.
HEADLINE_TEMPLATES: dict[str, str] = {
    "headline_direction": "{short} {ends} {way}",
    "headline_level": "{short} {ends} at {level}",
    "headline_percent": "{short} {verb} {percent}{pc}",
}

ACTIVE_TEMPLATE = "{company} {verb} {percent}{pc}"
# A list of movers, one bullet per stock: "- Name, +$1.10 (+1.6%) to $78.40".
BULLET_LEADS = ("Biggest movers on the {short}:", "Stocks to watch on the {short}:")
BULLET_TEMPLATE = "- {company}, {sign}{cur}{change} ({sign}{percent}%) to {cur}{level}"

COMMODITY_TEMPLATES: dict[str, str] = {
    "commodity_to_level": "{name} for {month} delivery {verb} ${change} or {percent}{pc} to ${level} {per}.",
    # present tense, the price first: "Gold futures for June delivery settle at $2,046.50 an ounce, up $12.40 or 0.6%."
    "present_tense": "{name} futures for {month} delivery {settle} at ${level} {per}, {verb} ${change} or {percent}{pc}.",
}
YIELD_TEMPLATE = "The 10-year yield {verb} {change} basis points to {level} percent."
RUN_TEMPLATE = ("The {country} stock market has {way} in two consecutive sessions, {verb} more than "
                "{floor} points or {percent}{pc} over that span.")
LEVEL_TEMPLATE = "The {name} is holding just above the {threshold}-point mark."
STATE_TEMPLATE = "The {subject} finished {adverb}{way} on {day}."
# A summary paragraph that the day's figures follow in a paragraph of their own ("For the day, ...").
STATE_PARAGRAPH_TAIL = " Traders weighed the session's news from abroad."
EARNINGS_TEMPLATES = (
    "Investors were also weighing quarterly results from {company}.",
    "The company's earnings were ${current} billion, or ${eps_current} per share, compared with "
    "${prior} billion, or ${eps_prior} per share, a year ago.",
)
FORECAST_TEMPLATES = (
    "{country} will see {month} data for its {indicator} later today.",
    "The {short} is expected to {verb} {expected} percent on the month, {comparison} {previous} percent in "
    "{previous_month}.",
)
FORECAST_VERBS = {1: "rise", -1: "fall"}
FORECAST_CALLED = ("The {short} is seen {way} by {expected} percent on the month after {previous_verb} {previous} "
                   "percent the month before.")
PREVIOUS_VERBS: dict[int, tuple[str, ...]] = {1: ("rising", "gaining"), -1: ("slipping", "falling")}
WALL_STREET_LEADS = ("Wall Street closed {way} on {day}.", "The major averages finished {way} on {day}.")
# Currencies: a quote per dollar rises as the currency weakens; a quote in dollars rises as it firms.
CURRENCY_TEMPLATES = {True: "{name} {verb} to {level} per dollar from {prior}",
                      False: "{name} {verb} to ${level} from ${prior}"}
CURRENCY_VERBS: dict[int, tuple[str, ...]] = {1: ("firmed", "strengthened"), -1: ("eased", "weakened")}
SECTOR_TEMPLATES = (
    "The {name} {verb} {percent}{pc}.",
    "{group} were in focus, with the {name} {gerund} {percent}{pc}.",
    "{group} were in focus, with the {name} {gerund} by {percent}{pc}.",
)
GERUNDS: dict[str, str] = {
    "edged up": "edging up", "inched higher": "inching higher", "rose": "rising", "gained": "gaining",
    "climbed": "climbing", "advanced": "advancing", "added": "adding", "soared": "soaring", "surged": "surging",
    "spiked": "spiking", "edged down": "edging down", "inched lower": "inching lower", "slipped": "slipping",
    "fell": "falling", "lost": "losing", "declined": "declining", "dropped": "dropping", "shed": "shedding",
    "retreated": "retreating", "plunged": "plunging", "tumbled": "tumbling", "plummeted": "plummeting",
    "tanked": "tanking", "slumped": "slumping",
}
