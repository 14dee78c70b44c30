#include "WarehouseMigrations.h"
#include "Geography.h"
#include "PgConnection.h"

namespace epidesk {

namespace {

// Same key in every process: pg_advisory_lock(kMigrationLock).
constexpr long long kMigrationLock = 0x4570694465736b31LL; // "EpiDesk1"

// Version 1: dimensions, provenance, raw records, quarantine, the monthly mart
// and snapshots. Raw records carry the source text (decoded to UTF-8) as read:
// the marts hold the matched codes. The raw table has no index: COPY speed
// matters most, and a re-import deletes by file_id within the file's period
// range, which partition pruning narrows to the file's months.
const char *kVersion1 = R"sql(
CREATE TABLE uf (
  code smallint PRIMARY KEY,
  sigla text NOT NULL UNIQUE,
  name text NOT NULL,
  region text NOT NULL
);
COMMENT ON TABLE uf IS 'Brazilian states (unidades federativas), from the shared reference data.';
COMMENT ON COLUMN uf.code IS 'IBGE state code, e.g. 31.';
COMMENT ON COLUMN uf.sigla IS 'Two-letter abbreviation, e.g. MG.';
COMMENT ON COLUMN uf.name IS 'State name.';
COMMENT ON COLUMN uf.region IS 'IBGE macro-region (Norte, Nordeste, Sudeste, Sul, Centro-Oeste).';

CREATE TABLE municipality (
  code integer PRIMARY KEY,
  uf_code smallint NOT NULL REFERENCES uf(code),
  name text NOT NULL,
  name_key text NOT NULL
);
CREATE INDEX municipality_by_key ON municipality(uf_code, name_key);
COMMENT ON TABLE municipality IS 'Municipalities, from the shared reference boundaries.';
COMMENT ON COLUMN municipality.code IS '7-digit IBGE municipality code.';
COMMENT ON COLUMN municipality.uf_code IS 'IBGE code of the state (uf.code).';
COMMENT ON COLUMN municipality.name IS 'Name with accents, mixed case.';
COMMENT ON COLUMN municipality.name_key IS 'Folded name (upper case, no accents, single spaces) used to match source names.';

CREATE TABLE population (
  municipality_code integer NOT NULL,
  year smallint NOT NULL,
  population double precision NOT NULL,
  PRIMARY KEY (municipality_code, year)
);
COMMENT ON TABLE population IS 'IBGE population estimates by municipality and year (table 6579).';
COMMENT ON COLUMN population.municipality_code IS '7-digit IBGE municipality code.';
COMMENT ON COLUMN population.year IS 'Reference year of the estimate.';
COMMENT ON COLUMN population.population IS 'Estimated residents.';

CREATE TABLE ingredient (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  name_key text NOT NULL
);
COMMENT ON TABLE ingredient IS 'Active ingredients (PRINCIPIO_ATIVO) as named in the sources.';
COMMENT ON COLUMN ingredient.id IS 'Surrogate key used by the marts.';
COMMENT ON COLUMN ingredient.name IS 'Name as in the source (decoded, single spaces).';
COMMENT ON COLUMN ingredient.name_key IS 'Folded name used by ingredient filters.';

CREATE TABLE import_file (
  id bigserial PRIMARY KEY,
  file_name text NOT NULL UNIQUE,
  path text NOT NULL,
  imported_at timestamptz NOT NULL,
  rows_read bigint NOT NULL,
  rows_loaded bigint NOT NULL,
  rows_quarantined bigint NOT NULL,
  warnings bigint NOT NULL,
  first_period integer,
  last_period integer
);
COMMENT ON TABLE import_file IS 'Provenance: one row per loaded source file; re-importing a file name replaces its load.';
COMMENT ON COLUMN import_file.id IS 'Load identifier referenced by raw rows, marts and quarantine.';
COMMENT ON COLUMN import_file.file_name IS 'Base name of the source file: the identity used for re-imports.';
COMMENT ON COLUMN import_file.path IS 'Path the file was read from.';
COMMENT ON COLUMN import_file.imported_at IS 'When the load was committed.';
COMMENT ON COLUMN import_file.rows_read IS 'Non-blank data lines read (= rows_loaded + rows_quarantined).';
COMMENT ON COLUMN import_file.rows_loaded IS 'Rows that passed validation.';
COMMENT ON COLUMN import_file.rows_quarantined IS 'Rows set aside in quarantine.';
COMMENT ON COLUMN import_file.warnings IS 'Malformed optional fields set to NULL.';
COMMENT ON COLUMN import_file.first_period IS 'First month (yyyymm) with sales in the file.';
COMMENT ON COLUMN import_file.last_period IS 'Last month (yyyymm) with sales in the file.';

CREATE TABLE sale_record (
  file_id bigint NOT NULL,
  line bigint NOT NULL,
  period integer NOT NULL,
  uf_code smallint NOT NULL,
  municipality text NOT NULL,
  ingredient text NOT NULL,
  unit text NOT NULL,
  quantity bigint NOT NULL,
  receipt_type smallint,
  cid10 text,
  sex smallint,
  age real,
  age_unit smallint
) PARTITION BY RANGE (period);
COMMENT ON TABLE sale_record IS 'Validated ANVISA sale records as read, partitioned by month (one partition per yyyymm, created on demand).';
COMMENT ON COLUMN sale_record.file_id IS 'Load that wrote the row (import_file.id).';
COMMENT ON COLUMN sale_record.line IS 'Line number in the source file.';
COMMENT ON COLUMN sale_record.period IS 'Month of sale as yyyymm (ANO_VENDA, MES_VENDA).';
COMMENT ON COLUMN sale_record.uf_code IS 'IBGE code of the state of sale.';
COMMENT ON COLUMN sale_record.municipality IS 'Municipality of sale as written in the source.';
COMMENT ON COLUMN sale_record.ingredient IS 'Active ingredient as written in the source.';
COMMENT ON COLUMN sale_record.unit IS 'Unit of the quantity (UNIDADE_MEDIDA_PRINCIPIO_ATIVO).';
COMMENT ON COLUMN sale_record.quantity IS 'Quantity sold (QTD_VENDIDA).';
COMMENT ON COLUMN sale_record.receipt_type IS 'Prescription type 1-5 (TIPO_RECEITUARIO); NULL when missing or malformed.';
COMMENT ON COLUMN sale_record.cid10 IS 'ICD-10 code; NULL when missing or malformed.';
COMMENT ON COLUMN sale_record.sex IS '1 male, 2 female; NULL when missing or malformed.';
COMMENT ON COLUMN sale_record.age IS 'Age in age_unit; NULL when missing or malformed.';
COMMENT ON COLUMN sale_record.age_unit IS '1 years, 2 months; NULL when missing or malformed.';

CREATE TABLE quarantine (
  file_id bigint NOT NULL,
  line bigint NOT NULL,
  field text NOT NULL,
  reason text NOT NULL,
  raw text NOT NULL
);
CREATE INDEX quarantine_by_file ON quarantine(file_id, line);
COMMENT ON TABLE quarantine IS 'Rows set aside because a required field is invalid (at most 100000 detailed per file).';
COMMENT ON COLUMN quarantine.file_id IS 'Load that read the row (import_file.id).';
COMMENT ON COLUMN quarantine.line IS 'Line number in the source file.';
COMMENT ON COLUMN quarantine.field IS 'Column name as in the header; "row" for a wrong field count.';
COMMENT ON COLUMN quarantine.reason IS 'Why the row was rejected.';
COMMENT ON COLUMN quarantine.raw IS 'The line as read (decoded, truncated to 1000 bytes).';

CREATE TABLE unmatched_municipality (
  file_id bigint NOT NULL,
  uf_code smallint NOT NULL,
  name text NOT NULL,
  rows bigint NOT NULL
);
CREATE INDEX unmatched_municipality_by_file ON unmatched_municipality(file_id);
COMMENT ON TABLE unmatched_municipality IS 'Source municipality names that matched no IBGE municipality (counted at state level).';
COMMENT ON COLUMN unmatched_municipality.file_id IS 'Load (import_file.id).';
COMMENT ON COLUMN unmatched_municipality.uf_code IS 'IBGE code of the state.';
COMMENT ON COLUMN unmatched_municipality.name IS 'Name as in the source (decoded).';
COMMENT ON COLUMN unmatched_municipality.rows IS 'Rows with that name.';

CREATE TABLE sales_month (
  file_id bigint NOT NULL,
  ingredient_id integer NOT NULL,
  period integer NOT NULL,
  uf_code smallint NOT NULL,
  municipality_code integer NOT NULL,
  prescriptions bigint NOT NULL,
  units bigint NOT NULL,
  PRIMARY KEY (file_id, ingredient_id, period, uf_code, municipality_code)
);
COMMENT ON TABLE sales_month IS 'Mart: sale records and units by load, month, municipality and active ingredient (same grain as the embedded store).';
COMMENT ON COLUMN sales_month.file_id IS 'Load (import_file.id); a re-import replaces its rows.';
COMMENT ON COLUMN sales_month.ingredient_id IS 'Active ingredient (ingredient.id).';
COMMENT ON COLUMN sales_month.period IS 'Month as yyyymm.';
COMMENT ON COLUMN sales_month.uf_code IS 'IBGE state code.';
COMMENT ON COLUMN sales_month.municipality_code IS 'IBGE municipality code; 0 = name not matched (state level).';
COMMENT ON COLUMN sales_month.prescriptions IS 'Number of sale records.';
COMMENT ON COLUMN sales_month.units IS 'Sum of QTD_VENDIDA.';

CREATE TABLE snapshot (
  name text PRIMARY KEY,
  schema_name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  schema_version integer NOT NULL
);
COMMENT ON TABLE snapshot IS 'Frozen copies of the marts (schema snapshot_<name>) that reports can be reproduced from.';
COMMENT ON COLUMN snapshot.name IS 'Snapshot name given by the analyst.';
COMMENT ON COLUMN snapshot.schema_name IS 'Schema holding the frozen tables.';
COMMENT ON COLUMN snapshot.created_at IS 'When the snapshot was taken.';
COMMENT ON COLUMN snapshot.schema_version IS 'Warehouse schema version at the time.';
)sql";

// Version 2: the profile breakdown mart the views use, and a covering index
// so the dashboard's trend query reads only the mart's index.
const char *kVersion2 = R"sql(
CREATE TABLE sales_profile (
  file_id bigint NOT NULL,
  ingredient_id integer NOT NULL,
  period integer NOT NULL,
  uf_code smallint NOT NULL,
  sex smallint NOT NULL,
  age_band smallint NOT NULL,
  receipt_type smallint NOT NULL,
  prescriptions bigint NOT NULL,
  units bigint NOT NULL,
  PRIMARY KEY (file_id, ingredient_id, period, uf_code, sex, age_band, receipt_type)
);
COMMENT ON TABLE sales_profile IS 'Mart: who bought, by load, month, state and active ingredient.';
COMMENT ON COLUMN sales_profile.file_id IS 'Load (import_file.id); a re-import replaces its rows.';
COMMENT ON COLUMN sales_profile.ingredient_id IS 'Active ingredient (ingredient.id).';
COMMENT ON COLUMN sales_profile.period IS 'Month as yyyymm.';
COMMENT ON COLUMN sales_profile.uf_code IS 'IBGE state code.';
COMMENT ON COLUMN sales_profile.sex IS '0 unknown, 1 male, 2 female.';
COMMENT ON COLUMN sales_profile.age_band IS '0 unknown, 1: 0-4, 2: 5-14, 3: 15-24, 4: 25-34, 5: 35-44, 6: 45-54, 7: 55-64, 8: 65+.';
COMMENT ON COLUMN sales_profile.receipt_type IS '0 unknown, 1-5 as TIPO_RECEITUARIO.';
COMMENT ON COLUMN sales_profile.prescriptions IS 'Number of sale records.';
COMMENT ON COLUMN sales_profile.units IS 'Sum of QTD_VENDIDA.';

CREATE INDEX sales_month_by_ingredient ON sales_month (ingredient_id, period)
  INCLUDE (uf_code, municipality_code, prescriptions, units);
COMMENT ON INDEX sales_month_by_ingredient IS 'Trend queries: one ingredient over a period range, index-only.';
)sql";

