"""Settings read from the environment (bot.settings): a malformed URL setting is a configuration error that names
the setting, so `coursebot run` exits 2 with it instead of failing on its first request."""

from __future__ import annotations

import pytest

from bot.cli.main import main
from bot.settings import DEFAULT_API_BASE, DEFAULT_GATEWAY_URL, Settings, SettingsError


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DISCORD_API_BASE", "not-a-url"),
        ("DISCORD_API_BASE", "ftp://x/api"),
        ("DISCORD_API_BASE", "https://"),
        ("DISCORD_API_BASE", "https://x:99999/api"),
        ("DISCORD_API_BASE", "wss://gateway.discord.gg/"),
        ("DISCORD_GATEWAY_URL", "gateway.discord.gg"),
        ("DISCORD_GATEWAY_URL", "https://gateway.discord.gg/"),
        ("DISCORD_GATEWAY_URL", "wss://"),
    ],
)
def test_a_malformed_url_setting_is_refused_by_name(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_good_urls_and_defaults_are_kept():
    settings = Settings.from_env(
        {"DISCORD_API_BASE": "http://127.0.0.1:8080/api/v10/", "DISCORD_GATEWAY_URL": "ws://h"}
    )
    assert settings.api_base == "http://127.0.0.1:8080/api/v10"
    assert settings.gateway_url == "ws://h"
    assert Settings.from_env({}).api_base == DEFAULT_API_BASE
    assert Settings.from_env({}).gateway_url == DEFAULT_GATEWAY_URL


def test_run_exits_2_naming_the_setting(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DISCORD_TOKEN", "x")
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    monkeypatch.setenv("DISCORD_API_BASE", "ftp://x/api")
    assert main(["run"]) == 2
    said = capsys.readouterr().err
    assert "DISCORD_API_BASE" in said
    assert "bug" not in said


@pytest.mark.parametrize(
    ("value", "asked"), [(None, False), ("0", False), ("off", False), ("1", True), ("true", True), (" Yes ", True)]
)
def test_the_message_content_setting_is_off_unless_set(value, asked):
    """COURSEBOT_MESSAGE_CONTENT asks Discord for the privileged intent only when it says so."""
    env = {} if value is None else {"COURSEBOT_MESSAGE_CONTENT": value}
    assert Settings.from_env(env).message_content is asked


def test_a_message_content_setting_that_is_not_yes_or_no_is_refused_by_name():
    """A value that is neither yes nor no stops the start, naming the setting."""
    with pytest.raises(SettingsError, match="COURSEBOT_MESSAGE_CONTENT"):
        Settings.from_env({"COURSEBOT_MESSAGE_CONTENT": "maybe"})
