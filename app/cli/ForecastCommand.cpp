#include "CliCommand.h"
#include "CliIo.h"
#include "CsvWriter.h"
#include "DataSourceOption.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include "ForecastModel.h"
#include "ForecastOrigin.h"
#include "ForecastParamSchema.h"
#include "ForecastService.h"
#include "PgLocation.h"
#include "TrendOptions.h"
#include "TrendPanelProvider.h"
#include "WarehouseDistrictSeries.h"
#include <QJsonArray>

namespace epidesk::cli {

// epidesk-cli forecast (--store FILE | --db URI | --csv FILE | --series-dir DIR) [--series SELECTOR]
//   --model nn|bayes|ets|snaive|auto --horizon H [--level 80,95] [--backtest ORIGINS]
//   [--indicator cases|deaths|cases_mean7|deaths_mean7|cases_weekly|deaths_weekly]
//   [--as-of YYYY-MM-DD] [--format json|csv]
//   [--prescriptions [--ingredient-contains TEXT] [--geo-level uf|...] [--period month|year]
//    [--from YYYY] [--to YYYY] [--measure prescriptions|units] [--per-1000]]
// Forecasts daily district series (imported with "import covid-pl"), with
// --prescriptions the ANVISA series of a trends request (TrendPanelProvider;
// monthly unless --period year; codes as in `trends`: "MG", "BR"), or one
// `period,value` CSV, or every CSV of a folder in one process (codes = file
// names without .csv; an unreadable file is an error of its code only)
// through ForecastService. The JSON is
// ForecastOutcome::toJson, as a cluster forecast job returns it. --as-of
// forecasts from that day (the models see nothing after it) and adds the
// held-out actuals ("as_of", "actuals"; an "actual" CSV column). --level
// only chooses which intervals are printed: the 80 % and 95 % ones are
// always computed. The CSV format prints the forecasts only
// (code,period,mean,lo/hi of each level,model,calibration: the model used,
// auto's choice for "auto", and "model" or "conformal" intervals); backtests, analogues and errors are
// in the JSON. Exit codes: 0 when at
// least one series was forecast (per-series failures are listed under
// "errors"), 1 when none was or the source is unreadable, 2 for bad
// arguments, 130 when interrupted.
class ForecastCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("forecast"); }
  QString summary() const override {
    return QCoreApplication::translate(
        "cli",
        "Forecast district or prescription series (nn, bayes, ets, snaive, auto) with backtests; JSON.");
  }
  int run(const QStringList &args) override;
};

namespace {

// With a forecast origin, an "actual" column holds the held-out value
// (empty past the end of the data). Numbers with 10 significant digits.
QByteArray toCsv(const ForecastResult &result, bool show80, bool show95) {
  constexpr int digits = 10;
  const bool actuals = result.asOf.isValid();
  QStringList header{"code", "period", "mean"};
  if (show80)
    header << "lo80"
           << "hi80";
  if (show95)
    header << "lo95"
           << "hi95";
  if (actuals)
    header << "actual";
  header << "model"
         << "calibration";
  CsvWriter w;
  w.header(header);
  for (auto it = result.forecasts.cbegin(); it != result.forecasts.cend(); ++it) {
    const std::vector<ActualPoint> held = result.actuals.value(it.key());
    for (size_t i = 0; i < it.value().size(); ++i) {
      const ForecastPoint &p = it.value()[i];
      w.text(it.key()).text(p.period).number(p.mean, digits);
      if (show80)
        w.number(p.lo80, digits).number(p.hi80, digits);
      if (show95)
        w.number(p.lo95, digits).number(p.hi95, digits);
      if (actuals && i < held.size())
        w.number(held[i].value, digits);
      else if (actuals)
        w.empty();
      w.text(result.modelUsed(it.key())).text(result.calibration(it.key()));
      w.endRow();
    }
  }
  return w.take();
}

// Drops the interval fields of levels not asked for.
QJsonObject withLevels(QJsonObject json, bool show80, bool show95) {
  QJsonObject forecasts = json.value(QLatin1String("forecasts")).toObject();
  for (auto it = forecasts.begin(); it != forecasts.end(); ++it) {
    QJsonArray points = it.value().toArray();
    for (int i = 0; i < points.size(); ++i) {
      QJsonObject p = points[i].toObject();
      if (!show80)
        p.remove(QLatin1String("lo80")), p.remove(QLatin1String("hi80"));
      if (!show95)
        p.remove(QLatin1String("lo95")), p.remove(QLatin1String("hi95"));
      points[i] = p;
    }
    it.value() = points;
  }
  json.insert(QStringLiteral("forecasts"), forecasts);
  return json;
}

} // namespace

