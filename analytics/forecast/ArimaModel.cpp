#include "ArimaModel.h"
#include "ArimaDifferencing.h"
#include "Feedback.h"
#include "ForecastInput.h"
#include "SeasonalNaiveModel.h"
#include "StandardNormal.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace epidesk {

using arima::Fit;
using arima::isConstant;
using arima::Method;
using arima::Order;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// This file's messages, in one context that lupdate sees too.
class ArimaModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ArimaModel)
};

// The stepwise search of auto.arima (forecast 8.20), R's sequence of trials.
class StepwiseSearch {
public:
  StepwiseSearch(const std::vector<double> &y, int m, int d, int D, bool approximation, Feedback *feedback)
      : y(y), m(m), d(d), D(D), approximation(approximation), feedback(feedback) {}

  struct Result {
    int p, q, P, Q;
    bool constant;
    double ic;
  };

  std::optional<Fit> run(int maxp, int maxq, int maxP, int maxQ, bool constant, int startp, int startq,
                         int startP, int startQ) {
    int p = startp, q = startq, P = startP, Q = startQ;
    best = trial(p, q, P, Q, constant);
    // As R, the start model without constant does not switch the search's constant off.
    auto consider = [&](int np, int nq, int nP, int nQ, bool c, bool keepConstant = false) {
      std::optional<Fit> f = trial(np, nq, nP, nQ, c);
      if (f && f->ic < bestIc()) {
        best = std::move(f);
        p = np;
        q = nq;
        P = nP;
        Q = nQ;
        if (!keepConstant)
          constant = c;
        return true;
      }
      return false;
    };
    consider(0, 0, 0, 0, constant);
    if (maxp > 0 || maxP > 0)
      consider(maxp > 0, 0, (m > 1) && maxP > 0, 0, constant);
    if (maxq > 0 || maxQ > 0)
      consider(0, maxq > 0, 0, (m > 1) && maxQ > 0, constant);
    if (constant)
      consider(0, 0, 0, 0, false, true);
    const bool allowConstant = d + D <= 1;

    int k = int(results.size()), startk = 0;
    while (startk < k && k < kMaxModels) {
      startk = k;
      // Each neighbour in R's order; a better one restarts the pass ("next").
      const struct {
        int dp, dq, dP, dQ;
      } moves[] = {{0, 0, -1, 0},  {0, 0, 0, -1}, {0, 0, 1, 0},  {0, 0, 0, 1},  {0, 0, -1, -1}, {0, 0, -1, 1},
                   {0, 0, 1, -1},  {0, 0, 1, 1},  {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0},   {0, 1, 0, 0},
                   {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0}};
      bool restarted = false, full = false;
      for (const auto &mv : moves) {
        const int np = p + mv.dp, nq = q + mv.dq, nP = P + mv.dP, nQ = Q + mv.dQ;
        if (np < 0 || nq < 0 || nP < 0 || nQ < 0 || np > maxp || nq > maxq || nP > maxP || nQ > maxQ)
          continue;
        if (!isNew(np, nq, nP, nQ, constant))
          continue;
        if (++k > kMaxModels) {
          full = true;
          break;
        }
        if (consider(np, nq, nP, nQ, constant)) {
          restarted = true;
          break;
        }
      }
      if (restarted || full)
        continue;
      if (allowConstant && isNew(p, q, P, Q, !constant)) {
        if (++k > kMaxModels)
          continue;
        consider(p, q, P, Q, !constant);
      }
    }

    if (approximation && best) {
      // Refit without approximation, best CSS criterion first, until one is accepted.
      std::vector<size_t> idx(results.size());
      for (size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
      std::stable_sort(idx.begin(), idx.end(),
                       [&](size_t a, size_t b) { return results[a].ic < results[b].ic; });
      for (size_t i : idx) {
        const Result &r = results[i];
        checkCanceled();
        std::optional<Fit> f = arima::fit(y, order(r.p, r.q, r.P, r.Q, r.constant), Method::CssMl);
        ++tried;
        if (f && f->ic < kInf) {
          best = std::move(f);
          break;
        }
      }
    }
    if (best && !(best->ic < kInf))
      best.reset();
    return best;
  }

  int tried = 0;

private:
  static constexpr int kMaxModels = 94;
  const std::vector<double> &y;
  const int m, d, D;
  const bool approximation;
  Feedback *feedback;
  std::optional<Fit> best;
  std::vector<Result> results;

  double bestIc() const { return best ? best->ic : kInf; }

  void checkCanceled() const {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
  }

  Order order(int p, int q, int P, int Q, bool constant) const {
    Order o;
    o.p = p;
    o.d = d;
    o.q = q;
    o.P = P;
    o.D = D;
    o.Q = Q;
    o.m = m;
    o.constant = constant && d + D <= 1;
    return o;
  }

  bool isNew(int p, int q, int P, int Q, bool c) const {
    for (const Result &r : results)
      if (r.p == p && r.q == q && r.P == P && r.Q == Q && r.constant == c)
        return false;
    return true;
  }

  std::optional<Fit> trial(int p, int q, int P, int Q, bool constant) {
    checkCanceled();
    std::optional<Fit> f =
        arima::fit(y, order(p, q, P, Q, constant), approximation ? Method::Css : Method::CssMl);
    ++tried;
    results.push_back({p, q, P, Q, constant, f ? f->ic : kInf});
    return f;
  }
};

} // namespace

