#include "EtsModel.h"
#include "EtsInitialState.h"
#include "EtsParameters.h"
#include "EtsRecursion.h"
#include "EtsVariance.h"
#include "Feedback.h"
#include "ForecastInput.h"
#include "NelderMead.h"
#include "SeasonalNaiveModel.h"
#include "StandardNormal.h"
#include "VectorUnitState.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace epidesk {

using namespace ets;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// This file's messages, in one context that lupdate sees too.
class EtsModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::EtsModel)
};

QChar letter(Component c) {
  return c == Component::None       ? QLatin1Char('N')
         : c == Component::Additive ? QLatin1Char('A')
                                    : QLatin1Char('M');
}

std::optional<Component> componentOf(QChar c) {
  switch (c.toUpper().toLatin1()) {
  case 'N':
    return Component::None;
  case 'A':
    return Component::Additive;
  case 'M':
    return Component::Multiplicative;
  default:
    return std::nullopt;
  }
}

// ---------------------------------------------------------------- fitting (etsmodel)

int smoothingCount(const Form &f) {
  return 1 + hasTrend(f) + hasSeason(f) + f.damped;
}

Params unpack(const Form &f, const std::vector<double> &par) {
  Params p;
  int j = 0;
  p.alpha = par[j++];
  if (hasTrend(f))
    p.beta = par[j++];
  if (hasSeason(f))
    p.gamma = par[j++];
  if (f.damped)
    p.phi = par[j++];
  return p;
}

// Initial states from the optimised ones: the last season makes the seasonal
// states sum to 0 (A) or m (M).
std::vector<double> fullState(const Form &f, int m, const std::vector<double> &par) {
  std::vector<double> state(par.begin() + smoothingCount(f), par.end());
  if (hasSeason(f)) {
    const double sum = std::accumulate(state.begin() + 1 + hasTrend(f), state.end(), 0.0);
    state.push_back((f.season == Component::Multiplicative ? m : 0) - sum);
  }
  return state;
}

// EtsTargetFunction::eval with opt.crit = "lik".
double objective(const std::vector<double> &y, const Form &f, int m, const std::vector<double> &par) {
  const Params p = unpack(f, par);
  if (!checkParams(f, p, m))
    return kInf;
  std::vector<double> state = fullState(f, m, par);
  if (f.season == Component::Multiplicative &&
      *std::min_element(state.begin() + 1 + hasTrend(f), state.end()) < 0)
    return kInf;
  double lik = etscalc(y, f, m, p, state, nullptr);
  if (lik < -1e10) // avoid perfect fits
    lik = -1e10;
  if (std::isnan(lik))
    return kInf;
  return lik;
}

bool isConstant(const std::vector<double> &y) {
  // R's is.constant: all.equal(y, rep(y[1], n)), mean relative difference < 1.5e-8.
  double diff = 0, total = 0;
  for (double v : y) {
    diff += std::fabs(v - y[0]);
    total += std::fabs(v);
  }
  return total == 0 || diff / total < 1.5e-8;
}

} // namespace

// ---------------------------------------------------------------------------- EtsModel

QString EtsModel::Form::name() const {
  return QStringLiteral("ETS(%1,%2%3,%4)")
      .arg(letter(error))
      .arg(letter(trend))
      .arg(damped ? QStringLiteral("d") : QString())
      .arg(letter(season));
}

QJsonObject EtsModel::Fit::toJson() const {
  QJsonArray init;
  for (double v : initialState)
    init.append(v);
  QJsonObject o{{"form", form.name()},  {"aicc", aicc},
                {"aic", aic},           {"bic", bic},
                {"loglik", -0.5 * lik}, {"sigma2", sigma2},
                {"alpha", alpha},       {"initial_states", init},
                {"seasonal_period", m}, {"parameters", parameters}};
  if (hasTrend(form))
    o.insert(QStringLiteral("beta"), beta);
  if (hasSeason(form))
    o.insert(QStringLiteral("gamma"), gamma);
  if (form.damped)
    o.insert(QStringLiteral("phi"), phi);
  return o;
}

QString EtsModel::name() const {
  return EtsModelText::tr("Exponential smoothing (ETS)");
}

int EtsModel::minimumLength(const TimeSeries &) const {
  return 7; // R's ets() needs n > 6 before it leaves Holt-Winters fallbacks
}

