#include "CsvExport.h"
#include "CsvWriter.h"

namespace epidesk {

QByteArray CsvExport::trendTable(const TrendResult &result, double alpha) {
  CsvWriter w;
  w.header({"code", "name", "n", "tau", "p_value", "sen_slope", "s", "z", "method", "significant"});
  for (auto it = result.trendTests.cbegin(); it != result.trendTests.cend(); ++it) {
    const TrendTest &t = it.value();
    w.text(it.key()).text(result.names.value(it.key())).integer(t.n);
    w.number(t.tau).number(t.pValue).number(t.senSlope).number(t.s).number(t.z);
    w.text(t.method).integer(t.isSignificant(alpha) ? 1 : 0);
    w.endRow();
  }
  return w.take();
}

QByteArray CsvExport::series(const TrendResult &result) {
  CsvWriter w;
  w.header({"code", "name", "period", "value"});
  for (auto it = result.series.cbegin(); it != result.series.cend(); ++it)
    for (const SeriesPoint &p : it.value()) {
      w.text(it.key()).text(result.names.value(it.key())).text(p.period).number(p.value);
      w.endRow();
    }
  return w.take();
}

bool CsvExport::writeTrendTable(const TrendResult &result, const QString &path, QString *error,
                                double alpha) {
  return CsvWriter::save(trendTable(result, alpha), path, error);
}

bool CsvExport::writeSeries(const TrendResult &result, const QString &path, QString *error) {
  return CsvWriter::save(series(result), path, error);
}

} // namespace epidesk
