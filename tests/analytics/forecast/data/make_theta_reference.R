#!/usr/bin/env Rscript
# Theta method reference values from R for tests/analytics/forecast/test_theta_model.cpp.
#
#   Rscript tests/analytics/forecast/data/make_theta_reference.R [SERIES_DIR] [OUT.json]
#
# Defaults: ../shared/data/series beside the checkout, theta_reference.json here.
# For every monthly (YYYY-MM) and quarterly (YYYY-Qn) CSV of SERIES_DIR:
#   full:    fc <- forecast::thetaf(y, h = 2 * frequency(y), level = c(80, 95))
#   holdout: the same on head(y, n - H), H = 12 monthly / 8 quarterly, forecasting
#            H steps; mase = hold-out MAE / in-sample MAE of the seasonal naive
#            (lag m) forecasts of the training part.
# Stores alpha, drift, whether the series was deseasonalised (recomputed here with
# thetaf's own test, which thetaf does not return), point forecasts and 80/95 %
# bounds. Written with R 4.2 / forecast 8.20 (Debian 12 r-cran-forecast).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
here <- tryCatch(dirname(normalizePath(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE)[1]))),
                 error = function(e) ".")
series_dir <- if (length(args) >= 1) args[1] else normalizePath(file.path(here, "../../../../shared/data/series"))
out_file <- if (length(args) >= 2) args[2] else file.path(here, "theta_reference.json")

num <- function(x) {
  x <- as.numeric(x)
  paste0("[", paste(ifelse(is.finite(x), formatC(x, digits = 17, format = "g"), "null"), collapse = ", "), "]")
}
scalar <- function(x) formatC(as.numeric(x), digits = 17, format = "g")

# thetaf's seasonality decision (forecast 8.20), including its fallback when a
# seasonal index is close to zero.
is_seasonal <- function(x) {
  n <- length(x)
  m <- frequency(x)
  if (m > 1 && !is.constant(x) && n > 2 * m) {
    r <- as.numeric(acf(x, lag.max = m, plot = FALSE)$acf)[-1]
    stat <- sqrt((1 + 2 * sum(r[-m]^2)) / n)
    s <- abs(r[m]) / stat > qnorm(0.95)
    s && !any(abs(seasonal(decompose(x, type = "multiplicative"))) < 1e-4)
  } else {
    FALSE
  }
}

fit_json <- function(y, h, test = NULL) {
  fc <- thetaf(y, h = h, level = c(80, 95))
  mase <- ""
  if (!is.null(test)) {
    scale <- mean(abs(diff(as.numeric(y), lag = frequency(y))))
    mase <- paste0(", \"mase\": ", scalar(mean(abs(test - as.numeric(fc$mean))) / scale))
  }
  paste0("{\"n\": ", length(y), ", \"h\": ", h,
         ", \"alpha\": ", scalar(fc$model$alpha), ", \"drift\": ", scalar(fc$model$drift),
         ", \"sigma2\": ", scalar(fc$model$sigma), ", \"seasonal\": ", tolower(is_seasonal(y)),
         ", \"mean\": ", num(fc$mean),
         ", \"lo80\": ", num(fc$lower[, 1]), ", \"hi80\": ", num(fc$upper[, 1]),
         ", \"lo95\": ", num(fc$lower[, 2]), ", \"hi95\": ", num(fc$upper[, 2]), mase, "}")
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
                  "Rscript tests/analytics/forecast/data/make_theta_reference.R", R.version.string, packageVersion("forecast"))
writeLines(c("{", paste0(header, ","), paste(entries, collapse = ",\n"), "}"), out_file)
