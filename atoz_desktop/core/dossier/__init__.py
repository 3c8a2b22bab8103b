"""The dossier a seller prints, sends and pastes: a PDF (cover and summary, findings or the
appeal's four parts, timeline, delivery proof, exhibit index, exhibits) and its plain text.

content.py says what a dossier holds; exhibits.py, layout.py, furniture.py and assemble.py make
the PDF; plaintext.py the paste-ready answer; builder.py runs them. No database below this line
but through the interfaces builder.py takes; services/dossiers.py is the seller's actions.
"""
