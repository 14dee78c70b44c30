#pragma once
// Helpers for the warehouse tests: the fixture server's URI, one fresh
// database per test, epidesk-cli runs and scalar queries.
#include "CliRun.h"
#include "PgTestDatabase.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <QtTest>
#include <pqxx/pqxx>

namespace whtest {

using Run = epidesk::test::CliRun;
using epidesk::test::cliEnvironment;
inline Run cli(const QStringList &args, int timeoutMs = 600000) {
  return epidesk::test::runCli(args, timeoutMs);
}

// The fixture server's URI (written by pg-fixture.sh start).
inline QString serverUri() {
  QFile f(QStringLiteral(WAREHOUSE_URI_FILE));
  if (!f.open(QIODevice::ReadOnly))
    qFatal("no warehouse fixture: %s missing (run through ctest)", WAREHOUSE_URI_FILE);
  return QString::fromUtf8(f.readAll().trimmed());
}

// Drops and creates database name on the fixture server; returns its URI.
inline QString freshDatabase(const QString &name) {
  return epidesk::test::freshDatabase(serverUri(), name);
}

inline qint64 scalar(const QString &uri, const std::string &sql) {
  pqxx::connection c(uri.toStdString());
  pqxx::nontransaction tx(c);
  const pqxx::result r = tx.exec(sql);
  return r[0][0].is_null() ? 0 : r[0][0].as<qint64>();
}

// The parts of an import summary that do not depend on the destination.
inline QJsonObject comparable(QJsonObject summary) {
  summary.remove("seconds");
  summary.remove("quarantine_csv");
  QJsonArray files = summary.value("per_file").toArray();
  for (auto it = files.begin(); it != files.end(); ++it) {
    QJsonObject f = it->toObject();
    f.remove("seconds");
    *it = f;
  }
  summary.insert("per_file", files);
  return summary;
}

} // namespace whtest