std::vector<Form> EtsModel::candidateForms(const std::vector<double> &y, int m, const QString &pattern,
                                           std::optional<bool> damped) {
  const QString pat = pattern.toUpper();
  const bool positive = !y.empty() && *std::min_element(y.begin(), y.end()) > 0;
  const bool seasonalOk = m > 1 && m <= kMaxSeasonalPeriod && int(y.size()) > m;
  auto choices = [](QChar c, std::vector<Component> all) {
    if (c == QLatin1Char('Z'))
      return all;
    return std::vector<Component>{*componentOf(c)};
  };
  std::vector<Form> forms;
  for (Component e : choices(pat[0], {Component::Additive, Component::Multiplicative}))
    for (Component t : choices(pat[1], {Component::None, Component::Additive}))
      for (Component s : choices(pat[2], {Component::None, Component::Additive, Component::Multiplicative}))
        for (bool d : {true, false}) {
          if (damped && d != *damped)
            continue;
          if (t == Component::None && d)
            continue;
          if (e == Component::Additive && (t == Component::Multiplicative || s == Component::Multiplicative))
            continue;
          if (e == Component::Multiplicative && t == Component::Multiplicative && s == Component::Additive)
            continue;
          if (e == Component::Multiplicative && !positive)
            continue;
          if (s != Component::None && !seasonalOk)
            continue;
          forms.push_back(Form{e, t, s, d});
        }
  return forms;
}

std::optional<EtsModel::Fit> EtsModel::fit(const std::vector<double> &y, int period, const Form &form) {
  const int n = int(y.size());
  const int m = hasSeason(form) ? period : 1;
  if (hasSeason(form) && (m < 2 || m > kMaxSeasonalPeriod || n <= m))
    return std::nullopt;
  if (form.trend == Component::Multiplicative)
    return std::nullopt; // not offered (allow.multiplicative.trend = FALSE)
  // In epidesk-cli's worker threads the fit ran 7x slower without (VectorUnitState.h).
  resetUpperVectorState();

  // initparam()
  std::vector<double> par;
  const double alpha = kLower[0] + 0.2 * (kUpper[0] - kLower[0]) / m;
  par.push_back(alpha);
  if (hasTrend(form)) {
    const double upper = std::min(kUpper[1], alpha);
    double beta = kLower[1] + 0.1 * (upper - kLower[1]);
    if (beta < 0 || beta > alpha)
      beta = alpha - 1e-3;
    par.push_back(beta);
  }
  if (hasSeason(form)) {
    const double upper = std::min(kUpper[2], 1 - alpha);
    double gamma = kLower[2] + 0.05 * (upper - kLower[2]);
    if (gamma < 0 || gamma > 1 - alpha)
      gamma = 1 - alpha - 1e-3;
    par.push_back(gamma);
  }
  if (form.damped)
    par.push_back(kLower[3] + 0.99 * (kUpper[3] - kLower[3]));

  const std::optional<std::vector<double>> init = initialState(y, form, m);
  if (!init)
    return std::nullopt;
  par.insert(par.end(), init->begin(), init->end());
  const int np = int(par.size());
  if (np >= n - 1)
    return std::nullopt;
  if (!std::isfinite(objective(y, form, m, par)))
    return std::nullopt; // R: "function cannot be evaluated at initial parameters"

  const std::vector<double> best = nelderMead(
      par, [&](const std::vector<double> &v) { return objective(y, form, m, v); }, -kInf,
      std::sqrt(std::numeric_limits<double>::epsilon()), 2000);

  Fit fit;
  fit.form = form;
  fit.m = m;
  const Params p = unpack(form, best);
  fit.alpha = p.alpha;
  fit.beta = p.beta;
  fit.gamma = p.gamma;
  fit.phi = p.phi;
  fit.initialState = fullState(form, m, best);
  fit.finalState = fit.initialState;
  fit.lik = etscalc(y, form, m, p, fit.finalState, &fit.residuals);
  if (!std::isfinite(fit.lik))
    return std::nullopt;
  fit.parameters = np + 1;
  const double k = fit.parameters;
  fit.aic = fit.lik + 2 * k;
  fit.bic = fit.lik + std::log(double(n)) * k;
  fit.aicc = n - k - 1 > 0 ? fit.aic + 2 * k * (k + 1) / (n - k - 1) : kInf;
  double sse = 0;
  for (double e : fit.residuals)
    sse += e * e;
  fit.sigma2 = sse / (n - np);
  if (!std::isfinite(fit.aicc) || !std::isfinite(fit.sigma2))
    return std::nullopt;
  for (double v : fit.finalState)
    if (!std::isfinite(v))
      return std::nullopt;
  return fit;
}

