#include "SeriesSelector.h"

namespace epidesk {

namespace {
// Trimmed, "all" spelled in lower case; nullopt for an empty item.
std::optional<QStringList> cleaned(const QStringList &in) {
  QStringList out;
  for (QString item : in) {
    item = item.trimmed();
    if (item.isEmpty())
      return std::nullopt;
    out << (SeriesSelector::isAll(item) ? QStringLiteral("all") : item);
  }
  return out;
}
} // namespace

std::optional<QStringList> SeriesSelector::items(const QString &text) {
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty())
    return QStringList{QStringLiteral("all")};
  return cleaned(trimmed.split(QLatin1Char(',')));
}

std::optional<QString> SeriesSelector::canonical(const QStringList &items) {
  std::optional<QStringList> out = cleaned(items);
  if (!out)
    return std::nullopt;
  out->sort();
  out->removeDuplicates();
  return out->isEmpty() ? QStringLiteral("all") : out->join(QLatin1Char(','));
}

} // namespace epidesk
