#pragma once
#include "DataSource.h"
#include <QCommandLineParser>
#include <memory>

namespace epidesk::cli {

// The data-source options every reading command takes (--store FILE or the
// warehouse's --db URI), so all commands open sources one way.
class DataSourceOption {
public:
  void addTo(QCommandLineParser &parser);
  // nullptr and a message in *error when nothing or something unusable was given.
  std::unique_ptr<DataSource> open(const QCommandLineParser &parser, QString *error) const;

private:
  QCommandLineOption m_store{QStringLiteral("store"),
                             QCoreApplication::translate("cli", "Embedded store (GeoPackage file)."),
                             QStringLiteral("FILE")};
  QCommandLineOption m_db{
      QStringLiteral("db"),
      QCoreApplication::translate("cli",
                                  "PostgreSQL warehouse (postgresql://user@host:port/db[?snapshot=NAME])."),
      QStringLiteral("URI")};
};

} // namespace epidesk::cli
