#pragma once
#include "Importer.h"
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace epidesk {

// Importers by format name. Built-in formats are registered on first use;
// later formats call add().
class ImporterRegistry {
public:
  using Factory = std::function<std::unique_ptr<Importer>()>;
  static ImporterRegistry &instance();
  void add(const QString &format, Factory factory);
  std::unique_ptr<Importer> create(const QString &format) const; // nullptr if unknown
  QStringList formats() const;

private:
  ImporterRegistry();
  std::map<QString, Factory> m_factories;
};

} // namespace epidesk
