#include "ImportSummary.h"
#include <QJsonArray>
#include <algorithm>

namespace epidesk {

QJsonObject FileImportSummary::toJson() const {
  static const char *statusNames[] = {"loaded", "failed", "canceled"};
  QJsonObject o{{"file", fileName},
                {"path", path},
                {"status", QString::fromLatin1(statusNames[int(status)])},
                {"bytes", bytes},
                {"rows_read", rowsRead},
                {"rows_loaded", rowsLoaded},
                {"rows_quarantined", rowsQuarantined},
                {"warnings", warnings},
                {"seconds", seconds}};
  if (!error.isEmpty())
    o.insert("error", error);
  if (!encoding.isEmpty())
    o.insert("encoding", encoding);
  QJsonObject byField;
  for (auto it = warningsByField.begin(); it != warningsByField.end(); ++it)
    byField.insert(it.key(), it.value());
  o.insert("warnings_by_field", byField);
  return o;
}

void ImportSummary::add(const FileImportSummary &file, const std::vector<UnmatchedMunicipality> &unmatched) {
  perFile.push_back(file);
  if (file.status != FileImportSummary::Status::Loaded)
    return;
  ++files;
  rowsRead += file.rowsRead;
  rowsLoaded += file.rowsLoaded;
  rowsQuarantined += file.rowsQuarantined;
  warnings += file.warnings;
  for (const UnmatchedMunicipality &u : unmatched) {
    auto it = std::find_if(
        unmatchedMunicipalities.begin(), unmatchedMunicipalities.end(),
        [&](const UnmatchedMunicipality &x) { return x.ufCode == u.ufCode && x.name == u.name; });
    if (it == unmatchedMunicipalities.end())
      unmatchedMunicipalities.push_back(u);
    else
      it->rows += u.rows;
  }
  std::stable_sort(unmatchedMunicipalities.begin(), unmatchedMunicipalities.end(),
                   [](const UnmatchedMunicipality &a, const UnmatchedMunicipality &b) {
                     return a.rows != b.rows ? a.rows > b.rows
                                             : std::tie(a.uf, a.name) < std::tie(b.uf, b.name);
                   });
}

bool ImportSummary::wasCanceled() const {
  return std::any_of(perFile.begin(), perFile.end(), [](const FileImportSummary &f) {
    return f.status == FileImportSummary::Status::Canceled;
  });
}

QStringList ImportSummary::errors() const {
  QStringList out;
  for (const FileImportSummary &f : perFile)
    if (f.status == FileImportSummary::Status::Failed)
      out.append(f.error);
  return out + storeErrors;
}

QJsonObject ImportSummary::toJson() const {
  QJsonArray unmatched;
  for (const UnmatchedMunicipality &u : unmatchedMunicipalities)
    unmatched.append(QJsonObject{{"uf", u.uf}, {"name", u.name}, {"rows", u.rows}});
  QJsonArray files_;
  for (const FileImportSummary &f : perFile)
    files_.append(f.toJson());
  return QJsonObject{{"files", files},
                     {"rows_read", rowsRead},
                     {"rows_loaded", rowsLoaded},
                     {"rows_quarantined", rowsQuarantined},
                     {"warnings", warnings},
                     {"unmatched_municipalities", unmatched},
                     {"seconds", seconds},
                     {"per_file", files_},
                     {"quarantine_csv", quarantineCsv}};
}

} // namespace epidesk
