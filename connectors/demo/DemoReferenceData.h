#pragma once
// Demo generator: the shared reference data it calibrates against (states,
// boundary municipalities, IBGE population 2014-2021) read from data/br/.
#include "DemoGenerator.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <vector>

namespace epidesk::demo {

constexpr int kYears = DemoGenerator::kLastYear - DemoGenerator::kFirstYear + 1;
inline int yearIndex(int year) {
  return year - DemoGenerator::kFirstYear;
}

enum Region { Norte, Nordeste, Sudeste, Sul, CentroOeste, RegionCount };
inline constexpr const char *kRegionNames[RegionCount] = {"Norte", "Nordeste", "Sudeste", "Sul",
                                                          "Centro-Oeste"};

struct UfData {
  int code = 0;
  QString sigla;
  QByteArray siglaBytes;
  Region region = Norte;
  std::vector<QByteArray> muniNames; // upper case, cp1252
  std::vector<int> muniCodes;
  std::array<double, kYears> population{}; // whole state, all IBGE codes
};

class ReferenceData {
public:
  // sharedDir holds data/br/; *error is translated.
  bool load(const QString &sharedDir, QString *error);
  const std::vector<UfData> &ufs() const { return m_ufs; }
  double municipalityPopulation(int code, int year) const {
    auto it = m_muniPop.find(code);
    return it == m_muniPop.end() ? 0.0 : it->second[yearIndex(year)];
  }
  double brazilPopulation(int year) const;
  int ufIndex(int code) const;

private:
  bool loadUfs(const QString &br, QString *error);
  bool loadPopulation(const QString &br, QString *error);
  bool loadMunicipalities(const QString &br, QString *error);

  std::vector<UfData> m_ufs;
  std::map<int, std::array<double, kYears>> m_muniPop;
};

} // namespace epidesk::demo
