"""discord.py logs every gateway event and every REST response at DEBUG: an interaction's payload names its user.
A question asked "anonymous to everyone" must leave its author in no log line, so those loggers never go below
INFO, whatever COURSEBOT_LOG_LEVEL says (the bot's own DEBUG lines never name users)."""

from __future__ import annotations

import logging

PAYLOAD_LOGGERS = ("discord.gateway", "discord.http", "discord.webhook.async_", "discord.state", "discord.client")


def quiet_payload_logs() -> None:
    for name in PAYLOAD_LOGGERS:
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO or logger.level < logging.INFO:
            logger.setLevel(logging.INFO)