int ForecastCommand::run(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption store(
      "store", QCoreApplication::translate("cli", "Embedded store (GeoPackage file)."), "FILE");
  const QCommandLineOption db("db", QCoreApplication::translate("cli", "PostgreSQL warehouse URI."), "URI");
  const QCommandLineOption csv(
      "csv", QCoreApplication::translate("cli", "A period,value CSV (series code \"series\")."), "FILE");
  const QCommandLineOption seriesDir(
      "series-dir",
      QCoreApplication::translate("cli", "Every period,value CSV of this folder (codes = file names)."),
      "DIR");
  const QCommandLineOption series(
      "series",
      QCoreApplication::translate(
          "cli", "District code, comma list, voivodeship prefix (02*), PL or all (default); with "
                 "--prescriptions the trends codes (MG, BR, 31*)."),
      "SELECTOR", "all");
  const QCommandLineOption model(
      "model", QCoreApplication::translate("cli", "nn, bayes, ets, snaive or auto."), "MODEL");
  const QCommandLineOption horizon("horizon", QCoreApplication::translate("cli", "Periods ahead (1-1000)."),
                                   "H");
  const QCommandLineOption level(
      "level", QCoreApplication::translate("cli", "Intervals to print: 80, 95 or 80,95 (default)."), "LEVELS",
      "80,95");
  const QCommandLineOption backtestOpt(
      "backtest",
      QCoreApplication::translate("cli", "Rolling-origin backtest with this many origins (0 = none)."),
      "ORIGINS", QString::number(ForecastParamSchema::param("backtest_origins").defaultValue.toInt()));
  const QCommandLineOption indicator(
      "indicator",
      QCoreApplication::translate("cli",
                                  "cases (default), deaths, or either with _mean7 (7-day trailing mean) "
                                  "or _weekly (ISO-week totals): cases_mean7, deaths_weekly, ..."),
      "INDICATOR", ForecastParamSchema::param("indicator").defaultValue.toString());
  const QCommandLineOption asOfOpt(
      "as-of",
      QCoreApplication::translate(
          "cli", "Forecast origin: forecast from this day, with the actuals after it held out (YYYY-MM-DD)."),
      "DATE");
  const QCommandLineOption format("format", QCoreApplication::translate("cli", "json (default) or csv."),
                                  "FORMAT", "json");
  const QCommandLineOption prescriptions(
      "prescriptions",
      QCoreApplication::translate("cli", "Forecast the ANVISA series of the trend options below."));
  parser.addOptions({store, db, csv, seriesDir, series, model, horizon, level, backtestOpt, indicator,
                     asOfOpt, format, prescriptions});
  // The trends command's options; --level is taken by the intervals here.
  TrendOptions trendOptions(QStringLiteral("geo-level"), QStringLiteral("month"));
  trendOptions.addTo(parser);
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  if (!parser.positionalArguments().isEmpty())
    return fail(QCoreApplication::translate("cli", "arguments: unexpected \"%1\"")
                    .arg(parser.positionalArguments().join(' ')),
                Usage);

  const int sources = int(parser.isSet(store)) + int(parser.isSet(db)) + int(parser.isSet(csv)) +
                      int(parser.isSet(seriesDir));
  if (sources != 1)
    return fail(
        QCoreApplication::translate(
            "cli", "source: give exactly one of --store FILE, --db URI, --csv FILE or --series-dir DIR"),
        Usage);
  ForecastQuery query;
  query.selector = parser.value(series);
  // Choices and ranges are the cluster job's (ForecastParamSchema); the CLI asks for model and horizon.
  const QStringList models = ForecastParamSchema::param("model").choices;
  const ForecastParam &horizonParam = ForecastParamSchema::param("horizon");
  const ForecastParam &originsParam = ForecastParamSchema::param("backtest_origins");
  if (!parser.isSet(model) || !models.contains(parser.value(model)))
    return fail(QCoreApplication::translate("cli", "model: expected one of %1, got \"%2\"")
                    .arg(models.join(QStringLiteral(", ")), parser.value(model)),
                Usage);
  query.request.model = parser.value(model);
  if (!parser.isSet(horizon))
    return fail(QCoreApplication::translate("cli", "horizon: missing (--horizon H)"), Usage);
  if (!readInt(QStringLiteral("horizon"), parser.value(horizon), horizonParam.minimum, horizonParam.maximum,
               &query.request.horizon, &exitCode) ||
      !readInt(QStringLiteral("backtest"), parser.value(backtestOpt), originsParam.minimum,
               originsParam.maximum, &query.request.backtestOrigins, &exitCode))
    return exitCode;
  bool show80 = false, show95 = false;
  for (const QString &l : parser.value(level).split(',')) {
    if (l.trimmed() == QLatin1String("80"))
      show80 = true;
    else if (l.trimmed() == QLatin1String("95"))
      show95 = true;
    else
      return fail(QCoreApplication::translate("cli", "level: expected 80, 95 or 80,95, got \"%1\"")
                      .arg(parser.value(level)),
                  Usage);
  }
  const QString indicatorName = parser.value(indicator);
  const std::optional<DistrictIndicator> districtIndicator = DistrictIndicator::fromId(indicatorName);
  if (!districtIndicator)
    return fail(
        QCoreApplication::translate("cli", "indicator: expected one of %1, got \"%2\"")
            .arg(ForecastParamSchema::param("indicator").choices.join(QStringLiteral(", ")), indicatorName),
        Usage);
  query.indicator = *districtIndicator;
  if (parser.isSet(asOfOpt)) {
    query.request.asOf = parseIsoDay(parser.value(asOfOpt).trimmed());
    if (!query.request.asOf.isValid())
      return fail(QCoreApplication::translate("cli", "as-of: expected a date YYYY-MM-DD, got \"%1\"")
                      .arg(parser.value(asOfOpt)),
                  Usage);
  }
  std::optional<TrendRequest> trend;
  if (parser.isSet(prescriptions)) {
    if (parser.isSet(csv) || parser.isSet(seriesDir) || parser.isSet(indicator))
      return fail(QCoreApplication::translate(
                      "cli", "prescriptions: reads --store or --db; --csv and --indicator do not apply"),
                  Usage);
    QString trendError;
    trend = trendOptions.request(parser, &trendError);
    if (!trend)
      return fail(trendError, Usage);
  } else if (!trendOptions.given(parser).isEmpty()) {
    return fail(QCoreApplication::translate("cli", "%1: only with --prescriptions")
                    .arg(trendOptions.given(parser).join(QStringLiteral(", "))),
                Usage);
  }
  const QString formatName = parser.value(format);
  if (formatName != QLatin1String("json") && formatName != QLatin1String("csv"))
    return fail(
        QCoreApplication::translate("cli", "format: expected json or csv, got \"%1\"").arg(formatName),
        Usage);

  QString error;
  std::unique_ptr<DistrictSeriesStore> districts;
  std::unique_ptr<SeriesPanelProvider> provider;
  QString indicatorJson = indicatorName;
  if (parser.isSet(csv)) {
    provider = std::make_unique<CsvPanelProvider>(parser.value(csv));
    indicatorJson = QStringLiteral("value");
  } else if (parser.isSet(seriesDir)) {
    provider = std::make_unique<CsvFolderPanelProvider>(parser.value(seriesDir));
    indicatorJson = QStringLiteral("value");
  } else if (trend) {
    // --store/--db are this command's options, with DataSourceOption's names.
    std::shared_ptr<const DataSource> data = DataSourceOption().open(parser, &error);
    if (!data)
      return fail(error, Usage);
    provider = std::make_unique<TrendPanelProvider>(std::move(data), *trend);
    indicatorJson = TrendPanelProvider::indicatorOf(*trend);
  } else {
    if (parser.isSet(db)) {
      const PgLocation location = PgLocation::parse(parser.value(db), &error);
      if (!location.isValid())
        return fail(QCoreApplication::translate("cli", "db: %1").arg(error), Usage);
      districts = WarehouseDistrictSeries::open(location, &error);
    } else {
      districts = EmbeddedDistrictSeries::open(parser.value(store), &error);
    }
    if (!districts)
      return fail(error);
    provider = std::make_unique<DistrictPanelProvider>(*districts);
  }

  CliFeedback feedback(QCoreApplication::translate("cli", "forecast"));
  ForecastOutcome outcome;
  try {
    outcome = ForecastService::run(*provider, query, &feedback);
  } catch (const Canceled &) {
    return fail(QCoreApplication::translate("cli", "interrupted"), Interrupted);
  }
  if (!outcome.error.isEmpty())
    return fail(outcome.error, outcome.usageError ? Usage : Failed);

  if (formatName == QLatin1String("csv")) {
    printText(toCsv(outcome.result, show80, show95));
    for (auto it = outcome.errors.cbegin(); it != outcome.errors.cend(); ++it)
      fail(QStringLiteral("%1: %2").arg(it.key(), it.value()));
  } else {
    printJson(withLevels(outcome.toJson(indicatorJson), show80, show95));
  }
  if (outcome.result.forecasts.isEmpty())
    return fail(QCoreApplication::translate("cli", "no series could be forecast"), Failed);
  return Ok;
}

static RegisterCommand<ForecastCommand> registerForecast("forecast");

} // namespace epidesk::cli
