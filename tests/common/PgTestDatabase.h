#pragma once
// One fresh database per test on a fixture PostgreSQL server.
#include <QString>
#include <QUrl>
#include <pqxx/pqxx>

namespace epidesk::test {

// Drops and creates database name on the server of serverUri; returns its URI.
inline QString freshDatabase(const QString &serverUri, const QString &name) {
  QUrl url(serverUri);
  {
    pqxx::connection c(url.toString().toStdString());
    pqxx::nontransaction tx(c);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) + " WITH (FORCE)");
    tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
  }
  url.setPath(QLatin1Char('/') + name);
  return url.toString();
}

} // namespace epidesk::test
