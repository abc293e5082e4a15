<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>EnhancementPipeline</name>
    <message>
        <source>A single-energy scan has only one channel, which cannot tell organic from inorganic matter.</source>
        <translation>Um escaneamento de energia simples tem apenas um canal e por isso não consegue distinguir material orgânico de inorgânico.</translation>
    </message>
    <message>
        <source>This image was coloured by another system and carries no energy channels: only brightness, contrast, gamma, negative, greyscale and stripping by hue apply.</source>
        <translation>Esta imagem foi colorida por outro sistema e não contém canais de energia: só se aplicam brilho, contraste, gama, negativo, escala de cinza e supressão por matiz.</translation>
    </message>
</context>
<context>
    <name>PassMarkFile</name>
    <message>
        <source>Cannot read the pass thresholds in %1: %2</source>
        <translation>Não é possível ler os limiares de aprovação em %1: %2</translation>
    </message>
    <message>
        <source>The pass thresholds in %1 cannot be read: %2</source>
        <translation>Os limiares de aprovação em %1 não podem ser lidos: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>the thresholds of %1 are not an object</source>
        <translation>os limiares de %1 não são um objeto</translation>
    </message>
    <message>
        <source>the threshold of %1 in %2 is not a number</source>
        <translation>o limiar de %1 em %2 não é um número</translation>
    </message>
    <message>
        <source>Cannot save the pass thresholds in %1: %2</source>
        <translation>Não é possível guardar os limiares de aprovação em %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::AdminClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>não conectado a um servidor</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>o servidor não pode ser alcançado (%1)</translation>
    </message>
    <message>
        <source>the server does not accept this token: it is unknown or was revoked (%1)</source>
        <translation>o servidor não aceita este token: ele é desconhecido ou foi revogado (%1)</translation>
    </message>
    <message>
        <source>this token may not do that (%1)</source>
        <translation>este token não permite fazer isso (%1)</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>o servidor não respondeu a tempo (%1)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Listando os eventos</translation>
    </message>
    <message>
        <source>Creating the event</source>
        <translation>Criando o evento</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Lendo o evento</translation>
    </message>
    <message>
        <source>Listing image sets</source>
        <translation>Listando os conjuntos de imagens</translation>
    </message>
    <message>
        <source>Uploading the image set %1</source>
        <translation>Enviando o conjunto de imagens %1</translation>
    </message>
    <message>
        <source>Adding the round</source>
        <translation>Adicionando a rodada</translation>
    </message>
    <message>
        <source>Adding the contestant</source>
        <translation>Adicionando o participante</translation>
    </message>
    <message>
        <source>Issuing the token</source>
        <translation>Emitindo o token</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>Revogando o token</translation>
    </message>
    <message>
        <source>Listing tokens</source>
        <translation>Listando os tokens</translation>
    </message>
    <message>
        <source>Controlling the event</source>
        <translation>Controlando o evento</translation>
    </message>
    <message>
        <source>Exporting the results</source>
        <translation>Exportando os resultados</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lendo o registro de auditoria</translation>
    </message>
    <message>
        <source>Reading the trainee report</source>
        <translation>Lendo o relatório do aluno</translation>
    </message>
    <message>
        <source>Reading the standings</source>
        <translation>Lendo a classificação</translation>
    </message>
    <message>
        <source>Generating the image set %1</source>
        <translation>Gerando o conjunto de imagens %1</translation>
    </message>
    <message>
        <source>a practice set is being generated already</source>
        <translation>um conjunto de treino já está sendo gerado</translation>
    </message>
    <message>
        <source>cancelled; the server stored nothing</source>
        <translation>cancelado; o servidor não guardou nada</translation>
    </message>
    <message>
        <source>the server ended the generation without the set&apos;s summary</source>
        <translation>o servidor encerrou a geração sem o resumo do conjunto</translation>
    </message>
    <message>
        <source>Reading the trainee&apos;s answers</source>
        <translation>Lendo as respostas do aluno</translation>
    </message>
    <message>
        <source>scan %1, view %2</source>
        <translation>escaneamento %1, vista %2</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>Baixando %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::AppOptions</name>
    <message>
        <source>Open the image set in &lt;folder&gt;.</source>
        <translation>Abrir o conjunto de imagens em &lt;pasta&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Show the scan with &lt;id&gt; first.</source>
        <translation>Mostrar primeiro o escaneamento com o &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. de) instead of the system&apos;s.</source>
        <translation>Usar &lt;idioma&gt; (p. ex. pt) em vez do idioma do sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the scan shows, then quit.</source>
        <translation>Salvar uma imagem da janela em &lt;arquivo&gt; assim que o escaneamento aparecer e depois sair.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Practise reading X-ray scans and browse image sets with their ground truth.</source>
        <translation>Treinar a leitura de escaneamentos de raios X e explorar conjuntos de imagens com a sua verdade de referência.</translation>
    </message>
    <message>
        <source>Show the scan in view &lt;mode&gt;: %1.</source>
        <translation>Mostrar o escaneamento na vista &lt;modo&gt;: %1.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>Unknown view mode &quot;%1&quot;; one of: %2.</source>
        <translation>Modo de vista “%1” desconhecido; opções: %2.</translation>
    </message>
    <message>
        <source>Join the tournament on the server at &lt;host:port&gt; (with --token-file).</source>
        <translation>Participar do torneio no servidor em &lt;host:porta&gt; (com --token-file).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:porta</translation>
    </message>
    <message>
        <source>Read the contestant&apos;s access token from &lt;file&gt;.</source>
        <translation>Ler o token de acesso do participante de &lt;arquivo&gt;.</translation>
    </message>
    <message>
        <source>Connect with TLS, trusting the CA certificate in &lt;pem&gt;.</source>
        <translation>Conectar com TLS, confiando no certificado da AC em &lt;pem&gt;.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Open the host&apos;s and trainer&apos;s console, to run events and practice sessions on a server.</source>
        <translation>Abrir o console do organizador e do instrutor, para conduzir eventos e sessões de treino em um servidor.</translation>
    </message>
    <message>
        <source>--server and --token-file go together: the server&apos;s address and the file holding your token.</source>
        <translation>--server e --token-file andam juntos: o endereço do servidor e o arquivo com o seu token.</translation>
    </message>
    <message>
        <source>--ca-cert needs --server.</source>
        <translation>--ca-cert requer --server.</translation>
    </message>
    <message>
        <source>Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.</source>
        <translation>Abrir a janela em que um fornecedor de ATD executa um plugin em um conjunto de treino e vê as suas métricas.</translation>
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
        <translation>Ação</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
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
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecções</translation>
    </message>
</context>
<context>
    <name>pen::gui::CategoryTrendChart</name>
    <message>
        <source>Hit rate per threat category</source>
        <translation>Taxa de acertos por categoria de ameaça</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Taxa de acertos %</translation>
    </message>
