<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessibility</name>
    <message>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Encabezados de fila</translation>
    </message>
</context>
<context>
    <name>AddLinkDialog</name>
    <message>
        <source>Link to another sentence</source>
        <translation>Enlazar con otra oración</translation>
    </message>
    <message>
        <source>Sentence {number}: “{text}”</source>
        <translation>Oración {number}: “{text}”</translation>
    </message>
    <message>
        <source>This sentence:</source>
        <translation>Esta oración:</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>Filter by words or sentence number; Up/Down to choose</source>
        <translation>Filtre por palabras o número de oración; Arriba/Abajo para elegir</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Why (optional): e.g. the capture was on January 3, under Trump</source>
        <translation>Por qué (opcional): p. ej., la captura fue el 3 de enero, con Trump</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlazar</translation>
    </message>
    <message>
        <source>No sentence matches.</source>
        <translation>Ninguna oración coincide.</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate {field}</source>
        <translation>Adjudicar {field}</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin juzgar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Adjudicate disagreements</source>
        <translation>Adjudicar desacuerdos</translation>
    </message>
    <message>
        <source>&amp;0  Use my value</source>
        <translation>&amp;0  Usar mi valor</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>Own value:</source>
        <translation>Valor propio:</translation>
    </message>
    <message>
        <source>Every disagreement is settled; the article can be signed off.</source>
        <translation>Todos los desacuerdos están resueltos; el artículo ya se puede aprobar.</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) left</source>
        <translation>
            <numerusform>Queda %n desacuerdo</numerusform>
            <numerusform>Quedan %n desacuerdos</numerusform>
        </translation>
    </message>
    <message>
        <source>sentence {number} · {field}</source>
        <translation>oración {number} · {field}</translation>
    </message>
</context>
<context>
    <name>Admiralty</name>
    <message>
        <source>Unknown reliability</source>
        <translation>Fiabilidad desconocida</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>{reliability} source; {information}</source>
        <translation>fuente {reliability}; {information}</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>de intervalo</translation>
    </message>
    <message>
        <source>Sentence {number} · {field} — {values}</source>
        <translation>Oración {number} · {field} — {values}</translation>
    </message>
    <message>
        <source>✓ settled</source>
        <translation>✓ resuelto</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Acuerdo entre revisores</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>&amp;Adjudicar…</translation>
    </message>
    <message>
        <source>Reviewers: {names}</source>
        <translation>Revisores: {names}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>— agreement needs two or more.</source>
        <translation>— el acuerdo requiere dos o más.</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n desacuerdo</numerusform>
            <numerusform>%n desacuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n settled) — double-click to go to the sentence:</source>
        <translation>
            <numerusform>(%n resuelto) — doble clic para ir a la oración:</numerusform>
            <numerusform>(%n resueltos) — doble clic para ir a la oración:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>Recently imported</source>
        <translation>Importados recientemente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Least reviewed first</source>
        <translation>Menos revisados primero</translation>
    </message>
    <message>
        <source>Most flagged first</source>
        <translation>Más señalados primero</translation>
    </message>
    <message>
        <source>{reviewed}/{sentences} reviewed</source>
        <translation>{reviewed}/{sentences} revisadas</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{date} (assumed)</source>
        <translation>{date} (supuesta)</translation>
    </message>
    <message>
        <source>⚑ {count} flagged</source>
        <translation>⚑ {count} señaladas</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia pendiente</numerusform>
            <numerusform>%n sugerencias pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Filter by title or outlet</source>
        <translation>Filtrar por título o medio</translation>
    </message>
    <message>
        <source>The order of the article list</source>
        <translation>El orden de la lista de artículos</translation>
    </message>
    <message>
        <source>Unfinished only</source>
        <translation>Solo sin terminar</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <source>Article properties</source>
        <translation>Propiedades del artículo</translation>
    </message>
    <message>
        <source>This date is assumed (the import date). Set the real one: the analysis resolves dates and checks office holders against it.</source>
        <translation>Esta fecha es supuesta (la de importación). Indique la real: el análisis resuelve las fechas y comprueba los cargos públicos a partir de ella.</translation>
    </message>
    <message>
        <source>Changing the date re-runs the analysis.</source>
        <translation>Cambiar la fecha vuelve a ejecutar el análisis.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>&amp;Fecha de publicación:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id.:</translation>
    </message>
</context>
<context>
    <name>ArticleVerdictBar</name>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>The article&apos;s overall rating</source>
        <translation>La calificación general del artículo</translation>
    </message>
    <message>
        <source>Summary of the article&apos;s verdict (saved when you press Enter or leave)</source>
        <translation>Resumen del veredicto del artículo (se guarda al pulsar Intro o al salir del campo)</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Sign the article off as reviewed (once every sentence is reviewed)</source>
        <translation>Aprobar el artículo como revisado (cuando todas las oraciones estén revisadas)</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>General:</translation>
    </message>
    <message>
        <source>{date} (assumed — set it in Properties)</source>
        <translation>{date} (supuesta; indíquela en Propiedades)</translation>
    </message>
    <message>
        <source>Outlet unknown</source>
        <translation>Medio desconocido</translation>
    </message>
    <message>
        <source>Signed off by {name}, {date}</source>
        <translation>Aprobado por {name}, {date}</translation>
    </message>
    <message>
        <source>Sign off again</source>
        <translation>Aprobar de nuevo</translation>
    </message>
    <message>
        <source>Sign the article off as reviewed</source>
        <translation>Aprobar el artículo como revisado</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) still to review before signing off</source>
        <translation>
            <numerusform>Falta revisar %n oración antes de aprobar</numerusform>
            <numerusform>Faltan revisar %n oraciones antes de aprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate article {rating}</source>
        <translation>Calificar el artículo: {rating}</translation>
    </message>
    <message>
        <source>Clear article rating</source>
        <translation>Quitar la calificación del artículo</translation>
    </message>
    <message>
        <source>Edit article summary</source>
        <translation>Editar el resumen del artículo</translation>
    </message>
</context>
<context>
    <name>BackgroundAnalysis</name>
    <message>
        <source>Analysis done</source>
        <translation>Análisis terminado</translation>
    </message>
