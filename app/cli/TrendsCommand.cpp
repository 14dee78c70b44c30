#include "CliCommand.h"
#include "CliIo.h"
#include "CsvExport.h"
#include "DataSourceOption.h"
#include "TrendOptions.h"

namespace epidesk::cli {

// epidesk-cli trends: aggregated series and Mann-Kendall tests per code.
class TrendsCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("trends"); }
  QString summary() const override {
    return QCoreApplication::translate("cli", "Series and trend tests (Kendall tau, Sen's slope) per area.");
  }
  int run(const QStringList &args) override;
};

int TrendsCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  DataSourceOption source;
  TrendOptions trend;
  source.addTo(parser);
  trend.addTo(parser);
  const QCommandLineOption format("format", QCoreApplication::translate("cli", "json or csv."), "FORMAT",
                                  "json");
  const QCommandLineOption csvTable(
      "csv-table", QCoreApplication::translate("cli", "With --format csv: series (default) or tests."),
      "TABLE", "series");
  parser.addOptions({format, csvTable});
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;

  QString error;
  const auto request = trend.request(parser, &error);
  if (!request)
    return fail(error, Usage);
  const QString fmt = parser.value(format);
  if (fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
    return fail(QCoreApplication::translate("cli", "format: must be json or csv"), Usage);
  const QString table = parser.value(csvTable);
  if (table != QLatin1String("series") && table != QLatin1String("tests"))
    return fail(QCoreApplication::translate("cli", "csv-table: must be series or tests"), Usage);
  const std::unique_ptr<DataSource> data = source.open(parser, &error);
  if (!data)
    return fail(error, Usage);

  CliFeedback feedback(QCoreApplication::translate("cli", "trends"));
  try {
    const TrendResult result = runTrends(*data, *request, &feedback);
    if (fmt == QLatin1String("json"))
      printJson(result.toJson());
    else
      printText(table == QLatin1String("tests") ? CsvExport::trendTable(result) : CsvExport::series(result));
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  } catch (const std::exception &e) {
    return fail(QString::fromUtf8(e.what()));
  }
  return Ok;
}

static RegisterCommand<TrendsCommand> registerTrends("trends");

} // namespace epidesk::cli
