"""The course forum's pure logic: posts, visibility, status and tags, suggestions (search), stats, escalation.

No Discord and no SQL here: the store (bot.store.qa_*) keeps the rows, the command modules (commands/qa*.py) and
bot.discord_app talk to Discord; these modules take plain values and return plain values.
"""
