#!/usr/bin/env Rscript
# ARIMA reference values from R for tests/analytics/forecast/test_arima_model.cpp.
#
#   Rscript tests/analytics/forecast/data/make_arima_reference.R [SERIES_DIR] [OUT.json]
#
# Defaults: ../shared/data/series beside the checkout, arima_reference.json here.
# For every monthly (YYYY-MM) and quarterly (YYYY-Qn) CSV of SERIES_DIR:
#   full:    fit <- forecast::auto.arima(y)      (all defaults: stepwise, AICc,
#            KPSS for d, seasonal strength for D, approximation when n > 150)
#            fc  <- forecast(fit, h = 2 * frequency(y), level = c(80, 95))
#   holdout: the same on head(y, n - H), H = 12 monthly / 8 quarterly,
#            forecasting H steps; mase = MAE of the H forecasts over the
#            in-sample MAE of the lag-m seasonal naive forecast on the training part.
# Also stores the seasonal strength (forecast:::seas.heuristic) behind D, the
# orders, the coefficients and seconds (elapsed time of auto.arima() + forecast()).
# Written with R 4.2 / forecast 8.20 (Debian 12 r-cran-forecast).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
here <- tryCatch(dirname(normalizePath(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE)[1]))),
                 error = function(e) ".")
series_dir <- if (length(args) >= 1) args[1] else normalizePath(file.path(here, "../../../../shared/data/series"))
out_file <- if (length(args) >= 2) args[2] else file.path(here, "arima_reference.json")

num <- function(x) {
  x <- as.numeric(x)
  paste0("[", paste(ifelse(is.finite(x), formatC(x, digits = 17, format = "g"), "null"), collapse = ", "), "]")
}
scalar <- function(x) if (is.finite(x)) formatC(as.numeric(x), digits = 17, format = "g") else "null"
str <- function(x) paste0("\"", x, "\"")

fit_json <- function(y, h, test = NULL) {
  t0 <- proc.time()[["elapsed"]]
  fit <- auto.arima(y)
  fc <- forecast(fit, h = h, level = c(80, 95))
  secs <- proc.time()[["elapsed"]] - t0
  cf <- coef(fit)
  coefs <- paste(sprintf("\"%s\": %s", names(cf), sapply(cf, scalar)), collapse = ", ")
  a <- fit$arma # p, q, P, Q, m, d, D
  m <- frequency(y)
  strength <- if (m > 1 && length(y) > 2 * m) forecast:::seas.heuristic(y) else 0
  out <- paste0("{\"form\": ", str(forecast:::arima.string(fit)), ", \"aicc\": ", scalar(fit$aicc),
         ", \"sigma2\": ", scalar(fit$sigma2),
         ", \"n\": ", length(y), ", \"h\": ", h,
         ", \"order\": [", a[1], ", ", a[6], ", ", a[2], "], \"seasonal_order\": [", a[3], ", ", a[7], ", ", a[4], "]",
         ", \"seasonal_strength\": ", scalar(strength),
         ", \"coefficients\": {", coefs, "}",
         ", \"mean\": ", num(fc$mean),
         ", \"lo80\": ", num(fc$lower[, 1]), ", \"hi80\": ", num(fc$upper[, 1]),
         ", \"lo95\": ", num(fc$lower[, 2]), ", \"hi95\": ", num(fc$upper[, 2]))
  if (!is.null(test)) {
    yy <- as.numeric(y)
    scale <- mean(abs(diff(yy, lag = m)))
    out <- paste0(out, ", \"mase\": ", scalar(mean(abs(test - as.numeric(fc$mean))) / scale))
  }
  paste0(out, ", \"seconds\": ", scalar(secs), "}")
}

entries <- character(0)
for (file in sort(list.files(series_dir, pattern = "\\.csv$", full.names = TRUE))) {
  d <- read.csv(file, colClasses = c("character", "numeric"))
  p <- d$period
  if (all(grepl("^[0-9]{4}-[0-9]{2}$", p))) {
    freq <- 12
    start <- c(as.integer(substr(p[1], 1, 4)), as.integer(substr(p[1], 6, 7)))
    H <- 12
  } else if (all(grepl("^[0-9]{4}-Q[1-4]$", p))) {
    freq <- 4
    start <- c(as.integer(substr(p[1], 1, 4)), as.integer(substr(p[1], 7, 7)))
    H <- 8
  } else {
    next
  }
  y <- ts(d$value, start = start, frequency = freq)
  n <- length(y)
  name <- sub("\\.csv$", "", basename(file))
  message(name)
  full <- fit_json(y, 2 * freq)
  hold <- fit_json(ts(head(d$value, n - H), start = start, frequency = freq), H, tail(d$value, H))
  entries <- c(entries, sprintf("  \"%s\": {\"frequency\": %d, \"full\": %s,\n    \"holdout\": %s}", name, freq, full, hold))
}
header <- sprintf("  \"_generated_by\": \"%s\",\n  \"_r\": \"%s\", \"_forecast\": \"%s\"",
                  "Rscript tests/analytics/forecast/data/make_arima_reference.R", R.version.string, packageVersion("forecast"))
writeLines(c("{", paste0(header, ","), paste(entries, collapse = ",\n"), "}"), out_file)
