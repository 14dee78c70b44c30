#!/usr/bin/env Rscript
# R Prophet on the forecast benchmark's hold-out (bench/run-forecast-bench.sh).
#
#   Rscript bench/prophet_reference.R OUT.json FILE.csv...
#
# Every FILE is a `period,value` CSV with monthly (YYYY-MM), quarterly
# (YYYY-Qn) or daily (YYYY-MM-DD) periods. The last H points (12 monthly,
# 8 quarterly, 14 daily) are held out; on the rest, with all of Prophet's
# defaults (linear growth, 25 changepoints, automatic seasonalities, MAP fit,
# interval.width 0.8, uncertainty.samples 1000):
#   m   <- prophet::prophet(df)
#   fut <- prophet::make_future_dataframe(m, periods = H, freq = <"month" | "quarter" | "day">,
#                                         include_history = FALSE)
#   fc  <- predict(m, fut)
# seconds = elapsed time of these three calls, measured inside R
# (proc.time()), so R's start-up, package loading and reading the CSV are
# excluded; cpu_seconds = user + system time of the same calls. One untimed
# warm-up fit first loads the compiled Stan model. Stores yhat and the 80 %
# bounds (Prophet's only interval by default).
suppressMessages(library(prophet))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: prophet_reference.R OUT.json FILE.csv...")
out_file <- args[1]
files <- args[-1]

read_series <- function(file) {
  d <- read.csv(file, colClasses = c("character", "numeric"))
  p <- d$period
  if (all(grepl("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", p))) {
    list(ds = as.Date(p), y = d$value, freq = "day", h = 14)
  } else if (all(grepl("^[0-9]{4}-[0-9]{2}$", p))) {
    list(ds = as.Date(paste0(p, "-01")), y = d$value, freq = "month", h = 12)
  } else if (all(grepl("^[0-9]{4}-Q[1-4]$", p))) {
    month <- (as.integer(substr(p, 7, 7)) - 1) * 3 + 1
    list(ds = as.Date(sprintf("%s-%02d-01", substr(p, 1, 4), month)), y = d$value, freq = "quarter", h = 8)
  } else {
    NULL
  }
}

fit_predict <- function(s) {
  n <- length(s$y)
  df <- data.frame(ds = head(s$ds, n - s$h), y = head(s$y, n - s$h))
  t0 <- proc.time()
  m <- prophet(df)
  fut <- make_future_dataframe(m, periods = s$h, freq = s$freq, include_history = FALSE)
  fc <- predict(m, fut)
  t <- proc.time() - t0
  list(fc = fc, seconds = t[["elapsed"]], cpu = t[["user.self"]] + t[["sys.self"]])
}

series <- list()
for (file in files) {
  s <- read_series(file)
  if (!is.null(s)) series[[sub("\\.csv$", "", basename(file))]] <- s
}
if (length(series) == 0) stop("no monthly, quarterly or daily series")
suppressMessages(invisible(fit_predict(series[[1]]))) # warm-up, not timed

out <- list(`_prophet` = format(packageVersion("prophet")), `_r` = R.version.string)
for (name in names(series)) {
  s <- series[[name]]
  r <- suppressMessages(fit_predict(s))
  message(sprintf("%s: %.3f s", name, r$seconds))
  out[[name]] <- list(method = "prophet", n = length(s$y), h = s$h, mean = r$fc$yhat,
                      lo80 = r$fc$yhat_lower, hi80 = r$fc$yhat_upper, seconds = r$seconds,
                      cpu_seconds = r$cpu)
}
jsonlite::write_json(out, out_file, auto_unbox = TRUE, digits = NA)