</context>
<context>
    <name>pen::gui::CohortPanel</name>
    <message>
        <source>Read the cohort</source>
        <translation>Ler a turma</translation>
    </message>
    <message>
        <source>d′ at least </source>
        <translation>d′ pelo menos </translation>
    </message>
    <message>
        <source>Set pass threshold</source>
        <translation>Definir limiar de aprovação</translation>
    </message>
    <message>
        <source>Remove pass threshold</source>
        <translation>Remover limiar de aprovação</translation>
    </message>
    <message>
        <source>Certificate (PDF)…</source>
        <translation>Certificado (PDF)…</translation>
    </message>
    <message>
        <source>Pass threshold for</source>
        <translation>Limiar de aprovação para</translation>
    </message>
    <message>
        <source>Reading the pass thresholds</source>
        <translation>Leitura dos limiares de aprovação</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>meets the pass threshold</source>
        <translation>atinge o limiar de aprovação</translation>
    </message>
    <message>
        <source>below the pass threshold</source>
        <translation>abaixo do limiar de aprovação</translation>
    </message>
    <message>
        <source>%1: d′ at least %2</source>
        <translation>%1: d′ pelo menos %2</translation>
    </message>
    <message>
        <source>No pass thresholds are set for this session.</source>
        <translation>Não há limiares de aprovação definidos para esta sessão.</translation>
    </message>
    <message>
        <source>Pass thresholds: %1</source>
        <translation>Limiares de aprovação: %1</translation>
    </message>
    <message>
        <source>Saving the pass thresholds</source>
        <translation>Gravação dos limiares de aprovação</translation>
    </message>
    <message>
        <source>Set a pass threshold, then choose a trainee.</source>
        <translation>Defina um limiar de aprovação e depois escolha um aluno.</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Escolha um aluno.</translation>
    </message>
    <message>
        <source>Set a pass threshold first.</source>
        <translation>Defina primeiro um limiar de aprovação.</translation>
    </message>
    <message>
        <source>%1 meets every pass threshold.</source>
        <translation>%1 atinge todos os limiares de aprovação.</translation>
    </message>
    <message>
        <source>%1 is below the pass threshold in: %2</source>
        <translation>%1 está abaixo do limiar de aprovação em: %2</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Guardar o certificado como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Emissão do certificado</translation>
    </message>
    <message>
        <source>%1 does not meet every pass threshold.</source>
        <translation>%1 não atinge todos os limiares de aprovação.</translation>
    </message>
    <message>
        <source>Certificate of training: %1</source>
        <translation>Certificado de formação: %1</translation>
    </message>
    <message>
        <source>%1 has met the pass thresholds of the training session %2 in every threat category below, measured as the sensitivity d′ over all rounds played.</source>
        <translation>%1 atingiu os limiares de aprovação da sessão de formação %2 em cada categoria de ameaça abaixo, medidos como a sensibilidade d′ sobre todas as rodadas jogadas.</translation>
    </message>
    <message>
        <source>Threat category</source>
        <translation>Categoria de ameaça</translation>
    </message>
    <message>
        <source>d′ reached</source>
        <translation>d′ atingido</translation>
    </message>
    <message>
        <source>Pass threshold (d′)</source>
        <translation>Limiar de aprovação (d′)</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Taxa de acertos (%)</translation>
    </message>
    <message>
        <source>False alarm rate (%)</source>
        <translation>Taxa de falsos alarmes (%)</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitido em %1.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPage</name>
    <message>
        <source>host:port, e.g. tournament.example.org:50051</source>
        <translation>host:porta, p. ex. tournament.example.org:50051</translation>
    </message>
    <message>
        <source>the token the host gave you</source>
        <translation>o token que o organizador lhe deu</translation>
    </message>
    <message>
        <source>or a file holding it</source>
        <translation>ou um arquivo que o contenha</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Arquivo de token</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>optional: the CA certificate (PEM) for an encrypted connection</source>
        <translation>opcional: o certificado da AC (PEM) para uma conexão criptografada</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificado da AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Join a tournament&lt;/h2&gt;&lt;p&gt;Enter the server&apos;s address and the access token that the host issued to you or your team.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Participar de um torneio&lt;/h2&gt;&lt;p&gt;Digite o endereço do servidor e o token de acesso que o organizador emitiu para você ou para a sua equipe.&lt;/p&gt;</translation>
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
        <translation>Arquivo de token:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado da AC:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>The server address must be host:port, e.g. tournament.example.org:50051.</source>
        <translation>O endereço do servidor deve ser host:porta, p. ex. tournament.example.org:50051.</translation>
    </message>
    <message>
        <source>Enter your access token, or choose the file that holds it.</source>
        <translation>Digite o seu token de acesso ou escolha o arquivo que o contém.</translation>
    </message>
    <message>
        <source>The token you entered cannot be used: %1</source>
        <translation>O token digitado não pode ser usado: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ConnectPanel</name>
    <message>
        <source>host or trainer token</source>
        <translation>token de organizador ou de instrutor</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>De um arquivo…</translation>
    </message>
    <message>
        <source>none: plain text on loopback</source>
        <translation>nenhum: texto simples em loopback</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
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
        <translation>Certificado da AC</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Arquivo de token</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Não conectado: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a token: %2</source>
        <translation>%1 não contém um token: %2</translation>
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
        <translation>Escaneamentos feitos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finished (%1 of %2)</source>
        <translation>concluído (%1 de %2)</translation>
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
            <numerusform>○ ausente há %n minuto</numerusform>
            <numerusform>○ ausente há %n minutos</numerusform>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membros da equipe</translation>
    </message>
    <message>
        <source>Contestant id</source>
        <translation>Id do participante</translation>
    </message>
    <message>
        <source>Add contestant</source>
        <translation>Adicionar participante</translation>
    </message>
    <message>
        <source>New officer or team</source>
        <translation>Novo agente ou nova equipe</translation>
    </message>
    <message>
        <source>For a team of two, name both members; leave them empty for an officer.</source>
        <translation>Para uma equipe de dois, indique os dois membros; deixe-os vazios para um agente individual.</translation>
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
        <translation>Encerrar a rodada</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Encerrar o evento</translation>
    </message>
    <message>
        <source>End the round now for every contestant? Scans not answered yet count as timed out.</source>
        <translation>Encerrar a rodada agora para todos os participantes? Os escaneamentos ainda sem resposta contam como tempo esgotado.</translation>
    </message>
    <message>
        <source>End the event now for every contestant? No round of it can be played afterwards.</source>
        <translation>Encerrar o evento agora para todos os participantes? Depois nenhuma das suas rodadas poderá ser jogada.</translation>
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
        <translation>Retomar</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Encerrar rodada</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Encerrar evento</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Em pausa (%1)</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Nenhum evento selecionado</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) planned</source>
        <translation>
            <numerusform>%n rodada prevista</numerusform>
            <numerusform>%n rodadas previstas</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>sem relógio de rodada</translation>
    </message>
    <message>
        <source>no round clock; %1 s for each scan</source>
        <translation>sem relógio de rodada; %1 s por escaneamento</translation>
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
        <translation>Corte transversal à esteira</translation>
    </message>
    <message>
        <source>Seen from above</source>
        <translation>Visto de cima</translation>
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
        <translation>Janela:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lendo %1...</translation>
    </message>
    <message>
        <source>CT Volume: %1</source>
        <translation>Volume CT: %1</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 voxels of %4 x %5 x %6 mm</source>
        <translation>%1 x %2 x %3 voxels de %4 x %5 x %6 mm</translation>
    </message>
    <message>
        <source>Slice %1 of %2</source>
        <translation>Corte %1 de %2</translation>
    </message>
    <message>
        <source>Projection, turned about the belt</source>
        <translation>Projeção, girada em torno da esteira</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Ângulo:</translation>
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
        <translation>Declaração</translation>
    </message>
</context>
<context>
    <name>pen::gui::DisplayNames</name>
    <message>
        <source>Parcel</source>
        <translation>Encomenda</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Bagagem</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Dual energy</source>
        <translation>Dupla energia</translation>
    </message>
    <message>
        <source>Single energy</source>
        <translation>Energia simples</translation>
    </message>
    <message>
        <source>Colour image</source>
        <translation>Imagem colorida</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Entorpecentes</translation>
    </message>
    <message>
        <source>Cigarettes / tobacco</source>
        <translation>Cigarros / tabaco</translation>
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
        <translation>Dinheiro em espécie</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Compartimento oculto</translation>
    </message>
    <message numerus="yes">
        <source>polygon, %n point(s)</source>
        <translation>
            <numerusform>polígono, %n ponto</numerusform>
            <numerusform>polígono, %n pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 × %2 at (%3, %4)</source>
        <translation>caixa %1 × %2 em (%3, %4)</translation>
    </message>
</context>
<context>
    <name>pen::gui::EvaluationForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>The share of the set&apos;s scans in the development phase; the rest is kept for the final</source>
        <translation>A parcela dos escaneamentos do conjunto para a fase de desenvolvimento; o restante fica reservado para a final</translation>
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
        <translation>Salvar a avaliação</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Conjunto de imagens:</translation>
    </message>
    <message>
        <source>Public fraction:</source>
        <translation>Fração pública:</translation>
    </message>
    <message>
        <source>Development submissions:</source>
        <translation>Envios de desenvolvimento:</translation>
    </message>
    <message>
        <source>Final submissions:</source>
        <translation>Envios finais:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Segundos por escaneamento:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Memória por processo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s))</source>
        <translation>
            <numerusform>%1 (%n escaneamento)</numerusform>
            <numerusform>%1 (%n escaneamentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluation is set up for this event yet.</source>
        <translation>Ainda não há avaliação configurada para este evento.</translation>
    </message>
    <message>
        <source>In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.</source>
        <translation>Em vigor: %1 escaneamento(s) público(s) para o desenvolvimento, %2 privado(s) para a final; %3 e %4 envio(s) por plugin.</translation>
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
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>e.g. PEN-Tournament Event 1</source>
        <translation>p. ex. PEN-Tournament Evento 1</translation>
    </message>
    <message>
        <source>Show contestants the truth after each round</source>
        <translation>Mostrar aos participantes a verdade de referência depois de cada rodada</translation>
    </message>
    <message>
        <source>Practice session (trainers)</source>
        <translation>Sessão de treino (instrutores)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Criar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
</context>
<context>
    <name>pen::gui::FrocChart</name>
    <message>
        <source>FROC: objects found over false positives per scan</source>
        <translation>FROC: objetos encontrados em função dos falsos positivos por escaneamento</translation>
    </message>
    <message>
        <source>False positives per scan</source>
        <translation>Falsos positivos por escaneamento</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
</context>
<context>
    <name>pen::gui::GenerateSetForm</name>
    <message>
        <source>Generate a practice set</source>
        <translation>Gerar um conjunto de treino</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>letras, dígitos, “-” e “_”</translation>
    </message>
    <message>
        <source>as many as the preset has</source>
        <translation>tantos quantos a predefinição tiver</translation>
    </message>
    <message>
        <source>The same seed and settings give the same set.</source>
        <translation>A mesma semente e as mesmas configurações dão o mesmo conjunto.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of scans that get a projected threat (Threat Image Projection). 0 with an empty mix: no projected threats.</source>
        <translation>A parcela dos escaneamentos que recebem uma ameaça projetada (Threat Image Projection, TIP). 0 com uma mistura vazia: nenhuma ameaça projetada.</translation>
    </message>
    <message>
        <source>empty: every category alike; e.g. narcotics=2,weapon=1</source>
        <translation>vazia: todas as categorias por igual; p. ex. narcotics=2,weapon=1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v de %m escaneamentos</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nome no servidor</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneamentos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>TIP rate</source>
        <translation>Taxa TIP</translation>
    </message>
    <message>
        <source>TIP category mix</source>
        <translation>Mistura de categorias TIP</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)</source>
        <translation>o item “%1” da mistura TIP não é CATEGORIA=PESO (p. ex. narcotics=2,weapon=1)</translation>
    </message>
    <message>
        <source>the TIP mix item &quot;%1&quot; needs a weight of 0 or more</source>
        <translation>o item “%1” da mistura TIP precisa de um peso de 0 ou mais</translation>
    </message>
    <message>
        <source>the TIP mix &quot;%1&quot; needs at least one weight above 0</source>
        <translation>a mistura TIP “%1” precisa de pelo menos um peso acima de 0</translation>
    </message>
    <message>
        <source>the set&apos;s name &quot;%1&quot; is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>o nome de conjunto “%1” não é permitido: use de 1 a 64 letras, dígitos, “-” ou “_”</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Não gerado: %1</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Gerando %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 guardado: %2 escaneamentos, %3 objetos</translation>
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
        <translation>O OpenGL 3.3 não está disponível.</translation>
    </message>
    <message>
        <source>The enhancement shaders failed: %1</source>
        <translation>Os shaders de realce falharam: %1</translation>
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
        <translation>não está nesta vista</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
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
        <translation>Região (pixels)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
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
        <translation>As suas rodadas de treino</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostConsole</name>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Conjuntos de imagens</translation>
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
        <translation>Relatórios de alunos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Round added.</source>
        <translation>Rodada adicionada.</translation>
    </message>
    <message>
        <source>Contestant added.</source>
        <translation>Participante adicionado.</translation>
    </message>
    <message>
        <source>Image set %1 uploaded.</source>
        <translation>Conjunto de imagens %1 enviado.</translation>
    </message>
    <message>
        <source>Token issued for %1.</source>
        <translation>Token emitido para %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n event(s) to manage.</source>
        <translation>
            <numerusform>Conectado a %1: %n evento para gerenciar.</numerusform>
            <numerusform>Conectado a %1: %n eventos para gerenciar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Não conectado: %1</translation>
    </message>
    <message>
        <source>Event %1 created.</source>
        <translation>Evento %1 criado.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>Practice set %1 generated.</source>
        <translation>Conjunto de treino %1 gerado.</translation>
    </message>
    <message>
        <source>Generating a practice set</source>
        <translation>Gerando um conjunto de treino</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Máquinas</translation>
    </message>
    <message>
        <source>Following the events</source>
        <translation>Acompanhando os eventos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Turma</translation>
    </message>