</context>
<context>
    <name>ChangeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ChangeCheckRunner</name>
    <message>
        <source>Fetching the page again…</source>
        <translation>Obteniendo de nuevo la página…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Buscar cambios</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message>
        <source>Cited sources</source>
        <translation>Fuentes citadas</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Quitar la cita</translation>
    </message>
    <message>
        <source>Admiralty {code}: {meaning}</source>
        <translation>Almirantazgo {code}: {meaning}</translation>
    </message>
    <message>
        <source>Delete removes the citation</source>
        <translation>Supr quita la cita</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Link as contradicts</source>
        <translation>Enlazar como contradicción</translation>
    </message>
    <message>
        <source>Link as corroborates</source>
        <translation>Enlazar como corroboración</translation>
    </message>
    <message>
        <source>Link as same-claim</source>
        <translation>Enlazar como misma afirmación</translation>
    </message>
    <message>
        <source>Merge sentences</source>
        <translation>Unir oraciones</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>Dividir la oración</translation>
    </message>
    <message>
        <source>Delete article “{title}”</source>
        <translation>Eliminar el artículo “{title}”</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Editar el artículo</translation>
    </message>
    <message>
        <source>Sign off article</source>
        <translation>Aprobar el artículo</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Aceptar la sugerencia</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Descartar la sugerencia</translation>
    </message>
    <message>
        <source>Add source “{name}”</source>
        <translation>Añadir la fuente “{name}”</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Editar la fuente</translation>
    </message>
    <message>
        <source>Delete source “{name}”</source>
        <translation>Eliminar la fuente “{name}”</translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation>Fusionar fuentes</translation>
    </message>
    <message>
        <source>Cite “{name}”</source>
        <translation>Citar “{name}”</translation>
    </message>
    <message>
        <source>Remove source “{name}”</source>
        <translation>Quitar la fuente “{name}”</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Quitar el enlace</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar la evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar la evidencia</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Editar la afirmación</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (usted)</translation>
    </message>
    <message>
        <source>Compare reviewers</source>
        <translation>Comparar revisores</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <source>Reviewers disagree on: {fields}</source>
        <translation>Los revisores discrepan en: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>%n other reviewer(s);</source>
        <translation>
            <numerusform>%n revisor más;</numerusform>
            <numerusform>%n revisores más;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) with disagreements (marked ≠).</source>
        <translation>
            <numerusform>%n oración con desacuerdos (marcada con ≠).</numerusform>
            <numerusform>%n oraciones con desacuerdos (marcadas con ≠).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Select a sentence to review it.</source>
        <translation>Seleccione una oración para revisarla.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Reviewer&apos;s evidence</source>
        <translation>Evidencia del revisor</translation>
    </message>
    <message>
        <source>{status} · paragraph {number} · {attribution}</source>
        <translation>{status} · párrafo {number} · {attribution}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sentence {number} of {total}</source>
        <translation>Oración {number} de {total}</translation>
    </message>
    <message>
        <source>Suggestions ({count})</source>
        <translation>Sugerencias ({count})</translation>
    </message>
    <message>
        <source>Not in the knowledge base: “{title}” — whether {name} held it then is not checked.</source>
        <translation>No está en la base de conocimiento: «{title}» — no se comprueba si {name} ocupaba el cargo entonces.</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fuentes ({count})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Review databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de revisión (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong inside the program ({error}). Your judgments saved so far are safe.</source>
        <translation>Algo falló dentro del programa ({error}). Sus valoraciones guardadas hasta ahora están a salvo.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Los detalles están en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the error&apos;s technical details to the clipboard</source>
        <translation>Copiar al portapapeles los detalles técnicos del error</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>accessed {date}</source>
        <translation>consultado el {date}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Title of the page or document</source>
        <translation>Título de la página o del documento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Qué muestra</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Consultado:</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archivo web:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>&amp;Add as new item</source>
        <translation>&amp;Añadir como elemento nuevo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The short claim a published ClaimReview names (empty: the sentence cut to about {limit} characters).</source>
        <translation>La afirmación breve que nombra un ClaimReview publicado (vacío: la oración recortada a unos {limit} caracteres).</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Afirmación:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML report (one self-contained file)</source>
        <translation>Informe HTML (un solo archivo autónomo)</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Informe Markdown</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>CSV (one row per sentence)</source>
        <translation>CSV (una fila por oración)</translation>
    </message>
    <message>
        <source>JSON (the complete review; can be imported again)</source>
        <translation>JSON (la revisión completa; se puede volver a importar)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (needs the publisher in Settings)</source>
        <translation>ClaimReview JSON-LD (requiere el editor en Configuración)</translation>
    </message>
    <message>
        <source>W3C Web Annotations JSON-LD</source>
        <translation>Anotaciones web del W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exportar “{title}”</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Only flagged sentences</source>
        <translation>Solo las oraciones señaladas</translation>
    </message>
    <message>
        <source>List pending suggestions</source>
        <translation>Incluir las sugerencias pendientes</translation>
    </message>
    <message>
        <source>ClaimReview: include reviews not yet done (as drafts)</source>
        <translation>ClaimReview: incluir las no terminadas (borradores)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Every reviewer (the final layer where decided)</source>
        <translation>Todos los revisores (la capa final donde se decidió)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>PDF page size:</source>
        <translation>Tamaño de página del PDF:</translation>
    </message>
    <message>
        <source>Reviewer layer:</source>
        <translation>Capa de revisor:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported {name} ({size} bytes)</source>
        <translation>Exportado {name} ({size} bytes)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>The review was saved to {path}.
Open it now?</source>
        <translation>La revisión se guardó en {path}.
¿Abrirla ahora?</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Sourced</source>
        <translation>Con fuente</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Impugnado</translation>
    </message>
    <message>
        <source>Internally inconsistent</source>
        <translation>Incoherente internamente</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>la calificación</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>la credibilidad</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>la evidencia</translation>
    </message>
    <message>
        <source>status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>{field} is now {value}</source>
        <translation>{field} ahora es {value}</translation>
    </message>
    <message>
        <source>Your unsaved typing in the note will replace it when it is saved.</source>
        <translation>Lo que escribió en la nota y aún no se guardó la reemplazará al guardarse.</translation>
    </message>
    <message>
        <source>sentence {number}</source>
        <translation>la oración {number}</translation>
    </message>
    <message>
        <source>this sentence</source>
        <translation>esta oración</translation>
    </message>
    <message>
        <source>Another program changed {which} while you were looking at it: {changes}.</source>
        <translation>Otro programa cambió {which} mientras la miraba: {changes}.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Cambiado por otro programa</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>sourced</source>
        <translation>con fuente</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>impugnado</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incoherente</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>credibilidad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>archive URL</source>
        <translation>URL de archivo web</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>huérfano</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.docx);;All files (*)</source>
        <translation>Artículos (*.txt *.text *.md *.markdown *.html *.htm *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {total})…</source>
        <translation>Importando {name} ({number} de {total})…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n file(s); those stay imported.</source>
        <translation>
            <numerusform>Importación cancelada tras %n archivo; ese queda importado.</numerusform>
            <numerusform>Importación cancelada tras %n archivos; esos quedan importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Se importó %n artículo</numerusform>
            <numerusform>Se importaron %n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n ya estaba en la base de datos</numerusform>
            <numerusform>%n ya estaban en la base de datos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseStatus</name>
    <message>
        <source>Knowledge base as of {date}</source>
        <translation>Base de conocimiento al {date}</translation>
    </message>
    <message>
        <source>Knowledge base unreadable</source>
        <translation>Base de conocimiento ilegible</translation>
    </message>
    <message>
        <source>Office holders after this date, or outside the offices listed in resources/kb/README.md, are not checked.</source>
        <translation>No se comprueban los cargos posteriores a esta fecha ni los que no figuran en resources/kb/README.md.</translation>
    </message>
</context>
<context>
    <name>LanguageNotice</name>
    <message>
        <source>This article is in {language}: suggestions are limited to figures, dates and quotes; attribution, hedges, names and anachronisms are read in English only.</source>
        <translation>Este artículo está en {language}: las sugerencias se limitan a cifras, fechas y citas; la atribución, las atenuaciones, los nombres y los anacronismos solo se leen en inglés.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>contradicts</source>
        <translation>contradice a</translation>
    </message>
    <message>
        <source>corroborates</source>
        <translation>corrobora a</translation>
    </message>
    <message>
        <source>same claim as</source>
        <translation>misma afirmación que</translation>
    </message>
    <message>
        <source>Which sentence does it conflict with?</source>
        <translation>¿Con qué oración entra en conflicto?</translation>
    </message>
    <message>
        <source>No links to other sentences.</source>
        <translation>No hay enlaces con otras oraciones.</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Añadir enlace…</translation>
    </message>
    <message>
        <source>Link this sentence to one that contradicts, corroborates or repeats it</source>
        <translation>Enlazar esta oración con otra que la contradiga, la corrobore o la repita</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <translation>en “{title}”</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Quitar este enlace</translation>
    </message>
    <message>
        <source>Remove link {label}</source>
        <translation>Quitar el enlace {label}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fact-check review {version}