// Version 3 (performance): a state-level mart, so dashboard queries above the
// municipality level read a few thousand rows instead of every municipality
// cell; and BRIN instead of B-tree indexes on the big marts. Their wide
// primary keys only guarded uniqueness the aggregator already guarantees, and
// with the covering trend index they made each mart row cost several times a
// raw row (measured: the mart write was the largest part of a file's load).
// The sink writes each load's mart rows together and sorted by ingredient and
// period, so block-range summaries find one ingredient's rows (trend queries)
// and one load's rows (re-imports) about as well, at almost no insert cost.
// Block ranges written before this version are unsorted: less selective, same
// answers.
const char *kVersion3 = R"sql(
CREATE TABLE sales_month_uf (
  file_id bigint NOT NULL,
  ingredient_id integer NOT NULL,
  period integer NOT NULL,
  uf_code smallint NOT NULL,
  prescriptions bigint NOT NULL,
  units bigint NOT NULL
);
COMMENT ON TABLE sales_month_uf IS 'Mart: sales_month summed over the municipalities of each state (by load, month, state and active ingredient); answers state, region and country trends.';
COMMENT ON COLUMN sales_month_uf.file_id IS 'Load (import_file.id); a re-import replaces its rows.';
COMMENT ON COLUMN sales_month_uf.ingredient_id IS 'Active ingredient (ingredient.id).';
COMMENT ON COLUMN sales_month_uf.period IS 'Month as yyyymm.';
COMMENT ON COLUMN sales_month_uf.uf_code IS 'IBGE state code (unmatched municipality names included).';
COMMENT ON COLUMN sales_month_uf.prescriptions IS 'Number of sale records.';
COMMENT ON COLUMN sales_month_uf.units IS 'Sum of QTD_VENDIDA.';
INSERT INTO sales_month_uf
  SELECT file_id, ingredient_id, period,
         @STATE_OF@,
         sum(prescriptions), sum(units)
  FROM sales_month GROUP BY 1, 2, 3, 4;
