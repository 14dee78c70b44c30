#pragma once
#include "ForecastModel.h"
#include <optional>
#include <vector>

namespace epidesk {

// Exponential smoothing state space models (ETS), registry id "ets", following
// R forecast::ets (Hyndman et al. 2008; forecast 8.20 reproduced step by step):
// - forms: error A/M, trend N/A/Ad, season N/A/M; as ets(restrict = TRUE,
//   allow.multiplicative.trend = FALSE): no multiplicative trend, no A error
//   with M season, no (M, M, A); M forms only for strictly positive data;
//   seasonal forms only when 1 < m <= 24 and n > m.
// - initial states: R's initstate (classical decomposition of the series, or a
//   trend + first Fourier pair regression when n < 3m; then a regression on
//   the first max(10, 2m) seasonally adjusted values).
// - estimation: likelihood n log(SSE) (+ 2 sum log|yhat| for M errors)
//   minimised over alpha, beta, gamma, phi and the initial states by R's
//   Nelder-Mead (nmmin, reltol sqrt(eps), maxit 2000) under the "both" bounds:
//   0.0001 <= alpha, beta, gamma <= 0.9999, beta <= alpha, gamma <= 1 - alpha,
//   0.8 <= phi <= 0.98, and the admissible region (characteristic roots).
// - selection: lowest AICc over the forms allowed; a form with as many
//   parameters as values minus one is skipped.
// - intervals: R's analytic variances: class 1 (linear, A errors), class 2
//   (M errors, N/A/Ad trend, N/A season), class 3 (M errors, M season); normal
//   quantiles around the class mean. (No multiplicative trend is allowed, so
//   no form needs simulated paths.)
// - constant series: as R, simple exponential smoothing with alpha 0.99999 and
//   zero-width intervals.
//
// Options: "model" three letters (error, trend, season; each may be "Z" =
// automatic, default "ZZZ"), "damped" true/false (default: both tried),
// "seasonal_period" int (default: the series' natural period).
// details: {"form": "ETS(M,Ad,M)", "aicc", "aic", "bic", "loglik", "sigma2",
// "alpha", "beta", "gamma", "phi", "initial_states": [...], "seasonal_period",
// "candidates": [{"form", "aicc"}]}.
class EtsModel : public ForecastModel {
public:
  enum class Component { None, Additive, Multiplicative };

  struct Form {
    Component error = Component::Additive;
    Component trend = Component::None;
    Component season = Component::None;
    bool damped = false;
    QString name() const; // "ETS(M,Ad,M)"
    bool operator==(const Form &o) const {
      return error == o.error && trend == o.trend && season == o.season && damped == o.damped;
    }
  };

  struct Fit {
    Form form;
    int m = 1; // seasonal period used (1 when not seasonal)
    double alpha = 0, beta = 0, gamma = 0, phi = 1;
    std::vector<double> initialState; // l, [b], [s_1 .. s_m] as R's states[1, ]
    std::vector<double> finalState;   // after the last observation
    std::vector<double> residuals;    // additive: y - yhat; multiplicative: relative
    double lik = 0;                   // -2 log likelihood (up to a constant), as R
    double aic = 0, aicc = 0, bic = 0, sigma2 = 0;
    int parameters = 0; // counted as R: smoothing + initial states + 1
    QJsonObject toJson() const;
  };

  struct Prediction {
    std::vector<double> mean, variance;
  };

  QString id() const override { return QStringLiteral("ets"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  // Forms tried for y with period m, in R's order, given a pattern such as "ZZZ".
  static std::vector<Form> candidateForms(const std::vector<double> &y, int m, const QString &pattern = "ZZZ",
                                          std::optional<bool> damped = std::nullopt);
  // Maximum-likelihood fit of one form; nullopt when it cannot be fitted.
  static std::optional<Fit> fit(const std::vector<double> &y, int m, const Form &form);
  // All fitted candidates, best (lowest AICc) first. Throws std::invalid_argument
  // when none can be fitted, Canceled when feedback is canceled.
  static std::vector<Fit> fitAll(const std::vector<double> &y, int m, const QString &pattern = "ZZZ",
                                 std::optional<bool> damped = std::nullopt, Feedback *feedback = nullptr);
  // Point forecasts and forecast variances h steps ahead.
  static Prediction predict(const Fit &fit, int horizon);
};

} // namespace epidesk