Review news articles sentence by sentence: sourcing, anonymity, contested and inconsistent claims, ratings and notes. Every judgment is saved at once to {database}.

Log files: {logs}
Licence: MIT</source>
        <translation>Fact-check review {version}

Revise artículos periodísticos oración por oración: fuentes, anonimato, afirmaciones impugnadas e incoherentes, calificaciones y notas. Cada valoración se guarda al instante en {database}.

Archivos de registro: {logs}
Licencia: MIT</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Sample article</source>
        <translation>Artículo de ejemplo</translation>
    </message>
    <message>
        <source>Edit article properties</source>
        <translation>Editar las propiedades del artículo</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Eliminar el artículo</translation>
    </message>
    <message>
        <source>Delete “{title}” and every review, note and suggestion on it?
You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar “{title}” con todas sus revisiones, notas y sugerencias?
Puede deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>{filter} ({count})</source>
        <translation>{filter} ({count})</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>That article is no longer in the database.</source>
        <translation>Ese artículo ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Sentence {number} of {total} · {status}</source>
        <translation>Oración {number} de {total} · {status}</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Analysing the article…</source>
        <translation>Analizando el artículo…</translation>
    </message>
    <message>
        <source>Analysing {done} of {total} articles…</source>
        <translation>Analizando {done} de {total} artículos…</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>quedan unos {n} min</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>quedan unos {n} s</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Revisor: {name}</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Every change is saved to the database file as you make it.</source>
        <translation>Cada cambio se guarda en el archivo de la base de datos en el momento en que lo hace.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open an article first; the export is of one article&apos;s review.</source>
        <translation>Abra primero un artículo; se exporta la revisión de un artículo.</translation>
    </message>
    <message>
        <source>About Fact-check review</source>
        <translation>Acerca de Fact-check review</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>{path} already exists; use File &gt; Open database to open it.</source>
        <translation>{path} ya existe; use Archivo &gt; Abrir base de datos para abrirla.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
</context>
<context>
    <name>MergeRunner</name>
    <message>
        <source>Merge review file</source>
        <translation>Combinar archivo de revisión</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Combinando</translation>
    </message>
    <message>
        <source>Merging article {number} of {total}…</source>
        <translation>Combinando el artículo {number} de {total}…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Notes on this sentence: what you checked, what is missing…</source>
        <translation>Notas sobre esta oración: qué verificó, qué falta…</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <source>The sentence in its paragraph</source>
        <translation>La oración en su párrafo</translation>
    </message>
    <message>
        <source>The current sentence is highlighted; suggestion spans are marked</source>
        <translation>La oración actual está resaltada; los tramos con sugerencias están marcados</translation>
    </message>
    <message>
        <source>Sentence {number} — click to go to it</source>
        <translation>Oración {number}: haga clic para ir a ella</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste an article</source>
        <translation>Pegar un artículo</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here.</source>
        <translation>Pegue aquí el texto del artículo.</translation>
    </message>
    <message>
        <source>Taken from the first line when left empty</source>
        <translation>Si se deja vacío, se toma de la primera línea</translation>
    </message>
    <message>
        <source>e.g. Reuters</source>
        <translation>p. ej., Reuters</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Conocida:</translation>
    </message>
    <message>
        <source>(otherwise today&apos;s date, marked as assumed)</source>
        <translation>(si no, la fecha de hoy, marcada como supuesta)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>Publication date:</source>
        <translation>Fecha de publicación:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>QtSession</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The change could not be saved: {error}</source>
        <translation>No se pudo guardar el cambio: {error}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>New database…</source>
        <translation>Nueva base de datos…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>¿Qué copia de seguridad restaurar?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace {name} with the backup {backup}? The current file is kept next to it (renamed “….replaced-DATE”), so nothing is lost.</source>
        <translation>¿Reemplazar {name} por la copia de seguridad {backup}? El archivo actual se conserva a su lado (renombrado “….replaced-FECHA”), así que no se pierde nada.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all articles</source>
        <translation>Buscar en todos los artículos</translation>
    </message>
    <message>
        <source>Words in sentences or notes, e.g. Padilla, U.S., Díaz-Canel</source>
        <translation>Palabras en oraciones o notas, p. ej., Padilla, EE. UU., Díaz-Canel</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>#{number}  {snippet}
    in {title}</source>
        <translation>n.º {number}  {snippet}
    en {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) so far…</source>
        <translation>
            <numerusform>%n resultado hasta ahora…</numerusform>
            <numerusform>%n resultados hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>(first {count} shown)</source>
        <translation>(se muestran los primeros {count})</translation>
    </message>
</context>
<context>
    <name>SentenceTable</name>
    <message>
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <source>Src.</source>
        <translation>Fte.</translation>
    </message>
    <message>
        <source>Anon.</source>
        <translation>Anón.</translation>
    </message>
    <message>
        <source>Cont.</source>
        <translation>Imp.</translation>
    </message>
    <message>
        <source>Incon.</source>
        <translation>Incoh.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calif.</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Cred.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sentence number</source>
        <translation>Número de oración</translation>
    </message>
    <message>
        <source>The sentence as it appears in the article</source>
        <translation>La oración tal como aparece en el artículo</translation>
    </message>
    <message>
        <source>Sourced: is the claim attributed to a source, named or not? (key 1)</source>
        <translation>Con fuente: ¿se atribuye la afirmación a una fuente, identificada o no? (tecla 1)</translation>
    </message>
    <message>
        <source>Anonymous: is at least one of its sources unnamed? (key 2)</source>
        <translation>Anónimo: ¿al menos una de sus fuentes no está identificada? (tecla 2)</translation>
    </message>
    <message>
        <source>Contested: is the claim disputed by other sources? (key 3)</source>
        <translation>Impugnado: ¿otras fuentes cuestionan la afirmación? (tecla 3)</translation>
    </message>
    <message>
        <source>Inconsistent: does it conflict with another sentence of the article? (key 4)</source>
        <translation>Incoherente: ¿entra en conflicto con otra oración del artículo? (tecla 4)</translation>
    </message>
    <message>
        <source>Your rating of the sentence</source>
        <translation>Su calificación de la oración</translation>
    </message>
    <message>
        <source>Credibility (Admiralty grade): source reliability letter and information credibility digit</source>
        <translation>Credibilidad (escala del Almirantazgo): letra de fiabilidad de la fuente y dígito de credibilidad de la información</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Tiene una nota</translation>
    </message>
    <message>
        <source>Attribution the analysis reads (named / anon. / none) and ◆ n: pending suggestions to accept (a) or dismiss (x)</source>
        <translation>Atribución que lee el análisis (ident. / anón. / ninguna) y ◆ n: sugerencias pendientes por aceptar (a) o descartar (x)</translation>
    </message>
    <message>
        <source>All sentences</source>
        <translation>Todas las oraciones</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señaladas</translation>
    </message>
    <message>
        <source>Has suggestions</source>
        <translation>Con sugerencias</translation>
    </message>
    <message>
        <source>Mark sourced</source>
        <translation>Marcar con fuente</translation>
    </message>
    <message>
        <source>Mark not sourced</source>
        <translation>Marcar sin fuente</translation>
    </message>
    <message>
        <source>Clear sourced</source>
        <translation>Borrar «con fuente»</translation>
    </message>
    <message>
        <source>Mark anonymous</source>
        <translation>Marcar anónimo</translation>
    </message>
    <message>
        <source>Mark not anonymous</source>
        <translation>Marcar no anónimo</translation>
    </message>
    <message>
        <source>Clear anonymous</source>
        <translation>Borrar «anónimo»</translation>
    </message>
    <message>
        <source>Mark contested</source>
        <translation>Marcar impugnado</translation>
    </message>
    <message>
        <source>Mark not contested</source>
        <translation>Marcar no impugnado</translation>
    </message>
    <message>
        <source>Clear contested</source>
        <translation>Borrar «impugnado»</translation>
    </message>
    <message>
        <source>Mark inconsistent</source>
        <translation>Marcar incoherente</translation>
    </message>
    <message>
        <source>Mark not inconsistent</source>
        <translation>Marcar no incoherente</translation>
    </message>
    <message>
        <source>Clear inconsistent</source>
        <translation>Borrar «incoherente»</translation>
    </message>
