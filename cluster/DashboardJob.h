#pragma once
#include "JobArtifact.h"
#include <QJsonObject>
#include <QString>

namespace epidesk {

class Feedback;

// A "dashboard" job inside the job's process (JobChild): the document is
// drawn by the renderer program, `epidesk-render` (app/render_main.cpp),
// started as a child process of its own.
//
// Why a separate program: the panels are the desktop's widgets
// (views/DashboardRenderer: QCustomPlot, the map scene), which need
// QApplication and a platform plugin, and cluster/ never links views. A
// dedicated program rather than `epidesk-cli dashboard render`: it takes the
// document on stdin and the data location in its environment (never a file
// the client names, never a password on the command line), renders against
// that location whatever the document's source says, and does nothing else.
//
// Limits: the renderer inherits the job's address-space limit (RLIMIT_AS)
// and no core files, gets RLIMIT_FSIZE = the artifact cap (a larger PDF ends
// it with SIGXFSZ, reported as such), writes only into the job's scratch
// folder (its working directory and TMPDIR, removed by the supervisor after
// the job whatever happened), dies with the job's process
// (PR_SET_PDEATHSIG: the job's time limit and cancellation end it too), and
// is killed within 100 ms when the job is cancelled. Its stdout is capped.
class DashboardJob {
public:
  struct Options {
    QString renderProgram; // absolute path of epidesk-render; empty = this worker cannot render
    QString dataLocation;  // the worker's data source (may hold a password: environment only)
    QString scratchDir;    // the job's private folder; empty = a temporary one
    qint64 maxPdfBytes = qint64(64) << 20;
    int memoryMb = 0; // the job's address-space limit, for messages
  };

  // The result: {"title", "data_version", "saved_data_version",
  // "data_changed", "changes", "panels": [{id, kind, title, width,
  // height}], "artifacts": {"report.pdf": {content_type, bytes, sha256}}};
  // the PDF goes into *artifacts. Throws Canceled, or std::runtime_error
  // with the reason.
  static QJsonObject run(const QJsonObject &params, const Options &options, Feedback *feedback,
                         JobArtifacts *artifacts);

  // epidesk-render beside the running program (installed: both in bin/);
  // empty when there is none.
  static QString defaultRenderProgram();

  static constexpr char artifactName[] = "report.pdf";
};

} // namespace epidesk
