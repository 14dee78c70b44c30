#pragma once
#include <QString>

namespace pqxx {
class connection_base;
}

namespace epidesk {

// Frozen copies of the marts, as in the ProME data marts: snapshot NAME is
// schema snapshot_NAME holding the marts and the dimensions needed to read
// them, taken in one repeatable-read transaction. Later loads do not change
// it; WarehouseSource opened with ?snapshot=NAME reads from it.
class WarehouseSnapshot {
public:
  // Lower-case letters, digits and '_', starting with a letter, at most 40 characters.
  static bool isValidName(const QString &name);
  static QString schemaName(const QString &name) { return QStringLiteral("snapshot_") + name; }
  // Throws pqxx exceptions; false and *error for an invalid or taken name.
  static bool create(pqxx::connection_base &connection, const QString &name, QString *error);
  static bool exists(pqxx::connection_base &connection, const QString &name);
};

} // namespace epidesk