</context>
<context>
    <name>SentenceTableModel</name>
    <message>
        <source>Sentence {number}, {verdict}: {value}</source>
        <translation>Oración {number}, {verdict}: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia pendiente</numerusform>
            <numerusform>%n sugerencias pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending suggestions</source>
        <translation>Sin sugerencias pendientes</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Tiene una nota</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation>Credibilidad sin grado</translation>
    </message>
    <message>
        <source>Press {key} or Space to cycle: not judged, yes, no</source>
        <translation>Pulse {key} o Espacio para alternar: sin juzgar, sí, no</translation>
    </message>
    <message>
        <source>{verdict}: {value} — click or press {key} to change</source>
        <translation>{verdict}: {value} (haga clic o pulse {key} para cambiarlo)</translation>
    </message>
    <message>
        <source>Attribution the analysis reads: {state}</source>
        <translation>Atribución que lee el análisis: {state}</translation>
    </message>
    <message>
        <source>The analysis has not read this sentence yet</source>
        <translation>El análisis aún no leyó esta oración</translation>
    </message>
    <message numerus="yes">
        <source>%n pending suggestion(s): see the detail panel</source>
        <translation>
            <numerusform>%n sugerencia pendiente: vea el panel de detalle</numerusform>
            <numerusform>%n sugerencias pendientes: vea el panel de detalle</numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded: choose a credibility in the detail panel</source>
        <translation>Sin grado: elija una credibilidad en el panel de detalle</translation>
    </message>
    <message>
        <source>Sources cited (reliability letter, credibility digit)</source>
        <translation>Fuentes citadas (letra de fiabilidad, dígito de credibilidad)</translation>
    </message>
</context>
<context>
    <name>SentenceTableView</name>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Publisher &amp;name:</source>
        <translation>&amp;Nombre del editor:</translation>
    </message>
    <message>
        <source>Example Fact Checks</source>
        <translation>Verificaciones de Ejemplo</translation>
    </message>
    <message>
        <source>Publisher &amp;URL:</source>
        <translation>&amp;URL del editor:</translation>
    </message>
    <message>
        <source>&amp;Logo URL:</source>
        <translation>URL del &amp;logotipo:</translation>
    </message>
    <message>
        <source>Re&amp;view URL:</source>
        <translation>URL de la re&amp;visión:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the reviews:</source>
        <translation>Idioma de las revisiones (códi&amp;go):</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Stored with every judgment you make, and used by the factcheck command too. Each reviewer has their own reviews of a sentence.</source>
        <translation>Se guarda con cada valoración que hace y también lo usa el comando factcheck. Cada revisor tiene sus propias revisiones de una oración.</translation>
    </message>
    <message>
        <source>Note: the FACTCHECK_REVIEWER environment variable is set ({name}) and wins over this setting.</source>
        <translation>Nota: la variable de entorno FACTCHECK_REVIEWER está definida ({name}) y prevalece sobre este ajuste.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nombre del revisor:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>ClaimReview exports name the publisher: they need its name, URL and review URL ({article} is the article id, {sentence} the sentence number).</source>
        <translation>Las exportaciones ClaimReview nombran al editor: necesitan su nombre, su URL y la URL de la revisión ({article} es el id. del artículo y {sentence} el número de oración).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Fetched {date} from {url}</source>
        <translation>Obtenida el {date} de {url}</translation>
    </message>
    <message>
        <source>Redirected from {urls}</source>
        <translation>Redirigida desde {urls}</translation>
    </message>
    <message>
        <source>{size} bytes of {type}, sha256 {hash}</source>
        <translation>{size} bytes de {type}, sha256 {hash}</translation>
    </message>
    <message>
        <source>Snapshot of the page</source>
        <translation>Captura de la página</translation>
    </message>
    <message>
        <source>This article was not fetched from the web, so there is no snapshot.</source>
        <translation>Este artículo no se obtuvo de la web, así que no hay captura.</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Admiralty source grade: how far this source has proved reliable</source>
        <translation>Grado de la fuente (escala del Almirantazgo): cuán fiable ha demostrado ser</translation>
    </message>
    <message>
        <source>e.g. former U.S. ambassador to the Organization of American States</source>
        <translation>p. ej., exembajador de EE. UU. ante la Organización de los Estados Americanos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Fiabilidad:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Source “{name}”</source>
        <translation>Fuente “{name}”</translation>
    </message>
    <message>
        <source>Rename source to “{name}”</source>
        <translation>Renombrar la fuente a “{name}”</translation>
    </message>
    <message>
        <source>Set kind of “{name}” to {kind}</source>
        <translation>Cambiar el tipo de “{name}” a {kind}</translation>
    </message>
    <message>
        <source>Set reliability of “{name}” to {grade}</source>
        <translation>Cambiar la fiabilidad de “{name}” a {grade}</translation>
    </message>
    <message>
        <source>Edit description of “{name}”</source>
        <translation>Editar la descripción de “{name}”</translation>
    </message>
    <message>
        <source>Edit notes of “{name}”</source>
        <translation>Editar las notas de “{name}”</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Anonymous group</source>
        <translation>Grupo anónimo</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Cite a source: type a name, Enter</source>
        <translation>Citar una fuente: escriba un nombre, Intro</translation>
    </message>
    <message>
        <source>Cite a source</source>
        <translation>Citar una fuente</translation>
    </message>
    <message>
        <source>The kind given to a new source created from this box</source>
        <translation>El tipo que recibe una fuente nueva creada desde este cuadro</translation>
    </message>
    <message>
        <source>Kind of a new source</source>
        <translation>Tipo de una fuente nueva</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>SourcesWindow</name>
    <message>
        <source>Merge sources</source>
        <translation>Fusionar fuentes</translation>
    </message>
    <message>
        <source>Merge “{first}” and “{second}” into one source?</source>
        <translation>¿Fusionar “{first}” y “{second}” en una sola fuente?</translation>
    </message>
    <message>
        <source>Every sentence citing either will cite the one you keep.</source>
        <translation>Todas las oraciones que citen cualquiera de ellas citarán la que conserve.</translation>
    </message>
    <message>
        <source>Keep “{name}”</source>
        <translation>Conservar “{name}”</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Search sources by name or description</source>
        <translation>Buscar fuentes por nombre o descripción</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Fuente nueva</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Select two sources that are the same and merge them; every citation is kept</source>
        <translation>Seleccione dos fuentes que sean la misma y fusiónelas; se conservan todas las citas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Citada en</translation>
    </message>
    <message>
        <source>Double-click or Enter to go to the sentence</source>
        <translation>Doble clic o Intro para ir a la oración</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited in %n sentence(s)</source>
        <translation>
            <numerusform>Citada en %n oración</numerusform>
            <numerusform>Citada en %n oraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, sentence {number} — double-click to go to it</source>
        <translation>{title}, oración {number}: doble clic para ir a ella</translation>
    </message>
    <message>
        <source>Not cited by any sentence.</source>
        <translation>Ninguna oración la cita.</translation>
    </message>
    <message>
        <source>New source {number}</source>
        <translation>Fuente nueva {number}</translation>
    </message>
    <message>
        <source>Delete {names}?</source>
        <translation>¿Eliminar {names}?</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) will be removed from sentences.</source>
        <translation>
            <numerusform>Se quitará %n cita de las oraciones.</numerusform>
            <numerusform>Se quitarán %n citas de las oraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sources</source>
        <translation>Eliminar fuentes</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puede deshacerlo.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n source(s)</source>
        <translation>
            <numerusform>Eliminar %n fuente</numerusform>
            <numerusform>Eliminar %n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “{other}” into “{kept}”</source>
        <translation>Fusionar “{other}” en “{kept}”</translation>
    </message>
