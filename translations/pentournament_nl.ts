<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Een scan met enkelvoudige energie heeft maar één kanaal en kan organisch materiaal dus niet van anorganisch materiaal onderscheiden.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Dit beeld is door een ander systeem ingekleurd en bevat geen energiekanalen: alleen helderheid, contrast, gamma, negatief, grijstinten en wegfilteren op tint zijn mogelijk.</translation>
    </message>
</context>
<context>
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>De slaaggrenzen in %1 kunnen niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>De slaaggrenzen in %1 zijn onleesbaar: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>de grenzen van %1 zijn geen object</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>de grens van %1 in %2 is geen getal</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>De slaaggrenzen in %1 kunnen niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>niet verbonden met een server</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>de server is niet bereikbaar (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>de server accepteert deze token niet: hij is onbekend of ingetrokken (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>deze token geeft daar geen recht op (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>de server antwoordde niet op tijd (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Evenementen ophalen</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Evenement aanmaken</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Evenement lezen</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Beeldensets ophalen</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Beeldenset %1 uploaden</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Token uitgeven</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Token intrekken</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Tokens ophalen</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Evenement besturen</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Resultaten exporteren</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Auditlog lezen</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Cursistrapport lezen</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Stand lezen</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Beeldenset %1 genereren</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>er wordt al een oefenset gegenereerd</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>geannuleerd; de server heeft niets opgeslagen</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>de server beëindigde het genereren zonder de samenvatting van de set</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>De antwoorden van de cursist worden gelezen</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>scan %1, aanzicht %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 ophalen</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>De beeldenset in &lt;map&gt; openen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Eerst de scan met &lt;id&gt; tonen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>&lt;taal&gt; (bijv. nl) gebruiken in plaats van de taal van het systeem.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Een afbeelding van het venster in &lt;bestand&gt; opslaan zodra de scan getoond wordt, en dan afsluiten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>Het beoordelen van röntgenscans oefenen en beeldensets met hun grondwaarheid doorbladeren.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>De scan in weergave &lt;modus&gt; tonen: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Onbekende weergavemodus “%1”; mogelijk zijn: %2.</translation>
    </message>
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Aan het toernooi deelnemen op de server op &lt;host:poort&gt; (met --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:poort</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>De toegangstoken van de deelnemer uit &lt;bestand&gt; lezen.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Verbinden via TLS, met vertrouwen in het CA-certificaat in &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>De console van organisator en trainer openen, om evenementen en oefensessies op een server te leiden.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server en --token-file horen bij elkaar: het adres van de server en het bestand met uw token.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert vereist --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Het venster openen waarin een ATD-leverancier een plug-in op een oefenset uitvoert en de kengetallen ziet.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AuditLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryApTable</name>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation>AP@0.5</translation>
    </message>
    <message>
        <source>AP@.5:.95</source>
        <translation>AP@.5:.95</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecties</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Trefferpercentage per dreigingscategorie</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Trefferpercentage %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Groep inlezen</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ minstens </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Slaaggrens instellen</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Slaaggrens verwijderen</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certificaat (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Slaaggrens voor</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Slaaggrenzen lezen</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>haalt de slaaggrens</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>onder de slaaggrens</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1: d′ minstens %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>Voor deze sessie zijn geen slaaggrenzen ingesteld.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Slaaggrenzen: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Slaaggrenzen opslaan</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Stel een slaaggrens in en kies dan een cursist.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Kies een cursist.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Stel eerst een slaaggrens in.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 haalt elke slaaggrens.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 zit onder de slaaggrens in: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Certificaat als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Certificaat uitreiken</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 haalt niet elke slaaggrens.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Opleidingscertificaat: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 heeft de slaaggrenzen van de trainingssessie %2 gehaald in elke dreigingscategorie hieronder, gemeten als de gevoeligheid d′ over alle gespeelde rondes.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Dreigingscategorie</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>behaalde d′</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Slaaggrens (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Trefferpercentage (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Vals-alarmpercentage (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Uitgereikt op %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>host:poort, bijv. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>de token die u van de organisator kreeg</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>of een bestand met de token</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Tokenbestand</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>optioneel: het CA-certificaat (PEM) voor een versleutelde verbinding</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Deelnemen aan een toernooi&lt;/h2&gt;&lt;p&gt;Voer het adres van de server in en de toegangstoken die de organisator aan u of uw team heeft uitgegeven.&lt;/p&gt;</translation>
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
        <translation>Tokenbestand:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-certificaat:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>Het serveradres moet de vorm host:poort hebben, bijv. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Voer uw toegangstoken in of kies het bestand waarin hij staat.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>De ingevoerde token kan niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>token van organisator of trainer</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Uit bestand…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>geen: platte tekst via loopback</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
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
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Tokenbestand</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 bevat geen token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message>
        <source>Contestant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Scans done</source>
        <translation>Scans gedaan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>klaar (%1 van %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● verbonden</translation>
    </message>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ %n minuut weg</numerusform>
            <numerusform>○ %n minuten weg</numerusform>
        </translation>
    </message>
    <message>
        <source>○ never connected</source>
        <translation>○ nooit verbonden</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Deelnemer-id</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Nieuwe douanier of nieuw team</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Geef bij een team van twee beide leden een naam; laat ze leeg voor een individuele douanier.</translation>
    </message>
    <message>
        <source>Member 1</source>
        <translation>Lid 1</translation>
    </message>
    <message>
        <source>Member 2</source>
        <translation>Lid 2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message>
        <source>End the round</source>
        <translation>Ronde beëindigen</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Evenement beëindigen</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>De ronde nu voor alle deelnemers beëindigen? Nog niet beantwoorde scans tellen als tijd verstreken.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>Het evenement nu voor alle deelnemers beëindigen? Daarna kan geen enkele ronde ervan meer worden gespeeld.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Ronde beëindigen</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Evenement beëindigen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Gepauzeerd (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Geen evenement geselecteerd</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n ronde gepland</numerusform>
            <numerusform>%n rondes gepland</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>geen rondeklok</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>geen rondeklok; %1 s per scan</translation>
    </message>
</context>
<context>
    <name>pen::gui::CtVolumeDialog</name>
    <message>
        <source>CT Volume</source>
        <translation>CT-volume</translation>
    </message>
    <message>
        <source>Slice across the belt</source>
        <translation>Plak dwars op de band</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Van boven gezien</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Van opzij gezien</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>Vlak:</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Plak:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Venster:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 lezen...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>CT-volume: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 voxels van %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Plak %1 van %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Projectie, rond de band gedraaid</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Hoek:</translation>
    </message>
    <message>
        <source>Turned %1°</source>
        <translation>%1° gedraaid</translation>
    </message>
</context>
<context>
    <name>pen::gui::DeclarationBox</name>
    <message>
        <source>Declaration</source>
        <translation>Aangifte</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Bagage</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Dubbele energie</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Enkelvoudige energie</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Kleurenbeeld</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Verdovende middelen</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Sigaretten / tabak</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Wapen</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Explosief</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Contant geld</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Verborgen ruimte</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>polygoon, %n punt</numerusform>
            <numerusform>polygoon, %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>kader %1 × %2 op (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>Het deel van de scans van de set voor de ontwikkelfase; de rest blijft bewaard voor de finale</translation>
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
        <translation>Evaluatie opslaan</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Beeldenset:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Publiek deel:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Inzendingen voor ontwikkeling:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Inzendingen voor de finale:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Seconden per scan:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Geheugen per proces:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n scan)</numerusform>
            <numerusform>%1 (%n scans)</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluation is set up for this event yet.</source>
        <translation>Voor dit evenement is nog geen evaluatie ingesteld.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>Geldig: %1 publieke scan(s) voor ontwikkeling, %2 privé voor de finale; %3 en %4 inzending(en) per plug-in.</translation>
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
        <translation>Fase</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>bijv. PEN-Tournament Evenement 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Deelnemers na elke ronde de grondwaarheid tonen</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Oefensessie (trainers)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Evenement aanmaken</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC: gevonden objecten tegen fout-positieven per scan</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Fout-positieven per scan</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Een oefenset genereren</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>letters, cijfers, ‘-’ en ‘_’</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>zoveel als de voorinstelling heeft</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>Dezelfde startwaarde en instellingen geven dezelfde set.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>Het deel van de scans dat een geprojecteerde dreiging krijgt (Threat Image Projection, TIP). 0 met een lege verdeling: geen geprojecteerde dreigingen.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>leeg: alle categorieën gelijk; bijv. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genereren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v van %m scans</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Naam op de server</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwaarde</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>TIP-percentage</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>TIP-verdeling per categorie</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>het onderdeel “%1” van de TIP-verdeling heeft niet de vorm CATEGORIE=GEWICHT (bijv. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>het onderdeel “%1” van de TIP-verdeling heeft een gewicht van 0 of meer nodig</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>de TIP-verdeling “%1” heeft minstens één gewicht boven 0 nodig</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>de setnaam “%1” is niet toegestaan: gebruik 1 tot 64 letters, cijfers, ‘-’ of ‘_’</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Niet gegenereerd: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>%1 genereren…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 opgeslagen: %2 scans, %3 objecten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>pen::gui::GlPipelineRenderer</name>
    <message>
        <source>OpenGL 3.3 is not available.</source>
        <translation>OpenGL 3.3 is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>De shaders voor beeldversterking zijn mislukt: %1</translation>
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
        <translation>niet in dit aanzicht</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
    </message>
    <message>
        <source>Region (pixels)</source>
        <translation>Gebied (pixels)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Massa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>pen::gui::HistoryChart</name>
    <message>
        <source>Your practice rounds</source>
        <translation>Uw oefenrondes</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Besturing</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Beeldensets</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Trainee reports</source>
        <translation>Cursistrapporten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Ronde toegevoegd.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Deelnemer toegevoegd.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Beeldenset %1 geüpload.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Token uitgegeven voor %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Verbonden met %1: %n evenement te beheren.</numerusform>
            <numerusform>Verbonden met %1: %n evenementen te beheren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Evenement %1 aangemaakt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Oefenset %1 gegenereerd.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Een oefenset genereren</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Evenementen volgen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Aftellen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>ATD-leverancier</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffers</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Valse alarmen</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferpercentage</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Vals-alarmpercentage</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Gemiddelde tijd (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Mean response (s)</source>
        <translation>Gemiddelde reactie (s)</translation>
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
        <translation>Machine</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Douanier</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Douanier of machine</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferpercentage</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Vals-alarmpercentage</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Mediane tijd (s)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronde:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ImageSetsPanel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 van het manifest</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>letters, cijfers, ‘-’ en ‘_’</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Uploaden</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Een map met een beeldenset uploaden</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Naam op de server</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Map van de beeldenset</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 uploaden…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 opgeslagen: %2 scans, %3 objecten</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Het uploaden is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Niet gevolgd</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-rapport exporteren…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>De live ranglijst is gestopt: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>%1 live volgen</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>Live: laatst bijgewerkt %1 (servertijd)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Antwoorden als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Resultaten als PDF exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Uw niveau in elke dreigingscategorie</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>pen::gui::LobbyPage</name>
    <message>
        <source>Disconnect</source>
        <translation>Verbinding verbreken</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rondes:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>U speelt als %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>U speelt als %1, een team van %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Puntentelling: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Deze console is van het team: antwoorden van hier tellen voor het team, niet voor een lid.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>U antwoordt als %1: uw antwoorden tellen voor het team en worden als de uwe getoond.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Voer een plug-in uit om te zien wat hij in elke scan heeft gevonden.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Deze run heeft geen antwoorden om te tonen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarm %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>schoon %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>De scan heeft geen aanzicht.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>grondwaarheid: %1</translation>
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
        <translation>Label</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plug-in</translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation>AP@0.5</translation>
    </message>
    <message>
        <source>AP@.5:.95</source>
        <translation>AP@.5:.95</translation>
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
        <translation>Scans/u</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Detectiekans: het deel van de scans met een dreiging dat een alarm gaf</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Kans op vals alarm: het deel van de schone scans dat een alarm gaf</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Gemiddelde precisie (mAP) over de categorieën bij een overlap (IoU) van 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Gemiddelde precisie (mAP) over overlappen (IoU) van 0,5 tot 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Fouten (scan: reden):</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP per categorie, %n fout</numerusform>
            <numerusform>%1: AP per categorie, %n fouten</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Geen uitvoering om te tonen.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>niet verbonden met een server</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Plug-in registreren</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Plug-ins ophalen</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Evaluatie instellen</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Evaluatie lezen</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Ranglijst van de machines lezen</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Ranglijst van douaniers en machines lezen</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Plug-in uitvoeren</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>er wordt al een plug-in uitgevoerd</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>de server beëindigde de uitvoering zonder resultaat</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Ontwikkeling (publiek deel)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Finale (privé deel)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>In een ronde, naast de douaniers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Bibliotheek of programma</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Leverancierstoken</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Ontwikkelruns</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Finaleruns</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Plug-ins en evaluatie</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Ranglijst van de machines</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Douaniers en machines</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v van %m scans</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Plug-in registreren</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Plug-in %1 geregistreerd.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Evaluatie opgeslagen: %1 publieke en %2 privé scan(s).</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Plug-in uitvoeren</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>registreer eerst een plug-in</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 uitvoeren…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 beoordeeld: gemiddelde AP@0.5 %2, Pd %3, Pfa %4, %n fout.</numerusform>
            <numerusform>%1 beoordeeld: gemiddelde AP@0.5 %2, Pd %3, Pfa %4, %n fouten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Uitvoering geannuleerd; ze telt niet als inzending.</translation>
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
        <translation>Beeldenset &amp;openen...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>De map van een beeldenset openen</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>&amp;Vorige scan</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>Volge&amp;nde scan</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>&amp;Grondwaarheid tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Aanzicht:</translation>
    </message>
    <message>
        <source>The view of a dual-view scanner to show</source>
        <translation>Het te tonen aanzicht van een scanner met twee aanzichten</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Geen beeldenset geopend.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 openen...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>Geen beeldenset gevonden. Open er een met Bestand &gt; Beeldenset openen...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Beeldenset openen</translation>
    </message>
    <message>
        <source>%1 – PEN-Tournament</source>
        <translation>%1 – PEN-Tournament</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Deze beeldenset bevat geen scans.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>De beeldenset bevat geen scan “%1”.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 laden...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Aanzicht %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Niets te tonen.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>De beeldenset kon niet worden getoond.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Beeldensets</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Geen scan getoond.</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Toernooi</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Organisatorconsole</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>ATD-plug-in &amp;uitproberen...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Een ATD-plug-in op een oefenset uitvoeren en de kengetallen zien, zoals een evenement hem zou beoordelen</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>&amp;CT-volume openen...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>De plakken van een DICOS- of DICOM-CT-volume tonen</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>CT-volume openen</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>DICOM- en DICOS-bestanden (*.dcm *.dcs);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>MeV-materiaalklassen</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>De lineaire versneller van 4/6 MV van een vrachtportaal onderscheidt vier klassen; de doorlopende kleuren van bagagescanners gelden bij deze energieën niet.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Organisch: voedsel, hout, papier, kunststof, drugs, tabak</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Gemengd: glas, keramiek, aluminium, beton</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Staal: ijzer, staal, koper</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Zwaar metaal: tin, wolfraam, lood, uranium</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Gearceerd: niet te bepalen (dunne materie, dun zwaar metaal dat organisch lijkt, randen, ruis)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Zwart: ondoordringbaar</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1: de set heeft geen grondwaarheid om tegen te beoordelen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialDialog</name>
    <message>
        <source>Try an ATD Plugin</source>
        <translation>ATD-plug-in uitproberen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v van %m scans</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Kies een plug-in en een oefenset met grondwaarheid en voer hem uit: hij wordt beoordeeld zoals in een evenement.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 uitvoeren…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 uitgevoerd op %n scan: %2 mislukt.</numerusform>
            <numerusform>%1 uitgevoerd op %n scans: %2 mislukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 is niet uitgevoerd: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecties</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Bibliotheek (C-interface)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programma (gRPC-dienst)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>De gedeelde bibliotheek van de plug-in (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>De configuratietekst die de bibliotheek krijgt; mag leeg zijn</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Een opdracht die “listening on HOST:PORT” afdrukt, met haar argumenten</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliotheek:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuratie:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Opdracht:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Hoe de resultaten deze uitvoering noemen (standaard: de bestandsnaam)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Andere set…</translation>
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
        <translation>Plug-in:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Beeldenset:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Seconden per scan:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Geheugen per proces:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Bibliotheek van een plug-in kiezen</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Gedeelde bibliotheken (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Beeldenset met grondwaarheid kiezen</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>kies de bibliotheek van de plug-in</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>typ de opdracht die de plug-in start</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>kies een beeldenset met grondwaarheid</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Punten per deelnemer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Punten in de tijd</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minuten na %1 (servertijd)</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>De ronde kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Vind de dreiging</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Aangiftecontrole</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Vind er zoveel mogelijk</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Vals alarm</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Correcte afwijzing</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Verkeerde goederen</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Verkeerde hoeveelheid</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Verkeerd gewicht</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Niet-aangegeven goederen</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 punten per gevonden doel, −%2 per vals alarm</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, tot %1 voor snelheid</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Een markering vindt een object als haar middelpunt op het object ligt, of als ze minstens de helft van het kader van het object bedekt en hoogstens vier keer zo groot is.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Een markering vindt een object als haar middelpunt op het object ligt.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Eén markering kan meerdere objecten naast elkaar vinden.</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Goederen: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>HS-code: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Hoeveelheid: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Brutogewicht: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Oorsprong: %1</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Niet beoordeeld: deze scan heeft geen grondwaarheid</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Schoon: niets te melden (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Markeringen indienen (Enter)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Ronde beëindigen</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Ronde beëindigen</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>De ronde nu beëindigen? De scans die u nog niet hebt beantwoord, tellen als tijd verstreken.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Doorspelen</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Volgende scan (spatie)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Scan %1 van %2 laden…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scan %1 van %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Map met beeldenset openen…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Beeldensets</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>geen klok</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>na elke scan</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>aan het einde van de ronde</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>een markering moet de juiste categorie noemen</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Ronde starten</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Soort ronde:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Tijd per scan:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Tijd voor de ronde:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Puntentelling:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n scan</numerusform>
            <numerusform>%1 — %n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat library…</source>
        <translation>Dreigingsbibliotheek…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Elke soort dreiging in deze sets, uitgelegd en los getoond</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>De eigen soort ronde van de set komt eerst; andere worden aangeboden waar de set zich ervoor leent</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>uw naam, als cursisten deze pc delen</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Cursist:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Alle soorten rondes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>de scans aan mijn niveaus aanpassen</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>De doelen van elke dreigingscategorie worden op uw niveau gekozen; het stijgt na rondes waarin u er drie van de vier vindt en daalt als u er minder dan de helft vindt</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1: niveau %2 van %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Niveaus: alle categorieën beginnen bij 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveaus: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>Oefenresultaten worden niet bewaard: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Een plug-in registreren</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Hoe de ranglijsten hem noemen</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Bibliotheek (C-interface)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programma (gRPC-dienst)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>Het bestand op de server</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Voor een bibliotheek: de configuratietekst</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Voor een programma: de argumenten</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Bibliotheek of programma:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuratie:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Leverancierstoken:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Geen: alleen organisatoren voeren hem uit</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>geef de plug-in een label</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>geef de bibliotheek of het programma van de plug-in op de server op</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronde %1: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Resultaten van %1, %2. Fase: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Stand per ronde</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC: detectiepercentage tegen vals-alarmpercentage</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Vals-alarmpercentage (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Detectiepercentage (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Toeval</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>elke scan van de set</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>Dezelfde startwaarde trekt dezelfde scans</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Niets aangevinkt: elke categorie telt als doel (aangiftecontroles: de inconsistenties)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>na elke scan (oefensessies)</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>aan het einde van de ronde</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>een markering moet de juiste categorie noemen</translation>
    </message>
    <message>
        <source>Scans to draw</source>
        <translation>Te trekken scans</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Startwaarde van de trekking</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Punten per gevonden doel</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Snelheidsbonus, hoogstens</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Straf per vals alarm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Per scan</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Rondeklok</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Aftellen</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Pauze na</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>geen klok per scan</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>geen rondeklok</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Beeldenset</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Soort ronde</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Seconden per scan</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Seconden voor de ronde</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 scans)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>Klokken starten</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>met de ronde: ze eindigt voor iedereen tegelijk</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>wanneer elke deelnemer aansluit, binnen het aansluitvenster</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Hoe lang na de start van de ronde een deelnemer nog kan aansluiten; wie later komt, slaat de ronde over</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Aansluitvenster</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>bij aansluiten (venster %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>met de ronde</translation>
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
        <translation>Ronde %1</translation>
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
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licentie:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Aanzicht:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Pixelgrootte:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Goederen:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>HS-code:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Hoeveelheid:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Brutogewicht:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Oorsprong:</translation>
    </message>
    <message>
        <source>%1, %2, %3 × %4 pixels</source>
        <translation>%1, %2, %3 × %4 pixels</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Peak voltage:</source>
        <translation>Piekspanning:</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (lineaire versneller)</translation>
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
        <translation>vals alarm</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gevonden: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>gemist: %1</translation>
    </message>
    <message>
        <source>Time ran out.</source>
        <translation>De tijd is verstreken.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Gemist: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n markering op niets te melden</numerusform>
            <numerusform>%n markeringen op niets te melden</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punten: %1</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanReviewPage</name>
    <message>
        <source>Previous scan (Page Up)</source>
        <translation>Vorige scan (Page Up)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Volgende scan (Page Down)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Terug naar de score</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Uw antwoord</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Gestippeld: de grondwaarheid, groen waar u haar vond, rood waar u haar miste. Doorgetrokken: uw markeringen, oranje doorgekruist waar ze niets te melden markeerden.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>Er is geen scan beantwoord.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Scan %1 van %2 laden…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>De beeldenset bevat de scan “%1” niet meer.</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Scan %1 van %2: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Beantwoord in %1 s</translation>
    </message>
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>Scan %1 is niet op deze computer getoond en kan hier dus niet worden nagekeken.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>View %1 of %2</source>
        <translation>Aanzicht %1 van %2</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Aanzicht %1 van %2: %3</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>De scan kan niet worden getoond: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Wat is het?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>Uw markeringen</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>Druk op B en trek een kader om een verdacht gebied te markeren; Delete verwijdert de geselecteerde markering.</translation>
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
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Opnieuw oefenen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1: %2 punten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Trefferpercentage: &lt;b&gt;%1&lt;/b&gt; (%2 van %3 scans met een doel)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Vals-alarmpercentage: &lt;b&gt;%1&lt;/b&gt; (%2 van %3 schone scans)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Doelen gevonden: %1 van %2 · markeringen op niets: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Reactietijd: gemiddeld %1 s, mediaan %2 s · %n scan met verstreken tijd</numerusform>
            <numerusform>Reactietijd: gemiddeld %1 s, mediaan %2 s · %n scans met verstreken tijd</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Puntentelling: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (tijd verstreken)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Scans nakijken</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Alle scans van de ronde nog eens, met de grondwaarheid naast uw markeringen</translation>
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
        <translation>Trefferpercentage %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Vals-alarmpercentage %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Percentage %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>Er is niet op tijd een scan getoond.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Kan de schermafbeelding %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Schermafbeelding mislukt: %1</translation>
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
        <translation>De beeldshader is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatDescription</name>
    <message>
        <source>Cocaine</source>
        <translation>Cocaïne</translation>
    </message>
    <message>
        <source>Cocaine hydrochloride, a white powder, smuggled as 1 kg bricks pressed and wound in tape, as small packs, or in cargo as blocks of bricks.</source>
        <translation>Cocaïnehydrochloride, een wit poeder, gesmokkeld als geperste en met tape omwikkelde blokken van 1 kg, als kleine pakjes, of in vracht als stapels blokken.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Een organische stof (effectief atoomnummer ongeveer 7), dus oranje in de materiaalkleuren, dichter dan kleding of de meeste levensmiddelen: een egaal oranje blok met scherpe randen, de rand iets donkerder waar de tape is gewikkeld. In grijstinten is het een egaal middelgrijs blok; alleen organisch houdt het en verbergt het metaal eromheen.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Zoek naar egale oranje blokken met scherpe randen die bij niets van de verpakte inhoud passen: te dicht voor kleding, te regelmatig voor levensmiddelen. Kijk ook in wanden, bodems en goederen.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroïne</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Heroïnebase, een bruinig poeder, verpakt zoals cocaïne: geperste blokken, kleine pakjes, stapels in vracht.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Organisch, dus oranje in de materiaalkleuren, een tint lichter dan cocaïne van dezelfde dikte; blokken tonen scherpe randen, pakjes afgeronde. Alleen organisch houdt het en verbergt het metaal eromheen.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Zoek naar egale oranje blokken of groepjes afgeronde pakjes die bij niets van de verpakte inhoud eromheen passen.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Verdovende middelen</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Drugs in poedervorm, geperst of verpakt.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Organisch, dus oranje in de materiaalkleuren; verpakte drugs zijn egaler en dichter dan de meeste goederen.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Zoek naar egale oranje massa&apos;s met scherpe of afgeronde randen die bij niets van de verpakte inhoud eromheen passen.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistool</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Een halfautomatisch pistool: een stalen slede over loop en veer, een stalen magazijn in een kunststof frame en greep.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>Het staal houdt het grootste deel van de bundel tegen: donkerblauw tot zwart in de materiaalkleuren; de kunststof greep is maar zwak gekleurd. Van boven toont het de L van slede en greep; op zijn kant is het een korte donkere balk. Hoge penetratie toont loop, veer en magazijn in de donkere slede.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Zoek naar de L van slede en greep en de dichte rechthoek van het magazijn. Waar een donkere balk een pistool op zijn kant kan zijn, kijk naar het andere aanzicht.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Een mes met vast lemmet van ongeveer 28 cm: een dun stalen lemmet in een kunststof heft.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>Het lemmet is dun: plat slechts lichtblauw, op zijn kant een donkere lijn. Het heft is van kunststof en toont oranje, makkelijk over het hoofd te zien. Randversterking verscherpt de omtrek van het lemmet.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Volg lange dunne blauwe lijnen met een punt aan één uiteinde; een oranje heft aan het andere uiteinde bevestigt het.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Wapen</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Een vuurwapen, een lemmet of een onderdeel ervan.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Vooral staal: blauw tot zwart in de materiaalkleuren, met de vormen van lopen, lemmeten en veren.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Zoek naar de typische vormen van wapens tussen dichte voorwerpen; schakel naar het andere aanzicht voor voorwerpen op hun kant.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Explosief met ontsteker</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Een blok explosief op basis van RDX of TNT met een ontsteker en draden: een geïmproviseerd explosief.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>Het explosief is organisch en dicht (ongeveer 1,6 g/cm³): oranje, donkerder dan levensmiddelen van dezelfde dikte. De metalen behuizing van de ontsteker is een kleine blauwe cilinder, de draden zijn dunne blauwe lijnen die ernaartoe lopen. In grijstinten lijkt het blok op elk dicht organisch voorwerp; alleen de onderdelen samen verraden het.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Een oranje blok dat met draden aan een klein metalen onderdeel vastzit, is het patroon om te kennen. Alleen organisch toont alleen het blok, alleen anorganisch alleen de ontsteker en de draden.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Bankbiljetten</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Bundels van 100 bankbiljetten naast elkaar of op elkaar gestapeld.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>Papier is organisch en licht: lichtoranje, de bundels een rij gelijke rechthoeken met vage lijnen ertussen. Bankbiljetten bevatten geen metaal, dus alleen anorganisch verbergt ze; lage penetratie laat het lichte papier beter uitkomen.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Zoek naar rijen gelijke lichtoranje rechthoeken, regelmatiger dan documenten of boeken.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Sigaretten</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Sigaretten in sloffen van tien pakjes of in dozen van vijftig sloffen, verstopt tussen goederen of achter valse wanden.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>Tabak en papier zijn organisch en licht: oranje, in een regelmatig raster, want de kartonnen wanden van pakjes, sloffen en dozen tonen als dunne lijnen op gelijke afstand. In grijstinten is het een fijn gestreept blok.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Zoek naar een regelmatig raster van gelijke cellen licht organisch materiaal, en tel de cellen om te bepalen hoeveel het is.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Verborgen ruimte</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Een valse bodem, wand of vloer, ingebouwd in een tas, voertuig of container om er goederen achter te verbergen.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Een stalen plaat of extra paneel toont als een rechte blauwe of zwarte band waar die niet hoort: een wand dikker dan zijn tegenhanger, een dubbele vloer. De goederen erachter tonen alleen erdoorheen.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Vergelijk wanden en vloeren met elkaar: een dikkere, of een paneel langs een wand, is het teken. Hoge penetratie kijkt erdoorheen.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Niet-aangegeven textiel</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Balen polyesterstof geladen tussen de aangegeven goederen.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>Kunststofvezel is organisch: egale oranje blokken van balen, lichter dan de meeste goederen van dezelfde grootte, zonder het raster van dozen.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Zoek naar blokken waarvan textuur en dichtheid afwijken van de rest van de lading en van wat de aangifte noemt.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Lading die niet overeenkomt met haar aangifte</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>De zichtbare goederen zijn niet de aangegeven: andere goederen, een andere hoeveelheid of een ander gewicht.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>De hele lading is de bevinding: haar kleur, dichtheid en verpakking passen niet bij de aangegeven goederen (metalen onderdelen aangegeven als meubels, de helft van de aangegeven dozen, een lading veel zwaarder dan aangegeven).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Lees eerst de aangifte en vraag dan aan het beeld: zien die goederen er zo uit, zijn het er zoveel als er zouden moeten zijn, kan dit zoveel wegen?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Iets te melden</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Een voorwerp dat de ronde vraagt te melden en dat geen van de soorten hierboven is.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>De kleur verraadt het materiaal: oranje organisch, groen gemengd of licht metaal, blauw metaal, zwart te dicht om doorheen te kijken.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Zoek naar wat niet bij de rest van de inhoud hoort.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (toets %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>Zo vindt u het:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Het best te zien met:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Terug naar oefenen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dreigingsbibliotheek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Vorig voorbeeld</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Volgend voorbeeld</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n voorbeeld)</numerusform>
            <numerusform>%1 (%n voorbeelden)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Geen enkele set hier bevat zijn doelen los weergegeven. De meegeleverde demosets en sets die door deze versie zijn gegenereerd wel.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Tonen met %1</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Voorbeeld %1 van %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Het tokenbestand %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>Het tokenbestand %1 is leeg: de eerste regel moet de token zijn.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>Het tokenbestand %1 is te groot om een token te bevatten.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>Het tokenbestand %1 bevat geen token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Nieuwe token</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>De token voor &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>Dit is de enige keer dat het geheim wordt getoond: de server bewaart er alleen een hash van. Kopieer het nu en geef het via een veilig kanaal aan de houder.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Token intrekken</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>De token “%1” intrekken? Wie hem heeft, kan hem niet meer gebruiken, en hij kan niet worden hersteld.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>voor wie hij is, bijv. A. Douanier (laptop 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Token uitgeven</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Geselecteerde token intrekken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nieuwe token</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>De eigen token van een teamlid: de ranglijst toont de antwoorden van elk lid</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(speelt alleen)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>De gedeelde console van het team</translation>
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
        <translation>De server %1 is niet bereikbaar (%2). Controleer het adres en of de server draait.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>De server accepteert deze token niet: hij is onbekend of ingetrokken (%1). Vraag de organisator om een nieuwe.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Met deze token kunt u niet aan een toernooi deelnemen (%1). Gebruik de deelnemerstoken die de organisator heeft uitgegeven.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Te laat: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>De server antwoordde niet op tijd (%1). Controleer de verbinding.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>De server weigerde: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>de server heeft de stroom van het evenement gesloten</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>Scan %1 kan niet worden getoond: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>Wachten tot de organisator het evenement start</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 begint over</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>U hebt elke scan van %1 beantwoord. Wachten op het einde van de ronde.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 is bezig</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>De organisator heeft het evenement gepauzeerd</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Pauze: de volgende ronde begint over</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>Het evenement is afgelopen</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Wachten op de server</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Ronde %1: %2 (%3), %n scan</numerusform>
            <numerusform>Ronde %1: %2 (%3), %n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s per scan</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 voor de ronde</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>U hebt elke scan van %1 beantwoord. De ronde eindigt voor iedereen uiterlijk over</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>; uw klok start wanneer u de eerste scan opent (aansluiten binnen %1)</translation>
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
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>Uw resultaten: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (tijd verstreken)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Pauze: de volgende ronde begint over %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>Het evenement is afgelopen. Bedankt voor uw deelname.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 punten&lt;/b&gt;, plaats %2&lt;br&gt;Treffers %3, gemist %4, valse alarmen %5, correcte afwijzingen %6; d′ %7; gemiddelde reactietijd %8 s; %n scan met verstreken tijd</numerusform>
            <numerusform>&lt;b&gt;%1 punten&lt;/b&gt;, plaats %2&lt;br&gt;Treffers %3, gemist %4, valse alarmen %5, correcte afwijzingen %6; d′ %7; gemiddelde reactietijd %8 s; %n scans met verstreken tijd</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Scans nakijken met de grondwaarheid</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;Het evenement is afgelopen.&lt;/b&gt; U eindigde als %1 van %n deelnemer met %2 punten.</numerusform>
            <numerusform>&lt;b&gt;Het evenement is afgelopen.&lt;/b&gt; U eindigde als %1 van %n deelnemers met %2 punten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>De organisator heeft het evenement gepauzeerd. De klokken staan stil.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Uw antwoord wordt verzonden…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Verbinding verbroken: uw antwoord wordt verzonden zodra de server terug is.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>De server heeft het antwoord niet aangenomen: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Markeringen indienen (Enter)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Schoon: niets te melden (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Puntentelling: %2</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Scan %1 van %2 laden…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scan %1 van %2</translation>
    </message>
    <message>
        <source>Your last scan</source>
        <translation>Uw laatste scan</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Scan %1: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>Uw antwoord op scan %1 is door de server ontvangen.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Verbinding verbroken — opnieuw verbinden…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>of de naam van een cursist: de geschiedenis over uw oefensessies</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Rapport tonen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Cursist</translation>
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
        <translation>Alle rondes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n ronde; trefferpercentage %2 %, vals-alarmpercentage %3 %, d′ %4, da %5, gemiddelde reactie %6 s</numerusform>
            <numerusform>%1: %n rondes; trefferpercentage %2 %, vals-alarmpercentage %3 %, d′ %4, da %5, gemiddelde reactie %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Het cursistrapport als PDF exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Cursistrapport: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Afgedrukt op %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Per ronde en dreigingscategorie</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Rondes in speelvolgorde</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Percentages per ronde</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Scans nalopen</translation>
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
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Dreigingen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Reactietijd (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>De grondwaarheid is doorgetrokken getekend, de markers van de cursist gestreept.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Kies een scan om het aanzicht te zien met de grondwaarheid en de markers van de cursist.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Kies een deelnemer van deze sessie om diens rondes scan voor scan na te lopen.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Nog geen scan van deze ronde is voorbij.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Schoon</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Niet beoordeeld: deze scan heeft geen grondwaarheid</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Tijd verstreken (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Aanzicht %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Scan %1: %n marker van de cursist, %2 punten.</numerusform>
            <numerusform>Scan %1: %n markers van de cursist, %2 punten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>De scan wordt opgehaald…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>waarheid: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>marker: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>treffer: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>vals alarm: %1</translation>
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
        <translation>helderheid of contrast aangepast</translation>
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
        <translation>Viewer</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>Er wordt geen scan getoond.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>Beide aanzichten worden naast elkaar getoond.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>Er is geen markering geselecteerd.</translation>
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
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Werkelijke grootte 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Zoomen met het wieltje</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Vergrootglas</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Ander aanzicht</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Aanzichten naast elkaar</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Een verdacht gebied markeren</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>De geselecteerde markering verwijderen</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Materiaalkleur</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Grijstinten</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Lage-energiekanaal</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Hoge-energiekanaal</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Gecombineerde kanalen</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Alleen organisch</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Alleen anorganisch</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Hoge penetratie</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Lage penetratie</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Randversterking</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Superversterking</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Dichtheidsaccent</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Lichter</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Donkerder</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Meer contrast</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Minder contrast</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Gamma omhoog</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Gamma omlaag</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Beeldinstellingen terugzetten</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Deze scan heeft maar één aanzicht.</translation>
    </message>
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Kleurt alles in een band van hoge-energieverzwakking, ongeacht de materiaalkleur: dichte voorwerpen vallen op, zelfs waar dun metaal met hoge Z als gemengd of organisch wordt weergegeven.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Olijfpalet</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Verschuift het venster naar dicht materiaal. Dun lood, wolfraam of goud kan in de materiaalkleuren op licht metaal lijken, zelfs op organisch: hun absorptieranden vallen in het hoge-energiekanaal. Een klein voorwerp dat donkerder is dan zijn kleur en grootte toelaten, vraagt om deze weergave, het dichtheidsaccent en een handmatige controle.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>De materiaalkleuren van de tweede consolestijl: olijfgroen gemengd materiaal en iets roder organisch materiaal. Uit: zuiver groen gemengd materiaal. Beide lopen met het effectieve atoomnummer van oranje (organisch) tot blauw (metaal) en worden zwart waar niets doorheen komt.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>De token bevat tekens die geen enkele token heeft (stuurtekens of letters buiten ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Dit is geen PEN-Tournament-token: een token is “pen_” en 43 letters, cijfers, “-” of “_”.</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>Er is geen token: de tekst is leeg.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Hier staan meerdere tokens: geef er één, als de regel die pentournament-admin token-issue afdrukte of alleen het geheim.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>De token moet op één regel staan: de regel die pentournament-admin token-issue afdrukte, of alleen het geheim.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Hier staat meer dan een token: geef de regel die pentournament-admin token-issue afdrukte (het token-id, dan het geheim) of alleen het geheim.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>De token kan niet worden verzonden: hij bevat spaties, stuurtekens of letters buiten ASCII. Geef alleen het geheim, zoals pentournament-admin token-issue het afdrukte.</translation>
    </message>
</context>
</TS>
