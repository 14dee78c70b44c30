#pragma once
#include "AnvisaReader.h"
#include "ByteInterner.h"
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
  static constexpr int maxQuarantineDetails = 100000; // per file; all rows are still counted

  explicit SalesAggregator(const MunicipalityMatcher &matcher);
  ~SalesAggregator() override;

  void record(const AnvisaRecord &r) override;
  void quarantine(QuarantineEntry &&entry) override;

  // Moves the aggregates into load (ingredients, sales, profile, unmatched,
  // quarantine); false when a sum did not fit in 64 bits (the load is unusable).
  bool takeInto(FileLoad &load);

private:
  struct PlaceRef {
    int place = -1;     // index into m_places; -1 = not resolved yet
    int unmatched = -1; // index into m_unmatched when the name is not matched
  };
  struct CountTable;
  struct Pending {
    quint64 salesKey;
    quint64 profileKey;
    qint64 units;
  };
  void flushPending();

  int internIngredient(QByteArrayView raw, TextEncoding encoding);
  const PlaceRef &resolvePlace(int ufIndex, QByteArrayView raw, TextEncoding encoding);
  int placeId(int ufCode, int municipalityCode);

  const MunicipalityMatcher &m_matcher;
  std::array<int, 27> m_ufCodes{}; // ufIndex -> IBGE code

  // Raw bytes -> raw id -> ingredient index (two spellings may decode alike).
  ByteInterner m_ingredientRaw;
  std::vector<int> m_ingredientOfRaw;
  QHash<QString, int> m_ingredientByName;
  QStringList m_ingredients;
  int m_lastIngredientRaw = -1; // consecutive rows often repeat a value

  ByteInterner m_nameRaw;
  std::vector<std::array<PlaceRef, 27>> m_placeByName; // raw name id x ufIndex
  int m_lastNameRaw = -1;
  int m_lastUfIndex = -1;

  std::vector<std::pair<int, int>> m_places; // (uf code, municipality code)
  QHash<qint64, int> m_placeByCodes;
  std::vector<UnmatchedMunicipality> m_unmatched;

  std::unique_ptr<CountTable> m_sales;
  std::unique_ptr<CountTable> m_profile;
  // Keys wait here a few rows after their slots were prefetched, so the
  // cache misses of many rows overlap instead of stalling one by one.
  static constexpr int pendingSize = 16;
  std::array<Pending, pendingSize> m_pending;
  int m_pendingCount = 0;
  std::vector<QuarantineEntry> m_quarantine;
};

} // namespace epidesk