</context>
<context>
    <name>SourcingProfileBar</name>
    <message>
        <source>&lt;b&gt;Sourcing profile&lt;/b&gt; of the article&apos;s sentences&lt;br&gt;&lt;b&gt;named&lt;/b&gt;: cites at least one named source (a person, organisation or document)&lt;br&gt;&lt;b&gt;anonymous only&lt;/b&gt;: every source it cites is unnamed&lt;br&gt;&lt;b&gt;unsourced&lt;/b&gt;: cites no source and nobody judged it sourced&lt;br&gt;&lt;b&gt;sources&lt;/b&gt;: distinct sources cited; &lt;b&gt;quotes&lt;/b&gt;: accepted direct quotations&lt;br&gt;&lt;b&gt;inconsistent&lt;/b&gt; / &lt;b&gt;contested&lt;/b&gt;: sentences any reviewer judged so</source>
        <translation>&lt;b&gt;Perfil de fuentes&lt;/b&gt; de las oraciones del artículo&lt;br&gt;&lt;b&gt;con fuente identificada&lt;/b&gt;: cita al menos una fuente identificada (una persona, una organización o un documento)&lt;br&gt;&lt;b&gt;solo anónimas&lt;/b&gt;: todas las fuentes que cita están sin identificar&lt;br&gt;&lt;b&gt;sin fuente&lt;/b&gt;: no cita ninguna fuente y nadie la consideró con fuente&lt;br&gt;&lt;b&gt;fuentes&lt;/b&gt;: fuentes distintas citadas; &lt;b&gt;citas textuales&lt;/b&gt;: citas directas aceptadas&lt;br&gt;&lt;b&gt;incoherentes&lt;/b&gt; / &lt;b&gt;impugnadas&lt;/b&gt;: oraciones que algún revisor juzgó así</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n cita textual</numerusform>
            <numerusform>%n citas textuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quotes} in %n sentence(s)</source>
        <translation>
            <numerusform>{quotes} en %n oración</numerusform>
            <numerusform>{quotes} en %n oraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n con fuente identificada</numerusform>
            <numerusform>%n con fuente identificada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous only</source>
        <translation>
            <numerusform>%n solo anónima</numerusform>
            <numerusform>%n solo anónimas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsourced</source>
        <translation>
            <numerusform>%n sin fuente</numerusform>
            <numerusform>%n sin fuente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent</source>
        <translation>
            <numerusform>%n incoherente</numerusform>
            <numerusform>%n incoherentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contested</source>
        <translation>
            <numerusform>%n impugnada</numerusform>
            <numerusform>%n impugnadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sourcing: {parts}</source>
        <translation>Fuentes: {parts}</translation>
    </message>
    <message>
        <source>Sourcing profile</source>
        <translation>Perfil de fuentes</translation>
    </message>
    <message>
        <source>Sourcing profile not available: {error}</source>
        <translation>Perfil de fuentes no disponible: {error}</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split sentence</source>
        <translation>Dividir la oración</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>Dividir aquí</translation>
    </message>
    <message>
        <source>Click (or move the cursor with the arrow keys) where the second sentence begins. Both parts keep the review.</source>
        <translation>Haga clic (o mueva el cursor con las flechas) donde empieza la segunda oración. Ambas partes conservan la revisión.</translation>
    </message>
</context>
<context>
    <name>StoreHealth</name>
    <message>
        <source>Where the database lives</source>
        <translation>Dónde está la base de datos</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Solo lectura: no se pueden guardar los cambios</translation>
    </message>
    <message>
        <source>Damaged: opened read-only; export what you need or restore a backup</source>
        <translation>Dañada: abierta en solo lectura; exporte lo que necesite o restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <source>{name} (checking)</source>
        <translation>{name} (comprobando)</translation>
    </message>
</context>
<context>
    <name>StoreJob</name>
    <message>
        <source>The work stopped because of an unexpected error: {error}.</source>
        <translation>El trabajo se detuvo por un error inesperado: {error}.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>credibilidad</translation>
    </message>
    <message>
        <source>sets {fields}</source>
        <translation>establece {fields}</translation>
    </message>
    <message>
        <source>cites {names}</source>
        <translation>cita {names}</translation>
    </message>
    <message>
        <source>links {links}</source>
        <translation>enlaza {links}</translation>
    </message>
    <message>
        <source>Accepting records that you checked it.</source>
        <translation>Aceptar deja constancia de que lo verificó.</translation>
    </message>
    <message>
        <source>“{name}” is a different person</source>
        <translation>“{name}” es otra persona</translation>
    </message>
    <message>
        <source>Add “{name}” to the knowledge base</source>
        <translation>Añadir “{name}” a la base de conocimiento</translation>
    </message>
    <message>
        <source>Related: {sentences}</source>
        <translation>Relacionadas: {sentences}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this suggestion; it stays hidden when the article is analysed again.</source>
        <translation>Ocultar esta sugerencia; sigue oculta cuando se vuelve a analizar el artículo.</translation>
    </message>
    <message>
        <source>Accept: {label}</source>
        <translation>Aceptar: {label}</translation>
    </message>
    <message>
        <source>Dismiss: {label}</source>
        <translation>Descartar: {label}</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>More actions on this suggestion</source>
        <translation>Más acciones sobre esta sugerencia</translation>
    </message>
    <message>
        <source>This is a different person</source>
        <translation>Es otra persona</translation>
    </message>
    <message>
        <source>“{name}” is not {person}: stop suggesting it is a misspelling.</source>
        <translation>“{name}” no es {person}: dejar de sugerir que es una errata.</translation>
    </message>
    <message>
        <source>Add to knowledge base</source>
        <translation>Añadir a la base de conocimiento</translation>
    </message>
    <message>
        <source>Add “{name}” to your knowledge base as a known person.</source>
        <translation>Añadir “{name}” a su base de conocimiento como persona conocida.</translation>
    </message>
