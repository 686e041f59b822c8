"""An online link's service named from its host: "are they on zoom" answered from the link itself."""

from __future__ import annotations

import pytest

from bot.course.online_service import online_service, with_service


@pytest.mark.parametrize(
    ("link", "service"),
    [
        ("https://zoom.example/j/3200", "Zoom"),
        ("https://uni.zoom.us/j/1", "Zoom"),
        ("https://meet.google.com/abc-defg", "Google Meet"),
        ("https://meet.example/reyes", ""),  # no service this host names
        ("https://teams.microsoft.com/l/x", "Microsoft Teams"),
        ("https://example.edu/zoomology", ""),  # a path's word is no host
        ("unknown", ""),
    ],
)
def test_the_service_is_read_from_the_host(link, service):
    assert online_service(link) == service


def test_the_link_reads_with_its_service_before_it():
    assert with_service("https://zoom.example/j/1") == "Zoom: https://zoom.example/j/1"
    assert with_service("https://meet.example/reyes") == "https://meet.example/reyes"
