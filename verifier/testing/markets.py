"""Reference data for generated articles: markets, realistic levels, companies, commodities.

Companies come from the entity lexicon (`rules/lexicon/entities.toml`) when it lists them by
country, and from the small built-in table below otherwise, so generation never depends on it.
"""
from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


@dataclass(frozen=True)
class Market:
    """A stock index with the realistic span of its level and the country it stands for."""

    name: str  # as written after "The": "Nikkei 225"
    short: str  # in summaries: "Nikkei"
    country: str
    city: str
    low: int
    high: int


MAIN_MARKETS: tuple[Market, ...] = (
    Market("Nikkei 225", "Nikkei", "Japan", "TOKYO", 30_000, 60_000),
    Market("KOSPI", "KOSPI", "South Korea", "SEOUL", 2_000, 3_500),
    Market("Hang Seng", "Hang Seng", "Hong Kong", "HONG KONG", 15_000, 30_000),
    Market("Shanghai Composite", "Shanghai Composite", "China", "SHANGHAI", 2_700, 4_000),
    Market("S&P/ASX 200", "S&P/ASX 200", "Australia", "SYDNEY", 6_000, 9_000),
    Market("DAX", "DAX", "Germany", "FRANKFURT", 14_000, 25_000),
    Market("FTSE 100", "FTSE 100", "U.K.", "LONDON", 7_000, 9_500),
)

# The Wall Street trio, each with the verb phrase ending the wire uses for it.
US_MARKETS: tuple[tuple[Market, str], ...] = (
    (Market("Dow", "Dow", "U.S.", "NEW YORK", 30_000, 50_000), "finish"),
    (Market("NASDAQ", "NASDAQ", "U.S.", "NEW YORK", 12_000, 25_000), "close"),
    (Market("S&P 500", "S&P 500", "U.S.", "NEW YORK", 4_000, 7_000), "end"),
)


@dataclass(frozen=True)
class Commodity:
    name: str
    per: str  # "a barrel", "an ounce"
    low: int
    high: int


COMMODITIES: tuple[Commodity, ...] = (
    Commodity("West Texas Intermediate crude", "a barrel", 40, 110),
    Commodity("Brent crude", "a barrel", 45, 115),
    Commodity("Gold", "an ounce", 1_500, 2_800),
    Commodity("Silver", "an ounce", 15, 35),
)

@dataclass(frozen=True)
class Currency:
    """A currency quoted either in units per dollar (the yen) or in dollars per unit (the euro)."""

    name: str  # as written mid-sentence: "the yen"
    per_dollar: bool  # "150.25 per dollar" (a higher figure is a weaker currency) or "$1.0815"
    low: Decimal
    high: Decimal
    decimals: int


CURRENCIES: tuple[Currency, ...] = (
    Currency("the yen", True, Decimal(100), Decimal(160), 2),
    Currency("the won", True, Decimal(1_100), Decimal(1_500), 2),
    Currency("the euro", False, Decimal("1.02"), Decimal("1.25"), 4),
    Currency("the British pound", False, Decimal("1.20"), Decimal("1.40"), 4),
    Currency("the Australian dollar", False, Decimal("0.60"), Decimal("0.75"), 4),
)

# Sector indexes of the entity lexicon, each with the group of stocks a wire names beside it.
SECTOR_INDEXES: tuple[tuple[str, str], ...] = (
    ("Dow Jones U.S. Software Index", "Software stocks"),
    ("Philadelphia Semiconductor Index", "Chip stocks"),
    ("Dow Jones Transportation Average", "Transport stocks"),
)

# How a wire introduces the actives of one sector; any other sector reads "Among <sector> stocks".
SECTOR_LEADS: dict[str, str] = {
    "automobile": "Among the automakers",
    "financial": "Among the financials",
    "technology": "In the tech sector",
    "energy": "Among energy stocks",
}

# Quoting currency of a market's stocks in a movers list; a bare price where none is written.
BULLET_CURRENCIES = {"Australia": "$", "U.S.": "$", "Hong Kong": "HK$"}
# Share prices of a movers list, in whole units of the market's quote: (low, high).
STOCK_PRICES = {"Australia": (5, 150), "U.S.": (20, 900), "Hong Kong": (5, 600)}
DEFAULT_STOCK_PRICES = (500, 9_000)

