<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pen::gui::DisplayNames</name>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>polygon, %n point</numerusform>
            <numerusform>polygon, %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n scan</numerusform>
            <numerusform>%1 — %n scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanFeedback</name>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n mark on nothing to report</numerusform>
            <numerusform>%n marks on nothing to report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::ScorePage</name>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Response time: mean %1 s, median %2 s · %n scan timed out</numerusform>
            <numerusform>Response time: mean %1 s, median %2 s · %n scans timed out</numerusform>
        </translation>
    </message>
</context>
</TS>
