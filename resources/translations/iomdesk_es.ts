<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>iomdesk: unexpected error</source>
        <translation>iomdesk: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside iomdesk ({error}).

iomdesk goes on working; the details were written to the terminal.</source>
        <translation>Algo ha fallado dentro de iomdesk ({error}).

iomdesk sigue funcionando; los detalles se han escrito en el terminal.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>To see them all: {command}</source>
        <translation>Para verlos todos: {command}</translation>
    </message>
    <message>
        <source>iomdesk cannot open its data</source>
        <translation>iomdesk no puede abrir sus datos</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
</context>
<context>
    <name>citation</name>
    <message>
        <source>{election}: {winner} was elected.</source>
        <translation>{election}: {winner} resultó elegido/a.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>{name} has been {role} of {organisation} since {start}.</source>
        <translation>{name} es {role} de la {organisation} desde el {start}.</translation>
    </message>
    <message>
        <source>{name} was {role} of {organisation} from {start} to {end}.</source>
        <translation>{name} fue {role} de la {organisation} del {start} al {end}.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>present</source>
        <translation>en el cargo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Con fecha de</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>{column} (ISO 8601)</source>
        <translation>{column} (ISO 8601)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Oficina regional</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Present since</source>
        <translation>Presente desde</translation>
    </message>
    <message>
        <source>Chief of mission</source>
        <translation>Jefe de misión</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Copy e-mail</source>
        <translation>Copiar correo electrónico</translation>
    </message>
    <message>
        <source>Copy as &quot;Name &lt;e-mail&gt;&quot;</source>
        <translation>Copiar como «Nombre &lt;correo electrónico&gt;»</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Escribir correo electrónico</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copiar la fila</translation>
    </message>
    <message>
        <source>Copy the selected addresses (Ctrl+C)</source>
        <translation>Copiar las direcciones seleccionadas (Ctrl+C)</translation>
    </message>
    <message>
        <source>{shown} of {total} shown, all under {unit}</source>
        <translation>Mostrando {shown} de {total}, todos bajo {unit}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown: {own} for {unit} and {under} under it</source>
        <translation>Mostrando {shown} de {total}: {own} de {unit} y {under} por debajo</translation>
    </message>
    <message>
        <source>No e-mail address in the selection</source>
        <translation>No hay ninguna dirección de correo electrónico en la selección</translation>
    </message>
    <message>
        <source>Copied 1 address</source>
        <translation>1 dirección copiada</translation>
    </message>
    <message>
        <source>Copied {count} addresses</source>
        <translation>{count} direcciones copiadas</translation>
    </message>
    <message>
        <source>No e-mail address or telephone in the selection</source>
        <translation>Ninguna dirección de correo ni teléfono en la selección</translation>
    </message>
    <message>
        <source>Copied 1 telephone number</source>
        <translation>1 número de teléfono copiado</translation>
    </message>
    <message>
        <source>Copied {count} telephone numbers</source>
        <translation>{count} números de teléfono copiados</translation>
    </message>
    <message>
        <source>Opened the mail client for {addresses}</source>
        <translation>Se ha abierto el cliente de correo para {addresses}</translation>
    </message>
    <message>
        <source>No mail client answered and the clipboard is not available</source>
        <translation>Ningún cliente de correo ha respondido y el portapapeles no está disponible</translation>
    </message>
    <message>
        <source>No mail client answered; copied the address instead</source>
        <translation>Ningún cliente de correo ha respondido; se ha copiado la dirección en su lugar</translation>
    </message>
    <message>
        <source>No mail client answered; copied the addresses instead</source>
        <translation>Ningún cliente de correo ha respondido; se han copiado las direcciones en su lugar</translation>
    </message>
    <message>
        <source>Go to its unit in Structure</source>
        <translation>Ir a su unidad en Estructura</translation>
    </message>
    <message>
        <source>Go to its country</source>
        <translation>Ir a su país</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Not found in the stored sources</source>
        <translation>No encontrado en las fuentes guardadas</translation>
    </message>
    <message>
        <source>year not found</source>
        <translation>año no encontrado</translation>
    </message>
    <message>
        <source>{office} (to {year})</source>
        <translation>{office} (hasta {year})</translation>
    </message>
    <message>
        <source>{name} ({date})</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <source>Members named: {members} of {total} (year of joining for {years}); observers: {observers}; offices: {offices}; with an address: {address}, a telephone: {phone}, an e-mail: {email}; chiefs of mission named in 2023 or later: {recent} (older: {older})</source>
        <translation>Miembros nombrados: {members} de {total} (año de adhesión para {years}); observadores: {observers}; oficinas: {offices}; con dirección: {address}, teléfono: {phone}, correo electrónico: {email}; jefes de misión nombrados en 2023 o después: {recent} (anteriores: {older})</translation>
    </message>
    <message>
        <source>{kind} (the year of joining was not found)</source>
        <translation>{kind} (no se encontró el año de ingreso)</translation>
    </message>
    <message>
        <source>{kind} from {start} to {end}</source>
        <translation>{kind} de {start} a {end}</translation>
    </message>
    <message>
        <source>{kind} since {start}</source>
        <translation>{kind} desde {start}</translation>
    </message>
    <message>
        <source>{session} Council</source>
        <translation>Consejo ({session})</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde {start}</translation>
    </message>
    <message>
        <source>present since {year}</source>
        <translation>presente desde {year}</translation>
    </message>
    <message>
        <source>Sub-offices: {names}</source>
        <translation>Suboficinas: {names}</translation>
    </message>
    <message>
        <source>{name}, {role} (named in post: {date})</source>
        <translation>{name}, {role} (citado en el cargo: {date})</translation>
    </message>
    <message>
        <source>Go to its regional office</source>
        <translation>Ir a su oficina regional</translation>
    </message>
    <message>
        <source>{country}: its IOM membership is not found in the stored sources.</source>
        <translation>{country}: su condición de miembro de la OIM no se encuentra en las fuentes guardadas.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Decade of joining</source>
        <translation>Década de adhesión</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Oficina regional</translation>
    </message>
    <message>
        <source>member, year not found</source>
        <translation>miembro, año no encontrado</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>década de {decade}</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Release</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Sources checked to</source>
        <translation>Fuentes revisadas hasta</translation>
    </message>
    <message>
        <source>It is newer than the data this version ships ({release}).</source>
        <translation>Es más reciente que los datos que incluye esta versión ({release}).</translation>
    </message>
    <message>
        <source>It is not newer than {name} ({release}) in the data folder: it can be opened for now, but a start would not choose it.</source>
        <translation>No es más reciente que {name} ({release}) en la carpeta de datos: puede abrirse por ahora, pero un inicio no lo elegiría.</translation>
    </message>
    <message>
        <source>It is not newer than the data this version ships ({release}): it can be opened for now, but a start would not choose it.</source>
        <translation>No es más reciente que los datos que incluye esta versión ({release}): puede abrirse por ahora, pero un inicio no lo elegiría.</translation>
    </message>
    <message>
        <source>the file given on the command line (--db)</source>
        <translation>el archivo indicado en la línea de órdenes (--db)</translation>
    </message>
    <message>
        <source>a data pack from the data folder</source>
        <translation>un paquete de datos de la carpeta de datos</translation>
    </message>
    <message>
        <source>the data this version of iomdesk ships</source>
        <translation>los datos que incluye esta versión de iomdesk</translation>
    </message>
    <message>
        <source>a file opened with File &gt; Open data file</source>
        <translation>un archivo abierto con Archivo &gt; Abrir archivo de datos</translation>
    </message>
    <message>
        <source>{count} documents ({seeds} seed documents, {public} public)</source>
        <translation>{count} documentos ({seeds} documentos de partida, {public} públicos)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Newer data comes as a data pack, one .sqlite file: drop it on the window, open it with File &gt; Open data file, or copy it into the data folder. At start iomdesk uses the newest pack that passes every check, else the data it ships.</source>
        <translation>Los datos más recientes llegan como paquete de datos, un archivo .sqlite: suéltelo sobre la ventana, ábralo con Archivo &gt; Abrir archivo de datos o cópielo en la carpeta de datos. Al iniciarse, iomdesk usa el paquete más reciente que pasa todas las comprobaciones; si no, los datos que incluye.</translation>
    </message>
    <message>
        <source>The data in use is the data this version ships ({release}).</source>
        <translation>Los datos en uso son los que incluye esta versión ({release}).</translation>
    </message>
    <message>
        <source>The data in use could not be compared with the data this version ships: {reason}</source>
        <translation>Los datos en uso no se pudieron comparar con los datos que trae esta versión: {reason}</translation>
    </message>
    <message>
        <source>The data in use ({release}) has the same rows as the data this version ships ({shipped}).</source>
        <translation>Los datos en uso ({release}) tienen las mismas filas que los datos que trae esta versión ({shipped}).</translation>
    </message>
    <message>
        <source>From the data this version ships ({shipped}) to the data in use ({release}):</source>
        <translation>De los datos que incluye esta versión ({shipped}) a los datos en uso ({release}):</translation>
    </message>
    <message>
        <source>Sources and other tables</source>
        <translation>Fuentes y otras tablas</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>New in {release}</source>
        <translation>Nuevo en {release}</translation>
    </message>
    <message>
        <source>Changed in {release}: {fields}</source>
        <translation>Modificado en {release}: {fields}</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Abrir archivo de datos</translation>
    </message>
    <message>
        <source>iomdesk data (*.sqlite);;All files (*)</source>
        <translation>Datos de iomdesk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Use from now on</source>
        <translation>&amp;Usar desde ahora</translation>
    </message>
    <message>
        <source>It could not be copied into {folder}: {error}</source>
        <translation>No se pudo copiar en {folder}: {error}</translation>
    </message>
    <message>
        <source>A start will use {name} instead: it is newer.</source>
        <translation>Un inicio usará {name} en su lugar: es más reciente.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>One file at a time: {name} is offered, not the others dropped with it.</source>
        <translation>Un archivo a la vez: se ofrece {name}, no los demás soltados con él.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Open data &amp;file…</source>
        <translation>Abrir &amp;archivo de datos…</translation>
    </message>
    <message>
        <source>Use the &amp;shipped data</source>
        <translation>Usar los datos &amp;incluidos</translation>
    </message>
    <message>
        <source>Could not note the choice in {folder}: {error}</source>
        <translation>No se pudo anotar la elección en {folder}: {error}</translation>
    </message>
    <message>
        <source>What is new in the data</source>
        <translation>Novedades en los datos</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>Ballots</source>
        <translation>Papeletas</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Data as of:</source>
        <translation>Fecha de los datos:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>No round-by-round results were found in the sources.</source>
        <translation>No se encontraron resultados por vuelta en las fuentes.</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>Position then</source>
        <translation>Cargo en ese momento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Two-thirds</source>
        <translation>Dos tercios</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>deducido</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>titular saliente</translation>
    </message>
    <message>
        <source>present</source>
        <translation>en el cargo</translation>
    </message>
    <message>
        <source>seed document</source>
        <translation>documento de partida</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>the year of birth</source>
        <translation>el año de nacimiento</translation>
    </message>
    <message>
        <source>the year of death</source>
        <translation>el año de fallecimiento</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>the figure</source>
        <translation>la cifra</translation>
    </message>
    <message>
        <source>the member states</source>
        <translation>los Estados miembros</translation>
    </message>
    <message>
        <source>{value} according to {sources}</source>
        <translation>{value} según {sources}</translation>
    </message>
    <message>
        <source>Sources disagree on {field}:</source>
        <translation>Las fuentes discrepan sobre {field}:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>present (in office)</source>
        <translation>actualidad (en el cargo)</translation>
    </message>
    <message>
        <source>Years in office</source>
        <translation>Años en el cargo</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Came to office</source>
        <translation>Llegada al cargo</translation>
    </message>
    <message>
        <source>Organisation then</source>
        <translation>Organización en ese momento</translation>
    </message>
    <message>
        <source>Also served as</source>
        <translation>También fue</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Nacimiento – fallecimiento</translation>
    </message>
    <message>
        <source>{round}: {outcome}</source>
        <translation>{round}: {outcome}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Estados miembros</translation>
    </message>
    <message>
        <source>Voting states</source>
        <translation>Estados votantes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Took office</source>
        <translation>Toma de posesión</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copiar</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Countries covered ({period}): {count}</source>
        <translation>Países cubiertos ({period}): {count}</translation>
    </message>
    <message>
        <source>Countries whose pages name this office: {count}</source>
        <translation>Países cuyas páginas citan esta oficina: {count}</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>{name}, {role} (named in post: {date})</source>
        <translation>{name}, {role} (citado en el cargo: {date})</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Source dated</source>
        <translation>Fuente con fecha</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Newest source</source>
        <translation>Fuente más reciente</translation>
    </message>
    <message>
        <source>Compiled</source>
        <translation>Compilado</translation>
    </message>
    <message>
        <source>An offline reference about the International Organization for Migration: its leaders since 1951, how they were elected, its structure, whom to write to, its milestones and figures over time, and the countries: which belong, and where IOM has an office in each.</source>
        <translation>Una referencia sin conexión sobre la Organización Internacional para las Migraciones: sus dirigentes desde 1951, cómo fueron elegidos, su estructura, a quién escribir, sus hitos y cifras a lo largo del tiempo, y los países: cuáles son miembros y dónde tiene la OIM una oficina en cada uno.</translation>
    </message>
    <message>
        <source>The data is read-only and ships inside the app. Descriptions are our own words; each fact names the documents it comes from.</source>
        <translation>Los datos son de solo lectura y vienen incluidos en la aplicación. Las descripciones están redactadas con nuestras propias palabras; cada dato indica los documentos de los que procede.</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>ISO 3166</source>
        <translation>ISO 3166</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Chief of mission</source>
        <translation>Jefe de misión</translation>
    </message>
    <message>
        <source>Open source in the browser</source>
        <translation>Abrir la fuente en el navegador</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Escribir correo electrónico</translation>
    </message>
    <message>
        <source>Go to this row</source>
        <translation>Ir a esta fila</translation>
    </message>
