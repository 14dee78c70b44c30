#include "spacetime/VtkOpenGLWidget.h"
#include <QCoreApplication>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <vtkWindowToImageFilter.h>

namespace epidesk {

// The window renders in a context Qt owns: VTK asks, through window events,
// to make it current and whether it is.
struct VtkContextHooks {
  QOpenGLContext *context = nullptr;
  QSurface *surface = nullptr;
};

namespace {

QString tr(const char *text) {
  return QCoreApplication::translate("epidesk::VtkOpenGLWidget", text);
}

void onWindowEvent(vtkObject *, unsigned long event, void *clientData, void *callData) {
  auto *hooks = static_cast<VtkContextHooks *>(clientData);
  if (!hooks->context)
    return;
  if (event == vtkCommand::WindowMakeCurrentEvent)
    hooks->context->makeCurrent(hooks->surface);
  else if (event == vtkCommand::WindowIsCurrentEvent)
    *static_cast<bool *>(callData) = QOpenGLContext::currentContext() == hooks->context;
}

void observe(vtkGenericOpenGLRenderWindow *window, VtkContextHooks *hooks) {
  auto callback = vtkSmartPointer<vtkCallbackCommand>::New();
  callback->SetCallback(onWindowEvent);
  callback->SetClientData(hooks);
  window->AddObserver(vtkCommand::WindowMakeCurrentEvent, callback);
  window->AddObserver(vtkCommand::WindowIsCurrentEvent, callback);
}

// Context-wide set-up VTK does when it owns the context; here Qt owns it.
void adopt(vtkGenericOpenGLRenderWindow *window) {
  window->SetForceMaximumHardwareLineWidth(1);
  window->SetReadyForRendering(true);
  window->SetOwnContext(0);
  window->SetFrameBlitModeToNoBlit();
  window->OpenGLInitContext();
}

// VTK's last frame into the framebuffer `target` (Qt's), size in pixels.
void blit(vtkGenericOpenGLRenderWindow *window, QOpenGLContext *context, GLuint target, const QSize &size) {
  QOpenGLExtraFunctions *f = context->extraFunctions();
  f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
  const GLenum buffers[1] = {GL_COLOR_ATTACHMENT0};
  f->glDrawBuffers(1, buffers);
  f->glDisable(GL_SCISSOR_TEST);
  int *last = window->GetRenderFramebuffer()->GetLastSize();
  window->BlitDisplayFramebuffer(0, 0, 0, last[0], last[1], 0, 0, size.width(), size.height(),
                                 GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

} // namespace

VtkOpenGLWidget::VtkOpenGLWidget(QWidget *parent)
    : QOpenGLWidget(parent), m_window(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()) {
  m_window->SetReadyForRendering(false); // until initializeGL gives it a context
  setFocusPolicy(Qt::StrongFocus);
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
  if (context()) // QOpenGLWidget's destructor destroys it: this is no longer there to hear
    disconnect(context(), nullptr, this, nullptr);
  makeCurrent();
  releaseGraphics();
  doneCurrent();
  delete m_hooks;
  m_hooks = nullptr;
}

QSize VtkOpenGLWidget::deviceSize() const {
  return size() * devicePixelRatioF();
}

void VtkOpenGLWidget::setRenderer(vtkRenderer *renderer) {
  if (m_renderer)
    m_window->RemoveRenderer(m_renderer);
  m_renderer = renderer;
  if (m_renderer)
    m_window->AddRenderer(m_renderer);
  update();
}

void VtkOpenGLWidget::initializeGL() {
  if (!m_hooks) {
    m_hooks = new VtkContextHooks;
    observe(m_window, m_hooks);
  }
  m_hooks->context = context();
  m_hooks->surface = context()->surface();
  adopt(m_window);
  // A context is destroyed when the widget moves to another window (docking):
  // VTK's objects of that context go with it and are made again in the next.
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkOpenGLWidget::contextDestroyed,
          Qt::UniqueConnection);
}

void VtkOpenGLWidget::contextDestroyed() {
  makeCurrent();
  releaseGraphics();
}

void VtkOpenGLWidget::releaseGraphics() {
  if (!m_hooks || !m_hooks->context)
    return;
  m_window->ReleaseGraphicsResources(m_window);
  m_window->Finalize();
  m_window->SetReadyForRendering(false);
  m_hooks->context = nullptr;
}

void VtkOpenGLWidget::resizeGL(int w, int h) {
  const double dpr = devicePixelRatioF();
  m_window->SetSize(int(w * dpr), int(h * dpr));
}

void VtkOpenGLWidget::paintGL() {
  if (m_inPaint || !m_hooks || !m_hooks->context)
    return;
  m_inPaint = true;
  const QSize device = deviceSize();
  m_window->SetSize(device.width(), device.height());
  m_window->Render();
  blit(m_window, context(), defaultFramebufferObject(), device);
  m_inPaint = false;
}

// VTK's own off-screen X window (its own GLX context): headless renders run
// on Qt's offscreen platform, whose surfaces are not GL ones, so Qt cannot
// provide the context there.
struct VtkOffscreenWindow::Private {
  vtkSmartPointer<vtkRenderWindow> window;
  vtkSmartPointer<vtkRenderer> renderer;
  QSize size;
};

VtkOffscreenWindow::VtkOffscreenWindow(const QSize &size) : d(std::make_unique<Private>()) {
  d->size = size;
  // Without a display VTK's X window would end the process: say why instead.
  if (qEnvironmentVariableIsEmpty("DISPLAY")) {
    m_error = tr("no display for the 3-D view's OpenGL (run under xvfb-run)");
    return;
  }
  d->window = vtkSmartPointer<vtkRenderWindow>::New();
  d->window->SetOffScreenRendering(1);
  d->window->SetSize(size.width(), size.height());
  d->window->SetMultiSamples(0);
}

VtkOffscreenWindow::~VtkOffscreenWindow() {
  if (!m_error.isEmpty())
    return;
  setRenderer(nullptr);
  d->window->Finalize();
}

void VtkOffscreenWindow::setRenderer(vtkRenderer *renderer) {
  if (!m_error.isEmpty())
    return;
  if (d->renderer) {
    d->window->MakeCurrent();
    d->renderer->ReleaseGraphicsResources(d->window); // its actors' buffers belong to this context
    d->window->RemoveRenderer(d->renderer);
  }
  d->renderer = renderer;
  if (renderer)
    d->window->AddRenderer(renderer);
}

void VtkOffscreenWindow::render() {
  if (m_error.isEmpty())
    d->window->Render();
}

void VtkOffscreenWindow::finish() {
  if (m_error.isEmpty())
    d->window->WaitForCompletion();
}

QImage VtkOffscreenWindow::image() {
  if (!m_error.isEmpty())
    return {};
  auto grab = vtkSmartPointer<vtkWindowToImageFilter>::New();
  grab->SetInput(d->window);
  grab->ReadFrontBufferOff();
  grab->ShouldRerenderOff();
  grab->SetInputBufferTypeToRGB();
  grab->Update();
  vtkImageData *pixels = grab->GetOutput();
  int dims[3];
  pixels->GetDimensions(dims);
  if (dims[0] != d->size.width() || dims[1] != d->size.height())
    return {};
  QImage image(d->size, QImage::Format_RGB32);
  const auto *rgb = static_cast<const unsigned char *>(pixels->GetScalarPointer());
  for (int y = 0; y < dims[1]; ++y) { // VTK's rows go up from the bottom
    auto *line = reinterpret_cast<QRgb *>(image.scanLine(dims[1] - 1 - y));
    for (int x = 0; x < dims[0]; ++x, rgb += 3)
      line[x] = qRgb(rgb[0], rgb[1], rgb[2]);
  }
  return image;
}

QImage renderVtkOffscreen(vtkRenderer *renderer, const QSize &size, QString *error) {
  VtkOffscreenWindow window(size);
  if (!window.error().isEmpty()) {
    if (error)
      *error = window.error();
    return {};
  }
  window.setRenderer(renderer);
  window.render();
  const QImage image = window.image();
  window.setRenderer(nullptr);
  if (image.isNull() && error)
    *error = tr("the 3-D view could not be read back");
  return image;
}

} // namespace epidesk
