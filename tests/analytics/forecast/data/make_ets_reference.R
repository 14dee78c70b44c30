#!/usr/bin/env Rscript
# ETS reference values from R for tests/analytics/forecast/test_ets_reference.cpp and the
# forecast benchmark (bench/run-forecast-bench.sh).
#
#   Rscript tests/analytics/forecast/data/make_ets_reference.R [SERIES_DIR] [OUT.json]
#
# Defaults: ../shared/data/series beside the checkout, ets_reference.json here.
# For every monthly (YYYY-MM) and quarterly (YYYY-Qn) CSV of SERIES_DIR:
#   full:    fit <- forecast::ets(y)            (all defaults: model "ZZZ", AICc,
#            restrict = TRUE, bounds "both", opt.crit "lik")
#            fc  <- forecast(fit, h = 2 * frequency(y), level = c(80, 95))
#   holdout: the same on head(y, n - H), H = 12 monthly / 8 quarterly,
#            forecasting H steps; seconds = elapsed time of ets() + forecast().
# Stores method ("ETS(M,Ad,M)"), AICc, parameters, point forecasts and the
# 80/95 % bounds. Written with R 4.2 / forecast 8.20 (Debian 12 r-cran-forecast).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
here <- tryCatch(dirname(normalizePath(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE)[1]))),
                 error = function(e) ".")
series_dir <- if (length(args) >= 1) args[1] else normalizePath(file.path(here, "../../../../shared/data/series"))
out_file <- if (length(args) >= 2) args[2] else file.path(here, "ets_reference.json")

num <- function(x) {
  x <- as.numeric(x)
  paste0("[", paste(ifelse(is.finite(x), formatC(x, digits = 17, format = "g"), "null"), collapse = ", "), "]")
}
scalar <- function(x) formatC(as.numeric(x), digits = 17, format = "g")
str <- function(x) paste0("\"", x, "\"")

fit_json <- function(y, h) {
  t0 <- proc.time()[["elapsed"]]
  fit <- ets(y)
  fc <- forecast(fit, h = h, level = c(80, 95))
  secs <- proc.time()[["elapsed"]] - t0
  par <- fit$par
  pars <- paste(sprintf("\"%s\": %s", names(par), sapply(par, scalar)), collapse = ", ")
  paste0("{\"method\": ", str(fit$method), ", \"aicc\": ", scalar(fit$aicc),
         ", \"n\": ", length(y), ", \"h\": ", h,
         ", \"par\": {", pars, "}",
         ", \"mean\": ", num(fc$mean),
         ", \"lo80\": ", num(fc$lower[, 1]), ", \"hi80\": ", num(fc$upper[, 1]),
         ", \"lo95\": ", num(fc$lower[, 2]), ", \"hi95\": ", num(fc$upper[, 2]),
         ", \"seconds\": ", scalar(secs), "}")
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
  hold <- fit_json(ts(head(d$value, n - H), start = start, frequency = freq), H)
  entries <- c(entries, sprintf("  \"%s\": {\"frequency\": %d, \"full\": %s,\n    \"holdout\": %s}", name, freq, full, hold))
}
header <- sprintf("  \"_generated_by\": \"%s\",\n  \"_r\": \"%s\", \"_forecast\": \"%s\"",
                  "Rscript tests/analytics/forecast/data/make_ets_reference.R", R.version.string, packageVersion("forecast"))
writeLines(c("{", paste0(header, ","), paste(entries, collapse = ",\n"), "}"), out_file)