</context>
<context>
    <name>SuggestionKind</name>
    <message>
        <source>Named source</source>
        <translation>Fuente identificada</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Fuente anónima</translation>
    </message>
    <message>
        <source>No attribution</source>
        <translation>Sin atribución</translation>
    </message>
    <message>
        <source>Direct quotation</source>
        <translation>Cita directa</translation>
    </message>
    <message>
        <source>Scare quote</source>
        <translation>Comillas de distanciamiento</translation>
    </message>
    <message>
        <source>Hedge</source>
        <translation>Atenuación</translation>
    </message>
    <message>
        <source>Anachronism</source>
        <translation>Anacronismo</translation>
    </message>
    <message>
        <source>Name variant</source>
        <translation>Variante de nombre</translation>
    </message>
    <message>
        <source>Ambiguous reference</source>
        <translation>Referencia ambigua</translation>
    </message>
    <message>
        <source>Figure to check</source>
        <translation>Cifra por verificar</translation>
    </message>
    <message>
        <source>Date to check</source>
        <translation>Fecha por verificar</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>No pending suggestions.</source>
        <translation>No hay sugerencias pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptada</numerusform>
            <numerusform>%n aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n descartada</numerusform>
            <numerusform>%n descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept {kind}</source>
        <translation>Aceptar: {kind}</translation>
    </message>
    <message>
        <source>Change your judgment?</source>
        <translation>¿Cambiar su valoración?</translation>
    </message>
    <message>
        <source>Accepting this suggestion changes what you already judged:

{changes}

Accept it anyway?</source>
        <translation>Aceptar esta sugerencia cambia lo que ya había valorado:

{changes}

¿Aceptarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>VerdictEdit</name>
    <message>
        <source>Links left behind</source>
        <translation>Enlaces que quedan</translation>
    </message>
    <message>
        <source>Remove those links too?</source>
        <translation>¿Quitar también esos enlaces?</translation>
    </message>
    <message>
        <source>Remove the links</source>
        <translation>Quitar los enlaces</translation>
    </message>
    <message>
        <source>Keep the links</source>
        <translation>Conservar los enlaces</translation>
    </message>
    <message>
        <source>{action} and remove its links</source>
        <translation>{action} y quitar sus enlaces</translation>
    </message>
</context>
<context>
    <name>VerdictForm</name>
    <message>
        <source>Sourced</source>
        <translation>Con fuente</translation>
    </message>
    <message>
        <source>The claim is attributed to some source, named or not.</source>
        <translation>La afirmación se atribuye a alguna fuente, identificada o no.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>At least one of the sentence&apos;s sources is unnamed.</source>
        <translation>Al menos una de las fuentes de la oración no está identificada.</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Impugnado</translation>
    </message>
    <message>
        <source>The claim is disputed.</source>
        <translation>La afirmación está en disputa.</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Incoherente</translation>
    </message>
    <message>
        <source>The sentence conflicts with another sentence.</source>
        <translation>La oración entra en conflicto con otra oración.</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin juzgar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{explanation} (key {key} in the table)</source>
        <translation>{explanation} (tecla {key} en la tabla)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Your rating of the sentence&apos;s claim, from accurate to false</source>
        <translation>Su calificación de la afirmación de la oración, de exacta a falsa</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Calificación:</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin grado</translation>
    </message>
    <message>
        <source>Admiralty information grade: how far the claim itself is confirmed.</source>
        <translation>Grado de la información (escala del Almirantazgo): en qué medida está confirmada la afirmación.</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>Credibilidad:</translation>
    </message>
    <message>
        <source>Judging all four verdicts marks the sentence done.</source>
        <translation>Juzgar los cuatro veredictos marca la oración como terminada.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Rate {rating}</source>
        <translation>Calificar: {rating}</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Quitar la calificación</translation>
    </message>
    <message>
        <source>Set credibility {grade}</source>
        <translation>Poner credibilidad {grade}</translation>
    </message>
    <message>
        <source>Clear credibility</source>
        <translation>Quitar la credibilidad</translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation>Marcar: {status}</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Re-attach orphan</source>
        <translation>Volver a asociar huérfano</translation>
    </message>
    <message>
        <source>“{title}” looks like a new version of the article imported on {date} (same URL). Move its reviews, sources and links to the matching sentences of the new text?</source>
        <translation>“{title}” parece una nueva versión del artículo importado el {date} (misma URL). ¿Trasladar sus revisiones, fuentes y enlaces a las oraciones correspondientes del texto nuevo?</translation>
    </message>
    <message>
        <source>“{title}” looks like a new version of the article imported on {date} (same title). Move its reviews, sources and links to the matching sentences of the new text?</source>
        <translation>“{title}” parece una nueva versión del artículo importado el {date} (mismo título). ¿Trasladar sus revisiones, fuentes y enlaces a las oraciones correspondientes del texto nuevo?</translation>
    </message>
    <message>
        <source>New version?</source>
        <translation>¿Nueva versión?</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>Versions and orphans</source>
        <translation>Versiones y huérfanos</translation>
    </message>
    <message>
        <source>&amp;Re-attach to the current sentence</source>
        <translation>&amp;Asociar a la oración actual</translation>
    </message>
    <message>
        <source>This article has no earlier version in this file.</source>
        <translation>Este artículo no tiene una versión anterior en este archivo.</translation>
    </message>
    <message>
        <source>Changes since the version imported on {date}: {changed} of {total} lines differ.</source>
        <translation>Cambios desde la versión importada el {date}: {changed} de {total} líneas difieren.</translation>
    </message>
    <message>
        <source>(was {number}) {text}</source>
        <translation>(era {number}) {text}</translation>
    </message>
    <message>
        <source>was: {text}</source>
        <translation>antes: {text}</translation>
    </message>
    <message>
        <source>sources only</source>
        <translation>solo fuentes</translation>
    </message>
    <message>
        <source>Old sentence {number} ({who}): {text}</source>
        <translation>Oración anterior {number} ({who}): {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s): judgments that found no sentence in this version. Select one and a sentence in the table, then re-attach.</source>
        <translation>
            <numerusform>%n huérfano: valoración que no encontró oración en esta versión. Seleccione uno y una oración de la tabla, y vuelva a asociarlo.</numerusform>
            <numerusform>%n huérfanos: valoraciones que no encontraron oración en esta versión. Seleccione uno y una oración de la tabla, y vuelva a asociarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Accurate</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <source>Mostly accurate</source>
        <translation>Mayormente exacto</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Engañoso</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>No verificable</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Con fuente</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Impugnado</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Incoherente</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin juzgar</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Completamente fiable</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Normalmente fiable</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Bastante fiable</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Normalmente no fiable</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>No fiable</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>No se puede juzgar la fiabilidad</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confirmada por otras fuentes</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Probablemente cierta</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Posiblemente cierta</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>No se puede juzgar la veracidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>con fuente</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>impugnado</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incoherente</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Aún sin analizar</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Sin fuente</translation>
    </message>
    <message>
        <source>not named in the sentence</source>
        <translation>sin nombre en la frase</translation>
    </message>
    <message>
        <source>Unnamed source: {who}, with {others}</source>
        <translation>Fuente no identificada: {who}, con {others}</translation>
    </message>
    <message>
        <source>Unnamed source: {who}</source>
        <translation>Fuente no identificada: {who}</translation>
    </message>
    <message>
        <source>Named sources: {who}</source>
        <translation>Fuentes identificadas: {who}</translation>
    </message>
    <message>
        <source>Named source: {who}</source>
        <translation>Fuente identificada: {who}</translation>
    </message>
    <message>
        <source>and</source>
        <comment>between the last two names of a list</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>named</source>
        <translation>ident.</translation>
    </message>
    <message>
        <source>anon.</source>
        <translation>anón.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin</translation>
    </message>