</context>
<context>
    <name>pen::gui::HostNames</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instrutor</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>ATD vendor</source>
        <translation>Fornecedor de ATD</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Acertos</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Falsos alarmes</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taxa de acertos</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Taxa de falsos alarmes</translation>
    </message>
    <message>
        <source>d′</source>
        <translation>d′</translation>
    </message>
    <message>
        <source>Mean time (s)</source>
        <translation>Tempo médio (s)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
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
        <translation>Resposta média (s)</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Officer or machine</source>
        <translation>Agente ou máquina</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taxa de acertos</translation>
    </message>
    <message>
        <source>False alarm rate</source>
        <translation>Taxa de falsos alarmes</translation>
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
        <translation>Rodada:</translation>
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
        <translation>Escaneamentos</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 do manifesto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>letras, dígitos, “-” e “_”</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Upload an image set folder</source>
        <translation>Enviar a pasta de um conjunto de imagens</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Nome no servidor</translation>
    </message>
    <message>
        <source>Image set folder</source>
        <translation>Pasta do conjunto de imagens</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>%1 stored: %2 scans, %3 objects</source>
        <translation>%1 guardado: %2 escaneamentos, %3 objetos</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>O envio falhou: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::LeaderboardPanel</name>
    <message>
        <source>Not watching</source>
        <translation>Sem acompanhamento</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exportar relatório PDF…</translation>
    </message>
    <message>
        <source>The live leaderboard stopped: %1</source>
        <translation>A classificação ao vivo parou: %1</translation>
    </message>
    <message>
        <source>Watching %1 live</source>
        <translation>Acompanhando %1 ao vivo</translation>
    </message>
    <message>
        <source>Live: last update %1 (server time)</source>
        <translation>Ao vivo: última atualização %1 (hora do servidor)</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Exportar as respostas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results as PDF</source>
        <translation>Exportar os resultados como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::LevelsChart</name>
    <message>
        <source>Your level in each threat category</source>
        <translation>Seu nível em cada categoria de ameaça</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
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
        <translation>Rodadas:</translation>
    </message>
    <message>
        <source>Playing as %1</source>
        <translation>Jogando como %1</translation>
    </message>
    <message>
        <source>Playing as %1, a team of %2</source>
        <translation>Jogando como %1, uma equipe de %2</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Pontuação: %1</translation>
    </message>
    <message>
        <source>This console is the team&apos;s: answers from it count for the team, not for a member.</source>
        <translation>Este console é da equipe: as respostas dadas aqui contam para a equipe, não para um membro.</translation>
    </message>
    <message>
        <source>You answer as %1: your answers count for the team and show as yours.</source>
        <translation>Você responde como %1: as suas respostas contam para a equipe e aparecem como suas.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineDetectionsView</name>
    <message>
        <source>Run a plugin to see what it found on each scan.</source>
        <translation>Execute um plugin para ver o que ele encontrou em cada escaneamento.</translation>
    </message>
    <message>
        <source>This run has no answers to show.</source>
        <translation>Esta execução não tem respostas para mostrar.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>alarme %1</translation>
    </message>
    <message>
        <source>clear %1</source>
        <translation>limpo %1</translation>
    </message>
    <message>
        <source>The scan has no view.</source>
        <translation>O escaneamento não tem nenhuma vista.</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>verdade de referência: %1</translation>
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
        <translation>Rótulo</translation>
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
        <translation>Escaneamentos/h</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>Probability of detection: the share of scans with a threat that raised an alarm</source>
        <translation>Probabilidade de detecção: a parcela dos escaneamentos com uma ameaça que dispararam um alarme</translation>
    </message>
    <message>
        <source>Probability of false alarm: the share of clear scans that raised an alarm</source>
        <translation>Probabilidade de falso alarme: a parcela dos escaneamentos limpos que dispararam um alarme</translation>
    </message>
    <message>
        <source>Mean average precision over the categories at an overlap (IoU) of 0.5</source>
        <translation>Precisão média (mAP) sobre as categorias com uma sobreposição (IoU) de 0,5</translation>
    </message>
    <message>
        <source>Mean average precision over overlaps (IoU) from 0.5 to 0.95</source>
        <translation>Precisão média (mAP) sobre sobreposições (IoU) de 0,5 a 0,95</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachineResultsView</name>
    <message>
        <source>Failures (scan: reason):</source>
        <translation>Falhas (escaneamento: motivo):</translation>
    </message>
    <message numerus="yes">
        <source>%1: AP per category, %n failure(s)</source>
        <translation>
            <numerusform>%1: AP por categoria, %n falha</numerusform>
            <numerusform>%1: AP por categoria, %n falhas</numerusform>
        </translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Nenhuma execução para mostrar.</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesClient</name>
    <message>
        <source>not connected to a server</source>
        <translation>não conectado a um servidor</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrando o plugin</translation>
    </message>
    <message>
        <source>Listing the plugins</source>
        <translation>Listando os plugins</translation>
    </message>
    <message>
        <source>Configuring the evaluation</source>
        <translation>Configurando a avaliação</translation>
    </message>
    <message>
        <source>Reading the evaluation</source>
        <translation>Lendo a avaliação</translation>
    </message>
    <message>
        <source>Reading the machine leaderboard</source>
        <translation>Lendo a classificação das máquinas</translation>
    </message>
    <message>
        <source>Reading the officers&apos; and machines&apos; leaderboard</source>
        <translation>Lendo a classificação de agentes e máquinas</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Executando o plugin</translation>
    </message>
    <message>
        <source>a plugin is running already</source>
        <translation>um plugin já está em execução</translation>
    </message>
    <message>
        <source>the server ended the run without its result</source>
        <translation>o servidor encerrou a execução sem o seu resultado</translation>
    </message>
</context>
<context>
    <name>pen::gui::MachinesPanel</name>
    <message>
        <source>Development (public split)</source>
        <translation>Desenvolvimento (parte pública)</translation>
    </message>
    <message>
        <source>Final (private split)</source>
        <translation>Final (parte privada)</translation>
    </message>
    <message>
        <source>On a round, beside the officers</source>
        <translation>Em uma rodada, ao lado dos agentes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Library or program</source>
        <translation>Biblioteca ou programa</translation>
    </message>
    <message>
        <source>Vendor token</source>
        <translation>Token do fornecedor</translation>
    </message>
    <message>
        <source>Development runs</source>
        <translation>Execuções de desenvolvimento</translation>
    </message>
    <message>
        <source>Final runs</source>
        <translation>Execuções finais</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Plugins and evaluation</source>
        <translation>Plugins e avaliação</translation>
    </message>
    <message>
        <source>Machine leaderboard</source>
        <translation>Classificação das máquinas</translation>
    </message>
    <message>
        <source>Officers and machines</source>
        <translation>Agentes e máquinas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v de %m escaneamentos</translation>
    </message>
    <message>
        <source>in</source>
        <translation>em</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Registering the plugin</source>
        <translation>Registrando o plugin</translation>
    </message>
    <message>
        <source>Plugin %1 registered.</source>
        <translation>Plugin %1 registrado.</translation>
    </message>
    <message>
        <source>Evaluation saved: %1 public and %2 private scan(s).</source>
        <translation>Avaliação salva: %1 escaneamento(s) público(s) e %2 privado(s).</translation>
    </message>
    <message>
        <source>Running the plugin</source>
        <translation>Executando o plugin</translation>
    </message>
    <message>
        <source>register a plugin first</source>
        <translation>registre primeiro um plugin</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Executando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).</source>
        <translation>
            <numerusform>%1 pontuado: AP@0.5 média %2, Pd %3, Pfa %4, %n falha.</numerusform>
            <numerusform>%1 pontuado: AP@0.5 média %2, Pd %3, Pfa %4, %n falhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled; it does not count as a submission.</source>
        <translation>Execução cancelada; não conta como envio.</translation>
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
        <translation>&amp;Abrir conjunto de imagens...</translation>
    </message>
    <message>
        <source>Open the folder of an image set</source>
        <translation>Abrir a pasta de um conjunto de imagens</translation>
    </message>
    <message>
        <source>&amp;Previous Scan</source>
        <translation>Escaneamento &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Scan</source>
        <translation>&amp;Próximo escaneamento</translation>
    </message>
    <message>
        <source>Show &amp;Ground Truth</source>
        <translation>Mostrar a &amp;verdade de referência</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
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
        <translation>A vista a mostrar de um scanner de vista dupla</translation>
    </message>
    <message>
        <source>No image set open.</source>
        <translation>Nenhum conjunto de imagens aberto.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abrindo %1...</translation>
    </message>
    <message>
        <source>No image set found. Open one with File &gt; Open Image Set...</source>
        <translation>Nenhum conjunto de imagens encontrado. Abra um com Arquivo &gt; Abrir conjunto de imagens...</translation>
    </message>
    <message>
        <source>Open Image Set</source>
        <translation>Abrir conjunto de imagens</translation>
    </message>
    <message>
        <source>%1 – PEN-Tournament</source>
        <translation>%1 – PEN-Tournament</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n escaneamento</numerusform>
            <numerusform>%n escaneamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>This image set has no scans.</source>
        <translation>Este conjunto de imagens não tem escaneamentos.</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot;.</source>
        <translation>O conjunto de imagens não tem o escaneamento “%1”.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Carregando %1...</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Escaneamento %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada para mostrar.</translation>
    </message>
    <message>
        <source>The image set could not be shown.</source>
        <translation>Não foi possível mostrar o conjunto de imagens.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Conjuntos de imagens</translation>
    </message>
    <message>
        <source>No scan shown.</source>
        <translation>Nenhum escaneamento mostrado.</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneio</translation>
    </message>
    <message>
        <source>Host console</source>
        <translation>Console do organizador</translation>
    </message>
    <message>
        <source>&amp;Try an ATD Plugin...</source>
        <translation>&amp;Testar um plugin ATD...</translation>
    </message>
    <message>
        <source>Run an ATD plugin on a practice set and see its metrics, as an event would score it</source>
        <translation>Executar um plugin ATD em um conjunto de treino e ver as suas métricas, como um evento o pontuaria</translation>
    </message>
    <message>
        <source>Open &amp;CT Volume...</source>
        <translation>Abrir volume &amp;CT...</translation>
    </message>
    <message>
        <source>Show the slices of a DICOS or DICOM CT volume</source>
        <translation>Mostrar os cortes de um volume CT DICOS ou DICOM</translation>
    </message>
    <message>
        <source>Open CT Volume</source>
        <translation>Abrir volume CT</translation>
    </message>
    <message>
        <source>DICOM and DICOS files (*.dcm *.dcs);;All files (*)</source>
        <translation>Arquivos DICOM e DICOS (*.dcm *.dcs);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>pen::gui::MevClassLegend</name>
    <message>
        <source>MeV material classes</source>
        <translation>Classes de material MeV</translation>
    </message>
    <message>
        <source>A cargo portal&apos;s 4/6 MV linear accelerator tells four classes apart; the baggage scanners&apos; continuous colours do not apply at these energies.</source>
        <translation>O acelerador linear de 4/6 MV de um pórtico de carga distingue quatro classes; as cores contínuas dos scanners de bagagem não valem nessas energias.</translation>
    </message>
    <message>
        <source>Organic: food, wood, paper, plastics, drugs, tobacco</source>
        <translation>Orgânico: alimentos, madeira, papel, plásticos, drogas, tabaco</translation>
    </message>
    <message>
        <source>Mixed: glass, ceramics, aluminium, concrete</source>
        <translation>Misto: vidro, cerâmica, alumínio, concreto</translation>
    </message>
    <message>
        <source>Steel: iron, steel, copper</source>
        <translation>Aço: ferro, aço, cobre</translation>
    </message>
    <message>
        <source>Heavy metal: tin, tungsten, lead, uranium</source>
        <translation>Metal pesado: estanho, tungstênio, chumbo, urânio</translation>
    </message>
    <message>
        <source>Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)</source>
        <translation>Hachurado: não determinável (matéria fina, metal pesado fino que parece orgânico, bordas, ruído)</translation>
    </message>
    <message>
        <source>Black: impenetrable</source>
        <translation>Preto: impenetrável</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrial</name>
    <message>
        <source>%1: the set has no ground truth to score against</source>
        <translation>%1: o conjunto não tem verdade de referência para pontuar</translation>
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
        <translation>Testar um plugin ATD</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m scans</source>
        <translation>%v de %m escaneamentos</translation>
    </message>
    <message>
        <source>Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event.</source>
        <translation>Escolha um plugin e um conjunto de treino com verdade de referência e execute-o: ele é pontuado como em um evento.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Executando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran on %n scan(s): %2 failed.</source>
        <translation>
            <numerusform>%1 executado em %n escaneamento: %2 falharam.</numerusform>
            <numerusform>%1 executado em %n escaneamentos: %2 falharam.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 não foi executado: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecções</translation>
    </message>