std::vector<EtsModel::Fit> EtsModel::fitAll(const std::vector<double> &y, int m, const QString &pattern,
                                            std::optional<bool> damped, Feedback *feedback) {
  std::vector<Fit> fits;
  for (const Form &form : candidateForms(y, m, pattern, damped)) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    if (std::optional<Fit> f = fit(y, m, form))
      fits.push_back(std::move(*f));
  }
  if (fits.empty())
    throw std::invalid_argument(
        EtsModelText::tr("No ETS model can be fitted to %1 values.").arg(y.size()).toStdString());
  // Stable: ties keep R's order of trial (R keeps the first strictly better fit).
  std::stable_sort(fits.begin(), fits.end(), [](const Fit &a, const Fit &b) { return a.aicc < b.aicc; });
  return fits;
}

EtsModel::Prediction EtsModel::predict(const Fit &fit, int horizon) {
  Prediction p = forecastVariances(fit, horizon);
  for (double &v : p.variance)
    v = std::max(v, 0.0);
  return p;
}

ModelForecast EtsModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                 const ForecastPanel &, Feedback *feedback) const {
  requireForecastable(series, horizon, minimumLength(series), name());
  const int m = SeasonalNaiveModel::seasonalPeriod(series, options);
  const std::vector<double> &y = series.values;

  QString pattern = options.value(QLatin1String("model")).toString(QStringLiteral("ZZZ")).toUpper();
  static const QString kLetters[3] = {QStringLiteral("AMZ"), QStringLiteral("NAZ"), QStringLiteral("NAMZ")};
  if (pattern.size() != 3 || !kLetters[0].contains(pattern[0]) || !kLetters[1].contains(pattern[1]) ||
      !kLetters[2].contains(pattern[2]))
    throw std::invalid_argument(
        EtsModelText::tr(
            "model: must be three letters: error A/M/Z, trend N/A/Z, season N/A/M/Z (e.g. \"ZZZ\", \"MAM\")")
            .toStdString());
  std::optional<bool> damped;
  const QJsonValue d = options.value(QLatin1String("damped"));
  if (d.isBool())
    damped = d.toBool();
  else if (!d.isUndefined() && !d.isNull())
    throw std::invalid_argument(EtsModelText::tr("damped: must be true or false").toStdString());

  ModelForecast out;
  if (isConstant(y)) {
    // As R: ses(y, alpha = 0.99999, initial = "simple"): flat forecast, no uncertainty.
    out.mean.assign(horizon, y.back());
    out.lo80 = out.hi80 = out.lo95 = out.hi95 = out.mean;
    out.details =
        QJsonObject{{"form", QStringLiteral("ETS(A,N,N)")},
                    {"alpha", 0.99999},
                    {"sigma2", 0.0},
                    {"seasonal_period", 1},
                    {"note", EtsModelText::tr("constant series: flat forecast, zero-width intervals")}};
    return out;
  }

  const std::vector<Fit> fits = fitAll(y, m, pattern, damped, feedback);
  QJsonArray candidates;
  for (const Fit &f : fits)
    candidates.append(QJsonObject{{"form", f.form.name()}, {"aicc", f.aicc}});
  const double z80 = StandardNormal::quantile(0.90), z95 = StandardNormal::quantile(0.975);
  // Best AICc whose forecasts stay finite (a wild fit could overflow far out).
  for (const Fit &f : fits) {
    const Prediction p = predict(f, horizon);
    bool finite = true;
    for (int i = 0; i < horizon && finite; ++i)
      finite = std::isfinite(p.mean[i]) && std::isfinite(p.variance[i]);
    if (!finite)
      continue;
    for (int i = 0; i < horizon; ++i) {
      const double sd = std::sqrt(p.variance[i]);
      out.mean.push_back(p.mean[i]);
      out.lo80.push_back(p.mean[i] - z80 * sd);
      out.hi80.push_back(p.mean[i] + z80 * sd);
      out.lo95.push_back(p.mean[i] - z95 * sd);
      out.hi95.push_back(p.mean[i] + z95 * sd);
    }
    out.details = f.toJson();
    out.details.insert(QStringLiteral("candidates"), candidates);
    return out;
  }
  throw std::invalid_argument(
      EtsModelText::tr("No ETS model gives finite forecasts for %1.").arg(series.code).toStdString());
}

} // namespace epidesk
