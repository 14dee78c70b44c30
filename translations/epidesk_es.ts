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
        <location filename="../connectors/formats/anvisa/AnvisaImporter.cpp" line="+63"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: no se puede guardar en la base de datos: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: a sum of its rows does not fit in a 64-bit integer</source>
        <translation>%1: una suma de sus filas no cabe en un entero de 64 bits</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../connectors/formats/anvisa/AnvisaReader.cpp" line="+136"/>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y se encontraron %2</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+4"/>
        <source>quantity is not a non-negative integer</source>
        <translation>la cantidad no es un número entero no negativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active ingredient is empty</source>
        <translation>el principio activo está vacío</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%1: unknown header (%n field(s)); expected one of: %2</source>
        <translation>
            <numerusform>%1: encabezado desconocido (%n campo); se esperaba uno de: %2</numerusform>
            <numerusform>%1: encabezado desconocido (%n campos); se esperaba uno de: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the first line is longer than %2 bytes, so not an ANVISA header; expected one of: %3</source>
        <translation>%1: la primera línea tiene más de %2 bytes, por lo que no es un encabezado de ANVISA; se esperaba uno de: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1 has no header row; expected one of: %2</source>
        <translation>%1 no tiene fila de encabezado; se esperaba uno de: %2</translation>
    </message>
