#include "CliCommand.h"
#include "CliIo.h"
#include "DashboardExamples.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "DemoGenerator.h"
#include "DemoLayout.h"
#include "DemoSetup.h"
#include "RelocationDemo.h"
#include "SharedData.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace epidesk::cli {

// epidesk-cli demo create DIR: the whole demo (DemoSetup), idempotent.
// epidesk-cli demo generate DIR: synthetic ANVISA-format files calibrated to
// published figures, deterministic from a seed.
// epidesk-cli demo relocation DIR: the Poland relocation scenario alone.
class DemoCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("demo"); }
  QString summary() const override {
    return QCoreApplication::translate(
        "cli",
        "Demo data: everything in one folder (demo create DIR), ANVISA-format files (demo generate DIR) "
        "or a Poland relocation scenario (demo relocation DIR).");
  }
  int run(const QStringList &args) override;

private:
  int runCreate(const QString &dir, const QString &seedText, const QString &scaleText);
  int runRelocation(const QString &dir, const QString &seedText);
};

int DemoCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption seed("seed", QCoreApplication::translate("cli", "Random seed."), "N",
                                QString::number(DemoOptions().seed));
  const QCommandLineOption scale("scale", QCoreApplication::translate("cli", "Fraction of the real volume."),
                                 "S", QString::number(DemoOptions::kDefaultScale));
  const QCommandLineOption from("from", QCoreApplication::translate("cli", "First year."), "YYYY", "2014");
  const QCommandLineOption to("to", QCoreApplication::translate("cli", "Last year."), "YYYY", "2021");
  parser.addOptions({seed, scale, from, to});
  parser.addPositionalArgument(
      "action", QCoreApplication::translate("cli", "The action: create, generate or relocation."));
  parser.addPositionalArgument("dir", QCoreApplication::translate("cli", "Output folder."));
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() == 2 && positional.first() == QLatin1String("create"))
    return runCreate(positional.at(1), parser.value(seed), parser.value(scale));
  if (positional.size() == 2 && positional.first() == QLatin1String("relocation"))
    return runRelocation(positional.at(1), parser.value(seed));
  if (positional.size() != 2 || positional.first() != QLatin1String("generate"))
    return fail(QCoreApplication::translate(
                    "cli", "usage: epidesk-cli demo create|generate|relocation DIR [--seed N] [--scale S]"),
                Usage);

  DemoOptions options;
  options.outDir = positional.at(1);
  bool ok = true;
  options.seed = parser.value(seed).toULongLong(&ok);
  if (!ok)
    return fail(QCoreApplication::translate("cli", "seed: must be a non-negative integer"), Usage);
  options.scale = parser.value(scale).toDouble(&ok);
  if (!ok || options.scale <= 0 || options.scale > 1)
    return fail(QCoreApplication::translate("cli", "scale: must be a number in (0, 1]"), Usage);
  options.fromYear = parser.value(from).toInt(&ok);
  bool ok2 = true;
  options.toYear = parser.value(to).toInt(&ok2);
  if (!ok || !ok2 || options.fromYear > options.toYear)
    return fail(QCoreApplication::translate("cli", "from/to: must be years with from <= to"), Usage);

  CliFeedback feedback(QCoreApplication::translate("cli", "demo"));
  try {
    const DemoManifest manifest = DemoGenerator::generate(options, sharedDataDir(), &feedback);
    if (!manifest.ok())
      return fail(manifest.error);
    // The generator writes demo_manifest.json beside the files: print it as the result.
    QFile file(QDir(options.outDir).filePath(QStringLiteral("demo_manifest.json")));
    if (!file.open(QIODevice::ReadOnly))
      return fail(QCoreApplication::translate("cli", "cannot read %1").arg(file.fileName()));
    printText(file.readAll());
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  }
  return Ok;
}

// demo create DIR: ANVISA files and store, the Polish district series in the
// same store, and the relocation scenario; a ready folder is only checked.
int DemoCommand::runCreate(const QString &dir, const QString &seedText, const QString &scaleText) {
  DemoSetupOptions options;
  options.dir = dir;
  bool ok = true;
  options.seed = seedText.toULongLong(&ok);
  if (!ok)
    return fail(QCoreApplication::translate("cli", "seed: must be a non-negative integer"), Usage);
  options.scale = scaleText.toDouble(&ok);
  if (!ok || options.scale <= 0 || options.scale > 1)
    return fail(QCoreApplication::translate("cli", "scale: must be a number in (0, 1]"), Usage);
  CliFeedback feedback(QCoreApplication::translate("cli", "demo"));
  if (stderrIsTerminal()) // which step the percentage belongs to
    QObject::connect(
        &feedback, &Feedback::statusChanged, &feedback,
        [](const QString &text) { fprintf(stderr, "\n%s\n", qPrintable(text)); }, Qt::DirectConnection);
  try {
    const DemoSetupResult result = DemoSetup::run(options, sharedDataDir(), &feedback);
    if (!result.ok())
      return fail(result.error);
    // The example dashboards open on this folder (File > Examples, run-demo.sh).
    QString error;
    const QString store = DemoLayout(dir).store();
    const std::shared_ptr<const DataSource> data = openDataSource(store, &error);
    if (data)
      DashboardExamples::writeBeside(*data, &error);
    if (!error.isEmpty())
      return fail(error);
    QJsonObject summary = result.summary;
    QJsonArray dashboards;
    for (const DashboardExample &e : DashboardExamples::all())
      dashboards.append(QFileInfo(store).absoluteDir().filePath(e.id + QStringLiteral(".epidash")));
    summary[QStringLiteral("dashboards")] = dashboards;
    printJson(summary);
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted: finished parts are kept, the rest is redone "
                                                   "by the next run"),
                Interrupted);
  }
  return Ok;
}

// demo relocation DIR: the Poland relocation scenario (issue 6) in the folder format.
int DemoCommand::runRelocation(const QString &dir, const QString &seedText) {
  RelocationDemoOptions options;
  options.outDir = dir;
  bool ok = true;
  options.seed = seedText.toULongLong(&ok);
  if (!ok)
    return fail(QCoreApplication::translate("cli", "seed: must be a non-negative integer"), Usage);
  CliFeedback feedback(QCoreApplication::translate("cli", "demo"));
  try {
    const RelocationDemoResult result = RelocationDemo::generate(options, sharedDataDir(), &feedback);
    if (!result.ok())
      return fail(result.error);
    printJson(result.manifest);
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  }
  return Ok;
}

static RegisterCommand<DemoCommand> registerDemo("demo");

} // namespace epidesk::cli
