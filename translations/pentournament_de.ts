<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>pen::gui::AppOptions</name>
        <message>
            <source>Browse X-ray image sets with their ground truth.</source>
            <translation>Röntgen-Bildsätze mit ihrer Ground Truth durchsehen.</translation>
        </message>
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
            <source>Use &lt;language&gt; (e.g. de) instead of the system's.</source>
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
            <source>The image set has no scan "%1".</source>
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
            <translation>Waren:</translation>
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
            <translation>Rohmasse:</translation>
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
</TS>