QString AutoArimaModel::name() const {
  return ArimaModelText::tr("Automatic ARIMA");
}

int AutoArimaModel::minimumLength(const TimeSeries &series) const {
  const int m = series.seasonalPeriod();
  return m > 1 ? m + 4 : 4;
}

AutoArimaModel::Selection AutoArimaModel::select(const std::vector<double> &y, int period,
                                                 Feedback *feedback) {
  const int n = int(y.size());
  Selection sel;
  Order o;
  o.m = period;
  if (isConstant(y)) {
    double mean = 0;
    for (double v : y)
      mean += v;
    o.constant = true;
    sel.fit = arima::fixedFit(y, o, mean / n);
    return sel;
  }
  const int m = std::max(1, period);
  int maxp = std::min(5, n / 3), maxq = std::min(5, n / 3);
  int maxP = std::min(2, n / 3 / m), maxQ = std::min(2, n / 3 / m);
  int D = 0;
  if (m == 1)
    maxP = maxQ = 0;
  else if (n > 2 * m)
    D = arima::nsdiffs(y, m);
  const std::vector<double> dx = arima::difference(y, 0, D, m);
  const int d = arima::ndiffs(dx, 2);
  o.d = d;
  o.D = D;
  const std::vector<double> ddx = arima::difference(dx, d, 0, 1);
  if (ddx.empty())
    throw std::invalid_argument(
        ArimaModelText::tr("Not enough values for an ARIMA model after differencing.").toStdString());
  if (isConstant(ddx)) {
    double mean = 0;
    for (double v : ddx)
      mean += v;
    mean /= double(ddx.size());
    o.constant = d + D == 1;
    sel.fit = arima::fixedFit(y, o, D > 0 && d == 0 ? mean / m : mean);
    return sel;
  }
  if (m > 1) {
    if (maxP > 0)
      maxp = std::min(maxp, m - 1);
    if (maxQ > 0)
      maxq = std::min(maxq, m - 1);
  }
  const bool approximation = n > 150 || m > 12;
  const bool constant = d + D <= 1;
  int startp = 2, startq = 2, startP = 1, startQ = 1;
  if (n < 10) {
    startp = startq = 1;
    startP = startQ = 0;
  }
  StepwiseSearch search(y, m, d, D, approximation, feedback);
  std::optional<Fit> best =
      search.run(maxp, maxq, maxP, maxQ, constant, std::min(startp, maxp), std::min(startq, maxq),
                 std::min(startP, maxP), std::min(startQ, maxQ));
  sel.modelsTried = search.tried;
  if (!best) {
    // R stops here ("No suitable ARIMA model found"): use the differencing alone.
    o.constant = false;
    best = arima::fit(y, o, Method::CssMl);
    if (!best || !std::isfinite(best->sigma2))
      best = arima::fixedFit(y, o, 0);
  }
  sel.fit = std::move(*best);
  return sel;
}

ModelForecast AutoArimaModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                       const ForecastPanel &, Feedback *feedback) const {
  requireForecastable(series, horizon, minimumLength(series), name());
  const int m = SeasonalNaiveModel::seasonalPeriod(series, options);
  const std::vector<double> &y = series.values;

  const Selection sel = select(y, m, feedback);
  const Fit &f = sel.fit;
  arima::Prediction pred = arima::predict(f, y, horizon);
  for (int i = 0; i < horizon; ++i)
    if (!std::isfinite(pred.mean[i]) || !std::isfinite(pred.variance[i])) {
      // A wild fit can overflow far out: fall back to the differencing alone.
      Order o = f.order;
      o.p = o.q = o.P = o.Q = 0;
      o.constant = false;
      pred = arima::predict(arima::fixedFit(y, o, 0), y, horizon);
      break;
    }

  const double z80 = StandardNormal::quantile(0.90), z95 = StandardNormal::quantile(0.975);
  ModelForecast out;
  for (int i = 0; i < horizon; ++i) {
    const double mean = std::isfinite(pred.mean[i]) ? pred.mean[i] : y.back();
    const double sd = std::isfinite(pred.variance[i]) ? std::sqrt(pred.variance[i]) : 0.0;
    out.mean.push_back(mean);
    out.lo80.push_back(mean - z80 * sd);
    out.hi80.push_back(mean + z80 * sd);
    out.lo95.push_back(mean - z95 * sd);
    out.hi95.push_back(mean + z95 * sd);
  }
  auto finite = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
  const Order &o = f.order;
  out.details =
      QJsonObject{{"form", o.name()},
                  {"aicc", finite(f.aicc)},
                  {"aic", finite(f.aic)},
                  {"bic", finite(f.bic)},
                  {"loglik", finite(f.loglik)},
                  {"sigma2", f.sigma2},
                  {"order", QJsonArray{o.p, o.d, o.q}},
                  {"seasonal_order", QJsonArray{o.P, o.D, o.Q}},
                  {"seasonal_period", o.m},
                  {"coefficients", f.coefficients()},
                  {"method", f.method == Method::Css ? QStringLiteral("CSS") : QStringLiteral("CSS-ML")},
                  {"models_tried", sel.modelsTried}};
  return out;
}

} // namespace epidesk
