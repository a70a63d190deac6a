# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Render a QWeb report to a real PDF through wkhtmltopdf and read its text.

Odoo's test mode renders reports as HTML unless ``force_report_rendering``
is set; these helpers force the real PDF so that a broken template, a
missing wkhtmltopdf or a missing Chinese font fails the test.
"""

import shutil
import subprocess
import tempfile
import unicodedata
from contextlib import nullcontext


def render_pdf(env, report_ref, records):
    """The PDF bytes of ``report_ref`` (an XML id) for ``records``."""
    report = env["ir.actions.report"].with_context(force_report_rendering=True)
    content, kind = report._render_qweb_pdf(report_ref, res_ids=records.ids)
    assert kind == "pdf", f"{report_ref} rendered {kind}, not a PDF"
    return content


def pdf_text(content):
    """The text of a PDF, extracted by poppler's ``pdftotext``, NFKC-normalised:
    the CJK fonts map some ideographs to their Kangxi radical code points
    (方 comes out as U+2F45), which NFKC folds back."""
    assert content.startswith(b"%PDF-"), "not a PDF"
    binary = shutil.which("pdftotext")
    assert binary, "pdftotext (Debian poppler-utils) is not installed"
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(content)
        pdf.flush()
        text = subprocess.run(
            [binary, "-layout", "-enc", "UTF-8", pdf.name, "-"],
            check=True,
            capture_output=True,
        ).stdout.decode()
    return unicodedata.normalize("NFKC", text)


class PdfAssertions:
    """Mixin for test cases that check a printout's text."""

    def assertPdfContains(self, report_ref, records, *texts):
        """Render ``report_ref`` for ``records`` and check each text is in it;
        returns the extracted text for further checks."""
        # wkhtmltopdf fetches the report's assets from the test server: like
        # HttpCase, let those requests share the test's cursor (outside test
        # mode, after other HTTP tests, they were seen to block for good).
        in_test_mode = type(self)._registry_patched
        with nullcontext() if in_test_mode else self.enter_registry_test_mode():
            content = render_pdf(self.env, report_ref, records)
        text = pdf_text(content)
        squeezed = "".join(text.split())
        for expected in texts:
            expected = unicodedata.normalize("NFKC", "".join(expected.split()))
            self.assertIn(expected, squeezed, f"{report_ref}: {expected!r}")
        return text
