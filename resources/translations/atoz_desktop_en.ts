<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/workspace/backup_actions.py" line="+147"/>
        <source>Verified: the copy&apos;s database passed its integrity check, and its %n stored file(s) match their SHA-256.</source>
        <translation>
            <numerusform>Verified: the copy&apos;s database passed its integrity check, and its %n stored file matches its SHA-256.</numerusform>
            <numerusform>Verified: the copy&apos;s database passed its integrity check, and its %n stored files match their SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/claims/actions.py" line="+199"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/dossier/actions.py" line="+191"/>
        <source>Wrote %Ln dossier(s) into {folder}</source>
        <translation>
            <numerusform>Wrote %Ln dossier into {folder}</numerusform>
            <numerusform>Wrote %Ln dossiers into {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/dossier/dialog.py" line="+384"/>
        <location line="+106"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Copied %Ln character(s): paste them into Amazon&apos;s answer box.</source>
        <translation>
            <numerusform>Copied %Ln character: paste it into Amazon&apos;s answer box.</numerusform>
            <numerusform>Copied %Ln characters: paste them into Amazon&apos;s answer box.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierSaving</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/dossier/saving.py" line="+207"/>
        <source>Saved %n exhibit(s) into {folder}.</source>
        <translation>
            <numerusform>Saved %n exhibit into {folder}.</numerusform>
            <numerusform>Saved %n exhibits into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Sent %n page(s) to the printer and recorded it on the claim&apos;s timeline.</source>
        <translation>
            <numerusform>Sent %n page to the printer and recorded it on the claim&apos;s timeline.</numerusform>
            <numerusform>Sent %n pages to the printer and recorded it on the claim&apos;s timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/claims/due_banner.py" line="+128"/>
        <source>%n claim(s) to answer within 24 h</source>
        <translation>
            <numerusform>%n claim to answer within 24 h</numerusform>
            <numerusform>%n claims to answer within 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/common/errors.py" line="+117"/>
        <source>%n more error(s) happened since.</source>
        <translation>
            <numerusform>%n more error happened since.</numerusform>
            <numerusform>%n more errors happened since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/evidence/actions.py" line="+225"/>
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>Added %n file</numerusform>
            <numerusform>Added %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) on the timeline</source>
        <translation>
            <numerusform>%n e-mail on the timeline</numerusform>
            <numerusform>%n e-mails on the timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>The %n e-mail(s) about other orders were not attached.</source>
        <translation>
            <numerusform>The e-mail about another order was not attached.</numerusform>
            <numerusform>The %n e-mails about other orders were not attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/evidence/strip.py" line="+138"/>
        <source>%n page(s)</source>
        <extracomment>True once the item&apos;s thumbnail (or the knowledge that it has none) is in memory. Thumbnail box and cell size in the strip (device-independent pixels).</extracomment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/orders/import_actions.py" line="+129"/>
        <source>Imported %Ln order(s) ({updated}) from {files}</source>
        <translation>
            <numerusform>Imported %Ln order ({updated}) from {files}</numerusform>
            <numerusform>Imported %Ln orders ({updated}) from {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %Ln bad row(s) skipped</source>
        <translation>
            <numerusform>; %Ln bad row skipped</numerusform>
            <numerusform>; %Ln bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %Ln warning(s)</source>
        <translation>
            <numerusform>; %Ln warning</numerusform>
            <numerusform>; %Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Nothing was imported: %Ln bad row(s) in {files}. Correct them in the file and import again, or import the other rows and skip these.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln bad row in {files}. Correct it in the file and import again, or import the other rows and skip this one.</numerusform>
            <numerusform>Nothing was imported: %Ln bad rows in {files}. Correct them in the file and import again, or import the other rows and skip these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/window_texts.py" line="+16"/>
        <source>%n order(s) match</source>
        <translation>
            <numerusform>%Ln order matches</numerusform>
            <numerusform>%Ln orders match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n claim(s) match</source>
        <translation>
            <numerusform>%Ln claim matches</numerusform>
            <numerusform>%Ln claims match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLinks</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/claims/order_links.py" line="+45"/>
        <source>%Ln claim(s) on order {order_id}</source>
        <translation>
            <numerusform>%Ln claim on order {order_id}</numerusform>
            <numerusform>%Ln claims on order {order_id}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/evidence/preview.py" line="+273"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/claims/timeline.py" line="+149"/>
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