</context>
<context>
    <name>everywhere</name>
    <message>
        <source>Search everywhere</source>
        <translation>Buscar en todas partes</translation>
    </message>
    <message>
        <source>Search every tab… (names, units, e-mails, years)</source>
        <translation>Buscar en todas las pestañas… (nombres, unidades, correos electrónicos, años)</translation>
    </message>
    <message>
        <source>Results from every tab</source>
        <translation>Resultados de todas las pestañas</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
    <message>
        <source>No matches for &apos;{text}&apos;</source>
        <translation>No hay coincidencias para «{text}»</translation>
    </message>
    <message>
        <source>Enter: go to it · Ctrl+C: copy · Esc: close</source>
        <translation>Intro: ir · Ctrl+C: copiar · Esc: cerrar</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Con estrella</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Vistas recientemente</translation>
    </message>
    <message>
        <source>no longer in the data</source>
        <translation>ya no está en los datos</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>division</source>
        <translation>división</translation>
    </message>
    <message>
        <source>workstream</source>
        <translation>línea de trabajo</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>oficina regional</translation>
    </message>
    <message>
        <source>sub-regional office</source>
        <translation>oficina subregional</translation>
    </message>
    <message>
        <source>global office</source>
        <translation>oficina mundial</translation>
    </message>
    <message>
        <source>COPA</source>
        <translation>COPA</translation>
    </message>
    <message>
        <source>administrative centre</source>
        <translation>centro administrativo</translation>
    </message>
    <message>
        <source>country offices</source>
        <translation>oficinas de país</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>present</source>
        <translation>en el cargo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>{name} eliminated</source>
        <translation>{name} (eliminación)</translation>
    </message>
    <message>
        <source>{name} withdrew</source>
        <translation>{name} (retirada)</translation>
    </message>
    <message>
        <source>No result recorded</source>
        <translation>Ningún resultado registrado</translation>
    </message>
    <message>
        <source>Leadership timeline</source>
        <translation>Cronología de la dirección</translation>
    </message>
    <message>
        <source>Heads of the organisation in order:</source>
        <translation>Dirigentes de la Organización, por orden:</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Dirigentes</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>pale end: dates not confirmed</source>
        <translation>extremo claro: fechas sin confirmar</translation>
    </message>
    <message>
        <source>not drawn, no start date: {names}</source>
        <translation>sin dibujar, sin fecha de inicio: {names}</translation>
    </message>
    <message>
        <source>No round-by-round results were found in the sources.</source>
        <translation>No se encontraron resultados por vuelta en las fuentes.</translation>
    </message>
    <message>
        <source>Votes per round</source>
        <translation>Votos por ronda</translation>
    </message>
    <message>
        <source>Votes per round: {election}</source>
        <translation>Votos por ronda: {election}</translation>
    </message>
    <message>
        <source> (two-thirds: {count})</source>
        <translation> (dos tercios: {count})</translation>
    </message>
    <message>
        <source>{round}: {votes}</source>
        <translation>{round}: {votes}</translation>
    </message>
    <message>
        <source>No figures published</source>
        <translation>No se han publicado cifras</translation>
    </message>
    <message>
        <source>* two-thirds derived from the ballots cast</source>
        <translation>* dos tercios deducidos del número de papeletas depositadas</translation>
    </message>
    <message>
        <source>This picture could not be drawn; the details were written to the terminal.</source>
        <translation>No se pudo dibujar esta imagen; los detalles se escribieron en el terminal.</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Gráfico de la historia</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>{measure} over time: {values}.</source>
        <translation>{measure} a lo largo del tiempo: {values}.</translation>
    </message>
    <message>
        <source>{count} milestones marked below.</source>
        <translation>{count} hitos marcados debajo.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>approximate (hollow)</source>
        <translation>aproximado (hueco)</translation>
    </message>
    <message>
        <source>dashed: no figure for over {years} years</source>
        <translation>discontinua: ninguna cifra durante más de {years} años</translation>
    </message>
    <message>
        <source>not drawn, no date: {names}</source>
        <translation>sin situar, sin fecha: {names}</translation>
    </message>
    <message>
        <source>No dated milestones or figures to draw.</source>
        <translation>No hay hitos ni cifras con fecha que dibujar.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Mapa del mundo</translation>
    </message>
    <message>
        <source>The map&apos;s outlines could not be read.</source>
        <translation>No se pudieron leer los contornos del mapa.</translation>
    </message>
    <message>
        <source>not found in the stored sources</source>
        <translation>no encontrado en las fuentes guardadas</translation>
    </message>
    <message>
        <source>{count} in the list are too small for the map</source>
        <translation>{count} de la lista son demasiado pequeños para el mapa</translation>
    </message>
    <message>
        <source>Not in the list: no stored source names it</source>
        <translation>No está en la lista: ninguna fuente guardada lo cita</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
