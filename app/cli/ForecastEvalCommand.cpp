#include "CliCommand.h"
#include "CliIo.h"
#include "Feedback.h"
#include "ForecastEvaluation.h"
#include "ForecastModel.h"
#include "SeriesFolder.h"
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace epidesk::cli {

// epidesk-cli forecast-eval --series DIR [--models ets,auto,...] [--horizon H]
//   [--origins K] [--options JSON] [--threads N] [--format json|markdown]
// Rolling-origin accuracy of the models on every `period,value` CSV of DIR
// (ForecastEvaluation): per series and model MASE, sMAPE, 80/95 % coverage,
// seconds per forecast and auto's choice; then means per family (frequency)
// and model. --horizon 0 (default) takes 14 daily, 8 weekly, 12 monthly, 8
// quarterly, 4 yearly. JSON on stdout, or the summary table as Markdown.
// Unreadable files are listed under "unreadable" and do not stop the others.
// Exit codes: 0, 1 when no series could be evaluated, 2 for bad arguments,
// 130 when interrupted.
class ForecastEvalCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("forecast-eval"); }
  QString summary() const override {
    return QCoreApplication::translate(
        "cli", "Rolling-origin accuracy and interval coverage of forecast models on a folder of series.");
  }
  int run(const QStringList &args) override;
};

int ForecastEvalCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption seriesDir(
      "series", QCoreApplication::translate("cli", "Folder of period,value CSV files."), "DIR");
  const QCommandLineOption models(
      "models",
      QCoreApplication::translate("cli", "Comma list of models (default: all of %1).")
          .arg(ForecastModelRegistry::ids().join(QStringLiteral(", "))),
      "IDS");
  const QCommandLineOption horizon(
      "horizon", QCoreApplication::translate("cli", "Periods ahead (0 = by frequency)."), "H", "0");
  const QCommandLineOption origins(
      "origins", QCoreApplication::translate("cli", "Rolling origins per series (1-200)."), "K", "4");
  const QCommandLineOption options(
      "options", QCoreApplication::translate("cli", "Model options as a JSON object."), "JSON", "{}");
  const QCommandLineOption threads(
      "threads", QCoreApplication::translate("cli", "Worker threads (0 = one per core)."), "N", "0");
  const QCommandLineOption format("format", QCoreApplication::translate("cli", "json (default) or markdown."),
                                  "FORMAT", "json");
  parser.addOptions({seriesDir, models, horizon, origins, options, threads, format});
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  if (!parser.positionalArguments().isEmpty())
    return fail(QCoreApplication::translate("cli", "arguments: unexpected \"%1\"")
                    .arg(parser.positionalArguments().join(' ')),
                Usage);
  if (!parser.isSet(seriesDir))
    return fail(QCoreApplication::translate("cli", "series: missing (--series DIR)"), Usage);

  ForecastEvalSettings settings;
  if (parser.isSet(models)) {
    for (const QString &id : parser.value(models).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      if (!ForecastModelRegistry::ids().contains(id.trimmed()))
        return fail(QCoreApplication::translate("cli", "models: unknown \"%1\" (one of %2)")
                        .arg(id, ForecastModelRegistry::ids().join(QStringLiteral(", "))),
                    Usage);
      settings.models.append(id.trimmed());
    }
  }
  if (!readInt(QStringLiteral("horizon"), parser.value(horizon), 0, 1000, &settings.horizon, &exitCode) ||
      !readInt(QStringLiteral("origins"), parser.value(origins), 1, 200, &settings.origins, &exitCode) ||
      !readInt(QStringLiteral("threads"), parser.value(threads), 0, 256, &settings.threads, &exitCode))
    return exitCode;
  QJsonParseError parseError;
  const QJsonDocument optionsDoc = QJsonDocument::fromJson(parser.value(options).toUtf8(), &parseError);
  if (parseError.error != QJsonParseError::NoError || !optionsDoc.isObject())
    return fail(QCoreApplication::translate("cli", "options: expected a JSON object, got \"%1\"")
                    .arg(parser.value(options)),
                Usage);
  settings.options = optionsDoc.object();
  const QString formatName = parser.value(format);
  if (formatName != QLatin1String("json") && formatName != QLatin1String("markdown"))
    return fail(
        QCoreApplication::translate("cli", "format: expected json or markdown, got \"%1\"").arg(formatName),
        Usage);

  const SeriesFolder folder = SeriesFolder::read(parser.value(seriesDir));
  if (!folder.error.isEmpty())
    return fail(folder.error, Usage);
  for (auto it = folder.unreadable.cbegin(); it != folder.unreadable.cend(); ++it)
    fail(it.value());
  if (folder.series.empty())
    return fail(QCoreApplication::translate("cli", "no series could be read"), Failed);

  CliFeedback feedback(QCoreApplication::translate("cli", "forecast-eval"));
  ForecastEvaluation evaluation;
  try {
    evaluation = ForecastEvaluation::run(folder.series, settings, &feedback);
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  }
  if (formatName == QLatin1String("markdown")) {
    printText(evaluation.markdown().toUtf8());
  } else {
    QJsonObject json = evaluation.toJson();
    QJsonObject unreadable;
    for (auto it = folder.unreadable.cbegin(); it != folder.unreadable.cend(); ++it)
      unreadable.insert(it.key(), it.value());
    if (!unreadable.isEmpty())
      json.insert(QStringLiteral("unreadable"), unreadable);
    json.insert(QStringLiteral("origins"), settings.origins);
    printJson(json);
  }
  bool any = false;
  for (const ForecastEvalRow &r : evaluation.rows)
    any = any || r.error.isEmpty();
  return any ? Ok : fail(QCoreApplication::translate("cli", "no series could be evaluated"), Failed);
}

static RegisterCommand<ForecastEvalCommand> registerForecastEval("forecast-eval");

} // namespace epidesk::cli
