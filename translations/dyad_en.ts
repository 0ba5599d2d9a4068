<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>dyad::LoadErrorsDialog</name>
        <message numerus="yes">
            <source>%n file(s) or document(s) could not be loaded; the others were.</source>
            <translation>
                <numerusform>%n file or document could not be loaded; the others were.</numerusform>
                <numerusform>%n files or documents could not be loaded; the others were.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixModel</name>
        <message numerus="yes">
            <source>%1 → %2: %n event(s), net Goldstein %3</source>
            <translation>
                <numerusform>%1 → %2: %n event, net Goldstein %3</numerusform>
                <numerusform>%1 → %2: %n events, net Goldstein %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::SelectionSummary</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineModel</name>
        <message numerus="yes">
            <source>%1, %2: %n event(s)</source>
            <translation>
                <numerusform>%1, %2: %n event</numerusform>
                <numerusform>%1, %2: %n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineView</name>
        <message numerus="yes">
            <source>%n undated</source>
            <translation>
                <numerusform>%n undated</numerusform>
                <numerusform>%n undated</numerusform>
            </translation>
        </message>
    </context>
</TS>