INDICATORS: tuple[str, ...] = (
    "leading index", "coincident index", "producer price index", "consumer price index",
    "industrial production index",
)

BUILTIN_COMPANIES: dict[str, tuple[str, ...]] = {
    "Japan": ("Nissan Motor", "Mazda Motor", "Toyota Motor", "Honda Motor", "Softbank Group",
              "Mitsubishi UFJ Financial", "Mizuho Financial", "Sumitomo Mitsui Financial",
              "Mitsubishi Electric", "Sony Group", "Panasonic Holdings", "Hitachi"),
    "South Korea": ("Samsung Electronics", "SK Hynix", "LG Energy Solution", "Hyundai Motor", "Kia",
                    "NAVER", "POSCO Holdings", "KB Financial", "Shinhan Financial", "Celltrion"),
    "Hong Kong": ("Tencent Holdings", "Alibaba Group", "HSBC Holdings", "AIA Group", "Meituan",
                  "Xiaomi", "China Mobile", "CK Hutchison"),
    "China": ("PetroChina", "China Merchants Bank", "Bank of China", "Ping An Insurance",
              "Kweichow Moutai", "China Construction Bank"),
    "Australia": ("BHP Group", "Commonwealth Bank", "CSL", "Westpac", "National Australia Bank",
                  "Woolworths", "Rio Tinto", "Fortescue"),
    "Germany": ("Siemens", "SAP", "Allianz", "BMW", "Volkswagen", "Deutsche Bank", "BASF"),
    "U.K.": ("BP", "Shell", "AstraZeneca", "Unilever", "Barclays", "Rio Tinto", "Lloyds Banking Group"),
    "U.S.": ("Apple", "Microsoft", "Nvidia", "Amazon", "Alphabet", "Tesla", "JPMorgan Chase",
             "Exxon Mobil", "Boeing"),
}

_COMPANY_TYPES = {"stock", "company"}
LEXICON_FILES = ("companies.toml", "entities.toml")
COUNTRY_NAMES = {"United States": "U.S.", "United Kingdom": "U.K."}
_REPO_LEXICON = Path(__file__).resolve().parents[2] / "rules" / "lexicon"


def _lexicon_companies() -> dict[str, dict[str, str]]:
    """Companies listed in the entity lexicon by country, each with its sector ("" when unstated)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for data in _lexicon_files():
        _collect(data, found)
    return dict(found)


def _lexicon_files() -> list[dict]:
    """The installed lexicon files, or those of the source tree when the package is not installed."""
    try:
        root: Traversable = resources.files("verifier.rules.lexicon")
    except ModuleNotFoundError:
        root = _REPO_LEXICON
    out = []
    for name in LEXICON_FILES:
        try:
            out.append(tomllib.loads((root / name).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError):
            continue
    return out


def _collect(data: dict, found: dict[str, dict[str, str]]) -> None:
    for entries in data.values():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict) or entry.get("type") not in _COMPANY_TYPES:
                continue
            name, country, sector = entry.get("name"), entry.get("country"), entry.get("sector")
            # A full stop inside a name ("Mitsubishi Corp.") would read as a sentence end.
            if isinstance(name, str) and isinstance(country, str) and name.isascii() and "." not in name:
                found[COUNTRY_NAMES.get(country, country)][name] = sector if isinstance(sector, str) else ""


@lru_cache(maxsize=1)
def companies() -> dict[str, tuple[str, ...]]:
    """Company names by country: the lexicon's where it has at least four, the built-in ones otherwise."""
    merged = dict(BUILTIN_COMPANIES)
    for country, names in _lexicon_companies().items():
        if country in merged and len(names) >= 4:
            merged[country] = tuple(sorted(names))
    return merged


@lru_cache(maxsize=1)
def sectors() -> dict[str, str]:
    """The lexicon's sector of each company it lists ("automobile", "financial", ...)."""
    return {name: sector for names in _lexicon_companies().values() for name, sector in names.items() if sector}
