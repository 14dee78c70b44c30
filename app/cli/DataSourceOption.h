#pragma once
#include "DataSource.h"
#include <QCommandLineParser>
#include <memory>

namespace epidesk::cli {

// The data-source options every reading command takes (--store FILE; the
// warehouse's --db URI joins here), so all commands open sources one way.
class DataSourceOption {
public:
  void addTo(QCommandLineParser &parser);
  // nullptr and a message in *error when nothing or something unusable was given.
  std::unique_ptr<DataSource> open(const QCommandLineParser &parser, QString *error) const;

private:
  QCommandLineOption m_store{QStringLiteral("store"),
                             QCoreApplication::translate("cli", "Embedded store (GeoPackage file)."),
                             QStringLiteral("FILE")};
};

} // namespace epidesk::cli
