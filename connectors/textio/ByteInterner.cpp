#include "ByteInterner.h"
#include <cstring>

namespace epidesk {

ByteInterner::ByteInterner() : m_offsets{0}, m_table(256, -1) {}

uint64_t ByteInterner::hash(QByteArrayView bytes) {
  // 8 bytes at a time, multiply-xorshift mixing: plenty for names.
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ uint64_t(bytes.size());
  const char *p = bytes.data();
  qsizetype n = bytes.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  uint64_t w = 0;
  std::memcpy(&w, p, size_t(n));
  h = (h ^ w) * 0x94D049BB133111EBULL;
  return h ^ (h >> 29);
}

int ByteInterner::find(QByteArrayView bytes) const {
  const uint64_t h = hash(bytes);
  const size_t mask = m_table.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const int32_t id = m_table[i];
    if (id < 0)
      return -1;
    if (m_hashes[size_t(id)] == h && this->bytes(id) == bytes)
      return id;
  }
}

int ByteInterner::intern(QByteArrayView bytes, bool *added) {
  const uint64_t h = hash(bytes);
  size_t mask = m_table.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    const int32_t id = m_table[i];
    if (id < 0)
      break;
    if (m_hashes[size_t(id)] == h && this->bytes(id) == bytes) {
      if (added)
        *added = false;
      return id;
    }
  }
  const int id = size();
  m_arena.insert(m_arena.end(), bytes.data(), bytes.data() + bytes.size());
  m_offsets.push_back(uint32_t(m_arena.size()));
  m_hashes.push_back(h);
  m_table[i] = id;
  if (size_t(size()) * 2 > m_table.size())
    grow();
  if (added)
    *added = true;
  return id;
}

QByteArrayView ByteInterner::bytes(int id) const {
  const uint32_t begin = m_offsets[size_t(id)];
  return QByteArrayView(m_arena.data() + begin, qsizetype(m_offsets[size_t(id) + 1] - begin));
}

void ByteInterner::grow() {
  std::vector<int32_t> table(m_table.size() * 2, -1);
  const size_t mask = table.size() - 1;
  for (int id = 0; id < size(); ++id) {
    size_t i = m_hashes[size_t(id)] & mask;
    while (table[i] >= 0)
      i = (i + 1) & mask;
    table[i] = id;
  }
  m_table.swap(table);
}

} // namespace epidesk
