"""Config files are validated strictly: an unknown key names the file and the key."""
import pytest

from verifier.config import ConfigError, Settings, find_config, load_settings


def test_tool_verifier_table_in_pyproject_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.verifier]\nselect = ["moves"]\nfail-on = "warning"\nrules = ["r"]\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    found = find_config(nested)
    settings = load_settings(found)
    assert found == tmp_path / "pyproject.toml"
    assert settings.select == ("moves",) and settings.fail_on == "warning"
    assert settings.rules == (str((tmp_path / "r").resolve()),)


def test_a_pyproject_without_the_table_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


def test_an_unknown_key_is_one_line_with_file_and_key(tmp_path):
    path = tmp_path / "verifier.toml"
    path.write_text('selcet = ["moves"]\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: key 'selcet'") and "\n" not in message


def test_invalid_toml_names_the_file(tmp_path):
    path = tmp_path / "verifier.toml"
    path.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(path)


def test_a_bad_severity_is_rejected(tmp_path):
    path = tmp_path / "verifier.toml"
    path.write_text('[severity]\n"close-outside-range" = "fatal"\n')
    with pytest.raises(ConfigError, match="key 'severity.close-outside-range'"):
        load_settings(path)


def test_defaults_fail_on_errors_and_select_everything():
    assert Settings().fail_on == "error" and Settings().select == ()
