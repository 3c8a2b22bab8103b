<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What Qt's own French catalogue (qtbase_fr.qm of Qt 6.12) lacks, found by
     tests/gui/test_french_walk.py: the file dialog's labels gained accelerators ("&Look in:")
     that its translation does not have yet. Written by hand (lupdate never touches it);
     update.sh compiles it; the program loads it over qtbase_fr.qm. -->
<TS version="2.1" language="fr_FR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>