CREATE INDEX sales_month_uf_by_ingredient ON sales_month_uf (ingredient_id, period)
  INCLUDE (uf_code, prescriptions, units);
COMMENT ON INDEX sales_month_uf_by_ingredient IS 'State-level trend queries: one ingredient over a period range, index-only.';
CREATE INDEX sales_month_uf_by_file ON sales_month_uf (file_id);
COMMENT ON INDEX sales_month_uf_by_file IS 'Re-imports delete a load''s rows.';

ALTER TABLE sales_month DROP CONSTRAINT sales_month_pkey;
DROP INDEX sales_month_by_ingredient;
CREATE INDEX sales_month_by_ingredient ON sales_month USING brin (ingredient_id, period, file_id)
  WITH (pages_per_range = 8, autosummarize = on);
COMMENT ON INDEX sales_month_by_ingredient IS 'Municipality-level trend queries (ingredient, period) and re-imports (file_id): block ranges, as loads are written sorted.';
ALTER TABLE sales_profile DROP CONSTRAINT sales_profile_pkey;
CREATE INDEX sales_profile_by_ingredient ON sales_profile USING brin (ingredient_id, period, file_id)
  WITH (pages_per_range = 8, autosummarize = on);
COMMENT ON INDEX sales_profile_by_ingredient IS 'Profile queries (ingredient, period) and re-imports (file_id): block ranges, as loads are written sorted.';
)sql";

