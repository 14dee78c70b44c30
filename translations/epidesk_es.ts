<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlbersEqualAreaProjection</name>
    <message>
        <location filename="../mapping/Projection.cpp" line="+70"/>
        <source>Albers equal-area (Brazil)</source>
        <translation>Albers de áreas iguales (Brasil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Albers equal-area (Poland)</source>
        <translation>Albers de áreas iguales (Polonia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albers equal-area</source>
        <translation>Albers de áreas iguales</translation>
    </message>
</context>
<context>
    <name>AnvisaImporter</name>
    <message>
        <location filename="../connectors/AnvisaImporter.cpp" line="+63"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: no se puede guardar en la base de datos: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>ANVISA sales of controlled and antimicrobial medicines (EDA_Industrializados_YYYYMM.csv)</source>
        <translation>Ventas de medicamentos controlados y antimicrobianos de ANVISA (EDA_Industrializados_YYYYMM.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: listed more than once; only the last one (%2) was imported</source>
        <translation>%1: indicado más de una vez; solo se importó el último (%2)</translation>
    </message>
</context>
<context>
    <name>AnvisaReader</name>
    <message>
        <location filename="../connectors/AnvisaReader.cpp" line="+134"/>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y se encontraron %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>year is not an integer from 1990 to 2100</source>
        <translation>el año no es un número entero de 1990 a 2100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month is not an integer from 1 to 12</source>
        <translation>el mes no es un número entero de 1 a 12</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not one of the 27 UF abbreviations</source>
        <translation>no es una de las 27 siglas de UF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quantity is not a non-negative integer</source>
        <translation>la cantidad no es un número entero no negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active ingredient is empty</source>
        <translation>el principio activo está vacío</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+57"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: unknown header &quot;%2&quot;; expected one of: %3</source>
        <translation>%1: encabezado desconocido &quot;%2&quot;; se esperaba uno de: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the first line is not an ANVISA header; expected one of: %2</source>
        <translation>%1: la primera línea no es un encabezado de ANVISA; se esperaba uno de: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 has no header row; expected one of: %2</source>
        <translation>%1 no tiene fila de encabezado; se esperaba uno de: %2</translation>
    </message>
</context>
<context>
    <name>ClassBreaks</name>
    <message>
        <location filename="../mapping/ClassBreaks.cpp" line="+56"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ColorRamp</name>
    <message>
        <location filename="../mapping/ColorRamp.cpp" line="+28"/>
        <source>Blues</source>
        <translation>Azules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greens</source>
        <translation>Verdes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purples</source>
        <translation>Morados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow-orange-red</source>
        <translation>Amarillo-naranja-rojo</translation>
    </message>
</context>
<context>
    <name>DataSourceRegistry</name>
    <message>
        <location filename="../connectors/DataSourceRegistry.cpp" line="+40"/>
        <source>No data source handles &quot;%1&quot; locations (%2)</source>
        <translation>Ninguna fuente de datos admite ubicaciones de tipo &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>EqualIntervalClassifier</name>
    <message>
        <location filename="../mapping/EqualIntervalClassifier.cpp" line="+6"/>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
</context>
<context>
    <name>EquirectangularProjection</name>
    <message>
        <location filename="../mapping/Projection.cpp" line="-55"/>
        <source>Equirectangular (plate carrée)</source>
        <translation>Equirrectangular (plate carrée)</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../connectors/ImportService.cpp" line="+12"/>
        <source>Unknown import format &quot;%1&quot;; known: %2</source>
        <translation>Formato de importación desconocido &quot;%1&quot;; conocidos: %2</translation>
    </message>
</context>
<context>
    <name>JenksClassifier</name>
    <message>
        <location filename="../mapping/JenksClassifier.cpp" line="+7"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Cortes naturales (Jenks)</translation>
    </message>
</context>
<context>
    <name>OgrBoundaryReader</name>
    <message>
        <location filename="../mapping/OgrBoundaryReader.cpp" line="+90"/>
        <source>Cannot open boundary file %1: %2</source>
        <translation>No se puede abrir el archivo de límites %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Boundary file %1 has no layer</source>
        <translation>El archivo de límites %1 no tiene capas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary file %1 has no layer &quot;%2&quot;</source>
        <translation>El archivo de límites %1 no tiene la capa &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer &quot;%1&quot; of %2 has no code field &quot;%3&quot;</source>
        <translation>La capa &quot;%1&quot; de %2 no tiene el campo de código &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer &quot;%1&quot; of %2 has no name field &quot;%3&quot;</source>
        <translation>La capa &quot;%1&quot; de %2 no tiene el campo de nombre &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot transform layer &quot;%1&quot; of %2 to longitude/latitude: %3</source>
        <translation>No se puede transformar la capa &quot;%1&quot; de %2 a longitud/latitud: %3</translation>
    </message>
</context>
<context>
    <name>PgLocation</name>
    <message>
        <location filename="../connectors/warehouse/PgLocation.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a PostgreSQL URI (postgresql://user@host:port/database)</source>
        <translation>&quot;%1&quot; no es un URI de PostgreSQL (postgresql://user@host:port/database)</translation>
    </message>
</context>
<context>
    <name>QuantileClassifier</name>
    <message>
        <location filename="../mapping/QuantileClassifier.cpp" line="+7"/>
        <source>Quantile (equal count)</source>
        <translation>Cuantiles (mismo recuento)</translation>
    </message>
</context>
<context>
    <name>QuarantineCsv</name>
    <message>
        <location filename="../connectors/QuarantineCsv.cpp" line="+20"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <location filename="../connectors/SqliteUtil.cpp" line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <location filename="../connectors/warehouse/PgConnection.cpp" line="+27"/>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseReference.cpp" line="+32"/>
        <source>Cannot create the folder of %1</source>
        <translation>No se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSnapshot.cpp" line="+30"/>
        <source>Invalid snapshot name &quot;%1&quot;: use lower-case letters, digits and _, starting with a letter (at most 40 characters)</source>
        <translation>Nombre de instantánea no válido &quot;%1&quot;: use letras minúsculas, dígitos y _, empezando por una letra (como máximo 40 caracteres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A snapshot named &quot;%1&quot; already exists</source>
        <translation>Ya existe una instantánea llamada &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="+33"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.h" line="+18"/>
        <source>Embedded store (GeoPackage file).</source>
        <translation>Base de datos integrada (archivo GeoPackage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL warehouse (postgresql://user@host:port/db[?snapshot=NAME]).</source>
        <translation>Almacén de datos PostgreSQL (postgresql://user@host:port/db[?snapshot=NAME]).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+17"/>
        <source>Generate synthetic ANVISA-format demo files (demo generate DIR).</source>
        <translation>Generar archivos sintéticos de demostración en formato ANVISA (demo generate DIR).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of the real volume.</source>
        <translation>Fracción del volumen real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year.</source>
        <translation>Primer año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year.</source>
        <translation>Último año.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action: generate.</source>
        <translation>La acción: generate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder.</source>
        <translation>Carpeta de salida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: epidesk-cli demo generate DIR [--seed N] [--scale S]</source>
        <translation>uso: epidesk-cli demo generate DIR [--seed N] [--scale S]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seed: must be a non-negative integer</source>
        <translation>seed: debe ser un número entero no negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scale: must be a number in (0, 1]</source>
        <translation>scale: debe ser un número en (0, 1]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from/to: must be years with from &lt;= to</source>
        <translation>from/to: deben ser años, con from &lt;= to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+78"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+56"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
        <source>Import source files (anvisa) into a store or the warehouse; JSON summary.</source>
        <translation>Importar archivos de origen (anvisa) a una base de datos o al almacén de datos; resumen en JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded store (created if missing).</source>
        <translation>Base de datos integrada (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL warehouse (migrated if needed).</source>
        <translation>Almacén de datos PostgreSQL (se migra si es necesario).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to import.</source>
        <translation>Archivos que importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>format: missing (one of %1)</source>
        <translation>format: falta (uno de %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format: unknown &apos;%1&apos; (one of %2)</source>
        <translation>format: &apos;%1&apos; desconocido (uno de %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files: nothing to import</source>
        <translation>files: nada que importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store: one destination is required (--store FILE or --db URI)</source>
        <translation>store: se requiere un destino (--store FILE o --db URI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>interrupted: the file in progress was rolled back</source>
        <translation>interrumpido: se revirtieron los cambios del archivo en curso</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+13"/>
        <source>Usage: epidesk-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Uso: epidesk-cli COMANDO [OPCIONES]

Comandos:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run &apos;epidesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Ejecute &apos;epidesk-cli COMANDO --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-63"/>
        <source>Write the PDF report (map, chart, trend table, provenance).</source>
        <translation>Generar el informe PDF (mapa, gráfico, tabla de tendencias, procedencia de los datos).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Output PDF file.</source>
        <translation>Archivo PDF de salida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report title.</source>
        <translation>Título del informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map classes: %1.</source>
        <translation>Clasificación del mapa: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of map classes.</source>
        <translation>Número de clases del mapa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a period (e.g. 2020) or sen_slope; default: last period.</source>
        <translation>Período que mapear (p. ej., 2020) o sen_slope; predeterminado: último período.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes to highlight (comma-separated).</source>
        <translation>Códigos que resaltar (separados por comas).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pdf: an output file is required (--pdf FILE)</source>
        <translation>pdf: se requiere un archivo de salida (--pdf FILE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classification: must be one of %1</source>
        <translation>classification: debe ser uno de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classes: must be an integer from 2 to 9</source>
        <translation>classes: debe ser un número entero de 2 a 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="-42"/>
        <source>Series and trend tests (Kendall tau, Sen&apos;s slope) per area.</source>
        <translation>Series y pruebas de tendencia (tau de Kendall, pendiente de Sen) por área.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>json or csv.</source>
        <translation>json o csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --format csv: series (default) or tests.</source>
        <translation>Con --format csv: series (predeterminado) o tests.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>format: must be json or csv</source>
        <translation>format: debe ser json o csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv-table: must be series or tests</source>
        <translation>csv-table: debe ser series o tests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trends</source>
        <translation>tendencias</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.cpp" line="+14"/>
        <source>store: give either --store FILE or --db URI, not both</source>
        <translation>store: indique --store FILE o --db URI, no ambos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db: expected a postgresql:// URI</source>
        <translation>db: se esperaba un URI postgresql://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>store: a data source is required (--store FILE or --db URI)</source>
        <translation>store: se requiere una fuente de datos (--store FILE o --db URI)</translation>
    </message>
    <message>
        <location filename="../app/cli/WarehouseCommand.cpp" line="+20"/>
        <source>PostgreSQL warehouse: migrate the schema, take snapshots.</source>
        <translation>Almacén de datos PostgreSQL: migrar el esquema, crear instantáneas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warehouse (postgresql://user@host:port/db).</source>
        <translation>Almacén de datos (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migrate, or snapshot NAME.</source>
        <translation>migrate o snapshot NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>action: expected migrate or snapshot NAME</source>
        <translation>action: se esperaba migrate o snapshot NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot: a NAME is required</source>
        <translation>snapshot: se requiere NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db: a warehouse is required (--db URI)</source>
        <translation>db: se requiere un almacén de datos (--db URI)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>warehouse %1: %2</source>
        <translation>almacén de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk</name>
    <message>
        <location filename="../views/MapBinding.cpp" line="+96"/>
        <source>Sen&apos;s slope per year: %1</source>
        <translation>Pendiente de Sen por año: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&apos;s slope per month: %1</source>
        <translation>Pendiente de Sen por mes: %1</translation>
    </message>
    <message>
        <location filename="../views/ReportWriter.cpp" line="+36"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Active ingredient: %1</source>
        <translation>Principio activo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: %1</source>
        <translation>Medida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1 to %2</source>
        <translation>Años: %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first with data</source>
        <translation>primero con datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last with data</source>
        <translation>último con datos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Map: %1; %2 classification, %n class(es)</source>
        <translation>
            <numerusform>Mapa: %1; clasificación %2, %n clase</numerusform>
            <numerusform>Mapa: %1; clasificación %2, %n clases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend test: Mann-Kendall (Kendall&apos;s τ-b), Sen&apos;s slope per period; * marks p &lt; 0.05</source>
        <translation>Prueba de tendencia: Mann-Kendall (τ-b de Kendall), pendiente de Sen por período; * indica p &lt; 0,05</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&apos;s slope</source>
        <translation>Pendiente de Sen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend tests</source>
        <translation>Pruebas de tendencia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provenance</source>
        <translation>Procedencia de los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data source: %1</source>
        <translation>Fuente de datos: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk version: %1</source>
        <translation>Versión de EpiDesk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: %1</source>
        <translation>Generado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported file</source>
        <translation>Archivo importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Importado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Cargadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported files (%n)</source>
        <translation>
            <numerusform>Archivos importados (%n)</numerusform>
            <numerusform>Archivos importados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../connectors/StoreBuilder.cpp" line="+27"/>
        <source>Cannot read boundaries %1: %2</source>
        <translation>No se pueden leer los límites %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create layer %1: %2</source>
        <translation>No se puede crear la capa %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create field %1</source>
        <translation>No se puede crear el campo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write a boundary: %1</source>
        <translation>No se puede escribir un límite: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCache</name>
    <message>
        <location filename="../views/BoundaryCache.cpp" line="+16"/>
        <source>The data source has no boundaries.</source>
        <translation>La fuente de datos no tiene límites territoriales.</translation>
    </message>
</context>
<context>
    <name>epidesk::ChoroplethLayer</name>
    <message>
        <location filename="../mapping/ChoroplethLayer.cpp" line="+121"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvExport</name>
    <message>
        <location filename="../views/CsvExport.cpp" line="+72"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::Dashboard</name>
    <message>
        <location filename="../views/Dashboard.cpp" line="+96"/>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Computing trends…</source>
        <translation>Calculando tendencias…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Map unavailable: %1</source>
        <translation>Mapa no disponible: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n series computed.</source>
        <translation>
            <numerusform>%n serie calculada.</numerusform>
            <numerusform>%n series calculadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Trend (Sen&apos;s slope)</source>
        <translation>Tendencia (pendiente de Sen)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Map &amp;shows:</source>
        <translation>El mapa mue&amp;stra:</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoGenerator</name>
    <message>
        <location filename="../connectors/demo/DemoGenerator.cpp" line="+999"/>
        <source>The scale must be above 0 and at most 10 (got %1).</source>
        <translation>La escala debe ser mayor que 0 y como máximo 10 (se recibió %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data covers %1-%2; the requested years are %3-%4.</source>
        <translation>Los datos de demostración cubren %1-%2; los años solicitados son %3-%4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::EmbeddedStore</name>
    <message>
        <location filename="../connectors/EmbeddedStore.cpp" line="+119"/>
        <source>Cannot create the store %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the store %1: the file already exists</source>
        <translation>No se puede crear la base de datos %1: el archivo ya existe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open the store %1: no such file</source>
        <translation>No se puede abrir la base de datos %1: el archivo no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+6"/>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is not an EpiDesk store</source>
        <translation>%1 no es una base de datos de EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has store schema version %2; this EpiDesk reads version %3</source>
        <translation>%1 tiene el esquema de base de datos en la versión %2; esta versión de EpiDesk lee la versión %3</translation>
    </message>
</context>
<context>
    <name>epidesk::ImportDialog</name>
    <message>
        <location filename="../views/ImportDialog.cpp" line="+33"/>
        <source>Creating the store…</source>
        <translation>Creando la base de datos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import ANVISA files</source>
        <translation>Importar archivos de ANVISA</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Importing %n file(s) into %1</source>
        <translation>
            <numerusform>Importando %n archivo en %1</numerusform>
            <numerusform>Importando %n archivos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import canceled: files not finished were left out.</source>
        <translation>Importación cancelada: se omitieron los archivos no terminados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished with errors.</source>
        <translation>Importación finalizada con errores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translation>Importación finalizada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Files loaded</source>
        <translation>Archivos cargados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows loaded</source>
        <translation>Filas cargadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows quarantined</source>
        <translation>Filas en cuarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (fields set to empty)</source>
        <translation>Advertencias (campos dejados vacíos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Cargadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unmatched municipalities</source>
        <translation>Municipios sin correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their sales count for the state but not for any municipality.</source>
        <translation>Sus ventas cuentan para el estado, pero no para ningún municipio.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarantined rows with the reason for each:</source>
        <translation>Filas en cuarentena, con el motivo de cada una:</translation>
    </message>
</context>
<context>
    <name>epidesk::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+69"/>
        <source>Trend analysis</source>
        <translation>Análisis de tendencias</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import ANVISA files…</source>
        <translation>&amp;Importar archivos de ANVISA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;table CSV…</source>
        <translation>Exportar &amp;tabla CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;series CSV…</source>
        <translation>Exportar se&amp;ries CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exportar informe &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run analysis</source>
        <translation>&amp;Ejecutar análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Cancelar análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;map view</source>
        <translation>Restablecer vista del &amp;mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset c&amp;hart view</source>
        <translation>Restablecer vista del &amp;gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EpiDesk</source>
        <translation>&amp;Acerca de EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running analysis</source>
        <translation>Cancelar el análisis en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No store open — File ▸ Open store… or drop ANVISA CSV files here</source>
        <translation>No hay ninguna base de datos abierta — Archivo ▸ Abrir base de datos… o suelte aquí archivos CSV de ANVISA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk</source>
        <translation>EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — EpiDesk</source>
        <translation>%1 — EpiDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No translation for %1 found; showing English.</source>
        <translation>No se encontró ninguna traducción para %1; se muestra en inglés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>Open store</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot open %1:
%2</source>
        <translation>No se puede abrir %1:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bases de datos de EpiDesk (*.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Import ANVISA files</source>
        <translation>Importar archivos de ANVISA</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ANVISA sales (*.csv *.CSV);;All files (*)</source>
        <translation>Ventas de ANVISA (*.csv *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No store is open. Choose where to create a new store; it is filled with the boundaries and population of the shared data before the import.</source>
        <translation>No hay ninguna base de datos abierta. Elija dónde crear una nueva; antes de la importación, se llena con los límites territoriales y la población de los datos compartidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New store</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>EpiDesk stores (*.gpkg)</source>
        <translation>Bases de datos de EpiDesk (*.gpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export trend-test table</source>
        <translation>Exportar tabla de pruebas de tendencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export series</source>
        <translation>Exportar series</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About EpiDesk</source>
        <translation>Acerca de EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;EpiDesk %1&lt;/h3&gt;&lt;p&gt;Visual analytics of medicine sales for public-health analysts: trends (Mann-Kendall, Sen&apos;s slope) by state, region and municipality, maps and reports.&lt;/p&gt;&lt;p&gt;Boundaries: IBGE via geodata-br (CC0). Population: IBGE estimates via brpop (MIT).&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EpiDesk %1&lt;/h3&gt;&lt;p&gt;Análisis visual de ventas de medicamentos para analistas de salud pública: tendencias (Mann-Kendall, pendiente de Sen) por estado, región y municipio, mapas e informes.&lt;/p&gt;&lt;p&gt;Límites territoriales: IBGE vía geodata-br (CC0). Población: estimaciones del IBGE vía brpop (MIT).&lt;/p&gt;&lt;p&gt;Desarrollado con Qt %2 y QCustomPlot.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>epidesk::MapWidget</name>
    <message>
        <location filename="../views/MapWidget.cpp" line="+162"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>epidesk::PageFlow</name>
    <message>
        <location filename="../views/ReportWriter.cpp" line="-213"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ReferenceData</name>
    <message>
        <location filename="../connectors/demo/DemoGenerator.cpp" line="-866"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not list the 27 states</source>
        <translation>%1 no enumera los 27 estados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lacks population for 2014-2021</source>
        <translation>%1 no tiene la población de 2014-2021</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No municipalities in %1</source>
        <translation>No hay municipios en %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ReportWriter</name>
    <message>
        <location filename="../views/ReportWriter.cpp" line="+222"/>
        <source>EpiDesk trend report</source>
        <translation>Informe de tendencias de EpiDesk</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>Cannot write the PDF %1</source>
        <translation>No se puede escribir el PDF %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>All active ingredients</source>
        <translation>Todos los principios activos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map unavailable: %1</source>
        <translation>Mapa no disponible: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::StoreBuilder</name>
    <message>
        <location filename="../connectors/StoreBuilder.cpp" line="+18"/>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL no tiene el controlador GeoPackage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No municipality boundaries (geojs-NN-mun.json) in %1</source>
        <translation>No hay límites municipales (geojs-NN-mun.json) en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a header code_muni;YEAR;...</source>
        <translation>%1: se esperaba un encabezado code_muni;YEAR;...</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendAnalysis</name>
    <message>
        <location filename="../analytics/TrendAnalysis.cpp" line="+164"/>
        <source>Brasil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Aggregating sales</source>
        <translation>Agregando ventas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing trends</source>
        <translation>Probando tendencias</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendChart</name>
    <message>
        <location filename="../views/TrendChart.cpp" line="+70"/>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prescriptions</source>
        <translation>Prescripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per 1,000 inhabitants</source>
        <translation>%1 por 1.000 habitantes</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendControls</name>
    <message>
        <location filename="../views/TrendControls.cpp" line="+180"/>
        <source>&amp;Ingredient:</source>
        <translation>&amp;Principio activo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>Perío&amp;do:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years:</source>
        <translation>Años:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map classes:</source>
        <translation>Clases del mapa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all ingredients</source>
        <translation>todos los principios activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the active ingredient&apos;s name, accents and case ignored</source>
        <translation>Parte del nombre del principio activo; se ignoran tildes y mayúsculas/minúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>Prescripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 inhabitants</source>
        <translation>Por 1.000 habitantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first</source>
        <translation>primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendJob</name>
    <message>
        <location filename="../views/TrendJob.cpp" line="+56"/>
        <source>Unknown error while computing trends.</source>
        <translation>Error desconocido al calcular las tendencias.</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendRequest</name>
    <message>
        <location filename="../analytics/TrendTypes.cpp" line="+54"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a year between %1 and %2</source>
        <translation>debe ser un año entre %1 y %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must not be before from</source>
        <translation>no puede ser anterior a from</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendTestTableModel</name>
    <message>
        <location filename="../views/TrendTestTableModel.cpp" line="+75"/>
        <source>Significant trend (p &lt; %1)</source>
        <translation>Tendencia significativa (p &lt; %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymptotic</source>
        <translation>asintótico</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sen&apos;s slope</source>
        <translation>Pendiente de Sen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kendall&apos;s tau-b between period and value</source>
        <translation>Tau-b de Kendall entre el período y el valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-sided p-value of the Mann-Kendall test; * marks p &lt; %1</source>
        <translation>Valor p bilateral de la prueba de Mann-Kendall; * indica p &lt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theil-Sen slope per period step</source>
        <translation>Pendiente de Theil-Sen por paso de período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mann-Kendall statistic (concordant minus discordant pairs)</source>
        <translation>Estadístico de Mann-Kendall (pares concordantes menos discordantes)</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseSink</name>
    <message>
        <location filename="../connectors/warehouse/WarehouseSink.cpp" line="+328"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>No se puede preparar el almacén de datos %1: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot read the quarantine of %1: %2</source>
        <translation>No se puede leer la cuarentena de %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseSource</name>
    <message>
        <location filename="../connectors/warehouse/WarehouseSource.cpp" line="+56"/>
        <source>The warehouse %1 has no snapshot &quot;%2&quot;</source>
        <translation>El almacén de datos %1 no tiene la instantánea &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the warehouse %1: %2</source>
        <translation>No se puede abrir el almacén de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::TrendOptions</name>
    <message>
        <location filename="../app/cli/TrendOptions.h" line="+20"/>
        <source>Active ingredient contains TEXT (case and accents ignored).</source>
        <translation>El principio activo contiene TEXT (se ignoran mayúsculas/minúsculas y tildes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality, uf, region or country.</source>
        <translation>municipality, uf, region o country.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year or month.</source>
        <translation>year o month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year.</source>
        <translation>Primer año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year.</source>
        <translation>Último año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prescriptions or units.</source>
        <translation>prescriptions o units.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per 1,000 inhabitants.</source>
        <translation>Tasas por 1.000 habitantes.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+43"/>
        <source>EpiDesk: visual analytics of medicine sales.</source>
        <translation>EpiDesk: análisis visual de ventas de medicamentos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the embedded store &lt;file&gt;.</source>
        <translation>Abrir la base de datos integrada &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the window to &lt;png&gt; once the first result is shown, then exit.</source>
        <translation>Guardar la ventana en &lt;png&gt; en cuanto se muestre el primer resultado y salir.</translation>
    </message>
</context>
</TS>
