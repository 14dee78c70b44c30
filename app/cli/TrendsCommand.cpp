#include "CliCommand.h"
#include "CliIo.h"
#include "CsvExport.h"
#include "DataSourceOption.h"
#include "TrendTypes.h"
#include <QJsonObject>

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

namespace {
// Options become the request's JSON so the CLI, the GUI and the cluster share
// one validation with the same field names in their messages.
QJsonValue yearValue(const QString &text) {
  bool ok = false;
  const int year = text.toInt(&ok);
  return ok ? QJsonValue(year) : QJsonValue(text);
}
} // namespace

int TrendsCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  DataSourceOption source;
  source.addTo(parser);
  const QCommandLineOption ingredient("ingredient-contains",
                                      QCoreApplication::translate("cli", "Active ingredient contains TEXT (case and accents ignored)."),
                                      "TEXT");
  const QCommandLineOption level("level", QCoreApplication::translate("cli", "municipality, uf, region or country."),
                                 "LEVEL", "uf");
  const QCommandLineOption period("period", QCoreApplication::translate("cli", "year or month."), "PERIOD", "year");
  const QCommandLineOption from("from", QCoreApplication::translate("cli", "First year."), "YYYY");
  const QCommandLineOption to("to", QCoreApplication::translate("cli", "Last year."), "YYYY");
  const QCommandLineOption measure("measure", QCoreApplication::translate("cli", "prescriptions or units."),
                                   "MEASURE", "prescriptions");
  const QCommandLineOption per1000("per-1000", QCoreApplication::translate("cli", "Rates per 1,000 inhabitants."));
  const QCommandLineOption format("format", QCoreApplication::translate("cli", "json or csv."), "FORMAT", "json");
  const QCommandLineOption csvTable("csv-table",
                                    QCoreApplication::translate("cli", "With --format csv: series (default) or tests."),
                                    "TABLE", "series");
  parser.addOptions({ingredient, level, period, from, to, measure, per1000, format, csvTable});
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;

  QJsonObject json{{"ingredient_contains", parser.value(ingredient)},
                   {"level", parser.value(level)},
                   {"period", parser.value(period)},
                   {"measure", parser.value(measure)},
                   {"per_1000", parser.isSet(per1000)}};
  if (parser.isSet(from))
    json["from"] = yearValue(parser.value(from));
  if (parser.isSet(to))
    json["to"] = yearValue(parser.value(to));
  QStringList errors;
  const auto request = TrendRequest::fromJson(json, &errors);
  if (!request)
    return fail(errors.join(QStringLiteral("; ")), Usage);
  const QString fmt = parser.value(format);
  if (fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
    return fail(QCoreApplication::translate("cli", "format: must be json or csv"), Usage);
  const bool testsTable = parser.value(csvTable) == QLatin1String("tests");
  if (!testsTable && parser.value(csvTable) != QLatin1String("series"))
    return fail(QCoreApplication::translate("cli", "csv-table: must be series or tests"), Usage);

  QString error;
  const std::unique_ptr<DataSource> data = source.open(parser, &error);
  if (!data)
    return fail(error, Usage);
  CliFeedback feedback(QCoreApplication::translate("cli", "trends"));
  try {
    const TrendResult result = runTrends(*data, *request, &feedback);
    if (fmt == QLatin1String("csv"))
      printText(testsTable ? CsvExport::trendTable(result) : CsvExport::series(result));
    else
      printJson(result.toJson());
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  } catch (const std::exception &e) {
    return fail(QString::fromUtf8(e.what()));
  }
  return Ok;
}

static RegisterCommand<TrendsCommand> registerTrends("trends");

} // namespace epidesk::cli
