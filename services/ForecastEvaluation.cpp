#include "ForecastEvaluation.h"
#include "Backtest.h"
#include "Feedback.h"
#include "ForecastModel.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>

namespace epidesk {

QString ForecastEvaluation::family(Frequency f) {
  switch (f) {
  case Frequency::Daily:
    return QStringLiteral("daily");
  case Frequency::Weekly:
    return QStringLiteral("weekly");
  case Frequency::Monthly:
    return QStringLiteral("monthly");
  case Frequency::Quarterly:
    return QStringLiteral("quarterly");
  case Frequency::Yearly:
    return QStringLiteral("yearly");
  }
  return {};
}

int ForecastEvaluation::defaultHorizon(Frequency f) {
  switch (f) {
  case Frequency::Daily:
    return 14;
  case Frequency::Weekly:
  case Frequency::Quarterly:
    return 8;
  case Frequency::Monthly:
    return 12;
  case Frequency::Yearly:
    return 4;
  }
  return 1;
}

ForecastEvaluation ForecastEvaluation::run(const std::vector<TimeSeries> &series,
                                           const ForecastEvalSettings &settings, Feedback *feedback) {
  const QStringList models = settings.models.isEmpty() ? ForecastModelRegistry::ids() : settings.models;
  ForecastEvaluation out;
  for (const TimeSeries &s : series)
    for (const QString &id : models) {
      ForecastEvalRow row;
      row.series = s.code;
      row.family = family(s.frequency);
      row.model = id;
      row.length = s.size();
      row.horizon = settings.horizon > 0 ? settings.horizon : defaultHorizon(s.frequency);
      out.rows.push_back(row);
    }
  QHash<QString, const TimeSeries *> byCode;
  for (const TimeSeries &s : series)
    byCode.insert(s.code, &s);
  const ForecastPanel panel{series};

  std::atomic<int> done{0};
  std::atomic<bool> canceled{false};
  QMutex progressMutex;
  QThreadPool pool;
  if (settings.threads > 0)
    pool.setMaxThreadCount(settings.threads);
  QtConcurrent::blockingMap(&pool, out.rows, [&](ForecastEvalRow &row) {
    if (canceled.load() || (feedback && feedback->isCanceled())) {
      canceled.store(true);
      return;
    }
    const TimeSeries &s = *byCode.value(row.series);
    const std::unique_ptr<ForecastModel> model = ForecastModelRegistry::create(row.model);
    const ForecastPanel &context = row.model == QLatin1String("nn") ? panel : ForecastPanel{};
    try {
      QElapsedTimer timer;
      timer.start();
      QJsonObject last; // the last origin's fit: what auto chose, which calibration
      row.score = backtest(*model, s, BacktestOptions{settings.origins, row.horizon, 0}, settings.options,
                           context, nullptr, &last);
      row.seconds = timer.nsecsElapsed() / 1e9 / settings.origins;
      row.selected = last.value(QLatin1String("selected_model")).toString();
      row.calibration = last.value(QLatin1String("calibration")).toString();
    } catch (const Canceled &) {
      canceled.store(true);
    } catch (const std::exception &e) {
      row.error = QString::fromUtf8(e.what());
    }
    const int n = ++done;
    if (feedback) {
      QMutexLocker lock(&progressMutex);
      feedback->setProgress(100.0 * n / double(out.rows.size()));
    }
  });
  if (canceled.load())
    throw Canceled{};

  // Summaries per (family, model) and per model over all families.
  QStringList families;
  for (const ForecastEvalRow &r : out.rows)
    if (!families.contains(r.family))
      families.append(r.family);
  families.append(QStringLiteral("all"));
  for (const QString &fam : families)
    for (const QString &id : models) {
      ForecastEvalSummary sum;
      sum.model = id;
      sum.family = fam;
      double points = 0, in80 = 0, in95 = 0;
      for (const ForecastEvalRow &r : out.rows) {
        if (r.model != id || (fam != QLatin1String("all") && r.family != fam))
          continue;
        if (!r.error.isEmpty()) {
          ++sum.failed;
          continue;
        }
        ++sum.series;
        sum.mase += r.score.mase;
        sum.smape += r.score.smape;
        sum.seconds += r.seconds;
        const double p = double(r.score.origins) * r.horizon;
        points += p;
        in80 += r.score.coverage80 * p;
        in95 += r.score.coverage95 * p;
        if (!r.selected.isEmpty())
          sum.selected[r.selected] += 1;
      }
      if (sum.series > 0) {
        sum.mase /= sum.series;
        sum.smape /= sum.series;
        sum.seconds /= sum.series;
        sum.coverage80 = in80 / points;
        sum.coverage95 = in95 / points;
      }
      if (sum.series + sum.failed > 0)
        out.summaries.push_back(sum);
    }
  return out;
}

QJsonObject ForecastEvaluation::toJson() const {
  QJsonArray rowsJson, summaryJson;
  for (const ForecastEvalRow &r : rows) {
    QJsonObject o{{"series", r.series},
                  {"family", r.family},
                  {"model", r.model},
                  {"length", r.length},
                  {"horizon", r.horizon}};
    if (!r.error.isEmpty()) {
      o.insert(QStringLiteral("error"), r.error);
    } else {
      o.insert(QStringLiteral("mase"), r.score.mase);
      o.insert(QStringLiteral("smape"), r.score.smape);
      o.insert(QStringLiteral("coverage80"), r.score.coverage80);
      o.insert(QStringLiteral("coverage95"), r.score.coverage95);
      o.insert(QStringLiteral("origins"), r.score.origins);
      o.insert(QStringLiteral("seconds"), r.seconds);
      o.insert(QStringLiteral("calibration"), r.calibration);
      if (!r.selected.isEmpty())
        o.insert(QStringLiteral("selected_model"), r.selected);
    }
    rowsJson.append(o);
  }
  for (const ForecastEvalSummary &s : summaries) {
    QJsonObject sel;
    for (auto it = s.selected.cbegin(); it != s.selected.cend(); ++it)
      sel.insert(it.key(), it.value());
    QJsonObject o{
        {"family", s.family},  {"model", s.model}, {"series", s.series},         {"failed", s.failed},
        {"mase", s.mase},      {"smape", s.smape}, {"coverage80", s.coverage80}, {"coverage95", s.coverage95},
        {"seconds", s.seconds}};
    if (!sel.isEmpty())
      o.insert(QStringLiteral("selected"), sel);
    summaryJson.append(o);
  }
  return QJsonObject{{"series", rowsJson}, {"summary", summaryJson}};
}

QString ForecastEvaluation::markdown() const {
  QString out = QStringLiteral("| family | model | series | mean MASE | mean sMAPE | 80 %% coverage | 95 %% "
                               "coverage | s per forecast |\n|---|---|---|---|---|---|---|---|\n")
                    .replace(QStringLiteral("%%"), QStringLiteral("%"));
  for (const ForecastEvalSummary &s : summaries) {
    const QString n =
        s.failed ? QStringLiteral("%1 (+%2 failed)").arg(s.series).arg(s.failed) : QString::number(s.series);
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
               .arg(s.family, s.model, n)
               .arg(s.mase, 0, 'f', 3)
               .arg(s.smape, 0, 'f', 2)
               .arg(s.coverage80, 0, 'f', 3)
               .arg(s.coverage95, 0, 'f', 3)
               .arg(s.seconds, 0, 'f', 3);
  }
  return out;
}

} // namespace epidesk
