#include "CliCommand.h"
#include "CliIo.h"
#include "DashboardFile.h"
#include "DataSourceOption.h"
#include "DataSourceRegistry.h"
#include "DemoLayout.h"
#include "PanelKinds.h"
#include "RemoteJobRun.h"
#include "TrendOptions.h"
#include "dashboard/DashboardRenderer.h"
#include "warehouse/WarehouseSettings.h"
#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace epidesk::cli {

namespace {

QString tr(const char *text) {
  return QCoreApplication::translate("cli", text);
}

// --panels map,chart,table: short names of the trend kinds, or any kind id.
std::optional<QStringList> panelKinds(const QString &list, QString *error) {
  QStringList kinds;
  for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const QString kind = PanelKinds::isKnown(name) ? name : QStringLiteral("trend_") + name;
    if (!PanelKinds::isKnown(kind)) {
      *error = tr("panels: unknown panel \"%1\" (map, chart, table, histogram, spacetime or one of %2)")
                   .arg(name, PanelKinds::ids().join(QStringLiteral(", ")));
      return std::nullopt;
    }
    kinds << kind;
  }
  if (kinds.isEmpty()) {
    *error = tr("panels: at least one panel is required");
    return std::nullopt;
  }
  return kinds;
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error) {
  QSaveFile file(path);
  if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
    return true;
  *error = QStringLiteral("%1: %2").arg(path, file.errorString());
  return false;
}

// render --server: the document drawn by a cluster worker against the
// cluster's data (a "dashboard" job), the PDF downloaded; the token comes from
// $EPIDESK_CLUSTER_TOKEN, never the command line.
int renderOnCluster(const QString &path, const DashboardDocument &document, const QString &server,
                    const QString &pdf) {
  const QUrl url(server);
  if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
    return fail(tr("server: must be an http:// or https:// URL"), Usage);
  RemoteJobRun cluster(url, qEnvironmentVariable("EPIDESK_CLUSTER_TOKEN"));
  const RemoteJobOutcome job = cluster.runDashboard(document.toJson());
  if (job.status == RemoteJobOutcome::Status::Rejected)
    return fail(QStringLiteral("%1: %2").arg(path, job.error), Usage);
  if (!job.ok())
    return fail(job.error);
  const ClusterReply file = cluster.artifact(job.jobId, QStringLiteral("report.pdf"));
  if (!file.ok())
    return fail(file.error);
  QString error;
  if (!writeBytes(pdf, file.text, &error))
    return fail(error);
  QJsonObject out = job.result;
  out.remove(QStringLiteral("artifacts"));
  out[QStringLiteral("document")] = path;
  out[QStringLiteral("pdf")] = pdf;
  out[QStringLiteral("job_id")] = job.jobId;
  printJson(out);
  return Ok;
}

} // namespace

// epidesk-cli dashboard new|render: dashboards without the GUI.
class DashboardCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("dashboard"); }
  QString summary() const override {
    return tr("Create a dashboard document (new) or render one to PDF and PNGs (render).");
  }
  bool needsGui() const override { return true; }
  int run(const QStringList &args) override {
    const QString action = args.value(1);
    QStringList rest = args;
    rest.removeAt(1); // the parser sees "dashboard [OPTIONS]"
    if (action == QLatin1String("new"))
      return runNew(rest);
    if (action == QLatin1String("render"))
      return runRender(rest);
    return fail(tr("dashboard: expected 'new' or 'render' (epidesk-cli dashboard new|render --help)"), Usage);
  }

private:
  int runNew(const QStringList &args);
  int runRender(const QStringList &args);
};

int DashboardCommand::runNew(const QStringList &args) {
  QCommandLineParser parser;
  DataSourceOption source;
  TrendOptions trend;
  source.addTo(parser);
  trend.addTo(parser);
  const QCommandLineOption out("out", tr("The dashboard document to write (.epidash)."), "FILE");
  const QCommandLineOption title("title", tr("Dashboard title."), "TEXT");
  const QCommandLineOption select("select", tr("Codes selected on every panel (comma-separated)."), "CODES");
  const QCommandLineOption panels(
      "panels", tr("Panels, in order: map, chart, table, histogram, spacetime (or kind ids)."), "LIST",
      "map,chart,table");
  const QCommandLineOption cluster("cluster", tr("Cluster URL the panels run on (default: in-process)."),
                                   "URL");
  parser.addOptions({out, title, select, panels, cluster});
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  QString error;
  const auto request = trend.request(parser, &error);
  if (!request)
    return fail(error, Usage);
  if (!parser.isSet(out))
    return fail(tr("out: an output file is required (--out FILE.epidash)"), Usage);
  const auto kinds = panelKinds(parser.value(panels), &error);
  if (!kinds)
    return fail(error, Usage);
  std::shared_ptr<const DataSource> data = source.open(parser, &error);
  if (!data)
    return fail(error, Usage);

  const QString path = QFileInfo(parser.value(out)).absoluteFilePath();
  DashboardDocument d;
  d.title = parser.value(title);
  if (isWarehouseLocation(data->location()))
    d.source.warehouse = data->location();
  else
    d.source.store = DocumentPaths::storeForDocument(data->location(), path);
  d.source.cluster = parser.value(cluster);
  d.savedData = DataSnapshot::of(*data);
  d.selection = parser.value(select).split(QLatin1Char(','), Qt::SkipEmptyParts);
  // Relocation panels plan the scenario beside the store (the demo's), written as the store is.
  const QString scenario =
      d.source.store.isEmpty() ? QString() : DemoLayout::scenarioBesideStore(data->location());
  for (const QString &kind : *kinds) {
    PanelSpec p;
    p.id = d.newPanelId(kind);
    p.kind = kind;
    p.params = PanelKinds::newParams(kind, *request);
    if (PanelKinds::family(kind) == QLatin1String("relocation") && !scenario.isEmpty())
      p.params[QStringLiteral("scenario")] = DocumentPaths::storeForDocument(scenario, path);
    d.panels.push_back(p);
  }
  // What the reader would refuse is not written either.
  if (!DashboardDocument::fromJson(d.toJson(), &error))
    return fail(QStringLiteral("%1: %2").arg(path, error), Usage);
  if (!DashboardFile::write(d, path, &error))
    return fail(error);
  printJson({{"document", path}, {"panels", int(d.panels.size())}, {"data_version", d.savedData.version}});
  return Ok;
}

