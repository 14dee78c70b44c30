#pragma once
#include "DashboardDocument.h"
#include "DataChanges.h"
#include "dashboard/RemoteCompute.h"
#include <QCoreApplication>
#include <QImage>
#include <memory>
#include <vector>

namespace epidesk {

class DataSource;

struct RenderedPanel {
  QString id;
  QString kind;
  QString title;
  QImage image;
};

// Draws a dashboard headless with the desktop's own panel widgets (same map
// scene, same QCustomPlot code), offscreen at a fixed size, computed on the
// calling thread: the same document and data give the same pixels. Needs a
// QApplication (QT_QPA_PLATFORM=offscreen); GUI thread only.
class DashboardRenderer {
  Q_DECLARE_TR_FUNCTIONS(DashboardRenderer)
public:
  static constexpr int kWidth = 1000;
  static constexpr int kHeight = 700;

  // One image per panel, in document order; empty and *error when a panel
  // cannot be drawn (a kind without a widget, a failed computation).
  // documentDir: the document's folder, which relative paths in panel
  // parameters (a relocation scenario) are relative to. The document's saved
  // results are used where their inputs match; computed: what the panels
  // computed (or used), for saving into the document. remote: the cluster
  // the panels compute on (the document's source.cluster with a token).
  static std::vector<RenderedPanel> renderPanels(const DashboardDocument &document,
                                                 std::shared_ptr<const DataSource> source,
                                                 const QString &documentDir, QString *error,
                                                 std::vector<SavedResult> *computed = nullptr,
                                                 const RemoteCompute &remote = {});
  // A document without a folder (a cluster job's): relative paths are
  // relative to the current folder.
  static std::vector<RenderedPanel> renderPanels(const DashboardDocument &document,
                                                 std::shared_ptr<const DataSource> source, QString *error) {
    return renderPanels(document, std::move(source), QString(), error);
  }
  // The PDF report: title, active filters and selection, data changes since
  // the document was saved, each panel, the provenance block.
  static bool writePdf(const DashboardDocument &document, const std::vector<RenderedPanel> &panels,
                       const DataSource *source, const DataChanges &changes, const QString &pdfPath,
                       QString *error);
};

} // namespace epidesk
