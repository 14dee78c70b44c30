#include "CliCommand.h"
#include "CliIo.h"
#include "PgConnection.h"
#include "PgLocation.h"
#include "SharedData.h"
#include "WarehouseMigrations.h"
#include "WarehouseReference.h"
#include "WarehouseSnapshot.h"
#include <QJsonArray>
#include <QJsonObject>

namespace epidesk::cli {

// epidesk-cli warehouse migrate --db URI | warehouse snapshot NAME --db URI:
// schema upkeep of the PostgreSQL warehouse (never edited by hand).
class WarehouseCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("warehouse"); }
  QString summary() const override {
    return QCoreApplication::translate("cli", "PostgreSQL warehouse: migrate the schema, take snapshots.");
  }
  int run(const QStringList &args) override;
};

int WarehouseCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption db(
      "db", QCoreApplication::translate("cli", "Warehouse (postgresql://user@host:port/db)."), "URI");
  parser.addOption(db);
  parser.addPositionalArgument("action", QCoreApplication::translate("cli", "migrate, or snapshot NAME."));
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  const QStringList positional = parser.positionalArguments();
  const QString action = positional.value(0);
  if (action != QLatin1String("migrate") && action != QLatin1String("snapshot"))
    return fail(QCoreApplication::translate("cli", "action: expected migrate or snapshot NAME"), Usage);
  if (action == QLatin1String("snapshot") && positional.size() != 2)
    return fail(QCoreApplication::translate("cli", "snapshot: a NAME is required"), Usage);
  if (!parser.isSet(db))
    return fail(QCoreApplication::translate("cli", "db: a warehouse is required (--db URI)"), Usage);
  QString error;
  const PgLocation location = PgLocation::parse(parser.value(db), &error);
  if (!location.isValid())
    return fail(error, Usage);
  const pg::ConnectionPtr connection = pg::connect(location, &error);
  if (!connection)
    return fail(error);
  try {
    const QList<int> applied = WarehouseMigrations::migrate(*connection);
    if (!WarehouseReference::ensureLoaded(*connection, sharedDataDir(), &error))
      return fail(error);
    QJsonObject out{{"location", location.display()}};
    if (action == QLatin1String("migrate")) {
      QJsonArray now, all;
      for (int v : applied)
        now.append(v);
      for (int v : WarehouseMigrations::appliedVersions(*connection))
        all.append(v);
      out.insert("applied", now);
      out.insert("versions", all);
      out.insert("schema_version", WarehouseMigrations::latestVersion());
    } else {
      const QString name = positional.at(1);
      if (!WarehouseSnapshot::create(*connection, name, &error))
        return fail(error, WarehouseSnapshot::isValidName(name) ? Failed : Usage);
      out.insert("snapshot", name);
      out.insert("schema", WarehouseSnapshot::schemaName(name));
      PgLocation snapshot = location;
      snapshot.setSnapshot(name);
      out.insert("uri", snapshot.display());
    }
    printJson(out);
  } catch (const std::exception &e) {
    return fail(
        QCoreApplication::translate("cli", "warehouse %1: %2").arg(location.display(), pg::errorText(e)));
  }
  return Ok;
}

static RegisterCommand<WarehouseCommand> registerWarehouse("warehouse");

} // namespace epidesk::cli
