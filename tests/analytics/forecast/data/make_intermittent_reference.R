#!/usr/bin/env Rscript
# Croston reference values from R for tests/analytics/forecast/test_intermittent_model.cpp.
#
#   Rscript tests/analytics/forecast/data/make_intermittent_reference.R [OUT.json]
#
# Writes intermittent_synthetic.csv here (200 days from 2024-01-01, seed 20240321:
# a demand with probability 0.2, size 1 + Poisson(1.5)), then for it and the
# daily COVID-19 case fixtures covid_cases_t*.csv here (small powiats, last 180
# days to 2024-03-21):
#   fc <- forecast::croston(y, h = 7, alpha = 0.1)
# storing the point forecast (flat) and the in-sample one-step fitted values
# (null where R has none). forecast has no TSB; the test checks TSB against a
# numpy computation instead. Written with R 4.2 / forecast 8.20 (Debian 12).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
here <- tryCatch(dirname(normalizePath(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE)[1]))),
                 error = function(e) ".")
out_file <- if (length(args) >= 1) args[1] else file.path(here, "intermittent_reference.json")

num <- function(x) {
  x <- as.numeric(x)
  paste0("[", paste(ifelse(is.finite(x), formatC(x, digits = 17, format = "g"), "null"), collapse = ", "), "]")
}

set.seed(20240321)
n <- 200
synthetic <- rbinom(n, 1, 0.2) * (1 + rpois(n, 1.5))
write.csv(data.frame(period = format(as.Date("2024-01-01") + 0:(n - 1)), value = synthetic),
          file.path(here, "intermittent_synthetic.csv"), row.names = FALSE, quote = FALSE)

files <- c(file.path(here, "intermittent_synthetic.csv"),
           sort(list.files(here, pattern = "^covid_cases_t[0-9]+\\.csv$", full.names = TRUE)))
entries <- character(0)
for (file in files) {
  d <- read.csv(file, colClasses = c("character", "numeric"))
  name <- sub("\\.csv$", "", basename(file))
  fc <- croston(d$value, h = 7, alpha = 0.1)
  entries <- c(entries, sprintf("  \"%s\": {\"alpha\": 0.1, \"h\": 7, \"mean\": %s,\n    \"fitted\": %s}",
                                name, num(fc$mean), num(fc$fitted)))
}
header <- sprintf("  \"_generated_by\": \"%s\",\n  \"_r\": \"%s\", \"_forecast\": \"%s\"",
                  "Rscript tests/analytics/forecast/data/make_intermittent_reference.R", R.version.string,
                  packageVersion("forecast"))
writeLines(c("{", paste0(header, ","), paste(entries, collapse = ",\n"), "}"), out_file)
