#include "ClassifierRegistry.h"
#include "CliCommand.h"
#include "CliIo.h"
#include "DataSourceOption.h"
#include "TrendOptions.h"
#include "export/ReportWriter.h"

namespace epidesk::cli {

// epidesk-cli report --pdf FILE: the dashboard's PDF report, headless.
class ReportCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("report"); }
  QString summary() const override {
    return QCoreApplication::translate("cli", "Write the PDF report (map, chart, trend table, provenance).");
  }
  bool needsGui() const override { return true; }
  int run(const QStringList &args) override;
};

int ReportCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  DataSourceOption source;
  TrendOptions trend;
  source.addTo(parser);
  trend.addTo(parser);
  const QCommandLineOption pdf("pdf", QCoreApplication::translate("cli", "Output PDF file."), "FILE");
  const QCommandLineOption title("title", QCoreApplication::translate("cli", "Report title."), "TEXT");
  const QCommandLineOption classifier("classification",
                                      QCoreApplication::translate("cli", "Map classes: %1.")
                                          .arg(ClassifierRegistry::ids().join(QStringLiteral(", "))),
                                      "MODE", "quantile");
  const QCommandLineOption classes("classes", QCoreApplication::translate("cli", "Number of map classes."),
                                   "N", "5");
  const QCommandLineOption mapValue(
      "map-value",
      QCoreApplication::translate("cli", "Map a period (e.g. 2020) or sen_slope; default: last period."),
      "VALUE");
  const QCommandLineOption select(
      "select", QCoreApplication::translate("cli", "Codes to highlight (comma-separated)."), "CODES");
  parser.addOptions({pdf, title, classifier, classes, mapValue, select});
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;

  QString error;
  const auto request = trend.request(parser, &error);
  if (!request)
    return fail(error, Usage);
  if (!parser.isSet(pdf))
    return fail(QCoreApplication::translate("cli", "pdf: an output file is required (--pdf FILE)"), Usage);
  if (!ClassifierRegistry::ids().contains(parser.value(classifier)))
    return fail(QCoreApplication::translate("cli", "classification: must be one of %1")
                    .arg(ClassifierRegistry::ids().join(QStringLiteral(", "))),
                Usage);
  bool ok = false;
  const int classCount = parser.value(classes).toInt(&ok);
  if (!ok || classCount < 2 || classCount > 9)
    return fail(QCoreApplication::translate("cli", "classes: must be an integer from 2 to 9"), Usage);
  std::shared_ptr<const DataSource> data = source.open(parser, &error);
  if (!data)
    return fail(error, Usage);

  CliFeedback feedback(QCoreApplication::translate("cli", "report"));
  try {
    ReportContent content;
    content.title = parser.value(title);
    content.request = *request;
    content.result = runTrends(*data, *request, &feedback);
    content.source = data;
    content.classifierId = parser.value(classifier);
    content.classCount = classCount;
    content.mapValue = parser.value(mapValue);
    if (parser.isSet(select))
      content.selectedCodes = parser.value(select).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!ReportWriter::write(content, parser.value(pdf), &error))
      return fail(error);
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  }
  printJson({{"pdf", parser.value(pdf)}});
  return Ok;
}

static RegisterCommand<ReportCommand> registerReport("report");

} // namespace epidesk::cli