// Version 4: daily series per district (issue 4: COVID-19 cases and deaths
// per Polish powiat), written by DistrictSeriesStore. Provenance and
// quarantine share import_file and quarantine with the other formats.
const char *kVersion4 = R"sql(
CREATE TABLE district (
  code integer PRIMARY KEY,
  name text NOT NULL
);
COMMENT ON TABLE district IS 'Districts daily series are kept for (Polish powiats from the shared reference boundaries).';
COMMENT ON COLUMN district.code IS 'TERYT powiat code as an integer (0201 -> 201).';
COMMENT ON COLUMN district.name IS 'District name.';

CREATE TABLE district_daily (
  file_id bigint NOT NULL,
  code integer NOT NULL,
  day date NOT NULL,
  cases bigint NOT NULL,
  deaths bigint NOT NULL,
  PRIMARY KEY (file_id, code, day)
);
COMMENT ON TABLE district_daily IS 'Daily counts by load, district and day; days without a row had no cases and no deaths.';
COMMENT ON COLUMN district_daily.file_id IS 'Load (import_file.id); a re-import replaces its rows.';
COMMENT ON COLUMN district_daily.code IS 'District (district.code); 0 = unknown district, counted at national level.';
COMMENT ON COLUMN district_daily.day IS 'Day of report.';
COMMENT ON COLUMN district_daily.cases IS 'New cases.';
COMMENT ON COLUMN district_daily.deaths IS 'Deaths.';
)sql";

