#include "CliCommand.h"
#include "CliIo.h"
#include "EmbeddedStore.h"
#include "ImportService.h"
#include "ImporterRegistry.h"
#include "PgLocation.h"
#include "SharedData.h"
#include "WarehouseSink.h"
#include <QFileInfo>

namespace epidesk::cli {

// epidesk-cli import FORMAT (--store FILE | --db URI) FILES...: loads source
// files into an embedded store (created from the shared reference data when
// it does not exist yet) or into the PostgreSQL warehouse (migrated first).
class ImportCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("import"); }
  QString summary() const override {
    return QCoreApplication::translate(
        "cli", "Import source files (anvisa) into a store or the warehouse; JSON summary.");
  }
  int run(const QStringList &args) override;
};

int ImportCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption store(
      "store", QCoreApplication::translate("cli", "Embedded store (created if missing)."), "FILE");
  const QCommandLineOption db(
      "db", QCoreApplication::translate("cli", "PostgreSQL warehouse (migrated if needed)."), "URI");
  const QCommandLineOption specialFiles(
      "allow-special-files",
      QCoreApplication::translate("cli", "Also read FIFOs and devices, e.g. <(zcat file.csv.gz)."));
  parser.addOptions({store, db, specialFiles});
  parser.addPositionalArgument("format", ImporterRegistry::instance().formats().join(QStringLiteral(", ")));
  parser.addPositionalArgument("files", QCoreApplication::translate("cli", "Files to import."), "FILES...");
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  const QStringList positional = parser.positionalArguments();
  if (positional.isEmpty())
    return fail(QCoreApplication::translate("cli", "format: missing (one of %1)")
                    .arg(ImporterRegistry::instance().formats().join(QStringLiteral(", "))),
                Usage);
  const QString format = positional.first();
  if (!ImporterRegistry::instance().create(format))
    return fail(QCoreApplication::translate("cli", "format: unknown '%1' (one of %2)")
                    .arg(format, ImporterRegistry::instance().formats().join(QStringLiteral(", "))),
                Usage);
  const QStringList files = positional.mid(1);
  if (files.isEmpty())
    return fail(QCoreApplication::translate("cli", "files: nothing to import"), Usage);
  if (parser.isSet(store) == parser.isSet(db))
    return fail(
        QCoreApplication::translate("cli", "store: one destination is required (--store FILE or --db URI)"),
        Usage);

  CliFeedback feedback(QCoreApplication::translate("cli", "import"));
  QString error;
  std::unique_ptr<ImportSink> sink;
  if (parser.isSet(db)) {
    const PgLocation location = PgLocation::parse(parser.value(db), &error);
    if (!location.isValid())
      return fail(error, Usage);
    sink = WarehouseSink::open(location, sharedDataDir(), &error);
  } else {
    const QString path = parser.value(store);
    if (QFileInfo::exists(path))
      sink = EmbeddedStore::open(path, &error);
    else
      sink = EmbeddedStore::create(path, sharedDataDir(), &error, &feedback);
  }
  if (!sink)
    return fail(error);
  ImportOptions options;
  options.limits.allowNonRegular = parser.isSet(specialFiles);
  const ImportSummary result = importFiles(format, *sink, files, &feedback, options);
  printJson(result.toJson());
  for (const QString &e : result.errors())
    fail(e);
  if (result.wasCanceled())
    return fail(QCoreApplication::translate("cli", "interrupted: the file in progress was rolled back"),
                Interrupted);
  return result.ok() ? Ok : Failed;
}

static RegisterCommand<ImportCommand> registerImport("import");

} // namespace epidesk::cli
