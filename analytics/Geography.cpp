#include "Geography.h"
#include <algorithm>

namespace epidesk {

void Geography::addUf(const UfInfo &uf) {
  m_ufs.insert(uf.code, uf);
  m_ufBySigla.insert(uf.sigla, uf.code);
}

void Geography::addMunicipality(const MunicipalityInfo &m) {
  m_munis.insert(m.code, m);
}

const UfInfo *Geography::uf(int code) const {
  auto it = m_ufs.constFind(code);
  return it == m_ufs.constEnd() ? nullptr : &it.value();
}

const UfInfo *Geography::ufBySigla(const QString &sigla) const {
  auto it = m_ufBySigla.constFind(sigla);
  return it == m_ufBySigla.constEnd() ? nullptr : uf(it.value());
}

const MunicipalityInfo *Geography::municipality(int code) const {
  auto it = m_munis.constFind(code);
  return it == m_munis.constEnd() ? nullptr : &it.value();
}

const std::string &Geography::stateOfSql() {
  static const std::string sql = "CASE WHEN uf_code <> 0 THEN uf_code ELSE municipality_code / " +
                                 std::to_string(municipalityCodesPerState) + " END";
  return sql;
}

QStringList Geography::regions() {
  return {QStringLiteral("Norte"), QStringLiteral("Nordeste"), QStringLiteral("Sudeste"),
          QStringLiteral("Sul"), QStringLiteral("Centro-Oeste")};
}

const QStringList &Geography::ufSiglas() {
  static const QStringList siglas = {"RO", "AC", "AM", "RR", "PA", "AP", "TO", "MA", "PI",
                                     "CE", "RN", "PB", "PE", "AL", "SE", "BA", "MG", "ES",
                                     "RJ", "SP", "PR", "SC", "RS", "MS", "MT", "GO", "DF"};
  return siglas;
}

QString Geography::regionOfUf(const QString &sigla) {
  // ufSiglas() is in IBGE order, grouped by region: 7 Norte, 9 Nordeste,
  // 4 Sudeste, 3 Sul, 4 Centro-Oeste.
  static const int ends[] = {7, 16, 20, 23, 27};
  const int i = int(ufSiglas().indexOf(sigla));
  if (i < 0)
    return {};
  int r = 0;
  while (i >= ends[r])
    ++r;
  return regions().at(r);
}

bool Geography::isValidUfSigla(const QString &sigla) {
  return ufSiglas().contains(sigla);
}

void Geography::setPopulation(int municipalityCode, int year, double population) {
  auto &years = m_population[municipalityCode];
  if (years.empty() || years.back().first < year) {
    years.emplace_back(year, population);
    return;
  }
  auto at = std::lower_bound(years.begin(), years.end(), year,
                             [](const std::pair<int, double> &p, int y) { return p.first < y; });
  if (at != years.end() && at->first == year)
    at->second = population;
  else
    years.insert(at, {year, population});
}

double Geography::population(int municipalityCode, int year) const {
  auto it = m_population.constFind(municipalityCode);
  if (it == m_population.constEnd() || it->empty())
    return 0.0;
  const auto &years = it.value();
  auto hi = std::lower_bound(years.begin(), years.end(), year,
                             [](const std::pair<int, double> &p, int y) { return p.first < y; });
  if (hi != years.end() && hi->first == year)
    return hi->second;
  if (hi == years.begin())
    return hi->second;
  if (hi == years.end())
    return std::prev(hi)->second;
  auto lo = std::prev(hi);
  const double t = double(year - lo->first) / double(hi->first - lo->first);
  return lo->second + t * (hi->second - lo->second);
}

} // namespace epidesk
