#include "ClusterDb.h"
#include <QUrl>

namespace epidesk {

namespace {
// Versioned migrations of schema epidesk_cluster; index i holds version i + 1.
// Never edit a released step: append a new one.
const char *const kMigrations[] = {
    R"sql(
CREATE TABLE epidesk_cluster.jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner text NOT NULL,
  kind text NOT NULL,
  request json NOT NULL,                 -- canonical {"kind","params"}
  cache_key text NOT NULL,               -- sha256(canonical request + data version)
  data_version text NOT NULL,
  status text NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress double precision NOT NULL DEFAULT 0,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 3,
  lease_until timestamptz,
  worker text,
  error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX jobs_queued ON epidesk_cluster.jobs (created_at) WHERE status = 'queued';
CREATE INDEX jobs_running ON epidesk_cluster.jobs (lease_until) WHERE status = 'running';
CREATE INDEX jobs_owner ON epidesk_cluster.jobs (owner, created_at DESC);
CREATE INDEX jobs_cache_key ON epidesk_cluster.jobs (cache_key);
-- One active job per user and request: identical submissions share it.
CREATE UNIQUE INDEX jobs_active ON epidesk_cluster.jobs (owner, cache_key) WHERE status IN ('queued', 'running');
CREATE TABLE epidesk_cluster.results (
  cache_key text PRIMARY KEY,
  data_version text NOT NULL,
  kind text NOT NULL,
  result json NOT NULL,                  -- json, not jsonb: the text is served verbatim
  job_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE epidesk_cluster.tokens (
  token_hash text PRIMARY KEY,           -- sha256 hex; the token itself is never stored
  user_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('analyst', 'admin')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  revoked_at timestamptz
);
CREATE TABLE epidesk_cluster.workers (
  id text PRIMARY KEY,
  host text NOT NULL,
  pid integer NOT NULL,
  data_version text,
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  last_seen timestamptz NOT NULL DEFAULT clock_timestamp(),
  current_job uuid,
  jobs_done bigint NOT NULL DEFAULT 0
);
)sql",
};
constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == ClusterDb::schemaVersion, "one migration per schema version");
} // namespace

ClusterDb::ClusterDb(QString uri) : m_uri(std::move(uri)) {}
ClusterDb::~ClusterDb() = default;

QString ClusterDb::redact(const QString &uri) {
  QUrl url(uri);
  if (!url.isValid() || url.scheme().isEmpty())
    return QStringLiteral("(connection string)");
  url.setPassword(QString());
  return url.toString();
}

QString ClusterDb::errorText(const std::exception &e) {
  return QString::fromUtf8(e.what()).trimmed();
}

pqxx::connection &ClusterDb::connection() {
  if (!m_conn || !m_conn->is_open()) {
    m_conn = std::make_unique<pqxx::connection>(m_uri.toStdString());
    pqxx::nontransaction tx(*m_conn);
    tx.exec("SET application_name = 'epidesk-cluster'");
  }
  return *m_conn;
}

bool ClusterDb::open(QString *error) {
  try {
    migrate(connection());
    return true;
  } catch (const std::exception &e) {
    m_conn.reset();
    if (error) // libpq messages do not contain the password
      *error = QStringLiteral("%1: %2").arg(redact(m_uri), errorText(e));
    return false;
  }
}

void ClusterDb::migrate(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("SELECT pg_advisory_xact_lock(hashtextextended('epidesk_cluster.migrate', 0))");
  tx.exec("CREATE SCHEMA IF NOT EXISTS epidesk_cluster");
  tx.exec("CREATE TABLE IF NOT EXISTS epidesk_cluster.schema_migrations ("
          " version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())");
  const int current =
      tx.exec("SELECT coalesce(max(version), 0) FROM epidesk_cluster.schema_migrations")[0][0].as<int>();
  if (current > schemaVersion)
    throw std::runtime_error("database schema epidesk_cluster is version " + std::to_string(current) +
                             ", newer than this program (" + std::to_string(schemaVersion) + ")");
  for (int v = current + 1; v <= schemaVersion; ++v) {
    tx.exec(kMigrations[v - 1]);
    tx.exec_params("INSERT INTO epidesk_cluster.schema_migrations (version) VALUES ($1)", v);
  }
  tx.commit();
}

} // namespace epidesk
