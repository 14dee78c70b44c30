#include "map/BoundaryCache.h"
#include "OgrBoundaryReader.h"
#include <QCoreApplication>
#include <QMutexLocker>

namespace epidesk {

BoundaryCache &BoundaryCache::instance() {
  static BoundaryCache cache;
  return cache;
}

FeatureCollectionPtr BoundaryCache::get(const BoundarySource &source, QString *error) {
  if (source.path.isEmpty()) {
    if (error)
      *error = QCoreApplication::translate("epidesk::BoundaryCache", "The data source has no boundaries.");
    return nullptr;
  }
  const QString key =
      QStringList{source.path, source.layer, source.codeField, source.nameField}.join(QChar(0));
  {
    QMutexLocker lock(&m_mutex);
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
      return it.value();
  }
  // Read outside the lock: a slow municipality read must not block UF lookups.
  OgrBoundaryReader reader;
  std::optional<FeatureCollection> features = reader.read(source, error);
  if (!features)
    return nullptr;
  auto shared = std::make_shared<const FeatureCollection>(std::move(*features));
  QMutexLocker lock(&m_mutex);
  return *m_cache.insert(key, m_cache.value(key, shared)); // first reader wins
}

void BoundaryCache::clear() {
  QMutexLocker lock(&m_mutex);
  m_cache.clear();
}

} // namespace epidesk
