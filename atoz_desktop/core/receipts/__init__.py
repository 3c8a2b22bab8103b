"""Carrier receipts that read themselves: tracking numbers (with their carrier and check digit),
dates and delivery signatures read from PDFs, photos, screenshots and text, offline.

- `formats`: the table of carriers and tracking-number formats (data, not code);
- `checks`: the check-digit algorithms the table names;
- `numbers`: candidates in text and barcodes, and the carrier the document decides;
- `dates`: dates (deposit/shipping, delivery) and the signature line, FR/EN/DE;
- `barcodes`: 1D and 2D codes in a picture (zxing-cpp);
- `pdfpages`: a PDF's text layer and rendered pages (PDFium);
- `reading`: `read_receipt`, the one entry point.

No Qt here: the GUI calls `read_receipt` from a worker thread, the CLI from `evidence read`.
"""

from atoz_desktop.core.receipts.reading import ReceiptError, ReceiptReading, read_receipt

__all__ = ["ReceiptError", "ReceiptReading", "read_receipt"]