</context>
<context>
    <name>ClassBreaks</name>
    <message>
        <location filename="../mapping/ClassBreaks.cpp" line="+81"/>
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
    <name>CovidPlImporter</name>
    <message>
        <location filename="../connectors/formats/covidpl/CovidPlImporter.cpp" line="+27"/>
        <source>Cannot read the powiat boundaries %1: %2</source>
        <translation>No se pueden leer los límites de los powiats %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists no powiats (property terc)</source>
        <translation>%1 no contiene ningún powiat (propiedad terc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: no se puede guardar en la base de datos: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poland: daily COVID-19 cases and deaths per powiat (covid_cases_powiat_daily.tsv)</source>
        <translation>Polonia: casos y fallecimientos diarios de COVID-19 por powiat (covid_cases_powiat_daily.tsv)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: listed more than once; only the last one (%2) was imported</source>
        <translation>%1: indicado más de una vez; solo se importó el último (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a sum of its rows does not fit in a 64-bit integer</source>
        <translation>%1: una suma de sus filas no cabe en un entero de 64 bits</translation>
    </message>
</context>
<context>
    <name>CovidPlReader</name>
    <message>
        <location filename="../connectors/formats/covidpl/CovidPlReader.cpp" line="+198"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>%1: the header has no column &quot;%2&quot;; expected new_cases, deaths, teryt and date separated by tabs</source>
        <translation>%1: el encabezado no tiene la columna &quot;%2&quot;; se esperaba new_cases, deaths, teryt y date separados por tabuladores</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y se encontraron %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new cases is not a non-negative integer</source>
        <translation>el número de casos nuevos no es un entero no negativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deaths is not a non-negative integer</source>
        <translation>el número de fallecimientos no es un entero no negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date is not a valid day written YYYYMMDD</source>
        <translation>la fecha no es un día válido en el formato YYYYMMDD</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the first line is longer than %2 bytes, so not the header; expected new_cases, deaths, teryt and date</source>
        <translation>%1: la primera línea tiene más de %2 bytes, por lo que no es el encabezado; se esperaba new_cases, deaths, teryt y date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 has no header row; expected new_cases, deaths, teryt and date</source>
        <translation>%1 no tiene fila de encabezado; se esperaba new_cases, deaths, teryt y date</translation>
    </message>
</context>
<context>
    <name>DashboardExamples</name>
    <message>
        <location filename="../dashboard/DashboardExamples.cpp" line="+15"/>
        <source>Azithromycin in Brazil</source>
        <translation>Azitromicina en Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COVID-19 in Poland</source>
        <translation>COVID-19 en Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation after a wave</source>
        <translation>Reubicación tras una ola</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the example is missing from this build</source>
        <translation>%1: el ejemplo no está en esta compilación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no example dashboard named %1</source>
        <translation>ningún tablero de ejemplo llamado %1</translation>
    </message>
</context>
<context>
    <name>DashboardFile</name>
    <message>
        <location filename="../dashboard/DashboardFile.cpp" line="+23"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 MiB; not a dashboard document</source>
        <translation>mayor que %1 MiB; no es un documento de tablero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON no válido en %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <location filename="../views/dashboard/DashboardRenderer.cpp" line="+52"/>
        <source>panel &quot;%1&quot;: cannot be drawn (out of memory)</source>
        <translation>panel &quot;%1&quot;: no se puede dibujar (memoria insuficiente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EpiDesk dashboard</source>
        <translation>Tablero de EpiDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Cannot write the PDF %1</source>
        <translation>No se puede escribir el PDF %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time cursor</source>
        <translation>Cursor de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last period</source>
        <translation>último período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data changed since saved</source>
        <translation>Datos modificados desde que se guardó</translation>
    </message>
</context>
<context>
    <name>DataChanges</name>
    <message numerus="yes">
        <location filename="../dashboard/DataChanges.cpp" line="+33"/>
        <source>%n file(s) added (%1)</source>
        <translation>
            <numerusform>%n archivo añadido (%1)</numerusform>
            <numerusform>%n archivos añadidos (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) replaced (%1)</source>
        <translation>
            <numerusform>%n archivo reemplazado (%1)</numerusform>
            <numerusform>%n archivos reemplazados (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) removed (%1)</source>
        <translation>
            <numerusform>%n archivo eliminado (%1)</numerusform>
            <numerusform>%n archivos eliminados (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSourceRegistry</name>
    <message>
        <location filename="../connectors/registry/DataSourceRegistry.cpp" line="+51"/>
        <source>No data source handles &quot;%1&quot; locations (%2)</source>
        <translation>Ninguna fuente de datos admite ubicaciones de tipo &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>DistrictSeriesStore</name>
    <message>
        <location filename="../connectors/store/EmbeddedDistrictSeries.cpp" line="+118"/>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/core/ImportSink.cpp" line="+29"/>
        <source>%1 cannot store daily district series</source>
        <translation>%1 no puede almacenar series diarias por distrito</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseDistrictSeries.cpp" line="+97"/>
        <source>Cannot read daily series from %1: %2</source>
        <translation>No se pueden leer las series diarias de %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>No se puede preparar el almacén de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedStore</name>
    <message>
        <location filename="../connectors/store/EmbeddedStore.cpp" line="+56"/>
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
        <location line="+17"/>
        <location line="+11"/>
        <source>Cannot open the store %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 is not an EpiDesk store</source>
        <translation>%1 no es una base de datos de EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has store schema version %2; this EpiDesk reads version %3</source>
        <translation>%1 tiene el esquema de base de datos en la versión %2; esta versión de EpiDesk lee la versión %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot upgrade the store %1: %2</source>
        <translation>No se puede actualizar la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/store/EmbeddedRollups.cpp" line="+217"/>
        <source>a rollup sum does not fit in a 64-bit integer</source>
        <translation>una suma agregada no cabe en un entero de 64 bits</translation>
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
    <name>FilterChips</name>
    <message>
        <location filename="../dashboard/FilterChips.cpp" line="+9"/>
        <source>Ingredient: %1</source>
        <translation>Principio activo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places: %1</source>
        <translation>Lugares: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years: %1–%2</source>
        <translation>Años: %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
</context>
<context>
    <name>ForecastService</name>
    <message>
        <location filename="../services/ForecastService.cpp" line="+72"/>
        <source>%1 holds no daily district series; import some first (epidesk-cli import covid-pl)</source>
        <translation>%1 no contiene series diarias por distrito; importe algunas primero (epidesk-cli import covid-pl)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>series: empty item in &quot;%1&quot;</source>
        <translation>series: elemento vacío en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no district code starts with %1</source>
        <translation>ningún código de distrito empieza por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown district %1</source>
        <translation>distrito desconocido %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>model: unknown &quot;%1&quot; (one of %2)</source>
        <translation>model: &quot;%1&quot; desconocido (uno de %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no data on or before %1</source>
        <translation>no hay datos hasta el %1 inclusive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data for district %1</source>
        <translation>no hay datos para el distrito %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>backtest: %1</source>
        <translation>backtest: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../connectors/registry/ImportService.cpp" line="+13"/>
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
    <name>LegendEntry</name>
    <message>
        <location filename="../mapping/ClassBreaks.cpp" line="-65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>PanelKinds</name>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="+196"/>
        <source>must be &quot;cube&quot; or &quot;prisms&quot;</source>
        <translation>debe ser &quot;cube&quot; o &quot;prisms&quot;</translation>
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
    <name>RegionalShares</name>
    <message>
        <location filename="../views/trends/RegionalShares.cpp" line="+25"/>
        <source>Other states</source>
        <translation>Otros estados</translation>
    </message>
</context>
<context>
    <name>RemoteCompute</name>
    <message>
        <location filename="../views/dashboard/RemoteCompute.cpp" line="+14"/>
        <source>cluster %1: %2</source>
        <translation>clúster %1: %2</translation>
    </message>
</context>
<context>
    <name>SeriesFolder</name>
    <message>
        <location filename="../services/SeriesFolder.cpp" line="+13"/>
        <source>%1: no such folder</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no .csv file</source>
        <translation>%1: no hay ningún archivo .csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 files, more than the limit of %3</source>
        <translation>%1: %2 archivos, más que el límite de %3</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <location filename="../connectors/store/SqliteUtil.cpp" line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown SQLite error</source>
        <translation>error desconocido de SQLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
</context>
<context>
    <name>TrendPanelProvider</name>
    <message>
        <location filename="../services/TrendPanelProvider.cpp" line="+17"/>
        <source>series %1: unreadable period &quot;%2&quot;</source>
        <translation>serie %1: período ilegible &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>series %1: period &quot;%2&quot; out of order</source>
        <translation>serie %1: período &quot;%2&quot; fuera de orden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 holds no sales for this request</source>
        <translation>%1 no contiene ventas para esta solicitud</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <location filename="../connectors/warehouse/PgConnection.cpp" line="+30"/>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseReference.cpp" line="+33"/>
        <source>Cannot create the folder of %1</source>
        <translation>No se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSnapshot.cpp" line="+38"/>
        <source>Invalid snapshot name &quot;%1&quot;: use lower-case letters, digits and _, starting with a letter (at most 40 characters)</source>
        <translation>Nombre de instantánea no válido &quot;%1&quot;: use letras minúsculas, dígitos y _, empezando por una letra (como máximo 40 caracteres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A snapshot named &quot;%1&quot; already exists</source>
        <translation>Ya existe una instantánea llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSink.cpp" line="+424"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>No se puede preparar el almacén de datos %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot read the quarantine of %1: %2</source>
        <translation>No se puede leer la cuarentena de %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSource.cpp" line="+48"/>
        <source>The warehouse %1 has no snapshot &quot;%2&quot;</source>
        <translation>El almacén de datos %1 no tiene la instantánea &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the warehouse %1: %2</source>
        <translation>No se puede abrir el almacén de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseRollups.cpp" line="+21"/>
        <source>a rollup sum does not fit in a 64-bit integer</source>
        <translation>una suma agregada no cabe en un entero de 64 bits</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="+56"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.h" line="+18"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+117"/>
        <source>Embedded store (GeoPackage file).</source>
        <translation>Base de datos integrada (archivo GeoPackage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL warehouse (postgresql://user@host:port/db[?snapshot=NAME]).</source>
        <translation>Almacén de datos PostgreSQL (postgresql://user@host:port/db[?snapshot=NAME]).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+41"/>
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
        <location filename="../app/cli/TrendOptions.h" line="+35"/>
        <source>First year.</source>
        <translation>Primer año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/TrendOptions.h" line="+1"/>
        <source>Last year.</source>
        <translation>Último año.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder.</source>
        <translation>Carpeta de salida.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Demo data: everything in one folder (demo create DIR), ANVISA-format files (demo generate DIR) or a Poland relocation scenario (demo relocation DIR).</source>
        <translation>Datos de demostración: todo en una carpeta (demo create DIR), archivos en formato ANVISA (demo generate DIR) o un escenario de reubicación de Polonia (demo relocation DIR).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action: create, generate or relocation.</source>
        <translation>La acción: create, generate o relocation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: epidesk-cli demo create|generate|relocation DIR [--seed N] [--scale S]</source>
        <translation>uso: epidesk-cli demo create|generate|relocation DIR [--seed N] [--scale S]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <location line="+42"/>
        <source>seed: must be a non-negative integer</source>
        <translation>seed: debe ser un número entero no negativo</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+34"/>
        <source>scale: must be a number in (0, 1]</source>
        <translation>scale: debe ser un número en (0, 1]</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>from/to: must be years with from &lt;= to</source>
        <translation>from/to: deben ser años, con from &lt;= to</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+39"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+162"/>
        <location filename="../app/cli/ForecastEvalCommand.cpp" line="+103"/>
        <location filename="../app/cli/RelocateCommand.cpp" line="+92"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+79"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+57"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>interrupted: finished parts are kept, the rest is redone by the next run</source>
        <translation>interrumpido: las partes terminadas se conservan; la próxima ejecución rehace el resto</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
        <source>Import source files (anvisa) into a store or the warehouse; JSON summary.</source>
        <translation>Importar archivos de origen (anvisa) a una base de datos o al almacén de datos; resumen en JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Embedded store (created if missing).</source>
        <translation>Base de datos integrada (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL warehouse (migrated if needed).</source>
        <translation>Almacén de datos PostgreSQL (se migra si es necesario).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also read FIFOs and devices, e.g. &lt;(zcat file.csv.gz).</source>
        <translation>Leer también FIFO y dispositivos, p. ej., &lt;(zcat file.csv.gz).</translation>
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
        <location line="+3"/>
        <source>store: one destination is required (--store FILE or --db URI)</source>
        <translation>store: se requiere un destino (--store FILE o --db URI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>interrupted: the file in progress was rolled back</source>
        <translation>interrumpido: se revirtieron los cambios del archivo en curso</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+22"/>
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
        <location line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-64"/>
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
        <location line="+4"/>
        <source>Map a period (e.g. 2020) or sen_slope; default: last period.</source>
        <translation>Período que mapear (p. ej., 2020) o sen_slope; predeterminado: último período.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codes to highlight (comma-separated).</source>
        <translation>Códigos que resaltar (separados por comas).</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/cli/TrendsCommand.cpp" line="-43"/>
        <source>Series and trend tests (Kendall tau, Sen&apos;s slope) per area.</source>
        <translation>Series y pruebas de tendencia (tau de Kendall, pendiente de Sen) por área.</translation>
    </message>
    <message>
        <location filename="../app/cli/RelocateCommand.cpp" line="-78"/>
        <source>Relocation plan of a scenario: districts to facilities (CBC MILP).</source>
        <translation>Plan de reubicación de un escenario: distritos a centros (MILP con CBC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario folder or JSON file.</source>
        <translation>Carpeta o archivo JSON del escenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective weights, e.g. risk=1,travel=0.1,cost=0.01.</source>
        <translation>Pesos del objetivo, p. ej., risk=1,travel=0.1,cost=0.01.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver time limit (seconds).</source>
        <translation>Límite de tiempo del solver (segundos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative optimality gap.</source>
        <translation>Gap de optimalidad relativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nearest facilities per district and group (0 = all within the limit).</source>
        <translation>Centros más cercanos por distrito y grupo (0 = todos dentro del límite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+11"/>
        <source>json or csv.</source>
        <translation>json o csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --format csv: flows (default), unmet or facility_use.</source>
        <translation>Con --format csv: flows (predeterminado), unmet o facility_use.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the model to FILE (.mps, or .lp) for other solvers.</source>
        <translation>Escribir también el modelo en FILE (.mps o .lp) para otros solvers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scenario: required (a folder or a JSON file)</source>
        <translation>scenario: obligatorio (una carpeta o un archivo JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time-limit, gap, max-candidates: must be numbers</source>
        <translation>time-limit, gap, max-candidates: deben ser números</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>csv-table: must be flows, unmet or facility_use</source>
        <translation>csv-table: debe ser flows, unmet o facility_use</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid scenario:
%1</source>
        <translation>escenario no válido:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relocate</source>
        <translation>reubicación</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="+3"/>
        <source>With --format csv: series (default) or tests.</source>
        <translation>Con --format csv: series (predeterminado) o tests.</translation>
    </message>
    <message>
        <location filename="../app/cli/RelocateCommand.cpp" line="-10"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+13"/>
        <source>format: must be json or csv</source>
        <translation>format: debe ser json o csv</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="+3"/>
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
        <location line="+7"/>
        <source>store: a data source is required (--store FILE or --db URI)</source>
        <translation>store: se requiere una fuente de datos (--store FILE o --db URI)</translation>
    </message>
    <message>
        <location filename="../app/cli/WarehouseCommand.cpp" line="+20"/>
        <source>PostgreSQL warehouse: migrate the schema, take snapshots.</source>
        <translation>Almacén de datos PostgreSQL: migrar el esquema, crear instantáneas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warehouse (postgresql://user@host:port/db).</source>
        <translation>Almacén de datos (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+35"/>
        <source>warehouse %1: %2</source>
        <translation>almacén de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendOptions.h" line="-7"/>
        <source>Active ingredient contains TEXT (case and accents ignored); several terms separated by &apos;|&apos;, a term &apos;=NAME&apos; matches NAME exactly.</source>
        <translation>El principio activo contiene TEXTO (sin distinguir mayúsculas ni acentos); varios términos separados por &apos;|&apos;, un término &apos;=NOMBRE&apos; coincide exactamente con NOMBRE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>municipality, uf, region or country.</source>
        <translation>municipality, uf, region o country.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year or month.</source>
        <translation>year o month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prescriptions or units.</source>
        <translation>prescriptions o units.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per 1,000 inhabitants.</source>
        <translation>Tasas por 1.000 habitantes.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="-19"/>
        <source>%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1: se esperaba un número entero de %2 a %3, se recibió &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastCommand.cpp" line="-161"/>
        <source>PostgreSQL warehouse URI.</source>
        <translation>URI del almacén de datos PostgreSQL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A period,value CSV (series code &quot;series&quot;).</source>
        <translation>Un CSV period,value (código de serie &quot;series&quot;).</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Forecast district or prescription series (nn, bayes, ets, snaive, auto) with backtests; JSON.</source>
        <translation>Pronosticar series por distrito o de prescripciones (nn, bayes, ets, snaive, auto) con backtests; JSON.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Every period,value CSV of this folder (codes = file names).</source>
        <translation>Todos los CSV period,value de esta carpeta (códigos = nombres de archivo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District code, comma list, voivodeship prefix (02*), PL or all (default); with --prescriptions the trends codes (MG, BR, 31*).</source>
        <translation>Código de distrito, lista separada por comas, prefijo de voivodato (02*), PL o all (predeterminado); con --prescriptions, los códigos de tendencias (MG, BR, 31*).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nn, bayes, ets, snaive or auto.</source>
        <translation>nn, bayes, ets, snaive o auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods ahead (1-1000).</source>
        <translation>Períodos hacia adelante (1-1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervals to print: 80, 95 or 80,95 (default).</source>
        <translation>Intervalos a mostrar: 80, 95 o 80,95 (predeterminado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling-origin backtest with this many origins (0 = none).</source>
        <translation>Backtest con origen móvil con este número de orígenes (0 = ninguno).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cases (default), deaths, or either with _mean7 (7-day trailing mean) or _weekly (ISO-week totals): cases_mean7, deaths_weekly, ...</source>
        <translation>cases (predeterminado), deaths, o cualquiera de ellos con _mean7 (media móvil de los 7 días anteriores) o _weekly (totales por semana ISO): cases_mean7, deaths_weekly, ...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast origin: forecast from this day, with the actuals after it held out (YYYY-MM-DD).</source>
        <translation>Origen del pronóstico: pronosticar desde este día, reservando los valores reales posteriores (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>json (default) or csv.</source>
        <translation>json (predeterminado) o csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast the ANVISA series of the trend options below.</source>
        <translation>Pronosticar las series de ANVISA de las opciones de tendencia siguientes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/ForecastEvalCommand.cpp" line="-46"/>
        <source>arguments: unexpected &quot;%1&quot;</source>
        <translation>argumentos: &quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source: give exactly one of --store FILE, --db URI, --csv FILE or --series-dir DIR</source>
        <translation>source: indique exactamente uno de --store FILE, --db URI, --csv FILE o --series-dir DIR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model: expected one of %1, got &quot;%2&quot;</source>
        <translation>model: se esperaba uno de %1, se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>horizon: missing (--horizon H)</source>
        <translation>horizon: falta (--horizon H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>level: expected 80, 95 or 80,95, got &quot;%1&quot;</source>
        <translation>level: se esperaba 80, 95 o 80,95, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indicator: expected one of %1, got &quot;%2&quot;</source>
        <translation>indicator: se esperaba uno de %1, se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as-of: expected a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>as-of: se esperaba una fecha YYYY-MM-DD, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prescriptions: reads --store or --db; --csv and --indicator do not apply</source>
        <translation>prescriptions: lee --store o --db; --csv y --indicator no se aplican</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: only with --prescriptions</source>
        <translation>%1: solo con --prescriptions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format: expected json or csv, got &quot;%1&quot;</source>
        <translation>format: se esperaba json o csv, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>db: %1</source>
        <translation>db: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>forecast</source>
        <translation>pronóstico</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no series could be forecast</source>
        <translation>no se pudo pronosticar ninguna serie</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastEvalCommand.cpp" line="-30"/>
        <source>Rolling-origin accuracy and interval coverage of forecast models on a folder of series.</source>
        <translation>Precisión con orígenes móviles y cobertura de los intervalos de los modelos de pronóstico en una carpeta de series.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of period,value CSV files.</source>
        <translation>Carpeta de archivos CSV period,value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma list of models (default: all of %1).</source>
        <translation>Lista de modelos separada por comas (predeterminado: todos los de %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods ahead (0 = by frequency).</source>
        <translation>Períodos hacia adelante (0 = según la frecuencia).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling origins per series (1-200).</source>
        <translation>Orígenes móviles por serie (1-200).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model options as a JSON object.</source>
        <translation>Opciones del modelo como objeto JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads (0 = one per core).</source>
        <translation>Hilos de trabajo (0 = uno por núcleo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>json (default) or markdown.</source>
        <translation>json (predeterminado) o markdown.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>series: missing (--series DIR)</source>
        <translation>series: falta (--series DIR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>models: unknown &quot;%1&quot; (one of %2)</source>
        <translation>models: &quot;%1&quot; desconocido (uno de %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>options: expected a JSON object, got &quot;%1&quot;</source>
        <translation>options: se esperaba un objeto JSON, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format: expected json or markdown, got &quot;%1&quot;</source>
        <translation>format: se esperaba json o markdown, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no series could be read</source>
        <translation>no se pudo leer ninguna serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast-eval</source>
        <translation>evaluación de pronósticos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no series could be evaluated</source>
        <translation>no se pudo evaluar ninguna serie</translation>
    </message>
</context>
<context>
    <name>epidesk</name>
    <message>
        <location filename="../dashboard/DashboardDocument.cpp" line="+49"/>
        <source>must not be before from_year</source>
        <translation>no puede ser anterior a from_year</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+36"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>more than %1 saved results</source>
        <translation>más de %1 resultados guardados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a SHA-256 in 64 lower-case hex digits</source>
        <translation>debe ser un SHA-256 en 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved results must be sorted by family and inputs, each once</source>
        <translation>los resultados guardados deben estar ordenados por familia y entradas, cada uno una vez</translation>
    </message>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="-130"/>
        <source>must be empty (the last period), a period (2020 or 2020-03) or sen_slope</source>
        <translation>debe estar vacío (el último período), un período (2020 o 2020-03) o sen_slope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown classifier &quot;%1&quot; (known: %2)</source>
        <translation>clasificador desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown colour ramp &quot;%1&quot; (known: %2)</source>
        <translation>rampa de colores desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a number greater than the previous break</source>
        <translation>debe ser un número mayor que el corte anterior</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 must be numbers with %1 &lt; %2</source>
        <translation>%1 y %2 deben ser números con %1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../views/spacetime/VtkOpenGLWidget.cpp" line="+232"/>
        <source>the 3-D view could not be read back</source>
        <translation>no se pudo leer la imagen de la vista 3-D</translation>
    </message>
</context>
<context>
    <name>epidesk-server</name>
    <message>
        <location filename="../cluster/server_main.cpp" line="+38"/>
        <source>PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB).</source>
        <translation>URI PostgreSQL de la base de datos de trabajos (predeterminado: $EPIDESK_CLUSTER_DB).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>analyst (own jobs) or admin (all jobs).</source>
        <translation>analyst (trabajos propios) o admin (todos los trabajos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days until the token expires (create; 1 to %1).</source>
        <translation>Días hasta que caduque el token (create; de 1 a %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage API tokens.</source>
        <translation>Gestionar los tokens de la API.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>User name the token belongs to (create), or whose tokens to revoke.</source>
        <translation>Nombre del usuario al que pertenece el token (create) o cuyos tokens se revocan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token id from &quot;token list&quot; (revoke).</source>
        <translation>ID del token según &quot;token list&quot; (revoke).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create: make a token and print it (shown only once); list: show tokens (never their secret); revoke: refuse a token from the next request on.</source>
        <translation>create: crea un token y lo imprime (se muestra una sola vez); list: muestra los tokens (nunca su secreto); revoke: rechaza un token a partir de la siguiente solicitud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: epidesk-server token create --db URI --user NAME --role analyst|admin [--expires-days 90]
       epidesk-server token list --db URI
       epidesk-server token revoke --db URI (--id ID | --user NAME)</source>
        <translation>uso: epidesk-server token create --db URI --user NAME --role analyst|admin [--expires-days 90]
     epidesk-server token list --db URI
     epidesk-server token revoke --db URI (--id ID | --user NAME)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--expires-days: a whole number from 1 to %1</source>
        <translation>--expires-days: un número entero de 1 a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>--user: required</source>
        <translation>--user: obligatorio</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>--role: must be analyst or admin</source>
        <translation>--role: debe ser analyst o admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoke: give either --id or --user</source>
        <translation>revoke: indique --id o --user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--id: expected a token id from &quot;token list&quot;</source>
        <translation>--id: se esperaba un ID de token según &quot;token list&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no active token matched</source>
        <translation>ningún token activo coincide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or upgrade the epidesk_cluster schema.</source>
        <translation>Crear o actualizar el esquema epidesk_cluster.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Address and port to listen on (port 0 = any free port).</source>
        <translation>Dirección y puerto de escucha (puerto 0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data source the jobs run against: store path or warehouse URI.</source>
        <translation>Fuente de datos sobre la que se ejecutan los trabajos: ruta de la base de datos o URI del almacén de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body in bytes.</source>
        <translation>Tamaño máximo del cuerpo de la solicitud, en bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per job before it fails.</source>
        <translation>Intentos por trabajo antes de que falle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to receive a request head from its first byte.</source>
        <translation>Segundos para recibir el encabezado de una solicitud desde su primer byte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to receive a request body after its head.</source>
        <translation>Segundos para recibir el cuerpo de una solicitud después de su encabezado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds a connection may stay silent before its first request or between requests (and a stalled response write).</source>
        <translation>Segundos que una conexión puede permanecer inactiva antes de su primera solicitud o entre solicitudes (y durante una escritura de respuesta detenida).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open connections at most; more get 503.</source>
        <translation>Número máximo de conexiones abiertas; las que excedan reciben 503.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open connections at most per client address.</source>
        <translation>Número máximo de conexiones abiertas por dirección de cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database connections (threads) serving requests.</source>
        <translation>Conexiones a la base de datos (hilos) que atienden las solicitudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds a request may wait for the database before it gets 503 (also the statement timeout).</source>
        <translation>Segundos que una solicitud puede esperar a la base de datos antes de recibir 503 (también es el tiempo límite de cada sentencia).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest forecast job: series × horizon × (backtest origins + 1) × samples.</source>
        <translation>Tamaño máximo de un trabajo de pronóstico: series × horizonte × (orígenes del backtest + 1) × muestras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest relocation time_limit_seconds accepted.</source>
        <translation>Valor máximo de time_limit_seconds aceptado para la reubicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never fire schedules from this server (an API-only replica).</source>
        <translation>No disparar nunca programaciones desde este servidor (una réplica solo de API).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds past its due time after which a run counts as missed (all servers were down) and the schedule&apos;s catch_up applies.</source>
        <translation>Segundos después de la hora prevista a partir de los cuales una ejecución se considera perdida (todos los servidores estaban caídos) y se aplica el catch_up de la programación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedules a user may keep.</source>
        <translation>Número máximo de programaciones por usuario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EpiDesk cluster API server.</source>
        <translation>Servidor de la API del clúster de EpiDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--listen: expected HOST:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen: se esperaba HOST:PORT, p. ej., 127.0.0.1:8080</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--max-body / --max-attempts: invalid number</source>
        <translation>--max-body / --max-attempts: número no válido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--header-timeout / --body-timeout / --idle-timeout: invalid seconds</source>
        <translation>--header-timeout / --body-timeout / --idle-timeout: segundos no válidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-connections / --max-connections-per-client: invalid number</source>
        <translation>--max-connections / --max-connections-per-client: número no válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--data: required (store path or warehouse URI)</source>
        <translation>--data: obligatorio (ruta de la base de datos o URI del almacén de datos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--db-connections (1 to 64), --db-timeout, --max-forecast-cost, --max-solve-seconds: positive numbers</source>
        <translation>--db-connections (de 1 a 64), --db-timeout, --max-forecast-cost, --max-solve-seconds: números positivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--schedule-grace (10 to 86400 s) / --max-schedules-per-user: invalid number</source>
        <translation>--schedule-grace (de 10 a 86400 s) / --max-schedules-per-user: número no válido</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk-worker</name>
    <message>
        <location filename="../cluster/worker_main.cpp" line="+43"/>
        <source>PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB).</source>
        <translation>URI PostgreSQL de la base de datos de trabajos (predeterminado: $EPIDESK_CLUSTER_DB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data source: store path or warehouse URI (same as the server&apos;s).</source>
        <translation>Fuente de datos: ruta de la base de datos o URI del almacén de datos (la misma que la del servidor).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lease in seconds; renewed every third of it while a job runs.</source>
        <translation>Concesión en segundos; se renueva cada tercio de ella mientras se ejecuta un trabajo.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>EpiDesk cluster worker. Each job runs in a process of its own (the internal sub-command run-job) under the limits below.</source>
        <translation>Worker del clúster de EpiDesk. Cada trabajo se ejecuta en un proceso propio (el subcomando interno run-job) con los límites siguientes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attempts per job (its lease expired or its process crashed) before it fails.</source>
        <translation>Intentos por trabajo (por caducidad de su concesión o cierre inesperado de su proceso) antes de que falle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait between claims when the queue is empty.</source>
        <translation>Espera entre solicitudes de trabajo cuando la cola está vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker name (default: host-pid-random).</source>
        <translation>Nombre del worker (predeterminado: host-pid-aleatorio).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit after this many jobs (0 = never).</source>
        <translation>Salir tras este número de trabajos (0 = nunca).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File touched at every heartbeat (liveness probes).</source>
        <translation>Archivo que se actualiza (touch) en cada latido (sondas de actividad).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address-space limit of each job&apos;s process in MB; a job above it fails (0 = none).</source>
        <translation>Límite del espacio de direcciones del proceso de cada trabajo, en MB; un trabajo que lo supere falla (0 = ninguno).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wall time per job in seconds; a job still running then is stopped and fails (0 = none).</source>
        <translation>Tiempo real máximo por trabajo, en segundos; un trabajo que siga en ejecución al cumplirse se detiene y falla (0 = ninguno).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largest result a job may return, in MiB.</source>
        <translation>Tamaño máximo del resultado que puede devolver un trabajo, en MiB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest file a job may return besides its result (a dashboard&apos;s PDF), in MiB (1 to 256).</source>
        <translation>Tamaño máximo de un archivo que puede devolver un trabajo además de su resultado (el PDF de un tablero), en MiB (de 1 a 256).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program that draws dashboard jobs (default: $EPIDESK_RENDER_PROGRAM, else epidesk-render beside this program).</source>
        <translation>El programa que dibuja los trabajos de tablero (predeterminado: $EPIDESK_RENDER_PROGRAM o, si no, epidesk-render junto a este programa).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--lease, --max-attempts, --poll-ms, --max-jobs: positive integers</source>
        <translation>--lease, --max-attempts, --poll-ms, --max-jobs: enteros positivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--job-memory-mb, --job-timeout: integers, 0 or more; --job-result-mb: positive integer</source>
        <translation>--job-memory-mb, --job-timeout: enteros, 0 o más; --job-result-mb: entero positivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--job-artifact-mb: an integer from 1 to 256</source>
        <translation>--job-artifact-mb: un número entero de 1 a 256</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--render-program: %1 is not an executable</source>
        <translation>--render-program: %1 no es un ejecutable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no epidesk-render beside this program: dashboard jobs will fail here</source>
        <translation>no hay ningún epidesk-render junto a este programa: los trabajos de tablero fallarán aquí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--data: required (store path or warehouse URI)</source>
        <translation>--data: obligatorio (ruta de la base de datos o URI del almacén de datos)</translation>
    </message>
</context>
<context>
    <name>epidesk::AnalogueModel</name>
    <message>
        <location filename="../analytics/forecast/AnalogueModel.cpp" line="+166"/>
        <source>Nearest-neighbour analogues</source>
        <translation>Análogos por vecinos más cercanos</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../analytics/forecast/AnalogueSearch.cpp" line="+43"/>
        <source>The series %1 is empty.</source>
        <translation>La serie %1 está vacía.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueSettings.cpp" line="+24"/>
        <source>Option &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>La opción &quot;%1&quot; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The forecast horizon must be at least 1.</source>
        <translation>El horizonte de pronóstico debe ser de al menos 1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option &quot;transform&quot; must be none, mean7 or log1p.</source>
        <translation>La opción &quot;transform&quot; debe ser none, mean7 o log1p.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option &quot;scale&quot; must be level, zscore or none.</source>
        <translation>La opción &quot;scale&quot; debe ser level, zscore o none.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;eps&quot; must be a number of at least 0.</source>
        <translation>La opción &quot;eps&quot; debe ser un número mayor o igual que 0.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueSearch.cpp" line="+2"/>
        <source>The series %1 has no valid start period.</source>
        <translation>La serie %1 no tiene un período inicial válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series %1 has %2 points; the analogue model needs at least %3 (the window).</source>
        <translation>La serie %1 tiene %2 puntos; el modelo de análogos necesita al menos %3 (la ventana).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last %1 points of series %2 contain missing or invalid values.</source>
        <translation>Los últimos %1 puntos de la serie %2 contienen valores faltantes o no válidos.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueModel.cpp" line="-114"/>
        <source>No earlier window of length %1 with a %2-step continuation is available to forecast %3.</source>
        <translation>No hay ninguna ventana anterior de longitud %1 con una continuación de %2 pasos disponible para pronosticar %3.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The series %1 has another frequency than the panel.</source>
        <translation>La serie %1 tiene una frecuencia distinta de la del panel.</translation>
    </message>
</context>
<context>
    <name>epidesk::ApiService</name>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+28"/>
        <source>no such job</source>
        <translation>trabajo inexistente</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="+21"/>
        <source>method not allowed</source>
        <translation>método no permitido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the body must be a JSON object</source>
        <translation>el cuerpo debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+140"/>
        <source>missing, invalid or expired bearer token</source>
        <translation>token bearer ausente, no válido o caducado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database unavailable, retry later</source>
        <translation>base de datos no disponible, vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database too slow, retry later</source>
        <translation>base de datos demasiado lenta, vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server busy, retry later</source>
        <translation>servidor ocupado, vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database did not answer within %1 s, retry later</source>
        <translation>la base de datos no respondió en %1 s, vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="-12"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+65"/>
        <source>no such file</source>
        <translation>archivo inexistente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job is %1; its files can be fetched once it succeeded</source>
        <translation>el trabajo está en estado %1; sus archivos se pueden obtener cuando haya terminado correctamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job has no file %1</source>
        <translation>el trabajo no tiene el archivo %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not a cursor from a previous page&apos;s next_cursor</source>
        <translation>no es un cursor obtenido del next_cursor de una página anterior</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+96"/>
        <location line="+3"/>
        <source>internal error</source>
        <translation>error interno</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no such resource</source>
        <translation>recurso inexistente</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="+6"/>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formado en la posición %1: %2</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+69"/>
        <source>the body must be a JSON object {&quot;kind&quot;, &quot;params&quot;}</source>
        <translation>el cuerpo debe ser un objeto JSON {&quot;kind&quot;, &quot;params&quot;}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>must be an integer from 1 to 1000</source>
        <translation>debe ser un número entero de 1 a 1000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status</source>
        <translation>estado desconocido</translation>
    </message>
</context>
<context>
    <name>epidesk::ArimaModel</name>
    <message>
        <location filename="../analytics/forecast/ArimaModel.cpp" line="+178"/>
        <source>Automatic ARIMA</source>
        <translation>ARIMA automático</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not enough values for an ARIMA model after differencing.</source>
        <translation>No hay suficientes valores para un modelo ARIMA tras la diferenciación.</translation>
    </message>
</context>
<context>
    <name>epidesk::AutoModel</name>
    <message>
        <location filename="../analytics/forecast/AutoModel.cpp" line="+118"/>
        <source>candidates: unknown model %1</source>
        <translation>candidates: modelo desconocido %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidates: must be a list of model ids</source>
        <translation>candidates: debe ser una lista de ID de modelos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: must be a whole number between %2 and %3</source>
        <translation>%1: debe ser un número entero entre %2 y %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic (validated combination)</source>
        <translation>Automático (combinación validada)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The horizon must be at least 1.</source>
        <translation>El horizonte debe ser de al menos 1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs %1 values</source>
        <translation>necesita %1 valores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series %1 has %2 values: too short for every candidate model.</source>
        <translation>La serie %1 tiene %2 valores: demasiado corta para todos los modelos candidatos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No candidate model can forecast series %1.</source>
        <translation>Ningún modelo candidato puede pronosticar la serie %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::Backtest</name>
    <message>
        <location filename="../analytics/forecast/Backtest.cpp" line="+45"/>
        <source>A backtest needs a horizon and a number of origins of at least 1.</source>
        <translation>Un backtest necesita un horizonte y un número de orígenes de al menos 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Series %1 has %2 values: too short for %3 backtest origins of horizon %4 with model %5 (needs at least %6).</source>
        <translation>La serie %1 tiene %2 valores: demasiado corta para %3 orígenes de backtest con horizonte %4 en el modelo %5 (se necesitan al menos %6).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Model %1 returned fewer forecasts than asked.</source>
        <translation>El modelo %1 devolvió menos pronósticos de los solicitados.</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCache</name>
    <message>
        <location filename="../views/map/BoundaryCache.cpp" line="+16"/>
        <source>The data source has no boundaries.</source>
        <translation>La fuente de datos no tiene límites territoriales.</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCentroids</name>
    <message>
        <location filename="../connectors/formats/scenario/BoundaryCentroids.cpp" line="+23"/>
        <source>cannot read boundaries from %1</source>
        <translation>no se pueden leer los límites de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no property &quot;%2&quot;</source>
        <translation>%1 no tiene la propiedad &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::CalibratedModel</name>
    <message>
        <location filename="../analytics/forecast/CalibratedModel.cpp" line="+36"/>
        <source>calibration: must be &quot;model&quot; or &quot;conformal&quot;</source>
        <translation>calibration: debe ser &quot;model&quot; o &quot;conformal&quot;</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>non_negative: must be true or false</source>
        <translation>non_negative: debe ser true o false</translation>
    </message>
</context>
<context>
    <name>epidesk::ChoroplethLayer</name>
    <message>
        <location filename="../mapping/ChoroplethLayer.cpp" line="+130"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>epidesk::ClassHistogram</name>
    <message>
        <location filename="../views/map/ClassHistogram.cpp" line="+73"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
</context>
<context>
    <name>epidesk::ClassHistogramPanel</name>
    <message>
        <location filename="../views/dashboard/ClassHistogramPanel.cpp" line="+40"/>
        <source>No map to follow</source>
        <translation>Ningún mapa que seguir</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterClient</name>
    <message>
        <location filename="../clusterclient/ClusterClient.cpp" line="+148"/>
        <source>cluster not reachable: %1</source>
        <translation>clúster no accesible: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster answered HTTP %1</source>
        <translation>el clúster respondió HTTP %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterJobModel</name>
    <message>
        <location filename="../views/cluster/ClusterJobModel.cpp" line="+30"/>
        <source>submitting</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>answered at once from the cluster&apos;s stored results</source>
        <translation>respondido al instante a partir de los resultados guardados del clúster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (cached)</source>
        <translation>%1 (en caché)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterJobTracker</name>
    <message>
        <location filename="../clusterclient/ClusterJobTracker.cpp" line="+258"/>
        <source>no cluster is configured: set its address in the cluster settings</source>
        <translation>no hay ningún clúster configurado: indique su dirección en la configuración del clúster</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster at %1 not reachable: %2; retrying in %3 s</source>
        <translation>el clúster en %1 no es accesible: %2; reintentando en %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token rejected by the cluster at %1: check the token in the cluster settings; retrying in %2 s</source>
        <translation>el clúster en %1 rechazó el token: compruebe el token en la configuración del clúster; reintentando en %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>token rejected</source>
        <translation>token rechazado</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+33"/>
        <source>the cluster no longer knows this job</source>
        <translation>el clúster ya no conoce este trabajo</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterMonitor</name>
    <message>
        <location filename="../views/cluster/ClusterMonitor.cpp" line="+26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>not an EpiDesk cluster (HTTP %1)</source>
        <translation>no es un clúster de EpiDesk (HTTP %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set a token in the cluster settings to see jobs.</source>
        <translation>Indique un token en la configuración del clúster para ver los trabajos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster rejected the token: no jobs shown.</source>
        <translation>El clúster rechazó el token: no se muestran trabajos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs not available: %1</source>
        <translation>Trabajos no disponibles: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Jobs of %n users: this is an admin token, which sees every user&apos;s jobs.</source>
        <translation>
            <numerusform>Trabajos de %n usuario: este es un token de administrador, que ve los trabajos de todos los usuarios.</numerusform>
            <numerusform>Trabajos de %n usuarios: este es un token de administrador, que ve los trabajos de todos los usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs of %1 only: an analyst token sees its own jobs, an admin token every user&apos;s.</source>
        <translation>Solo trabajos de %1: un token de analista ve sus propios trabajos; un token de administrador, los de todos los usuarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No jobs visible to this token (an analyst token sees its own jobs, an admin token every user&apos;s).</source>
        <translation>Este token no ve ningún trabajo (un token de analista ve sus propios trabajos; un token de administrador, los de todos los usuarios).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cluster configured</source>
        <translation>Ningún clúster configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database unavailable</source>
        <translation>Base de datos no disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reachable</source>
        <translation>No accesible</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (+%2 since opened)</source>
        <translation>%1 (+%2 desde la apertura)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Updated %1 · every %n s · %2 jobs succeeded since opened</source>
        <translation>
            <numerusform>Actualizado a las %1 · cada %n s · %2 trabajos completados desde la apertura</numerusform>
            <numerusform>Actualizado a las %1 · cada %n s · %2 trabajos completados desde la apertura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last values from %1; retrying every %n s.</source>
        <translation>
            <numerusform>Últimos valores de las %1; se reintenta cada %n s.</numerusform>
            <numerusform>Últimos valores de las %1; se reintenta cada %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workers alive</source>
        <translation>Workers activos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run time mean / p95</source>
        <translation>Tiempo de ejecución medio / p95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue depth and running jobs (this session)</source>
        <translation>Longitud de la cola y trabajos en ejecución (esta sesión)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent jobs</source>
        <translation>Trabajos recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterSession</name>
    <message>
        <location filename="../app/ClusterSession.cpp" line="+49"/>
        <source>The cluster answers again; jobs are being polled.</source>
        <translation>El clúster vuelve a responder; se está consultando el estado de los trabajos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cluster &amp;settings…</source>
        <translation>&amp;Configuración del clúster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedules…</source>
        <translation>&amp;Programaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster jobs</source>
        <translation>Trabajos del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster monitor</source>
        <translation>Monitor del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;jobs</source>
        <translation>&amp;Trabajos del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;monitor</source>
        <translation>&amp;Monitor del clúster</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+75"/>
        <source>No cluster configured: Cluster ▸ Cluster settings…</source>
        <translation>Ningún clúster configurado: Clúster ▸ Configuración del clúster…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>No token for %1: Cluster ▸ Cluster settings…</source>
        <translation>No hay ningún token para %1: Clúster ▸ Configuración del clúster…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keychain is unavailable: enter the cluster token again in Cluster settings.</source>
        <translation>El llavero no está disponible: vuelva a introducir el token del clúster en Configuración del clúster.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain is unavailable (%1): the token is kept for this session only.</source>
        <translation>El llavero no está disponible (%1): el token se conserva solo para esta sesión.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not store the token in the keychain (%1); it is kept for this session only.</source>
        <translation>No se pudo guardar el token en el llavero (%1); se conserva solo para esta sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submitted to the cluster: %1</source>
        <translation>Enviado al clúster: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster job finished: %1</source>
        <translation>Trabajo del clúster terminado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster job finished: %1 (open it from the Jobs panel)</source>
        <translation>Trabajo del clúster terminado: %1 (ábralo desde el panel de trabajos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster job canceled: %1</source>
        <translation>Trabajo del clúster cancelado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster job failed: %1 — %2</source>
        <translation>Error en el trabajo del clúster: %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster schedules</source>
        <translation>Programaciones del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cluster configured, or no token: Cluster ▸ Cluster settings…</source>
        <translation>No hay ningún clúster configurado o falta el token: Clúster ▸ Configuración del clúster…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This result cannot be shown (job kind %1).</source>
        <translation>Este resultado no se puede mostrar (tipo de trabajo %1).</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterSettingsDialog</name>
    <message>
        <location filename="../views/cluster/ClusterSettingsDialog.cpp" line="+92"/>
        <source>Enter the cluster&apos;s http:// or https:// address first.</source>
        <translation>Indique primero la dirección http:// o https:// del clúster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not reachable: %1</source>
        <translation>No accesible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address answers, but not as an EpiDesk cluster (HTTP %1).</source>
        <translation>Esta dirección responde, pero no como un clúster de EpiDesk (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token rejected: enter the token your administrator gave you.</source>
        <translation>Token rechazado: introduzca el token que le dio su administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token rejected: it is wrong, revoked, or for another cluster.</source>
        <translation>Token rechazado: es incorrecto, está revocado o es de otro clúster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster answers, but its database is unavailable.</source>
        <translation>El clúster responde, pero su base de datos no está disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster answered with an error: %1</source>
        <translation>El clúster respondió con un error: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OK, %n worker(s) alive</source>
        <translation>
            <numerusform>OK, %n worker activo</numerusform>
            <numerusform>OK, %n workers activos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK (worker count not available)</source>
        <translation>OK (número de workers no disponible)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cluster settings</source>
        <translation>Configuración del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;URL:</source>
        <translation>&amp;URL del clúster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;token:</source>
        <translation>&amp;Token de la API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept in the system keychain, never in the settings file. Ask your administrator for one (epidesk-server token create).</source>
        <translation>El token se guarda en el llavero del sistema, nunca en el archivo de configuración. Solicite uno a su administrador (epidesk-server token create).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
</context>
<context>
    <name>epidesk::ComputingPanel</name>
    <message>
        <location filename="../views/dashboard/PanelComputation.cpp" line="+138"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>panel &quot;%1&quot;: %2</source>
        <translation>panel &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::ConnectionDialog</name>
    <message numerus="yes">
        <location filename="../views/warehouse/ConnectionDialog.cpp" line="+81"/>
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>El servidor no respondió en %n segundo.</numerusform>
            <numerusform>El servidor no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the host, database and user first.</source>
        <translation>Indique primero el servidor, la base de datos y el usuario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connected: PostgreSQL %1</source>
        <translation>Conectado: PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to warehouse</source>
        <translation>Conectar al almacén de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available, so the password cannot be remembered: EpiDesk will ask for it each time and never writes it to disk.</source>
        <translation>No hay ningún llavero del sistema disponible, por lo que no se puede recordar la contraseña: EpiDesk la pedirá cada vez y nunca la escribe en el disco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>epidesk::CountField</name>
    <message>
        <location filename="../connectors/textio/CountField.cpp" line="+25"/>
        <source>%1 is above the plausible maximum of %2 per row</source>
        <translation>%1 supera el máximo plausible de %2 por fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not fit in a 64-bit integer</source>
        <translation>%1 no cabe en un entero de 64 bits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file&apos;s total of this field would not fit in a 64-bit integer</source>
        <translation>el total de este campo en el archivo no cabría en un entero de 64 bits</translation>
    </message>
</context>
<context>
    <name>epidesk::Credentials</name>
    <message>
        <location filename="../app/Credentials.cpp" line="+48"/>
        <source>disabled by EPIDESK_KEYCHAIN=off</source>
        <translation>desactivado por EPIDESK_KEYCHAIN=off</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+32"/>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
</context>
<context>
    <name>epidesk::CronSchedule</name>
    <message>
        <location filename="../connectors/core/CronSchedule.cpp" line="+37"/>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of month</source>
        <translation>día del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of week</source>
        <translation>día de la semana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is out of range %3-%4</source>
        <translation>%1: %2 está fuera del intervalo %3-%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a number or a name</source>
        <translation>%1: &quot;%2&quot; no es un número ni un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; has an empty item</source>
        <translation>%1: &quot;%2&quot; tiene un elemento vacío</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the step &quot;%2&quot; is not a number</source>
        <translation>%1: el paso &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the step in &quot;%2&quot; must be at least 1</source>
        <translation>%1: el paso en &quot;%2&quot; debe ser al menos 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the range &quot;%2&quot; ends before it starts</source>
        <translation>%1: el intervalo &quot;%2&quot; termina antes de empezar</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>@reboot is not supported for schedules: a schedule needs times</source>
        <translation>@reboot no se admite en las programaciones: una programación necesita horas concretas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown macro &quot;%1&quot; (known: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</source>
        <translation>macro desconocida &quot;%1&quot; (conocidas: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>se esperaban 5 campos (minuto hora día-del-mes mes día-de-la-semana) y se recibieron %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>unknown IANA time zone &quot;%1&quot;</source>
        <translation>zona horaria IANA desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression never matches a date (e.g. 30 February)</source>
        <translation>la expresión nunca coincide con una fecha (p. ej., 30 de febrero)</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvReader</name>
    <message>
        <location filename="../connectors/textio/CsvReader.cpp" line="+41"/>
        <source>the quoted field that starts here is not closed</source>
        <translation>el campo entre comillas que empieza aquí no está cerrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvWriter</name>
    <message>
        <location filename="../connectors/textio/CsvWriter.cpp" line="+123"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::Dashboard</name>
    <message>
        <location filename="../views/trends/Dashboard.cpp" line="+108"/>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connection to the warehouse was lost; reconnecting…</source>
        <translation>Se perdió la conexión con el almacén de datos; reconectando…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Connection to the warehouse was lost; reconnecting in %n s… (%1)</source>
        <translation>
            <numerusform>Se perdió la conexión con el almacén de datos; reconectando en %n s… (%1)</numerusform>
            <numerusform>Se perdió la conexión con el almacén de datos; reconectando en %n s… (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection to the warehouse was lost; reconnecting… (%1)</source>
        <translation>Se perdió la conexión con el almacén de datos; reconectando… (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconnected to %1</source>
        <translation>Reconectado a %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Press Run to submit the request to the cluster.</source>
        <translation>Pulse Ejecutar para enviar la solicitud al clúster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all ingredients</source>
        <translation>todos los principios activos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per state</source>
        <translation>por estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per region</source>
        <translation>por región</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per municipality</source>
        <translation>por municipio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends: %1, %2, %3</source>
        <translation>Tendencias: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Submitted to the cluster; the result opens when it is ready.</source>
        <translation>Enviado al clúster; el resultado se abrirá cuando esté listo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing trends…</source>
        <translation>Calculando tendencias…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>epidesk::DashboardDocument</name>
    <message>
        <location filename="../dashboard/DashboardDocument.cpp" line="+111"/>
        <source>format_version: %1 is newer than this EpiDesk reads (%2); update EpiDesk to open it</source>
        <translation>format_version: %1 es más reciente de lo que este EpiDesk lee (%2); actualice EpiDesk para abrirlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>exactly one of store and warehouse must be set</source>
        <translation>debe definirse exactamente uno de store y warehouse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not hold a password (it belongs in the keychain)</source>
        <translation>no puede contener una contraseña (va en el llavero)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an http:// or https:// URL</source>
        <translation>debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>more than %1 panels</source>
        <translation>más de %1 paneles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown panel kind &quot;%1&quot; (known: %2)</source>
        <translation>tipo de panel desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be base64</source>
        <translation>debe ser base64</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardJob</name>
    <message>
        <location filename="../cluster/DashboardJob.cpp" line="+53"/>
        <source>this worker cannot render dashboards: no renderer program (epidesk-render beside epidesk-worker, or --render-program)</source>
        <translation>este worker no puede renderizar tableros: no hay programa de renderizado (epidesk-render junto a epidesk-worker, o --render-program)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create a scratch folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the renderer %1 could not be started: %2</source>
        <translation>no se pudo iniciar el renderizador %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the renderer&apos;s answer exceeded %1 MiB</source>
        <translation>la respuesta del renderizador superó %1 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>the dashboard&apos;s PDF exceeded the limit of %1 MiB</source>
        <translation>el PDF del tablero superó el límite de %1 MiB</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the renderer was killed by signal %1 (%2)</source>
        <translation>el renderizador fue terminado por la señal %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>; the job memory limit is %1 MB</source>
        <translation>; el límite de memoria del trabajo es de %1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renderer exited with code %1 without an answer</source>
        <translation>el renderizador terminó con el código %1 sin respuesta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the renderer wrote no PDF</source>
        <translation>el renderizador no escribió ningún PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the renderer&apos;s output is not a PDF</source>
        <translation>la salida del renderizador no es un PDF</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardOpenActions</name>
    <message>
        <location filename="../app/DashboardOpenActions.cpp" line="+45"/>
        <source>&amp;New dashboard</source>
        <translation>&amp;Nuevo tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new dashboard (map, chart, table) on the open data</source>
        <translation>Un nuevo tablero (mapa, gráfico, tabla) con los datos abiertos actualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;dashboard…</source>
        <translation>Abrir ta&amp;blero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;ecientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New dashboard</source>
        <translation>Nuevo tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a store or connect to a warehouse first: a dashboard shows its data.</source>
        <translation>Primero abra una base de datos o conéctese a un almacén de datos: el tablero muestra sus datos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open dashboard</source>
        <translation>Abrir tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk dashboards (*.epidash);;All files (*)</source>
        <translation>Tableros de EpiDesk (*.epidash);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent dashboards</source>
        <translation>No hay tableros recientes</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardWindow</name>
    <message>
        <location filename="../app/DashboardWindow.cpp" line="+98"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open dashboard</source>
        <translation>Abrir tablero</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>source.warehouse: %1</source>
        <translation>source.warehouse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store not found</source>
        <translation>Base de datos no encontrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store of this dashboard, %1, does not exist. Locate it (EpiDesk remembers the answer).</source>
        <translation>La base de datos de este tablero, %1, no existe. Localícela (EpiDesk recordará la respuesta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the store</source>
        <translation>Localizar la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bases de datos de EpiDesk (*.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source.store: %1 does not exist</source>
        <translation>source.store: %1 no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source.store: %1</source>
        <translation>source.store: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cluster token</source>
        <translation>Token del clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panels of this dashboard compute on the cluster %1.
Your API token for it:</source>
        <translation>Los paneles de este tablero se calculan en el clúster %1.
Su token de API para él:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The panels compute on the cluster %1</source>
        <translation>Los paneles se calculan en el clúster %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add panel</source>
        <translation>Añadir panel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Save dashboard</source>
        <translation>Guardar tablero</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>EpiDesk dashboards (*.epidash)</source>
        <translation>Tableros de EpiDesk (*.epidash)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+31"/>
        <source>Schedule this dashboard</source>
        <translation>Programar este tablero</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No cluster configured: Cluster ▸ Cluster settings… in the main window.</source>
        <translation>Ningún clúster configurado: Clúster ▸ Configuración del clúster… en la ventana principal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule this dashboard on %1</source>
        <translation>Programar este tablero en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled on the cluster; first run %1</source>
        <translation>Programado en el clúster; primera ejecución: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Untitled dashboard</source>
        <translation>Tablero sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — EpiDesk</source>
        <translation>%1[*] — EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exportar informe &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule this dashboard…</source>
        <translation>Progra&amp;mar este tablero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close dashboard</source>
        <translation>Ce&amp;rrar tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalcular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;filters and selection</source>
        <translation>Borrar &amp;filtros y selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add panel</source>
        <translation>&amp;Añadir panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Linked panels</source>
        <translation>Paneles &amp;vinculados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved dashboard</source>
        <translation>Tablero sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
</context>
<context>
    <name>epidesk::DataChangeBanner</name>
    <message>
        <location filename="../views/dashboard/DataChangeBanner.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data changed since this dashboard was saved: %1. The panels show the current data.</source>
        <translation>Los datos cambiaron desde que se guardó este tablero: %1. Los paneles muestran los datos actuales.</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoGenerator</name>
    <message>
        <location filename="../connectors/demo/DemoReferenceData.cpp" line="+29"/>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <message>
        <location filename="../connectors/demo/DemoGenerator.cpp" line="+67"/>
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
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoSetup</name>
    <message>
        <location filename="../connectors/demo/DemoSetup.cpp" line="+100"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Writing the ANVISA demo files</source>
        <translation>Escribiendo los archivos de demostración de ANVISA</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing the ANVISA demo files into %1</source>
        <translation>Importando los archivos de demostración de ANVISA en %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Importing the Polish COVID-19 district series</source>
        <translation>Importando las series de COVID-19 por distrito de Polonia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the relocation scenario</source>
        <translation>Escribiendo el escenario de reubicación</translation>
    </message>
    <message>
        <location filename="../connectors/demo/DemoSetupState.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::DistrictMapView</name>
    <message>
        <location filename="../views/forecast/DistrictMapView.cpp" line="+141"/>
        <source>%1 (forecast)</source>
        <translation>%1 (pronóstico)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the observed values, then the forecast</source>
        <translation>Reproducir los valores observados y luego el pronóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date shown on the map</source>
        <translation>Fecha mostrada en el mapa</translation>
    </message>
</context>
<context>
    <name>epidesk::EtsModel</name>
    <message>
        <location filename="../analytics/forecast/EtsModel.cpp" line="+141"/>
        <source>Exponential smoothing (ETS)</source>
        <translation>Suavizado exponencial (ETS)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No ETS model can be fitted to %1 values.</source>
        <translation>No se puede ajustar ningún modelo ETS a %1 valores.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model: must be three letters: error A/M/Z, trend N/A/Z, season N/A/M/Z (e.g. &quot;ZZZ&quot;, &quot;MAM&quot;)</source>
        <translation>model: debe tener tres letras: error A/M/Z, tendencia N/A/Z, estacionalidad N/A/M/Z (p. ej., &quot;ZZZ&quot;, &quot;MAM&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>damped: must be true or false</source>
        <translation>damped: debe ser true o false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>constant series: flat forecast, zero-width intervals</source>
        <translation>serie constante: pronóstico plano, intervalos de ancho cero</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No ETS model gives finite forecasts for %1.</source>
        <translation>Ningún modelo ETS da pronósticos finitos para %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::FilterBar</name>
    <message>
        <location filename="../views/dashboard/FilterBar.cpp" line="+50"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No filters. Click a district, a table row or a chart line to select it on every linked panel; Esc clears.</source>
        <translation>Sin filtros. Haga clic en un distrito, una fila de la tabla o una línea del gráfico para seleccionar el elemento en todos los paneles vinculados; Esc borra la selección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dashboard-wide filter</source>
        <translation>Añadir un filtro para todo el tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and the selection (Esc)</source>
        <translation>Quitar todos los filtros y la selección (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingredient…</source>
        <translation>Principio activo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years…</source>
        <translation>Años…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the selected places</source>
        <translation>Conservar solo los lugares seleccionados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingredient filter</source>
        <translation>Filtro de principio activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active ingredient contains:</source>
        <translation>El principio activo contiene:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year filter</source>
        <translation>Filtro de años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years (from-to, e.g. 2016-2020):</source>
        <translation>Años (desde-hasta, p. ej., 2016-2020):</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastBackground</name>
    <message>
        <location filename="../views/forecast/ForecastBackground.cpp" line="+74"/>
        <source>Loading canceled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This store holds no district series (epidesk-cli import covid-pl).</source>
        <translation>Esta base de datos no contiene series por distrito (epidesk-cli import covid-pl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sales match this selection.</source>
        <translation>Ninguna venta coincide con esta selección.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n series loaded.</source>
        <translation>
            <numerusform>%n serie cargada.</numerusform>
            <numerusform>%n series cargadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastChart</name>
    <message>
        <location filename="../views/forecast/ForecastChart.cpp" line="+189"/>
        <source>No district selected</source>
        <translation>Ningún distrito seleccionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>conformal: the model&apos;s band rescaled to cover its own errors on past origins</source>
        <translation>conformes: la banda del modelo reescalada para cubrir sus propios errores en orígenes pasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model&apos;s own</source>
        <translation>los del propio modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1
Intervals: %2</source>
        <translation>Modelo: %1
Intervalos: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen by the automatic model on rolling origins of the history</source>
        <translation>Elegido por el modelo automático en orígenes móviles del histórico</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval (conformal)</source>
        <translation>Intervalo del 95 % (conforme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % interval</source>
        <translation>Intervalo del 80 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 % interval (conformal)</source>
        <translation>Intervalo del 80 % (conforme)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Analogues (%n)</source>
        <translation>
            <numerusform>Análogos (%n)</numerusform>
            <numerusform>Análogos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forecast (%1)</source>
        <translation>Pronóstico (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actual (held out)</source>
        <translation>Real (reservado)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Backtest (%n origin(s))</source>
        <translation>
            <numerusform>Backtest (%n origen)</numerusform>
            <numerusform>Backtest (%n orígenes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASE: %1</source>
        <translation>MASE: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sMAPE: %1</source>
        <translation>sMAPE: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % coverage: %1 %</source>
        <translation>Cobertura del 80 %: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % coverage: %1 %</source>
        <translation>Cobertura del 95 %: %1 %</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastChartPanel</name>
    <message>
        <location filename="../views/dashboard/ForecastPanels.cpp" line="+146"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastExport</name>
    <message>
        <location filename="../views/forecast/ForecastExport.cpp" line="+21"/>
        <source>EpiDesk forecast report</source>
        <translation>Informe de pronóstico de EpiDesk</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+60"/>
        <source>Cannot write the PDF %1</source>
        <translation>No se puede escribir el PDF %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Indicator: %1</source>
        <translation>Indicador: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Horizon: %n period(s)</source>
        <translation>
            <numerusform>Horizonte: %n período</numerusform>
            <numerusform>Horizonte: %n períodos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest origins: %1</source>
        <translation>Orígenes del backtest: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast as of %1 (actuals after it held out)</source>
        <translation>Pronóstico a fecha de %1 (valores reales posteriores reservados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model options: %1</source>
        <translation>Opciones del modelo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series forecast: %1</source>
        <translation>Series pronosticadas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map: %1</source>
        <translation>Mapa: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analogues: %1</source>
        <translation>Análogos: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastFamilyPanel</name>
    <message>
        <location filename="../views/dashboard/ForecastPanels.cpp" line="-108"/>
        <location line="+9"/>
        <source>The forecast was canceled.</source>
        <translation>Se canceló el pronóstico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No series could be forecast.</source>
        <translation>No se pudo pronosticar ninguna serie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No series could be forecast (e.g. %1: %2).</source>
        <translation>No se pudo pronosticar ninguna serie (p. ej. %1: %2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no data source is open</source>
        <translation>no hay ninguna fuente de datos abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid forecast parameters: %1</source>
        <translation>parámetros de pronóstico no válidos: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecasting…</source>
        <translation>Calculando el pronóstico…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the forecast gave no result</source>
        <translation>el pronóstico no dio ningún resultado</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastJob</name>
    <message>
        <location filename="../views/forecast/ForecastData.cpp" line="+72"/>
        <source>Unknown error while forecasting.</source>
        <translation>Error desconocido durante el pronóstico.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poland (national total)</source>
        <translation>Polonia (total nacional)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+33"/>
        <source>No data source is open.</source>
        <translation>No hay ninguna fuente de datos abierta.</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastModel</name>
    <message>
        <location filename="../analytics/forecast/SeasonalNaiveModel.cpp" line="+28"/>
        <source>seasonal_period: must be a whole number between 1 and 366</source>
        <translation>seasonal_period: debe ser un número entero entre 1 y 366</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/ForecastInput.cpp" line="+16"/>
        <source>The horizon must be at least 1.</source>
        <translation>El horizonte debe ser de al menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series %1 has %2 values; %3 needs at least %4.</source>
        <translation>La serie %1 tiene %2 valores; %3 necesita al menos %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series %1 has missing or non-finite values.</source>
        <translation>La serie %1 tiene valores faltantes o no finitos.</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastOriginBox</name>
    <message>
        <location filename="../views/forecast/ForecastOriginBox.cpp" line="+54"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast as of a past day: the models see nothing after it, and the actuals that followed are drawn against the forecast</source>
        <translation>Pronóstico a fecha de un día pasado: los modelos no ven nada posterior, y los valores reales que siguieron se dibujan frente al pronóstico</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastPanelWidget</name>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+174"/>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland — COVID-19 per powiat</source>
        <translation>Polonia — COVID-19 por powiat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil — prescriptions per UF</source>
        <translation>Brasil — prescripciones por UF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil — prescriptions per municipality</source>
        <translation>Brasil — prescripciones por municipio</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastSelection.cpp" line="+62"/>
        <source>New cases</source>
        <translation>Casos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases, 7-day mean</source>
        <translation>Casos nuevos, media de 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases, weekly totals</source>
        <translation>Casos nuevos, totales semanales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths</source>
        <translation>Fallecimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths, 7-day mean</source>
        <translation>Fallecimientos, media de 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths, weekly totals</source>
        <translation>Fallecimientos, totales semanales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prescriptions</source>
        <translation>Prescripciones</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+6"/>
        <source>Per 1,000 inhabitants</source>
        <translation>Por 1.000 habitantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all ingredients</source>
        <translation>todos los principios activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the active ingredient&apos;s name; empty = every ingredient</source>
        <translation>Parte del nombre del principio activo; vacío = todos los principios activos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ata:</source>
        <translation>D&amp;atos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>I&amp;ndicador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;ngredient:</source>
        <translation>&amp;Principio activo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;easure:</source>
        <translation>M&amp;edida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backtest origins:</source>
        <translation>&amp;Orígenes del backtest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast as &amp;of:</source>
        <translation>Pronóstico a &amp;fecha de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;UF:</source>
        <translation>&amp;UF:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;unicipality:</source>
        <translation>M&amp;unicipio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run on:</source>
        <translation>E&amp;jecutar en:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> periods</source>
        <translation> períodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling-origin backtests per series (MASE, sMAPE, interval coverage)</source>
        <translation>Backtests con origen móvil por serie (MASE, sMAPE, cobertura de los intervalos)</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastSelection.cpp" line="+15"/>
        <source>%1 per 1,000 inhabitants</source>
        <translation>%1 por 1.000 habitantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+238"/>
        <source>Forecast: %1, %2, %3</source>
        <translation>Pronóstico: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the cluster: %1</source>
        <translation>Enviado al clúster: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Forecasting %n series…</source>
        <translation>
            <numerusform>Pronosticando %n serie…</numerusform>
            <numerusform>Pronosticando %n series…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This may take several minutes; Cancel stops it.</source>
        <translation>Esto puede tardar varios minutos; Cancelar lo detiene.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n series forecast.</source>
        <translation>
            <numerusform>%n serie pronosticada.</numerusform>
            <numerusform>%n series pronosticadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Forecast &amp;all districts</source>
        <translation>Pronosticar &amp;todos los distritos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast &amp;all districts on the cluster</source>
        <translation>Pronosticar &amp;todos los distritos en el clúster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast &amp;all UFs on the cluster</source>
        <translation>Pronosticar &amp;todas las UF en el clúster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast &amp;all UFs</source>
        <translation>Pronosticar &amp;todas las UF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast &amp;all municipalities on the cluster</source>
        <translation>Pronosticar &amp;todos los municipios en el clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast &amp;all municipalities</source>
        <translation>Pronosticar &amp;todos los municipios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export forecasts CSV…</source>
        <translation>Exportar pronósticos CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF report…</source>
        <translation>Exportar informe PDF…</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Loading district series…</source>
        <translation>Cargando series por distrito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading prescription series…</source>
        <translation>Cargando series de prescripciones…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forecast canceled.</source>
        <translation>Pronóstico cancelado.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n could not be forecast (e.g. %1: %2).</source>
        <translation>
            <numerusform>%n no se pudo pronosticar (p. ej., %1: %2).</numerusform>
            <numerusform>%n no se pudieron pronosticar (p. ej., %1: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export forecasts</source>
        <translation>Exportar pronósticos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts written to %1</source>
        <translation>Pronósticos guardados en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export forecast report</source>
        <translation>Exportar informe de pronóstico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastParamSchema</name>
    <message>
        <location filename="../services/ForecastParamSchema.cpp" line="+86"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give either selector or codes, not both</source>
        <translation>indique selector o codes, no ambos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;all&quot;, a code, a prefix (02*) or a comma list of those</source>
        <translation>debe ser &quot;all&quot;, un código, un prefijo (02*) o una lista de ellos separada por comas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an array of non-empty strings</source>
        <translation>debe ser un array de cadenas de texto no vacías</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>must be an object (a trends request)</source>
        <translation>debe ser un objeto (una solicitud de tendencias)</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastRequest</name>
    <message>
        <location filename="../analytics/forecast/ForecastTypes.cpp" line="+30"/>
        <source>must be a whole number between %1 and %2</source>
        <translation>debe ser un número entero entre %1 y %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>debe ser una fecha YYYY-MM-DD, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>debe ser una fecha YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>epidesk::HttpRequestParser</name>
    <message>
        <location filename="../cluster/HttpRequestParser.cpp" line="+164"/>
        <source>NUL byte in the request head</source>
        <translation>byte NUL en el encabezado de la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare CR in the request head</source>
        <translation>CR aislado en el encabezado de la solicitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request header too large</source>
        <translation>encabezado de la solicitud demasiado grande</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bare CR or NUL byte in the request head</source>
        <translation>CR aislado o byte NUL en el encabezado de la solicitud</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>malformed request line</source>
        <translation>línea de solicitud mal formada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only HTTP/1.0 and HTTP/1.1 are supported</source>
        <translation>solo se admiten HTTP/1.0 y HTTP/1.1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed request target</source>
        <translation>destino de la solicitud mal formado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>obsolete line folding in the request head</source>
        <translation>plegado de líneas obsoleto en el encabezado de la solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header field</source>
        <translation>campo de encabezado mal formado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control character in a header field</source>
        <translation>carácter de control en un campo de encabezado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 header fields</source>
        <translation>más de %1 campos de encabezado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeated Content-Length</source>
        <translation>Content-Length repetido</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>invalid Content-Length</source>
        <translation>Content-Length no válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeated Host</source>
        <translation>Host repetido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>Transfer-Encoding y Content-Length a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chunked bodies are not supported; send Content-Length</source>
        <translation>no se admiten cuerpos fragmentados (chunked); envíe Content-Length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request body larger than %1 bytes</source>
        <translation>cuerpo de la solicitud de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>solo se admite &quot;Expect: 100-continue&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::HttpServer</name>
    <message>
        <location filename="../cluster/HttpConnection.cpp" line="+175"/>
        <source>request head not received in time</source>
        <translation>el encabezado de la solicitud no se recibió a tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request body not received in time</source>
        <translation>el cuerpo de la solicitud no se recibió a tiempo</translation>
    </message>
    <message>
        <location filename="../cluster/HttpServer.cpp" line="+52"/>
        <location line="+113"/>
        <source>internal error</source>
        <translation>error interno</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>too many connections, retry later</source>
        <translation>demasiadas conexiones, vuelva a intentarlo más tarde</translation>
    </message>
</context>
<context>
    <name>epidesk::ImportDialog</name>
    <message>
        <location filename="../views/importing/ImportDialog.cpp" line="+33"/>
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
    <name>epidesk::InputFile</name>
    <message>
        <location filename="../connectors/textio/InputFile.cpp" line="+22"/>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation>no es un archivo regular (es un dispositivo, un FIFO o un socket)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>larger than %1 MiB</source>
        <translation>ocupa más de %1 MiB</translation>
    </message>
</context>
<context>
    <name>epidesk::IntermittentModel</name>
    <message>
        <location filename="../analytics/forecast/IntermittentModel.cpp" line="+177"/>
        <source>%1: must be a number above 0 and at most 1</source>
        <translation>%1: debe ser un número mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intermittent demand (TSB)</source>
        <translation>Demanda intermitente (TSB)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Series %1 has negative values; the intermittent demand model needs counts or amounts &gt;= 0.</source>
        <translation>La serie %1 tiene valores negativos; el modelo de demanda intermitente necesita recuentos o cantidades &gt;= 0.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>method: must be &quot;tsb&quot;, &quot;croston&quot; or &quot;sba&quot;</source>
        <translation>method: debe ser &quot;tsb&quot;, &quot;croston&quot; o &quot;sba&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::JobChild</name>
    <message>
        <location filename="../cluster/JobChild.cpp" line="+32"/>
        <source>exceeded the job memory limit of %1 MB</source>
        <translation>superó el límite de memoria del trabajo de %1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+102"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>computation failed</source>
        <translation>el cálculo falló</translation>
    </message>
</context>
<context>
    <name>epidesk::JobLimits</name>
    <message>
        <location filename="../cluster/JobLimits.cpp" line="+81"/>
        <source>samples × horizon is %1, above this cluster&apos;s limit of %2</source>
        <translation>muestras × horizonte es %1, por encima del límite de este clúster (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declared cost (series × horizon × (backtest origins + 1) × samples) is %1, above this cluster&apos;s limit of %2; forecast fewer series or a shorter horizon</source>
        <translation>el costo declarado (series × horizonte × (orígenes del backtest + 1) × muestras) es %1, por encima del límite de este clúster (%2); pronostique menos series o un horizonte más corto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most %1 seconds on this cluster</source>
        <translation>como máximo %1 segundos en este clúster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>districts × facilities × groups × months is %1, above this cluster&apos;s limit of %2</source>
        <translation>distritos × centros × grupos × meses es %1, por encima del límite de este clúster (%2)</translation>
    </message>
</context>
<context>
    <name>epidesk::JobProcess</name>
    <message>
        <location filename="../cluster/JobProcess.cpp" line="+149"/>
        <location line="+41"/>
        <source>the job&apos;s result exceeded the limit of %1 MiB</source>
        <translation>el resultado del trabajo superó el límite de %1 MiB</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the job&apos;s file %1 exceeded the limit of %2 MiB</source>
        <translation>el archivo %1 del trabajo superó el límite de %2 MiB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not be started (%1)</source>
        <translation>no se pudo iniciar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was killed by signal %1 (%2)</source>
        <translation>fue terminado por la señal %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exited with code %1 without a result</source>
        <translation>terminó con el código %1 sin resultado</translation>
    </message>
</context>
<context>
    <name>epidesk::JobRequest</name>
    <message>
        <location filename="../cluster/JobRequest.cpp" line="+138"/>
        <location line="+44"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+135"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>not accepted on the cluster: a job cannot write files on a worker</source>
        <translation>no se acepta en el clúster: un trabajo no puede escribir archivos en un worker</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be an object (the .epidash document)</source>
        <translation>debe ser un objeto (el documento .epidash)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bytes, above this cluster&apos;s limit of %2 KiB for a dashboard document</source>
        <translation>%1 bytes, por encima del límite de este clúster para un documento de tablero (%2 KiB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not accepted on the cluster: a job never names a path on the server; the worker renders against its own data source (leave source empty)</source>
        <translation>no se acepta en el clúster: un trabajo nunca indica una ruta del servidor; el worker renderiza con su propia fuente de datos (deje source vacío)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not accepted on the cluster: a job never names a file on the server, and workers have no relocation scenarios of their own</source>
        <translation>no se acepta en el clúster: un trabajo nunca indica un archivo del servidor y los workers no tienen escenarios de reubicación propios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an integer from 0 to 600000</source>
        <translation>debe ser un número entero de 0 a 600000</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an integer from 0 to 1048576</source>
        <translation>debe ser un número entero de 0 a 1048576</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown job kind &apos;%1&apos; (one of %2)</source>
        <translation>tipo de trabajo desconocido &apos;%1&apos; (uno de %2)</translation>
    </message>
</context>
<context>
    <name>epidesk::JobRunner</name>
    <message>
        <location filename="../cluster/JobRunner.cpp" line="+56"/>
        <source>invalid trends request</source>
        <translation>solicitud de tendencias no válida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this worker does not run jobs of this kind</source>
        <translation>este worker no ejecuta trabajos de este tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid relocation request</source>
        <translation>solicitud de reubicación no válida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid forecast request</source>
        <translation>solicitud de pronóstico no válida</translation>
    </message>
</context>
<context>
    <name>epidesk::JobsPanel</name>
    <message>
        <location filename="../views/cluster/JobsPanel.cpp" line="+105"/>
        <source>The result of &quot;%1&quot; is no longer stored on this computer.</source>
        <translation>El resultado de &quot;%1&quot; ya no está guardado en este equipo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected job on the cluster</source>
        <translation>Cancelar el trabajo seleccionado en el clúster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open result</source>
        <translation>Abrir resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result of the selected job (also by double-click)</source>
        <translation>Mostrar el resultado del trabajo seleccionado (también con doble clic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected finished job and its stored result</source>
        <translation>Olvidar el trabajo terminado seleccionado y su resultado guardado</translation>
    </message>
</context>
<context>
    <name>epidesk::JsonFields</name>
    <message>
        <location filename="../dashboard/JsonFields.cpp" line="+17"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+90"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>must be an integer</source>
        <translation>debe ser un entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number between %1 and %2</source>
        <translation>debe ser un número entre %1 y %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a non-negative integer</source>
        <translation>debe ser un entero no negativo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
</context>
<context>
    <name>epidesk::JsonText</name>
    <message>
        <location filename="../cluster/JsonText.cpp" line="+68"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 no válido en el byte %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>\u0000 at byte %1 is not accepted</source>
        <translation>no se admite \u0000 en el byte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>lone surrogate \u%1 at byte %2 is not a Unicode scalar value</source>
        <translation>el sustituto aislado \u%1 en el byte %2 no es un valor escalar Unicode</translation>
    </message>
</context>
<context>
    <name>epidesk::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+96"/>
        <source>Trend analysis</source>
        <translation>Análisis de tendencias</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;warehouse…</source>
        <translation>Conectar al almacén de &amp;datos…</translation>
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
        <source>&amp;Forecast all series</source>
        <translation>&amp;Pronosticar todas las series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts</source>
        <translation>Pronósticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation plans</source>
        <translation>Planes de reubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+4"/>
        <source>No store open — File ▸ Open store… or drop ANVISA CSV files here</source>
        <translation>No hay ninguna base de datos abierta — Archivo ▸ Abrir base de datos… o suelte aquí archivos CSV de ANVISA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse: %1</source>
        <translation>Almacén de datos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EpiDesk</source>
        <translation>EpiDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — EpiDesk</source>
        <translation>%1 — EpiDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No translation for %1 found; showing English.</source>
        <translation>No se encontró ninguna traducción para %1; se muestra en inglés.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+66"/>
        <source>Open store</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <location line="+27"/>
        <source>Relocation scenario</source>
        <translation>Escenario de reubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario %1 cannot be used:
%2</source>
        <translation>El escenario %1 no se puede usar:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the relocation scenario %1</source>
        <translation>No se puede abrir el escenario de reubicación %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bases de datos de EpiDesk (*.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>Import ANVISA files</source>
        <translation>Importar archivos de ANVISA</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>ANVISA sales (*.csv *.CSV);;All files (*)</source>
        <translation>Ventas de ANVISA (*.csv *.CSV);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dashboard shows the warehouse. Load files into it with
epidesk-cli import anvisa --db URI FILES…
or open an embedded store to import them here.</source>
        <translation>El panel muestra el almacén de datos. Cargue archivos en él con
epidesk-cli import anvisa --db URI FILES…
o abra una base de datos integrada para importarlos aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+44"/>
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
    <name>epidesk::MapBinding</name>
    <message>
        <location filename="../views/map/MapBinding.cpp" line="+98"/>
        <source>Sen&apos;s slope per year: %1</source>
        <translation>Pendiente de Sen por año: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&apos;s slope per month: %1</source>
        <translation>Pendiente de Sen por mes: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::MapWidget</name>
    <message>
        <location filename="../views/map/MapWidget.cpp" line="+162"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelDock</name>
    <message>
        <location filename="../views/dashboard/PanelDock.cpp" line="+42"/>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>No vinculado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This panel follows the dashboard&apos;s selection, filters and time; click to unlink it</source>
        <translation>Este panel sigue la selección, los filtros y el tiempo del tablero; haga clic para desvincularlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This panel keeps its own selection, filters and time; click to link it</source>
        <translation>Este panel conserva su propia selección, sus filtros y su tiempo; haga clic para vincularlo</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelFactory</name>
    <message>
        <location filename="../views/dashboard/DashboardPanel.cpp" line="+60"/>
        <source>panel &quot;%1&quot;: the kind %2 cannot be shown yet</source>
        <translation>panel &quot;%1&quot;: el tipo %2 todavía no se puede mostrar</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelKinds</name>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="-77"/>
        <source>Choropleth map</source>
        <translation>Mapa coroplético</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend-test table</source>
        <translation>Tabla de pruebas de tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional shares</source>
        <translation>Participación regional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class histogram</source>
        <translation>Histograma de clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space-time cube</source>
        <translation>Cubo espacio-tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast chart</source>
        <translation>Gráfico de pronóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District forecast map</source>
        <translation>Mapa de pronóstico por distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation flow map</source>
        <translation>Mapa de flujos de reubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation plan table</source>
        <translation>Tabla del plan de reubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility utilisation</source>
        <translation>Utilización de los centros</translation>
    </message>
</context>
<context>
    <name>epidesk::PrometheusText</name>
    <message>
        <location filename="../clusterclient/PrometheusText.cpp" line="+48"/>
        <source>metric name expected</source>
        <translation>se esperaba un nombre de métrica</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>label expected as name=&quot;value&quot;</source>
        <translation>se esperaba una etiqueta con la forma name=&quot;value&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unterminated label value</source>
        <translation>valor de etiqueta sin terminar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;,&apos; or &apos;}&apos; expected after a label</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de una etiqueta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value missing</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid value &quot;%1&quot;</source>
        <translation>valor no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected text after the value</source>
        <translation>texto inesperado después del valor</translation>
    </message>
</context>
<context>
    <name>epidesk::RegionalSharesChart</name>
    <message>
        <location filename="../views/trends/RegionalSharesChart.cpp" line="+57"/>
        <source>%1, %2: %3 %</source>
        <translation>%1, %2: %3 %</translation>
    </message>
</context>
<context>
    <name>epidesk::Relocation</name>
    <message>
        <location filename="../analytics/relocation/RelocationTypes.cpp" line="+34"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an integer</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+105"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>must be a number &gt;= 0</source>
        <translation>debe ser un número &gt;= 0</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected risk=R,travel=T,cost=C with numbers &gt;= 0</source>
        <translation>se esperaba risk=R,travel=T,cost=C con números &gt;= 0</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+6"/>
        <source>must be a number &gt; 0</source>
        <translation>debe ser un número &gt; 0</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>must be a number in [0, 1)</source>
        <translation>debe ser un número en [0, 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer &gt;= 0</source>
        <translation>debe ser un número entero &gt;= 0</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationDemo</name>
    <message>
        <location filename="../connectors/demo/RelocationDemo.cpp" line="+54"/>
        <source>Cardiology interventions</source>
        <translation>Intervenciones cardiológicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncological surgery</source>
        <translation>Cirugía oncológica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurosurgery</source>
        <translation>Neurocirugía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular surgery</source>
        <translation>Cirugía vascular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General surgery</source>
        <translation>Cirugía general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orthopaedics and joint replacement</source>
        <translation>Ortopedia y artroplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ophthalmology (cataract)</source>
        <translation>Oftalmología (cataratas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gynaecology</source>
        <translation>Ginecología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urology</source>
        <translation>Urología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENT surgery</source>
        <translation>Cirugía otorrinolaringológica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic endoscopy</source>
        <translation>Endoscopia diagnóstica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading powiat boundaries and case totals</source>
        <translation>Leyendo los límites de los powiats y los totales de casos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Poland, 380 powiats: relocation after a COVID-19 wave (seed %1)</source>
        <translation>Polonia, 380 powiats: reubicación tras una ola de COVID-19 (semilla %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Hospital %1</source>
        <translation>Hospital %1</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationExport</name>
    <message>
        <location filename="../views/relocation/RelocationExport.cpp" line="+27"/>
        <source>EpiDesk relocation plan</source>
        <translation>Plan de reubicación de EpiDesk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning horizon (months)</source>
        <translation>Horizonte de planificación (meses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start month</source>
        <translation>Mes inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure groups</source>
        <translation>Grupos de procedimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total demand (patients)</source>
        <translation>Demanda total (pacientes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total capacity (patients, without surge)</source>
        <translation>Capacidad total (pacientes, sin capacidad de contingencia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>risk %1, travel %2, cost %3</source>
        <translation>riesgo %1, desplazamiento %2, costo %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver status</source>
        <translation>Estado del solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bound</source>
        <translation>Cota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk (urgency × months waited)</source>
        <translation>Riesgo (urgencia × meses de espera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel (patient-hours)</source>
        <translation>Desplazamiento (pacientes-hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet patients</source>
        <translation>Pacientes no atendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous plan</source>
        <translation>Plan anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan</source>
        <translation>Este plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 largest of %2 flows; the CSV export has all of them.</source>
        <translation>Los %1 mayores de %2 flujos; la exportación CSV los contiene todos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From district</source>
        <translation>Distrito de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>District name</source>
        <translation>Nombre del distrito</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+16"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unmet demand</source>
        <translation>Demanda no atendida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All demand is served.</source>
        <translation>Se atiende toda la demanda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility utilisation</source>
        <translation>Utilización de los centros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used</source>
        <translation>Utilizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation (%)</source>
        <translation>Utilización (%)</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+121"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationFamilyPanel</name>
    <message>
        <location filename="../views/dashboard/RelocationPanels.cpp" line="+105"/>
        <source>the scenario %1 cannot be used: %2</source>
        <translation>no se puede usar el escenario %1: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the solve was canceled</source>
        <translation>se canceló la resolución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scenario %1 cannot be solved: %2</source>
        <translation>no se puede resolver el escenario %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no plan was found for %1: %2</source>
        <translation>no se encontró ningún plan para %1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no relocation scenario (params.scenario is empty)</source>
        <translation>ningún escenario de reubicación (params.scenario está vacío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid weights: %1</source>
        <translation>pesos no válidos: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Solving the relocation plan…</source>
        <translation>Resolviendo el plan de reubicación…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the solve gave no result</source>
        <translation>la resolución no dio ningún resultado</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationFlowLayer</name>
    <message>
        <location filename="../views/relocation/RelocationFlowLayer.cpp" line="+177"/>
        <source>Flows by patient group</source>
        <translation>Flujos por grupo de pacientes</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationModelBuilder</name>
    <message>
        <location filename="../analytics/relocation/RelocationModelBuilder.cpp" line="+80"/>
        <source>months must be &gt;= 1</source>
        <translation>el número de meses debe ser &gt;= 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>demand month out of range</source>
        <translation>mes de demanda fuera de rango</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capacity month out of range</source>
        <translation>mes de capacidad fuera de rango</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationPlanModel</name>
    <message>
        <location filename="../views/relocation/RelocationPlanModel.cpp" line="+69"/>
        <source>From district</source>
        <translation>Distrito de origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District name</source>
        <translation>Nombre del distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility district</source>
        <translation>Distrito del centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure group</source>
        <translation>Grupo de procedimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationSolver</name>
    <message>
        <location filename="../analytics/relocation/RelocationSolver.cpp" line="+113"/>
        <location line="+33"/>
        <source>refusing to write the model to %1: it is a symbolic link</source>
        <translation>se rechaza escribir el modelo en %1: es un enlace simbólico</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot write the model to %1: not a regular file</source>
        <translation>no se puede escribir el modelo en %1: no es un archivo regular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the model to %1: folder %2 does not exist</source>
        <translation>no se puede escribir el modelo en %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>cannot write the model to %1: %2</source>
        <translation>no se puede escribir el modelo en %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the relocation model</source>
        <translation>Construyendo el modelo de reubicación</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Solving with CBC</source>
        <translation>Resolviendo con CBC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CBC stopped with numerical difficulties</source>
        <translation>CBC se detuvo por dificultades numéricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no solution found within the time limit of %1 s</source>
        <translation>no se encontró ninguna solución dentro del límite de tiempo de %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CBC found no solution</source>
        <translation>CBC no encontró ninguna solución</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 patients cannot be served within their deadline and travel limit (see unmet)</source>
        <translation>%1 pacientes no pueden ser atendidos dentro de su plazo y su límite de desplazamiento (véase unmet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optimal within a relative gap of %1</source>
        <translation>óptimo con un gap relativo de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time limit of %1 s reached; gap %2</source>
        <translation>se alcanzó el límite de tiempo de %1 s; gap %2</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationView</name>
    <message>
        <location filename="../views/relocation/RelocationView.cpp" line="+45"/>
        <source>Filter by district, facility or group</source>
        <translation>Filtrar por distrito, centro o grupo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility utilisation</source>
        <translation>Utilización de los centros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>Qué pasa si</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open scenario…</source>
        <translation>Abrir escenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../views/relocation/RelocationDisplay.cpp" line="+57"/>
        <source>Unmet patients</source>
        <translation>Pacientes no atendidos</translation>
    </message>
    <message>
        <location filename="../views/relocation/RelocationView.cpp" line="+86"/>
        <source>Open a relocation scenario to plan.</source>
        <translation>Abra un escenario de reubicación para planificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: %2 districts, %3 facilities, %4 groups, %5 months.</source>
        <translation>Escenario %1: %2 distritos, %3 centros, %4 grupos, %5 meses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: %1, objective %2, %3 flows, %4 unmet patients.</source>
        <translation>Plan: %1, objetivo %2, %3 flujos, %4 pacientes no atendidos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not solved yet.</source>
        <translation>Aún no resuelto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>There is no plan to export.</source>
        <translation>No hay ningún plan para exportar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open relocation scenario folder</source>
        <translation>Abrir carpeta del escenario de reubicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relocation scenario</source>
        <translation>Escenario de reubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario cannot be used:
%1</source>
        <translation>El escenario no se puede usar:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export relocation plan</source>
        <translation>Exportar plan de reubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export relocation report</source>
        <translation>Exportar informe de reubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationWhatIf</name>
    <message>
        <location filename="../views/relocation/RelocationWhatIf.cpp" line="+45"/>
        <source>Unknown error while solving.</source>
        <translation>Error desconocido al resolver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-solve</source>
        <translation>Volver a resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk weight</source>
        <translation>Peso del riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel weight</source>
        <translation>Peso del desplazamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost weight</source>
        <translation>Peso del costo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Relocation plan: %1</source>
        <translation>Plan de reubicación: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the cluster; the plan opens when it is ready.</source>
        <translation>Enviado al clúster; el plan se abrirá cuando esté listo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Solving…</source>
        <translation>Resolviendo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Solve canceled; the previous plan is kept.</source>
        <translation>Resolución cancelada; se mantiene el plan anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solve failed: %1</source>
        <translation>Error en la resolución: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Solved: %1</source>
        <translation>Resuelto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved: %1 — %2</source>
        <translation>Resuelto: %1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk (urgency × months waited)</source>
        <translation>Riesgo (urgencia × meses de espera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel (patient-hours)</source>
        <translation>Desplazamiento (pacientes-hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet patients</source>
        <translation>Pacientes no atendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve time (s)</source>
        <translation>Tiempo de resolución (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous plan</source>
        <translation>Plan anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
</context>
<context>
    <name>epidesk::RemoteJobRun</name>
    <message>
        <location filename="../clusterclient/RemoteJobRun.cpp" line="+76"/>
        <source>cluster job %1 %2: %3</source>
        <translation>trabajo del clúster %1 %2: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no answer from the cluster</source>
        <translation>sin respuesta del clúster</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+26"/>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>epidesk::ReportWriter</name>
    <message>
        <location filename="../views/export/ReportWriter.cpp" line="+30"/>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymptotic</source>
        <translation>asintótico</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+155"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Active ingredient: %1</source>
        <translation>Principio activo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="-9"/>
        <source>Trend tests</source>
        <translation>Pruebas de tendencia</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+26"/>
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
        <location line="-6"/>
        <source>Imported files (%n)</source>
        <translation>
            <numerusform>Archivos importados (%n)</numerusform>
            <numerusform>Archivos importados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>EpiDesk trend report</source>
        <translation>Informe de tendencias de EpiDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Cannot write the PDF %1</source>
        <translation>No se puede escribir el PDF %1</translation>
    </message>
    <message>
        <location line="-16"/>
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
    <name>epidesk::RunLocationBox</name>
    <message>
        <location filename="../views/cluster/RunLocationBox.cpp" line="+43"/>
        <source>Run locally</source>
        <translation>Ejecutar localmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on cluster</source>
        <translation>Ejecutar en el clúster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure a cluster first: Cluster ▸ Cluster settings…</source>
        <translation>Configure primero un clúster: Clúster ▸ Configuración del clúster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this computation runs: in EpiDesk or on the compute cluster</source>
        <translation>Dónde se ejecuta este cálculo: en EpiDesk o en el clúster de cómputo</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioReader</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioReader.cpp" line="+42"/>
        <location line="+12"/>
        <location line="+121"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the header line is longer than %1 bytes</source>
        <translation>la línea de encabezado tiene más de %1 bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>&quot;%1&quot; no es un número entero</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the file</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>no es un objeto JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioValidator</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioValidator.cpp" line="+33"/>
        <source>must be a number &gt;= 0 (is %1)</source>
        <translation>debe ser un número &gt;= 0 (valor: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; inexistente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate &quot;%1&quot;</source>
        <translation>&quot;%1&quot; duplicado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an integer between 1 and 120</source>
        <translation>debe ser un número entero entre 1 y 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a number &gt;= 0</source>
        <translation>debe ser un número &gt;= 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scenario has none</source>
        <translation>el escenario no contiene ningún registro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lat and lon must be given together</source>
        <translation>lat y lon deben indicarse juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a WGS84 coordinate</source>
        <translation>no es una coordenada WGS84</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a number &gt; 0</source>
        <translation>debe ser un número &gt; 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer &gt;= 0</source>
        <translation>debe ser un número entero &gt;= 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+29"/>
        <location line="+3"/>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+13"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>must be between 0 (backlog) and %1</source>
        <translation>debe estar entre 0 (demanda acumulada) y %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>facility</source>
        <translation>centro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no travel time from %1 to %2: give both districts lat and lon (or a boundary file) or a travel.csv</source>
        <translation>no hay tiempo de desplazamiento de %1 a %2: indique lat y lon de ambos distritos (o un archivo de límites) o un travel.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing matrix entry from %1 to %2</source>
        <translation>falta la entrada de la matriz de %1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... %1 more missing travel times</source>
        <translation>... %1 tiempos de desplazamiento faltantes más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... and %1 more issues</source>
        <translation>... y %1 problemas más</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioWriter</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioWriter.cpp" line="+15"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleApi</name>
    <message>
        <location filename="../cluster/ScheduleApi.cpp" line="+15"/>
        <source>no such schedule</source>
        <translation>programación inexistente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no such resource</source>
        <translation>recurso inexistente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>at most %1 schedules per user; delete one first</source>
        <translation>como máximo %1 programaciones por usuario; elimine una primero</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>required when the kind changes</source>
        <translation>obligatorio cuando cambia el tipo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an integer from 1 to 500</source>
        <translation>debe ser un número entero de 1 a 500</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a cursor from a previous page&apos;s next_cursor</source>
        <translation>no es un cursor obtenido del next_cursor de una página anterior</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown field; expected force</source>
        <translation>campo desconocido; se esperaba force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a run of this schedule is still going (job %1)</source>
        <translation>una ejecución de esta programación sigue en curso (trabajo %1)</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleEditor</name>
    <message>
        <location filename="../views/cluster/ScheduleEditor.cpp" line="+21"/>
        <source>Recompute even when the data did not change</source>
        <translation>Recalcular aunque los datos no hayan cambiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job&apos;s params as JSON, as for a cluster job, e.g. {&quot;ingredient_contains&quot;: &quot;azitromicina&quot;, &quot;level&quot;: &quot;uf&quot;}</source>
        <translation>Los parámetros del trabajo (params) en JSON, como para un trabajo del clúster, p. ej., {&quot;ingredient_contains&quot;: &quot;azitromicina&quot;, &quot;level&quot;: &quot;uf&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every Monday at 07:00</source>
        <translation>Todos los lunes a las 07:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day at 06:00</source>
        <translation>Todos los días a las 06:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the month at 05:00</source>
        <translation>El primer día del mes a las 05:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five fields: minute hour day-of-month month day-of-week, as in cron (e.g. &quot;30 6 * * 1-5&quot;: weekdays at 06:30).</source>
        <translation>Cinco campos: minuto hora día-del-mes mes día-de-la-semana, como en cron (p. ej., &quot;30 6 * * 1-5&quot;: días laborables a las 06:30).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run the latest missed run</source>
        <translation>Realizar la última ejecución perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every missed run, one after another</source>
        <translation>Realizar todas las ejecuciones perdidas, una tras otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip missed runs</source>
        <translation>Omitir las ejecuciones perdidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> failed runs in a row</source>
        <translation> ejecuciones fallidas seguidas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computation:</source>
        <translation>Cálculo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat:</source>
        <translation>Repetición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron expression:</source>
        <translation>Expresión cron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next runs:</source>
        <translation>Próximas ejecuciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cluster was down:</source>
        <translation>Si el clúster no estuvo disponible:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause after:</source>
        <translation>Pausar tras:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Renders the dashboard &quot;%1&quot; to PDF on a cluster worker, against the cluster&apos;s data, at every run; each run&apos;s PDF can be opened from Cluster ▸ Schedules…</source>
        <translation>Renderiza el tablero &quot;%1&quot; en PDF en un worker del clúster, con los datos del clúster, en cada ejecución; el PDF de cada ejecución se puede abrir desde Clúster ▸ Programaciones…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The parameters are not a JSON object.</source>
        <translation>Los parámetros no son un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleFiring</name>
    <message>
        <location filename="../cluster/ScheduleFiring.cpp" line="+76"/>
        <source>the schedule&apos;s request is no longer valid: %1</source>
        <translation>la solicitud de la programación ya no es válida: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>data version %1 and request unchanged since the run due at %2</source>
        <translation>versión de los datos %1 y solicitud sin cambios desde la ejecución prevista para %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answered from the result cache</source>
        <translation>respondida desde la caché de resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares the owner&apos;s identical job</source>
        <translation>comparte el trabajo idéntico del propietario</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused after a failed run: %1</source>
        <translation>en pausa tras una ejecución fallida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused after %1 failed runs in a row; the last: %2</source>
        <translation>en pausa tras %1 ejecuciones fallidas seguidas; la última: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleSpec</name>
    <message>
        <location filename="../cluster/ScheduleSpec.cpp" line="+22"/>
        <source>unknown field; expected one of %1</source>
        <translation>campo desconocido; se esperaba uno de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required: a five-field cron expression, e.g. &quot;0 7 * * 1&quot;</source>
        <translation>obligatorio: una expresión cron de cinco campos, p. ej., &quot;0 7 * * 1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: an IANA time zone, e.g. &quot;America/Sao_Paulo&quot;</source>
        <translation>obligatorio: una zona horaria IANA, p. ej., &quot;America/Sao_Paulo&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a text of at most %1 characters</source>
        <translation>un texto de como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one of none, latest, all</source>
        <translation>uno de none, latest, all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number from 1 to 100</source>
        <translation>un número entero de 1 a 100</translation>
    </message>
</context>
<context>
    <name>epidesk::Scheduler</name>
    <message>
        <location filename="../cluster/Scheduler.cpp" line="+35"/>
        <source>the previous run (job %1) was still going at the due time</source>
        <translation>la ejecución anterior (trabajo %1) seguía en curso a la hora prevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caught-up runs were still waiting at the due time</source>
        <translation>había ejecuciones de recuperación todavía en espera a la hora prevista</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no server was running at the due time (catch_up %1)</source>
        <translation>ningún servidor estaba en ejecución a la hora prevista (catch_up %1)</translation>
    </message>
</context>
<context>
    <name>epidesk::SchedulesDialog</name>
    <message>
        <location filename="../views/cluster/SchedulesDialog.cpp" line="+40"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped (previous run still going)</source>
        <translation>omitida (la ejecución anterior sigue en curso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged data (not recomputed)</source>
        <translation>datos sin cambios (no se recalculó)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed (cluster down)</source>
        <translation>perdida (clúster no disponible)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cluster schedules — %1</source>
        <translation>Programaciones del clúster — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hora prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data version</source>
        <translation>Versión de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;now</source>
        <translation>Ejecutar a&amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;result</source>
        <translation>Abrir &amp;resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open P&amp;DF</source>
        <translation>Abrir P&amp;DF</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedules on %1: %2</source>
        <translation>Programaciones en %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>run now</source>
        <translation>ejecutar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caught up</source>
        <translation>recuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New schedule</source>
        <translation>Nueva programación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit schedule</source>
        <translation>Editar programación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved; next run %1</source>
        <translation>Guardada; próxima ejecución: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run started: %1</source>
        <translation>Ejecución iniciada: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete schedule</source>
        <translation>Eliminar programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the schedule &quot;%1&quot; and its run history? Results already computed stay on the cluster.</source>
        <translation>¿Eliminar la programación &quot;%1&quot; y su historial de ejecuciones? Los resultados ya calculados se conservan en el clúster.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::SeasonalNaiveModel</name>
    <message>
        <location filename="../analytics/forecast/SeasonalNaiveModel.cpp" line="-10"/>
        <source>Seasonal naive</source>
        <translation>Ingenuo estacional</translation>
    </message>
</context>
<context>
    <name>epidesk::SeriesCsvReader</name>
    <message>
        <location filename="../connectors/formats/series/SeriesCsvReader.cpp" line="+130"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>expected the header &quot;period,value&quot;</source>
        <translation>se esperaba el encabezado &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the first line is longer than %1 bytes; expected the header &quot;period,value&quot;</source>
        <translation>la primera línea tiene más de %1 bytes; se esperaba el encabezado &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line longer than %1 bytes</source>
        <translation>línea de más de %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected 2 fields (period,value), found %1</source>
        <translation>se esperaban 2 campos (period,value) y se encontraron %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a period (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY): &quot;%1&quot;</source>
        <translation>no es un período (YYYY-MM-DD, YYYY-MM, YYYY-Qn o YYYY): &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has another format than the rows before it</source>
        <translation>&quot;%1&quot; tiene un formato distinto del de las filas anteriores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a number: &quot;%1&quot;</source>
        <translation>no es un número: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate period &quot;%1&quot; (first on line %2)</source>
        <translation>período duplicado &quot;%1&quot; (primera aparición en la línea %2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>empty file: expected the header &quot;period,value&quot;</source>
        <translation>archivo vacío: se esperaba el encabezado &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data rows</source>
        <translation>no hay filas de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing at the first or last period (only inner gaps are interpolated)</source>
        <translation>falta el valor del primer o del último período (solo se interpolan los huecos internos)</translation>
    </message>
</context>
<context>
    <name>epidesk::SpaceTimeView</name>
    <message>
        <location filename="../views/spacetime/SpaceTimeView.cpp" line="+116"/>
        <source>No data to show</source>
        <translation>Sin datos que mostrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time upward: %1 (bottom) to %2 (top) · plane at %3</source>
        <translation>Tiempo hacia arriba: %1 (abajo) a %2 (arriba) · plano en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height proportional to the value · %1</source>
        <translation>Altura proporcional al valor · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (forecast)</source>
        <translation> (pronóstico)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast (translucent), from %1</source>
        <translation>Pronóstico (translúcido), desde %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cube: every period</source>
        <translation>Cubo: todos los períodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisms: one period</source>
        <translation>Prismas: un período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cube: each period is a slab, time upward. Prisms: the districts of the cursor&apos;s period raised in proportion to their value.</source>
        <translation>Cubo: cada período es una capa, el tiempo hacia arriba. Prismas: los distritos del período del cursor elevados en proporción a su valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical exaggeration</source>
        <translation>Exageración vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to rotate, right-drag to pan, wheel to zoom, click a district to select it (Ctrl adds), double-click to reset the view</source>
        <translation>Arrastre para girar, arrastre con el botón derecho para desplazar, rueda para ampliar, clic en un distrito para seleccionarlo (Ctrl añade), doble clic para restablecer la vista</translation>
    </message>
</context>
<context>
    <name>epidesk::StoreBuilder</name>
    <message>
        <location filename="../connectors/reference/StoreBuilder.cpp" line="+30"/>
        <source>Cannot read boundaries %1: %2</source>
        <translation>No se pueden leer los límites %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <message>
        <location line="+18"/>
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
        <location line="+30"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1: expected a header code_muni;YEAR;...</source>
        <translation>%1: se esperaba un encabezado code_muni;YEAR;...</translation>
    </message>
</context>
<context>
    <name>epidesk::StructuralModel</name>
    <message>
        <location filename="../analytics/forecast/StructuralModel.cpp" line="+87"/>
        <source>Option &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>La opción &quot;%1&quot; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>La opción &quot;%1&quot; debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option &quot;log&quot; must be true or false.</source>
        <translation>La opción &quot;log&quot; debe ser true o false.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Bayesian structural model (Prophet-style)</source>
        <translation>Modelo estructural bayesiano (estilo Prophet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The forecast horizon must be at least 1.</source>
        <translation>El horizonte de pronóstico debe ser de al menos 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series %1 has %2 points; the structural model needs at least 3.</source>
        <translation>La serie %1 tiene %2 puntos; el modelo estructural necesita al menos 3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series %1 has missing or invalid values; fill the gaps first.</source>
        <translation>La serie %1 tiene valores faltantes o no válidos; rellene primero los huecos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log link needs values above -1; series %1 has %2.</source>
        <translation>La función de enlace log necesita valores mayores que -1; la serie %1 tiene %2.</translation>
    </message>
</context>
<context>
    <name>epidesk::ThetaModel</name>
    <message>
        <location filename="../analytics/forecast/ThetaModel.cpp" line="+141"/>
        <source>Theta</source>
        <translation>Theta</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The Theta method gives no finite forecast for %1.</source>
        <translation>El método Theta no da ningún pronóstico finito para %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::TimeCursorBar</name>
    <message>
        <location filename="../views/dashboard/TimeCursorBar.cpp" line="+31"/>
        <location line="+23"/>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendAnalysis</name>
    <message>
        <location filename="../analytics/TrendAnalysis.cpp" line="+162"/>
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
        <location filename="../views/trends/TrendChart.cpp" line="+85"/>
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
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../views/trends/TrendControls.cpp" line="+183"/>
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
        <location line="+2"/>
        <source>Part of the active ingredient&apos;s name, accents and case ignored; several separated by &apos;|&apos;, &apos;=NAME&apos; for exactly NAME</source>
        <translation>Parte del nombre del principio activo, sin distinguir acentos ni mayúsculas; varios separados por &apos;|&apos;, &apos;=NOMBRE&apos; para exactamente NOMBRE</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../views/trends/TrendJob.cpp" line="+61"/>
        <source>No data source is open.</source>
        <translation>No hay ninguna fuente de datos abierta.</translation>
    </message>
    <message>
        <location line="+32"/>
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
    <name>epidesk::TrendSharesPanel</name>
    <message>
        <location filename="../views/dashboard/TrendPanels.cpp" line="+209"/>
        <source>Share of the selected states per period</source>
        <translation>Participación de los estados seleccionados por período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each region per period</source>
        <translation>Participación de cada región por período</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendTestTableModel</name>
    <message>
        <location filename="../views/trends/TrendTestTableModel.cpp" line="+75"/>
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
    <name>epidesk::UtilisationChart</name>
    <message>
        <location filename="../views/relocation/UtilisationChart.cpp" line="+29"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free capacity</source>
        <translation>Capacidad libre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over capacity</source>
        <translation>Sobre la capacidad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 de %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patients over the horizon</source>
        <translation>Pacientes en el horizonte</translation>
    </message>
</context>
<context>
    <name>epidesk::VtkOffscreenWindow</name>
    <message>
        <location filename="../views/spacetime/VtkOpenGLWidget.cpp" line="-75"/>
        <source>no display for the 3-D view&apos;s OpenGL (run under xvfb-run)</source>
        <translation>sin pantalla para el OpenGL de la vista 3-D (ejecute con xvfb-run)</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseLogin</name>
    <message>
        <location filename="../app/WarehouseLogin.cpp" line="+31"/>
        <source>Cannot open %1: not a PostgreSQL URI</source>
        <translation>No se puede abrir %1: no es un URI de PostgreSQL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect to the warehouse: %1</source>
        <translation>No se puede conectar al almacén de datos: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The password could not be saved in the keychain (%1); EpiDesk will ask for it next time.</source>
        <translation>No se pudo guardar la contraseña en el llavero (%1); EpiDesk la pedirá la próxima vez.</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseSettings</name>
    <message>
        <location filename="../connectors/warehouse/WarehouseCatalogue.cpp" line="+59"/>
        <source>Cannot read the warehouse %1: %2</source>
        <translation>No se puede leer el almacén de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::WorkerLoop</name>
    <message>
        <location filename="../cluster/WorkerLoop.cpp" line="+156"/>
        <source>exceeded the job time limit of %1 s</source>
        <translation>se superó el límite de tiempo del trabajo de %1 s</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s process %1 on %2 attempts; last stderr: %3</source>
        <translation>el proceso del trabajo %1 tras %2 intentos; últimas líneas de stderr: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attempt %1: the job&apos;s process %2; last stderr: %3</source>
        <translation>intento %1: el proceso del trabajo %2; últimas líneas de stderr: %3</translation>
    </message>
</context>
<context>
    <name>epidesk::cli</name>
    <message>
        <location filename="../app/cli/DashboardCommand.cpp" line="+31"/>
        <source>panels: unknown panel &quot;%1&quot; (map, chart, table, histogram, spacetime or one of %2)</source>
        <translation>panels: panel desconocido &quot;%1&quot; (map, chart, table, histogram, spacetime o uno de %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>panels: at least one panel is required</source>
        <translation>panels: se requiere al menos un panel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>server: must be an http:// or https:// URL</source>
        <translation>server: debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+27"/>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::DashboardCommand</name>
    <message>
        <location filename="../app/cli/DashboardCommand.cpp" line="+29"/>
        <source>Create a dashboard document (new) or render one to PDF and PNGs (render).</source>
        <translation>Crear un documento de tablero (new) o renderizar uno en PDF y PNG (render).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dashboard: expected &apos;new&apos; or &apos;render&apos; (epidesk-cli dashboard new|render --help)</source>
        <translation>dashboard: se esperaba &apos;new&apos; o &apos;render&apos; (epidesk-cli dashboard new|render --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dashboard document to write (.epidash).</source>
        <translation>El documento de tablero que se escribirá (.epidash).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard title.</source>
        <translation>Título del tablero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes selected on every panel (comma-separated).</source>
        <translation>Códigos seleccionados en todos los paneles (separados por comas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panels, in order: map, chart, table, histogram, spacetime (or kind ids).</source>
        <translation>Paneles, en orden: map, chart, table, histogram, spacetime (o ids de tipo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster URL the panels run on (default: in-process).</source>
        <translation>URL del clúster en el que se ejecutan los paneles (predeterminado: en el propio proceso).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>out: an output file is required (--out FILE.epidash)</source>
        <translation>out: se requiere un archivo de salida (--out FILE.epidash)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write the PDF report to FILE.</source>
        <translation>Escribir el informe PDF en FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one PNG per panel into DIR (named after its id).</source>
        <translation>Escribir un PNG por panel en DIR (con el ID del panel como nombre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render on the cluster at URL against its data (token: $EPIDESK_CLUSTER_TOKEN); needs --pdf.</source>
        <translation>Renderizar en el clúster de URL con sus datos (token: $EPIDESK_CLUSTER_TOKEN); requiere --pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save what the panels computed (a relocation plan) and the data version rendered against into the document, so that opening it shows them without computing again.</source>
        <translation>Guarda en el documento lo que calcularon los paneles (un plan de reubicación) y la versión de los datos usada, para que al abrirlo se muestren sin calcular de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard document (.epidash).</source>
        <translation>El documento de tablero (.epidash).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render: exactly one document is required</source>
        <translation>render: se requiere exactamente un documento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server: renders the PDF only (--pdf FILE, no --png-dir or --save-results)</source>
        <translation>server: solo genera el PDF (--pdf ARCHIVO, sin --png-dir ni --save-results)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>epidesk-cli: %1: the data changed since the dashboard was saved: %2</source>
        <translation>epidesk-cli: %1: los datos cambiaron desde que se guardó el tablero: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>png-dir: cannot create %1</source>
        <translation>png-dir: no se puede crear %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::ScheduleCommand</name>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+15"/>
        <source>Recurring runs on the cluster: schedule create|list|show|runs|update|pause|resume|run-now|delete.</source>
        <translation>Ejecuciones periódicas en el clúster: schedule create|list|show|runs|update|pause|resume|run-now|delete.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster URL, e.g. http://cluster:8080 (required).</source>
        <translation>URL del clúster, p. ej., http://cluster:8080 (obligatorio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job kind: trends, forecast, relocation or dashboard.</source>
        <translation>Tipo de trabajo: trends, forecast, relocation o dashboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s params as JSON, or @FILE.</source>
        <translation>Los parámetros del trabajo (params) en JSON, o @FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A .epidash document to render to PDF on each run (kind dashboard).</source>
        <translation>Un documento .epidash que se renderizará en PDF en cada ejecución (kind dashboard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five-field cron expression, e.g. &quot;0 7 * * 1&quot;.</source>
        <translation>Expresión cron de cinco campos, p. ej., &quot;0 7 * * 1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone (default: this computer&apos;s).</source>
        <translation>Zona horaria IANA (predeterminada: la de este equipo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the schedule.</source>
        <translation>Un nombre para la programación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed runs: none, latest (default) or all.</source>
        <translation>Ejecuciones perdidas: none, latest (predeterminado) o all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute even when the data did not change.</source>
        <translation>Recalcular aunque los datos no hayan cambiado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed runs in a row before the schedule pauses itself (default 5).</source>
        <translation>Ejecuciones fallidas seguidas antes de que la programación se ponga en pausa (predeterminado: 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs: at most this many (1 to 500).</source>
        <translation>runs: como máximo esta cantidad (de 1 a 500).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule (all but create and list).</source>
        <translation>La programación (todas las acciones salvo create y list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the cluster&apos;s schedules.</source>
        <translation>Gestionar las programaciones del clúster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schedule: expected one of %1</source>
        <translation>schedule: se esperaba uno de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schedule %1: give the schedule id</source>
        <translation>schedule %1: indique el ID de la programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule %1: takes no id</source>
        <translation>schedule %1: no admite ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--server: required, an http:// or https:// URL</source>
        <translation>--server: obligatorio, una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>schedule update: give at least one field to change</source>
        <translation>schedule update: indique al menos un campo que cambiar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+38"/>
        <source>%1: not a dashboard (.epidash)</source>
        <translation>%1: no es un tablero (.epidash)</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <source>Connect to the PostgreSQL warehouse &lt;uri&gt; (postgresql://user@host:port/db; the password from the keychain).</source>
        <translation>Conectar al almacén de datos PostgreSQL &lt;uri&gt; (postgresql://user@host:port/db; la contraseña se toma del llavero).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the window to &lt;png&gt; once the first result is shown, then exit.</source>
        <translation>Guardar la ventana en &lt;png&gt; en cuanto se muestre el primer resultado y salir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the relocation scenario &lt;dir&gt; (default: the relocation folder beside the store, as epidesk-cli demo create makes it) and solve it.</source>
        <translation>Abrir el escenario de reubicación &lt;dir&gt; (predeterminado: la carpeta relocation junto a la base de datos, tal como la crea epidesk-cli demo create) y resolverlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dashboards to open (.epidash), each in its own window.</source>
        <translation>Tableros que abrir (.epidash), cada uno en su propia ventana.</translation>
    </message>
</context>
</TS>
