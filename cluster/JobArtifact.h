#pragma once
#include <QByteArray>
#include <QString>
#include <vector>

namespace epidesk {

// A file a job produces besides its JSON result (a dashboard job's
// "report.pdf"), stored with the result in PostgreSQL and served by
// GET /v1/jobs/{id}/artifacts/{name}.
struct JobArtifact {
  QString name;           // [A-Za-z0-9._-]{1,64}, unique within a job
  QByteArray contentType; // e.g. "application/pdf"
  QByteArray data;
};

// Whether name may name an artifact (also what the API route accepts).
inline bool isArtifactName(const QString &name) {
  if (name.isEmpty() || name.size() > 64 || name.startsWith(QLatin1Char('.')))
    return false;
  for (const QChar c : name)
    if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char('_') &&
        c != QLatin1Char('-'))
      return false;
  return true;
}

using JobArtifacts = std::vector<JobArtifact>;

} // namespace epidesk
