#include "DashboardDocument.h"
#include "DataSource.h"
#include "DataVersion.h"
#include "JsonFields.h"
#include "PanelKinds.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QtEndian>
#include <algorithm>
#include <tuple>

namespace epidesk {

namespace {

QString tr(const char *text) {
  return QCoreApplication::translate("epidesk::DashboardDocument", text);
}

constexpr int kMaxPanels = 64;
constexpr int kMaxSavedResults = 64;
constexpr int kMaxYear = 9999;

QJsonArray toArray(const QStringList &list) {
  return QJsonArray::fromStringList(list);
}

QJsonObject filterJson(const DashboardFilter &f) {
  QJsonObject o;
  o[QStringLiteral("ingredient")] = f.ingredient;
  o[QStringLiteral("places")] = toArray(f.places);
  o[QStringLiteral("from_year")] = f.fromYear;
  o[QStringLiteral("to_year")] = f.toYear;
  return o;
}

DashboardFilter readFilter(const JsonFields &f) {
  f.rejectUnknown({"ingredient", "places", "from_year", "to_year"});
  DashboardFilter out;
  out.ingredient = f.string(QStringLiteral("ingredient"));
  out.places = f.strings(QStringLiteral("places"));
  out.fromYear = f.integer(QStringLiteral("from_year"), 0, kMaxYear, 0);
  out.toYear = f.integer(QStringLiteral("to_year"), 0, kMaxYear, 0);
  if (out.fromYear && out.toYear && out.fromYear > out.toYear)
    f.fail(QStringLiteral("to_year"), tr("must not be before from_year"));
  return out;
}

QJsonObject snapshotJson(const DataSnapshot &s) {
  QJsonArray files;
  for (const DataFileRecord &r : s.files)
    files.append(QJsonObject{{"file", r.fileName},
                             {"imported_at", r.importedAt},
                             {"rows_read", double(r.rowsRead)},
                             {"rows_loaded", double(r.rowsLoaded)},
                             {"rows_quarantined", double(r.rowsQuarantined)}});
  return QJsonObject{{"version", s.version}, {"files", files}};
}

DataSnapshot readSnapshot(const JsonFields &f, QStringList *errors) {
  f.rejectUnknown({"version", "files"});
  DataSnapshot out;
  out.version = f.string(QStringLiteral("version"));
  const QJsonArray files = f.array(QStringLiteral("files"));
  for (int i = 0; i < files.size() && errors->isEmpty(); ++i) {
    const QString key = QStringLiteral("files[%1]").arg(i);
    if (!files.at(i).isObject()) {
      f.fail(key, tr("must be an object"));
      break;
    }
    const JsonFields ff(files.at(i).toObject(), f.fieldPath(key), errors);
    ff.rejectUnknown({"file", "imported_at", "rows_read", "rows_loaded", "rows_quarantined"});
    DataFileRecord r;
    r.fileName = ff.string(QStringLiteral("file"), true);
    r.importedAt = ff.string(QStringLiteral("imported_at"));
    r.rowsRead = ff.count(QStringLiteral("rows_read"));
    r.rowsLoaded = ff.count(QStringLiteral("rows_loaded"));
    r.rowsQuarantined = ff.count(QStringLiteral("rows_quarantined"));
    out.files.push_back(r);
  }
  return out;
}

QJsonArray savedResultsJson(const std::vector<SavedResult> &results) {
  QJsonArray list;
  for (const SavedResult &r : results)
    list.append(QJsonObject{{"family", r.family}, {"inputs", r.inputs}, {"value", r.value}});
  return list;
}

bool isSha256Hex(const QString &text) {
  static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
  return hex.match(text).hasMatch();
}

std::vector<SavedResult> readSavedResults(const JsonFields &top, QStringList *errors) {
  std::vector<SavedResult> out;
  const QJsonArray list = top.array(QStringLiteral("saved_results"));
  if (list.size() > kMaxSavedResults)
    top.fail(QStringLiteral("saved_results"), tr("more than %1 saved results").arg(kMaxSavedResults));
  for (int i = 0; i < list.size() && errors->isEmpty(); ++i) {
    const QString path = QStringLiteral("saved_results[%1]").arg(i);
    if (!list.at(i).isObject()) {
      top.fail(path, tr("must be an object"));
      break;
    }
    const JsonFields rf(list.at(i).toObject(), path, errors);
    rf.rejectUnknown({"family", "inputs", "value"});
    SavedResult r;
    r.family = rf.string(QStringLiteral("family"), true);
    r.inputs = rf.string(QStringLiteral("inputs"), true);
    r.value = rf.object(QStringLiteral("value"), true);
    if (!errors->isEmpty())
      break;
    if (r.family.isEmpty())
      rf.fail(QStringLiteral("family"), tr("must not be empty"));
    else if (!isSha256Hex(r.inputs))
      rf.fail(QStringLiteral("inputs"), tr("must be a SHA-256 in 64 lower-case hex digits"));
    else if (!out.empty() && !(std::tie(out.back().family, out.back().inputs) < std::tie(r.family, r.inputs)))
      rf.fail(QStringLiteral("inputs"), tr("saved results must be sorted by family and inputs, each once"));
    out.push_back(r);
  }
  return out;
}

} // namespace

QJsonObject SavedResult::pack(const QJsonObject &result) {
  const QByteArray packed = qCompress(QJsonDocument(result).toJson(QJsonDocument::Compact), 9);
  return {{"zlib_json", QString::fromLatin1(packed.toBase64())}};
}

std::optional<QJsonObject> SavedResult::unpack(const QJsonObject &value) {
  constexpr quint32 kMaxBytes = 64u << 20;
  auto bytes = QByteArray::fromBase64Encoding(value.value(QStringLiteral("zlib_json")).toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
  // qCompress puts the expanded size first, big-endian: checked before expanding.
  if (!bytes || (*bytes).size() < 4 || qFromBigEndian<quint32>((*bytes).constData()) > kMaxBytes)
    return std::nullopt;
  QJsonParseError error;
  const QJsonDocument json = QJsonDocument::fromJson(qUncompress(*bytes), &error);
  if (error.error != QJsonParseError::NoError || !json.isObject())
    return std::nullopt;
  return json.object();
}

std::vector<SavedResult> SavedResult::normalised(std::vector<SavedResult> results) {
  // Stable: of equal (family, inputs), the first given is kept.
  std::stable_sort(results.begin(), results.end(), [](const SavedResult &a, const SavedResult &b) {
    return std::tie(a.family, a.inputs) < std::tie(b.family, b.inputs);
  });
  results.erase(std::unique(results.begin(), results.end(),
                            [](const SavedResult &a, const SavedResult &b) {
                              return a.family == b.family && a.inputs == b.inputs;
                            }),
                results.end());
  return results;
}

const SavedResult *DashboardDocument::savedResult(const QString &family, const QString &inputs) const {
  for (const SavedResult &r : savedResults)
    if (r.family == family && r.inputs == inputs)
      return &r;
  return nullptr;
}

DataSnapshot DataSnapshot::of(const DataSource &source) {
  DataSnapshot s;
  s.version = dataVersion(source);
  for (const ImportRecord &r : source.imports())
    s.files.push_back({r.fileName, r.importedAt.toUTC().toString(Qt::ISODateWithMs), r.rowsRead, r.rowsLoaded,
                       r.rowsQuarantined});
  std::sort(s.files.begin(), s.files.end(),
            [](const DataFileRecord &a, const DataFileRecord &b) { return a.fileName < b.fileName; });
  return s;
}

const PanelSpec *DashboardDocument::panel(const QString &id) const {
  for (const PanelSpec &p : panels)
    if (p.id == id)
      return &p;
  return nullptr;
}

QString DashboardDocument::newPanelId(const QString &kind) const {
  for (int n = 1;; ++n) {
    const QString id = QStringLiteral("%1-%2").arg(kind).arg(n);
    if (!panel(id))
      return id;
  }
}

QJsonObject DashboardDocument::toJson() const {
  QJsonObject o;
  o[QStringLiteral("format_version")] = kFormatVersion;
  o[QStringLiteral("title")] = title;
  o[QStringLiteral("source")] =
      QJsonObject{{"store", source.store}, {"warehouse", source.warehouse}, {"cluster", source.cluster}};
  o[QStringLiteral("data")] = snapshotJson(savedData);
  o[QStringLiteral("filter")] = filterJson(filter);
  o[QStringLiteral("selection")] = toArray(selection);
  o[QStringLiteral("time_cursor")] = timeCursor;
  QJsonArray list;
  for (const PanelSpec &p : panels)
    list.append(QJsonObject{
        {"id", p.id}, {"kind", p.kind}, {"title", p.title}, {"linked", p.linked}, {"params", p.params}});
  o[QStringLiteral("panels")] = list;
  if (!savedResults.empty()) // absent when empty: documents without results keep their bytes
    o[QStringLiteral("saved_results")] = savedResultsJson(savedResults);
  o[QStringLiteral("window")] = QJsonObject{{"state", QString::fromLatin1(windowState.toBase64())},
                                            {"geometry", QString::fromLatin1(windowGeometry.toBase64())}};
  return o;
}

std::optional<DashboardDocument> DashboardDocument::fromJson(const QJsonObject &json, QString *error,
                                                             SourceRule rule) {
  QStringList errors;
  const JsonFields top(json, QString(), &errors);
  auto failed = [&]() -> bool {
    if (errors.isEmpty())
      return false;
    if (error)
      *error = errors.first();
    return true;
  };
  const int version = top.integer(QStringLiteral("format_version"), 1, 1 << 30, 0, true);
  if (failed())
    return std::nullopt;
  if (version > kFormatVersion) {
    if (error)
      *error = tr("format_version: %1 is newer than this EpiDesk reads (%2); update EpiDesk to open it")
                   .arg(version)
                   .arg(kFormatVersion);
    return std::nullopt;
  }
  top.rejectUnknown({"format_version", "title", "source", "data", "filter", "selection", "time_cursor",
                     "panels", "saved_results", "window"});
  DashboardDocument d;
  d.title = top.string(QStringLiteral("title"));

  const bool detached = rule == SourceRule::Detached;
  const JsonFields source(top.object(QStringLiteral("source"), !detached), QStringLiteral("source"), &errors);
  source.rejectUnknown({"store", "warehouse", "cluster"});
  d.source.store = source.string(QStringLiteral("store"));
  d.source.warehouse = source.string(QStringLiteral("warehouse"));
  d.source.cluster = source.string(QStringLiteral("cluster"));
  if (failed())
    return std::nullopt;
  const bool none = d.source.store.isEmpty() && d.source.warehouse.isEmpty();
  if (d.source.store.isEmpty() == d.source.warehouse.isEmpty() && !(detached && none))
    source.fail(QStringLiteral("store"), tr("exactly one of store and warehouse must be set"));
  if (!d.source.warehouse.isEmpty()) {
    const QUrl url(d.source.warehouse);
    if (!url.password().isEmpty())
      source.fail(QStringLiteral("warehouse"), tr("must not hold a password (it belongs in the keychain)"));
  }
  if (!d.source.cluster.isEmpty()) {
    const QUrl url(d.source.cluster);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
      source.fail(QStringLiteral("cluster"), tr("must be an http:// or https:// URL"));
  }

  d.savedData =
      readSnapshot(JsonFields(top.object(QStringLiteral("data")), QStringLiteral("data"), &errors), &errors);
  d.filter = readFilter(JsonFields(top.object(QStringLiteral("filter")), QStringLiteral("filter"), &errors));
  d.selection = top.strings(QStringLiteral("selection"));
  d.timeCursor = top.string(QStringLiteral("time_cursor"));
  if (failed())
    return std::nullopt;

  const QJsonArray panels = top.array(QStringLiteral("panels"));
  if (panels.size() > kMaxPanels)
    top.fail(QStringLiteral("panels"), tr("more than %1 panels").arg(kMaxPanels));
  QSet<QString> ids;
  for (int i = 0; i < panels.size() && errors.isEmpty(); ++i) {
    const QString path = QStringLiteral("panels[%1]").arg(i);
    if (!panels.at(i).isObject()) {
      top.fail(path, tr("must be an object"));
      break;
    }
    const JsonFields pf(panels.at(i).toObject(), path, &errors);
    pf.rejectUnknown({"id", "kind", "title", "linked", "params"});
    PanelSpec p;
    p.id = pf.string(QStringLiteral("id"), true);
    p.kind = pf.string(QStringLiteral("kind"), true);
    p.title = pf.string(QStringLiteral("title"));
    p.linked = pf.boolean(QStringLiteral("linked"), true);
    p.params = pf.object(QStringLiteral("params"));
    if (!errors.isEmpty())
      break;
    if (p.id.isEmpty() || ids.contains(p.id))
      pf.fail(QStringLiteral("id"),
              p.id.isEmpty() ? tr("must not be empty") : tr("\"%1\" is used twice").arg(p.id));
    else if (!PanelKinds::isKnown(p.kind))
      pf.fail(QStringLiteral("kind"), tr("unknown panel kind \"%1\" (known: %2)")
                                          .arg(p.kind, PanelKinds::ids().join(QStringLiteral(", "))));
    else
      for (const QString &e : PanelKinds::validate(p.kind, p.params))
        errors.append(path + QStringLiteral(".params.") + e);
    ids.insert(p.id);
    d.panels.push_back(p);
  }
  if (failed())
    return std::nullopt;

  d.savedResults = readSavedResults(top, &errors);
  if (failed())
    return std::nullopt;

  const JsonFields window(top.object(QStringLiteral("window")), QStringLiteral("window"), &errors);
  window.rejectUnknown({"state", "geometry"});
  auto base64 = [&](const QString &key) {
    const QString text = window.string(key);
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
      window.fail(key, tr("must be base64"));
    return decoded ? *decoded : QByteArray();
  };
  d.windowState = base64(QStringLiteral("state"));
  d.windowGeometry = base64(QStringLiteral("geometry"));
  if (failed())
    return std::nullopt;
  return d;
}

bool DashboardDocument::operator==(const DashboardDocument &o) const {
  return toJson() == o.toJson();
}

} // namespace epidesk