// Version 5 (national volume): the all-ingredient marts, per load, so a
// dashboard's first question ("all ingredients") reads one row per load,
// month and place instead of summing every ingredient's cells. B-tree on
// (period, place): they are small (a few hundred thousand rows per year at
// the full volume), and a load's rows are deleted through its file_id index.
const char *kVersion5 = R"sql(
CREATE TABLE sales_month_all (
  file_id bigint NOT NULL,
  period integer NOT NULL,
  uf_code smallint NOT NULL,
  municipality_code integer NOT NULL,
  prescriptions bigint NOT NULL,
  units bigint NOT NULL
);
COMMENT ON TABLE sales_month_all IS 'Mart: sales_month summed over every active ingredient (by load, month and municipality); answers the all-ingredient municipality trends.';
COMMENT ON COLUMN sales_month_all.file_id IS 'Load (import_file.id); a re-import replaces its rows.';
COMMENT ON COLUMN sales_month_all.period IS 'Month as yyyymm.';
COMMENT ON COLUMN sales_month_all.uf_code IS 'IBGE state code.';
COMMENT ON COLUMN sales_month_all.municipality_code IS 'IBGE municipality code; 0 = name not matched (state level).';
COMMENT ON COLUMN sales_month_all.prescriptions IS 'Number of sale records.';
COMMENT ON COLUMN sales_month_all.units IS 'Sum of QTD_VENDIDA.';
INSERT INTO sales_month_all
  SELECT file_id, period, uf_code, municipality_code, sum(prescriptions), sum(units)
  FROM sales_month GROUP BY 1, 2, 3, 4;
CREATE INDEX sales_month_all_by_period ON sales_month_all (period, uf_code, municipality_code)
  INCLUDE (prescriptions, units);
COMMENT ON INDEX sales_month_all_by_period IS 'All-ingredient municipality trends over a period range, index-only.';
CREATE INDEX sales_month_all_by_file ON sales_month_all (file_id);
COMMENT ON INDEX sales_month_all_by_file IS 'Re-imports delete a load''s rows.';

CREATE TABLE sales_month_uf_all (
  file_id bigint NOT NULL,
  period integer NOT NULL,
  uf_code smallint NOT NULL,
  prescriptions bigint NOT NULL,
  units bigint NOT NULL
);
COMMENT ON TABLE sales_month_uf_all IS 'Mart: sales_month_uf summed over every active ingredient (by load, month and state); answers the all-ingredient state, region and country trends.';
COMMENT ON COLUMN sales_month_uf_all.file_id IS 'Load (import_file.id); a re-import replaces its rows.';
COMMENT ON COLUMN sales_month_uf_all.period IS 'Month as yyyymm.';
COMMENT ON COLUMN sales_month_uf_all.uf_code IS 'IBGE state code (unmatched municipality names included).';
COMMENT ON COLUMN sales_month_uf_all.prescriptions IS 'Number of sale records.';
COMMENT ON COLUMN sales_month_uf_all.units IS 'Sum of QTD_VENDIDA.';
INSERT INTO sales_month_uf_all
  SELECT file_id, period, uf_code, sum(prescriptions), sum(units) FROM sales_month_uf GROUP BY 1, 2, 3;
