#include "dashboard/DashboardRenderer.h"
#include "DataSource.h"
#include "FilterChips.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardPanel.h"
#include "export/PdfPageWriter.h"
#include "export/ReportWriter.h"
#include <QApplication>

namespace epidesk {

std::vector<RenderedPanel> DashboardRenderer::renderPanels(const DashboardDocument &document,
                                                           std::shared_ptr<const DataSource> source,
                                                           const QString &documentDir, QString *error,
                                                           std::vector<SavedResult> *computed,
                                                           const RemoteCompute &remote) {
  DashboardHost host(DashboardHost::Mode::Synchronous);
  host.setDocumentDir(documentDir);
  host.setSavedResults(document.savedResults);
  host.setRemote(remote);
  host.state()->load(document);
  QString failure;
  QObject::connect(&host, &DashboardHost::failed, [&failure](const QString &m) {
    if (failure.isEmpty())
      failure = m;
  });
  std::vector<std::unique_ptr<DashboardPanel>> widgets;
  for (const PanelSpec &spec : document.panels) {
    std::unique_ptr<DashboardPanel> panel(PanelFactory::create(spec, nullptr, error));
    if (!panel)
      return {};
    panel->setAttribute(Qt::WA_DontShowOnScreen);
    panel->resize(kWidth, kHeight);
    panel->show();
    widgets.push_back(std::move(panel));
  }
  QApplication::processEvents(); // layouts and first resize before the data
  for (const auto &panel : widgets)
    host.addPanel(panel.get());
  host.setSource(std::move(source)); // computes, synchronously
  if (!failure.isEmpty()) {
    if (error)
      *error = failure;
    return {};
  }
  QApplication::processEvents();
  std::vector<RenderedPanel> out;
  for (const auto &panel : widgets) {
    QImage image = panel->snapshot();
    if (image.isNull()) { // the pixels could not be allocated: never a blank page instead
      if (error)
        *error = tr("panel \"%1\": cannot be drawn (out of memory)").arg(panel->id());
      return {};
    }
    out.push_back({panel->id(), panel->kind(), panel->title(), std::move(image)});
  }
  if (computed)
    *computed = host.savedResults();
  return out;
}

bool DashboardRenderer::writePdf(const DashboardDocument &document, const std::vector<RenderedPanel> &panels,
                                 const DataSource *source, const DataChanges &changes, const QString &pdfPath,
                                 QString *error) {
  const QString title = document.title.isEmpty() ? tr("EpiDesk dashboard") : document.title;
  PdfPageWriter pdf(pdfPath, title);
  if (!pdf.begin()) {
    if (error)
      *error = tr("Cannot write the PDF %1").arg(pdfPath);
    return false;
  }
  pdf.setFooter(QString(), tr("Page %1"));
  pdf.title(title);
  QList<QPair<QString, QString>> state;
  QStringList chips;
  for (const FilterChip &chip : FilterChips::of(document.filter))
    chips << chip.text;
  state << qMakePair(tr("Filters"), chips.isEmpty() ? tr("none") : chips.join(QStringLiteral("; ")));
  state << qMakePair(tr("Selection"), document.selection.isEmpty()
                                          ? tr("none")
                                          : document.selection.join(QStringLiteral(", ")));
  state << qMakePair(tr("Time cursor"),
                     document.timeCursor.isEmpty() ? tr("last period") : document.timeCursor);
  if (changes.any())
    state << qMakePair(tr("Data changed since saved"), changes.describe());
  pdf.keyValues(state);
  pdf.space(8);
  for (const RenderedPanel &p : panels) {
    pdf.heading(p.title, 12, 300);
    pdf.image(p.image, 420);
    pdf.space(6);
  }
  writeProvenance(pdf, source);
  if (!pdf.finish()) {
    if (error)
      *error = tr("Cannot write the PDF %1").arg(pdfPath);
    return false;
  }
  return true;
}

} // namespace epidesk
