// Renders the application icon (an SVG) to the PNG sizes of the freedesktop hicolor theme, at build
// time, so that the packaged PNGs always match the drawing: render_icons ICON.svg OUT_DIR NAME SIZE...
// writes OUT_DIR/SIZExSIZE/apps/NAME.png for each size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    // The drawing has no text, but QSvgRenderer still wants a Gui application; no display is needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 5) {
        err << "usage: render_icons ICON.svg OUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "render_icons: " << arguments.at(1) << " is not a readable SVG drawing\n";
        return 3;
    }
    const QString name = arguments.at(3);
    for (const QString& text : arguments.mid(4)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 4096) {
            err << "render_icons: " << text << " is not an icon size\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(folder, name);
        if (!QDir().mkpath(folder) || !image.save(path, "PNG")) {
            err << "render_icons: could not write " << path << '\n';
            return 3;
        }
    }
    return 0;
}
