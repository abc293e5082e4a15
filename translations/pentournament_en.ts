<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ away for %n minute</numerusform>
            <numerusform>○ away for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n round planned</numerusform>
            <numerusform>%n rounds planned</numerusform>
        </translation>
    </message>
</context>
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
    <name>pen::gui::EvaluationForm</name>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n scan)</numerusform>
            <numerusform>%1 (%n scans)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Connected to %1: %n event to manage.</numerusform>
            <numerusform>Connected to %1: %n events to manage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP per category, %n failure</numerusform>
            <numerusform>%1: AP per category, %n failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure.</numerusform>
            <numerusform>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failures.</numerusform>
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
    <name>pen::gui::PluginTrialDialog</name>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 ran on %n scan: %2 failed.</numerusform>
            <numerusform>%1 ran on %n scans: %2 failed.</numerusform>
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
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n example)</numerusform>
            <numerusform>%1 (%n examples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Round %1: %2 (%3), %n scan</numerusform>
            <numerusform>Round %1: %2 (%3), %n scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentResultsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan timed out</numerusform>
            <numerusform>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scans timed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant with %2 points.</numerusform>
            <numerusform>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestants with %2 points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n round; hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</numerusform>
            <numerusform>%1: %n rounds; hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReviewPanel</name>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Scan %1: %n mark by the trainee, %2 points.</numerusform>
            <numerusform>Scan %1: %n marks by the trainee, %2 points.</numerusform>
        </translation>
    </message>
</context>
</TS>
