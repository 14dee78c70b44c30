#pragma once
#include "ForecastService.h"
#include "TrendTypes.h"
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// One parameter of a forecast job ({"kind":"forecast","params":{...}}).
struct ForecastParam {
  enum class Type { String, Integer, Date, Object, StringList };
  QString name; // the JSON key in params, also the 422 field "params.<name>"
  Type type = Type::String;
  QStringList choices;                            // String: the allowed values (empty: free text)
  int minimum = 0, maximum = 0;                   // Integer: inclusive range
  QJsonValue defaultValue{QJsonValue::Undefined}; // filled in when absent; undefined: none
  QString source;                                 // read only with this "source" (empty: always)
  QString description;                            // for the OpenAPI document (English, not translated)
  bool deprecated = false;
};

// The one description of a forecast job's parameters. From this table come
// the validation behind the cluster's 422 answers (field names and
// messages), the ForecastParams schema of the OpenAPI document, and the
// choices, ranges and defaults the CLI and the desktop offer. Bounds and
// model ids are ForecastRequest's (its fromJson checks its own fields), the
// indicator ids DistrictIndicator's.
class ForecastParamSchema {
public:
  // In validation order: ForecastRequest's fields, then where the series come from.
  static const QList<ForecastParam> &params();
  // The parameter of that name (a programming error when there is none).
  static const ForecastParam &param(const QString &name);

  // The params of a forecast job, normalised for a canonical cache key:
  // defaults filled in, unknown keys and the other source's keys dropped,
  // the selector canonical (the legacy "codes" becomes one). Errors are
  // "params.<field>: message"; the result is meaningful only without errors.
  static QJsonObject normalise(const QJsonObject &params, QStringList *errors);

  // The OpenAPI 3 schema object "ForecastParams".
  static QJsonObject openApi();
};

// A forecast job's params decoded: what the desktop sends and shows, and
// what a worker runs.
struct ForecastJobParams {
  ForecastQuery query;                // request, selector and (districts) indicator
  std::optional<TrendRequest> series; // source "trends": its series; nullopt: "districts"

  bool fromDistricts() const { return !series.has_value(); }
  // The params JSON (ForecastRequest JSON, source, series or indicator, selector).
  QJsonObject toJson() const;
  // Validated through ForecastParamSchema::normalise; nullopt with *errors when invalid.
  static std::optional<ForecastJobParams> fromJson(const QJsonObject &params, QStringList *errors = nullptr);
};

} // namespace epidesk
