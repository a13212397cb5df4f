"""Named regex fragments of wire phrasing, composed and compiled once at import.

Each fragment names the real phrasing it covers. ASCII digits only (`[0-9]`, never `\\d`), so a
full-width or Arabic-Indic digit is never read as a figure. Knows nothing of facts or the lexicon.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

# "1,374.16", "61,742.35", "0.87", "23.58", "2010", ".41" (grouped or plain, optional decimals), and
# Indian lakh grouping "8,47,215.63" (pairs of digits before the last three)
DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+"


def digits_grammar(decimal_mark: str = ".", grouping: str = ",") -> str:
    """The digit grammar of a number convention: `DIGITS` for English copy; for an article whose
    decimal mark is the comma, "1.234,56" and "0,75"; for one that groups with spaces, "54 638"
    (English groups still read, since such copy mixes them)."""
    if (decimal_mark, grouping) == (".", ","):
        return DIGITS
    if grouping == " ":
        decimals = r"(?:\.[0-9]+)?" if decimal_mark == "." else r"(?:,[0-9]+)?"
        rest = DIGITS if decimal_mark == "." else digits_grammar(",", ".")
        return rf"[0-9]{{1,3}}(?:[ ][0-9]{{3}})+(?![0-9]){decimals}|{rest}"  # "[ ]": the grammar is compiled VERBOSE
    return r"(?:[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9])|[0-9]+)(?:,[0-9]+)?"


# Vulgar fractions glued to a price, as futures tapes print them: "589¼", "594½", "607¾"
VULGAR_FRACTIONS = {"¼": "0.25", "½": "0.5", "¾": "0.75", "⅛": "0.125", "⅜": "0.375", "⅝": "0.625", "⅞": "0.875"}
VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"

# Spelled numbers in numeric use: "ten months", "twenty-five points", "nine-point-27".
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_ONES = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS = "|".join(TENS_WORDS)
SPELLED = rf"(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_ONES})"

# "a quarter of a percent", "half a percentage point", "three-quarters of a percent"
FRACTION_WORDS = {"half": "0.5", "quarter": "0.25", "third": "0.33", "three-quarters": "0.75"}
FRACTION = r"(?:(?:a|one)\s)?(?P<frac>three-quarters|half|quarter|third)(?:\sof)?(?:\s(?:a|one))?"

# Qualifiers a wire puts before a figure: "about 80 points", "more than 1,600 points".
QUALIFIER_WORDS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "close to": "nearly", "nearly": "nearly",
    "almost": "nearly", "just under": "nearly", "more than": "more_than", "over": "more_than",
    "just over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "less than": "less_than", "under": "less_than", "fewer than": "less_than",
    "at least": "at_least", "at most": "at_most", "up to": "at_most", "no more than": "at_most",
    "as much as": "at_most", "as high as": "at_most", "as many as": "at_most", "as little as": "at_least",
    "as low as": "at_least",
}
QUALIFIER = "(?:" + "|".join(sorted((w.replace(" ", r"\s+") for w in QUALIFIER_WORDS), key=len, reverse=True)) + ")"

# Currency before the figure: "$0.87", "US$17.26", "$US93.41", "NT$1,847", "S$862.37", "HK$", "RM1.2"
CURRENCY_PREFIXES = {
    "US$": "USD", "$US": "USD", "U.S.$": "USD", "NT$": "TWD", "S$": "SGD", "HK$": "HKD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "C$": "CAD", "NZ$": "NZD", "RM": "MYR", "Rs.": "INR",
    "Rs": "INR", "Rp": "IDR", "₹": "INR", "¥": "JPY", "€": "EUR", "£": "GBP", "₩": "KRW",
    "$": "USD", "SG$": "SGD", "T$": "TWD", "R$": "BRL", "MX$": "MXN", "CA$": "CAD", "NZ$": "NZD",
    "USD ": "USD", "US$ ": "USD", "EUR ": "EUR", "GBP ": "GBP", "JPY ": "JPY", "CNY ": "CNY", "HKD ": "HKD",
    "SGD ": "SGD", "AUD ": "AUD", "KRW ": "KRW", "TWD ": "TWD", "INR ": "INR", "RMB ": "CNY", "RMB": "CNY",
    "\u20b1": "PHP", "Bt": "THB",
}
# ISO codes glued to the figure, as Dow Jones and Asian wires write them: "EUR1.2 billion", "THB1.25",
# "CNY812", "GBP500 million". Matched case-sensitively, and only after a non-letter.
GLUED_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "HKD", "SGD", "AUD", "NZD", "CAD", "CHF", "KRW", "TWD", "INR", "THB",
    "MYR", "IDR", "PHP", "VND", "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "AED", "SAR",
    "QAR", "OMR", "BHD", "KWD", "JOD", "EGP", "KES", "NGN", "GHS", "ZMW", "BDT", "PKR", "LKR",
)
CURRENCY_PREFIXES.update({code: code for code in GLUED_CODES})
# The signs Gulf, African and South Asian desks glue to a price: "QR11.20" (Qatari riyal), "Dh4.35" and
# "Dhs1.2 billion" (dirham), "SR32.10" (Saudi riyal), "RO0.215" (Omani rial), "BD0.54" (Bahraini dinar),
# "KD0.7" (Kuwaiti dinar), "JD1.9" (Jordanian dinar), "LE12.5" (Egyptian pound), "KSh45" (Kenyan
# shilling), "GH¢3.40" (cedi), "Tk 52.30" (taka). Read only after a non-letter (see BEFORE_FIGURE).
LOCAL_SIGNS = {
    "QR": "QAR", "Dh": "AED", "Dhs": "AED", "SR": "SAR", "RO": "OMR", "BD": "BHD", "KD": "KWD", "JD": "JOD",
    "LE": "EGP", "KSh": "KES", "Ksh": "KES", "GH¢": "GHS", "Tk": "BDT", "Tk.": "BDT",
}
CURRENCY_PREFIXES.update(LOCAL_SIGNS)
_GLUED = "|".join(GLUED_CODES)
_PREFIX = "|".join(regex.escape(p).replace(r"\ ", " ") for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
CURRENCY_PREFIX = rf"(?P<cur>{_PREFIX})"

# Currency after the figure: "1.2 trillion won", "150.25 yen", "seven cents", "4.1 billion yuan",
# "3 billion Swiss francs", and hyphenated before a noun: "a 1 billion-euro buyback"
CURRENCY_WORDS = {
    "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR", "rupiah": "IDR",
    "rupee": "INR", "rupees": "INR", "baht": "THB", "peso": "PHP", "pesos": "PHP", "euro": "EUR",
    "euros": "EUR", "dollar": "USD", "dollars": "USD", "pounds": "GBP", "cent": "cents",
    "cents": "cents", "sen": "cents", "pence": "cents", "dong": "VND", "rand": "ZAR",
    "paise": "cents", "paisa": "cents", "paisas": "cents",  # the rupee's hundredths: "ended weaker by 6 paise at 83.47"
    "centavos": "cents", "centavo": "cents", "kopecks": "cents", "kopeks": "cents",  # the peso's hundredths (not "kobo": Lagos copy writes "N7.20 kobo")
    "US cents": "cents", "U.S. cents": "cents", "Singapore cents": "cents", "dlrs": "USD", "dlr": "USD", "cts": "cents", "ct": "cents", "stg": "GBP", "yuan's": "CNY",
    "Swiss francs": "CHF", "Swiss franc": "CHF", "francs": "CHF", "franc": "CHF",
    "New Taiwan dollars": "TWD", "Taiwan dollars": "TWD", "Hong Kong dollars": "HKD", "H.K. dollars": "HKD",
    "H.K. dlrs": "HKD", "HK dlrs": "HKD", "Singapore dollars": "SGD", "Australian dollars": "AUD",
    "Canadian dollars": "CAD", "Canadian dlrs": "CAD", "New Zealand dollars": "NZD", "U.S. dollars": "USD",
    "US dollars": "USD", "U.S. dlrs": "USD",
}
CURRENCY_WORD = "(?P<curword>" + "|".join(regex.escape(w).replace(r"\ ", r"\s") for w in sorted(CURRENCY_WORDS, key=len, reverse=True)) + ")"

# "billion", "bln", "bn", "mln", "trillion", "tn", and "k" of US data wires ("claims rose 7k to 219k")
SCALE_WORDS = {
    "thousand": "thousand", "million": "million", "mln": "million", "mn": "million", "m": "million",
    "billion": "billion", "bln": "billion", "bn": "billion", "b": "billion", "trillion": "trillion",
    "tln": "trillion", "tn": "trillion", "crore": "ten_million", "lakh": "hundred_thousand", "k": "thousand",
    "lakh crore": "trillion",  # a lakh of crores, 1e12: "Rs 451 lakh crore"
    "bil": "billion", "mil": "million",  # Malaysian wires: "RM3.30 bil", "RM18mil"
}
SCALE = "(?P<scale>" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(SCALE_WORDS, key=len, reverse=True)) + ")"

# What a price is quoted per, after its figure: "a barrel", "per troy ounce", "per kg", "per 10 grams", "per tola"
# (roles.py and subjects.py each add their own few)
PER_UNITS = (r"dollar|euro|barrel|(?:troy\s+)?ounce|(?:metric\s+)?(?:ton|tonne)|share|bushel|pound|gallon"
             r"|kg|kilo(?:gram)?|(?:10\s+)?grams?|tola")

# Units: "2.20 percent", "0.2 per cent", "0.87%", "4 basis points", "3 percentage points",
# "23.58 points", "61,740-point plateau", "12 pts", "1.5 pct", and British "2.5pc", "0.3pp"
UNIT_WORDS = {
    "percentage points": "percentage_points", "percentage point": "percentage_points",
    "pct points": "percentage_points", "pct point": "percentage_points", "ppts": "percentage_points",
    "basis points": "basis_points", "basis point": "basis_points", "bps": "basis_points",
    "bp": "basis_points", "percent": "percent", "per cent": "percent", "pct": "percent",
    "%": "percent", "points": "points", "point": "points", "pts": "points", "pt": "points",
    "shares": "shares", "pc": "percent", "pp": "percentage_points", "ppt": "percentage_points",
}
# Inner spaces may be hyphens before a noun: "a 25-basis-point cut", "a half-percentage-point rise".
UNIT = "(?P<unit>" + "|".join(
    sorted((regex.escape(u).replace(r"\ ", r"[\s-]+") for u in UNIT_WORDS), key=len, reverse=True)
) + ")"

_AFTER_UNIT = r"(?![A-Za-z0-9])"

# A tape fraction in lowest terms, as the 1987 wires quote prices: "1/4", "7/8", "11/32", and with a
# whole part "39-1/4", "149-1/8". The numerator is odd and below its denominator, so a date such as
# "12/16" or a ratio such as "2/4" is never read as one; nothing may follow but the end of the figure.
_TAPE = r"(?:1/2|[13]/4|[1357]/8|(?:1[135]|[13579])/16|(?:[12][13579]|3[1]|[13579])/32|(?:[1-5][13579]|6[13]|[13579])/64)(?![0-9/])"
TAPE_FRACTION = rf"(?:[0-9]{{1,4}}-)?{_TAPE}"

# A futures tape's fraction written with a dash after the whole price, as AP grain tables print
# eighths: "608 1-2" is 608 1/2, "618 3-4" is 618 3/4. Read only in an article that prints several
# (see convention.py), since "1-2" alone is as often a range.
DASH_FRACTION = r"(?:1-2|[13]-4|[1357]-8)(?![0-9/-])"


def _quantity(digits: str, dash_fractions: bool) -> re.Pattern[str]:
    """One figure, matched at the start of its number (a mention found by `mention_pattern`); what
    stands before it (qualifier, sign, currency) is read by BEFORE_FIGURE. Alternatives, in order:
      digits      "31.574 billion" (of "$31.574 billion"), "2.20 percent", "61,740-point", "1.2 trillion won",
                  "594½" (a vulgar fraction glued to the price), "½" alone, "608 1-2" (a dash fraction)
      broadcast   "nine-point-27 points", "point-41 percent"
      fraction    "quarter of a percent", "half a percentage point"
      spelled     "ten months" (no unit: not a quantity), "twenty-five points", "three percent"
    """
    # without dash fractions the branch never matches, so its groups exist for every convention
    dashed = rf"(?P<dwhole>[0-9]{{1,5}})\s(?P<dtape>{DASH_FRACTION})|" if dash_fractions else "(?!)(?P<dwhole>)(?P<dtape>)|"
    return re.compile(
        rf"""
            (?:(?:(?P<whole>[0-9]{{1,4}})-)?(?P<tape>{_TAPE})                              # "7/8", "10-1/8" (1987 tape)
              |{dashed}(?P<num>(?>{digits}))(?P<vulgar>{VULGAR})?(?![:/][0-9]|(?:st|nd|rd|th)\b)
              |(?P<lone>{VULGAR}))
            (?:(?:\s|-(?=[a-z]{{3}}))?{SCALE}(?![A-Za-z]))?                               # "$1.5-billion deal"
            (?:(?:\s|-)?{UNIT}{_AFTER_UNIT}|[\s-]{CURRENCY_WORD}(?![A-Za-z]))?
        |
            (?:(?P<bint>{SPELLED}|[0-9]+)-)?point-(?P<bfrac>[0-9]+)
            (?:\s?{UNIT.replace("<unit>", "<bunit>")}{_AFTER_UNIT})?
        |
            (?P<frac>three-quarters|half|quarter|third)(?:\sof)?(?:\s(?:a|one))?\s
            (?P<funit>percentage\s+points?|percent|per\s+cent|point)(?![A-Za-z])
        |
            (?P<word>{SPELLED})
            (?:\s{SCALE.replace("<scale>", "<wscale>")}(?![A-Za-z]))?
            (?:(?:\s|-){UNIT.replace("<unit>", "<wunit>")}{_AFTER_UNIT}|\s{CURRENCY_WORD.replace("<curword>", "<wcurword>")}(?![A-Za-z]))?
            (?![A-Za-z])
        """,
        re.VERBOSE | re.IGNORECASE,
    )


# NOTE: the lexicon-free patterns of this module use stdlib `re`: `QUANTITY` matches in 2.1 us
# against 3.2 us with `regex` and compiles in half the time; every match on the dev corpus is the same.
QUANTITY = _quantity(DIGITS, False)


# The Philippine peso as Manila wires write it, glued and after a space or "(": "to P220", "P5.34 billion"
# (never "S&P500", "3P31B2"); a lone "P" is no currency anywhere else, so it is read only glued. The naira
# as Lagos wires write it, "N26.2 trillion", "N1,450": glued, and only before a decimal or a digit group,
# so an index code ("N225") stays a name.
GLUED_PESO = r"(?<![^\s(])(?-i:(?P<peso>P)|(?P<naira>N))"

# What stands right before a number: "more than ", "about $", "-", "NT$", "US$ ", "a " (of "a quarter"), "P";
# a sign spelled in letters only where it starts a word ("QR", never the end of "PRO")
# NOTE: stdlib `re` reads this 24-character window in ~17 us against ~37 us for `regex`, with the
# same matches on every figure of the dev corpus.
BEFORE_FIGURE = re.compile(
    rf"(?:(?P<qual>{QUALIFIER})\s+)?(?:(?P<neg>[-\u2212]|minus\s)?(?:(?:(?![A-Za-z])|(?<![A-Za-z]))(?-i:{CURRENCY_PREFIX})?\s?|{GLUED_PESO})|(?P<article>(?:a|one)\s))$",
    re.IGNORECASE,
)

# Every numeric mention, for coverage: a digit group, or a spelled number in numeric use (followed
# by a unit-like word or a hyphenated period: "ten months", "three-day", "two sessions").
_NUMERIC_FOLLOWER = (
    r"(?:percent|per\s+cent|percentage|points?|basis|months?|weeks?|days?|years?|sessions?|"
    r"trading|straight|consecutive|quarters?|-day|-week|-month|-year|-session|million|billion|"
    r"trillion|thousand|hundred|cents?|yen|won|yuan|dollars?)"
)
# NOTE: the digit scan runs over every article in full, and stdlib `re` runs it in 0.09 ms per 2 KB
# article against 0.56 ms for `regex` (measured on the dev corpus), so this one pattern uses `re`.
# A tape fraction ("39-1/4") is one mention, as it is one figure; a figure glued to a currency code
# ("$US104.66", "RMB5", "EUR1.2", "RM4.07", "Bt71", "P220") is one too. The leading `(?=[0-9.])` lets `re` skip to
# candidate characters instead of trying the lookbehinds at every position: 4.7x faster on the dev
# corpus, same matches.
# A local sign glued to its figure, "QR11.20", "Dhs1.2": `re` looks behind at fixed widths, one group per length.
_LOCAL_SIGN_BEFORE = "(?:" + "|".join(
    rf"(?<=\b(?:{'|'.join(re.escape(sign) for sign in LOCAL_SIGNS if len(sign) == width)}))"
    for width in sorted({len(sign) for sign in LOCAL_SIGNS})
) + ")"


def _mention(digits: str, dash_fractions: bool) -> re.Pattern[str]:
    dashed = rf"[0-9]{{1,5}}\s{DASH_FRACTION}|" if dash_fractions else ""
    return re.compile(
        rf"(?=[0-9.{VULGAR[1:-1]}])(?:(?<![A-Za-z.,0-9])(?:{TAPE_FRACTION}|{dashed}(?>{digits}){VULGAR}?|{VULGAR})"
        rf"|(?:(?<=\$US)|(?<=\bRMB)|(?<=\b(?:{_GLUED})))(?>{digits})"
        rf"|(?:(?<=\$A)|(?<=RM)|(?<=Rs)|(?<=Rp)|(?<=Rs\.)|(?<=\bBt)|(?<=(?<![^\s(])P))(?>{digits})"
        rf"|{_LOCAL_SIGN_BEFORE}(?=[0-9])(?>{digits})"
        rf"|(?<=(?<![^\s(])N)(?=[0-9]{{1,3}}[.,][0-9])(?>{digits}))"
    )


DIGIT_MENTION = _mention(DIGITS, False)


@lru_cache(maxsize=None)
def figure_patterns(digits: str = DIGITS, dash_fractions: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The mention scan and the figure grammar for one number convention (an article's digit grammar,
    and whether it prints dash fractions), compiled once per convention."""
    if digits == DIGITS and not dash_fractions:
        return DIGIT_MENTION, QUANTITY
    return _mention(digits, dash_fractions), _quantity(digits, dash_fractions)


