// Renders the application's SVG icon to PNG at a given size (for the hicolor theme, the AppDir and the MSI).
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: rendericon INPUT.svg SIZE OUTPUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    const int size = args[2].toInt();
    if (!renderer.isValid() || size <= 0) {
        QTextStream(stderr) << "rendericon: cannot render " << args[1] << "\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image.save(args[3]) ? 0 : 1;
}
