<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjudicationDialog</name>
    <message numerus="yes">
        <source>%n disagreement(s) left</source>
        <translation>
            <numerusform>%n disagreement left</numerusform>
            <numerusform>%n disagreements left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n disagreement</numerusform>
            <numerusform>%n disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n settled) — double-click to go to the sentence:</source>
        <translation>
            <numerusform>(%n settled) — double-click to go to the sentence:</numerusform>
            <numerusform>(%n settled) — double-click to go to the sentence:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n pending suggestion</numerusform>
            <numerusform>%n pending suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleVerdictBar</name>
    <message numerus="yes">
        <source>%n sentence(s) still to review before signing off</source>
        <translation>
            <numerusform>%n sentence still to review before signing off</numerusform>
            <numerusform>%n sentences still to review before signing off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>%n other reviewer(s);</source>
        <translation>
            <numerusform>%n other reviewer;</numerusform>
            <numerusform>%n other reviewers;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) with disagreements (marked ≠).</source>
        <translation>
            <numerusform>%n sentence with disagreements (marked ≠).</numerusform>
            <numerusform>%n sentences with disagreements (marked ≠).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message numerus="yes">
        <source>Import cancelled after %n file(s); those stay imported.</source>
        <translation>
            <numerusform>Import cancelled after %n file; those stay imported.</numerusform>
            <numerusform>Import cancelled after %n files; those stay imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n already in the database</numerusform>
            <numerusform>%n already in the database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s) so far…</source>
        <translation>
            <numerusform>%n result so far…</numerusform>
            <numerusform>%n results so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentenceTableModel</name>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n pending suggestion</numerusform>
            <numerusform>%n pending suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending suggestion(s): see the detail panel</source>
        <translation>
            <numerusform>%n pending suggestion: see the detail panel</numerusform>
            <numerusform>%n pending suggestions: see the detail panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesWindow</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited in %n sentence(s)</source>
        <translation>
            <numerusform>Cited in %n sentence</numerusform>
            <numerusform>Cited in %n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) will be removed from sentences.</source>
        <translation>
            <numerusform>%n citation will be removed from sentences.</numerusform>
            <numerusform>%n citations will be removed from sentences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)</source>
        <translation>
            <numerusform>Delete %n source</numerusform>
            <numerusform>Delete %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcingProfileBar</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quotes} in %n sentence(s)</source>
        <translation>
            <numerusform>{quotes} in %n sentence</numerusform>
            <numerusform>{quotes} in %n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n named</numerusform>
            <numerusform>%n named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous only</source>
        <translation>
            <numerusform>%n anonymous only</numerusform>
            <numerusform>%n anonymous only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsourced</source>
        <translation>
            <numerusform>%n unsourced</numerusform>
            <numerusform>%n unsourced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent</source>
        <translation>
            <numerusform>%n inconsistent</numerusform>
            <numerusform>%n inconsistent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contested</source>
        <translation>
            <numerusform>%n contested</numerusform>
            <numerusform>%n contested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>%n orphan(s): judgments that found no sentence in this version. Select one and a sentence in the table, then re-attach.</source>
        <translation>
            <numerusform>%n orphan: judgments that found no sentence in this version. Select one and a sentence in the table, then re-attach.</numerusform>
            <numerusform>%n orphans: judgments that found no sentence in this version. Select one and a sentence in the table, then re-attach.</numerusform>
        </translation>
    </message>
</context>
</TS>
