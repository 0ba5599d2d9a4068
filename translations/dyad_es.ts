<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>dyad::ActorComboBox</name>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>dyad::CameoNames</name>
        <message>
            <source>Make public statement</source>
            <translation>Hacer una declaración pública</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Hacer un llamamiento</translation>
        </message>
        <message>
            <source>Express intent to cooperate</source>
            <translation>Expresar intención de cooperar</translation>
        </message>
        <message>
            <source>Consult</source>
            <translation>Consultar</translation>
        </message>
        <message>
            <source>Engage in diplomatic cooperation</source>
            <translation>Cooperar diplomáticamente</translation>
        </message>
        <message>
            <source>Engage in material cooperation</source>
            <translation>Cooperar materialmente</translation>
        </message>
        <message>
            <source>Provide aid</source>
            <translation>Prestar ayuda</translation>
        </message>
        <message>
            <source>Yield</source>
            <translation>Ceder</translation>
        </message>
        <message>
            <source>Investigate</source>
            <translation>Investigar</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Exigir</translation>
        </message>
        <message>
            <source>Disapprove</source>
            <translation>Desaprobar</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Threaten</source>
            <translation>Amenazar</translation>
        </message>
        <message>
            <source>Protest</source>
            <translation>Protestar</translation>
        </message>
        <message>
            <source>Exhibit military posture</source>
            <translation>Exhibir fuerza militar</translation>
        </message>
        <message>
            <source>Reduce relations</source>
            <translation>Reducir relaciones</translation>
        </message>
        <message>
            <source>Coerce</source>
            <translation>Coaccionar</translation>
        </message>
        <message>
            <source>Assault</source>
            <translation>Agredir</translation>
        </message>
        <message>
            <source>Fight</source>
            <translation>Combatir</translation>
        </message>
        <message>
            <source>Use unconventional mass violence</source>
            <translation>Usar violencia masiva no convencional</translation>
        </message>
        <message>
            <source>Verbal cooperation</source>
            <translation>Cooperación verbal</translation>
        </message>
        <message>
            <source>Material cooperation</source>
            <translation>Cooperación material</translation>
        </message>
        <message>
            <source>Verbal conflict</source>
            <translation>Conflicto verbal</translation>
        </message>
        <message>
            <source>Material conflict</source>
            <translation>Conflicto material</translation>
        </message>
    </context>
    <context>
        <name>dyad::DocumentList</name>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
    </context>
    <context>
        <name>dyad::DocumentModel</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
    </context>
    <context>
        <name>dyad::EntityHighlightModel</name>
        <message>
            <source>country</source>
            <translation>país</translation>
        </message>
        <message>
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organización</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>event trigger</source>
            <translation>desencadenante</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
    </context>
    <context>
        <name>dyad::EntityLegend</name>
        <message>
            <source>Colour key of the source text</source>
            <translation>Leyenda de colores del texto fuente</translation>
        </message>
        <message>
            <source>selected event</source>
            <translation>evento seleccionado</translation>
        </message>
        <message>
            <source>page furniture</source>
            <translation>elementos de página</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventExporter</name>
        <message>
            <source>cannot write “%1”: events are exported as CSV or JSON</source>
            <translation>no se puede escribir «%1»: los eventos se exportan como CSV o JSON</translation>
        </message>
        <message>
            <source>cannot write “%1”: the folder does not exist</source>
            <translation>no se puede escribir «%1»: la carpeta no existe</translation>
        </message>
        <message>
            <source>cannot write “%1”: %2</source>
            <translation>no se puede escribir «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventModel</name>
        <message>
            <source>%1, row %2</source>
            <translation>%1, fila %2</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Goldstein</source>
            <translation>Goldstein</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventTable</name>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
    </context>
    <context>
        <name>dyad::EventTypeTree</name>
        <message>
            <source>Event types</source>
            <translation>Tipos de evento</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportActions</name>
        <message>
            <source>&amp;Timeline…</source>
            <translation>&amp;Cronología…</translation>
        </message>
        <message>
            <source>Pair &amp;Matrix…</source>
            <translation>&amp;Matriz de pares…</translation>
        </message>
        <message>
            <source>&amp;Events…</source>
            <translation>&amp;Eventos…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Export the timeline chart as a PNG image, an SVG drawing or a PDF document</source>
            <translation>Exportar el gráfico de la cronología como imagen PNG, dibujo SVG o documento PDF</translation>
        </message>
        <message>
            <source>Export the country-pair matrix as a PNG image, an SVG drawing or a PDF document</source>
            <translation>Exportar la matriz de pares de países como imagen PNG, dibujo SVG o documento PDF</translation>
        </message>
        <message>
            <source>Export the selected events with their sentences as a CSV table or JSON</source>
            <translation>Exportar los eventos seleccionados con sus frases como tabla CSV o JSON</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportCaption</name>
        <message>
            <source>%1 acting on any country</source>
            <translation>%1 actuando sobre cualquier país</translation>
        </message>
        <message>
            <source>%1 with any country</source>
            <translation>%1 con cualquier país</translation>
        </message>
        <message>
            <source>any country acting on %1</source>
            <translation>cualquier país actuando sobre %1</translation>
        </message>
        <message>
            <source>all countries</source>
            <translation>todos los países</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>desde %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>hasta %1</translation>
        </message>
        <message>
            <source>all years</source>
            <translation>todos los años</translation>
        </message>
        <message>
            <source>dated events only</source>
            <translation>solo eventos con fecha</translation>
        </message>
        <message>
            <source>types: %1</source>
            <translation>tipos: %1</translation>
        </message>
        <message>
            <source>classes: %1</source>
            <translation>clases: %1</translation>
        </message>
        <message>
            <source>all event types</source>
            <translation>todos los tipos de evento</translation>
        </message>
        <message>
            <source>at least %1 sources per event</source>
            <translation>al menos %1 fuentes por evento</translation>
        </message>
        <message>
            <source>document “%1”</source>
            <translation>documento «%1»</translation>
        </message>
        <message>
            <source>text “%1”</source>
            <translation>texto «%1»</translation>
        </message>
        <message>
            <source>Filter: %1. Events: %2, from sources: %3.</source>
            <translation>Filtro: %1. Eventos: %2, de fuentes: %3.</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportDialog</name>
        <message>
            <source>Export Events</source>
            <translation>Exportar eventos</translation>
        </message>
        <message>
            <source>Export View</source>
            <translation>Exportar vista</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ancho</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Pixels per point: 2 makes a sharper PNG for high-resolution screens and print, at twice the width and height</source>
            <translation>Píxeles por punto: 2 da un PNG más nítido para pantallas de alta resolución e impresión, con el doble de ancho y de alto</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>A5</source>
            <translation>A5</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Vertical</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>&amp;Tamaño:</translation>
        </message>
        <message>
            <source>S&amp;cale (PNG):</source>
            <translation>&amp;Escala (PNG):</translation>
        </message>
        <message>
            <source>&amp;Page (PDF):</source>
            <translation>&amp;Página (PDF):</translation>
        </message>
        <message>
            <source>&amp;Orientation (PDF):</source>
            <translation>&amp;Orientación (PDF):</translation>
        </message>
        <message>
            <source>Name a file ending in .csv or .json.</source>
            <translation>Indique un archivo terminado en .csv o .json.</translation>
        </message>
        <message>
            <source>Name a file ending in .png, .svg or .pdf.</source>
            <translation>Indique un archivo terminado en .png, .svg o .pdf.</translation>
        </message>
    </context>
    <context>
        <name>dyad::ExportFormats</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tabla CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON, as dyad extract (*.json)</source>
            <translation>JSON, como dyad extract (*.json)</translation>
        </message>
    </context>
    <context>
        <name>dyad::FilterPanel</name>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>Only from A to B</source>
            <translation>Solo de A hacia B</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Primer año</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Include undated events</source>
            <translation>Incluir eventos sin fecha</translation>
        </message>
        <message>
            <source>&amp;Reset Filter</source>
            <translation>&amp;Restablecer filtro</translation>
        </message>
        <message>
            <source>Country A</source>
            <translation>País A</translation>
        </message>
        <message>
            <source>Type a name or a code; empty for any</source>
            <translation>Escriba un nombre o un código; vacío para cualquiera</translation>
        </message>
        <message>
            <source>Country B</source>
            <translation>País B</translation>
        </message>
        <message>
            <source>Type a name or a code; empty for any partner</source>
            <translation>Escriba un nombre o un código; vacío para cualquier contraparte</translation>
        </message>
        <message>
            <source>Only events initiated by A and aimed at B</source>
            <translation>Solo eventos iniciados por A y dirigidos a B</translation>
        </message>
        <message>
            <source>Minimum number of sources</source>
            <translation>Número mínimo de fuentes</translation>
        </message>
        <message>
            <source>Only events reported by at least this many documents</source>
            <translation>Solo eventos citados por al menos este número de documentos</translation>
        </message>
        <message>
            <source>Words in the evidence</source>
            <translation>Palabras de la evidencia</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Texto libre</translation>
        </message>
        <message>
            <source>Reset filter</source>
            <translation>Restablecer filtro</translation>
        </message>
        <message>
            <source>Country &amp;A:</source>
            <translation>País &amp;A:</translation>
        </message>
        <message>
            <source>Country &amp;B:</source>
            <translation>País &amp;B:</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Años:</translation>
        </message>
        <message>
            <source>Min. &amp;sources:</source>
            <translation>&amp;Fuentes mín.:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texto:</translation>
        </message>
        <message>
            <source>Event &amp;types:</source>
            <translation>&amp;Tipos de evento:</translation>
        </message>
    </context>
    <context>
        <name>dyad::FilterState</name>
        <message>
            <source>Filter %1</source>
            <translation>Filtro: %1</translation>
        </message>
    </context>
    <context>
        <name>dyad::LoadErrorsDialog</name>
        <message>
            <source>Files Not Loaded</source>
            <translation>Archivos no cargados</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Files not loaded</source>
            <translation>Archivos no cargados</translation>
        </message>
        <message>
            <source>&amp;Copy List</source>
            <translation>&amp;Copiar lista</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Vaciar</translation>
        </message>
        <message>
            <source>(store)</source>
            <translation>(almacén)</translation>
        </message>
        <message>
            <source>Every file was loaded.</source>
            <translation>Se cargaron todos los archivos.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) or document(s) could not be loaded; the others were.</source>
            <translation>
                <numerusform>No se pudo cargar %n archivo o documento; los demás sí se cargaron.</numerusform>
                <numerusform>No se pudieron cargar %n archivos o documentos; los demás sí se cargaron.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::MainWindow</name>
        <message>
            <source>Dyad</source>
            <translation>Dyad</translation>
        </message>
        <message>
            <source>lexicon</source>
            <translation>léxico</translation>
        </message>
        <message>
            <source>Chart and matrix</source>
            <translation>Gráfico y matriz</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Country-pair matrix</source>
            <translation>Matriz de pares de países</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Cronología</translation>
        </message>
        <message>
            <source>Pair &amp;Matrix</source>
            <translation>&amp;Matriz de pares</translation>
        </message>
        <message>
            <source>This view is not available in this build.</source>
            <translation>Esta vista no está disponible en esta compilación.</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open Files…</source>
            <translation>&amp;Abrir archivos…</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>Abrir &amp;carpeta…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>Files &amp;Not Loaded…</source>
            <translation>Archivos &amp;no cargados…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
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
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <source>Timeline as &amp;Volume</source>
            <translation>Cronología por &amp;volumen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+V</source>
            <translation>Ctrl+Shift+V</translation>
        </message>
        <message>
            <source>Timeline as &amp;Lanes</source>
            <translation>Cronología por &amp;carriles</translation>
        </message>
        <message>
            <source>Ctrl+Shift+L</source>
            <translation>Ctrl+Shift+L</translation>
        </message>
        <message>
            <source>F&amp;ilter</source>
            <translation>F&amp;iltro</translation>
        </message>
        <message>
            <source>&amp;Reset Filter</source>
            <translation>&amp;Restablecer filtro</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Find in &amp;Evidence</source>
            <translation>Buscar en la &amp;evidencia</translation>
        </message>
        <message>
            <source>Choose Country &amp;A</source>
            <translation>Elegir país &amp;A</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About Dyad</source>
            <translation>&amp;Acerca de Dyad</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Selection summary</source>
            <translation>Resumen de la selección</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v de %m archivos</translation>
        </message>
        <message>
            <source>Loading progress</source>
            <translation>Progreso de la carga</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop loading (Esc); what is loaded stays</source>
            <translation>Detener la carga (Esc); lo ya cargado se conserva</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Cancelar la carga</translation>
        </message>
        <message>
            <source>No documents: open files or a folder, or drop them here</source>
            <translation>No hay documentos: abra archivos o una carpeta, o arrástrelos aquí</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>&amp;Vaciar lista</translation>
        </message>
        <message>
            <source>Open Articles</source>
            <translation>Abrir artículos</translation>
        </message>
        <message>
            <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
            <translation>Artículos (*.txt *.md *.markdown *.html *.htm);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open Folder of Articles</source>
            <translation>Abrir carpeta de artículos</translation>
        </message>
        <message>
            <source>About Dyad</source>
            <translation>Acerca de Dyad</translation>
        </message>
        <message>
            <source>Dyad %1
