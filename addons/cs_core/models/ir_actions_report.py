# Copyright 2026 CS Suite Authors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import lxml.html
from markupsafe import Markup

from odoo import models

from odoo.addons.base.models.ir_actions_report import _wkhtml

PAGE_BREAK = '<div style="page-break-before: always;"></div>'


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _prepare_html(self, html, report_model=False):
        """Print a batch of the centre's documents (a building's payment
        notices, a day's visit records) as one document on the wkhtmltopdf
        that Debian ships: built without Odoo's patched Qt it cannot print
        several documents in one call (Odoo then refuses the print), so
        the documents are printed one after another in a single body, each
        starting on a new page."""
        prepared = super()._prepare_html(html, report_model=report_model)
        if not prepared or not self._cs_prints_batches_as_one_body():
            return prepared
        bodies, _res_ids, header, footer, paperformat_args = prepared
        if len(bodies) < 2:
            return prepared
        return (
            [self._cs_single_body(html)],
            [None],
            header,
            footer,
            paperformat_args,
        )

    def _cs_prints_batches_as_one_body(self):
        return (
            not _wkhtml().is_patched_qt
            and not self.attachment
            and (self.report_name or "").startswith("cs_")
        )

    def _cs_single_body(self, html):
        layout = self._get_layout()
        root = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(encoding="utf-8"))
        articles = root.xpath(
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' article ')]"
        )
        lang = articles[0].get("data-oe-lang")
        qweb = (
            self.env["ir.qweb"].with_context(lang=lang) if lang else self.env["ir.qweb"]
        )
        joined = PAGE_BREAK.join(
            lxml.html.tostring(article, encoding="unicode") for article in articles
        )
        return qweb._render(
            layout.id,
            {
                "subst": False,
                "body": Markup(joined),
                "base_url": self._get_report_url(layout=layout),
                "report_xml_id": self.xml_id,
                "debug": self.env.context.get("debug"),
            },
            raise_if_not_found=False,
        )
