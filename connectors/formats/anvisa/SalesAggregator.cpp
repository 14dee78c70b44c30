#include "SalesAggregator.h"
#include "CountField.h"
#include "Geography.h"
#include "MunicipalityMatcher.h"
#include "Period.h"
#include <algorithm>
#include <cstdlib>
#include <cstring>
#ifdef __linux__
#include <sys/mman.h>
#endif

namespace epidesk {

// Open-addressing hash map from a packed 64-bit key to two counters: the hot
// path of the import. Big tables ask for transparent huge pages: with random
// keys every row costs a cache miss, and TLB misses would double it.
struct SalesAggregator::CountTable {
  struct Slot {
    quint64 key;
    qint64 count;
    qint64 units;
  };
  static constexpr quint64 empty = ~quint64(0);
  Slot *cells = nullptr;
  size_t capacity = 0;
  size_t used = 0;
  // AnvisaReader bounds each file's total quantity, so this cannot trip for
  // its records; checked anyway so no feeder can wrap a sum silently.
  bool overflow = false;

  CountTable() { allocate(1 << 12); }
  ~CountTable() { std::free(cells); }
  CountTable(const CountTable &) = delete;
  CountTable &operator=(const CountTable &) = delete;

  void allocate(size_t n) {
    constexpr size_t hugePage = 2 << 20;
    const size_t bytes = n * sizeof(Slot);
    const size_t alignedBytes = (bytes + hugePage - 1) / hugePage * hugePage;
    cells = static_cast<Slot *>(std::aligned_alloc(hugePage, alignedBytes));
    if (!cells)
      throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    if (bytes >= hugePage)
      madvise(cells, alignedBytes, MADV_HUGEPAGE);
#endif
    capacity = n;
    std::fill(cells, cells + n, Slot{empty, 0, 0});
  }
  static size_t hash(quint64 k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return size_t(k);
  }
  const Slot *slotFor(quint64 key) const {
    return cells + (hash(key) & (capacity - 1));
  }
  void add(quint64 key, qint64 count, qint64 units) {
    if ((used + 1) * 2 > capacity)
      grow();
    const size_t mask = capacity - 1;
    for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      Slot &s = cells[i];
      if (s.key == key) {
        overflow |= !checkedAdd(s.count, count) || !checkedAdd(s.units, units);
        return;
      }
      if (s.key == empty) {
        s = Slot{key, count, units};
        ++used;
        return;
      }
    }
  }
  void grow() {
    Slot *old = cells;
    const size_t oldCapacity = capacity;
    allocate(capacity * 2);
    used = 0;
    for (size_t i = 0; i < oldCapacity; ++i)
      if (old[i].key != empty)
        add(old[i].key, old[i].count, old[i].units);
    std::free(old);
  }
  template <typename F> void forEach(F f) const {
    for (size_t i = 0; i < capacity; ++i)
      if (cells[i].key != empty)
        f(cells[i]);
  }
};

namespace {

// Key layouts. Period index: months since 1990-01 (< 2^11 up to 2100).
constexpr int kIdBits = 21;
constexpr quint64 kIdMask = (quint64(1) << kIdBits) - 1;

constexpr int kFirstMonth = monthIndex(1990, 1);
inline int periodIndex(int year, int month) {
  return monthIndex(year, month) - kFirstMonth;
}
inline int periodFromIndex(int index) {
  return MonthKey::fromIndex(kFirstMonth + index);
}

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

QString decodeName(QByteArrayView raw, TextEncoding encoding) {
  return decodeText(raw, encoding).simplified();
}

} // namespace

SalesAggregator::SalesAggregator(const MunicipalityMatcher &matcher)
    : m_matcher(matcher), m_sales(std::make_unique<CountTable>()), m_profile(std::make_unique<CountTable>()) {
  const QStringList &siglas = Geography::ufSiglas();
  for (int i = 0; i < siglas.size() && i < 27; ++i)
    m_ufCodes[i] = matcher.ufCode(siglas[i]);
}

SalesAggregator::~SalesAggregator() = default;

