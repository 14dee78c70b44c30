#pragma once
#include "DataSource.h"
#include "DemoGenerator.h"
#include "ForecastModel.h"
#include "ForecastTypes.h"
#include "SharedData.h"
#include <QDir>
#include <QString>
#include <cmath>

namespace epidesk::testing {

inline BoundarySource powiatBoundaries() {
  BoundarySource source;
  source.path = QDir(QStringLiteral(EPIDESK_SHARED_DIR)).filePath(QStringLiteral("data/pl/powiaty.geojson"));
  source.codeField = QStringLiteral("terc");
  source.nameField = QStringLiteral("name");
  return source;
}

// A daily epidemic-like wave per district: level and phase differ by index.
inline TimeSeries wave(const QString &code, int index, int days, const QDate &start = QDate(2021, 1, 1)) {
  TimeSeries s;
  s.code = code;
  s.frequency = Frequency::Daily;
  s.start = start;
  for (int t = 0; t < days; ++t)
    s.values.push_back((10 + index % 17) * (1.5 + std::sin((t + 3 * index) / 9.0)) + (t % 7 == 6 ? 2 : 0));
  return s;
}

// A forecast of `series` for h steps: mean = last value + i, bands ±(1,2)·(i+1).
inline std::vector<ForecastPoint> fakeForecast(const TimeSeries &series, int h) {
  std::vector<ForecastPoint> points;
  const double last = series.values.back();
  for (int i = 0; i < h; ++i) {
    ForecastPoint p;
    p.period = series.periodLabel(series.size() + i);
    p.mean = last + i;
    p.lo80 = p.mean - (i + 1);
    p.hi80 = p.mean + (i + 1);
    p.lo95 = p.mean - 2 * (i + 1);
    p.hi95 = p.mean + 2 * (i + 1);
    points.push_back(p);
  }
  return points;
}

// A tiny demo of ANVISA files (2019-2020, scale 0.0002) in dir/demo: the
// files' paths, or empty and *error.
inline QStringList tinyDemoFiles(const QString &dir, QString *error) {
  DemoOptions options;
  options.outDir = QDir(dir).filePath(QStringLiteral("demo"));
  options.scale = 0.0002;
  options.fromYear = 2019;
  options.toYear = 2020;
  const DemoManifest manifest = DemoGenerator::generate(options, sharedDataDir());
  QStringList files;
  if (!manifest.ok())
    *error = manifest.error;
  else
    for (const DemoFile &f : manifest.files)
      files << f.path;
  return files;
}

} // namespace epidesk::testing
