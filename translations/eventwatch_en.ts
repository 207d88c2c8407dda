<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>exported %n event(s) to %1</source>
        <translation>
            <numerusform>exported %n event to %1</numerusform>
            <numerusform>exported %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n event(s) without a start time</source>
        <translation>
            <numerusform>skipped %n event without a start time</numerusform>
            <numerusform>skipped %n events without a start time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a start time were left out.</source>
        <translation>
            <numerusform>%Ln event without a start time was left out.</numerusform>
            <numerusform>%Ln events without a start time were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message numerus="yes">
        <source>%n new events</source>
        <comment>more than three</comment>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people said “yes”</source>
        <comment>ten or more</comment>
        <translation>
            <numerusform>%n person said “yes”</numerusform>
            <numerusform>%n people said “yes”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n min</source>
        <translation>
            <numerusform>Starts in %n min</numerusform>
            <numerusform>Starts in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n unread events</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n unread event</numerusform>
            <numerusform>%n unread events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TunnelController</name>
    <message numerus="yes">
        <source>%1 (starting again in %n s)</source>
        <translation>
            <numerusform>%1 (starting again in %n s)</numerusform>
            <numerusform>%1 (starting again in %n s)</numerusform>
        </translation>
    </message>
</context>
</TS>