The history of relations between countries, read from news articles.
Licensed under the GNU GPL, version 3 or later.</source>
            <translation>Dyad %1
La historia de las relaciones entre países, leída en artículos de prensa.
Distribuido bajo la GNU GPL, versión 3 o posterior.</translation>
        </message>
    </context>
    <context>
        <name>dyad::MatrixColorScale</name>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Goldstein neto</translation>
        </message>
        <message>
            <source>%1 conflict</source>
            <translation>%1 conflicto</translation>
        </message>
        <message>
            <source>+%1 cooperation</source>
            <translation>+%1 cooperación</translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixModel</name>
        <message numerus="yes">
            <source>%1 → %2: %n event(s), net Goldstein %3</source>
            <translation>
                <numerusform>%1 → %2: %n evento, Goldstein neto %3</numerusform>
                <numerusform>%1 → %2: %n eventos, Goldstein neto %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixPainter</name>
        <message>
            <source>source ↓ target →</source>
            <translation>origen ↓ destino →</translation>
        </message>
        <message>
            <source>No country pairs in the selection</source>
            <translation>No hay pares de países en la selección</translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixPanel</name>
        <message>
            <source>Number of events</source>
            <translation>Número de eventos</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Goldstein neto</translation>
        </message>
        <message>
            <source>&amp;Colour by:</source>
            <translation>&amp;Colorear por:</translation>
        </message>
    </context>
    <context>
        <name>dyad::PairMatrixView</name>
        <message>
            <source>Country-pair matrix</source>
            <translation>Matriz de pares de países</translation>
        </message>
    </context>
    <context>
        <name>dyad::PictureExporter</name>
        <message>
            <source>cannot write “%1”: %2</source>
            <translation>no se puede escribir «%1»: %2</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>la carpeta no existe</translation>
        </message>
        <message>
            <source>an image of %1×%2 pixels is not possible (1 to %3 per side)</source>
            <translation>no es posible una imagen de %1×%2 píxeles (de 1 a %3 por lado)</translation>
        </message>
        <message>
            <source>not enough memory for the image</source>
            <translation>no hay memoria suficiente para la imagen</translation>
        </message>
        <message>
            <source>the size is empty</source>
            <translation>el tamaño está vacío</translation>
        </message>
        <message>
            <source>the page size is not valid</source>
            <translation>el tamaño de página no es válido</translation>
        </message>
        <message>
            <source>the PDF could not be started</source>
            <translation>no se pudo empezar el PDF</translation>
        </message>
        <message>
            <source>the PDF could not be finished</source>
            <translation>no se pudo terminar el PDF</translation>
        </message>
        <message>
            <source>a view is exported as PNG, SVG or PDF</source>
            <translation>una vista se exporta como PNG, SVG o PDF</translation>
        </message>
    </context>
    <context>
        <name>dyad::PreferencesDialog</name>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Colour scheme</source>
            <translation>Esquema de colores</translation>
        </message>
        <message>
            <source>A new language applies the next time Dyad starts.</source>
            <translation>El nuevo idioma se aplicará la próxima vez que se inicie Dyad.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Colores:</translation>
        </message>
    </context>
    <context>
        <name>dyad::SelectionSummary</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with any country</source>
            <translation>%1 con cualquier país</translation>
        </message>
        <message>
            <source>all countries</source>
            <translation>todos los países</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>desde %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>hasta %1</translation>
        </message>
        <message>
            <source>all years</source>
            <translation>todos los años</translation>
        </message>
    </context>
    <context>
        <name>dyad::SessionFeeder</name>
        <message>
            <source>a document with the id “%1” is already open; skipped</source>
            <translation>ya hay abierto un documento con el identificador «%1»; se omite</translation>
        </message>
    </context>
    <context>
        <name>dyad::SourceHeader</name>
        <message>
            <source>Document title</source>
            <translation>Título del documento</translation>
        </message>
        <message>
            <source>Outlet, date and language</source>
            <translation>Medio, fecha e idioma</translation>
        </message>
        <message>
            <source>Document address</source>
            <translation>Dirección del documento</translation>
        </message>
        <message>
            <source>The article's address, as text: Dyad never opens it</source>
            <translation>La dirección del artículo, como texto: Dyad nunca la abre</translation>
        </message>
        <message>
            <source>No document selected</source>
            <translation>Ningún documento seleccionado</translation>
        </message>
        <message>
            <source>Select an event or a document to read its source.</source>
            <translation>Seleccione un evento o un documento para leer su fuente.</translation>
        </message>
        <message>
            <source>unknown outlet</source>
            <translation>medio desconocido</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>fecha desconocida</translation>
        </message>
        <message>
            <source>language unknown</source>
            <translation>idioma desconocido</translation>
        </message>
    </context>
    <context>
        <name>dyad::SourcePanel</name>
        <message>
            <source>Show page &amp;furniture</source>
            <translation>Mostrar &amp;elementos de página</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Texto fuente</translation>
        </message>
        <message>
            <source>Navigation, related links, credits and other text around the article</source>
            <translation>Navegación, enlaces relacionados, créditos y otro texto alrededor del artículo</translation>
        </message>
        <message>
            <source>Show page furniture</source>
            <translation>Mostrar elementos de página</translation>
        </message>
        <message>
            <source>This event comes from a dataset row: there is no article text to show.</source>
            <translation>Este evento procede de una fila de un conjunto de datos: no hay texto de artículo que mostrar.</translation>
        </message>
        <message>
            <source>%1 (%2): click to filter by it</source>
            <translation>%1 (%2): pulse para filtrar por él</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineLanes</name>
        <message>
            <source>Unclassified</source>
            <translation>Sin clasificar</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>CAMEO %1, %2, Goldstein %3</source>
            <translation>CAMEO %1, %2, Goldstein %3</translation>
        </message>
        <message>
            <source>%1: %2 events</source>
            <translation>%1: %2 eventos</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineLanesChart</name>
        <message>
            <source>No dated events in the selection</source>
            <translation>No hay eventos con fecha en la selección</translation>
        </message>
        <message>
            <source>Selected event</source>
            <translation>Evento seleccionado</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineModel</name>
        <message>
            <source>Other pairs</source>
            <translation>Otros pares</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %n event(s)</source>
            <translation>
                <numerusform>%1, %2: %n evento</numerusform>
                <numerusform>%1, %2: %n eventos</numerusform>
            </translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Goldstein neto</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineView</name>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Events per period by type, with the net Goldstein score</source>
            <translation>Eventos por periodo y tipo, con la puntuación neta de Goldstein</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Carriles</translation>
        </message>
        <message>
            <source>One lane per country pair, one marker per event</source>
            <translation>Un carril por par de países, una marca por evento</translation>
        </message>
        <message>
            <source>Events whose date is unknown are counted here, not drawn</source>
            <translation>Los eventos de fecha desconocida se cuentan aquí, no se dibujan</translation>
        </message>
        <message>
            <source>Drag across the chart to choose years; double-click to show every year again</source>
            <translation>Arrastre sobre el gráfico para elegir años; doble clic para volver a mostrar todos</translation>
        </message>
        <message numerus="yes">
            <source>%n undated</source>
            <translation>
                <numerusform>%n sin fecha</numerusform>
                <numerusform>%n sin fecha</numerusform>
            </translation>
        </message>
        <message>
            <source>markers count events per period</source>
            <translation>las marcas cuentan eventos por periodo</translation>
        </message>
        <message>
            <source>events counted per period</source>
            <translation>eventos contados por periodo</translation>
        </message>
        <message>
            <source>undated events not drawn: %1</source>
            <translation>eventos sin fecha no dibujados: %1</translation>
        </message>
        <message>
            <source>pairs not shown: %1 (%2 events)</source>
            <translation>pares no mostrados: %1 (%2 eventos)</translation>
        </message>
        <message>
            <source>busiest pairs: %1 of %2</source>
            <translation>pares más activos: %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>dyad::TimelineVolumeChart</name>
        <message>
            <source>No dated events in the selection</source>
            <translation>No hay eventos con fecha en la selección</translation>
        </message>
        <message>
            <source>Net Goldstein</source>
            <translation>Goldstein neto</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Net Goldstein %1</source>
            <translation>Goldstein neto %1</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation>%1 eventos</translation>
        </message>
    </context>
    <context>
        <name>dyad::ViewExporter</name>
        <message>
            <source>Events over time</source>
            <translation>Eventos a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Events by country pair</source>
            <translation>Eventos por par de países</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>cannot write “%1”: unknown format (use .png, .svg or .pdf for a view, .csv or .json for events)</source>
            <translation>no se puede escribir «%1»: formato desconocido (use .png, .svg o .pdf para una vista, .csv o .json para eventos)</translation>
        </message>
        <message>
            <source>cannot write “%1”: a chart or the matrix is exported as PNG, SVG or PDF</source>
            <translation>no se puede escribir «%1»: un gráfico o la matriz se exportan como PNG, SVG o PDF</translation>
        </message>
        <message>
            <source>cannot write “%1”: this view is not available</source>
            <translation>no se puede escribir «%1»: esta vista no está disponible</translation>
        </message>
    </context>
</TS>
