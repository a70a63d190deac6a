# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Smoke test of a multi-worker server (tests/run starts it with
--workers=2): a demo agent logs in, opens the tickets list and prints a
receipt slip, each request possibly served by another worker process."""


def test_agent_lists_tickets_and_prints_a_receipt_slip(login, call_kw):
    """CORE-ROLE-1, CORE-TKT-1, CORE-REC-4: the demo agent works through
    the web client's own routes on a prefork server."""
    agent = login("cs_agent")
    assert agent.uid

    tickets = call_kw(
        agent,
        "helpdesk.ticket",
        "web_search_read",
        [[]],
        {
            "specification": {"name": {}, "stage_id": {"fields": {"display_name": {}}}},
            "limit": 80,
        },
    )
    assert tickets["length"] > 0
    assert all(ticket["name"] for ticket in tickets["records"])

    slips = call_kw(agent, "cs.receipt.slip", "search", [[]], {"limit": 1})
    assert slips, "the demo agent sees no receipt slip"
    response = agent.get(
        agent.url(f"/report/pdf/cs_core.report_cs_receipt_slip/{slips[0]}"), timeout=300
    )
    assert response.status_code == 200, response.text[:500]
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_wrong_password_refused(login):
    """CORE-ROLE-1: the server refuses a wrong password."""
    assert login.refused("cs_agent", "not-the-password")
