#pragma once
#include <QString>

namespace epidesk {

// Where `epidesk-cli demo create DIR` puts each part of the demo, so the CLI,
// the desktop and scripts/run-demo.sh agree on one layout:
//   DIR/files/            synthetic ANVISA files (+ demo_manifest.json)
//   DIR/demo.gpkg         the embedded store: ANVISA sales and the Polish
//                         COVID-19 district series (+ demo.gpkg.quarantine.csv)
//   DIR/relocation/       the Poland relocation scenario (folder format)
//   DIR/demo_state.json   which parts are complete (written atomically)
class DemoLayout {
public:
  explicit DemoLayout(const QString &dir);

  QString dir() const { return m_dir; }
  QString filesDir() const;
  QString store() const;
  QString scenarioDir() const;
  QString stateFile() const;

  // The relocation scenario beside a store (<store's folder>/relocation) when
  // that folder holds a scenario.json; empty otherwise. This is how the
  // desktop opens the demo scenario from `epidesk --store DIR/demo.gpkg`.
  static QString scenarioBesideStore(const QString &storePath);

private:
  QString m_dir;
};

} // namespace epidesk