</context>
<context>
    <name>WebImportDialog</name>
    <message>
        <source>Open web page</source>
        <translation>Abrir página web</translation>
    </message>
    <message>
        <source>One web address per line. Each page is fetched, its article extracted and a snapshot of the page kept with the review.</source>
        <translation>Una dirección web por línea. Se obtiene cada página, se extrae su artículo y se guarda una captura de la página con la revisión.</translation>
    </message>
    <message>
        <source>Fetch and import</source>
        <translation>Obtener e importar</translation>
    </message>
    <message>
        <source>Not a web address (http:// or https://): {address}</source>
        <translation>No es una dirección web (http:// o https://): {address}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Cycle &amp;sourced</source>
        <translation>Alternar con &amp;fuente</translation>
    </message>
    <message>
        <source>Cycle &amp;anonymous</source>
        <translation>Alternar &amp;anónimo</translation>
    </message>
    <message>
        <source>Cycle &amp;contested</source>
        <translation>Alternar &amp;impugnado</translation>
    </message>
    <message>
        <source>Cycle &amp;inconsistent</source>
        <translation>Alternar inco&amp;herente</translation>
    </message>
    <message>
        <source>↑ ↓  or  K J</source>
        <translation>↑ ↓  o  K J</translation>
    </message>
    <message>
        <source>Previous / next sentence</source>
        <translation>Oración anterior / siguiente</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Cycle the verdict in the current column</source>
        <translation>Alternar el veredicto de la columna actual</translation>
    </message>
    <message>
        <source>Click on a verdict</source>
        <translation>Clic en un veredicto</translation>
    </message>
    <message>
        <source>Cycle it: not judged → yes → no → not judged</source>
        <translation>Lo alterna: sin juzgar → sí → no → sin juzgar</translation>
    </message>
    <message>
        <source>Move between columns</source>
        <translation>Moverse entre columnas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import articles from .txt, .md, .html or .docx files</source>
        <translation>Importar artículos desde archivos .txt, .md, .html o .docx</translation>
    </message>
    <message>
        <source>&amp;Paste article…</source>
        <translation>&amp;Pegar artículo…</translation>
    </message>
    <message>
        <source>Import an article by pasting its text</source>
        <translation>Importar un artículo pegando su texto</translation>
    </message>
    <message>
        <source>Open &amp;web page…</source>
        <translation>Abrir página &amp;web…</translation>
    </message>
    <message>
        <source>Fetch web pages by their addresses, import their articles and keep a snapshot</source>
        <translation>Obtener páginas web por su dirección, importar sus artículos y guardar una captura</translation>
    </message>
    <message>
        <source>&amp;Export review…</source>
        <translation>&amp;Exportar revisión…</translation>
    </message>
    <message>
        <source>Export the article&apos;s review as a report or data</source>
        <translation>Exportar la revisión del artículo como informe o como datos</translation>
    </message>
    <message>
        <source>&amp;Merge review file…</source>
        <translation>&amp;Combinar archivo de revisión…</translation>
    </message>
    <message>
        <source>Bring another reviewer&apos;s file in: articles, reviews, sources, links and history</source>
        <translation>Incorporar el archivo de otro revisor: artículos, revisiones, fuentes, enlaces e historial</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start a new, empty database file</source>
        <translation>Crear un archivo de base de datos nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Switch to another database file</source>
        <translation>Cambiar a otro archivo de base de datos</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Put a backup in place of this database (the current file is kept)</source>
        <translation>Poner una copia de seguridad en lugar de esta base de datos (se conserva el archivo actual)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Your reviewer name and the interface language</source>
        <translation>Su nombre de revisor y el idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search all articles…</source>
        <translation>&amp;Buscar en todos los artículos…</translation>
    </message>
    <message>
        <source>Full-text search over the sentences and notes of every article</source>
        <translation>Búsqueda de texto completo en las oraciones y notas de todos los artículos</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>{verdict}: not judged → yes → no → not judged</source>
        <translation>{verdict}: sin juzgar → sí → no → sin juzgar</translation>
    </message>
    <message>
        <source>&amp;Next sentence</source>
        <translation>Oración &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous sentence</source>
        <translation>Oración an&amp;terior</translation>
    </message>
    <message>
        <source>Next not yet &amp;reviewed</source>
        <translation>Siguiente sin &amp;revisar</translation>
    </message>
    <message>
        <source>Go to the next sentence not yet reviewed</source>
        <translation>Ir a la siguiente oración aún sin revisar</translation>
    </message>
    <message>
        <source>First sentence</source>
        <translation>Primera oración</translation>
    </message>
    <message>
        <source>Last sentence</source>
        <translation>Última oración</translation>
    </message>
    <message>
        <source>&amp;Accept the first suggestion</source>
        <translation>&amp;Aceptar la primera sugerencia</translation>
    </message>
    <message>
        <source>Accept the current sentence&apos;s first pending suggestion (as listed in the panel)</source>
        <translation>Aceptar la primera sugerencia pendiente de la oración actual (según el orden del panel)</translation>
    </message>
    <message>
        <source>Dismiss the first suggestion</source>
        <translation>Descartar la primera sugerencia</translation>
    </message>
    <message>
        <source>Dismiss the current sentence&apos;s first pending suggestion</source>
        <translation>Descartar la primera sugerencia pendiente de la oración actual</translation>
    </message>
    <message>
        <source>Mark &amp;done and go to the next</source>
        <translation>Marcar como &amp;terminada e ir a la siguiente</translation>
    </message>
    <message>
        <source>Mark the sentence reviewed and go to the next one not yet reviewed</source>
        <translation>Marcar la oración como revisada e ir a la siguiente aún sin revisar</translation>
    </message>
    <message>
        <source>Edit the &amp;note</source>
        <translation>Editar la &amp;nota</translation>
    </message>
    <message>
        <source>Type a note on the current sentence (saved when you pause)</source>
        <translation>Escribir una nota sobre la oración actual (se guarda al hacer una pausa)</translation>
    </message>
    <message>
        <source>&amp;Cite a source</source>
        <translation>&amp;Citar una fuente</translation>
    </message>
    <message>
        <source>Attach a source to the current sentence: type a name, Enter to cite or create it</source>
        <translation>Asociar una fuente a la oración actual: escriba un nombre e Intro para citarla o crearla</translation>
    </message>
    <message>
        <source>Compare &amp;reviewers…</source>
        <translation>Comparar r&amp;evisores…</translation>
    </message>
    <message>
        <source>Every reviewer&apos;s verdicts, ratings and notes side by side, disagreements marked</source>
        <translation>Los veredictos, calificaciones y notas de cada revisor lado a lado, con los desacuerdos marcados</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>Acuer&amp;do…</translation>
    </message>
    <message>
        <source>Observed agreement, Cohen&apos;s kappa and Krippendorff&apos;s alpha; the disagreements</source>
        <translation>Acuerdo observado, kappa de Cohen y alfa de Krippendorff; los desacuerdos</translation>
    </message>
    <message>
        <source>A&amp;djudicate disagreements…</source>
        <translation>Ad&amp;judicar desacuerdos…</translation>
    </message>
    <message>
        <source>Settle each disagreement in the final layer: 1, 2, … take a reviewer&apos;s value, 0 your own</source>
        <translation>Resolver cada desacuerdo en la capa final: 1, 2, … toman el valor de un revisor, 0 el suyo</translation>
    </message>
    <message>
        <source>&amp;Merge with next sentence</source>
        <translation>&amp;Unir con la oración siguiente</translation>
    </message>
    <message>
        <source>Join the sentence with the next one (fixing a bad split); the review is kept</source>
        <translation>Unir la oración con la siguiente (para corregir una mala división); se conserva la revisión</translation>
    </message>
    <message>
        <source>&amp;Split sentence…</source>
        <translation>Di&amp;vidir oración…</translation>
    </message>
    <message>
        <source>Split the sentence in two at a point you choose; both parts keep the review</source>
        <translation>Dividir la oración en dos por el punto que elija; ambas partes conservan la revisión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Artículo siguiente</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Artículo anterior</translation>
    </message>
    <message>
        <source>Back to the sentence table</source>
        <translation>Volver a la tabla de oraciones</translation>
    </message>
    <message>
        <source>Leave a text field (what you typed is saved) and go back to the sentences</source>
        <translation>Salir de un campo de texto (lo escrito se guarda) y volver a las oraciones</translation>
    </message>
    <message>
        <source>Focus the article filter</source>
        <translation>Ir al filtro de artículos</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Fuentes…</translation>
    </message>
    <message>
        <source>The sources ledger: grades, where each source is cited, merging duplicates</source>
        <translation>El registro de fuentes: grados, dónde se cita cada fuente, fusión de duplicados</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Artí&amp;culo</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <source>Title, outlet, URL and publication date</source>
        <translation>Título, medio, URL y fecha de publicación</translation>
    </message>
    <message>
        <source>&amp;Versions and orphans…</source>
        <translation>&amp;Versiones y huérfanos…</translation>
    </message>
    <message>
        <source>What changed since the previous version; re-attach judgments that found no sentence</source>
        <translation>Qué cambió desde la versión anterior; volver a asociar valoraciones que no encontraron oración</translation>
    </message>
    <message>
        <source>View &amp;snapshot</source>
        <translation>Ver la &amp;captura</translation>
    </message>
    <message>
        <source>The page as it was fetched, shown as text (nothing in it runs)</source>
        <translation>La página tal como se obtuvo, mostrada como texto (no se ejecuta nada de ella)</translation>
    </message>
    <message>
        <source>Check for &amp;changes</source>
        <translation>Buscar ca&amp;mbios</translation>
    </message>
    <message>
        <source>Fetch the page again; a changed text is imported as a new article linked to this one</source>
        <translation>Obtener de nuevo la página; un texto cambiado se importa como un artículo nuevo enlazado a este</translation>
    </message>
    <message>
        <source>&amp;Delete article…</source>
        <translation>&amp;Eliminar artículo…</translation>
    </message>
    <message>
        <source>Delete the article and its reviews (can be undone)</source>
        <translation>Eliminar el artículo y sus revisiones (se puede deshacer)</translation>
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
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>The folder with the program&apos;s log files, to attach to a bug report</source>
        <translation>La carpeta con los archivos de registro del programa, para adjuntarlos a un informe de error</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>  or  </source>
        <translation>  o  </translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing the pasted text…</source>
        <translation>Importando el texto pegado…</translation>
    </message>
    <message>
        <source>Import large files</source>
        <translation>Importar archivos grandes</translation>
    </message>
    <message>
        <source>{names} holds more than 20 MB of text; importing takes a while and the window may be slow with it. Import anyway?</source>
        <translation>{names} tiene más de 20 MB de texto; la importación tarda y la ventana puede ir lenta. ¿Importar de todos modos?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señaladas</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Every sentence of the article (Ctrl+1)</source>
        <translation>Todas las oraciones del artículo (Ctrl+1)</translation>
    </message>
    <message>
        <source>Sentences whose review is not marked done (Ctrl+2)</source>
        <translation>Oraciones cuya revisión no está marcada como terminada (Ctrl+2)</translation>
    </message>
    <message>
        <source>Anonymous, contested or inconsistent, or rated misleading or false (Ctrl+3)</source>
        <translation>Anónimas, impugnadas o incoherentes, o calificadas como engañosas o falsas (Ctrl+3)</translation>
    </message>
    <message>
        <source>Sentences with suggestions still to accept or dismiss (Ctrl+4)</source>
        <translation>Oraciones con sugerencias aún por aceptar o descartar (Ctrl+4)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>✓ yes   ✗ no   · not judged   ◆ pending suggestions</source>
        <translation>✓ sí   ✗ no   · sin juzgar   ◆ sugerencias pendientes</translation>
    </message>
    <message>
        <source>Verdict columns: ✓ yes, ✗ no, · not judged (keys 1–4 cycle them).
◆ n: the sentence has n suggestions to accept (a) or dismiss (x).</source>
        <translation>Columnas de veredicto: ✓ sí, ✗ no, · sin juzgar (las teclas 1–4 los alternan).
◆ n: la oración tiene n sugerencias por aceptar (a) o descartar (x).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>No articles in this database yet</source>
        <translation>Todavía no hay artículos en esta base de datos</translation>
    </message>
    <message>
        <source>Import a news article (.txt, .md, .html, .docx), paste its text, drop files on this window, or open the sample article to see how reviewing works.</source>
        <translation>Importe un artículo periodístico (.txt, .md, .html, .docx), pegue su texto, arrastre archivos a esta ventana o abra el artículo de ejemplo para ver cómo funciona la revisión.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Paste text…</source>
        <translation>Pegar texto…</translation>
    </message>
    <message>
        <source>Open the sample article</source>
        <translation>Abrir el artículo de ejemplo</translation>
    </message>
</context>
<context>
    <name>WindowReview</name>
    <message>
        <source>Every sentence of this article is reviewed.</source>
        <translation>Todas las oraciones de este artículo están revisadas.</translation>
    </message>
    <message>
        <source>No pending suggestion on this sentence.</source>
        <translation>Esta oración no tiene sugerencias pendientes.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como terminada</translation>
    </message>
</context>
<context>
    <name>WindowWeb</name>
    <message>
        <source>Fetching…</source>
        <translation>Obteniendo…</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Buscar cambios</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>ask_reviewer_once</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>¿Quién revisa?</translation>
    </message>
    <message>
        <source>Your name is stored with every judgment you make.
You can change it later in Settings.</source>
        <translation>Su nombre se guarda con cada valoración que hace.
Puede cambiarlo más tarde en Configuración.</translation>
    </message>
</context>
</TS>
