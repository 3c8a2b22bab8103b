<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../atoz_desktop/gui/main_window.py" line="+309"/>
        <source>%n order(s) match</source>
        <translation>
            <numerusform>%n order matches</numerusform>
            <numerusform>%n orders match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n claim(s) match</source>
        <translation>
            <numerusform>%n claim matches</numerusform>
            <numerusform>%n claims match</numerusform>
        </translation>
    </message>
</context>
</TS>
