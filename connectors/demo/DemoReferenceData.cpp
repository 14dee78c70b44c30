#include "DemoReferenceData.h"

#include "Cp1252.h"
#include "Geography.h"
#include "CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace epidesk::demo {

namespace {
// Same context as DemoGenerator.cpp: the messages keep their translations.
class DemoText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::DemoGenerator)
};

bool readAll(const QString &path, QByteArray *data, QString *error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = DemoText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
  }
  *data = f.readAll();
  return true;
}

// The records of a small reference CSV, header first.
bool readRecords(const QString &path, char delimiter, std::vector<CsvRecord> *records, QString *error) {
  QByteArray data;
  if (!readAll(path, &data, error))
    return false;
  QBuffer buffer(&data);
  buffer.open(QIODevice::ReadOnly);
  CsvReader::Options options;
  options.delimiter = delimiter;
  CsvReader reader(buffer, options);
  for (CsvRecord r; reader.next(r);)
    records->push_back(r);
  if (reader.error() != CsvReader::Error::None) {
    *error = DemoText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString());
    return false;
  }
  return true;
}
} // namespace

bool ReferenceData::load(const QString &sharedDir, QString *error) {
  const QString br = QDir(sharedDir).filePath(QStringLiteral("data/br"));
  return loadUfs(br, error) && loadPopulation(br, error) && loadMunicipalities(br, error);
}

double ReferenceData::brazilPopulation(int year) const {
  double sum = 0;
  for (const UfData &uf : m_ufs)
    sum += uf.population[yearIndex(year)];
  return sum;
}

int ReferenceData::ufIndex(int code) const {
  for (size_t i = 0; i < m_ufs.size(); ++i)
    if (m_ufs[i].code == code)
      return int(i);
  return -1;
}

bool ReferenceData::loadUfs(const QString &br, QString *error) {
  std::vector<CsvRecord> records;
  if (!readRecords(br + QStringLiteral("/uf.csv"), ',', &records, error))
    return false;
  for (size_t i = 1; i < records.size(); ++i) {
    const CsvRecord &f = records[i];
    if (f.size() < 4)
      continue;
    UfData uf;
    uf.code = f.field(0).toInt();
    uf.sigla = f.text(1);
    uf.siglaBytes = uf.sigla.toLatin1();
    for (int r = 0; r < RegionCount; ++r)
      if (f.field(3) == kRegionNames[r])
        uf.region = Region(r);
    m_ufs.push_back(uf);
  }
  if (m_ufs.size() != 27) {
    *error = DemoText::tr("%1 does not list the 27 states")
                 .arg(QDir::toNativeSeparators(br + QStringLiteral("/uf.csv")));
    return false;
  }
  return true;
}

bool ReferenceData::loadPopulation(const QString &br, QString *error) {
  const QString path = br + QStringLiteral("/population_municipality_ibge6579.csv");
  std::vector<CsvRecord> records;
  if (!readRecords(path, ';', &records, error))
    return false;
  std::array<int, kYears> column;
  column.fill(-1);
  if (!records.empty()) {
    const CsvRecord &header = records[0];
    for (int c = 0; c < header.size(); ++c) {
      const int year = header.field(c).toInt();
      if (year >= DemoGenerator::kFirstYear && year <= DemoGenerator::kLastYear)
        column[yearIndex(year)] = c;
    }
  }
  if (std::find(column.begin(), column.end(), -1) != column.end()) {
    *error = DemoText::tr("%1 lacks population for 2014-2021").arg(QDir::toNativeSeparators(path));
    return false;
  }
  for (size_t i = 1; i < records.size(); ++i) {
    const CsvRecord &f = records[i];
    if (f.size() < 2)
      continue;
    const int code = f.field(0).toInt();
    const int uf = ufIndex(Geography::stateOfMunicipality(code));
    if (uf < 0)
      continue;
    std::array<double, kYears> pop{};
    for (int y = 0; y < kYears; ++y) {
      pop[y] = column[y] < f.size() ? f.field(column[y]).toDouble() : 0.0;
      m_ufs[uf].population[y] += pop[y];
    }
    m_muniPop.emplace(code, pop);
  }
  return true;
}

// The GeoJSON files are large (geometry); only the small "properties"
// objects are parsed.
bool ReferenceData::loadMunicipalities(const QString &br, QString *error) {
  for (UfData &uf : m_ufs) {
    const QString path = br + QStringLiteral("/municipalities/geojs-%1-mun.json").arg(uf.code);
    QByteArray data;
    if (!readAll(path, &data, error))
      return false;
    std::vector<std::pair<int, QString>> munis;
    for (int at = data.indexOf("\"properties\""); at >= 0; at = data.indexOf("\"properties\"", at + 1)) {
      const int open = data.indexOf('{', at), close = data.indexOf('}', open);
      if (open < 0 || close < 0)
        break;
      const QJsonObject p = QJsonDocument::fromJson(data.mid(open, close - open + 1)).object();
      const int code = p.value(QStringLiteral("id")).toVariant().toInt();
      const QString name = p.value(QStringLiteral("name")).toString();
      if (code > 0 && !name.isEmpty())
        munis.emplace_back(code, name);
    }
    std::sort(munis.begin(), munis.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &m : munis) {
      uf.muniCodes.push_back(m.first);
      uf.muniNames.push_back(Cp1252::fromUnicode(m.second.toUpper()));
    }
    if (uf.muniCodes.empty()) {
      *error = DemoText::tr("No municipalities in %1").arg(QDir::toNativeSeparators(path));
      return false;
    }
  }
  return true;
}

} // namespace epidesk::demo
