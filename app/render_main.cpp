// epidesk-render: draws one dashboard document to PDF for a cluster job
// (cluster/DashboardJob starts it; cluster/ never links the widgets).
//
//   EPIDESK_CLUSTER_DATA=LOCATION epidesk-render --pdf OUT.pdf < document.json
//
// The document (the .epidash JSON, as a dashboard job carries it) comes on
// stdin and is rendered against LOCATION, the worker's data source, whatever
// its own source says; the location comes in the environment because a
// warehouse URI may hold a password. Writes OUT.pdf and prints one JSON
// object: {"title", "panels": [{id, kind, title, width, height}],
// "data_version", "saved_data_version", "data_changed", "changes"}, or
// {"error": "..."} with exit code 1. Needs no display (offscreen platform).
#include "DashboardDocument.h"
#include "DataChanges.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "Translations.h"
#include "dashboard/DashboardRenderer.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

using namespace epidesk;

namespace {
constexpr qsizetype kMaxInput = 16 << 20; // far above what a job accepts

void print(const QJsonObject &o) {
  const QByteArray out = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
  std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
  std::fflush(stdout);
}

int fail(const QString &message) {
  print({{"error", message}});
  return 1;
}

QByteArray readStdin() {
  QByteArray in;
  char buffer[65536];
  ssize_t n;
  while (in.size() <= kMaxInput && (n = ::read(STDIN_FILENO, buffer, sizeof buffer)) > 0)
    in.append(buffer, qsizetype(n));
  return in;
}

QString tr(const char *text) {
  return QCoreApplication::translate("epidesk-render", text);
}
} // namespace

int main(int argc, char **argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("EpiDesk"));
  QCoreApplication::setApplicationName(QStringLiteral("epidesk-render"));
  installTranslations(qEnvironmentVariable("EPIDESK_LANG"));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Renders the dashboard document on stdin to PDF against $EPIDESK_CLUSTER_DATA (used by "
         "epidesk-worker for dashboard jobs)."));
  parser.addHelpOption();
  const QCommandLineOption pdf("pdf", tr("The PDF to write."), "FILE");
  parser.addOption(pdf);
  parser.process(app);
  if (!parser.isSet(pdf))
    return fail(tr("--pdf: required"));
  const QString location = qEnvironmentVariable("EPIDESK_CLUSTER_DATA");
  if (location.isEmpty())
    return fail(tr("EPIDESK_CLUSTER_DATA: required (store path or warehouse URI)"));

  const QByteArray input = readStdin();
  if (input.size() > kMaxInput)
    return fail(tr("the document is larger than %1 MiB").arg(kMaxInput >> 20));
  QJsonParseError parse;
  const QJsonDocument json = QJsonDocument::fromJson(input, &parse);
  if (parse.error != QJsonParseError::NoError || !json.isObject())
    return fail(tr("the document on stdin is not a JSON object"));
  QString error;
  // Detached: the document's own source (if any) is never opened.
  const auto document =
      DashboardDocument::fromJson(json.object(), &error, DashboardDocument::SourceRule::Detached);
  if (!document)
    return fail(tr("document: %1").arg(error));
  std::shared_ptr<const DataSource> data = openDataSource(location, &error);
  if (!data)
    return fail(tr("data source: %1").arg(error));

  const DataSnapshot now = DataSnapshot::of(*data);
  const DataChanges changes = DataChanges::between(document->savedData, now);
  const std::vector<RenderedPanel> panels = DashboardRenderer::renderPanels(*document, data, &error);
  if (panels.empty() && !document->panels.empty())
    return fail(error);
  if (!DashboardRenderer::writePdf(*document, panels, data.get(), changes, parser.value(pdf), &error))
    return fail(error);
  QJsonArray panelJson;
  for (const RenderedPanel &p : panels)
    panelJson.append(QJsonObject{{"id", p.id},
                                 {"kind", p.kind},
                                 {"title", p.title},
                                 {"width", p.image.width()},
                                 {"height", p.image.height()}});
  print({{"title", document->title},
         {"panels", panelJson},
         {"data_version", now.version},
         {"saved_data_version", document->savedData.version},
         {"data_changed", changes.any()},
         {"changes", changes.toJson()}});
  return 0;
}
