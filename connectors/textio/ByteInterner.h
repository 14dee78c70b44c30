#pragma once
#include <QByteArrayView>
#include <cstdint>
#include <vector>

namespace epidesk {

// Maps distinct byte strings to dense ids 0, 1, 2... with a cheap hash (the
// import hot path looks up two strings per row; qHash's SipHash is several
// times slower for these short keys). The bytes are copied into an arena: a
// view from bytes() is valid until the next intern() of a new string.
class ByteInterner {
public:
  ByteInterner();
  // Id of bytes, or -1 when not interned yet.
  int find(QByteArrayView bytes) const;
  // Id of bytes, adding them when new; *added tells which.
  int intern(QByteArrayView bytes, bool *added = nullptr);
  QByteArrayView bytes(int id) const;
  int size() const { return int(m_offsets.size()) - 1; }

private:
  static uint64_t hash(QByteArrayView bytes);
  void grow();

  std::vector<char> m_arena;
  std::vector<uint32_t> m_offsets; // id -> start in arena; one extra at the end
  std::vector<uint64_t> m_hashes;  // id -> hash
  std::vector<int32_t> m_table;    // open addressing: id or -1
};

} // namespace epidesk
