#include "ImportService.h"
#include "ImporterRegistry.h"
#include <QCoreApplication>

namespace epidesk {

ImportSummary importFiles(const QString &format, ImportSink &sink, const QStringList &files,
                          Feedback *feedback, const ImportOptions &options) {
  const std::unique_ptr<Importer> importer = ImporterRegistry::instance().create(format);
  if (!importer) {
    ImportSummary summary;
    summary.storeErrors.append(
        QCoreApplication::translate("ImportService", "Unknown import format \"%1\"; known: %2")
            .arg(format, ImporterRegistry::instance().formats().join(QStringLiteral(", "))));
    return summary;
  }
  return importer->run(sink, files, options, feedback);
}

} // namespace epidesk