CREATE INDEX sales_month_uf_all_by_period ON sales_month_uf_all (period, uf_code) INCLUDE (prescriptions, units);
COMMENT ON INDEX sales_month_uf_all_by_period IS 'All-ingredient state trends over a period range, index-only.';
CREATE INDEX sales_month_uf_all_by_file ON sales_month_uf_all (file_id);
COMMENT ON INDEX sales_month_uf_all_by_file IS 'Re-imports delete a load''s rows.';
)sql";

void ensureLedger(pqxx::connection_base &c) {
  pqxx::work tx(c);
  tx.exec("CREATE TABLE IF NOT EXISTS epidesk_schema_migrations (version integer PRIMARY KEY, "
          "applied_at timestamptz NOT NULL DEFAULT now())");
  tx.exec("COMMENT ON TABLE epidesk_schema_migrations IS 'Warehouse schema migrations applied (EpiDesk)'");
  tx.exec("COMMENT ON COLUMN epidesk_schema_migrations.version IS 'Migration number'");
  tx.exec("COMMENT ON COLUMN epidesk_schema_migrations.applied_at IS 'When it was applied'");
  tx.commit();
}

// Holds the session advisory lock for a scope.
class MigrationLock {
public:
  explicit MigrationLock(pqxx::connection_base &c) : m_c(c) {
    pqxx::nontransaction(m_c).exec_params("SELECT pg_advisory_lock($1)", kMigrationLock);
  }
  ~MigrationLock() {
    try {
      pqxx::nontransaction(m_c).exec_params("SELECT pg_advisory_unlock($1)", kMigrationLock);
    } catch (...) {
      // The connection is gone: the server released the lock with it.
    }
  }

private:
  pqxx::connection_base &m_c;
};

} // namespace

const std::vector<WarehouseMigrations::Migration> &WarehouseMigrations::all() {
  // Version 3 sums each cell under its state with the one rule (Geography::stateOf).
  static const std::string version3 = [] {
    std::string sql = kVersion3;
    const std::string mark = "@STATE_OF@";
    return sql.replace(sql.find(mark), mark.size(), Geography::stateOfSql());
  }();
  static const std::vector<Migration> migrations = {
      {1, "dimensions, provenance, raw records, quarantine, monthly mart, snapshots", kVersion1},
      {2, "profile mart and covering trend index", kVersion2},
      {3, "state-level mart; BRIN instead of B-tree indexes on the big marts", version3.c_str()},
      {4, "daily series per district", kVersion4},
      {5, "all-ingredient marts per municipality and per state", kVersion5},
  };
  return migrations;
}

int WarehouseMigrations::latestVersion() {
  return all().back().version;
}

QList<int> WarehouseMigrations::appliedVersions(pqxx::connection_base &connection) {
  pqxx::nontransaction tx(connection);
  QList<int> out;
  if (tx.exec("SELECT to_regclass('epidesk_schema_migrations') IS NULL")[0][0].as<bool>())
    return out;
  for (const auto &row : tx.exec("SELECT version FROM epidesk_schema_migrations ORDER BY version"))
    out.append(row[0].as<int>());
  return out;
}

QList<int> WarehouseMigrations::migrate(pqxx::connection_base &connection, int targetVersion) {
  const int target = targetVersion > 0 ? targetVersion : latestVersion();
  // Up to date (the usual case when the app or CLI opens the warehouse):
  // no lock and no ledger DDL, whose commit would cost every open a WAL flush.
  {
    const QList<int> applied = appliedVersions(connection);
    bool upToDate = true;
    for (const Migration &m : all())
      upToDate = upToDate && (m.version > target || applied.contains(m.version));
    if (upToDate)
      return {};
  }
  MigrationLock lock(connection);
  ensureLedger(connection);
  const QList<int> applied = appliedVersions(connection);
  QList<int> now;
  for (const Migration &m : all()) {
    if (m.version > target || applied.contains(m.version))
      continue;
    pqxx::work tx(connection);
    tx.exec(m.sql);
    tx.exec_params("INSERT INTO epidesk_schema_migrations(version) VALUES ($1)", m.version);
    tx.commit();
    now.append(m.version);
  }
  return now;
}

} // namespace epidesk