</context>
<context>
    <name>posts</name>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Director General</source>
        <translation>Director General</translation>
    </message>
    <message>
        <source>Deputy Director General</source>
        <translation>Director General Adjunto</translation>
    </message>
    <message>
        <source>Deputy Director General for Operations</source>
        <translation>Director General Adjunto de Operaciones</translation>
    </message>
    <message>
        <source>Deputy Director General for Management and Reform</source>
        <translation>Director General Adjunto de Gestión y Reforma</translation>
    </message>
    <message>
        <source>Deputy Director General for Management and Reform ad interim</source>
        <translation>Director General Adjunto de Gestión y Reforma interino</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>({count} characters)</source>
        <translation>({count} caracteres)</translation>
    </message>
    <message>
        <source>c. {date}</source>
        <translation>hacia {date}</translation>
    </message>
    <message>
        <source>as of {year}</source>
        <translation>a {year}</translation>
    </message>
    <message>
        <source>{counts} — sources checked to {date}</source>
        <translation>{counts} — fuentes revisadas hasta {date}</translation>
    </message>
    <message>
        <source>data {release} from the data folder ({name})</source>
        <translation>datos {release} de la carpeta de datos ({name})</translation>
    </message>
    <message>
        <source>data {release} from {name}</source>
        <translation>datos {release} de {name}</translation>
    </message>
    <message>
        <source>{name} not used: {reason}</source>
        <translation>{name} no usado: {reason}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(y {count} más)</translation>
    </message>
    <message>
        <source>data {release} from the data folder</source>
        <translation>datos {release} de la carpeta de datos</translation>
    </message>
    <message>
        <source>data {release}</source>
        <translation>datos {release}</translation>
    </message>
    <message>
        <source>by {year}</source>
        <translation>{year} o antes</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>{post} election, {date}</source>
        <translation>Elección al cargo de {post}, {date}</translation>
    </message>
    <message>
        <source>{count} + acclamation</source>
        <translation>{count} + aclamación</translation>
    </message>
    <message>
        <source>acclamation</source>
        <translation>aclamación</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registro</translation>
    </message>
    <message>
        <source>Acclamation</source>
        <translation>Aclamación</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Ronda {number}</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Estados miembros</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>Estados observadores</translation>
    </message>
    <message>
        <source>Voting states</source>
        <translation>Estados votantes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Headquarters staff</source>
        <translation>Personal de la Sede</translation>
    </message>
    <message>
        <source>Headquarters posts cut</source>
        <translation>Puestos suprimidos en la Sede</translation>
    </message>
    <message>
        <source>Staff affected by cuts</source>
        <translation>Personal afectado por los recortes</translation>
    </message>
    <message>
        <source>Field offices</source>
        <translation>Oficinas sobre el terreno</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>Oficinas regionales</translation>
    </message>
    <message>
        <source>Countries with offices</source>
        <translation>Países con oficinas</translation>
    </message>
    <message>
        <source>Countries reached in crises</source>
        <translation>Países atendidos en crisis</translation>
    </message>
    <message>
        <source>People reached in crises</source>
        <translation>Personas atendidas en crisis</translation>
    </message>
    <message>
        <source>People assisted</source>
        <translation>Personas asistidas</translation>
    </message>
    <message>
        <source>People benefiting each year</source>
        <translation>Beneficiarios al año</translation>
    </message>
    <message>
        <source>Migrants worldwide</source>
        <translation>Migrantes en el mundo</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Presupuesto (USD)</translation>
    </message>
    <message>
        <source>Global appeal (USD)</source>
        <translation>Llamamiento mundial (USD)</translation>
    </message>
    <message>
        <source>Crisis funding (USD)</source>
        <translation>Financiación para crisis (USD)</translation>
    </message>
    <message>
        <source>Donor funding cut (%)</source>
        <translation>Caída de la financiación de donantes (%)</translation>
    </message>
    <message>
        <source>about {value}</source>
        <translation>unos {value}</translation>
    </message>
    <message>
        <source>{measure}: {value}</source>
        <translation>{measure}: {value}</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Tree as of {tree} (notes to {newest}); sources checked to {checked}</source>
        <translation>Árbol a {tree} (notas hasta {newest}); fuentes revisadas hasta {checked}</translation>
    </message>
    <message>
        <source>Data as of {newest}; sources checked to {checked}</source>
        <translation>Datos a {newest}; fuentes revisadas hasta {checked}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>elected</source>
        <translation>elegido/a</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>derrotado/a</translation>
    </message>
    <message>
        <source>not elected</source>
        <translation>no elegido/a</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>eliminado/a</translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation>retirado/a</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Search in the current tab (selects the text)</source>
        <translation>Buscar en la pestaña actual (selecciona el texto)</translation>
    </message>
    <message>
        <source>Search everywhere: every tab at once; Enter goes to the result</source>
        <translation>Buscar en todas partes: todas las pestañas a la vez; Intro lleva al resultado</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Down or Enter</source>
        <translation>Abajo o Intro</translation>
    </message>
    <message>
        <source>From the search field to the first match</source>
        <translation>Pasar del campo de búsqueda a la primera coincidencia</translation>
    </message>
    <message>
        <source>Copy: contacts&apos; e-mail addresses; table rows as tab-separated text; the unit&apos;s path in Structure; in the details pane, the text selected</source>
        <translation>Copiar: las direcciones de correo de los contactos; las filas de una tabla, separadas por tabuladores; la ruta de la unidad en Estructura; en el panel de detalles, el texto seleccionado</translation>
    </message>
    <message>
        <source>Select all shown rows (in the details pane, its text)</source>
        <translation>Seleccionar todas las filas mostradas (en el panel de detalles, su texto)</translation>
    </message>
    <message>
        <source>Star the current row, or unstar it; starred rows come first in Ctrl+K</source>
        <translation>Poner una estrella a la fila actual, o quitarla; las filas con estrella van primero en Ctrl+K</translation>
    </message>
    <message>
        <source>Show only the starred rows of the current tab, or all</source>
        <translation>Mostrar solo las filas con estrella de la pestaña actual, o todas</translation>
    </message>
    <message>
        <source>Copy the current row&apos;s link (iomdesk:unit/dhrr): it opens iomdesk there</source>
        <translation>Copiar el enlace de la fila actual (iomdesk:unit/dhrr): abre iomdesk en ella</translation>
    </message>
    <message>
        <source>Copy the current row&apos;s fact with its sources, to paste into a text</source>
        <translation>Copiar el dato de la fila actual con sus fuentes, para pegarlo en un texto</translation>
    </message>
    <message>
        <source>The context menu of the list, the details or the picture that has the focus (the Menu key too)</source>
        <translation>El menú contextual de la lista, los detalles o la imagen que tiene el foco (también la tecla Menú)</translation>
    </message>
    <message>
        <source>Back to where a link or a search-everywhere result took you from (the mouse&apos;s back button too)</source>
        <translation>Volver adonde estaba antes de seguir un enlace o un resultado de la búsqueda global (también el botón Atrás del ratón)</translation>
    </message>
    <message>
        <source>Forward again (the mouse&apos;s forward button too)</source>
        <translation>Avanzar de nuevo (también el botón Adelante del ratón)</translation>
    </message>
    <message>
        <source>Open a data file (a newer data pack); dropping one on the window too</source>
        <translation>Abrir un archivo de datos (un paquete más reciente); también soltándolo sobre la ventana</translation>
    </message>
    <message>
        <source>To the search field (its label&apos;s letter)</source>
        <translation>Al campo de búsqueda (la letra de su etiqueta)</translation>
    </message>
    <message>
        <source>Contacts: copy as &quot;Name &lt;e-mail&gt;&quot;</source>
        <translation>Contactos: copiar como «Nombre &lt;correo electrónico&gt;»</translation>
    </message>
    <message>
        <source>Contacts: copy the rows as shown</source>
        <translation>Contactos: copiar las filas tal como se muestran</translation>
    </message>
    <message>
        <source>Contacts: write an e-mail (double-click does the same)</source>
        <translation>Contactos: escribir un correo electrónico (el doble clic hace lo mismo)</translation>
    </message>
    <message>
        <source>Show or hide the timelines (Leadership&apos;s and History&apos;s chart)</source>
        <translation>Mostrar u ocultar las cronologías (la de Dirección y el gráfico de Historia)</translation>
    </message>
    <message>
        <source>Export the current tab&apos;s picture as PNG (File &gt; Export picture)</source>
        <translation>Exportar la imagen de la pestaña actual como PNG (Archivo &gt; Exportar imagen)</translation>
    </message>
    <message>
        <source>Export the current tab&apos;s shown rows as CSV</source>
        <translation>Exportar como CSV las filas mostradas de la pestaña actual</translation>
    </message>
    <message>
        <source>Print the details pane (File &gt; Print details)</source>
        <translation>Imprimir el panel de detalles (Archivo &gt; Imprimir los detalles)</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Esta lista de atajos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Countries: what the map colours</source>
        <translation>Países: lo que colorea el mapa</translation>
    </message>
    <message>
        <source>History: the figure the chart draws</source>
        <translation>Historia: la cifra que dibuja el gráfico</translation>
    </message>