</context>
<context>
    <name>pen::gui::PluginTrialForm</name>
    <message>
        <source>Library (C interface)</source>
        <translation>Biblioteca (interface C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programa (serviço gRPC)</translation>
    </message>
    <message>
        <source>The plugin&apos;s shared library (.so)</source>
        <translation>A biblioteca compartilhada do plugin (.so)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>The configuration text the library is given; may be empty</source>
        <translation>O texto de configuração que a biblioteca recebe; pode ficar vazio</translation>
    </message>
    <message>
        <source>A command that prints &quot;listening on HOST:PORT&quot;, with its arguments</source>
        <translation>Um comando que imprime “listening on HOST:PORT”, com os seus argumentos</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Biblioteca:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuração:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>How the results name this run (default: the file&apos;s name)</source>
        <translation>Como os resultados chamam esta execução (padrão: o nome do arquivo)</translation>
    </message>
    <message>
        <source>Other set…</source>
        <translation>Outro conjunto…</translation>
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
        <translation>Rótulo:</translation>
    </message>
    <message>
        <source>Image set:</source>
        <translation>Conjunto de imagens:</translation>
    </message>
    <message>
        <source>Seconds per scan:</source>
        <translation>Segundos por escaneamento:</translation>
    </message>
    <message>
        <source>Memory per process:</source>
        <translation>Memória por processo:</translation>
    </message>
    <message>
        <source>Choose a Plugin Library</source>
        <translation>Escolher a biblioteca de um plugin</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.dll *.dylib)</source>
        <translation>Bibliotecas compartilhadas (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Choose an Image Set with Ground Truth</source>
        <translation>Escolher um conjunto de imagens com verdade de referência</translation>
    </message>
    <message>
        <source>choose the plugin&apos;s library</source>
        <translation>escolha a biblioteca do plugin</translation>
    </message>
    <message>
        <source>type the command that starts the plugin</source>
        <translation>digite o comando que inicia o plugin</translation>
    </message>
    <message>
        <source>choose an image set with ground truth</source>
        <translation>escolha um conjunto de imagens com verdade de referência</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsBarChart</name>
    <message>
        <source>Points per contestant</source>
        <translation>Pontos por participante</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
</context>
<context>
    <name>pen::gui::PointsOverTimeChart</name>
    <message>
        <source>Points over time</source>
        <translation>Pontos ao longo do tempo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Minutes after %1 (server time)</source>
        <translation>Minutos após %1 (hora do servidor)</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeController</name>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>Não foi possível salvar a rodada: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeNames</name>
    <message>
        <source>Find the threat</source>
        <translation>Encontrar a ameaça</translation>
    </message>
    <message>
        <source>Declaration check</source>
        <translation>Verificação da declaração</translation>
    </message>
    <message>
        <source>Find the most</source>
        <translation>Encontrar o máximo</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Acerto</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Omissão</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Falso alarme</translation>
    </message>
    <message>
        <source>Correct rejection</source>
        <translation>Rejeição correta</translation>
    </message>
    <message>
        <source>Wrong goods</source>
        <translation>Mercadoria errada</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>Quantidade errada</translation>
    </message>
    <message>
        <source>Wrong weight</source>
        <translation>Peso errado</translation>
    </message>
    <message>
        <source>Undeclared goods</source>
        <translation>Mercadoria não declarada</translation>
    </message>
    <message>
        <source>%1 points per target found, −%2 per false alarm</source>
        <translation>%1 pontos por alvo encontrado, −%2 por falso alarme</translation>
    </message>
    <message>
        <source>, up to %1 for speed</source>
        <translation>, até %1 pela rapidez</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object, or when it covers at least half of the object&apos;s box and is at most four times its size.</source>
        <translation>Uma marca encontra um objeto quando o seu centro está sobre o objeto, ou quando cobre pelo menos metade da caixa do objeto sem exceder quatro vezes o seu tamanho.</translation>
    </message>
    <message>
        <source>A mark finds an object when its centre is on the object.</source>
        <translation>Uma marca encontra um objeto quando o seu centro está sobre o objeto.</translation>
    </message>
    <message>
        <source>One mark may find several objects side by side.</source>
        <translation>Uma só marca pode encontrar vários objetos lado a lado.</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation>Mercadoria: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>Código SH: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>Quantidade: %1 %2</translation>
    </message>
    <message>
        <source>Gross weight: %1 kg</source>
        <translation>Peso bruto: %1 kg</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Não avaliado: este escaneamento não tem verdade de referência</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeRoundPage</name>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Limpo: nada a relatar (X)</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Enviar marcas (Enter)</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Encerrar rodada</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Encerrar a rodada</translation>
    </message>
    <message>
        <source>End the round now? The scans you have not answered yet count as timed out.</source>
        <translation>Encerrar a rodada agora? Os escaneamentos que você ainda não respondeu contam como tempo esgotado.</translation>
    </message>
    <message>
        <source>Keep playing</source>
        <translation>Continuar jogando</translation>
    </message>
    <message>
        <source>Next scan (Space)</source>
        <translation>Próximo escaneamento (Espaço)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correção</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Carregando o escaneamento %1 de %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Escaneamento %1 de %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeStartPage</name>
    <message>
        <source>Open image set folder…</source>
        <translation>Abrir pasta de conjunto de imagens…</translation>
    </message>
    <message>
        <source>Image sets</source>
        <translation>Conjuntos de imagens</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>sem relógio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>after each scan</source>
        <translation>depois de cada escaneamento</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>no fim da rodada</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>uma marca deve indicar a categoria certa</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Iniciar rodada</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Round type:</source>
        <translation>Tipo de rodada:</translation>
    </message>
    <message>
        <source>Time per scan:</source>
        <translation>Tempo por escaneamento:</translation>
    </message>
    <message>
        <source>Time for the round:</source>
        <translation>Tempo para a rodada:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Correção:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Pontuação:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n scan(s)</source>
        <translation>
            <numerusform>%1 — %n escaneamento</numerusform>
            <numerusform>%1 — %n escaneamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat library…</source>
        <translation>Biblioteca de ameaças…</translation>
    </message>
    <message>
        <source>Every kind of threat in these sets, explained and shown alone</source>
        <translation>Cada tipo de ameaça destes conjuntos, explicado e mostrado isoladamente</translation>
    </message>
    <message>
        <source>The set&apos;s own round type comes first; others are offered where the set suits them</source>
        <translation>O tipo de rodada próprio do conjunto vem primeiro; os outros são oferecidos quando o conjunto se presta a eles</translation>
    </message>
    <message>
        <source>your name, where trainees share this PC</source>
        <translation>seu nome, se vários alunos compartilham este PC</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Aluno:</translation>
    </message>
    <message>
        <source>All round types</source>
        <translation>Todos os tipos de rodada</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>History of:</source>
        <translation>Histórico:</translation>
    </message>
    <message>
        <source>adapt the scans to my levels</source>
        <translation>adaptar os escaneamentos aos meus níveis</translation>
    </message>
    <message>
        <source>Each threat category&apos;s targets are drawn at your level in it, which rises after rounds where you find three in four of them and falls where you find fewer than half</source>
        <translation>Os alvos de cada categoria de ameaça são escolhidos no seu nível, que sobe após as rodadas em que você encontra três de cada quatro e desce quando encontra menos da metade</translation>
    </message>
    <message>
        <source>%1: level %2 of %3</source>
        <translation>%1: nível %2 de %3</translation>
    </message>
    <message>
        <source>Levels: all categories start at 1.</source>
        <translation>Níveis: todas as categorias começam em 1.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Níveis: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
</context>
<context>
    <name>pen::gui::PracticeWidget</name>
    <message>
        <source>Practice results will not be kept: %1</source>
        <translation>Os resultados do treino não serão guardados: %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::RegisterPluginForm</name>
    <message>
        <source>Register a plugin</source>
        <translation>Registrar um plugin</translation>
    </message>
    <message>
        <source>How the leaderboards name it</source>
        <translation>Como as classificações o chamam</translation>
    </message>
    <message>
        <source>Library (C interface)</source>
        <translation>Biblioteca (interface C)</translation>
    </message>
    <message>
        <source>Program (gRPC service)</source>
        <translation>Programa (serviço gRPC)</translation>
    </message>
    <message>
        <source>Its file on the server</source>
        <translation>O seu arquivo no servidor</translation>
    </message>
    <message>
        <source>For a library: the configuration text</source>
        <translation>Para uma biblioteca: o texto de configuração</translation>
    </message>
    <message>
        <source>For a program: its arguments</source>
        <translation>Para um programa: os seus argumentos</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Rótulo:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Library or program:</source>
        <translation>Biblioteca ou programa:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuração:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Vendor token:</source>
        <translation>Token do fornecedor:</translation>
    </message>
    <message>
        <source>None: only hosts run it</source>
        <translation>Nenhum: só os organizadores o executam</translation>
    </message>
    <message>
        <source>give the plugin a label</source>
        <translation>dê um rótulo ao plugin</translation>
    </message>
    <message>
        <source>give the plugin&apos;s library or program on the server</source>
        <translation>indique a biblioteca ou o programa do plugin no servidor</translation>
    </message>
</context>
<context>
    <name>pen::gui::ReportPdf</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::ResultsPdf</name>
    <message>
        <source>Round %1: %2</source>
        <translation>Rodada %1: %2</translation>
    </message>
    <message>
        <source>Results of %1, %2. Phase: %3.</source>
        <translation>Resultados de %1, %2. Fase: %3.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Standings per round</source>
        <translation>Classificação por rodada</translation>
    </message>
</context>
<context>
    <name>pen::gui::RocChart</name>
    <message>
        <source>ROC: detection rate over false alarm rate</source>
        <translation>ROC: taxa de detecção em função da taxa de falsos alarmes</translation>
    </message>
    <message>
        <source>False alarm rate (Pfa)</source>
        <translation>Taxa de falsos alarmes (Pfa)</translation>
    </message>
    <message>
        <source>Detection rate (Pd)</source>
        <translation>Taxa de detecção (Pd)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Acaso</translation>
    </message>
</context>
<context>
    <name>pen::gui::RoundsPanel</name>
    <message>
        <source>every scan of the set</source>
        <translation>todos os escaneamentos do conjunto</translation>
    </message>
    <message>
        <source>The same seed draws the same scans</source>
        <translation>A mesma semente sorteia os mesmos escaneamentos</translation>
    </message>
    <message>
        <source>None ticked: every category counts as a target (declaration checks: the inconsistencies)</source>
        <translation>Nenhuma marcada: todas as categorias contam como alvo (verificações de declaração: as inconsistências)</translation>
    </message>
    <message>
        <source>after each scan (practice sessions)</source>
        <translation>depois de cada escaneamento (sessões de treino)</translation>
    </message>
    <message>
        <source>at the end of the round</source>
        <translation>no fim da rodada</translation>
    </message>
    <message>
        <source>a mark must name the right category</source>
        <translation>uma marca deve indicar a categoria certa</translation>
    </message>
    <message>
        <source>Scans to draw</source>
        <translation>Escaneamentos a sortear</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>Semente do sorteio</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Alvos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correção</translation>
    </message>
    <message>
        <source>Points per target found</source>
        <translation>Pontos por alvo encontrado</translation>
    </message>
    <message>
        <source>Speed bonus, at most</source>
        <translation>Bônus de rapidez, no máximo</translation>
    </message>
    <message>
        <source>Penalty per false alarm</source>
        <translation>Penalidade por falso alarme</translation>
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
        <translation>Escaneamentos</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Por escaneamento</translation>
    </message>
    <message>
        <source>Round clock</source>
        <translation>Relógio da rodada</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <source>Break after</source>
        <translation>Intervalo depois</translation>
    </message>
    <message>
        <source>no per-scan clock</source>
        <translation>sem relógio por escaneamento</translation>
    </message>
    <message>
        <source>no round clock</source>
        <translation>sem relógio de rodada</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Adicionar rodada</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nova rodada</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Conjunto de imagens</translation>
    </message>
    <message>
        <source>Round type</source>
        <translation>Tipo de rodada</translation>
    </message>
    <message>
        <source>Seconds per scan</source>
        <translation>Segundos por escaneamento</translation>
    </message>
    <message>
        <source>Round seconds</source>
        <translation>Segundos da rodada</translation>
    </message>
    <message>
        <source>%1 (%2 scans)</source>
        <translation>%1 (%2 escaneamentos)</translation>
    </message>
    <message>
        <source>Clocks start</source>
        <translation>Os relógios começam</translation>
    </message>
    <message>
        <source>with the round: it ends for all at one time</source>
        <translation>com a rodada: ela termina para todos ao mesmo tempo</translation>
    </message>
    <message>
        <source>when each contestant joins, within the join window</source>
        <translation>quando cada participante entra, dentro da janela de entrada</translation>
    </message>
    <message>
        <source>How long after the round&apos;s start a contestant may still join; who joins later sits the round out</source>
        <translation>Quanto tempo depois do início da rodada um participante ainda pode entrar; quem chegar mais tarde fica de fora da rodada</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Janela de entrada</translation>
    </message>
    <message>
        <source>at join (window %1)</source>
        <translation>na entrada (janela %1)</translation>
    </message>
    <message>
        <source>with the round</source>
        <translation>com a rodada</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanClockBar</name>
    <message>
        <source>Scan %1</source>
        <translation>Escaneamento %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Rodada %1</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanDetailsPanel</name>
    <message>
        <source>Scan</source>
        <translation>Escaneamento</translation>
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
        <translation>Licença:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Tamanho do pixel:</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Mercadoria:</translation>
    </message>
    <message>
        <source>HS code:</source>
        <translation>Código SH:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantidade:</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>Peso bruto:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origem:</translation>
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
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Peak voltage:</source>
        <translation>Tensão de pico:</translation>
    </message>
    <message>
        <source>%1 MV (linear accelerator)</source>
        <translation>%1 MV (acelerador linear)</translation>
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
        <translation>falso alarme</translation>
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
        <translation>O tempo se esgotou.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrados: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Omitidos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) on nothing to report</source>
        <translation>
            <numerusform>%n marca sobre nada a relatar</numerusform>
            <numerusform>%n marcas sobre nada a relatar</numerusform>
        </translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Pontos: %1</translation>
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
        <translation>Escaneamento</translation>
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
        <translation>Escaneamento anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next scan (Page Down)</source>
        <translation>Próximo escaneamento (Page Down)</translation>
    </message>
    <message>
        <source>Back to the score</source>
        <translation>Voltar à pontuação</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>A sua resposta</translation>
    </message>
    <message>
        <source>Dashed: the ground truth, green where you found it, red where you missed it. Solid: your marks, crossed out in orange where they marked nothing to report.</source>
        <translation>Tracejado: a verdade de referência, em verde onde você a encontrou, em vermelho onde a omitiu. Contínuo: as suas marcas, riscadas em laranja onde não marcaram nada a relatar.</translation>
    </message>
    <message>
        <source>No scan was answered.</source>
        <translation>Nenhum escaneamento foi respondido.</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Carregando o escaneamento %1 de %2…</translation>
    </message>
    <message>
        <source>The image set has no scan &quot;%1&quot; any more.</source>
        <translation>O conjunto de imagens não tem mais o escaneamento “%1”.</translation>
    </message>
    <message>
        <source>Scan %1 of %2: %3</source>
        <translation>Escaneamento %1 de %2: %3</translation>
    </message>
    <message>
        <source>Answered in %1 s</source>
        <translation>Respondido em %1 s</translation>
    </message>
    <message>
        <source>Scan %1 was not shown on this computer, so it cannot be reviewed here.</source>
        <translation>O escaneamento %1 não foi mostrado neste computador, por isso não pode ser revisto aqui.</translation>
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
        <translation>Não é possível mostrar o escaneamento: %1</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>O que é?</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScanViewerPane</name>
    <message>
        <source>Your marks</source>
        <translation>As suas marcas</translation>
    </message>
    <message>
        <source>Press B and drag a box to mark a suspect region; Delete removes the selected mark.</source>
        <translation>Pressione B e arraste uma caixa para marcar uma região suspeita; Delete remove a marca selecionada.</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScorePage</name>
    <message>
        <source>Scan</source>
        <translation>Escaneamento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Treinar de novo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1: %2 points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1: %2 pontos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hit rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 scans with a target)</source>
        <translation>Taxa de acertos: &lt;b&gt;%1&lt;/b&gt; (%2 de %3 escaneamentos com alvo)</translation>
    </message>
    <message>
        <source>False alarm rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 clear scans)</source>
        <translation>Taxa de falsos alarmes: &lt;b&gt;%1&lt;/b&gt; (%2 de %3 escaneamentos limpos)</translation>
    </message>
    <message>
        <source>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</source>
        <translation>d′: &lt;b&gt;%1&lt;/b&gt; · A′: %2 · d&lt;sub&gt;a&lt;/sub&gt;: %3</translation>
    </message>
    <message>
        <source>Targets found: %1 of %2 · marks on nothing: %3</source>
        <translation>Alvos encontrados: %1 de %2 · marcas sobre nada: %3</translation>
    </message>
    <message numerus="yes">
        <source>Response time: mean %1 s, median %2 s · %n scan(s) timed out</source>
        <translation>
            <numerusform>Tempo de resposta: média %1 s, mediana %2 s · %n escaneamento com tempo esgotado</numerusform>
            <numerusform>Tempo de resposta: média %1 s, mediana %2 s · %n escaneamentos com tempo esgotado</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;small&gt;Scoring: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Pontuação: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 s (timed out)</source>
        <translation>%1 s (tempo esgotado)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Review scans</source>
        <translation>Revisar escaneamentos</translation>
    </message>
    <message>
        <source>Every scan of the round again, with the ground truth beside your marks</source>
        <translation>Todos os escaneamentos da rodada outra vez, com a verdade de referência ao lado das suas marcas</translation>
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
        <translation>Taxa de acertos %</translation>
    </message>
    <message>
        <source>False alarm rate %</source>
        <translation>Taxa de falsos alarmes %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>d′, da</source>
        <translation>d′, da</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taxa %</translation>
    </message>