int DashboardCommand::runRender(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption pdf("pdf", tr("Write the PDF report to FILE."), "FILE");
  const QCommandLineOption pngDir("png-dir", tr("Write one PNG per panel into DIR (named after its id)."),
                                  "DIR");
  const QCommandLineOption server(
      "server",
      tr("Render on the cluster at URL against its data (token: $EPIDESK_CLUSTER_TOKEN); needs --pdf."),
      "URL");
  const QCommandLineOption save(
      "save-results",
      tr("Save what the panels computed (a relocation plan) and the data version rendered against into "
         "the document, so that opening it shows them without computing again."));
  parser.addOptions({pdf, pngDir, server, save});
  parser.addPositionalArgument("document", tr("The dashboard document (.epidash)."));
  int exitCode = Ok;
  if (!parseArguments(parser, args, summary(), &exitCode))
    return exitCode;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() != 1)
    return fail(tr("render: exactly one document is required"), Usage);
  const QString path = QFileInfo(positional[0]).absoluteFilePath();
  QString error;
  const auto document = DashboardFile::read(path, &error);
  if (!document)
    return fail(error, Usage);
  if (parser.isSet(server)) {
    if (!parser.isSet(pdf) || parser.isSet(pngDir) || parser.isSet(save))
      return fail(tr("server: renders the PDF only (--pdf FILE, no --png-dir or --save-results)"), Usage);
    return renderOnCluster(path, *document, parser.value(server), parser.value(pdf));
  }
  const QString location = document->source.store.isEmpty()
                               ? document->source.warehouse
                               : DocumentPaths::resolveStore(document->source.store, path);
  std::shared_ptr<const DataSource> data = openDataSource(location, &error);
  if (!data)
    return fail(QStringLiteral("%1: source: %2").arg(path, error));
  // A document saved without a data version (hand-written) has nothing to compare.
  const DataChanges changes = document->savedData.isEmpty()
                                  ? DataChanges{}
                                  : DataChanges::between(document->savedData, DataSnapshot::of(*data));
  if (changes.any())
    fprintf(stderr, "%s\n",
            qPrintable(tr("epidesk-cli: %1: the data changed since the dashboard was saved: %2")
                           .arg(path, changes.describe())));

  // Panels of a document naming a cluster compute there ($EPIDESK_CLUSTER_TOKEN).
  const RemoteCompute remote{QUrl(document->source.cluster), qEnvironmentVariable("EPIDESK_CLUSTER_TOKEN")};
  std::vector<SavedResult> computed;
  const std::vector<RenderedPanel> panels = DashboardRenderer::renderPanels(
      *document, data, QFileInfo(path).absolutePath(), &error, &computed, remote);
  if (panels.empty() && !document->panels.empty())
    return fail(QStringLiteral("%1: %2").arg(path, error));
  if (parser.isSet(save)) { // computed is normalised: one per (family, inputs)
    DashboardDocument updated = *document;
    updated.savedData = DataSnapshot::of(*data);
    updated.setSavedResults(computed);
    if (!DashboardFile::write(updated, path, &error))
      return fail(error);
  }
  QJsonArray panelJson;
  if (parser.isSet(pngDir) && !QDir().mkpath(parser.value(pngDir)))
    return fail(tr("png-dir: cannot create %1").arg(parser.value(pngDir)));
  for (const RenderedPanel &p : panels) {
    QJsonObject o{{"id", p.id}, {"kind", p.kind}, {"width", p.image.width()}, {"height", p.image.height()}};
    if (parser.isSet(pngDir)) {
      const QString png = QDir(parser.value(pngDir)).filePath(p.id + QStringLiteral(".png"));
      QByteArray bytes;
      QBuffer buffer(&bytes);
      buffer.open(QIODevice::WriteOnly);
      if (!p.image.save(&buffer, "PNG") || !writeBytes(png, bytes, &error))
        return fail(error.isEmpty() ? tr("cannot write %1").arg(png) : error);
      o[QStringLiteral("png")] = png;
    }
    panelJson.append(o);
  }
  if (parser.isSet(pdf) &&
      !DashboardRenderer::writePdf(*document, panels, data.get(), changes, parser.value(pdf), &error))
    return fail(error);
  QJsonObject result{{"document", path},
                     {"panels", panelJson},
                     {"data_changed", changes.any()},
                     {"changes", changes.toJson()},
                     {"data_version", DataSnapshot::of(*data).version},
                     {"saved_data_version", document->savedData.version}};
  if (parser.isSet(pdf))
    result[QStringLiteral("pdf")] = parser.value(pdf);
  // Results shown as the document saved them (equal inputs), not computed now.
  int used = 0;
  for (const SavedResult &r : computed)
    used += document->savedResult(r.family, r.inputs) != nullptr;
  result[QStringLiteral("saved_results_used")] = used;
  if (parser.isSet(save))
    result[QStringLiteral("saved_results")] = int(computed.size());
  printJson(result);
  return Ok;
}

static RegisterCommand<DashboardCommand> registerDashboard("dashboard");

} // namespace epidesk::cli
