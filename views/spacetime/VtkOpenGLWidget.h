#pragma once
#include <QImage>
#include <QOpenGLWidget>
#include <memory>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

namespace epidesk {

struct VtkContextHooks;

// Qt 6 bridge to VTK: Debian's VTK Qt module is built for Qt 5, so this
// QOpenGLWidget drives a vtkGenericOpenGLRenderWindow itself, as VTK's
// QVTKOpenGLNativeWidget does: VTK renders into its own framebuffer in the
// widget's context, which paintGL blits into the widget's framebuffer.
// Interaction is the subclass's (no vtkRenderWindowInteractor).
class VtkOpenGLWidget : public QOpenGLWidget {
  Q_OBJECT
public:
  explicit VtkOpenGLWidget(QWidget *parent = nullptr);
  ~VtkOpenGLWidget() override;
  vtkGenericOpenGLRenderWindow *renderWindow() const { return m_window; }
  void setRenderer(vtkRenderer *renderer); // the one renderer drawn
  // The viewport in device pixels (what VTK's coordinates count in).
  QSize deviceSize() const;

protected:
  void initializeGL() override;
  void resizeGL(int w, int h) override;
  void paintGL() override;

private slots:
  void contextDestroyed();

private:
  void releaseGraphics();

  vtkSmartPointer<vtkGenericOpenGLRenderWindow> m_window;
  vtkSmartPointer<vtkRenderer> m_renderer;
  VtkContextHooks *m_hooks = nullptr; // made in the first initializeGL
  bool m_inPaint = false;
};

// An off-screen VTK window of a fixed size with a GL context of its own
// (VTK's X window, needs a display): headless renders, tests, benchmarks.
class VtkOffscreenWindow {
public:
  explicit VtkOffscreenWindow(const QSize &size);
  ~VtkOffscreenWindow();
  VtkOffscreenWindow(const VtkOffscreenWindow &) = delete;
  VtkOffscreenWindow &operator=(const VtkOffscreenWindow &) = delete;
  // Empty when usable, else why not (no display: run under xvfb-run).
  QString error() const { return m_error; }
  void setRenderer(vtkRenderer *renderer); // borrowed until the next call or the end
  void render();                           // draws the renderer into the framebuffer
  void finish();                           // waits for the GPU (frame timing)
  QImage image();                          // the last render read back
private:
  struct Private;
  std::unique_ptr<Private> d;
  QString m_error;
};

// Renders a renderer off screen once and reads the pixels back. Null, with
// *error, when no OpenGL context can be made.
QImage renderVtkOffscreen(vtkRenderer *renderer, const QSize &size, QString *error = nullptr);

} // namespace epidesk
