<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Skan jednoenergetyczny ma tylko jeden kanał, więc nie odróżnia materii organicznej od nieorganicznej.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Ten obraz został pokolorowany przez inny system i nie zawiera kanałów energii: działają tylko jasność, kontrast, gamma, negatyw, skala szarości i usuwanie według odcienia.</translation>
    </message>
</context>
<context>
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>Nie można odczytać progów zaliczenia w %1: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>Progi zaliczenia w %1 są nieczytelne: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>to nie jest obiekt JSON</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>progi dla %1 nie są obiektem</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>próg dla %1 w %2 nie jest liczbą</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>Nie można zapisać progów zaliczenia w %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>brak połączenia z serwerem</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>serwer jest nieosiągalny (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>serwer nie akceptuje tego tokenu: jest nieznany lub został unieważniony (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>ten token na to nie pozwala (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>serwer nie odpowiedział na czas (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Pobieranie listy wydarzeń</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Tworzenie wydarzenia</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Odczyt wydarzenia</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Pobieranie listy zestawów obrazów</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Wysyłanie zestawu obrazów %1</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Dodawanie rundy</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Dodawanie uczestnika</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Wydawanie tokenu</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Unieważnianie tokenu</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Pobieranie listy tokenów</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Sterowanie wydarzeniem</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Eksport wyników</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Odczyt dziennika audytu</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Odczyt raportu kursanta</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Odczyt rankingu</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Generowanie zestawu obrazów %1</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>zestaw treningowy jest już generowany</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>anulowano; serwer niczego nie zapisał</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>serwer zakończył generowanie bez podsumowania zestawu</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>Odczyt odpowiedzi kursanta</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>skan %1, widok %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Pobieranie %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>Otwórz zestaw obrazów z &lt;katalog&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Najpierw pokaż skan o identyfikatorze &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>Użyj języka &lt;język&gt; (np. pl) zamiast języka systemu.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Zapisz obraz okna do &lt;plik&gt;, gdy tylko pojawi się skan, i zakończ.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>Trening odczytu skanów rentgenowskich i przeglądanie zestawów obrazów z ich prawdą referencyjną.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>Pokaż skan w widoku &lt;tryb&gt;: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>tryb</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Nieznany tryb widoku „%1”; dostępne: %2.</translation>
    </message>
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Dołącz do turnieju na serwerze &lt;host:port&gt; (z --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>Odczytaj token dostępu uczestnika z &lt;plik&gt;.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Połącz przez TLS, ufając certyfikatowi CA z &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>Otwórz konsolę organizatora i instruktora, aby prowadzić wydarzenia i sesje treningowe na serwerze.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server i --token-file idą w parze: adres serwera i plik z Twoim tokenem.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert wymaga --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Otwórz okno, w którym dostawca ATD uruchamia wtyczkę na zestawie treningowym i widzi jej metryki.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AuditLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryApTable</name>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
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
        <translation>Obiekty</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detekcje</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Odsetek trafień według kategorii zagrożenia</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Odsetek trafień %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Wczytaj grupę</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ co najmniej </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Ustaw próg zaliczenia</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Usuń próg zaliczenia</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certyfikat (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Próg zaliczenia dla</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Odczyt progów zaliczenia</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Kursant</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>osiąga próg zaliczenia</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>poniżej progu zaliczenia</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1: d′ co najmniej %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>Dla tej sesji nie ustawiono progów zaliczenia.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Progi zaliczenia: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Zapis progów zaliczenia</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Ustaw próg zaliczenia, a następnie wybierz kursanta.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Wybierz kursanta.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Najpierw ustaw próg zaliczenia.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 osiąga każdy próg zaliczenia.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 jest poniżej progu zaliczenia w: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Zapisz certyfikat jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Wystawianie certyfikatu</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 nie osiąga każdego progu zaliczenia.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Certyfikat szkolenia: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 osiągnął progi zaliczenia sesji szkoleniowej %2 w każdej kategorii zagrożenia poniżej, mierzone czułością d′ we wszystkich rozegranych rundach.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Kategoria zagrożenia</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>osiągnięte d′</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Próg zaliczenia (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Odsetek trafień (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Odsetek fałszywych alarmów (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Wystawiono %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>host:port, np. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>token otrzymany od organizatora</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>lub plik, który go zawiera</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Plik tokenu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>opcjonalnie: certyfikat CA (PEM) dla połączenia szyfrowanego</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certyfikat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dołącz do turnieju&lt;/h2&gt;&lt;p&gt;Wpisz adres serwera i token dostępu, który organizator wydał Tobie lub Twojemu zespołowi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>Plik tokenu:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certyfikat CA:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>Adres serwera musi mieć postać host:port, np. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Wpisz swój token dostępu albo wybierz plik, który go zawiera.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>Wpisanego tokenu nie można użyć: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>token organizatora lub instruktora</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Z pliku…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>brak: zwykły tekst przez loopback</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certyfikat CA</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Plik tokenu</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Brak połączenia: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 nie zawiera tokenu: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message>
        <source>Contestant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Scans done</source>
        <translation>Wykonane skany</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>ukończono (%1 z %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● połączony</translation>
    </message>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ nieobecny od %n minuty</numerusform>
            <numerusform>○ nieobecny od %n minut</numerusform>
            <numerusform>○ nieobecny od %n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>○ never connected</source>
        <translation>○ nigdy niepołączony</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Członkowie zespołu</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Identyfikator uczestnika</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Dodaj uczestnika</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Nowy funkcjonariusz lub zespół</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Dla zespołu dwuosobowego podaj obu członków; zostaw puste dla pojedynczego funkcjonariusza.</translation>
    </message>
    <message>
        <source>Member 1</source>
        <translation>Członek 1</translation>
    </message>
    <message>
        <source>Member 2</source>
        <translation>Członek 2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message>
        <source>End the round</source>
        <translation>Zakończ rundę</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Zakończ wydarzenie</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>Zakończyć rundę teraz dla wszystkich uczestników? Skany bez odpowiedzi liczą się jako przekroczenie czasu.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>Zakończyć wydarzenie teraz dla wszystkich uczestników? Potem nie będzie można rozegrać żadnej jego rundy.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Zakończ rundę</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Zakończ wydarzenie</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Wstrzymano (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Nie wybrano wydarzenia</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 z %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n runda zaplanowana</numerusform>
            <numerusform>%n rundy zaplanowane</numerusform>
            <numerusform>%n rund zaplanowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>bez zegara rundy</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>bez zegara rundy; %1 s na skan</translation>
    </message>
</context>
<context>
    <name>pen::gui::CtVolumeDialog</name>
    <message>
        <source>CT Volume</source>
        <translation>Wolumen CT</translation>
    </message>
    <message>
        <source>Slice across the belt</source>
        <translation>Przekrój w poprzek taśmy</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Widok z góry</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Widok z boku</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>Płaszczyzna:</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Przekrój:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Okno:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Odczytywanie %1...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>Wolumen CT: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 wokseli po %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Przekrój %1 z %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Projekcja obrócona wokół taśmy</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Kąt:</translation>
    </message>
    <message>
        <source>Turned %1°</source>
        <translation>Obrót o %1°</translation>
    </message>
</context>
<context>
    <name>pen::gui::DeclarationBox</name>
    <message>
        <source>Declaration</source>
        <translation>Deklaracja</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Paczka</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Bagaż</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Pojazd</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Kontener</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Dwuenergetyczny</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Jednoenergetyczny</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Obraz kolorowy</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Narkotyki</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Papierosy / tytoń</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Broń</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Materiał wybuchowy</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Skrytka</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>wielokąt, %n punkt</numerusform>
            <numerusform>wielokąt, %n punkty</numerusform>
            <numerusform>wielokąt, %n punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>ramka %1 × %2 w (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>Część skanów zestawu przeznaczona na fazę rozwojową; reszta jest zachowana na finał</translation>
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
        <translation>Zapisz ewaluację</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Zestaw obrazów:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Część publiczna:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Zgłoszenia rozwojowe:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Zgłoszenia finałowe:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Sekundy na skan:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Pamięć na proces:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n skan)</numerusform>
            <numerusform>%1 (%n skany)</numerusform>
            <numerusform>%1 (%n skanów)</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluation is set up for this event yet.</source>
        <translation>Dla tego wydarzenia nie skonfigurowano jeszcze ewaluacji.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>Obowiązuje: %1 publicznych skanów do rozwoju, %2 prywatnych do finału; %3 i %4 zgłoszeń na wtyczkę.</translation>
    </message>
</context>
<context>
    <name>pen::gui::EventsPanel</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rundy</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>np. PEN-Tournament Wydarzenie 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Pokazuj uczestnikom prawdę referencyjną po każdej rundzie</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Sesja treningowa (instruktorzy)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Utwórz wydarzenie</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC: znalezione obiekty względem fałszywych pozytywów na skan</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Fałszywe pozytywy na skan</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Czułość</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Wygeneruj zestaw treningowy</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>litery, cyfry, „-” i „_”</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>tyle, ile ma ustawienie wstępne</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>To samo ziarno i te same ustawienia dają ten sam zestaw.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>Odsetek skanów, do których rzutowane jest zagrożenie (Threat Image Projection, TIP). 0 przy pustej mieszance: brak rzutowanych zagrożeń.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>pusta: wszystkie kategorie po równo; np. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v z %m skanów</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nazwa na serwerze</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ustawienie wstępne</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Skany</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Ziarno</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>Odsetek TIP</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>Mieszanka kategorii TIP</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>element „%1” mieszanki TIP nie ma postaci KATEGORIA=WAGA (np. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>element „%1” mieszanki TIP wymaga wagi 0 lub większej</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>mieszanka TIP „%1” wymaga co najmniej jednej wagi większej od 0</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>nazwa zestawu „%1” jest niedozwolona: użyj od 1 do 64 liter, cyfr, „-” lub „_”</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Nie wygenerowano: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Generowanie %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>Zapisano %1: %2 skanów, %3 obiektów</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>pen::gui::GlPipelineRenderer</name>
    <message>
        <source>OpenGL 3.3 is not available.</source>
        <translation>OpenGL 3.3 jest niedostępny.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>Shadery wzmocnienia obrazu nie zadziałały: %1</translation>
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
        <translation>nie w tym widoku</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>Region (pixels)</source>
        <translation>Obszar (piksele)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiał</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>pen::gui::HistoryChart</name>
    <message>
        <source>Your practice rounds</source>
        <translation>Twoje rundy treningowe</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Sterowanie</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rundy</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Zestawy obrazów</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>Trainee reports</source>
        <translation>Raporty kursantów</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Dodano rundę.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Dodano uczestnika.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Wysłano zestaw obrazów %1.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Wydano token dla %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Połączono z %1: %n wydarzenie do zarządzania.</numerusform>
            <numerusform>Połączono z %1: %n wydarzenia do zarządzania.</numerusform>
            <numerusform>Połączono z %1: %n wydarzeń do zarządzania.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Brak połączenia: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Utworzono wydarzenie %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Wygenerowano zestaw treningowy %1.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Generowanie zestawu treningowego</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maszyny</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Śledzenie wydarzeń</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupa</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Odliczanie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instruktor</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>Dostawca ATD</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Trafienia</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fałszywe alarmy</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Odsetek trafień</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Odsetek fałszywych alarmów</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Średni czas (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odpowiedziane</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Mean response (s)</source>
        <translation>Średnia odpowiedź (s)</translation>
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
        <translation>Maszyna</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funkcjonariusz</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Funkcjonariusz lub maszyna</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Odsetek trafień</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Odsetek fałszywych alarmów</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Mediana czasu (s)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runda:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ImageSetsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Skany</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Obiekty</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 manifestu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>litery, cyfry, „-” i „_”</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Wyślij katalog zestawu obrazów</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nazwa na serwerze</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Katalog zestawu obrazów</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Wysyłanie %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>Zapisano %1: %2 skanów, %3 obiektów</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>Wysyłanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Nie śledzono</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Eksportuj raport PDF…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>Ranking na żywo zatrzymał się: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>Śledzenie %1 na żywo</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>Na żywo: ostatnia aktualizacja %1 (czas serwera)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Eksportuj odpowiedzi jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Eksportuj wyniki jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Twój poziom w każdej kategorii zagrożeń</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
</context>
<context>
    <name>pen::gui::LobbyPage</name>
    <message>
        <source>Disconnect</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rundy:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>Grasz jako %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>Grasz jako %1, zespół: %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Punktacja: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Ta konsola należy do zespołu: odpowiedzi z niej liczą się dla zespołu, nie dla członka.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>Odpowiadasz jako %1: Twoje odpowiedzi liczą się dla zespołu i są pokazywane jako Twoje.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Uruchom wtyczkę, aby zobaczyć, co znalazła w każdym skanie.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Ten przebieg nie ma odpowiedzi do pokazania.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>niepowodzenie: %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarm %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>czysty %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>Skan nie ma żadnego widoku.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>prawda referencyjna: %1</translation>
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
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Wtyczka</translation>
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
        <translation>Skany/h</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Prawdopodobieństwo wykrycia: odsetek skanów z zagrożeniem, które wywołały alarm</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Prawdopodobieństwo fałszywego alarmu: odsetek czystych skanów, które wywołały alarm</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Średnia precyzja (mAP) po kategoriach przy nakładaniu (IoU) 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Średnia precyzja (mAP) po nakładaniach (IoU) od 0,5 do 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Błędy (skan: przyczyna):</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP na kategorię, %n błąd</numerusform>
            <numerusform>%1: AP na kategorię, %n błędy</numerusform>
            <numerusform>%1: AP na kategorię, %n błędów</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Brak uruchomienia do pokazania.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>brak połączenia z serwerem</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Rejestrowanie wtyczki</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Pobieranie listy wtyczek</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Konfigurowanie ewaluacji</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Odczyt ewaluacji</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Odczyt rankingu maszyn</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Odczyt rankingu funkcjonariuszy i maszyn</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Uruchamianie wtyczki</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>wtyczka już działa</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>serwer zakończył uruchomienie bez wyniku</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Rozwój (część publiczna)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Finał (część prywatna)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>W rundzie, obok funkcjonariuszy</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Biblioteka lub program</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Token dostawcy</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Uruchomienia rozwojowe</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Uruchomienia finałowe</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Faza:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Wtyczki i ewaluacja</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Ranking maszyn</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Funkcjonariusze i maszyny</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v z %m skanów</translation>
    </message>
    <message>
        <source>in</source>
        <translation>w</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Rejestrowanie wtyczki</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Zarejestrowano wtyczkę %1.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Zapisano ewaluację: %1 publicznych i %2 prywatnych skanów.</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Uruchamianie wtyczki</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>najpierw zarejestruj wtyczkę</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Uruchamianie %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>Oceniono %1: średnie AP@0.5 %2, Pd %3, Pfa %4, %n błąd.</numerusform>
            <numerusform>Oceniono %1: średnie AP@0.5 %2, Pd %3, Pfa %4, %n błędy.</numerusform>
            <numerusform>Oceniono %1: średnie AP@0.5 %2, Pd %3, Pfa %4, %n błędów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Uruchomienie anulowane; nie liczy się jako zgłoszenie.</translation>
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
        <translation>&amp;Otwórz zestaw obrazów...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>Otwórz katalog zestawu obrazów</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>&amp;Poprzedni skan</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>&amp;Następny skan</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>Pokaż prawdę &amp;referencyjną</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Widok:</translation>
    </message>
    <message>
        <source>The view of a dual-view scanner to show</source>
        <translation>Widok skanera dwuwidokowego do pokazania</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Nie otwarto zestawu obrazów.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Otwieranie %1...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>Nie znaleziono zestawu obrazów. Otwórz go przez Plik &gt; Otwórz zestaw obrazów...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Otwórz zestaw obrazów</translation>
    </message>
    <message>
        <source>%1 – PEN-Tournament</source>
        <translation>%1 – PEN-Tournament</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n skan</numerusform>
            <numerusform>%n skany</numerusform>
            <numerusform>%n skanów</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otwarto %1</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Ten zestaw obrazów nie zawiera skanów.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>Zestaw obrazów nie zawiera skanu „%1”.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Wczytywanie %1...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Widok %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Skan %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nic do pokazania.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>Nie można pokazać zestawu obrazów.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Zestawy obrazów</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Nie pokazano skanu.</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Turniej</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Konsola organizatora</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>&amp;Wypróbuj wtyczkę ATD...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Uruchom wtyczkę ATD na zestawie treningowym i zobacz jej metryki, tak jak oceniłoby ją wydarzenie</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>Otwórz wolumen &amp;CT...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>Pokaż przekroje wolumenu CT DICOS lub DICOM</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>Otwórz wolumen CT</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>Pliki DICOM i DICOS (*.dcm *.dcs);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>Klasy materiałów MeV</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>Akcelerator liniowy 4/6 MV bramki do kontroli ładunków rozróżnia cztery klasy; ciągłe kolory skanerów bagażu nie obowiązują przy tych energiach.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Organiczne: żywność, drewno, papier, tworzywa sztuczne, narkotyki, tytoń</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Mieszane: szkło, ceramika, aluminium, beton</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Stal: żelazo, stal, miedź</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Metal ciężki: cyna, wolfram, ołów, uran</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Kreskowane: nie do ustalenia (cienka materia, cienki metal ciężki wyglądający na organiczny, krawędzie, szum)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Czarne: nieprzenikalne</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1: zestaw nie ma prawdy referencyjnej do oceny</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialDialog</name>
    <message>
        <source>Try an ATD Plugin</source>
        <translation>Wypróbuj wtyczkę ATD</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v z %m skanów</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Wybierz wtyczkę i zestaw treningowy z prawdą referencyjną, a następnie ją uruchom: zostanie oceniona jak na wydarzeniu.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Uruchamianie %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 uruchomiono na %n skanie: %2 nieudanych.</numerusform>
            <numerusform>%1 uruchomiono na %n skanach: %2 nieudanych.</numerusform>
            <numerusform>%1 uruchomiono na %n skanach: %2 nieudanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 nie uruchomiono: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Wykrycia</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Biblioteka (interfejs C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Program (usługa gRPC)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>Biblioteka współdzielona wtyczki (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>Tekst konfiguracji przekazywany bibliotece; może być pusty</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Polecenie, które wypisuje „listening on HOST:PORT”, z argumentami</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Biblioteka:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguracja:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Polecenie:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Jak wyniki nazywają to uruchomienie (domyślnie: nazwa pliku)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Inny zestaw…</translation>
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
        <translation>Wtyczka:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Zestaw obrazów:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Sekundy na skan:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Pamięć na proces:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Wybierz bibliotekę wtyczki</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Biblioteki współdzielone (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Wybierz zestaw obrazów z prawdą referencyjną</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>wybierz bibliotekę wtyczki</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>wpisz polecenie uruchamiające wtyczkę</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>wybierz zestaw obrazów z prawdą referencyjną</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Punkty na uczestnika</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Punkty w czasie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minuty po %1 (czas serwera)</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>Nie można zapisać rundy: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Znajdź zagrożenie</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Kontrola deklaracji</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Znajdź jak najwięcej</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Trafienie</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Pominięcie</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fałszywy alarm</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Poprawne odrzucenie</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Niewłaściwy towar</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Niewłaściwa ilość</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Niewłaściwa masa</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Niezgłoszony towar</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 pkt za znaleziony cel, −%2 za fałszywy alarm</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, do %1 za szybkość</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Oznaczenie znajduje obiekt, gdy jego środek leży na obiekcie albo gdy pokrywa co najmniej połowę ramki obiektu i jest co najwyżej cztery razy większe od niej.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Oznaczenie znajduje obiekt, gdy jego środek leży na obiekcie.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Jedno oznaczenie może znaleźć kilka obiektów leżących obok siebie.</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Towar: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>Kod HS: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Ilość: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Masa brutto: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Pochodzenie: %1</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Nie oceniono: ten skan nie ma prawdy referencyjnej</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Czysty: nic do zgłoszenia (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Wyślij oznaczenia (Enter)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Zakończ rundę</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Zakończ rundę</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>Zakończyć rundę teraz? Skany, na które jeszcze nie odpowiedziałeś, liczą się jako przekroczenie czasu.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Graj dalej</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Następny skan (spacja)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Wczytywanie skanu %1 z %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Skan %1 z %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Otwórz katalog zestawu obrazów…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Zestawy obrazów</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>bez zegara</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>po każdym skanie</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>na końcu rundy</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>oznaczenie musi wskazywać właściwą kategorię</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Rozpocznij rundę</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Typ rundy:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Czas na skan:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Czas na rundę:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Informacja zwrotna:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Punktacja:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n skan</numerusform>
            <numerusform>%1 — %n skany</numerusform>
            <numerusform>%1 — %n skanów</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat library…</source>
        <translation>Biblioteka zagrożeń…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Każdy rodzaj zagrożenia z tych zestawów, objaśniony i pokazany osobno</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>Własny typ rundy zestawu jest pierwszy; inne są proponowane, gdy zestaw się do nich nadaje</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>twoje imię, jeśli z tego komputera korzysta kilku kursantów</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Kursant:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Wszystkie typy rund</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Historia:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>dopasuj skany do moich poziomów</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>Cele każdej kategorii zagrożeń są losowane na Twoim poziomie, który rośnie po rundach, w których znajdujesz trzy z czterech, i spada, gdy znajdujesz mniej niż połowę</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1: poziom %2 z %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Poziomy: wszystkie kategorie zaczynają od 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Poziomy: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Poziomy</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>Wyniki treningu nie zostaną zachowane: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Zarejestruj wtyczkę</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Jak nazywają ją rankingi</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Biblioteka (interfejs C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Program (usługa gRPC)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>Jej plik na serwerze</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Dla biblioteki: tekst konfiguracji</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Dla programu: jego argumenty</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Biblioteka lub program:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguracja:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Token dostawcy:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Brak: uruchamiają ją tylko organizatorzy</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>nadaj wtyczce etykietę</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>podaj bibliotekę lub program wtyczki na serwerze</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Runda %1: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Wyniki %1, %2. Faza: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Ranking według rund</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC: odsetek wykryć względem odsetka fałszywych alarmów</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Odsetek fałszywych alarmów (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Odsetek wykryć (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Losowo</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>każdy skan zestawu</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>To samo ziarno losuje te same skany</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Nic nie zaznaczono: każda kategoria liczy się jako cel (kontrole deklaracji: niezgodności)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>po każdym skanie (sesje treningowe)</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>na końcu rundy</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>oznaczenie musi wskazywać właściwą kategorię</translation>
    </message>
    <message>
        <source>Scans to draw</source>
        <translation>Skany do wylosowania</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Ziarno losowania</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Punkty za znaleziony cel</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Premia za szybkość, najwyżej</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Kara za fałszywy alarm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Skany</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Na skan</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Zegar rundy</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Odliczanie</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Przerwa po</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>bez zegara na skan</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>bez zegara rundy</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Dodaj rundę</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nowa runda</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Zestaw obrazów</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Typ rundy</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Sekundy na skan</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Sekundy rundy</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 skanów)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>Zegary startują</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>z rundą: kończy się dla wszystkich jednocześnie</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>gdy każdy uczestnik dołącza, w oknie dołączania</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Jak długo po starcie rundy uczestnik może jeszcze dołączyć; kto dołączy później, nie gra w tej rundzie</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Okno dołączania</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>przy dołączeniu (okno %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>z rundą</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanClockBar</name>
    <message>
        <source>Scan %1</source>
        <translation>Skan %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runda %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanDetailsPanel</name>
    <message>
        <source>Scan</source>
        <translation>Skan</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Skaner:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencja:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Widok:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Rozmiar piksela:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Deklaracja</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Towar:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>Kod HS:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Masa brutto:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Pochodzenie:</translation>
    </message>
    <message>
        <source>%1, %2, %3 × %4 pixels</source>
        <translation>%1, %2, %3 × %4 pikseli</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Peak voltage:</source>
        <translation>Napięcie szczytowe:</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (akcelerator liniowy)</translation>
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
        <translation>fałszywy alarm</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>znaleziono: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>pominięto: %1</translation>
    </message>
    <message>
        <source>Time ran out.</source>
        <translation>Czas minął.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Znalezione: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Pominięte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n oznaczenie bez niczego do zgłoszenia</numerusform>
            <numerusform>%n oznaczenia bez niczego do zgłoszenia</numerusform>
            <numerusform>%n oznaczeń bez niczego do zgłoszenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkty: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanListModel</name>
    <message>
        <source>hidden</source>
        <translation>ukryte</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Obiekty</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanReviewPage</name>
    <message>
        <source>Previous scan (Page Up)</source>
        <translation>Poprzedni skan (Page Up)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Następny skan (Page Down)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Powrót do wyniku</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Linia przerywana: prawda referencyjna, zielona tam, gdzie ją znalazłeś, czerwona tam, gdzie ją pominąłeś. Linia ciągła: Twoje oznaczenia, przekreślone na pomarańczowo tam, gdzie nie oznaczały niczego do zgłoszenia.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>Nie odpowiedziano na żaden skan.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Wczytywanie skanu %1 z %2…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>Zestaw obrazów nie zawiera już skanu „%1”.</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Skan %1 z %2: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Odpowiedź po %1 s</translation>
    </message>
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>Skan %1 nie był pokazany na tym komputerze, więc nie można go tu przejrzeć.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>View %1 of %2</source>
        <translation>Widok %1 z %2</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Widok %1 z %2: %3</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>Nie można pokazać skanu: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Co to jest?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>Twoje oznaczenia</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>Naciśnij B i przeciągnij ramkę, aby oznaczyć podejrzany obszar; Delete usuwa zaznaczone oznaczenie.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScorePage</name>
    <message>
        <source>Scan</source>
        <translation>Skan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znalezione</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Trenuj ponownie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1: %2 pkt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Odsetek trafień: &lt;b&gt;%1&lt;/b&gt; (%2 z %3 skanów z celem)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Odsetek fałszywych alarmów: &lt;b&gt;%1&lt;/b&gt; (%2 z %3 czystych skanów)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Znalezione cele: %1 z %2 · oznaczenia na niczym: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Czas odpowiedzi: średnia %1 s, mediana %2 s · %n skan z przekroczeniem czasu</numerusform>
            <numerusform>Czas odpowiedzi: średnia %1 s, mediana %2 s · %n skany z przekroczeniem czasu</numerusform>
            <numerusform>Czas odpowiedzi: średnia %1 s, mediana %2 s · %n skanów z przekroczeniem czasu</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Punktacja: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (przekroczenie czasu)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Przejrzyj skany</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Wszystkie skany rundy jeszcze raz, z prawdą referencyjną obok Twoich oznaczeń</translation>
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
        <translation>Odsetek trafień %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Odsetek fałszywych alarmów %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Odsetek %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>Żaden skan nie został pokazany na czas.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Nie można zapisać zrzutu ekranu %1.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Zrzut ekranu nie powiódł się: %1</translation>
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
        <translation>Shader obrazu nie zadziałał: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatDescription</name>
    <message>
        <source>Cocaine</source>
        <translation>Kokaina</translation>
    </message>
    <message>
        <source>Cocaine hydrochloride, a white powder, smuggled as 1 kg bricks pressed and wound in tape, as small packs, or in cargo as blocks of bricks.</source>
        <translation>Chlorowodorek kokainy, biały proszek, przemycany w prasowanych i owiniętych taśmą kostkach po 1 kg, w małych paczkach lub w ładunku jako bloki kostek.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Substancja organiczna (efektywna liczba atomowa około 7), więc pomarańczowa w kolorach materiałowych, gęstsza od odzieży i większości żywności: jednolity pomarańczowy blok o ostrych krawędziach, z brzegiem nieco ciemniejszym tam, gdzie owinięto taśmę. W skali szarości to jednolity średnioszary blok; tryb tylko organiczne zachowuje go i ukrywa metal wokół.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Szukaj jednolitych pomarańczowych bloków o ostrych krawędziach, które nie pasują do niczego z zapakowanej zawartości: za gęstych na odzież, zbyt regularnych na żywność. Zaglądaj też w ściany, dna i towar.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroina</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Heroina w postaci zasady, brunatny proszek, pakowana jak kokaina: prasowane kostki, małe paczki, bloki w ładunku.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Organiczna, więc pomarańczowa w kolorach materiałowych, o odcień jaśniejsza od kokainy tej samej grubości; kostki mają ostre krawędzie, paczki zaokrąglone. Tryb tylko organiczne zachowuje ją i ukrywa metal wokół.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Szukaj jednolitych pomarańczowych bloków lub skupisk zaokrąglonych paczek, które nie pasują do niczego zapakowanego wokół.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Narkotyki</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Narkotyki w proszku, prasowane lub pakowane.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Organiczne, więc pomarańczowe w kolorach materiałowych; pakowane narkotyki są bardziej jednolite i gęstsze niż większość towaru.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Szukaj jednolitych pomarańczowych mas o ostrych lub zaokrąglonych krawędziach, które nie pasują do niczego zapakowanego wokół.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistolet</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Pistolet samopowtarzalny: stalowy zamek nad lufą i sprężyną, stalowy magazynek w polimerowym szkielecie i chwycie.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>Stal zatrzymuje większość wiązki: od ciemnoniebieskiego do czarnego w kolorach materiałowych; polimerowy chwyt jest tylko słabo zabarwiony. Z góry widać literę L z zamka i chwytu; bokiem to krótki ciemny pasek. Wysoka penetracja pokazuje lufę, sprężynę i magazynek wewnątrz ciemnego zamka.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Szukaj litery L z zamka i chwytu oraz gęstego prostokąta magazynka. Tam, gdzie ciemny pasek może być pistoletem widzianym bokiem, spójrz na drugi widok.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Nóż</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Nóż o stałym ostrzu długości około 28 cm: cienkie stalowe ostrze w plastikowej rękojeści.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>Ostrze jest cienkie: na płasko tylko jasnoniebieskie, bokiem ciemna linia. Rękojeść jest plastikowa i widać ją na pomarańczowo, łatwo ją przeoczyć. Wzmocnienie krawędzi wyostrza zarys ostrza.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Śledź długie cienkie niebieskie linie z ostrym końcem; pomarańczowa rękojeść na drugim końcu to potwierdza.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Broń</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Broń palna, ostrze albo część jednego z nich.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Głównie stal: od niebieskiego do czarnego w kolorach materiałowych, o kształtach luf, ostrzy i sprężyn.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Szukaj typowych kształtów broni wśród gęstych przedmiotów; dla przedmiotów leżących bokiem przełącz na drugi widok.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Materiał wybuchowy z detonatorem</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Blok materiału wybuchowego na bazie RDX lub TNT z detonatorem i przewodami: improwizowane urządzenie wybuchowe.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>Materiał wybuchowy jest organiczny i gęsty (około 1,6 g/cm³): pomarańczowy, ciemniejszy od żywności tej samej grubości. Metalowa obudowa detonatora to mały niebieski walec, przewody to cienkie niebieskie linie prowadzące do niego. W skali szarości blok wygląda jak każdy gęsty przedmiot organiczny; zdradzają go dopiero wszystkie części razem.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Pomarańczowy blok połączony przewodami z małą metalową częścią to wzór, który trzeba znać. Tryb tylko organiczne pokazuje tylko blok, tryb tylko nieorganiczne tylko detonator i przewody.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Banknoty</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Paczki po 100 banknotów ułożone obok siebie lub w stosach.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>Papier jest organiczny i lekki: bladopomarańczowy, paczki to rząd równych prostokątów z delikatnymi liniami między nimi. Banknoty nie zawierają metalu, więc tryb tylko nieorganiczne je ukrywa; niska penetracja uwydatnia lekki papier.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Szukaj rzędów równych bladopomarańczowych prostokątów, bardziej regularnych niż dokumenty czy książki.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Papierosy</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Papierosy w kartonach po dziesięć paczek lub w skrzyniach po pięćdziesiąt kartonów, ukryte wśród towaru lub za fałszywymi ścianami.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>Tytoń i papier są organiczne i lekkie: pomarańczowe, w regularnej siatce, bo kartonowe ścianki paczek, kartonów i skrzyń widać jako cienkie linie w równych odstępach. W skali szarości to drobno prążkowany blok.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Szukaj regularnej siatki równych komórek lekkiej materii organicznej i policz komórki, aby ocenić, ile tego jest.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Skrytka</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Fałszywe dno, ściana lub podłoga wbudowane w torbę, pojazd lub kontener, aby ukryć za nimi towar.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Stalowa blacha lub dodatkowy panel widoczne jako prosty niebieski lub czarny pas tam, gdzie go nie powinno być: ściana grubsza od bliźniaczej, podwójna podłoga. Towar za nimi widać tylko przez nie.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Porównuj ze sobą ściany i podłogi: grubsza ściana lub panel wzdłuż ściany to znak. Wysoka penetracja pozwala przez nie zajrzeć.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Niezgłoszone tekstylia</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Bele tkaniny poliestrowej załadowane między zgłoszony towar.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>Włókno sztuczne jest organiczne: jednolite pomarańczowe bloki bel, lżejsze od większości towaru tej samej wielkości, bez siatki kartonów.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Szukaj bloków, których tekstura i gęstość różnią się od reszty ładunku i od tego, co podaje deklaracja.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Ładunek niezgodny z deklaracją</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>Widoczny towar nie jest towarem zgłoszonym: inny towar, inna ilość lub inna masa.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>Ustaleniem jest cały ładunek: jego kolor, gęstość i opakowanie nie pasują do zgłoszonego towaru (metalowe części zgłoszone jako meble, połowa zgłoszonych kartonów, ładunek znacznie cięższy, niż zgłoszono).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Najpierw przeczytaj deklarację, potem zapytaj obraz: czy ten towar tak wygląda, czy jest go tyle, ile powinno, czy to może tyle ważyć?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Coś do zgłoszenia</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Przedmiot, który runda każe zgłosić, a który nie należy do żadnego z powyższych rodzajów.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>Kolor zdradza materiał: pomarańczowy organiczny, zielony mieszany lub lekki metal, niebieski metal, czarny zbyt gęsty, by go prześwietlić.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Szukaj tego, co nie pasuje do reszty zawartości.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (klawisz %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>Jak to znaleźć:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Najlepiej widoczne w trybie:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Powrót do treningu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteka zagrożeń&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Poprzedni przykład</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Następny przykład</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n przykład)</numerusform>
            <numerusform>%1 (%n przykłady)</numerusform>
            <numerusform>%1 (%n przykładów)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Żaden zestaw tutaj nie zawiera swoich celów wyrenderowanych osobno. Dołączone zestawy demonstracyjne i zestawy wygenerowane przez tę wersję je zawierają.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Pokaż w trybie %1</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Przykład %1 z %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Nie można odczytać pliku tokenu %1: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>Plik tokenu %1 jest pusty: jego pierwszym wierszem musi być token.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>Plik tokenu %1 jest za duży, by zawierać token.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>Plik tokenu %1 nie zawiera tokenu: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Nowy token</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Token dla &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>To jedyny raz, kiedy sekret jest pokazywany: serwer przechowuje tylko jego skrót. Skopiuj go teraz i przekaż posiadaczowi bezpiecznym kanałem.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Unieważnij token</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>Unieważnić token „%1”? Jego posiadacz nie będzie mógł go już używać i nie da się go przywrócić.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>dla kogo jest, np. A. Funkcjonariusz (laptop 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Wydaj token</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Unieważnij wybrany token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nowy token</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dla</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Unieważniony</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważny</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>Własny token członka zespołu: ranking pokazuje odpowiedzi każdego członka</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(gra sam)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>Wspólna konsola zespołu</translation>
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
        <translation>Serwer %1 jest nieosiągalny (%2). Sprawdź adres i czy serwer działa.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>Serwer nie akceptuje tego tokenu: jest nieznany lub został unieważniony (%1). Poproś organizatora o nowy.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Ten token nie pozwala grać w turnieju (%1). Użyj tokenu uczestnika wydanego przez organizatora.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Za późno: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>Serwer nie odpowiedział na czas (%1). Sprawdź połączenie.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Serwer odmówił: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>serwer zamknął strumień wydarzenia</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>Nie można pokazać skanu %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>Oczekiwanie, aż organizator rozpocznie wydarzenie</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 zaczyna się za</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>Odpowiedziałeś na wszystkie skany z %1. Oczekiwanie na koniec rundy.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 trwa</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>Organizator wstrzymał wydarzenie</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Przerwa: następna runda zaczyna się za</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>Wydarzenie się zakończyło</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Oczekiwanie na serwer</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Runda %1: %2 (%3), %n skan</numerusform>
            <numerusform>Runda %1: %2 (%3), %n skany</numerusform>
            <numerusform>Runda %1: %2 (%3), %n skanów</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s na skan</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 na rundę</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>Odpowiedziałeś na wszystkie skany z %1. Runda kończy się dla wszystkich najpóźniej za</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>; Twój zegar startuje, gdy otworzysz pierwszy skan (dołączenie w ciągu %1)</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentResultsPage</name>
    <message>
        <source>Scan</source>
        <translation>Skan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>Twoje wyniki: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (przekroczenie czasu)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Przerwa: następna runda zaczyna się za %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>Wydarzenie się zakończyło. Dziękujemy za udział.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 pkt&lt;/b&gt;, miejsce %2&lt;br&gt;Trafienia %3, pominięcia %4, fałszywe alarmy %5, poprawne odrzucenia %6; d′ %7; średni czas odpowiedzi %8 s; %n skan z przekroczeniem czasu</numerusform>
            <numerusform>&lt;b&gt;%1 pkt&lt;/b&gt;, miejsce %2&lt;br&gt;Trafienia %3, pominięcia %4, fałszywe alarmy %5, poprawne odrzucenia %6; d′ %7; średni czas odpowiedzi %8 s; %n skany z przekroczeniem czasu</numerusform>
            <numerusform>&lt;b&gt;%1 pkt&lt;/b&gt;, miejsce %2&lt;br&gt;Trafienia %3, pominięcia %4, fałszywe alarmy %5, poprawne odrzucenia %6; d′ %7; średni czas odpowiedzi %8 s; %n skanów z przekroczeniem czasu</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Przejrzyj skany z prawdą referencyjną</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Ty)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;Wydarzenie się zakończyło.&lt;/b&gt; Zająłeś miejsce %1 na %n uczestnika z wynikiem %2 pkt.</numerusform>
            <numerusform>&lt;b&gt;Wydarzenie się zakończyło.&lt;/b&gt; Zająłeś miejsce %1 na %n uczestników z wynikiem %2 pkt.</numerusform>
            <numerusform>&lt;b&gt;Wydarzenie się zakończyło.&lt;/b&gt; Zająłeś miejsce %1 na %n uczestników z wynikiem %2 pkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>Organizator wstrzymał wydarzenie. Zegary są zatrzymane.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Wysyłanie odpowiedzi…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Utracono połączenie: Twoja odpowiedź zostanie wysłana, gdy tylko serwer wróci.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>Serwer nie przyjął odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Wyślij oznaczenia (Enter)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Czysty: nic do zgłoszenia (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Punktacja: %2</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Wczytywanie skanu %1 z %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Skan %1 z %2</translation>
    </message>
    <message>
        <source>Your last scan</source>
        <translation>Twój ostatni skan</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Skan %1: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>Serwer otrzymał Twoją odpowiedź na skan %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Utracono połączenie — ponowne łączenie…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>lub imię i nazwisko kursanta: historia z Twoich sesji treningowych</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Pokaż raport</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Kursant</translation>
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
        <translation>Wszystkie rundy</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n runda; odsetek trafień %2 %, odsetek fałszywych alarmów %3 %, d′ %4, da %5, średnia odpowiedź %6 s</numerusform>
            <numerusform>%1: %n rundy; odsetek trafień %2 %, odsetek fałszywych alarmów %3 %, d′ %4, da %5, średnia odpowiedź %6 s</numerusform>
            <numerusform>%1: %n rund; odsetek trafień %2 %, odsetek fałszywych alarmów %3 %, d′ %4, da %5, średnia odpowiedź %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Eksportuj raport kursanta jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Raport kursanta: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Wydrukowano %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Według rund i kategorii zagrożenia</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Rundy w kolejności rozgrywania</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Wskaźniki na rundę</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Przegląd skanów</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReviewPanel</name>
    <message>
        <source>Scan</source>
        <translation>Skan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Zagrożenia</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Odpowiedź (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>Prawda referencyjna jest rysowana linią ciągłą, oznaczenia kursanta przerywaną.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Wybierz skan, aby zobaczyć jego widok z prawdą referencyjną i oznaczeniami kursanta.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Wybierz uczestnika tej sesji, aby przejrzeć jego rundy skan po skanie.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Żaden skan tej rundy jeszcze się nie zakończył.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Czysty</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Nie oceniono: ten skan nie ma prawdy referencyjnej</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Przekroczenie czasu (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Widok %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Skan %1: %n oznaczenie kursanta, %2 pkt.</numerusform>
            <numerusform>Skan %1: %n oznaczenia kursanta, %2 pkt.</numerusform>
            <numerusform>Skan %1: %n oznaczeń kursanta, %2 pkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>Pobieranie skanu…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>prawda: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>oznaczenie: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>trafienie: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>fałszywy alarm: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerKeypad</name>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>brightness or contrast adjusted</source>
        <translation>zmieniono jasność lub kontrast</translation>
    </message>
    <message>
        <source>Zoom –</source>
        <translation>Powiększenie –</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Powiększenie %1 %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerToolBar</name>
    <message>
        <source>Viewer</source>
        <translation>Przeglądarka</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>Nie jest pokazywany żaden skan.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>Oba widoki są pokazane obok siebie.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>Nie zaznaczono oznaczenia.</translation>
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
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Dopasuj do okna</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Rzeczywisty rozmiar 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Powiększanie kółkiem</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Przesuwanie</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Przełącz widok</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Widoki obok siebie</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Oznacz podejrzany obszar</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Usuń zaznaczone oznaczenie</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Kolory materiałowe</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Skala szarości</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Kanał niskoenergetyczny</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Kanał wysokoenergetyczny</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Kanały połączone</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Tylko organiczne</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Tylko nieorganiczne</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Wysoka penetracja</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Niska penetracja</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatyw</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Wzmocnienie krawędzi</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Superwzmocnienie</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Wyróżnienie gęstości</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Jaśniej</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Ciemniej</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Więcej kontrastu</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Mniej kontrastu</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Gamma w górę</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Gamma w dół</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Przywróć ustawienia obrazu</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Ten skan ma tylko jeden widok.</translation>
    </message>
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Koloruje wszystko w paśmie osłabienia wysokoenergetycznego, bez względu na kolor materiałowy: gęste przedmioty się wyróżniają, nawet tam, gdzie cienki metal o wysokim Z wygląda na mieszany lub organiczny.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Paleta oliwkowa</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Przesuwa okno ku gęstej materii. Cienki ołów, wolfram lub złoto mogą w kolorach materiałowych wyglądać jak lekki metal, a nawet jak materia organiczna: ich krawędzie absorpcji wypadają w kanale wysokoenergetycznym. Mały przedmiot ciemniejszy, niż pozwalają jego kolor i rozmiar, wymaga tego widoku, wyróżnienia gęstości i kontroli ręcznej.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>Kolory materiałowe drugiego stylu konsoli: oliwkowozielona materia mieszana i nieco czerwieńsza materia organiczna. Wyłączona: czysto zielona materia mieszana. Obie przechodzą wraz z efektywną liczbą atomową od pomarańczowego (organiczne) do niebieskiego (metal) i czernieją tam, gdzie nic nie przechodzi.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>Token zawiera znaki, których nie ma żaden token (znaki sterujące lub litery spoza ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>To nie jest token PEN-Tournament: token to „pen_” i 43 litery, cyfry, „-” lub „_”.</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>Nie ma tokenu: tekst jest pusty.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Jest tu kilka tokenów: podaj jeden, jako wiersz wypisany przez pentournament-admin token-issue albo sam sekret.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>Token musi być w jednym wierszu: wierszu wypisanym przez pentournament-admin token-issue albo sam sekret.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Jest tu więcej niż token: podaj wiersz wypisany przez pentournament-admin token-issue (identyfikator tokenu, potem sekret) albo sam sekret.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>Tokenu nie można wysłać: zawiera spacje, znaki sterujące lub litery spoza ASCII. Podaj sam sekret, tak jak wypisało go pentournament-admin token-issue.</translation>
    </message>
</context>
</TS>