</context>
<context>
    <name>structure</name>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar la ruta</translation>
    </message>
    <message>
        <source>1 match ({rows} rows shown)</source>
        <translation>1 resultado ({rows} filas mostradas)</translation>
    </message>
    <message>
        <source>{count} matches ({rows} rows shown)</source>
        <translation>{count} resultados ({rows} filas mostradas)</translation>
    </message>
    <message>
        <source>Copied the path of {unit}</source>
        <translation>Se ha copiado la ruta de {unit}</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <source>Search {tab}… (Ctrl+F)</source>
        <translation>Buscar en {tab}… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search {tab}</source>
        <translation>Buscar en {tab}</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>{tab} details</source>
        <translation>Detalles de la pestaña {tab}</translation>
    </message>
    <message>
        <source>{tab} results</source>
        <translation>Resultados de la pestaña {tab}</translation>
    </message>
    <message>
        <source>{tab} count</source>
        <translation>Recuento de la pestaña {tab}</translation>
    </message>
    <message>
        <source>Facts about the selected row, with their sources</source>
        <translation>Datos sobre la fila seleccionada, con sus fuentes</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Con estrella</translation>
    </message>
    <message>
        <source>Show only the starred rows (Ctrl+Shift+D); Ctrl+D stars a row</source>
        <translation>Mostrar solo las filas con estrella (Ctrl+Mayús+D); Ctrl+D pone una estrella a una fila</translation>
    </message>
    <message>
        <source>Only starred rows in {tab}</source>
        <translation>Solo las filas con estrella de {tab}</translation>
    </message>
    <message>
        <source>No starred rows here match: Ctrl+D stars the current row</source>
        <translation>Ninguna fila con estrella coincide aquí: Ctrl+D pone una estrella a la fila actual</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>{tab} data date</source>
        <translation>{tab}: fecha de los datos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>The clipboard is not available; nothing was copied</source>
        <translation>El portapapeles no está disponible; no se ha copiado nada</translation>
    </message>
    <message>
        <source>Nothing selected to copy</source>
        <translation>No hay nada seleccionado para copiar</translation>
    </message>
    <message>
        <source>No matches for &apos;{text}&apos;</source>
        <translation>No hay coincidencias para «{text}»</translation>
    </message>
    <message>
        <source>No row matches the search.</source>
        <translation>Ninguna fila coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Mostrando {shown} de {total}</translation>
    </message>
    <message>
        <source>Copied 1 row</source>
        <translation>1 fila copiada</translation>
    </message>
    <message>
        <source>Copied {count} rows</source>
        <translation>{count} filas copiadas</translation>
    </message>
    <message>
        <source>Figure drawn in the chart</source>
        <translation>Cifra dibujada en el gráfico</translation>
    </message>
    <message>
        <source>Figures that can be drawn</source>
        <translation>Cifras que se pueden dibujar</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>What the map colours</source>
        <translation>Lo que colorea el mapa</translation>
    </message>
    <message>
        <source>Colourings of the map</source>
        <translation>Coloraciones del mapa</translation>
    </message>
    <message>
        <source>Colo&amp;ur by:</source>
        <translation>&amp;Colorear por:</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Go to the election</source>
        <translation>Ir a la elección</translation>
    </message>
    <message>
        <source>{count} posts held</source>
        <translation>{count} cargos</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>{count} elections</source>
        <translation>{count} elecciones</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>{count} countries</source>
        <translation>{count} países</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>iomdesk — IOM reference</source>
        <translation>iomdesk — referencia sobre la OIM</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{path} (Help &gt; Data says more)</source>
        <translation>{path} (Ayuda &gt; Datos dice más)</translation>
    </message>
    <message>
        <source>Copied the citation of {row} ({count} sources)</source>
        <translation>Cita de {row} copiada ({count} fuentes)</translation>
    </message>
    <message>
        <source>{address} is not the address of a row.</source>
        <translation>{address} no es la dirección de una fila.</translation>
    </message>
    <message>
        <source>{address} is no longer in the data.</source>
        <translation>{address} ya no está en los datos.</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Saved the picture to {path}</source>
        <translation>Imagen guardada en {path}</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>No se ha podido escribir {path}</translation>
    </message>
    <message>
        <source>No row is selected: nothing to print</source>
        <translation>Ninguna fila seleccionada: nada que imprimir</translation>
    </message>
    <message>
        <source>Export details as PDF</source>
        <translation>Exportar los detalles como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the details to {path}</source>
        <translation>Detalles guardados en {path}</translation>
    </message>
    <message>
        <source>Print details</source>
        <translation>Imprimir los detalles</translation>
    </message>
    <message>
        <source>Sent the details to {printer}</source>
        <translation>Detalles enviados a {printer}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se ha podido escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Export shown rows</source>
        <translation>Exportar las filas mostradas</translation>
    </message>
    <message>
        <source>This tab has no picture to export ({tabs} have one)</source>
        <translation>Esta pestaña no tiene imagen que exportar ({tabs} sí)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Exportar la imagen</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} rows to {path}</source>
        <translation>{count} filas guardadas en {path}</translation>
    </message>
    <message>
        <source>No contact selected to export</source>
        <translation>No hay ningún contacto seleccionado que exportar</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Saved {count} contacts to {path}</source>
        <translation>{count} contactos guardados en {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>Export shown rows as &amp;CSV…</source>
        <translation>Exportar filas mostradas como &amp;CSV…</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportar contactos como &amp;vCard…</translation>
    </message>
    <message>
        <source>Export &amp;selected contacts as vCard…</source>
        <translation>Exportar contactos se&amp;leccionados como vCard…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Star or unstar</source>
        <translation>Poner o &amp;quitar estrella</translation>
    </message>
    <message>
        <source>Only &amp;starred rows</source>
        <translation>Solo las filas con &amp;estrella</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar el &amp;enlace</translation>
    </message>
    <message>
        <source>Copy c&amp;itation</source>
        <translation>Copiar la c&amp;ita</translation>
    </message>
    <message>
        <source>Copy citation as &amp;Markdown</source>
        <translation>Copiar la cita en &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy citation for &amp;Wikipedia ({{cite web}})</source>
        <translation>Copiar la cita para &amp;Wikipedia ({{cite web}})</translation>
    </message>
    <message>
        <source>Show &amp;timelines and map</source>
        <translation>Mostrar las &amp;cronologías y el mapa</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>Abrir archivo de &amp;datos…</translation>
    </message>
    <message>
        <source>Export s&amp;tars…</source>
        <translation>Exportar las es&amp;trellas…</translation>
    </message>
    <message>
        <source>&amp;Import stars…</source>
        <translation>Importar est&amp;rellas…</translation>
    </message>
    <message>
        <source>Export &amp;details as PDF…</source>
        <translation>Exportar los &amp;detalles como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print details…</source>
        <translation>&amp;Imprimir los detalles…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Datos…</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new in the data…</source>
        <translation>&amp;Novedades en los datos…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About iomdesk</source>
        <translation>&amp;Acerca de iomdesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About iomdesk</source>
        <translation>Acerca de iomdesk</translation>
    </message>
    <message>
        <source>No browser answered; copied the address instead: {url}</source>
        <translation>Ningún navegador respondió; se copió la dirección en su lugar: {url}</translation>
    </message>
    <message>
        <source>No row of this data has the address {address}.</source>
        <translation>Ninguna fila de estos datos tiene la dirección {address}.</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Copiado: {text}</translation>
    </message>
    <message>
        <source>The clipboard is not available</source>
        <translation>El portapapeles no está disponible</translation>
    </message>
    <message>
        <source>Could not open {url}</source>
        <translation>No se ha podido abrir {url}</translation>
    </message>
    <message>
        <source>No row is selected to star</source>
        <translation>No hay ninguna fila seleccionada para la estrella</translation>
    </message>
    <message>
        <source>Starred {row}</source>
        <translation>Estrella puesta a {row}</translation>
    </message>
    <message>
        <source>Unstarred {row}</source>
        <translation>Estrella quitada de {row}</translation>
    </message>
    <message>
        <source>Export stars</source>
        <translation>Exportar las estrellas</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Archivo de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved {count} stars to {path}</source>
        <translation>{count} estrellas guardadas en {path}</translation>
    </message>
    <message>
        <source>Import stars</source>
        <translation>Importar estrellas</translation>
    </message>
    <message>
        <source>Text file (*.txt);;All files (*)</source>
        <translation>Archivo de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>No se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Added {count} stars from {path}</source>
        <translation>{count} estrellas añadidas desde {path}</translation>
    </message>
    <message>
        <source>(lines not read: {lines})</source>
        <translation>(líneas no leídas: {lines})</translation>
    </message>
</context>
</TS>
