#include "DemoManifestJson.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace epidesk::demo {

QJsonObject manifestJson(const DemoManifest &m, const DemoOptions &opt) {
  QJsonObject o;
  o[QStringLiteral("generator")] = QStringLiteral("epidesk demo generate (DemoGenerator v1)");
  o[QStringLiteral("created")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  o[QStringLiteral("seed")] = QString::number(m.seed); // 64-bit: exact as text
  o[QStringLiteral("scale")] = m.scale;
  o[QStringLiteral("from_year")] = m.fromYear;
  o[QStringLiteral("to_year")] = m.toYear;
  o[QStringLiteral("new_header_from_year")] = opt.newHeaderFromYear;
  o[QStringLiteral("encoding")] = QStringLiteral("windows-1252");
  o[QStringLiteral("line_end")] = QStringLiteral("CRLF");
  o[QStringLiteral("total_rows")] = double(m.totalRows);
  o[QStringLiteral("expected_quarantined_rows")] = double(m.dirt.expectedQuarantined());
  o[QStringLiteral("expected_warning_rows")] = double(m.dirt.expectedWarnings());
  QJsonObject dirt;
  dirt[QStringLiteral("bad_uf")] = double(m.dirt.badUf);
  dirt[QStringLiteral("negative_quantity")] = double(m.dirt.negativeQuantity);
  dirt[QStringLiteral("non_numeric_quantity")] = double(m.dirt.nonNumericQuantity);
  dirt[QStringLiteral("bad_age")] = double(m.dirt.badAge);
  dirt[QStringLiteral("unmatched_municipality_rows")] = double(m.dirt.unmatchedMunicipality);
  dirt[QStringLiteral("blank_lines")] = double(m.dirt.blankLines);
  o[QStringLiteral("dirt")] = dirt;
  QJsonObject published;
  published[QStringLiteral("azithromycin_total_2014_2021")] = double(DemoGenerator::kPublishedTotal);
  published[QStringLiteral("growth_2014_2020_percent")] = DemoGenerator::kPublishedGrowth * 100;
  published[QStringLiteral("per_1000_2014")] = DemoGenerator::kPublishedRate2014;
  published[QStringLiteral("per_1000_2020")] = DemoGenerator::kPublishedRate2020;
  published[QStringLiteral("monotone_states")] = QJsonArray::fromStringList(DemoGenerator::monotoneStates());
  o[QStringLiteral("published")] = published;
  QJsonArray years;
  for (const DemoYearTarget &t : m.azithromycin) {
    QJsonObject y;
    y[QStringLiteral("year")] = t.year;
    y[QStringLiteral("population")] = t.population;
    y[QStringLiteral("azithromycin_full_scale")] = double(t.fullScale);
    y[QStringLiteral("per_1000")] = std::round(t.per1000 * 1000) / 1000;
    y[QStringLiteral("azithromycin_scaled")] = double(t.scaled);
    years.append(y);
  }
  o[QStringLiteral("azithromycin_targets")] = years;
  QJsonObject byUf;
  for (auto it = m.azithromycinByUf.begin(); it != m.azithromycinByUf.end(); ++it) {
    QJsonObject perYear;
    for (auto y = it->begin(); y != it->end(); ++y)
      perYear[QString::number(y.key())] = double(y.value());
    byUf[it.key()] = perYear;
  }
  o[QStringLiteral("azithromycin_by_uf")] = byUf;
  QJsonObject shares;
  for (auto it = m.regionShares.begin(); it != m.regionShares.end(); ++it)
    shares[it.key()] = std::round(it.value() * 10000) / 10000;
  o[QStringLiteral("azithromycin_region_shares")] = shares;
  QJsonArray files;
  for (const DemoFile &f : m.files) {
    QJsonObject fo;
    fo[QStringLiteral("file")] = QFileInfo(f.path).fileName();
    fo[QStringLiteral("year")] = f.year;
    fo[QStringLiteral("month")] = f.month;
    fo[QStringLiteral("rows")] = double(f.rows);
    files.append(fo);
  }
  o[QStringLiteral("files")] = files;
  return o;
}

} // namespace epidesk::demo
