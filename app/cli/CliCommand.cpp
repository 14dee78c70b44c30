#include "CliCommand.h"

namespace epidesk::cli {

CliCommandRegistry &CliCommandRegistry::instance() {
  static CliCommandRegistry registry;
  return registry;
}

void CliCommandRegistry::add(const QString &name, Factory factory) {
  m_factories[name] = std::move(factory);
}

std::unique_ptr<CliCommand> CliCommandRegistry::create(const QString &name) const {
  auto it = m_factories.find(name);
  return it == m_factories.end() ? nullptr : it->second();
}

QStringList CliCommandRegistry::names() const {
  QStringList out;
  for (const auto &[name, factory] : m_factories)
    out << name;
  return out;
}

} // namespace epidesk::cli
