<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Una scansione a energia singola ha un solo canale e quindi non può distinguere il materiale organico da quello inorganico.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Questa immagine è stata colorata da un altro sistema e non contiene canali di energia: si applicano solo luminosità, contrasto, gamma, negativo, scala di grigi e soppressione per tinta.</translation>
    </message>
</context>
<context>
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>Impossibile leggere le soglie di superamento in %1: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>Le soglie di superamento in %1 non sono leggibili: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>le soglie di %1 non sono un oggetto</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>la soglia di %1 in %2 non è un numero</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>Impossibile salvare le soglie di superamento in %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>non connesso a un server</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>il server non è raggiungibile (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>il server non accetta questo token: è sconosciuto o è stato revocato (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>questo token non consente di farlo (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>il server non ha risposto in tempo (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Elenco degli eventi</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Creazione dell&apos;evento</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Lettura dell&apos;evento</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Elenco dei set di immagini</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Caricamento del set di immagini %1</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Aggiunta del turno</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Aggiunta del partecipante</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Emissione del token</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Revoca del token</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Elenco dei token</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Controllo dell&apos;evento</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Esportazione dei risultati</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lettura del registro di audit</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Lettura del rapporto dell&apos;allievo</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Lettura della classifica</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Generazione del set di immagini %1</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>è già in corso la generazione di un set di esercitazione</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>annullato; il server non ha salvato nulla</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>il server ha terminato la generazione senza il riepilogo del set</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>Lettura delle risposte dell&apos;allievo</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>scansione %1, vista %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Scaricamento di %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>Apri il set di immagini in &lt;cartella&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Mostra prima la scansione con &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>Usa &lt;lingua&gt; (ad es. it) invece di quella del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Salva un&apos;immagine della finestra in &lt;file&gt; appena compare la scansione, poi esci.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>Esercitarsi a leggere le scansioni a raggi X e sfogliare i set di immagini con la loro verità di riferimento.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>Mostra la scansione nella vista &lt;modalità&gt;: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalità</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Modalità di vista «%1» sconosciuta; valori possibili: %2.</translation>
    </message>
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Partecipa al torneo sul server in &lt;host:porta&gt; (con --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:porta</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>Leggi il token di accesso del partecipante da &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Connettiti con TLS, considerando attendibile il certificato della CA in &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>Apri la console dell&apos;organizzatore e dell&apos;istruttore, per gestire eventi e sessioni di esercitazione su un server.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server e --token-file vanno insieme: l&apos;indirizzo del server e il file con il tuo token.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert richiede --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Apri la finestra in cui un fornitore di ATD esegue un plugin su un set di esercitazione e ne vede le metriche.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AuditLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryApTable</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
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
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Rilevamenti</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Tasso di rilevamento per categoria di minaccia</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Tasso di rilevamento %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Leggi il gruppo</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ almeno </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Imposta soglia di superamento</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Rimuovi soglia di superamento</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certificato (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Soglia di superamento per</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Lettura delle soglie di superamento</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Allievo</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>raggiunge la soglia di superamento</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>sotto la soglia di superamento</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1: d′ almeno %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>Nessuna soglia di superamento è impostata per questa sessione.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Soglie di superamento: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Salvataggio delle soglie di superamento</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Imposta una soglia di superamento, poi scegli un allievo.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Scegli un allievo.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Imposta prima una soglia di superamento.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 raggiunge ogni soglia di superamento.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 è sotto la soglia di superamento in: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Salva il certificato come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Rilascio del certificato</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 non raggiunge ogni soglia di superamento.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Certificato di formazione: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 ha raggiunto le soglie di superamento della sessione di formazione %2 in ogni categoria di minaccia qui sotto, misurate come sensibilità d′ su tutti i turni giocati.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Categoria di minaccia</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>d′ raggiunto</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Soglia di superamento (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Tasso di rilevamento (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Tasso di falsi allarmi (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Rilasciato il %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>host:porta, ad es. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>il token che ti ha dato l&apos;organizzatore</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>o un file che lo contiene</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>File del token</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>facoltativo: il certificato della CA (PEM) per una connessione cifrata</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificato della CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Partecipa a un torneo&lt;/h2&gt;&lt;p&gt;Inserisci l&apos;indirizzo del server e il token di accesso che l&apos;organizzatore ha emesso per te o per la tua squadra.&lt;/p&gt;</translation>
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
        <translation>File del token:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificato della CA:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>L&apos;indirizzo del server deve essere host:porta, ad es. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Inserisci il tuo token di accesso o scegli il file che lo contiene.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>Il token inserito non può essere usato: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>token dell&apos;organizzatore o dell&apos;istruttore</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Da file…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>nessuno: testo in chiaro su loopback</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
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
        <translation>Certificato della CA</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>File del token</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connesso: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 non contiene un token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message>
        <source>Contestant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Scans done</source>
        <translation>Scansioni svolte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>finito (%1 di %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● connesso</translation>
    </message>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ assente da %n minuto</numerusform>
            <numerusform>○ assente da %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>○ never connected</source>
        <translation>○ mai connesso</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membri della squadra</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Id del partecipante</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Aggiungi partecipante</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Nuovo agente o nuova squadra</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Per una squadra di due, indica entrambi i membri; lasciali vuoti per un singolo agente.</translation>
    </message>
    <message>
        <source>Member 1</source>
        <translation>Membro 1</translation>
    </message>
    <message>
        <source>Member 2</source>
        <translation>Membro 2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message>
        <source>End the round</source>
        <translation>Termina il turno</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Termina l&apos;evento</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>Terminare ora il turno per tutti i partecipanti? Le scansioni non ancora risposte contano come tempo scaduto.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>Terminare ora l&apos;evento per tutti i partecipanti? Dopo non si potrà giocare nessuno dei suoi turni.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Termina turno</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Termina evento</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>In pausa (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Nessun evento selezionato</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 di %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n turno previsto</numerusform>
            <numerusform>%n turni previsti</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>nessun cronometro di turno</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>nessun cronometro di turno; %1 s per scansione</translation>
    </message>
</context>
<context>
    <name>pen::gui::CtVolumeDialog</name>
    <message>
        <source>CT Volume</source>
        <translation>Volume CT</translation>
    </message>
    <message>
        <source>Slice across the belt</source>
        <translation>Sezione trasversale al nastro</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Visto dall&apos;alto</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Visto di lato</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>Piano:</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Sezione:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Finestra:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lettura di %1...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>Volume CT: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 voxel da %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Sezione %1 di %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Proiezione, ruotata attorno al nastro</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Angolo:</translation>
    </message>
    <message>
        <source>Turned %1°</source>
        <translation>Ruotata di %1°</translation>
    </message>
</context>
<context>
    <name>pen::gui::DeclarationBox</name>
    <message>
        <source>Declaration</source>
        <translation>Dichiarazione</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Pacco</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Bagaglio</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Veicolo</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Doppia energia</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Energia singola</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Immagine a colori</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Stupefacenti</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Sigarette / tabacco</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Esplosivo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Vano nascosto</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>poligono, %n punto</numerusform>
            <numerusform>poligono, %n punti</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>riquadro %1 × %2 in (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>La quota delle scansioni del set per la fase di sviluppo; il resto è riservato alla finale</translation>
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
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Set di immagini:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Quota pubblica:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Invii di sviluppo:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Invii finali:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Secondi per scansione:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Memoria per processo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n scansione)</numerusform>
            <numerusform>%1 (%n scansioni)</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluation is set up for this event yet.</source>
        <translation>Per questo evento non è ancora impostata alcuna valutazione.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>In vigore: %1 scansione/i pubblica/he per lo sviluppo, %2 privata/e per la finale; %3 e %4 invio/i per plugin.</translation>
    </message>
</context>
<context>
    <name>pen::gui::EventsPanel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Esercitazione</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>ad es. PEN-Tournament Evento 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Mostra ai partecipanti la verità di riferimento dopo ogni turno</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Sessione di esercitazione (istruttori)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Crea evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC: oggetti trovati rispetto ai falsi positivi per scansione</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Falsi positivi per scansione</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilità</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Genera un set di esercitazione</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>lettere, cifre, «-» e «_»</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>quante ne prevede il preset</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>Lo stesso seme e le stesse impostazioni danno lo stesso set.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>La quota di scansioni che ricevono una minaccia proiettata (Threat Image Projection, TIP). 0 con un mix vuoto: nessuna minaccia proiettata.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>vuoto: tutte le categorie in ugual misura; ad es. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v di %m scansioni</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nome sul server</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scansioni</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>Tasso TIP</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>Mix di categorie TIP</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>l&apos;elemento «%1» del mix TIP non è CATEGORIA=PESO (ad es. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>l&apos;elemento «%1» del mix TIP richiede un peso di 0 o più</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>il mix TIP «%1» richiede almeno un peso maggiore di 0</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>il nome del set «%1» non è consentito: usa da 1 a 64 lettere, cifre, «-» o «_»</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Non generato: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Generazione di %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 salvato: %2 scansioni, %3 oggetti</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>pen::gui::GlPipelineRenderer</name>
    <message>
        <source>OpenGL 3.3 is not available.</source>
        <translation>OpenGL 3.3 non è disponibile.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>Gli shader di esaltazione non sono riusciti: %1</translation>
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
        <translation>non in questa vista</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Region (pixels)</source>
        <translation>Regione (pixel)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Massa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>pen::gui::HistoryChart</name>
    <message>
        <source>Your practice rounds</source>
        <translation>I tuoi turni di esercitazione</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classifica</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Set di immagini</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Trainee reports</source>
        <translation>Rapporti degli allievi</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Turno aggiunto.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Partecipante aggiunto.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Set di immagini %1 caricato.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Token emesso per %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connesso a %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Connesso a %1: %n evento da gestire.</numerusform>
            <numerusform>Connesso a %1: %n eventi da gestire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connesso: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Evento %1 creato.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Set di esercitazione %1 generato.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Generazione di un set di esercitazione</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Macchine</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Eventi seguiti</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Gruppo</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Istruttore</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>Fornitore di ATD</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Rilevamenti</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Falsi allarmi</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasso di rilevamento</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Tasso di falsi allarmi</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Tempo medio (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Mean response (s)</source>
        <translation>Risposta media (s)</translation>
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
        <translation>Macchina</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Agente o macchina</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasso di rilevamento</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Tasso di falsi allarmi</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Tempo mediano (s)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Turno:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ImageSetsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scansioni</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 del manifesto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>lettere, cifre, «-» e «_»</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Carica la cartella di un set di immagini</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nome sul server</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Cartella del set di immagini</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Caricamento di %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 salvato: %2 scansioni, %3 oggetti</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Caricamento non riuscito: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Nessun evento seguito</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Esporta rapporto PDF…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>La classifica in diretta si è fermata: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>%1 seguito in diretta</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>In diretta: ultimo aggiornamento %1 (ora del server)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Esporta le risposte come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Esporta i risultati come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Il tuo livello in ogni categoria di minaccia</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
</context>
<context>
    <name>pen::gui::LobbyPage</name>
    <message>
        <source>Disconnect</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Turni:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>Giochi come %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>Giochi come %1, una squadra di %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Punteggio: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Questa console è della squadra: le risposte date da qui contano per la squadra, non per un membro.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>Rispondi come %1: le tue risposte contano per la squadra e compaiono come tue.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Esegui un plugin per vedere che cosa ha trovato in ogni scansione.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Questa esecuzione non ha risposte da mostrare.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>non riuscita: %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>allarme %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>pulito %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>La scansione non ha alcuna vista.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>verità di riferimento: %1</translation>
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
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
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
        <translation>Scansioni/h</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Errori</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Probabilità di rilevamento: la quota di scansioni con una minaccia che hanno dato un allarme</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Probabilità di falso allarme: la quota di scansioni pulite che hanno dato un allarme</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Precisione media (mAP) sulle categorie con una sovrapposizione (IoU) di 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Precisione media (mAP) su sovrapposizioni (IoU) da 0,5 a 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Errori (scansione: motivo):</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP per categoria, %n errore</numerusform>
            <numerusform>%1: AP per categoria, %n errori</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Nessuna esecuzione da mostrare.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>non connesso a un server</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrazione del plugin</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Elenco dei plugin</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Configurazione della valutazione</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Lettura della valutazione</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Lettura della classifica delle macchine</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Lettura della classifica di agenti e macchine</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Esecuzione del plugin</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>un plugin è già in esecuzione</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>il server ha terminato l&apos;esecuzione senza il suo risultato</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Sviluppo (parte pubblica)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Finale (parte privata)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>In un turno, accanto agli agenti</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Libreria o programma</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Token del fornitore</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Esecuzioni di sviluppo</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Esecuzioni finali</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Plugin e valutazione</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Classifica delle macchine</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Agenti e macchine</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v di %m scansioni</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrazione del plugin</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Plugin %1 registrato.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Valutazione salvata: %1 scansione/i pubblica/he e %2 privata/e.</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Esecuzione del plugin</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>registra prima un plugin</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Esecuzione di %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 valutato: AP@0.5 media %2, Pd %3, Pfa %4, %n errore.</numerusform>
            <numerusform>%1 valutato: AP@0.5 media %2, Pd %3, Pfa %4, %n errori.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Esecuzione annullata; non conta come invio.</translation>
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
        <translation>&amp;Apri set di immagini...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>Apri la cartella di un set di immagini</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>Scansione &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>Scansione &amp;successiva</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>Mostra la &amp;verità di riferimento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>The view of a dual-view scanner to show</source>
        <translation>La vista da mostrare di uno scanner a doppia vista</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Nessun set di immagini aperto.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Apertura di %1...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>Nessun set di immagini trovato. Aprine uno con File &gt; Apri set di immagini...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Apri set di immagini</translation>
    </message>
    <message>
        <source>%1 – PEN-Tournament</source>
        <translation>%1 – PEN-Tournament</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scansione</numerusform>
            <numerusform>%n scansioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aperto</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Questo set di immagini non contiene scansioni.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>Il set di immagini non contiene la scansione «%1».</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Caricamento di %1...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scansione %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Niente da mostrare.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>Impossibile mostrare il set di immagini.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Esercitazione</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Set di immagini</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Nessuna scansione mostrata.</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Console dell&apos;organizzatore</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>&amp;Prova un plugin ATD...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Esegui un plugin ATD su un set di esercitazione e vedine le metriche, come le valuterebbe un evento</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>Apri volume &amp;CT...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>Mostra le sezioni di un volume CT DICOS o DICOM</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>Apri volume CT</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>File DICOM e DICOS (*.dcm *.dcs);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>Classi di materiale MeV</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>L&apos;acceleratore lineare a 4/6 MV di un portale per merci distingue quattro classi; i colori continui degli scanner per bagagli non valgono a queste energie.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Organico: alimenti, legno, carta, plastica, droghe, tabacco</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Misto: vetro, ceramica, alluminio, calcestruzzo</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Acciaio: ferro, acciaio, rame</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Metallo pesante: stagno, tungsteno, piombo, uranio</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Tratteggiato: non determinabile (materia sottile, metallo pesante sottile che sembra organico, bordi, rumore)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Nero: impenetrabile</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1: il set non ha una verità di riferimento con cui valutare</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialDialog</name>
    <message>
        <source>Try an ATD Plugin</source>
        <translation>Prova un plugin ATD</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v di %m scansioni</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Scegli un plugin e un set di esercitazione con verità di riferimento, poi eseguilo: viene valutato come in un evento.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Esecuzione di %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 eseguito su %n scansione: %2 non riuscite.</numerusform>
            <numerusform>%1 eseguito su %n scansioni: %2 non riuscite.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 non è stato eseguito: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punteggi</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Rilevamenti</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Libreria (interfaccia C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programma (servizio gRPC)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>La libreria condivisa del plugin (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>Il testo di configurazione passato alla libreria; può essere vuoto</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Un comando che stampa «listening on HOST:PORT», con i suoi argomenti</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Libreria:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configurazione:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Come i risultati chiamano questa esecuzione (predefinito: il nome del file)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Altro set…</translation>
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
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Set di immagini:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Secondi per scansione:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Memoria per processo:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Scegli la libreria di un plugin</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Librerie condivise (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Scegli un set di immagini con verità di riferimento</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>scegli la libreria del plugin</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>digita il comando che avvia il plugin</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>scegli un set di immagini con verità di riferimento</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Punti per partecipante</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Punti nel tempo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minuti dopo %1 (ora del server)</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>Impossibile salvare il turno: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Trova la minaccia</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Controllo della dichiarazione</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Trovane il più possibile</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Rilevamento</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Mancato</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Falso allarme</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Rifiuto corretto</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Merce errata</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Quantità errata</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Peso errato</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Merce non dichiarata</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 punti per obiettivo trovato, −%2 per falso allarme</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, fino a %1 per la rapidità</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Una marcatura trova un oggetto quando il suo centro è sull&apos;oggetto, oppure quando copre almeno metà del riquadro dell&apos;oggetto e non supera quattro volte la sua dimensione.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Una marcatura trova un oggetto quando il suo centro è sull&apos;oggetto.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Una sola marcatura può trovare più oggetti affiancati.</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Merce: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>Codice SA: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Quantità: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Peso lordo: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine: %1</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Non valutata: questa scansione non ha una verità di riferimento</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Pulita: nulla da segnalare (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Invia marcature (Invio)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Termina turno</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Termina il turno</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>Terminare ora il turno? Le scansioni a cui non hai ancora risposto contano come tempo scaduto.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Continua a giocare</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Scansione successiva (Spazio)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Caricamento della scansione %1 di %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scansione %1 di %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Apri cartella del set di immagini…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Set di immagini</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>nessun cronometro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>dopo ogni scansione</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>alla fine del turno</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>una marcatura deve indicare la categoria giusta</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Avvia turno</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Tipo di turno:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Tempo per scansione:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Tempo per il turno:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Correzione:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Punteggio:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n scansione</numerusform>
            <numerusform>%1 — %n scansioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat library…</source>
        <translation>Libreria delle minacce…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Ogni tipo di minaccia di questi set, spiegato e mostrato da solo</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>Il tipo di turno proprio del set viene prima; gli altri sono proposti dove il set si presta</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>il tuo nome, se più allievi condividono questo PC</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Allievo:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Tutti i tipi di turno</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Storico:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>adatta le scansioni ai miei livelli</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>Gli obiettivi di ogni categoria di minaccia sono scelti al tuo livello, che sale dopo i turni in cui ne trovi tre su quattro e scende quando ne trovi meno della metà</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1: livello %2 di %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Livelli: tutte le categorie partono da 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Livelli: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Livelli</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>I risultati dell&apos;esercitazione non verranno conservati: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Registra un plugin</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Come lo chiamano le classifiche</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Libreria (interfaccia C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programma (servizio gRPC)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>Il suo file sul server</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Per una libreria: il testo di configurazione</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Per un programma: i suoi argomenti</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Libreria o programma:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configurazione:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Token del fornitore:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Nessuno: lo eseguono solo gli organizzatori</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>dai un&apos;etichetta al plugin</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>indica la libreria o il programma del plugin sul server</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Turno %1: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Risultati di %1, %2. Fase: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classifica</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Classifica per turno</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC: tasso di rilevamento rispetto al tasso di falsi allarmi</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Tasso di falsi allarmi (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Tasso di rilevamento (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Caso</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>ogni scansione del set</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>Lo stesso seme estrae le stesse scansioni</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Nessuna spuntata: ogni categoria conta come obiettivo (controlli della dichiarazione: le incongruenze)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>dopo ogni scansione (sessioni di esercitazione)</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>alla fine del turno</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>una marcatura deve indicare la categoria giusta</translation>
    </message>
    <message>
        <source>Scans to draw</source>
        <translation>Scansioni da estrarre</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Seme dell&apos;estrazione</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Punti per obiettivo trovato</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Bonus di rapidità, al massimo</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Penalità per falso allarme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scansioni</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Per scansione</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Cronometro del turno</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Intervallo dopo</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>nessun cronometro per scansione</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>nessun cronometro di turno</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Aggiungi turno</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nuovo turno</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Set di immagini</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Tipo di turno</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Secondi per scansione</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Secondi del turno</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 scansioni)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>I cronometri partono</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>con il turno: finisce per tutti nello stesso momento</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>quando ogni partecipante entra, entro la finestra di ingresso</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Quanto tempo dopo l&apos;inizio del turno un partecipante può ancora entrare; chi arriva dopo salta il turno</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Finestra di ingresso</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>all&apos;ingresso (finestra %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>con il turno</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanClockBar</name>
    <message>
        <source>Scan %1</source>
        <translation>Scansione %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Turno %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanDetailsPanel</name>
    <message>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenza:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Dimensione pixel:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Dichiarazione</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Merce:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>Codice SA:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantità:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Peso lordo:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine:</translation>
    </message>
    <message>
        <source>%1, %2, %3 × %4 pixels</source>
        <translation>%1, %2, %3 × %4 pixel</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Peak voltage:</source>
        <translation>Tensione di picco:</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (acceleratore lineare)</translation>
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
        <translation>falso allarme</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>trovato: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>mancato: %1</translation>
    </message>
    <message>
        <source>Time ran out.</source>
        <translation>Tempo scaduto.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trovati: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Mancati: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n marcatura su nulla da segnalare</numerusform>
            <numerusform>%n marcature su nulla da segnalare</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punti: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanListModel</name>
    <message>
        <source>hidden</source>
        <translation>nascosto</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanReviewPage</name>
    <message>
        <source>Previous scan (Page Up)</source>
        <translation>Scansione precedente (Pag su)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Scansione successiva (Pag giù)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Torna al punteggio</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Tratteggiato: la verità di riferimento, in verde dove l&apos;hai trovata, in rosso dove l&apos;hai mancata. Continuo: le tue marcature, barrate in arancione dove non marcavano nulla da segnalare.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>Nessuna scansione ha avuto risposta.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Caricamento della scansione %1 di %2…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>Il set di immagini non contiene più la scansione «%1».</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Scansione %1 di %2: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Risposta in %1 s</translation>
    </message>
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>La scansione %1 non è stata mostrata su questo computer, quindi non può essere rivista qui.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>View %1 of %2</source>
        <translation>Vista %1 di %2</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Vista %1 di %2: %3</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>Impossibile mostrare la scansione: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Che cos&apos;è?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>Le tue marcature</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>Premi B e trascina un riquadro per marcare una regione sospetta; Canc rimuove la marcatura selezionata.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScorePage</name>
    <message>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovati</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Mancati</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Esercitati di nuovo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1: %2 punti&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Tasso di rilevamento: &lt;b&gt;%1&lt;/b&gt; (%2 di %3 scansioni con un obiettivo)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Tasso di falsi allarmi: &lt;b&gt;%1&lt;/b&gt; (%2 di %3 scansioni pulite)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Obiettivi trovati: %1 di %2 · marcature su nulla: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Tempo di risposta: media %1 s, mediana %2 s · %n scansione con tempo scaduto</numerusform>
            <numerusform>Tempo di risposta: media %1 s, mediana %2 s · %n scansioni con tempo scaduto</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Punteggio: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (tempo scaduto)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Rivedi le scansioni</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Tutte le scansioni del turno di nuovo, con la verità di riferimento accanto alle tue marcature</translation>
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
        <translation>Tasso di rilevamento %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Tasso di falsi allarmi %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tasso %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>Nessuna scansione è stata mostrata in tempo.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossibile scrivere lo screenshot %1.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Screenshot non riuscito: %1</translation>
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
        <translation>Lo shader dell&apos;immagine non è riuscito: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatDescription</name>
    <message>
        <source>Cocaine</source>
        <translation>Cocaina</translation>
    </message>
    <message>
        <source>Cocaine hydrochloride, a white powder, smuggled as 1 kg bricks pressed and wound in tape, as small packs, or in cargo as blocks of bricks.</source>
        <translation>Cloridrato di cocaina, una polvere bianca, contrabbandata in panetti da 1 kg pressati e avvolti nel nastro, in piccole confezioni o, nelle merci, in blocchi di panetti.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Una sostanza organica (numero atomico efficace circa 7), quindi arancione nei colori materiale, più densa degli indumenti o della maggior parte degli alimenti: un blocco arancione uniforme dai bordi netti, con il contorno un po&apos; più scuro dove è avvolto il nastro. In scala di grigi è un blocco grigio medio uniforme; solo organico lo mantiene e nasconde il metallo intorno.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Cerca blocchi arancioni uniformi dai bordi netti che non corrispondono a nulla di ciò che è imballato: troppo densi per indumenti, troppo regolari per alimenti. Guarda anche dentro pareti, fondi e merci.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Eroina</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Eroina base, una polvere brunastra, confezionata come la cocaina: panetti pressati, piccole confezioni, blocchi nelle merci.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Organica, quindi arancione nei colori materiale, di una tonalità più chiara della cocaina dello stesso spessore; i panetti mostrano bordi netti, le confezioni bordi arrotondati. Solo organico la mantiene e nasconde il metallo intorno.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Cerca blocchi arancioni uniformi o gruppi di confezioni arrotondate che non corrispondono a nulla di ciò che è imballato intorno.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Stupefacenti</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Droghe in polvere, pressate o confezionate.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Organiche, quindi arancioni nei colori materiale; le droghe confezionate sono più uniformi e dense della maggior parte delle merci.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Cerca masse arancioni uniformi dai bordi netti o arrotondati che non corrispondono a nulla di ciò che è imballato intorno.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistola</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Una pistola semiautomatica: un carrello d&apos;acciaio su canna e molla, un caricatore d&apos;acciaio in un fusto e un&apos;impugnatura in polimero.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>L&apos;acciaio ferma gran parte del fascio: da blu scuro a nero nei colori materiale; l&apos;impugnatura in polimero è appena colorata. Vista dall&apos;alto mostra la L di carrello e impugnatura; di taglio è una corta barra scura. L&apos;alta penetrazione mostra canna, molla e caricatore dentro il carrello scuro.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Cerca la L di carrello e impugnatura e il rettangolo denso del caricatore. Dove una barra scura potrebbe essere una pistola di taglio, guarda l&apos;altra vista.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Coltello</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Un coltello a lama fissa di circa 28 cm: una sottile lama d&apos;acciaio in un manico di plastica.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>La lama è sottile: solo azzurra se piatta, una linea scura di taglio. Il manico è di plastica e appare arancione, facile da non notare. L&apos;esaltazione dei contorni rende più netto il profilo della lama.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Segui lunghe linee blu sottili con una punta a un&apos;estremità; un manico arancione all&apos;altra estremità lo conferma.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Un&apos;arma da fuoco, una lama o una parte di esse.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Soprattutto acciaio: da blu a nero nei colori materiale, con le forme di canne, lame e molle.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Cerca le forme tipiche delle armi tra gli oggetti densi; passa all&apos;altra vista per gli oggetti di taglio.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Esplosivo con detonatore</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Un blocco di esplosivo a base di RDX o TNT con un detonatore e dei fili: un ordigno esplosivo improvvisato.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>L&apos;esplosivo è organico e denso (circa 1,6 g/cm³): arancione, più scuro di alimenti dello stesso spessore. L&apos;involucro metallico del detonatore è un piccolo cilindro blu, i fili sottili linee blu che vi conducono. In scala di grigi il blocco sembra un qualsiasi oggetto organico denso; solo l&apos;insieme delle parti lo tradisce.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Un blocco arancione collegato con fili a una piccola parte metallica è lo schema da conoscere. Solo organico mostra solo il blocco, solo inorganico solo il detonatore e i fili.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Banconote</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Mazzette da 100 banconote affiancate o impilate.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>La carta è organica e leggera: arancione pallido, le mazzette una fila di rettangoli uguali con linee tenui tra loro. Le banconote non contengono metallo, quindi solo inorganico le nasconde; la bassa penetrazione fa risaltare la carta leggera.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Cerca file di rettangoli uguali arancione pallido, più regolari di documenti o libri.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Sigarette</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Sigarette in stecche da dieci pacchetti o in casse da cinquanta stecche, nascoste tra le merci o dietro false pareti.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>Tabacco e carta sono organici e leggeri: arancioni, in una griglia regolare, perché le pareti di cartone di pacchetti, stecche e casse appaiono come linee sottili a passo costante. In scala di grigi è un blocco a righe sottili.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Cerca una griglia regolare di celle uguali di materiale organico leggero, e conta le celle per stabilire quanto ce n&apos;è.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Vano nascosto</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Un doppio fondo, una falsa parete o un falso pavimento ricavato in una borsa, un veicolo o un container per nascondervi dietro delle merci.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Una lamiera d&apos;acciaio o un pannello in più appare come una fascia dritta blu o nera dove non dovrebbe esserci: una parete più spessa della sua gemella, un doppio pavimento. Le merci dietro si vedono solo attraverso di essa.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Confronta pareti e pavimenti tra loro: uno più spesso, o un pannello lungo una parete, è il segnale. L&apos;alta penetrazione vi guarda attraverso.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Tessili non dichiarati</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Balle di tessuto di poliestere caricate tra le merci dichiarate.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>La fibra sintetica è organica: blocchi arancioni uniformi di balle, più leggeri della maggior parte delle merci della stessa dimensione, senza la griglia dei cartoni.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Cerca blocchi la cui trama e densità differiscono dal resto del carico e da ciò che indica la dichiarazione.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Carico non conforme alla sua dichiarazione</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>Le merci visibili non sono quelle dichiarate: altre merci, un&apos;altra quantità o un altro peso.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>È l&apos;intero carico il riscontro: il suo colore, la densità e l&apos;imballaggio non corrispondono alle merci dichiarate (parti metalliche dichiarate come mobili, metà dei cartoni dichiarati, un carico molto più pesante del dichiarato).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Leggi prima la dichiarazione, poi chiedi all&apos;immagine: quelle merci hanno questo aspetto, ce ne sono quante dovrebbero, questo potrebbe pesare tanto?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Qualcosa da segnalare</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Un oggetto che il turno chiede di segnalare e che non è di nessuno dei tipi precedenti.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>Il colore ne indica il materiale: arancione organico, verde misto o metallo leggero, blu metallo, nero troppo denso da attraversare con lo sguardo.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Cerca ciò che non si accorda con il resto del contenuto.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tasto %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>Come trovarlo:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Si vede meglio con:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Torna all&apos;esercitazione</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Libreria delle minacce&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Esempio precedente</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Esempio successivo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n esempio)</numerusform>
            <numerusform>%1 (%n esempi)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Nessun set qui contiene i propri obiettivi resi da soli. I set dimostrativi inclusi e quelli generati da questa versione sì.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Mostralo con %1</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Esempio %1 di %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Impossibile leggere il file del token %1: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>Il file del token %1 è vuoto: la sua prima riga deve essere il token.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>Il file del token %1 è troppo grande per contenere un token.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>Il file del token %1 non contiene un token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Nuovo token</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Il token per &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>È l&apos;unica volta in cui il segreto viene mostrato: il server ne conserva solo un hash. Copialo ora e consegnalo al suo titolare tramite un canale sicuro.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Revoca il token</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>Revocare il token «%1»? Chi lo possiede non potrà più usarlo, e non può essere ripristinato.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>a chi è destinato, ad es. A. Agente (portatile 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Emetti token</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Revoca il token selezionato</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuovo token</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>Il token personale di un membro della squadra: la classifica mostra le risposte di ogni membro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(gioca da solo)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>La console condivisa della squadra</translation>
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
        <translation>Il server %1 non è raggiungibile (%2). Controlla l&apos;indirizzo e che il server sia in funzione.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>Il server non accetta questo token: è sconosciuto o è stato revocato (%1). Chiedine uno nuovo all&apos;organizzatore.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Questo token non consente di giocare in un torneo (%1). Usa il token da partecipante emesso dall&apos;organizzatore.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Troppo tardi: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>Il server non ha risposto in tempo (%1). Controlla la connessione.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Il server ha rifiutato: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>il server ha chiuso il flusso dell&apos;evento</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>Impossibile mostrare la scansione %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>In attesa che l&apos;organizzatore avvii l&apos;evento</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 inizia tra</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>Hai risposto a tutte le scansioni di %1. In attesa della fine del turno.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 è in corso</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>L&apos;organizzatore ha messo in pausa l&apos;evento</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Intervallo: il prossimo turno inizia tra</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>L&apos;evento è terminato</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>In attesa del server</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Turno %1: %2 (%3), %n scansione</numerusform>
            <numerusform>Turno %1: %2 (%3), %n scansioni</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s per scansione</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 per il turno</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>Hai risposto a tutte le scansioni di %1. Il turno finisce per tutti al più tardi tra</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>; il tuo cronometro parte quando apri la prima scansione (ingresso entro %1)</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentResultsPage</name>
    <message>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcature</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>I tuoi risultati: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (tempo scaduto)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Intervallo: il prossimo turno inizia tra %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>L&apos;evento è terminato. Grazie per la partecipazione.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 punti&lt;/b&gt;, posizione %2&lt;br&gt;Rilevamenti %3, mancati %4, falsi allarmi %5, rifiuti corretti %6; d′ %7; tempo medio di risposta %8 s; %n scansione con tempo scaduto</numerusform>
            <numerusform>&lt;b&gt;%1 punti&lt;/b&gt;, posizione %2&lt;br&gt;Rilevamenti %3, mancati %4, falsi allarmi %5, rifiuti corretti %6; d′ %7; tempo medio di risposta %8 s; %n scansioni con tempo scaduto</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Rivedi le scansioni con la verità di riferimento</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tu)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;L&apos;evento è terminato.&lt;/b&gt; Hai concluso %1 su %n partecipante con %2 punti.</numerusform>
            <numerusform>&lt;b&gt;L&apos;evento è terminato.&lt;/b&gt; Hai concluso %1 su %n partecipanti con %2 punti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>L&apos;organizzatore ha messo in pausa l&apos;evento. I cronometri sono fermi.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Invio della tua risposta…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Connessione persa: la tua risposta sarà inviata appena il server tornerà disponibile.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>Il server non ha accettato la risposta: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Invia marcature (Invio)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Pulita: nulla da segnalare (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Punteggio: %2</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Caricamento della scansione %1 di %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scansione %1 di %2</translation>
    </message>
    <message>
        <source>Your last scan</source>
        <translation>La tua ultima scansione</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Scansione %1: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>La tua risposta alla scansione %1 è stata ricevuta dal server.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connessione persa — riconnessione…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>o il nome di un allievo: il suo storico nelle tue sessioni di esercitazione</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Mostra rapporto</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Allievo</translation>
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
        <translation>Tutti i turni</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n turno; tasso di rilevamento %2 %, tasso di falsi allarmi %3 %, d′ %4, da %5, risposta media %6 s</numerusform>
            <numerusform>%1: %n turni; tasso di rilevamento %2 %, tasso di falsi allarmi %3 %, d′ %4, da %5, risposta media %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Esporta il rapporto dell&apos;allievo come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Rapporto dell&apos;allievo: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Stampato il %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Per turno e categoria di minaccia</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Turni in ordine di gioco</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Tassi per turno</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Revisione delle scansioni</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReviewPanel</name>
    <message>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Minacce</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcature</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Risposta (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>La verità di riferimento è disegnata a tratto pieno, le marcature dell&apos;allievo tratteggiate.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Scegliete una scansione per vederne la vista con la verità di riferimento e le marcature dell&apos;allievo.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Scegliete un partecipante di questa sessione per rivederne i turni scansione per scansione.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Nessuna scansione di questo turno è ancora conclusa.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Pulito</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Non valutata: questa scansione non ha una verità di riferimento</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Tempo scaduto (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Scansione %1: %n marcatura dell&apos;allievo, %2 punti.</numerusform>
            <numerusform>Scansione %1: %n marcature dell&apos;allievo, %2 punti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>Scaricamento della scansione…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>verità: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>marcatura: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>rilevamento: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>falso allarme: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerKeypad</name>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>brightness or contrast adjusted</source>
        <translation>luminosità o contrasto regolati</translation>
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
        <translation>Visualizzatore</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>Nessuna scansione mostrata.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>Le due viste sono mostrate affiancate.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>Nessuna marcatura selezionata.</translation>
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
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Adatta alla finestra</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Dimensione reale 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Zoom con la rotellina</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lente</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Cambia vista</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Viste affiancate</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Marca una regione sospetta</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Elimina la marcatura selezionata</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Colore materiale</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Scala di grigi</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Canale a bassa energia</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Canale ad alta energia</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Canali fusi</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Solo organico</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Solo inorganico</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Alta penetrazione</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Bassa penetrazione</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Esaltazione dei contorni</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Super esaltazione</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Evidenziazione della densità</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Più chiaro</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Più scuro</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Più contrasto</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Meno contrasto</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Gamma su</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Gamma giù</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Ripristina i controlli dell&apos;immagine</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Questa scansione ha una sola vista.</translation>
    </message>
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Colora tutto ciò che cade in una banda di attenuazione ad alta energia, qualunque sia il suo colore materiale: gli oggetti densi risaltano anche dove un metallo sottile ad alto Z appare misto o organico.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Tavolozza oliva</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Sposta la finestra verso il materiale denso. Piombo, tungsteno o oro sottili possono sembrare metallo leggero, perfino organico, nei colori materiale: i loro bordi di assorbimento cadono nel canale ad alta energia. Un piccolo oggetto più scuro di quanto consentano il suo colore e la sua dimensione richiede questa vista, l&apos;evidenziazione della densità e una perquisizione manuale.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>I colori materiale del secondo stile di console: materiale misto verde oliva e materiale organico leggermente più rosso. Disattivata: materiale misto verde puro. Entrambe vanno dall&apos;arancione (organico) al blu (metallo) secondo il numero atomico efficace e diventano nere dove non passa nulla.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>Il token contiene caratteri che nessun token ha (caratteri di controllo o lettere non ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Questo non è un token PEN-Tournament: un token è «pen_» seguito da 43 lettere, cifre, «-» o «_».</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>Non c&apos;è nessun token: il testo è vuoto.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Qui ci sono più token: indicane uno, come la riga stampata da pentournament-admin token-issue o il solo segreto.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>Il token deve stare su una riga: la riga stampata da pentournament-admin token-issue, o il solo segreto.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Qui c&apos;è più di un token: indica la riga stampata da pentournament-admin token-issue (l&apos;id del token, poi il segreto) o il solo segreto.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>Il token non può essere inviato: contiene spazi, caratteri di controllo o lettere non ASCII. Indica il solo segreto, come lo ha stampato pentournament-admin token-issue.</translation>
    </message>
</context>
</TS>
