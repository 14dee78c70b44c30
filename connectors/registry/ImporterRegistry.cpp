#include "ImporterRegistry.h"
#include "AnvisaImporter.h"
#include "CovidPlImporter.h"

namespace epidesk {

ImporterRegistry::ImporterRegistry() {
  // Registered here rather than by static initializers, which a static library may drop.
  add(QStringLiteral("anvisa"), [] { return std::make_unique<AnvisaImporter>(); });
  add(QStringLiteral("covid-pl"), [] { return std::make_unique<CovidPlImporter>(); });
}

ImporterRegistry &ImporterRegistry::instance() {
  static ImporterRegistry registry;
  return registry;
}

void ImporterRegistry::add(const QString &format, Factory factory) {
  m_factories[format.toLower()] = std::move(factory);
}

std::unique_ptr<Importer> ImporterRegistry::create(const QString &format) const {
  auto it = m_factories.find(format.toLower());
  return it == m_factories.end() ? nullptr : it->second();
}

QStringList ImporterRegistry::formats() const {
  QStringList out;
  for (const auto &f : m_factories)
    out.append(f.first);
  return out;
}

} // namespace epidesk
