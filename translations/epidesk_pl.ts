<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AlbersEqualAreaProjection</name>
    <message>
        <location filename="../mapping/Projection.cpp" line="+70"/>
        <source>Albers equal-area (Brazil)</source>
        <translation>Równopolowe Albersa (Brazylia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Albers equal-area (Poland)</source>
        <translation>Równopolowe Albersa (Polska)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albers equal-area</source>
        <translation>Równopolowe Albersa</translation>
    </message>
</context>
<context>
    <name>AnvisaImporter</name>
    <message>
        <location filename="../connectors/formats/anvisa/AnvisaImporter.cpp" line="+63"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: nie można zapisać w bazie danych: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: a sum of its rows does not fit in a 64-bit integer</source>
        <translation>%1: suma wierszy nie mieści się w 64-bitowej liczbie całkowitej</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ANVISA sales of controlled and antimicrobial medicines (EDA_Industrializados_YYYYMM.csv)</source>
        <translation>Sprzedaż leków kontrolowanych i przeciwdrobnoustrojowych według ANVISA (EDA_Industrializados_YYYYMM.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: listed more than once; only the last one (%2) was imported</source>
        <translation>%1: podano więcej niż raz; zaimportowano tylko ostatni (%2)</translation>
    </message>
</context>
<context>
    <name>AnvisaReader</name>
    <message>
        <location filename="../connectors/formats/anvisa/AnvisaReader.cpp" line="+136"/>
        <source>expected %1 fields, found %2</source>
        <translation>oczekiwana liczba pól: %1, znaleziona: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>year is not an integer from 1990 to 2100</source>
        <translation>rok nie jest liczbą całkowitą od 1990 do 2100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month is not an integer from 1 to 12</source>
        <translation>miesiąc nie jest liczbą całkowitą od 1 do 12</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not one of the 27 UF abbreviations</source>
        <translation>nie jest żadnym z 27 skrótów UF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantity is not a non-negative integer</source>
        <translation>ilość nie jest nieujemną liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active ingredient is empty</source>
        <translation>pole substancji czynnej jest puste</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%1: unknown header (%n field(s)); expected one of: %2</source>
        <translation>
            <numerusform>%1: nieznany nagłówek (%n pole); oczekiwano jednego z: %2</numerusform>
            <numerusform>%1: nieznany nagłówek (%n pola); oczekiwano jednego z: %2</numerusform>
            <numerusform>%1: nieznany nagłówek (%n pól); oczekiwano jednego z: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the first line is longer than %2 bytes, so not an ANVISA header; expected one of: %3</source>
        <translation>%1: pierwszy wiersz jest dłuższy niż %2 bajtów, więc nie jest nagłówkiem ANVISA; oczekiwano jednego z: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>line longer than %1 bytes</source>
        <translation>wiersz dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>%1 has no header row; expected one of: %2</source>
        <translation>%1 nie ma wiersza nagłówka; oczekiwano jednego z: %2</translation>
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
        <translation>Niebieskie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greens</source>
        <translation>Zielone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purples</source>
        <translation>Fioletowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow-orange-red</source>
        <translation>Żółto-pomarańczowo-czerwone</translation>
    </message>
</context>
<context>
    <name>CovidPlImporter</name>
    <message>
        <location filename="../connectors/formats/covidpl/CovidPlImporter.cpp" line="+27"/>
        <source>Cannot read the powiat boundaries %1: %2</source>
        <translation>Nie można odczytać granic powiatów %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists no powiats (property terc)</source>
        <translation>%1 nie zawiera żadnych powiatów (właściwość terc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot store: %2</source>
        <translation>%1: nie można zapisać w bazie danych: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poland: daily COVID-19 cases and deaths per powiat (covid_cases_powiat_daily.tsv)</source>
        <translation>Polska: dzienna liczba przypadków i zgonów COVID-19 według powiatów (covid_cases_powiat_daily.tsv)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: listed more than once; only the last one (%2) was imported</source>
        <translation>%1: podano więcej niż raz; zaimportowano tylko ostatni (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a sum of its rows does not fit in a 64-bit integer</source>
        <translation>%1: suma wierszy nie mieści się w 64-bitowej liczbie całkowitej</translation>
    </message>
</context>
<context>
    <name>CovidPlReader</name>
    <message>
        <location filename="../connectors/formats/covidpl/CovidPlReader.cpp" line="+198"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>%1: the header has no column &quot;%2&quot;; expected new_cases, deaths, teryt and date separated by tabs</source>
        <translation>%1: w nagłówku brak kolumny &quot;%2&quot;; oczekiwano kolumn new_cases, deaths, teryt i date rozdzielonych tabulatorami</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>expected %1 fields, found %2</source>
        <translation>oczekiwana liczba pól: %1, znaleziona: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new cases is not a non-negative integer</source>
        <translation>liczba nowych przypadków nie jest nieujemną liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deaths is not a non-negative integer</source>
        <translation>liczba zgonów nie jest nieujemną liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date is not a valid day written YYYYMMDD</source>
        <translation>data nie jest prawidłowym dniem w formacie YYYYMMDD</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the first line is longer than %2 bytes, so not the header; expected new_cases, deaths, teryt and date</source>
        <translation>%1: pierwszy wiersz jest dłuższy niż %2 bajtów, więc nie jest nagłówkiem; oczekiwano kolumn new_cases, deaths, teryt i date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line longer than %1 bytes</source>
        <translation>wiersz dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 has no header row; expected new_cases, deaths, teryt and date</source>
        <translation>%1 nie ma wiersza nagłówka; oczekiwano kolumn new_cases, deaths, teryt i date</translation>
    </message>
</context>
<context>
    <name>DashboardExamples</name>
    <message>
        <location filename="../dashboard/DashboardExamples.cpp" line="+15"/>
        <source>Azithromycin in Brazil</source>
        <translation>Azytromycyna w Brazylii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COVID-19 in Poland</source>
        <translation>COVID-19 w Polsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation after a wave</source>
        <translation>Relokacja po fali</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the example is missing from this build</source>
        <translation>%1: tego przykładu brak w tej kompilacji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no example dashboard named %1</source>
        <translation>brak przykładowego pulpitu o nazwie %1</translation>
    </message>
</context>
<context>
    <name>DashboardFile</name>
    <message>
        <location filename="../dashboard/DashboardFile.cpp" line="+23"/>
        <source>line %1, column %2</source>
        <translation>wiersz %1, kolumna %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>larger than %1 MiB; not a dashboard document</source>
        <translation>większy niż %1 MiB; to nie jest dokument pulpitu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON at %1: %2</source>
        <translation>nieprawidłowy JSON w %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document must be a JSON object</source>
        <translation>dokument musi być obiektem JSON</translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <location filename="../views/dashboard/DashboardRenderer.cpp" line="+52"/>
        <source>panel &quot;%1&quot;: cannot be drawn (out of memory)</source>
        <translation>panel &quot;%1&quot;: nie można narysować (brak pamięci)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>EpiDesk dashboard</source>
        <translation>Pulpit EpiDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Cannot write the PDF %1</source>
        <translation>Nie można zapisać pliku PDF %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Selection</source>
        <translation>Zaznaczenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time cursor</source>
        <translation>Kursor czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last period</source>
        <translation>ostatni okres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data changed since saved</source>
        <translation>Dane zmieniły się od zapisania</translation>
    </message>
</context>
<context>
    <name>DataChanges</name>
    <message numerus="yes">
        <location filename="../dashboard/DataChanges.cpp" line="+33"/>
        <source>%n file(s) added (%1)</source>
        <translation>
            <numerusform>%n plik dodany (%1)</numerusform>
            <numerusform>%n pliki dodane (%1)</numerusform>
            <numerusform>%n plików dodanych (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) replaced (%1)</source>
        <translation>
            <numerusform>%n plik zastąpiony (%1)</numerusform>
            <numerusform>%n pliki zastąpione (%1)</numerusform>
            <numerusform>%n plików zastąpionych (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) removed (%1)</source>
        <translation>
            <numerusform>%n plik usunięty (%1)</numerusform>
            <numerusform>%n pliki usunięte (%1)</numerusform>
            <numerusform>%n plików usuniętych (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSourceRegistry</name>
    <message>
        <location filename="../connectors/registry/DataSourceRegistry.cpp" line="+51"/>
        <source>No data source handles &quot;%1&quot; locations (%2)</source>
        <translation>Żadne źródło danych nie obsługuje lokalizacji typu &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>DistrictSeriesStore</name>
    <message>
        <location filename="../connectors/store/EmbeddedDistrictSeries.cpp" line="+118"/>
        <source>Cannot open the store %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/core/ImportSink.cpp" line="+29"/>
        <source>%1 cannot store daily district series</source>
        <translation>%1 nie może przechowywać dziennych serii powiatowych</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseDistrictSeries.cpp" line="+97"/>
        <source>Cannot read daily series from %1: %2</source>
        <translation>Nie można odczytać serii dziennych z %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>Nie można przygotować hurtowni danych %1: %2</translation>
    </message>
</context>
<context>
    <name>EmbeddedStore</name>
    <message>
        <location filename="../connectors/store/EmbeddedStore.cpp" line="+56"/>
        <source>Cannot create the store %1: %2</source>
        <translation>Nie można utworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the store %1: the file already exists</source>
        <translation>Nie można utworzyć bazy danych %1: plik już istnieje</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open the store %1: no such file</source>
        <translation>Nie można otworzyć bazy danych %1: plik nie istnieje</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+11"/>
        <source>Cannot open the store %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 is not an EpiDesk store</source>
        <translation>%1 nie jest bazą danych EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has store schema version %2; this EpiDesk reads version %3</source>
        <translation>%1 ma schemat bazy danych w wersji %2; ta wersja EpiDesk odczytuje wersję %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot upgrade the store %1: %2</source>
        <translation>Nie można zaktualizować bazy danych %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/store/EmbeddedRollups.cpp" line="+217"/>
        <source>a rollup sum does not fit in a 64-bit integer</source>
        <translation>suma zbiorcza nie mieści się w 64-bitowej liczbie całkowitej</translation>
    </message>
</context>
<context>
    <name>EqualIntervalClassifier</name>
    <message>
        <location filename="../mapping/EqualIntervalClassifier.cpp" line="+6"/>
        <source>Equal interval</source>
        <translation>Równe przedziały</translation>
    </message>
</context>
<context>
    <name>EquirectangularProjection</name>
    <message>
        <location filename="../mapping/Projection.cpp" line="-55"/>
        <source>Equirectangular (plate carrée)</source>
        <translation>Walcowe równoodległościowe (plate carrée)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../dashboard/FilterChips.cpp" line="+9"/>
        <source>Ingredient: %1</source>
        <translation>Substancja: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places: %1</source>
        <translation>Miejsca: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years: %1–%2</source>
        <translation>Lata: %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1</source>
        <translation>Wybrane: %1</translation>
    </message>
</context>
<context>
    <name>ForecastService</name>
    <message>
        <location filename="../services/ForecastService.cpp" line="+72"/>
        <source>%1 holds no daily district series; import some first (epidesk-cli import covid-pl)</source>
        <translation>%1 nie zawiera dziennych serii powiatowych; najpierw je zaimportuj (epidesk-cli import covid-pl)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>series: empty item in &quot;%1&quot;</source>
        <translation>series: pusty element w &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no district code starts with %1</source>
        <translation>żaden kod powiatu nie zaczyna się od %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown district %1</source>
        <translation>nieznany powiat %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>model: unknown &quot;%1&quot; (one of %2)</source>
        <translation>model: nieznany &quot;%1&quot; (jeden z %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no data on or before %1</source>
        <translation>brak danych do dnia %1 włącznie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data for district %1</source>
        <translation>brak danych dla powiatu %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>backtest: %1</source>
        <translation>test wsteczny: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../connectors/registry/ImportService.cpp" line="+13"/>
        <source>Unknown import format &quot;%1&quot;; known: %2</source>
        <translation>Nieznany format importu &quot;%1&quot;; znane formaty: %2</translation>
    </message>
</context>
<context>
    <name>JenksClassifier</name>
    <message>
        <location filename="../mapping/JenksClassifier.cpp" line="+7"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Naturalne przerwy (Jenks)</translation>
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
        <translation>Nie można otworzyć pliku granic %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Boundary file %1 has no layer</source>
        <translation>Plik granic %1 nie zawiera żadnej warstwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary file %1 has no layer &quot;%2&quot;</source>
        <translation>Plik granic %1 nie zawiera warstwy &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer &quot;%1&quot; of %2 has no code field &quot;%3&quot;</source>
        <translation>Warstwa &quot;%1&quot; w %2 nie ma pola kodu &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer &quot;%1&quot; of %2 has no name field &quot;%3&quot;</source>
        <translation>Warstwa &quot;%1&quot; w %2 nie ma pola nazwy &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot transform layer &quot;%1&quot; of %2 to longitude/latitude: %3</source>
        <translation>Nie można przekształcić warstwy &quot;%1&quot; w %2 do długości/szerokości geograficznej: %3</translation>
    </message>
</context>
<context>
    <name>PanelKinds</name>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="+196"/>
        <source>must be &quot;cube&quot; or &quot;prisms&quot;</source>
        <translation>musi być &quot;cube&quot; lub &quot;prisms&quot;</translation>
    </message>
</context>
<context>
    <name>PgLocation</name>
    <message>
        <location filename="../connectors/warehouse/PgLocation.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a PostgreSQL URI (postgresql://user@host:port/database)</source>
        <translation>&quot;%1&quot; nie jest identyfikatorem URI PostgreSQL (postgresql://user@host:port/database)</translation>
    </message>
</context>
<context>
    <name>QuantileClassifier</name>
    <message>
        <location filename="../mapping/QuantileClassifier.cpp" line="+7"/>
        <source>Quantile (equal count)</source>
        <translation>Kwantyle (równa liczebność)</translation>
    </message>
</context>
<context>
    <name>RegionalShares</name>
    <message>
        <location filename="../views/trends/RegionalShares.cpp" line="+25"/>
        <source>Other states</source>
        <translation>Pozostałe stany</translation>
    </message>
</context>
<context>
    <name>RemoteCompute</name>
    <message>
        <location filename="../views/dashboard/RemoteCompute.cpp" line="+14"/>
        <source>cluster %1: %2</source>
        <translation>klaster %1: %2</translation>
    </message>
</context>
<context>
    <name>SeriesFolder</name>
    <message>
        <location filename="../services/SeriesFolder.cpp" line="+13"/>
        <source>%1: no such folder</source>
        <translation>%1: folder nie istnieje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no .csv file</source>
        <translation>%1: brak plików .csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 files, more than the limit of %3</source>
        <translation>%1: liczba plików (%2) przekracza limit %3</translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <location filename="../connectors/store/SqliteUtil.cpp" line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown SQLite error</source>
        <translation>nieznany błąd SQLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>out of memory</source>
        <translation>brak pamięci</translation>
    </message>
</context>
<context>
    <name>TrendPanelProvider</name>
    <message>
        <location filename="../services/TrendPanelProvider.cpp" line="+17"/>
        <source>series %1: unreadable period &quot;%2&quot;</source>
        <translation>seria %1: nieczytelny okres &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>series %1: period &quot;%2&quot; out of order</source>
        <translation>seria %1: okres &quot;%2&quot; poza kolejnością</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 holds no sales for this request</source>
        <translation>%1 nie zawiera sprzedaży dla tego żądania</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <location filename="../connectors/warehouse/PgConnection.cpp" line="+30"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Nie można połączyć się z %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseReference.cpp" line="+33"/>
        <source>Cannot create the folder of %1</source>
        <translation>Nie można utworzyć folderu dla %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSnapshot.cpp" line="+38"/>
        <source>Invalid snapshot name &quot;%1&quot;: use lower-case letters, digits and _, starting with a letter (at most 40 characters)</source>
        <translation>Nieprawidłowa nazwa migawki &quot;%1&quot;: użyj małych liter, cyfr i _, zaczynając od litery (maksymalnie 40 znaków)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A snapshot named &quot;%1&quot; already exists</source>
        <translation>Migawka o nazwie &quot;%1&quot; już istnieje</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSink.cpp" line="+424"/>
        <source>Cannot prepare the warehouse %1: %2</source>
        <translation>Nie można przygotować hurtowni danych %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot read the quarantine of %1: %2</source>
        <translation>Nie można odczytać kwarantanny z %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseSource.cpp" line="+48"/>
        <source>The warehouse %1 has no snapshot &quot;%2&quot;</source>
        <translation>Hurtownia danych %1 nie ma migawki &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the warehouse %1: %2</source>
        <translation>Nie można otworzyć hurtowni danych %1: %2</translation>
    </message>
    <message>
        <location filename="../connectors/warehouse/WarehouseRollups.cpp" line="+21"/>
        <source>a rollup sum does not fit in a 64-bit integer</source>
        <translation>suma zbiorcza nie mieści się w 64-bitowej liczbie całkowitej</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="+56"/>
        <source>Show this help.</source>
        <translation>Wyświetl tę pomoc.</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.h" line="+18"/>
        <location filename="../app/cli/ForecastCommand.cpp" line="+117"/>
        <source>Embedded store (GeoPackage file).</source>
        <translation>Wbudowana baza danych (plik GeoPackage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL warehouse (postgresql://user@host:port/db[?snapshot=NAME]).</source>
        <translation>Hurtownia danych PostgreSQL (postgresql://user@host:port/db[?snapshot=NAME]).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+41"/>
        <source>Random seed.</source>
        <translation>Ziarno generatora losowego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of the real volume.</source>
        <translation>Ułamek rzeczywistego wolumenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/TrendOptions.h" line="+35"/>
        <source>First year.</source>
        <translation>Pierwszy rok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/TrendOptions.h" line="+1"/>
        <source>Last year.</source>
        <translation>Ostatni rok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder.</source>
        <translation>Folder wyjściowy.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Demo data: everything in one folder (demo create DIR), ANVISA-format files (demo generate DIR) or a Poland relocation scenario (demo relocation DIR).</source>
        <translation>Dane demonstracyjne: wszystko w jednym folderze (demo create DIR), pliki w formacie ANVISA (demo generate DIR) lub scenariusz relokacji dla Polski (demo relocation DIR).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action: create, generate or relocation.</source>
        <translation>Akcja: create, generate lub relocation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: epidesk-cli demo create|generate|relocation DIR [--seed N] [--scale S]</source>
        <translation>użycie: epidesk-cli demo create|generate|relocation DIR [--seed N] [--scale S]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <location line="+42"/>
        <source>seed: must be a non-negative integer</source>
        <translation>seed: musi być nieujemną liczbą całkowitą</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+34"/>
        <source>scale: must be a number in (0, 1]</source>
        <translation>scale: musi być liczbą z przedziału (0, 1]</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>from/to: must be years with from &lt;= to</source>
        <translation>from/to: muszą być latami, przy czym from &lt;= to</translation>
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
        <translation>nie można odczytać %1</translation>
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
        <translation>przerwano</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>interrupted: finished parts are kept, the rest is redone by the next run</source>
        <translation>przerwano: ukończone części zostają zachowane, resztę wykona ponownie następne uruchomienie</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
        <source>Import source files (anvisa) into a store or the warehouse; JSON summary.</source>
        <translation>Importuj pliki źródłowe (anvisa) do bazy danych lub do hurtowni danych; podsumowanie w JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Embedded store (created if missing).</source>
        <translation>Wbudowana baza danych (tworzona, jeśli nie istnieje).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL warehouse (migrated if needed).</source>
        <translation>Hurtownia danych PostgreSQL (migrowana w razie potrzeby).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also read FIFOs and devices, e.g. &lt;(zcat file.csv.gz).</source>
        <translation>Odczytuj także kolejki FIFO i urządzenia, np. &lt;(zcat file.csv.gz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to import.</source>
        <translation>Pliki do zaimportowania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>format: missing (one of %1)</source>
        <translation>format: brak (jeden z: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>format: unknown &apos;%1&apos; (one of %2)</source>
        <translation>format: nieznany &apos;%1&apos; (jeden z: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files: nothing to import</source>
        <translation>files: nic do zaimportowania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>store: one destination is required (--store FILE or --db URI)</source>
        <translation>store: wymagane jest miejsce docelowe (--store FILE lub --db URI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>interrupted: the file in progress was rolled back</source>
        <translation>przerwano: wycofano zmiany z przetwarzanego pliku</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <source>Usage: epidesk-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Użycie: epidesk-cli POLECENIE [OPCJE]

Polecenia:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run &apos;epidesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Uruchom &apos;epidesk-cli POLECENIE --help&apos;, aby wyświetlić opcje polecenia.
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>nieznane polecenie &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-64"/>
        <source>Write the PDF report (map, chart, trend table, provenance).</source>
        <translation>Zapisz raport PDF (mapa, wykres, tabela trendów, pochodzenie danych).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Output PDF file.</source>
        <translation>Wyjściowy plik PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report title.</source>
        <translation>Tytuł raportu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map classes: %1.</source>
        <translation>Klasyfikacja mapy: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of map classes.</source>
        <translation>Liczba klas mapy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a period (e.g. 2020) or sen_slope; default: last period.</source>
        <translation>Okres do pokazania na mapie (np. 2020) lub sen_slope; domyślnie: ostatni okres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codes to highlight (comma-separated).</source>
        <translation>Kody do wyróżnienia (rozdzielone przecinkami).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pdf: an output file is required (--pdf FILE)</source>
        <translation>pdf: wymagany jest plik wyjściowy (--pdf FILE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classification: must be one of %1</source>
        <translation>classification: musi być jedną z wartości: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classes: must be an integer from 2 to 9</source>
        <translation>classes: musi być liczbą całkowitą od 2 do 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="-43"/>
        <source>Series and trend tests (Kendall tau, Sen&apos;s slope) per area.</source>
        <translation>Serie i testy trendu (tau Kendalla, nachylenie Sena) dla każdego obszaru.</translation>
    </message>
    <message>
        <location filename="../app/cli/RelocateCommand.cpp" line="-78"/>
        <source>Relocation plan of a scenario: districts to facilities (CBC MILP).</source>
        <translation>Plan relokacji dla scenariusza: przydział powiatów do placówek (MILP, CBC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario folder or JSON file.</source>
        <translation>Folder lub plik JSON scenariusza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective weights, e.g. risk=1,travel=0.1,cost=0.01.</source>
        <translation>Wagi funkcji celu, np. risk=1,travel=0.1,cost=0.01.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver time limit (seconds).</source>
        <translation>Limit czasu solvera (sekundy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative optimality gap.</source>
        <translation>Względna luka optymalności.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nearest facilities per district and group (0 = all within the limit).</source>
        <translation>Najbliższe placówki na powiat i grupę (0 = wszystkie w limicie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+11"/>
        <source>json or csv.</source>
        <translation>json lub csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --format csv: flows (default), unmet or facility_use.</source>
        <translation>Przy --format csv: flows (domyślnie), unmet lub facility_use.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the model to FILE (.mps, or .lp) for other solvers.</source>
        <translation>Zapisz również model do FILE (.mps lub .lp) dla innych solverów.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scenario: required (a folder or a JSON file)</source>
        <translation>scenario: wymagany (folder lub plik JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time-limit, gap, max-candidates: must be numbers</source>
        <translation>time-limit, gap, max-candidates: muszą być liczbami</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>csv-table: must be flows, unmet or facility_use</source>
        <translation>csv-table: musi mieć wartość flows, unmet lub facility_use</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid scenario:
%1</source>
        <translation>nieprawidłowy scenariusz:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relocate</source>
        <translation>relokacja</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="+3"/>
        <source>With --format csv: series (default) or tests.</source>
        <translation>Przy --format csv: series (domyślnie) lub tests.</translation>
    </message>
    <message>
        <location filename="../app/cli/RelocateCommand.cpp" line="-10"/>
        <location filename="../app/cli/TrendsCommand.cpp" line="+13"/>
        <source>format: must be json or csv</source>
        <translation>format: musi mieć wartość json lub csv</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendsCommand.cpp" line="+3"/>
        <source>csv-table: must be series or tests</source>
        <translation>csv-table: musi mieć wartość series lub tests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trends</source>
        <translation>trendy</translation>
    </message>
    <message>
        <location filename="../app/cli/DataSourceOption.cpp" line="+14"/>
        <source>store: give either --store FILE or --db URI, not both</source>
        <translation>store: podaj --store FILE albo --db URI, nie oba naraz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db: expected a postgresql:// URI</source>
        <translation>db: oczekiwano identyfikatora URI postgresql://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store: a data source is required (--store FILE or --db URI)</source>
        <translation>store: wymagane jest źródło danych (--store FILE lub --db URI)</translation>
    </message>
    <message>
        <location filename="../app/cli/WarehouseCommand.cpp" line="+20"/>
        <source>PostgreSQL warehouse: migrate the schema, take snapshots.</source>
        <translation>Hurtownia danych PostgreSQL: migracja schematu, tworzenie migawek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warehouse (postgresql://user@host:port/db).</source>
        <translation>Hurtownia danych (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrate, or snapshot NAME.</source>
        <translation>migrate lub snapshot NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>action: expected migrate or snapshot NAME</source>
        <translation>action: oczekiwano migrate lub snapshot NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot: a NAME is required</source>
        <translation>snapshot: wymagany jest argument NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db: a warehouse is required (--db URI)</source>
        <translation>db: wymagana jest hurtownia danych (--db URI)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warehouse %1: %2</source>
        <translation>hurtownia danych %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendOptions.h" line="-7"/>
        <source>Active ingredient contains TEXT (case and accents ignored); several terms separated by &apos;|&apos;, a term &apos;=NAME&apos; matches NAME exactly.</source>
        <translation>Substancja czynna zawiera TEKST (bez rozróżniania wielkości liter i akcentów); kilka wyrażeń oddzielonych &apos;|&apos;, wyrażenie &apos;=NAZWA&apos; pasuje dokładnie do NAZWA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>municipality, uf, region or country.</source>
        <translation>municipality, uf, region lub country.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year or month.</source>
        <translation>year lub month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prescriptions or units.</source>
        <translation>prescriptions lub units.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per 1,000 inhabitants.</source>
        <translation>Wskaźniki na 1000 mieszkańców.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="-19"/>
        <source>%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1: oczekiwano liczby całkowitej od %2 do %3, otrzymano &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastCommand.cpp" line="-161"/>
        <source>PostgreSQL warehouse URI.</source>
        <translation>Identyfikator URI hurtowni danych PostgreSQL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A period,value CSV (series code &quot;series&quot;).</source>
        <translation>Plik CSV period,value (kod serii &quot;series&quot;).</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Forecast district or prescription series (nn, bayes, ets, snaive, auto) with backtests; JSON.</source>
        <translation>Prognozuj serie powiatowe lub serie recept (nn, bayes, ets, snaive, auto) z testami wstecznymi; JSON.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Every period,value CSV of this folder (codes = file names).</source>
        <translation>Wszystkie pliki CSV period,value z tego folderu (kody = nazwy plików).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District code, comma list, voivodeship prefix (02*), PL or all (default); with --prescriptions the trends codes (MG, BR, 31*).</source>
        <translation>Kod powiatu, lista rozdzielona przecinkami, prefiks województwa (02*), PL lub all (domyślnie); z --prescriptions kody z trendów (MG, BR, 31*).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nn, bayes, ets, snaive or auto.</source>
        <translation>nn, bayes, ets, snaive lub auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods ahead (1-1000).</source>
        <translation>Liczba okresów naprzód (1-1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervals to print: 80, 95 or 80,95 (default).</source>
        <translation>Przedziały do wypisania: 80, 95 lub 80,95 (domyślnie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling-origin backtest with this many origins (0 = none).</source>
        <translation>Test wsteczny z przesuwanym punktem początkowym i taką liczbą punktów początkowych (0 = brak).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cases (default), deaths, or either with _mean7 (7-day trailing mean) or _weekly (ISO-week totals): cases_mean7, deaths_weekly, ...</source>
        <translation>cases (domyślnie), deaths lub jedno z nich z przyrostkiem _mean7 (7-dniowa średnia krocząca) albo _weekly (sumy w tygodniach ISO): cases_mean7, deaths_weekly, ...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast origin: forecast from this day, with the actuals after it held out (YYYY-MM-DD).</source>
        <translation>Punkt początkowy prognozy: prognozuj od tego dnia, bez użycia późniejszych wartości rzeczywistych (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>json (default) or csv.</source>
        <translation>json (domyślnie) lub csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast the ANVISA series of the trend options below.</source>
        <translation>Prognozuj serie ANVISA określone poniższymi opcjami trendów.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/ForecastEvalCommand.cpp" line="-46"/>
        <source>arguments: unexpected &quot;%1&quot;</source>
        <translation>argumenty: nieoczekiwany &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source: give exactly one of --store FILE, --db URI, --csv FILE or --series-dir DIR</source>
        <translation>source: podaj dokładnie jedno z --store FILE, --db URI, --csv FILE lub --series-dir DIR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model: expected one of %1, got &quot;%2&quot;</source>
        <translation>model: oczekiwano jednego z %1, otrzymano &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>horizon: missing (--horizon H)</source>
        <translation>horizon: brak (--horizon H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>level: expected 80, 95 or 80,95, got &quot;%1&quot;</source>
        <translation>level: oczekiwano 80, 95 lub 80,95, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indicator: expected one of %1, got &quot;%2&quot;</source>
        <translation>indicator: oczekiwano jednej z wartości: %1, otrzymano &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as-of: expected a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>as-of: oczekiwano daty w formacie YYYY-MM-DD, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prescriptions: reads --store or --db; --csv and --indicator do not apply</source>
        <translation>prescriptions: odczytuje --store lub --db; --csv i --indicator nie mają zastosowania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: only with --prescriptions</source>
        <translation>%1: tylko z --prescriptions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format: expected json or csv, got &quot;%1&quot;</source>
        <translation>format: oczekiwano json lub csv, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>db: %1</source>
        <translation>db: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>forecast</source>
        <translation>prognoza</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no series could be forecast</source>
        <translation>nie udało się sporządzić prognozy dla żadnej serii</translation>
    </message>
    <message>
        <location filename="../app/cli/ForecastEvalCommand.cpp" line="-30"/>
        <source>Rolling-origin accuracy and interval coverage of forecast models on a folder of series.</source>
        <translation>Dokładność modeli prognostycznych i pokrycie ich przedziałów przy przesuwanych punktach początkowych, dla folderu serii.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of period,value CSV files.</source>
        <translation>Folder z plikami CSV period,value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma list of models (default: all of %1).</source>
        <translation>Lista modeli rozdzielona przecinkami (domyślnie: wszystkie z %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periods ahead (0 = by frequency).</source>
        <translation>Liczba okresów naprzód (0 = zależnie od częstotliwości).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling origins per series (1-200).</source>
        <translation>Liczba przesuwanych punktów początkowych na serię (1-200).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model options as a JSON object.</source>
        <translation>Opcje modelu jako obiekt JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads (0 = one per core).</source>
        <translation>Wątki robocze (0 = jeden na rdzeń).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>json (default) or markdown.</source>
        <translation>json (domyślnie) lub markdown.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>series: missing (--series DIR)</source>
        <translation>series: brak (--series DIR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>models: unknown &quot;%1&quot; (one of %2)</source>
        <translation>models: nieznany &quot;%1&quot; (jeden z %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>options: expected a JSON object, got &quot;%1&quot;</source>
        <translation>options: oczekiwano obiektu JSON, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format: expected json or markdown, got &quot;%1&quot;</source>
        <translation>format: oczekiwano json lub markdown, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no series could be read</source>
        <translation>nie udało się odczytać żadnej serii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forecast-eval</source>
        <translation>ocena prognoz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no series could be evaluated</source>
        <translation>nie udało się ocenić żadnej serii</translation>
    </message>
</context>
<context>
    <name>epidesk</name>
    <message>
        <location filename="../dashboard/DashboardDocument.cpp" line="+49"/>
        <source>must not be before from_year</source>
        <translation>nie może być wcześniejszy niż from_year</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+36"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>more than %1 saved results</source>
        <translation>więcej niż %1 zapisanych wyników</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a SHA-256 in 64 lower-case hex digits</source>
        <translation>musi być skrótem SHA-256 z 64 małych cyfr szesnastkowych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved results must be sorted by family and inputs, each once</source>
        <translation>zapisane wyniki muszą być posortowane według rodziny i wejść, każdy raz</translation>
    </message>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="-130"/>
        <source>must be empty (the last period), a period (2020 or 2020-03) or sen_slope</source>
        <translation>musi być puste (ostatni okres), okresem (2020 lub 2020-03) albo sen_slope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown classifier &quot;%1&quot; (known: %2)</source>
        <translation>nieznany klasyfikator &quot;%1&quot; (znane: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown colour ramp &quot;%1&quot; (known: %2)</source>
        <translation>nieznana skala barw &quot;%1&quot; (znane: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a number greater than the previous break</source>
        <translation>musi być liczbą większą niż poprzednia granica</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 must be numbers with %1 &lt; %2</source>
        <translation>%1 i %2 muszą być liczbami, przy czym %1 &lt; %2</translation>
    </message>
    <message>
        <location filename="../views/spacetime/VtkOpenGLWidget.cpp" line="+232"/>
        <source>the 3-D view could not be read back</source>
        <translation>nie udało się odczytać obrazu widoku 3-D</translation>
    </message>
</context>
<context>
    <name>epidesk-server</name>
    <message>
        <location filename="../cluster/server_main.cpp" line="+38"/>
        <source>PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB).</source>
        <translation>Identyfikator URI PostgreSQL bazy danych zadań (domyślnie: $EPIDESK_CLUSTER_DB).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>analyst (own jobs) or admin (all jobs).</source>
        <translation>analyst (własne zadania) lub admin (wszystkie zadania).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days until the token expires (create; 1 to %1).</source>
        <translation>Liczba dni do wygaśnięcia tokenu (create; od 1 do %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manage API tokens.</source>
        <translation>Zarządzaj tokenami API.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>User name the token belongs to (create), or whose tokens to revoke.</source>
        <translation>Nazwa użytkownika, do którego należy token (create), lub którego tokeny mają zostać unieważnione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token id from &quot;token list&quot; (revoke).</source>
        <translation>Identyfikator tokenu z &quot;token list&quot; (revoke).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create: make a token and print it (shown only once); list: show tokens (never their secret); revoke: refuse a token from the next request on.</source>
        <translation>create: utwórz token i wypisz go (wyświetlany tylko raz); list: pokaż tokeny (nigdy ich sekretu); revoke: odrzucaj token od następnego żądania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: epidesk-server token create --db URI --user NAME --role analyst|admin [--expires-days 90]
       epidesk-server token list --db URI
       epidesk-server token revoke --db URI (--id ID | --user NAME)</source>
        <translation>użycie: epidesk-server token create --db URI --user NAME --role analyst|admin [--expires-days 90]
        epidesk-server token list --db URI
        epidesk-server token revoke --db URI (--id ID | --user NAME)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--expires-days: a whole number from 1 to %1</source>
        <translation>--expires-days: liczba całkowita od 1 do %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>--user: required</source>
        <translation>--user: wymagany</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>--role: must be analyst or admin</source>
        <translation>--role: musi mieć wartość analyst lub admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revoke: give either --id or --user</source>
        <translation>revoke: podaj --id albo --user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--id: expected a token id from &quot;token list&quot;</source>
        <translation>--id: oczekiwano identyfikatora tokenu z &quot;token list&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no active token matched</source>
        <translation>nie znaleziono pasującego aktywnego tokenu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create or upgrade the epidesk_cluster schema.</source>
        <translation>Utwórz lub zaktualizuj schemat epidesk_cluster.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Address and port to listen on (port 0 = any free port).</source>
        <translation>Adres i port nasłuchiwania (port 0 = dowolny wolny port).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data source the jobs run against: store path or warehouse URI.</source>
        <translation>Źródło danych, na którym działają zadania: ścieżka bazy danych lub URI hurtowni danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body in bytes.</source>
        <translation>Maksymalny rozmiar treści żądania w bajtach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts per job before it fails.</source>
        <translation>Liczba prób na zadanie, zanim zostanie uznane za nieudane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to receive a request head from its first byte.</source>
        <translation>Czas w sekundach na odebranie części nagłówkowej żądania, liczony od jej pierwszego bajtu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to receive a request body after its head.</source>
        <translation>Czas w sekundach na odebranie treści żądania po jego części nagłówkowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds a connection may stay silent before its first request or between requests (and a stalled response write).</source>
        <translation>Czas w sekundach, przez jaki połączenie może pozostawać bezczynne przed pierwszym żądaniem lub między żądaniami (a także przy wstrzymanym zapisie odpowiedzi).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open connections at most; more get 503.</source>
        <translation>Maksymalna liczba otwartych połączeń; kolejne otrzymują 503.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open connections at most per client address.</source>
        <translation>Maksymalna liczba otwartych połączeń z jednego adresu klienta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database connections (threads) serving requests.</source>
        <translation>Liczba połączeń z bazą danych (wątków) obsługujących żądania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds a request may wait for the database before it gets 503 (also the statement timeout).</source>
        <translation>Czas w sekundach, przez jaki żądanie może czekać na bazę danych, zanim otrzyma 503 (jest to także limit czasu wykonania instrukcji SQL).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest forecast job: series × horizon × (backtest origins + 1) × samples.</source>
        <translation>Największe dopuszczalne zadanie prognozy: serie × horyzont × (punkty początkowe testu wstecznego + 1) × próbki.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest relocation time_limit_seconds accepted.</source>
        <translation>Największa akceptowana wartość time_limit_seconds dla relokacji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never fire schedules from this server (an API-only replica).</source>
        <translation>Nigdy nie uruchamiaj harmonogramów z tego serwera (replika obsługująca tylko API).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds past its due time after which a run counts as missed (all servers were down) and the schedule&apos;s catch_up applies.</source>
        <translation>Liczba sekund po zaplanowanym terminie, po której uruchomienie uznaje się za przegapione (wszystkie serwery były niedostępne) i stosuje się ustawienie catch_up harmonogramu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedules a user may keep.</source>
        <translation>Maksymalna liczba harmonogramów jednego użytkownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EpiDesk cluster API server.</source>
        <translation>Serwer API klastra EpiDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--listen: expected HOST:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen: oczekiwano HOST:PORT, np. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--max-body / --max-attempts: invalid number</source>
        <translation>--max-body / --max-attempts: nieprawidłowa liczba</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--header-timeout / --body-timeout / --idle-timeout: invalid seconds</source>
        <translation>--header-timeout / --body-timeout / --idle-timeout: nieprawidłowa liczba sekund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-connections / --max-connections-per-client: invalid number</source>
        <translation>--max-connections / --max-connections-per-client: nieprawidłowa liczba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--data: required (store path or warehouse URI)</source>
        <translation>--data: wymagany (ścieżka bazy danych lub URI hurtowni danych)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--db-connections (1 to 64), --db-timeout, --max-forecast-cost, --max-solve-seconds: positive numbers</source>
        <translation>--db-connections (od 1 do 64), --db-timeout, --max-forecast-cost, --max-solve-seconds: liczby dodatnie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--schedule-grace (10 to 86400 s) / --max-schedules-per-user: invalid number</source>
        <translation>--schedule-grace (od 10 do 86400 s) / --max-schedules-per-user: nieprawidłowa liczba</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot listen on %1: %2</source>
        <translation>nie można nasłuchiwać na %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk-worker</name>
    <message>
        <location filename="../cluster/worker_main.cpp" line="+43"/>
        <source>PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB).</source>
        <translation>Identyfikator URI PostgreSQL bazy danych zadań (domyślnie: $EPIDESK_CLUSTER_DB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data source: store path or warehouse URI (same as the server&apos;s).</source>
        <translation>Źródło danych: ścieżka bazy danych lub URI hurtowni danych (to samo co na serwerze).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lease in seconds; renewed every third of it while a job runs.</source>
        <translation>Dzierżawa w sekundach; odnawiana co jedną trzecią jej czasu, gdy zadanie jest wykonywane.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>EpiDesk cluster worker. Each job runs in a process of its own (the internal sub-command run-job) under the limits below.</source>
        <translation>Proces roboczy klastra EpiDesk. Każde zadanie działa we własnym procesie (wewnętrzne podpolecenie run-job) z poniższymi limitami.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attempts per job (its lease expired or its process crashed) before it fails.</source>
        <translation>Liczba prób na zadanie (gdy wygasła jego dzierżawa lub jego proces uległ awarii), zanim zostanie uznane za nieudane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait between claims when the queue is empty.</source>
        <translation>Odstęp między próbami pobrania zadania, gdy kolejka jest pusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker name (default: host-pid-random).</source>
        <translation>Nazwa procesu roboczego (domyślnie: host-pid-losowa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit after this many jobs (0 = never).</source>
        <translation>Zakończ po tylu zadaniach (0 = nigdy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File touched at every heartbeat (liveness probes).</source>
        <translation>Plik dotykany przy każdym sygnale życia (sondy aktywności).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address-space limit of each job&apos;s process in MB; a job above it fails (0 = none).</source>
        <translation>Limit przestrzeni adresowej procesu każdego zadania w MB; zadanie, które go przekroczy, kończy się niepowodzeniem (0 = brak).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wall time per job in seconds; a job still running then is stopped and fails (0 = none).</source>
        <translation>Limit czasu rzeczywistego na zadanie w sekundach; zadanie, które nadal działa po jego upływie, zostaje zatrzymane i kończy się niepowodzeniem (0 = brak).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largest result a job may return, in MiB.</source>
        <translation>Maksymalny rozmiar wyniku zwracanego przez zadanie, w MiB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest file a job may return besides its result (a dashboard&apos;s PDF), in MiB (1 to 256).</source>
        <translation>Maksymalny rozmiar pliku zwracanego przez zadanie oprócz wyniku (pliku PDF pulpitu), w MiB (od 1 do 256).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The program that draws dashboard jobs (default: $EPIDESK_RENDER_PROGRAM, else epidesk-render beside this program).</source>
        <translation>Program rysujący zadania pulpitów (domyślnie: $EPIDESK_RENDER_PROGRAM, a w przeciwnym razie epidesk-render obok tego programu).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--lease, --max-attempts, --poll-ms, --max-jobs: positive integers</source>
        <translation>--lease, --max-attempts, --poll-ms, --max-jobs: dodatnie liczby całkowite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--job-memory-mb, --job-timeout: integers, 0 or more; --job-result-mb: positive integer</source>
        <translation>--job-memory-mb, --job-timeout: nieujemne liczby całkowite; --job-result-mb: dodatnia liczba całkowita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--job-artifact-mb: an integer from 1 to 256</source>
        <translation>--job-artifact-mb: liczba całkowita od 1 do 256</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--render-program: %1 is not an executable</source>
        <translation>--render-program: %1 nie jest plikiem wykonywalnym</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no epidesk-render beside this program: dashboard jobs will fail here</source>
        <translation>brak epidesk-render obok tego programu: zadania pulpitów będą tu kończyć się niepowodzeniem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--data: required (store path or warehouse URI)</source>
        <translation>--data: wymagany (ścieżka bazy danych lub URI hurtowni danych)</translation>
    </message>
</context>
<context>
    <name>epidesk::AnalogueModel</name>
    <message>
        <location filename="../analytics/forecast/AnalogueModel.cpp" line="+166"/>
        <source>Nearest-neighbour analogues</source>
        <translation>Analogi najbliższych sąsiadów</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../analytics/forecast/AnalogueSearch.cpp" line="+43"/>
        <source>The series %1 is empty.</source>
        <translation>Seria %1 jest pusta.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueSettings.cpp" line="+24"/>
        <source>Option &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>Opcja &quot;%1&quot; musi być liczbą całkowitą od %2 do %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The forecast horizon must be at least 1.</source>
        <translation>Horyzont prognozy musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option &quot;transform&quot; must be none, mean7 or log1p.</source>
        <translation>Opcja &quot;transform&quot; musi mieć wartość none, mean7 lub log1p.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Option &quot;scale&quot; must be level, zscore or none.</source>
        <translation>Opcja &quot;scale&quot; musi mieć wartość level, zscore lub none.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &quot;eps&quot; must be a number of at least 0.</source>
        <translation>Opcja &quot;eps&quot; musi być liczbą nie mniejszą niż 0.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueSearch.cpp" line="+2"/>
        <source>The series %1 has no valid start period.</source>
        <translation>Seria %1 nie ma prawidłowego okresu początkowego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series %1 has %2 points; the analogue model needs at least %3 (the window).</source>
        <translation>Liczba punktów serii %1: %2; model analogów wymaga co najmniej %3 (długość okna).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last %1 points of series %2 contain missing or invalid values.</source>
        <translation>Ostatnie punkty serii %2 (liczba: %1) zawierają brakujące lub nieprawidłowe wartości.</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/AnalogueModel.cpp" line="-114"/>
        <source>No earlier window of length %1 with a %2-step continuation is available to forecast %3.</source>
        <translation>Brak wcześniejszego okna o długości %1 z kontynuacją (liczba kroków: %2), które pozwoliłoby prognozować %3.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The series %1 has another frequency than the panel.</source>
        <translation>Seria %1 ma inną częstotliwość niż panel.</translation>
    </message>
</context>
<context>
    <name>epidesk::ApiService</name>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+28"/>
        <source>no such job</source>
        <translation>nie ma takiego zadania</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="+21"/>
        <source>method not allowed</source>
        <translation>niedozwolona metoda</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the body must be a JSON object</source>
        <translation>treść żądania musi być obiektem JSON</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+140"/>
        <source>missing, invalid or expired bearer token</source>
        <translation>brak tokenu typu Bearer lub token jest nieprawidłowy albo wygasł</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database unavailable, retry later</source>
        <translation>baza danych niedostępna, spróbuj ponownie później</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database too slow, retry later</source>
        <translation>baza danych odpowiada zbyt wolno, spróbuj ponownie później</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server busy, retry later</source>
        <translation>serwer jest zajęty, spróbuj ponownie później</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database did not answer within %1 s, retry later</source>
        <translation>baza danych nie odpowiedziała w ciągu %1 s, spróbuj ponownie później</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="-12"/>
        <source>malformed JSON: %1</source>
        <translation>nieprawidłowy JSON: %1</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+65"/>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the job is %1; its files can be fetched once it succeeded</source>
        <translation>zadanie ma stan %1; jego pliki można pobrać dopiero po jego pomyślnym zakończeniu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the job has no file %1</source>
        <translation>zadanie nie ma pliku %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not a cursor from a previous page&apos;s next_cursor</source>
        <translation>to nie jest kursor z pola next_cursor poprzedniej strony</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+96"/>
        <location line="+3"/>
        <source>internal error</source>
        <translation>błąd wewnętrzny</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no such resource</source>
        <translation>nie ma takiego zasobu</translation>
    </message>
    <message>
        <location filename="../cluster/ApiReplies.cpp" line="+6"/>
        <source>malformed JSON at offset %1: %2</source>
        <translation>nieprawidłowy JSON na pozycji %1: %2</translation>
    </message>
    <message>
        <location filename="../cluster/ApiService.cpp" line="+69"/>
        <source>the body must be a JSON object {&quot;kind&quot;, &quot;params&quot;}</source>
        <translation>treść żądania musi być obiektem JSON {&quot;kind&quot;, &quot;params&quot;}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>must be an integer from 1 to 1000</source>
        <translation>musi być liczbą całkowitą od 1 do 1000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status</source>
        <translation>nieznany status</translation>
    </message>
</context>
<context>
    <name>epidesk::ArimaModel</name>
    <message>
        <location filename="../analytics/forecast/ArimaModel.cpp" line="+178"/>
        <source>Automatic ARIMA</source>
        <translation>Automatyczny ARIMA</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not enough values for an ARIMA model after differencing.</source>
        <translation>Za mało wartości dla modelu ARIMA po różnicowaniu.</translation>
    </message>
</context>
<context>
    <name>epidesk::AutoModel</name>
    <message>
        <location filename="../analytics/forecast/AutoModel.cpp" line="+118"/>
        <source>candidates: unknown model %1</source>
        <translation>candidates: nieznany model %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidates: must be a list of model ids</source>
        <translation>candidates: musi być listą identyfikatorów modeli</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: must be a whole number between %2 and %3</source>
        <translation>%1: musi być liczbą całkowitą od %2 do %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic (validated combination)</source>
        <translation>Automatyczny (zwalidowana kombinacja)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The horizon must be at least 1.</source>
        <translation>Horyzont musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs %1 values</source>
        <translation>wymaga %1 wartości</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series %1 has %2 values: too short for every candidate model.</source>
        <translation>Liczba wartości serii %1: %2; to za mało dla każdego z modeli kandydujących.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No candidate model can forecast series %1.</source>
        <translation>Żaden model kandydujący nie może prognozować serii %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::Backtest</name>
    <message>
        <location filename="../analytics/forecast/Backtest.cpp" line="+45"/>
        <source>A backtest needs a horizon and a number of origins of at least 1.</source>
        <translation>Test wsteczny wymaga horyzontu i liczby punktów początkowych wynoszących co najmniej 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Series %1 has %2 values: too short for %3 backtest origins of horizon %4 with model %5 (needs at least %6).</source>
        <translation>Seria %1 jest za krótka do testu wstecznego (wartości: %2; punkty początkowe: %3, horyzont: %4, model: %5; potrzeba co najmniej %6).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Model %1 returned fewer forecasts than asked.</source>
        <translation>Model %1 zwrócił mniej prognoz, niż zażądano.</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCache</name>
    <message>
        <location filename="../views/map/BoundaryCache.cpp" line="+16"/>
        <source>The data source has no boundaries.</source>
        <translation>Źródło danych nie zawiera granic.</translation>
    </message>
</context>
<context>
    <name>epidesk::BoundaryCentroids</name>
    <message>
        <location filename="../connectors/formats/scenario/BoundaryCentroids.cpp" line="+23"/>
        <source>cannot read boundaries from %1</source>
        <translation>nie można odczytać granic z %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no property &quot;%2&quot;</source>
        <translation>%1 nie ma właściwości &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::CalibratedModel</name>
    <message>
        <location filename="../analytics/forecast/CalibratedModel.cpp" line="+36"/>
        <source>calibration: must be &quot;model&quot; or &quot;conformal&quot;</source>
        <translation>calibration: musi mieć wartość &quot;model&quot; lub &quot;conformal&quot;</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>non_negative: must be true or false</source>
        <translation>non_negative: musi mieć wartość true lub false</translation>
    </message>
</context>
<context>
    <name>epidesk::ChoroplethLayer</name>
    <message>
        <location filename="../mapping/ChoroplethLayer.cpp" line="+130"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
</context>
<context>
    <name>epidesk::ClassHistogram</name>
    <message>
        <location filename="../views/map/ClassHistogram.cpp" line="+73"/>
        <source>Districts</source>
        <translation>Jednostki</translation>
    </message>
</context>
<context>
    <name>epidesk::ClassHistogramPanel</name>
    <message>
        <location filename="../views/dashboard/ClassHistogramPanel.cpp" line="+40"/>
        <source>No map to follow</source>
        <translation>Brak mapy do śledzenia</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterClient</name>
    <message>
        <location filename="../clusterclient/ClusterClient.cpp" line="+148"/>
        <source>cluster not reachable: %1</source>
        <translation>klaster jest nieosiągalny: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster answered HTTP %1</source>
        <translation>klaster odpowiedział kodem HTTP %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterJobModel</name>
    <message>
        <location filename="../views/cluster/ClusterJobModel.cpp" line="+30"/>
        <source>submitting</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>zakończone powodzeniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>odrzucone</translation>
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
        <translation>odpowiedź udzielona od razu z zapisanych wyników klastra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (cached)</source>
        <translation>%1 (z pamięci podręcznej)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Wysłano</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterJobTracker</name>
    <message>
        <location filename="../clusterclient/ClusterJobTracker.cpp" line="+258"/>
        <source>no cluster is configured: set its address in the cluster settings</source>
        <translation>nie skonfigurowano klastra: ustaw jego adres w ustawieniach klastra</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster at %1 not reachable: %2; retrying in %3 s</source>
        <translation>klaster pod adresem %1 jest nieosiągalny: %2; ponowna próba za %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token rejected by the cluster at %1: check the token in the cluster settings; retrying in %2 s</source>
        <translation>klaster pod adresem %1 odrzucił token: sprawdź token w ustawieniach klastra; ponowna próba za %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>token rejected</source>
        <translation>token odrzucony</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+33"/>
        <source>the cluster no longer knows this job</source>
        <translation>klaster nie zna już tego zadania</translation>
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
        <translation>to nie jest klaster EpiDesk (HTTP %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set a token in the cluster settings to see jobs.</source>
        <translation>Ustaw token w ustawieniach klastra, aby zobaczyć zadania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster rejected the token: no jobs shown.</source>
        <translation>Klaster odrzucił token: nie pokazano zadań.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs not available: %1</source>
        <translation>Zadania niedostępne: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Jobs of %n users: this is an admin token, which sees every user&apos;s jobs.</source>
        <translation>
            <numerusform>Zadania %n użytkownika: to token administratora, który widzi zadania wszystkich użytkowników.</numerusform>
            <numerusform>Zadania %n użytkowników: to token administratora, który widzi zadania wszystkich użytkowników.</numerusform>
            <numerusform>Zadania %n użytkowników: to token administratora, który widzi zadania wszystkich użytkowników.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs of %1 only: an analyst token sees its own jobs, an admin token every user&apos;s.</source>
        <translation>Tylko zadania użytkownika %1: token analityka widzi własne zadania, token administratora — zadania wszystkich użytkowników.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No jobs visible to this token (an analyst token sees its own jobs, an admin token every user&apos;s).</source>
        <translation>Brak zadań widocznych dla tego tokenu (token analityka widzi własne zadania, token administratora — zadania wszystkich użytkowników).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cluster configured</source>
        <translation>Nie skonfigurowano klastra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database unavailable</source>
        <translation>Baza danych niedostępna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (+%2 since opened)</source>
        <translation>%1 (+%2 od otwarcia)</translation>
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
            <numerusform>Zaktualizowano %1 · co %n s · zadania zakończone powodzeniem od otwarcia: %2</numerusform>
            <numerusform>Zaktualizowano %1 · co %n s · zadania zakończone powodzeniem od otwarcia: %2</numerusform>
            <numerusform>Zaktualizowano %1 · co %n s · zadania zakończone powodzeniem od otwarcia: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last values from %1; retrying every %n s.</source>
        <translation>
            <numerusform>Ostatnie wartości z %1; ponawianie co %n s.</numerusform>
            <numerusform>Ostatnie wartości z %1; ponawianie co %n s.</numerusform>
            <numerusform>Ostatnie wartości z %1; ponawianie co %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workers alive</source>
        <translation>Aktywne procesy robocze</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Failures</source>
        <translation>Niepowodzenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run time mean / p95</source>
        <translation>Czas wykonania: średni / p95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue depth and running jobs (this session)</source>
        <translation>Długość kolejki i zadania w toku (ta sesja)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent jobs</source>
        <translation>Ostatnie zadania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run time</source>
        <translation>Czas wykonania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterSession</name>
    <message>
        <location filename="../app/ClusterSession.cpp" line="+49"/>
        <source>The cluster answers again; jobs are being polled.</source>
        <translation>Klaster znów odpowiada; trwa odpytywanie o stan zadań.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cluster &amp;settings…</source>
        <translation>&amp;Ustawienia klastra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedules…</source>
        <translation>&amp;Harmonogramy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster jobs</source>
        <translation>Zadania klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster monitor</source>
        <translation>Monitor klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;jobs</source>
        <translation>&amp;Zadania klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;monitor</source>
        <translation>&amp;Monitor klastra</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+75"/>
        <source>No cluster configured: Cluster ▸ Cluster settings…</source>
        <translation>Nie skonfigurowano klastra: Klaster ▸ Ustawienia klastra…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>No token for %1: Cluster ▸ Cluster settings…</source>
        <translation>Brak tokenu dla %1: Klaster ▸ Ustawienia klastra…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keychain is unavailable: enter the cluster token again in Cluster settings.</source>
        <translation>Magazyn haseł jest niedostępny: wprowadź ponownie token klastra w ustawieniach klastra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain is unavailable (%1): the token is kept for this session only.</source>
        <translation>Magazyn haseł jest niedostępny (%1): token zostanie zachowany tylko na czas tej sesji.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not store the token in the keychain (%1); it is kept for this session only.</source>
        <translation>Nie udało się zapisać tokenu w magazynie haseł (%1); zostanie on zachowany tylko na czas tej sesji.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submitted to the cluster: %1</source>
        <translation>Wysłano do klastra: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster job finished: %1</source>
        <translation>Zadanie klastra zakończone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster job finished: %1 (open it from the Jobs panel)</source>
        <translation>Zadanie klastra zakończone: %1 (otwórz je w panelu zadań)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster job canceled: %1</source>
        <translation>Zadanie klastra anulowane: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster job failed: %1 — %2</source>
        <translation>Zadanie klastra nie powiodło się: %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster schedules</source>
        <translation>Harmonogramy klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cluster configured, or no token: Cluster ▸ Cluster settings…</source>
        <translation>Nie skonfigurowano klastra lub brak tokenu: Klaster ▸ Ustawienia klastra…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This result cannot be shown (job kind %1).</source>
        <translation>Nie można wyświetlić tego wyniku (rodzaj zadania %1).</translation>
    </message>
</context>
<context>
    <name>epidesk::ClusterSettingsDialog</name>
    <message>
        <location filename="../views/cluster/ClusterSettingsDialog.cpp" line="+92"/>
        <source>Enter the cluster&apos;s http:// or https:// address first.</source>
        <translation>Najpierw podaj adres klastra http:// lub https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not reachable: %1</source>
        <translation>Nieosiągalny: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address answers, but not as an EpiDesk cluster (HTTP %1).</source>
        <translation>Ten adres odpowiada, ale nie jako klaster EpiDesk (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token rejected: enter the token your administrator gave you.</source>
        <translation>Token odrzucony: wprowadź token otrzymany od administratora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token rejected: it is wrong, revoked, or for another cluster.</source>
        <translation>Token odrzucony: jest błędny, unieważniony lub dotyczy innego klastra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster answers, but its database is unavailable.</source>
        <translation>Klaster odpowiada, ale jego baza danych jest niedostępna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster answered with an error: %1</source>
        <translation>Klaster odpowiedział błędem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OK, %n worker(s) alive</source>
        <translation>
            <numerusform>OK, działa %n proces roboczy</numerusform>
            <numerusform>OK, działają %n procesy robocze</numerusform>
            <numerusform>OK, działa %n procesów roboczych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK (worker count not available)</source>
        <translation>OK (liczba procesów roboczych niedostępna)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cluster settings</source>
        <translation>Ustawienia klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &amp;URL:</source>
        <translation>&amp;Adres URL klastra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;token:</source>
        <translation>&amp;Token API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept in the system keychain, never in the settings file. Ask your administrator for one (epidesk-server token create).</source>
        <translation>Token jest przechowywany w systemowym magazynie haseł, nigdy w pliku ustawień. Poproś o niego administratora (epidesk-server token create).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>Te&amp;stuj połączenie</translation>
    </message>
</context>
<context>
    <name>epidesk::ComputingPanel</name>
    <message>
        <location filename="../views/dashboard/PanelComputation.cpp" line="+138"/>
        <source>Canceled.</source>
        <translation>Anulowano.</translation>
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
            <numerusform>Serwer nie odpowiedział w ciągu %n sekundy.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the host, database and user first.</source>
        <translation>Najpierw podaj serwer, bazę danych i użytkownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connected: PostgreSQL %1</source>
        <translation>Połączono: PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed: %1</source>
        <translation>Połączenie nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to warehouse</source>
        <translation>Połącz z hurtownią danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;SSL mode:</source>
        <translation>T&amp;ryb SSL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Zapamiętaj hasło w systemowym magazynie haseł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>P&amp;ołącz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available, so the password cannot be remembered: EpiDesk will ask for it each time and never writes it to disk.</source>
        <translation>Systemowy magazyn haseł jest niedostępny, więc nie można zapamiętać hasła: EpiDesk zapyta o nie za każdym razem i nigdy nie zapisuje go na dysku.</translation>
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
        <translation>%1 przekracza wiarygodne maksimum %2 na wiersz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not fit in a 64-bit integer</source>
        <translation>%1 nie mieści się w 64-bitowej liczbie całkowitej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file&apos;s total of this field would not fit in a 64-bit integer</source>
        <translation>suma tego pola w pliku nie zmieściłaby się w 64-bitowej liczbie całkowitej</translation>
    </message>
</context>
<context>
    <name>epidesk::Credentials</name>
    <message>
        <location filename="../app/Credentials.cpp" line="+48"/>
        <source>disabled by EPIDESK_KEYCHAIN=off</source>
        <translation>wyłączone przez EPIDESK_KEYCHAIN=off</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+32"/>
        <source>the keychain did not answer</source>
        <translation>magazyn haseł nie odpowiedział</translation>
    </message>
</context>
<context>
    <name>epidesk::CronSchedule</name>
    <message>
        <location filename="../connectors/core/CronSchedule.cpp" line="+37"/>
        <source>minute</source>
        <translation>minuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of month</source>
        <translation>dzień miesiąca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of week</source>
        <translation>dzień tygodnia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is out of range %3-%4</source>
        <translation>%1: %2 jest poza zakresem %3-%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a number or a name</source>
        <translation>%1: &quot;%2&quot; nie jest liczbą ani nazwą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; nie jest liczbą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; has an empty item</source>
        <translation>%1: &quot;%2&quot; zawiera pusty element</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the step &quot;%2&quot; is not a number</source>
        <translation>%1: krok &quot;%2&quot; nie jest liczbą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the step in &quot;%2&quot; must be at least 1</source>
        <translation>%1: krok w &quot;%2&quot; musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the range &quot;%2&quot; ends before it starts</source>
        <translation>%1: zakres &quot;%2&quot; kończy się, zanim się zaczyna</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>@reboot is not supported for schedules: a schedule needs times</source>
        <translation>@reboot nie jest obsługiwane w harmonogramach: harmonogram wymaga określonych terminów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown macro &quot;%1&quot; (known: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</source>
        <translation>nieznane makro &quot;%1&quot; (znane: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>oczekiwano 5 pól (minuta godzina dzień-miesiąca miesiąc dzień-tygodnia), otrzymano: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>unknown IANA time zone &quot;%1&quot;</source>
        <translation>nieznana strefa czasowa IANA &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression never matches a date (e.g. 30 February)</source>
        <translation>wyrażenie nigdy nie pasuje do żadnej daty (np. 30 lutego)</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvReader</name>
    <message>
        <location filename="../connectors/textio/CsvReader.cpp" line="+41"/>
        <source>the quoted field that starts here is not closed</source>
        <translation>pole w cudzysłowie, które zaczyna się tutaj, nie zostało zamknięte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::CsvWriter</name>
    <message>
        <location filename="../connectors/textio/CsvWriter.cpp" line="+123"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::Dashboard</name>
    <message>
        <location filename="../views/trends/Dashboard.cpp" line="+108"/>
        <source>Opened %1</source>
        <translation>Otwarto: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connection to the warehouse was lost; reconnecting…</source>
        <translation>Utracono połączenie z hurtownią danych; ponowne łączenie…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Connection to the warehouse was lost; reconnecting in %n s… (%1)</source>
        <translation>
            <numerusform>Utracono połączenie z hurtownią danych; ponowne łączenie za %n s… (%1)</numerusform>
            <numerusform>Utracono połączenie z hurtownią danych; ponowne łączenie za %n s… (%1)</numerusform>
            <numerusform>Utracono połączenie z hurtownią danych; ponowne łączenie za %n s… (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection to the warehouse was lost; reconnecting… (%1)</source>
        <translation>Utracono połączenie z hurtownią danych; ponowne łączenie… (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconnected to %1</source>
        <translation>Ponownie połączono z %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Press Run to submit the request to the cluster.</source>
        <translation>Naciśnij Uruchom, aby wysłać żądanie do klastra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all ingredients</source>
        <translation>wszystkie substancje czynne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per state</source>
        <translation>według stanów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per region</source>
        <translation>według regionów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per municipality</source>
        <translation>według gmin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monthly</source>
        <translation>miesięcznie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yearly</source>
        <translation>rocznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends: %1, %2, %3</source>
        <translation>Trendy: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Submitted to the cluster; the result opens when it is ready.</source>
        <translation>Wysłano do klastra; wynik otworzy się, gdy będzie gotowy.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing trends…</source>
        <translation>Obliczanie trendów…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Canceled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Map unavailable: %1</source>
        <translation>Mapa niedostępna: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n series computed.</source>
        <translation>
            <numerusform>Obliczono %n serię.</numerusform>
            <numerusform>Obliczono %n serie.</numerusform>
            <numerusform>Obliczono %n serii.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Trend (Sen&apos;s slope)</source>
        <translation>Trend (nachylenie Sena)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Map &amp;shows:</source>
        <translation>M&amp;apa pokazuje:</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardDocument</name>
    <message>
        <location filename="../dashboard/DashboardDocument.cpp" line="+111"/>
        <source>format_version: %1 is newer than this EpiDesk reads (%2); update EpiDesk to open it</source>
        <translation>format_version: %1 jest nowszy, niż ten EpiDesk odczytuje (%2); zaktualizuj EpiDesk, aby go otworzyć</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>exactly one of store and warehouse must be set</source>
        <translation>dokładnie jedno z store i warehouse musi być ustawione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not hold a password (it belongs in the keychain)</source>
        <translation>nie może zawierać hasła (należy ono do pęku kluczy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an http:// or https:// URL</source>
        <translation>musi być adresem URL http:// lub https://</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>more than %1 panels</source>
        <translation>więcej niż %1 paneli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; użyto dwa razy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown panel kind &quot;%1&quot; (known: %2)</source>
        <translation>nieznany rodzaj panelu &quot;%1&quot; (znane: %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be base64</source>
        <translation>musi być w base64</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardJob</name>
    <message>
        <location filename="../cluster/DashboardJob.cpp" line="+53"/>
        <source>this worker cannot render dashboards: no renderer program (epidesk-render beside epidesk-worker, or --render-program)</source>
        <translation>ten proces roboczy nie może renderować pulpitów: brak programu renderującego (epidesk-render obok epidesk-worker lub --render-program)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create a scratch folder: %1</source>
        <translation>nie można utworzyć folderu tymczasowego: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the renderer %1 could not be started: %2</source>
        <translation>nie można uruchomić programu renderującego %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the renderer&apos;s answer exceeded %1 MiB</source>
        <translation>odpowiedź programu renderującego przekroczyła %1 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>the dashboard&apos;s PDF exceeded the limit of %1 MiB</source>
        <translation>plik PDF pulpitu przekroczył limit %1 MiB</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the renderer was killed by signal %1 (%2)</source>
        <translation>program renderujący został zakończony sygnałem %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>; the job memory limit is %1 MB</source>
        <translation>; limit pamięci zadania wynosi %1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renderer exited with code %1 without an answer</source>
        <translation>program renderujący zakończył się kodem %1 bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the renderer wrote no PDF</source>
        <translation>program renderujący nie zapisał pliku PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the renderer&apos;s output is not a PDF</source>
        <translation>dane wyjściowe programu renderującego nie są plikiem PDF</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardOpenActions</name>
    <message>
        <location filename="../app/DashboardOpenActions.cpp" line="+45"/>
        <source>&amp;New dashboard</source>
        <translation>&amp;Nowy pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new dashboard (map, chart, table) on the open data</source>
        <translation>Nowy pulpit (mapa, wykres, tabela) z aktualnie otwartymi danymi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;dashboard…</source>
        <translation>Otwórz p&amp;ulpit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xamples</source>
        <translation>Przy&amp;kłady</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New dashboard</source>
        <translation>Nowy pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a store or connect to a warehouse first: a dashboard shows its data.</source>
        <translation>Najpierw otwórz bazę danych lub połącz się z hurtownią danych: pulpit pokazuje dane z tego źródła.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open dashboard</source>
        <translation>Otwórz pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk dashboards (*.epidash);;All files (*)</source>
        <translation>Pulpity EpiDesk (*.epidash);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Examples</source>
        <translation>Przykłady</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent dashboards</source>
        <translation>Brak ostatnio otwieranych pulpitów</translation>
    </message>
</context>
<context>
    <name>epidesk::DashboardWindow</name>
    <message>
        <location filename="../app/DashboardWindow.cpp" line="+98"/>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open dashboard</source>
        <translation>Otwórz pulpit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>source.warehouse: %1</source>
        <translation>source.warehouse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store not found</source>
        <translation>Nie znaleziono bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store of this dashboard, %1, does not exist. Locate it (EpiDesk remembers the answer).</source>
        <translation>Baza danych tego pulpitu, %1, nie istnieje. Wskaż ją (EpiDesk zapamięta odpowiedź).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate the store</source>
        <translation>Wskaż bazę danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bazy danych EpiDesk (*.gpkg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source.store: %1 does not exist</source>
        <translation>source.store: %1 nie istnieje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source.store: %1</source>
        <translation>source.store: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cluster token</source>
        <translation>Token klastra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panels of this dashboard compute on the cluster %1.
Your API token for it:</source>
        <translation>Panele tego pulpitu są obliczane w klastrze %1.
Twój token API do niego:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The panels compute on the cluster %1</source>
        <translation>Panele są obliczane w klastrze %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add panel</source>
        <translation>Dodaj panel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Save dashboard</source>
        <translation>Zapisz pulpit</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>EpiDesk dashboards (*.epidash)</source>
        <translation>Pulpity EpiDesk (*.epidash)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+31"/>
        <source>Schedule this dashboard</source>
        <translation>Utwórz harmonogram pulpitu</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No cluster configured: Cluster ▸ Cluster settings… in the main window.</source>
        <translation>Nie skonfigurowano klastra: Klaster ▸ Ustawienia klastra… w oknie głównym.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule this dashboard on %1</source>
        <translation>Utwórz harmonogram pulpitu w klastrze %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled on the cluster; first run %1</source>
        <translation>Zaplanowano w klastrze; pierwsze uruchomienie: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Export PDF report</source>
        <translation>Eksportuj raport PDF</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Untitled dashboard</source>
        <translation>Pulpit bez tytułu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — EpiDesk</source>
        <translation>%1[*] — EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>Eksportuj raport &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule this dashboard…</source>
        <translation>Utwórz &amp;harmonogram pulpitu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close dashboard</source>
        <translation>Za&amp;mknij pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Przelicz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;filters and selection</source>
        <translation>Wyczyść &amp;filtry i zaznaczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add panel</source>
        <translation>&amp;Dodaj panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Linked panels</source>
        <translation>&amp;Powiązane panele</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved dashboard</source>
        <translation>Niezapisany pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany w %1?</translation>
    </message>
</context>
<context>
    <name>epidesk::DataChangeBanner</name>
    <message>
        <location filename="../views/dashboard/DataChangeBanner.cpp" line="+26"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data changed since this dashboard was saved: %1. The panels show the current data.</source>
        <translation>Dane zmieniły się od zapisania tego pulpitu: %1. Panele pokazują bieżące dane.</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoGenerator</name>
    <message>
        <location filename="../connectors/demo/DemoReferenceData.cpp" line="+29"/>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 does not list the 27 states</source>
        <translation>%1 nie zawiera listy 27 stanów</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lacks population for 2014-2021</source>
        <translation>W %1 brakuje liczby ludności za lata 2014-2021</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No municipalities in %1</source>
        <translation>Brak gmin w %1</translation>
    </message>
    <message>
        <location filename="../connectors/demo/DemoGenerator.cpp" line="+67"/>
        <source>The scale must be above 0 and at most 10 (got %1).</source>
        <translation>Skala musi być większa od 0 i nie większa niż 10 (podano %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data covers %1-%2; the requested years are %3-%4.</source>
        <translation>Dane demonstracyjne obejmują lata %1-%2; żądane lata to %3-%4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>Zapisywanie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::DemoSetup</name>
    <message>
        <location filename="../connectors/demo/DemoSetup.cpp" line="+100"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Writing the ANVISA demo files</source>
        <translation>Zapisywanie plików demonstracyjnych ANVISA</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing the ANVISA demo files into %1</source>
        <translation>Importowanie plików demonstracyjnych ANVISA do %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Nie można zmienić nazwy %1 na %2.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Importing the Polish COVID-19 district series</source>
        <translation>Importowanie polskich serii powiatowych COVID-19</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the relocation scenario</source>
        <translation>Zapisywanie scenariusza relokacji</translation>
    </message>
    <message>
        <location filename="../connectors/demo/DemoSetupState.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::DistrictMapView</name>
    <message>
        <location filename="../views/forecast/DistrictMapView.cpp" line="+141"/>
        <source>%1 (forecast)</source>
        <translation>%1 (prognoza)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the observed values, then the forecast</source>
        <translation>Odtwórz wartości zaobserwowane, a następnie prognozę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date shown on the map</source>
        <translation>Data pokazana na mapie</translation>
    </message>
</context>
<context>
    <name>epidesk::EtsModel</name>
    <message>
        <location filename="../analytics/forecast/EtsModel.cpp" line="+141"/>
        <source>Exponential smoothing (ETS)</source>
        <translation>Wygładzanie wykładnicze (ETS)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No ETS model can be fitted to %1 values.</source>
        <translation>Nie można dopasować żadnego modelu ETS (liczba wartości: %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model: must be three letters: error A/M/Z, trend N/A/Z, season N/A/M/Z (e.g. &quot;ZZZ&quot;, &quot;MAM&quot;)</source>
        <translation>model: musi składać się z trzech liter: błąd A/M/Z, trend N/A/Z, sezonowość N/A/M/Z (np. &quot;ZZZ&quot;, &quot;MAM&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>damped: must be true or false</source>
        <translation>damped: musi mieć wartość true lub false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>constant series: flat forecast, zero-width intervals</source>
        <translation>seria stała: płaska prognoza, przedziały o zerowej szerokości</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No ETS model gives finite forecasts for %1.</source>
        <translation>Żaden model ETS nie daje skończonych prognoz dla %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::FilterBar</name>
    <message>
        <location filename="../views/dashboard/FilterBar.cpp" line="+50"/>
        <source>Remove this filter</source>
        <translation>Usuń ten filtr</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No filters. Click a district, a table row or a chart line to select it on every linked panel; Esc clears.</source>
        <translation>Brak filtrów. Kliknij powiat, wiersz tabeli lub linię wykresu, aby zaznaczyć ten element we wszystkich powiązanych panelach; Esc czyści zaznaczenie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filtruj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dashboard-wide filter</source>
        <translation>Dodaj filtr dla całego pulpitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all</source>
        <translation>Wyczyść wszystko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter and the selection (Esc)</source>
        <translation>Usuń wszystkie filtry i zaznaczenie (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingredient…</source>
        <translation>Substancja czynna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years…</source>
        <translation>Lata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the selected places</source>
        <translation>Zachowaj tylko zaznaczone miejsca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingredient filter</source>
        <translation>Filtr substancji czynnej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active ingredient contains:</source>
        <translation>Substancja czynna zawiera:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year filter</source>
        <translation>Filtr lat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years (from-to, e.g. 2016-2020):</source>
        <translation>Lata (od-do, np. 2016-2020):</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastBackground</name>
    <message>
        <location filename="../views/forecast/ForecastBackground.cpp" line="+74"/>
        <source>Loading canceled.</source>
        <translation>Wczytywanie anulowane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This store holds no district series (epidesk-cli import covid-pl).</source>
        <translation>Ta baza danych nie zawiera serii powiatowych (epidesk-cli import covid-pl).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sales match this selection.</source>
        <translation>Brak sprzedaży dla tego wyboru.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n series loaded.</source>
        <translation>
            <numerusform>Wczytano %n serię.</numerusform>
            <numerusform>Wczytano %n serie.</numerusform>
            <numerusform>Wczytano %n serii.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastChart</name>
    <message>
        <location filename="../views/forecast/ForecastChart.cpp" line="+189"/>
        <source>No district selected</source>
        <translation>Nie wybrano powiatu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>conformal: the model&apos;s band rescaled to cover its own errors on past origins</source>
        <translation>konformalne: pasmo modelu przeskalowane tak, aby obejmowało jego własne błędy w przeszłych punktach początkowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model&apos;s own</source>
        <translation>wyznaczone przez sam model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1
Intervals: %2</source>
        <translation>Model: %1
Przedziały: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen by the automatic model on rolling origins of the history</source>
        <translation>Wybrany przez model automatyczny na przesuwanych punktach początkowych historii</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>95 % interval</source>
        <translation>Przedział 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval (conformal)</source>
        <translation>Przedział 95 % (konformalny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % interval</source>
        <translation>Przedział 80 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 % interval (conformal)</source>
        <translation>Przedział 80 % (konformalny)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Analogues (%n)</source>
        <translation>
            <numerusform>Analogi (%n)</numerusform>
            <numerusform>Analogi (%n)</numerusform>
            <numerusform>Analogi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forecast (%1)</source>
        <translation>Prognoza (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actual (held out)</source>
        <translation>Rzeczywiste (nieużyte w modelu)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Backtest (%n origin(s))</source>
        <translation>
            <numerusform>Test wsteczny (%n punkt początkowy)</numerusform>
            <numerusform>Test wsteczny (%n punkty początkowe)</numerusform>
            <numerusform>Test wsteczny (%n punktów początkowych)</numerusform>
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
        <translation>Pokrycie 80 %: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % coverage: %1 %</source>
        <translation>Pokrycie 95 %: %1 %</translation>
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
        <translation>Raport prognozy EpiDesk</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+60"/>
        <source>Cannot write the PDF %1</source>
        <translation>Nie można zapisać pliku PDF %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Indicator: %1</source>
        <translation>Wskaźnik: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Horizon: %n period(s)</source>
        <translation>
            <numerusform>Horyzont: %n okres</numerusform>
            <numerusform>Horyzont: %n okresy</numerusform>
            <numerusform>Horyzont: %n okresów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest origins: %1</source>
        <translation>Punkty początkowe testu wstecznego: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast as of %1 (actuals after it held out)</source>
        <translation>Prognoza według stanu na %1 (bez użycia późniejszych wartości rzeczywistych)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model options: %1</source>
        <translation>Opcje modelu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series forecast: %1</source>
        <translation>Liczba prognozowanych serii: %1</translation>
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
        <translation>Prognoza</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analogues: %1</source>
        <translation>Analogi: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Generated %1</source>
        <translation>Wygenerowano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Data: %1</source>
        <translation>Dane: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastFamilyPanel</name>
    <message>
        <location filename="../views/dashboard/ForecastPanels.cpp" line="-108"/>
        <location line="+9"/>
        <source>The forecast was canceled.</source>
        <translation>Prognozę anulowano.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No series could be forecast.</source>
        <translation>Nie udało się wykonać prognozy dla żadnego szeregu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No series could be forecast (e.g. %1: %2).</source>
        <translation>Nie udało się wykonać prognozy dla żadnego szeregu (np. %1: %2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no data source is open</source>
        <translation>nie otwarto żadnego źródła danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid forecast parameters: %1</source>
        <translation>nieprawidłowe parametry prognozy: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecasting…</source>
        <translation>Obliczanie prognozy…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the forecast gave no result</source>
        <translation>prognoza nie dała wyniku</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastJob</name>
    <message>
        <location filename="../views/forecast/ForecastData.cpp" line="+72"/>
        <source>Unknown error while forecasting.</source>
        <translation>Nieznany błąd podczas prognozowania.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Poland (national total)</source>
        <translation>Polska (łącznie w kraju)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+33"/>
        <source>No data source is open.</source>
        <translation>Nie otwarto żadnego źródła danych.</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastModel</name>
    <message>
        <location filename="../analytics/forecast/SeasonalNaiveModel.cpp" line="+28"/>
        <source>seasonal_period: must be a whole number between 1 and 366</source>
        <translation>seasonal_period: musi być liczbą całkowitą od 1 do 366</translation>
    </message>
    <message>
        <location filename="../analytics/forecast/ForecastInput.cpp" line="+16"/>
        <source>The horizon must be at least 1.</source>
        <translation>Horyzont musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series %1 has %2 values; %3 needs at least %4.</source>
        <translation>Seria %1 ma %2 wartości; %3 wymaga co najmniej %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series %1 has missing or non-finite values.</source>
        <translation>Seria %1 zawiera wartości brakujące lub nieskończone.</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastOriginBox</name>
    <message>
        <location filename="../views/forecast/ForecastOriginBox.cpp" line="+54"/>
        <source>on</source>
        <translation>włącz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast as of a past day: the models see nothing after it, and the actuals that followed are drawn against the forecast</source>
        <translation>Prognoza według stanu na dzień z przeszłości: modele nie widzą danych późniejszych niż ten dzień, a późniejsze wartości rzeczywiste są rysowane na tle prognozy</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastPanelWidget</name>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+174"/>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland — COVID-19 per powiat</source>
        <translation>Polska — COVID-19 według powiatów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil — prescriptions per UF</source>
        <translation>Brazylia — recepty według UF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil — prescriptions per municipality</source>
        <translation>Brazylia — recepty według gmin</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastSelection.cpp" line="+62"/>
        <source>New cases</source>
        <translation>Nowe przypadki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases, 7-day mean</source>
        <translation>Nowe przypadki, średnia 7-dniowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases, weekly totals</source>
        <translation>Nowe przypadki, sumy tygodniowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths</source>
        <translation>Zgony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths, 7-day mean</source>
        <translation>Zgony, średnia 7-dniowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaths, weekly totals</source>
        <translation>Zgony, sumy tygodniowe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prescriptions</source>
        <translation>Recepty</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Units sold</source>
        <translation>Sprzedane jednostki</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+6"/>
        <source>Per 1,000 inhabitants</source>
        <translation>Na 1000 mieszkańców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all ingredients</source>
        <translation>wszystkie substancje czynne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the active ingredient&apos;s name; empty = every ingredient</source>
        <translation>Fragment nazwy substancji czynnej; puste = wszystkie substancje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ata:</source>
        <translation>&amp;Dane:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>W&amp;skaźnik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;ngredient:</source>
        <translation>Substancja &amp;czynna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;easure:</source>
        <translation>M&amp;iara:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horyzont:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backtest origins:</source>
        <translation>Punkty początkowe &amp;testu wstecznego:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast as &amp;of:</source>
        <translation>&amp;Prognoza według stanu na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;UF:</source>
        <translation>&amp;UF:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;unicipality:</source>
        <translation>Gmi&amp;na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District:</source>
        <translation>P&amp;owiat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run on:</source>
        <translation>Miejsce &amp;wykonania:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> periods</source>
        <translation> okresów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling-origin backtests per series (MASE, sMAPE, interval coverage)</source>
        <translation>Testy wsteczne z przesuwanym punktem początkowym dla każdej serii (MASE, sMAPE, pokrycie przedziałów)</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastSelection.cpp" line="+15"/>
        <source>%1 per 1,000 inhabitants</source>
        <translation>%1 na 1000 mieszkańców</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/forecast/ForecastPanel.cpp" line="+238"/>
        <source>Forecast: %1, %2, %3</source>
        <translation>Prognoza: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the cluster: %1</source>
        <translation>Wysłano do klastra: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Forecasting %n series…</source>
        <translation>
            <numerusform>Prognozowanie %n serii…</numerusform>
            <numerusform>Prognozowanie %n serii…</numerusform>
            <numerusform>Prognozowanie %n serii…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This may take several minutes; Cancel stops it.</source>
        <translation>Może to potrwać kilka minut; przycisk Anuluj przerywa działanie.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n series forecast.</source>
        <translation>
            <numerusform>Sporządzono prognozę dla %n serii.</numerusform>
            <numerusform>Sporządzono prognozę dla %n serii.</numerusform>
            <numerusform>Sporządzono prognozę dla %n serii.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Forecast &amp;all districts</source>
        <translation>Pro&amp;gnozuj wszystkie powiaty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast &amp;all districts on the cluster</source>
        <translation>Pro&amp;gnozuj wszystkie powiaty w klastrze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast &amp;all UFs on the cluster</source>
        <translation>Pro&amp;gnozuj wszystkie UF w klastrze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forecast &amp;all UFs</source>
        <translation>Pro&amp;gnozuj wszystkie UF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast &amp;all municipalities on the cluster</source>
        <translation>Pro&amp;gnozuj wszystkie gminy w klastrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast &amp;all municipalities</source>
        <translation>Pro&amp;gnozuj wszystkie gminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export forecasts CSV…</source>
        <translation>Eksportuj prognozy CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF report…</source>
        <translation>Eksportuj raport PDF…</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Loading district series…</source>
        <translation>Wczytywanie serii powiatowych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading prescription series…</source>
        <translation>Wczytywanie serii recept…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Canceling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forecast canceled.</source>
        <translation>Prognozowanie anulowane.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n could not be forecast (e.g. %1: %2).</source>
        <translation>
            <numerusform>Nie udało się sporządzić prognozy dla %n powiatu (np. %1: %2).</numerusform>
            <numerusform>Nie udało się sporządzić prognozy dla %n powiatów (np. %1: %2).</numerusform>
            <numerusform>Nie udało się sporządzić prognozy dla %n powiatów (np. %1: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export forecasts</source>
        <translation>Eksportuj prognozy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts written to %1</source>
        <translation>Prognozy zapisano w %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export forecast report</source>
        <translation>Eksportuj raport prognozy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastParamSchema</name>
    <message>
        <location filename="../services/ForecastParamSchema.cpp" line="+86"/>
        <source>must be one of %1</source>
        <translation>musi być jedną z wartości: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give either selector or codes, not both</source>
        <translation>podaj selector albo codes, nie oba naraz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be &quot;all&quot;, a code, a prefix (02*) or a comma list of those</source>
        <translation>musi mieć wartość &quot;all&quot; albo być kodem, prefiksem (02*) lub listą takich wartości rozdzielonych przecinkami</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an array of non-empty strings</source>
        <translation>musi być tablicą niepustych ciągów znaków</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>must be an object (a trends request)</source>
        <translation>musi być obiektem (żądaniem trendów)</translation>
    </message>
</context>
<context>
    <name>epidesk::ForecastRequest</name>
    <message>
        <location filename="../analytics/forecast/ForecastTypes.cpp" line="+30"/>
        <source>must be a whole number between %1 and %2</source>
        <translation>musi być liczbą całkowitą od %1 do %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>must be one of %1</source>
        <translation>musi być jedną z wartości: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a date YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>musi być datą w formacie YYYY-MM-DD, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>musi być datą w formacie YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
</context>
<context>
    <name>epidesk::HttpRequestParser</name>
    <message>
        <location filename="../cluster/HttpRequestParser.cpp" line="+164"/>
        <source>NUL byte in the request head</source>
        <translation>bajt NUL w części nagłówkowej żądania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare CR in the request head</source>
        <translation>samodzielny znak CR (bez LF) w części nagłówkowej żądania</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request header too large</source>
        <translation>nagłówek żądania jest za duży</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bare CR or NUL byte in the request head</source>
        <translation>samodzielny znak CR (bez LF) lub bajt NUL w części nagłówkowej żądania</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>malformed request line</source>
        <translation>nieprawidłowy wiersz żądania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only HTTP/1.0 and HTTP/1.1 are supported</source>
        <translation>obsługiwane są tylko HTTP/1.0 i HTTP/1.1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed request target</source>
        <translation>nieprawidłowy cel żądania</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>obsolete line folding in the request head</source>
        <translation>przestarzałe zawijanie wierszy (obs-fold) w części nagłówkowej żądania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header field</source>
        <translation>nieprawidłowe pole nagłówka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control character in a header field</source>
        <translation>znak sterujący w polu nagłówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 header fields</source>
        <translation>więcej niż %1 pól nagłówka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeated Content-Length</source>
        <translation>powtórzony nagłówek Content-Length</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>invalid Content-Length</source>
        <translation>nieprawidłowy nagłówek Content-Length</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeated Host</source>
        <translation>powtórzony nagłówek Host</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>jednocześnie Transfer-Encoding i Content-Length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chunked bodies are not supported; send Content-Length</source>
        <translation>treść w kodowaniu chunked nie jest obsługiwana; wyślij Content-Length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request body larger than %1 bytes</source>
        <translation>treść żądania jest większa niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only &quot;Expect: 100-continue&quot; is supported</source>
        <translation>obsługiwana jest tylko wartość &quot;Expect: 100-continue&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::HttpServer</name>
    <message>
        <location filename="../cluster/HttpConnection.cpp" line="+175"/>
        <source>request head not received in time</source>
        <translation>nie odebrano w porę części nagłówkowej żądania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request body not received in time</source>
        <translation>nie odebrano w porę treści żądania</translation>
    </message>
    <message>
        <location filename="../cluster/HttpServer.cpp" line="+52"/>
        <location line="+113"/>
        <source>internal error</source>
        <translation>błąd wewnętrzny</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>too many connections, retry later</source>
        <translation>zbyt wiele połączeń, spróbuj ponownie później</translation>
    </message>
</context>
<context>
    <name>epidesk::ImportDialog</name>
    <message>
        <location filename="../views/importing/ImportDialog.cpp" line="+33"/>
        <source>Creating the store…</source>
        <translation>Tworzenie bazy danych…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canceled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import ANVISA files</source>
        <translation>Importuj pliki ANVISA</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Importing %n file(s) into %1</source>
        <translation>
            <numerusform>Importowanie %n pliku do %1</numerusform>
            <numerusform>Importowanie %n plików do %1</numerusform>
            <numerusform>Importowanie %n plików do %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Canceling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import canceled: files not finished were left out.</source>
        <translation>Import anulowany: pominięto nieukończone pliki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished with errors.</source>
        <translation>Import zakończony z błędami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translation>Import zakończony.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Files loaded</source>
        <translation>Wczytane pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Odczytane wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows loaded</source>
        <translation>Wczytane wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows quarantined</source>
        <translation>Wiersze w kwarantannie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (fields set to empty)</source>
        <translation>Ostrzeżenia (pola ustawione jako puste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Errors</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Odczytane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Wczytane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unmatched municipalities</source>
        <translation>Niedopasowane gminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their sales count for the state but not for any municipality.</source>
        <translation>Ich sprzedaż wlicza się do stanu, ale do żadnej gminy.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… i %n kolejna</numerusform>
            <numerusform>… i %n kolejne</numerusform>
            <numerusform>… i %n kolejnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarantined rows with the reason for each:</source>
        <translation>Wiersze w kwarantannie wraz z przyczyną dla każdego z nich:</translation>
    </message>
</context>
<context>
    <name>epidesk::InputFile</name>
    <message>
        <location filename="../connectors/textio/InputFile.cpp" line="+22"/>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation>to nie jest zwykły plik (tylko urządzenie, FIFO lub gniazdo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>larger than %1 MiB</source>
        <translation>większy niż %1 MiB</translation>
    </message>
</context>
<context>
    <name>epidesk::IntermittentModel</name>
    <message>
        <location filename="../analytics/forecast/IntermittentModel.cpp" line="+177"/>
        <source>%1: must be a number above 0 and at most 1</source>
        <translation>%1: musi być liczbą większą od 0 i nie większą niż 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intermittent demand (TSB)</source>
        <translation>Popyt sporadyczny (TSB)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Series %1 has negative values; the intermittent demand model needs counts or amounts &gt;= 0.</source>
        <translation>Seria %1 zawiera wartości ujemne; model popytu sporadycznego wymaga liczebności lub ilości &gt;= 0.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>method: must be &quot;tsb&quot;, &quot;croston&quot; or &quot;sba&quot;</source>
        <translation>method: musi mieć wartość &quot;tsb&quot;, &quot;croston&quot; lub &quot;sba&quot;</translation>
    </message>
</context>
<context>
    <name>epidesk::JobChild</name>
    <message>
        <location filename="../cluster/JobChild.cpp" line="+32"/>
        <source>exceeded the job memory limit of %1 MB</source>
        <translation>przekroczono limit pamięci zadania (%1 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory</source>
        <translation>brak pamięci</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+102"/>
        <source>unknown error</source>
        <translation>nieznany błąd</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>computation failed</source>
        <translation>obliczenia nie powiodły się</translation>
    </message>
</context>
<context>
    <name>epidesk::JobLimits</name>
    <message>
        <location filename="../cluster/JobLimits.cpp" line="+81"/>
        <source>samples × horizon is %1, above this cluster&apos;s limit of %2</source>
        <translation>próbki × horyzont = %1, więcej niż limit tego klastra (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declared cost (series × horizon × (backtest origins + 1) × samples) is %1, above this cluster&apos;s limit of %2; forecast fewer series or a shorter horizon</source>
        <translation>zadeklarowany koszt (serie × horyzont × (punkty początkowe testu wstecznego + 1) × próbki) wynosi %1, więcej niż limit tego klastra (%2); prognozuj mniej serii lub z krótszym horyzontem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most %1 seconds on this cluster</source>
        <translation>w tym klastrze najwyżej %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>districts × facilities × groups × months is %1, above this cluster&apos;s limit of %2</source>
        <translation>powiaty × placówki × grupy × miesiące = %1, więcej niż limit tego klastra (%2)</translation>
    </message>
</context>
<context>
    <name>epidesk::JobProcess</name>
    <message>
        <location filename="../cluster/JobProcess.cpp" line="+149"/>
        <location line="+41"/>
        <source>the job&apos;s result exceeded the limit of %1 MiB</source>
        <translation>wynik zadania przekroczył limit %1 MiB</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the job&apos;s file %1 exceeded the limit of %2 MiB</source>
        <translation>plik zadania %1 przekroczył limit %2 MiB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not be started (%1)</source>
        <translation>nie można go uruchomić (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was killed by signal %1 (%2)</source>
        <translation>został zakończony sygnałem %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exited with code %1 without a result</source>
        <translation>zakończył się kodem %1 bez wyniku</translation>
    </message>
</context>
<context>
    <name>epidesk::JobRequest</name>
    <message>
        <location filename="../cluster/JobRequest.cpp" line="+138"/>
        <location line="+44"/>
        <source>must be a string</source>
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+135"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>not accepted on the cluster: a job cannot write files on a worker</source>
        <translation>niedozwolone w klastrze: zadanie nie może zapisywać plików na maszynie procesu roboczego</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be an object (the .epidash document)</source>
        <translation>musi być obiektem (dokumentem .epidash)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bytes, above this cluster&apos;s limit of %2 KiB for a dashboard document</source>
        <translation>%1 B, więcej niż limit tego klastra dla dokumentu pulpitu (%2 KiB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not accepted on the cluster: a job never names a path on the server; the worker renders against its own data source (leave source empty)</source>
        <translation>niedozwolone w klastrze: zadanie nigdy nie wskazuje ścieżki na serwerze; proces roboczy renderuje na podstawie własnego źródła danych (pozostaw source puste)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not accepted on the cluster: a job never names a file on the server, and workers have no relocation scenarios of their own</source>
        <translation>niedozwolone w klastrze: zadanie nigdy nie wskazuje pliku na serwerze, a procesy robocze nie mają własnych scenariuszy relokacji</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an integer from 0 to 600000</source>
        <translation>musi być liczbą całkowitą od 0 do 600000</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an integer from 0 to 1048576</source>
        <translation>musi być liczbą całkowitą od 0 do 1048576</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown job kind &apos;%1&apos; (one of %2)</source>
        <translation>nieznany rodzaj zadania &apos;%1&apos; (jeden z: %2)</translation>
    </message>
</context>
<context>
    <name>epidesk::JobRunner</name>
    <message>
        <location filename="../cluster/JobRunner.cpp" line="+56"/>
        <source>invalid trends request</source>
        <translation>nieprawidłowe żądanie trendów</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this worker does not run jobs of this kind</source>
        <translation>ten proces roboczy nie wykonuje zadań tego rodzaju</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid relocation request</source>
        <translation>nieprawidłowe żądanie relokacji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid forecast request</source>
        <translation>nieprawidłowe żądanie prognozy</translation>
    </message>
</context>
<context>
    <name>epidesk::JobsPanel</name>
    <message>
        <location filename="../views/cluster/JobsPanel.cpp" line="+105"/>
        <source>The result of &quot;%1&quot; is no longer stored on this computer.</source>
        <translation>Wynik zadania &quot;%1&quot; nie jest już przechowywany na tym komputerze.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected job on the cluster</source>
        <translation>Anuluj wybrane zadanie w klastrze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open result</source>
        <translation>Otwórz wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result of the selected job (also by double-click)</source>
        <translation>Pokaż wynik wybranego zadania (również przez dwukrotne kliknięcie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected finished job and its stored result</source>
        <translation>Zapomnij wybrane zakończone zadanie i jego zapisany wynik</translation>
    </message>
</context>
<context>
    <name>epidesk::JsonFields</name>
    <message>
        <location filename="../dashboard/JsonFields.cpp" line="+17"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+90"/>
        <source>must be a string</source>
        <translation>musi być tekstem</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>must be an integer</source>
        <translation>musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between %1 and %2</source>
        <translation>musi mieścić się między %1 a %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number between %1 and %2</source>
        <translation>musi być liczbą od %1 do %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a non-negative integer</source>
        <translation>musi być nieujemną liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>musi być true lub false</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array</source>
        <translation>musi być tablicą</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown field</source>
        <translation>nieznane pole</translation>
    </message>
</context>
<context>
    <name>epidesk::JsonText</name>
    <message>
        <location filename="../cluster/JsonText.cpp" line="+68"/>
        <source>invalid UTF-8 at byte %1</source>
        <translation>nieprawidłowa sekwencja UTF-8 w bajcie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>\u0000 at byte %1 is not accepted</source>
        <translation>\u0000 w bajcie %1 jest niedozwolone</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>lone surrogate \u%1 at byte %2 is not a Unicode scalar value</source>
        <translation>niesparowany surogat \u%1 w bajcie %2 nie jest wartością skalarną Unicode</translation>
    </message>
</context>
<context>
    <name>epidesk::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+96"/>
        <source>Trend analysis</source>
        <translation>Analiza trendów</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;warehouse…</source>
        <translation>Połącz z &amp;hurtownią danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import ANVISA files…</source>
        <translation>&amp;Importuj pliki ANVISA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;table CSV…</source>
        <translation>Eksportuj &amp;tabelę CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;series CSV…</source>
        <translation>Eksportuj &amp;serie CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>Eksportuj raport &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run analysis</source>
        <translation>&amp;Uruchom analizę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Anuluj analizę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;map view</source>
        <translation>Resetuj widok &amp;mapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset c&amp;hart view</source>
        <translation>Resetuj widok &amp;wykresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forecast all series</source>
        <translation>&amp;Prognozuj wszystkie serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Trendy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecasts</source>
        <translation>Prognozy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation plans</source>
        <translation>Plany relokacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Klaster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System</source>
        <translation>&amp;Systemowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EpiDesk</source>
        <translation>&amp;O programie EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running analysis</source>
        <translation>Anuluj trwającą analizę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No store open — File ▸ Open store… or drop ANVISA CSV files here</source>
        <translation>Nie otwarto bazy danych — Plik ▸ Otwórz bazę danych… lub upuść tutaj pliki CSV z ANVISA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse: %1</source>
        <translation>Hurtownia danych: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>Baza danych: %1</translation>
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
        <translation>Nie znaleziono tłumaczenia dla %1; interfejs jest wyświetlany po angielsku.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+66"/>
        <source>Open store</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Cannot open %1:
%2</source>
        <translation>Nie można otworzyć %1:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Relocation scenario</source>
        <translation>Scenariusz relokacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario %1 cannot be used:
%2</source>
        <translation>Nie można użyć scenariusza %1:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the relocation scenario %1</source>
        <translation>Nie można otworzyć scenariusza relokacji %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>EpiDesk stores (*.gpkg);;All files (*)</source>
        <translation>Bazy danych EpiDesk (*.gpkg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>Import ANVISA files</source>
        <translation>Importuj pliki ANVISA</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>ANVISA sales (*.csv *.CSV);;All files (*)</source>
        <translation>Sprzedaż ANVISA (*.csv *.CSV);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dashboard shows the warehouse. Load files into it with
epidesk-cli import anvisa --db URI FILES…
or open an embedded store to import them here.</source>
        <translation>Panel pokazuje hurtownię danych. Wczytaj do niej pliki poleceniem
epidesk-cli import anvisa --db URI FILES…
albo otwórz wbudowaną bazę danych, aby zaimportować je tutaj.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No store is open. Choose where to create a new store; it is filled with the boundaries and population of the shared data before the import.</source>
        <translation>Nie otwarto żadnej bazy danych. Wybierz, gdzie utworzyć nową bazę; przed importem zostanie ona wypełniona granicami i liczbą ludności ze wspólnych danych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New store</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>EpiDesk stores (*.gpkg)</source>
        <translation>Bazy danych EpiDesk (*.gpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace %1.</source>
        <translation>Nie można zastąpić %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export trend-test table</source>
        <translation>Eksportuj tabelę testów trendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export series</source>
        <translation>Eksportuj serie</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Export PDF report</source>
        <translation>Eksportuj raport PDF</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About EpiDesk</source>
        <translation>O programie EpiDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;EpiDesk %1&lt;/h3&gt;&lt;p&gt;Visual analytics of medicine sales for public-health analysts: trends (Mann-Kendall, Sen&apos;s slope) by state, region and municipality, maps and reports.&lt;/p&gt;&lt;p&gt;Boundaries: IBGE via geodata-br (CC0). Population: IBGE estimates via brpop (MIT).&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EpiDesk %1&lt;/h3&gt;&lt;p&gt;Wizualna analiza sprzedaży leków dla analityków zdrowia publicznego: trendy (Mann-Kendall, nachylenie Sena) według stanów, regionów i gmin, mapy i raporty.&lt;/p&gt;&lt;p&gt;Granice: IBGE za pośrednictwem geodata-br (CC0). Ludność: szacunki IBGE za pośrednictwem brpop (MIT).&lt;/p&gt;&lt;p&gt;Zbudowano przy użyciu Qt %2 i QCustomPlot.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>epidesk::MapBinding</name>
    <message>
        <location filename="../views/map/MapBinding.cpp" line="+98"/>
        <source>Sen&apos;s slope per year: %1</source>
        <translation>Nachylenie Sena na rok: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&apos;s slope per month: %1</source>
        <translation>Nachylenie Sena na miesiąc: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::MapWidget</name>
    <message>
        <location filename="../views/map/MapWidget.cpp" line="+162"/>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelDock</name>
    <message>
        <location filename="../views/dashboard/PanelDock.cpp" line="+42"/>
        <source>Linked</source>
        <translation>Powiązany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>Niepowiązany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This panel follows the dashboard&apos;s selection, filters and time; click to unlink it</source>
        <translation>Ten panel podąża za zaznaczeniem, filtrami i czasem pulpitu; kliknij, aby usunąć powiązanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This panel keeps its own selection, filters and time; click to link it</source>
        <translation>Ten panel ma własne zaznaczenie, filtry i czas; kliknij, aby go powiązać</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelFactory</name>
    <message>
        <location filename="../views/dashboard/DashboardPanel.cpp" line="+60"/>
        <source>panel &quot;%1&quot;: the kind %2 cannot be shown yet</source>
        <translation>panel &quot;%1&quot;: rodzaju %2 nie można jeszcze wyświetlić</translation>
    </message>
</context>
<context>
    <name>epidesk::PanelKinds</name>
    <message>
        <location filename="../dashboard/PanelKinds.cpp" line="-77"/>
        <source>Choropleth map</source>
        <translation>Mapa kartogramu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Wykres trendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend-test table</source>
        <translation>Tabela testów trendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional shares</source>
        <translation>Udziały regionów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class histogram</source>
        <translation>Histogram klas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space-time cube</source>
        <translation>Kostka czasoprzestrzenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast chart</source>
        <translation>Wykres prognozy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District forecast map</source>
        <translation>Mapa prognoz dla powiatów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation flow map</source>
        <translation>Mapa przepływów relokacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation plan table</source>
        <translation>Tabela planu relokacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility utilisation</source>
        <translation>Wykorzystanie placówek</translation>
    </message>
</context>
<context>
    <name>epidesk::PrometheusText</name>
    <message>
        <location filename="../clusterclient/PrometheusText.cpp" line="+48"/>
        <source>metric name expected</source>
        <translation>oczekiwano nazwy metryki</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>label expected as name=&quot;value&quot;</source>
        <translation>oczekiwano etykiety w postaci name=&quot;value&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unterminated label value</source>
        <translation>niezakończona wartość etykiety</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;,&apos; or &apos;}&apos; expected after a label</source>
        <translation>po etykiecie oczekiwano &apos;,&apos; lub &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value missing</source>
        <translation>brak wartości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid value &quot;%1&quot;</source>
        <translation>nieprawidłowa wartość &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected text after the value</source>
        <translation>nieoczekiwany tekst po wartości</translation>
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
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number</source>
        <translation>musi być liczbą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an integer</source>
        <translation>musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an array</source>
        <translation>musi być tablicą</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+105"/>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>must be a number &gt;= 0</source>
        <translation>musi być liczbą &gt;= 0</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected risk=R,travel=T,cost=C with numbers &gt;= 0</source>
        <translation>oczekiwano risk=R,travel=T,cost=C z liczbami &gt;= 0</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+6"/>
        <source>must be a number &gt; 0</source>
        <translation>musi być liczbą &gt; 0</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>must be a number in [0, 1)</source>
        <translation>musi być liczbą z przedziału [0, 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer &gt;= 0</source>
        <translation>musi być liczbą całkowitą &gt;= 0</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationDemo</name>
    <message>
        <location filename="../connectors/demo/RelocationDemo.cpp" line="+54"/>
        <source>Cardiology interventions</source>
        <translation>Kardiologia interwencyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oncological surgery</source>
        <translation>Chirurgia onkologiczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>Chemioterapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurosurgery</source>
        <translation>Neurochirurgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular surgery</source>
        <translation>Chirurgia naczyniowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General surgery</source>
        <translation>Chirurgia ogólna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orthopaedics and joint replacement</source>
        <translation>Ortopedia i endoprotezoplastyka stawów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ophthalmology (cataract)</source>
        <translation>Okulistyka (zaćma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gynaecology</source>
        <translation>Ginekologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urology</source>
        <translation>Urologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENT surgery</source>
        <translation>Chirurgia laryngologiczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic endoscopy</source>
        <translation>Endoskopia diagnostyczna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>nie można odczytać %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading powiat boundaries and case totals</source>
        <translation>Wczytywanie granic powiatów i łącznej liczby przypadków</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Poland, 380 powiats: relocation after a COVID-19 wave (seed %1)</source>
        <translation>Polska, 380 powiatów: relokacja po fali COVID-19 (ziarno %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Hospital %1</source>
        <translation>Szpital %1</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationExport</name>
    <message>
        <location filename="../views/relocation/RelocationExport.cpp" line="+27"/>
        <source>EpiDesk relocation plan</source>
        <translation>Plan relokacji EpiDesk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Generated %1</source>
        <translation>Wygenerowano %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning horizon (months)</source>
        <translation>Horyzont planowania (miesiące)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start month</source>
        <translation>Miesiąc początkowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Powiaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Placówki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure groups</source>
        <translation>Grupy procedur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total demand (patients)</source>
        <translation>Łączne zapotrzebowanie (pacjenci)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total capacity (patients, without surge)</source>
        <translation>Łączna przepustowość (pacjenci, bez rezerwy awaryjnej)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Wagi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>risk %1, travel %2, cost %3</source>
        <translation>ryzyko %1, dojazd %2, koszt %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solver status</source>
        <translation>Stan solvera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Objective</source>
        <translation>Funkcja celu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bound</source>
        <translation>Granica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (s)</source>
        <translation>Czas (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Zmienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Ograniczenia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk (urgency × months waited)</source>
        <translation>Ryzyko (pilność × miesiące oczekiwania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel (patient-hours)</source>
        <translation>Dojazd (pacjentogodziny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet patients</source>
        <translation>Pacjenci nieobsłużeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous plan</source>
        <translation>Poprzedni plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan</source>
        <translation>Ten plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Sumy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flows</source>
        <translation>Przepływy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 largest of %2 flows; the CSV export has all of them.</source>
        <translation>Największe przepływy: %1 z %2; eksport CSV zawiera wszystkie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From district</source>
        <translation>Powiat pochodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>District name</source>
        <translation>Nazwa powiatu</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>Facility</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+16"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unmet demand</source>
        <translation>Niezaspokojone zapotrzebowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All demand is served.</source>
        <translation>Całe zapotrzebowanie jest zaspokojone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>District</source>
        <translation>Powiat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility utilisation</source>
        <translation>Wykorzystanie placówek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used</source>
        <translation>Wykorzystano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Przepustowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation (%)</source>
        <translation>Wykorzystanie (%)</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+121"/>
        <source>Could not write %1.</source>
        <translation>Nie udało się zapisać %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationFamilyPanel</name>
    <message>
        <location filename="../views/dashboard/RelocationPanels.cpp" line="+105"/>
        <source>the scenario %1 cannot be used: %2</source>
        <translation>nie można użyć scenariusza %1: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the solve was canceled</source>
        <translation>rozwiązywanie anulowano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scenario %1 cannot be solved: %2</source>
        <translation>nie można rozwiązać scenariusza %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no plan was found for %1: %2</source>
        <translation>nie znaleziono planu dla %1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no relocation scenario (params.scenario is empty)</source>
        <translation>brak scenariusza relokacji (params.scenario jest puste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid weights: %1</source>
        <translation>nieprawidłowe wagi: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Solving the relocation plan…</source>
        <translation>Rozwiązywanie planu relokacji…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the solve gave no result</source>
        <translation>rozwiązywanie nie dało wyniku</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationFlowLayer</name>
    <message>
        <location filename="../views/relocation/RelocationFlowLayer.cpp" line="+177"/>
        <source>Flows by patient group</source>
        <translation>Przepływy według grup pacjentów</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationModelBuilder</name>
    <message>
        <location filename="../analytics/relocation/RelocationModelBuilder.cpp" line="+80"/>
        <source>months must be &gt;= 1</source>
        <translation>liczba miesięcy musi wynosić &gt;= 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>demand month out of range</source>
        <translation>miesiąc zapotrzebowania poza zakresem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capacity month out of range</source>
        <translation>miesiąc przepustowości poza zakresem</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationPlanModel</name>
    <message>
        <location filename="../views/relocation/RelocationPlanModel.cpp" line="+69"/>
        <source>From district</source>
        <translation>Powiat pochodzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District name</source>
        <translation>Nazwa powiatu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility district</source>
        <translation>Powiat placówki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure group</source>
        <translation>Grupa procedur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationSolver</name>
    <message>
        <location filename="../analytics/relocation/RelocationSolver.cpp" line="+113"/>
        <location line="+33"/>
        <source>refusing to write the model to %1: it is a symbolic link</source>
        <translation>odmowa zapisu modelu do %1: to jest dowiązanie symboliczne</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot write the model to %1: not a regular file</source>
        <translation>nie można zapisać modelu do %1: to nie jest zwykły plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the model to %1: folder %2 does not exist</source>
        <translation>nie można zapisać modelu do %1: folder %2 nie istnieje</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>cannot write the model to %1: %2</source>
        <translation>nie można zapisać modelu do %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown error</source>
        <translation>nieznany błąd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was written</source>
        <translation>nic nie zostało zapisane</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the relocation model</source>
        <translation>Budowanie modelu relokacji</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Solving with CBC</source>
        <translation>Rozwiązywanie za pomocą CBC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CBC stopped with numerical difficulties</source>
        <translation>CBC zatrzymał się z powodu problemów numerycznych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no solution found within the time limit of %1 s</source>
        <translation>nie znaleziono rozwiązania w limicie czasu %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CBC found no solution</source>
        <translation>CBC nie znalazł rozwiązania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 patients cannot be served within their deadline and travel limit (see unmet)</source>
        <translation>Liczba pacjentów, których nie można obsłużyć w terminie i w limicie dojazdu: %1 (zob. unmet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optimal within a relative gap of %1</source>
        <translation>optymalne przy względnej luce %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time limit of %1 s reached; gap %2</source>
        <translation>osiągnięto limit czasu %1 s; luka %2</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationView</name>
    <message>
        <location filename="../views/relocation/RelocationView.cpp" line="+45"/>
        <source>Filter by district, facility or group</source>
        <translation>Filtruj według powiatu, placówki lub grupy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility utilisation</source>
        <translation>Wykorzystanie placówek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if</source>
        <translation>Co jeśli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open scenario…</source>
        <translation>Otwórz scenariusz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <location filename="../views/relocation/RelocationDisplay.cpp" line="+57"/>
        <source>Unmet patients</source>
        <translation>Pacjenci nieobsłużeni</translation>
    </message>
    <message>
        <location filename="../views/relocation/RelocationView.cpp" line="+86"/>
        <source>Open a relocation scenario to plan.</source>
        <translation>Otwórz scenariusz relokacji, aby zaplanować.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: %2 districts, %3 facilities, %4 groups, %5 months.</source>
        <translation>Scenariusz %1: powiaty: %2, placówki: %3, grupy: %4, miesiące: %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: %1, objective %2, %3 flows, %4 unmet patients.</source>
        <translation>Plan: %1, funkcja celu %2, przepływy: %3, pacjenci nieobsłużeni: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not solved yet.</source>
        <translation>Jeszcze nie rozwiązano.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>There is no plan to export.</source>
        <translation>Brak planu do eksportu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open relocation scenario folder</source>
        <translation>Otwórz folder scenariusza relokacji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relocation scenario</source>
        <translation>Scenariusz relokacji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario cannot be used:
%1</source>
        <translation>Nie można użyć scenariusza:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export relocation plan</source>
        <translation>Eksportuj plan relokacji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export relocation report</source>
        <translation>Eksportuj raport relokacji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>epidesk::RelocationWhatIf</name>
    <message>
        <location filename="../views/relocation/RelocationWhatIf.cpp" line="+45"/>
        <source>Unknown error while solving.</source>
        <translation>Nieznany błąd podczas rozwiązywania.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-solve</source>
        <translation>Rozwiąż ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Przepustowość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk weight</source>
        <translation>Waga ryzyka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel weight</source>
        <translation>Waga dojazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost weight</source>
        <translation>Waga kosztu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Relocation plan: %1</source>
        <translation>Plan relokacji: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>scenariusz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the cluster; the plan opens when it is ready.</source>
        <translation>Wysłano do klastra; plan otworzy się, gdy będzie gotowy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Solving…</source>
        <translation>Rozwiązywanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Canceling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Solve canceled; the previous plan is kept.</source>
        <translation>Anulowano rozwiązywanie; zachowano poprzedni plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solve failed: %1</source>
        <translation>Rozwiązywanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Solved: %1</source>
        <translation>Rozwiązano: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved: %1 — %2</source>
        <translation>Rozwiązano: %1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Funkcja celu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk (urgency × months waited)</source>
        <translation>Ryzyko (pilność × miesiące oczekiwania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel (patient-hours)</source>
        <translation>Dojazd (pacjentogodziny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmet patients</source>
        <translation>Pacjenci nieobsłużeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve time (s)</source>
        <translation>Czas rozwiązywania (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous plan</source>
        <translation>Poprzedni plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current plan</source>
        <translation>Bieżący plan</translation>
    </message>
</context>
<context>
    <name>epidesk::RemoteJobRun</name>
    <message>
        <location filename="../clusterclient/RemoteJobRun.cpp" line="+76"/>
        <source>cluster job %1 %2: %3</source>
        <translation>zadanie klastra %1 %2: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no answer from the cluster</source>
        <translation>brak odpowiedzi z klastra</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+26"/>
        <source>canceled</source>
        <translation>anulowano</translation>
    </message>
</context>
<context>
    <name>epidesk::ReportWriter</name>
    <message>
        <location filename="../views/export/ReportWriter.cpp" line="+30"/>
        <source>exact</source>
        <translation>dokładna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymptotic</source>
        <translation>asymptotyczna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State (UF)</source>
        <translation>Stan (UF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Active ingredient: %1</source>
        <translation>Substancja czynna: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level: %1</source>
        <translation>Poziom: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: %1</source>
        <translation>Miara: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: %1</source>
        <translation>Okres: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years: %1 to %2</source>
        <translation>Lata: od %1 do %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first with data</source>
        <translation>pierwszy z danymi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last with data</source>
        <translation>ostatni z danymi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Map: %1; %2 classification, %n class(es)</source>
        <translation>
            <numerusform>Mapa: %1; klasyfikacja: %2, %n klasa</numerusform>
            <numerusform>Mapa: %1; klasyfikacja: %2, %n klasy</numerusform>
            <numerusform>Mapa: %1; klasyfikacja: %2, %n klas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend test: Mann-Kendall (Kendall&apos;s τ-b), Sen&apos;s slope per period; * marks p &lt; 0.05</source>
        <translation>Test trendu: Mann-Kendall (τ-b Kendalla), nachylenie Sena na okres; * oznacza p &lt; 0,05</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
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
        <translation>Nachylenie Sena</translation>
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
        <translation>Metoda</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Trend tests</source>
        <translation>Testy trendu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provenance</source>
        <translation>Pochodzenie danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data source: %1</source>
        <translation>Źródło danych: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EpiDesk version: %1</source>
        <translation>Wersja EpiDesk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated: %1</source>
        <translation>Wygenerowano: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported file</source>
        <translation>Zaimportowany plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Data importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Odczytane wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Wczytane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Imported files (%n)</source>
        <translation>
            <numerusform>Zaimportowane pliki (%n)</numerusform>
            <numerusform>Zaimportowane pliki (%n)</numerusform>
            <numerusform>Zaimportowane pliki (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>EpiDesk trend report</source>
        <translation>Raport trendów EpiDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Cannot write the PDF %1</source>
        <translation>Nie można zapisać pliku PDF %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>All active ingredients</source>
        <translation>Wszystkie substancje czynne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map unavailable: %1</source>
        <translation>Mapa niedostępna: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::RunLocationBox</name>
    <message>
        <location filename="../views/cluster/RunLocationBox.cpp" line="+43"/>
        <source>Run locally</source>
        <translation>Uruchom lokalnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run on cluster</source>
        <translation>Uruchom w klastrze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure a cluster first: Cluster ▸ Cluster settings…</source>
        <translation>Najpierw skonfiguruj klaster: Klaster ▸ Ustawienia klastra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where this computation runs: in EpiDesk or on the compute cluster</source>
        <translation>Gdzie wykonywane są te obliczenia: w EpiDesk lub w klastrze obliczeniowym</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioReader</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioReader.cpp" line="+42"/>
        <location line="+12"/>
        <location line="+121"/>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the header line is longer than %1 bytes</source>
        <translation>wiersz nagłówka jest dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %1 bytes</source>
        <translation>wiersz dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>required column is missing</source>
        <translation>brak wymaganej kolumny</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; nie jest liczbą</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>&quot;%1&quot; nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>file is missing</source>
        <translation>brak pliku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the file</source>
        <translation>nie można otworzyć pliku</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>to nie jest obiekt JSON (%1 na pozycji %2)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioValidator</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioValidator.cpp" line="+33"/>
        <source>must be a number &gt;= 0 (is %1)</source>
        <translation>musi być liczbą &gt;= 0 (wartość: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; nie istnieje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate &quot;%1&quot;</source>
        <translation>zduplikowany identyfikator &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an integer between 1 and 120</source>
        <translation>musi być liczbą całkowitą od 1 do 120</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a number &gt;= 0</source>
        <translation>musi być liczbą &gt;= 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scenario has none</source>
        <translation>scenariusz nie zawiera żadnych rekordów</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lat and lon must be given together</source>
        <translation>lat i lon muszą być podane razem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a WGS84 coordinate</source>
        <translation>to nie jest współrzędna WGS84</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a number &gt; 0</source>
        <translation>musi być liczbą &gt; 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an integer &gt;= 0</source>
        <translation>musi być liczbą całkowitą &gt;= 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+29"/>
        <location line="+3"/>
        <source>district</source>
        <translation>powiat</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+13"/>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>must be between 0 (backlog) and %1</source>
        <translation>musi mieścić się w przedziale od 0 (zaległości) do %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>facility</source>
        <translation>placówka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be between 1 and %1</source>
        <translation>musi mieścić się w przedziale od 1 do %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no travel time from %1 to %2: give both districts lat and lon (or a boundary file) or a travel.csv</source>
        <translation>brak czasu dojazdu z %1 do %2: podaj lat i lon obu powiatów (lub plik granic) albo plik travel.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing matrix entry from %1 to %2</source>
        <translation>brak wpisu macierzy z %1 do %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... %1 more missing travel times</source>
        <translation>... i jeszcze inne brakujące czasy dojazdu (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... and %1 more issues</source>
        <translation>... i jeszcze inne problemy (%1)</translation>
    </message>
</context>
<context>
    <name>epidesk::ScenarioWriter</name>
    <message>
        <location filename="../connectors/formats/scenario/ScenarioWriter.cpp" line="+15"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleApi</name>
    <message>
        <location filename="../cluster/ScheduleApi.cpp" line="+15"/>
        <source>no such schedule</source>
        <translation>nie ma takiego harmonogramu</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no such resource</source>
        <translation>nie ma takiego zasobu</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>at most %1 schedules per user; delete one first</source>
        <translation>limit harmonogramów na użytkownika: %1; najpierw usuń jeden z nich</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>required when the kind changes</source>
        <translation>wymagane przy zmianie rodzaju zadania</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an integer from 1 to 500</source>
        <translation>musi być liczbą całkowitą od 1 do 500</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a cursor from a previous page&apos;s next_cursor</source>
        <translation>to nie jest kursor z pola next_cursor poprzedniej strony</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown field; expected force</source>
        <translation>nieznane pole; oczekiwano force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a run of this schedule is still going (job %1)</source>
        <translation>uruchomienie tego harmonogramu wciąż trwa (zadanie %1)</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleEditor</name>
    <message>
        <location filename="../views/cluster/ScheduleEditor.cpp" line="+21"/>
        <source>Recompute even when the data did not change</source>
        <translation>Przeliczaj nawet wtedy, gdy dane się nie zmieniły</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job&apos;s params as JSON, as for a cluster job, e.g. {&quot;ingredient_contains&quot;: &quot;azitromicina&quot;, &quot;level&quot;: &quot;uf&quot;}</source>
        <translation>Parametry zadania (params) w formacie JSON, jak dla zadania klastra, np. {&quot;ingredient_contains&quot;: &quot;azitromicina&quot;, &quot;level&quot;: &quot;uf&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every Monday at 07:00</source>
        <translation>W każdy poniedziałek o 07:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day at 06:00</source>
        <translation>Codziennie o 06:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>Co godzinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the month at 05:00</source>
        <translation>Pierwszego dnia miesiąca o 05:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Co minutę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five fields: minute hour day-of-month month day-of-week, as in cron (e.g. &quot;30 6 * * 1-5&quot;: weekdays at 06:30).</source>
        <translation>Pięć pól: minuta godzina dzień-miesiąca miesiąc dzień-tygodnia, jak w cron (np. &quot;30 6 * * 1-5&quot;: dni robocze o 06:30).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run the latest missed run</source>
        <translation>Wykonaj ostatnie przegapione uruchomienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every missed run, one after another</source>
        <translation>Wykonaj wszystkie przegapione uruchomienia, jedno po drugim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip missed runs</source>
        <translation>Pomiń przegapione uruchomienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> failed runs in a row</source>
        <translation> nieudanych uruchomień z rzędu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computation:</source>
        <translation>Obliczenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parametry:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat:</source>
        <translation>Powtarzanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron expression:</source>
        <translation>Wyrażenie cron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>Strefa czasowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next runs:</source>
        <translation>Następne uruchomienia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cluster was down:</source>
        <translation>Gdy klaster był niedostępny:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause after:</source>
        <translation>Wstrzymaj po:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Renders the dashboard &quot;%1&quot; to PDF on a cluster worker, against the cluster&apos;s data, at every run; each run&apos;s PDF can be opened from Cluster ▸ Schedules…</source>
        <translation>Przy każdym uruchomieniu renderuje pulpit &quot;%1&quot; do pliku PDF w procesie roboczym klastra, na danych klastra; plik PDF każdego uruchomienia można otworzyć w menu Klaster ▸ Harmonogramy…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The parameters are not a JSON object.</source>
        <translation>Parametry nie są obiektem JSON.</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleFiring</name>
    <message>
        <location filename="../cluster/ScheduleFiring.cpp" line="+76"/>
        <source>the schedule&apos;s request is no longer valid: %1</source>
        <translation>żądanie harmonogramu nie jest już prawidłowe: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>data version %1 and request unchanged since the run due at %2</source>
        <translation>wersja danych %1 i żądanie bez zmian od uruchomienia zaplanowanego na %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answered from the result cache</source>
        <translation>odpowiedź z pamięci podręcznej wyników</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares the owner&apos;s identical job</source>
        <translation>korzysta z identycznego zadania właściciela</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused after a failed run: %1</source>
        <translation>wstrzymano po nieudanym uruchomieniu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused after %1 failed runs in a row; the last: %2</source>
        <translation>wstrzymano po kolejnych nieudanych uruchomieniach (%1); ostatnie: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::ScheduleSpec</name>
    <message>
        <location filename="../cluster/ScheduleSpec.cpp" line="+22"/>
        <source>unknown field; expected one of %1</source>
        <translation>nieznane pole; oczekiwano jednego z: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required: a five-field cron expression, e.g. &quot;0 7 * * 1&quot;</source>
        <translation>wymagane: pięciopolowe wyrażenie cron, np. &quot;0 7 * * 1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: an IANA time zone, e.g. &quot;America/Sao_Paulo&quot;</source>
        <translation>wymagane: strefa czasowa IANA, np. &quot;America/Sao_Paulo&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a text of at most %1 characters</source>
        <translation>tekst (maksymalna liczba znaków: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one of none, latest, all</source>
        <translation>jedna z wartości: none, latest, all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number from 1 to 100</source>
        <translation>liczba całkowita od 1 do 100</translation>
    </message>
</context>
<context>
    <name>epidesk::Scheduler</name>
    <message>
        <location filename="../cluster/Scheduler.cpp" line="+35"/>
        <source>the previous run (job %1) was still going at the due time</source>
        <translation>poprzednie uruchomienie (zadanie %1) nadal trwało w zaplanowanym terminie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caught-up runs were still waiting at the due time</source>
        <translation>nadrabiane uruchomienia nadal czekały w zaplanowanym terminie</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no server was running at the due time (catch_up %1)</source>
        <translation>w zaplanowanym terminie nie działał żaden serwer (catch_up %1)</translation>
    </message>
</context>
<context>
    <name>epidesk::SchedulesDialog</name>
    <message>
        <location filename="../views/cluster/SchedulesDialog.cpp" line="+40"/>
        <source>waiting</source>
        <translation>oczekujące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>zakończone powodzeniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped (previous run still going)</source>
        <translation>pominięte (poprzednie uruchomienie wciąż trwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged data (not recomputed)</source>
        <translation>dane bez zmian (nie przeliczono)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed (cluster down)</source>
        <translation>przegapione (klaster niedostępny)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cluster schedules — %1</source>
        <translation>Harmonogramy klastra — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computation</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation>Następne uruchomienie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Ostatnie uruchomienie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data version</source>
        <translation>Wersja danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Rozpoczęcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>Wstrzy&amp;maj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;now</source>
        <translation>Uruchom &amp;teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;result</source>
        <translation>Otwórz w&amp;ynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open P&amp;DF</source>
        <translation>Otwórz P&amp;DF</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>paused</source>
        <translation>wstrzymany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: %1</source>
        <translation>wstrzymany: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedules on %1: %2</source>
        <translation>Harmonogramy w klastrze %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>run now</source>
        <translation>uruchom teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caught up</source>
        <translation>nadrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New schedule</source>
        <translation>Nowy harmonogram</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit schedule</source>
        <translation>Edytuj harmonogram</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved; next run %1</source>
        <translation>Zapisano; następne uruchomienie: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run started: %1</source>
        <translation>Uruchomienie rozpoczęte: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete schedule</source>
        <translation>Usuń harmonogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the schedule &quot;%1&quot; and its run history? Results already computed stay on the cluster.</source>
        <translation>Usunąć harmonogram &quot;%1&quot; i historię jego uruchomień? Już obliczone wyniki pozostaną w klastrze.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot save %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Zapisano: %1</translation>
    </message>
</context>
<context>
    <name>epidesk::SeasonalNaiveModel</name>
    <message>
        <location filename="../analytics/forecast/SeasonalNaiveModel.cpp" line="-10"/>
        <source>Seasonal naive</source>
        <translation>Naiwny sezonowy</translation>
    </message>
</context>
<context>
    <name>epidesk::SeriesCsvReader</name>
    <message>
        <location filename="../connectors/formats/series/SeriesCsvReader.cpp" line="+130"/>
        <source>cannot open: %1</source>
        <translation>nie można otworzyć: %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>expected the header &quot;period,value&quot;</source>
        <translation>oczekiwano nagłówka &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the first line is longer than %1 bytes; expected the header &quot;period,value&quot;</source>
        <translation>pierwszy wiersz jest dłuższy niż %1 bajtów; oczekiwano nagłówka &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line longer than %1 bytes</source>
        <translation>wiersz dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected 2 fields (period,value), found %1</source>
        <translation>oczekiwano 2 pól (period,value), znaleziono: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a period (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY): &quot;%1&quot;</source>
        <translation>to nie jest okres (YYYY-MM-DD, YYYY-MM, YYYY-Qn lub YYYY): &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has another format than the rows before it</source>
        <translation>&quot;%1&quot; ma inny format niż poprzednie wiersze</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a number: &quot;%1&quot;</source>
        <translation>to nie jest liczba: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate period &quot;%1&quot; (first on line %2)</source>
        <translation>zduplikowany okres &quot;%1&quot; (pierwsze wystąpienie w wierszu %2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>empty file: expected the header &quot;period,value&quot;</source>
        <translation>pusty plik: oczekiwano nagłówka &quot;period,value&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data rows</source>
        <translation>brak wierszy danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing at the first or last period (only inner gaps are interpolated)</source>
        <translation>brak wartości w pierwszym lub ostatnim okresie (interpolowane są tylko luki wewnętrzne)</translation>
    </message>
</context>
<context>
    <name>epidesk::SpaceTimeView</name>
    <message>
        <location filename="../views/spacetime/SpaceTimeView.cpp" line="+116"/>
        <source>No data to show</source>
        <translation>Brak danych do pokazania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time upward: %1 (bottom) to %2 (top) · plane at %3</source>
        <translation>Czas w górę: od %1 (dół) do %2 (góra) · płaszczyzna w %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height proportional to the value · %1</source>
        <translation>Wysokość proporcjonalna do wartości · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (forecast)</source>
        <translation> (prognoza)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast (translucent), from %1</source>
        <translation>Prognoza (półprzezroczysta), od %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cube: every period</source>
        <translation>Kostka: wszystkie okresy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisms: one period</source>
        <translation>Graniastosłupy: jeden okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cube: each period is a slab, time upward. Prisms: the districts of the cursor&apos;s period raised in proportion to their value.</source>
        <translation>Kostka: każdy okres to warstwa, czas w górę. Graniastosłupy: okręgi z okresu kursora podniesione proporcjonalnie do wartości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity</source>
        <translation>Krycie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Wysokość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical exaggeration</source>
        <translation>Przewyższenie pionowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset view</source>
        <translation>Resetuj widok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to rotate, right-drag to pan, wheel to zoom, click a district to select it (Ctrl adds), double-click to reset the view</source>
        <translation>Przeciągnij, aby obrócić, prawym przyciskiem, aby przesunąć, kółko, aby powiększyć, kliknij okręg, aby go zaznaczyć (Ctrl dodaje), dwuklik resetuje widok</translation>
    </message>
</context>
<context>
    <name>epidesk::StoreBuilder</name>
    <message>
        <location filename="../connectors/reference/StoreBuilder.cpp" line="+30"/>
        <source>Cannot read boundaries %1: %2</source>
        <translation>Nie można odczytać granic %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create layer %1: %2</source>
        <translation>Nie można utworzyć warstwy %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create field %1</source>
        <translation>Nie można utworzyć pola %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write a boundary: %1</source>
        <translation>Nie można zapisać granicy: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL nie ma sterownika GeoPackage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: %2</source>
        <translation>Nie można utworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No municipality boundaries (geojs-NN-mun.json) in %1</source>
        <translation>Brak granic gmin (geojs-NN-mun.json) w %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1: expected a header code_muni;YEAR;...</source>
        <translation>%1: oczekiwano nagłówka code_muni;YEAR;...</translation>
    </message>
</context>
<context>
    <name>epidesk::StructuralModel</name>
    <message>
        <location filename="../analytics/forecast/StructuralModel.cpp" line="+87"/>
        <source>Option &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>Opcja &quot;%1&quot; musi być liczbą całkowitą od %2 do %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>Opcja &quot;%1&quot; musi być liczbą od %2 do %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option &quot;log&quot; must be true or false.</source>
        <translation>Opcja &quot;log&quot; musi mieć wartość true lub false.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Bayesian structural model (Prophet-style)</source>
        <translation>Bayesowski model strukturalny (w stylu Prophet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The forecast horizon must be at least 1.</source>
        <translation>Horyzont prognozy musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series %1 has %2 points; the structural model needs at least 3.</source>
        <translation>Liczba punktów serii %1: %2; model strukturalny wymaga co najmniej 3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series %1 has missing or invalid values; fill the gaps first.</source>
        <translation>Seria %1 zawiera brakujące lub nieprawidłowe wartości; najpierw uzupełnij luki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log link needs values above -1; series %1 has %2.</source>
        <translation>Funkcja łącząca log wymaga wartości większych niż -1; seria %1 zawiera %2.</translation>
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
        <translation>Metoda Theta nie daje skończonej prognozy dla %1.</translation>
    </message>
</context>
<context>
    <name>epidesk::TimeCursorBar</name>
    <message>
        <location filename="../views/dashboard/TimeCursorBar.cpp" line="+31"/>
        <location line="+23"/>
        <source>Time:</source>
        <translation>Czas:</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendAnalysis</name>
    <message>
        <location filename="../analytics/TrendAnalysis.cpp" line="+162"/>
        <source>Brasil</source>
        <translation>Brazylia</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Aggregating sales</source>
        <translation>Agregowanie sprzedaży</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing trends</source>
        <translation>Testowanie trendów</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendChart</name>
    <message>
        <location filename="../views/trends/TrendChart.cpp" line="+85"/>
        <source>Units sold</source>
        <translation>Sprzedane jednostki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prescriptions</source>
        <translation>Recepty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per 1,000 inhabitants</source>
        <translation>%1 na 1000 mieszkańców</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendControls</name>
    <message>
        <location filename="../views/trends/TrendControls.cpp" line="+183"/>
        <source>&amp;Ingredient:</source>
        <translation>&amp;Substancja czynna:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>Po&amp;ziom:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Miara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years:</source>
        <translation>Lata:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map classes:</source>
        <translation>Klasy mapy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all ingredients</source>
        <translation>wszystkie substancje czynne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the active ingredient&apos;s name, accents and case ignored; several separated by &apos;|&apos;, &apos;=NAME&apos; for exactly NAME</source>
        <translation>Część nazwy substancji czynnej, bez rozróżniania akcentów i wielkości liter; kilka oddzielonych &apos;|&apos;, &apos;=NAZWA&apos; dla dokładnie NAZWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State (UF)</source>
        <translation>Stan (UF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>Recepty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold</source>
        <translation>Sprzedane jednostki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 inhabitants</source>
        <translation>Na 1000 mieszkańców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first</source>
        <translation>pierwszy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>ostatni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Pierwszy rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of classes</source>
        <translation>Liczba klas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendJob</name>
    <message>
        <location filename="../views/trends/TrendJob.cpp" line="+61"/>
        <source>No data source is open.</source>
        <translation>Nie otwarto żadnego źródła danych.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown error while computing trends.</source>
        <translation>Nieznany błąd podczas obliczania trendów.</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendRequest</name>
    <message>
        <location filename="../analytics/TrendTypes.cpp" line="+54"/>
        <source>must be one of %1</source>
        <translation>musi być jedną z wartości: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a year between %1 and %2</source>
        <translation>musi być rokiem od %1 do %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be a number</source>
        <translation>musi być liczbą</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>must be a string</source>
        <translation>musi być ciągiem znaków</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must not be before from</source>
        <translation>nie może być wcześniejszy niż from</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendSharesPanel</name>
    <message>
        <location filename="../views/dashboard/TrendPanels.cpp" line="+209"/>
        <source>Share of the selected states per period</source>
        <translation>Udział wybranych stanów w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each region per period</source>
        <translation>Udział każdego regionu w okresie</translation>
    </message>
</context>
<context>
    <name>epidesk::TrendTestTableModel</name>
    <message>
        <location filename="../views/trends/TrendTestTableModel.cpp" line="+75"/>
        <source>Significant trend (p &lt; %1)</source>
        <translation>Istotny trend (p &lt; %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>exact</source>
        <translation>dokładna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asymptotic</source>
        <translation>asymptotyczna</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nazwa</translation>
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
        <translation>Nachylenie Sena</translation>
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
        <translation>Metoda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kendall&apos;s tau-b between period and value</source>
        <translation>Tau-b Kendalla między okresem a wartością</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-sided p-value of the Mann-Kendall test; * marks p &lt; %1</source>
        <translation>Dwustronna wartość p testu Manna-Kendalla; * oznacza p &lt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theil-Sen slope per period step</source>
        <translation>Nachylenie Theila-Sena na krok okresu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mann-Kendall statistic (concordant minus discordant pairs)</source>
        <translation>Statystyka Manna-Kendalla (pary zgodne minus pary niezgodne)</translation>
    </message>
</context>
<context>
    <name>epidesk::UtilisationChart</name>
    <message>
        <location filename="../views/relocation/UtilisationChart.cpp" line="+29"/>
        <source>Used</source>
        <translation>Wykorzystane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free capacity</source>
        <translation>Wolna pojemność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over capacity</source>
        <translation>Ponad pojemność</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 z %3 (%4 %)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patients over the horizon</source>
        <translation>Pacjenci w horyzoncie</translation>
    </message>
</context>
<context>
    <name>epidesk::VtkOffscreenWindow</name>
    <message>
        <location filename="../views/spacetime/VtkOpenGLWidget.cpp" line="-75"/>
        <source>no display for the 3-D view&apos;s OpenGL (run under xvfb-run)</source>
        <translation>brak ekranu dla OpenGL widoku 3-D (uruchom przez xvfb-run)</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseLogin</name>
    <message>
        <location filename="../app/WarehouseLogin.cpp" line="+31"/>
        <source>Cannot open %1: not a PostgreSQL URI</source>
        <translation>Nie można otworzyć %1: to nie jest identyfikator URI PostgreSQL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect to the warehouse: %1</source>
        <translation>Nie można połączyć się z hurtownią danych: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The password could not be saved in the keychain (%1); EpiDesk will ask for it next time.</source>
        <translation>Nie udało się zapisać hasła w magazynie haseł (%1); EpiDesk poprosi o nie następnym razem.</translation>
    </message>
</context>
<context>
    <name>epidesk::WarehouseSettings</name>
    <message>
        <location filename="../connectors/warehouse/WarehouseCatalogue.cpp" line="+59"/>
        <source>Cannot read the warehouse %1: %2</source>
        <translation>Nie można odczytać hurtowni danych %1: %2</translation>
    </message>
</context>
<context>
    <name>epidesk::WorkerLoop</name>
    <message>
        <location filename="../cluster/WorkerLoop.cpp" line="+156"/>
        <source>exceeded the job time limit of %1 s</source>
        <translation>przekroczono limit czasu zadania wynoszący %1 s</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s process %1 on %2 attempts; last stderr: %3</source>
        <translation>proces zadania: %1 (liczba prób: %2); ostatnie wyjście stderr: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attempt %1: the job&apos;s process %2; last stderr: %3</source>
        <translation>próba %1 — proces zadania: %2; ostatnie wyjście stderr: %3</translation>
    </message>
</context>
<context>
    <name>epidesk::cli</name>
    <message>
        <location filename="../app/cli/DashboardCommand.cpp" line="+31"/>
        <source>panels: unknown panel &quot;%1&quot; (map, chart, table, histogram, spacetime or one of %2)</source>
        <translation>panels: nieznany panel &quot;%1&quot; (map, chart, table, histogram, spacetime lub jeden z %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>panels: at least one panel is required</source>
        <translation>panels: wymagany jest co najmniej jeden panel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>server: must be an http:// or https:// URL</source>
        <translation>server: musi być adresem URL http:// lub https://</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+27"/>
        <source>body</source>
        <translation>treść żądania</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: to nie jest obiekt JSON (%2)</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::DashboardCommand</name>
    <message>
        <location filename="../app/cli/DashboardCommand.cpp" line="+29"/>
        <source>Create a dashboard document (new) or render one to PDF and PNGs (render).</source>
        <translation>Utwórz dokument pulpitu (new) lub wyrenderuj istniejący do plików PDF i PNG (render).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dashboard: expected &apos;new&apos; or &apos;render&apos; (epidesk-cli dashboard new|render --help)</source>
        <translation>dashboard: oczekiwano &apos;new&apos; lub &apos;render&apos; (epidesk-cli dashboard new|render --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dashboard document to write (.epidash).</source>
        <translation>Dokument pulpitu do zapisania (.epidash).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard title.</source>
        <translation>Tytuł pulpitu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes selected on every panel (comma-separated).</source>
        <translation>Kody zaznaczone we wszystkich panelach (rozdzielone przecinkami).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panels, in order: map, chart, table, histogram, spacetime (or kind ids).</source>
        <translation>Panele, w kolejności: map, chart, table, histogram, spacetime (lub identyfikatory rodzajów).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster URL the panels run on (default: in-process).</source>
        <translation>Adres URL klastra, w którym działają panele (domyślnie: w bieżącym procesie).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>out: an output file is required (--out FILE.epidash)</source>
        <translation>out: wymagany jest plik wyjściowy (--out FILE.epidash)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write the PDF report to FILE.</source>
        <translation>Zapisz raport PDF do pliku FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one PNG per panel into DIR (named after its id).</source>
        <translation>Zapisz po jednym pliku PNG na panel w folderze DIR (nazwa według identyfikatora panelu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render on the cluster at URL against its data (token: $EPIDESK_CLUSTER_TOKEN); needs --pdf.</source>
        <translation>Renderuj w klastrze pod adresem URL na jego danych (token: $EPIDESK_CLUSTER_TOKEN); wymaga --pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save what the panels computed (a relocation plan) and the data version rendered against into the document, so that opening it shows them without computing again.</source>
        <translation>Zapisuje w dokumencie to, co obliczyły panele (plan relokacji), oraz wersję danych, na której renderowano, aby po otwarciu pokazać je bez ponownego liczenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard document (.epidash).</source>
        <translation>Dokument pulpitu (.epidash).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render: exactly one document is required</source>
        <translation>render: wymagany jest dokładnie jeden dokument</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server: renders the PDF only (--pdf FILE, no --png-dir or --save-results)</source>
        <translation>server: tworzy tylko PDF (--pdf PLIK, bez --png-dir ani --save-results)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>epidesk-cli: %1: the data changed since the dashboard was saved: %2</source>
        <translation>epidesk-cli: %1: dane zmieniły się od zapisania pulpitu: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>png-dir: cannot create %1</source>
        <translation>png-dir: nie można utworzyć %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
</context>
<context>
    <name>epidesk::cli::ScheduleCommand</name>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+15"/>
        <source>Recurring runs on the cluster: schedule create|list|show|runs|update|pause|resume|run-now|delete.</source>
        <translation>Cykliczne uruchomienia w klastrze: schedule create|list|show|runs|update|pause|resume|run-now|delete.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster URL, e.g. http://cluster:8080 (required).</source>
        <translation>Adres URL klastra, np. http://cluster:8080 (wymagany).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job kind: trends, forecast, relocation or dashboard.</source>
        <translation>Rodzaj zadania: trends, forecast, relocation lub dashboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s params as JSON, or @FILE.</source>
        <translation>Parametry zadania (params) w formacie JSON lub @FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A .epidash document to render to PDF on each run (kind dashboard).</source>
        <translation>Dokument .epidash renderowany do pliku PDF przy każdym uruchomieniu (kind dashboard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five-field cron expression, e.g. &quot;0 7 * * 1&quot;.</source>
        <translation>Pięciopolowe wyrażenie cron, np. &quot;0 7 * * 1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone (default: this computer&apos;s).</source>
        <translation>Strefa czasowa IANA (domyślnie: strefa tego komputera).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the schedule.</source>
        <translation>Nazwa harmonogramu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed runs: none, latest (default) or all.</source>
        <translation>Przegapione uruchomienia: none, latest (domyślnie) lub all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute even when the data did not change.</source>
        <translation>Przeliczaj nawet wtedy, gdy dane się nie zmieniły.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed runs in a row before the schedule pauses itself (default 5).</source>
        <translation>Liczba kolejnych nieudanych uruchomień, po której harmonogram sam się wstrzymuje (domyślnie 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs: at most this many (1 to 500).</source>
        <translation>runs: maksymalnie tyle pozycji (od 1 do 500).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule (all but create and list).</source>
        <translation>Harmonogram (wszystkie akcje oprócz create i list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the cluster&apos;s schedules.</source>
        <translation>Zarządzaj harmonogramami klastra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schedule: expected one of %1</source>
        <translation>schedule: oczekiwano jednego z: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schedule %1: give the schedule id</source>
        <translation>schedule %1: podaj identyfikator harmonogramu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule %1: takes no id</source>
        <translation>schedule %1: nie przyjmuje identyfikatora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--server: required, an http:// or https:// URL</source>
        <translation>--server: wymagany, adres URL http:// lub https://</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>schedule update: give at least one field to change</source>
        <translation>schedule update: podaj co najmniej jedno pole do zmiany</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+38"/>
        <source>%1: not a dashboard (.epidash)</source>
        <translation>%1: to nie jest pulpit (.epidash)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>EpiDesk: visual analytics of medicine sales.</source>
        <translation>EpiDesk: wizualna analiza sprzedaży leków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the embedded store &lt;file&gt;.</source>
        <translation>Otwórz wbudowaną bazę danych &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the PostgreSQL warehouse &lt;uri&gt; (postgresql://user@host:port/db; the password from the keychain).</source>
        <translation>Połącz z hurtownią danych PostgreSQL &lt;uri&gt; (postgresql://user@host:port/db; hasło z magazynu haseł).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the window to &lt;png&gt; once the first result is shown, then exit.</source>
        <translation>Zapisz okno do &lt;png&gt; po wyświetleniu pierwszego wyniku, a następnie zakończ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the relocation scenario &lt;dir&gt; (default: the relocation folder beside the store, as epidesk-cli demo create makes it) and solve it.</source>
        <translation>Otwórz scenariusz relokacji &lt;dir&gt; (domyślnie: folder relocation obok bazy danych, tworzony przez epidesk-cli demo create) i rozwiąż go.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dashboards to open (.epidash), each in its own window.</source>
        <translation>Pulpity do otwarcia (.epidash), każdy we własnym oknie.</translation>
    </message>
</context>
</TS>