int SalesAggregator::internIngredient(QByteArrayView raw, TextEncoding encoding) {
  if (m_lastIngredientRaw >= 0 && m_ingredientRaw.bytes(m_lastIngredientRaw) == raw)
    return m_ingredientOfRaw[size_t(m_lastIngredientRaw)];
  bool added = false;
  const int rawId = m_ingredientRaw.intern(raw, &added);
  if (added) {
    const QString name = decodeName(raw, encoding);
    int id = m_ingredientByName.value(name, -1);
    if (id < 0) {
      id = int(m_ingredients.size());
      m_ingredients.append(name);
      m_ingredientByName.insert(name, id);
    }
    m_ingredientOfRaw.push_back(id);
  }
  m_lastIngredientRaw = rawId;
  return m_ingredientOfRaw[size_t(rawId)];
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

const SalesAggregator::PlaceRef &SalesAggregator::resolvePlace(int ufIndex, QByteArrayView raw,
                                                               TextEncoding encoding) {
  int nameId = m_lastNameRaw;
  if (nameId < 0 || m_nameRaw.bytes(nameId) != raw) {
    bool added = false;
    nameId = m_nameRaw.intern(raw, &added);
    if (added)
      m_placeByName.emplace_back();
    m_lastNameRaw = nameId;
  }
  PlaceRef &ref = m_placeByName[size_t(nameId)][size_t(ufIndex)];
  if (ref.place < 0) {
    const int ufCode = m_ufCodes[size_t(ufIndex)];
    const QString name = decodeName(raw, encoding);
    const int code = m_matcher.match(ufCode, name);
    ref.place = placeId(ufCode, code);
    if (code == 0) {
      ref.unmatched = int(m_unmatched.size());
      m_unmatched.push_back({ufCode, Geography::ufSiglas().value(ufIndex), name, 0});
    }
  }
  return ref;
}

void SalesAggregator::record(const AnvisaRecord &r) {
  // Raw bytes are interned per file, and a file has one encoding.
  const int ingredient = internIngredient(r.ingredient, r.encoding);
  const PlaceRef &place = resolvePlace(r.ufIndex, r.municipality, r.encoding);
  if (place.unmatched >= 0)
    ++m_unmatched[size_t(place.unmatched)].rows;
  const int period = periodIndex(r.year, r.month);
  Pending &p = m_pending[size_t(m_pendingCount++)];
  p.salesKey = salesKey(period, place.place, ingredient);
  p.profileKey = profileKey(period, r.ufIndex, ingredient, r.sex, ageBand(r.age, r.ageUnit), r.receiptType);
  p.units = r.quantity;
  __builtin_prefetch(m_sales->slotFor(p.salesKey), 1);
  __builtin_prefetch(m_profile->slotFor(p.profileKey), 1);
  if (m_pendingCount == pendingSize)
    flushPending();
}

void SalesAggregator::flushPending() {
  for (int i = 0; i < m_pendingCount; ++i) {
    m_sales->add(m_pending[size_t(i)].salesKey, 1, m_pending[size_t(i)].units);
    m_profile->add(m_pending[size_t(i)].profileKey, 1, m_pending[size_t(i)].units);
  }
  m_pendingCount = 0;
}

void SalesAggregator::quarantine(QuarantineEntry &&entry) {
  if (m_quarantine.size() < size_t(maxQuarantineDetails))
    m_quarantine.push_back(std::move(entry));
}

bool SalesAggregator::takeInto(FileLoad &load) {
  flushPending();
  if (m_sales->overflow || m_profile->overflow)
    return false;
  load.ingredients = m_ingredients;
  load.sales.clear();
  load.sales.reserve(m_sales->used);
  m_sales->forEach([&](const CountTable::Slot &s) {
    const auto &place = m_places[size_t((s.key >> kIdBits) & kIdMask)];
    load.sales.push_back({periodFromIndex(int(s.key >> (2 * kIdBits))), place.first, place.second,
                          int(s.key & kIdMask), s.count, s.units});
  });
  // Sorted like the store's query index so inserts stay local.
  std::sort(load.sales.begin(), load.sales.end(), [](const SalesMonthRow &a, const SalesMonthRow &b) {
    return std::tie(a.ingredient, a.period, a.ufCode, a.municipalityCode) <
           std::tie(b.ingredient, b.period, b.ufCode, b.municipalityCode);
  });
  load.profile.clear();
  load.profile.reserve(m_profile->used);
  m_profile->forEach([&](const CountTable::Slot &s) {
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
  });
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
  return true;
}

} // namespace epidesk
