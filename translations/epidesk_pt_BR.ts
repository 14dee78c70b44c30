<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlbersEqualAreaProjection</name>
    <message>
        <location filename="../mapping/Projection.cpp" line="+70"/>
        <source>Albers equal-area (Brazil)</source>
        <translation>Albers de áreas iguais (Brasil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Albers equal-area (Poland)</source>
        <translation>Albers de áreas iguais (Polônia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albers equal-area</source>
        <translation>Albers de áreas iguais</translation>
    </message>
</context>
<context>
    <name>AnvisaImporter</name>
    <message>
        <location filename="../connectors/formats/anvisa/AnvisaImporter.cpp" line="+63"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: não é possível gravar na base de dados: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: a sum of its rows does not fit in a 64-bit integer</source>
        <translation>%1: uma soma das suas linhas não cabe em um inteiro de 64 bits</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ANVISA sales of controlled and antimicrobial medicines (EDA_Industrializados_YYYYMM.csv)</source>
        <translation>Vendas de medicamentos controlados e antimicrobianos da ANVISA (EDA_Industrializados_YYYYMM.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: listed more than once; only the last one (%2) was imported</source>
        <translation>%1: indicado mais de uma vez; apenas o último (%2) foi importado</translation>
    </message>
</context>
<context>
    <name>AnvisaReader</name>
    <message>
        <location filename="../connectors/formats/anvisa/AnvisaReader.cpp" line="+136"/>
        <source>expected %1 fields, found %2</source>
        <translation>esperados %1 campos, encontrados %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>year is not an integer from 1990 to 2100</source>
        <translation>o ano não é um número inteiro de 1990 a 2100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month is not an integer from 1 to 12</source>
        <translation>o mês não é um número inteiro de 1 a 12</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not one of the 27 UF abbreviations</source>
        <translation>não é uma das 27 siglas de UF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantity is not a non-negative integer</source>
        <translation>a quantidade não é um número inteiro não negativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active ingredient is empty</source>
        <translation>o princípio ativo está vazio</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%1: unknown header (%n field(s)); expected one of: %2</source>
        <translation>
            <numerusform>%1: cabeçalho desconhecido (%n campo); esperado um de: %2</numerusform>
            <numerusform>%1: cabeçalho desconhecido (%n campos); esperado um de: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the first line is longer than %2 bytes, so not an ANVISA header; expected one of: %3</source>
        <translation>%1: a primeira linha tem mais de %2 bytes, portanto não é um cabeçalho da ANVISA; esperado um de: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>line longer than %1 bytes</source>
        <translation>linha com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1 has no header row; expected one of: %2</source>
        <translation>%1 não tem linha de cabeçalho; esperado um de: %2</translation>
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
        <translation>Azuis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greens</source>
        <translation>Verdes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purples</source>
        <translation>Roxos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow-orange-red</source>
        <translation>Amarelo-laranja-vermelho</translation>
    </message>
</context>
<context>
    <name>CovidPlImporter</name>
    <message>
        <location filename="../connectors/formats/covidpl/CovidPlImporter.cpp" line="+27"/>
        <source>Cannot read the powiat boundaries %1: %2</source>
        <translation>Não é possível ler os limites dos powiats %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists no powiats (property terc)</source>
        <translation>%1 não contém nenhum powiat (propriedade terc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: não é possível gravar na base de dados: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poland: daily COVID-19 cases and deaths per powiat (covid_cases_powiat_daily.tsv)</source>
        <translation>Polônia: casos e óbitos diários de COVID-19 por powiat (covid_cases_powiat_daily.tsv)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: listed more than once; only the last one (%2) was imported</source>
        <translation>%1: indicado mais de uma vez; apenas o último (%2) foi importado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a sum of its rows does not fit in a 64-bit integer</source>
        <translation>%1: uma soma das suas linhas não cabe em um inteiro de 64 bits</translation>
    </message>
</context>
<context>
    <name>CovidPlReader</name>
    <message>
        <location filename="../connectors/formats/covidpl/CovidPlReader.cpp" line="+198"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>%1: the header has no column &quot;%2&quot;; expected new_cases, deaths, teryt and date separated by tabs</source>
        <translation>%1: o cabeçalho não tem a coluna &quot;%2&quot;; esperado new_cases, deaths, teryt e date separados por tabulações</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>expected %1 fields, found %2</source>
        <translation>esperados %1 campos, encontrados %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new cases is not a non-negative integer</source>
        <translation>o número de novos casos não é um inteiro não negativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deaths is not a non-negative integer</source>
        <translation>o número de óbitos não é um inteiro não negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date is not a valid day written YYYYMMDD</source>
        <translation>a data não é um dia válido no formato YYYYMMDD</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the first line is longer than %2 bytes, so not the header; expected new_cases, deaths, teryt and date</source>
        <translation>%1: a primeira linha tem mais de %2 bytes, portanto não é o cabeçalho; esperado new_cases, deaths, teryt e date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line longer than %1 bytes</source>
        <translation>linha com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 has no header row; expected new_cases, deaths, teryt and date</source>
        <translation>%1 não tem linha de cabeçalho; esperado new_cases, deaths, teryt e date</translation>
    </message>
</context>
<context>
    <name>DashboardExamples</name>
    <message>
        <location filename="../dashboard/DashboardExamples.cpp" line="+15"/>
        <source>Azithromycin in Brazil</source>
        <translation>Azitromicina no Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COVID-19 in Poland</source>
        <translation>COVID-19 na Polônia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation after a wave</source>
        <translation>Realocação após uma onda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the example is missing from this build</source>
        <translation>%1: o exemplo não está nesta compilação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no example dashboard named %1</source>
        <translation>nenhum dashboard de exemplo chamado %1</translation>
    </message>
</context>
<context>
    <name>DashboardFile</name>
    <message>
        <location filename="../dashboard/DashboardFile.cpp" line="+23"/>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 MiB; not a dashboard document</source>
        <translation>maior que %1 MiB; não é um documento de dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON inválido em %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document must be a JSON object</source>
        <translation>o documento deve ser um objeto JSON</translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <location filename="../views/dashboard/DashboardRenderer.cpp" line="+52"/>
        <source>panel &quot;%1&quot;: cannot be drawn (out of memory)</source>
        <translation>painel &quot;%1&quot;: não pode ser desenhado (memória insuficiente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EpiDesk dashboard</source>
        <translation>Dashboard do EpiDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Cannot write the PDF %1</source>
        <translation>Não é possível gravar o PDF %1</translation>
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
        <translation>Seleção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time cursor</source>
        <translation>Cursor de tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last period</source>
        <translation>último período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data changed since saved</source>
        <translation>Dados alterados desde o salvamento</translation>
    </message>
</context>
<context>
    <name>DataChanges</name>
    <message numerus="yes">
        <location filename="../dashboard/DataChanges.cpp" line="+33"/>
        <source>%n file(s) added (%1)</source>
        <translation>
            <numerusform>%n arquivo adicionado (%1)</numerusform>
            <numerusform>%n arquivos adicionados (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) replaced (%1)</source>
        <translation>
            <numerusform>%n arquivo substituído (%1)</numerusform>
            <numerusform>%n arquivos substituídos (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) removed (%1)</source>
        <translation>
            <numerusform>%n arquivo removido (%1)</numerusform>
            <numerusform>%n arquivos removidos (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSourceRegistry</name>
    <message>
        <location filename="../connectors/registry/DataSourceRegistry.cpp" line="+51"/>
        <source>No data source handles &quot;%1&quot; locations (%2)</source>
        <translation>Nenhuma fonte de dados trata locais do tipo &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>DistrictSeriesStore</name>
    <message>
        <location filename="../connectors/store/EmbeddedDistrictSeries.cpp" line="+118"/>
        <source>Cannot open the store %1: %2</source>
        <translation>Não é possível abrir a base de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/core/ImportSink.cpp" line="+29"/>
        <source>%1 cannot store daily district series</source>
        <translation>%1 não pode armazenar séries diárias por distrito</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseDistrictSeries.cpp" line="+97"/>
        <source>Cannot read daily series from %1: %2</source>
        <translation>Não é possível ler as séries diárias de %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>Não é possível preparar o armazém de dados %1: %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedStore</name>
    <message>
        <location filename="../connectors/store/EmbeddedStore.cpp" line="+56"/>
        <source>Cannot create the store %1: %2</source>
        <translation>Não é possível criar a base de dados %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the store %1: the file already exists</source>
        <translation>Não é possível criar a base de dados %1: o arquivo já existe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open the store %1: no such file</source>
        <translation>Não é possível abrir a base de dados %1: o arquivo não existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+11"/>
        <source>Cannot open the store %1: %2</source>
        <translation>Não é possível abrir a base de dados %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 is not an EpiDesk store</source>
        <translation>%1 não é uma base de dados do EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has store schema version %2; this EpiDesk reads version %3</source>
        <translation>%1 tem o esquema de base de dados na versão %2; esta versão do EpiDesk lê a versão %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot upgrade the store %1: %2</source>
        <translation>Não é possível atualizar a base de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/store/EmbeddedRollups.cpp" line="+217"/>
        <source>a rollup sum does not fit in a 64-bit integer</source>
        <translation>uma soma agregada não cabe em um inteiro de 64 bits</translation>
    </message>
</context>
<context>
    <name>EqualIntervalClassifier</name>
    <message>
        <location filename="../mapping/EqualIntervalClassifier.cpp" line="+6"/>
        <source>Equal interval</source>
        <translation>Intervalos iguais</translation>
    </message>
</context>
<context>
    <name>EquirectangularProjection</name>
    <message>
        <location filename="../mapping/Projection.cpp" line="-55"/>
        <source>Equirectangular (plate carrée)</source>
        <translation>Equirretangular (plate carrée)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../dashboard/FilterChips.cpp" line="+9"/>
        <source>Ingredient: %1</source>
        <translation>Princípio ativo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places: %1</source>
        <translation>Locais: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years: %1–%2</source>
        <translation>Anos: %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1</source>
        <translation>Selecionados: %1</translation>
    </message>
</context>
<context>
    <name>ForecastService</name>
    <message>
        <location filename="../services/ForecastService.cpp" line="+72"/>
        <source>%1 holds no daily district series; import some first (epidesk-cli import covid-pl)</source>
        <translation>%1 não contém séries diárias por distrito; importe algumas primeiro (epidesk-cli import covid-pl)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>series: empty item in &quot;%1&quot;</source>
        <translation>series: item vazio em &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no district code starts with %1</source>
        <translation>nenhum código de distrito começa com %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown district %1</source>
        <translation>distrito desconhecido %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>model: unknown &quot;%1&quot; (one of %2)</source>
        <translation>model: &quot;%1&quot; desconhecido (um de %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no data on or before %1</source>
        <translation>sem dados até %1, inclusive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data for district %1</source>
        <translation>sem dados para o distrito %1</translation>
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
        <translation>Formato de importação desconhecido &quot;%1&quot;; conhecidos: %2</translation>
    </message>
</context>
<context>
    <name>JenksClassifier</name>
    <message>
        <location filename="../mapping/JenksClassifier.cpp" line="+7"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Quebras naturais (Jenks)</translation>
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
        <translation>Não é possível abrir o arquivo de limites %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Boundary file %1 has no layer</source>
        <translation>O arquivo de limites %1 não tem camadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary file %1 has no layer &quot;%2&quot;</source>
        <translation>O arquivo de limites %1 não tem a camada &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer &quot;%1&quot; of %2 has no code field &quot;%3&quot;</source>
        <translation>A camada &quot;%1&quot; de %2 não tem o campo de código &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer &quot;%1&quot; of %2 has no name field &quot;%3&quot;</source>
        <translation>A camada &quot;%1&quot; de %2 não tem o campo de nome &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot transform layer &quot;%1&quot; of %2 to longitude/latitude: %3</source>
        <translation>Não é possível transformar a camada &quot;%1&quot; de %2 para longitude/latitude: %3</translation>
    </message>
</context>
<context>
    <name>PanelKinds</name>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="+196"/>
        <source>must be &quot;cube&quot; or &quot;prisms&quot;</source>
        <translation>deve ser &quot;cube&quot; ou &quot;prisms&quot;</translation>
    </message>
</context>
<context>
    <name>PgLocation</name>
    <message>
        <location filename="../connectors/warehouse/PgLocation.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a PostgreSQL URI (postgresql://user@host:port/database)</source>
        <translation>&quot;%1&quot; não é um URI do PostgreSQL (postgresql://user@host:port/database)</translation>
    </message>
</context>
<context>
    <name>QuantileClassifier</name>
    <message>
        <location filename="../mapping/QuantileClassifier.cpp" line="+7"/>
        <source>Quantile (equal count)</source>
        <translation>Quantis (mesma contagem)</translation>
    </message>
</context>
<context>
    <name>RegionalShares</name>
    <message>
        <location filename="../views/trends/RegionalShares.cpp" line="+25"/>
        <source>Other states</source>
        <translation>Outros estados</translation>
    </message>
</context>
<context>
    <name>RemoteCompute</name>
    <message>
        <location filename="../views/dashboard/RemoteCompute.cpp" line="+14"/>
        <source>cluster %1: %2</source>
        <translation>cluster %1: %2</translation>
    </message>
</context>
<context>
    <name>SeriesFolder</name>
    <message>
        <location filename="../services/SeriesFolder.cpp" line="+13"/>
        <source>%1: no such folder</source>
        <translation>%1: a pasta não existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no .csv file</source>
        <translation>%1: nenhum arquivo .csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 files, more than the limit of %3</source>
        <translation>%1: %2 arquivos, mais do que o limite de %3</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <location filename="../connectors/store/SqliteUtil.cpp" line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown SQLite error</source>
        <translation>erro desconhecido do SQLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
</context>
<context>
    <name>TrendPanelProvider</name>
    <message>
        <location filename="../services/TrendPanelProvider.cpp" line="+17"/>
        <source>series %1: unreadable period &quot;%2&quot;</source>
        <translation>série %1: período ilegível &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>series %1: period &quot;%2&quot; out of order</source>
        <translation>série %1: período &quot;%2&quot; fora de ordem</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 holds no sales for this request</source>
        <translation>%1 não contém vendas para esta requisição</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <location filename="../connectors/warehouse/PgConnection.cpp" line="+30"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseReference.cpp" line="+33"/>
        <source>Cannot create the folder of %1</source>
        <translation>Não é possível criar a pasta de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>Não é possível gravar %1</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSnapshot.cpp" line="+38"/>
        <source>Invalid snapshot name &quot;%1&quot;: use lower-case letters, digits and _, starting with a letter (at most 40 characters)</source>
        <translation>Nome de instantâneo inválido &quot;%1&quot;: use letras minúsculas, dígitos e _, começando por uma letra (no máximo 40 caracteres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A snapshot named &quot;%1&quot; already exists</source>
        <translation>Já existe um instantâneo chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSink.cpp" line="+424"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>Não é possível preparar o armazém de dados %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot read the quarantine of %1: %2</source>
        <translation>Não é possível ler a quarentena de %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSource.cpp" line="+48"/>
        <source>The warehouse %1 has no snapshot &quot;%2&quot;</source>
        <translation>O armazém de dados %1 não tem o instantâneo &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the warehouse %1: %2</source>
        <translation>Não é possível abrir o armazém de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseRollups.cpp" line="+21"/>
        <source>a rollup sum does not fit in a 64-bit integer</source>
        <translation>uma soma agregada não cabe em um inteiro de 64 bits</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="+56"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.h" line="+18"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+117"/>
        <source>Embedded store (GeoPackage file).</source>
        <translation>Base de dados embutida (arquivo GeoPackage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL warehouse (postgresql://user@host:port/db[?snapshot=NAME]).</source>
        <translation>Armazém de dados PostgreSQL (postgresql://user@host:port/db[?snapshot=NAME]).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+41"/>
        <source>Random seed.</source>
        <translation>Semente aleatória.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of the real volume.</source>
        <translation>Fração do volume real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/TrendOptions.h" line="+35"/>
        <source>First year.</source>
        <translation>Primeiro ano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/TrendOptions.h" line="+1"/>
        <source>Last year.</source>
        <translation>Último ano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder.</source>
        <translation>Pasta de saída.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Demo data: everything in one folder (demo create DIR), ANVISA-format files (demo generate DIR) or a Poland relocation scenario (demo relocation DIR).</source>
        <translation>Dados de demonstração: tudo em uma pasta (demo create DIR), arquivos no formato da ANVISA (demo generate DIR) ou um cenário de realocação da Polônia (demo relocation DIR).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action: create, generate or relocation.</source>
        <translation>A ação: create, generate ou relocation.</translation>
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
        <translation>seed: deve ser um número inteiro não negativo</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+34"/>
        <source>scale: must be a number in (0, 1]</source>
        <translation>scale: deve ser um número em (0, 1]</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>from/to: must be years with from &lt;= to</source>
        <translation>from/to: devem ser anos, com from &lt;= to</translation>
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
        <translation>não é possível ler %1</translation>
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
        <translation>interrompido</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>interrupted: finished parts are kept, the rest is redone by the next run</source>
        <translation>interrompido: as partes concluídas são mantidas; o restante será refeito na próxima execução</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
        <source>Import source files (anvisa) into a store or the warehouse; JSON summary.</source>
        <translation>Importar arquivos de origem (anvisa) para uma base de dados ou para o armazém de dados; resumo em JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Embedded store (created if missing).</source>
        <translation>Base de dados embutida (criada se não existir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL warehouse (migrated if needed).</source>
        <translation>Armazém de dados PostgreSQL (migrado se necessário).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also read FIFOs and devices, e.g. &lt;(zcat file.csv.gz).</source>
        <translation>Ler também FIFOs e dispositivos, p. ex. &lt;(zcat file.csv.gz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to import.</source>
        <translation>Arquivos a importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>format: missing (one of %1)</source>
        <translation>format: ausente (um de %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format: unknown &apos;%1&apos; (one of %2)</source>
        <translation>format: &apos;%1&apos; desconhecido (um de %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files: nothing to import</source>
        <translation>files: nada a importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>store: one destination is required (--store FILE or --db URI)</source>
        <translation>store: é necessário um destino (--store FILE ou --db URI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>interrupted: the file in progress was rolled back</source>
        <translation>interrompido: as alterações do arquivo em andamento foram revertidas</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <source>Usage: epidesk-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Uso: epidesk-cli COMANDO [OPÇÕES]

Comandos:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run &apos;epidesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Execute &apos;epidesk-cli COMANDO --help&apos; para ver as opções de um comando.
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-64"/>
        <source>Write the PDF report (map, chart, trend table, provenance).</source>
        <translation>Gerar o relatório em PDF (mapa, gráfico, tabela de tendências, procedência dos dados).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Output PDF file.</source>
        <translation>Arquivo PDF de saída.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report title.</source>
        <translation>Título do relatório.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map classes: %1.</source>
        <translation>Classificação do mapa: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of map classes.</source>
        <translation>Número de classes do mapa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a period (e.g. 2020) or sen_slope; default: last period.</source>
        <translation>Período a mapear (p. ex. 2020) ou sen_slope; padrão: último período.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codes to highlight (comma-separated).</source>
        <translation>Códigos a destacar (separados por vírgula).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pdf: an output file is required (--pdf FILE)</source>
        <translation>pdf: é necessário um arquivo de saída (--pdf FILE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classification: must be one of %1</source>
        <translation>classification: deve ser um de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classes: must be an integer from 2 to 9</source>
        <translation>classes: deve ser um número inteiro de 2 a 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report</source>
        <translation>relatório</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="-43"/>
        <source>Series and trend tests (Kendall tau, Sen&apos;s slope) per area.</source>
        <translation>Séries e testes de tendência (tau de Kendall, inclinação de Sen) por área.</translation>
    </message>
    <message>
        <location filename="../app/cli/RelocateCommand.cpp" line="-78"/>
        <source>Relocation plan of a scenario: districts to facilities (CBC MILP).</source>
        <translation>Plano de realocação de um cenário: distritos para unidades (MILP com CBC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario folder or JSON file.</source>
        <translation>Pasta ou arquivo JSON do cenário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective weights, e.g. risk=1,travel=0.1,cost=0.01.</source>
        <translation>Pesos do objetivo, p. ex. risk=1,travel=0.1,cost=0.01.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver time limit (seconds).</source>
        <translation>Limite de tempo do solver (segundos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative optimality gap.</source>
        <translation>Gap de otimalidade relativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nearest facilities per district and group (0 = all within the limit).</source>
        <translation>Unidades mais próximas por distrito e grupo (0 = todas dentro do limite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+11"/>
        <source>json or csv.</source>
        <translation>json ou csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --format csv: flows (default), unmet or facility_use.</source>
        <translation>Com --format csv: flows (padrão), unmet ou facility_use.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the model to FILE (.mps, or .lp) for other solvers.</source>
        <translation>Gravar também o modelo em FILE (.mps ou .lp) para outros solvers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scenario: required (a folder or a JSON file)</source>
        <translation>scenario: obrigatório (uma pasta ou um arquivo JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time-limit, gap, max-candidates: must be numbers</source>
        <translation>time-limit, gap, max-candidates: devem ser números</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>csv-table: must be flows, unmet or facility_use</source>
        <translation>csv-table: deve ser flows, unmet ou facility_use</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid scenario:
%1</source>
        <translation>cenário inválido:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relocate</source>
        <translation>realocação</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="+3"/>
        <source>With --format csv: series (default) or tests.</source>
        <translation>Com --format csv: series (padrão) ou tests.</translation>
    </message>
    <message>
        <location filename="../app/cli/RelocateCommand.cpp" line="-10"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+13"/>
        <source>format: must be json or csv</source>
        <translation>format: deve ser json ou csv</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="+3"/>
        <source>csv-table: must be series or tests</source>
        <translation>csv-table: deve ser series ou tests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trends</source>
        <translation>tendências</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.cpp" line="+14"/>
        <source>store: give either --store FILE or --db URI, not both</source>
        <translation>store: indique --store FILE ou --db URI, não ambos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db: expected a postgresql:// URI</source>
        <translation>db: esperado um URI postgresql://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store: a data source is required (--store FILE or --db URI)</source>
        <translation>store: é necessária uma fonte de dados (--store FILE ou --db URI)</translation>
    </message>
    <message>
        <location filename="../app/cli/WarehouseCommand.cpp" line="+20"/>
        <source>PostgreSQL warehouse: migrate the schema, take snapshots.</source>
        <translation>Armazém de dados PostgreSQL: migrar o esquema, criar instantâneos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warehouse (postgresql://user@host:port/db).</source>
        <translation>Armazém de dados (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate, or snapshot NAME.</source>
        <translation>migrate ou snapshot NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>action: expected migrate or snapshot NAME</source>
        <translation>action: esperado migrate ou snapshot NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot: a NAME is required</source>
        <translation>snapshot: é necessário informar NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db: a warehouse is required (--db URI)</source>
        <translation>db: é necessário um armazém de dados (--db URI)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warehouse %1: %2</source>
        <translation>armazém de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendOptions.h" line="-7"/>
        <source>Active ingredient contains TEXT (case and accents ignored); several terms separated by &apos;|&apos;, a term &apos;=NAME&apos; matches NAME exactly.</source>
        <translation>Princípio ativo contém TEXTO (sem distinguir maiúsculas e acentos); vários termos separados por &apos;|&apos;, um termo &apos;=NOME&apos; corresponde exatamente a NOME.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>municipality, uf, region or country.</source>
        <translation>municipality, uf, region ou country.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year or month.</source>
        <translation>year ou month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prescriptions or units.</source>
        <translation>prescriptions ou units.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per 1,000 inhabitants.</source>
        <translation>Taxas por 1.000 habitantes.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="-19"/>
        <source>%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1: esperado um número inteiro de %2 a %3, recebido &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastCommand.cpp" line="-161"/>
        <source>PostgreSQL warehouse URI.</source>
        <translation>URI do armazém de dados PostgreSQL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A period,value CSV (series code &quot;series&quot;).</source>
        <translation>Um CSV period,value (código de série &quot;series&quot;).</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Forecast district or prescription series (nn, bayes, ets, snaive, auto) with backtests; JSON.</source>
        <translation>Prever séries por distrito ou de prescrições (nn, bayes, ets, snaive, auto) com backtests; JSON.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Every period,value CSV of this folder (codes = file names).</source>
        <translation>Todos os CSV period,value desta pasta (códigos = nomes dos arquivos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District code, comma list, voivodeship prefix (02*), PL or all (default); with --prescriptions the trends codes (MG, BR, 31*).</source>
        <translation>Código de distrito, lista separada por vírgula, prefixo de voivodia (02*), PL ou all (padrão); com --prescriptions, os códigos de tendências (MG, BR, 31*).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nn, bayes, ets, snaive or auto.</source>
        <translation>nn, bayes, ets, snaive ou auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods ahead (1-1000).</source>
        <translation>Períodos à frente (1-1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervals to print: 80, 95 or 80,95 (default).</source>
        <translation>Intervalos a imprimir: 80, 95 ou 80,95 (padrão).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling-origin backtest with this many origins (0 = none).</source>
        <translation>Backtest com origem móvel com este número de origens (0 = nenhum).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cases (default), deaths, or either with _mean7 (7-day trailing mean) or _weekly (ISO-week totals): cases_mean7, deaths_weekly, ...</source>
        <translation>cases (padrão), deaths ou qualquer um deles com _mean7 (média móvel dos últimos 7 dias) ou _weekly (totais por semana ISO): cases_mean7, deaths_weekly, ...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast origin: forecast from this day, with the actuals after it held out (YYYY-MM-DD).</source>
        <translation>Origem da previsão: prever a partir deste dia, retendo os valores reais posteriores (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>json (default) or csv.</source>
        <translation>json (padrão) ou csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast the ANVISA series of the trend options below.</source>
        <translation>Prever as séries da ANVISA definidas pelas opções de tendência abaixo.</translation>
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
        <translation>source: indique exatamente um entre --store FILE, --db URI, --csv FILE ou --series-dir DIR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model: expected one of %1, got &quot;%2&quot;</source>
        <translation>model: esperado um de %1, recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>horizon: missing (--horizon H)</source>
        <translation>horizon: ausente (--horizon H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>level: expected 80, 95 or 80,95, got &quot;%1&quot;</source>
        <translation>level: esperado 80, 95 ou 80,95, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indicator: expected one of %1, got &quot;%2&quot;</source>
        <translation>indicator: esperado um de %1, recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as-of: expected a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>as-of: esperada uma data YYYY-MM-DD, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prescriptions: reads --store or --db; --csv and --indicator do not apply</source>
        <translation>prescriptions: lê --store ou --db; --csv e --indicator não se aplicam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: only with --prescriptions</source>
        <translation>%1: somente com --prescriptions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format: expected json or csv, got &quot;%1&quot;</source>
        <translation>format: esperado json ou csv, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>db: %1</source>
        <translation>db: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>forecast</source>
        <translation>previsão</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no series could be forecast</source>
        <translation>nenhuma série pôde ser prevista</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastEvalCommand.cpp" line="-30"/>
        <source>Rolling-origin accuracy and interval coverage of forecast models on a folder of series.</source>
        <translation>Acurácia com origens móveis e cobertura dos intervalos dos modelos de previsão em uma pasta de séries.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of period,value CSV files.</source>
        <translation>Pasta de arquivos CSV period,value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma list of models (default: all of %1).</source>
        <translation>Lista de modelos separada por vírgula (padrão: todos entre %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods ahead (0 = by frequency).</source>
        <translation>Períodos à frente (0 = conforme a frequência).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling origins per series (1-200).</source>
        <translation>Origens móveis por série (1-200).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model options as a JSON object.</source>
        <translation>Opções do modelo como objeto JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads (0 = one per core).</source>
        <translation>Threads de trabalho (0 = uma por núcleo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>json (default) or markdown.</source>
        <translation>json (padrão) ou markdown.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>series: missing (--series DIR)</source>
        <translation>series: ausente (--series DIR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>models: unknown &quot;%1&quot; (one of %2)</source>
        <translation>models: &quot;%1&quot; desconhecido (um de %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>options: expected a JSON object, got &quot;%1&quot;</source>
        <translation>options: esperado um objeto JSON, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format: expected json or markdown, got &quot;%1&quot;</source>
        <translation>format: esperado json ou markdown, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no series could be read</source>
        <translation>nenhuma série pôde ser lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast-eval</source>
        <translation>avaliação de previsões</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no series could be evaluated</source>
        <translation>nenhuma série pôde ser avaliada</translation>
    </message>
</context>
<context>
    <name>epidesk</name>
    <message>
        <location filename="../dashboard/DashboardDocument.cpp" line="+49"/>
        <source>must not be before from_year</source>
        <translation>não pode ser anterior a from_year</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+36"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>more than %1 saved results</source>
        <translation>mais de %1 resultados salvos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>não pode ser vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a SHA-256 in 64 lower-case hex digits</source>
        <translation>deve ser um SHA-256 em 64 dígitos hexadecimais minúsculos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved results must be sorted by family and inputs, each once</source>
        <translation>os resultados salvos devem estar ordenados por família e entradas, cada um uma vez</translation>
    </message>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="-130"/>
        <source>must be empty (the last period), a period (2020 or 2020-03) or sen_slope</source>
        <translation>deve ser vazio (o último período), um período (2020 ou 2020-03) ou sen_slope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown classifier &quot;%1&quot; (known: %2)</source>
        <translation>classificador desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown colour ramp &quot;%1&quot; (known: %2)</source>
        <translation>rampa de cores desconhecida &quot;%1&quot; (conhecidas: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a number greater than the previous break</source>
        <translation>deve ser um número maior que a quebra anterior</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 must be numbers with %1 &lt; %2</source>
        <translation>%1 e %2 devem ser números com %1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../views/spacetime/VtkOpenGLWidget.cpp" line="+232"/>
        <source>the 3-D view could not be read back</source>
        <translation>não foi possível ler a imagem da vista 3-D</translation>
    </message>
</context>
<context>
    <name>epidesk-server</name>
    <message>
        <location filename="../cluster/server_main.cpp" line="+38"/>
        <source>PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB).</source>
        <translation>URI PostgreSQL do banco de dados de tarefas (padrão: $EPIDESK_CLUSTER_DB).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>analyst (own jobs) or admin (all jobs).</source>
        <translation>analyst (tarefas próprias) ou admin (todas as tarefas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days until the token expires (create; 1 to %1).</source>
        <translation>Dias até o token expirar (create; de 1 a %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage API tokens.</source>
        <translation>Gerenciar tokens da API.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>User name the token belongs to (create), or whose tokens to revoke.</source>
        <translation>Nome do usuário a quem o token pertence (create) ou cujos tokens serão revogados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token id from &quot;token list&quot; (revoke).</source>
        <translation>ID do token, conforme &quot;token list&quot; (revoke).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create: make a token and print it (shown only once); list: show tokens (never their secret); revoke: refuse a token from the next request on.</source>
        <translation>create: cria um token e o imprime (exibido uma única vez); list: mostra os tokens (nunca o segredo deles); revoke: recusa o token a partir da próxima requisição.</translation>
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
        <translation>--expires-days: um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>--user: required</source>
        <translation>--user: obrigatório</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>--role: must be analyst or admin</source>
        <translation>--role: deve ser analyst ou admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoke: give either --id or --user</source>
        <translation>revoke: indique --id ou --user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--id: expected a token id from &quot;token list&quot;</source>
        <translation>--id: esperado um ID de token de &quot;token list&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no active token matched</source>
        <translation>nenhum token ativo correspondente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or upgrade the epidesk_cluster schema.</source>
        <translation>Criar ou atualizar o esquema epidesk_cluster.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Address and port to listen on (port 0 = any free port).</source>
        <translation>Endereço e porta de escuta (porta 0 = qualquer porta livre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data source the jobs run against: store path or warehouse URI.</source>
        <translation>Fonte de dados usada pelas tarefas: caminho da base de dados ou URI do armazém de dados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body in bytes.</source>
        <translation>Tamanho máximo do corpo da requisição, em bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per job before it fails.</source>
        <translation>Tentativas por tarefa antes de ela falhar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to receive a request head from its first byte.</source>
        <translation>Segundos para receber o cabeçalho de uma requisição a partir do primeiro byte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to receive a request body after its head.</source>
        <translation>Segundos para receber o corpo de uma requisição após o cabeçalho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds a connection may stay silent before its first request or between requests (and a stalled response write).</source>
        <translation>Segundos que uma conexão pode ficar sem atividade antes da primeira requisição ou entre requisições (vale também para o envio travado de uma resposta).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open connections at most; more get 503.</source>
        <translation>Máximo de conexões abertas; as excedentes recebem 503.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open connections at most per client address.</source>
        <translation>Máximo de conexões abertas por endereço de cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database connections (threads) serving requests.</source>
        <translation>Conexões com o banco de dados (threads) que atendem às requisições.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds a request may wait for the database before it gets 503 (also the statement timeout).</source>
        <translation>Segundos que uma requisição pode aguardar o banco de dados antes de receber 503 (também é o tempo limite das instruções SQL).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest forecast job: series × horizon × (backtest origins + 1) × samples.</source>
        <translation>Maior tarefa de previsão aceita: séries × horizonte × (origens de backtest + 1) × amostras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest relocation time_limit_seconds accepted.</source>
        <translation>Maior time_limit_seconds de realocação aceito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never fire schedules from this server (an API-only replica).</source>
        <translation>Nunca disparar agendamentos a partir deste servidor (uma réplica somente de API).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds past its due time after which a run counts as missed (all servers were down) and the schedule&apos;s catch_up applies.</source>
        <translation>Segundos após o horário previsto a partir dos quais uma execução conta como perdida (todos os servidores estavam fora do ar) e o catch_up do agendamento é aplicado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedules a user may keep.</source>
        <translation>Número máximo de agendamentos por usuário.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EpiDesk cluster API server.</source>
        <translation>Servidor da API do cluster EpiDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--listen: expected HOST:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen: esperado HOST:PORT, p. ex. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--max-body / --max-attempts: invalid number</source>
        <translation>--max-body / --max-attempts: número inválido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--header-timeout / --body-timeout / --idle-timeout: invalid seconds</source>
        <translation>--header-timeout / --body-timeout / --idle-timeout: número de segundos inválido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-connections / --max-connections-per-client: invalid number</source>
        <translation>--max-connections / --max-connections-per-client: número inválido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--data: required (store path or warehouse URI)</source>
        <translation>--data: obrigatório (caminho da base de dados ou URI do armazém de dados)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--db-connections (1 to 64), --db-timeout, --max-forecast-cost, --max-solve-seconds: positive numbers</source>
        <translation>--db-connections (de 1 a 64), --db-timeout, --max-forecast-cost, --max-solve-seconds: números positivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--schedule-grace (10 to 86400 s) / --max-schedules-per-user: invalid number</source>
        <translation>--schedule-grace (de 10 a 86400 s) / --max-schedules-per-user: número inválido</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot listen on %1: %2</source>
        <translation>não é possível escutar em %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk-worker</name>
    <message>
        <location filename="../cluster/worker_main.cpp" line="+43"/>
        <source>PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB).</source>
        <translation>URI PostgreSQL do banco de dados de tarefas (padrão: $EPIDESK_CLUSTER_DB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data source: store path or warehouse URI (same as the server&apos;s).</source>
        <translation>Fonte de dados: caminho da base de dados ou URI do armazém de dados (a mesma do servidor).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lease in seconds; renewed every third of it while a job runs.</source>
        <translation>Concessão em segundos; renovada a cada terço dela enquanto uma tarefa é executada.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>EpiDesk cluster worker. Each job runs in a process of its own (the internal sub-command run-job) under the limits below.</source>
        <translation>Worker do cluster EpiDesk. Cada tarefa é executada em um processo próprio (o subcomando interno run-job), sob os limites abaixo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attempts per job (its lease expired or its process crashed) before it fails.</source>
        <translation>Tentativas por tarefa (concessão expirada ou processo encerrado de forma anormal) antes de ela falhar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait between claims when the queue is empty.</source>
        <translation>Espera entre tentativas de obter uma tarefa quando a fila está vazia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker name (default: host-pid-random).</source>
        <translation>Nome do worker (padrão: host-pid-aleatório).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit after this many jobs (0 = never).</source>
        <translation>Sair após este número de tarefas (0 = nunca).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File touched at every heartbeat (liveness probes).</source>
        <translation>Arquivo atualizado (touch) a cada heartbeat (sondas de atividade).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address-space limit of each job&apos;s process in MB; a job above it fails (0 = none).</source>
        <translation>Limite de espaço de endereçamento do processo de cada tarefa, em MB; uma tarefa que o ultrapassar falha (0 = nenhum).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wall time per job in seconds; a job still running then is stopped and fails (0 = none).</source>
        <translation>Tempo decorrido máximo por tarefa, em segundos; uma tarefa ainda em execução após esse tempo é interrompida e falha (0 = nenhum).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largest result a job may return, in MiB.</source>
        <translation>Tamanho máximo do resultado que uma tarefa pode retornar, em MiB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest file a job may return besides its result (a dashboard&apos;s PDF), in MiB (1 to 256).</source>
        <translation>Tamanho máximo de um arquivo que uma tarefa pode retornar além do resultado (o PDF de um dashboard), em MiB (de 1 a 256).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program that draws dashboard jobs (default: $EPIDESK_RENDER_PROGRAM, else epidesk-render beside this program).</source>
        <translation>O programa que desenha as tarefas de dashboard (padrão: $EPIDESK_RENDER_PROGRAM; caso contrário, o epidesk-render ao lado deste programa).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--lease, --max-attempts, --poll-ms, --max-jobs: positive integers</source>
        <translation>--lease, --max-attempts, --poll-ms, --max-jobs: inteiros positivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--job-memory-mb, --job-timeout: integers, 0 or more; --job-result-mb: positive integer</source>
        <translation>--job-memory-mb, --job-timeout: inteiros maiores ou iguais a 0; --job-result-mb: inteiro positivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--job-artifact-mb: an integer from 1 to 256</source>
        <translation>--job-artifact-mb: um número inteiro de 1 a 256</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--render-program: %1 is not an executable</source>
        <translation>--render-program: %1 não é um executável</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no epidesk-render beside this program: dashboard jobs will fail here</source>
        <translation>não há epidesk-render ao lado deste programa: as tarefas de dashboard falharão aqui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--data: required (store path or warehouse URI)</source>
        <translation>--data: obrigatório (caminho da base de dados ou URI do armazém de dados)</translation>
    </message>
</context>
<context>
    <name>epidesk::AnalogueModel</name>
    <message>
        <location filename="../analytics/forecast/AnalogueModel.cpp" line="+166"/>
        <source>Nearest-neighbour analogues</source>
        <translation>Análogos por vizinhos mais próximos</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../analytics/forecast/AnalogueSearch.cpp" line="+43"/>
        <source>The series %1 is empty.</source>
        <translation>A série %1 está vazia.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueSettings.cpp" line="+24"/>
        <source>Option &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>A opção &quot;%1&quot; deve ser um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The forecast horizon must be at least 1.</source>
        <translation>O horizonte de previsão deve ser de pelo menos 1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option &quot;transform&quot; must be none, mean7 or log1p.</source>
        <translation>A opção &quot;transform&quot; deve ser none, mean7 ou log1p.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option &quot;scale&quot; must be level, zscore or none.</source>
        <translation>A opção &quot;scale&quot; deve ser level, zscore ou none.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;eps&quot; must be a number of at least 0.</source>
        <translation>A opção &quot;eps&quot; deve ser um número maior ou igual a 0.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueSearch.cpp" line="+2"/>
        <source>The series %1 has no valid start period.</source>
        <translation>A série %1 não tem um período inicial válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series %1 has %2 points; the analogue model needs at least %3 (the window).</source>
        <translation>A série %1 tem %2 pontos; o modelo de análogos precisa de pelo menos %3 (a janela).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last %1 points of series %2 contain missing or invalid values.</source>
        <translation>Os últimos %1 pontos da série %2 contêm valores ausentes ou inválidos.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueModel.cpp" line="-114"/>
        <source>No earlier window of length %1 with a %2-step continuation is available to forecast %3.</source>
        <translation>Não há janela anterior de comprimento %1 com continuação de %2 passos disponível para prever %3.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The series %1 has another frequency than the panel.</source>
        <translation>A série %1 tem uma frequência diferente da do painel.</translation>
    </message>
</context>
<context>
    <name>epidesk::ApiService</name>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+28"/>
        <source>no such job</source>
        <translation>tarefa inexistente</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="+21"/>
        <source>method not allowed</source>
        <translation>método não permitido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the body must be a JSON object</source>
        <translation>o corpo deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+140"/>
        <source>missing, invalid or expired bearer token</source>
        <translation>token bearer ausente, inválido ou expirado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database unavailable, retry later</source>
        <translation>banco de dados indisponível, tente novamente mais tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database too slow, retry later</source>
        <translation>banco de dados lento demais, tente novamente mais tarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server busy, retry later</source>
        <translation>servidor ocupado, tente novamente mais tarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database did not answer within %1 s, retry later</source>
        <translation>o banco de dados não respondeu em %1 s, tente novamente mais tarde</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="-12"/>
        <source>malformed JSON: %1</source>
        <translation>JSON malformado: %1</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+65"/>
        <source>no such file</source>
        <translation>arquivo inexistente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job is %1; its files can be fetched once it succeeded</source>
        <translation>a tarefa está com status %1; os arquivos dela podem ser obtidos quando ela for concluída com sucesso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job has no file %1</source>
        <translation>a tarefa não tem o arquivo %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not a cursor from a previous page&apos;s next_cursor</source>
        <translation>não é um cursor obtido do next_cursor de uma página anterior</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+96"/>
        <location line="+3"/>
        <source>internal error</source>
        <translation>erro interno</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no such resource</source>
        <translation>recurso inexistente</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="+6"/>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON malformado na posição %1: %2</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+69"/>
        <source>the body must be a JSON object {&quot;kind&quot;, &quot;params&quot;}</source>
        <translation>o corpo deve ser um objeto JSON {&quot;kind&quot;, &quot;params&quot;}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>must be an integer from 1 to 1000</source>
        <translation>deve ser um número inteiro de 1 a 1000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status</source>
        <translation>status desconhecido</translation>
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
        <translation>Valores insuficientes para um modelo ARIMA após a diferenciação.</translation>
    </message>
</context>
<context>
    <name>epidesk::AutoModel</name>
    <message>
        <location filename="../analytics/forecast/AutoModel.cpp" line="+118"/>
        <source>candidates: unknown model %1</source>
        <translation>candidates: modelo desconhecido %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidates: must be a list of model ids</source>
        <translation>candidates: deve ser uma lista de IDs de modelos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: must be a whole number between %2 and %3</source>
        <translation>%1: deve ser um número inteiro entre %2 e %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic (validated combination)</source>
        <translation>Automático (combinação validada)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The horizon must be at least 1.</source>
        <translation>O horizonte deve ser de pelo menos 1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs %1 values</source>
        <translation>precisa de %1 valores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series %1 has %2 values: too short for every candidate model.</source>
        <translation>A série %1 tem %2 valores: curta demais para todos os modelos candidatos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No candidate model can forecast series %1.</source>
        <translation>Nenhum modelo candidato consegue prever a série %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::Backtest</name>
    <message>
        <location filename="../analytics/forecast/Backtest.cpp" line="+45"/>
        <source>A backtest needs a horizon and a number of origins of at least 1.</source>
        <translation>Um backtest precisa de um horizonte e de um número de origens de pelo menos 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Series %1 has %2 values: too short for %3 backtest origins of horizon %4 with model %5 (needs at least %6).</source>
        <translation>A série %1 tem %2 valores: curta demais para %3 origens de backtest com horizonte %4 no modelo %5 (são necessários pelo menos %6).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Model %1 returned fewer forecasts than asked.</source>
        <translation>O modelo %1 retornou menos previsões do que o solicitado.</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCache</name>
    <message>
        <location filename="../views/map/BoundaryCache.cpp" line="+16"/>
        <source>The data source has no boundaries.</source>
        <translation>A fonte de dados não tem limites territoriais.</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCentroids</name>
    <message>
        <location filename="../connectors/formats/scenario/BoundaryCentroids.cpp" line="+23"/>
        <source>cannot read boundaries from %1</source>
        <translation>não é possível ler os limites de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no property &quot;%2&quot;</source>
        <translation>%1 não tem a propriedade &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::CalibratedModel</name>
    <message>
        <location filename="../analytics/forecast/CalibratedModel.cpp" line="+36"/>
        <source>calibration: must be &quot;model&quot; or &quot;conformal&quot;</source>
        <translation>calibration: deve ser &quot;model&quot; ou &quot;conformal&quot;</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>non_negative: must be true or false</source>
        <translation>non_negative: deve ser true ou false</translation>
    </message>
</context>
<context>
    <name>epidesk::ChoroplethLayer</name>
    <message>
        <location filename="../mapping/ChoroplethLayer.cpp" line="+130"/>
        <source>No data</source>
        <translation>Sem dados</translation>
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
        <translation>Nenhum mapa para acompanhar</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterClient</name>
    <message>
        <location filename="../clusterclient/ClusterClient.cpp" line="+148"/>
        <source>cluster not reachable: %1</source>
        <translation>cluster inacessível: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster answered HTTP %1</source>
        <translation>o cluster respondeu HTTP %1</translation>
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
        <translation>na fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
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
        <translation>respondida imediatamente com os resultados armazenados no cluster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (cached)</source>
        <translation>%1 (em cache)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviada em</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterJobTracker</name>
    <message>
        <location filename="../clusterclient/ClusterJobTracker.cpp" line="+258"/>
        <source>no cluster is configured: set its address in the cluster settings</source>
        <translation>nenhum cluster configurado: defina o endereço dele nas configurações do cluster</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster at %1 not reachable: %2; retrying in %3 s</source>
        <translation>cluster em %1 inacessível: %2; nova tentativa em %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token rejected by the cluster at %1: check the token in the cluster settings; retrying in %2 s</source>
        <translation>token rejeitado pelo cluster em %1: verifique o token nas configurações do cluster; nova tentativa em %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>token rejected</source>
        <translation>token rejeitado</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+33"/>
        <source>the cluster no longer knows this job</source>
        <translation>o cluster não conhece mais esta tarefa</translation>
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
        <translation>não é um cluster EpiDesk (HTTP %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set a token in the cluster settings to see jobs.</source>
        <translation>Defina um token nas configurações do cluster para ver as tarefas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster rejected the token: no jobs shown.</source>
        <translation>O cluster rejeitou o token: nenhuma tarefa exibida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs not available: %1</source>
        <translation>Tarefas indisponíveis: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Jobs of %n users: this is an admin token, which sees every user&apos;s jobs.</source>
        <translation>
            <numerusform>Tarefas de %n usuário: este é um token de administrador, que vê as tarefas de todos os usuários.</numerusform>
            <numerusform>Tarefas de %n usuários: este é um token de administrador, que vê as tarefas de todos os usuários.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs of %1 only: an analyst token sees its own jobs, an admin token every user&apos;s.</source>
        <translation>Somente tarefas de %1: um token de analista vê as próprias tarefas; um token de administrador, as de todos os usuários.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No jobs visible to this token (an analyst token sees its own jobs, an admin token every user&apos;s).</source>
        <translation>Nenhuma tarefa visível para este token (um token de analista vê as próprias tarefas; um token de administrador, as de todos os usuários).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cluster configured</source>
        <translation>Nenhum cluster configurado</translation>
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
        <translation>Banco de dados indisponível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (+%2 since opened)</source>
        <translation>%1 (+%2 desde a abertura)</translation>
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
            <numerusform>Atualizado às %1 · a cada %n s · %2 tarefas concluídas desde a abertura</numerusform>
            <numerusform>Atualizado às %1 · a cada %n s · %2 tarefas concluídas desde a abertura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last values from %1; retrying every %n s.</source>
        <translation>
            <numerusform>Últimos valores das %1; nova tentativa a cada %n s.</numerusform>
            <numerusform>Últimos valores das %1; nova tentativa a cada %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workers alive</source>
        <translation>Workers ativos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Failures</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run time mean / p95</source>
        <translation>Tempo de execução médio / p95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue depth and running jobs (this session)</source>
        <translation>Tamanho da fila e tarefas em execução (nesta sessão)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent jobs</source>
        <translation>Tarefas recentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run time</source>
        <translation>Tempo de execução</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterSession</name>
    <message>
        <location filename="../app/ClusterSession.cpp" line="+49"/>
        <source>The cluster answers again; jobs are being polled.</source>
        <translation>O cluster voltou a responder; as tarefas estão sendo consultadas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cluster &amp;settings…</source>
        <translation>&amp;Configurações do cluster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedules…</source>
        <translation>&amp;Agendamentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster jobs</source>
        <translation>Tarefas do cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster monitor</source>
        <translation>Monitor do cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;jobs</source>
        <translation>&amp;Tarefas do cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;monitor</source>
        <translation>&amp;Monitor do cluster</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+75"/>
        <source>No cluster configured: Cluster ▸ Cluster settings…</source>
        <translation>Nenhum cluster configurado: Cluster ▸ Configurações do cluster…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>No token for %1: Cluster ▸ Cluster settings…</source>
        <translation>Nenhum token para %1: Cluster ▸ Configurações do cluster…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keychain is unavailable: enter the cluster token again in Cluster settings.</source>
        <translation>O chaveiro está indisponível: informe novamente o token do cluster em Configurações do cluster.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain is unavailable (%1): the token is kept for this session only.</source>
        <translation>O chaveiro está indisponível (%1): o token será mantido somente nesta sessão.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not store the token in the keychain (%1); it is kept for this session only.</source>
        <translation>Não foi possível salvar o token no chaveiro (%1); ele será mantido somente nesta sessão.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submitted to the cluster: %1</source>
        <translation>Enviado ao cluster: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster job finished: %1</source>
        <translation>Tarefa do cluster concluída: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster job finished: %1 (open it from the Jobs panel)</source>
        <translation>Tarefa do cluster concluída: %1 (abra-a no painel de tarefas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster job canceled: %1</source>
        <translation>Tarefa do cluster cancelada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster job failed: %1 — %2</source>
        <translation>Falha na tarefa do cluster: %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster schedules</source>
        <translation>Agendamentos do cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cluster configured, or no token: Cluster ▸ Cluster settings…</source>
        <translation>Nenhum cluster configurado ou nenhum token: Cluster ▸ Configurações do cluster…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This result cannot be shown (job kind %1).</source>
        <translation>Este resultado não pode ser exibido (tipo de tarefa %1).</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterSettingsDialog</name>
    <message>
        <location filename="../views/cluster/ClusterSettingsDialog.cpp" line="+92"/>
        <source>Enter the cluster&apos;s http:// or https:// address first.</source>
        <translation>Informe primeiro o endereço http:// ou https:// do cluster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not reachable: %1</source>
        <translation>Inacessível: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address answers, but not as an EpiDesk cluster (HTTP %1).</source>
        <translation>Este endereço responde, mas não como um cluster EpiDesk (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token rejected: enter the token your administrator gave you.</source>
        <translation>Token rejeitado: informe o token fornecido pelo seu administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token rejected: it is wrong, revoked, or for another cluster.</source>
        <translation>Token rejeitado: ele está incorreto, foi revogado ou é de outro cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster answers, but its database is unavailable.</source>
        <translation>O cluster responde, mas o banco de dados dele está indisponível.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster answered with an error: %1</source>
        <translation>O cluster respondeu com um erro: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OK, %n worker(s) alive</source>
        <translation>
            <numerusform>OK, %n worker ativo</numerusform>
            <numerusform>OK, %n workers ativos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK (worker count not available)</source>
        <translation>OK (número de workers indisponível)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cluster settings</source>
        <translation>Configurações do cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;URL:</source>
        <translation>&amp;URL do cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;token:</source>
        <translation>T&amp;oken da API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept in the system keychain, never in the settings file. Ask your administrator for one (epidesk-server token create).</source>
        <translation>O token fica guardado no chaveiro do sistema, nunca no arquivo de configurações. Peça um ao seu administrador (epidesk-server token create).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
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
        <translation>painel &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::ConnectionDialog</name>
    <message numerus="yes">
        <location filename="../views/warehouse/ConnectionDialog.cpp" line="+81"/>
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>O servidor não respondeu em %n segundo.</numerusform>
            <numerusform>O servidor não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the host, database and user first.</source>
        <translation>Informe primeiro o servidor, o banco de dados e o usuário.</translation>
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
        <translation>Falha na conexão: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to warehouse</source>
        <translation>Conectar ao armazém de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Lembrar a senha no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available, so the password cannot be remembered: EpiDesk will ask for it each time and never writes it to disk.</source>
        <translation>Não há chaveiro do sistema disponível, portanto a senha não pode ser lembrada: o EpiDesk vai pedi-la a cada vez e nunca a grava em disco.</translation>
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
        <translation>%1 está acima do máximo plausível de %2 por linha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not fit in a 64-bit integer</source>
        <translation>%1 não cabe em um inteiro de 64 bits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file&apos;s total of this field would not fit in a 64-bit integer</source>
        <translation>o total deste campo no arquivo não caberia em um inteiro de 64 bits</translation>
    </message>
</context>
<context>
    <name>epidesk::Credentials</name>
    <message>
        <location filename="../app/Credentials.cpp" line="+48"/>
        <source>disabled by EPIDESK_KEYCHAIN=off</source>
        <translation>desativado por EPIDESK_KEYCHAIN=off</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+32"/>
        <source>the keychain did not answer</source>
        <translation>o chaveiro não respondeu</translation>
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
        <translation>dia do mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of week</source>
        <translation>dia da semana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is out of range %3-%4</source>
        <translation>%1: %2 está fora do intervalo %3-%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a number or a name</source>
        <translation>%1: &quot;%2&quot; não é um número nem um nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; não é um número</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; has an empty item</source>
        <translation>%1: &quot;%2&quot; tem um item vazio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the step &quot;%2&quot; is not a number</source>
        <translation>%1: o passo &quot;%2&quot; não é um número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the step in &quot;%2&quot; must be at least 1</source>
        <translation>%1: o passo em &quot;%2&quot; deve ser pelo menos 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the range &quot;%2&quot; ends before it starts</source>
        <translation>%1: o intervalo &quot;%2&quot; termina antes de começar</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>@reboot is not supported for schedules: a schedule needs times</source>
        <translation>@reboot não é aceito em agendamentos: um agendamento precisa de horários</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown macro &quot;%1&quot; (known: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</source>
        <translation>macro desconhecida &quot;%1&quot; (conhecidas: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>esperados 5 campos (minuto hora dia-do-mês mês dia-da-semana), encontrados %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>unknown IANA time zone &quot;%1&quot;</source>
        <translation>fuso horário IANA desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression never matches a date (e.g. 30 February)</source>
        <translation>a expressão nunca corresponde a uma data (p. ex. 30 de fevereiro)</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvReader</name>
    <message>
        <location filename="../connectors/textio/CsvReader.cpp" line="+41"/>
        <source>the quoted field that starts here is not closed</source>
        <translation>o campo entre aspas que começa aqui não foi fechado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvWriter</name>
    <message>
        <location filename="../connectors/textio/CsvWriter.cpp" line="+123"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::Dashboard</name>
    <message>
        <location filename="../views/trends/Dashboard.cpp" line="+108"/>
        <source>Opened %1</source>
        <translation>Aberto: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connection to the warehouse was lost; reconnecting…</source>
        <translation>A conexão com o armazém de dados foi perdida; reconectando…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Connection to the warehouse was lost; reconnecting in %n s… (%1)</source>
        <translation>
            <numerusform>A conexão com o armazém de dados foi perdida; reconectando em %n s… (%1)</numerusform>
            <numerusform>A conexão com o armazém de dados foi perdida; reconectando em %n s… (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection to the warehouse was lost; reconnecting… (%1)</source>
        <translation>A conexão com o armazém de dados foi perdida; reconectando… (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconnected to %1</source>
        <translation>Reconectado a %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Press Run to submit the request to the cluster.</source>
        <translation>Clique em Executar para enviar a requisição ao cluster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all ingredients</source>
        <translation>todos os princípios ativos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per state</source>
        <translation>por estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per region</source>
        <translation>por região</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per municipality</source>
        <translation>por município</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends: %1, %2, %3</source>
        <translation>Tendências: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Submitted to the cluster; the result opens when it is ready.</source>
        <translation>Enviado ao cluster; o resultado será aberto quando estiver pronto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing trends…</source>
        <translation>Calculando tendências…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed: %1</source>
        <translation>Falha: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Map unavailable: %1</source>
        <translation>Mapa indisponível: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n series computed.</source>
        <translation>
            <numerusform>%n série calculada.</numerusform>
            <numerusform>%n séries calculadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Trend (Sen&apos;s slope)</source>
        <translation>Tendência (inclinação de Sen)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Map &amp;shows:</source>
        <translation>&amp;O mapa mostra:</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardDocument</name>
    <message>
        <location filename="../dashboard/DashboardDocument.cpp" line="+111"/>
        <source>format_version: %1 is newer than this EpiDesk reads (%2); update EpiDesk to open it</source>
        <translation>format_version: %1 é mais novo do que este EpiDesk lê (%2); atualize o EpiDesk para abri-lo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>exactly one of store and warehouse must be set</source>
        <translation>exatamente um de store e warehouse deve ser definido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not hold a password (it belongs in the keychain)</source>
        <translation>não pode conter senha (ela fica no chaveiro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an http:// or https:// URL</source>
        <translation>deve ser uma URL http:// ou https://</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>more than %1 panels</source>
        <translation>mais de %1 painéis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must not be empty</source>
        <translation>não pode ser vazio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; é usado duas vezes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown panel kind &quot;%1&quot; (known: %2)</source>
        <translation>tipo de painel desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be base64</source>
        <translation>deve ser base64</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardJob</name>
    <message>
        <location filename="../cluster/DashboardJob.cpp" line="+53"/>
        <source>this worker cannot render dashboards: no renderer program (epidesk-render beside epidesk-worker, or --render-program)</source>
        <translation>este worker não pode renderizar dashboards: não há programa renderizador (epidesk-render ao lado do epidesk-worker, ou --render-program)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create a scratch folder: %1</source>
        <translation>não é possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the renderer %1 could not be started: %2</source>
        <translation>não foi possível iniciar o renderizador %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the renderer&apos;s answer exceeded %1 MiB</source>
        <translation>a resposta do renderizador excedeu %1 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>the dashboard&apos;s PDF exceeded the limit of %1 MiB</source>
        <translation>o PDF do dashboard excedeu o limite de %1 MiB</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the renderer was killed by signal %1 (%2)</source>
        <translation>o renderizador foi encerrado pelo sinal %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>; the job memory limit is %1 MB</source>
        <translation>; o limite de memória da tarefa é de %1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renderer exited with code %1 without an answer</source>
        <translation>o renderizador terminou com o código %1 sem resposta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the renderer wrote no PDF</source>
        <translation>o renderizador não gravou nenhum PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the renderer&apos;s output is not a PDF</source>
        <translation>a saída do renderizador não é um PDF</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardOpenActions</name>
    <message>
        <location filename="../app/DashboardOpenActions.cpp" line="+45"/>
        <source>&amp;New dashboard</source>
        <translation>&amp;Novo dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new dashboard (map, chart, table) on the open data</source>
        <translation>Um novo dashboard (mapa, gráfico, tabela) com os dados abertos no momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;dashboard…</source>
        <translation>Abrir dash&amp;board…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;ecente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemplos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New dashboard</source>
        <translation>Novo dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a store or connect to a warehouse first: a dashboard shows its data.</source>
        <translation>Primeiro abra uma base de dados ou conecte-se a um armazém de dados: o dashboard mostra os dados dessa fonte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open dashboard</source>
        <translation>Abrir dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk dashboards (*.epidash);;All files (*)</source>
        <translation>Dashboards do EpiDesk (*.epidash);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent dashboards</source>
        <translation>Nenhum dashboard recente</translation>
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
        <translation>Abrir dashboard</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>source.warehouse: %1</source>
        <translation>source.warehouse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store not found</source>
        <translation>Base de dados não encontrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store of this dashboard, %1, does not exist. Locate it (EpiDesk remembers the answer).</source>
        <translation>A base de dados deste dashboard, %1, não existe. Localize-a (o EpiDesk vai lembrar a resposta).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the store</source>
        <translation>Localizar a base de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bases de dados do EpiDesk (*.gpkg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source.store: %1 does not exist</source>
        <translation>source.store: %1 não existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source.store: %1</source>
        <translation>source.store: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cluster token</source>
        <translation>Token do cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panels of this dashboard compute on the cluster %1.
Your API token for it:</source>
        <translation>Os painéis deste dashboard são calculados no cluster %1.
Seu token de API para ele:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The panels compute on the cluster %1</source>
        <translation>Os painéis são calculados no cluster %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add panel</source>
        <translation>Adicionar painel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Save dashboard</source>
        <translation>Salvar dashboard</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>EpiDesk dashboards (*.epidash)</source>
        <translation>Dashboards do EpiDesk (*.epidash)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+31"/>
        <source>Schedule this dashboard</source>
        <translation>Agendar este dashboard</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No cluster configured: Cluster ▸ Cluster settings… in the main window.</source>
        <translation>Nenhum cluster configurado: Cluster ▸ Configurações do cluster… na janela principal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule this dashboard on %1</source>
        <translation>Agendar este dashboard em %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled on the cluster; first run %1</source>
        <translation>Agendado no cluster; primeira execução: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Export PDF report</source>
        <translation>Exportar relatório PDF</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Untitled dashboard</source>
        <translation>Dashboard sem título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — EpiDesk</source>
        <translation>%1[*] — EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exportar relatório &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule this dashboard…</source>
        <translation>A&amp;gendar este dashboard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close dashboard</source>
        <translation>&amp;Fechar dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalcular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;filters and selection</source>
        <translation>Limpar &amp;filtros e seleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add panel</source>
        <translation>&amp;Adicionar painel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Linked panels</source>
        <translation>Painéis &amp;vinculados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved dashboard</source>
        <translation>Dashboard não salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>Salvar as alterações em %1?</translation>
    </message>
</context>
<context>
    <name>epidesk::DataChangeBanner</name>
    <message>
        <location filename="../views/dashboard/DataChangeBanner.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data changed since this dashboard was saved: %1. The panels show the current data.</source>
        <translation>Os dados mudaram desde que este dashboard foi salvo: %1. Os painéis mostram os dados atuais.</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoGenerator</name>
    <message>
        <location filename="../connectors/demo/DemoReferenceData.cpp" line="+29"/>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 does not list the 27 states</source>
        <translation>%1 não lista os 27 estados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lacks population for 2014-2021</source>
        <translation>%1 não tem a população de 2014-2021</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No municipalities in %1</source>
        <translation>Nenhum município em %1</translation>
    </message>
    <message>
        <location filename="../connectors/demo/DemoGenerator.cpp" line="+67"/>
        <source>The scale must be above 0 and at most 10 (got %1).</source>
        <translation>A escala deve ser maior que 0 e no máximo 10 (recebido: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data covers %1-%2; the requested years are %3-%4.</source>
        <translation>Os dados de demonstração cobrem %1-%2; os anos solicitados são %3-%4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>Gravando %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoSetup</name>
    <message>
        <location filename="../connectors/demo/DemoSetup.cpp" line="+100"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Writing the ANVISA demo files</source>
        <translation>Gravando os arquivos de demonstração da ANVISA</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing the ANVISA demo files into %1</source>
        <translation>Importando os arquivos de demonstração da ANVISA para %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Não é possível renomear %1 para %2.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Importing the Polish COVID-19 district series</source>
        <translation>Importando as séries de COVID-19 por distrito da Polônia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the relocation scenario</source>
        <translation>Gravando o cenário de realocação</translation>
    </message>
    <message>
        <location filename="../connectors/demo/DemoSetupState.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::DistrictMapView</name>
    <message>
        <location filename="../views/forecast/DistrictMapView.cpp" line="+141"/>
        <source>%1 (forecast)</source>
        <translation>%1 (previsão)</translation>
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
        <translation>Reproduzir os valores observados e depois a previsão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date shown on the map</source>
        <translation>Data mostrada no mapa</translation>
    </message>
</context>
<context>
    <name>epidesk::EtsModel</name>
    <message>
        <location filename="../analytics/forecast/EtsModel.cpp" line="+141"/>
        <source>Exponential smoothing (ETS)</source>
        <translation>Suavização exponencial (ETS)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No ETS model can be fitted to %1 values.</source>
        <translation>Nenhum modelo ETS pode ser ajustado a %1 valores.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model: must be three letters: error A/M/Z, trend N/A/Z, season N/A/M/Z (e.g. &quot;ZZZ&quot;, &quot;MAM&quot;)</source>
        <translation>model: deve ter três letras: erro A/M/Z, tendência N/A/Z, sazonalidade N/A/M/Z (p. ex. &quot;ZZZ&quot;, &quot;MAM&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>damped: must be true or false</source>
        <translation>damped: deve ser true ou false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>constant series: flat forecast, zero-width intervals</source>
        <translation>série constante: previsão plana, intervalos de largura zero</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No ETS model gives finite forecasts for %1.</source>
        <translation>Nenhum modelo ETS fornece previsões finitas para %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::FilterBar</name>
    <message>
        <location filename="../views/dashboard/FilterBar.cpp" line="+50"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No filters. Click a district, a table row or a chart line to select it on every linked panel; Esc clears.</source>
        <translation>Nenhum filtro. Clique em um distrito, uma linha da tabela ou uma curva do gráfico para selecionar o item em todos os painéis vinculados; Esc limpa a seleção.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dashboard-wide filter</source>
        <translation>Adicionar um filtro a todo o dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all</source>
        <translation>Limpar tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and the selection (Esc)</source>
        <translation>Remover todos os filtros e a seleção (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingredient…</source>
        <translation>Princípio ativo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years…</source>
        <translation>Anos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the selected places</source>
        <translation>Manter apenas os locais selecionados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingredient filter</source>
        <translation>Filtro de princípio ativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active ingredient contains:</source>
        <translation>O princípio ativo contém:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year filter</source>
        <translation>Filtro de anos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years (from-to, e.g. 2016-2020):</source>
        <translation>Anos (de-até, p. ex. 2016-2020):</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastBackground</name>
    <message>
        <location filename="../views/forecast/ForecastBackground.cpp" line="+74"/>
        <source>Loading canceled.</source>
        <translation>Carregamento cancelado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This store holds no district series (epidesk-cli import covid-pl).</source>
        <translation>Esta base de dados não contém séries por distrito (epidesk-cli import covid-pl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sales match this selection.</source>
        <translation>Nenhuma venda corresponde a esta seleção.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n series loaded.</source>
        <translation>
            <numerusform>%n série carregada.</numerusform>
            <numerusform>%n séries carregadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastChart</name>
    <message>
        <location filename="../views/forecast/ForecastChart.cpp" line="+189"/>
        <source>No district selected</source>
        <translation>Nenhum distrito selecionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Ano</translation>
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
        <translation>conformes: a faixa do modelo reescalada para cobrir os próprios erros em origens passadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model&apos;s own</source>
        <translation>os do próprio modelo</translation>
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
        <translation>Escolhido pelo modelo automático em origens móveis do histórico</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>95 % interval</source>
        <translation>Intervalo de 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval (conformal)</source>
        <translation>Intervalo de 95 % (conforme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % interval</source>
        <translation>Intervalo de 80 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 % interval (conformal)</source>
        <translation>Intervalo de 80 % (conforme)</translation>
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
        <translation>Previsão (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actual (held out)</source>
        <translation>Real (retido)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Backtest (%n origin(s))</source>
        <translation>
            <numerusform>Backtest (%n origem)</numerusform>
            <numerusform>Backtest (%n origens)</numerusform>
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
        <translation>Cobertura de 80 %: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % coverage: %1 %</source>
        <translation>Cobertura de 95 %: %1 %</translation>
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
        <translation>Relatório de previsão do EpiDesk</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+60"/>
        <source>Cannot write the PDF %1</source>
        <translation>Não é possível gravar o PDF %1</translation>
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
        <translation>Origens do backtest: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast as of %1 (actuals after it held out)</source>
        <translation>Previsão com dados até %1 (valores reais posteriores retidos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model options: %1</source>
        <translation>Opções do modelo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series forecast: %1</source>
        <translation>Séries previstas: %1</translation>
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
        <translation>Previsão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analogues: %1</source>
        <translation>Análogos: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Generated %1</source>
        <translation>Gerado em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastFamilyPanel</name>
    <message>
        <location filename="../views/dashboard/ForecastPanels.cpp" line="-108"/>
        <location line="+9"/>
        <source>The forecast was canceled.</source>
        <translation>A previsão foi cancelada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No series could be forecast.</source>
        <translation>Nenhuma série pôde ser prevista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No series could be forecast (e.g. %1: %2).</source>
        <translation>Nenhuma série pôde ser prevista (p. ex. %1: %2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no data source is open</source>
        <translation>nenhuma fonte de dados está aberta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid forecast parameters: %1</source>
        <translation>parâmetros de previsão inválidos: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecasting…</source>
        <translation>Calculando a previsão…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the forecast gave no result</source>
        <translation>a previsão não produziu resultado</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastJob</name>
    <message>
        <location filename="../views/forecast/ForecastData.cpp" line="+72"/>
        <source>Unknown error while forecasting.</source>
        <translation>Erro desconhecido durante a previsão.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poland (national total)</source>
        <translation>Polônia (total nacional)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+33"/>
        <source>No data source is open.</source>
        <translation>Nenhuma fonte de dados está aberta.</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastModel</name>
    <message>
        <location filename="../analytics/forecast/SeasonalNaiveModel.cpp" line="+28"/>
        <source>seasonal_period: must be a whole number between 1 and 366</source>
        <translation>seasonal_period: deve ser um número inteiro entre 1 e 366</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/ForecastInput.cpp" line="+16"/>
        <source>The horizon must be at least 1.</source>
        <translation>O horizonte deve ser de pelo menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series %1 has %2 values; %3 needs at least %4.</source>
        <translation>A série %1 tem %2 valores; %3 precisa de pelo menos %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series %1 has missing or non-finite values.</source>
        <translation>A série %1 tem valores ausentes ou não finitos.</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastOriginBox</name>
    <message>
        <location filename="../views/forecast/ForecastOriginBox.cpp" line="+54"/>
        <source>on</source>
        <translation>o dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast as of a past day: the models see nothing after it, and the actuals that followed are drawn against the forecast</source>
        <translation>Previsão a partir de um dia passado: os modelos não veem nada posterior a ele, e os valores reais seguintes são desenhados junto à previsão</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastPanelWidget</name>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+174"/>
        <source>Forecast</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland — COVID-19 per powiat</source>
        <translation>Polônia — COVID-19 por powiat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil — prescriptions per UF</source>
        <translation>Brasil — prescrições por UF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil — prescriptions per municipality</source>
        <translation>Brasil — prescrições por município</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastSelection.cpp" line="+62"/>
        <source>New cases</source>
        <translation>Novos casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases, 7-day mean</source>
        <translation>Novos casos, média de 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases, weekly totals</source>
        <translation>Novos casos, totais semanais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths</source>
        <translation>Óbitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths, 7-day mean</source>
        <translation>Óbitos, média de 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths, weekly totals</source>
        <translation>Óbitos, totais semanais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prescriptions</source>
        <translation>Prescrições</translation>
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
        <translation>todos os princípios ativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the active ingredient&apos;s name; empty = every ingredient</source>
        <translation>Parte do nome do princípio ativo; vazio = todos os princípios ativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ata:</source>
        <translation>D&amp;ados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>I&amp;ndicador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;ngredient:</source>
        <translation>&amp;Princípio ativo:</translation>
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
        <translation>&amp;Origens do backtest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast as &amp;of:</source>
        <translation>Pre&amp;visão com dados até:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;UF:</source>
        <translation>&amp;UF:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;unicipality:</source>
        <translation>Muni&amp;cípio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run on:</source>
        <translation>E&amp;xecutar em:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> periods</source>
        <translation> períodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling-origin backtests per series (MASE, sMAPE, interval coverage)</source>
        <translation>Backtests com origem móvel por série (MASE, sMAPE, cobertura dos intervalos)</translation>
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
        <translation>Previsão: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the cluster: %1</source>
        <translation>Enviado ao cluster: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Forecasting %n series…</source>
        <translation>
            <numerusform>Prevendo %n série…</numerusform>
            <numerusform>Prevendo %n séries…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This may take several minutes; Cancel stops it.</source>
        <translation>Isso pode levar vários minutos; Cancelar interrompe a operação.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n series forecast.</source>
        <translation>
            <numerusform>%n série prevista.</numerusform>
            <numerusform>%n séries previstas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Forecast &amp;all districts</source>
        <translation>Prever &amp;todos os distritos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast &amp;all districts on the cluster</source>
        <translation>Prever &amp;todos os distritos no cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast &amp;all UFs on the cluster</source>
        <translation>Prever &amp;todas as UFs no cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast &amp;all UFs</source>
        <translation>Prever &amp;todas as UFs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast &amp;all municipalities on the cluster</source>
        <translation>Prever &amp;todos os municípios no cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast &amp;all municipalities</source>
        <translation>Prever &amp;todos os municípios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export forecasts CSV…</source>
        <translation>Exportar previsões CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF report…</source>
        <translation>Exportar relatório PDF…</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Loading district series…</source>
        <translation>Carregando séries por distrito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading prescription series…</source>
        <translation>Carregando séries de prescrições…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forecast canceled.</source>
        <translation>Previsão cancelada.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n could not be forecast (e.g. %1: %2).</source>
        <translation>
            <numerusform>%n não pôde ser previsto (p. ex. %1: %2).</numerusform>
            <numerusform>%n não puderam ser previstos (p. ex. %1: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export forecasts</source>
        <translation>Exportar previsões</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts written to %1</source>
        <translation>Previsões gravadas em %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export forecast report</source>
        <translation>Exportar relatório de previsão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastParamSchema</name>
    <message>
        <location filename="../services/ForecastParamSchema.cpp" line="+86"/>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give either selector or codes, not both</source>
        <translation>indique selector ou codes, não ambos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;all&quot;, a code, a prefix (02*) or a comma list of those</source>
        <translation>deve ser &quot;all&quot;, um código, um prefixo (02*) ou uma lista desses itens separados por vírgula</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an array of non-empty strings</source>
        <translation>deve ser um array de textos não vazios</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>must be an object (a trends request)</source>
        <translation>deve ser um objeto (uma requisição de tendências)</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastRequest</name>
    <message>
        <location filename="../analytics/forecast/ForecastTypes.cpp" line="+30"/>
        <source>must be a whole number between %1 and %2</source>
        <translation>deve ser um número inteiro entre %1 e %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>deve ser uma data YYYY-MM-DD, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>deve ser uma data YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
</context>
<context>
    <name>epidesk::HttpRequestParser</name>
    <message>
        <location filename="../cluster/HttpRequestParser.cpp" line="+164"/>
        <source>NUL byte in the request head</source>
        <translation>byte NUL no cabeçalho da requisição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare CR in the request head</source>
        <translation>CR isolado no cabeçalho da requisição</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request header too large</source>
        <translation>cabeçalho da requisição grande demais</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bare CR or NUL byte in the request head</source>
        <translation>CR isolado ou byte NUL no cabeçalho da requisição</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>malformed request line</source>
        <translation>linha de requisição malformada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only HTTP/1.0 and HTTP/1.1 are supported</source>
        <translation>somente HTTP/1.0 e HTTP/1.1 são suportados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed request target</source>
        <translation>alvo da requisição malformado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>obsolete line folding in the request head</source>
        <translation>continuação de linha obsoleta (obs-fold) no cabeçalho da requisição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header field</source>
        <translation>campo de cabeçalho malformado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control character in a header field</source>
        <translation>caractere de controle em um campo de cabeçalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 header fields</source>
        <translation>mais de %1 campos de cabeçalho</translation>
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
        <translation>Content-Length inválido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeated Host</source>
        <translation>Host repetido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>Transfer-Encoding e Content-Length ao mesmo tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chunked bodies are not supported; send Content-Length</source>
        <translation>corpos chunked não são suportados; envie Content-Length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request body larger than %1 bytes</source>
        <translation>corpo da requisição maior que %1 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>somente &quot;Expect: 100-continue&quot; é suportado</translation>
    </message>
</context>
<context>
    <name>epidesk::HttpServer</name>
    <message>
        <location filename="../cluster/HttpConnection.cpp" line="+175"/>
        <source>request head not received in time</source>
        <translation>cabeçalho da requisição não recebido a tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request body not received in time</source>
        <translation>corpo da requisição não recebido a tempo</translation>
    </message>
    <message>
        <location filename="../cluster/HttpServer.cpp" line="+52"/>
        <location line="+113"/>
        <source>internal error</source>
        <translation>erro interno</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>too many connections, retry later</source>
        <translation>conexões demais, tente novamente mais tarde</translation>
    </message>
</context>
<context>
    <name>epidesk::ImportDialog</name>
    <message>
        <location filename="../views/importing/ImportDialog.cpp" line="+33"/>
        <source>Creating the store…</source>
        <translation>Criando a base de dados…</translation>
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
        <translation>Importar arquivos da ANVISA</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Importing %n file(s) into %1</source>
        <translation>
            <numerusform>Importando %n arquivo para %1</numerusform>
            <numerusform>Importando %n arquivos para %1</numerusform>
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
        <translation>Importação cancelada: os arquivos não concluídos foram deixados de fora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished with errors.</source>
        <translation>Importação concluída com erros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translation>Importação concluída.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Files loaded</source>
        <translation>Arquivos carregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows loaded</source>
        <translation>Linhas carregadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows quarantined</source>
        <translation>Linhas em quarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (fields set to empty)</source>
        <translation>Avisos (campos deixados vazios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Carregadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unmatched municipalities</source>
        <translation>Municípios sem correspondência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their sales count for the state but not for any municipality.</source>
        <translation>Suas vendas entram no total do estado, mas não no de nenhum município.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarantined rows with the reason for each:</source>
        <translation>Linhas em quarentena, com o motivo de cada uma:</translation>
    </message>
</context>
<context>
    <name>epidesk::InputFile</name>
    <message>
        <location filename="../connectors/textio/InputFile.cpp" line="+22"/>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation>não é um arquivo comum (é um dispositivo, FIFO ou socket)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>larger than %1 MiB</source>
        <translation>maior que %1 MiB</translation>
    </message>
</context>
<context>
    <name>epidesk::IntermittentModel</name>
    <message>
        <location filename="../analytics/forecast/IntermittentModel.cpp" line="+177"/>
        <source>%1: must be a number above 0 and at most 1</source>
        <translation>%1: deve ser um número maior que 0 e no máximo 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intermittent demand (TSB)</source>
        <translation>Demanda intermitente (TSB)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Series %1 has negative values; the intermittent demand model needs counts or amounts &gt;= 0.</source>
        <translation>A série %1 tem valores negativos; o modelo de demanda intermitente precisa de contagens ou quantidades &gt;= 0.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>method: must be &quot;tsb&quot;, &quot;croston&quot; or &quot;sba&quot;</source>
        <translation>method: deve ser &quot;tsb&quot;, &quot;croston&quot; ou &quot;sba&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::JobChild</name>
    <message>
        <location filename="../cluster/JobChild.cpp" line="+32"/>
        <source>exceeded the job memory limit of %1 MB</source>
        <translation>excedeu o limite de memória da tarefa de %1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory</source>
        <translation>memória esgotada</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+102"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>computation failed</source>
        <translation>o cálculo falhou</translation>
    </message>
</context>
<context>
    <name>epidesk::JobLimits</name>
    <message>
        <location filename="../cluster/JobLimits.cpp" line="+81"/>
        <source>samples × horizon is %1, above this cluster&apos;s limit of %2</source>
        <translation>amostras × horizonte é %1, acima do limite de %2 deste cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declared cost (series × horizon × (backtest origins + 1) × samples) is %1, above this cluster&apos;s limit of %2; forecast fewer series or a shorter horizon</source>
        <translation>custo declarado (séries × horizonte × (origens de backtest + 1) × amostras) é %1, acima do limite de %2 deste cluster; preveja menos séries ou um horizonte mais curto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most %1 seconds on this cluster</source>
        <translation>no máximo %1 segundos neste cluster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>districts × facilities × groups × months is %1, above this cluster&apos;s limit of %2</source>
        <translation>distritos × unidades × grupos × meses é %1, acima do limite de %2 deste cluster</translation>
    </message>
</context>
<context>
    <name>epidesk::JobProcess</name>
    <message>
        <location filename="../cluster/JobProcess.cpp" line="+149"/>
        <location line="+41"/>
        <source>the job&apos;s result exceeded the limit of %1 MiB</source>
        <translation>o resultado da tarefa excedeu o limite de %1 MiB</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the job&apos;s file %1 exceeded the limit of %2 MiB</source>
        <translation>o arquivo %1 da tarefa excedeu o limite de %2 MiB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not be started (%1)</source>
        <translation>não pôde ser iniciado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was killed by signal %1 (%2)</source>
        <translation>foi encerrado pelo sinal %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exited with code %1 without a result</source>
        <translation>terminou com o código %1 sem resultado</translation>
    </message>
</context>
<context>
    <name>epidesk::JobRequest</name>
    <message>
        <location filename="../cluster/JobRequest.cpp" line="+138"/>
        <location line="+44"/>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+135"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>not accepted on the cluster: a job cannot write files on a worker</source>
        <translation>não aceito no cluster: uma tarefa não pode gravar arquivos em um worker</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be an object (the .epidash document)</source>
        <translation>deve ser um objeto (o documento .epidash)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bytes, above this cluster&apos;s limit of %2 KiB for a dashboard document</source>
        <translation>%1 bytes, acima do limite de %2 KiB deste cluster para um documento de dashboard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not accepted on the cluster: a job never names a path on the server; the worker renders against its own data source (leave source empty)</source>
        <translation>não aceito no cluster: uma tarefa nunca indica um caminho no servidor; o worker renderiza com a própria fonte de dados (deixe source vazio)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not accepted on the cluster: a job never names a file on the server, and workers have no relocation scenarios of their own</source>
        <translation>não aceito no cluster: uma tarefa nunca indica um arquivo no servidor, e os workers não têm cenários de realocação próprios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an integer from 0 to 600000</source>
        <translation>deve ser um número inteiro de 0 a 600000</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an integer from 0 to 1048576</source>
        <translation>deve ser um número inteiro de 0 a 1048576</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown job kind &apos;%1&apos; (one of %2)</source>
        <translation>tipo de tarefa desconhecido &apos;%1&apos; (um de %2)</translation>
    </message>
</context>
<context>
    <name>epidesk::JobRunner</name>
    <message>
        <location filename="../cluster/JobRunner.cpp" line="+56"/>
        <source>invalid trends request</source>
        <translation>requisição de tendências inválida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this worker does not run jobs of this kind</source>
        <translation>este worker não executa tarefas deste tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid relocation request</source>
        <translation>requisição de realocação inválida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid forecast request</source>
        <translation>requisição de previsão inválida</translation>
    </message>
</context>
<context>
    <name>epidesk::JobsPanel</name>
    <message>
        <location filename="../views/cluster/JobsPanel.cpp" line="+105"/>
        <source>The result of &quot;%1&quot; is no longer stored on this computer.</source>
        <translation>O resultado de &quot;%1&quot; não está mais armazenado neste computador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected job on the cluster</source>
        <translation>Cancelar a tarefa selecionada no cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open result</source>
        <translation>Abrir resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result of the selected job (also by double-click)</source>
        <translation>Mostrar o resultado da tarefa selecionada (também com clique duplo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected finished job and its stored result</source>
        <translation>Esquecer a tarefa concluída selecionada e o resultado armazenado dela</translation>
    </message>
</context>
<context>
    <name>epidesk::JsonFields</name>
    <message>
        <location filename="../dashboard/JsonFields.cpp" line="+17"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+90"/>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>must be an integer</source>
        <translation>deve ser um inteiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between %1 and %2</source>
        <translation>deve estar entre %1 e %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number between %1 and %2</source>
        <translation>deve ser um número entre %1 e %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a non-negative integer</source>
        <translation>deve ser um inteiro não negativo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown field</source>
        <translation>campo desconhecido</translation>
    </message>
</context>
<context>
    <name>epidesk::JsonText</name>
    <message>
        <location filename="../cluster/JsonText.cpp" line="+68"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 inválido no byte %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>\u0000 at byte %1 is not accepted</source>
        <translation>\u0000 no byte %1 não é aceito</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>lone surrogate \u%1 at byte %2 is not a Unicode scalar value</source>
        <translation>surrogate isolado \u%1 no byte %2 não é um valor escalar Unicode</translation>
    </message>
</context>
<context>
    <name>epidesk::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+96"/>
        <source>Trend analysis</source>
        <translation>Análise de tendências</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;warehouse…</source>
        <translation>Conectar ao armazém de &amp;dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import ANVISA files…</source>
        <translation>&amp;Importar arquivos da ANVISA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;table CSV…</source>
        <translation>Exportar &amp;tabela CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;series CSV…</source>
        <translation>Exportar sé&amp;ries CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exportar relatório &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run analysis</source>
        <translation>E&amp;xecutar análise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Cancelar análise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;map view</source>
        <translation>Redefinir visualização do &amp;mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset c&amp;hart view</source>
        <translation>Redefinir visualização do &amp;gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast all series</source>
        <translation>&amp;Prever todas as séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts</source>
        <translation>Previsões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation plans</source>
        <translation>Planos de realocação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EpiDesk</source>
        <translation>&amp;Sobre o EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running analysis</source>
        <translation>Cancelar a análise em andamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No store open — File ▸ Open store… or drop ANVISA CSV files here</source>
        <translation>Nenhuma base de dados aberta — Arquivo ▸ Abrir base de dados… ou solte aqui arquivos CSV da ANVISA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse: %1</source>
        <translation>Armazém de dados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>Base de dados: %1</translation>
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
        <translation>Nenhuma tradução encontrada para %1; exibindo em inglês.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+66"/>
        <source>Open store</source>
        <translation>Abrir base de dados</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Cannot open %1:
%2</source>
        <translation>Não é possível abrir %1:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Relocation scenario</source>
        <translation>Cenário de realocação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario %1 cannot be used:
%2</source>
        <translation>O cenário %1 não pode ser usado:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the relocation scenario %1</source>
        <translation>Não é possível abrir o cenário de realocação %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bases de dados do EpiDesk (*.gpkg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>Import ANVISA files</source>
        <translation>Importar arquivos da ANVISA</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>ANVISA sales (*.csv *.CSV);;All files (*)</source>
        <translation>Vendas da ANVISA (*.csv *.CSV);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dashboard shows the warehouse. Load files into it with
epidesk-cli import anvisa --db URI FILES…
or open an embedded store to import them here.</source>
        <translation>O painel mostra o armazém de dados. Carregue arquivos nele com
epidesk-cli import anvisa --db URI FILES…
ou abra uma base de dados embutida para importá-los aqui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No store is open. Choose where to create a new store; it is filled with the boundaries and population of the shared data before the import.</source>
        <translation>Nenhuma base de dados está aberta. Escolha onde criar uma nova base; antes da importação, ela é preenchida com os limites territoriais e a população dos dados compartilhados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New store</source>
        <translation>Nova base de dados</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>EpiDesk stores (*.gpkg)</source>
        <translation>Bases de dados do EpiDesk (*.gpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace %1.</source>
        <translation>Não é possível substituir %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export trend-test table</source>
        <translation>Exportar tabela de testes de tendência</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export series</source>
        <translation>Exportar séries</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Export PDF report</source>
        <translation>Exportar relatório PDF</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About EpiDesk</source>
        <translation>Sobre o EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;EpiDesk %1&lt;/h3&gt;&lt;p&gt;Visual analytics of medicine sales for public-health analysts: trends (Mann-Kendall, Sen&apos;s slope) by state, region and municipality, maps and reports.&lt;/p&gt;&lt;p&gt;Boundaries: IBGE via geodata-br (CC0). Population: IBGE estimates via brpop (MIT).&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EpiDesk %1&lt;/h3&gt;&lt;p&gt;Análise visual de vendas de medicamentos para analistas de saúde pública: tendências (Mann-Kendall, inclinação de Sen) por estado, região e município, mapas e relatórios.&lt;/p&gt;&lt;p&gt;Limites territoriais: IBGE via geodata-br (CC0). População: estimativas do IBGE via brpop (MIT).&lt;/p&gt;&lt;p&gt;Desenvolvido com Qt %2 e QCustomPlot.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>epidesk::MapBinding</name>
    <message>
        <location filename="../views/map/MapBinding.cpp" line="+98"/>
        <source>Sen&apos;s slope per year: %1</source>
        <translation>Inclinação de Sen por ano: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&apos;s slope per month: %1</source>
        <translation>Inclinação de Sen por mês: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::MapWidget</name>
    <message>
        <location filename="../views/map/MapWidget.cpp" line="+162"/>
        <source>no data</source>
        <translation>sem dados</translation>
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
        <translation>Não vinculado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This panel follows the dashboard&apos;s selection, filters and time; click to unlink it</source>
        <translation>Este painel segue a seleção, os filtros e o tempo do dashboard; clique para desvinculá-lo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This panel keeps its own selection, filters and time; click to link it</source>
        <translation>Este painel mantém seleção, filtros e tempo próprios; clique para vinculá-lo</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelFactory</name>
    <message>
        <location filename="../views/dashboard/DashboardPanel.cpp" line="+60"/>
        <source>panel &quot;%1&quot;: the kind %2 cannot be shown yet</source>
        <translation>painel &quot;%1&quot;: o tipo %2 ainda não pode ser exibido</translation>
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
        <translation>Gráfico de tendência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend-test table</source>
        <translation>Tabela de testes de tendência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional shares</source>
        <translation>Participação regional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class histogram</source>
        <translation>Histograma de classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space-time cube</source>
        <translation>Cubo espaço-tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast chart</source>
        <translation>Gráfico de previsão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District forecast map</source>
        <translation>Mapa de previsão por distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation flow map</source>
        <translation>Mapa de fluxos de realocação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation plan table</source>
        <translation>Tabela do plano de realocação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility utilisation</source>
        <translation>Utilização das unidades</translation>
    </message>
</context>
<context>
    <name>epidesk::PrometheusText</name>
    <message>
        <location filename="../clusterclient/PrometheusText.cpp" line="+48"/>
        <source>metric name expected</source>
        <translation>nome da métrica esperado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>label expected as name=&quot;value&quot;</source>
        <translation>rótulo esperado no formato name=&quot;value&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unterminated label value</source>
        <translation>valor de rótulo não terminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;,&apos; or &apos;}&apos; expected after a label</source>
        <translation>&apos;,&apos; ou &apos;}&apos; esperado após um rótulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value missing</source>
        <translation>valor ausente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid value &quot;%1&quot;</source>
        <translation>valor inválido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected text after the value</source>
        <translation>texto inesperado após o valor</translation>
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
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an integer</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an array</source>
        <translation>deve ser um array</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+105"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>must be a number &gt;= 0</source>
        <translation>deve ser um número &gt;= 0</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected risk=R,travel=T,cost=C with numbers &gt;= 0</source>
        <translation>esperado risk=R,travel=T,cost=C com números &gt;= 0</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+6"/>
        <source>must be a number &gt; 0</source>
        <translation>deve ser um número &gt; 0</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>must be a number in [0, 1)</source>
        <translation>deve ser um número em [0, 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer &gt;= 0</source>
        <translation>deve ser um número inteiro &gt;= 0</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationDemo</name>
    <message>
        <location filename="../connectors/demo/RelocationDemo.cpp" line="+54"/>
        <source>Cardiology interventions</source>
        <translation>Intervenções cardiológicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncological surgery</source>
        <translation>Cirurgia oncológica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurosurgery</source>
        <translation>Neurocirurgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular surgery</source>
        <translation>Cirurgia vascular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General surgery</source>
        <translation>Cirurgia geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orthopaedics and joint replacement</source>
        <translation>Ortopedia e artroplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ophthalmology (cataract)</source>
        <translation>Oftalmologia (catarata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gynaecology</source>
        <translation>Ginecologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urology</source>
        <translation>Urologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENT surgery</source>
        <translation>Cirurgia otorrinolaringológica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic endoscopy</source>
        <translation>Endoscopia diagnóstica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>não é possível ler %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading powiat boundaries and case totals</source>
        <translation>Lendo os limites dos powiats e os totais de casos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Poland, 380 powiats: relocation after a COVID-19 wave (seed %1)</source>
        <translation>Polônia, 380 powiats: realocação após uma onda de COVID-19 (semente %1)</translation>
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
        <translation>Plano de realocação do EpiDesk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Generated %1</source>
        <translation>Gerado em %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning horizon (months)</source>
        <translation>Horizonte de planejamento (meses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start month</source>
        <translation>Mês inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure groups</source>
        <translation>Grupos de procedimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total demand (patients)</source>
        <translation>Demanda total (pacientes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total capacity (patients, without surge)</source>
        <translation>Capacidade total (pacientes, sem capacidade de contingência)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>risk %1, travel %2, cost %3</source>
        <translation>risco %1, deslocamento %2, custo %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver status</source>
        <translation>Status do solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Limitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (s)</source>
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Restrições</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk (urgency × months waited)</source>
        <translation>Risco (urgência × meses de espera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel (patient-hours)</source>
        <translation>Deslocamento (pacientes-hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet patients</source>
        <translation>Pacientes não atendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous plan</source>
        <translation>Plano anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan</source>
        <translation>Este plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flows</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 largest of %2 flows; the CSV export has all of them.</source>
        <translation>Os %1 maiores de %2 fluxos; a exportação CSV contém todos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From district</source>
        <translation>Distrito de origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>District name</source>
        <translation>Nome do distrito</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>Facility</source>
        <translation>Unidade</translation>
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
        <translation>Mês</translation>
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
        <translation>Demanda não atendida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All demand is served.</source>
        <translation>Toda a demanda é atendida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility utilisation</source>
        <translation>Utilização das unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used</source>
        <translation>Utilizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation (%)</source>
        <translation>Utilização (%)</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+121"/>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationFamilyPanel</name>
    <message>
        <location filename="../views/dashboard/RelocationPanels.cpp" line="+105"/>
        <source>the scenario %1 cannot be used: %2</source>
        <translation>o cenário %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the solve was canceled</source>
        <translation>a resolução foi cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scenario %1 cannot be solved: %2</source>
        <translation>o cenário %1 não pode ser resolvido: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no plan was found for %1: %2</source>
        <translation>nenhum plano foi encontrado para %1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no relocation scenario (params.scenario is empty)</source>
        <translation>nenhum cenário de realocação (params.scenario está vazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid weights: %1</source>
        <translation>pesos inválidos: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Solving the relocation plan…</source>
        <translation>Resolvendo o plano de realocação…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the solve gave no result</source>
        <translation>a resolução não produziu resultado</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationFlowLayer</name>
    <message>
        <location filename="../views/relocation/RelocationFlowLayer.cpp" line="+177"/>
        <source>Flows by patient group</source>
        <translation>Fluxos por grupo de pacientes</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationModelBuilder</name>
    <message>
        <location filename="../analytics/relocation/RelocationModelBuilder.cpp" line="+80"/>
        <source>months must be &gt;= 1</source>
        <translation>o número de meses deve ser &gt;= 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>demand month out of range</source>
        <translation>mês da demanda fora do intervalo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capacity month out of range</source>
        <translation>mês da capacidade fora do intervalo</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationPlanModel</name>
    <message>
        <location filename="../views/relocation/RelocationPlanModel.cpp" line="+69"/>
        <source>From district</source>
        <translation>Distrito de origem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District name</source>
        <translation>Nome do distrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility district</source>
        <translation>Distrito da unidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure group</source>
        <translation>Grupo de procedimentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mês</translation>
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
        <translation>o modelo não será gravado em %1: é um link simbólico</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot write the model to %1: not a regular file</source>
        <translation>não é possível gravar o modelo em %1: não é um arquivo comum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the model to %1: folder %2 does not exist</source>
        <translation>não é possível gravar o modelo em %1: a pasta %2 não existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>cannot write the model to %1: %2</source>
        <translation>não é possível gravar o modelo em %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was written</source>
        <translation>nada foi gravado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the relocation model</source>
        <translation>Construindo o modelo de realocação</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Solving with CBC</source>
        <translation>Resolvendo com o CBC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CBC stopped with numerical difficulties</source>
        <translation>O CBC parou devido a dificuldades numéricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no solution found within the time limit of %1 s</source>
        <translation>nenhuma solução encontrada dentro do limite de tempo de %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CBC found no solution</source>
        <translation>O CBC não encontrou solução</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 patients cannot be served within their deadline and travel limit (see unmet)</source>
        <translation>%1 pacientes não podem ser atendidos dentro do prazo e do limite de deslocamento (veja unmet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optimal within a relative gap of %1</source>
        <translation>ótimo com gap relativo de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time limit of %1 s reached; gap %2</source>
        <translation>limite de tempo de %1 s atingido; gap %2</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationView</name>
    <message>
        <location filename="../views/relocation/RelocationView.cpp" line="+45"/>
        <source>Filter by district, facility or group</source>
        <translation>Filtrar por distrito, unidade ou grupo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility utilisation</source>
        <translation>Utilização das unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>E se</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open scenario…</source>
        <translation>Abrir cenário…</translation>
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
        <translation>Pacientes não atendidos</translation>
    </message>
    <message>
        <location filename="../views/relocation/RelocationView.cpp" line="+86"/>
        <source>Open a relocation scenario to plan.</source>
        <translation>Abra um cenário de realocação para planejar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: %2 districts, %3 facilities, %4 groups, %5 months.</source>
        <translation>Cenário %1: %2 distritos, %3 unidades, %4 grupos, %5 meses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: %1, objective %2, %3 flows, %4 unmet patients.</source>
        <translation>Plano: %1, objetivo %2, %3 fluxos, %4 pacientes não atendidos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not solved yet.</source>
        <translation>Ainda não resolvido.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>There is no plan to export.</source>
        <translation>Não há plano para exportar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open relocation scenario folder</source>
        <translation>Abrir pasta do cenário de realocação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relocation scenario</source>
        <translation>Cenário de realocação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario cannot be used:
%1</source>
        <translation>O cenário não pode ser usado:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export relocation plan</source>
        <translation>Exportar plano de realocação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
        <translation>Exportar relatório de realocação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationWhatIf</name>
    <message>
        <location filename="../views/relocation/RelocationWhatIf.cpp" line="+45"/>
        <source>Unknown error while solving.</source>
        <translation>Erro desconhecido ao resolver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-solve</source>
        <translation>Resolver novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk weight</source>
        <translation>Peso do risco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel weight</source>
        <translation>Peso do deslocamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost weight</source>
        <translation>Peso do custo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Relocation plan: %1</source>
        <translation>Plano de realocação: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the cluster; the plan opens when it is ready.</source>
        <translation>Enviado ao cluster; o plano será aberto quando estiver pronto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Solving…</source>
        <translation>Resolvendo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Solve canceled; the previous plan is kept.</source>
        <translation>Resolução cancelada; o plano anterior foi mantido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solve failed: %1</source>
        <translation>Falha na resolução: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Solved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved: %1 — %2</source>
        <translation>Resolvido: %1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk (urgency × months waited)</source>
        <translation>Risco (urgência × meses de espera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel (patient-hours)</source>
        <translation>Deslocamento (pacientes-hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet patients</source>
        <translation>Pacientes não atendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve time (s)</source>
        <translation>Tempo de resolução (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous plan</source>
        <translation>Plano anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current plan</source>
        <translation>Plano atual</translation>
    </message>
</context>
<context>
    <name>epidesk::RemoteJobRun</name>
    <message>
        <location filename="../clusterclient/RemoteJobRun.cpp" line="+76"/>
        <source>cluster job %1 %2: %3</source>
        <translation>tarefa do cluster %1 %2: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no answer from the cluster</source>
        <translation>sem resposta do cluster</translation>
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
        <translation>exato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymptotic</source>
        <translation>assintótico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>Princípio ativo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level: %1</source>
        <translation>Nível: %1</translation>
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
        <translation>ano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1 to %2</source>
        <translation>Anos: %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first with data</source>
        <translation>primeiro com dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last with data</source>
        <translation>último com dados</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Map: %1; %2 classification, %n class(es)</source>
        <translation>
            <numerusform>Mapa: %1; classificação %2, %n classe</numerusform>
            <numerusform>Mapa: %1; classificação %2, %n classes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend test: Mann-Kendall (Kendall&apos;s τ-b), Sen&apos;s slope per period; * marks p &lt; 0.05</source>
        <translation>Teste de tendência: Mann-Kendall (τ-b de Kendall), inclinação de Sen por período; * indica p &lt; 0,05</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Inclinação de Sen</translation>
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
        <translation>Testes de tendência</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provenance</source>
        <translation>Procedência dos dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data source: %1</source>
        <translation>Fonte de dados: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk version: %1</source>
        <translation>Versão do EpiDesk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: %1</source>
        <translation>Gerado em: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported file</source>
        <translation>Arquivo importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Importado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Carregadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Imported files (%n)</source>
        <translation>
            <numerusform>Arquivos importados (%n)</numerusform>
            <numerusform>Arquivos importados (%n)</numerusform>
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
        <translation>Relatório de tendências do EpiDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Cannot write the PDF %1</source>
        <translation>Não é possível gravar o PDF %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>All active ingredients</source>
        <translation>Todos os princípios ativos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map unavailable: %1</source>
        <translation>Mapa indisponível: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::RunLocationBox</name>
    <message>
        <location filename="../views/cluster/RunLocationBox.cpp" line="+43"/>
        <source>Run locally</source>
        <translation>Executar localmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on cluster</source>
        <translation>Executar no cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure a cluster first: Cluster ▸ Cluster settings…</source>
        <translation>Configure primeiro um cluster: Cluster ▸ Configurações do cluster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this computation runs: in EpiDesk or on the compute cluster</source>
        <translation>Onde este cálculo é executado: no EpiDesk ou no cluster de computação</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioReader</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioReader.cpp" line="+42"/>
        <location line="+12"/>
        <location line="+121"/>
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the header line is longer than %1 bytes</source>
        <translation>a linha de cabeçalho tem mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %1 bytes</source>
        <translation>linha com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>required column is missing</source>
        <translation>falta uma coluna obrigatória</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>&quot;%1&quot; não é um número inteiro</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>file is missing</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the file</source>
        <translation>não é possível abrir o arquivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>não é um objeto JSON (%1 na posição %2)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>no such file or folder</source>
        <translation>arquivo ou pasta inexistente</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioValidator</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioValidator.cpp" line="+33"/>
        <source>must be a number &gt;= 0 (is %1)</source>
        <translation>deve ser um número &gt;= 0 (valor: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; inexistente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate &quot;%1&quot;</source>
        <translation>&quot;%1&quot; duplicado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an integer between 1 and 120</source>
        <translation>deve ser um número inteiro entre 1 e 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a number &gt;= 0</source>
        <translation>deve ser um número &gt;= 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scenario has none</source>
        <translation>o cenário não contém nenhum registro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lat and lon must be given together</source>
        <translation>lat e lon devem ser informados juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a WGS84 coordinate</source>
        <translation>não é uma coordenada WGS84</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a number &gt; 0</source>
        <translation>deve ser um número &gt; 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer &gt;= 0</source>
        <translation>deve ser um número inteiro &gt;= 0</translation>
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
        <translation>deve estar entre 0 (demanda acumulada) e %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>facility</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be between 1 and %1</source>
        <translation>deve estar entre 1 e %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no travel time from %1 to %2: give both districts lat and lon (or a boundary file) or a travel.csv</source>
        <translation>sem tempo de deslocamento de %1 para %2: informe lat e lon dos dois distritos (ou um arquivo de limites) ou um travel.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing matrix entry from %1 to %2</source>
        <translation>falta a entrada da matriz de %1 para %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... %1 more missing travel times</source>
        <translation>... mais %1 tempos de deslocamento ausentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... and %1 more issues</source>
        <translation>... e mais %1 problemas</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioWriter</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioWriter.cpp" line="+15"/>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleApi</name>
    <message>
        <location filename="../cluster/ScheduleApi.cpp" line="+15"/>
        <source>no such schedule</source>
        <translation>agendamento inexistente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no such resource</source>
        <translation>recurso inexistente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>at most %1 schedules per user; delete one first</source>
        <translation>no máximo %1 agendamentos por usuário; exclua um primeiro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>required when the kind changes</source>
        <translation>obrigatório quando o tipo muda</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an integer from 1 to 500</source>
        <translation>deve ser um número inteiro de 1 a 500</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a cursor from a previous page&apos;s next_cursor</source>
        <translation>não é um cursor obtido do next_cursor de uma página anterior</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown field; expected force</source>
        <translation>campo desconhecido; esperado force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a run of this schedule is still going (job %1)</source>
        <translation>uma execução deste agendamento ainda está em andamento (tarefa %1)</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleEditor</name>
    <message>
        <location filename="../views/cluster/ScheduleEditor.cpp" line="+21"/>
        <source>Recompute even when the data did not change</source>
        <translation>Recalcular mesmo quando os dados não mudaram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job&apos;s params as JSON, as for a cluster job, e.g. {&quot;ingredient_contains&quot;: &quot;azitromicina&quot;, &quot;level&quot;: &quot;uf&quot;}</source>
        <translation>Os parâmetros da tarefa (params) em JSON, como em uma tarefa do cluster, p. ex. {&quot;ingredient_contains&quot;: &quot;azitromicina&quot;, &quot;level&quot;: &quot;uf&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every Monday at 07:00</source>
        <translation>Toda segunda-feira às 07:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day at 06:00</source>
        <translation>Todos os dias às 06:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the month at 05:00</source>
        <translation>Primeiro dia do mês às 05:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five fields: minute hour day-of-month month day-of-week, as in cron (e.g. &quot;30 6 * * 1-5&quot;: weekdays at 06:30).</source>
        <translation>Cinco campos: minuto hora dia-do-mês mês dia-da-semana, como no cron (p. ex. &quot;30 6 * * 1-5&quot;: dias úteis às 06:30).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run the latest missed run</source>
        <translation>Executar a última execução perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every missed run, one after another</source>
        <translation>Executar todas as execuções perdidas, uma após a outra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip missed runs</source>
        <translation>Ignorar as execuções perdidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> failed runs in a row</source>
        <translation> execuções com falha seguidas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computation:</source>
        <translation>Cálculo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parâmetros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat:</source>
        <translation>Repetição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron expression:</source>
        <translation>Expressão cron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next runs:</source>
        <translation>Próximas execuções:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cluster was down:</source>
        <translation>Quando o cluster esteve fora do ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause after:</source>
        <translation>Pausar após:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Renders the dashboard &quot;%1&quot; to PDF on a cluster worker, against the cluster&apos;s data, at every run; each run&apos;s PDF can be opened from Cluster ▸ Schedules…</source>
        <translation>Renderiza o dashboard &quot;%1&quot; em PDF em um worker do cluster, com os dados do cluster, a cada execução; o PDF de cada execução pode ser aberto em Cluster ▸ Agendamentos…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The parameters are not a JSON object.</source>
        <translation>Os parâmetros não são um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleFiring</name>
    <message>
        <location filename="../cluster/ScheduleFiring.cpp" line="+76"/>
        <source>the schedule&apos;s request is no longer valid: %1</source>
        <translation>a requisição do agendamento não é mais válida: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>data version %1 and request unchanged since the run due at %2</source>
        <translation>versão dos dados %1 e requisição inalteradas desde a execução prevista para %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answered from the result cache</source>
        <translation>respondida a partir do cache de resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares the owner&apos;s identical job</source>
        <translation>compartilha a tarefa idêntica do proprietário</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused after a failed run: %1</source>
        <translation>pausado após uma execução com falha: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused after %1 failed runs in a row; the last: %2</source>
        <translation>pausado após %1 execuções com falha seguidas; a última: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleSpec</name>
    <message>
        <location filename="../cluster/ScheduleSpec.cpp" line="+22"/>
        <source>unknown field; expected one of %1</source>
        <translation>campo desconhecido; esperado um de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required: a five-field cron expression, e.g. &quot;0 7 * * 1&quot;</source>
        <translation>obrigatório: uma expressão cron de cinco campos, p. ex. &quot;0 7 * * 1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: an IANA time zone, e.g. &quot;America/Sao_Paulo&quot;</source>
        <translation>obrigatório: um fuso horário IANA, p. ex. &quot;America/Sao_Paulo&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a text of at most %1 characters</source>
        <translation>um texto de no máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one of none, latest, all</source>
        <translation>um de none, latest, all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number from 1 to 100</source>
        <translation>um número inteiro de 1 a 100</translation>
    </message>
</context>
<context>
    <name>epidesk::Scheduler</name>
    <message>
        <location filename="../cluster/Scheduler.cpp" line="+35"/>
        <source>the previous run (job %1) was still going at the due time</source>
        <translation>a execução anterior (tarefa %1) ainda estava em andamento no horário previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caught-up runs were still waiting at the due time</source>
        <translation>execuções de recuperação ainda estavam aguardando no horário previsto</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no server was running at the due time (catch_up %1)</source>
        <translation>nenhum servidor estava em execução no horário previsto (catch_up %1)</translation>
    </message>
</context>
<context>
    <name>epidesk::SchedulesDialog</name>
    <message>
        <location filename="../views/cluster/SchedulesDialog.cpp" line="+40"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped (previous run still going)</source>
        <translation>ignorada (a execução anterior ainda está em andamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged data (not recomputed)</source>
        <translation>dados inalterados (não recalculada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed (cluster down)</source>
        <translation>perdida (cluster fora do ar)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cluster schedules — %1</source>
        <translation>Agendamentos do cluster — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation>Próxima execução</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Última execução</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Horário previsto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data version</source>
        <translation>Versão dos dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Término</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
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
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;now</source>
        <translation>Executar &amp;agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
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
        <translation>pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: %1</source>
        <translation>pausado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedules on %1: %2</source>
        <translation>Agendamentos em %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>run now</source>
        <translation>executar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caught up</source>
        <translation>recuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>agendada</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New schedule</source>
        <translation>Novo agendamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit schedule</source>
        <translation>Editar agendamento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved; next run %1</source>
        <translation>Salvo; próxima execução: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run started: %1</source>
        <translation>Execução iniciada: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete schedule</source>
        <translation>Excluir agendamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the schedule &quot;%1&quot; and its run history? Results already computed stay on the cluster.</source>
        <translation>Excluir o agendamento &quot;%1&quot; e o histórico de execuções dele? Os resultados já calculados permanecem no cluster.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::SeasonalNaiveModel</name>
    <message>
        <location filename="../analytics/forecast/SeasonalNaiveModel.cpp" line="-10"/>
        <source>Seasonal naive</source>
        <translation>Ingênuo sazonal</translation>
    </message>
</context>
<context>
    <name>epidesk::SeriesCsvReader</name>
    <message>
        <location filename="../connectors/formats/series/SeriesCsvReader.cpp" line="+130"/>
        <source>cannot open: %1</source>
        <translation>não é possível abrir: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>expected the header &quot;period,value&quot;</source>
        <translation>esperado o cabeçalho &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the first line is longer than %1 bytes; expected the header &quot;period,value&quot;</source>
        <translation>a primeira linha tem mais de %1 bytes; esperado o cabeçalho &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line longer than %1 bytes</source>
        <translation>linha com mais de %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected 2 fields (period,value), found %1</source>
        <translation>esperados 2 campos (period,value), encontrados %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a period (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY): &quot;%1&quot;</source>
        <translation>não é um período (YYYY-MM-DD, YYYY-MM, YYYY-Qn ou YYYY): &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has another format than the rows before it</source>
        <translation>&quot;%1&quot; tem um formato diferente do das linhas anteriores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a number: &quot;%1&quot;</source>
        <translation>não é um número: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate period &quot;%1&quot; (first on line %2)</source>
        <translation>período duplicado &quot;%1&quot; (primeira ocorrência na linha %2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>empty file: expected the header &quot;period,value&quot;</source>
        <translation>arquivo vazio: esperado o cabeçalho &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data rows</source>
        <translation>nenhuma linha de dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing at the first or last period (only inner gaps are interpolated)</source>
        <translation>valor ausente no primeiro ou no último período (apenas lacunas internas são interpoladas)</translation>
    </message>
</context>
<context>
    <name>epidesk::SpaceTimeView</name>
    <message>
        <location filename="../views/spacetime/SpaceTimeView.cpp" line="+116"/>
        <source>No data to show</source>
        <translation>Sem dados para mostrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time upward: %1 (bottom) to %2 (top) · plane at %3</source>
        <translation>Tempo para cima: %1 (base) a %2 (topo) · plano em %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height proportional to the value · %1</source>
        <translation>Altura proporcional ao valor · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (forecast)</source>
        <translation> (previsão)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast (translucent), from %1</source>
        <translation>Previsão (translúcida), a partir de %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cube: every period</source>
        <translation>Cubo: todos os períodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisms: one period</source>
        <translation>Prismas: um período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cube: each period is a slab, time upward. Prisms: the districts of the cursor&apos;s period raised in proportion to their value.</source>
        <translation>Cubo: cada período é uma camada, o tempo para cima. Prismas: os distritos do período do cursor elevados em proporção ao seu valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical exaggeration</source>
        <translation>Exagero vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset view</source>
        <translation>Redefinir vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to rotate, right-drag to pan, wheel to zoom, click a district to select it (Ctrl adds), double-click to reset the view</source>
        <translation>Arraste para girar, arraste com o botão direito para deslocar, roda para ampliar, clique num distrito para selecioná-lo (Ctrl adiciona), clique duplo para redefinir a vista</translation>
    </message>
</context>
<context>
    <name>epidesk::StoreBuilder</name>
    <message>
        <location filename="../connectors/reference/StoreBuilder.cpp" line="+30"/>
        <source>Cannot read boundaries %1: %2</source>
        <translation>Não é possível ler os limites %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create layer %1: %2</source>
        <translation>Não é possível criar a camada %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create field %1</source>
        <translation>Não é possível criar o campo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write a boundary: %1</source>
        <translation>Não é possível gravar um limite: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GDAL has no GeoPackage driver</source>
        <translation>O GDAL não tem o driver GeoPackage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1</source>
        <translation>Não é possível gravar %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No municipality boundaries (geojs-NN-mun.json) in %1</source>
        <translation>Nenhum limite municipal (geojs-NN-mun.json) em %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1: expected a header code_muni;YEAR;...</source>
        <translation>%1: esperado um cabeçalho code_muni;YEAR;...</translation>
    </message>
</context>
<context>
    <name>epidesk::StructuralModel</name>
    <message>
        <location filename="../analytics/forecast/StructuralModel.cpp" line="+87"/>
        <source>Option &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>A opção &quot;%1&quot; deve ser um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>A opção &quot;%1&quot; deve ser um número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option &quot;log&quot; must be true or false.</source>
        <translation>A opção &quot;log&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Bayesian structural model (Prophet-style)</source>
        <translation>Modelo estrutural bayesiano (estilo Prophet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The forecast horizon must be at least 1.</source>
        <translation>O horizonte de previsão deve ser de pelo menos 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series %1 has %2 points; the structural model needs at least 3.</source>
        <translation>A série %1 tem %2 pontos; o modelo estrutural precisa de pelo menos 3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series %1 has missing or invalid values; fill the gaps first.</source>
        <translation>A série %1 tem valores ausentes ou inválidos; preencha as lacunas primeiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log link needs values above -1; series %1 has %2.</source>
        <translation>A função de ligação log precisa de valores acima de -1; a série %1 tem %2.</translation>
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
        <translation>O método Theta não fornece previsão finita para %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::TimeCursorBar</name>
    <message>
        <location filename="../views/dashboard/TimeCursorBar.cpp" line="+31"/>
        <location line="+23"/>
        <source>Time:</source>
        <translation>Tempo:</translation>
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
        <translation>Agregando vendas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing trends</source>
        <translation>Testando tendências</translation>
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
        <translation>Prescrições</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendControls</name>
    <message>
        <location filename="../views/trends/TrendControls.cpp" line="+183"/>
        <source>&amp;Ingredient:</source>
        <translation>&amp;Princípio ativo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
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
        <translation>Anos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map classes:</source>
        <translation>Classes do mapa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all ingredients</source>
        <translation>todos os princípios ativos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the active ingredient&apos;s name, accents and case ignored; several separated by &apos;|&apos;, &apos;=NAME&apos; for exactly NAME</source>
        <translation>Parte do nome do princípio ativo, sem distinguir acentos e maiúsculas; vários separados por &apos;|&apos;, &apos;=NOME&apos; para exatamente NOME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>Prescrições</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first</source>
        <translation>primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Primeiro ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of classes</source>
        <translation>Número de classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendJob</name>
    <message>
        <location filename="../views/trends/TrendJob.cpp" line="+61"/>
        <source>No data source is open.</source>
        <translation>Nenhuma fonte de dados está aberta.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown error while computing trends.</source>
        <translation>Erro desconhecido ao calcular as tendências.</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendRequest</name>
    <message>
        <location filename="../analytics/TrendTypes.cpp" line="+54"/>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a year between %1 and %2</source>
        <translation>deve ser um ano entre %1 e %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must not be before from</source>
        <translation>não pode ser anterior a from</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendSharesPanel</name>
    <message>
        <location filename="../views/dashboard/TrendPanels.cpp" line="+209"/>
        <source>Share of the selected states per period</source>
        <translation>Participação dos estados selecionados por período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each region per period</source>
        <translation>Participação de cada região por período</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendTestTableModel</name>
    <message>
        <location filename="../views/trends/TrendTestTableModel.cpp" line="+75"/>
        <source>Significant trend (p &lt; %1)</source>
        <translation>Tendência significativa (p &lt; %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exact</source>
        <translation>exato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymptotic</source>
        <translation>assintótico</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Inclinação de Sen</translation>
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
        <translation>Tau-b de Kendall entre o período e o valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-sided p-value of the Mann-Kendall test; * marks p &lt; %1</source>
        <translation>Valor-p bilateral do teste de Mann-Kendall; * indica p &lt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theil-Sen slope per period step</source>
        <translation>Inclinação de Theil-Sen por passo de período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mann-Kendall statistic (concordant minus discordant pairs)</source>
        <translation>Estatística de Mann-Kendall (pares concordantes menos discordantes)</translation>
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
        <translation>Capacidade livre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over capacity</source>
        <translation>Acima da capacidade</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 de %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patients over the horizon</source>
        <translation>Pacientes no horizonte</translation>
    </message>
</context>
<context>
    <name>epidesk::VtkOffscreenWindow</name>
    <message>
        <location filename="../views/spacetime/VtkOpenGLWidget.cpp" line="-75"/>
        <source>no display for the 3-D view&apos;s OpenGL (run under xvfb-run)</source>
        <translation>sem display para o OpenGL da vista 3-D (execute com xvfb-run)</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseLogin</name>
    <message>
        <location filename="../app/WarehouseLogin.cpp" line="+31"/>
        <source>Cannot open %1: not a PostgreSQL URI</source>
        <translation>Não é possível abrir %1: não é um URI do PostgreSQL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect to the warehouse: %1</source>
        <translation>Não é possível conectar ao armazém de dados: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The password could not be saved in the keychain (%1); EpiDesk will ask for it next time.</source>
        <translation>Não foi possível salvar a senha no chaveiro (%1); o EpiDesk vai pedi-la na próxima vez.</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseSettings</name>
    <message>
        <location filename="../connectors/warehouse/WarehouseCatalogue.cpp" line="+59"/>
        <source>Cannot read the warehouse %1: %2</source>
        <translation>Não é possível ler o armazém de dados %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::WorkerLoop</name>
    <message>
        <location filename="../cluster/WorkerLoop.cpp" line="+156"/>
        <source>exceeded the job time limit of %1 s</source>
        <translation>limite de tempo da tarefa de %1 s excedido</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s process %1 on %2 attempts; last stderr: %3</source>
        <translation>o processo da tarefa %1 em %2 tentativas; último stderr: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attempt %1: the job&apos;s process %2; last stderr: %3</source>
        <translation>tentativa %1: o processo da tarefa %2; último stderr: %3</translation>
    </message>
</context>
<context>
    <name>epidesk::cli</name>
    <message>
        <location filename="../app/cli/DashboardCommand.cpp" line="+31"/>
        <source>panels: unknown panel &quot;%1&quot; (map, chart, table, histogram, spacetime or one of %2)</source>
        <translation>panels: painel desconhecido &quot;%1&quot; (map, chart, table, histogram, spacetime ou um de %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>panels: at least one panel is required</source>
        <translation>panels: é necessário pelo menos um painel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>server: must be an http:// or https:// URL</source>
        <translation>server: deve ser uma URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+27"/>
        <source>body</source>
        <translation>corpo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: não é um objeto JSON (%2)</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::DashboardCommand</name>
    <message>
        <location filename="../app/cli/DashboardCommand.cpp" line="+29"/>
        <source>Create a dashboard document (new) or render one to PDF and PNGs (render).</source>
        <translation>Criar um documento de dashboard (new) ou renderizar um em PDF e PNGs (render).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dashboard: expected &apos;new&apos; or &apos;render&apos; (epidesk-cli dashboard new|render --help)</source>
        <translation>dashboard: esperado &apos;new&apos; ou &apos;render&apos; (epidesk-cli dashboard new|render --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dashboard document to write (.epidash).</source>
        <translation>O documento de dashboard a gravar (.epidash).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard title.</source>
        <translation>Título do dashboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes selected on every panel (comma-separated).</source>
        <translation>Códigos selecionados em todos os painéis (separados por vírgula).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panels, in order: map, chart, table, histogram, spacetime (or kind ids).</source>
        <translation>Painéis, em ordem: map, chart, table, histogram, spacetime (ou ids de tipo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster URL the panels run on (default: in-process).</source>
        <translation>URL do cluster em que os painéis são executados (padrão: no próprio processo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>out: an output file is required (--out FILE.epidash)</source>
        <translation>out: é necessário um arquivo de saída (--out FILE.epidash)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write the PDF report to FILE.</source>
        <translation>Gravar o relatório PDF em FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one PNG per panel into DIR (named after its id).</source>
        <translation>Gravar um PNG por painel em DIR (com o ID do painel como nome).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render on the cluster at URL against its data (token: $EPIDESK_CLUSTER_TOKEN); needs --pdf.</source>
        <translation>Renderizar no cluster em URL com os dados dele (token: $EPIDESK_CLUSTER_TOKEN); requer --pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save what the panels computed (a relocation plan) and the data version rendered against into the document, so that opening it shows them without computing again.</source>
        <translation>Salva no documento o que os painéis calcularam (um plano de realocação) e a versão dos dados usada, para que abri-lo os mostre sem calcular de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard document (.epidash).</source>
        <translation>O documento de dashboard (.epidash).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render: exactly one document is required</source>
        <translation>render: é necessário exatamente um documento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server: renders the PDF only (--pdf FILE, no --png-dir or --save-results)</source>
        <translation>server: gera apenas o PDF (--pdf ARQUIVO, sem --png-dir nem --save-results)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>epidesk-cli: %1: the data changed since the dashboard was saved: %2</source>
        <translation>epidesk-cli: %1: os dados mudaram desde que o dashboard foi salvo: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>png-dir: cannot create %1</source>
        <translation>png-dir: não é possível criar %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::ScheduleCommand</name>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+15"/>
        <source>Recurring runs on the cluster: schedule create|list|show|runs|update|pause|resume|run-now|delete.</source>
        <translation>Execuções recorrentes no cluster: schedule create|list|show|runs|update|pause|resume|run-now|delete.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster URL, e.g. http://cluster:8080 (required).</source>
        <translation>URL do cluster, p. ex. http://cluster:8080 (obrigatório).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job kind: trends, forecast, relocation or dashboard.</source>
        <translation>Tipo de tarefa: trends, forecast, relocation ou dashboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s params as JSON, or @FILE.</source>
        <translation>Os parâmetros da tarefa (params) em JSON, ou @FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A .epidash document to render to PDF on each run (kind dashboard).</source>
        <translation>Um documento .epidash a renderizar em PDF a cada execução (kind dashboard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five-field cron expression, e.g. &quot;0 7 * * 1&quot;.</source>
        <translation>Expressão cron de cinco campos, p. ex. &quot;0 7 * * 1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone (default: this computer&apos;s).</source>
        <translation>Fuso horário IANA (padrão: o deste computador).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the schedule.</source>
        <translation>Um nome para o agendamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed runs: none, latest (default) or all.</source>
        <translation>Execuções perdidas: none, latest (padrão) ou all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute even when the data did not change.</source>
        <translation>Recalcular mesmo quando os dados não mudaram.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed runs in a row before the schedule pauses itself (default 5).</source>
        <translation>Execuções com falha seguidas antes de o agendamento se pausar sozinho (padrão: 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs: at most this many (1 to 500).</source>
        <translation>runs: no máximo esta quantidade (de 1 a 500).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule (all but create and list).</source>
        <translation>O agendamento (todas as ações, exceto create e list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the cluster&apos;s schedules.</source>
        <translation>Gerenciar os agendamentos do cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schedule: expected one of %1</source>
        <translation>schedule: esperado um de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schedule %1: give the schedule id</source>
        <translation>schedule %1: informe o ID do agendamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule %1: takes no id</source>
        <translation>schedule %1: não aceita ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--server: required, an http:// or https:// URL</source>
        <translation>--server: obrigatório, uma URL http:// ou https://</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>schedule update: give at least one field to change</source>
        <translation>schedule update: informe pelo menos um campo a alterar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+38"/>
        <source>%1: not a dashboard (.epidash)</source>
        <translation>%1: não é um dashboard (.epidash)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EpiDesk: visual analytics of medicine sales.</source>
        <translation>EpiDesk: análise visual de vendas de medicamentos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the embedded store &lt;file&gt;.</source>
        <translation>Abrir a base de dados embutida &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the PostgreSQL warehouse &lt;uri&gt; (postgresql://user@host:port/db; the password from the keychain).</source>
        <translation>Conectar ao armazém de dados PostgreSQL &lt;uri&gt; (postgresql://user@host:port/db; a senha vem do chaveiro).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the window to &lt;png&gt; once the first result is shown, then exit.</source>
        <translation>Salvar a janela em &lt;png&gt; assim que o primeiro resultado for exibido e sair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the relocation scenario &lt;dir&gt; (default: the relocation folder beside the store, as epidesk-cli demo create makes it) and solve it.</source>
        <translation>Abrir o cenário de realocação &lt;dir&gt; (padrão: a pasta relocation ao lado da base de dados, como o epidesk-cli demo create a cria) e resolvê-lo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dashboards to open (.epidash), each in its own window.</source>
        <translation>Dashboards a abrir (.epidash), cada um em sua própria janela.</translation>
    </message>
</context>
</TS>