</context>
<context>
    <name>pen::gui::ScreenshotJob</name>
    <message>
        <source>No scan was shown in time.</source>
        <translation>Nenhum escaneamento foi mostrado a tempo.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Não é possível gravar a captura de tela %1.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>A captura de tela falhou: %1</translation>
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
        <translation>O shader de imagem falhou: %1</translation>
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
        <translation>Cloridrato de cocaína, um pó branco, contrabandeado em tijolos de 1 kg prensados e enrolados em fita, em pequenos pacotes ou, na carga, em blocos de tijolos.</translation>
    </message>
    <message>
        <source>An organic substance (effective atomic number about 7), so orange in the material colours, denser than clothes or most food: an even orange block with sharp edges, its rim a little darker where the tape is wound. In grey it is a uniform mid-grey block; organic only keeps it and hides the metal around it.</source>
        <translation>Uma substância orgânica (número atômico efetivo de cerca de 7), por isso laranja nas cores de material, mais densa que roupas ou a maioria dos alimentos: um bloco laranja uniforme de bordas nítidas, com o contorno um pouco mais escuro onde a fita está enrolada. Em escala de cinza é um bloco cinza médio uniforme; só orgânico o mantém e oculta o metal à sua volta.</translation>
    </message>
    <message>
        <source>Look for even, sharp-edged orange blocks that match nothing packed: too dense for clothes, too regular for food. Look inside walls, bottoms and goods too.</source>
        <translation>Procure blocos laranja uniformes de bordas nítidas que não correspondam a nada do que está embalado: densos demais para roupas, regulares demais para alimentos. Olhe também dentro de paredes, fundos e mercadorias.</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroína</translation>
    </message>
    <message>
        <source>Heroin base, a brownish powder, packed like cocaine: pressed bricks, small packs, blocks in cargo.</source>
        <translation>Heroína base, um pó acastanhado, embalada como a cocaína: tijolos prensados, pequenos pacotes, blocos na carga.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours, a shade lighter than cocaine of the same thickness; bricks show sharp edges, packs rounded ones. Organic only keeps it and hides the metal around it.</source>
        <translation>Orgânica, por isso laranja nas cores de material, um tom mais clara que a cocaína da mesma espessura; os tijolos mostram bordas nítidas, os pacotes bordas arredondadas. Só orgânico a mantém e oculta o metal à sua volta.</translation>
    </message>
    <message>
        <source>Look for even orange blocks or clusters of rounded packs that match nothing packed around them.</source>
        <translation>Procure blocos laranja uniformes ou grupos de pacotes arredondados que não correspondam a nada do que está embalado ao redor.</translation>
    </message>
    <message>
        <source>Narcotics</source>
        <translation>Entorpecentes</translation>
    </message>
    <message>
        <source>Drugs in powder, pressed or packed form.</source>
        <translation>Drogas em pó, prensadas ou embaladas.</translation>
    </message>
    <message>
        <source>Organic, so orange in the material colours; packed drugs are more even and denser than most goods.</source>
        <translation>Orgânicos, por isso laranja nas cores de material; as drogas embaladas são mais uniformes e densas que a maioria das mercadorias.</translation>
    </message>
    <message>
        <source>Look for even orange masses with sharp or rounded edges that match nothing packed around them.</source>
        <translation>Procure massas laranja uniformes de bordas nítidas ou arredondadas que não correspondam a nada do que está embalado ao redor.</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pistola</translation>
    </message>
    <message>
        <source>A semi-automatic pistol: a steel slide over barrel and spring, a steel magazine in a polymer frame and grip.</source>
        <translation>Uma pistola semiautomática: um ferrolho de aço sobre o cano e a mola, um carregador de aço em uma armação e um punho de polímero.</translation>
    </message>
    <message>
        <source>The steel stops most of the beam: dark blue to black in the material colours; the polymer grip is only faintly coloured. From above it shows its L of slide and grip; on edge it is a short dark bar. High penetration shows barrel, spring and magazine inside the dark slide.</source>
        <translation>O aço detém a maior parte do feixe: azul-escuro a preto nas cores de material; o punho de polímero é apenas levemente colorido. Vista de cima mostra o L de ferrolho e punho; de lado é uma barra escura curta. Alta penetração mostra o cano, a mola e o carregador dentro do ferrolho escuro.</translation>
    </message>
    <message>
        <source>Look for the L of slide and grip and the dense rectangle of the magazine. Where a dark bar could be a pistol on edge, look at the other view.</source>
        <translation>Procure o L de ferrolho e punho e o retângulo denso do carregador. Onde uma barra escura puder ser uma pistola de lado, olhe a outra vista.</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Faca</translation>
    </message>
    <message>
        <source>A fixed-blade knife about 28 cm long: a thin steel blade in a plastic handle.</source>
        <translation>Uma faca de lâmina fixa com cerca de 28 cm: uma lâmina fina de aço em um cabo de plástico.</translation>
    </message>
    <message>
        <source>The blade is thin: only light blue lying flat, a dark line on edge. The handle is plastic and shows orange, easy to overlook. Edge enhancement sharpens the blade&apos;s outline.</source>
        <translation>A lâmina é fina: apenas azul-clara quando deitada, uma linha escura de lado. O cabo é de plástico e aparece laranja, fácil de passar despercebido. O realce de bordas destaca o contorno da lâmina.</translation>
    </message>
    <message>
        <source>Follow long thin blue lines with a point at one end; an orange handle at the other end confirms it.</source>
        <translation>Siga linhas azuis longas e finas com uma ponta em uma extremidade; um cabo laranja na outra extremidade confirma.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>A firearm, a blade or a part of one.</source>
        <translation>Uma arma de fogo, uma lâmina ou uma peça delas.</translation>
    </message>
    <message>
        <source>Mostly steel: blue to black in the material colours, with the shapes of barrels, blades and springs.</source>
        <translation>Principalmente aço: azul a preto nas cores de material, com as formas de canos, lâminas e molas.</translation>
    </message>
    <message>
        <source>Look for the typical shapes of weapons among dense items; turn to the other view for items on edge.</source>
        <translation>Procure as formas típicas de armas entre os objetos densos; passe para a outra vista para os objetos de lado.</translation>
    </message>
    <message>
        <source>Explosive with detonator</source>
        <translation>Explosivo com detonador</translation>
    </message>
    <message>
        <source>A block of RDX- or TNT-based explosive with a detonator and wires: an improvised explosive device.</source>
        <translation>Um bloco de explosivo à base de RDX ou TNT com um detonador e fios: um artefato explosivo improvisado.</translation>
    </message>
    <message>
        <source>The explosive is organic and dense (about 1.6 g/cm³): orange, darker than food of the same thickness. The detonator&apos;s metal case is a small blue cylinder, the wires thin blue lines leading to it. In grey the block looks like any dense organic item; only the parts together give it away.</source>
        <translation>O explosivo é orgânico e denso (cerca de 1,6 g/cm³): laranja, mais escuro que alimentos da mesma espessura. O invólucro metálico do detonador é um pequeno cilindro azul; os fios, linhas azuis finas que levam até ele. Em escala de cinza o bloco parece qualquer objeto orgânico denso; só o conjunto das peças o denuncia.</translation>
    </message>
    <message>
        <source>An orange block joined by wires to a small metal part is the pattern to know. Organic only shows the block, inorganic only the detonator and wires.</source>
        <translation>Um bloco laranja ligado por fios a uma pequena peça metálica é o padrão a conhecer. Só orgânico mostra só o bloco; só inorgânico, só o detonador e os fios.</translation>
    </message>
    <message>
        <source>Banknotes</source>
        <translation>Cédulas</translation>
    </message>
    <message>
        <source>Bundles of 100 banknotes packed side by side or stacked.</source>
        <translation>Maços de 100 cédulas lado a lado ou empilhados.</translation>
    </message>
    <message>
        <source>Paper is organic and light: pale orange, the bundles a row of equal rectangles with faint lines between them. Banknotes hold no metal, so inorganic only hides them; low penetration brings out the light paper.</source>
        <translation>O papel é orgânico e leve: laranja-claro, os maços uma fileira de retângulos iguais com linhas tênues entre eles. As cédulas não contêm metal, por isso só inorgânico as oculta; baixa penetração realça o papel leve.</translation>
    </message>
    <message>
        <source>Look for rows of equal pale-orange rectangles, more regular than documents or books.</source>
        <translation>Procure fileiras de retângulos iguais laranja-claros, mais regulares que documentos ou livros.</translation>
    </message>
    <message>
        <source>Cigarettes</source>
        <translation>Cigarros</translation>
    </message>
    <message>
        <source>Cigarettes in cartons of ten packs or master cases of fifty cartons, hidden among goods or behind false walls.</source>
        <translation>Cigarros em pacotes de dez maços ou em caixas de cinquenta pacotes, escondidos entre mercadorias ou atrás de paredes falsas.</translation>
    </message>
    <message>
        <source>Tobacco and paper are organic and light: orange, in a regular grid, for the card walls of packs, cartons and cases show as thin lines at a steady pitch. In grey it is a finely striped block.</source>
        <translation>Tabaco e papel são orgânicos e leves: laranja, em uma grade regular, porque as paredes de papelão de maços, pacotes e caixas aparecem como linhas finas a intervalos constantes. Em escala de cinza é um bloco finamente listrado.</translation>
    </message>
    <message>
        <source>Look for a regular grid of equal cells of light organic matter, and count the cells to tell how much there is.</source>
        <translation>Procure uma grade regular de células iguais de material orgânico leve, e conte as células para saber quanto há.</translation>
    </message>
    <message>
        <source>Hidden compartment</source>
        <translation>Compartimento oculto</translation>
    </message>
    <message>
        <source>A false bottom, wall or floor built into a bag, vehicle or container to hide goods behind it.</source>
        <translation>Um fundo, parede ou piso falso construído em uma bolsa, veículo ou contêiner para esconder mercadorias atrás.</translation>
    </message>
    <message>
        <source>A steel sheet or extra panel shows as a straight blue or black band where none belongs: one wall thicker than its twin, a double floor. The goods behind it show only through it.</source>
        <translation>Uma chapa de aço ou um painel extra aparece como uma faixa reta azul ou preta onde não deveria haver: uma parede mais grossa que a sua gêmea, um piso duplo. As mercadorias atrás só aparecem através dela.</translation>
    </message>
    <message>
        <source>Compare walls and floors with each other: a thicker one, or a panel along a wall, is the sign. High penetration looks through it.</source>
        <translation>Compare paredes e pisos entre si: um mais grosso, ou um painel ao longo de uma parede, é o sinal. Alta penetração permite ver através.</translation>
    </message>
    <message>
        <source>Undeclared textiles</source>
        <translation>Têxteis não declarados</translation>
    </message>
    <message>
        <source>Bales of polyester fabric loaded among the declared goods.</source>
        <translation>Fardos de tecido de poliéster carregados entre as mercadorias declaradas.</translation>
    </message>
    <message>
        <source>Plastic fibre is organic: even orange blocks of bales, lighter than most goods of the same size, without the grid of cartons.</source>
        <translation>A fibra plástica é orgânica: blocos laranja uniformes de fardos, mais leves que a maioria das mercadorias do mesmo tamanho, sem a grade das caixas.</translation>
    </message>
    <message>
        <source>Look for blocks whose texture and density differ from the rest of the load and from what the declaration names.</source>
        <translation>Procure blocos cuja textura e densidade diferem do resto da carga e do que a declaração indica.</translation>
    </message>
    <message>
        <source>Load that does not match its declaration</source>
        <translation>Carga que não corresponde à sua declaração</translation>
    </message>
    <message>
        <source>The goods seen are not those declared: other goods, another quantity or another weight.</source>
        <translation>As mercadorias vistas não são as declaradas: outras mercadorias, outra quantidade ou outro peso.</translation>
    </message>
    <message>
        <source>The whole load is the finding: its colour, density and packing do not fit the declared goods (metal parts declared as furniture, half the declared cartons, a load far heavier than declared).</source>
        <translation>A carga inteira é a constatação: a sua cor, densidade e embalagem não combinam com as mercadorias declaradas (peças metálicas declaradas como móveis, metade das caixas declaradas, uma carga muito mais pesada que o declarado).</translation>
    </message>
    <message>
        <source>Read the declaration first, then ask of the image: is this what those goods look like, is this how many there should be, could this weigh that much?</source>
        <translation>Leia primeiro a declaração e depois pergunte à imagem: essas mercadorias têm esta aparência, há tantas quanto deveria haver, isto poderia pesar tanto?</translation>
    </message>
    <message>
        <source>Something to report</source>
        <translation>Algo a relatar</translation>
    </message>
    <message>
        <source>An item the round asks to report that is none of the kinds above.</source>
        <translation>Um objeto que a rodada pede para relatar e que não é de nenhum dos tipos acima.</translation>
    </message>
    <message>
        <source>Its colour tells its material: orange organic, green mixed or light metal, blue metal, black too dense to see through.</source>
        <translation>A sua cor indica o seu material: laranja orgânico, verde misto ou metal leve, azul metal, preto denso demais para ver através.</translation>
    </message>
    <message>
        <source>Look for what does not belong with the rest of the contents.</source>
        <translation>Procure o que não combina com o resto do conteúdo.</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tecla %2)</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>Como encontrar:</translation>
    </message>
    <message>
        <source>Best seen with:</source>
        <translation>Melhor visto com:</translation>
    </message>
