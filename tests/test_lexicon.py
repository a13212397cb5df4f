"""The lexicon: wire verbs with polarity and intensity, entities with aliases, user overrides."""
from pathlib import Path

import pytest

from verifier.lexicon import LexiconError, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    "form, polarity, intensity",
    [
        ("rallied", 1, 3), ("climbs", 1, 3), ("jumped", 1, 3), ("gained", 1, 2), ("advancing", 1, 2),
        ("added", 1, 2), ("rose", 1, 2), ("soared", 1, 4), ("spiked", 1, 4), ("surging", 1, 4),
        ("accelerated", 1, 3), ("rebounded", 1, 3), ("edged up", 1, 1), ("inched up", 1, 1), ("firmed", 1, 2),
        ("ticked up", 1, 1), ("slumped", -1, 3), ("tumbles", -1, 3), ("plunged", -1, 4), ("tanked", -1, 4),
        ("retreated", -1, 3), ("dropped", -1, 3), ("shed", -1, 3), ("slipped", -1, 2), ("fell", -1, 2),
        ("lost", -1, 3), ("declined", -1, 2), ("sank", -1, 4), ("skidded", -1, 3), ("dipping", -1, 2),
        ("eased", -1, 2), ("plummeted", -1, 4), ("ticked down", -1, 1), ("closed", 0, 2), ("ended", 0, 2),
        ("unchanged", 0, 0),
    ],
)
def test_every_common_wire_verb_has_its_polarity_and_intensity(lexicon, form, polarity, intensity):
    sense = lexicon.verb(form)
    assert sense is not None, form
    assert (sense.polarity, sense.intensity) == (polarity, intensity)


@pytest.mark.parametrize(
    "text, polarity",
    [("closed higher", 1), ("ended down", -1), ("finished sharply higher", 1), ("was up", 1), ("were down", -1),
     ("ticked lower", -1), ("closed lower", -1), ("finished flat", 0)],
)
def test_neutral_verbs_take_direction_from_the_word_after_them(lexicon, text, polarity):
    match = lexicon.verb_pattern.fullmatch(text)
    assert match is not None
    direction = lexicon.directions[match["dir"]][0]
    assert direction == polarity


@pytest.mark.parametrize(
    "alias, entity",
    [
        ("Nikkei", "nikkei-225"), ("Nikkei 225", "nikkei-225"), ("Nikkei Stock Average", "nikkei-225"),
        ("Topix", "topix"), ("KOSPI", "kospi"), ("KOSDAQ", "kosdaq"), ("Hang Seng", "hang-seng"),
        ("Shanghai Composite", "shanghai-composite"), ("CSI 300", "csi-300"), ("Taiex", "taiex"),
        ("Taiwan Weighted", "taiex"), ("Straits Times Index", "sti"), ("STI", "sti"), ("FBM KLCI", "fbm-klci"),
        ("PSEi", "psei"), ("Jakarta Composite", "jci"), ("S&P/ASX 200", "asx-200"), ("All Ordinaries", "all-ordinaries"),
        ("NZX 50", "nzx-50"), ("Sensex", "sensex"), ("Nifty", "nifty-50"), ("Dow Jones Industrial Average", "dow"),
        ("Dow", "dow"), ("NASDAQ", "nasdaq"), ("Nasdaq Composite", "nasdaq"), ("S&P 500", "sp-500"),
        ("Russell 2000", "russell-2000"), ("FTSE 100", "ftse-100"), ("DAX", "dax"), ("CAC 40", "cac-40"),
        ("Euro Stoxx 50", "euro-stoxx-50"), ("IBEX 35", "ibex-35"), ("FTSE MIB", "ftse-mib"), ("SMI", "smi"),
        ("West Texas Intermediate", "wti"), ("WTI", "wti"), ("U.S. crude", "wti"), ("Brent", "brent"),
        ("gold", "gold"), ("Gold", "gold"), ("the yen", "jpy"), ("the won", "krw"), ("Toyota Motor", "toyota-motor"),
        ("Mitsubishi UFJ Financial", "mitsubishi-ufj"), ("Samsung Electronics", "samsung-electronics"),
        ("SK Hynix", "sk-hynix"), ("Tencent", "tencent"), ("HSBC", "hsbc"), ("BHP", "bhp"), ("Apple", "apple"),
        ("Nvidia", "nvidia"), ("The Japan stock market", "nikkei-225"), ("Shares in Taiwan", "taiex"),
        ("Seoul stocks", "kospi"),
    ],
)
def test_aliases_name_their_entity(lexicon, alias, entity):
    assert lexicon.aliases[alias].entity.id == entity
    assert lexicon.entity_pattern.fullmatch(alias) is not None


def test_companies_carry_their_sector(lexicon):
    assert lexicon.entities["mitsubishi-ufj"].sector == "financial"
    assert lexicon.entities["toyota-motor"].sector == "automobile"


def test_market_phrasings_are_marked_as_the_market_not_the_index(lexicon):
    assert lexicon.aliases["The Japan stock market"].market is True
    assert lexicon.aliases["Nikkei"].market is False


def test_the_longest_alias_wins(lexicon):
    found = [m.group(0) for m in lexicon.entity_pattern.finditer("the Dow Jones U.S. Software Index and the Dow")]
    assert found == ["Dow Jones U.S. Software Index", "Dow"]


def test_a_user_folder_adds_entities_and_overrides_verbs(tmp_path: Path):
    (tmp_path / "mine.toml").write_text(
        '[[entity]]\nid = "acme"\nname = "Acme Corp"\ntype = "stock"\naliases = ["Acme Corp", "Acme"]\n\n'
        '[[verb]]\npolarity = 1\nintensity = 4\nforms = ["rose"]\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon([tmp_path])
    assert lexicon.aliases["Acme"].entity.name == "Acme Corp"
    assert lexicon.verb("rose").intensity == 4
    assert lexicon.verb("fell").polarity == -1


def test_a_malformed_entry_names_the_file_and_the_entry_on_one_line(tmp_path: Path):
    (tmp_path / "bad.toml").write_text('[[entity]]\nid = "acme"\nname = "Acme"\ntype = "planet"\naliases = ["Acme"]\n')
    with pytest.raises(LexiconError) as caught:
        load_lexicon([tmp_path])
    message = str(caught.value)
    assert "bad.toml" in message and "acme" in message and "type" in message
    assert "\n" not in message


def test_an_unknown_section_is_an_error(tmp_path: Path):
    (tmp_path / "typo.toml").write_text('[[verbs]]\npolarity = 1\nintensity = 1\nforms = ["x"]\n')
    with pytest.raises(LexiconError, match=r"typo\.toml: unknown section \[\[verbs\]\]"):
        load_lexicon([tmp_path])


def test_bad_toml_is_an_error_naming_the_file(tmp_path: Path):
    (tmp_path / "broken.toml").write_text("[[verb]\n")
    with pytest.raises(LexiconError, match="broken.toml"):
        load_lexicon([tmp_path])


def test_the_lexicon_is_immutable(lexicon):
    with pytest.raises(TypeError):
        lexicon.verbs["rose"] = None  # type: ignore[index]


def test_every_sector_summary_names_a_sector_of_the_company_lexicon(lexicon):
    company_sectors = {e.sector for e in lexicon.entities.values() if e.type == "stock" and e.sector}
    summaries = {e.id: e.sector for e in lexicon.entities.values() if e.type == "sector"}
    assert set(summaries.values()) <= company_sectors
    assert summaries["sector-financial"] == "financial" and lexicon.aliases["banks"].entity.id == "sector-financial"
