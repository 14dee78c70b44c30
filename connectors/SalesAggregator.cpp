#include "SalesAggregator.h"
#include "Cp1252.h"
#include "Geography.h"
#include "MunicipalityMatcher.h"
#include <algorithm>
#include <cstring>

namespace epidesk {

// Open-addressing hash map from a packed 64-bit key to two counters: the hot
// path of the import, several times faster than std::unordered_map.
struct SalesAggregator::CountTable {
  struct Slot {
    quint64 key;
    qint64 count;
    qint64 units;
  };
  static constexpr quint64 empty = ~quint64(0);
  std::vector<Slot> cells;
  size_t used = 0;

  CountTable() : cells(1 << 12, Slot{empty, 0, 0}) {}

  static size_t hash(quint64 k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return size_t(k);
  }
  void add(quint64 key, qint64 units) {
    if ((used + 1) * 2 > cells.size())
      grow();
    const size_t mask = cells.size() - 1;
    for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      Slot &s = cells[i];
      if (s.key == key) {
        ++s.count;
        s.units += units;
        return;
      }
      if (s.key == empty) {
        s = Slot{key, 1, units};
        ++used;
        return;
      }
    }
  }
  void grow() {
    std::vector<Slot> old(cells.size() * 2, Slot{empty, 0, 0});
    old.swap(cells);
    const size_t mask = cells.size() - 1;
    for (const Slot &s : old) {
      if (s.key == empty)
        continue;
      size_t i = hash(s.key) & mask;
      while (cells[i].key != empty)
        i = (i + 1) & mask;
      cells[i] = s;
    }
  }
};

namespace {

// Key layouts. Period index: months since 1990-01 (< 2^11 up to 2100).
constexpr int kIdBits = 21;
constexpr quint64 kIdMask = (quint64(1) << kIdBits) - 1;

inline int periodIndex(int year, int month) { return (year - 1990) * 12 + (month - 1); }
inline int periodFromIndex(int index) { return (1990 + index / 12) * 100 + index % 12 + 1; }

inline quint64 salesKey(int period, int place, int ingredient) {
  return (quint64(period) << (2 * kIdBits)) | (quint64(place) << kIdBits) | quint64(ingredient);
}
// period(11) | ufIndex(5) | ingredient(21) | sex(2) | ageBand(4) | receipt(3)
inline quint64 profileKey(int period, int ufIndex, int ingredient, int sex, int ageBand, int receipt) {
  return (quint64(period) << 35) | (quint64(ufIndex) << 30) | (quint64(ingredient) << 9) |
         (quint64(sex) << 7) | (quint64(ageBand) << 3) | quint64(receipt);
}

int ageBand(double age, int unit) {
  if (age < 0 || unit == 0)
    return AgeUnknown;
  const double years = unit == 2 ? age / 12.0 : age;
  static constexpr double upper[] = {5, 15, 25, 35, 45, 55, 65};
  for (int i = 0; i < 7; ++i)
    if (years < upper[i])
      return Age0to4 + i;
  return Age65plus;
}

inline bool sameBytes(QByteArrayView a, QByteArrayView b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(b.size())) == 0;
}

QString decodeName(QByteArrayView raw) { return Cp1252::toUnicode(raw).simplified(); }

} // namespace

SalesAggregator::SalesAggregator(const MunicipalityMatcher &matcher)
    : m_matcher(matcher), m_sales(std::make_unique<CountTable>()), m_profile(std::make_unique<CountTable>()) {
  const QStringList &siglas = Geography::ufSiglas();
  for (int i = 0; i < siglas.size() && i < 27; ++i)
    m_ufCodes[i] = matcher.ufCode(siglas[i]);
}

SalesAggregator::~SalesAggregator() = default;

int SalesAggregator::internIngredient(QByteArrayView raw) {
  if (m_lastIngredient >= 0 && sameBytes(m_lastIngredientRaw, raw))
    return m_lastIngredient;
  const QByteArray probe = QByteArray::fromRawData(raw.data(), raw.size()); // no copy
  auto it = m_ingredientByRaw.constFind(probe);
  int id;
  if (it != m_ingredientByRaw.constEnd()) {
    id = it.value();
    m_lastIngredientRaw = it.key(); // the hash keeps these bytes alive
  } else {
    const QString name = decodeName(raw);
    id = m_ingredientByName.value(name, -1);
    if (id < 0) {
      id = int(m_ingredients.size());
      m_ingredients.append(name);
      m_ingredientByName.insert(name, id);
    }
    const QByteArray key = raw.toByteArray();
    m_ingredientByRaw.insert(key, id);
    m_lastIngredientRaw = key;
  }
  m_lastIngredient = id;
  return id;
}

