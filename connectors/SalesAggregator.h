#pragma once
#include "AnvisaReader.h"
#include "FileLoad.h"
#include <QByteArray>
#include <QHash>
#include <array>
#include <memory>
#include <vector>

namespace epidesk {

class MunicipalityMatcher;

// Sums the records of one file into the sales marts with integer keys.
// Repeated text (municipality, ingredient) is interned by its raw bytes, so
// decoding and name matching happen once per distinct value.
class SalesAggregator : public AnvisaRecordHandler {
public:
  static constexpr int maxQuarantineDetails = 200000; // per file; all rows are still counted

  explicit SalesAggregator(const MunicipalityMatcher &matcher);
  ~SalesAggregator() override;

  void record(const AnvisaRecord &r) override;
  void quarantine(QuarantineEntry &&entry) override;

  // Moves the aggregates into load (ingredients, sales, profile, unmatched, quarantine).
  void takeInto(FileLoad &load);

private:
  struct PlaceRef {
    int place = -1;     // index into m_places; -1 = not resolved yet
    int unmatched = -1; // index into m_unmatched when the name is not matched
  };
  struct CountTable;

  int internIngredient(QByteArrayView raw);
  const PlaceRef &resolvePlace(int ufIndex, QByteArrayView raw);
  int placeId(int ufCode, int municipalityCode);

  const MunicipalityMatcher &m_matcher;
  std::array<int, 27> m_ufCodes{}; // ufIndex -> IBGE code

  QHash<QByteArray, int> m_ingredientByRaw;
  QHash<QString, int> m_ingredientByName;
  QStringList m_ingredients;
  QByteArrayView m_lastIngredientRaw; // bytes owned by a key of m_ingredientByRaw
  int m_lastIngredient = -1;

  QHash<QByteArray, int> m_nameByRaw;
  std::vector<std::array<PlaceRef, 27>> m_placeByName; // name id x ufIndex
  QByteArrayView m_lastNameRaw; // bytes owned by a key of m_nameByRaw
  int m_lastUfIndex = -1;
  const PlaceRef *m_lastPlace = nullptr;

  std::vector<std::pair<int, int>> m_places; // (uf code, municipality code)
  QHash<qint64, int> m_placeByCodes;
  std::vector<UnmatchedMunicipality> m_unmatched;

  std::unique_ptr<CountTable> m_sales;
  std::unique_ptr<CountTable> m_profile;
  std::vector<QuarantineEntry> m_quarantine;
};

} // namespace epidesk