</context>
<context>
    <name>pen::gui::ThreatLibraryPage</name>
    <message>
        <source>Back to practice</source>
        <translation>Voltar ao treino</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threat library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca de ameaças&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous example</source>
        <translation>Exemplo anterior</translation>
    </message>
    <message>
        <source>Next example</source>
        <translation>Próximo exemplo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s))</source>
        <translation>
            <numerusform>%1 (%n exemplo)</numerusform>
            <numerusform>%1 (%n exemplos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No set here holds its targets rendered alone. The bundled demo sets and sets generated by this version do.</source>
        <translation>Nenhum conjunto aqui contém os seus alvos renderizados isoladamente. Os conjuntos de demonstração incluídos e os gerados por esta versão contêm.</translation>
    </message>
    <message>
        <source>Show it with %1</source>
        <translation>Mostrar com %1</translation>
    </message>
    <message>
        <source>Example %1 of %2</source>
        <translation>Exemplo %1 de %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenFile</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Não é possível ler o arquivo de token %1: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty: its first line must be the token.</source>
        <translation>O arquivo de token %1 está vazio: a sua primeira linha deve ser o token.</translation>
    </message>
    <message>
        <source>The token file %1 is too large to hold a token.</source>
        <translation>O arquivo de token %1 é grande demais para conter um token.</translation>
    </message>
    <message>
        <source>The token file %1 does not hold a token: %2</source>
        <translation>O arquivo de token %1 não contém um token: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokenSecretDialog</name>
    <message>
        <source>New token</source>
        <translation>Novo token</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>O token de &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>This is the only time the secret is shown: the server keeps only a hash of it. Copy it now and give it to its holder over a safe channel.</source>
        <translation>Esta é a única vez que o segredo é mostrado: o servidor guarda apenas um hash dele. Copie-o agora e entregue-o ao seu titular por um canal seguro.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TokensPanel</name>
    <message>
        <source>Revoke the token</source>
        <translation>Revogar o token</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Whoever holds it can no longer use it, and it cannot be restored.</source>
        <translation>Revogar o token “%1”? Quem o tiver não poderá mais usá-lo, e ele não pode ser restaurado.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>who it is for, e.g. A. Officer (laptop 3)</source>
        <translation>para quem é, p. ex. A. Agente (notebook 3)</translation>
    </message>
    <message>
        <source>Issue token</source>
        <translation>Emitir token</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revoke selected token</source>
        <translation>Revogar o token selecionado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Novo token</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>A team member&apos;s own token: the leaderboard shows each member&apos;s answers</source>
        <translation>O token próprio de um membro da equipe: a classificação mostra as respostas de cada membro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>(plays alone)</source>
        <translation>(joga sozinho)</translation>
    </message>
    <message>
        <source>The team&apos;s shared console</source>
        <translation>O console compartilhado da equipe</translation>
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
        <translation>O servidor %1 não pode ser alcançado (%2). Verifique o endereço e se o servidor está em execução.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new one.</source>
        <translation>O servidor não aceita este token: ele é desconhecido ou foi revogado (%1). Peça um novo ao organizador.</translation>
    </message>
    <message>
        <source>This token may not play in a tournament (%1). Use the contestant&apos;s token the host issued.</source>
        <translation>Este token não permite jogar em um torneio (%1). Use o token de participante que o organizador emitiu.</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Tarde demais: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Check the connection.</source>
        <translation>O servidor não respondeu a tempo (%1). Verifique a conexão.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>O servidor recusou: %1</translation>
    </message>
    <message>
        <source>the server closed the event stream</source>
        <translation>o servidor fechou o fluxo do evento</translation>
    </message>
    <message>
        <source>Scan %1 cannot be shown: %2</source>
        <translation>Não é possível mostrar o escaneamento %1: %2</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentNames</name>
    <message>
        <source>Waiting for the host to start the event</source>
        <translation>Aguardando o organizador iniciar o evento</translation>
    </message>
    <message>
        <source>%1 starts in</source>
        <translation>%1 começa em</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. Waiting for the round to end.</source>
        <translation>Você respondeu a todos os escaneamentos de %1. Aguardando o fim da rodada.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 está em andamento</translation>
    </message>
    <message>
        <source>The host has paused the event</source>
        <translation>O organizador pausou o evento</translation>
    </message>
    <message>
        <source>Break: the next round starts in</source>
        <translation>Intervalo: a próxima rodada começa em</translation>
    </message>
    <message>
        <source>The event is over</source>
        <translation>O evento terminou</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Aguardando o servidor</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 (%3), %n scan(s)</source>
        <translation>
            <numerusform>Rodada %1: %2 (%3), %n escaneamento</numerusform>
            <numerusform>Rodada %1: %2 (%3), %n escaneamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s per scan</source>
        <translation>, %1 s por escaneamento</translation>
    </message>
    <message>
        <source>, %1 for the round</source>
        <translation>, %1 para a rodada</translation>
    </message>
    <message>
        <source>You have answered every scan of %1. The round ends for everybody at the latest in</source>
        <translation>Você respondeu a todos os escaneamentos de %1. A rodada termina para todos no máximo em</translation>
    </message>
    <message>
        <source>; your clock starts when you open the first scan (join within %1)</source>
        <translation>; o seu relógio começa quando você abre o primeiro escaneamento (entrada em até %1)</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentResultsPage</name>
    <message>
        <source>Scan</source>
        <translation>Escaneamento</translation>
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
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Your results: %1</source>
        <translation>Os seus resultados: %1</translation>
    </message>
    <message>
        <source> (time ran out)</source>
        <translation> (tempo esgotado)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Break: the next round starts in %1</source>
        <translation>Intervalo: a próxima rodada começa em %1</translation>
    </message>
    <message>
        <source>The event is over. Thank you for taking part.</source>
        <translation>O evento terminou. Obrigado pela participação.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 points&lt;/b&gt;, rank %2&lt;br&gt;Hits %3, misses %4, false alarms %5, correct rejections %6; d′ %7; mean response time %8 s; %n scan(s) timed out</source>
        <translation>
            <numerusform>&lt;b&gt;%1 pontos&lt;/b&gt;, posição %2&lt;br&gt;Acertos %3, omissões %4, falsos alarmes %5, rejeições corretas %6; d′ %7; tempo médio de resposta %8 s; %n escaneamento com tempo esgotado</numerusform>
            <numerusform>&lt;b&gt;%1 pontos&lt;/b&gt;, posição %2&lt;br&gt;Acertos %3, omissões %4, falsos alarmes %5, rejeições corretas %6; d′ %7; tempo médio de resposta %8 s; %n escaneamentos com tempo esgotado</numerusform>
        </translation>
    </message>
    <message>
        <source>Review scans with the truth</source>
        <translation>Revisar escaneamentos com a verdade de referência</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The event is over.&lt;/b&gt; You finished %1 of %n contestant(s) with %2 points.</source>
        <translation>
            <numerusform>&lt;b&gt;O evento terminou.&lt;/b&gt; Você ficou em %1 de %n participante com %2 pontos.</numerusform>
            <numerusform>&lt;b&gt;O evento terminou.&lt;/b&gt; Você ficou em %1 de %n participantes com %2 pontos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentRoundPage</name>
    <message>
        <source>The host has paused the event. The clocks are stopped.</source>
        <translation>O organizador pausou o evento. Os relógios estão parados.</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Enviando a sua resposta…</translation>
    </message>
    <message>
        <source>Connection lost: your answer will be sent as soon as the server is back.</source>
        <translation>Conexão perdida: a sua resposta será enviada assim que o servidor voltar.</translation>
    </message>
    <message>
        <source>The server did not take the answer: %1</source>
        <translation>O servidor não aceitou a resposta: %1</translation>
    </message>
    <message>
        <source>Submit marks (Enter)</source>
        <translation>Enviar marcas (Enter)</translation>
    </message>
    <message>
        <source>Clear: nothing to report (X)</source>
        <translation>Limpo: nada a relatar (X)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scoring: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pontuação: %2</translation>
    </message>
    <message>
        <source>Loading scan %1 of %2…</source>
        <translation>Carregando o escaneamento %1 de %2…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Escaneamento %1 de %2</translation>
    </message>
    <message>
        <source>Your last scan</source>
        <translation>O seu último escaneamento</translation>
    </message>
    <message>
        <source>Scan %1: %2</source>
        <translation>Escaneamento %1: %2</translation>
    </message>
    <message>
        <source>Your answer to scan %1 was received by the server.</source>
        <translation>A sua resposta ao escaneamento %1 foi recebida pelo servidor.</translation>
    </message>
</context>
<context>
    <name>pen::gui::TournamentWidget</name>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Conexão perdida — reconectando…</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReportPanel</name>
    <message>
        <source>or a trainee&apos;s name: the history across your practice sessions</source>
        <translation>ou o nome de um aluno: o histórico nas suas sessões de treino</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Mostrar relatório</translation>
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
        <translation>Aluno</translation>
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
        <translation>Todas as rodadas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n round(s); hit rate %2 %, false alarm rate %3 %, d′ %4, da %5, mean response %6 s</source>
        <translation>
            <numerusform>%1: %n rodada; taxa de acertos %2 %, taxa de falsos alarmes %3 %, d′ %4, da %5, resposta média %6 s</numerusform>
            <numerusform>%1: %n rodadas; taxa de acertos %2 %, taxa de falsos alarmes %3 %, d′ %4, da %5, resposta média %6 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the trainee report as PDF</source>
        <translation>Exportar o relatório do aluno como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trainee report: %1</source>
        <translation>Relatório do aluno: %1</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Impresso em %1.</translation>
    </message>
    <message>
        <source>Per round and threat category</source>
        <translation>Por rodada e categoria de ameaça</translation>
    </message>
    <message>
        <source>Rounds in playing order</source>
        <translation>Rodadas na ordem de jogo</translation>
    </message>
    <message>
        <source>Rates per round</source>
        <translation>Taxas por rodada</translation>
    </message>
    <message>
        <source>Scan review</source>
        <translation>Revisão dos escaneamentos</translation>
    </message>
</context>
<context>
    <name>pen::gui::TraineeReviewPanel</name>
    <message>
        <source>Scan</source>
        <translation>Escaneamento</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Ameaças</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>Resposta (s)</translation>
    </message>
    <message>
        <source>Ground truth is drawn solid, the trainee&apos;s marks dashed.</source>
        <translation>A verdade de referência é desenhada em linha contínua, as marcas do aluno tracejadas.</translation>
    </message>
    <message>
        <source>Choose a scan to see its view with the ground truth and the trainee&apos;s marks.</source>
        <translation>Escolha um escaneamento para ver sua vista com a verdade de referência e as marcas do aluno.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Choose a contestant of this session to review their rounds scan by scan.</source>
        <translation>Escolha um participante desta sessão para rever suas rodadas escaneamento a escaneamento.</translation>
    </message>
    <message>
        <source>No scan of this round is over yet.</source>
        <translation>Nenhum escaneamento desta rodada terminou ainda.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <source>Not judged: this scan has no ground truth</source>
        <translation>Não avaliado: este escaneamento não tem verdade de referência</translation>
    </message>
    <message>
        <source>Timed out (%1)</source>
        <translation>Tempo esgotado (%1)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1: %n mark(s) by the trainee, %2 points.</source>
        <translation>
            <numerusform>Escaneamento %1: %n marca do aluno, %2 pontos.</numerusform>
            <numerusform>Escaneamento %1: %n marcas do aluno, %2 pontos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the scan…</source>
        <translation>Baixando o escaneamento…</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>verdade: %1</translation>
    </message>
    <message>
        <source>mark: %1</source>
        <translation>marca: %1</translation>
    </message>
    <message>
        <source>hit: %1</source>
        <translation>acerto: %1</translation>
    </message>
    <message>
        <source>false alarm: %1</source>
        <translation>falso alarme: %1</translation>
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
        <translation>brilho ou contraste ajustados</translation>
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
        <translation>Visualizador</translation>
    </message>
    <message>
        <source>No scan is shown.</source>
        <translation>Nenhum escaneamento é mostrado.</translation>
    </message>
    <message>
        <source>Both views are shown side by side.</source>
        <translation>As duas vistas são mostradas lado a lado.</translation>
    </message>
    <message>
        <source>No mark is selected.</source>
        <translation>Nenhuma marca está selecionada.</translation>
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
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Actual size 1:1</source>
        <translation>Tamanho real 1:1</translation>
    </message>
    <message>
        <source>Zoom with the wheel</source>
        <translation>Zoom com a roda do mouse</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Deslocar</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation>Trocar de vista</translation>
    </message>
    <message>
        <source>Views side by side</source>
        <translation>Vistas lado a lado</translation>
    </message>
    <message>
        <source>Mark a suspect region</source>
        <translation>Marcar uma região suspeita</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Excluir a marca selecionada</translation>
    </message>
    <message>
        <source>Material colour</source>
        <translation>Cor de material</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Escala de cinza</translation>
    </message>
    <message>
        <source>Low-energy channel</source>
        <translation>Canal de baixa energia</translation>
    </message>
    <message>
        <source>High-energy channel</source>
        <translation>Canal de alta energia</translation>
    </message>
    <message>
        <source>Fused channels</source>
        <translation>Canais fundidos</translation>
    </message>
    <message>
        <source>Organic only</source>
        <translation>Só orgânico</translation>
    </message>
    <message>
        <source>Inorganic only</source>
        <translation>Só inorgânico</translation>
    </message>
    <message>
        <source>High penetration</source>
        <translation>Alta penetração</translation>
    </message>
    <message>
        <source>Low penetration</source>
        <translation>Baixa penetração</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Edge enhancement</source>
        <translation>Realce de bordas</translation>
    </message>
    <message>
        <source>Super enhancement</source>
        <translation>Super-realce</translation>
    </message>
    <message>
        <source>Density highlight</source>
        <translation>Destaque de densidade</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Mais claro</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Mais escuro</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Mais contraste</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Menos contraste</translation>
    </message>
    <message>
        <source>Gamma up</source>
        <translation>Aumentar gama</translation>
    </message>
    <message>
        <source>Gamma down</source>
        <translation>Diminuir gama</translation>
    </message>
    <message>
        <source>Reset image controls</source>
        <translation>Redefinir os ajustes de imagem</translation>
    </message>
    <message>
        <source>This scan has only one view.</source>
        <translation>Este escaneamento tem apenas uma vista.</translation>
    </message>
    <message>
        <source>Colours everything in a band of high-energy attenuation, whatever its material colour: dense items stand out even where thin high-Z metal reads as mixed or organic.</source>
        <translation>Colore tudo o que estiver em uma faixa de atenuação de alta energia, qualquer que seja a sua cor de material: objetos densos se destacam mesmo onde um metal fino de Z alto aparece como misto ou orgânico.</translation>
    </message>
    <message>
        <source>Olive palette</source>
        <translation>Paleta oliva</translation>
    </message>
    <message>
        <source>Moves the window to dense matter. Thin lead, tungsten or gold can look like light metal, even organic, in the material colours: their absorption edges fall in the high-energy channel. A small item darker than its colour and size allow calls for this view, the density highlight and a search by hand.</source>
        <translation>Desloca a janela para a matéria densa. Chumbo, tungstênio ou ouro finos podem parecer metal leve, até orgânico, nas cores de material: as suas bordas de absorção caem no canal de alta energia. Um objeto pequeno mais escuro do que a sua cor e o seu tamanho permitem pede esta vista, o destaque de densidade e uma revista manual.</translation>
    </message>
    <message>
        <source>The material colours of the second console style: olive-green mixed matter and slightly redder organics. Off: pure green mixed matter. Both run from orange (organic) to blue (metal) with the effective atomic number and go black where nothing gets through.</source>
        <translation>As cores de material do segundo estilo de console: matéria mista verde-oliva e matéria orgânica um pouco mais vermelha. Desativada: matéria mista verde puro. Ambas vão do laranja (orgânico) ao azul (metal) conforme o número atômico efetivo e ficam pretas onde nada atravessa.</translation>
    </message>
</context>
<context>
    <name>pen::server::TokenText</name>
    <message>
        <source>The token holds characters that no token has (control characters or letters outside ASCII).</source>
        <translation>O token contém caracteres que nenhum token tem (caracteres de controle ou letras fora do ASCII).</translation>
    </message>
    <message>
        <source>This is not a PEN-Tournament token: a token is &quot;pen_&quot; and 43 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Isto não é um token do PEN-Tournament: um token é “pen_” e 43 letras, dígitos, “-” ou “_”.</translation>
    </message>
    <message>
        <source>There is no token: the text is empty.</source>
        <translation>Não há token: o texto está vazio.</translation>
    </message>
    <message>
        <source>There are several tokens here: give one, as the line that pentournament-admin token-issue printed or the secret alone.</source>
        <translation>Há vários tokens aqui: dê um só, como a linha que pentournament-admin token-issue imprimiu ou apenas o segredo.</translation>
    </message>
    <message>
        <source>The token must be on one line: the line that pentournament-admin token-issue printed, or the secret alone.</source>
        <translation>O token deve estar em uma linha: a linha que pentournament-admin token-issue imprimiu, ou apenas o segredo.</translation>
    </message>
    <message>
        <source>There is more than a token here: give the line that pentournament-admin token-issue printed (the token id, then the secret) or the secret alone.</source>
        <translation>Há mais que um token aqui: dê a linha que pentournament-admin token-issue imprimiu (o id do token e depois o segredo) ou apenas o segredo.</translation>
    </message>
    <message>
        <source>The token cannot be sent: it holds spaces, control characters or letters outside ASCII. Give the secret alone, as pentournament-admin token-issue printed it.</source>
        <translation>O token não pode ser enviado: contém espaços, caracteres de controle ou letras fora do ASCII. Dê apenas o segredo, como pentournament-admin token-issue o imprimiu.</translation>
    </message>
</context>
</TS>
