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
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>Die Bestehensgrenzen in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>Die Bestehensgrenzen in %1 sind nicht lesbar: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>die Grenzen von %1 sind kein Objekt</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>die Grenze von %1 in %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>Die Bestehensgrenzen in %1 können nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>der Server ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>der Server akzeptiert dieses Token nicht: Es ist unbekannt oder wurde widerrufen (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>dieses Token ist dazu nicht berechtigt (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>der Server hat nicht rechtzeitig geantwortet (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Abrufen der Veranstaltungen</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Anlegen der Veranstaltung</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Lesen der Veranstaltung</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Abrufen der Bildsätze</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Hochladen des Bildsatzes %1</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Hinzufügen der Runde</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Hinzufügen des Teilnehmers</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Ausstellen des Tokens</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Widerrufen des Tokens</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Abrufen der Tokens</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Steuern der Veranstaltung</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Exportieren der Ergebnisse</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Lesen des Übungsteilnehmer-Berichts</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Lesen der Rangliste</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Erzeugen des Bildsatzes %1</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>ein Übungsbildsatz wird bereits erzeugt</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>abgebrochen; der Server hat nichts gespeichert</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>der Server hat das Erzeugen ohne die Übersicht des Bildsatzes beendet</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>Die Antworten des Übungsteilnehmers werden gelesen</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>Scan %1, Ansicht %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird geladen</translation>
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
        <translation>Das Auswerten von Röntgenscans üben und Bildsätze mit ihrem Referenzbefund durchsehen.</translation>
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
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Am Turnier auf dem Server unter &lt;host:port&gt; teilnehmen (mit --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>Das Zugangstoken des Teilnehmers aus &lt;Datei&gt; lesen.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Über TLS verbinden und dabei dem CA-Zertifikat in &lt;pem&gt; vertrauen.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>Die Konsole für Turnierleitung und Ausbilder öffnen, um Veranstaltungen und Übungseinheiten auf einem Server durchzuführen.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server und --token-file gehören zusammen: die Adresse des Servers und die Datei mit Ihrem Token.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert erfordert --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Das Fenster öffnen, in dem ein ATD-Hersteller ein Plugin auf einem Übungsbildsatz ausführt und seine Kennzahlen sieht.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AuditLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryApTable</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation>AP@0,5</translation>
    </message>
    <message>
        <source>AP@.5:.95</source>
        <translation>AP@0,5:0,95</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detektionen</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Trefferquote je Bedrohungskategorie</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Trefferquote %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Gruppe einlesen</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ mindestens </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Bestehensgrenze setzen</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Bestehensgrenze entfernen</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Zertifikat (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Bestehensgrenze für</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Lesen der Bestehensgrenzen</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Übungsteilnehmer</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>erreicht die Bestehensgrenze</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>unter der Bestehensgrenze</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1: d′ mindestens %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>Für diese Sitzung sind keine Bestehensgrenzen gesetzt.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Bestehensgrenzen: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Speichern der Bestehensgrenzen</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Setzen Sie eine Bestehensgrenze und wählen Sie dann einen Übungsteilnehmer.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Wählen Sie einen Übungsteilnehmer.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Setzen Sie zuerst eine Bestehensgrenze.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 erreicht jede Bestehensgrenze.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 liegt unter der Bestehensgrenze in: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Zertifikat als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Ausstellen des Zertifikats</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 erreicht nicht jede Bestehensgrenze.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Ausbildungszertifikat: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 hat die Bestehensgrenzen der Übungssitzung %2 in jeder unten genannten Bedrohungskategorie erreicht, gemessen als Empfindlichkeit d′ über alle gespielten Runden.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Bedrohungskategorie</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>erreichtes d′</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Bestehensgrenze (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Fehlalarmquote (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Ausgestellt am %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>host:port, z. B. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>das Token, das Sie von der Turnierleitung erhalten haben</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>oder eine Datei, die es enthält</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>optional: das CA-Zertifikat (PEM) für eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;An einem Turnier teilnehmen&lt;/h2&gt;&lt;p&gt;Geben Sie die Adresse des Servers und das Zugangstoken ein, das die Turnierleitung Ihnen oder Ihrem Team ausgestellt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>Token-Datei:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>Die Serveradresse muss die Form host:port haben, z. B. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Geben Sie Ihr Zugangstoken ein oder wählen Sie die Datei, die es enthält.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>Das eingegebene Token kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>Token der Turnierleitung oder eines Ausbilders</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>keins: unverschlüsselt über Loopback</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 enthält kein Token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message>
        <source>Contestant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Scans done</source>
        <translation>Scans erledigt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>fertig (%1 von %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● verbunden</translation>
    </message>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ seit %n Minute getrennt</numerusform>
            <numerusform>○ seit %n Minuten getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>○ never connected</source>
        <translation>○ nie verbunden</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Teilnehmerkennung</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Neue Einzelperson oder neues Team</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Für ein Zweierteam beide Mitglieder angeben; für eine Einzelperson leer lassen.</translation>
    </message>
    <message>
        <source>Member 1</source>
        <translation>Mitglied 1</translation>
    </message>
    <message>
        <source>Member 2</source>
        <translation>Mitglied 2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message>
        <source>End the round</source>
        <translation>Runde beenden</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Veranstaltung beenden</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>Die Runde jetzt für alle Teilnehmer beenden? Noch nicht beantwortete Scans gelten als abgelaufen.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>Die Veranstaltung jetzt für alle Teilnehmer beenden? Danach kann keine ihrer Runden mehr gespielt werden.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Runde beenden</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Veranstaltung beenden</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Angehalten (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Keine Veranstaltung ausgewählt</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n Runde geplant</numerusform>
            <numerusform>%n Runden geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>ohne Zeitlimit für die Runde</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>keine Rundenuhr; %1 s für jeden Scan</translation>
    </message>
</context>
<context>
    <name>pen::gui::CtVolumeDialog</name>
    <message>
        <source>CT Volume</source>
        <translation>CT-Volumen</translation>
    </message>
    <message>
        <source>Slice across the belt</source>
        <translation>Schicht quer zum Band</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Von oben gesehen</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Von der Seite gesehen</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>CT-Volumen: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 Voxel zu %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Schicht %1 von %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Projektion, um das Band gedreht</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Winkel:</translation>
    </message>
    <message>
        <source>Turned %1°</source>
        <translation>Um %1° gedreht</translation>
    </message>
</context>
<context>
    <name>pen::gui::DeclarationBox</name>
    <message>
        <source>Declaration</source>
        <translation>Zollanmeldung</translation>
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
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>Der Anteil der Scans des Bildsatzes in der Entwicklungsphase; der Rest bleibt für das Finale</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Auswertung speichern</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Bildsatz:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Öffentlicher Anteil:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Einreichungen Entwicklung:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Einreichungen Finale:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Sekunden pro Scan:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Speicher pro Prozess:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n Scan)</numerusform>
            <numerusform>%1 (%n Scans)</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluation is set up for this event yet.</source>
        <translation>Für diese Veranstaltung ist noch keine Auswertung eingerichtet.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>Gültig: %1 öffentliche Scans für die Entwicklung, %2 private für das Finale; %3 und %4 Einreichungen pro Plugin.</translation>
    </message>
</context>
<context>
    <name>pen::gui::EventsPanel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>z. B. PEN-Tournament-Veranstaltung 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Den Teilnehmern nach jeder Runde den Referenzbefund zeigen</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Übungseinheit (Ausbilder)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Veranstaltung anlegen</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC: gefundene Objekte über falsch Positiven pro Scan</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Falsch Positive pro Scan</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Übungsbildsatz erzeugen</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Buchstaben, Ziffern, „-“ und „_“</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>so viele, wie die Vorlage hat</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>Gleicher Startwert und gleiche Einstellungen ergeben denselben Bildsatz.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>Der Anteil der Scans, in die eine Bedrohung projiziert wird (Threat Image Projection). 0 mit leerer Mischung: keine projizierten Bedrohungen.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>leer: alle Kategorien gleich; z. B. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v von %m Scans</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Name auf dem Server</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>TIP-Rate</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>TIP-Kategorienmischung</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>der Eintrag „%1“ der TIP-Mischung hat nicht die Form KATEGORIE=GEWICHT (z. B. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>der Eintrag „%1“ der TIP-Mischung braucht ein Gewicht von 0 oder mehr</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>die TIP-Mischung „%1“ braucht mindestens ein Gewicht über 0</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>der Name „%1“ ist für einen Bildsatz nicht zulässig: 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Nicht erzeugt: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>%1 wird erzeugt …</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 gespeichert: %2 Scans, %3 Objekte</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
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
        <translation>Die Shader der Bildverstärkung sind fehlgeschlagen: %1</translation>
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
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Bildsätze</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Trainee reports</source>
        <translation>Übungsteilnehmer-Berichte</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Runde hinzugefügt.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Teilnehmer hinzugefügt.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Bildsatz %1 hochgeladen.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Token für %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Veranstaltung zu verwalten.</numerusform>
            <numerusform>Verbunden mit %1: %n Veranstaltungen zu verwalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Veranstaltung %1 angelegt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Übungsbildsatz %1 erzeugt.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Erzeugen eines Übungsbildsatzes</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Verfolgen der Veranstaltungen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Turnierleitung</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ausbilder</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>ATD-Hersteller</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Fehlalarmquote</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Mittlere Zeit (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Mean response (s)</source>
        <translation>Mittlere Antwortzeit (s)</translation>
    </message>
    <message>
        <source>   ↳ %1</source>
        <translation>   ↳ %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::HumanMachineView</name>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Person oder Maschine</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Fehlalarmquote</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Medianzeit (s)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ImageSetsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest-SHA-256</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Bildsatz-Ordner hochladen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Name auf dem Server</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Bildsatz-Ordner</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 gespeichert: %2 Scans, %3 Objekte</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Das Hochladen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Keine Live-Verfolgung</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>Die Live-Rangliste wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>%1 wird live verfolgt</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>Live: letzte Aktualisierung %1 (Serverzeit)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Antworten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Ergebnisse als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Ihre Stufe in jeder Bedrohungskategorie</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>pen::gui::LobbyPage</name>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Runden:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>Teilnahme als %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>Teilnahme als %1, ein Team aus %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Wertung: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Diese Konsole gehört dem Team: Antworten von hier zählen für das Team, nicht für ein Mitglied.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>Sie antworten als %1: Ihre Antworten zählen für das Team und werden als Ihre angezeigt.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Führen Sie ein Plugin aus, um zu sehen, was es in jedem Scan gefunden hat.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Dieser Lauf hat keine Antworten zum Zeigen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>ohne Befund %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>Der Scan hat keine Ansicht.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>Referenzbefund: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsTable</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation>AP@0,5</translation>
    </message>
    <message>
        <source>AP@.5:.95</source>
        <translation>AP@0,5:0,95</translation>
    </message>
    <message>
        <source>Pd</source>
        <translation>Pd</translation>
    </message>
    <message>
        <source>Pfa</source>
        <translation>Pfa</translation>
    </message>
    <message>
        <source>p50 (s)</source>
        <translation>p50 (s)</translation>
    </message>
    <message>
        <source>p95 (s)</source>
        <translation>p95 (s)</translation>
    </message>
    <message>
        <source>Scans/h</source>
        <translation>Scans/h</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Detektionswahrscheinlichkeit: der Anteil der Scans mit Bedrohung, die einen Alarm auslösten</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Fehlalarmwahrscheinlichkeit: der Anteil der Scans ohne Befund, die einen Alarm auslösten</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Mittlere Average Precision über die Kategorien bei einer Überlappung (IoU) von 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Mittlere Average Precision über Überlappungen (IoU) von 0,5 bis 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Fehlschläge (Scan: Grund):</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP pro Kategorie, %n Fehlschlag</numerusform>
            <numerusform>%1: AP pro Kategorie, %n Fehlschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Kein Lauf anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrieren des Plugins</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Abrufen der Plugins</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Einrichten der Auswertung</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Lesen der Auswertung</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Lesen der Maschinen-Rangliste</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Lesen der Rangliste von Personen und Maschinen</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Ausführen des Plugins</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>ein Plugin läuft bereits</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>der Server beendete den Lauf ohne Ergebnis</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Entwicklung (öffentlicher Teil)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Finale (privater Teil)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>Auf einer Runde, neben den Personen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Bibliothek oder Programm</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Hersteller-Token</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Läufe Entwicklung</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Läufe Finale</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Plugins und Auswertung</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Maschinen-Rangliste</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Personen und Maschinen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v von %m Scans</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrieren des Plugins</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Plugin %1 registriert.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Auswertung gespeichert: %1 öffentliche und %2 private Scans.</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Ausführen des Plugins</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>zuerst ein Plugin registrieren</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 bewertet: mittlere AP@0,5 %2, Pd %3, Pfa %4, %n Fehlschlag.</numerusform>
            <numerusform>%1 bewertet: mittlere AP@0,5 %2, Pd %3, Pfa %4, %n Fehlschläge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Lauf abgebrochen; er zählt nicht als Einreichung.</translation>
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
        <translation>&amp;Referenzbefund zeigen</translation>
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
    <message>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Turnierleitung</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>ATD-Plugin &amp;ausprobieren...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Ein ATD-Plugin auf einem Übungsbildsatz ausführen und seine Kennzahlen sehen, wie eine Veranstaltung es bewerten würde</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>&amp;CT-Volumen öffnen...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>Die Schichten eines DICOS- oder DICOM-CT-Volumens zeigen</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>CT-Volumen öffnen</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>DICOM- und DICOS-Dateien (*.dcm *.dcs);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>MeV-Materialklassen</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>Der 4/6-MV-Linearbeschleuniger eines Frachtportals unterscheidet vier Klassen; die stufenlosen Farben der Gepäckscanner gelten bei diesen Energien nicht.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Organisch: Lebensmittel, Holz, Papier, Kunststoffe, Drogen, Tabak</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Gemischt: Glas, Keramik, Aluminium, Beton</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Stahl: Eisen, Stahl, Kupfer</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Schwermetall: Zinn, Wolfram, Blei, Uran</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Schraffiert: nicht bestimmbar (dünne Materie, dünnes Schwermetall, das als organisch erscheint, Kanten, Rauschen)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Schwarz: undurchdringlich</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1: der Bildsatz hat keinen Referenzbefund zum Bewerten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialDialog</name>
    <message>
        <source>Try an ATD Plugin</source>
        <translation>ATD-Plugin ausprobieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v von %m Scans</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Ein Plugin und einen Übungsbildsatz mit Referenzbefund wählen und ausführen: Es wird wie in einer Veranstaltung bewertet.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 lief auf %n Scan: %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 lief auf %n Scans: %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 lief nicht: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detektionen</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Bibliothek (C-Schnittstelle)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programm (gRPC-Dienst)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>Die Programmbibliothek des Plugins (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>Der Konfigurationstext für die Bibliothek; darf leer sein</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Ein Befehl, der „listening on HOST:PORT“ ausgibt, mit seinen Argumenten</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Wie die Ergebnisse diesen Lauf nennen (Standard: der Dateiname)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Anderer Bildsatz…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Plugin:</source>
        <translation>Plugin:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Bildsatz:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Sekunden pro Scan:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Speicher pro Prozess:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Plugin-Bibliothek wählen</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Programmbibliotheken (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Bildsatz mit Referenzbefund wählen</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>die Bibliothek des Plugins wählen</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>den Befehl eingeben, der das Plugin startet</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>einen Bildsatz mit Referenzbefund wählen</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Punkte je Teilnehmer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Punkte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minuten nach %1 (Serverzeit)</translation>
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
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Eine Markierung findet ein Objekt, wenn ihre Mitte auf dem Objekt liegt oder wenn sie mindestens die Hälfte des Objektrahmens abdeckt und höchstens viermal so groß ist wie er.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Eine Markierung findet ein Objekt, wenn ihre Mitte auf dem Objekt liegt.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Eine Markierung kann mehrere nebeneinanderliegende Objekte finden.</translation>
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
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Nicht bewertet: zu diesem Scan gibt es keinen Referenzbefund</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
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
        <source>End the round</source>
        <translation>Runde beenden</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>Die Runde jetzt beenden? Noch nicht beantwortete Scans gelten als abgelaufen.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Weiterspielen</translation>
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
    <message>
        <source>Threat library…</source>
        <translation>Bedrohungsbibliothek…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Jede Art von Bedrohung in diesen Sätzen, erklärt und allein gezeigt</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>Der eigene Rundentyp des Satzes steht zuerst; andere werden angeboten, wo der Satz zu ihnen passt</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>Ihr Name, wo sich Übungsteilnehmer diesen PC teilen</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Übungsteilnehmer:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Alle Arten von Runden</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>Scans an meine Stufen anpassen</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>Die Ziele jeder Bedrohungskategorie werden auf Ihrer Stufe darin gezogen; sie steigt nach Runden, in denen Sie drei von vier finden, und sinkt, wo Sie weniger als die Hälfte finden</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1: Stufe %2 von %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Stufen: Alle Kategorien beginnen bei 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Stufen: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
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
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Plugin registrieren</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Wie die Ranglisten es nennen</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Bibliothek (C-Schnittstelle)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programm (gRPC-Dienst)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>Seine Datei auf dem Server</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Für eine Bibliothek: der Konfigurationstext</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Für ein Programm: seine Argumente</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Bibliothek oder Programm:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Hersteller-Token:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Keines: nur die Turnierleitung führt es aus</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>dem Plugin eine Bezeichnung geben</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>die Bibliothek oder das Programm des Plugins auf dem Server angeben</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Ergebnisse von %1, Stand: %2. Phase: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Rangliste je Runde</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC: Detektionsrate über Fehlalarmquote</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Fehlalarmquote (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Detektionsrate (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>jeder Scan des Bildsatzes</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>Derselbe Startwert zieht dieselben Scans</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Keine angekreuzt: jede Kategorie zählt als Ziel (Zollanmeldung prüfen: die Abweichungen von der Anmeldung)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>nach jedem Scan (Übungseinheiten)</translation>
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
        <source>Scans to draw</source>
        <translation>Zu ziehende Scans</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Startwert der Ziehung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Punkte je gefundenem Ziel</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Schnelligkeitsbonus, höchstens</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Abzug je Fehlalarm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Pro Scan</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Rundenzeit</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>ohne Zeitlimit pro Scan</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>ohne Zeitlimit für die Runde</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Runde hinzufügen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Bildsatz</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Art der Runde</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Sekunden pro Scan</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Sekunden für die Runde</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 Scans)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>Uhren starten</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>mit der Runde: sie endet für alle zur selben Zeit</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>wenn jeder Teilnehmer beitritt, innerhalb des Beitrittsfensters</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Wie lange nach Rundenbeginn ein Teilnehmer noch beitreten darf; wer später kommt, setzt die Runde aus</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Beitrittsfenster</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>beim Beitritt (Fenster %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>mit der Runde</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanClockBar</name>
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
    <message>
        <source>Peak voltage:</source>
        <translation>Spitzenspannung:</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (Linearbeschleuniger)</translation>
    </message>
    <message>
        <source>%1 kV</source>
        <translation>%1 kV</translation>
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
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Gestrichelt: der Referenzbefund, grün, wo Sie ihn gefunden, rot, wo Sie ihn übersehen haben. Durchgezogen: Ihre Markierungen, orange durchgekreuzt, wo nichts zu melden war.</translation>
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
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>Scan %1 wurde auf diesem Computer nicht gezeigt und kann hier nicht durchgesehen werden.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>View %1 of %2</source>
        <translation>Ansicht %1 von %2</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Ansicht %1 von %2: %3</translation>
    </message>
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
        <translation>Alle Scans der Runde noch einmal, mit dem Referenzbefund neben Ihren Markierungen</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScoreTrendChart</name>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
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
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Quote %</translation>
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
    <name>pen::gui::ThreatDescription</name>
    <message>
        <source>Cocaine</source>
        <translation>Kokain</translation>
    </message>
    <message>
        <source>Cocaine hydrochloride, a white powder, smuggled as 1 kg bricks pressed and wound in tape, as small packs, or in cargo as blocks of bricks.</source>
        <translation>Kokainhydrochlorid, ein weißes Pulver, geschmuggelt als gepresste, mit Klebeband umwickelte 1-kg-Ziegel, als kleine Päckchen oder in Fracht als Blöcke aus Ziegeln.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Ein organischer Stoff (effektive Ordnungszahl etwa 7), daher orange in den Materialfarben, dichter als Kleidung oder die meisten Lebensmittel: ein gleichmäßiger orangefarbener Block mit scharfen Kanten, sein Rand etwas dunkler, wo das Klebeband gewickelt ist. In Grau ist er ein gleichmäßig mittelgrauer Block; „Nur organisch“ behält ihn und blendet das Metall um ihn aus.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Suchen Sie gleichmäßige, scharfkantige orangefarbene Blöcke, die zu nichts Gepacktem passen: zu dicht für Kleidung, zu regelmäßig für Lebensmittel. Sehen Sie auch in Wände, Böden und Waren.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroin</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Heroinbase, ein bräunliches Pulver, verpackt wie Kokain: gepresste Ziegel, kleine Päckchen, Blöcke in Fracht.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Organisch, daher orange in den Materialfarben, eine Spur heller als Kokain gleicher Dicke; Ziegel zeigen scharfe Kanten, Päckchen runde. „Nur organisch“ behält es und blendet das Metall um es aus.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Suchen Sie gleichmäßige orangefarbene Blöcke oder Häufchen runder Päckchen, die zu nichts Gepacktem um sie herum passen.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Betäubungsmittel</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Drogen als Pulver, gepresst oder verpackt.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Organisch, daher orange in den Materialfarben; verpackte Drogen sind gleichmäßiger und dichter als die meisten Waren.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Suchen Sie gleichmäßige orangefarbene Massen mit scharfen oder runden Kanten, die zu nichts Gepacktem um sie herum passen.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistole</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Eine halbautomatische Pistole: ein Stahlschlitten über Lauf und Feder, ein Stahlmagazin in Rahmen und Griff aus Polymer.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>Der Stahl hält den größten Teil der Strahlung auf: dunkelblau bis schwarz in den Materialfarben; der Polymergriff ist nur schwach gefärbt. Von oben zeigt sie das L aus Schlitten und Griff, hochkant einen kurzen dunklen Balken. Hohe Durchdringung zeigt Lauf, Feder und Magazin im dunklen Schlitten.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Suchen Sie das L aus Schlitten und Griff und das dichte Rechteck des Magazins. Wo ein dunkler Balken eine hochkant liegende Pistole sein könnte, sehen Sie in die andere Ansicht.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Messer</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Ein feststehendes Messer, etwa 28 cm lang: eine dünne Stahlklinge in einem Kunststoffgriff.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>Die Klinge ist dünn: flach liegend nur hellblau, hochkant eine dunkle Linie. Der Griff ist aus Kunststoff und erscheint orange, leicht zu übersehen. Die Kantenverstärkung schärft den Umriss der Klinge.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Folgen Sie langen, dünnen blauen Linien mit einer Spitze an einem Ende; ein orangefarbener Griff am anderen Ende bestätigt es.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Waffe</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Eine Schusswaffe, eine Klinge oder ein Teil davon.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Meist Stahl: blau bis schwarz in den Materialfarben, mit den Formen von Läufen, Klingen und Federn.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Suchen Sie die typischen Formen von Waffen unter dichten Gegenständen; wechseln Sie für hochkant liegende Gegenstände in die andere Ansicht.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Sprengstoff mit Zünder</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Ein Block Sprengstoff auf RDX- oder TNT-Basis mit Zünder und Drähten: eine unkonventionelle Spreng- und Brandvorrichtung.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>Der Sprengstoff ist organisch und dicht (etwa 1,6 g/cm³): orange, dunkler als Lebensmittel gleicher Dicke. Das Metallgehäuse des Zünders ist ein kleiner blauer Zylinder, die Drähte sind dünne blaue Linien, die zu ihm führen. In Grau sieht der Block wie jeder dichte organische Gegenstand aus; erst die Teile zusammen verraten ihn.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Ein orangefarbener Block, durch Drähte mit einem kleinen Metallteil verbunden, ist das Muster, das man kennen muss. „Nur organisch“ zeigt den Block, „Nur anorganisch“ Zünder und Drähte.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Banknoten</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Bündel zu 100 Banknoten, nebeneinander gepackt oder gestapelt.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>Papier ist organisch und leicht: blassorange, die Bündel eine Reihe gleicher Rechtecke mit schwachen Linien dazwischen. Banknoten enthalten kein Metall, daher blendet „Nur anorganisch“ sie aus; niedrige Durchdringung hebt das leichte Papier hervor.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Suchen Sie Reihen gleicher blassoranger Rechtecke, regelmäßiger als Dokumente oder Bücher.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Zigaretten</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Zigaretten in Stangen zu zehn Packungen oder Mastercases zu fünfzig Stangen, versteckt zwischen Waren oder hinter falschen Wänden.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>Tabak und Papier sind organisch und leicht: orange, in einem regelmäßigen Raster, denn die Kartonwände von Packungen, Stangen und Kartons zeigen sich als dünne Linien in gleichem Abstand. In Grau ist es ein fein gestreifter Block.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Suchen Sie ein regelmäßiges Raster gleicher Zellen aus leichtem organischem Material, und zählen Sie die Zellen, um die Menge zu bestimmen.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Versteck</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Ein doppelter Boden, eine falsche Wand oder ein falscher Boden, eingebaut in Tasche, Fahrzeug oder Container, um Waren dahinter zu verbergen.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Ein Stahlblech oder eine zusätzliche Platte zeigt sich als gerades blaues oder schwarzes Band, wo keines hingehört: eine Wand dicker als ihr Gegenstück, ein doppelter Boden. Die Waren dahinter zeigen sich nur durch sie hindurch.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Vergleichen Sie Wände und Böden miteinander: eine dickere Wand oder eine Platte entlang einer Wand ist das Zeichen. Hohe Durchdringung sieht hindurch.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Nicht angemeldete Textilien</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Ballen aus Polyestergewebe, zwischen den angemeldeten Waren geladen.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>Kunstfaser ist organisch: gleichmäßige orangefarbene Ballenblöcke, leichter als die meisten Waren gleicher Größe, ohne das Raster von Kartons.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Suchen Sie Blöcke, deren Textur und Dichte sich vom Rest der Ladung und von dem unterscheiden, was die Zollanmeldung nennt.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Ladung, die nicht zu ihrer Zollanmeldung passt</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>Die gesehenen Waren sind nicht die angemeldeten: andere Waren, eine andere Menge oder ein anderes Gewicht.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>Die ganze Ladung ist der Befund: Farbe, Dichte und Verpackung passen nicht zu den angemeldeten Waren (Metallteile als Möbel angemeldet, die Hälfte der angemeldeten Kartons, eine Ladung weit schwerer als angemeldet).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Lesen Sie zuerst die Zollanmeldung und fragen Sie dann das Bild: Sehen diese Waren so aus, sind es so viele, wie es sein sollten, kann das so viel wiegen?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Etwas zu Meldendes</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Ein Gegenstand, den die Runde zu melden verlangt und der keiner der obigen Arten angehört.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>Seine Farbe verrät sein Material: orange organisch, grün gemischt oder Leichtmetall, blau Metall, schwarz zu dicht zum Durchsehen.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Suchen Sie, was nicht zum übrigen Inhalt gehört.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>So finden Sie es:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Am besten zu sehen mit:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Zurück zum Üben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bedrohungsbibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Vorheriges Beispiel</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Nächstes Beispiel</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n Beispiel)</numerusform>
            <numerusform>%1 (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Kein Satz hier enthält seine Ziele einzeln gerendert. Die mitgelieferten Demo-Sätze und mit dieser Version erzeugte Sätze tun es.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Mit %1 zeigen</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Beispiel %1 von %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>Die Token-Datei %1 ist leer: Ihre erste Zeile muss das Token sein.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>Die Token-Datei %1 ist zu groß für ein Token.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>Die Token-Datei %1 enthält kein Token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Das Token für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>Das Geheimnis wird nur dieses eine Mal angezeigt: Der Server speichert nur einen Hash davon. Kopieren Sie es jetzt und übergeben Sie es der berechtigten Person auf einem sicheren Weg.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>Das Token „%1“ widerrufen? Wer es besitzt, kann es nicht mehr verwenden, und es lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>für wen es bestimmt ist, z. B. M. Mustermann (Laptop 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Token ausstellen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Ausgewähltes Token widerrufen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>Eigenes Token eines Teammitglieds: die Rangliste zeigt die Antworten jedes Mitglieds</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(spielt allein)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>Gemeinsame Konsole des Teams</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentClient</name>
    <message>
        <source>The server %1 cannot be reached (%2). Check the address and that the server is running.</source>
        <translation>Der Server %1 ist nicht erreichbar (%2). Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>Der Server akzeptiert dieses Token nicht: Es ist unbekannt oder wurde widerrufen (%1). Bitten Sie die Turnierleitung um ein neues.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Mit diesem Token kann nicht an einem Turnier teilgenommen werden (%1). Verwenden Sie das Teilnehmer-Token, das die Turnierleitung ausgestellt hat.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Zu spät: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1). Prüfen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>der Server hat den Datenstrom der Veranstaltung beendet</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>Scan %1 kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>Warten, bis die Turnierleitung die Veranstaltung startet</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 beginnt in</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>Sie haben alle Scans von %1 beantwortet. Warten auf das Ende der Runde.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>Die Turnierleitung hat die Veranstaltung angehalten</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Pause: Die nächste Runde beginnt in</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>Die Veranstaltung ist beendet</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Runde %1: %2 (%3), %n Scan</numerusform>
            <numerusform>Runde %1: %2 (%3), %n Scans</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s pro Scan</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 für die Runde</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>Sie haben jeden Scan von %1 beantwortet. Die Runde endet für alle spätestens in</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>; Ihre Uhr startet, wenn Sie den ersten Scan öffnen (Beitritt innerhalb von %1)</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentResultsPage</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>Ihre Ergebnisse: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Pause: Die nächste Runde beginnt in %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>Die Veranstaltung ist beendet. Vielen Dank für Ihre Teilnahme.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 Punkte&lt;/b&gt;, Platz %2&lt;br&gt;Treffer %3, Übersehen %4, Fehlalarme %5, richtig ohne Befund %6; d′ %7; mittlere Antwortzeit %8 s; %n Scan mit abgelaufener Zeit</numerusform>
            <numerusform>&lt;b&gt;%1 Punkte&lt;/b&gt;, Platz %2&lt;br&gt;Treffer %3, Übersehen %4, Fehlalarme %5, richtig ohne Befund %6; d′ %7; mittlere Antwortzeit %8 s; %n Scans mit abgelaufener Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Scans mit dem Referenzbefund durchsehen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;Die Veranstaltung ist vorbei.&lt;/b&gt; Sie wurden %1. von %n Teilnehmer mit %2 Punkten.</numerusform>
            <numerusform>&lt;b&gt;Die Veranstaltung ist vorbei.&lt;/b&gt; Sie wurden %1. von %n Teilnehmern mit %2 Punkten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>Die Turnierleitung hat die Veranstaltung angehalten. Die Uhren stehen still.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Ihre Antwort wird gesendet…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Verbindung unterbrochen: Ihre Antwort wird gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>Der Server hat die Antwort nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Markierungen abgeben (Enter)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Ohne Befund: nichts zu melden (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Wertung: %2</translation>
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
        <source>Your last scan</source>
        <translation>Ihr letzter Scan</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Scan %1: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>Ihre Antwort zu Scan %1 hat der Server erhalten.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Verbindung unterbrochen — wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>oder der Name eines Übungsteilnehmers: der Verlauf über Ihre Übungseinheiten</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Übungsteilnehmer</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Alle Runden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n Runde; Trefferquote %2 %, Fehlalarmquote %3 %, d′ %4, da %5, mittlere Antwortzeit %6 s</numerusform>
            <numerusform>%1: %n Runden; Trefferquote %2 %, Fehlalarmquote %3 %, d′ %4, da %5, mittlere Antwortzeit %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Übungsteilnehmer-Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Übungsteilnehmer-Bericht: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Erstellt am %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Je Runde und Bedrohungskategorie</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Runden in Spielreihenfolge</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Raten je Runde</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Scan-Durchsicht</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReviewPanel</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Antwortzeit (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>Der Referenzbefund ist durchgezogen gezeichnet, die Markierungen des Übungsteilnehmers gestrichelt.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Wählen Sie einen Scan, um seine Ansicht mit dem Referenzbefund und den Markierungen des Übungsteilnehmers zu sehen.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Wählen Sie einen Teilnehmer dieser Sitzung, um seine Runden Scan für Scan durchzusehen.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Noch kein Scan dieser Runde ist vorbei.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ohne Befund</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Nicht bewertet: zu diesem Scan gibt es keinen Referenzbefund</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Abgelaufen (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Scan %1: %n Markierung des Übungsteilnehmers, %2 Punkte.</numerusform>
            <numerusform>Scan %1: %n Markierungen des Übungsteilnehmers, %2 Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>Der Scan wird geladen…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>Markierung: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>Fehlalarm: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerKeypad</name>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>brightness or contrast adjusted</source>
        <translation>Helligkeit oder Kontrast verstellt</translation>
    </message>
    <message>
        <source>Zoom –</source>
        <translation>Zoom –</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
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
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Färbt alles in einem Band der Hochenergie-Schwächung ein, gleich welche Materialfarbe es hat: dichte Gegenstände fallen auf, auch wo dünnes Metall hoher Ordnungszahl als gemischt oder organisch erscheint.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Olivfarben</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Verschiebt das Fenster zu dichtem Material. Dünnes Blei, Wolfram oder Gold kann in den Materialfarben wie Leichtmetall, sogar wie organisches Material aussehen: ihre Absorptionskanten liegen im Hochenergiekanal. Ein kleiner Gegenstand, der dunkler ist, als Farbe und Größe erlauben, verlangt diese Ansicht, die Dichtehervorhebung und eine Durchsuchung von Hand.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>Die Materialfarben des zweiten Konsolenstils: olivgrünes gemischtes Material und etwas rötlicheres organisches. Aus: rein grünes gemischtes Material. Beide laufen mit der effektiven Ordnungszahl von Orange (organisch) bis Blau (Metall) und werden schwarz, wo nichts durchdringt.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>Das Token enthält Zeichen, die in keinem Token vorkommen (Steuerzeichen oder Buchstaben außerhalb von ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Dies ist kein PEN-Tournament-Token: Ein Token besteht aus „pen_“ und 43 Buchstaben, Ziffern, „-“ oder „_“.</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>Hier steht kein Token: Der Text ist leer.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Hier stehen mehrere Tokens: Geben Sie eines an, als die Zeile, die pentournament-admin token-issue ausgegeben hat, oder nur das Geheimnis.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>Das Token muss in einer Zeile stehen: die Zeile, die pentournament-admin token-issue ausgegeben hat, oder nur das Geheimnis.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Hier steht mehr als ein Token: Geben Sie die Zeile an, die pentournament-admin token-issue ausgegeben hat (die Token-ID, dann das Geheimnis), oder nur das Geheimnis.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>Das Token kann nicht gesendet werden: Es enthält Leerzeichen, Steuerzeichen oder Buchstaben außerhalb von ASCII. Geben Sie nur das Geheimnis an, wie pentournament-admin token-issue es ausgegeben hat.</translation>
    </message>
</context>
</TS>