_WORD_MENTION = (
    rf"\b(?:(?:{SPELLED})(?=[\s-]{_NUMERIC_FOLLOWER}|-point)|point-[0-9]+"
    rf"|(?:three-quarters|half|quarter)(?=\s(?:of\s)?(?:a\s|one\s)?(?:percent|per\s+cent|percentage|point)))"
)
WORD_MENTION = regex.compile(_WORD_MENTION, regex.IGNORECASE)
# The same for lower-cased text, case-sensitive, led by the first letters its words can start with:
# 0.066 ms per article against 0.12 ms case-blind with `regex` (0.33 ms with `re`), same matches.
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*UNITS_WORDS, *TENS_WORDS, "point", "three-quarters", "half", "quarter"]}))
FOLDED_WORD_MENTION = re.compile(rf"(?=[{_FIRST_LETTERS}]){_WORD_MENTION}")

# Not prose: link targets and addresses, whose digits are no figures. "](https://x.com/sensex-4.html "Sensex")",
# "https://...", "javascript:void(0)", "name@wsj.com", "[CL1:COM]" symbols.
_LINKS = r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|\b(?:https?://|www\.)[^\s)\]]+|javascript:[^\s)]*\)?"
NOT_PROSE = re.compile(rf"{_LINKS}|[\w.+-]+@[\w-]+\.[\w.]+|#[A-Za-z0-9_-]+")
# The same without the address alternative, for texts with no "@" (131 of 134 dev articles): trying
# `[\w.+-]+@` at every word was most of the scan; led by the characters a link can start with,
# it runs in 0.025 ms against 0.17 ms. Same matches, since an address cannot match without its "@".
NOT_PROSE_NO_ADDRESS = re.compile(rf"(?=[\]hwj#])(?:{_LINKS}|#[A-Za-z0-9_-]+)")

# Not figures: numbers that are part of a name, a code or a page furniture label. "2 Min Read" bylines,
# "1st LD-Writethru" slugs, "Covid-19", "No. 2", "(0005.HK)" exchange codes, "<0#FF:>" chain codes,
# "[5D]" chart tabs, "10 YR" bond labels. Led by the characters a match can start with.
NOT_FIGURE = re.compile(
    r"(?=[0-9CN(<\[])(?:"
    r"\b[0-9]{1,2}\s+[Mm]in(?:ute)?\s+[Rr]ead\b"
    r"|\b[0-9]{1,2}(?:st|nd|rd|th)\s+(?:LD|Lead|Writethru|Writethrough)\b"
    r"|\b(?:COVID|Covid)-19\b"
    r"|\bNo\.\s?[0-9]{1,3}\b"
    r"|\(\s*[0-9]{4,6}\.(?:HK|T|KS|KQ|SS|SZ|TW|TWO|SI|KL|BK|JK|AX|NS|BO|SE|QA|AD|DU|KW|CA)\s*\)"
    r"|<[0-9]#[A-Za-z0-9.=^-]*:?>"
    r"|\[[0-9]{1,2}[DWMY]\]"
    r"|\b[0-9]{1,2}\s?(?:YR|Yr)\b)"
)

# Numbers that are part of a name: "Phillips 66", "the Lower 48 states", "SPI 200 Fut", "SGX Centre 1",
# "PRL 5 licence", "Section 232", "Trump 2.0", "SP-15 (W-SP15-IDX)". Index names are lexicon aliases
# (which mask their digits); this is the rule for the rest, kept conservative because a tape list puts
# a change right after a company ("Hk Bank 15 to 9.45", "Westpac 6 cents higher"). A name number is
#   - one to three digits, or a version "2.0", with no decimals, grouping, "%", "/" or "-" after it;
#   - glued by one space to a capitalised word of two or more letters that is no function word,
#     month, weekday or currency code (`NAME_NUMBER_WORD`), and no verb of the lexicon (a title-case
#     headline "Nikkei Adds 150 As Exporters Rally"; the caller checks that) unless "the" stands before
#     it ("the Lower 48 states"); or glued by a hyphen to a short all-capital code ("SP-15", "G-20");
#   - not followed by what makes it a figure (`NAME_NUMBER_AFTER`): a unit, scale or currency word,
#     "to"/"at"/"from" and the like (a tape move), a direction word, "and"/"or" or list punctuation.
NAME_NUMBER_BEFORE = re.compile(r"(?:(?P<the>\b[Tt]he )?(?<![\w'\u2019&.$-])(?P<word>[A-Z][A-Za-z&]+) |(?<![\w-])[A-Z]{1,5}-)$")
NAME_NUMBER_SHAPE = re.compile(r"[0-9]{1,3}(?:\.0)?")
_NOT_NAME_WORDS = (
    "The|A|An|Of|In|On|At|For|By|To|From|With|About|Around|Some|All|Only|Over|Under|Nearly|Almost|Just|Up|Down|"
    "And|But|Or|Those|These|This|That|Its|Their|His|Her|Our|After|Before|Since|Until|Between|Among|Top|Last|"
    "First|Another|Each|Every|Both|Other|Than|As|Into|Below|Above|Near|Past|Per|Is|Was|Were|Are|"
    "Be|Been|Has|Had|Have|Will|Would|Could|Should|May|Might|Can|No|Nos|Page|Vol|Q|FY|"
    "January|February|March|April|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|"
    "RM|Rs|Rp|USD|EUR|GBP|JPY|CNY|HKD|SGD|AUD|KRW|TWD|INR|RMB|CHF|CAD|NZD|MYR|IDR|THB|PHP|VND|US|HK|NT|"
    "Dlrs|Dlr|Cents|Pct|Points|Pts|Index|Average|"
    "Roughly|Approximately|Exactly|More|Less|Fewer|Most|Many|Few|Still|Also|While|Although|Without|Including|"
    "Excluding|Plus|Minus|Here|There|Then|Now|Only|"
    # labels of a data box: "Advancers 250 Decliners 180", "High 345 Low 338", "Volume 950"
    "Advancers|Advances|Advancing|Decliners|Declines|Declining|Gainers|Losers|Unchanged|Volume|Turnover|Value|"
    "Open|Opening|High|Low|Close|Closing|Change|Chg|Prev|Previous|Bid|Ask|Offer|Range|Total|Net|Vol"
)
NAME_NUMBER_WORD = re.compile(rf"(?:{_NOT_NAME_WORDS})")
NAME_NUMBER_AFTER = re.compile(
    r"(?![0-9A-Za-z]|[.,/:][0-9]|[%\u2212-])"
    r"(?!\s*[.;:)]|\s*$|\s*,(?!\s+(?:the|which|who|whose|where|a|an|its)\b))"
    r"(?!\s+(?:" + "|".join(sorted({*(w.replace(" ", r"\s+") for w in UNIT_WORDS if w != "%"), *SCALE_WORDS,
                                     *(regex.escape(w).replace(r"\ ", r"\s+") for w in CURRENCY_WORDS)}, key=len, reverse=True))
    + r"|per|to|at|from|up|down|higher|lower|firmer|weaker|stronger|easier|softer|dearer|cheaper|ahead|better|worse"
    r"|plus|minus|net|each|and|or|off|a|an|times|lots|contracts|units|ticks|"
    r"percentage|basis|in|on|of|against|versus|vs|than|after|before|points?)\b)",
    re.IGNORECASE,
)

# An ordinal is no figure ("its 33rd record high"), unless it counts a run, which a rule reads:
# "for the 5th straight session", "a 28th consecutive month", "for a 14th successive session".
ORDINAL_NOT_RUN = re.compile(
    r"(?:st|nd|rd|th)\b(?!\s+(?:(?:straight|consecutive|successive)\s+)?(?:trading\s+)?(?:session|day|week|month|quarter|year)s?\b)",
    re.IGNORECASE,
)

# Sentence ends: a full stop, ! or ? then space and a capital or quote, but not after the usual
# abbreviations ("U.S. crude", "Co. (TSMC)", "Aug. 8", "Inc."), nor between a month written in full
# and its day ("ending March. 31": a stray point, since a wire never starts a sentence with a numeral).
# `re` needs fixed-width lookbehinds, so the abbreviations and months are grouped by length.
_MONTH_BEFORE = "|".join(
    rf"(?<=\b(?:{'|'.join(group)}))" for group in (
        ("May",), ("June", "July"), ("March", "April"), ("August",), ("January", "October"),
        ("February", "November", "December"), ("September",))
)
SENTENCE_END = re.compile(
    r"(?=[.!?\n])(?:(?<!\b[A-Z])(?<!\b(?:Co|No|Mr|Ms|Dr|St|vs|Rs))"
    # a clock time and its zone: "as of 10:00 a.m. Moscow time", "at 3 p.m. GMT" go on
    r"(?!(?<=\b[ap]\.m)\.\s+(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|KST|HKT|SGT|IST|PKT|AEST|AEDT|WIB|PST|PDT|CT|local\s+time|[A-Z][a-z]+\s+time)\b)"
    r"(?<!\b(?:U\.S|U\.K|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\b(?:Corp|Sept))"
    rf"(?!(?=\.\s+[0-9]{{1,2}}(?![0-9]))(?:{_MONTH_BEFORE}))"  # the cheap test first: a day number follows
    r"[.!?][\"')]*(?:\s+|$)(?=[A-Z\"'(0-9]|$)|\n(?=[ \t]|[-*\u2022]\s|\n|$))"
)
PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[A-Z(\"])")
# Hard-wrapped text (the 1987 wires at 64 columns): a line break is a space; a paragraph starts
# at a blank line, an indented line or a bullet, never at a capital that the wrap put first.
WRAPPED_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]+\S|[-*\u2022]\s)")
LONG_LINE = re.compile(r"^[^\n]{91,}$", re.MULTILINE)
FULL_LINE = re.compile(r"^[^\n]{50,90}$", re.MULTILINE)
