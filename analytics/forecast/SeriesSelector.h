#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// Which series a forecast covers, as the CLI (--series), the desktop and
// cluster jobs ("selector") write it: "all" (or empty), a code ("0201",
// "PL", "MG"), a prefix ("02*") or a comma list of those. The one parser
// of that text: ForecastService picks the series with it, the job request
// canonicalises it for the cache key and the job limits bound its size.
class SeriesSelector {
public:
  // The items, trimmed, "all" in lower case (any case is accepted); empty
  // text = {"all"}. nullopt for an empty item ("MG,,SP").
  static std::optional<QStringList> items(const QString &text);
  // Items (as from items(), or codes given one by one) in canonical form:
  // trimmed, sorted, without duplicates, joined by commas; no items = "all".
  // nullopt for an empty item. Any order of the same items selects the same
  // series, so they share one cache key.
  static std::optional<QString> canonical(const QStringList &items);
  static bool isAll(const QString &item) {
    return item.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
  }
  static bool isPrefix(const QString &item) { return item.endsWith(QLatin1Char('*')); }
};

} // namespace epidesk
