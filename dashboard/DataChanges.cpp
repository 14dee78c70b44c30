#include "DataChanges.h"
#include <QJsonArray>
#include <map>

namespace epidesk {

DataChanges DataChanges::between(const DataSnapshot &saved, const DataSnapshot &current) {
  DataChanges c;
  if (saved.version == current.version)
    return c;
  std::map<QString, const DataFileRecord *> before, after;
  for (const DataFileRecord &r : saved.files)
    before[r.fileName] = &r;
  for (const DataFileRecord &r : current.files)
    after[r.fileName] = &r;
  for (const auto &[name, record] : after) {
    const auto it = before.find(name);
    if (it == before.end())
      c.added.append(name);
    else if (!(*it->second == *record))
      c.replaced.append(name);
  }
  for (const auto &[name, record] : before)
    if (!after.count(name))
      c.removed.append(name);
  return c;
}

QString DataChanges::describe() const {
  QStringList parts;
  const QString sep = QStringLiteral(", ");
  if (!added.isEmpty())
    parts.append(tr("%n file(s) added (%1)", nullptr, int(added.size())).arg(added.join(sep)));
  if (!replaced.isEmpty())
    parts.append(tr("%n file(s) replaced (%1)", nullptr, int(replaced.size())).arg(replaced.join(sep)));
  if (!removed.isEmpty())
    parts.append(tr("%n file(s) removed (%1)", nullptr, int(removed.size())).arg(removed.join(sep)));
  return parts.join(QStringLiteral("; "));
}

QJsonObject DataChanges::toJson() const {
  return QJsonObject{{"added", QJsonArray::fromStringList(added)},
                     {"replaced", QJsonArray::fromStringList(replaced)},
                     {"removed", QJsonArray::fromStringList(removed)}};
}

} // namespace epidesk
