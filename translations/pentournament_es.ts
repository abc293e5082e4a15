<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Un escaneo de energía simple solo tiene un canal y por eso no puede distinguir la materia orgánica de la inorgánica.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Esta imagen la coloreó otro sistema y no contiene canales de energía: solo se aplican brillo, contraste, gamma, negativo, escala de grises y supresión por tono.</translation>
    </message>
</context>
<context>
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>No se pueden leer los umbrales de aprobado en %1: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>Los umbrales de aprobado en %1 no se pueden leer: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>los umbrales de %1 no son un objeto</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>el umbral de %1 en %2 no es un número</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>No se pueden guardar los umbrales de aprobado en %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>sin conexión a un servidor</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>no se puede acceder al servidor (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>el servidor no acepta este token: es desconocido o ha sido revocado (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>este token no permite hacer eso (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>el servidor no respondió a tiempo (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Listando los eventos</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Creando el evento</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Leyendo el evento</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Listando los conjuntos de imágenes</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Subiendo el conjunto de imágenes %1</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Añadiendo la ronda</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Añadiendo el participante</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Emitiendo el token</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Revocando el token</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Listando los tokens</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Controlando el evento</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Exportando los resultados</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Leyendo el informe del alumno</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Leyendo la clasificación</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Generando el conjunto de imágenes %1</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>ya se está generando un conjunto de práctica</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>cancelado; el servidor no guardó nada</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>el servidor terminó la generación sin el resumen del conjunto</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>Leyendo las respuestas del alumno</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>escaneo %1, vista %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Descargando %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>Abrir el conjunto de imágenes de &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Mostrar primero el escaneo con el &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>Usar &lt;idioma&gt; (p. ej. es) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;archivo&gt; en cuanto se muestre el escaneo y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>Practicar la lectura de escaneos de rayos X y explorar conjuntos de imágenes con su verdad de referencia.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>Mostrar el escaneo en la vista &lt;modo&gt;: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Modo de vista «%1» desconocido; opciones: %2.</translation>
    </message>
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Unirse al torneo en el servidor de &lt;host:puerto&gt; (con --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>Leer el token de acceso del participante de &lt;archivo&gt;.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Conectar con TLS, confiando en el certificado de la CA de &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>Abrir la consola del organizador y del instructor, para dirigir eventos y sesiones de práctica en un servidor.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server y --token-file van juntos: la dirección del servidor y el archivo con su token.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert requiere --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Abrir la ventana en la que un proveedor de ATD ejecuta un plugin sobre un conjunto de práctica y ve sus métricas.</translation>
    </message>
</context>
<context>
    <name>pen::gui::AuditLogPanel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryApTable</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
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
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecciones</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Tasa de aciertos por categoría de amenaza</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Tasa de aciertos %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Leer el grupo</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ al menos </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Fijar umbral de aprobado</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Quitar umbral de aprobado</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certificado (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Umbral de aprobado para</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Lectura de los umbrales de aprobado</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>alcanza el umbral de aprobado</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>por debajo del umbral de aprobado</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1: d′ al menos %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>No hay umbrales de aprobado fijados para esta sesión.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Umbrales de aprobado: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Guardado de los umbrales de aprobado</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Fije un umbral de aprobado y luego elija un alumno.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Elija un alumno.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Fije primero un umbral de aprobado.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 alcanza todos los umbrales de aprobado.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 está por debajo del umbral de aprobado en: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Guardar el certificado como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Emisión del certificado</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 no alcanza todos los umbrales de aprobado.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Certificado de formación: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 ha alcanzado los umbrales de aprobado de la sesión de formación %2 en cada categoría de amenaza indicada abajo, medidos como la sensibilidad d′ sobre todas las rondas jugadas.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Categoría de amenaza</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>d′ alcanzado</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Umbral de aprobado (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Tasa de aciertos (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Tasa de falsas alarmas (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitido el %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>host:puerto, p. ej. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>el token que le dio el organizador</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>o un archivo que lo contenga</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Archivo de token</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>opcional: el certificado de la CA (PEM) para una conexión cifrada</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Unirse a un torneo&lt;/h2&gt;&lt;p&gt;Introduzca la dirección del servidor y el token de acceso que el organizador le emitió a usted o a su equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>Archivo de token:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado de la CA:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>La dirección del servidor debe ser host:puerto, p. ej. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Introduzca su token de acceso o elija el archivo que lo contiene.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>El token introducido no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>token de organizador o de instructor</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Desde archivo…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>ninguno: texto sin cifrar en loopback</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Archivo de token</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 no contiene un token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantProgressTable</name>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Scans done</source>
        <translation>Escaneos hechos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>terminado (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● conectado</translation>
    </message>
    <message numerus="yes">
        <source>○ away for %n minute(s)</source>
        <translation>
            <numerusform>○ ausente desde hace %n minuto</numerusform>
            <numerusform>○ ausente desde hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>○ never connected</source>
        <translation>○ nunca conectado</translation>
    </message>
</context>
<context>
    <name>pen::gui::ContestantsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Id del participante</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Nuevo agente o equipo</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Para un equipo de dos, indique ambos miembros; déjelos vacíos para un agente individual.</translation>
    </message>
    <message>
        <source>Member 1</source>
        <translation>Miembro 1</translation>
    </message>
    <message>
        <source>Member 2</source>
        <translation>Miembro 2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ControlPanel</name>
    <message>
        <source>End the round</source>
        <translation>Terminar la ronda</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Terminar el evento</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>¿Terminar la ronda ahora para todos los participantes? Los escaneos aún sin responder cuentan como tiempo agotado.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>¿Terminar el evento ahora para todos los participantes? Después no se podrá jugar ninguna de sus rondas.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminar ronda</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Terminar evento</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>En pausa (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Ningún evento seleccionado</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n ronda prevista</numerusform>
            <numerusform>%n rondas previstas</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>sin reloj de ronda</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>sin reloj de ronda; %1 s por escaneo</translation>
    </message>
</context>
<context>
    <name>pen::gui::CtVolumeDialog</name>
    <message>
        <source>CT Volume</source>
        <translation>Volumen CT</translation>
    </message>
    <message>
        <source>Slice across the belt</source>
        <translation>Corte transversal a la cinta</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Visto desde arriba</translation>
    </message>
    <message>
        <source>Seen from the side</source>
        <translation>Visto de lado</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> UH</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Corte:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>Volumen CT: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 vóxeles de %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Corte %1 de %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Proyección, girada alrededor de la cinta</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Ángulo:</translation>
    </message>
    <message>
        <source>Turned %1°</source>
        <translation>Girada %1°</translation>
    </message>
</context>
<context>
    <name>pen::gui::DeclarationBox</name>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Equipaje</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Energía dual</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Energía simple</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Imagen en color</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Estupefacientes</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Cigarrillos / tabaco</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>Explosive</source>
        <translation>Explosivo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Compartimento oculto</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>polígono, %n punto</numerusform>
            <numerusform>polígono, %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>recuadro %1 × %2 en (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>La parte de los escaneos del conjunto para la fase de desarrollo; el resto se reserva para la final</translation>
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
        <translation>Guardar la evaluación</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Conjunto de imágenes:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Fracción pública:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Envíos de desarrollo:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Envíos finales:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Segundos por escaneo:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Memoria por proceso:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n escaneo)</numerusform>
            <numerusform>%1 (%n escaneos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluation is set up for this event yet.</source>
        <translation>Aún no hay ninguna evaluación configurada para este evento.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>Vigente: %1 escaneo(s) público(s) para el desarrollo, %2 privado(s) para la final; %3 y %4 envío(s) por plugin.</translation>
    </message>
</context>
<context>
    <name>pen::gui::EventsPanel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>p. ej. PEN-Tournament Evento 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Mostrar a los participantes la verdad de referencia después de cada ronda</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Sesión de práctica (instructores)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Crear evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC: objetos encontrados frente a falsos positivos por escaneo</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Falsos positivos por escaneo</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Generar un conjunto de práctica</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>letras, dígitos, «-» y «_»</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>tantos como tenga el preajuste</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>La misma semilla y los mismos ajustes dan el mismo conjunto.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>La parte de los escaneos que reciben una amenaza proyectada (Threat Image Projection, TIP). 0 con una mezcla vacía: ninguna amenaza proyectada.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>vacía: todas las categorías por igual; p. ej. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v de %m escaneos</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nombre en el servidor</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>Tasa TIP</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>Mezcla de categorías TIP</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>el elemento «%1» de la mezcla TIP no es CATEGORÍA=PESO (p. ej. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>el elemento «%1» de la mezcla TIP necesita un peso de 0 o más</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>la mezcla TIP «%1» necesita al menos un peso mayor que 0</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>el nombre de conjunto «%1» no está permitido: use de 1 a 64 letras, dígitos, «-» o «_»</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>No generado: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 guardado: %2 escaneos, %3 objetos</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>pen::gui::GlPipelineRenderer</name>
    <message>
        <source>OpenGL 3.3 is not available.</source>
        <translation>OpenGL 3.3 no está disponible.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>Los shaders de realce fallaron: %1</translation>
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
        <translation>no está en esta vista</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Region (pixels)</source>
        <translation>Región (píxeles)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masa</translation>
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
        <translation>Sus rondas de práctica</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Conjuntos de imágenes</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Trainee reports</source>
        <translation>Informes de alumnos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Ronda añadida.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Participante añadido.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Conjunto de imágenes %1 subido.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Token emitido para %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Conectado a %1: %n evento que gestionar.</numerusform>
            <numerusform>Conectado a %1: %n eventos que gestionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Evento %1 creado.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Conjunto de práctica %1 generado.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Generando un conjunto de práctica</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Máquinas</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Siguiendo los eventos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>Proveedor de ATD</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Falsas alarmas</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Tasa de falsas alarmas</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Tiempo medio (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>da</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Mean response (s)</source>
        <translation>Respuesta media (s)</translation>
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
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Agente o máquina</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Tasa de falsas alarmas</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Tiempo mediano (s)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ImageSetsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 del manifiesto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>letras, dígitos, «-» y «_»</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Subir la carpeta de un conjunto de imágenes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nombre en el servidor</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Carpeta del conjunto de imágenes</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 guardado: %2 escaneos, %3 objetos</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>La subida falló: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exportar informe PDF…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>La clasificación en directo se detuvo: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>Siguiendo %1 en directo</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>En directo: última actualización %1 (hora del servidor)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Exportar las respuestas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Exportar los resultados como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Su nivel en cada categoría de amenaza</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
</context>
<context>
    <name>pen::gui::LobbyPage</name>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rondas:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>Juega como %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>Juega como %1, un equipo de %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Esta consola es la del equipo: las respuestas desde ella cuentan para el equipo, no para un miembro.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>Responde como %1: sus respuestas cuentan para el equipo y aparecen como suyas.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Ejecute un plugin para ver qué encontró en cada escaneo.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Esta ejecución no tiene respuestas que mostrar.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarma %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>limpio %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>El escaneo no tiene ninguna vista.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>verdad de referencia: %1</translation>
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
        <translation>Etiqueta</translation>
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
        <translation>Escaneos/h</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Probabilidad de detección: la parte de los escaneos con una amenaza que dieron una alarma</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Probabilidad de falsa alarma: la parte de los escaneos limpios que dieron una alarma</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Precisión media (mAP) sobre las categorías con un solapamiento (IoU) de 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Precisión media (mAP) sobre solapamientos (IoU) de 0,5 a 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Fallos (escaneo: motivo):</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP por categoría, %n fallo</numerusform>
            <numerusform>%1: AP por categoría, %n fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>No hay ejecución que mostrar.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>sin conexión a un servidor</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrando el plugin</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Listando los plugins</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Configurando la evaluación</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Leyendo la evaluación</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Leyendo la clasificación de las máquinas</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Leyendo la clasificación de agentes y máquinas</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Ejecutando el plugin</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>ya se está ejecutando un plugin</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>el servidor terminó la ejecución sin su resultado</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Desarrollo (parte pública)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Final (parte privada)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>En una ronda, junto a los agentes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Biblioteca o programa</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Token del proveedor</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Ejecuciones de desarrollo</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Ejecuciones finales</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Plugins y evaluación</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Clasificación de las máquinas</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Agentes y máquinas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v de %m escaneos</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrando el plugin</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Plugin %1 registrado.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Evaluación guardada: %1 escaneo(s) público(s) y %2 privado(s).</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Ejecutando el plugin</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>registre primero un plugin</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 puntuado: AP@0.5 media %2, Pd %3, Pfa %4, %n fallo.</numerusform>
            <numerusform>%1 puntuado: AP@0.5 media %2, Pd %3, Pfa %4, %n fallos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Ejecución cancelada; no cuenta como envío.</translation>
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
        <translation>&amp;Abrir conjunto de imágenes...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>Abrir la carpeta de un conjunto de imágenes</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>Escaneo &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>Escaneo &amp;siguiente</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>Mostrar la &amp;verdad de referencia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>The view of a dual-view scanner to show</source>
        <translation>La vista que se muestra de un escáner de doble vista</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Ningún conjunto de imágenes abierto.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>No se encontró ningún conjunto de imágenes. Abra uno con Archivo &gt; Abrir conjunto de imágenes...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Abrir conjunto de imágenes</translation>
    </message>
    <message>
        <source>%1 – PEN-Tournament</source>
        <translation>%1 – PEN-Tournament</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n escaneo</numerusform>
            <numerusform>%n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Este conjunto de imágenes no tiene escaneos.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>El conjunto de imágenes no tiene el escaneo «%1».</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Cargando %1...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Escaneo %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>No se pudo mostrar el conjunto de imágenes.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Conjuntos de imágenes</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Ningún escaneo mostrado.</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Consola del organizador</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>&amp;Probar un plugin ATD...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Ejecutar un plugin ATD sobre un conjunto de práctica y ver sus métricas, tal como lo puntuaría un evento</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>Abrir volumen &amp;CT...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>Mostrar los cortes de un volumen CT DICOS o DICOM</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>Abrir volumen CT</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>Archivos DICOM y DICOS (*.dcm *.dcs);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>Clases de material MeV</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>El acelerador lineal de 4/6 MV de un pórtico de carga distingue cuatro clases; los colores continuos de los escáneres de equipaje no valen a estas energías.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Orgánico: alimentos, madera, papel, plásticos, drogas, tabaco</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Mixto: vidrio, cerámica, aluminio, hormigón</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Acero: hierro, acero, cobre</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Metal pesado: estaño, wolframio, plomo, uranio</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Rayado: no se puede determinar (materia delgada, metal pesado delgado que parece orgánico, bordes, ruido)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Negro: impenetrable</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1: el conjunto no tiene verdad de referencia con la que puntuar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialDialog</name>
    <message>
        <source>Try an ATD Plugin</source>
        <translation>Probar un plugin ATD</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v de %m escaneos</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Elija un plugin y un conjunto de práctica con verdad de referencia y ejecútelo: se puntúa como en un evento.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 se ejecutó sobre %n escaneo: %2 fallaron.</numerusform>
            <numerusform>%1 se ejecutó sobre %n escaneos: %2 fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 no se ejecutó: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecciones</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Biblioteca (interfaz C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programa (servicio gRPC)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>La biblioteca compartida del plugin (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>El texto de configuración que recibe la biblioteca; puede estar vacío</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Una orden que imprime «listening on HOST:PORT», con sus argumentos</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Biblioteca:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Cómo llaman los resultados a esta ejecución (por defecto: el nombre del archivo)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Otro conjunto…</translation>
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
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Conjunto de imágenes:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Segundos por escaneo:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Memoria por proceso:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Elegir la biblioteca de un plugin</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Bibliotecas compartidas (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Elegir un conjunto de imágenes con verdad de referencia</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>elija la biblioteca del plugin</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>escriba la orden que inicia el plugin</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>elija un conjunto de imágenes con verdad de referencia</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Puntos por participante</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Puntos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minutos después de %1 (hora del servidor)</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>No se pudo guardar la ronda: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Encontrar la amenaza</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Control de declaración</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Encontrar el máximo</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Acierto</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Omisión</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Falsa alarma</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Rechazo correcto</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Mercancía errónea</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Cantidad errónea</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Peso erróneo</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Mercancía no declarada</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 puntos por objetivo encontrado, −%2 por falsa alarma</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, hasta %1 por rapidez</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Una marca encuentra un objeto cuando su centro está sobre el objeto, o cuando cubre al menos la mitad del recuadro del objeto y no supera cuatro veces su tamaño.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Una marca encuentra un objeto cuando su centro está sobre el objeto.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Una sola marca puede encontrar varios objetos contiguos.</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Mercancía: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>Código SA: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Cantidad: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Peso bruto: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Sin evaluar: este escaneo no tiene verdad de referencia</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Limpio: nada que señalar (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Enviar marcas (Intro)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminar ronda</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Terminar la ronda</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>¿Terminar la ronda ahora? Los escaneos que aún no ha respondido cuentan como tiempo agotado.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Seguir jugando</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Siguiente escaneo (Espacio)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Cargando el escaneo %1 de %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Escaneo %1 de %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Abrir carpeta de conjunto de imágenes…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Conjuntos de imágenes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>sin reloj</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>después de cada escaneo</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>al final de la ronda</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>una marca debe indicar la categoría correcta</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Iniciar ronda</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Tipo de ronda:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Tiempo por escaneo:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Tiempo para la ronda:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Puntuación:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n escaneo</numerusform>
            <numerusform>%1 — %n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat library…</source>
        <translation>Biblioteca de amenazas…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Cada tipo de amenaza de estos conjuntos, explicado y mostrado por separado</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>El tipo de ronda propio del conjunto va primero; los demás se ofrecen cuando el conjunto se presta a ellos</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>su nombre, si varios alumnos comparten este PC</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Alumno:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Todos los tipos de ronda</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>adaptar los escaneos a mis niveles</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>Los objetivos de cada categoría de amenaza se eligen en su nivel, que sube tras las rondas en que encuentra tres de cada cuatro y baja cuando encuentra menos de la mitad</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1: nivel %2 de %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Niveles: todas las categorías empiezan en 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveles: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>Los resultados de práctica no se guardarán: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Registrar un plugin</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Cómo lo nombran las clasificaciones</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Biblioteca (interfaz C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programa (servicio gRPC)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>Su archivo en el servidor</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Para una biblioteca: el texto de configuración</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Para un programa: sus argumentos</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Biblioteca o programa:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Token del proveedor:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Ninguno: solo lo ejecutan los organizadores</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>dé una etiqueta al plugin</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>indique la biblioteca o el programa del plugin en el servidor</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronda %1: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Resultados de %1, %2. Fase: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Clasificación por ronda</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC: tasa de detección frente a tasa de falsas alarmas</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Tasa de falsas alarmas (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Tasa de detección (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Azar</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>todos los escaneos del conjunto</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>La misma semilla extrae los mismos escaneos</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Ninguna marcada: todas las categorías cuentan como objetivo (controles de declaración: las incoherencias)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>después de cada escaneo (sesiones de práctica)</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>al final de la ronda</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>una marca debe indicar la categoría correcta</translation>
    </message>
    <message>
        <source>Scans to draw</source>
        <translation>Escaneos que extraer</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Semilla de la extracción</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Puntos por objetivo encontrado</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Bonificación por rapidez, como máximo</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Penalización por falsa alarma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Por escaneo</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Reloj de ronda</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>sin reloj por escaneo</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>sin reloj de ronda</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Añadir ronda</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Conjunto de imágenes</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Tipo de ronda</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Segundos por escaneo</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Segundos de la ronda</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 escaneos)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>Los relojes empiezan</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>con la ronda: termina para todos a la vez</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>cuando se une cada participante, dentro del plazo de incorporación</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Cuánto tiempo después del inicio de la ronda puede unirse aún un participante; quien llegue más tarde no juega la ronda</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Plazo de incorporación</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>al unirse (plazo %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>con la ronda</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanClockBar</name>
    <message>
        <source>Scan %1</source>
        <translation>Escaneo %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanDetailsPanel</name>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Escáner:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Tamaño de píxel:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Mercancía:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>Código SA:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Peso bruto:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>%1, %2, %3 × %4 pixels</source>
        <translation>%1, %2, %3 × %4 píxeles</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Peak voltage:</source>
        <translation>Tensión de pico:</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (acelerador lineal)</translation>
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
        <translation>falsa alarma</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>encontrado: %1</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>Time ran out.</source>
        <translation>Se agotó el tiempo.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n marca sobre nada que señalar</numerusform>
            <numerusform>%n marcas sobre nada que señalar</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Puntos: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanListModel</name>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanReviewPage</name>
    <message>
        <source>Previous scan (Page Up)</source>
        <translation>Escaneo anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Escaneo siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Volver a la puntuación</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Discontinuo: la verdad de referencia, en verde donde la encontró, en rojo donde la omitió. Continuo: sus marcas, tachadas en naranja donde no marcaban nada que señalar.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>No se respondió ningún escaneo.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Cargando el escaneo %1 de %2…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>El conjunto de imágenes ya no tiene el escaneo «%1».</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Escaneo %1 de %2: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Respondido en %1 s</translation>
    </message>
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>El escaneo %1 no se mostró en este ordenador, así que no se puede revisar aquí.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewer</name>
    <message>
        <source>View %1 of %2</source>
        <translation>Vista %1 de %2</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Vista %1 de %2: %3</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>No se puede mostrar el escaneo: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>¿Qué es?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>Sus marcas</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>Pulse B y arrastre un recuadro para marcar una región sospechosa; Supr elimina la marca seleccionada.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScorePage</name>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Practicar de nuevo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1: %2 puntos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Tasa de aciertos: &lt;b&gt;%1&lt;/b&gt; (%2 de %3 escaneos con objetivo)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Tasa de falsas alarmas: &lt;b&gt;%1&lt;/b&gt; (%2 de %3 escaneos limpios)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Objetivos encontrados: %1 de %2 · marcas sobre nada: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Tiempo de respuesta: media %1 s, mediana %2 s · %n escaneo con tiempo agotado</numerusform>
            <numerusform>Tiempo de respuesta: media %1 s, mediana %2 s · %n escaneos con tiempo agotado</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Puntuación: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (tiempo agotado)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Revisar escaneos</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Todos los escaneos de la ronda de nuevo, con la verdad de referencia junto a sus marcas</translation>
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
        <translation>Tasa de aciertos %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Tasa de falsas alarmas %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tasa %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>No se mostró ningún escaneo a tiempo.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>No se puede escribir la captura de pantalla %1.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>La captura de pantalla falló: %1</translation>
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
        <translation>El shader de imagen falló: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatDescription</name>
    <message>
        <source>Cocaine</source>
        <translation>Cocaína</translation>
    </message>
    <message>
        <source>Cocaine hydrochloride, a white powder, smuggled as 1 kg bricks pressed and wound in tape, as small packs, or in cargo as blocks of bricks.</source>
        <translation>Clorhidrato de cocaína, un polvo blanco, que se pasa de contrabando en ladrillos de 1 kg prensados y envueltos en cinta, en paquetes pequeños o, en la carga, en bloques de ladrillos.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Una sustancia orgánica (número atómico efectivo de unos 7), por tanto naranja en los colores de material, más densa que la ropa o la mayoría de los alimentos: un bloque naranja uniforme de bordes nítidos, con el contorno algo más oscuro donde está enrollada la cinta. En escala de grises es un bloque gris medio uniforme; solo orgánico lo conserva y oculta el metal que lo rodea.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Busque bloques naranjas uniformes de bordes nítidos que no correspondan a nada de lo embalado: demasiado densos para ropa, demasiado regulares para alimentos. Mire también dentro de paredes, fondos y mercancías.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroína</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Heroína base, un polvo pardusco, embalada como la cocaína: ladrillos prensados, paquetes pequeños, bloques en la carga.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Orgánica, por tanto naranja en los colores de material, un tono más clara que la cocaína del mismo grosor; los ladrillos muestran bordes nítidos, los paquetes bordes redondeados. Solo orgánico la conserva y oculta el metal que la rodea.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Busque bloques naranjas uniformes o grupos de paquetes redondeados que no correspondan a nada de lo embalado a su alrededor.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Estupefacientes</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Drogas en polvo, prensadas o embaladas.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Orgánicos, por tanto naranjas en los colores de material; las drogas embaladas son más uniformes y densas que la mayoría de las mercancías.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Busque masas naranjas uniformes de bordes nítidos o redondeados que no correspondan a nada de lo embalado a su alrededor.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistola</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Una pistola semiautomática: una corredera de acero sobre el cañón y el muelle, un cargador de acero en un armazón y una empuñadura de polímero.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>El acero detiene la mayor parte del haz: azul oscuro a negro en los colores de material; la empuñadura de polímero apenas se colorea. Vista desde arriba muestra la L de corredera y empuñadura; de canto es una barra oscura corta. Alta penetración muestra el cañón, el muelle y el cargador dentro de la corredera oscura.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Busque la L de corredera y empuñadura y el rectángulo denso del cargador. Donde una barra oscura pueda ser una pistola de canto, mire la otra vista.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Cuchillo</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Un cuchillo de hoja fija de unos 28 cm: una hoja fina de acero en un mango de plástico.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>La hoja es fina: solo azul claro en plano, una línea oscura de canto. El mango es de plástico y aparece en naranja, fácil de pasar por alto. El realce de bordes perfila el contorno de la hoja.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Siga líneas azules largas y finas con una punta en un extremo; un mango naranja en el otro extremo lo confirma.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Un arma de fuego, una hoja o una pieza de ellas.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Sobre todo acero: azul a negro en los colores de material, con las formas de cañones, hojas y muelles.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Busque las formas típicas de las armas entre los objetos densos; pase a la otra vista para los objetos de canto.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Explosivo con detonador</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Un bloque de explosivo a base de RDX o TNT con un detonador y cables: un artefacto explosivo improvisado.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>El explosivo es orgánico y denso (unos 1,6 g/cm³): naranja, más oscuro que alimentos del mismo grosor. La cápsula metálica del detonador es un pequeño cilindro azul; los cables, finas líneas azules que llegan a él. En escala de grises el bloque parece cualquier objeto orgánico denso; solo el conjunto de las piezas lo delata.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Un bloque naranja unido por cables a una pequeña pieza metálica es el patrón que hay que conocer. Solo orgánico muestra solo el bloque; solo inorgánico, solo el detonador y los cables.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Billetes</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Fajos de 100 billetes colocados uno junto a otro o apilados.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>El papel es orgánico y ligero: naranja pálido, los fajos una fila de rectángulos iguales con líneas tenues entre ellos. Los billetes no contienen metal, así que solo inorgánico los oculta; baja penetración hace resaltar el papel ligero.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Busque filas de rectángulos iguales de color naranja pálido, más regulares que documentos o libros.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Cigarrillos</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Cigarrillos en cartones de diez cajetillas o en cajas de cincuenta cartones, escondidos entre mercancías o tras paredes falsas.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>El tabaco y el papel son orgánicos y ligeros: naranja, en una cuadrícula regular, porque las paredes de cartón de cajetillas, cartones y cajas aparecen como líneas finas a intervalos constantes. En escala de grises es un bloque finamente rayado.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Busque una cuadrícula regular de celdas iguales de materia orgánica ligera, y cuente las celdas para saber cuánto hay.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Compartimento oculto</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Un fondo, pared o suelo falso construido en un bolso, vehículo o contenedor para esconder mercancías detrás.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Una chapa de acero o un panel adicional aparece como una banda recta azul o negra donde no corresponde: una pared más gruesa que su gemela, un doble suelo. Las mercancías de detrás solo se ven a través de ella.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Compare paredes y suelos entre sí: uno más grueso, o un panel a lo largo de una pared, es la señal. Alta penetración permite ver a través.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Textiles no declarados</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Balas de tejido de poliéster cargadas entre las mercancías declaradas.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>La fibra plástica es orgánica: bloques naranjas uniformes de balas, más ligeros que la mayoría de las mercancías del mismo tamaño, sin la cuadrícula de las cajas.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Busque bloques cuya textura y densidad difieran del resto de la carga y de lo que indica la declaración.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Carga que no corresponde a su declaración</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>Las mercancías que se ven no son las declaradas: otras mercancías, otra cantidad u otro peso.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>La carga entera es el hallazgo: su color, densidad y embalaje no encajan con las mercancías declaradas (piezas metálicas declaradas como muebles, la mitad de las cajas declaradas, una carga mucho más pesada de lo declarado).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Lea primero la declaración y luego pregunte a la imagen: ¿tienen ese aspecto esas mercancías?, ¿hay tantas como debería haber?, ¿podría esto pesar tanto?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Algo que señalar</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Un objeto que la ronda pide señalar y que no es de ninguno de los tipos anteriores.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>Su color indica su material: naranja orgánico, verde mixto o metal ligero, azul metal, negro demasiado denso para verlo a través.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Busque lo que no encaja con el resto del contenido.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tecla %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>Cómo encontrarlo:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Se ve mejor con:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Volver a la práctica</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca de amenazas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Ejemplo anterior</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Ejemplo siguiente</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n ejemplo)</numerusform>
            <numerusform>%1 (%n ejemplos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Ningún conjunto de aquí contiene sus objetivos representados por separado. Los conjuntos de demostración incluidos y los generados por esta versión sí.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Mostrarlo con %1</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Ejemplo %1 de %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de token %1: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>El archivo de token %1 está vacío: su primera línea debe ser el token.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>El archivo de token %1 es demasiado grande para contener un token.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>El archivo de token %1 no contiene un token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>El token de &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>Es la única vez que se muestra el secreto: el servidor solo guarda un hash de él. Cópielo ahora y entrégueselo a su titular por un canal seguro.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Revocar el token</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>¿Revocar el token «%1»? Quien lo tenga ya no podrá usarlo, y no se puede restaurar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>para quién es, p. ej. A. Agente (portátil 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Emitir token</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Revocar el token seleccionado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>El token propio de un miembro del equipo: la clasificación muestra las respuestas de cada miembro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(juega solo)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>La consola compartida del equipo</translation>
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
        <translation>No se puede acceder al servidor %1 (%2). Compruebe la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>El servidor no acepta este token: es desconocido o ha sido revocado (%1). Pida uno nuevo al organizador.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Este token no permite jugar en un torneo (%1). Use el token de participante que emitió el organizador.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Demasiado tarde: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>El servidor no respondió a tiempo (%1). Compruebe la conexión.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor rechazó: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>el servidor cerró el flujo del evento</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>No se puede mostrar el escaneo %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>Esperando a que el organizador inicie el evento</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 empieza en</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>Ha respondido a todos los escaneos de %1. Esperando a que termine la ronda.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 está en curso</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>El organizador ha pausado el evento</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Descanso: la siguiente ronda empieza en</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>El evento ha terminado</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Ronda %1: %2 (%3), %n escaneo</numerusform>
            <numerusform>Ronda %1: %2 (%3), %n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s por escaneo</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 para la ronda</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>Ha respondido a todos los escaneos de %1. La ronda termina para todos como muy tarde en</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>; su reloj empieza cuando abre el primer escaneo (incorporación en %1)</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentResultsPage</name>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>Sus resultados: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (tiempo agotado)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Descanso: la siguiente ronda empieza en %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>El evento ha terminado. Gracias por participar.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 puntos&lt;/b&gt;, puesto %2&lt;br&gt;Aciertos %3, omisiones %4, falsas alarmas %5, rechazos correctos %6; d′ %7; tiempo medio de respuesta %8 s; %n escaneo con tiempo agotado</numerusform>
            <numerusform>&lt;b&gt;%1 puntos&lt;/b&gt;, puesto %2&lt;br&gt;Aciertos %3, omisiones %4, falsas alarmas %5, rechazos correctos %6; d′ %7; tiempo medio de respuesta %8 s; %n escaneos con tiempo agotado</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Revisar escaneos con la verdad de referencia</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;El evento ha terminado.&lt;/b&gt; Ha quedado en el puesto %1 de %n participante con %2 puntos.</numerusform>
            <numerusform>&lt;b&gt;El evento ha terminado.&lt;/b&gt; Ha quedado en el puesto %1 de %n participantes con %2 puntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>El organizador ha pausado el evento. Los relojes están detenidos.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Enviando su respuesta…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Conexión perdida: su respuesta se enviará en cuanto vuelva el servidor.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>El servidor no aceptó la respuesta: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Enviar marcas (Intro)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Limpio: nada que señalar (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Puntuación: %2</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Cargando el escaneo %1 de %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Escaneo %1 de %2</translation>
    </message>
    <message>
        <source>Your last scan</source>
        <translation>Su último escaneo</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Escaneo %1: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>El servidor ha recibido su respuesta al escaneo %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Conexión perdida — reconectando…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>o el nombre de un alumno: su historial en sus sesiones de práctica</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Mostrar informe</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Alumno</translation>
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
        <translation>Todas las rondas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n ronda; tasa de aciertos %2 %, tasa de falsas alarmas %3 %, d′ %4, da %5, respuesta media %6 s</numerusform>
            <numerusform>%1: %n rondas; tasa de aciertos %2 %, tasa de falsas alarmas %3 %, d′ %4, da %5, respuesta media %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Exportar el informe del alumno como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Informe del alumno: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Impreso el %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Por ronda y categoría de amenaza</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Rondas en orden de juego</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Tasas por ronda</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Revisión de escaneos</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReviewPanel</name>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Respuesta (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>La verdad de referencia se dibuja con línea continua y las marcas del alumno, discontinuas.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Elija un escaneo para ver su vista con la verdad de referencia y las marcas del alumno.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Elija un participante de esta sesión para revisar sus rondas escaneo a escaneo.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Todavía no ha terminado ningún escaneo de esta ronda.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpio</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Sin evaluar: este escaneo no tiene verdad de referencia</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Tiempo agotado (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Escaneo %1: %n marca del alumno, %2 puntos.</numerusform>
            <numerusform>Escaneo %1: %n marcas del alumno, %2 puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>Descargando el escaneo…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>verdad: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>marca: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>acierto: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>falsa alarma: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ViewerKeypad</name>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>brightness or contrast adjusted</source>
        <translation>brillo o contraste ajustados</translation>
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
        <translation>Visor</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>No se muestra ningún escaneo.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>Ambas vistas se muestran una junto a otra.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>No hay ninguna marca seleccionada.</translation>
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
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Tamaño real 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Zoom con la rueda</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Cambiar de vista</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Vistas una junto a otra</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Marcar una región sospechosa</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Eliminar la marca seleccionada</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Color de material</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Canal de baja energía</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Canal de alta energía</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Canales fusionados</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Solo orgánico</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Solo inorgánico</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Alta penetración</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Baja penetración</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Realce de bordes</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Superrealce</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Resalte de densidad</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Más claro</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Más oscuro</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Más contraste</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Menos contraste</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Subir gamma</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Bajar gamma</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Restablecer los ajustes de imagen</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Este escaneo solo tiene una vista.</translation>
    </message>
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Colorea todo lo que cae en una banda de atenuación de alta energía, sea cual sea su color de material: los objetos densos destacan incluso donde un metal fino de Z alto aparece como mixto u orgánico.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Paleta oliva</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Desplaza la ventana hacia la materia densa. El plomo, el wolframio o el oro finos pueden parecer metal ligero, incluso orgánico, en los colores de material: sus bordes de absorción caen en el canal de alta energía. Un objeto pequeño más oscuro de lo que permiten su color y su tamaño pide esta vista, el resalte de densidad y un registro manual.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>Los colores de material del segundo estilo de consola: materia mixta verde oliva y materia orgánica algo más roja. Desactivada: materia mixta verde puro. Ambas van del naranja (orgánico) al azul (metal) según el número atómico efectivo y se vuelven negras donde nada atraviesa.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>El token contiene caracteres que ningún token tiene (caracteres de control o letras fuera de ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Esto no es un token de PEN-Tournament: un token es «pen_» y 43 letras, dígitos, «-» o «_».</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>No hay token: el texto está vacío.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Aquí hay varios tokens: dé uno solo, como la línea que imprimió pentournament-admin token-issue o solo el secreto.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>El token debe ir en una línea: la línea que imprimió pentournament-admin token-issue, o solo el secreto.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Aquí hay más que un token: dé la línea que imprimió pentournament-admin token-issue (el id del token y después el secreto) o solo el secreto.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>El token no se puede enviar: contiene espacios, caracteres de control o letras fuera de ASCII. Dé solo el secreto, tal como lo imprimió pentournament-admin token-issue.</translation>
    </message>
</context>
</TS>
