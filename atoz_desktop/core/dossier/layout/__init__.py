"""The dossier's own pages, laid out with ReportLab: the cover with its summary, the findings
(or an appeal's four parts), the timeline, the delivery proof, the exhibit index, then the pages
of image and text exhibits.

Every value from the database goes through markup.py before it becomes a Paragraph. Page
furniture that needs the final page count (the "page N of M" footer, the band naming an
exhibit) is drawn by assemble.py afterwards; this module reports where each section and each
exhibit starts so the outline and the bands land on the right pages.

Split by job: base.py (what every section is built with), front.py (the cover and summary),
story.py (findings or appeal, timeline, delivery), exhibits.py (the index and the exhibits'
pages), document.py (the sections in order and ReportLab's document).
"""

from __future__ import annotations

from atoz_desktop.core.dossier.layout.document import Layout, lay_out
from atoz_desktop.core.dossier.layout.exhibits import MAX_UPSCALE

__all__ = ["MAX_UPSCALE", "Layout", "lay_out"]
