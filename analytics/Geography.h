#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace epidesk {

// Brazilian administrative geography: state (UF) and municipality codes,
// macro-regions, and population by municipality and year.
struct UfInfo {
  int code = 0;   // IBGE state code, e.g. 31
  QString sigla;  // "MG"
  QString name;   // "Minas Gerais"
  QString region; // "Sudeste"
};

struct MunicipalityInfo {
  int code = 0; // 7-digit IBGE code
  int ufCode = 0;
  QString name; // with accents, mixed case
};

class Geography {
public:
  void addUf(const UfInfo &uf);
  void addMunicipality(const MunicipalityInfo &m);

  const UfInfo *uf(int code) const;
  const UfInfo *ufBySigla(const QString &sigla) const;
  const MunicipalityInfo *municipality(int code) const;
  const QHash<int, UfInfo> &ufs() const { return m_ufs; }
  const QHash<int, MunicipalityInfo> &municipalities() const { return m_munis; }

  // The five macro-regions in IBGE order.
  static QStringList regions();
  // The 27 UF abbreviations (fixed list, independent of loaded data).
  static const QStringList &ufSiglas();
  static bool isValidUfSigla(const QString &sigla);
  // The macro-region of a UF ("MG" -> "Sudeste"); empty for an unknown sigla.
  static QString regionOfUf(const QString &sigla);

  // A 7-digit IBGE municipality code starts with its state's 2-digit code.
  static constexpr int municipalityCodesPerState = 100000;
  static constexpr int stateOfMunicipality(int municipalityCode) {
    return municipalityCode / municipalityCodesPerState;
  }
  // The state of a sales cell: its own state code, or its municipality's when
  // the cell has none (0). Cells of unmatched municipality names (code 0)
  // carry their state, so they count for it.
  static constexpr int stateOf(int ufCode, int municipalityCode) {
    return ufCode ? ufCode : stateOfMunicipality(municipalityCode);
  }
  // stateOf() in SQL over the columns uf_code and municipality_code; the
  // same text in SQLite and PostgreSQL (integer division in both).
  static const std::string &stateOfSql();

  // Population of a municipality in a year (0 when unknown). Missing years
  // (2007 and 2010 are census years absent from the estimates) are
  // interpolated linearly; years outside the table take the nearest year.
  // Years before a municipality existed hold 0 (IBGE's "..."), so linear
  // interpolation of a state's sum equals the sum of the interpolations.
  void setPopulation(int municipalityCode, int year, double population);
  double population(int municipalityCode, int year) const;
  bool hasPopulation() const { return !m_population.isEmpty(); }
  // Every municipality with an estimate, with or without a boundary: the
  // denominators of states, regions and the country sum over these.
  QList<int> populationCodes() const { return m_population.keys(); }

private:
  QHash<int, UfInfo> m_ufs;
  QHash<QString, int> m_ufBySigla;
  QHash<int, MunicipalityInfo> m_munis;
  // code -> (year, people) sorted by year: stores list them in (code, year)
  // order, so loading 100 k rows appends, with one allocation per municipality.
  QHash<int, std::vector<std::pair<int, double>>> m_population;
};

} // namespace epidesk
