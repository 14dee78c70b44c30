#include "forecast/ForecastExport.h"
#include "CsvWriter.h"
#include "ForecastModel.h"
#include "MapScene.h"
#include "export/PdfPageWriter.h"
#include "forecast/ForecastChart.h"
#include <QDateTime>
#include <QLocale>

namespace epidesk {

namespace {

QString name(const QMap<QString, QString> &names, const QString &code) {
  return names.value(code);
}

} // namespace

QString ForecastExport::defaultTitle() {
  return tr("EpiDesk forecast report");
}

QString ForecastExport::modelName(const QString &id) {
  if (const auto model = ForecastModelRegistry::create(id))
    return model->name();
  return id;
}

QByteArray ForecastExport::forecastsCsv(const ForecastResult &result, const QMap<QString, QString> &names) {
  const bool actuals = result.asOf.isValid();
  QStringList header{"code", "name", "period", "mean", "lo80", "hi80", "lo95", "hi95"};
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
      w.text(it.key()).text(name(names, it.key())).text(p.period);
      for (double v : {p.mean, p.lo80, p.hi80, p.lo95, p.hi95})
        w.number(v);
      if (actuals && i < held.size())
        w.number(held[i].value);
      else if (actuals) // empty past the end of the data
        w.empty();
      w.text(result.modelUsed(it.key())).text(result.calibration(it.key()));
      w.endRow();
    }
  }
  return w.take();
}

QByteArray ForecastExport::backtestCsv(const ForecastResult &result, const QMap<QString, QString> &names) {
  CsvWriter w;
  w.header({"code", "name", "origins", "mase", "smape", "coverage80", "coverage95"});
  for (auto it = result.backtest.cbegin(); it != result.backtest.cend(); ++it) {
    const BacktestScore &s = it.value();
    w.text(it.key()).text(name(names, it.key())).integer(s.origins);
    for (double v : {s.mase, s.smape, s.coverage80, s.coverage95})
      w.number(v);
    w.endRow();
  }
  return w.take();
}

bool ForecastExport::writeForecastsCsv(const ForecastResult &result, const QString &path,
                                       const QMap<QString, QString> &names, QString *error) {
  return CsvWriter::save(forecastsCsv(result, names), path, error);
}

bool ForecastExport::writePdf(const ForecastReportContent &c, const QString &path, QString *error) {
  const QString title = c.title.isEmpty() ? defaultTitle() : c.title;
  PdfPageWriter pdf(path, title);
  if (!pdf.begin()) {
    if (error)
      *error = tr("Cannot write the PDF %1").arg(path);
    return false;
  }
  const QLocale locale;
  QString footer =
      tr("Generated %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
  if (!c.source.isEmpty())
    footer += QStringLiteral(" · ") + tr("Data: %1").arg(c.source);
  pdf.setFooter(footer);

  pdf.title(title);
  const QString district = c.districtName.isEmpty() ? c.district
                           : c.district.isEmpty()   ? c.districtName
                                                  : QStringLiteral("%1 (%2)").arg(c.districtName, c.district);
  if (!district.isEmpty())
    pdf.text(district, PdfPageWriter::font(12, true), QColor(60, 60, 60));
  pdf.space(4);
  QStringList settings;
  if (!c.data.isEmpty())
    settings << tr("Data: %1").arg(c.data);
  if (!c.indicator.isEmpty())
    settings << tr("Indicator: %1").arg(c.indicator);
  settings << tr("Model: %1").arg(modelName(c.request.model));
  settings << tr("Horizon: %n period(s)", nullptr, c.request.horizon);
  settings << tr("Backtest origins: %1").arg(c.request.backtestOrigins);
  if (c.result.asOf.isValid())
    settings << tr("Forecast as of %1 (actuals after it held out)")
                    .arg(locale.toString(c.result.asOf, QLocale::ShortFormat));
  if (!c.request.options.isEmpty()) {
    QStringList options;
    for (auto it = c.request.options.constBegin(); it != c.request.options.constEnd(); ++it)
      options << QStringLiteral("%1 = %2").arg(it.key(), it.value().toVariant().toString());
    settings << tr("Model options: %1").arg(options.join(QStringLiteral(", ")));
  }
  settings << tr("Series forecast: %1").arg(c.result.forecasts.size());
  pdf.paragraph(settings.join(QLatin1Char('\n')), 9.5);
  pdf.space(6);

  if (c.map) {
    const double height = 300;
    pdf.heading(c.mapDate.isEmpty() ? tr("Map") : tr("Map: %1").arg(c.mapDate), 11, height);
    pdf.map(*c.map, height);
  }
  if (c.chart) {
    const double height = 230;
    pdf.heading(tr("Forecast"), 11, height);
    c.chart->render(&pdf.painter(), pdf.block(height, 6));
  }
  if (!c.district.isEmpty()) {
    const auto analogues = c.result.analogues.value(c.district);
    if (!analogues.empty()) {
      QStringList parts;
      for (const Analogue &a : analogues)
        parts << QStringLiteral("%1 %2 (%3)").arg(a.district, a.start, locale.toString(a.distance, 'g', 3));
      pdf.paragraph(tr("Analogues: %1").arg(parts.join(QStringLiteral("; "))), 8);
    }
  }

  if (!pdf.finish()) {
    if (error)
      *error = tr("Cannot write the PDF %1").arg(path);
    return false;
  }
  return true;
}

} // namespace epidesk
