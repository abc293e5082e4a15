<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Un scan mono-énergie n&apos;a qu&apos;un seul canal et ne peut donc pas distinguer la matière organique de la matière inorganique.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Cette image a été colorisée par un autre système et ne contient aucun canal d&apos;énergie&#xa0;: seuls la luminosité, le contraste, le gamma, le négatif, les niveaux de gris et le masquage par teinte s&apos;appliquent.</translation>
    </message>
</context>
<context>
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>Impossible de lire les seuils de réussite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>Les seuils de réussite dans %1 sont illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>les seuils de %1 ne sont pas un objet</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>le seuil de %1 dans %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>Impossible d&apos;enregistrer les seuils de réussite dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>non connecté à un serveur</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>le serveur est injoignable (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>le serveur n&apos;accepte pas ce jeton&#xa0;: il est inconnu ou a été révoqué (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>ce jeton n&apos;y autorise pas (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>le serveur n&apos;a pas répondu à temps (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Liste des événements</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Création de l&apos;événement</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Lecture de l&apos;événement</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Liste des jeux d&apos;images</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Envoi du jeu d&apos;images %1</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Ajout de la manche</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Ajout du participant</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Émission du jeton</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Révocation du jeton</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Liste des jetons</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Pilotage de l&apos;événement</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Export des résultats</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Lecture du bilan du stagiaire</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Lecture du classement</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Génération du jeu d&apos;images %1</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>un jeu d&apos;entraînement est déjà en cours de génération</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>annulé&#xa0;; le serveur n&apos;a rien enregistré</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>le serveur a terminé la génération sans le récapitulatif du jeu</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>Lecture des réponses du stagiaire</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>scan %1, vue %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>Ouvrir le jeu d&apos;images dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Afficher d&apos;abord le scan d&apos;identifiant &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>Utiliser &lt;langue&gt; (p. ex. fr) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;fichier&gt; dès que le scan s&apos;affiche, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>S&apos;entraîner à l&apos;analyse des scans radioscopiques et parcourir des jeux d&apos;images avec leur vérité terrain.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>Afficher le scan dans le mode d&apos;affichage &lt;mode&gt;&#xa0;: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Mode d&apos;affichage «&#xa0;%1&#xa0;» inconnu&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Rejoindre le tournoi sur le serveur à l&apos;adresse &lt;hôte:port&gt; (avec --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>Lire le jeton d&apos;accès du participant dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Se connecter en TLS, en faisant confiance au certificat d&apos;AC contenu dans &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>Ouvrir la console de l&apos;organisateur et du formateur, pour conduire des événements et des séances d&apos;entraînement sur un serveur.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server et --token-file vont ensemble&#xa0;: l&apos;adresse du serveur et le fichier contenant votre jeton.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert nécessite --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Ouvrir la fenêtre où un fournisseur d&apos;ATD exécute un plugin sur un jeu d&apos;entraînement et consulte ses indicateurs.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AuditLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryApTable</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
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
        <translation>Objets</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Taux de détection par catégorie de menace</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Taux de détection %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Lire la promotion</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ au moins </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Fixer le seuil de réussite</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Retirer le seuil de réussite</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certificat (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Seuil de réussite pour</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Lecture des seuils de réussite</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>atteint le seuil de réussite</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>sous le seuil de réussite</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1&#xa0;: d′ au moins %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>Aucun seuil de réussite n&apos;est fixé pour cette séance.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Seuils de réussite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Enregistrement des seuils de réussite</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Fixez un seuil de réussite, puis choisissez un stagiaire.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Choisissez un stagiaire.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Fixez d&apos;abord un seuil de réussite.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 atteint chaque seuil de réussite.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 est sous le seuil de réussite en&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Enregistrer le certificat en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Délivrance du certificat</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 n&apos;atteint pas chaque seuil de réussite.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Certificat de formation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 a atteint les seuils de réussite de la séance de formation %2 dans chaque catégorie de menace ci-dessous, mesurés par la sensibilité d′ sur toutes les manches jouées.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Catégorie de menace</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>d′ atteint</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Seuil de réussite (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Taux de détection (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Taux de fausses alarmes (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Délivré le %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>hôte:port, p. ex. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>le jeton que l&apos;organisateur vous a remis</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>ou un fichier qui le contient</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Fichier de jeton</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>facultatif&#xa0;: le certificat d&apos;AC (PEM) pour une connexion chiffrée</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rejoindre un tournoi&lt;/h2&gt;&lt;p&gt;Saisissez l&apos;adresse du serveur et le jeton d&apos;accès que l&apos;organisateur vous a délivré, à vous ou à votre équipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>Fichier de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>L&apos;adresse du serveur doit être de la forme hôte:port, p. ex. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Saisissez votre jeton d&apos;accès ou choisissez le fichier qui le contient.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>Le jeton saisi ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>jeton d&apos;organisateur ou de formateur</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>aucun&#xa0;: texte clair en boucle locale</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Fichier de jeton</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 ne contient pas de jeton&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message>
        <source>Contestant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Scans done</source>
        <translation>Scans traités</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>terminé (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● connecté</translation>
    </message>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ absent depuis %n minute</numerusform>
            <numerusform>○ absent depuis %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>○ never connected</source>
        <translation>○ jamais connecté</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Identifiant du participant</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Ajouter le participant</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Nouvel agent ou nouvelle équipe</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Pour une équipe de deux, nommez les deux membres&#xa0;; laissez-les vides pour un agent seul.</translation>
    </message>
    <message>
        <source>Member 1</source>
        <translation>Membre 1</translation>
    </message>
    <message>
        <source>Member 2</source>
        <translation>Membre 2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message>
        <source>End the round</source>
        <translation>Terminer la manche</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Terminer l&apos;événement</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>Terminer la manche maintenant pour tous les participants&#xa0;? Les scans sans réponse comptent comme hors délai.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>Terminer l&apos;événement maintenant pour tous les participants&#xa0;? Plus aucune de ses manches ne pourra être jouée ensuite.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminer la manche</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Terminer l&apos;événement</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>En pause (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n manche prévue</numerusform>
            <numerusform>%n manches prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>pas de chronomètre de manche</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>pas de chronomètre de manche&#xa0;; %1 s par scan</translation>
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
        <translation>Coupe en travers du tapis</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Vu de dessus</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Vu de côté</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> UH</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Coupe&#xa0;:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>Volume CT&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 voxels de %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Coupe %1 sur %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Projection, tournée autour du tapis</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Angle&#xa0;:</translation>
    </message>
    <message>
        <source>Turned %1°</source>
        <translation>Tournée de %1°</translation>
    </message>
</context>
<context>
    <name>pen::gui::DeclarationBox</name>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Bagage</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Double énergie</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Mono-énergie</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Image couleur</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Stupéfiants</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Cigarettes / tabac</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Explosif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Cache aménagée</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>polygone, %n point</numerusform>
            <numerusform>polygone, %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>cadre %1 × %2 en (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>La part des scans du jeu réservée à la phase de développement&#xa0;; le reste est gardé pour la finale</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Jeu d&apos;images&#xa0;:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Part publique&#xa0;:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Soumissions de développement&#xa0;:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Soumissions finales&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Secondes par scan&#xa0;:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Mémoire par processus&#xa0;:</translation>
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
        <translation>Aucune évaluation n&apos;est encore configurée pour cet événement.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>En vigueur&#xa0;: %1 scan(s) public(s) pour le développement, %2 privé(s) pour la finale&#xa0;; %3 et %4 soumission(s) par plugin.</translation>
    </message>
</context>
<context>
    <name>pen::gui::EventsPanel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Manches</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>p. ex. PEN-Tournament Événement 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Montrer la vérité terrain aux participants après chaque manche</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Séance d&apos;entraînement (formateurs)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Créer l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC&#xa0;: objets trouvés en fonction des faux positifs par scan</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Faux positifs par scan</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Générer un jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>autant que le préréglage en prévoit</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>La même graine et les mêmes réglages donnent le même jeu.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>La part des scans qui reçoivent une menace projetée (Threat Image Projection, TIP). 0 avec une répartition vide&#xa0;: aucune menace projetée.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>vide&#xa0;: toutes les catégories à parts égales&#xa0;; p. ex. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v scans sur %m</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nom sur le serveur</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>Taux TIP</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>Répartition TIP par catégorie</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>l&apos;élément «&#xa0;%1&#xa0;» de la répartition TIP n&apos;est pas de la forme CATÉGORIE=POIDS (p. ex. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>l&apos;élément «&#xa0;%1&#xa0;» de la répartition TIP doit avoir un poids de 0 ou plus</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>la répartition TIP «&#xa0;%1&#xa0;» doit avoir au moins un poids supérieur à 0</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>le nom de jeu «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: utilisez de 1 à 64 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Non généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 enregistré&#xa0;: %2 scans, %3 objets</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>pen::gui::GlPipelineRenderer</name>
    <message>
        <source>OpenGL 3.3 is not available.</source>
        <translation>OpenGL 3.3 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>Les shaders de rehaussement ont échoué&#xa0;: %1</translation>
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
        <translation>absent de cette vue</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Region (pixels)</source>
        <translation>Zone (pixels)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>pen::gui::HistoryChart</name>
    <message>
        <source>Your practice rounds</source>
        <translation>Vos manches d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Pilotage</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Manches</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Jeux d&apos;images</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Trainee reports</source>
        <translation>Bilans des stagiaires</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Manche ajoutée.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Participant ajouté.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Jeu d&apos;images %1 envoyé.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Jeton émis pour %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;: %n événement à gérer.</numerusform>
            <numerusform>Connecté à %1&#xa0;: %n événements à gérer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Événement %1 créé.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Jeu d&apos;entraînement %1 généré.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Génération d&apos;un jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Suivi des événements</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause entre manches</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>Fournisseur d&apos;ATD</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fausses alarmes</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de détection</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Taux de fausses alarmes</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Temps moyen (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Mean response (s)</source>
        <translation>Réponse moyenne (s)</translation>
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
        <translation>Agent</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Agent ou machine</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de détection</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Taux de fausses alarmes</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Temps médian (s)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Manche&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ImageSetsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 du manifeste</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Envoyer le dossier d&apos;un jeu d&apos;images</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nom sur le serveur</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Dossier du jeu d&apos;images</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 enregistré&#xa0;: %2 scans, %3 objets</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>L&apos;envoi a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Pas de suivi</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>Le classement en direct s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>Suivi de %1 en direct</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>En direct&#xa0;: dernière mise à jour %1 (heure du serveur)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Exporter les réponses en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Exporter les résultats en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Votre niveau dans chaque catégorie de menace</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
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
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Manches&#xa0;:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>Vous jouez en tant que %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>Vous jouez en tant que %1, équipe composée de %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Barème&#xa0;: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Cette console est celle de l&apos;équipe&#xa0;: les réponses données ici comptent pour l&apos;équipe, pas pour un membre.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>Vous répondez en tant que %1&#xa0;: vos réponses comptent pour l&apos;équipe et apparaissent comme les vôtres.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Lancez un plugin pour voir ce qu&apos;il a trouvé dans chaque scan.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Cette exécution n&apos;a aucune réponse à montrer.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarme %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>RAS %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>Le scan n&apos;a aucune vue.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>vérité terrain : %1</translation>
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
        <translation>Libellé</translation>
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
        <translation>Scans/h</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Probabilité de détection&#xa0;: la part des scans contenant une menace qui ont déclenché une alarme</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Probabilité de fausse alarme&#xa0;: la part des scans RAS qui ont déclenché une alarme</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Précision moyenne (mAP) sur les catégories pour un recouvrement (IoU) de 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Précision moyenne (mAP) sur les recouvrements (IoU) de 0,5 à 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Échecs (scan&#xa0;: motif)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1&#xa0;: AP par catégorie, %n échec</numerusform>
            <numerusform>%1&#xa0;: AP par catégorie, %n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Aucune exécution à afficher.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>non connecté à un serveur</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Enregistrement du plugin</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Liste des plugins</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Configuration de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Lecture de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Lecture du classement des machines</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Lecture du classement des agents et des machines</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Exécution du plugin</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>un plugin est déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>le serveur a terminé l&apos;exécution sans son résultat</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Développement (partie publique)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Finale (partie privée)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>Sur une manche, aux côtés des agents</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Bibliothèque ou programme</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Jeton du fournisseur</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Exécutions de développement</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Exécutions finales</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Plugins et évaluation</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Classement des machines</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Agents et machines</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v scans sur %m</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Enregistrement du plugin</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Plugin %1 enregistré.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Évaluation enregistrée&#xa0;: %1 scan(s) public(s) et %2 privé(s).</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Exécution du plugin</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>enregistrez d&apos;abord un plugin</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 noté&#xa0;: AP@0.5 moyenne %2, Pd %3, Pfa %4, %n échec.</numerusform>
            <numerusform>%1 noté&#xa0;: AP@0.5 moyenne %2, Pd %3, Pfa %4, %n échecs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Exécution annulée&#xa0;; elle ne compte pas comme une soumission.</translation>
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
        <translation>&amp;Ouvrir un jeu d&apos;images...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>Ouvrir le dossier d&apos;un jeu d&apos;images</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>Scan &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>Scan &amp;suivant</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>Afficher la &amp;vérité terrain</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue&#xa0;:</translation>
    </message>
    <message>
        <source>The view of a dual-view scanner to show</source>
        <translation>La vue à afficher d&apos;un scanner à double vue</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Aucun jeu d&apos;images ouvert.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>Aucun jeu d&apos;images trouvé. Ouvrez-en un avec Fichier &gt; Ouvrir un jeu d&apos;images...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Ouvrir un jeu d&apos;images</translation>
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
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Ce jeu d&apos;images ne contient aucun scan.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>Le jeu d&apos;images ne contient pas de scan «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Chargement de %1...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>Le jeu d&apos;images n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Jeux d&apos;images</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Aucun scan affiché.</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Console de l&apos;organisateur</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>&amp;Essayer un plugin ATD...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Exécuter un plugin ATD sur un jeu d&apos;entraînement et consulter ses indicateurs, tels qu&apos;un événement les noterait</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>Ouvrir un volume &amp;CT...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>Afficher les coupes d&apos;un volume CT DICOS ou DICOM</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>Ouvrir un volume CT</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>Fichiers DICOM et DICOS (*.dcm *.dcs);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>Classes de matière MeV</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>L&apos;accélérateur linéaire 4/6 MV d&apos;un portique fret distingue quatre classes ; les couleurs continues des scanners de bagages ne valent pas à ces énergies.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Organique : aliments, bois, papier, plastiques, drogues, tabac</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Mixte : verre, céramique, aluminium, béton</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Acier : fer, acier, cuivre</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Métal lourd : étain, tungstène, plomb, uranium</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Hachuré : indéterminable (matière mince, métal lourd mince lu comme organique, bords, bruit)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Noir : impénétrable</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1&#xa0;: le jeu n&apos;a pas de vérité terrain pour la notation</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialDialog</name>
    <message>
        <source>Try an ATD Plugin</source>
        <translation>Essayer un plugin ATD</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v scans sur %m</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Choisissez un plugin et un jeu d&apos;entraînement avec vérité terrain, puis exécutez-le&#xa0;: il est noté comme lors d&apos;un événement.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 exécuté sur %n scan&#xa0;: %2 en échec.</numerusform>
            <numerusform>%1 exécuté sur %n scans&#xa0;: %2 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 ne s&apos;est pas exécuté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Bibliothèque (interface C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programme (service gRPC)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>La bibliothèque partagée du plugin (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>Le texte de configuration transmis à la bibliothèque&#xa0;; peut être vide</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Une commande qui affiche «&#xa0;listening on HOST:PORT&#xa0;», avec ses arguments</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Le nom de cette exécution dans les résultats (par défaut&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Autre jeu…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Plugin:</source>
        <translation>Plugin&#xa0;:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Jeu d&apos;images&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Secondes par scan&#xa0;:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Mémoire par processus&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Choisir la bibliothèque d&apos;un plugin</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Bibliothèques partagées (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Choisir un jeu d&apos;images avec vérité terrain</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>choisissez la bibliothèque du plugin</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>saisissez la commande qui lance le plugin</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>choisissez un jeu d&apos;images avec vérité terrain</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Points par participant</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Points au fil du temps</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minutes après %1 (heure du serveur)</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>La manche n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Trouver la menace</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Contrôle de déclaration</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Trouver le plus possible</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fausse alarme</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Rejet correct</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Marchandise erronée</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Quantité erronée</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Poids erroné</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Marchandise non déclarée</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 points par cible trouvée, −%2 par fausse alarme</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, jusqu&apos;à %1 pour la rapidité</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Un marquage trouve un objet quand son centre est sur l&apos;objet, ou quand il couvre au moins la moitié du cadre de l&apos;objet sans dépasser quatre fois sa taille.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Un marquage trouve un objet quand son centre est sur l&apos;objet.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Un seul marquage peut trouver plusieurs objets côte à côte.</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Marchandises&#xa0;: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>Code SH&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Quantité&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Poids brut&#xa0;: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Non noté&#xa0;: ce scan n&apos;a pas de vérité terrain</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>RAS&#xa0;: rien à signaler (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Valider les marquages (Entrée)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminer la manche</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Terminer la manche</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>Terminer la manche maintenant&#xa0;? Les scans auxquels vous n&apos;avez pas encore répondu comptent comme hors délai.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Continuer à jouer</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Scan suivant (Espace)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Chargement du scan %1 sur %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scan %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Ouvrir le dossier d&apos;un jeu d&apos;images…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Jeux d&apos;images</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>sans chronomètre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>après chaque scan</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>à la fin de la manche</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>un marquage doit indiquer la bonne catégorie</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Démarrer la manche</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Type de manche&#xa0;:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Temps par scan&#xa0;:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Temps pour la manche&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Barème&#xa0;:</translation>
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
        <translation>Bibliothèque des menaces…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Chaque type de menace de ces jeux, expliqué et montré isolément</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>Le type de manche propre au jeu vient en premier&#xa0;; les autres sont proposés là où le jeu s&apos;y prête</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>votre nom, si des stagiaires partagent ce PC</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Stagiaire&#xa0;:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Tous les types de manche</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>adapter les scans à mes niveaux</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>Les cibles de chaque catégorie de menace sont tirées à votre niveau, qui monte après les manches où vous en trouvez trois sur quatre et descend quand vous en trouvez moins de la moitié</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1&#xa0;: niveau %2 sur %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Niveaux&#xa0;: toutes les catégories commencent à 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>Les résultats d&apos;entraînement ne seront pas conservés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Enregistrer un plugin</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Le nom qu&apos;il porte dans les classements</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Bibliothèque (interface C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programme (service gRPC)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>Son fichier sur le serveur</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Pour une bibliothèque&#xa0;: le texte de configuration</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Pour un programme&#xa0;: ses arguments</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Bibliothèque ou programme&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Jeton du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Aucun&#xa0;: seuls les organisateurs l&apos;exécutent</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>donnez un libellé au plugin</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>indiquez la bibliothèque ou le programme du plugin sur le serveur</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Manche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Résultats de %1, %2. Phase&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Classement par manche</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC&#xa0;: taux de détection en fonction du taux de fausses alarmes</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Taux de fausses alarmes (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Taux de détection (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>tous les scans du jeu</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>La même graine tire les mêmes scans</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Aucune cochée&#xa0;: toutes les catégories comptent comme cibles (contrôles de déclaration&#xa0;: les incohérences)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>après chaque scan (séances d&apos;entraînement)</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>à la fin de la manche</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>un marquage doit indiquer la bonne catégorie</translation>
    </message>
    <message>
        <source>Scans to draw</source>
        <translation>Scans à tirer</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Graine du tirage</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Points par cible trouvée</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Bonus de rapidité, au plus</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Pénalité par fausse alarme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Par scan</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Chronomètre de manche</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Pause après</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>pas de chronomètre par scan</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>pas de chronomètre de manche</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Ajouter la manche</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouvelle manche</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Jeu d&apos;images</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Type de manche</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Secondes par scan</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Secondes de la manche</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 scans)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>Départ des chronomètres</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>avec la manche&#xa0;: elle se termine pour tous au même moment</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>quand chaque participant arrive, dans le délai d&apos;arrivée</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Combien de temps après le début de la manche un participant peut encore la rejoindre&#xa0;; qui arrive plus tard ne joue pas cette manche</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Délai d&apos;arrivée</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>à l&apos;arrivée (délai %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>avec la manche</translation>
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
        <translation>Manche %1</translation>
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
        <translation>Scanner&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Taille de pixel&#xa0;:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Marchandises&#xa0;:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>Code SH&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Poids brut&#xa0;:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine&#xa0;:</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Peak voltage:</source>
        <translation>Tension de crête :</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (accélérateur linéaire)</translation>
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
        <translation>fausse alarme</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>manqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time ran out.</source>
        <translation>Temps écoulé.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Manqué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n marquage sans rien à signaler</numerusform>
            <numerusform>%n marquages sans rien à signaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Points&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanListModel</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanReviewPage</name>
    <message>
        <source>Previous scan (Page Up)</source>
        <translation>Scan précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Scan suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Retour au score</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>En pointillés&#xa0;: la vérité terrain, en vert là où vous l&apos;avez trouvée, en rouge là où vous l&apos;avez manquée. En trait plein&#xa0;: vos marquages, barrés en orange là où ils ne marquaient rien à signaler.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>Aucun scan n&apos;a reçu de réponse.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Chargement du scan %1 sur %2…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>Le jeu d&apos;images ne contient plus le scan «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Scan %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Répondu en %1 s</translation>
    </message>
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>Le scan %1 n&apos;a pas été affiché sur cet ordinateur&#xa0;; il ne peut donc pas être revu ici.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>View %1 of %2</source>
        <translation>Vue %1 sur %2</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Vue %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>Le scan ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>Vos marquages</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>Appuyez sur B et tracez un cadre pour marquer une zone suspecte&#xa0;; Suppr retire le marquage sélectionné.</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Recommencer l&apos;entraînement</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&#xa0;: %2 points&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Taux de détection&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2 sur %3 scans avec une cible)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Taux de fausses alarmes&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2 sur %3 scans RAS)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′&#xa0;: &lt;b&gt;%1&lt;/b&gt; · A′&#xa0;: %2 · d&lt;sub&gt;a&lt;/sub&gt;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Cibles trouvées&#xa0;: %1 sur %2 · marquages sur rien&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Temps de réponse&#xa0;: moyenne %1 s, médiane %2 s · %n scan hors délai</numerusform>
            <numerusform>Temps de réponse&#xa0;: moyenne %1 s, médiane %2 s · %n scans hors délai</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Barème&#xa0;: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (hors délai)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Revoir les scans</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Tous les scans de la manche à nouveau, avec la vérité terrain à côté de vos marquages</translation>
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
        <translation>Taux de détection %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Taux de fausses alarmes %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
    </message>
    <message>
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>Aucun scan n&apos;a été affiché à temps.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>La capture d&apos;écran a échoué&#xa0;: %1</translation>
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
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pen::gui::TextureViewRenderer</name>
    <message>
        <source>The image shader failed: %1</source>
        <translation>Le shader d&apos;image a échoué&#xa0;: %1</translation>
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
        <translation>Chlorhydrate de cocaïne, une poudre blanche, passée en contrebande sous forme de pains d&apos;1 kg pressés et enrubannés, de petits sachets, ou dans le fret en blocs de pains.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Une substance organique (numéro atomique effectif d&apos;environ 7), donc orange dans les couleurs matière, plus dense que des vêtements ou la plupart des aliments&#xa0;: un bloc orange homogène aux bords nets, au pourtour un peu plus sombre là où le ruban est enroulé. En niveaux de gris, c&apos;est un bloc gris moyen uniforme&#xa0;; le mode organique seul le conserve et masque le métal qui l&apos;entoure.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Cherchez des blocs orange homogènes aux bords nets qui ne correspondent à rien de ce qui est emballé&#xa0;: trop denses pour des vêtements, trop réguliers pour des aliments. Regardez aussi dans les parois, les fonds et les marchandises.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Héroïne</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Héroïne base, une poudre brunâtre, conditionnée comme la cocaïne&#xa0;: pains pressés, petits sachets, blocs dans le fret.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Organique, donc orange dans les couleurs matière, d&apos;une nuance plus claire que la cocaïne de même épaisseur&#xa0;; les pains ont des bords nets, les sachets des bords arrondis. Le mode organique seul la conserve et masque le métal qui l&apos;entoure.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Cherchez des blocs orange homogènes ou des amas de sachets arrondis qui ne correspondent à rien de ce qui est emballé autour.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Stupéfiants</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Drogues en poudre, pressées ou conditionnées.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Organiques, donc orange dans les couleurs matière&#xa0;; les drogues conditionnées sont plus homogènes et plus denses que la plupart des marchandises.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Cherchez des masses orange homogènes aux bords nets ou arrondis qui ne correspondent à rien de ce qui est emballé autour.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistolet</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Un pistolet semi-automatique&#xa0;: une culasse en acier sur le canon et le ressort, un chargeur en acier dans une carcasse et une poignée en polymère.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>L&apos;acier arrête l&apos;essentiel du faisceau&#xa0;: bleu foncé à noir dans les couleurs matière&#xa0;; la poignée en polymère n&apos;est que faiblement colorée. Vu de dessus, il montre le L formé par la culasse et la poignée&#xa0;; vu de chant, c&apos;est une courte barre sombre. La haute pénétration montre le canon, le ressort et le chargeur à l&apos;intérieur de la culasse sombre.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Cherchez le L de la culasse et de la poignée et le rectangle dense du chargeur. Là où une barre sombre pourrait être un pistolet vu de chant, regardez l&apos;autre vue.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Couteau</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Un couteau à lame fixe d&apos;environ 28 cm&#xa0;: une fine lame d&apos;acier dans un manche en plastique.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>La lame est fine&#xa0;: seulement bleu clair à plat, une ligne sombre vue de chant. Le manche est en plastique et apparaît en orange, facile à manquer. Le rehaussement des contours accentue le contour de la lame.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Suivez les longues lignes bleues et fines terminées par une pointe&#xa0;; un manche orange à l&apos;autre extrémité le confirme.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Une arme à feu, une lame ou une pièce de l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Surtout de l&apos;acier&#xa0;: bleu à noir dans les couleurs matière, avec les formes de canons, de lames et de ressorts.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Cherchez les formes typiques des armes parmi les objets denses&#xa0;; passez à l&apos;autre vue pour les objets vus de chant.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Explosif avec détonateur</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Un bloc d&apos;explosif à base de RDX ou de TNT avec un détonateur et des fils&#xa0;: un engin explosif improvisé.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>L&apos;explosif est organique et dense (environ 1,6 g/cm³)&#xa0;: orange, plus sombre que des aliments de même épaisseur. L&apos;enveloppe métallique du détonateur est un petit cylindre bleu, les fils de fines lignes bleues qui y mènent. En niveaux de gris, le bloc ressemble à n&apos;importe quel objet organique dense&#xa0;; seul l&apos;ensemble des éléments le trahit.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Un bloc orange relié par des fils à une petite pièce métallique&#xa0;: voilà le schéma à connaître. Le mode organique seul ne montre que le bloc, le mode inorganique seul que le détonateur et les fils.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Billets de banque</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Liasses de 100 billets de banque rangées côte à côte ou empilées.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>Le papier est organique et léger&#xa0;: orange pâle, les liasses formant une rangée de rectangles égaux séparés par de fines lignes. Les billets de banque ne contiennent pas de métal&#xa0;; le mode inorganique seul les masque donc&#xa0;; la basse pénétration fait ressortir le papier léger.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Cherchez des rangées de rectangles égaux orange pâle, plus réguliers que des documents ou des livres.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Cigarettes</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Cigarettes en cartouches de dix paquets ou en caisses de cinquante cartouches, cachées parmi les marchandises ou derrière de fausses parois.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>Le tabac et le papier sont organiques et légers&#xa0;: orange, en une grille régulière, car les parois en carton des paquets, cartouches et caisses apparaissent comme de fines lignes à pas constant. En niveaux de gris, c&apos;est un bloc finement rayé.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Cherchez une grille régulière de cellules égales de matière organique légère, et comptez les cellules pour estimer la quantité.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Cache aménagée</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Un double fond, une fausse paroi ou un faux plancher aménagé dans un bagage, un véhicule ou un conteneur pour y dissimuler des marchandises.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Une tôle d&apos;acier ou un panneau supplémentaire apparaît comme une bande droite bleue ou noire là où il ne devrait pas y en avoir&#xa0;: une paroi plus épaisse que sa symétrique, un double plancher. Les marchandises cachées derrière n&apos;apparaissent qu&apos;à travers elle.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Comparez les parois et les planchers entre eux&#xa0;: une paroi plus épaisse ou un panneau le long d&apos;une paroi en est le signe. La haute pénétration permet de voir au travers.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Textiles non déclarés</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Balles de tissu polyester chargées parmi les marchandises déclarées.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>La fibre plastique est organique&#xa0;: blocs orange homogènes de balles, plus légers que la plupart des marchandises de même taille, sans la grille des cartons.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Cherchez des blocs dont la texture et la densité diffèrent du reste du chargement et de ce que la déclaration indique.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Chargement non conforme à sa déclaration</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>Les marchandises visibles ne sont pas celles déclarées&#xa0;: d&apos;autres marchandises, une autre quantité ou un autre poids.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>C&apos;est tout le chargement qui constitue le constat&#xa0;: sa couleur, sa densité et son conditionnement ne correspondent pas aux marchandises déclarées (pièces métalliques déclarées comme meubles, moitié des cartons déclarés, chargement bien plus lourd que déclaré).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Lisez d&apos;abord la déclaration, puis interrogez l&apos;image&#xa0;: ces marchandises ressemblent-elles à cela, y en a-t-il autant qu&apos;il le faudrait, cela pourrait-il peser autant&#xa0;?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Élément à signaler</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Un objet que la manche demande de signaler et qui n&apos;appartient à aucun des types ci-dessus.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>Sa couleur indique sa matière&#xa0;: orange organique, vert mixte ou métal léger, bleu métal, noir trop dense pour être traversé.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Cherchez ce qui ne va pas avec le reste du contenu.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>Comment le trouver&#xa0;:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Mieux visible avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Retour à l&apos;entraînement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothèque des menaces&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Exemple précédent</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Exemple suivant</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n exemple)</numerusform>
            <numerusform>%1 (%n exemples)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Aucun jeu ici ne contient ses cibles rendues isolément. Les jeux de démonstration fournis et les jeux générés par cette version, si.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Le montrer avec %1</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Exemple %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Le fichier de jeton %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>Le fichier de jeton %1 est vide&#xa0;: sa première ligne doit être le jeton.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>Le fichier de jeton %1 est trop volumineux pour contenir un jeton.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>Le fichier de jeton %1 ne contient pas de jeton&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Le jeton de &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>C&apos;est la seule fois où le secret est affiché&#xa0;: le serveur n&apos;en conserve qu&apos;une empreinte. Copiez-le maintenant et transmettez-le à son titulaire par un canal sûr.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>Révoquer le jeton «&#xa0;%1&#xa0;»&#xa0;? Son détenteur ne pourra plus l&apos;utiliser, et il ne pourra pas être rétabli.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>à qui il est destiné, p. ex. A. Agent (portable 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Émettre le jeton</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Révoquer le jeton sélectionné</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>Le jeton personnel d&apos;un membre de l&apos;équipe&#xa0;: le classement montre les réponses de chaque membre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(joue seul)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>La console partagée de l&apos;équipe</translation>
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
        <translation>Le serveur %1 est injoignable (%2). Vérifiez l&apos;adresse et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>Le serveur n&apos;accepte pas ce jeton&#xa0;: il est inconnu ou a été révoqué (%1). Demandez-en un nouveau à l&apos;organisateur.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Ce jeton ne permet pas de jouer dans un tournoi (%1). Utilisez le jeton de participant que l&apos;organisateur a émis.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Trop tard&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>Le serveur n&apos;a pas répondu à temps (%1). Vérifiez la connexion.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>le serveur a fermé le flux de l&apos;événement</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>Le scan %1 ne peut pas être affiché&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>En attente du démarrage de l&apos;événement par l&apos;organisateur</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 commence dans</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>Vous avez répondu à tous les scans de %1. En attente de la fin de la manche.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 est en cours</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>L&apos;organisateur a mis l&apos;événement en pause</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Pause&#xa0;: la manche suivante commence dans</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>L&apos;événement est terminé</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Manche %1&#xa0;: %2 (%3), %n scan</numerusform>
            <numerusform>Manche %1&#xa0;: %2 (%3), %n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s par scan</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 pour la manche</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>Vous avez répondu à tous les scans de %1. La manche se termine pour tous au plus tard dans</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>&#xa0;; votre chronomètre démarre quand vous ouvrez le premier scan (arrivée dans un délai de %1)</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marquages</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>Vos résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (temps écoulé)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Pause&#xa0;: la manche suivante commence dans %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>L&apos;événement est terminé. Merci de votre participation.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 points&lt;/b&gt;, rang %2&lt;br&gt;Détections %3, manqués %4, fausses alarmes %5, rejets corrects %6&#xa0;; d′ %7&#xa0;; temps de réponse moyen %8 s&#xa0;; %n scan hors délai</numerusform>
            <numerusform>&lt;b&gt;%1 points&lt;/b&gt;, rang %2&lt;br&gt;Détections %3, manqués %4, fausses alarmes %5, rejets corrects %6&#xa0;; d′ %7&#xa0;; temps de réponse moyen %8 s&#xa0;; %n scans hors délai</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Revoir les scans avec la vérité terrain</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;L&apos;événement est terminé.&lt;/b&gt; Vous terminez %1 sur %n participant avec %2 points.</numerusform>
            <numerusform>&lt;b&gt;L&apos;événement est terminé.&lt;/b&gt; Vous terminez %1 sur %n participants avec %2 points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>L&apos;organisateur a mis l&apos;événement en pause. Les chronomètres sont arrêtés.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Envoi de votre réponse…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Connexion perdue&#xa0;: votre réponse sera envoyée dès que le serveur sera de retour.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>Le serveur n&apos;a pas accepté la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Valider les marquages (Entrée)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>RAS&#xa0;: rien à signaler (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Barème&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Chargement du scan %1 sur %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Scan %1 sur %2</translation>
    </message>
    <message>
        <source>Your last scan</source>
        <translation>Votre dernier scan</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Scan %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>Votre réponse au scan %1 a été reçue par le serveur.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connexion perdue — reconnexion…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>ou le nom d&apos;un stagiaire&#xa0;: son historique sur vos séances d&apos;entraînement</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Afficher le bilan</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
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
        <translation>Toutes les manches</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1&#xa0;: %n manche&#xa0;; taux de détection %2 %, taux de fausses alarmes %3 %, d′ %4, da %5, réponse moyenne %6 s</numerusform>
            <numerusform>%1&#xa0;: %n manches&#xa0;; taux de détection %2 %, taux de fausses alarmes %3 %, d′ %4, da %5, réponse moyenne %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Exporter le bilan du stagiaire en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Bilan du stagiaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Imprimé le %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Par manche et par catégorie de menace</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Manches dans l&apos;ordre de jeu</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Taux par manche</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Revue des scans</translation>
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
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marquages</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Réponse (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>La vérité terrain est tracée en trait plein, les marquages du stagiaire en pointillés.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Choisissez un scan pour voir sa vue avec la vérité terrain et les marquages du stagiaire.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Manche</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Choisissez un participant de cette session pour revoir ses manches scan par scan.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Aucun scan de cette manche n&apos;est encore terminé.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>RAS</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Non noté&#xa0;: ce scan n&apos;a pas de vérité terrain</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Hors délai (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Scan %1&#xa0;: %n marquage du stagiaire, %2 points.</numerusform>
            <numerusform>Scan %1&#xa0;: %n marquages du stagiaire, %2 points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>Téléchargement du scan…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>vérité&#xa0;: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>marquage&#xa0;: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>détection&#xa0;: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>fausse alarme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerKeypad</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>brightness or contrast adjusted</source>
        <translation>luminosité ou contraste ajustés</translation>
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
        <translation>Visionneuse</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>Aucun scan n&apos;est affiché.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>Les deux vues sont affichées côte à côte.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>Aucun marquage n&apos;est sélectionné.</translation>
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
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Taille réelle 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Zoomer avec la molette</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Loupe</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Changer de vue</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Vues côte à côte</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Marquer une zone suspecte</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Supprimer le marquage sélectionné</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Couleurs matière</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Canal basse énergie</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Canal haute énergie</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Canaux fusionnés</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Organique seul</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Inorganique seul</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Haute pénétration</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Basse pénétration</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Rehaussement des contours</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Super-rehaussement</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Surbrillance de densité</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Plus clair</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Plus sombre</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Plus de contraste</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Moins de contraste</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Gamma +</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Gamma −</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Réinitialiser les réglages d&apos;image</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Ce scan n&apos;a qu&apos;une seule vue.</translation>
    </message>
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Colore tout ce qui se trouve dans une plage d&apos;atténuation haute énergie, quelle que soit sa couleur matière&#xa0;: les objets denses ressortent même là où un métal fin à Z élevé apparaît comme mixte ou organique.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Palette olive</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Déplace la fenêtre vers la matière dense. Du plomb, du tungstène ou de l&apos;or en faible épaisseur peuvent ressembler à du métal léger, voire à de l&apos;organique, dans les couleurs matière&#xa0;: leurs seuils d&apos;absorption tombent dans le canal haute énergie. Un petit objet plus sombre que sa couleur et sa taille ne le permettent appelle cette vue, la surbrillance de densité et une fouille manuelle.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>Les couleurs matière du second style de console&#xa0;: matière mixte vert olive et matière organique légèrement plus rouge. Désactivée&#xa0;: matière mixte vert pur. Toutes deux vont de l&apos;orange (organique) au bleu (métal) selon le numéro atomique effectif et virent au noir là où rien ne passe.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>Le jeton contient des caractères qu&apos;aucun jeton ne contient (caractères de contrôle ou lettres hors ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Ce n&apos;est pas un jeton PEN-Tournament&#xa0;: un jeton est «&#xa0;pen_&#xa0;» suivi de 43 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>Il n&apos;y a pas de jeton&#xa0;: le texte est vide.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Il y a plusieurs jetons ici&#xa0;: donnez-en un seul, soit la ligne affichée par pentournament-admin token-issue, soit le secret seul.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>Le jeton doit tenir sur une ligne&#xa0;: la ligne affichée par pentournament-admin token-issue, ou le secret seul.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Il y a plus qu&apos;un jeton ici&#xa0;: donnez la ligne affichée par pentournament-admin token-issue (l&apos;identifiant du jeton, puis le secret) ou le secret seul.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>Le jeton ne peut pas être envoyé&#xa0;: il contient des espaces, des caractères de contrôle ou des lettres hors ASCII. Donnez le secret seul, tel que pentournament-admin token-issue l&apos;a affiché.</translation>
    </message>
</context>
</TS>