int SalesAggregator::placeId(int ufCode, int municipalityCode) {
  const qint64 key = (qint64(ufCode) << 32) | quint32(municipalityCode);
  auto it = m_placeByCodes.constFind(key);
  if (it != m_placeByCodes.constEnd())
    return it.value();
  const int id = int(m_places.size());
  m_places.emplace_back(ufCode, municipalityCode);
  m_placeByCodes.insert(key, id);
  return id;
}

const SalesAggregator::PlaceRef &SalesAggregator::resolvePlace(int ufIndex, QByteArrayView raw) {
  if (m_lastPlace && m_lastUfIndex == ufIndex && sameBytes(m_lastNameRaw, raw))
    return *m_lastPlace;
  const QByteArray probe = QByteArray::fromRawData(raw.data(), raw.size());
  auto it = m_nameByRaw.constFind(probe);
  int nameId;
  if (it != m_nameByRaw.constEnd()) {
    nameId = it.value();
    m_lastNameRaw = it.key(); // the hash keeps these bytes alive
  } else {
    nameId = int(m_placeByName.size());
    m_placeByName.emplace_back();
    const QByteArray key = raw.toByteArray();
    m_nameByRaw.insert(key, nameId);
    m_lastNameRaw = key;
  }
  PlaceRef &ref = m_placeByName[size_t(nameId)][size_t(ufIndex)];
  if (ref.place < 0) {
    const int ufCode = m_ufCodes[size_t(ufIndex)];
    const QString name = decodeName(raw);
    const int code = m_matcher.match(ufCode, name);
    ref.place = placeId(ufCode, code);
    if (code == 0) {
      ref.unmatched = int(m_unmatched.size());
      m_unmatched.push_back({ufCode, Geography::ufSiglas().value(ufIndex), name, 0});
    }
  }
  m_lastUfIndex = ufIndex;
  m_lastPlace = &ref;
  return ref;
}

void SalesAggregator::record(const AnvisaRecord &r) {
  const int ingredient = internIngredient(r.ingredient);
  const PlaceRef &place = resolvePlace(r.ufIndex, r.municipality);
  if (place.unmatched >= 0)
    ++m_unmatched[size_t(place.unmatched)].rows;
  const int period = periodIndex(r.year, r.month);
  m_sales->add(salesKey(period, place.place, ingredient), r.quantity);
  m_profile->add(profileKey(period, r.ufIndex, ingredient, r.sex, ageBand(r.age, r.ageUnit), r.receiptType),
                 r.quantity);
}

void SalesAggregator::quarantine(QuarantineEntry &&entry) {
  if (m_quarantine.size() < size_t(maxQuarantineDetails))
    m_quarantine.push_back(std::move(entry));
}

void SalesAggregator::takeInto(FileLoad &load) {
  load.ingredients = m_ingredients;
  load.sales.clear();
  load.sales.reserve(m_sales->used);
  for (const CountTable::Slot &s : m_sales->cells) {
    if (s.key == CountTable::empty)
      continue;
    const auto &place = m_places[size_t((s.key >> kIdBits) & kIdMask)];
    load.sales.push_back({periodFromIndex(int(s.key >> (2 * kIdBits))), place.first, place.second,
                          int(s.key & kIdMask), s.count, s.units});
  }
  // Sorted like the store's query index so inserts stay local.
  std::sort(load.sales.begin(), load.sales.end(), [](const SalesMonthRow &a, const SalesMonthRow &b) {
    return std::tie(a.ingredient, a.period, a.ufCode, a.municipalityCode) <
           std::tie(b.ingredient, b.period, b.ufCode, b.municipalityCode);
  });
  load.profile.clear();
  load.profile.reserve(m_profile->used);
  for (const CountTable::Slot &s : m_profile->cells) {
    if (s.key == CountTable::empty)
      continue;
    SalesProfileRow row;
    row.period = periodFromIndex(int(s.key >> 35));
    row.ufCode = m_ufCodes[size_t((s.key >> 30) & 31)];
    row.ingredient = int((s.key >> 9) & kIdMask);
    row.sex = int((s.key >> 7) & 3);
    row.ageBand = int((s.key >> 3) & 15);
    row.receiptType = int(s.key & 7);
    row.prescriptions = s.count;
    row.units = s.units;
    load.profile.push_back(row);
  }
  std::sort(load.profile.begin(), load.profile.end(), [](const SalesProfileRow &a, const SalesProfileRow &b) {
    return std::tie(a.ingredient, a.period, a.ufCode, a.sex, a.ageBand, a.receiptType) <
           std::tie(b.ingredient, b.period, b.ufCode, b.sex, b.ageBand, b.receiptType);
  });
  load.unmatched.clear();
  for (const UnmatchedMunicipality &u : m_unmatched)
    if (u.rows > 0)
      load.unmatched.push_back(u);
  load.quarantine = std::move(m_quarantine);
  m_quarantine.clear();
}

} // namespace epidesk
