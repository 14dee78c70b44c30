#pragma once
#include "Classifier.h"
#include <QStringList>
#include <memory>

namespace epidesk {

// Classification modes by id: "quantile", "equal_interval", "jenks" (in
// menu order). Stateless: classifiers are cheap to create.
class ClassifierRegistry {
public:
  static QStringList ids();
  static QString defaultId() { return QStringLiteral("quantile"); }
  static QString displayName(const QString &id); // translated, empty if unknown
  // nullptr for an unknown id.
  static std::unique_ptr<Classifier> create(const QString &id);
};

} // namespace epidesk
