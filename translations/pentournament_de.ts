<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Ein Ein-Energie-Scan hat nur einen Kanal und kann daher organisches nicht von anorganischem Material unterscheiden.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Dieses Bild wurde von einem anderen System eingefärbt und enthält keine Energiekanäle: Nur Helligkeit, Kontrast, Gamma, Negativ, Graustufen und Ausblenden nach Farbton sind möglich.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>Den Bildsatz im &lt;Ordner&gt; öffnen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Zuerst den Scan mit der &lt;Kennung&gt; zeigen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>Die &lt;Sprache&gt; (z. B. de) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern, sobald der Scan angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>Das Auswerten von Röntgenbildern üben und Bildsätze mit ihrer Ground Truth durchsehen.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>Den Scan im Darstellungsmodus &lt;Modus&gt; zeigen: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Unbekannter Darstellungsmodus „%1“; möglich sind: %2.</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Gepäck</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Zwei-Energie</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Ein-Energie</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Farbbild</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Betäubungsmittel</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Zigaretten / Tabak</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Waffe</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Sprengstoff</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Versteck</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>Polygon, %n Punkt</numerusform>
            <numerusform>Polygon, %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>Rechteck %1 × %2 bei (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::GlPipelineRenderer</name>
    <message>
        <source>OpenGL 3.3 is not available.</source>
        <translation>OpenGL 3.3 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>Die Shader der Bildverbesserung sind fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::GroundTruthModel</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>not in this view</source>
        <translation>nicht in dieser Ansicht</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Region (pixels)</source>
        <translation>Bereich (Pixel)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>pen::gui::HistoryChart</name>
    <message>
        <source>Your practice rounds</source>
        <translation>Ihre Übungsrunden</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Trefferquote %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Fehlalarmquote %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Quote %</translation>
    </message>
</context>
<context>
    <name>pen::gui::MainWindow</name>
    <message>
        <source>PEN-Tournament</source>
        <translation>PEN-Tournament</translation>
    </message>
    <message>
        <source>&amp;Open Image Set...</source>
        <translation>Bildsatz ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>Den Ordner eines Bildsatzes öffnen</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>&amp;Vorheriger Scan</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>&amp;Nächster Scan</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>&amp;Ground Truth zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>The view of a dual-view scanner to show</source>
        <translation>Die anzuzeigende Ansicht eines Zwei-Ansichten-Scanners</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Kein Bildsatz geöffnet.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>Kein Bildsatz gefunden. Öffnen Sie einen mit Datei &gt; Bildsatz öffnen...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Bildsatz öffnen</translation>
    </message>
    <message>
        <source>%1 – PEN-Tournament</source>
        <translation>%1 – PEN-Tournament</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n Scan</numerusform>
            <numerusform>%n Scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Dieser Bildsatz enthält keine Scans.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>Der Bildsatz enthält keinen Scan „%1“.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>Der Bildsatz konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Bildsätze</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Kein Scan angezeigt.</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>Die Runde konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Bedrohung finden</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Zollanmeldung prüfen</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Möglichst viele finden</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Übersehen</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Richtig ohne Befund</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Falsche Ware</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Falsche Menge</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Falsches Gewicht</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Nicht angemeldete Waren</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 Punkte je gefundenem Ziel, −%2 je Fehlalarm</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, bis zu %1 für Schnelligkeit</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Warenbeschreibung: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>HS-Code: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Menge: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Bruttogewicht: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Ursprung: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Declaration</source>
        <translation>Zollanmeldung</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Ohne Befund: nichts zu melden (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Markierungen abgeben (Enter)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Runde beenden</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Nächster Scan (Leertaste)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Scan %1 von %2 wird geladen…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scan %1 von %2</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Bildsatz-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Bildsätze</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>nach jedem Scan</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>am Ende der Runde</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>eine Markierung muss die richtige Kategorie angeben</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Runde starten</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Art der Runde:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Zeit pro Scan:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Zeit für die Runde:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Rückmeldung:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Wertung:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n Scan</numerusform>
            <numerusform>%1 — %n Scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>Übungsergebnisse werden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanDetailsPanel</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Pixelgröße:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Zollanmeldung</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Warenbeschreibung:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>HS-Code:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Bruttogewicht:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Ursprung:</translation>
    </message>
    <message>
        <source>%1, %2, %3 × %4 pixels</source>
        <translation>%1, %2, %3 × %4 Pixel</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanFeedback</name>
    <message>
        <source>false alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>übersehen: %1</translation>
    </message>
    <message>
        <source>Time ran out.</source>
        <translation>Die Zeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Übersehen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n Fehlmarkierung</numerusform>
            <numerusform>%n Fehlmarkierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkte: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanListModel</name>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanReviewPage</name>
    <message>
        <source>Previous scan (Page Up)</source>
        <translation>Vorheriger Scan (Bild auf)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Nächster Scan (Bild ab)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Zurück zum Ergebnis</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Zollanmeldung</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Gestrichelt: die Ground Truth, grün, wo Sie sie gefunden, rot, wo Sie sie übersehen haben. Durchgezogen: Ihre Markierungen, orange durchgekreuzt, wo nichts zu melden war.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>Es wurde kein Scan beantwortet.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Scan %1 von %2 wird geladen…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>Der Bildsatz enthält den Scan „%1“ nicht mehr.</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Scan %1 von %2: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Beantwortet in %1 s</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>Der Scan kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was ist das?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>Ihre Markierungen</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>B drücken und ein Rechteck aufziehen, um einen verdächtigen Bereich zu markieren; Entf entfernt die ausgewählte Markierung.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScorePage</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Übersehen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Erneut üben</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1: %2 Punkte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Trefferquote: &lt;b&gt;%1&lt;/b&gt; (%2 von %3 Scans mit Ziel)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Fehlalarmquote: &lt;b&gt;%1&lt;/b&gt; (%2 von %3 Scans ohne Befund)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Gefundene Ziele: %1 von %2 · Fehlmarkierungen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Antwortzeit: Mittelwert %1 s, Median %2 s · %n Scan mit abgelaufener Zeit</numerusform>
            <numerusform>Antwortzeit: Mittelwert %1 s, Median %2 s · %n Scans mit abgelaufener Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Wertung: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Scans durchgehen</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Alle Scans der Runde noch einmal, mit der Ground Truth neben Ihren Markierungen</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>Es wurde nicht rechtzeitig ein Scan angezeigt.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Bildschirmfoto fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::SuspectMarkList</name>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>pen::gui::TextureViewRenderer</name>
    <message>
        <source>The image shader failed: %1</source>
        <translation>Der Bild-Shader ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerToolBar</name>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>Es wird kein Scan angezeigt.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>Beide Ansichten werden nebeneinander angezeigt.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>Keine Markierung ausgewählt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerTools</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Originalgröße 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Mit dem Mausrad zoomen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lupe</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Ansicht wechseln</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Ansichten nebeneinander</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Verdächtigen Bereich markieren</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Ausgewählte Markierung löschen</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Materialfarbe</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Niederenergiekanal</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Hochenergiekanal</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Kombinierte Kanäle</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Nur organisch</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Nur anorganisch</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Hohe Durchdringung</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Niedrige Durchdringung</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Kantenverstärkung</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Superverstärkung</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Dichtehervorhebung</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Heller</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Dunkler</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Mehr Kontrast</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Weniger Kontrast</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Gamma erhöhen</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Gamma verringern</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Bildeinstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Dieser Scan hat nur eine Ansicht.</translation>
    </message>
</context>
</TS>
